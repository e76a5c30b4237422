package mapped

import (
	"context"
	"encoding/json"
	"time"

	"github.com/obp-go/obp/domain/consent"
	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/obperr"
)

type consentRow struct {
	ID              string `gorm:"primaryKey"`
	BankID          string
	CreatedBy       string
	UserID          string
	ConsumerID      string
	RequestID       string
	Status          string
	Method          string
	Claims          string // the JSON of consent.Claims
	KeyID           string
	VRP             bool   `gorm:"column:vrp"`
	CounterpartyIDs string `gorm:"column:counterparty_ids"` // JSON list
	FrequencyPerDay int
	APIStandard     string `gorm:"column:api_standard"`
	APIVersion      string `gorm:"column:api_version"`
	UsageDay        string
	UsesToday       int
	LastUsedAt      *time.Time
	LastActionAt    time.Time
	CreatedAt       time.Time
}

func (consentRow) TableName() string { return "consents" }

func toConsentRow(c consent.Consent) (consentRow, error) {
	claims, err := json.Marshal(c.Claims)
	if err != nil {
		return consentRow{}, err
	}
	counterparties := c.CounterpartyIDs
	if counterparties == nil {
		counterparties = []string{}
	}
	cps, err := json.Marshal(counterparties)
	if err != nil {
		return consentRow{}, err
	}
	return consentRow{ID: c.ID, BankID: c.BankID, CreatedBy: c.CreatedBy, UserID: c.UserID, ConsumerID: c.ConsumerID,
		RequestID: c.RequestID, Status: string(c.Status), Method: c.Method, Claims: string(claims), KeyID: c.KeyID, VRP: c.VRP,
		CounterpartyIDs: string(cps), FrequencyPerDay: c.FrequencyPerDay, APIStandard: c.APIStandard, APIVersion: c.APIVersion,
		LastUsedAt: c.LastUsedAt, LastActionAt: c.LastActionAt, CreatedAt: c.CreatedAt}, nil
}

func (r consentRow) toDomain() (consent.Consent, error) {
	c := consent.Consent{ID: r.ID, BankID: r.BankID, CreatedBy: r.CreatedBy, UserID: r.UserID, ConsumerID: r.ConsumerID,
		RequestID: r.RequestID, Status: consent.Status(r.Status), Method: r.Method, KeyID: r.KeyID, VRP: r.VRP,
		FrequencyPerDay: r.FrequencyPerDay, APIStandard: r.APIStandard, APIVersion: r.APIVersion,
		LastActionAt: r.LastActionAt.UTC(), CreatedAt: r.CreatedAt.UTC()}
	if r.LastUsedAt != nil {
		c.LastUsedAt = ptr(r.LastUsedAt.UTC())
	}
	if err := json.Unmarshal([]byte(r.Claims), &c.Claims); err != nil {
		return consent.Consent{}, err
	}
	if err := json.Unmarshal([]byte(r.CounterpartyIDs), &c.CounterpartyIDs); err != nil {
		return consent.Consent{}, err
	}
	return c, nil
}

var _ consent.Store = (*Store)(nil)

// CreateConsent leaves "one live consent per consent request" to the partial unique index
// consents_request_live (migration 0012), so that of two parallel calls one wins.
func (s *Store) CreateConsent(ctx context.Context, c consent.Consent) error {
	r, err := toConsentRow(c)
	if err != nil {
		return err
	}
	err = s.db.WithContext(ctx).Create(&r).Error
	if c.RequestID != "" && isUniqueViolation(err) {
		return obperr.ConsentRequestIsInvalid.With("The consent request %s already has a live consent.", c.RequestID)
	}
	return err
}

func (s *Store) DeleteInitiatedConsent(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Exec("DELETE FROM consents WHERE id = ? AND status = ?", id, string(consent.Initiated)).Error
}

