// Package customers is the area of the HTTP face for a bank's customers (its records of
// people and companies, distinct from user logins), their attributes, and the links that
// say which user is which customer.
package customers

import (
	"context"

	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
)

// Customers is what the area needs of the customer service.
type Customers interface {
	Create(ctx context.Context, bankID string, n customer.NewCustomer) (customer.Customer, error)
	List(ctx context.Context, bankID string, limit, offset int) ([]customer.Customer, error)
	Get(ctx context.Context, bankID, customerID string) (customer.WithAttributes, error)
	LinkedTo(ctx context.Context, userID string) ([]customer.Customer, error)
	LinkedToWithAttributes(ctx context.Context, userID string) ([]customer.WithAttributes, error)
	AddAttribute(ctx context.Context, bankID, customerID string, a customer.Attribute) (customer.Attribute, error)
	Attributes(ctx context.Context, bankID, customerID string) ([]customer.Attribute, error)
	Link(ctx context.Context, bankID, userID, customerID string) (customer.UserCustomerLink, error)
	LinksOfUser(ctx context.Context, bankID, userID string) ([]customer.UserCustomerLink, error)
	LinksOfCustomer(ctx context.Context, bankID, customerID string) ([]customer.UserCustomerLink, error)
	Unlink(ctx context.Context, bankID, linkID string) error
}

type area struct{ customers Customers }

// Docs declares the area's endpoints: customers, their attributes, user-customer links.
func Docs(customers Customers) []handlers.ResourceDoc {
	a := &area{customers: customers}
	return append(append(append(a.customerDocs(), a.userCustomerLinkDocs()...), a.customerAttributeDocs()...), a.v600Docs()...)
}

// customerDocs are the customer endpoints.
func (a *area) customerDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv5.0.0-createCustomer",
			Verb:        "POST",
			Path:        "/obp/v5.0.0/banks/{BANK_ID}/customers",
			Summary:     "Create Customer",
			Description: "Creates a customer at the bank: the bank's record of a person or company, distinct from a user login. " +
				"Only `legal_name` and `mobile_phone_number` are required. Without `customer_number` the bank chooses one; " +
				"a number already used at the bank is OBP-30006. Dates are days (`1990-01-23`) or times " +
				"(`2013-01-21T23:08:00Z`); `credit_limit.amount` is a non-negative decimal string with at most 2 decimals.",
			Tags:            []string{"Customer", "Person"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanCreateCustomer, role.CanCreateCustomerAtAnyBank},
			RequestSchema:   "customer_post",
			ExampleRequest:  exampleCustomerPost,
			ExampleResponse: toCustomerJSON310(exampleCustomer),
			SuccessStatus:   201,
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound,
				obperr.CustomerNumberAlreadyExists, obperr.InvalidDateFormat, obperr.InvalidNumber, obperr.InvalidISOCurrencyCode),
			ConnectorMethods: []string{"getBank", "checkCustomerNumberAvailable", "createCustomer"},
			Handle:           a.createCustomer,
		},
		{
			OperationID:     "OBPv5.0.0-getCustomersAtOneBank",
			Verb:            "GET",
			Path:            "/obp/v5.0.0/banks/{BANK_ID}/customers",
			Summary:         "Get Customers at Bank",
			Description:     "The bank's customers, oldest first. Query parameters `limit` (default 50, at most 1000) and `offset`.",
			Tags:            []string{"Customer", "User"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanGetCustomers, role.CanGetCustomersAtAnyBank},
			ExampleResponse: customersJSON300{Customers: []customerJSON310{toCustomerJSON310(exampleCustomer)}},
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound,
				obperr.FilterLimitError, obperr.FilterOffsetError),
			ConnectorMethods: []string{"getBank", "getCustomers"},
			Handle:           a.getCustomersAtOneBank,
		},
		{
			OperationID:     "OBPv3.1.0-getCustomerByCustomerId",
			Verb:            "GET",
			Path:            "/obp/v3.1.0/banks/{BANK_ID}/customers/{CUSTOMER_ID}",
			Summary:         "Get Customer by CUSTOMER_ID",
			Description:     "One customer of the bank, with its attributes. A customer of another bank is not found here.",
			Tags:            []string{"Customer"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanGetCustomer},
			ExampleResponse: toCustomerWithAttributesJSON(customer.WithAttributes{Customer: exampleCustomer, Attributes: []customer.Attribute{exampleCustomerAttribute}}),
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound,
				obperr.CustomerNotFoundByCustomerID),
			ConnectorMethods: []string{"getBank", "getCustomerByCustomerId", "getCustomerAttributes"},
			Handle:           a.getCustomerByCustomerID,
		},
		{
			OperationID:      "OBPv3.0.0-getCustomersForUser",
			Verb:             "GET",
			Path:             "/obp/v3.0.0/users/current/customers",
			Summary:          "Get Customers for Current User",
			Description:      "The customers, at every bank, that the logged-in user is linked to, with their attributes.",
			Tags:             []string{"Customer", "User"},
			Auth:             handlers.LoggedIn,
			ExampleResponse:  customersWithAttributesJSON{Customers: []customerWithAttributesJSON{toCustomerWithAttributesJSON(customer.WithAttributes{Customer: exampleCustomer, Attributes: []customer.Attribute{exampleCustomerAttribute}})}},
			Errors:           handlers.ErrorsOf(obperr.UserNotLoggedIn),
			ConnectorMethods: []string{"getCustomersByUserId", "getCustomerAttributesForCustomers"},
			Handle:           a.getCustomersForUser,
		},
		{
			OperationID:      "OBPv5.0.0-getMyCustomersAtAnyBank",
			Verb:             "GET",
			Path:             "/obp/v5.0.0/my/customers",
			Summary:          "Get My Customers",
			Description:      "The customers, at every bank, that the logged-in user is linked to.",
			Tags:             []string{"Customer", "User"},
			Auth:             handlers.LoggedIn,
			ExampleResponse:  customersJSON210{Customers: []customerJSON210{toCustomerJSON210(exampleCustomer)}},
			Errors:           handlers.ErrorsOf(obperr.UserNotLoggedIn),
			ConnectorMethods: []string{"getCustomersByUserId"},
			Handle:           a.getMyCustomersAtAnyBank,
		},
	}
}
