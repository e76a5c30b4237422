package app

import (
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/counterpartylimit"
)

// counterpartyLimits is the counterparty-limit service over the store, which also holds
// payments to them (payment.Deps.Limits): limits and usage are platform records beside
// the transaction requests they cap.
func (s *services) counterpartyLimits(o Options) *counterpartylimit.Service {
	return counterpartylimit.NewService(s.store, s.counterparties, clock.Clock(o.Now))
}
