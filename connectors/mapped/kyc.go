package mapped

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"gorm.io/gorm/clause"

	"github.com/obp-go/obp/domain/kyc"
	"github.com/obp-go/obp/domain/obperr"
)

var _ kyc.Connector = (*Connector)(nil)

// upsertKyc stores a KYC record under its id in one statement. The update applies only
// to a row of the same bank and customer, so that an id never moves to another customer;
// the (bank_id, customer_id) foreign key refuses a customer that is not at the bank.
func (c *Connector) upsertKyc(ctx context.Context, table string, row any, columns []string) error {
	owner := clause.Expr{SQL: table + ".bank_id = excluded.bank_id AND " + table + ".customer_id = excluded.customer_id"}
	res := c.db.WithContext(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "id"}},
		DoUpdates: clause.AssignmentColumns(columns),
		Where:     clause.Where{Exprs: []clause.Expression{owner}},
	}).Create(row)
	switch {
	case isForeignKeyViolation(res.Error):
		return obperr.CustomerNotFoundByCustomerID
	case res.Error != nil:
		return res.Error
	case res.RowsAffected == 0:
		return obperr.KycIDAlreadyExists
	}
	return nil
}

// isForeignKeyViolation reports a reference to a missing row on either engine.
func isForeignKeyViolation(err error) bool {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return pgErr.Code == "23503"
	}
	return err != nil && strings.Contains(err.Error(), "FOREIGN KEY constraint failed")
}

type kycDocumentRow struct {
	ID             string `gorm:"primaryKey"`
	BankID         string
	CustomerID     string
	CustomerNumber string
	Type           string
	Number         string
	IssueDate      time.Time
	IssuePlace     string
	ExpiryDate     time.Time
	CreatedAt      time.Time
}

func (kycDocumentRow) TableName() string { return "kyc_documents" }

// CreateOrUpdateKycDocument implements kyc.Connector.
func (c *Connector) CreateOrUpdateKycDocument(ctx context.Context, d kyc.Document) (kyc.Document, error) {
	d.IssueDate, d.ExpiryDate = d.IssueDate.UTC(), d.ExpiryDate.UTC()
	row := kycDocumentRow{ID: d.ID, BankID: d.BankID, CustomerID: d.CustomerID, CustomerNumber: d.CustomerNumber,
		Type: d.Type, Number: d.Number, IssueDate: d.IssueDate, IssuePlace: d.IssuePlace, ExpiryDate: d.ExpiryDate,
		CreatedAt: c.clock.Now().UTC()}
	err := c.upsertKyc(ctx, "kyc_documents", &row,
		[]string{"customer_number", "type", "number", "issue_date", "issue_place", "expiry_date"})
	return d, err
}

// GetKycDocuments implements kyc.Connector.
func (c *Connector) GetKycDocuments(ctx context.Context, customerID string) ([]kyc.Document, error) {
	var rows []kycDocumentRow
	if err := c.db.WithContext(ctx).Where("customer_id = ?", customerID).Order("created_at, id").Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]kyc.Document, len(rows))
	for i, r := range rows {
		out[i] = kyc.Document{ID: r.ID, BankID: r.BankID, CustomerID: r.CustomerID, CustomerNumber: r.CustomerNumber,
			Type: r.Type, Number: r.Number, IssueDate: r.IssueDate.UTC(), IssuePlace: r.IssuePlace, ExpiryDate: r.ExpiryDate.UTC()}
	}
	return out, nil
}

type kycCheckRow struct {
	ID             string `gorm:"primaryKey"`
	BankID         string
	CustomerID     string
	CustomerNumber string
	Date           time.Time
	How            string
	StaffUserID    string
	StaffName      string
	Satisfied      bool
	Comments       string
	CreatedAt      time.Time
}

func (kycCheckRow) TableName() string { return "kyc_checks" }

// CreateOrUpdateKycCheck implements kyc.Connector.
func (c *Connector) CreateOrUpdateKycCheck(ctx context.Context, k kyc.Check) (kyc.Check, error) {
	k.Date = k.Date.UTC()
	row := kycCheckRow{ID: k.ID, BankID: k.BankID, CustomerID: k.CustomerID, CustomerNumber: k.CustomerNumber,
		Date: k.Date, How: k.How, StaffUserID: k.StaffUserID, StaffName: k.StaffName, Satisfied: k.Satisfied,
		Comments: k.Comments, CreatedAt: c.clock.Now().UTC()}
	err := c.upsertKyc(ctx, "kyc_checks", &row,
		[]string{"customer_number", "date", "how", "staff_user_id", "staff_name", "satisfied", "comments"})
	return k, err
}

// GetKycChecks implements kyc.Connector.
func (c *Connector) GetKycChecks(ctx context.Context, customerID string) ([]kyc.Check, error) {
	var rows []kycCheckRow
	if err := c.db.WithContext(ctx).Where("customer_id = ?", customerID).Order("created_at, id").Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]kyc.Check, len(rows))
	for i, r := range rows {
		out[i] = kyc.Check{ID: r.ID, BankID: r.BankID, CustomerID: r.CustomerID, CustomerNumber: r.CustomerNumber,
			Date: r.Date.UTC(), How: r.How, StaffUserID: r.StaffUserID, StaffName: r.StaffName, Satisfied: r.Satisfied,
			Comments: r.Comments}
	}
	return out, nil
}
