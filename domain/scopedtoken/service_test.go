package scopedtoken

import (
	"context"
	"errors"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/obperr"
)

// wantCode fails unless err carries code.
func wantCode(t *testing.T, err error, code *obperr.Code) {
	t.Helper()
	var e *obperr.Error
	if !errors.Is(err, code) && !(errors.As(err, &e) && e.Code == code) {
		t.Fatalf("err = %v, want %s", err, code.ID)
	}
}

type bed struct {
	now   time.Time
	store *fakeStore
	svc   *Service
}

func newBed() *bed {
	b := &bed{now: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC), store: newFakeStore()}
	b.svc = NewService(Deps{Store: b.store, Users: fakeUsers{"holder": true, "boss": true}, Access: fakeAccess{},
		Served:       func(id string) bool { return id == "getAccount" || id == "pay" || id == "getCurrentUser" },
		AccountBound: func(id string) bool { return id == "getAccount" || id == "pay" }, Clock: func() time.Time { return b.now }})
	return b
}

var boss = auth.Principal{UserID: "boss", ConsumerID: "app", Method: auth.MethodDirectLogin}

func request() New {
	return New{UserID: "holder", Access: "Viewer", AccountIDs: []string{"a1"}, AllowedIPs: []string{"127.0.0.1"}, OperationIDs: []string{"getAccount"}}
}

func TestLifeIsCappedAt24Hours(t *testing.T) {
	for _, tc := range []struct {
		in   time.Duration
		want time.Duration
		err  bool
	}{
		{0, 24 * time.Hour, false}, {time.Hour, time.Hour, false}, {time.Minute, time.Minute, false},
		{24 * time.Hour, 24 * time.Hour, false}, {24*time.Hour + time.Second, 0, true}, {59 * time.Second, 0, true}, {-time.Hour, 0, true},
	} {
		got, err := LifeOf(tc.in)
		if (err != nil) != tc.err || got != tc.want {
			t.Errorf("LifeOf(%v) = %v, %v", tc.in, got, err)
		}
	}
}

func TestAllowedIPsParsing(t *testing.T) {
	got, err := ParseAllowedIPs([]string{"127.0.0.1", "::1", "10.1.2.3/8", "::ffff:192.168.0.0/112", "2001:db8::/32", "127.0.0.1/32"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"127.0.0.1/32", "::1/128", "10.0.0.0/8", "192.168.0.0/16", "2001:db8::/32"}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != netip.MustParsePrefix(want[i]) {
			t.Errorf("%d: got %v, want %s", i, got[i], want[i])
		}
	}
	for _, bad := range []string{"", "localhost", "10.0.0.0/33", "fe80::1%eth0", "1.2.3.4/", "::ffff:1.2.3.4/64"} {
		if _, err := ParseAllowedIPs([]string{bad}); err == nil {
			t.Errorf("%q accepted", bad)
		} else {
			wantCode(t, err, obperr.ScopedTokenInvalidIP)
		}
	}
	if _, err := ParseAllowedIPs(nil); err == nil {
		t.Error("no address accepted")
	}
}

func TestAccessRight(t *testing.T) {
	for in, want := range map[string]auth.Access{"Viewer": auth.Viewer, "Manager": auth.Manager} {
		if got, err := ParseAccess(in); err != nil || got != want {
			t.Errorf("ParseAccess(%s) = %v, %v", in, got, err)
		}
	}
	for _, bad := range []string{"", "viewer", "Administrator"} {
		_, err := ParseAccess(bad)
		wantCode(t, err, obperr.ScopedTokenInvalidAccess)
	}
}

