package mapped_test

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/consent"
	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/internal/testenv"
)

func consentStore(t *testing.T, db *mapped.DB) *mapped.Store {
	t.Helper()
	if _, err := db.MigrateUp(context.Background()); err != nil {
		t.Fatal(err)
	}
	return mapped.NewStore(db, clock.System)
}

func newConsent(t *testing.T, st *mapped.Store, requestID string, perDay int) consent.Consent {
	t.Helper()
	now := time.Now().UTC()
	c := consent.Consent{ID: ids.New(), BankID: "bank", CreatedBy: "creator", UserID: ids.New(), ConsumerID: "app",
		RequestID: requestID, Status: consent.Initiated, Method: consent.SMS, KeyID: "kid", FrequencyPerDay: perDay,
		APIStandard: "OBP", APIVersion: "v5.1.0", LastActionAt: now, CreatedAt: now}
	c.Claims = consent.Claims{CreatedByUserID: c.CreatedBy, Subject: c.UserID, Audience: "app", ID: c.ID, IssuedAt: now.Unix(),
		NotBefore: now.Unix(), Expires: now.Add(time.Hour).Unix(), Views: []consent.ViewGrant{{BankID: "bank", AccountID: "acc", ViewID: "owner"}}}
	if err := st.CreateConsent(context.Background(), c); err != nil {
		t.Fatalf("CreateConsent: %v", err)
	}
	return c
}

func consentUser(c consent.Consent) user.User {
	return user.User{ID: c.UserID, Provider: consent.UserProvider, Username: c.ID, CreatedAt: c.CreatedAt}
}

var (
	consentAccess = []view.Access{{BankID: "bank", AccountID: "acc", ViewID: "owner"}}
	consentRoles  = []entitlement.Entitlement{{BankID: "bank", RoleName: "CanGetCustomersAtOneBank"}}
)

// Parallel acceptances of one consent: exactly one creates its user and grants.
func TestConsentStoreAcceptsOnce(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		st := consentStore(t, db)
		c := newConsent(t, st, "", 0)
		var wins atomic.Int32
		var wg sync.WaitGroup
		for range 10 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ok, err := st.AcceptConsent(ctx, c.ID, time.Now().UTC(), consentUser(c), consentAccess, consentRoles)
				if err != nil {
					t.Errorf("AcceptConsent: %v", err)
				}
				if ok {
					wins.Add(1)
				}
			}()
		}
		wg.Wait()
		if wins.Load() != 1 {
			t.Fatalf("%d acceptances succeeded, want 1", wins.Load())
		}
		got, err := st.GetConsent(ctx, c.ID)
		if err != nil || got.Status != consent.Accepted || len(got.Claims.Views) != 1 {
			t.Fatalf("GetConsent = %+v, %v", got, err)
		}
		u, err := st.GetUser(ctx, c.UserID)
		if err != nil || u.Provider != consent.UserProvider || u.Username != c.ID {
			t.Errorf("the consent's user = %+v, %v", u, err)
		}
		if a, _ := st.ListAccessForUser(ctx, c.UserID); len(a) != 1 || a[0].UserID != c.UserID {
			t.Errorf("its access = %v", a)
		}
		if e, _ := st.ListEntitlementsForUser(ctx, c.UserID); len(e) != 1 || e[0].ID == "" {
			t.Errorf("its entitlements = %v", e)
		}
	})
}

// Revoking or rejecting drops the consent user's grants; a transition from the wrong
// status changes nothing.
func TestConsentStoreStatusTransitionsDropGrants(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		st := consentStore(t, db)
		c := newConsent(t, st, "", 0)
		if ok, err := st.AcceptConsent(ctx, c.ID, time.Now().UTC(), consentUser(c), consentAccess, consentRoles); !ok || err != nil {
			t.Fatalf("AcceptConsent = %v, %v", ok, err)
		}
		at := time.Now().UTC()
		if ok, err := st.SetConsentStatus(ctx, c.ID, []consent.Status{consent.Initiated}, consent.Rejected, at); ok || err != nil {
			t.Fatalf("rejecting an accepted consent = %v, %v", ok, err)
		}
		if a, _ := st.ListAccessForUser(ctx, c.UserID); len(a) != 1 {
			t.Fatalf("a refused transition dropped the access: %v", a)
		}
		if ok, err := st.ReplaceViews(ctx, c.ID, c.Claims, at); ok || err != nil {
			t.Errorf("ReplaceViews on an accepted consent = %v, %v", ok, err)
		}
		if ok, err := st.SetConsentStatus(ctx, c.ID, []consent.Status{consent.Initiated, consent.Accepted}, consent.Revoked, at); !ok || err != nil {
			t.Fatalf("revoking = %v, %v", ok, err)
		}
		if a, _ := st.ListAccessForUser(ctx, c.UserID); len(a) != 0 {
			t.Errorf("access after revoking: %v", a)
		}
		if e, _ := st.ListEntitlementsForUser(ctx, c.UserID); len(e) != 0 {
			t.Errorf("entitlements after revoking: %v", e)
		}
		if got, _ := st.GetConsent(ctx, c.ID); got.Status != consent.Revoked {
			t.Errorf("status = %s", got.Status)
		}
	})
}

