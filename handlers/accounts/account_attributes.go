package accounts

import (
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
)

func (a *area) accountAttributeDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{{
		OperationID: "OBPv3.1.0-createAccountAttribute",
		Verb:        "POST",
		Path:        "/obp/v3.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/products/{PRODUCT_CODE}/attribute",
		Summary:     "Create Account Attribute",
		Description: "Sets an attribute of the account (by name: setting it again replaces the value). " +
			"REQUIRED_CHALLENGE_ANSWERS (an INTEGER) makes payments from the account wait for that many users' answers.",
		Tags:             []string{"Account"},
		Auth:             handlers.LoggedIn,
		Roles:            []role.Role{role.CanCreateAccountAttributeAtOneBank},
		RequestSchema:    "account_attribute_post",
		ExampleRequest:   accountAttributePostJSON{Name: "REQUIRED_CHALLENGE_ANSWERS", Type: "INTEGER", Value: "2"},
		ExampleResponse:  accountAttributeJSON{ProductCode: "CURRENT", AccountAttributeID: "613c83ea-80f9-4560-8404-b9cd4ec42a7f", Name: "REQUIRED_CHALLENGE_ANSWERS", Type: "INTEGER", Value: "2"},
		SuccessStatus:    201,
		Errors:           handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankAccountNotFound),
		ConnectorMethods: []string{"createOrUpdateAccountAttribute"},
		Handle:           a.createAccountAttribute,
	}}
}

func (a *area) createAccountAttribute(c *handlers.Call) error {
	var in accountAttributePostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	attr, err := a.accounts.SetAttribute(c.Ctx, c.AccountRef(), account.Attribute{
		Name: in.Name, Type: in.Type, Value: in.Value, ProductCode: c.Param("PRODUCT_CODE")})
	if err != nil {
		return err
	}
	return c.JSON(toAccountAttributeJSON(attr, in.ProductInstanceCode))
}
