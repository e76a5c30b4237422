package mapped

import (
	"context"
	"encoding/json"
	"time"

	"gorm.io/gorm/clause"

	"github.com/obp-go/obp/domain/kycsubmission"
	"github.com/obp-go/obp/domain/obperr"
)

type kycPartnerRow struct {
	ConsumerID     string `gorm:"primaryKey"`
	BankID         string `gorm:"primaryKey"`
	CallbackURL    string
	CallbackSecret string // sealed
	CreatedAt      time.Time
}

func (kycPartnerRow) TableName() string { return "kyc_partners" }

func (s *Store) UpsertPartner(ctx context.Context, p kycsubmission.Partner, sealedSecret string) error {
	return s.db.WithContext(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "consumer_id"}, {Name: "bank_id"}},
		DoUpdates: clause.AssignmentColumns([]string{"callback_url", "callback_secret"}),
	}).Create(&kycPartnerRow{ConsumerID: p.ConsumerID, BankID: p.BankID, CallbackURL: p.CallbackURL,
		CallbackSecret: sealedSecret, CreatedAt: p.CreatedAt}).Error
}

func (s *Store) GetPartner(ctx context.Context, consumerID, bankID string) (kycsubmission.Partner, string, error) {
	var r kycPartnerRow
	err := s.db.WithContext(ctx).Where("consumer_id = ? AND bank_id = ?", consumerID, bankID).Take(&r).Error
	if notFound(err) {
		return kycsubmission.Partner{}, "", obperr.KycPartnerNotFound
	}
	return kycsubmission.Partner{ConsumerID: r.ConsumerID, BankID: r.BankID, CallbackURL: r.CallbackURL, CreatedAt: r.CreatedAt.UTC()},
		r.CallbackSecret, err
}

type kycSubmissionRow struct {
	ID               string `gorm:"primaryKey"`
	ConsumerID       string
	BankID           string
	CustomerID       string
	Type             string
	Family           string
	MaxBytes         int64
	Status           string
	PartnerSessionID string
	ObjectKey        string
	ContentType      string
	Size             int64
	SHA256           string `gorm:"column:sha256"`
	Reasons          string // JSON list
	CallbackID       string
	CreatedAt        time.Time
	UpdatedAt        time.Time
}

func (kycSubmissionRow) TableName() string { return "kyc_submissions" }

func toKycSubmissionRow(k kycsubmission.Submission) (kycSubmissionRow, error) {
	reasons, err := reasonsJSON(k.Reasons)
	return kycSubmissionRow{ID: k.ID, ConsumerID: k.ConsumerID, BankID: k.BankID, CustomerID: k.CustomerID, Type: k.Type,
		Family: string(k.Family), MaxBytes: k.MaxBytes, Status: string(k.Status), PartnerSessionID: k.PartnerSessionID,
		ObjectKey: k.ObjectKey, ContentType: k.ContentType, Size: k.Size, SHA256: k.SHA256, Reasons: reasons,
		CallbackID: k.CallbackID, CreatedAt: k.CreatedAt, UpdatedAt: k.UpdatedAt}, err
}

func reasonsJSON(reasons []string) (string, error) {
	if reasons == nil {
		reasons = []string{}
	}
	b, err := json.Marshal(reasons)
	return string(b), err
}

func (r kycSubmissionRow) toDomain() (kycsubmission.Submission, error) {
	k := kycsubmission.Submission{ID: r.ID, ConsumerID: r.ConsumerID, BankID: r.BankID, CustomerID: r.CustomerID, Type: r.Type,
		Family: kycsubmission.Family(r.Family), MaxBytes: r.MaxBytes, Status: kycsubmission.Status(r.Status),
		PartnerSessionID: r.PartnerSessionID, ObjectKey: r.ObjectKey, ContentType: r.ContentType, Size: r.Size, SHA256: r.SHA256,
		CallbackID: r.CallbackID, CreatedAt: r.CreatedAt.UTC(), UpdatedAt: r.UpdatedAt.UTC()}
	return k, json.Unmarshal([]byte(r.Reasons), &k.Reasons)
}

