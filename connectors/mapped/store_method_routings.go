package mapped

import (
	"context"
	"encoding/json"
	"time"

	"github.com/obp-go/obp/domain/methodrouting"
	"github.com/obp-go/obp/domain/obperr"
)

type methodRoutingRow struct {
	ID                 string `gorm:"primaryKey"`
	MethodName         string
	ConnectorName      string
	IsBankIDExactMatch bool `gorm:"column:is_bank_id_exact_match"`
	BankIDPattern      string
	Parameters         string // JSON: [{"key": ..., "value": ...}]
	CreatedAt          time.Time
}

func (methodRoutingRow) TableName() string { return "method_routings" }

type methodRoutingParamJSON struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

func toMethodRoutingRow(r methodrouting.Routing) (methodRoutingRow, error) {
	params := make([]methodRoutingParamJSON, 0, len(r.Parameters))
	for _, p := range r.Parameters {
		params = append(params, methodRoutingParamJSON(p))
	}
	raw, err := json.Marshal(params)
	return methodRoutingRow{ID: r.ID, MethodName: r.MethodName, ConnectorName: r.ConnectorName, IsBankIDExactMatch: r.IsBankIDExactMatch,
		BankIDPattern: r.BankIDPattern, Parameters: string(raw), CreatedAt: r.CreatedAt.UTC()}, err
}

func (r methodRoutingRow) toDomain() (methodrouting.Routing, error) {
	var params []methodRoutingParamJSON
	if err := json.Unmarshal([]byte(r.Parameters), &params); err != nil {
		return methodrouting.Routing{}, err
	}
	out := methodrouting.Routing{ID: r.ID, MethodName: r.MethodName, ConnectorName: r.ConnectorName, IsBankIDExactMatch: r.IsBankIDExactMatch,
		BankIDPattern: r.BankIDPattern, Parameters: make([]methodrouting.Param, 0, len(params)), CreatedAt: r.CreatedAt.UTC()}
	for _, p := range params {
		out.Parameters = append(out.Parameters, methodrouting.Param(p))
	}
	return out, nil
}

var _ methodrouting.Store = (*Store)(nil)

// CreateMethodRouting implements methodrouting.Store.
func (s *Store) CreateMethodRouting(ctx context.Context, r methodrouting.Routing) error {
	row, err := toMethodRoutingRow(r)
	if err != nil {
		return err
	}
	return methodRoutingConflict(r, s.db.WithContext(ctx).Create(&row).Error)
}

// UpdateMethodRouting implements methodrouting.Store.
func (s *Store) UpdateMethodRouting(ctx context.Context, r methodrouting.Routing) error {
	row, err := toMethodRoutingRow(r)
	if err != nil {
		return err
	}
	res := s.db.WithContext(ctx).Model(&methodRoutingRow{}).Where("id = ?", r.ID).Updates(map[string]any{
		"method_name": row.MethodName, "connector_name": row.ConnectorName, "is_bank_id_exact_match": row.IsBankIDExactMatch,
		"bank_id_pattern": row.BankIDPattern, "parameters": row.Parameters})
	if res.Error == nil && res.RowsAffected == 0 {
		return obperr.MethodRoutingNotFound
	}
	return methodRoutingConflict(r, res.Error)
}

// DeleteMethodRouting implements methodrouting.Store.
func (s *Store) DeleteMethodRouting(ctx context.Context, id string) error {
	res := s.db.WithContext(ctx).Where("id = ?", id).Delete(&methodRoutingRow{})
	if res.Error == nil && res.RowsAffected == 0 {
		return obperr.MethodRoutingNotFound
	}
	return res.Error
}

// GetMethodRouting implements methodrouting.Store.
func (s *Store) GetMethodRouting(ctx context.Context, id string) (methodrouting.Routing, error) {
	var row methodRoutingRow
	if err := s.db.WithContext(ctx).Where("id = ?", id).Take(&row).Error; err != nil {
		if notFound(err) {
			return methodrouting.Routing{}, obperr.MethodRoutingNotFound
		}
		return methodrouting.Routing{}, err
	}
	return row.toDomain()
}

// ListMethodRoutings implements methodrouting.Store.
func (s *Store) ListMethodRoutings(ctx context.Context, methodName string) ([]methodrouting.Routing, error) {
	q := s.db.WithContext(ctx).Order("created_at, id")
	if methodName != "" {
		q = q.Where("method_name = ?", methodName)
	}
	var rows []methodRoutingRow
	if err := q.Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]methodrouting.Routing, 0, len(rows))
	for _, row := range rows {
		r, err := row.toDomain()
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// methodRoutingConflict names the exact-match routing that is already there.
func methodRoutingConflict(r methodrouting.Routing, err error) error {
	if isUniqueViolation(err) {
		return obperr.MethodRoutingExists.With("Please modify is_bank_id_exact_match, method_name (%s) or bank_id_pattern (%s).",
			r.MethodName, r.BankIDPattern)
	}
	return err
}
