package app

import (
	"time"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/idempotency"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/handlers/accounts"
	"github.com/obp-go/obp/handlers/authcontext"
	"github.com/obp-go/obp/handlers/banks"
	"github.com/obp-go/obp/handlers/consents"
	"github.com/obp-go/obp/handlers/counterparties"
	"github.com/obp-go/obp/handlers/counterpartylimits"
	"github.com/obp-go/obp/handlers/customers"
	"github.com/obp-go/obp/handlers/identity"
	"github.com/obp-go/obp/handlers/kyc"
	"github.com/obp-go/obp/handlers/kycsubmissions"
	"github.com/obp-go/obp/handlers/messagedocs"
	"github.com/obp-go/obp/handlers/meta"
	"github.com/obp-go/obp/handlers/methodroutings"
	"github.com/obp-go/obp/handlers/operationrules"
	"github.com/obp-go/obp/handlers/payments"
	sealapi "github.com/obp-go/obp/handlers/seal"
	tmsapi "github.com/obp-go/obp/handlers/tms"
)

// httpFace builds the HTTP face: the framework with its guards, and the areas, each
// given the narrow set of services it declares.
func (s *services) httpFace(o Options) (*handlers.Server, error) {
	metaDocs, err := meta.Docs(meta.Deps{Info: o.Info, DB: o.DB})
	if err != nil {
		return nil, err
	}
	authContexts := s.authContexts
	areas := [][]handlers.ResourceDoc{
		metaDocs,
		banks.Docs(s.banks),
		identity.Docs(identity.Deps{Auth: s.auth, Users: s.users, Directory: s.directory, Consumers: s.consumers, Entitlements: s.entitlements, SessionTimeout: o.SessionTimeout}),
		accounts.Docs(accounts.Deps{Accounts: s.accounts, Views: s.views, Transactions: s.transactions}),
		payments.Docs(s.payments, s.outbox),
		payments.BankDocs(payments.BankDeps{Types: s.payments, Historical: s.transactions}),
		customers.Docs(s.customers),
		kyc.Docs(s.kycRecords()),
		counterparties.Docs(s.counterparties),
		consents.Docs(s.consents, s.consentKeys),
		counterpartylimits.Docs(s.counterpartyLimits(o)),
		authcontext.Docs(authContexts),
		kycsubmissions.Docs(kycsubmissions.Deps{Submissions: s.kycSubmissions, BaseURL: o.Info.Hostname}),
		messagedocs.Docs(catalogue{adapter: s.adapter, info: o.Info, started: time.Now()}),
		methodroutings.Docs(s.methodRoutings),
		operationrules.Docs(s.opRules),
		tmsapi.Docs(s.tms),
		sealapi.Docs(s.seal),
		s.oauth2.Docs(),
	}
	srv, err := handlers.New(handlers.Deps{
		Auth: s.auth, Bearers: s.bearers(), Consents: s.consents, Roles: s.roles, Views: s.views, ViewChecker: s.roles, Idempotency: idempotency.NewService(s.store, o.Payments.IdempotencyLease, clock.Clock(o.Now)),
		Limiter:       consumer.Limiter{Counter: s.store, Now: o.Now},
		AuthContexts:  authContexts,
		Rules:         s.ruleTable,
		DBUnreachable: o.DB.Unreachable, Info: o.Info, Log: o.Log, Limits: o.Limits, ExtraDocs: o.ExtraDocs,
	}, areas...)
	if err != nil {
		return nil, err
	}
	s.operationIDs.fill(srv.Docs)
	return srv, nil
}
