package handlers_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

func TestDirectLogin(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		good := "username=" + testenv.AdminUsername + ", password=" + testenv.AdminPassword + ", consumer_key=" + testenv.ConsumerKey
		login := func(headers ...string) *testenv.Response {
			return s.Do(t, http.MethodPost, "/my/logins/direct", "", headers...)
		}

		t.Run("201 with token and consumer_id, in every header form", func(t *testing.T) {
			quoted := `username="` + testenv.AdminUsername + `", password="` + testenv.AdminPassword + `", consumer_key="` + testenv.ConsumerKey + `"`
			for _, h := range [][]string{
				{"DirectLogin", good},
				{"DirectLogin", quoted},
				{"Authorization", "DirectLogin " + good},
				{"Authorization", "DirectLogin " + quoted},
				{"DirectLogin", strings.ReplaceAll(good, ", ", ",")},
			} {
				r := login(h...)
				if r.Status != 201 {
					t.Fatalf("%v: status %d: %s", h, r.Status, r.Body)
				}
				body := r.JSON(t)
				if body["token"] == "" || body["consumer_id"] == "" || body["token"] == nil || body["consumer_id"] == nil {
					t.Errorf("%v: body %s", h, r.Body)
				}
				tok := body["token"].(string)
				for _, use := range [][]string{{"DirectLogin", "token=" + tok}, {"Authorization", "DirectLogin token=" + tok}, {"DirectLogin", `token="` + tok + `"`}} {
					if r := s.Get(t, "/obp/v5.1.0/users/current", use...); r.Status != 200 {
						t.Errorf("using %v: status %d: %s", use[0], r.Status, r.Body)
					}
				}
			}
		})

		t.Run("missing parameters OBP-20002 names them", func(t *testing.T) {
			r := login("DirectLogin", "username="+testenv.AdminUsername)
			body := wantOBPError(t, r, 400, "OBP-20002")
			if m := body["message"].(string); !strings.Contains(m, "password") || !strings.Contains(m, "consumer_key") {
				t.Errorf("message %q does not name the missing parameters", m)
			}
		})
		t.Run("missing header OBP-20082", func(t *testing.T) {
			wantOBPError(t, login(), 400, "OBP-20082")
		})
		t.Run("Authorization without DirectLogin OBP-20083", func(t *testing.T) {
			wantOBPError(t, login("Authorization", "Basic YWRtaW46YWRtaW4="), 400, "OBP-20083")
		})
		t.Run("unsupported Authorization header on a protected call OBP-20080", func(t *testing.T) {
			wantOBPError(t, s.Get(t, "/obp/v5.1.0/users/current", "Authorization", "Basic YWRtaW46YWRtaW4="), 400, "OBP-20080")
		})
		t.Run("invalid consumer key OBP-20008", func(t *testing.T) {
			wantOBPError(t, login("DirectLogin", "username=admin, password=x, consumer_key=nope"), 401, "OBP-20008")
		})
		t.Run("wrong password and unknown user look the same: 401 OBP-20004", func(t *testing.T) {
			a := login("DirectLogin", "username="+testenv.AdminUsername+", password=wrong-password, consumer_key="+testenv.ConsumerKey)
			b := login("DirectLogin", "username=nobody-by-this-name, password=wrong-password, consumer_key="+testenv.ConsumerKey)
			ma := wantOBPError(t, a, 401, "OBP-20004")["message"]
			mb := wantOBPError(t, b, 401, "OBP-20004")["message"]
			if ma != mb {
				t.Errorf("messages differ: %q vs %q", ma, mb)
			}
		})
		t.Run("invalid token OBP-20003", func(t *testing.T) {
			wantOBPError(t, s.Get(t, "/obp/v5.1.0/users/current", "Authorization", "DirectLogin token=invalid-token-12345"), 401, "OBP-20003")
		})
		t.Run("no credentials on a protected call OBP-20001", func(t *testing.T) {
			r := s.Get(t, "/obp/v5.1.0/users/current")
			wantOBPError(t, r, 401, "OBP-20001")
			if r.Header.Get("WWW-Authenticate") == "" {
				t.Error("401 without WWW-Authenticate")
			}
		})
		t.Run("DirectLogin token header without token OBP-20002", func(t *testing.T) {
			wantOBPError(t, s.Get(t, "/obp/v5.1.0/users/current", "DirectLogin", "username=admin"), 400, "OBP-20002")
		})
		t.Run("a password never appears in the log", func(t *testing.T) {
			if strings.Contains(s.Logs.String(), testenv.AdminPassword) {
				t.Error("the admin password is in the log")
			}
		})
	})
}