func TestCreateIssuesAnOpaqueValueAndStoresOnlyItsHash(t *testing.T) {
	b := newBed()
	got, err := b.svc.Create(context.Background(), boss, "b", request())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(got.Value, Prefix) || !wellFormed(got.Value) || len(got.Value) != len(Prefix)+43 {
		t.Errorf("value %q", got.Value)
	}
	if got.ExpiresAt != b.now.Add(MaxLife) || got.RefreshBefore != b.now.Add(RefreshWindow) || got.ConsumerID != "app" || got.CreatedByUserID != "boss" {
		t.Errorf("token %+v", got.Token)
	}
	if id, ok := b.store.hashes[Hash(got.Value)]; !ok || id != got.ID {
		t.Error("not stored under the value's hash")
	}
	for h := range b.store.hashes {
		if strings.Contains(h, got.Value) || strings.Contains(h, strings.TrimPrefix(got.Value, Prefix)) {
			t.Error("the value is stored")
		}
	}
	again, _ := b.svc.Create(context.Background(), boss, "b", request())
	if again.Value == got.Value {
		t.Error("two tokens share a value")
	}
}

func TestCreateRefusals(t *testing.T) {
	b := newBed()
	ctx := context.Background()
	for _, tc := range []struct {
		name    string
		creator auth.Principal
		edit    func(n *New)
		want    *obperr.Code
	}{
		{"an account the creator cannot see", boss, func(n *New) { n.AccountIDs = []string{"a1", "a3"} }, obperr.ScopedTokenAccountNotHeld},
		{"an operation not served", boss, func(n *New) { n.OperationIDs = []string{"nope"} }, obperr.ScopedTokenInvalidOperation},
		{"an operation about the user at large", boss, func(n *New) { n.OperationIDs = []string{"getAccount", "getCurrentUser"} }, obperr.ScopedTokenInvalidOperation},
		{"no operation", boss, func(n *New) { n.OperationIDs = nil }, obperr.ScopedTokenInvalidOperation},
		{"a bad address", boss, func(n *New) { n.AllowedIPs = []string{"10.0.0.300"} }, obperr.ScopedTokenInvalidIP},
		{"a life over a day", boss, func(n *New) { n.Life = 25 * time.Hour }, obperr.ScopedTokenInvalidLife},
		{"an unknown access right", boss, func(n *New) { n.Access = "Owner" }, obperr.ScopedTokenInvalidAccess},
		{"an unknown user", boss, func(n *New) { n.UserID = "ghost" }, obperr.UserNotFoundByID},
		{"a bad account id", boss, func(n *New) { n.AccountIDs = []string{"a b"} }, obperr.ScopedTokenInvalidAccountID},
		{"a creator on a scoped token", auth.Principal{UserID: "boss", ConsumerID: "app", Method: auth.MethodScopedToken, Scope: &auth.Scope{}}, nil, obperr.ScopedTokenCreatorMethod},
		{"a creator on a consent", auth.Principal{UserID: "boss", ConsumerID: "app", ConsentID: "c", Method: auth.MethodConsent}, nil, obperr.ScopedTokenCreatorMethod},
		{"a creator without an app", auth.Principal{UserID: "boss", Method: auth.MethodDirectLogin}, nil, obperr.ScopedTokenCreatorMethod},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := request()
			if tc.edit != nil {
				tc.edit(&n)
			}
			_, err := b.svc.Create(ctx, tc.creator, "b", n)
			wantCode(t, err, tc.want)
		})
	}
	if len(b.store.tokens) != 0 {
		t.Errorf("%d tokens stored by refused requests", len(b.store.tokens))
	}
}

