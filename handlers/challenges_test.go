package handlers_test

import (
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

func TestChallenges(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		clk := &clock{now: time.Now().UTC()}
		s := testenv.Start(t, db, app.Options{Sandbox: true, Now: clk.Now, Payments: app.PaymentOptions{ScaMethod: "DUMMY"}})
		ellie, omar := sandboxToken(t, s, "ellie"), sandboxToken(t, s, "omar")
		approver := `{"name": "_approver", "description": "", "metadata_view": "", "is_public": false, "which_alias_to_use": "", "hide_metadata_if_alias_used": false, "allowed_actions": ["can_see_transaction_requests"]}`
		if r := s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/gh.29.uk/accounts/ellie-current/views", approver, auth(ellie)...); r.Status != 201 {
			t.Fatalf("create _approver: %d %s", r.Status, r.Body)
		}
		omarID := s.Get(t, "/obp/v5.1.0/users/current", auth(omar)...).JSON(t)["user_id"].(string)
		if r := grantView(t, s, ellie, "gh.29.uk", "ellie-current", omarID, "_approver"); r.Status != 201 {
			t.Fatalf("grant _approver: %d %s", r.Status, r.Body)
		}
		big := toAccount("omar-current", "GBP", "1200.00")
		initiate := func() (id, challenge string) {
			tr := pay(t, s, ellie, "ellie-current", "ACCOUNT", big).JSON(t)
			if tr["status"] != "INITIATED" {
				t.Fatalf("= %v", tr)
			}
			return tr["id"].(string), challengeOf(t, tr)
		}

		t.Run("wrong answers, then the request is rejected", func(t *testing.T) {
			id, ch := initiate()
			wantOBPError(t, answer(t, s, ellie, "ellie-current", "ACCOUNT", id, ch, "999"), 400, "OBP-40016")
			wantOBPError(t, answer(t, s, ellie, "ellie-current", "ACCOUNT", id, ch, "998"), 400, "OBP-40016")
			wantOBPError(t, answer(t, s, ellie, "ellie-current", "ACCOUNT", id, ch, "997"), 400, "OBP-40014")
			if st := s.Get(t, trBase+"ellie-current/owner/transaction-requests/"+id, auth(ellie)...).JSON(t)["status"]; st != "REJECTED" {
				t.Errorf("after three wrong answers the request is %v", st)
			}
			wantOBPError(t, answer(t, s, ellie, "ellie-current", "ACCOUNT", id, ch, "123"), 400, "OBP-40020")
		})
		t.Run("another user's answer is refused", func(t *testing.T) {
			id, ch := initiate()
			// omar may see ellie's requests through _approver, but the challenge is ellie's
			r := s.Do(t, http.MethodPost, trBase+"ellie-current/_approver/transaction-request-types/ACCOUNT/transaction-requests/"+id+"/challenge",
				`{"id": "`+ch+`", "answer": "123"}`, auth(omar)...)
			wantOBPError(t, r, 403, "OBP-40047")
		})
		t.Run("the type must not change", func(t *testing.T) {
			id, ch := initiate()
			wantOBPError(t, answer(t, s, ellie, "ellie-current", "SANDBOX_TAN", id, ch, "123"), 400, "OBP-40009")
			wantOBPError(t, answer(t, s, ellie, "ellie-current", "ACCOUNT", id, "no-such-challenge", "123"), 404, "OBP-40021")
		})
		t.Run("an expired challenge is refused", func(t *testing.T) {
			id, ch := initiate()
			clk.Advance(601 * time.Second)
			wantOBPError(t, answer(t, s, ellie, "ellie-current", "ACCOUNT", id, ch, "123"), 400, "OBP-20211")
			clk.Advance(-601 * time.Second)
		})
		t.Run("two correct answers at once pay once", func(t *testing.T) {
			before := balanceOf(t, s, ellie, "ellie-current")
			id, ch := initiate()
			results := testenv.Concurrently(t, 6, func(int) (*testenv.Response, error) {
				return tryAnswer(s, ellie, "ellie-current", "ACCOUNT", id, ch, "123")
			})
			for _, r := range results {
				if r.Status >= 500 {
					t.Errorf("concurrent answer: %d %s", r.Status, r.Body)
				}
			}
			var legs int64
			testenv.Query(t, db, &legs, "SELECT COUNT(*) FROM transactions WHERE transfer_id = ?", id)
			if legs != 2 {
				t.Errorf("%d legs posted for one request, want 2", legs)
			}
			after := balanceOf(t, s, ellie, "ellie-current")
			if before == after {
				t.Error("nothing was paid")
			}
			if st := s.Get(t, trBase+"ellie-current/owner/transaction-requests/"+id, auth(ellie)...).JSON(t)["status"]; st != "COMPLETED" {
				t.Errorf("status = %v", st)
			}
		})
		t.Run("REJECT refuses the payment", func(t *testing.T) {
			id, ch := initiate()
			if r := answer(t, s, ellie, "ellie-current", "ACCOUNT", id, ch, "REJECT"); r.Status != 202 || r.JSON(t)["status"] != "REJECTED" {
				t.Errorf("REJECT: %d %s", r.Status, r.Body)
			}
		})
		checkBooks(t, db)
	})
}

