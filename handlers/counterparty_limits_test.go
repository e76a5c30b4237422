package handlers_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// limitPath is the limits path of a counterparty under a view of an account.
func limitPath(bankID, accountID, viewID, counterpartyID string) string {
	return "/obp/v5.1.0/banks/" + bankID + "/accounts/" + accountID + "/views/" + viewID + "/counterparties/" + counterpartyID + "/limits"
}

// limitBed is an account funded with 100.00 GBP, its owner, and a second account of the
// owner that its counterparties pay.
type limitBed struct {
	s     *testenv.Server
	owner testUser
}

const (
	limitSrc = "limit-src"
	limitDst = "limit-dst"
)

func newLimitBed(t *testing.T, db *mapped.DB) *limitBed {
	t.Helper()
	s := dummySCA(t, db)
	b := &limitBed{s: s, owner: newUser(t, s)}
	openAccount(t, s, b.owner.Token, cpBank, limitSrc, "GBP")
	openAccount(t, s, b.owner.Token, cpBank, limitDst, "GBP")
	fund(t, s, adminToken(t, s), cpBank, limitSrc, "GBP", "100.00", "2024-01-01T00:00:00Z")
	return b
}

// payee saves a beneficiary paying limit-dst under viewID, as tok.
func (b *limitBed) payee(t *testing.T, tok, viewID, name string) string {
	t.Helper()
	path, _ := cpPaths(limitSrc, viewID)
	body := fmt.Sprintf(`{"name": %q, "description": "", "currency": "GBP",
		"other_account_routing_scheme": "OBP", "other_account_routing_address": %q,
		"other_account_secondary_routing_scheme": "", "other_account_secondary_routing_address": "",
		"other_bank_routing_scheme": "OBP", "other_bank_routing_address": %q,
		"other_branch_routing_scheme": "", "other_branch_routing_address": "", "is_beneficiary": true}`, name, limitDst, cpBank)
	return cpCreate(t, b.s, tok, path, body)["counterparty_id"].(string)
}

func (b *limitBed) limit(t *testing.T, tok, viewID, counterpartyID, body string) *testenv.Response {
	t.Helper()
	return b.s.Do(t, http.MethodPost, limitPath(cpBank, limitSrc, viewID, counterpartyID), body, auth(tok)...)
}

// tryPayCounterparty posts a COUNTERPARTY transaction request through viewID.
func tryPayCounterparty(s *testenv.Server, tok, viewID, counterpartyID, currency, amount string) (*testenv.Response, error) {
	return s.Try(http.MethodPost, "/obp/v4.0.0/banks/"+cpBank+"/accounts/"+limitSrc+"/"+viewID+"/transaction-request-types/COUNTERPARTY/transaction-requests",
		fmt.Sprintf(`{"to": {"counterparty_id": %q}, "value": {"currency": %q, "amount": %q}, "description": "limited"}`, counterpartyID, currency, amount),
		auth(tok)...)
}