// perDay uses a day, counted atomically under parallel calls; a new day starts again.
func TestConsentStoreRecordUseCountsAtomically(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		st := consentStore(t, db)
		c := newConsent(t, st, "", 3)
		var ok atomic.Int32
		var wg sync.WaitGroup
		for range 10 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				used, err := st.RecordUse(ctx, c.ID, "2025-01-01", 3, time.Now().UTC())
				if err != nil {
					t.Errorf("RecordUse: %v", err)
				}
				if used {
					ok.Add(1)
				}
			}()
		}
		wg.Wait()
		if ok.Load() != 3 {
			t.Fatalf("%d uses counted, want 3", ok.Load())
		}
		if used, err := st.RecordUse(ctx, c.ID, "2025-01-02", 3, time.Now().UTC()); !used || err != nil {
			t.Errorf("first use on the next day = %v, %v", used, err)
		}
		for i := range 2 {
			if used, _ := st.RecordUse(ctx, c.ID, "2025-01-02", 3, time.Now().UTC()); !used {
				t.Errorf("use %d of the next day refused", i+2)
			}
		}
		if used, _ := st.RecordUse(ctx, c.ID, "2025-01-02", 3, time.Now().UTC()); used {
			t.Error("fourth use of the next day counted")
		}
		if used, err := st.RecordUse(ctx, c.ID, "2025-01-02", 0, time.Now().UTC()); !used || err != nil {
			t.Errorf("a use without a limit = %v, %v", used, err)
		}
		if got, _ := st.GetConsent(ctx, c.ID); got.LastUsedAt == nil {
			t.Error("no last usage time")
		}
		if _, err := st.RecordUse(ctx, "nope", "2025-01-02", 3, time.Now().UTC()); !errors.Is(err, obperr.ConsentNotFound) {
			t.Errorf("RecordUse of a missing consent: %v", err)
		}
	})
}

// A consent request yields at most one live consent; once that one is revoked, another.
func TestConsentStoreOneLiveConsentPerRequest(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		st := consentStore(t, db)
		req := consent.Request{ID: ids.New(), ConsumerID: "app", Kind: "ACCOUNTS", Payload: []byte(`{"everything":true}`),
			CreatedAt: time.Now().UTC()}
		if err := st.CreateConsentRequest(ctx, req); err != nil {
			t.Fatal(err)
		}
		if got, err := st.GetConsentRequest(ctx, req.ID); err != nil || string(got.Payload) != string(req.Payload) || got.Kind != req.Kind {
			t.Errorf("GetConsentRequest = %+v, %v", got, err)
		}
		if _, err := st.GetConsentRequest(ctx, "nope"); !errors.Is(err, obperr.ConsentRequestNotFound) {
			t.Errorf("a missing request: %v", err)
		}
		first := newConsent(t, st, req.ID, 0)
		second := first
		second.ID, second.UserID = ids.New(), ids.New()
		if err := st.CreateConsent(ctx, second); !errors.Is(err, obperr.ConsentRequestIsInvalid) {
			t.Fatalf("a second live consent of the request: %v", err)
		}
		if ok, err := st.SetConsentStatus(ctx, first.ID, []consent.Status{consent.Initiated}, consent.Revoked, time.Now().UTC()); !ok || err != nil {
			t.Fatalf("revoking = %v, %v", ok, err)
		}
		newConsent(t, st, req.ID, 0)
		if list, err := st.ListConsents(ctx, consent.Filter{RequestID: req.ID}); err != nil || len(list) != 2 {
			t.Errorf("ListConsents by request = %d, %v", len(list), err)
		}
	})
}

