package mapped

import (
	"context"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/payment"
)

type transactionRequestRow struct {
	ID              string `gorm:"primaryKey"`
	BankID          string
	AccountID       string
	ViewID          string
	Type            string
	Status          string
	Currency        string
	Amount          int64
	ToBankID        string
	ToAccountID     string
	CounterpartyID  string
	RefundOf        string
	External        bool
	Description     string
	ChargePolicy    string
	Details         string
	TransactionID   string
	Failure         string
	RequiredAnswers int
	CreatedByUserID string
	ConsumerID      string
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

func (transactionRequestRow) TableName() string { return "transaction_requests" }

func toRequestRow(r payment.Request) transactionRequestRow {
	return transactionRequestRow{ID: r.ID, BankID: r.From.BankID, AccountID: r.From.AccountID, ViewID: r.ViewID, Type: string(r.Type),
		Status: string(r.Status), Currency: r.Amount.Currency, Amount: r.Amount.Minor, ToBankID: r.To.BankID, ToAccountID: r.To.AccountID,
		CounterpartyID: r.CounterpartyID, RefundOf: r.RefundOf, External: r.External, Description: r.Description,
		ChargePolicy: r.ChargePolicy, Details: r.Details, TransactionID: r.TransactionID, Failure: r.Failure,
		RequiredAnswers: r.RequiredAnswers, CreatedByUserID: r.CreatedBy, ConsumerID: r.ConsumerID,
		CreatedAt: r.Created, UpdatedAt: r.Updated}
}

func (r transactionRequestRow) toDomain() payment.Request {
	return payment.Request{ID: r.ID, From: account.Ref{BankID: r.BankID, AccountID: r.AccountID}, ViewID: r.ViewID,
		Type: payment.Type(r.Type), Status: payment.Status(r.Status), Amount: money.Money{Currency: r.Currency, Minor: r.Amount},
		To: account.Ref{BankID: r.ToBankID, AccountID: r.ToAccountID}, CounterpartyID: r.CounterpartyID, RefundOf: r.RefundOf,
		External: r.External, Description: r.Description, ChargePolicy: r.ChargePolicy, Details: r.Details,
		TransactionID: r.TransactionID, Failure: r.Failure, RequiredAnswers: r.RequiredAnswers, CreatedBy: r.CreatedByUserID,
		ConsumerID: r.ConsumerID, Created: r.CreatedAt.UTC(), Updated: r.UpdatedAt.UTC()}
}

var _ payment.Store = (*Store)(nil)

// CreateTransactionRequest implements payment.Store. The unique index on live refunds
// decides between racing refunds of one transaction; exactly one is stored.
func (s *Store) CreateTransactionRequest(ctx context.Context, r payment.Request) error {
	return s.requestConflict(ctx, r, s.db.WithContext(ctx).Create(ptr(toRequestRow(r))).Error)
}

// requestConflict names the unique violation that refused storing r: its id is taken (a
// retry), or another live request refunds the same transaction.
func (s *Store) requestConflict(ctx context.Context, r payment.Request, err error) error {
	if !isUniqueViolation(err) {
		return err
	}
	var n int64
	if cerr := s.db.WithContext(ctx).Model(&transactionRequestRow{}).Where("id = ?", r.ID).Count(&n).Error; cerr != nil {
		return cerr
	}
	if n > 0 {
		return payment.ErrRequestExists
	}
	if r.RefundOf != "" {
		return obperr.RefundedTransaction
	}
	return err
}

// DiscardTransactionRequest implements payment.Store.
func (s *Store) DiscardTransactionRequest(ctx context.Context, id string) error {
	return s.db.WithContext(ctx).Where("id = ? AND status = ?", id, string(payment.Initiated)).Delete(&transactionRequestRow{}).Error
}

func (s *Store) GetTransactionRequest(ctx context.Context, id string) (payment.Request, error) {
	var r transactionRequestRow
	err := s.db.WithContext(ctx).Where("id = ?", id).Take(&r).Error
	if notFound(err) {
		return payment.Request{}, obperr.TransactionRequestNotFound
	}
	return r.toDomain(), err
}

func (s *Store) ListTransactionRequests(ctx context.Context, ref account.Ref, limit, offset int) ([]payment.Request, error) {
	var rows []transactionRequestRow
	q := s.db.WithContext(ctx).Where("bank_id = ? AND account_id = ?", ref.BankID, ref.AccountID).Order("created_at DESC, id")
	if err := page(q, limit, offset).Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]payment.Request, len(rows))
	for i, r := range rows {
		out[i] = r.toDomain()
	}
	return out, nil
}

// Transition is a conditional update: of two racing callers exactly one sees ok.
func (s *Store) Transition(ctx context.Context, id string, from []payment.Status, to payment.Status) (bool, error) {
	res := s.db.WithContext(ctx).Model(&transactionRequestRow{}).Where("id = ? AND status IN ?", id, statuses(from)).
		Updates(map[string]any{"status": string(to), "updated_at": s.clock.Now()})
	return res.RowsAffected == 1, res.Error
}

func (s *Store) Finish(ctx context.Context, id string, from []payment.Status, to payment.Status, transactionID, failure string) (bool, error) {
	res := s.db.WithContext(ctx).Model(&transactionRequestRow{}).Where("id = ? AND status IN ?", id, statuses(from)).
		Updates(map[string]any{"status": string(to), "transaction_id": transactionID, "failure": failure, "updated_at": s.clock.Now()})
	return res.RowsAffected == 1, res.Error
}

func (s *Store) ActiveRefundOf(ctx context.Context, transactionID string) (payment.Request, bool, error) {
	var r transactionRequestRow
	err := s.db.WithContext(ctx).Where("refund_of = ? AND status NOT IN ?", transactionID,
		[]string{string(payment.Failed), string(payment.Rejected), string(payment.Cancelled)}).Take(&r).Error
	if notFound(err) {
		return payment.Request{}, false, nil
	}
	return r.toDomain(), err == nil, err
}

func (s *Store) StaleProcessing(ctx context.Context, before time.Time) ([]payment.Request, error) {
	var rows []transactionRequestRow
	if err := s.db.WithContext(ctx).Where("status = ? AND updated_at < ?", string(payment.Processing), before).
		Order("updated_at").Limit(100).Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]payment.Request, len(rows))
	for i, r := range rows {
		out[i] = r.toDomain()
	}
	return out, nil
}

func statuses(ss []payment.Status) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = string(s)
	}
	return out
}