func TestMultipleRequiredAnswers(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := dummySCA(t, db)
		admin := adminToken(t, s)
		a, b := newUser(t, s), newUser(t, s)
		openAccount(t, s, a.Token, "gh.29.uk", "joint", "GBP")
		fund(t, s, admin, "gh.29.uk", "joint", "GBP", "5000.00", "2024-01-01T00:00:00Z")
		if r := grantView(t, s, a.Token, "gh.29.uk", "joint", b.ID, "owner"); r.Status != 201 {
			t.Fatalf("grant: %d %s", r.Status, r.Body)
		}
		grant(t, s, admin, adminUserID(t, s), "gh.29.uk", "CanCreateAccountAttributeAtOneBank")
		if r := s.Do(t, http.MethodPost, trBase+"joint/products/CURRENT/attribute", `{"name": "REQUIRED_CHALLENGE_ANSWERS", "type": "INTEGER", "value": "2"}`, auth(admin)...); r.Status != 201 {
			t.Fatalf("attribute: %d %s", r.Status, r.Body)
		}
		tr := pay(t, s, a.Token, "joint", "ACCOUNT", toAccount("omar-current", "GBP", "1500.00")).JSON(t)
		cs := tr["challenges"].([]any)
		if tr["status"] != "INITIATED" || len(cs) != 2 {
			t.Fatalf("= %v", tr)
		}
		mine := map[string]string{}
		for _, c := range cs {
			m := c.(map[string]any)
			mine[m["user_id"].(string)] = m["id"].(string)
		}
		first := answer(t, s, a.Token, "joint", "ACCOUNT", tr["id"].(string), mine[a.ID], "123").JSON(t)
		if first["status"] != "NEXT_CHALLENGE_PENDING" {
			t.Fatalf("after one of two answers: %v", first["status"])
		}
		if balanceOf(t, s, a.Token, "joint") != "5000.00" {
			t.Error("money moved after one of two answers")
		}
		second := answer(t, s, b.Token, "joint", "ACCOUNT", tr["id"].(string), mine[b.ID], "123").JSON(t)
		if second["status"] != "COMPLETED" {
			t.Fatalf("after both answers: %v", second["status"])
		}
		if bal := balanceOf(t, s, a.Token, "joint"); bal != "3500.00" {
			t.Errorf("joint balance = %s", bal)
		}
		checkBooks(t, db)
	})
}

// adminUserID is the sandbox administrator's user id.
func adminUserID(t *testing.T, s *testenv.Server) string {
	return s.Get(t, "/obp/v5.1.0/users/current", auth(adminToken(t, s))...).JSON(t)["user_id"].(string)
}

var sixDigits = regexp.MustCompile(`\b(\d{6})\b`)

