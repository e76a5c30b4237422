package customers

import (
	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
)

// v600Docs are the customer reads v6.0.0 declares again: the same calls, rendered as
// OBP's CustomerJsonV600 (customer_type, parent_customer_id, days for birth dates).
func (a *area) v600Docs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID:     "OBPv6.0.0-getCustomersAtOneBank",
			Verb:            "GET",
			Path:            "/obp/v6.0.0/banks/{BANK_ID}/customers",
			Summary:         "Get Customers at Bank",
			Description:     "The bank's customers, oldest first. Query parameters `limit` (default 50, at most 1000) and `offset`.",
			Tags:            []string{"Customer", "User"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanGetCustomers, role.CanGetCustomersAtAnyBank},
			ExampleResponse: customersJSON600{Customers: []customerJSON600{toCustomerJSON600(exampleCustomer)}},
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound,
				obperr.FilterLimitError, obperr.FilterOffsetError),
			ConnectorMethods: []string{"getBank", "getCustomers"},
			Handle:           a.getCustomersAtOneBankV600,
		},
		{
			OperationID:     "OBPv6.0.0-getCustomerByCustomerId",
			Verb:            "GET",
			Path:            "/obp/v6.0.0/banks/{BANK_ID}/customers/{CUSTOMER_ID}",
			Summary:         "Get Customer by CUSTOMER_ID",
			Description:     "One customer of the bank, with its attributes. A customer of another bank is not found here.",
			Tags:            []string{"Customer"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanGetCustomer},
			ExampleResponse: toCustomerWithAttributesJSON600(customer.WithAttributes{Customer: exampleCustomer, Attributes: []customer.Attribute{exampleCustomerAttribute}}),
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound,
				obperr.CustomerNotFoundByCustomerID),
			ConnectorMethods: []string{"getBank", "getCustomerByCustomerId", "getCustomerAttributes"},
			Handle:           a.getCustomerByCustomerIDV600,
		},
	}
}

func (a *area) getCustomersAtOneBankV600(c *handlers.Call) error {
	limit, offset, err := c.Page()
	if err != nil {
		return err
	}
	cs, err := a.customers.List(c.Ctx, c.Param("BANK_ID"), limit, offset)
	if err != nil {
		return err
	}
	out := customersJSON600{Customers: make([]customerJSON600, len(cs))}
	for i, cu := range cs {
		out.Customers[i] = toCustomerJSON600(cu)
	}
	return c.JSON(out)
}

func (a *area) getCustomerByCustomerIDV600(c *handlers.Call) error {
	w, err := a.customers.Get(c.Ctx, c.Param("BANK_ID"), c.Param("CUSTOMER_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toCustomerWithAttributesJSON600(w))
}
