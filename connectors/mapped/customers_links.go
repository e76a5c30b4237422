package mapped

import (
	"context"
	"time"

	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/obperr"
)

type userCustomerLinkRow struct {
	ID           string `gorm:"primaryKey"`
	UserID       string
	CustomerID   string
	BankID       string
	DateInserted time.Time
	IsActive     bool
}

func (userCustomerLinkRow) TableName() string { return "user_customer_links" }

// CreateUserCustomerLink implements customer.Connector; the unique (user_id, bank_id)
// index keeps a user to one customer per bank even when two requests race.
func (c *Connector) CreateUserCustomerLink(ctx context.Context, l customer.UserCustomerLink) (customer.UserCustomerLink, error) {
	l.DateInserted = l.DateInserted.UTC()
	err := c.db.WithContext(ctx).Create(ptr(userCustomerLinkRow(l))).Error
	if isUniqueViolation(err) {
		return customer.UserCustomerLink{}, obperr.CustomerAlreadyExistsForUser
	}
	return l, err
}

// GetUserCustomerLinksByUserID implements customer.Connector.
func (c *Connector) GetUserCustomerLinksByUserID(ctx context.Context, userID string) ([]customer.UserCustomerLink, error) {
	return c.userCustomerLinks(ctx, "user_id = ?", userID)
}

// GetUserCustomerLinksByCustomerID implements customer.Connector.
func (c *Connector) GetUserCustomerLinksByCustomerID(ctx context.Context, customerID string) ([]customer.UserCustomerLink, error) {
	return c.userCustomerLinks(ctx, "customer_id = ?", customerID)
}

func (c *Connector) userCustomerLinks(ctx context.Context, where string, arg string) ([]customer.UserCustomerLink, error) {
	var rows []userCustomerLinkRow
	if err := c.db.WithContext(ctx).Where(where, arg).Order("date_inserted, id").Find(&rows).Error; err != nil {
		return nil, err
	}
	out := make([]customer.UserCustomerLink, len(rows))
	for i, r := range rows {
		out[i] = toUserCustomerLink(r)
	}
	return out, nil
}

// GetUserCustomerLink implements customer.Connector.
func (c *Connector) GetUserCustomerLink(ctx context.Context, linkID string) (customer.UserCustomerLink, error) {
	var r userCustomerLinkRow
	err := c.db.WithContext(ctx).Where("id = ?", linkID).Take(&r).Error
	if notFound(err) {
		return customer.UserCustomerLink{}, obperr.UserCustomerLinkNotFound
	}
	return toUserCustomerLink(r), err
}

// DeleteUserCustomerLink implements customer.Connector.
func (c *Connector) DeleteUserCustomerLink(ctx context.Context, linkID string) error {
	res := c.db.WithContext(ctx).Where("id = ?", linkID).Delete(&userCustomerLinkRow{})
	if res.Error == nil && res.RowsAffected == 0 {
		return obperr.UserCustomerLinkNotFound
	}
	return res.Error
}

func toUserCustomerLink(r userCustomerLinkRow) customer.UserCustomerLink {
	l := customer.UserCustomerLink(r)
	l.DateInserted = l.DateInserted.UTC()
	return l
}
