package customers

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/handlers/wire"
)

func (a *area) userCustomerLinkDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv4.0.0-createUserCustomerLinks",
			Verb:        "POST",
			Path:        "/obp/v4.0.0/banks/{BANK_ID}/user_customer_links",
			Summary:     "Create User Customer Link",
			Description: "Links a user to a customer of the bank: the user is that customer. A user is linked to at most " +
				"one customer per bank (OBP-30007 otherwise).",
			Tags:            []string{"Customer", "User"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanCreateUserCustomerLink, role.CanCreateUserCustomerLinkAtAnyBank},
			RequestSchema:   "user_customer_link_post",
			ExampleRequest:  userCustomerLinkPostJSON{UserID: wire.ExampleUser.ID, CustomerID: exampleCustomer.ID},
			ExampleResponse: toUserCustomerLinkJSON(exampleUserCustomerLink),
			SuccessStatus:   201,
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound,
				obperr.CustomerNotFoundByCustomerID, obperr.UserNotFoundByID, obperr.CustomerAlreadyExistsForUser),
			ConnectorMethods: []string{"getBank", "getCustomerByCustomerId", "getCustomersByUserId", "createUserCustomerLink"},
			Handle:           a.createUserCustomerLink,
		},
		{
			OperationID:      "OBPv4.0.0-getUserCustomerLinksByUserId",
			Verb:             "GET",
			Path:             "/obp/v4.0.0/banks/{BANK_ID}/user_customer_links/users/{USER_ID}",
			Summary:          "Get User Customer Links by User",
			Description:      "The user's links to customers of this bank.",
			Tags:             []string{"Customer", "User"},
			Auth:             handlers.LoggedIn,
			Roles:            []role.Role{role.CanGetUserCustomerLink, role.CanGetUserCustomerLinkAtAnyBank},
			ExampleResponse:  userCustomerLinksExample,
			Errors:           handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound),
			ConnectorMethods: []string{"getBank", "getUserCustomerLinksByUserId"},
			Handle:           a.getUserCustomerLinksByUserID,
		},
		{
			OperationID:     "OBPv4.0.0-getUserCustomerLinksByCustomerId",
			Verb:            "GET",
			Path:            "/obp/v4.0.0/banks/{BANK_ID}/user_customer_links/customers/{CUSTOMER_ID}",
			Summary:         "Get User Customer Links by Customer",
			Description:     "The users linked to a customer of this bank.",
			Tags:            []string{"Customer", "User"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanGetUserCustomerLink, role.CanGetUserCustomerLinkAtAnyBank},
			ExampleResponse: userCustomerLinksExample,
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound,
				obperr.CustomerNotFoundByCustomerID),
			ConnectorMethods: []string{"getBank", "getCustomerByCustomerId", "getUserCustomerLinksByCustomerId"},
			Handle:           a.getUserCustomerLinksByCustomerID,
		},
		{
			OperationID: "OBPv4.0.0-deleteUserCustomerLink",
			Verb:        "DELETE",
			Path:        "/obp/v4.0.0/banks/{BANK_ID}/user_customer_links/{USER_CUSTOMER_LINK_ID}",
			Summary:     "Delete User Customer Link",
			Description: "Deletes a link to a customer of this bank; a link at another bank is not found. " +
				"Answers 204 with no body: OBP's published specification declares an empty body (204) for this " +
				"endpoint, although OBP's own code answers 200 with `true`; an empty 204 is what our other deletes answer.",
			Tags:          []string{"Customer", "User"},
			Auth:          handlers.LoggedIn,
			Roles:         []role.Role{role.CanDeleteUserCustomerLink, role.CanDeleteUserCustomerLinkAtAnyBank},
			SuccessStatus: 204,
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound,
				obperr.UserCustomerLinkNotFound),
			ConnectorMethods: []string{"getBank", "getUserCustomerLink", "deleteUserCustomerLink"},
			Handle:           a.deleteUserCustomerLink,
		},
	}
}

func (a *area) createUserCustomerLink(c *handlers.Call) error {
	var in userCustomerLinkPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	l, err := a.customers.Link(c.Ctx, c.Param("BANK_ID"), in.UserID, in.CustomerID)
	if err != nil {
		return err
	}
	return c.JSON(toUserCustomerLinkJSON(l))
}

func (a *area) getUserCustomerLinksByUserID(c *handlers.Call) error {
	ls, err := a.customers.LinksOfUser(c.Ctx, c.Param("BANK_ID"), c.Param("USER_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toUserCustomerLinksJSON(ls))
}

func (a *area) getUserCustomerLinksByCustomerID(c *handlers.Call) error {
	ls, err := a.customers.LinksOfCustomer(c.Ctx, c.Param("BANK_ID"), c.Param("CUSTOMER_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toUserCustomerLinksJSON(ls))
}

func (a *area) deleteUserCustomerLink(c *handlers.Call) error {
	if err := a.customers.Unlink(c.Ctx, c.Param("BANK_ID"), c.Param("USER_CUSTOMER_LINK_ID")); err != nil {
		return err
	}
	return c.NoContent()
}
