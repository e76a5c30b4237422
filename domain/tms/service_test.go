package tms_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/keyring"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/tms"
	"github.com/obp-go/obp/internal/tmsdevice"
)

type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

type bed struct {
	svc     *tms.Service
	clk     *fakeClock
	decided []string
}

func newBed(t *testing.T) *bed {
	t.Helper()
	sealer, err := keyring.NewSealer("0123456789abcdef0123456789abcdef")
	if err != nil {
		t.Fatal(err)
	}
	b := &bed{clk: &fakeClock{now: time.Now().UTC()}}
	b.svc = tms.NewService(tms.Deps{Store: tms.NewMemStore(), Banks: tms.FakeBanks{}, Users: tms.FakeUsers{}, Sealer: sealer,
		Clock: b.clk.Now, OnDecided: func(_ context.Context, t tms.TMS, accepted bool) error {
			id := t.ID
			b.decided = append(b.decided, id+map[bool]string{true: ":accepted", false: ":declined"}[accepted])
			return nil
		}})
	return b
}

// enrol makes and enrols a device of userID.
func (b *bed) enrol(t *testing.T, userID string) *tmsdevice.Device {
	t.Helper()
	d := tmsdevice.New()
	e, err := b.svc.Enrol(context.Background(), "bank", userID, "phone", d.CSR())
	if err != nil {
		t.Fatal(err)
	}
	ca, err := b.svc.CA(context.Background(), "bank")
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Enrolled(e.ID, e.Token, certPEM(e.Certificate)); err != nil {
		t.Fatal(err)
	}
	if err := d.Cert.CheckSignatureFrom(ca.Certificate); err != nil {
		t.Fatalf("device certificate not issued by the CA: %v", err)
	}
	return d
}

func (b *bed) start(t *testing.T, userID string, n tms.New) tms.TMS {
	t.Helper()
	n.UserID = userID
	if n.Data.Text == "" {
		n.Data.Text = "Pay 10.00 EUR to Alice"
	}
	tm, err := b.svc.Start(context.Background(), "bank", "app", n)
	if err != nil {
		t.Fatal(err)
	}
	return tm
}

func caller(userID string, d *tmsdevice.Device, at time.Time) tms.DeviceCaller {
	return tms.DeviceCaller{BankID: "bank", UserID: userID, DeviceID: d.ID, Token: d.Token, AuthenticatedAt: at}
}

func answer(d *tmsdevice.Device, tm tms.TMS, decision tms.Decision) tms.Answer {
	return tms.Answer{Decision: decision, SignedData: d.Sign(tm.Data.Text, tmsdevice.Attributes{TmsID: tm.ID, UserID: tm.UserID, DeviceID: d.ID})}
}

func ptr(i int) *int { return &i }

func TestStartRetrieveAccept(t *testing.T) {
	b := newBed(t)
	ctx := context.Background()
	d := b.enrol(t, "u1")
	tm := b.start(t, "u1", tms.New{})
	if tm.Status != tms.Started || tm.RetrievalTimeout != 300 || tm.TmsTimeout != 600 || tm.RequireFreshnessOfAuthentication != -1 {
		t.Fatalf("started %+v", tm)
	}
	c := caller("u1", d, b.clk.Now())
	pending, err := b.svc.Pending(ctx, c)
	if err != nil || len(pending) != 1 || pending[0].ID != tm.ID {
		t.Fatalf("pending = %v, %v", pending, err)
	}
	b.clk.Advance(10 * time.Second)
	got, err := b.svc.Retrieve(ctx, c, tm.ID)
	if err != nil || got.Status != tms.Retrieved || got.AnswerBy == nil || !got.AnswerBy.Equal(got.RetrievedAt.Add(600*time.Second)) {
		t.Fatalf("retrieve = %+v, %v", got, err)
	}
	sig := answer(d, got, tms.Accept)
	done, err := b.svc.Answer(ctx, c, tm.ID, sig)
	if err != nil || done.Status != tms.Accepted || done.CompletedBy != d.ID || string(done.SignedData) != string(sig.SignedData) {
		t.Fatalf("answer = %+v, %v", done, err)
	}
	if len(b.decided) != 1 || b.decided[0] != tm.ID+":accepted" {
		t.Errorf("hook calls = %v", b.decided)
	}
	if _, err := b.svc.Answer(ctx, c, tm.ID, sig); !errors.Is(err, obperr.TmsNotPending) {
		t.Errorf("second answer = %v, want OBP-38003", err)
	}
}

