package mapped

import (
	"context"
	"encoding/base64"
	"time"

	"gorm.io/gorm/clause"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/tms"
)

var _ tms.Store = (*Store)(nil)

type tmsRow struct {
	ID                               string `gorm:"primaryKey"`
	BankID                           string
	UserID                           string
	ConsumerID                       string
	Text                             string
	External                         bool
	Data                             string
	RetrievalTimeout                 int
	TmsTimeout                       int
	RequireExplicitAuthentication    bool
	RequireFreshnessOfAuthentication int
	AuditMessage                     string
	Status                           string
	StartedAt                        time.Time
	RetrieveBy                       time.Time
	RetrievedAt                      *time.Time
	AnswerBy                         *time.Time
	CompletedAt                      *time.Time
	CompletedBy                      string
	SignedData                       string
}

func (tmsRow) TableName() string { return "tms" }

func toTmsRow(t tms.TMS) tmsRow {
	return tmsRow{ID: t.ID, BankID: t.BankID, UserID: t.UserID, ConsumerID: t.ConsumerID, Text: t.Data.Text,
		External: t.Data.External, Data: string(t.Data.Data), RetrievalTimeout: t.RetrievalTimeout, TmsTimeout: t.TmsTimeout,
		RequireExplicitAuthentication: t.RequireExplicitAuthentication, RequireFreshnessOfAuthentication: t.RequireFreshnessOfAuthentication,
		AuditMessage: t.AuditMessage, Status: string(t.Status), StartedAt: t.StartedAt.UTC(), RetrieveBy: t.RetrieveBy.UTC(),
		RetrievedAt: utcPtr(t.RetrievedAt), AnswerBy: utcPtr(t.AnswerBy), CompletedAt: utcPtr(t.CompletedAt), CompletedBy: t.CompletedBy,
		SignedData: base64.StdEncoding.EncodeToString(t.SignedData)}
}

func (r tmsRow) toDomain() (tms.TMS, error) {
	sig, err := base64.StdEncoding.DecodeString(r.SignedData)
	return tms.TMS{ID: r.ID, BankID: r.BankID, UserID: r.UserID, ConsumerID: r.ConsumerID,
		Data:             tms.Data{Text: r.Text, External: r.External, Data: []byte(r.Data)},
		RetrievalTimeout: r.RetrievalTimeout, TmsTimeout: r.TmsTimeout, RequireExplicitAuthentication: r.RequireExplicitAuthentication,
		RequireFreshnessOfAuthentication: r.RequireFreshnessOfAuthentication, AuditMessage: r.AuditMessage, Status: tms.Status(r.Status),
		StartedAt: r.StartedAt.UTC(), RetrieveBy: r.RetrieveBy.UTC(), RetrievedAt: utcPtr(r.RetrievedAt), AnswerBy: utcPtr(r.AnswerBy),
		CompletedAt: utcPtr(r.CompletedAt), CompletedBy: r.CompletedBy, SignedData: sig}, err
}

// CreateTms implements tms.Store.
func (s *Store) CreateTms(ctx context.Context, t tms.TMS) error {
	return s.db.WithContext(ctx).Create(ptr(toTmsRow(t))).Error
}

// GetTms implements tms.Store.
func (s *Store) GetTms(ctx context.Context, bankID, id string) (tms.TMS, error) {
	var r tmsRow
	err := s.db.WithContext(ctx).Where("id = ? AND bank_id = ?", id, bankID).Take(&r).Error
	if notFound(err) {
		return tms.TMS{}, obperr.TmsNotFound
	}
	if err != nil {
		return tms.TMS{}, err
	}
	return r.toDomain()
}

// PendingTms implements tms.Store.
func (s *Store) PendingTms(ctx context.Context, bankID, userID string, now time.Time) ([]tms.TMS, error) {
	var rows []tmsRow
	now = now.UTC()
	err := s.db.WithContext(ctx).Where(`bank_id = ? AND user_id = ? AND
		((status = ? AND retrieve_by > ?) OR (status = ? AND answer_by > ?))`,
		bankID, userID, string(tms.Started), now, string(tms.Retrieved), now).Order("started_at, id").Limit(100).Find(&rows).Error
	if err != nil {
		return nil, err
	}
	out := make([]tms.TMS, len(rows))
	for i, r := range rows {
		if out[i], err = r.toDomain(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// RetrieveTms implements tms.Store: one conditional update.
func (s *Store) RetrieveTms(ctx context.Context, id string, at, answerBy time.Time) (bool, error) {
	res := s.db.WithContext(ctx).Exec(`UPDATE tms SET status = ?, retrieved_at = ?, answer_by = ?
		WHERE id = ? AND status = ? AND retrieve_by > ?`,
		string(tms.Retrieved), at.UTC(), answerBy.UTC(), id, string(tms.Started), at.UTC())
	return res.RowsAffected == 1, res.Error
}

// CompleteTms implements tms.Store: one conditional update, so of two answers at once
// exactly one is recorded.
func (s *Store) CompleteTms(ctx context.Context, id string, c tms.Completion) (bool, error) {
	res := s.db.WithContext(ctx).Exec(`UPDATE tms SET status = ?, completed_at = ?, completed_by = ?, signed_data = ?
		WHERE id = ? AND status = ? AND answer_by > ?`,
		string(c.Status), c.At.UTC(), c.DeviceID, base64.StdEncoding.EncodeToString(c.SignedData), id, string(tms.Retrieved), c.At.UTC())
	return res.RowsAffected == 1, res.Error
}

// ExpireTms implements tms.Store: completed at the deadline that passed.
func (s *Store) ExpireTms(ctx context.Context, id string, now time.Time) error {
	now = now.UTC()
	return s.db.WithContext(ctx).Exec(`UPDATE tms SET status = ?,
		completed_at = CASE WHEN status = ? THEN retrieve_by ELSE answer_by END
		WHERE id = ? AND ((status = ? AND retrieve_by <= ?) OR (status = ? AND answer_by <= ?))`,
		string(tms.Expired), string(tms.Started), id, string(tms.Started), now, string(tms.Retrieved), now).Error
}

type tmsCARow struct {
	BankID      string `gorm:"primaryKey"`
	Certificate string
	Private     string
	CreatedAt   time.Time
}

func (tmsCARow) TableName() string { return "tms_cas" }

// TmsCA implements tms.Store.
func (s *Store) TmsCA(ctx context.Context, bankID string) (tms.StoredCA, bool, error) {
	var r tmsCARow
	err := s.db.WithContext(ctx).Where("bank_id = ?", bankID).Take(&r).Error
	if notFound(err) {
		return tms.StoredCA{}, false, nil
	}
	if err != nil {
		return tms.StoredCA{}, false, err
	}
	der, err := base64.StdEncoding.DecodeString(r.Certificate)
	return tms.StoredCA{BankID: r.BankID, Certificate: der, Private: r.Private, CreatedAt: r.CreatedAt.UTC()}, err == nil, err
}

// AddTmsCA implements tms.Store: the first CA stored for a bank stays.
func (s *Store) AddTmsCA(ctx context.Context, ca tms.StoredCA) error {
	return s.db.WithContext(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(&tmsCARow{BankID: ca.BankID,
		Certificate: base64.StdEncoding.EncodeToString(ca.Certificate), Private: ca.Private, CreatedAt: ca.CreatedAt.UTC()}).Error
}

// ResealTmsCA implements tms.Store.
func (s *Store) ResealTmsCA(ctx context.Context, bankID, private string) error {
	return s.db.WithContext(ctx).Model(&tmsCARow{}).Where("bank_id = ?", bankID).Update("private", private).Error
}
