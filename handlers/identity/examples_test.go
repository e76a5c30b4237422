package identity_test

import (
	"testing"

	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/handlers/identity"
)

// createConsumer once documented "enabled": null, which its own schema refuses: every
// example request of the area must pass the validator its endpoint runs.
func TestExampleRequestsPassTheirSchemas(t *testing.T) {
	if err := handlers.ValidateExamples(identity.Docs(identity.Deps{})); err != nil {
		t.Error(err)
	}
}
