package handlers_test

import (
	"encoding/json"
	"testing"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/internal/testenv"
)

// registry is the server's whole registry: the framework's docs and every area's.
func registry(t testing.TB) *handlers.Server {
	t.Helper()
	return testenv.Start(t, testenv.OpenSQLite(t), app.Options{}).HTTP
}

// Two documented example bodies (createConsumer's "enabled": null, REFUND's "to": null)
// failed the server's own schema: a client copying them got 400. Pinned: every resource
// doc's example request passes the validator its endpoint runs.
func TestEveryExampleRequestPassesItsOwnSchema(t *testing.T) {
	s := registry(t)
	n := 0
	for _, d := range s.Docs {
		if d.RequestSchema == "" {
			continue
		}
		if d.ExampleRequest == nil {
			t.Errorf("%s takes a body (%s) but documents no example", d.OperationID, d.RequestSchema)
			continue
		}
		body, err := json.Marshal(d.ExampleRequest)
		if err != nil {
			t.Fatalf("%s: %v", d.OperationID, err)
		}
		if err := s.ValidateBody(d.RequestSchema, body); err != nil {
			t.Errorf("%s: example %s fails %s: %v", d.OperationID, body, d.RequestSchema, err)
		}
		n++
	}
	if n < 20 {
		t.Errorf("only %d examples checked", n)
	}
}
