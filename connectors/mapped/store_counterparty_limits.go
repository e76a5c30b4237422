package mapped

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/counterpartylimit"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/payment"
)

type counterpartyLimitRow struct {
	ID                             string `gorm:"primaryKey"`
	BankID                         string
	AccountID                      string
	ViewID                         string
	CounterpartyID                 string
	Currency                       string
	MaxSingleAmount                int64
	MaxMonthlyAmount               int64
	MaxNumberOfMonthlyTransactions int64
	MaxYearlyAmount                int64
	MaxNumberOfYearlyTransactions  int64
	MaxTotalAmount                 int64
	MaxNumberOfTransactions        int64
	CreatedAt                      time.Time
}

func (counterpartyLimitRow) TableName() string { return "counterparty_limits" }

func (r counterpartyLimitRow) toDomain() counterpartylimit.Limit {
	return counterpartylimit.Limit{ID: r.ID, BankID: r.BankID, AccountID: r.AccountID, ViewID: r.ViewID,
		CounterpartyID: r.CounterpartyID, Currency: r.Currency, MaxSingleAmount: r.MaxSingleAmount,
		MaxMonthlyAmount: r.MaxMonthlyAmount, MaxNumberOfMonthlyTransactions: r.MaxNumberOfMonthlyTransactions,
		MaxYearlyAmount: r.MaxYearlyAmount, MaxNumberOfYearlyTransactions: r.MaxNumberOfYearlyTransactions,
		MaxTotalAmount: r.MaxTotalAmount, MaxNumberOfTransactions: r.MaxNumberOfTransactions, CreatedAt: r.CreatedAt.UTC()}
}

func toCounterpartyLimitRow(l counterpartylimit.Limit) counterpartyLimitRow {
	return counterpartyLimitRow{ID: l.ID, BankID: l.BankID, AccountID: l.AccountID, ViewID: l.ViewID,
		CounterpartyID: l.CounterpartyID, Currency: l.Currency, MaxSingleAmount: l.MaxSingleAmount,
		MaxMonthlyAmount: l.MaxMonthlyAmount, MaxNumberOfMonthlyTransactions: l.MaxNumberOfMonthlyTransactions,
		MaxYearlyAmount: l.MaxYearlyAmount, MaxNumberOfYearlyTransactions: l.MaxNumberOfYearlyTransactions,
		MaxTotalAmount: l.MaxTotalAmount, MaxNumberOfTransactions: l.MaxNumberOfTransactions, CreatedAt: l.CreatedAt.UTC()}
}

type counterpartyLimitUsageRow struct {
	TransactionRequestID string `gorm:"primaryKey"`
	LimitID              string
	Amount               int64
	CreatedAt            time.Time
}

func (counterpartyLimitUsageRow) TableName() string { return "counterparty_limit_usage" }

var (
	_ counterpartylimit.Store = (*Store)(nil)
	_ payment.Limits          = (*Store)(nil)
)

// CreateCounterpartyLimit implements counterpartylimit.Store.
func (s *Store) CreateCounterpartyLimit(ctx context.Context, l counterpartylimit.Limit) error {
	err := s.db.WithContext(ctx).Create(ptr(toCounterpartyLimitRow(l))).Error
	if isUniqueViolation(err) {
		return obperr.CounterpartyLimitAlreadyExists
	}
	return err
}

// GetCounterpartyLimit implements counterpartylimit.Store.
func (s *Store) GetCounterpartyLimit(ctx context.Context, ref account.Ref, viewID, counterpartyID string) (counterpartylimit.Limit, error) {
	var r counterpartyLimitRow
	err := s.db.WithContext(ctx).Where("bank_id = ? AND account_id = ? AND view_id = ? AND counterparty_id = ?",
		ref.BankID, ref.AccountID, viewID, counterpartyID).Take(&r).Error
	if notFound(err) {
		return counterpartylimit.Limit{}, obperr.GetCounterpartyLimitError
	}
	return r.toDomain(), err
}

// UpdateCounterpartyLimit implements counterpartylimit.Store.
func (s *Store) UpdateCounterpartyLimit(ctx context.Context, l counterpartylimit.Limit) error {
	r := toCounterpartyLimitRow(l)
	res := s.db.WithContext(ctx).Model(&counterpartyLimitRow{}).Where("id = ?", l.ID).Updates(map[string]any{
		"currency": r.Currency, "max_single_amount": r.MaxSingleAmount, "max_monthly_amount": r.MaxMonthlyAmount,
		"max_number_of_monthly_transactions": r.MaxNumberOfMonthlyTransactions, "max_yearly_amount": r.MaxYearlyAmount,
		"max_number_of_yearly_transactions": r.MaxNumberOfYearlyTransactions, "max_total_amount": r.MaxTotalAmount,
		"max_number_of_transactions": r.MaxNumberOfTransactions})
	if res.Error == nil && res.RowsAffected == 0 {
		return obperr.GetCounterpartyLimitError
	}
	return res.Error
}