func TestDecline(t *testing.T) {
	b := newBed(t)
	ctx := context.Background()
	d := b.enrol(t, "u1")
	tm := b.start(t, "u1", tms.New{})
	c := caller("u1", d, b.clk.Now())
	if _, err := b.svc.Answer(ctx, c, tm.ID, answer(d, tm, tms.Decline)); !errors.Is(err, obperr.TmsNotPending) {
		t.Fatalf("answer before retrieval = %v, want OBP-38003", err)
	}
	if _, err := b.svc.Retrieve(ctx, c, tm.ID); err != nil {
		t.Fatal(err)
	}
	done, err := b.svc.Answer(ctx, c, tm.ID, answer(d, tm, tms.Decline))
	if err != nil || done.Status != tms.Declined {
		t.Fatalf("decline = %+v, %v", done, err)
	}
	if b.decided[0] != tm.ID+":declined" {
		t.Errorf("hook calls = %v", b.decided)
	}
}

func TestTimeouts(t *testing.T) {
	ctx := context.Background()
	t.Run("retrieval runs from the start", func(t *testing.T) {
		b := newBed(t)
		d := b.enrol(t, "u1")
		tm := b.start(t, "u1", tms.New{RetrievalTimeout: ptr(50), TmsTimeout: ptr(40)})
		b.clk.Advance(49 * time.Second)
		got, _ := b.svc.Get(ctx, "bank", tm.ID)
		if got.Status != tms.Started {
			t.Fatalf("at 49 s: %s", got.Status)
		}
		b.clk.Advance(time.Second)
		if _, err := b.svc.Retrieve(ctx, caller("u1", d, b.clk.Now()), tm.ID); !errors.Is(err, obperr.TmsExpired) {
			t.Fatalf("retrieve at 50 s = %v, want OBP-38004", err)
		}
		got, _ = b.svc.Get(ctx, "bank", tm.ID)
		if got.Status != tms.Expired || !got.CompletedAt.Equal(tm.RetrieveBy) {
			t.Fatalf("after: %+v", got)
		}
	})
	t.Run("the answer runs from retrieval", func(t *testing.T) {
		b := newBed(t)
		d := b.enrol(t, "u1")
		tm := b.start(t, "u1", tms.New{RetrievalTimeout: ptr(50), TmsTimeout: ptr(40)})
		b.clk.Advance(45 * time.Second)
		c := caller("u1", d, b.clk.Now())
		if _, err := b.svc.Retrieve(ctx, c, tm.ID); err != nil {
			t.Fatal(err)
		}
		b.clk.Advance(39 * time.Second) // 84 s after the start: past both timeouts counted from it
		got, _ := b.svc.Get(ctx, "bank", tm.ID)
		if got.Status != tms.Retrieved {
			t.Fatalf("39 s after retrieval: %s", got.Status)
		}
		b.clk.Advance(time.Second)
		if _, err := b.svc.Answer(ctx, c, tm.ID, answer(d, tm, tms.Accept)); !errors.Is(err, obperr.TmsExpired) {
			t.Fatalf("answer 40 s after retrieval = %v, want OBP-38004", err)
		}
		if got, _ := b.svc.Get(ctx, "bank", tm.ID); got.Status != tms.Expired || len(b.decided) != 0 {
			t.Fatalf("after: %s, hook %v", got.Status, b.decided)
		}
	})
}

