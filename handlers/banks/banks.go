// Package banks is the area of the HTTP face for banks: list, read, create, update.
package banks

import (
	"context"

	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
)

// Banks is what the area needs of the bank service.
type Banks interface {
	List(ctx context.Context) ([]bank.Bank, error)
	Get(ctx context.Context, id string) (bank.Bank, error)
	Create(ctx context.Context, creatorID string, b bank.Bank) (bank.Bank, error)
	Update(ctx context.Context, b bank.Bank) (bank.Bank, error)
}

type area struct{ banks Banks }

// Docs declares the area's endpoints over banks.
func Docs(banks Banks) []handlers.ResourceDoc {
	a := &area{banks: banks}
	return append(a.docs(), a.v600Docs()...)
}

func (a *area) docs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID:      "OBPv4.0.0-getBanks",
			Verb:             "GET",
			Path:             "/obp/v4.0.0/banks",
			Summary:          "Get Banks",
			Description:      "Lists the banks on this server: id (used in URLs), short and full name, logo, website and routings.",
			Tags:             []string{"Bank", "Account Information Service (AIS)", "PSD2"},
			ExampleResponse:  banksJSON400{Banks: []bankJSON400{toBankJSON400(exampleBank)}},
			ConnectorMethods: []string{"getBanks"},
			Handle:           a.getBanks,
		},
		{
			OperationID:      "OBPv5.0.0-getBank",
			Verb:             "GET",
			Path:             "/obp/v5.0.0/banks/{BANK_ID}",
			Summary:          "Get Bank",
			Description:      "Returns the bank named by BANK_ID: bank code, full name, logo, website and routings.",
			Tags:             []string{"Bank", "Account Information Service (AIS)", "PSD2"},
			ExampleResponse:  toBankJSON500(exampleBank),
			Errors:           handlers.ErrorsOf(obperr.BankNotFound),
			ConnectorMethods: []string{"getBank"},
			Handle:           a.getBank,
		},
		{
			OperationID: "OBPv5.0.0-createBank",
			Verb:        "POST",
			Path:        "/obp/v5.0.0/banks",
			Summary:     "Create Bank",
			Description: "Creates a bank. The id may hold 0-9 a-z A-Z - . _ (at most 254). The creator is granted " +
				"CanCreateEntitlementAtOneBank at the new bank, so that they can manage it.",
			Tags:             []string{"Bank"},
			Auth:             handlers.LoggedIn,
			Roles:            []role.Role{role.CanCreateBank},
			RequestSchema:    "bank_post",
			ExampleRequest:   exampleBankPost,
			ExampleResponse:  toBankJSON500(exampleBank),
			SuccessStatus:    201,
			Errors:           handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.InvalidBankIDFormat, obperr.BankAlreadyExists),
			ConnectorMethods: []string{"getBank", "createOrUpdateBank"},
			Handle:           a.createBank,
		},
		{
			OperationID:      "OBPv5.0.0-updateBank",
			Verb:             "PUT",
			Path:             "/obp/v5.0.0/banks",
			Summary:          "Update Bank",
			Description:      "Updates the bank named by the body's id.",
			Tags:             []string{"Bank"},
			Auth:             handlers.LoggedIn,
			Roles:            []role.Role{role.CanCreateBank},
			RequestSchema:    "bank_post",
			ExampleRequest:   exampleBankPost,
			ExampleResponse:  toBankJSON500(exampleBank),
			Errors:           handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.BankNotFound),
			ConnectorMethods: []string{"getBank", "createOrUpdateBank"},
			Handle:           a.updateBank,
		},
	}
}
