package mapped

import (
	"context"
	"encoding/base64"
	"time"

	"gorm.io/gorm/clause"

	"github.com/obp-go/obp/connectors/port"
)

// opaqueRow is a connector's opaque data for one consent or payment, kept base64 so
// that one TEXT column serves both engines.
type opaqueRow struct {
	Kind      string `gorm:"primaryKey"`
	EntityID  string `gorm:"primaryKey"`
	Data      string
	UpdatedAt time.Time
}

func (opaqueRow) TableName() string { return "connector_opaque" }

var _ port.OpaqueStore = (*Store)(nil)

// SaveOpaque replaces the entity's opaque data in one statement (an upsert), so that
// concurrent saves leave one whole value.
func (s *Store) SaveOpaque(ctx context.Context, kind, entityID string, data []byte) error {
	row := opaqueRow{Kind: kind, EntityID: entityID, Data: base64.StdEncoding.EncodeToString(data), UpdatedAt: s.clock.Now().UTC()}
	return s.db.WithContext(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "kind"}, {Name: "entity_id"}},
		DoUpdates: clause.AssignmentColumns([]string{"data", "updated_at"}),
	}).Create(&row).Error
}

// LoadOpaque is the entity's opaque data.
func (s *Store) LoadOpaque(ctx context.Context, kind, entityID string) ([]byte, bool, error) {
	var row opaqueRow
	err := s.db.WithContext(ctx).Where("kind = ? AND entity_id = ?", kind, entityID).Take(&row).Error
	if notFound(err) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	data, err := base64.StdEncoding.DecodeString(row.Data)
	return data, err == nil, err
}
