package handlers_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	sbx "github.com/obp-go/obp/domain/sandbox"
	"github.com/obp-go/obp/internal/testenv"
)

// Every limit of a token is enforced over HTTP: accounts, client address, operations,
// the Viewer's reads only, the bank; and the token never widens what its user may do.
func TestScopedTokenLimits(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		b := newSTBed(t, db)
		openAccount(t, b.s, b.ellie, stBank, "ellie-second", "GBP")
		req := stRequest(b.ellieID)
		req["permitted_operation_ids"] = []string{stReadAccount, stUpdateLabel, stGetBank}
		issued := b.issue(t, b.ellie, req)
		tok, _ := issued["token"].(string)
		if !strings.HasPrefix(tok, "obp_st_") || issued["user_id"] != b.ellieID || issued["bank_id"] != stBank ||
			issued["access_right"] != "Viewer" || issued["scoped_access_token_id"] == "" || issued["refresh_before"] == "" {
			t.Fatalf("issued = %v", issued)
		}
		created, _ := time.Parse(time.RFC3339, issued["created_at"].(string))
		expires, _ := time.Parse(time.RFC3339, issued["expires_at"].(string))
		refreshBefore, _ := time.Parse(time.RFC3339, issued["refresh_before"].(string))
		if expires.Sub(created) != 24*time.Hour || refreshBefore.Sub(created) != 15*time.Minute {
			t.Errorf("created %v, expires %v, refresh before %v", created, expires, refreshBefore)
		}
		if ips := fmt.Sprint(issued["allowed_ip_addresses"]); ips != "[127.0.0.1/32 ::1/128]" {
			t.Errorf("allowed_ip_addresses = %s", ips)
		}

		if r := b.s.Get(t, stEllieOwner, bearer(tok)...); r.Status != 200 || r.JSON(t)["id"] != "ellie-current" {
			t.Fatalf("a listed read: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, b.s.Get(t, "/obp/v5.1.0/banks/"+stBank+"/accounts/ellie-second/owner/account", bearer(tok)...), 403, "OBP-20904")
		wantOBPError(t, b.s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/"+stBank+"/accounts/ellie-current", `{"label": "Viewer wrote"}`, bearer(tok)...), 403, "OBP-20905")
		if r := b.s.Get(t, "/obp/v5.1.0/banks/"+stBank, bearer(tok)...); r.Status != 200 {
			t.Errorf("its own bank: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, b.s.Get(t, "/obp/v5.1.0/banks/alpen.01.de", bearer(tok)...), 403, "OBP-20903")
		e := wantOBPError(t, b.s.Get(t, "/obp/v5.1.0/users/current", bearer(tok)...), 403, "OBP-20902")
		if !strings.Contains(e["message"].(string), "OBPv3.0.0-getCurrentUser") {
			t.Errorf("message = %v", e["message"])
		}
		if got := b.s.Get(t, stEllieOwner, auth(b.ellie)...).JSON(t)["label"]; got == "Viewer wrote" {
			t.Error("the Viewer's write went through")
		}

		req["access_right"] = "Manager"
		manager := b.issue(t, b.ellie, req)["token"].(string)
		if r := b.s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/"+stBank+"/accounts/ellie-current", `{"label": "Manager wrote"}`, bearer(manager)...); r.Status != 200 {
			t.Errorf("a Manager's write: %d %s", r.Status, r.Body)
		}

		far := stRequest(b.ellieID)
		far["allowed_ip_addresses"] = []string{"10.0.0.0/8"}
		elsewhere := b.issue(t, b.ellie, far)["token"].(string)
		wantOBPError(t, b.s.Get(t, stEllieOwner, bearer(elsewhere)...), 403, "OBP-20901")
		wantOBPError(t, b.refresh(t, elsewhere), 403, "OBP-20901")

		// For omar, who sees ellie-current only through _family: the token does not lift him to owner.
		omar := sandboxToken(t, b.s, "omar")
		forOmar := stRequest(userIDOf(t, b.s, omar))
		forOmar["access_right"] = "Manager"
		omarTok := b.issue(t, b.ellie, forOmar)["token"].(string)
		wantOBPError(t, b.s.Get(t, stEllieOwner, bearer(omarTok)...), 403, "OBP-20017")
		if r := b.s.Get(t, "/obp/v5.1.0/banks/"+stBank+"/accounts/ellie-current/_family/account", bearer(omarTok)...); r.Status != 200 {
			t.Errorf("omar through _family: %d %s", r.Status, r.Body)
		}

		// A token carries no more than its creator could hand on: omar, who sees
		// ellie-current only through _family, makes a token for ellie, its owner; the
		// token's holder (omar) does not read it through the owner view.
		grant(t, b.s, b.admin, userIDOf(t, b.s, omar), stBank, "CanCreateScopedAccessToken")
		byOmar := b.issue(t, omar, stRequest(b.ellieID))["token"].(string)
		wantOBPError(t, b.s.Get(t, stEllieOwner, bearer(byOmar)...), 403, "OBP-20017")
		if r := b.s.Get(t, stEllieOwner, bearer(b.issue(t, b.ellie, stRequest(b.ellieID))["token"].(string))...); r.Status != 200 {
			t.Errorf("the owner's own token through the owner view: %d %s", r.Status, r.Body)
		}

		wantOBPError(t, b.s.Get(t, stEllieOwner, bearer("obp_st_"+strings.Repeat("A", 43))...), 401, "OBP-20204")
		wantOBPError(t, b.s.Get(t, stEllieOwner, bearer("obp_st_nonsense")...), 401, "OBP-20204")
	})
}

// A token must be refreshed every 15 minutes (any token may refresh, whatever it lists)
// and ends after 24 hours however often it is.
func TestScopedTokenRefreshWindowAndLife(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		b := newSTBed(t, db)
		lapsing := b.issue(t, b.ellie, stRequest(b.ellieID))["token"].(string)
		kept := b.issue(t, b.ellie, stRequest(b.ellieID))
		keptTok := kept["token"].(string)
		expires, _ := time.Parse(time.RFC3339, kept["expires_at"].(string))

		b.clk.Advance(10 * time.Minute)
		r := b.refresh(t, keptTok)
		if r.Status != 200 {
			t.Fatalf("refresh: %d %s", r.Status, r.Body)
		}
		if got := r.JSON(t); got["refresh_before"] != b.clk.Now().Add(15*time.Minute).Format(time.RFC3339) || got["expires_at"] != kept["expires_at"] {
			t.Errorf("refresh answered %s at %v", r.Body, b.clk.Now())
		}
		b.clk.Advance(6 * time.Minute) // minute 16
		e := wantOBPError(t, b.s.Get(t, stEllieOwner, bearer(lapsing)...), 401, "OBP-20907")
		if !strings.Contains(e["message"].(string), "not refreshed within 15 minutes") {
			t.Errorf("message = %v", e["message"])
		}
		wantOBPError(t, b.refresh(t, lapsing), 401, "OBP-20907")
		var revoked []struct{ RevokedAt *time.Time }
		testenv.Query(t, db, &revoked, "SELECT revoked_at FROM scoped_access_tokens WHERE user_id = ? AND revoked_at IS NOT NULL", b.ellieID)
		if len(revoked) != 1 {
			t.Errorf("%d tokens marked revoked, want the lapsed one", len(revoked))
		}
		if r := b.s.Get(t, stEllieOwner, bearer(keptTok)...); r.Status != 200 {
			t.Fatalf("the refreshed token at minute 16: %d %s", r.Status, r.Body)
		}
		if r := b.refresh(t, keptTok); r.Status != 200 {
			t.Fatalf("refresh at minute 16: %d %s", r.Status, r.Body)
		}

		for step := 0; b.clk.Now().Before(expires.Add(time.Hour)); step++ {
			b.clk.Advance(10 * time.Minute)
			now := b.clk.Now()
			r := b.refresh(t, keptTok)
			if now.Before(expires) {
				if r.Status != 200 {
					t.Fatalf("refresh %v after creation: %d %s", now.Sub(expires.Add(-24*time.Hour)), r.Status, r.Body)
				}
				want := now.Add(15 * time.Minute)
				if want.After(expires) {
					want = expires
				}
				if got := r.JSON(t)["refresh_before"]; got != want.Format(time.RFC3339) {
					t.Fatalf("refresh_before = %v, want %v (never past the life)", got, want.Format(time.RFC3339))
				}
				continue
			}
			wantOBPError(t, r, 401, "OBP-20908")
		}
		// 25 hours after creation, refreshed every 10 minutes throughout.
		wantOBPError(t, b.s.Get(t, stEllieOwner, bearer(keptTok)...), 401, "OBP-20908")

		wantOBPError(t, b.s.Do(t, http.MethodPost, stRefresh, "", auth(b.ellie)...), 400, "OBP-20910")
	})
}

