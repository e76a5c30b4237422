package mapped

import (
	"context"
	"time"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/notify"
)

type outboxRow struct {
	ID        string `gorm:"primaryKey"`
	Channel   string
	Recipient string
	Subject   string
	Body      string
	CreatedAt time.Time
}

func (outboxRow) TableName() string { return "outbox" }

// Outbox is the embedded notifier: messages are kept in the database for an
// administrator (or a test) to read instead of being sent.
type Outbox struct{ store *Store }

// NewOutbox returns the outbox notifier on db.
func NewOutbox(db *DB, clk clock.Clock) *Outbox { return &Outbox{store: NewStore(db, clk)} }

var _ notify.Outbox = (*Outbox)(nil)

func (o *Outbox) Send(ctx context.Context, m notify.Message) error {
	return o.store.db.WithContext(ctx).Create(&outboxRow{ID: ids.New(), Channel: string(m.Channel), Recipient: m.To,
		Subject: m.Subject, Body: m.Body, CreatedAt: o.store.clock.Now()}).Error
}

// List returns messages, newest first.
func (o *Outbox) List(ctx context.Context, limit, offset int) ([]notify.Message, error) {
	var rows []outboxRow
	if err := page(o.store.db.WithContext(ctx).Order("created_at DESC, id"), limit, offset).Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]notify.Message, len(rows))
	for i, r := range rows {
		out[i] = notify.Message{ID: r.ID, Channel: notify.Channel(r.Channel), To: r.Recipient, Subject: r.Subject, Body: r.Body, CreatedAt: r.CreatedAt.UTC()}
	}
	return out, nil
}
