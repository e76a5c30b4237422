// Package exampleadapter is the example adapter: the adapter side of the REST connector
// (rest.Adapter) over a small store of its own, the mapped connector on a database the
// adapter owns. A bank's adapter puts its core banking system where this puts the store.
package exampleadapter

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/connectors/rest"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/user"
)

// Name is what the adapter says it is (getAdapterInfo).
const Name = "obp-adapter-example"

// Options configure the example adapter.
type Options struct {
	Version string // what getAdapterInfo reports
	// Thresholds are the challenge thresholds getChallengeThreshold answers (zero: the
	// mapped connector's defaults).
	Thresholds mapped.Thresholds
	// HMACSecret, when set, makes the adapter refuse requests the server did not sign
	// with it (x-sign) and sign its answers with it.
	HMACSecret []byte
	Log        *slog.Logger
}

// New is the adapter's HTTP handler over db, which it migrates first.
func New(ctx context.Context, db *mapped.DB, o Options) (http.Handler, error) {
	if _, err := db.MigrateUp(ctx); err != nil {
		return nil, err
	}
	conn := mapped.NewConnector(db, clock.System)
	if o.Thresholds.Default != 0 || len(o.Thresholds.PerType) > 0 {
		conn.SetChallengeThresholds(o.Thresholds)
	}
	var opts []rest.AdapterOption
	if len(o.HMACSecret) > 0 {
		v, err := rest.NewHMACVerifier(o.HMACSecret)
		if err != nil {
			return nil, err
		}
		s, err := rest.NewHMACSigner(o.HMACSecret)
		if err != nil {
			return nil, err
		}
		opts = append(opts, rest.RequireSignedRequests(v), rest.SignAnswers(s))
	}
	backend := store{Connector: conn, users: mapped.NewStore(db, clock.System)}
	return rest.NewAdapter(backend, rest.AdapterInfo{Name: Name, Version: o.Version, GitCommit: o.Version,
		Date: clock.System.Now().UTC().Format(time.RFC3339)}, o.Log, opts...), nil
}

// store is the mapped connector, which links customers only to users it knows: the
// adapter keeps a record of each user the server links, by id (a core banking system
// would keep its own mapping of the server's users to its customers).
type store struct {
	*mapped.Connector
	users *mapped.Store
}

var _ port.Connector = store{}

const shadowProvider = "obp-adapter-example"

func (s store) CreateUserCustomerLink(ctx context.Context, l customer.UserCustomerLink) (customer.UserCustomerLink, error) {
	if err := s.know(ctx, l.UserID); err != nil {
		return customer.UserCustomerLink{}, err
	}
	return s.Connector.CreateUserCustomerLink(ctx, l)
}

// know records userID unless the store has the user already (the adapter shares a
// database with the server, or linked the user before).
func (s store) know(ctx context.Context, userID string) error {
	_, err := s.users.GetUser(ctx, userID)
	if !errors.Is(err, obperr.UserNotFoundByID) {
		return err
	}
	err = s.users.CreateUser(ctx, user.User{ID: userID, Provider: shadowProvider, Username: userID, PasswordHash: "-",
		CreatedAt: clock.System.Now()})
	if errors.Is(err, obperr.DuplicateUsername) {
		return nil // another call recorded the user first
	}
	return err
}
