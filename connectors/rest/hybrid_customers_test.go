package rest_test

import (
	"context"

	"github.com/obp-go/obp/domain/customer"
)

func (h hybrid) CreateCustomer(ctx context.Context, c customer.Customer) (customer.Customer, error) {
	return h.rest.CreateCustomer(ctx, c)
}

func (h hybrid) GetCustomers(ctx context.Context, bankID string, limit, offset int) ([]customer.Customer, error) {
	return h.rest.GetCustomers(ctx, bankID, limit, offset)
}

func (h hybrid) GetCustomerByCustomerID(ctx context.Context, customerID string) (customer.Customer, error) {
	return h.rest.GetCustomerByCustomerID(ctx, customerID)
}

func (h hybrid) GetCustomersByUserID(ctx context.Context, userID string) ([]customer.Customer, error) {
	return h.rest.GetCustomersByUserID(ctx, userID)
}

func (h hybrid) CheckCustomerNumberAvailable(ctx context.Context, bankID, customerNumber string) (bool, error) {
	return h.rest.CheckCustomerNumberAvailable(ctx, bankID, customerNumber)
}

func (h hybrid) CreateUserCustomerLink(ctx context.Context, l customer.UserCustomerLink) (customer.UserCustomerLink, error) {
	return h.rest.CreateUserCustomerLink(ctx, l)
}

func (h hybrid) GetUserCustomerLinksByUserID(ctx context.Context, userID string) ([]customer.UserCustomerLink, error) {
	return h.rest.GetUserCustomerLinksByUserID(ctx, userID)
}

func (h hybrid) GetUserCustomerLinksByCustomerID(ctx context.Context, customerID string) ([]customer.UserCustomerLink, error) {
	return h.rest.GetUserCustomerLinksByCustomerID(ctx, customerID)
}

func (h hybrid) GetUserCustomerLink(ctx context.Context, linkID string) (customer.UserCustomerLink, error) {
	return h.rest.GetUserCustomerLink(ctx, linkID)
}

func (h hybrid) DeleteUserCustomerLink(ctx context.Context, linkID string) error {
	return h.rest.DeleteUserCustomerLink(ctx, linkID)
}

func (h hybrid) CreateOrUpdateCustomerAttribute(ctx context.Context, bankID, customerID string, a customer.Attribute) (customer.Attribute, error) {
	return h.rest.CreateOrUpdateCustomerAttribute(ctx, bankID, customerID, a)
}

func (h hybrid) GetCustomerAttributes(ctx context.Context, bankID, customerID string) ([]customer.Attribute, error) {
	return h.rest.GetCustomerAttributes(ctx, bankID, customerID)
}

func (h hybrid) GetCustomerAttributesForCustomers(ctx context.Context, customerIDs []string) (map[string][]customer.Attribute, error) {
	return h.rest.GetCustomerAttributesForCustomers(ctx, customerIDs)
}
