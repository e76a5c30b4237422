package rest

import (
	"context"

	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/obperr"
)

// CreateCustomer is createCustomerC2, answered with the customer as stored: under the
// adapter's customerId, which an OBP adapter chooses itself. An answer without a
// customerId, or for another bank or number, is an invalid answer; one without our
// createdAt keeps the creation time this server gave.
func (c *Connector) CreateCustomer(ctx context.Context, cu customer.Customer) (customer.Customer, error) {
	data, err := send[CustomerCommons](ctx, c, createCustomer, func(occ OutboundAdapterCallContext) any {
		return newOutBoundCreateCustomerC2(occ, cu)
	})
	if err != nil {
		return customer.Customer{}, err
	}
	if data.CustomerID == "" || data.BankID != cu.BankID || data.Number != cu.Number {
		return customer.Customer{}, createCustomer.invalid.With(
			"the adapter answered customer %q at bank %q numbered %q for number %q at bank %q.",
			data.CustomerID, data.BankID, data.Number, cu.Number, cu.BankID)
	}
	got := data.Customer()
	if data.CreatedAt == nil {
		got.CreatedAt = cu.CreatedAt
	}
	return got, nil
}

// GetCustomers is getCustomers: a page of the bank's customers, oldest first.
func (c *Connector) GetCustomers(ctx context.Context, bankID string, limit, offset int) ([]customer.Customer, error) {
	return customers(send[[]CustomerCommons](ctx, c, getCustomers, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetCustomers{OutboundAdapterCallContext: occ, BankID: ID{bankID}, Limit: limit, Offset: offset,
			FromDate: allCustomersFrom, ToDate: allCustomersTo}
	}))
}

// GetCustomerByCustomerID is getCustomerByCustomerId: the customer, or
// obperr.CustomerNotFoundByCustomerID (the adapter's OBP-30046, or an answer without a
// customerId).
func (c *Connector) GetCustomerByCustomerID(ctx context.Context, customerID string) (customer.Customer, error) {
	data, err := send[CustomerCommons](ctx, c, getCustomerByCustomerID, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetCustomerByCustomerID{OutboundAdapterCallContext: occ, CustomerID: customerID}
	})
	if err != nil {
		return customer.Customer{}, err
	}
	if data.CustomerID == "" {
		return customer.Customer{}, obperr.CustomerNotFoundByCustomerID
	}
	return data.Customer(), nil
}

// GetCustomersByUserID is getCustomersByUserId.
func (c *Connector) GetCustomersByUserID(ctx context.Context, userID string) ([]customer.Customer, error) {
	return customers(send[[]CustomerCommons](ctx, c, getCustomersByUserID, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetCustomersByUserID{OutboundAdapterCallContext: occ, UserID: userID}
	}))
}

// CheckCustomerNumberAvailable is checkCustomerNumberAvailable.
func (c *Connector) CheckCustomerNumberAvailable(ctx context.Context, bankID, customerNumber string) (bool, error) {
	return send[bool](ctx, c, checkCustomerNumberAvailable, func(occ OutboundAdapterCallContext) any {
		return OutBoundCheckCustomerNumberAvailable{OutboundAdapterCallContext: occ, BankID: ID{bankID}, CustomerNumber: customerNumber}
	})
}

// customers is the customers of a list answer; never nil.
func customers(data []CustomerCommons, err error) ([]customer.Customer, error) {
	if err != nil {
		return nil, err
	}
	return commonsList(data, CustomerCommons.Customer), nil
}
