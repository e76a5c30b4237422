package mapped_test

import (
	"context"
	"testing"

	"github.com/obp-go/obp/connectors/connectortest"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// The mapped connector passes the conformance suite on both engines.
func TestMappedConnectorConformance(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		if _, err := db.MigrateUp(context.Background()); err != nil {
			t.Fatal(err)
		}
		connectortest.TestConnector(t, mapped.NewConnector(db))
	})
}
