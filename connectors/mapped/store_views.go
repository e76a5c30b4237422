package mapped

import (
	"context"
	"encoding/json"
	"sort"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/view"
)

type customViewRow struct {
	BankID                  string `gorm:"primaryKey"`
	AccountID               string `gorm:"primaryKey"`
	ID                      string `gorm:"primaryKey"`
	ShortName               string
	Description             string
	MetadataView            string
	IsPublic                bool
	Alias                   string
	HideMetadataIfAliasUsed bool
	Allowed                 string // JSON list of permission names
	CreatedAt               time.Time
}

func (customViewRow) TableName() string { return "custom_views" }

type accessRow struct {
	UserID    string `gorm:"primaryKey"`
	BankID    string `gorm:"primaryKey"`
	AccountID string `gorm:"primaryKey"`
	ViewID    string `gorm:"primaryKey"`
	CreatedAt time.Time
}

func (accessRow) TableName() string { return "account_access" }

var _ view.Store = (*Store)(nil)

func toCustomViewRow(v view.View, created time.Time) customViewRow {
	names := make([]string, 0, len(v.Allowed))
	for p, ok := range v.Allowed {
		if ok {
			names = append(names, string(p))
		}
	}
	sort.Strings(names)
	b, _ := json.Marshal(names)
	return customViewRow{BankID: v.BankID, AccountID: v.AccountID, ID: v.ID, ShortName: v.ShortName, Description: v.Description,
		MetadataView: v.MetadataView, IsPublic: v.IsPublic, Alias: v.Alias, HideMetadataIfAliasUsed: v.HideMetadataIfAliasUsed,
		Allowed: string(b), CreatedAt: created}
}

func (r customViewRow) toDomain() view.View {
	var names []string
	_ = json.Unmarshal([]byte(r.Allowed), &names)
	allowed := make(map[view.Permission]bool, len(names))
	for _, n := range names {
		allowed[view.Permission(n)] = true
	}
	return view.View{ID: r.ID, BankID: r.BankID, AccountID: r.AccountID, ShortName: r.ShortName, Description: r.Description,
		MetadataView: r.MetadataView, IsPublic: r.IsPublic, Alias: r.Alias, HideMetadataIfAliasUsed: r.HideMetadataIfAliasUsed,
		Allowed: allowed, CanGrantAccessToViews: []string{}, CanRevokeAccessToViews: []string{}}
}

func (s *Store) CreateCustomView(ctx context.Context, v view.View) error {
	err := s.db.WithContext(ctx).Create(ptr(toCustomViewRow(v, s.clock.Now()))).Error
	if isUniqueViolation(err) {
		return obperr.InvalidCustomViewFormat.With("A view named %s already exists on this account.", v.ID)
	}
	return err
}

func (s *Store) UpdateCustomView(ctx context.Context, v view.View) error {
	r := toCustomViewRow(v, s.clock.Now())
	res := s.db.WithContext(ctx).Model(&customViewRow{}).
		Where("bank_id = ? AND account_id = ? AND id = ?", v.BankID, v.AccountID, v.ID).
		Updates(map[string]any{"description": r.Description, "metadata_view": r.MetadataView, "is_public": r.IsPublic,
			"alias": r.Alias, "hide_metadata_if_alias_used": r.HideMetadataIfAliasUsed, "allowed": r.Allowed})
	if res.Error == nil && res.RowsAffected == 0 {
		return obperr.ViewNotFound
	}
	return res.Error
}

// DeleteCustomView removes the view and its grants in one transaction.
func (s *Store) DeleteCustomView(ctx context.Context, ref account.Ref, viewID string) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		res := tx.Where("bank_id = ? AND account_id = ? AND id = ?", ref.BankID, ref.AccountID, viewID).Delete(&customViewRow{})
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return obperr.ViewNotFound
		}
		return tx.Where("bank_id = ? AND account_id = ? AND view_id = ?", ref.BankID, ref.AccountID, viewID).Delete(&accessRow{}).Error
	})
}

func (s *Store) GetCustomView(ctx context.Context, ref account.Ref, viewID string) (view.View, error) {
	var r customViewRow
	err := s.db.WithContext(ctx).Where("bank_id = ? AND account_id = ? AND id = ?", ref.BankID, ref.AccountID, viewID).Take(&r).Error
	if notFound(err) {
		return view.View{}, obperr.ViewNotFound
	}
	return r.toDomain(), err
}

func (s *Store) ListCustomViews(ctx context.Context, ref account.Ref) ([]view.View, error) {
	return s.listCustomViews(s.db.WithContext(ctx).Where("bank_id = ? AND account_id = ?", ref.BankID, ref.AccountID))
}

func (s *Store) ListCustomViewsFor(ctx context.Context, refs []account.Ref) ([]view.View, error) {
	if len(refs) == 0 {
		return nil, nil
	}
	where, args := refsWhereColumns(refs, "bank_id", "account_id")
	return s.listCustomViews(s.db.WithContext(ctx).Where(where, args...))
}

func (s *Store) listCustomViews(q *gorm.DB) ([]view.View, error) {
	var rows []customViewRow
	if err := q.Order("bank_id, account_id, id").Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]view.View, len(rows))
	for i, r := range rows {
		out[i] = r.toDomain()
	}
	return out, nil
}

// GrantAccess records a grant; granting what is granted changes nothing.
func (s *Store) GrantAccess(ctx context.Context, a view.Access) error {
	return s.db.WithContext(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(&accessRow{
		UserID: a.UserID, BankID: a.BankID, AccountID: a.AccountID, ViewID: a.ViewID, CreatedAt: s.clock.Now()}).Error
}

func (s *Store) RevokeAccess(ctx context.Context, a view.Access) error {
	res := s.db.WithContext(ctx).Where("user_id = ? AND bank_id = ? AND account_id = ? AND view_id = ?",
		a.UserID, a.BankID, a.AccountID, a.ViewID).Delete(&accessRow{})
	if res.Error == nil && res.RowsAffected == 0 {
		return obperr.CannotFindAccountAccess
	}
	return res.Error
}

func (s *Store) ListAccessForUser(ctx context.Context, userID string) ([]view.Access, error) {
	return s.listAccess(s.db.WithContext(ctx).Where("user_id = ?", userID))
}

func (s *Store) ListAccessForUsers(ctx context.Context, userIDs []string) ([]view.Access, error) {
	if len(userIDs) == 0 {
		return nil, nil
	}
	return s.listAccess(s.db.WithContext(ctx).Where("user_id IN ?", userIDs))
}

func (s *Store) ListAccessForAccount(ctx context.Context, ref account.Ref) ([]view.Access, error) {
	return s.listAccess(s.db.WithContext(ctx).Where("bank_id = ? AND account_id = ?", ref.BankID, ref.AccountID))
}

func (s *Store) listAccess(q *gorm.DB) ([]view.Access, error) {
	var rows []accessRow
	if err := q.Order("user_id, bank_id, account_id, view_id").Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]view.Access, len(rows))
	for i, r := range rows {
		out[i] = view.Access{UserID: r.UserID, BankID: r.BankID, AccountID: r.AccountID, ViewID: r.ViewID}
	}
	return out, nil
}
