package validation

import (
	"context"
	"encoding/json"
)

// Store keeps the rules, one of each kind per operation id.
type Store interface {
	// CreateSchemaRule is obperr.OperationIDExists when the operation already has one.
	CreateSchemaRule(ctx context.Context, r SchemaRule) error
	// UpdateSchemaRule is obperr.JSONSchemaValidationNotFound when it has none.
	UpdateSchemaRule(ctx context.Context, r SchemaRule) error
	DeleteSchemaRule(ctx context.Context, operationID string) error // ...NotFound as Update
	GetSchemaRule(ctx context.Context, operationID string) (SchemaRule, error)
	ListSchemaRules(ctx context.Context) ([]SchemaRule, error) // by operation id
	// CreateAuthTypeRule is obperr.OperationIDExists when the operation already has one.
	CreateAuthTypeRule(ctx context.Context, r AuthTypeRule) error
	// UpdateAuthTypeRule is obperr.AuthenticationTypeValidationNotFound when it has none.
	UpdateAuthTypeRule(ctx context.Context, r AuthTypeRule) error
	DeleteAuthTypeRule(ctx context.Context, operationID string) error
	GetAuthTypeRule(ctx context.Context, operationID string) (AuthTypeRule, error)
	ListAuthTypeRules(ctx context.Context) ([]AuthTypeRule, error)
}

// Changes is told after every change, so that every process's rules follow (Rules). The
// change is stored by then: spreading it is the listener's to retry, not the client's error.
type Changes interface {
	Changed(ctx context.Context)
}

// Service holds the management use cases of both kinds of rule.
type Service struct {
	store   Store
	known   func(operationID string) bool
	changes Changes
}

// NewService returns the use cases over store. known tells whether this server serves an
// operation id (a rule for any other is OBP-40048); changes may be nil.
func NewService(store Store, known func(operationID string) bool, changes Changes) *Service {
	return &Service{store: store, known: known, changes: changes}
}

func (s *Service) checkOperation(id string) error {
	if s.known == nil || !s.known(id) {
		return obperrInvalidOperation(id)
	}
	return nil
}

// CreateSchema stores the schema rule of operationID.
func (s *Service) CreateSchema(ctx context.Context, operationID string, schema json.RawMessage) (SchemaRule, error) {
	return s.putSchema(ctx, operationID, schema, s.store.CreateSchemaRule)
}

// UpdateSchema replaces the schema rule of operationID.
func (s *Service) UpdateSchema(ctx context.Context, operationID string, schema json.RawMessage) (SchemaRule, error) {
	return s.putSchema(ctx, operationID, schema, s.store.UpdateSchemaRule)
}

func (s *Service) putSchema(ctx context.Context, operationID string, schema json.RawMessage,
	put func(context.Context, SchemaRule) error) (SchemaRule, error) {
	if err := s.checkOperation(operationID); err != nil {
		return SchemaRule{}, err
	}
	if _, err := compile(schema); err != nil {
		return SchemaRule{}, err
	}
	r := SchemaRule{OperationID: operationID, Schema: compact(schema)}
	if err := put(ctx, r); err != nil {
		return SchemaRule{}, err
	}
	s.changed(ctx)
	return r, nil
}

// DeleteSchema removes the schema rule of operationID.
func (s *Service) DeleteSchema(ctx context.Context, operationID string) error {
	if err := s.store.DeleteSchemaRule(ctx, operationID); err != nil {
		return err
	}
	s.changed(ctx)
	return nil
}

// GetSchema is the schema rule of operationID.
func (s *Service) GetSchema(ctx context.Context, operationID string) (SchemaRule, error) {
	return s.store.GetSchemaRule(ctx, operationID)
}

// ListSchemas is every schema rule, by operation id.
func (s *Service) ListSchemas(ctx context.Context) ([]SchemaRule, error) {
	return s.store.ListSchemaRules(ctx)
}

// CreateAuthTypes stores the authentication-type rule of operationID.
func (s *Service) CreateAuthTypes(ctx context.Context, operationID string, allowed []string) (AuthTypeRule, error) {
	return s.putAuthTypes(ctx, operationID, allowed, s.store.CreateAuthTypeRule)
}

// UpdateAuthTypes replaces the authentication-type rule of operationID.
func (s *Service) UpdateAuthTypes(ctx context.Context, operationID string, allowed []string) (AuthTypeRule, error) {
	return s.putAuthTypes(ctx, operationID, allowed, s.store.UpdateAuthTypeRule)
}

func (s *Service) putAuthTypes(ctx context.Context, operationID string, allowed []string,
	put func(context.Context, AuthTypeRule) error) (AuthTypeRule, error) {
	if err := s.checkOperation(operationID); err != nil {
		return AuthTypeRule{}, err
	}
	names, err := checkAuthTypes(allowed)
	if err != nil {
		return AuthTypeRule{}, err
	}
	r := AuthTypeRule{OperationID: operationID, Allowed: names}
	if err := put(ctx, r); err != nil {
		return AuthTypeRule{}, err
	}
	s.changed(ctx)
	return r, nil
}

// DeleteAuthTypes removes the authentication-type rule of operationID.
func (s *Service) DeleteAuthTypes(ctx context.Context, operationID string) error {
	if err := s.store.DeleteAuthTypeRule(ctx, operationID); err != nil {
		return err
	}
	s.changed(ctx)
	return nil
}

// GetAuthTypes is the authentication-type rule of operationID.
func (s *Service) GetAuthTypes(ctx context.Context, operationID string) (AuthTypeRule, error) {
	return s.store.GetAuthTypeRule(ctx, operationID)
}

// ListAuthTypes is every authentication-type rule, by operation id.
func (s *Service) ListAuthTypes(ctx context.Context) ([]AuthTypeRule, error) {
	return s.store.ListAuthTypeRules(ctx)
}

func (s *Service) changed(ctx context.Context) {
	if s.changes != nil {
		s.changes.Changed(ctx)
	}
}
