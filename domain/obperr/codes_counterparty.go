package obperr

// Counterparty errors (OBP-30xxx). OBP answers these with its default 400; a missing
// counterparty is a 404 here, like every other lookup by id or name.
var (
	CounterpartyNotFound                 = &Code{"OBP-30004", 404, "Counterparty not found. The BANK_ID / ACCOUNT_ID specified does not exist on this server."}
	CounterpartyBeneficiaryPermit        = &Code{"OBP-30013", 400, "The account can not send money to the Counterparty. Please set the Counterpart is_beneficiary true first"}
	CounterpartyAlreadyExists            = &Code{"OBP-30014", 400, "Counterparty already exists. Please specify a different value for BANK_ID or ACCOUNT_ID or VIEW_ID or NAME."}
	CounterpartyNotFoundByCounterpartyID = &Code{"OBP-30017", 404, "Counterparty not found. Please specify a valid value for COUNTERPARTY_ID."}
)
