package star

import (
	"context"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/customer"
)

// CreateCustomer implements customer.Connector.
func (c *Connector) CreateCustomer(ctx context.Context, cu customer.Customer) (customer.Customer, error) {
	t, err := c.forBank(port.CreateCustomer, cu.BankID)
	if err != nil {
		return customer.Customer{}, err
	}
	return t.conn.CreateCustomer(ctx, cu)
}

// GetCustomers implements customer.Connector.
func (c *Connector) GetCustomers(ctx context.Context, bankID string, limit, offset int) ([]customer.Customer, error) {
	t, err := c.forBank(port.GetCustomers, bankID)
	if err != nil {
		return nil, err
	}
	return t.conn.GetCustomers(ctx, bankID, limit, offset)
}

// GetCustomerByCustomerID implements customer.Connector.
func (c *Connector) GetCustomerByCustomerID(ctx context.Context, id string) (customer.Customer, error) {
	targets, err := c.forAny(port.GetCustomerByCustomerID)
	if err != nil {
		return customer.Customer{}, err
	}
	return first(targets, func(t target) (customer.Customer, error) { return t.conn.GetCustomerByCustomerID(ctx, id) })
}

// GetCustomersByUserID implements customer.Connector.
func (c *Connector) GetCustomersByUserID(ctx context.Context, userID string) ([]customer.Customer, error) {
	targets, err := c.forAny(port.GetCustomersByUserID)
	if err != nil {
		return nil, err
	}
	return merge(targets, func(t target) ([]customer.Customer, error) { return t.conn.GetCustomersByUserID(ctx, userID) })
}

// CheckCustomerNumberAvailable implements customer.Connector.
func (c *Connector) CheckCustomerNumberAvailable(ctx context.Context, bankID, number string) (bool, error) {
	t, err := c.forBank(port.CheckCustomerNumberAvailable, bankID)
	if err != nil {
		return false, err
	}
	return t.conn.CheckCustomerNumberAvailable(ctx, bankID, number)
}

// CreateUserCustomerLink implements customer.Connector.
func (c *Connector) CreateUserCustomerLink(ctx context.Context, l customer.UserCustomerLink) (customer.UserCustomerLink, error) {
	t, err := c.forBank(port.CreateUserCustomerLink, l.BankID)
	if err != nil {
		return customer.UserCustomerLink{}, err
	}
	return t.conn.CreateUserCustomerLink(ctx, l)
}

// GetUserCustomerLinksByUserID implements customer.Connector.
func (c *Connector) GetUserCustomerLinksByUserID(ctx context.Context, userID string) ([]customer.UserCustomerLink, error) {
	targets, err := c.forAny(port.GetUserCustomerLinksByUserID)
	if err != nil {
		return nil, err
	}
	return merge(targets, func(t target) ([]customer.UserCustomerLink, error) {
		return t.conn.GetUserCustomerLinksByUserID(ctx, userID)
	})
}

// GetUserCustomerLinksByCustomerID implements customer.Connector.
func (c *Connector) GetUserCustomerLinksByCustomerID(ctx context.Context, customerID string) ([]customer.UserCustomerLink, error) {
	targets, err := c.forAny(port.GetUserCustomerLinksByCustomerID)
	if err != nil {
		return nil, err
	}
	return merge(targets, func(t target) ([]customer.UserCustomerLink, error) {
		return t.conn.GetUserCustomerLinksByCustomerID(ctx, customerID)
	})
}

// GetUserCustomerLink implements customer.Connector.
func (c *Connector) GetUserCustomerLink(ctx context.Context, linkID string) (customer.UserCustomerLink, error) {
	targets, err := c.forAny(port.GetUserCustomerLink)
	if err != nil {
		return customer.UserCustomerLink{}, err
	}
	return first(targets, func(t target) (customer.UserCustomerLink, error) { return t.conn.GetUserCustomerLink(ctx, linkID) })
}

// DeleteUserCustomerLink implements customer.Connector: the connector that has the link deletes it.
func (c *Connector) DeleteUserCustomerLink(ctx context.Context, linkID string) error {
	targets, err := c.forAny(port.DeleteUserCustomerLink)
	if err != nil {
		return err
	}
	t, _, err := owner(targets, func(t target) (customer.UserCustomerLink, error) { return t.conn.GetUserCustomerLink(ctx, linkID) })
	if err != nil {
		return err
	}
	return t.conn.DeleteUserCustomerLink(ctx, linkID)
}

// CreateOrUpdateCustomerAttribute implements customer.Connector.
func (c *Connector) CreateOrUpdateCustomerAttribute(ctx context.Context, bankID, customerID string, a customer.Attribute) (customer.Attribute, error) {
	t, err := c.forBank(port.CreateOrUpdateCustomerAttribute, bankID)
	if err != nil {
		return customer.Attribute{}, err
	}
	return t.conn.CreateOrUpdateCustomerAttribute(ctx, bankID, customerID, a)
}

// GetCustomerAttributes implements customer.Connector.
func (c *Connector) GetCustomerAttributes(ctx context.Context, bankID, customerID string) ([]customer.Attribute, error) {
	t, err := c.forBank(port.GetCustomerAttributes, bankID)
	if err != nil {
		return nil, err
	}
	return t.conn.GetCustomerAttributes(ctx, bankID, customerID)
}

// GetCustomerAttributesForCustomers implements customer.Connector: customer ids name no
// bank, so every connector the method is routed to adds the attributes it has.
func (c *Connector) GetCustomerAttributesForCustomers(ctx context.Context, customerIDs []string) (map[string][]customer.Attribute, error) {
	targets, err := c.forAny(port.GetCustomerAttributesForCustomers)
	if err != nil {
		return nil, err
	}
	if len(targets) == 1 {
		return targets[0].conn.GetCustomerAttributesForCustomers(ctx, customerIDs)
	}
	out := map[string][]customer.Attribute{}
	for _, t := range targets {
		m, err := t.conn.GetCustomerAttributesForCustomers(ctx, customerIDs)
		if err != nil {
			return nil, err
		}
		for id, attrs := range m {
			out[id] = append(out[id], attrs...)
		}
	}
	return out, nil
}
