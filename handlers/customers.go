package handlers

import (
	"time"

	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
)

func exampleDate(s string) *time.Time {
	t, _ := time.Parse(time.RFC3339, s)
	return &t
}

var exampleCustomer = customer.Customer{
	BankID: "gh.29.uk", ID: "7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh", Number: "5987953", LegalName: "Eveline Tripman",
	MobilePhoneNumber: "+44 07972 444 876", Email: "felixsmith@example.com",
	FaceImage:   customer.FaceImage{URL: "https://static.example.com/faces/eveline.png", Date: exampleDate("2023-02-05T14:15:53Z")},
	DateOfBirth: exampleDate("1990-01-23T00:00:00Z"), RelationshipStatus: "single", Dependants: 1,
	DobOfDependants:          []time.Time{*exampleDate("2015-06-01T00:00:00Z")},
	CreditRating:             customer.CreditRating{Rating: "AA", Source: "Example Ratings Ltd"},
	CreditLimit:              customer.CreditLimit{Currency: "EUR", Amount: "1000.50"},
	HighestEducationAttained: "Master", EmploymentStatus: "worker", KycStatus: true,
	LastOKDate: exampleDate("2023-02-05T14:15:53Z"), Title: "Dr.", BranchID: "DERBY6", NameSuffix: "Sr",
}

var exampleCustomerAttribute = customer.Attribute{ID: "4c1f43e1-4b9e-4a0c-9c8e-1b62b7d2a6f0", Name: "SPECIAL_TAX_NUMBER",
	Type: customer.AttributeString, Value: "123456789"}

var exampleCustomerPost = customerPostJSON{CustomerNumber: exampleCustomer.Number, LegalName: exampleCustomer.LegalName,
	MobilePhoneNumber: exampleCustomer.MobilePhoneNumber, Email: exampleCustomer.Email,
	FaceImage:   &customerFaceImagePost{URL: exampleCustomer.FaceImage.URL, Date: "2023-02-05T14:15:53Z"},
	DateOfBirth: "1990-01-23", RelationshipStatus: "single", Dependants: 1, DobOfDependants: []string{"2015-06-01"},
	CreditRating:             &customerCreditRatingJSON{Rating: "AA", Source: "Example Ratings Ltd"},
	CreditLimit:              &amountOfMoneyJSON{Currency: "EUR", Amount: "1000.50"},
	HighestEducationAttained: "Master", EmploymentStatus: "worker", KycStatus: true, LastOKDate: "2023-02-05T14:15:53Z",
	Title: "Dr.", BranchID: "DERBY6", NameSuffix: "Sr"}

