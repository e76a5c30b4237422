package scaletest

import (
	"fmt"
	"net/http"
	"testing"
	"time"
)

// State made through one process holds on the other: tokens, grants and revocations
// (within 1 s, measured), payment challenges and rate limits.
func TestAcrossProcesses(t *testing.T) {
	s := load(t)
	admin := login(t, s.a, s.user, s.password, s.key)

	t.Run("a token issued through one works on the other and through haproxy", func(t *testing.T) {
		fromB := login(t, s.b, s.user, s.password, s.key)
		for _, c := range []struct{ base, tok, what string }{
			{s.b, admin, "A's token on B"}, {s.a, fromB, "B's token on A"},
			{s.lb, admin, "A's token through haproxy"}, {s.lb, fromB, "B's token through haproxy"},
		} {
			for range 2 { // through haproxy: both servers, roundrobin
				want(t, do(t, c.base, http.MethodGet, "/obp/v5.1.0/users/current", c.tok, ""), 200, c.what)
			}
		}
	})

	t.Run("a grant and a revocation made through one hold on the other within 1 s", func(t *testing.T) {
		name := "scale" + stamp()
		u := want(t, do(t, s.a, http.MethodPost, "/obp/v5.1.0/users", "", fmt.Sprintf(
			`{"email": "%s@example.com", "username": "%s", "password": "Scale-User-Password-1", "first_name": "Scale", "last_name": "User"}`, name, name)),
			201, "create user").json(t)
		userID := u["user_id"].(string)
		tok := login(t, s.a, name, "Scale-User-Password-1", s.key)
		path := "/obp/v4.0.0/users/user_id/" + userID // needs CanGetAnyUser
		statusOnB := func(status int) func() bool {
			return func() bool {
				r, err := try(s.b, http.MethodGet, path, tok, "")
				return err == nil && r.Status == status
			}
		}
		for range 3 { // B has cached the user's grants: none
			want(t, do(t, s.b, http.MethodGet, path, tok, ""), 403, "before the grant, on B")
		}
		within := func(what string, ok func() bool) {
			t.Helper()
			took, done := waitFor(time.Second, ok)
			if !done {
				t.Fatalf("%s made through A does not hold on B after %v", what, took)
			}
			fmt.Printf("SCALE %s made through A held on B after %v\n", what, took.Round(time.Millisecond))
		}
		e := want(t, do(t, s.a, http.MethodPost, "/obp/v5.1.0/users/"+userID+"/entitlements", admin,
			`{"bank_id": "", "role_name": "CanGetAnyUser"}`), 201, "grant").json(t)
		within("a grant (CanGetAnyUser)", statusOnB(200))
		want(t, do(t, s.a, http.MethodDelete, "/obp/v5.1.0/users/"+userID+"/entitlement/"+e["entitlement_id"].(string), admin, ""), 204, "revoke")
		within("a revocation of the role", statusOnB(403))
		want(t, do(t, s.a, http.MethodDelete, "/my/logins/direct", tok, ""), 204, "logout")
		within("a logout (token revoked)", func() bool {
			r, err := try(s.b, http.MethodGet, "/obp/v5.1.0/users/current", tok, "")
			return err == nil && r.Status == 401 && r.code() == "OBP-20003"
		})
	})

	t.Run("a payment challenge created on one is answered on the other", func(t *testing.T) {
		src, dst := "scale-ch-src-"+stamp(), "scale-ch-dst-"+stamp()
		openFunded(t, s.a, admin, src, "5000.00")
		openFunded(t, s.a, admin, dst, "0")
		tr := want(t, do(t, s.a, http.MethodPost, payPath(src), admin, payBody(dst, "2000.00", "scale challenge")), 201, "pay above the threshold").json(t)
		if tr["status"] != "INITIATED" {
			t.Fatalf("a payment above the threshold is %v, want INITIATED with a challenge", tr["status"])
		}
		cs, _ := tr["challenges"].([]any)
		if len(cs) == 0 {
			t.Fatalf("no challenge in %v", tr)
		}
		challenge := cs[0].(map[string]any)["id"].(string)
		answer := func(base, ans string) response {
			return do(t, base, http.MethodPost, payPath(src)+"/"+tr["id"].(string)+"/challenge", admin,
				fmt.Sprintf(`{"id": "%s", "answer": "%s"}`, challenge, ans))
		}
		if r := answer(s.b, "999999"); r.Status < 400 || r.Status >= 500 {
			t.Fatalf("a wrong answer on B: %d %s", r.Status, r.Body)
		}
		done := want(t, answer(s.b, "123"), 202, "the right answer on B").json(t)
		if done["status"] != "COMPLETED" {
			t.Fatalf("after the answer on B: %v", done["status"])
		}
		b := want(t, do(t, s.a, http.MethodGet, "/obp/v5.1.0/banks/"+bank+"/accounts/"+dst+"/owner/account", admin, ""), 200, "read the payee on A").json(t)
		if got := b["balance"].(map[string]any)["amount"]; got != "2000.00" {
			t.Errorf("payee's balance read on A = %v, want 2000.00", got)
		}
	})

	t.Run("rate limits are shared", func(t *testing.T) {
		// Counted per hour (a minute's window could turn over during the test); not within
		// 5 s of the hour's end either.
		if now := time.Now(); now.Minute() == 59 && now.Second() >= 55 {
			time.Sleep(time.Duration(61-now.Second()) * time.Second)
		}
		app := want(t, do(t, s.a, http.MethodPost, "/obp/v5.1.0/management/consumers", admin, `{"app_name": "Scale limited `+stamp()+`"}`),
			201, "create consumer").json(t)
		id, key := app["consumer_id"].(string), app["key"].(string)
		tok := login(t, s.a, s.user, s.password, key)
		want(t, do(t, s.a, http.MethodPut, "/obp/v5.1.0/management/consumers/"+id+"/consumer/call-limits", admin,
			`{"per_minute_call_limit": "-1", "per_hour_call_limit": "4"}`), 200, "set call limits")
		time.Sleep(500 * time.Millisecond) // B hears of the change (milliseconds: see the grant above)
		for i, base := range []string{s.a, s.b, s.a, s.b} {
			want(t, do(t, base, http.MethodGet, "/obp/v5.1.0/users/current", tok, ""), 200, fmt.Sprintf("call %d within the limit", i+1))
		}
		for _, base := range []string{s.a, s.b, s.lb} {
			r := do(t, base, http.MethodGet, "/obp/v5.1.0/users/current", tok, "")
			if r.Status != 429 || r.code() != "OBP-10018" {
				t.Errorf("the fifth call of the hour on %s: %d %s, want 429 OBP-10018", base, r.Status, r.Body)
			}
		}
		fmt.Println("SCALE rate limit of 4 calls an hour: 2 on A and 2 on B spent it; the next on A, on B and through haproxy: 429 OBP-10018")
	})
}
