package handlers_test

import (
	"fmt"
	"net/http"
	"testing"

	sbx "github.com/obp-go/obp/domain/sandbox"
	"github.com/obp-go/obp/internal/testenv"
)

// sandboxToken logs a seeded sandbox person in.
func sandboxToken(t *testing.T, s *testenv.Server, username string) string {
	t.Helper()
	return token(t, s, username, sbx.UserPassword)
}

// openAccount opens an account at bank for the caller through the API.
func openAccount(t *testing.T, s *testenv.Server, tok, bankID, accountID, currency string) {
	t.Helper()
	r := s.Do(t, http.MethodPut, "/obp/v5.1.0/banks/"+bankID+"/accounts/"+accountID,
		fmt.Sprintf(`{"label": "Test", "product_code": "CURRENT", "balance": {"currency": "%s", "amount": "0"}}`, currency), auth(tok)...)
	if r.Status != 201 {
		t.Fatalf("open account %s: %d %s", accountID, r.Status, r.Body)
	}
}

// fund moves amount into bank/account from the bank's sandbox funding account.
func fund(t *testing.T, s *testenv.Server, admin, bankID, accountID, currency, amount, posted string) {
	t.Helper()
	r := s.Do(t, http.MethodPost, "/obp/v5.1.0/management/historical/transactions", fmt.Sprintf(
		`{"from": {"bank_id": "%s", "account_id": "%s"}, "to": {"bank_id": "%s", "account_id": "%s"},
		  "value": {"currency": "%s", "amount": "%s"}, "description": "deposit %s", "posted": "%s"}`,
		bankID, sbx.FundingAccountID, bankID, accountID, currency, amount, amount, posted), auth(admin)...)
	if r.Status != 201 {
		t.Fatalf("fund %s: %d %s", accountID, r.Status, r.Body)
	}
}

// grantView gives userID the view on an account, as its owner.
func grantView(t *testing.T, s *testenv.Server, ownerTok, bankID, accountID, userID, viewID string) *testenv.Response {
	t.Helper()
	return s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/"+bankID+"/accounts/"+accountID+"/views/owner/account-access/grant",
		fmt.Sprintf(`{"user_id": "%s", "view_id": "%s"}`, userID, viewID), auth(ownerTok)...)
}