func (b *limitBed) pay(t *testing.T, tok, viewID, counterpartyID, amount string) *testenv.Response {
	t.Helper()
	r, err := tryPayCounterparty(b.s, tok, viewID, counterpartyID, "GBP", amount)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestCounterpartyLimitCRUD(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		b := newLimitBed(t, db)
		cp := b.payee(t, b.owner.Token, "owner", "Landlord")
		path := limitPath(cpBank, limitSrc, "owner", cp)
		tok := b.owner.Token

		r := b.limit(t, tok, "owner", cp, `{"currency": "GBP", "max_single_amount": "10.5", "max_monthly_amount": "100",
			"max_number_of_monthly_transactions": 10, "max_number_of_transactions": 3}`)
		if r.Status != 201 {
			t.Fatalf("create: %d %s", r.Status, r.Body)
		}
		got := r.JSON(t)
		for field, want := range map[string]any{"bank_id": cpBank, "account_id": limitSrc, "view_id": "owner", "counterparty_id": cp,
			"currency": "GBP", "max_single_amount": "10.50", "max_monthly_amount": "100.00", "max_yearly_amount": "0.00",
			"max_number_of_monthly_transactions": float64(10), "max_number_of_transactions": float64(3)} {
			if got[field] != want {
				t.Errorf("%s = %v, want %v", field, got[field], want)
			}
		}
		if id, _ := got["counterparty_limit_id"].(string); id == "" {
			t.Error("no counterparty_limit_id")
		}
		wantOBPError(t, b.limit(t, tok, "owner", cp, `{"currency": "GBP"}`), 400, "OBP-30264")
		if r := b.s.Get(t, path, auth(tok)...); r.Status != 200 || r.JSON(t)["max_single_amount"] != "10.50" {
			t.Errorf("get: %d %s", r.Status, r.Body)
		}
		r = b.s.Do(t, http.MethodPut, path, `{"currency": "GBP", "max_single_amount": "20.00", "max_number_of_transactions": 4}`, auth(tok)...)
		if r.Status != 200 || r.JSON(t)["max_single_amount"] != "20.00" || r.JSON(t)["max_monthly_amount"] != "0.00" {
			t.Errorf("update: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, b.s.Do(t, http.MethodPut, path, `{"currency": "gbp"}`, auth(tok)...), 400, "OBP-10003")
		wantOBPError(t, b.s.Do(t, http.MethodPut, path, `{"currency": "GBP", "max_total_amount": "1.234"}`, auth(tok)...), 400, "OBP-20054")
		wantOBPError(t, b.s.Do(t, http.MethodPut, path, `{"currency": "GBP", "max_total_amount": "-1.00"}`, auth(tok)...), 400, "OBP-20054")

		if r := b.pay(t, tok, "owner", cp, "1.00"); r.Status != 201 {
			t.Fatalf("pay: %d %s", r.Status, r.Body)
		}
		t.Run("a limit used keeps its currency", func(t *testing.T) {
			wantOBPError(t, b.s.Do(t, http.MethodPut, path, `{"currency": "EUR"}`, auth(tok)...), 400, "OBP-30262")
		})
		t.Run("status counts what was paid", func(t *testing.T) {
			r := b.s.Get(t, strings.TrimSuffix(path, "/limits")+"/limit-status", auth(tok)...)
			if r.Status != 200 {
				t.Fatalf("status: %d %s", r.Status, r.Body)
			}
			st, _ := r.JSON(t)["status"].(map[string]any)
			if st["max_number_of_transactions_status"] != float64(1) || st["max_total_amount_status"] != "1.00" ||
				st["max_monthly_amount_status"] != "1.00" || st["max_number_of_yearly_transactions_status"] != float64(1) {
				t.Errorf("status = %v", st)
			}
		})
		t.Run("without the view or its permission", func(t *testing.T) {
			other := newUser(t, b.s)
			wantOBPError(t, b.s.Get(t, path, auth(other.Token)...), 403, "OBP-20017")
			if r := grantView(t, b.s, tok, cpBank, limitSrc, other.ID, "auditor"); r.Status != 201 {
				t.Fatalf("grant auditor: %d %s", r.Status, r.Body)
			}
			auditorPath := limitPath(cpBank, limitSrc, "auditor", cp)
			wantOBPError(t, b.s.Do(t, http.MethodPost, auditorPath, `{"currency": "GBP"}`, auth(other.Token)...), 403, "OBP-30022")
			wantOBPError(t, b.s.Do(t, http.MethodPut, auditorPath, `{"currency": "GBP"}`, auth(other.Token)...), 403, "OBP-30022")
			wantOBPError(t, b.s.Do(t, http.MethodDelete, auditorPath, "", auth(other.Token)...), 403, "OBP-30022")
			// The auditor may read limits, but the payee is the owner view's.
			wantOBPError(t, b.s.Get(t, auditorPath, auth(other.Token)...), 404, "OBP-30017")
		})

		if r := b.s.Do(t, http.MethodDelete, path, "", auth(tok)...); r.Status != 204 {
			t.Fatalf("delete: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, b.s.Get(t, path, auth(tok)...), 404, "OBP-30263")
		wantOBPError(t, b.s.Do(t, http.MethodDelete, path, "", auth(tok)...), 404, "OBP-30263")
		if r := b.pay(t, tok, "owner", cp, "30.00"); r.Status != 201 {
			t.Errorf("pay once the limit is gone: %d %s", r.Status, r.Body)
		}
	})
}

func TestPaymentsWithinCounterpartyLimits(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		b := newLimitBed(t, db)
		tok := b.owner.Token
		for _, tc := range []struct {
			name, limit string
			pays        []string // amounts in order
			ok          []bool
		}{
			{"single amount", `{"currency": "GBP", "max_single_amount": "5.00"}`, []string{"5.00", "5.01", "4.99"}, []bool{true, false, true}},
			{"monthly count", `{"currency": "GBP", "max_number_of_monthly_transactions": 2}`, []string{"1.00", "1.00", "1.00"}, []bool{true, true, false}},
			{"monthly amount", `{"currency": "GBP", "max_monthly_amount": "3.00"}`, []string{"2.00", "1.50", "1.00", "0.01"}, []bool{true, false, true, false}},
			{"yearly count", `{"currency": "GBP", "max_number_of_yearly_transactions": 1}`, []string{"1.00", "1.00"}, []bool{true, false}},
			{"yearly amount", `{"currency": "GBP", "max_yearly_amount": "2.50"}`, []string{"2.00", "0.51", "0.50"}, []bool{true, false, true}},
			{"total count", `{"currency": "GBP", "max_number_of_transactions": 2}`, []string{"1.00", "1.00", "0.01"}, []bool{true, true, false}},
			{"total amount", `{"currency": "GBP", "max_total_amount": "4.00"}`, []string{"3.00", "1.01", "1.00", "0.01"}, []bool{true, false, true, false}},
			{"another currency", `{"currency": "EUR"}`, []string{"1.00"}, []bool{false}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				cp := b.payee(t, tok, "owner", tc.name)
				if r := b.limit(t, tok, "owner", cp, tc.limit); r.Status != 201 {
					t.Fatalf("limit: %d %s", r.Status, r.Body)
				}
				for i, amount := range tc.pays {
					r := b.pay(t, tok, "owner", cp, amount)
					if tc.ok[i] && (r.Status != 201 || r.JSON(t)["status"] != "COMPLETED") {
						t.Errorf("payment %d of %s: %d %s", i, amount, r.Status, r.Body)
					}
					if !tc.ok[i] {
						wantOBPError(t, r, 400, "OBP-30268")
					}
				}
			})
		}
		t.Run("a refused payment writes nothing", func(t *testing.T) {
			var refused int64
			testenv.Query(t, db, &refused, "SELECT COUNT(*) FROM transaction_requests WHERE status <> 'COMPLETED'")
			if refused != 0 {
				t.Errorf("%d requests stored that did not complete", refused)
			}
		})
		if b := balanceOf(t, b.s, tok, limitDst); b != "24.49" {
			t.Errorf("paid %s in all, want 24.49", b)
		}
		checkBooks(t, db)
	})
}

