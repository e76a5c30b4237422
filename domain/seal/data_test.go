package seal

import (
	"testing"
	"time"

	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/sca"
)

func payment(amount string) sca.Subject {
	m, _ := money.Parse(amount, "GBP")
	return sca.Subject{Kind: sca.KindPayment, BankID: "b", Payment: &sca.PaymentSubject{Amount: m, From: "b/a",
		PayeeName: "Omar | Sons", PayeeAccount: `IBAN:GB33\BUKB`}}
}

func TestDataIsTheDocumentedString(t *testing.T) {
	if got, want := Data(payment("1000")), `PAYMENT|1000.00|GBP|IBAN:GB33\\BUKB|Omar \| Sons`; got != want {
		t.Errorf("Data = %q; want %q", got, want)
	}
	c := sca.Subject{Kind: sca.KindConsent, Consent: &sca.ConsentSubject{ConsentID: "c1", App: "Budget"}}
	if got := Data(c); got != "CONSENT|c1|Budget" {
		t.Errorf("consent Data = %q", got)
	}
}

func TestCodeBindsTheExactDataAndStep(t *testing.T) {
	key := []byte(key32)
	at := time.Unix(1_700_000_010, 0)
	good := Code(key, Data(payment("1000")), at)
	if len(good) != 8 {
		t.Fatalf("code %q", good)
	}
	if Code(key, Data(payment("1000.01")), at) == good {
		t.Error("a code over another amount is the same")
	}
	if Code(key, Data(payment("1000")), at.Add(Step)) == good {
		t.Error("a code of the next step is the same")
	}
	if Code(key, Data(payment("1000")), at.Add(19*time.Second)) != good {
		t.Error("a code changed within its step")
	}
}

func TestWithinWindow(t *testing.T) {
	now := time.Unix(1_700_000_020, 0) // step 56666667 began 10 s ago
	for _, tc := range []struct {
		sealed time.Time
		ok     bool
	}{
		{now, true},
		{now.Add(-40 * time.Second), true},  // the step before: 56666666
		{now.Add(-41 * time.Second), false}, // two steps before
		{now.Add(49 * time.Second), true},   // the step after
		{now.Add(50 * time.Second), false},  // two steps after
	} {
		step, ok := matchStep([]byte(key32), Data(payment("1")), Code([]byte(key32), Data(payment("1")), tc.sealed), now)
		if ok != tc.ok || ok && step != suite.StepOf(tc.sealed) {
			t.Errorf("sealed at %v: step %d, %v; want %v", tc.sealed.Sub(now), step, ok, tc.ok)
		}
	}
}