func (s *Store) CreateSubmission(ctx context.Context, k kycsubmission.Submission) error {
	row, err := toKycSubmissionRow(k)
	if err != nil {
		return err
	}
	return s.db.WithContext(ctx).Create(&row).Error
}

func (s *Store) GetSubmission(ctx context.Context, id string) (kycsubmission.Submission, error) {
	var r kycSubmissionRow
	err := s.db.WithContext(ctx).Where("id = ?", id).Take(&r).Error
	if notFound(err) {
		return kycsubmission.Submission{}, obperr.KycSubmissionNotFound
	}
	if err != nil {
		return kycsubmission.Submission{}, err
	}
	return r.toDomain()
}

func (s *Store) ClaimUpload(ctx context.Context, id string, at time.Time) (bool, error) {
	res := s.db.WithContext(ctx).Model(&kycSubmissionRow{}).Where("id = ? AND status = ?", id, string(kycsubmission.URLIssued)).
		Updates(map[string]any{"status": string(kycsubmission.Uploading), "updated_at": at})
	return res.RowsAffected == 1, res.Error
}

func (s *Store) FinishUpload(ctx context.Context, k kycsubmission.Submission) error {
	reasons, err := reasonsJSON(k.Reasons)
	if err != nil {
		return err
	}
	return s.db.WithContext(ctx).Model(&kycSubmissionRow{}).Where("id = ? AND status = ?", k.ID, string(kycsubmission.Uploading)).
		Updates(map[string]any{"status": string(k.Status), "object_key": k.ObjectKey, "content_type": k.ContentType,
			"size": k.Size, "sha256": k.SHA256, "reasons": reasons, "updated_at": k.UpdatedAt}).Error
}

func (s *Store) MoveSubmission(ctx context.Context, id string, from, to kycsubmission.Status, at time.Time) (bool, error) {
	res := s.db.WithContext(ctx).Model(&kycSubmissionRow{}).Where("id = ? AND status = ?", id, string(from)).
		Updates(map[string]any{"status": string(to), "updated_at": at})
	return res.RowsAffected == 1, res.Error
}

func (s *Store) DecideSubmission(ctx context.Context, k kycsubmission.Submission) (bool, error) {
	reasons, err := reasonsJSON(k.Reasons)
	if err != nil {
		return false, err
	}
	res := s.db.WithContext(ctx).Model(&kycSubmissionRow{}).Where("id = ? AND status = ?", k.ID, string(kycsubmission.Processing)).
		Updates(map[string]any{"status": string(k.Status), "reasons": reasons, "updated_at": k.UpdatedAt})
	return res.RowsAffected == 1, res.Error
}

func (s *Store) SetCallbackID(ctx context.Context, id, deliveryID string) error {
	return s.db.WithContext(ctx).Model(&kycSubmissionRow{}).Where("id = ?", id).Update("callback_id", deliveryID).Error
}

func (s *Store) ListSubmissions(ctx context.Context, consumerID, bankID, customerID string, limit, offset int) ([]kycsubmission.Submission, error) {
	var rows []kycSubmissionRow
	err := s.db.WithContext(ctx).Where("consumer_id = ? AND bank_id = ? AND customer_id = ?", consumerID, bankID, customerID).
		Order("created_at DESC, id").Limit(limit).Offset(offset).Find(&rows).Error
	if err != nil {
		return nil, err
	}
	out := make([]kycsubmission.Submission, len(rows))
	for i, r := range rows {
		if out[i], err = r.toDomain(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// UploadedTypes are the types of the customer's stored files that were not rejected.
func (s *Store) UploadedTypes(ctx context.Context, bankID, customerID string) ([]string, error) {
	var types []string
	err := s.db.WithContext(ctx).Model(&kycSubmissionRow{}).Distinct("type").
		Where("bank_id = ? AND customer_id = ? AND status IN ?", bankID, customerID,
			[]string{string(kycsubmission.Uploaded), string(kycsubmission.Processing), string(kycsubmission.Approved)}).
		Pluck("type", &types).Error
	return types, err
}