// Through a view that has limits and may pay only beneficiaries, only the counterparties
// with a limit under it can be paid: not another payee of the view, nor one of another view.
func TestALimitedViewPaysOnlyItsLimitedCounterparties(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		b := newLimitBed(t, db)
		body := `{"name": "_capped", "description": "pays capped payees", "metadata_view": "_capped", "is_public": false,
			"which_alias_to_use": "", "hide_metadata_if_alias_used": false, "allowed_actions": ["can_add_transaction_request_to_beneficiary",
			"can_add_counterparty", "can_get_counterparty", "can_create_counterparty_limit", "can_delete_counterparty_limit"]}`
		if r := b.s.Do(t, http.MethodPost, trBase+limitSrc+"/views", body, auth(b.owner.Token)...); r.Status != 201 {
			t.Fatalf("create view: %d %s", r.Status, r.Body)
		}
		payer := newUser(t, b.s)
		if r := grantView(t, b.s, b.owner.Token, cpBank, limitSrc, payer.ID, "_capped"); r.Status != 201 {
			t.Fatalf("grant: %d %s", r.Status, r.Body)
		}
		capped := b.payee(t, payer.Token, "_capped", "Capped")
		free := b.payee(t, payer.Token, "_capped", "Free")
		ownersPayee := b.payee(t, b.owner.Token, "owner", "Owner's")
		if r := b.pay(t, payer.Token, "_capped", free, "1.00"); r.Status != 201 {
			t.Fatalf("a view with no limits pays its beneficiaries: %d %s", r.Status, r.Body)
		}
		if r := b.limit(t, payer.Token, "_capped", capped, `{"currency": "GBP", "max_single_amount": "2.00"}`); r.Status != 201 {
			t.Fatalf("limit: %d %s", r.Status, r.Body)
		}
		if r := b.pay(t, payer.Token, "_capped", capped, "2.00"); r.Status != 201 {
			t.Errorf("the limited payee: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, b.pay(t, payer.Token, "_capped", capped, "2.01"), 400, "OBP-30268")
		wantOBPError(t, b.pay(t, payer.Token, "_capped", free, "1.00"), 400, "OBP-30268")
		wantOBPError(t, b.pay(t, payer.Token, "_capped", ownersPayee, "1.00"), 400, "OBP-30268")
		t.Run("the owner view, which may pay any account, pays others", func(t *testing.T) {
			if r := b.limit(t, b.owner.Token, "owner", ownersPayee, `{"currency": "GBP", "max_single_amount": "1.00"}`); r.Status != 201 {
				t.Fatalf("limit: %d %s", r.Status, r.Body)
			}
			if r := b.pay(t, b.owner.Token, "owner", free, "3.00"); r.Status != 201 {
				t.Errorf("owner pays an unlimited payee: %d %s", r.Status, r.Body)
			}
			wantOBPError(t, b.pay(t, b.owner.Token, "owner", ownersPayee, "1.01"), 400, "OBP-30268")
		})
		t.Run("removing the view's last limit frees it again", func(t *testing.T) {
			if r := b.s.Do(t, http.MethodDelete, limitPath(cpBank, limitSrc, "_capped", capped), "", auth(payer.Token)...); r.Status != 204 {
				t.Fatalf("delete: %d %s", r.Status, r.Body)
			}
			if r := b.pay(t, payer.Token, "_capped", free, "1.00"); r.Status != 201 {
				t.Errorf("%d %s", r.Status, r.Body)
			}
		})
	})
}

