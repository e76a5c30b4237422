package banks

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
)

// v600Docs are the bank endpoints v6.0.0 declares again: the same calls, rendered as
// OBP's BankJson600 (bank_id where older versions say id).
func (a *area) v600Docs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID:      "OBPv6.0.0-getBanks",
			Verb:             "GET",
			Path:             "/obp/v6.0.0/banks",
			Summary:          "Get Banks",
			Description:      "Lists the banks on this server: bank_id (used in URLs), bank code, full name, logo, website and routings.",
			Tags:             []string{"Bank", "Account Information Service (AIS)", "PSD2"},
			ExampleResponse:  banksJSON600{Banks: []bankJSON600{toBankJSON600(exampleBank)}},
			ConnectorMethods: []string{"getBanks"},
			Handle:           a.getBanksV600,
		},
		{
			OperationID:      "OBPv6.0.0-getBank",
			Verb:             "GET",
			Path:             "/obp/v6.0.0/banks/{BANK_ID}",
			Summary:          "Get Bank",
			Description:      "Returns the bank named by BANK_ID: bank code, full name, logo, website and routings.",
			Tags:             []string{"Bank", "Account Information Service (AIS)", "PSD2"},
			ExampleResponse:  toBankJSON600(exampleBank),
			Errors:           handlers.ErrorsOf(obperr.BankNotFound),
			ConnectorMethods: []string{"getBank"},
			Handle:           a.getBankV600,
		},
		{
			OperationID: "OBPv6.0.0-createBank",
			Verb:        "POST",
			Path:        "/obp/v6.0.0/banks",
			Summary:     "Create Bank",
			Description: "Creates a bank. The bank_id may hold 0-9 a-z A-Z - . _ (at most 254). The creator is granted " +
				"CanCreateEntitlementAtOneBank at the new bank, so that they can manage it.",
			Tags:             []string{"Bank"},
			Auth:             handlers.LoggedIn,
			Roles:            []role.Role{role.CanCreateBank},
			RequestSchema:    "bank_post_v600",
			ExampleRequest:   exampleBankPostV600,
			ExampleResponse:  toBankJSON600(exampleBank),
			SuccessStatus:    201,
			Errors:           handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.InvalidBankIDFormat, obperr.BankAlreadyExists),
			ConnectorMethods: []string{"getBank", "createOrUpdateBank"},
			Handle:           a.createBankV600,
		},
	}
}

func (a *area) getBanksV600(c *handlers.Call) error {
	banks, err := a.banks.List(c.Ctx)
	if err != nil {
		return err
	}
	out := banksJSON600{Banks: make([]bankJSON600, len(banks))}
	for i, b := range banks {
		out.Banks[i] = toBankJSON600(b)
	}
	return c.JSON(out)
}

func (a *area) getBankV600(c *handlers.Call) error {
	b, err := a.banks.Get(c.Ctx, c.Param("BANK_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toBankJSON600(b))
}

func (a *area) createBankV600(c *handlers.Call) error {
	var in bankPostJSON600
	if err := c.Bind(&in); err != nil {
		return err
	}
	b, err := a.banks.Create(c.Ctx, c.Principal.UserID, in.toBank())
	if err != nil {
		return err
	}
	return c.JSON(toBankJSON600(b))
}
