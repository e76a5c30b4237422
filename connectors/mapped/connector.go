package mapped

import (
	"github.com/obp-go/obp/domain/clock"
	"gorm.io/gorm"

	"github.com/obp-go/obp/connectors/port"
)

// Name is how the root endpoint and the resource docs name this connector.
const Name = "mapped"

// Connector implements the core-banking connector port on the server's own database.
type Connector struct {
	db         *gorm.DB
	engine     Engine
	thresholds Thresholds
	clock      clock.Clock // stamps records; the business time the services decide comes in their arguments
}

var _ port.Connector = (*Connector)(nil)

// NewConnector returns the mapped connector over db.
func NewConnector(db *DB, clk clock.Clock) *Connector {
	return &Connector{db: db.Gorm, engine: db.Engine, clock: clk}
}