func TestConsentStoreReads(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		st := consentStore(t, db)
		insertUser(t, db, "creator", "creator")
		older := newConsent(t, st, "", 0)
		c := newConsent(t, st, "", 0)
		if _, err := st.GetConsent(ctx, "nope"); !errors.Is(err, obperr.ConsentNotFound) {
			t.Errorf("GetConsent of a missing consent: %v", err)
		}
		list, err := st.ListConsents(ctx, consent.Filter{CreatedBy: "creator", BankID: "bank"})
		if err != nil || len(list) != 2 || list[0].ID != c.ID || list[1].ID != older.ID {
			t.Errorf("ListConsents = %v, %v; want the newest first", list, err)
		}
		if list, _ := st.ListConsents(ctx, consent.Filter{Limit: 1, Offset: 1}); len(list) != 1 || list[0].ID != older.ID {
			t.Errorf("the second page = %v", list)
		}
		if list, _ := st.ListConsents(ctx, consent.Filter{ConsumerID: "other"}); len(list) != 0 {
			t.Errorf("another app's consents = %v", list)
		}

		// The consumer is gone and the creator not locked; then both change.
		got, err := st.UseState(ctx, c.ID)
		if err != nil || got.Consumer != nil || got.CreatorLocked || got.Claims.Expires != c.Claims.Expires {
			t.Fatalf("UseState = %+v, %v", got, err)
		}
		if err := st.CreateConsumer(ctx, consumer.Consumer{ID: "app", Key: "key", SecretHash: "x", AppName: "App", Enabled: true,
			CreatedAt: time.Now().UTC()}); err != nil {
			t.Fatal(err)
		}
		if err := st.Lock(ctx, "creator", time.Now().UTC()); err != nil {
			t.Fatal(err)
		}
		if got, err = st.UseState(ctx, c.ID); err != nil || got.Consumer == nil || got.Consumer.Key != "key" || !got.CreatorLocked {
			t.Errorf("UseState = %+v, %v", got, err)
		}
		if _, err := st.UseState(ctx, "nope"); !errors.Is(err, obperr.ConsentNotFound) {
			t.Errorf("UseState of a missing consent: %v", err)
		}

		claims := c.Claims
		claims.Views = append(claims.Views, consent.ViewGrant{BankID: "bank", AccountID: "acc2", ViewID: "owner"})
		if ok, err := st.ReplaceViews(ctx, c.ID, claims, time.Now().UTC()); !ok || err != nil {
			t.Fatalf("ReplaceViews = %v, %v", ok, err)
		}
		if got, _ := st.GetConsent(ctx, c.ID); len(got.Claims.Views) != 2 {
			t.Errorf("views after ReplaceViews = %v", got.Claims.Views)
		}
		if err := st.DeleteInitiatedConsent(ctx, c.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := st.GetConsent(ctx, c.ID); !errors.Is(err, obperr.ConsentNotFound) {
			t.Errorf("after DeleteInitiatedConsent: %v", err)
		}
	})
}

// DropGrants removes the named grants of the consent's user only.
func TestConsentStoreDropGrants(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		ctx := context.Background()
		st := consentStore(t, db)
		c := newConsent(t, st, "", 0)
		access := []view.Access{consentAccess[0], {BankID: "bank", AccountID: "acc2", ViewID: "owner"}}
		roles := []entitlement.Entitlement{consentRoles[0], {RoleName: "CanGetAnyUser"}}
		if ok, err := st.AcceptConsent(ctx, c.ID, time.Now().UTC(), consentUser(c), access, roles); !ok || err != nil {
			t.Fatalf("AcceptConsent = %v, %v", ok, err)
		}
		if err := st.DropGrants(ctx, c.UserID, access[1:], roles[1:]); err != nil {
			t.Fatal(err)
		}
		if a, _ := st.ListAccessForUser(ctx, c.UserID); len(a) != 1 || a[0].AccountID != "acc" {
			t.Errorf("access left = %v", a)
		}
		if e, _ := st.ListEntitlementsForUser(ctx, c.UserID); len(e) != 1 || e[0].RoleName != consentRoles[0].RoleName {
			t.Errorf("entitlements left = %v", e)
		}
	})
}
