package consent

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/obperr"
)

func TestValidity(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	s := NewService(Deps{Clock: fixedClock(now), Config: Config{Enabled: true, MaxTTL: 2 * time.Hour}})
	secs := func(n int64) *int64 { return &n }
	at := func(d time.Duration) *time.Time { t := now.Add(d); return &t }
	cases := []struct {
		name      string
		validFrom *time.Time
		ttl       *int64
		nbf, exp  time.Time
		want      *obperr.Code
	}{
		{"defaults: now, an hour", nil, nil, now, now.Add(time.Hour), nil},
		{"a ttl", nil, secs(600), now, now.Add(10 * time.Minute), nil},
		{"the cap", nil, secs(7200), now, now.Add(2 * time.Hour), nil},
		{"above the cap", nil, secs(7201), time.Time{}, time.Time{}, obperr.ConsentMaxTTL},
		{"zero", nil, secs(0), time.Time{}, time.Time{}, obperr.InvalidRequestPayload},
		{"a little in the past", at(-4 * time.Minute), secs(60), now.Add(-4 * time.Minute), now.Add(-3 * time.Minute), nil},
		{"too far in the past", at(-6 * time.Minute), nil, time.Time{}, time.Time{}, obperr.ConsentValidFromInThePast},
		{"in the future", at(time.Hour), secs(60), now.Add(time.Hour), now.Add(time.Hour + time.Minute), nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			nbf, exp, err := s.validity(c.validFrom, c.ttl)
			if c.want != nil {
				if !errors.Is(err, c.want) {
					t.Fatalf("err = %v, want %s", err, c.want.ID)
				}
				return
			}
			if err != nil || !nbf.Equal(c.nbf) || !exp.Equal(c.exp) {
				t.Fatalf("= %v %v %v, want %v %v", nbf, exp, err, c.nbf, c.exp)
			}
		})
	}
}

func TestSamePhone(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"+44 20 7946 0000", "+442079460000", true},
		{"+44 (20) 7946-0000", "+44 20 7946 0000", true},
		{"+44 20 7946 0000", "0044 20 7946 0000", false},
		{"", "", false},
		{"+44 20 7946 0000", "+44 20 7946 0001", false},
	} {
		if got := samePhone(c.a, c.b); got != c.want {
			t.Errorf("samePhone(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

func TestReadHeader(t *testing.T) {
	if p, err := readHeader(" 6A1E5B1C-0C8E-4C37-9D7E-8A4D2F3B9C01 "); err != nil || p.consentID != consentID || p.token != "" {
		t.Errorf("uuid: %+v %v", p, err)
	}
	for _, bad := range []string{"", "nonsense", "a.b.c", "6a1e5b1c-0c8e-4c37-9d7e"} {
		if _, err := readHeader(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestStatuses(t *testing.T) {
	for in, want := range map[string]Status{"valid": Accepted, "revokedByPsu": Revoked, "terminatedByTpp": Revoked, "received": Initiated, " rejected ": Rejected} {
		if got, ok := ParseStatus(in); !ok || got != want {
			t.Errorf("ParseStatus(%q) = %v %v", in, got, ok)
		}
	}
	if _, ok := ParseStatus("PAUSED"); ok {
		t.Error("PAUSED parsed")
	}
	if Accepted.BerlinGroup() != "valid" || Revoked.BerlinGroup() != "revokedByPsu" || Expired.BerlinGroup() != "expired" {
		t.Error("Berlin Group names")
	}
	c := Consent{Status: Accepted, Claims: Claims{Expires: 100}}
	if c.Reported(time.Unix(99, 0)) != Accepted || c.Reported(time.Unix(100, 0)) != Expired {
		t.Error("EXPIRED is reported from exp on")
	}
}

type contactsOnRecord struct{ phone, email string }

func (c contactsOnRecord) Contact(context.Context, string, string) (string, string, error) {
	return c.phone, c.email, nil
}

func TestDestinationIsOnRecord(t *testing.T) {
	s := NewService(Deps{Contacts: contactsOnRecord{phone: "+44 20 7946 0000"}, Config: Config{Enabled: true}})
	for _, c := range []struct {
		n    New
		want *obperr.Code
	}{
		{New{Method: "FAX"}, obperr.ConsentAllowedScaMethods},
		{New{Method: SMS}, obperr.InvalidRequestPayload},
		{New{Method: SMS, Phone: "+1 555 0100"}, obperr.ConsentScaDestinationNotOnRecord},
		{New{Method: Email, Email: "ellie@example.com"}, obperr.ConsentScaDestinationNotOnRecord},
	} {
		if _, _, err := s.destination(context.Background(), "ellie", c.n); !errors.Is(err, c.want) {
			t.Errorf("%+v: err = %v, want %s", c.n, err, c.want.ID)
		}
	}
}