// With the SMS method and no gateway configured, the code lands in the outbox, which an
// administrator reads; no code appears in the log.
func TestSMSChallengeThroughTheOutbox(t *testing.T) {
	s := testenv.Start(t, testenv.OpenSQLite(t), app.Options{Sandbox: true})
	ellie, admin := sandboxToken(t, s, "ellie"), adminToken(t, s)
	tr := pay(t, s, ellie, "ellie-current", "ACCOUNT", toAccount("omar-current", "GBP", "1100.00")).JSON(t)
	if tr["status"] != "INITIATED" {
		t.Fatalf("= %v", tr)
	}
	wantOBPError(t, s.Get(t, "/obp/v5.1.0/management/notifications/outbox", auth(ellie)...), 403, "OBP-20006")
	msgs := s.Get(t, "/obp/v5.1.0/management/notifications/outbox", auth(admin)...).JSON(t)["messages"].([]any)
	if len(msgs) != 1 || msgs[0].(map[string]any)["channel"] != "SMS" {
		t.Fatalf("outbox = %v", msgs)
	}
	code := sixDigits.FindString(msgs[0].(map[string]any)["body"].(string))
	if code == "" {
		t.Fatalf("no code in %v", msgs[0])
	}
	if r := answer(t, s, ellie, "ellie-current", "ACCOUNT", tr["id"].(string), challengeOf(t, tr), code); r.JSON(t)["status"] != "COMPLETED" {
		t.Fatalf("answer: %s", r.Body)
	}
	var hashes []string
	testenv.Query(t, s.DB, &hashes, "SELECT answer_hash FROM challenges")
	for _, h := range hashes {
		if h == code || len(h) != 64 {
			t.Errorf("stored answer %q is not a hash", h)
		}
	}
	if strings.Contains(s.Logs.String(), code) {
		t.Error("the one-time password appears in the log")
	}
}

func TestCancelAWaitingRequest(t *testing.T) {
	s := dummySCA(t, testenv.OpenSQLite(t))
	ellie, admin := sandboxToken(t, s, "ellie"), adminToken(t, s)
	tr := pay(t, s, ellie, "ellie-current", "ACCOUNT", toAccount("omar-current", "GBP", "1500.00")).JSON(t)
	path := "/obp/v5.1.0/management/transaction-requests/" + tr["id"].(string)
	wantOBPError(t, s.Do(t, http.MethodPut, path, `{"status": "CANCELLED"}`, auth(ellie)...), 403, "OBP-20006")
	if r := s.Do(t, http.MethodPut, path, `{"status": "CANCELLED"}`, auth(admin)...); r.Status != 200 || r.JSON(t)["status"] != "CANCELLED" {
		t.Fatalf("cancel: %d %s", r.Status, r.Body)
	}
	wantOBPError(t, answer(t, s, ellie, "ellie-current", "ACCOUNT", tr["id"].(string), challengeOf(t, tr), "123"), 400, "OBP-40020")
	wantOBPError(t, s.Do(t, http.MethodPut, path, `{"status": "REJECTED"}`, auth(admin)...), 400, "OBP-40020")
	if b := balanceOf(t, s, ellie, "ellie-current"); b != "2620.50" {
		t.Errorf("a cancelled request moved money: %s", b)
	}
}

// With the EMAIL method the code goes to the user's e-mail address.
func TestEmailChallengeThroughTheOutbox(t *testing.T) {
	s := testenv.Start(t, testenv.OpenSQLite(t), app.Options{Sandbox: true, Payments: app.PaymentOptions{ScaMethod: "EMAIL"}})
	ellie, admin := sandboxToken(t, s, "ellie"), adminToken(t, s)
	tr := pay(t, s, ellie, "ellie-current", "ACCOUNT", toAccount("omar-current", "GBP", "1100.00")).JSON(t)
	msgs := s.Get(t, "/obp/v5.1.0/management/notifications/outbox", auth(admin)...).JSON(t)["messages"].([]any)
	if len(msgs) != 1 {
		t.Fatalf("outbox = %v", msgs)
	}
	m := msgs[0].(map[string]any)
	if m["channel"] != "EMAIL" || m["to"] != "ellie@sandbox.example" {
		t.Errorf("message = %v", m)
	}
	code := sixDigits.FindString(m["body"].(string))
	if r := answer(t, s, ellie, "ellie-current", "ACCOUNT", tr["id"].(string), challengeOf(t, tr), code); r.JSON(t)["status"] != "COMPLETED" {
		t.Fatalf("answer: %s", r.Body)
	}
}