// Creators list their own tokens (never values) and revoke them; nobody else can; a
// revocation holds at once; the database keeps only hashes.
func TestScopedTokenManagement(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		b := newSTBed(t, db)
		issued := b.issue(t, b.ellie, stRequest(b.ellieID))
		tok, id := issued["token"].(string), issued["scoped_access_token_id"].(string)

		list := b.s.Get(t, stTokens, auth(b.ellie)...)
		if list.Status != 200 || strings.Contains(string(list.Body), tok) || strings.Contains(string(list.Body), `"token"`) {
			t.Fatalf("list: %d %s", list.Status, list.Body)
		}
		items := list.JSON(t)["scoped_access_tokens"].([]any)
		if len(items) != 1 || items[0].(map[string]any)["scoped_access_token_id"] != id || items[0].(map[string]any)["status"] != "ACTIVE" {
			t.Fatalf("listed %s", list.Body)
		}

		omar := sandboxToken(t, b.s, "omar")
		wantOBPError(t, b.s.Do(t, http.MethodPost, stTokens, jsonBody(t, stRequest(b.ellieID)), auth(omar)...), 403, "OBP-20006")
		grant(t, b.s, b.admin, userIDOf(t, b.s, omar), stBank, "CanCreateScopedAccessToken")
		if r := b.s.Get(t, stTokens, auth(omar)...); r.Status != 200 || len(r.JSON(t)["scoped_access_tokens"].([]any)) != 0 {
			t.Errorf("another user's list: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, b.s.Do(t, http.MethodDelete, stTokens+"/"+id, "", auth(omar)...), 404, "OBP-20918")
		wantOBPError(t, b.s.Do(t, http.MethodDelete, stTokens+"/no-such-token", "", auth(b.ellie)...), 404, "OBP-20918")
		if r := b.s.Get(t, stEllieOwner, bearer(tok)...); r.Status != 200 {
			t.Fatalf("after another's attempt to revoke: %d %s", r.Status, r.Body)
		}

		before := testenv.FingerprintOf(t, db)
		refused := stRequest(b.ellieID)
		refused["account_ids"] = []string{"ellie-current", "omar-current"}
		wantOBPError(t, b.s.Do(t, http.MethodPost, stTokens, jsonBody(t, refused), auth(b.ellie)...), 403, "OBP-20912")
		for _, tc := range []struct {
			field  string
			value  any
			status int
			code   string
		}{
			{"permitted_operation_ids", []string{"OBPv9.9.9-nothing"}, 400, "OBP-20913"},
			{"allowed_ip_addresses", []string{"10.0.0.300"}, 400, "OBP-20914"},
			{"account_ids", []string{"bad id"}, 400, "OBP-20917"},
			{"user_id", "no-such-user", 404, "OBP-20005"},
		} {
			bad := stRequest(b.ellieID)
			bad[tc.field] = tc.value
			wantOBPError(t, b.s.Do(t, http.MethodPost, stTokens, jsonBody(t, bad), auth(b.ellie)...), tc.status, tc.code)
		}
		for field, value := range map[string]any{"expires_in": 86401, "access_right": "Owner", "permitted_operation_ids": []string{}, "extra": 1} {
			bad := stRequest(b.ellieID)
			bad[field] = value
			if r := b.s.Do(t, http.MethodPost, stTokens, jsonBody(t, bad), auth(b.ellie)...); r.Status != 400 {
				t.Errorf("%s %v: %d %s", field, value, r.Status, r.Body)
			}
		}
		if d := before.Diff(testenv.FingerprintOf(t, db)); d != "" {
			t.Errorf("refused requests wrote: %s", d)
		}

		// A scoped token never creates another: the operation cannot be permitted (it is
		// not about one account), and a token that could call it would still be refused.
		self := stRequest(b.ellieID)
		self["permitted_operation_ids"] = []string{"OBPv5.1.0-createScopedAccessToken", "OBPv5.1.0-getScopedAccessTokens"}
		self["access_right"] = "Manager"
		wantOBPError(t, b.s.Do(t, http.MethodPost, stTokens, jsonBody(t, self), auth(b.ellie)...), 400, "OBP-20913")
		selfTok := b.issue(t, b.ellie, stRequest(b.ellieID))["token"].(string)
		wantOBPError(t, b.s.Do(t, http.MethodPost, stTokens, jsonBody(t, stRequest(b.ellieID)), bearer(selfTok)...), 403, "OBP-20902")
		// Operations about the user at large (the current user, all their accounts) are
		// bounded by no account list: they cannot be permitted.
		atLarge := stRequest(b.ellieID)
		atLarge["permitted_operation_ids"] = []string{stReadAccount, "OBPv3.0.0-getCurrentUser"}
		wantOBPError(t, b.s.Do(t, http.MethodPost, stTokens, jsonBody(t, atLarge), auth(b.ellie)...), 400, "OBP-20913")

		shorter := stRequest(b.ellieID)
		shorter["expires_in"] = 600
		short := b.issue(t, b.ellie, shorter)
		shortCreated, _ := time.Parse(time.RFC3339, short["created_at"].(string))
		shortExpires, _ := time.Parse(time.RFC3339, short["expires_at"].(string))
		if shortExpires.Sub(shortCreated) != 10*time.Minute {
			t.Errorf("short life: %v", short)
		}
		if short["refresh_before"] != short["expires_at"] {
			t.Errorf("a 10-minute token must be refreshed before its end: %v", short)
		}

		rows := scopedTokenRows(t, db)
		if len(rows) != 3 {
			t.Fatalf("%d rows", len(rows))
		}
		sum := sha256.Sum256([]byte(tok))
		hashed := false
		for _, row := range rows {
			for col, v := range row {
				text := fmt.Sprint(v)
				if b, ok := v.([]byte); ok {
					text = string(b)
				}
				if strings.Contains(text, tok) || strings.Contains(text, strings.TrimPrefix(tok, "obp_st_")) {
					t.Errorf("column %s holds the token value", col)
				}
				if col == "token_hash" && text == hex.EncodeToString(sum[:]) {
					hashed = true
				}
			}
		}
		if !hashed {
			t.Error("no row holds the SHA-256 of the value")
		}

		if r := b.s.Do(t, http.MethodDelete, stTokens+"/"+id, "", auth(b.ellie)...); r.Status != 204 {
			t.Fatalf("revoke: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, b.s.Get(t, stEllieOwner, bearer(tok)...), 401, "OBP-20906")
		wantOBPError(t, b.refresh(t, tok), 401, "OBP-20906")
		if r := b.s.Do(t, http.MethodDelete, stTokens+"/"+id, "", auth(b.ellie)...); r.Status != 204 {
			t.Errorf("revoking again: %d %s", r.Status, r.Body)
		}
		for _, item := range b.s.Get(t, stTokens, auth(b.ellie)...).JSON(t)["scoped_access_tokens"].([]any) {
			if m := item.(map[string]any); m["scoped_access_token_id"] == id && (m["status"] != "REVOKED" || m["revoked_at"] == nil) {
				t.Errorf("revoked token listed as %v", m)
			}
		}

		// Its user locked, the token stops.
		if r := b.s.Do(t, http.MethodPost, "/obp/v5.1.0/users/http%3A%2F%2F127.0.0.1/ellie/locks", "", auth(b.admin)...); r.Status != 201 {
			t.Fatalf("lock: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, b.s.Get(t, stEllieOwner, bearer(short["token"].(string))...), 401, "OBP-20013")
	})
}

// A per-operation authentication-type rule naming OAuth2_OIDC admits a scoped token and
// refuses DirectLogin.
func TestScopedTokenIsOAuth2ForAuthTypeRules(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		b := newSTBed(t, db)
		req := stRequest(b.ellieID)
		req["permitted_operation_ids"] = []string{stGetBank}
		tok := b.issue(t, b.ellie, req)["token"].(string)
		if r := b.s.Do(t, http.MethodPost, "/obp/v4.0.0/management/authentication-type-validations/"+stGetBank, `["OAuth2_OIDC"]`, auth(b.admin)...); r.Status != 201 {
			t.Fatalf("rule: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, b.s.Get(t, "/obp/v5.1.0/banks/"+stBank, auth(b.ellie)...), 400, "OBP-40034")
		if r := b.s.Get(t, "/obp/v5.1.0/banks/"+stBank, bearer(tok)...); r.Status != 200 {
			t.Errorf("scoped token under an OAuth2_OIDC rule: %d %s", r.Status, r.Body)
		}
	})
}

// Refreshes racing a revocation never revive the token: once revoked it stays revoked,
// and no racing call fails with anything but the token's own refusal.
func TestScopedTokenRefreshRacingRevocation(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		b := newSTBed(t, db)
		issued := b.issue(t, b.ellie, stRequest(b.ellieID))
		tok, id := issued["token"].(string), issued["scoped_access_token_id"].(string)
		const n = 12
		answers := testenv.Concurrently(t, n, func(i int) (*testenv.Response, error) {
			if i == n/2 {
				return b.s.Try(http.MethodDelete, stTokens+"/"+id, "", auth(b.ellie)...)
			}
			return b.s.Try(http.MethodPost, stRefresh, "", bearer(tok)...)
		})
		for i, r := range answers {
			switch {
			case i == n/2 && r.Status != 204:
				t.Errorf("revoke: %d %s", r.Status, r.Body)
			case i != n/2 && r.Status != 200 && r.Status != 401:
				t.Errorf("refresh %d: %d %s", i, r.Status, r.Body)
			}
		}
		wantOBPError(t, b.s.Get(t, stEllieOwner, bearer(tok)...), 401, "OBP-20906")
		var n2 []struct{ N int }
		testenv.Query(t, db, &n2, "SELECT COUNT(*) AS n FROM scoped_access_tokens WHERE id = ? AND revoked_at IS NOT NULL", id)
		if len(n2) != 1 || n2[0].N != 1 {
			t.Errorf("revoked rows = %v", n2)
		}
	})
}

// A token calls through the app its creator used: its limits, and disabling it stops the token.
func TestScopedTokenStopsWithTheCreatorsApp(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		b := newSTBed(t, db)
		r := b.s.Do(t, http.MethodPost, "/obp/v5.1.0/management/consumers", `{"app_name": "Delegating app"}`, auth(b.admin)...)
		if r.Status != 201 {
			t.Fatalf("create consumer: %d %s", r.Status, r.Body)
		}
		consumer := r.JSON(t)
		login := b.s.Do(t, http.MethodPost, "/my/logins/direct", "", "DirectLogin",
			fmt.Sprintf("username=ellie, password=%s, consumer_key=%s", sbx.UserPassword, consumer["key"]))
		if login.Status != 201 {
			t.Fatalf("login: %d %s", login.Status, login.Body)
		}
		tok := b.issue(t, login.JSON(t)["token"].(string), stRequest(b.ellieID))["token"].(string)
		var rows []struct{ ConsumerID string }
		testenv.Query(t, db, &rows, "SELECT consumer_id FROM scoped_access_tokens")
		if len(rows) != 1 || rows[0].ConsumerID != consumer["consumer_id"] {
			t.Fatalf("token's consumer = %v, want %v", rows, consumer["consumer_id"])
		}
		if r := b.s.Get(t, stEllieOwner, bearer(tok)...); r.Status != 200 {
			t.Fatalf("read: %d %s", r.Status, r.Body)
		}
		if r := b.s.Do(t, http.MethodPut, "/obp/v5.1.0/management/consumers/"+consumer["consumer_id"].(string), `{"enabled": false}`, auth(b.admin)...); r.Status != 200 {
			t.Fatalf("disable: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, b.s.Get(t, stEllieOwner, bearer(tok)...), 401, "OBP-20058")
	})
}
