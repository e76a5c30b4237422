package handlers_test

import (
	"encoding/json"
	"net/http"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	domainauth "github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/internal/testenv"
)

// signUp posts a sign-up with the fields JSON-encoded, so that any password travels intact.
func signUp(t *testing.T, s *testenv.Server, username, password string) *testenv.Response {
	t.Helper()
	r, err := trySignUp(s, username, password)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// trySignUp is signUp for spawned goroutines.
func trySignUp(s *testenv.Server, username, password string) (*testenv.Response, error) {
	body, err := json.Marshal(map[string]string{"email": "someone@example.com", "username": username,
		"password": password, "first_name": "A", "last_name": "B"})
	if err != nil {
		return nil, err
	}
	return s.Try(http.MethodPost, "/obp/v5.1.0/users", string(body))
}

// quotedLogin logs in with every value quoted as the DirectLogin documentation says.
func quotedLogin(t *testing.T, s *testenv.Server, header, username, password string) *testenv.Response {
	t.Helper()
	v := "username=" + domainauth.QuoteDirectLogin(username) + ", password=" + domainauth.QuoteDirectLogin(password) +
		", consumer_key=" + domainauth.QuoteDirectLogin(testenv.ConsumerKey)
	if header == "Authorization" {
		v = "DirectLogin " + v
	}
	return s.Do(t, http.MethodPost, "/my/logins/direct", "", header, v)
}

// Passwords holding commas or quotes were accepted at sign-up and could never log in.
func TestAwkwardPasswordsRoundTrip(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		for i, tc := range []struct{ username, password string }{
			{"comma1", "a,b-C1xxxxxxxx"},
			{"quoted1", `"Quoted-Pass1"`},
			{"backslash1", `back\slash,"and"quote=Aa1xxxx`},
			{"spaces1", "   spaces inside Aa1 x"},
			{"trailing1", "trailing spaces Aa1 x   "},
			{"escaped1", `already\"escaped\\ Aa1x`},
			{"endslash1", `ends with a backslash Aa1 \`},
			{"unicode1", "Ünïcødé, pässwörd ✓ 密码 1"},
			{"tab1", "tab\tinside the password 1"},
			{`we,ird"name=1`, "an ordinary long password"},
		} {
			if r := signUp(t, s, tc.username, tc.password); r.Status != 201 {
				t.Errorf("sign up %q: status %d: %s", tc.username, r.Status, r.Body)
				continue
			}
			header := []string{"DirectLogin", "Authorization"}[i%2]
			if r := quotedLogin(t, s, header, tc.username, tc.password); r.Status != 201 {
				t.Errorf("log in %q through %s: status %d: %s", tc.username, header, r.Status, r.Body)
			}
		}
		t.Run("a password no header can carry is refused at sign-up", func(t *testing.T) {
			r := signUp(t, s, "linebreak1", "line\nbreak in the password 1")
			if body := wantOBPError(t, r, 400, "OBP-09014"); body["field"] != "/password" {
				t.Errorf("field = %v, want /password", body["field"])
			}
		})
		t.Run("an open quote is OBP-20083, not a guess", func(t *testing.T) {
			r := s.Do(t, http.MethodPost, "/my/logins/direct", "", "DirectLogin",
				`username=comma1, password="a,b-C1xxxxxxxx, consumer_key=`+testenv.ConsumerKey)
			wantOBPError(t, r, 400, "OBP-20083")
			r = s.Get(t, "/obp/v5.1.0/users/current", "DirectLogin", `token="unclosed`)
			wantOBPError(t, r, 400, "OBP-20083")
		})
	})
}
