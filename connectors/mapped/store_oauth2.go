package mapped

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"gorm.io/gorm"

	"github.com/obp-go/obp/domain/oauth2"
)

// oauth2RecordRow is one grant of the embedded authorization server (migration 0024).
type oauth2RecordRow struct {
	Kind            string `gorm:"primaryKey"`
	Signature       string `gorm:"primaryKey"`
	RequestID       string
	ClientID        string
	Subject         string
	RequestedAt     time.Time
	Scopes          string
	GrantedScopes   string
	Audience        string
	GrantedAudience string
	Form            string
	Session         string
	Active          bool
	ExpiresAt       time.Time
	AccessSignature string
}

func (oauth2RecordRow) TableName() string { return "oauth2_records" }

var _ oauth2.Store = (*Store)(nil)

func (s *Store) CreateOAuth2Record(ctx context.Context, r oauth2.Record) error {
	return s.db.WithContext(ctx).Create(&oauth2RecordRow{Kind: string(r.Kind), Signature: r.Signature, RequestID: r.RequestID,
		ClientID: r.ClientID, Subject: r.Subject, RequestedAt: r.RequestedAt.UTC(), Scopes: jsonList(r.Scopes),
		GrantedScopes: jsonList(r.GrantedScopes), Audience: jsonList(r.Audience), GrantedAudience: jsonList(r.GrantedAudience),
		Form: r.Form, Session: string(r.Session), Active: r.Active, ExpiresAt: r.ExpiresAt.UTC(), AccessSignature: r.AccessSignature}).Error
}

func (s *Store) GetOAuth2Record(ctx context.Context, kind oauth2.Kind, signature string) (oauth2.Record, error) {
	var row oauth2RecordRow
	err := s.db.WithContext(ctx).Where("kind = ? AND signature = ?", string(kind), signature).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return oauth2.Record{}, oauth2.ErrNotFound
	}
	if err != nil {
		return oauth2.Record{}, err
	}
	r := oauth2.Record{Kind: oauth2.Kind(row.Kind), Signature: row.Signature, RequestID: row.RequestID, ClientID: row.ClientID,
		Subject: row.Subject, RequestedAt: row.RequestedAt.UTC(), Form: row.Form, Session: []byte(row.Session),
		Active: row.Active, ExpiresAt: row.ExpiresAt.UTC(), AccessSignature: row.AccessSignature}
	for _, l := range []struct {
		text string
		to   *[]string
	}{{row.Scopes, &r.Scopes}, {row.GrantedScopes, &r.GrantedScopes}, {row.Audience, &r.Audience}, {row.GrantedAudience, &r.GrantedAudience}} {
		if err := json.Unmarshal([]byte(l.text), l.to); err != nil {
			return oauth2.Record{}, err
		}
	}
	return r, nil
}

// DeleteOAuth2Record deletes one record. An access token's deletion (a revocation) is an
// authentication-state write: every process drops the callers it holds (FollowAuthState).
func (s *Store) DeleteOAuth2Record(ctx context.Context, kind oauth2.Kind, signature string) error {
	return s.deleteOAuth2(ctx, kind, "DELETE FROM oauth2_records WHERE kind = ? AND signature = ?", string(kind), signature)
}

// DeactivateOAuth2Record is a conditional update: of two requests redeeming one code or
// rotating one refresh token at once, exactly one changes the row.
func (s *Store) DeactivateOAuth2Record(ctx context.Context, kind oauth2.Kind, signature string) error {
	res := s.db.WithContext(ctx).Exec("UPDATE oauth2_records SET active = ? WHERE kind = ? AND signature = ? AND active",
		false, string(kind), signature)
	if res.Error == nil && res.RowsAffected == 0 {
		return oauth2.ErrInactive
	}
	return res.Error
}

func (s *Store) DeactivateOAuth2Request(ctx context.Context, kind oauth2.Kind, requestID string) error {
	return s.db.WithContext(ctx).Exec("UPDATE oauth2_records SET active = ? WHERE kind = ? AND request_id = ?",
		false, string(kind), requestID).Error
}

// DeleteOAuth2Request deletes every record of the kind and request; for access tokens
// (revoked with their refresh token, or with a replayed code) as DeleteOAuth2Record.
func (s *Store) DeleteOAuth2Request(ctx context.Context, kind oauth2.Kind, requestID string) error {
	return s.deleteOAuth2(ctx, kind, "DELETE FROM oauth2_records WHERE kind = ? AND request_id = ?", string(kind), requestID)
}

func (s *Store) deleteOAuth2(ctx context.Context, kind oauth2.Kind, sql string, args ...any) error {
	if kind != oauth2.KindAccess {
		return s.db.WithContext(ctx).Exec(sql, args...).Error
	}
	return s.authStateWrite(ctx, func(tx *gorm.DB) (bool, error) {
		res := tx.Exec(sql, args...)
		return res.RowsAffected > 0, res.Error
	})
}

// jsonList is a list as JSON text, [] for none.
func jsonList(l []string) string {
	if l == nil {
		l = []string{}
	}
	b, _ := json.Marshal(l)
	return string(b)
}
