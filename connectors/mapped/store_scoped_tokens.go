package mapped

import (
	"context"
	"encoding/json"
	"net/netip"
	"time"

	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/domain/scopedtoken"
)

// scopedTokenRow is a scoped access token: the hash of its value, never the value.
type scopedTokenRow struct {
	ID              string `gorm:"primaryKey"`
	TokenHash       string
	CreatedByUserID string
	UserID          string
	ConsumerID      string
	BankID          string
	AccessRight     string
	AccountIDs      string `gorm:"column:account_ids"`
	AllowedIPs      string `gorm:"column:allowed_ips"`
	OperationIDs    string `gorm:"column:operation_ids"`
	CreatedAt       time.Time
	ExpiresAt       time.Time
	RefreshBefore   time.Time
	RevokedAt       *time.Time
}

func (scopedTokenRow) TableName() string { return "scoped_access_tokens" }

const scopedTokenColumns = `t.id, t.token_hash, t.created_by_user_id, t.user_id, t.consumer_id, t.bank_id, t.access_right,
	t.account_ids, t.allowed_ips, t.operation_ids, t.created_at, t.expires_at, t.refresh_before, t.revoked_at`

func toScopedTokenRow(t scopedtoken.Token, hash string) (scopedTokenRow, error) {
	ips := make([]string, len(t.AllowedIPs))
	for i, p := range t.AllowedIPs {
		ips[i] = p.String()
	}
	accounts, err := json.Marshal(append([]string{}, t.AccountIDs...))
	if err != nil {
		return scopedTokenRow{}, err
	}
	addresses, err := json.Marshal(ips)
	if err != nil {
		return scopedTokenRow{}, err
	}
	ops, err := json.Marshal(append([]string{}, t.OperationIDs...))
	if err != nil {
		return scopedTokenRow{}, err
	}
	return scopedTokenRow{ID: t.ID, TokenHash: hash, CreatedByUserID: t.CreatedByUserID, UserID: t.UserID, ConsumerID: t.ConsumerID,
		BankID: t.BankID, AccessRight: string(t.Access), AccountIDs: string(accounts), AllowedIPs: string(addresses),
		OperationIDs: string(ops), CreatedAt: t.CreatedAt, ExpiresAt: t.ExpiresAt, RefreshBefore: t.RefreshBefore, RevokedAt: t.RevokedAt}, nil
}

func (r scopedTokenRow) toDomain() (scopedtoken.Token, error) {
	t := scopedtoken.Token{ID: r.ID, CreatedByUserID: r.CreatedByUserID, UserID: r.UserID, ConsumerID: r.ConsumerID, BankID: r.BankID,
		Access: auth.Access(r.AccessRight), CreatedAt: r.CreatedAt.UTC(), ExpiresAt: r.ExpiresAt.UTC(), RefreshBefore: r.RefreshBefore.UTC()}
	if r.RevokedAt != nil {
		at := r.RevokedAt.UTC()
		t.RevokedAt = &at
	}
	var ips []string
	for _, f := range []struct {
		raw  string
		dest *[]string
	}{{r.AccountIDs, &t.AccountIDs}, {r.AllowedIPs, &ips}, {r.OperationIDs, &t.OperationIDs}} {
		if err := json.Unmarshal([]byte(f.raw), f.dest); err != nil {
			return scopedtoken.Token{}, err
		}
	}
	for _, s := range ips {
		p, err := netip.ParsePrefix(s)
		if err != nil {
			return scopedtoken.Token{}, err
		}
		t.AllowedIPs = append(t.AllowedIPs, p)
	}
	return t, nil
}

var _ scopedtoken.Store = (*Store)(nil)

// CreateScopedToken implements scopedtoken.Store.
func (s *Store) CreateScopedToken(ctx context.Context, t scopedtoken.Token, hash string) error {
	row, err := toScopedTokenRow(t, hash)
	if err != nil {
		return err
	}
	return s.db.WithContext(ctx).Create(&row).Error
}

