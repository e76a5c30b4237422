package mapped_test

import (
	"context"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/internal/testenv"
)

// Thresholds are set in whole units of the payment's currency, so in minor units they
// scale with its exponent (the port leaves the scale to each connector).
func TestChallengeThresholdScalesWithCurrencyExponent(t *testing.T) {
	c := mapped.NewConnector(testenv.OpenSQLite(t), clock.System)
	for _, tc := range []struct {
		thresholds mapped.Thresholds
		typ        payment.Type
		currency   string
		want       int64
	}{
		{mapped.Thresholds{}, payment.Account, "EUR", 100_000},
		{mapped.Thresholds{}, payment.Account, "JPY", 1_000},
		{mapped.Thresholds{}, payment.Account, "BHD", 1_000_000},
		{mapped.Thresholds{Default: 50, PerType: map[string]int64{"SEPA": 7}}, payment.Account, "EUR", 5_000},
		{mapped.Thresholds{Default: 50, PerType: map[string]int64{"SEPA": 7}}, payment.SEPA, "JPY", 7},
	} {
		c.SetChallengeThresholds(tc.thresholds)
		got, err := c.GetChallengeThreshold(context.Background(), "bank", "acct", "owner", tc.typ, tc.currency, "user")
		if err != nil || got != tc.want {
			t.Errorf("with %+v, GetChallengeThreshold(%s, %s) = %d, %v; want %d minor units", tc.thresholds, tc.typ, tc.currency, got, err, tc.want)
		}
	}
}
