package handlers_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

func TestCreateUser(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		post := func(body string) *testenv.Response { return s.Do(t, http.MethodPost, "/obp/v5.1.0/users", body) }
		body := func(username, password string) string {
			return fmt.Sprintf(`{"email": "%s@example.com", "username": "%s", "password": "%s", "first_name": "A", "last_name": "B"}`, username, username, password)
		}
		r := post(body("felix", "fhr5&Hw9-Kp2"))
		if r.Status != 201 {
			t.Fatalf("status %d: %s", r.Status, r.Body)
		}
		u := r.JSON(t)
		for _, f := range []string{"user_id", "email", "provider_id", "provider", "username", "entitlements"} {
			if _, ok := u[f]; !ok {
				t.Errorf("user lacks %q", f)
			}
		}
		if strings.Contains(string(r.Body), "fhr5&Hw9-Kp2") || strings.Contains(string(r.Body), "argon2") {
			t.Error("the answer shows the password or its hash")
		}
		var hash string
		testenv.Query(t, db, &hash, "SELECT password_hash FROM users WHERE username = 'felix'")
		if !strings.HasPrefix(hash, "$argon2id$") || strings.Contains(hash, "fhr5&Hw9-Kp2") {
			t.Errorf("stored password is not an argon2id hash: %q", hash)
		}

		for _, weak := range []string{"short1A!", "alllowercase1!", "NoDigitsHere!!", "NoSpecial123ab"} {
			wantOBPError(t, post(body("weak"+fmt.Sprint(len(weak)), weak)), 400, "OBP-30207")
		}
		if r := post(body("longpass", "a long passphrase of words only")); r.Status != 201 {
			t.Errorf("17+ character passphrase refused: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, post(body("felix", "fhr5&Hw9-Kp2")), 409, "OBP-20258")
		wantOBPError(t, post(`{"email": "not-an-email", "username": "x1", "password": "fhr5&Hw9-Kp2", "first_name": "A", "last_name": "B"}`), 400, "OBP-09014")
		var n int64
		testenv.Query(t, db, &n, "SELECT count(*) FROM users WHERE username LIKE 'weak%' OR username = 'x1'")
		if n != 0 {
			t.Errorf("%d users written by refused requests", n)
		}
	})
}

func TestUserReads(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		u := newUser(t, s)
		me := s.Get(t, "/obp/v5.1.0/users/current", auth(u.Token)...).JSON(t)
		if me["user_id"] != u.ID || me["username"] != u.Username {
			t.Errorf("current user = %v", me)
		}
		if _, ok := me["entitlements"].(map[string]any)["list"].([]any); !ok {
			t.Errorf("entitlements.list missing: %v", me)
		}
		if _, ok := me["views"].(map[string]any)["list"].([]any); !ok {
			t.Errorf("views.list missing: %v", me)
		}
		if id := s.Get(t, "/obp/v5.1.0/users/current/user_id", auth(u.Token)...).JSON(t)["user_id"]; id != u.ID {
			t.Errorf("current user_id = %v", id)
		}
		byID := s.Get(t, "/obp/v5.1.0/users/user_id/"+u.ID, auth(admin)...).JSON(t)
		if byID["username"] != u.Username || byID["is_locked"] != false {
			t.Errorf("user by id = %v", byID)
		}
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/users/user_id/no-such-user", auth(admin)...), 404, "OBP-20005")
		users := s.Get(t, "/obp/v5.1.0/users?limit=1&offset=1", auth(admin)...).JSON(t)["users"].([]any)
		if len(users) != 1 {
			t.Errorf("limit=1 gave %d users", len(users))
		}
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/users?limit=0", auth(admin)...), 400, "OBP-10025")
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/users?offset=-1", auth(admin)...), 400, "OBP-10024")
	})
}

func TestLockout(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		u := newUser(t, s)
		tryLogin := func(password string) (*testenv.Response, error) {
			return s.Try(http.MethodPost, "/my/logins/direct", "", "DirectLogin",
				"username="+u.Username+", password="+password+", consumer_key="+testenv.ConsumerKey)
		}
		login := func(password string) *testenv.Response {
			r, err := tryLogin(password)
			if err != nil {
				t.Fatal(err)
			}
			return r
		}
		// Five wrong passwords in parallel: every one is counted.
		testenv.Concurrently(t, 5, func(int) (*testenv.Response, error) { return tryLogin("wrong-password") })
		wantOBPError(t, login(u.Password), 401, "OBP-20013")
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/users/current", auth(u.Token)...), 401, "OBP-20013")

		provider := url.PathEscape("http://127.0.0.1")
		status := s.Get(t, "/obp/v5.1.0/users/"+provider+"/"+u.Username+"/lock-status", auth(admin)...).JSON(t)
		if status["bad_attempts_since_last_success_or_reset"] != float64(5) || status["is_locked"] != true {
			t.Errorf("lock status = %v", status)
		}
		if r := s.Do(t, http.MethodPut, "/obp/v5.1.0/users/"+provider+"/"+u.Username+"/lock-status", "", auth(admin)...); r.Status != 200 {
			t.Fatalf("unlock: %d %s", r.Status, r.Body)
		}
		if r := login(u.Password); r.Status != 201 {
			t.Fatalf("login after unlock: %d %s", r.Status, r.Body)
		}

		t.Run("a success resets the count", func(t *testing.T) {
			for i := 0; i < 4; i++ {
				login("wrong-password")
			}
			login(u.Password)
			for i := 0; i < 4; i++ {
				login("wrong-password")
			}
			if r := login(u.Password); r.Status != 201 {
				t.Fatalf("locked after 4+4 failures split by a success: %d %s", r.Status, r.Body)
			}
		})
		t.Run("an administrator locks a user and their token is refused at once", func(t *testing.T) {
			v := newUser(t, s)
			r := s.Do(t, http.MethodPost, "/obp/v5.1.0/users/"+provider+"/"+v.Username+"/locks", "", auth(admin)...)
			if r.Status != 201 || r.JSON(t)["type_of_lock"] != "lock_via_api" {
				t.Fatalf("lock: %d %s", r.Status, r.Body)
			}
			wantOBPError(t, s.Get(t, "/obp/v5.1.0/users/current", auth(v.Token)...), 401, "OBP-20013")
		})
		wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/users/"+provider+"/nobody/locks", "", auth(admin)...), 404, "OBP-20027")
	})
}