// Parallel payments under one limit: exactly what the limit admits succeeds, the rest is
// refused with OBP-30268, and the usage table agrees — on PostgreSQL (row lock) and on
// SQLite (one writer).
func TestConcurrentPaymentsWithinACounterpartyLimit(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		b := newLimitBed(t, db)
		tok := b.owner.Token
		for _, tc := range []struct {
			name, limit string
			admits      int
		}{
			{"max_number_of_transactions", `{"currency": "GBP", "max_number_of_transactions": 5}`, 5},
			{"max_total_amount", `{"currency": "GBP", "max_total_amount": "3.00"}`, 3},
			{"max_number_of_monthly_transactions", `{"currency": "GBP", "max_number_of_monthly_transactions": 4}`, 4},
		} {
			t.Run(tc.name, func(t *testing.T) {
				cp := b.payee(t, tok, "owner", tc.name)
				r := b.limit(t, tok, "owner", cp, tc.limit)
				if r.Status != 201 {
					t.Fatalf("limit: %d %s", r.Status, r.Body)
				}
				limitID := r.JSON(t)["counterparty_limit_id"].(string)
				results := testenv.Concurrently(t, 12, func(int) (*testenv.Response, error) {
					return tryPayCounterparty(b.s, tok, "owner", cp, "GBP", "1.00")
				})
				ok, refused := 0, 0
				for i, r := range results {
					switch {
					case r.Status == 201:
						ok++
					case r.Status == 400 && strings.HasPrefix(message(t, r), "OBP-30268"):
						refused++
					default:
						t.Errorf("payment %d: %d %s", i, r.Status, r.Body)
					}
				}
				if ok != tc.admits || refused != 12-tc.admits {
					t.Errorf("%d paid and %d refused, want %d and %d", ok, refused, tc.admits, 12-tc.admits)
				}
				var used struct{ N, Total int64 }
				testenv.Query(t, db, &used, "SELECT COUNT(*) AS n, COALESCE(SUM(amount), 0) AS total FROM counterparty_limit_usage WHERE limit_id = ?", limitID)
				if used.N != int64(tc.admits) || used.Total != int64(tc.admits)*100 {
					t.Errorf("usage rows: %d summing %d, want %d summing %d", used.N, used.Total, tc.admits, tc.admits*100)
				}
				var requests int64
				testenv.Query(t, db, &requests, "SELECT COUNT(*) FROM transaction_requests WHERE counterparty_id = ?", cp)
				if requests != int64(tc.admits) {
					t.Errorf("%d transaction requests stored, want %d", requests, tc.admits)
				}
			})
		}
		if b := balanceOf(t, b.s, tok, limitDst); b != "12.00" {
			t.Errorf("paid %s in all, want 12.00", b)
		}
		checkBooks(t, db)
	})
}
