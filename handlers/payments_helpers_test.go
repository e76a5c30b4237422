package handlers_test

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

const trBase = "/obp/v5.1.0/banks/gh.29.uk/accounts/"

// pay posts a transaction request of type from an account through the owner view.
func pay(t *testing.T, s *testenv.Server, tok, from, typ, body string, headers ...string) *testenv.Response {
	t.Helper()
	r, err := tryPay(s, tok, from, typ, body, headers...)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// tryPay is pay for spawned goroutines: it returns the error instead of failing the test.
func tryPay(s *testenv.Server, tok, from, typ, body string, headers ...string) (*testenv.Response, error) {
	return s.Try(http.MethodPost, trBase+from+"/owner/transaction-request-types/"+typ+"/transaction-requests", body, append(auth(tok), headers...)...)
}

func toAccount(to, currency, amount string) string {
	return fmt.Sprintf(`{"to": {"bank_id": "gh.29.uk", "account_id": "%s"}, "value": {"currency": "%s", "amount": "%s"}, "description": "test payment"}`, to, currency, amount)
}

// answer answers a request's challenge.
func answer(t *testing.T, s *testenv.Server, tok, from, typ, requestID, challengeID, ans string) *testenv.Response {
	t.Helper()
	r, err := tryAnswer(s, tok, from, typ, requestID, challengeID, ans)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// tryAnswer is answer for spawned goroutines.
func tryAnswer(s *testenv.Server, tok, from, typ, requestID, challengeID, ans string) (*testenv.Response, error) {
	return s.Try(http.MethodPost, trBase+from+"/owner/transaction-request-types/"+typ+"/transaction-requests/"+requestID+"/challenge",
		fmt.Sprintf(`{"id": "%s", "answer": "%s"}`, challengeID, ans), auth(tok)...)
}

func balanceOf(t *testing.T, s *testenv.Server, tok, accountID string) string {
	t.Helper()
	r := s.Get(t, trBase+accountID+"/balances", auth(tok)...)
	if r.Status != 200 {
		t.Fatalf("balance of %s: %d %s", accountID, r.Status, r.Body)
	}
	return r.JSON(t)["balances"].([]any)[0].(map[string]any)["amount"].(string)
}

// challengeOf returns the id of the request's first challenge.
func challengeOf(t *testing.T, tr map[string]any) string {
	t.Helper()
	cs, _ := tr["challenges"].([]any)
	if len(cs) == 0 {
		t.Fatalf("no challenge in %v", tr)
	}
	return cs[0].(map[string]any)["id"].(string)
}

// checkBooks asserts the ledger invariants: every transfer's legs sum to zero, and every
// account's balance equals the sum of its transactions.
func checkBooks(t *testing.T, db *mapped.DB) {
	t.Helper()
	var unbalanced []struct {
		TransferID string
		Total      int64
	}
	testenv.Query(t, db, &unbalanced, `SELECT transfer_id, SUM(amount) AS total FROM transactions GROUP BY transfer_id HAVING SUM(amount) <> 0 OR COUNT(*) <> 2`)
	if len(unbalanced) > 0 {
		t.Errorf("transfers that do not sum to zero in two legs: %+v", unbalanced)
	}
	var drift []struct {
		BankID, ID string
		Balance    int64
		Sum        int64
	}
	testenv.Query(t, db, &drift, `SELECT a.bank_id, a.id, a.balance, COALESCE(SUM(t.amount), 0) AS sum FROM accounts a
		LEFT JOIN transactions t ON t.bank_id = a.bank_id AND t.account_id = a.id
		GROUP BY a.bank_id, a.id, a.balance HAVING a.balance <> COALESCE(SUM(t.amount), 0)`)
	if len(drift) > 0 {
		t.Errorf("accounts whose balance is not the sum of their transactions: %+v", drift)
	}
}