// DeleteCounterpartyLimit implements counterpartylimit.Store; the usage rows go with it.
func (s *Store) DeleteCounterpartyLimit(ctx context.Context, ref account.Ref, viewID, counterpartyID string) error {
	res := s.db.WithContext(ctx).Where("bank_id = ? AND account_id = ? AND view_id = ? AND counterparty_id = ?",
		ref.BankID, ref.AccountID, viewID, counterpartyID).Delete(&counterpartyLimitRow{})
	if res.Error == nil && res.RowsAffected == 0 {
		return obperr.GetCounterpartyLimitError
	}
	return res.Error
}

// CounterpartyLimitUsage implements counterpartylimit.Store.
func (s *Store) CounterpartyLimitUsage(ctx context.Context, limitID string, at time.Time) (counterpartylimit.Usage, error) {
	return limitUsage(s.db.WithContext(ctx), limitID, at)
}

// LimitOn implements payment.Limits.
func (s *Store) LimitOn(ctx context.Context, ref account.Ref, viewID, counterpartyID string) (counterpartylimit.Limit, bool, error) {
	l, err := s.GetCounterpartyLimit(ctx, ref, viewID, counterpartyID)
	if errors.Is(err, obperr.GetCounterpartyLimitError) {
		return l, false, nil
	}
	return l, err == nil, err
}

// ViewHasLimits implements payment.Limits.
func (s *Store) ViewHasLimits(ctx context.Context, ref account.Ref, viewID string) (bool, error) {
	var ids []string
	err := s.db.WithContext(ctx).Model(&counterpartyLimitRow{}).Where("bank_id = ? AND account_id = ? AND view_id = ?",
		ref.BankID, ref.AccountID, viewID).Limit(1).Pluck("id", &ids).Error
	return len(ids) > 0, err
}

// CreateTransactionRequestWithin implements payment.Limits. The limit row is the lock:
// FOR UPDATE on PostgreSQL; SQLite's one connection already serialises every writer. So
// two payments under one limit never both read the usage before either wrote its own.
func (s *Store) CreateTransactionRequestWithin(ctx context.Context, r payment.Request, limitID string) error {
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		q := tx.Where("id = ?", limitID)
		if s.engine == Postgres {
			q = q.Clauses(clause.Locking{Strength: "UPDATE"})
		}
		var l counterpartyLimitRow
		if err := q.Take(&l).Error; err != nil {
			if notFound(err) {
				return obperr.CounterpartyLimitValidationError.With("The limit on this counterparty was removed.")
			}
			return err
		}
		used, err := limitUsage(tx, limitID, r.Created)
		if err != nil {
			return err
		}
		if err := l.toDomain().Admit(used, r.Amount); err != nil {
			return err
		}
		if err := tx.Create(ptr(toRequestRow(r))).Error; err != nil {
			return err
		}
		return tx.Create(&counterpartyLimitUsageRow{TransactionRequestID: r.ID, LimitID: limitID, Amount: r.Amount.Minor,
			CreatedAt: r.Created.UTC()}).Error
	})
	return s.requestConflict(ctx, r, err)
}

// limitUsage sums what counts against a limit at time at: every payment under it but
// those that FAILED, were REJECTED or CANCELLED.
func limitUsage(db *gorm.DB, limitID string, at time.Time) (counterpartylimit.Usage, error) {
	month, year := counterpartylimit.Windows(at)
	var row struct {
		MonthCount, MonthMinor, YearCount, YearMinor, TotalCount, TotalMinor int64
	}
	err := db.Raw(`SELECT
			CAST(COALESCE(SUM(CASE WHEN u.created_at >= ? THEN 1 ELSE 0 END), 0) AS BIGINT) AS month_count,
			CAST(COALESCE(SUM(CASE WHEN u.created_at >= ? THEN u.amount ELSE 0 END), 0) AS BIGINT) AS month_minor,
			CAST(COALESCE(SUM(CASE WHEN u.created_at >= ? THEN 1 ELSE 0 END), 0) AS BIGINT) AS year_count,
			CAST(COALESCE(SUM(CASE WHEN u.created_at >= ? THEN u.amount ELSE 0 END), 0) AS BIGINT) AS year_minor,
			CAST(COUNT(*) AS BIGINT) AS total_count,
			CAST(COALESCE(SUM(u.amount), 0) AS BIGINT) AS total_minor
		FROM counterparty_limit_usage u JOIN transaction_requests t ON t.id = u.transaction_request_id
		WHERE u.limit_id = ? AND t.status NOT IN ?`,
		month, month, year, year, limitID, statuses(notCounted)).Scan(&row).Error
	return counterpartylimit.Usage{Month: counterpartylimit.Tally{Count: row.MonthCount, Minor: row.MonthMinor},
		Year:  counterpartylimit.Tally{Count: row.YearCount, Minor: row.YearMinor},
		Total: counterpartylimit.Tally{Count: row.TotalCount, Minor: row.TotalMinor}}, err
}

// notCounted are the statuses of requests that moved no money and never will.
var notCounted = []payment.Status{payment.Failed, payment.Rejected, payment.Cancelled}