// customerDocs are the customer, user-customer link and customer attribute endpoints.
func (s *Server) customerDocs() []ResourceDoc {
	docs := []ResourceDoc{
		{
			OperationID: "OBPv5.0.0-createCustomer",
			Verb:        "POST",
			Path:        "/obp/v5.1.0/banks/{BANK_ID}/customers",
			Summary:     "Create Customer",
			Description: "Creates a customer at the bank: the bank's record of a person or company, distinct from a user login. " +
				"Only `legal_name` and `mobile_phone_number` are required. Without `customer_number` the bank chooses one; " +
				"a number already used at the bank is OBP-30006. Dates are days (`1990-01-23`) or times " +
				"(`2013-01-21T23:08:00Z`); `credit_limit.amount` is a non-negative decimal string with at most 2 decimals.",
			Tags:            []string{"Customer", "Person"},
			Auth:            LoggedIn,
			Roles:           []role.Role{role.CanCreateCustomer, role.CanCreateCustomerAtAnyBank},
			RequestSchema:   "customer_post",
			ExampleRequest:  exampleCustomerPost,
			ExampleResponse: toCustomerJSON310(exampleCustomer),
			SuccessStatus:   201,
			Errors: ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound,
				obperr.CustomerNumberAlreadyExists, obperr.InvalidDateFormat, obperr.InvalidNumber, obperr.InvalidISOCurrencyCode),
			ConnectorMethods: []string{"getBank", "checkCustomerNumberAvailable", "createCustomer"},
			Handle:           s.createCustomer,
		},
		{
			OperationID:     "OBPv5.0.0-getCustomersAtOneBank",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/banks/{BANK_ID}/customers",
			Summary:         "Get Customers at Bank",
			Description:     "The bank's customers, oldest first. Query parameters `limit` (default 50, at most 1000) and `offset`.",
			Tags:            []string{"Customer", "User"},
			Auth:            LoggedIn,
			Roles:           []role.Role{role.CanGetCustomers, role.CanGetCustomersAtAnyBank},
			ExampleResponse: customersJSON300{Customers: []customerJSON310{toCustomerJSON310(exampleCustomer)}},
			Errors: ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound,
				obperr.FilterLimitError, obperr.FilterOffsetError),
			ConnectorMethods: []string{"getBank", "getCustomers"},
			Handle:           s.getCustomersAtOneBank,
		},
		{
			OperationID:     "OBPv3.1.0-getCustomerByCustomerId",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/banks/{BANK_ID}/customers/{CUSTOMER_ID}",
			Summary:         "Get Customer by CUSTOMER_ID",
			Description:     "One customer of the bank, with its attributes. A customer of another bank is not found here.",
			Tags:            []string{"Customer"},
			Auth:            LoggedIn,
			Roles:           []role.Role{role.CanGetCustomer},
			ExampleResponse: toCustomerWithAttributesJSON(customer.WithAttributes{Customer: exampleCustomer, Attributes: []customer.Attribute{exampleCustomerAttribute}}),
			Errors: ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound,
				obperr.CustomerNotFoundByCustomerID),
			ConnectorMethods: []string{"getBank", "getCustomerByCustomerId", "getCustomerAttributes"},
			Handle:           s.getCustomerByCustomerID,
		},
		{
			OperationID:      "OBPv3.0.0-getCustomersForUser",
			Verb:             "GET",
			Path:             "/obp/v5.1.0/users/current/customers",
			Summary:          "Get Customers for Current User",
			Description:      "The customers, at every bank, that the logged-in user is linked to, with their attributes.",
			Tags:             []string{"Customer", "User"},
			Auth:             LoggedIn,
			ExampleResponse:  customersWithAttributesJSON{Customers: []customerWithAttributesJSON{toCustomerWithAttributesJSON(customer.WithAttributes{Customer: exampleCustomer, Attributes: []customer.Attribute{exampleCustomerAttribute}})}},
			Errors:           ErrorsOf(obperr.UserNotLoggedIn),
			ConnectorMethods: []string{"getCustomersByUserId", "getCustomerAttributesForCustomers"},
			Handle:           s.getCustomersForUser,
		},
		{
			OperationID:      "OBPv5.0.0-getMyCustomersAtAnyBank",
			Verb:             "GET",
			Path:             "/obp/v5.1.0/my/customers",
			Summary:          "Get My Customers",
			Description:      "The customers, at every bank, that the logged-in user is linked to.",
			Tags:             []string{"Customer", "User"},
			Auth:             LoggedIn,
			ExampleResponse:  customersJSON210{Customers: []customerJSON210{toCustomerJSON210(exampleCustomer)}},
			Errors:           ErrorsOf(obperr.UserNotLoggedIn),
			ConnectorMethods: []string{"getCustomersByUserId"},
			Handle:           s.getMyCustomersAtAnyBank,
		},
	}
	docs = append(docs, s.userCustomerLinkDocs()...)
	return append(docs, s.customerAttributeDocs()...)
}

func (s *Server) createCustomer(c *Call) error {
	var in customerPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	cu, err := s.deps.Customers.Create(c.Ctx, c.Param("BANK_ID"), in.toNewCustomer())
	if err != nil {
		return err
	}
	return c.JSON(toCustomerJSON310(cu))
}

func (s *Server) getCustomersAtOneBank(c *Call) error {
	limit, offset, err := c.Page()
	if err != nil {
		return err
	}
	cs, err := s.deps.Customers.List(c.Ctx, c.Param("BANK_ID"), limit, offset)
	if err != nil {
		return err
	}
	out := customersJSON300{Customers: make([]customerJSON310, len(cs))}
	for i, cu := range cs {
		out.Customers[i] = toCustomerJSON310(cu)
	}
	return c.JSON(out)
}

func (s *Server) getCustomerByCustomerID(c *Call) error {
	w, err := s.deps.Customers.Get(c.Ctx, c.Param("BANK_ID"), c.Param("CUSTOMER_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toCustomerWithAttributesJSON(w))
}

func (s *Server) getCustomersForUser(c *Call) error {
	ws, err := s.deps.Customers.LinkedToWithAttributes(c.Ctx, c.Principal.UserID)
	if err != nil {
		return err
	}
	out := customersWithAttributesJSON{Customers: make([]customerWithAttributesJSON, len(ws))}
	for i, w := range ws {
		out.Customers[i] = toCustomerWithAttributesJSON(w)
	}
	return c.JSON(out)
}

func (s *Server) getMyCustomersAtAnyBank(c *Call) error {
	cs, err := s.deps.Customers.LinkedTo(c.Ctx, c.Principal.UserID)
	if err != nil {
		return err
	}
	out := customersJSON210{Customers: make([]customerJSON210, len(cs))}
	for i, cu := range cs {
		out.Customers[i] = toCustomerJSON210(cu)
	}
	return c.JSON(out)
}