// A token is good for 15 minutes after each refresh, is revoked (and says so) when one is
// missed, and ends at its life however often it is refreshed.
func TestRefreshWindowAndLife(t *testing.T) {
	b := newBed()
	ctx := context.Background()
	issued, err := b.svc.Create(ctx, boss, "b", request())
	if err != nil {
		t.Fatal(err)
	}
	p, err := b.svc.Authenticate(ctx, issued.Value)
	if err != nil || p.UserID != "holder" || p.ConsumerID != "app" || p.Method != auth.MethodScopedToken || p.Scope == nil || p.Scope.BankID != "b" {
		t.Fatalf("authenticate: %+v %v", p, err)
	}
	start := b.now
	for i := 1; i <= 24*6-1; i++ { // every 10 minutes up to 23h50
		b.now = start.Add(time.Duration(i) * 10 * time.Minute)
		got, err := b.svc.Refresh(ctx, p)
		if err != nil {
			t.Fatalf("refresh at %v: %v", b.now.Sub(start), err)
		}
		want := b.now.Add(RefreshWindow)
		if want.After(issued.ExpiresAt) {
			want = issued.ExpiresAt
		}
		if !got.RefreshBefore.Equal(want) {
			t.Fatalf("refresh_before = %v, want %v", got.RefreshBefore, want)
		}
	}
	b.now = start.Add(24 * time.Hour)
	_, err = b.svc.Authenticate(ctx, issued.Value)
	wantCode(t, err, obperr.ScopedTokenExpired)
	_, err = b.svc.Refresh(ctx, p)
	wantCode(t, err, obperr.ScopedTokenExpired)

	lapsing, _ := b.svc.Create(ctx, boss, "b", request())
	b.now = b.now.Add(14*time.Minute + 59*time.Second)
	if _, err := b.svc.Authenticate(ctx, lapsing.Value); err != nil {
		t.Fatalf("within the window: %v", err)
	}
	b.now = b.now.Add(time.Minute)
	_, err = b.svc.Authenticate(ctx, lapsing.Value)
	wantCode(t, err, obperr.ScopedTokenNotRefreshed)
	if b.store.tokens[lapsing.ID].RevokedAt == nil {
		t.Error("a lapsed token is not marked revoked")
	}
	lp := auth.Principal{TokenID: lapsing.ID, Method: auth.MethodScopedToken, Scope: lapsing.Scope()}
	_, err = b.svc.Refresh(ctx, lp)
	wantCode(t, err, obperr.ScopedTokenNotRefreshed)
	b.now = b.now.Add(time.Hour) // still told why, later
	_, err = b.svc.Authenticate(ctx, lapsing.Value)
	wantCode(t, err, obperr.ScopedTokenNotRefreshed)
}

func TestRevokeIsTheCreatorsAlone(t *testing.T) {
	b := newBed()
	ctx := context.Background()
	issued, _ := b.svc.Create(ctx, boss, "b", request())
	other := auth.Principal{UserID: "holder", ConsumerID: "app", Method: auth.MethodDirectLogin}
	wantCode(t, b.svc.Revoke(ctx, other, "b", issued.ID), obperr.ScopedTokenNotFound)
	wantCode(t, b.svc.Revoke(ctx, boss, "elsewhere", issued.ID), obperr.ScopedTokenNotFound)
	if list, _ := b.svc.List(ctx, other, "b"); len(list) != 0 {
		t.Errorf("another lists %d tokens", len(list))
	}
	if err := b.svc.Revoke(ctx, boss, "b", issued.ID); err != nil {
		t.Fatal(err)
	}
	if err := b.svc.Revoke(ctx, boss, "b", issued.ID); err != nil {
		t.Errorf("revoking again: %v", err)
	}
	_, err := b.svc.Authenticate(ctx, issued.Value)
	wantCode(t, err, obperr.ScopedTokenRevoked)
	if got := b.store.tokens[issued.ID].Status(b.now); got != Revoked {
		t.Errorf("status %s", got)
	}
}

func TestRefreshNeedsAScopedToken(t *testing.T) {
	_, err := newBed().svc.Refresh(context.Background(), boss)
	wantCode(t, err, obperr.ScopedTokenRequired)
}

func TestMalformedAndUnknownValues(t *testing.T) {
	b := newBed()
	for _, v := range []string{"obp_st_", "obp_st_short", Prefix + strings.Repeat("A", 43), Prefix + strings.Repeat("*", 43)} {
		_, err := b.svc.Authenticate(context.Background(), v)
		wantCode(t, err, obperr.Oauth2BadJWT)
	}
	if Recognises("eyJhbGciOi") || !Recognises(Prefix+"x") {
		t.Error("Recognises")
	}
}
