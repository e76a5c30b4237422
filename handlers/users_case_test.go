package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

func TestUsernamesDifferingOnlyByCaseCannotBothExist(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		if r := signUp(t, s, "Victim1", testPassword); r.Status != 201 {
			t.Fatalf("sign up Victim1: %d %s", r.Status, r.Body)
		}
		for _, impostor := range []string{"victim1", "VICTIM1", "Victim1"} {
			wantOBPError(t, signUp(t, s, impostor, "Another-Password-42"), 409, "OBP-20258")
		}
		// Letters beyond ASCII with a case are refused: not every engine folds them.
		if body := wantOBPError(t, signUp(t, s, "Jos\u00e9", testPassword), 400, "OBP-09014"); body["field"] != "/username" {
			t.Errorf("field = %v, want /username", body["field"])
		}
	})
}

func TestLoginIsCaseInsensitiveOnUsername(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		if r := signUp(t, s, "Victim1", testPassword); r.Status != 201 {
			t.Fatalf("sign up Victim1: %d %s", r.Status, r.Body)
		}
		tok := token(t, s, "VICTIM1", testPassword)
		if me := s.Get(t, "/obp/v5.1.0/users/current", auth(tok)...).JSON(t); me["username"] != "Victim1" {
			t.Errorf("logged in as %v, want the stored name Victim1", me["username"])
		}
		// A wrong password under another case counts against the same user.
		r := s.Do(t, http.MethodPost, "/my/logins/direct", "", "DirectLogin",
			"username=victim1, password=wrong-password, consumer_key="+testenv.ConsumerKey)
		wantOBPError(t, r, 401, "OBP-20004")
		status := s.Get(t, "/obp/v5.1.0/users/"+url.PathEscape("http://127.0.0.1")+"/Victim1/lock-status", auth(admin)...).JSON(t)
		if status["username"] != "Victim1" || status["bad_attempts_since_last_success_or_reset"] != float64(1) {
			t.Errorf("lock status = %v, want one failure on Victim1", status)
		}
	})
}

// Uniqueness is decided by the index, not by a read before the write: of concurrent
// sign-ups of one name in different cases exactly one wins.
func TestConcurrentCaseVariantSignUpsCreateOneUser(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		results := testenv.Concurrently(t, 20, func(i int) (*testenv.Response, error) {
			return trySignUp(s, caseVariant("alice9", i), testPassword)
		})
		created := 0
		for i, r := range results {
			switch {
			case r.Status == 201:
				created++
			case r.Status != 409 || !strings.Contains(string(r.Body), "OBP-20258"):
				t.Errorf("sign-up %q: %d %s", caseVariant("alice9", i), r.Status, r.Body)
			}
		}
		if created != 1 {
			t.Errorf("%d sign-ups succeeded, want exactly 1", created)
		}
		var rows int64
		testenv.Query(t, db, &rows, "SELECT count(*) FROM users WHERE lower(username) = 'alice9'")
		if rows != 1 {
			t.Errorf("%d users named alice9 in some case, want 1", rows)
		}
	})
}

// caseVariant spells name with the letters picked by the bits of i in upper case.
func caseVariant(name string, i int) string {
	b := []byte(name)
	for j := range b {
		if i&(1<<j) != 0 {
			b[j] = strings.ToUpper(string(b[j]))[0]
		}
	}
	return string(b)
}
