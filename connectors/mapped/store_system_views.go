package mapped

import (
	"context"
	"encoding/json"
	"time"

	"gorm.io/gorm"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/view"
)

type systemViewRow struct {
	ID                      string `gorm:"primaryKey"`
	ShortName               string
	Description             string
	MetadataView            string
	IsFirehose              bool
	Alias                   string
	HideMetadataIfAliasUsed bool
	Allowed                 string // JSON list of permission names
	CanGrantAccessToViews   string // JSON list of view ids
	CanRevokeAccessToViews  string // JSON list of view ids
	CreatedAt               time.Time
}

func (systemViewRow) TableName() string { return "system_views" }

func toSystemViewRow(v view.View, created time.Time) systemViewRow {
	// The permissions are stored as the custom views store them.
	perms := toCustomViewRow(v, created).Allowed
	grant, _ := json.Marshal(append([]string{}, v.CanGrantAccessToViews...))
	revoke, _ := json.Marshal(append([]string{}, v.CanRevokeAccessToViews...))
	return systemViewRow{ID: v.ID, ShortName: v.ShortName, Description: v.Description, MetadataView: v.MetadataView,
		IsFirehose: v.IsFirehose, Alias: v.Alias, HideMetadataIfAliasUsed: v.HideMetadataIfAliasUsed, Allowed: perms,
		CanGrantAccessToViews: string(grant), CanRevokeAccessToViews: string(revoke), CreatedAt: created}
}

func (r systemViewRow) toDomain() view.View {
	v := customViewRow{Allowed: r.Allowed}.toDomain()
	v.ID, v.ShortName, v.Description, v.MetadataView, v.IsSystem, v.IsFirehose = r.ID, r.ShortName, r.Description, r.MetadataView, true, r.IsFirehose
	v.Alias, v.HideMetadataIfAliasUsed = r.Alias, r.HideMetadataIfAliasUsed
	_ = json.Unmarshal([]byte(r.CanGrantAccessToViews), &v.CanGrantAccessToViews)
	_ = json.Unmarshal([]byte(r.CanRevokeAccessToViews), &v.CanRevokeAccessToViews)
	return v
}

// CreateSystemView implements view.SystemStore: the view, and no grant left from an
// earlier view of its id, in one transaction.
func (s *Store) CreateSystemView(ctx context.Context, v view.View) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(ptr(toSystemViewRow(v, s.clock.Now()))).Error; err != nil {
			if isUniqueViolation(err) {
				return obperr.SystemViewAlreadyExists
			}
			return err
		}
		return tx.Where("view_id = ?", v.ID).Delete(&accessRow{}).Error
	})
}

// UpdateSystemView implements view.SystemStore.
func (s *Store) UpdateSystemView(ctx context.Context, v view.View) error {
	r := toSystemViewRow(v, s.clock.Now())
	res := s.db.WithContext(ctx).Model(&systemViewRow{}).Where("id = ?", v.ID).
		Updates(map[string]any{"description": r.Description, "metadata_view": r.MetadataView, "is_firehose": r.IsFirehose,
			"alias": r.Alias, "hide_metadata_if_alias_used": r.HideMetadataIfAliasUsed, "allowed": r.Allowed,
			"can_grant_access_to_views": r.CanGrantAccessToViews, "can_revoke_access_to_views": r.CanRevokeAccessToViews})
	if res.Error == nil && res.RowsAffected == 0 {
		return obperr.SystemViewNotFound
	}
	return res.Error
}

// DeleteSystemView implements view.SystemStore: one statement deletes the view only while
// no grant of it exists; when it deleted nothing, the view is either missing or granted.
func (s *Store) DeleteSystemView(ctx context.Context, viewID string) error {
	db := s.db.WithContext(ctx)
	res := db.Where("id = ? AND NOT EXISTS (SELECT 1 FROM account_access WHERE view_id = ?)", viewID, viewID).Delete(&systemViewRow{})
	if res.Error != nil || res.RowsAffected > 0 {
		return res.Error
	}
	if _, err := s.GetSystemView(ctx, viewID); err != nil {
		return err
	}
	return obperr.DeleteSystemViewError.With("View %s is granted on accounts: revoke those grants first.", viewID)
}

// GetSystemView implements view.SystemStore.
func (s *Store) GetSystemView(ctx context.Context, viewID string) (view.View, error) {
	var r systemViewRow
	err := s.db.WithContext(ctx).Where("id = ?", viewID).Take(&r).Error
	if notFound(err) {
		return view.View{}, obperr.SystemViewNotFound
	}
	return r.toDomain(), err
}

// ListSystemViews implements view.SystemStore.
func (s *Store) ListSystemViews(ctx context.Context) ([]view.View, error) {
	var rows []systemViewRow
	if err := s.db.WithContext(ctx).Order("id").Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]view.View, len(rows))
	for i, r := range rows {
		out[i] = r.toDomain()
	}
	return out, nil
}

// ListPublicViews implements view.PublicViewStore.
func (s *Store) ListPublicViews(ctx context.Context, bankID string) ([]view.View, error) {
	q := s.db.WithContext(ctx).Where("is_public = ?", true)
	if bankID != "" {
		q = q.Where("bank_id = ?", bankID)
	}
	return s.listCustomViews(q)
}
