package rest_test

import (
	"context"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/connectortest"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/connectors/rest"
	"github.com/obp-go/obp/connectors/rest/exampleadapter"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/internal/testenv"
)

// roundTrip is a REST connector talking to an adapter (rest.Adapter) that serves the
// mapped connector over db: every call crosses HTTP as OBP's messages.
func roundTrip(t *testing.T, db *mapped.DB) (*rest.Connector, *mapped.Connector) {
	t.Helper()
	if _, err := db.MigrateUp(context.Background()); err != nil {
		t.Fatal(err)
	}
	backend := mapped.NewConnector(db, clock.System)
	srv := httptest.NewServer(rest.NewAdapter(backend, rest.AdapterInfo{Name: "roundtrip"}, nil))
	t.Cleanup(srv.Close)
	return rest.NewConnector(rest.NewClient(srv.URL, rest.WithTimeout(10*time.Second))), backend
}

// newUserIn creates users in db for the suite's customer links.
func newUserIn(db *mapped.DB) func(t *testing.T) string {
	store := mapped.NewStore(db, clock.System)
	return func(t *testing.T) string {
		u := user.User{ID: ids.New(), Provider: "conformance", Username: ids.New(), PasswordHash: "-", CreatedAt: time.Now().UTC()}
		if err := store.CreateUser(context.Background(), u); err != nil {
			t.Fatalf("CreateUser for the suite's links returned %v", err)
		}
		return u.ID
	}
}

// The conformance suite passes with the REST connector in front of an adapter: every
// method of the port crosses HTTP as OBP's messages.
func TestRESTConnectorConformance(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		r, _ := roundTrip(t, db)
		connectortest.TestConnector(t, r, connectortest.WithUsers(newUserIn(db)))
	})
}

// The example adapter, on a store of its own that knows none of the server's users,
// passes the conformance suite through the REST connector.
func TestExampleAdapterConformance(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		h, err := exampleadapter.New(context.Background(), db, exampleadapter.Options{Version: "test"})
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(h)
		t.Cleanup(srv.Close)
		connectortest.TestConnector(t, rest.NewConnector(rest.NewClient(srv.URL)))
	})
}

// TestAdapterAtURL runs the conformance suite against the adapter at OBP_ADAPTER_URL:
// an adapter author's one command (see the README, "Adapter authors").
func TestAdapterAtURL(t *testing.T) {
	url := os.Getenv("OBP_ADAPTER_URL")
	if url == "" {
		t.Skip("set OBP_ADAPTER_URL to check an adapter")
	}
	var opts []rest.Option
	if secret := os.Getenv("OBP_REST_HMAC_SECRET"); secret != "" {
		signer, err := rest.NewHMACSigner([]byte(secret))
		if err != nil {
			t.Fatal(err)
		}
		verifier, err := rest.NewHMACVerifier([]byte(secret))
		if err != nil {
			t.Fatal(err)
		}
		opts = append(opts, rest.WithRequestSigning(signer), rest.WithSignedAnswers(verifier))
	}
	connectortest.TestConnector(t, rest.NewConnector(rest.NewClient(url, opts...)))
}