func TestAuthenticationRequirements(t *testing.T) {
	ctx := context.Background()
	b := newBed(t)
	d := b.enrol(t, "u1")
	before := b.clk.Now()
	b.clk.Advance(time.Minute)
	tm := b.start(t, "u1", tms.New{RequireExplicitAuthentication: true, RequireFreshnessOfAuthentication: ptr(30)})
	if _, err := b.svc.Retrieve(ctx, caller("u1", d, before), tm.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := b.svc.Answer(ctx, caller("u1", d, before), tm.ID, answer(d, tm, tms.Accept)); !errors.Is(err, obperr.TmsAuthenticationTooOld) {
		t.Fatalf("a login from before the start = %v, want OBP-38010", err)
	}
	login := b.clk.Now()
	b.clk.Advance(31 * time.Second)
	if _, err := b.svc.Answer(ctx, caller("u1", d, login), tm.ID, answer(d, tm, tms.Accept)); !errors.Is(err, obperr.TmsAuthenticationTooOld) {
		t.Fatalf("a login 31 s old = %v, want OBP-38010", err)
	}
	if got, err := b.svc.Answer(ctx, caller("u1", d, b.clk.Now()), tm.ID, answer(d, tm, tms.Accept)); err != nil || got.Status != tms.Accepted {
		t.Fatalf("a fresh login = %+v, %v", got, err)
	}
}

func TestRefusedAnswersChangeNothing(t *testing.T) {
	ctx := context.Background()
	b := newBed(t)
	d := b.enrol(t, "u1")
	other := b.enrol(t, "u2")
	second := b.enrol(t, "u1")
	tm := b.start(t, "u1", tms.New{})
	c := caller("u1", d, b.clk.Now())
	if _, err := b.svc.Retrieve(ctx, c, tm.ID); err != nil {
		t.Fatal(err)
	}
	ids := tmsdevice.Attributes{TmsID: tm.ID, UserID: "u1", DeviceID: d.ID}
	with := func(change func(*tmsdevice.Attributes)) tmsdevice.Attributes { a := ids; change(&a); return a }
	for _, tc := range []struct {
		name string
		c    tms.DeviceCaller
		sig  []byte
		want *obperr.Code
	}{
		{"altered text", c, d.Sign(tm.Data.Text+" and 1000.00 EUR to Mallory", ids), obperr.TmsSignatureInvalid},
		{"wrong TMS id", c, d.Sign(tm.Data.Text, with(func(a *tmsdevice.Attributes) { a.TmsID = "01JSY6J8E3902QFAHYHE2GXYK9" })), obperr.TmsSignatureInvalid},
		{"wrong user id", c, d.Sign(tm.Data.Text, with(func(a *tmsdevice.Attributes) { a.UserID = "u2" })), obperr.TmsSignatureInvalid},
		{"wrong device id", c, d.Sign(tm.Data.Text, with(func(a *tmsdevice.Attributes) { a.DeviceID = second.ID })), obperr.TmsSignatureInvalid},
		{"signed by another user's device", c, other.Sign(tm.Data.Text, with(func(a *tmsdevice.Attributes) { a.DeviceID = other.ID })), obperr.TmsSignatureInvalid},
		{"signed by the user's other device", c, second.Sign(tm.Data.Text, ids), obperr.TmsSignatureInvalid},
		{"another user's device calling", caller("u2", other, b.clk.Now()), other.Sign(tm.Data.Text, ids), obperr.TmsNotFound},
		{"not CMS", c, []byte("not a signature"), obperr.TmsSignatureInvalid},
		{"wrong device credential", tms.DeviceCaller{BankID: "bank", UserID: "u1", DeviceID: d.ID, Token: "guess"}, d.Sign(tm.Data.Text, ids), obperr.TmsDeviceCredential},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := b.svc.Answer(ctx, tc.c, tm.ID, tms.Answer{Decision: tms.Accept, SignedData: tc.sig}); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %s", err, tc.want.ID)
			}
			if got, _ := b.svc.Get(ctx, "bank", tm.ID); got.Status != tms.Retrieved || got.CompletedAt != nil {
				t.Fatalf("changed: %+v", got)
			}
		})
	}
	if err := b.svc.Revoke(ctx, "bank", "u1", d.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := b.svc.Answer(ctx, c, tm.ID, answer(d, tm, tms.Accept)); !errors.Is(err, obperr.TmsDeviceRevoked) {
		t.Fatalf("revoked device = %v, want OBP-38007", err)
	}
	if err := b.svc.Revoke(ctx, "bank", "u1", d.ID); !errors.Is(err, obperr.TmsDeviceRevoked) {
		t.Fatalf("revoke twice = %v", err)
	}
	if len(b.decided) != 0 {
		t.Errorf("hook called: %v", b.decided)
	}
}

func TestStartRefusals(t *testing.T) {
	b := newBed(t)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		bank string
		n    tms.New
		want *obperr.Code
	}{
		{"unknown tenant", "elsewhere", tms.New{UserID: "u1", Data: tms.Data{Text: "x"}}, obperr.BankNotFound},
		{"unknown user", "bank", tms.New{UserID: "nobody", Data: tms.Data{Text: "x"}}, obperr.UserNotFoundByID},
		{"no text", "bank", tms.New{UserID: "u1"}, obperr.TmsInvalidRequest},
		{"zero timeout", "bank", tms.New{UserID: "u1", Data: tms.Data{Text: "x"}, TmsTimeout: ptr(0)}, obperr.TmsInvalidRequest},
		{"freshness below -1", "bank", tms.New{UserID: "u1", Data: tms.Data{Text: "x"}, RequireFreshnessOfAuthentication: ptr(-2)}, obperr.TmsInvalidRequest},
		{"data not an object", "bank", tms.New{UserID: "u1", Data: tms.Data{Text: "x", Data: []byte(`[1]`)}}, obperr.TmsInvalidRequest},
	} {
		if _, err := b.svc.Start(ctx, tc.bank, "app", tc.n); !errors.Is(err, tc.want) {
			t.Errorf("%s: got %v, want %s", tc.name, err, tc.want.ID)
		}
	}
}

func TestEnrolRefusesBadRequests(t *testing.T) {
	b := newBed(t)
	ctx := context.Background()
	for name, csr := range map[string]string{
		"not base64":            "%%%",
		"not a CSR":             "aGVsbG8=",
		"a PEM of another type": "-----BEGIN CERTIFICATE-----\naGVsbG8=\n-----END CERTIFICATE-----\n",
		"RSA key":               rsaCSR(t),
	} {
		if _, err := b.svc.Enrol(ctx, "bank", "u1", "phone", csr); !errors.Is(err, obperr.TmsCsrInvalid) {
			t.Errorf("%s: got %v, want OBP-38008", name, err)
		}
	}
}
