package mapped

import (
	"context"
	"time"

	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/obperr"
)

type entitlementRow struct {
	ID        string `gorm:"primaryKey"`
	UserID    string
	BankID    string
	RoleName  string
	CreatedAt time.Time
}

func (entitlementRow) TableName() string { return "entitlements" }

type entitlementRequestRow entitlementRow

func (entitlementRequestRow) TableName() string { return "entitlement_requests" }

var _ entitlement.Store = (*Store)(nil)

func (s *Store) CreateEntitlement(ctx context.Context, e entitlement.Entitlement) error {
	err := s.db.WithContext(ctx).Create(ptr(entitlementRow(e))).Error
	if isUniqueViolation(err) {
		return obperr.EntitlementAlreadyExists
	}
	return err
}

func (s *Store) GetEntitlement(ctx context.Context, id string) (entitlement.Entitlement, error) {
	var r entitlementRow
	err := s.db.WithContext(ctx).Where("id = ?", id).Take(&r).Error
	if notFound(err) {
		return entitlement.Entitlement{}, obperr.EntitlementNotFound
	}
	return entitlement.Entitlement(r), err
}

func (s *Store) DeleteEntitlement(ctx context.Context, id string) error {
	res := s.db.WithContext(ctx).Where("id = ?", id).Delete(&entitlementRow{})
	if res.Error == nil && res.RowsAffected == 0 {
		return obperr.EntitlementNotFound
	}
	return res.Error
}

func (s *Store) ListEntitlementsForUser(ctx context.Context, userID string) ([]entitlement.Entitlement, error) {
	var rows []entitlementRow
	if err := s.db.WithContext(ctx).Where("user_id = ?", userID).Order("created_at, id").Find(&rows).Error; err != nil {
		return nil, err
	}
	return toEntitlements(rows), nil
}

func (s *Store) ListEntitlementsForUsers(ctx context.Context, userIDs []string) ([]entitlement.Entitlement, error) {
	if len(userIDs) == 0 {
		return nil, nil
	}
	var rows []entitlementRow
	if err := s.db.WithContext(ctx).Where("user_id IN ?", userIDs).Order("user_id, created_at, id").Find(&rows).Error; err != nil {
		return nil, err
	}
	return toEntitlements(rows), nil
}

func toEntitlements(rows []entitlementRow) []entitlement.Entitlement {
	out := make([]entitlement.Entitlement, len(rows))
	for i, r := range rows {
		out[i] = entitlement.Entitlement(r)
	}
	return out
}

func (s *Store) CreateRequest(ctx context.Context, r entitlement.Request) error {
	err := s.db.WithContext(ctx).Create(ptr(entitlementRequestRow(r))).Error
	if isUniqueViolation(err) {
		return obperr.EntitlementRequestAlreadyExists
	}
	return err
}

func (s *Store) GetRequest(ctx context.Context, id string) (entitlement.Request, error) {
	var r entitlementRequestRow
	err := s.db.WithContext(ctx).Where("id = ?", id).Take(&r).Error
	if notFound(err) {
		return entitlement.Request{}, obperr.EntitlementRequestNotFound
	}
	return entitlement.Request(r), err
}

func (s *Store) DeleteRequest(ctx context.Context, id string) error {
	res := s.db.WithContext(ctx).Where("id = ?", id).Delete(&entitlementRequestRow{})
	if res.Error == nil && res.RowsAffected == 0 {
		return obperr.EntitlementRequestNotFound
	}
	return res.Error
}

func (s *Store) ListRequests(ctx context.Context, userID string, limit, offset int) ([]entitlement.Request, error) {
	q := s.db.WithContext(ctx).Order("created_at, id")
	if userID != "" {
		q = q.Where("user_id = ?", userID)
	}
	var rows []entitlementRequestRow
	if err := page(q, limit, offset).Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]entitlement.Request, len(rows))
	for i, r := range rows {
		out[i] = entitlement.Request(r)
	}
	return out, nil
}