func (s *Store) GetConsent(ctx context.Context, id string) (consent.Consent, error) {
	var r consentRow
	err := s.db.WithContext(ctx).Where("id = ?", id).Take(&r).Error
	if notFound(err) {
		return consent.Consent{}, obperr.ConsentNotFound
	}
	if err != nil {
		return consent.Consent{}, err
	}
	return r.toDomain()
}

// ListConsents lists the newest first.
func (s *Store) ListConsents(ctx context.Context, f consent.Filter) ([]consent.Consent, error) {
	q := s.db.WithContext(ctx).Order("created_at DESC, id DESC")
	for _, w := range [...]struct{ col, v string }{{"created_by", f.CreatedBy}, {"bank_id", f.BankID},
		{"consumer_id", f.ConsumerID}, {"request_id", f.RequestID}} {
		if w.v != "" {
			q = q.Where(w.col+" = ?", w.v)
		}
	}
	var rows []consentRow
	if err := page(q, f.Limit, f.Offset).Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]consent.Consent, len(rows))
	for i, r := range rows {
		c, err := r.toDomain()
		if err != nil {
			return nil, err
		}
		out[i] = c
	}
	return out, nil
}

// UseState reads the consent with its creator's lock in one query, and its consumer in a
// second.
func (s *Store) UseState(ctx context.Context, id string) (consent.UseState, error) {
	var r struct {
		Row             consentRow `gorm:"embedded"`
		CreatorLockedAt *time.Time
	}
	res := s.db.WithContext(ctx).Raw(`SELECT c.*, u.locked_at AS creator_locked_at FROM consents c
		LEFT JOIN users u ON u.id = c.created_by WHERE c.id = ?`, id).Scan(&r)
	if res.Error != nil {
		return consent.UseState{}, res.Error
	}
	if res.RowsAffected == 0 {
		return consent.UseState{}, obperr.ConsentNotFound
	}
	c, err := r.Row.toDomain()
	if err != nil {
		return consent.UseState{}, err
	}
	st := consent.UseState{Consent: c, CreatorLocked: r.CreatorLockedAt != nil}
	var rows []consumerRow
	if err := s.db.WithContext(ctx).Where("id = ?", c.ConsumerID).Limit(1).Find(&rows).Error; err != nil {
		return consent.UseState{}, err
	}
	if len(rows) == 1 {
		st.Consumer = ptr(consumer.Consumer(rows[0]))
	}
	return st, nil
}

// ReplaceViews rewrites the claims of a consent still INITIATED.
func (s *Store) ReplaceViews(ctx context.Context, id string, claims consent.Claims, at time.Time) (bool, error) {
	b, err := json.Marshal(claims)
	if err != nil {
		return false, err
	}
	res := s.db.WithContext(ctx).Exec("UPDATE consents SET claims = ?, last_action_at = ? WHERE id = ? AND status = ?",
		string(b), at, id, string(consent.Initiated))
	return res.RowsAffected == 1, res.Error
}

// RecordUse counts in one statement: a use on a new day starts the count at 1, and the
// limit is checked in the same WHERE, so parallel uses never count past perDay.
func (s *Store) RecordUse(ctx context.Context, id, day string, perDay int, at time.Time) (bool, error) {
	where, args := "id = ?", []any{day, day, at, id}
	if perDay > 0 {
		where += " AND (usage_day <> ? OR uses_today < ?)"
		args = append(args, day, perDay)
	}
	res := s.db.WithContext(ctx).Exec(`UPDATE consents SET
		uses_today = CASE WHEN usage_day = ? THEN uses_today + 1 ELSE 1 END, usage_day = ?, last_used_at = ?
		WHERE `+where, args...)
	if res.Error != nil || res.RowsAffected == 1 {
		return res.RowsAffected == 1, res.Error
	}
	var n int64
	if err := s.db.WithContext(ctx).Model(&consentRow{}).Where("id = ?", id).Count(&n).Error; err != nil {
		return false, err
	}
	if n == 0 {
		return false, obperr.ConsentNotFound
	}
	return false, nil
}
