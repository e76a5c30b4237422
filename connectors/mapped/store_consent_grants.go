package mapped

import (
	"context"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/obp-go/obp/domain/consent"
	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/domain/view"
)

// AcceptConsent claims the consent with a conditional update first, so that of parallel
// acceptances exactly one goes on to create the consent's user and its grants.
func (s *Store) AcceptConsent(ctx context.Context, id string, at time.Time, u user.User, access []view.Access,
	roles []entitlement.Entitlement) (bool, error) {
	ok := false
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		res := tx.Exec("UPDATE consents SET status = ?, last_action_at = ? WHERE id = ? AND status = ?",
			string(consent.Accepted), at, id, string(consent.Initiated))
		if res.Error != nil || res.RowsAffected == 0 {
			return res.Error
		}
		if err := tx.Create(ptr(userRow(u))).Error; err != nil {
			return err
		}
		if err := grant(tx, u.ID, at, access, roles); err != nil {
			return err
		}
		ok = true
		return nil
	})
	return ok && err == nil, err
}

// grant gives userID access and roles; what is granted already stays as it is.
func grant(tx *gorm.DB, userID string, at time.Time, access []view.Access, roles []entitlement.Entitlement) error {
	if len(access) > 0 {
		rows := make([]accessRow, len(access))
		for i, a := range access {
			rows[i] = accessRow{UserID: userID, BankID: a.BankID, AccountID: a.AccountID, ViewID: a.ViewID, CreatedAt: at}
		}
		if err := tx.Clauses(clause.OnConflict{DoNothing: true}).Create(&rows).Error; err != nil {
			return err
		}
	}
	if len(roles) == 0 {
		return nil
	}
	rows := make([]entitlementRow, len(roles))
	for i, e := range roles {
		if e.ID == "" {
			e.ID = ids.New()
		}
		e.UserID = userID
		if e.CreatedAt.IsZero() {
			e.CreatedAt = at
		}
		rows[i] = entitlementRow(e)
	}
	return tx.Clauses(clause.OnConflict{DoNothing: true}).Create(&rows).Error
}

// SetConsentStatus moves the consent with a conditional update and, unless it becomes
// ACCEPTED, drops every grant of its user in the same transaction.
func (s *Store) SetConsentStatus(ctx context.Context, id string, from []consent.Status, to consent.Status, at time.Time) (bool, error) {
	if len(from) == 0 {
		return false, nil
	}
	names := make([]string, len(from))
	for i, st := range from {
		names[i] = string(st)
	}
	ok := false
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		res := tx.Exec("UPDATE consents SET status = ?, last_action_at = ? WHERE id = ? AND status IN ?", string(to), at, id, names)
		if res.Error != nil || res.RowsAffected == 0 {
			return res.Error
		}
		if to != consent.Accepted {
			const user = "user_id = (SELECT user_id FROM consents WHERE id = ?)"
			if err := tx.Where(user, id).Delete(&accessRow{}).Error; err != nil {
				return err
			}
			if err := tx.Where(user, id).Delete(&entitlementRow{}).Error; err != nil {
				return err
			}
		}
		ok = true
		return nil
	})
	return ok && err == nil, err
}

// DropGrants removes the listed grants of userID, whatever user the items name.
func (s *Store) DropGrants(ctx context.Context, userID string, access []view.Access, roles []entitlement.Entitlement) error {
	if len(access) == 0 && len(roles) == 0 {
		return nil
	}
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		for _, a := range access {
			if err := tx.Where("user_id = ? AND bank_id = ? AND account_id = ? AND view_id = ?",
				userID, a.BankID, a.AccountID, a.ViewID).Delete(&accessRow{}).Error; err != nil {
				return err
			}
		}
		for _, e := range roles {
			if err := tx.Where("user_id = ? AND bank_id = ? AND role_name = ?", userID, e.BankID, e.RoleName).
				Delete(&entitlementRow{}).Error; err != nil {
				return err
			}
		}
		return nil
	})
}
