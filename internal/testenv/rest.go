package testenv

import (
	"context"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/connectors/rest"
	"github.com/obp-go/obp/connectors/rest/exampleadapter"
	"github.com/obp-go/obp/domain/ids"
)

// RESTConnector reports whether the suites run with the REST connector (make test's
// third leg, OBP_TEST_CONNECTOR=rest): every core banking call of every test server then
// crosses HTTP, signed both ways, to the example adapter.
func RESTConnector() bool { return os.Getenv("OBP_TEST_CONNECTOR") == "rest" }

// SkipWithREST skips a test whose subject is the mapped connector's own database (an
// outage of it, its rows), which the REST connector does not reach.
func SkipWithREST(t testing.TB, why string) {
	t.Helper()
	if RESTConnector() {
		t.Skip("with the REST connector: " + why)
	}
}

// throughExampleAdapter starts the example adapter on the test's database (so that the
// suites' direct looks at the database still see what the adapter stored) and points the
// server's REST connector at it, with the server's thresholds and a fresh HMAC secret.
func throughExampleAdapter(t testing.TB, db *mapped.DB, o app.Options) app.Options {
	t.Helper()
	secret := []byte(ids.New() + ids.New())
	h, err := exampleadapter.New(context.Background(), db, exampleadapter.Options{Version: "test", HMACSecret: secret,
		Thresholds: mapped.Thresholds{Default: o.Payments.ThresholdDefault, PerType: o.Payments.ThresholdPerType}, Log: o.Log})
	if err != nil {
		t.Fatalf("example adapter: %v", err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	o.Connector = rest.Name
	o.Adapter = app.AdapterOptions{URL: srv.URL, Signing: app.SignHMAC, AnswerSigning: app.SignHMAC, HMACSecret: secret}
	return o
}
