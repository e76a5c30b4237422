package mapped

import (
	"context"
	"encoding/json"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/validation"
)

type schemaRuleRow struct {
	OperationID string `gorm:"primaryKey"`
	JSONSchema  string `gorm:"column:json_schema"`
}

func (schemaRuleRow) TableName() string { return "json_schema_validations" }

type authTypeRuleRow struct {
	OperationID                string `gorm:"primaryKey"`
	AllowedAuthenticationTypes string // JSON array of names
}

func (authTypeRuleRow) TableName() string { return "authentication_type_validations" }

func (r authTypeRuleRow) toDomain() (validation.AuthTypeRule, error) {
	out := validation.AuthTypeRule{OperationID: r.OperationID}
	return out, json.Unmarshal([]byte(r.AllowedAuthenticationTypes), &out.Allowed)
}

var _ validation.Store = (*Store)(nil)

// CreateSchemaRule implements validation.Store.
func (s *Store) CreateSchemaRule(ctx context.Context, r validation.SchemaRule) error {
	err := s.db.WithContext(ctx).Create(&schemaRuleRow{OperationID: r.OperationID, JSONSchema: string(r.Schema)}).Error
	return operationRuleConflict(r.OperationID, err)
}

// UpdateSchemaRule implements validation.Store.
func (s *Store) UpdateSchemaRule(ctx context.Context, r validation.SchemaRule) error {
	res := s.db.WithContext(ctx).Model(&schemaRuleRow{}).Where("operation_id = ?", r.OperationID).Update("json_schema", string(r.Schema))
	if res.Error == nil && res.RowsAffected == 0 {
		return obperr.JSONSchemaValidationNotFound
	}
	return res.Error
}

// DeleteSchemaRule implements validation.Store.
func (s *Store) DeleteSchemaRule(ctx context.Context, operationID string) error {
	res := s.db.WithContext(ctx).Where("operation_id = ?", operationID).Delete(&schemaRuleRow{})
	if res.Error == nil && res.RowsAffected == 0 {
		return obperr.JSONSchemaValidationNotFound
	}
	return res.Error
}

// GetSchemaRule implements validation.Store.
func (s *Store) GetSchemaRule(ctx context.Context, operationID string) (validation.SchemaRule, error) {
	var row schemaRuleRow
	if err := s.db.WithContext(ctx).Where("operation_id = ?", operationID).Take(&row).Error; err != nil {
		if notFound(err) {
			return validation.SchemaRule{}, obperr.JSONSchemaValidationNotFound
		}
		return validation.SchemaRule{}, err
	}
	return validation.SchemaRule{OperationID: row.OperationID, Schema: json.RawMessage(row.JSONSchema)}, nil
}

// ListSchemaRules implements validation.Store.
func (s *Store) ListSchemaRules(ctx context.Context) ([]validation.SchemaRule, error) {
	var rows []schemaRuleRow
	if err := s.db.WithContext(ctx).Order("operation_id").Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]validation.SchemaRule, 0, len(rows))
	for _, row := range rows {
		out = append(out, validation.SchemaRule{OperationID: row.OperationID, Schema: json.RawMessage(row.JSONSchema)})
	}
	return out, nil
}

// CreateAuthTypeRule implements validation.Store.
func (s *Store) CreateAuthTypeRule(ctx context.Context, r validation.AuthTypeRule) error {
	raw, err := json.Marshal(r.Allowed)
	if err != nil {
		return err
	}
	err = s.db.WithContext(ctx).Create(&authTypeRuleRow{OperationID: r.OperationID, AllowedAuthenticationTypes: string(raw)}).Error
	return operationRuleConflict(r.OperationID, err)
}

// UpdateAuthTypeRule implements validation.Store.
func (s *Store) UpdateAuthTypeRule(ctx context.Context, r validation.AuthTypeRule) error {
	raw, err := json.Marshal(r.Allowed)
	if err != nil {
		return err
	}
	res := s.db.WithContext(ctx).Model(&authTypeRuleRow{}).Where("operation_id = ?", r.OperationID).
		Update("allowed_authentication_types", string(raw))
	if res.Error == nil && res.RowsAffected == 0 {
		return obperr.AuthenticationTypeValidationNotFound
	}
	return res.Error
}

// DeleteAuthTypeRule implements validation.Store.
func (s *Store) DeleteAuthTypeRule(ctx context.Context, operationID string) error {
	res := s.db.WithContext(ctx).Where("operation_id = ?", operationID).Delete(&authTypeRuleRow{})
	if res.Error == nil && res.RowsAffected == 0 {
		return obperr.AuthenticationTypeValidationNotFound
	}
	return res.Error
}

// GetAuthTypeRule implements validation.Store.
func (s *Store) GetAuthTypeRule(ctx context.Context, operationID string) (validation.AuthTypeRule, error) {
	var row authTypeRuleRow
	if err := s.db.WithContext(ctx).Where("operation_id = ?", operationID).Take(&row).Error; err != nil {
		if notFound(err) {
			return validation.AuthTypeRule{}, obperr.AuthenticationTypeValidationNotFound
		}
		return validation.AuthTypeRule{}, err
	}
	return row.toDomain()
}

// ListAuthTypeRules implements validation.Store.
func (s *Store) ListAuthTypeRules(ctx context.Context) ([]validation.AuthTypeRule, error) {
	var rows []authTypeRuleRow
	if err := s.db.WithContext(ctx).Order("operation_id").Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]validation.AuthTypeRule, 0, len(rows))
	for _, row := range rows {
		r, err := row.toDomain()
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

func operationRuleConflict(operationID string, err error) error {
	if isUniqueViolation(err) {
		return obperr.OperationIDExists.With("OPERATION_ID %s has one.", operationID)
	}
	return err
}
