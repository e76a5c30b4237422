package payments

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/handlers"
)

func (a *bankArea) transactionRequestTypeDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv2.1.0-getTransactionRequestTypesSupportedByBank",
			Verb:        "GET",
			Path:        "/obp/v2.1.0/banks/{BANK_ID}/transaction-request-types",
			Summary:     "Get Transaction Request Types at Bank",
			Description: "The transaction request types the bank supports: those enabled on this server " +
				"(OBP_TRANSACTION_REQUEST_TYPES), the same for every bank. Needs no login.",
			Tags:            []string{"Transaction Request", "Bank"},
			ExampleResponse: toBankTRTypesJSON(exampleBankTRTypes),
			Errors:          handlers.ErrorsOf(obperr.BankNotFound),
			Handle:          a.getTransactionRequestTypesSupportedByBank,
		},
	}
}

func (a *bankArea) getTransactionRequestTypesSupportedByBank(c *handlers.Call) error {
	types, err := a.deps.Types.SupportedTypes(c.Ctx, c.Param("BANK_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toBankTRTypesJSON(types))
}
