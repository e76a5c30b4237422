package mapped

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/obperr"
)

var _ customer.Connector = (*Connector)(nil)

type customerRow struct {
	ID                       string `gorm:"primaryKey"`
	BankID                   string
	CustomerNumber           string
	LegalName                string
	MobilePhoneNumber        string
	Email                    string
	FaceImageURL             string `gorm:"column:face_image_url"`
	FaceImageDate            *time.Time
	DateOfBirth              *time.Time
	RelationshipStatus       string
	Dependants               int
	DobOfDependants          string // JSON array of days
	CreditRating             string
	CreditRatingSource       string
	CreditLimitCurrency      string
	CreditLimitAmount        string
	HighestEducationAttained string
	EmploymentStatus         string
	KycStatus                bool
	LastOKDate               *time.Time `gorm:"column:last_ok_date"`
	Title                    string
	BranchID                 string
	NameSuffix               string
	CreatedAt                time.Time
}

func (customerRow) TableName() string { return "customers" }

// CreateCustomer implements customer.Connector.
func (c *Connector) CreateCustomer(ctx context.Context, cu customer.Customer) (customer.Customer, error) {
	row, err := toCustomerRow(cu)
	if err != nil {
		return customer.Customer{}, err
	}
	err = c.db.WithContext(ctx).Create(&row).Error
	if isUniqueViolation(err) {
		return customer.Customer{}, obperr.CustomerNumberAlreadyExists
	}
	if err != nil {
		return customer.Customer{}, err
	}
	return fromCustomerRow(row)
}

// GetCustomers implements customer.Connector.
func (c *Connector) GetCustomers(ctx context.Context, bankID string, limit, offset int) ([]customer.Customer, error) {
	var rows []customerRow
	q := c.db.WithContext(ctx).Where("bank_id = ?", bankID).Order("created_at, id")
	if err := page(q, limit, offset).Find(&rows).Error; err != nil {
		return nil, err
	}
	return fromCustomerRows(rows)
}

// GetCustomerByCustomerID implements customer.Connector.
func (c *Connector) GetCustomerByCustomerID(ctx context.Context, customerID string) (customer.Customer, error) {
	var row customerRow
	err := c.db.WithContext(ctx).Where("id = ?", customerID).Take(&row).Error
	if notFound(err) {
		return customer.Customer{}, obperr.CustomerNotFoundByCustomerID
	}
	if err != nil {
		return customer.Customer{}, err
	}
	return fromCustomerRow(row)
}

// GetCustomersByUserID implements customer.Connector: one join over the user's links.
func (c *Connector) GetCustomersByUserID(ctx context.Context, userID string) ([]customer.Customer, error) {
	var rows []customerRow
	err := c.db.WithContext(ctx).
		Joins("JOIN user_customer_links l ON l.customer_id = customers.id").
		Where("l.user_id = ?", userID).
		Order("customers.bank_id, customers.created_at, customers.id").
		Find(&rows).Error
	if err != nil {
		return nil, err
	}
	return fromCustomerRows(rows)
}

// CheckCustomerNumberAvailable implements customer.Connector.
func (c *Connector) CheckCustomerNumberAvailable(ctx context.Context, bankID, customerNumber string) (bool, error) {
	var n int64
	err := c.db.WithContext(ctx).Model(&customerRow{}).
		Where("bank_id = ? AND customer_number = ?", bankID, customerNumber).Count(&n).Error
	return n == 0, err
}

func toCustomerRow(cu customer.Customer) (customerRow, error) {
	days := make([]string, len(cu.DobOfDependants))
	for i, d := range cu.DobOfDependants {
		days[i] = d.UTC().Format(time.DateOnly)
	}
	dob, err := json.Marshal(days)
	if err != nil {
		return customerRow{}, err
	}
	return customerRow{ID: cu.ID, BankID: cu.BankID, CustomerNumber: cu.Number, LegalName: cu.LegalName,
		MobilePhoneNumber: cu.MobilePhoneNumber, Email: cu.Email, FaceImageURL: cu.FaceImage.URL,
		FaceImageDate: utcPtr(cu.FaceImage.Date), DateOfBirth: utcPtr(cu.DateOfBirth), RelationshipStatus: cu.RelationshipStatus,
		Dependants: cu.Dependants, DobOfDependants: string(dob), CreditRating: cu.CreditRating.Rating,
		CreditRatingSource: cu.CreditRating.Source, CreditLimitCurrency: cu.CreditLimit.Currency,
		CreditLimitAmount: cu.CreditLimit.Amount, HighestEducationAttained: cu.HighestEducationAttained,
		EmploymentStatus: cu.EmploymentStatus, KycStatus: cu.KycStatus, LastOKDate: utcPtr(cu.LastOKDate),
		Title: cu.Title, BranchID: cu.BranchID, NameSuffix: cu.NameSuffix, CreatedAt: cu.CreatedAt.UTC()}, nil
}

func fromCustomerRow(r customerRow) (customer.Customer, error) {
	var days []string
	if err := json.Unmarshal([]byte(r.DobOfDependants), &days); err != nil {
		return customer.Customer{}, fmt.Errorf("customer %s: dob_of_dependants: %w", r.ID, err)
	}
	dob := make([]time.Time, 0, len(days))
	for _, d := range days {
		t, err := time.Parse(time.DateOnly, d)
		if err != nil {
			return customer.Customer{}, fmt.Errorf("customer %s: dob_of_dependants: %w", r.ID, err)
		}
		dob = append(dob, t)
	}
	return customer.Customer{BankID: r.BankID, ID: r.ID, Number: r.CustomerNumber, LegalName: r.LegalName,
		MobilePhoneNumber: r.MobilePhoneNumber, Email: r.Email,
		FaceImage:   customer.FaceImage{URL: r.FaceImageURL, Date: utcPtr(r.FaceImageDate)},
		DateOfBirth: utcPtr(r.DateOfBirth), RelationshipStatus: r.RelationshipStatus, Dependants: r.Dependants,
		DobOfDependants: dob, CreditRating: customer.CreditRating{Rating: r.CreditRating, Source: r.CreditRatingSource},
		CreditLimit:              customer.CreditLimit{Currency: r.CreditLimitCurrency, Amount: r.CreditLimitAmount},
		HighestEducationAttained: r.HighestEducationAttained, EmploymentStatus: r.EmploymentStatus,
		KycStatus: r.KycStatus, LastOKDate: utcPtr(r.LastOKDate), Title: r.Title, BranchID: r.BranchID,
		NameSuffix: r.NameSuffix, CreatedAt: r.CreatedAt.UTC()}, nil
}

func fromCustomerRows(rows []customerRow) ([]customer.Customer, error) {
	out := make([]customer.Customer, len(rows))
	for i, r := range rows {
		var err error
		if out[i], err = fromCustomerRow(r); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// utcPtr copies an optional time in UTC: PostgreSQL's TIMESTAMP keeps no zone.
func utcPtr(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}