// ScopedTokenByHash implements scopedtoken.Store: the token, its user's lock and its
// consumer's state and limits in one query.
func (s *Store) ScopedTokenByHash(ctx context.Context, hash string) (scopedtoken.Held, error) {
	var row struct {
		Token                        scopedTokenRow `gorm:"embedded"`
		Username                     string
		LockedAt                     *time.Time
		Enabled                      bool
		PerMinuteLimit, PerHourLimit int
	}
	err := scanRaw(s.db.WithContext(ctx), &row, `SELECT `+scopedTokenColumns+`, u.username, u.locked_at, c.enabled, c.per_minute_limit, c.per_hour_limit
		FROM scoped_access_tokens t JOIN users u ON u.id = t.user_id JOIN consumers c ON c.id = t.consumer_id
		WHERE t.token_hash = ?`, hash)
	if err != nil {
		return scopedtoken.Held{}, err
	}
	if row.Token.ID == "" {
		return scopedtoken.Held{}, scopedtoken.ErrNotFound
	}
	t, err := row.Token.toDomain()
	return scopedtoken.Held{Token: t, Username: row.Username, UserLocked: row.LockedAt != nil, ConsumerEnabled: row.Enabled,
		PerMinuteLimit: row.PerMinuteLimit, PerHourLimit: row.PerHourLimit}, err
}

// ScopedToken implements scopedtoken.Store.
func (s *Store) ScopedToken(ctx context.Context, id string) (scopedtoken.Token, error) {
	var row scopedTokenRow
	if err := s.db.WithContext(ctx).Where("id = ?", id).Take(&row).Error; err != nil {
		if notFound(err) {
			return scopedtoken.Token{}, scopedtoken.ErrNotFound
		}
		return scopedtoken.Token{}, err
	}
	return row.toDomain()
}

// ListScopedTokens implements scopedtoken.Store.
func (s *Store) ListScopedTokens(ctx context.Context, creatorID, bankID string) ([]scopedtoken.Token, error) {
	var rows []scopedTokenRow
	err := s.db.WithContext(ctx).Where("created_by_user_id = ? AND bank_id = ?", creatorID, bankID).
		Order("created_at DESC, id").Find(&rows).Error
	if err != nil {
		return nil, err
	}
	out := make([]scopedtoken.Token, 0, len(rows))
	for _, r := range rows {
		t, err := r.toDomain()
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// RevokeScopedToken implements scopedtoken.Store.
func (s *Store) RevokeScopedToken(ctx context.Context, id, creatorID, bankID string, at time.Time) (bool, error) {
	res := s.db.WithContext(ctx).Exec(`UPDATE scoped_access_tokens SET revoked_at = ?
		WHERE id = ? AND created_by_user_id = ? AND bank_id = ? AND revoked_at IS NULL`, at, id, creatorID, bankID)
	if res.Error != nil || res.RowsAffected > 0 {
		return res.Error == nil, res.Error
	}
	var n int64
	err := s.db.WithContext(ctx).Model(&scopedTokenRow{}).Where("id = ? AND created_by_user_id = ? AND bank_id = ?", id, creatorID, bankID).
		Count(&n).Error
	return n > 0, err
}

// ExtendScopedToken implements scopedtoken.Store: one conditional update, so a refresh
// never revives a token revoked or lapsed meanwhile.
func (s *Store) ExtendScopedToken(ctx context.Context, id string, now, until time.Time) (bool, error) {
	res := s.db.WithContext(ctx).Exec(`UPDATE scoped_access_tokens SET refresh_before = ?
		WHERE id = ? AND revoked_at IS NULL AND refresh_before > ? AND expires_at > ? AND ? <= expires_at`, until, id, now, now, until)
	return res.RowsAffected > 0, res.Error
}

// LapseScopedToken implements scopedtoken.Store.
func (s *Store) LapseScopedToken(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Exec(`UPDATE scoped_access_tokens SET revoked_at = refresh_before
		WHERE id = ? AND revoked_at IS NULL`, id).Error
}
