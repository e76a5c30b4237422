package mapped

import (
	"context"

	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/user"
)

// ListUsersByEmail pages the users with this address exactly (index users_email, 0011).
func (s *Store) ListUsersByEmail(ctx context.Context, email string, limit, offset int) ([]user.User, error) {
	var rows []userRow
	q := s.db.WithContext(ctx).Where("email = ?", email).Order("created_at, id")
	if err := page(q, limit, offset).Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]user.User, len(rows))
	for i, r := range rows {
		out[i] = r.toDomain()
	}
	return out, nil
}

// ListEntitlements pages every entitlement, or one role's (index entitlements_role, 0011).
func (s *Store) ListEntitlements(ctx context.Context, roleName string, limit, offset int) ([]entitlement.Entitlement, error) {
	q := s.db.WithContext(ctx).Order("created_at, id")
	if roleName != "" {
		q = q.Where("role_name = ?", roleName)
	}
	var rows []entitlementRow
	if err := page(q, limit, offset).Find(&rows).Error; err != nil {
		return nil, err
	}
	return toEntitlements(rows), nil
}
