package obperr

// Counterparty-limit errors (OBP-3026x), with OBP's numbers and texts. A refusal of a
// payment by its limit is CounterpartyLimitValidationError (codes_consent.go).
var (
	CreateCounterpartyLimitError   = &Code{"OBP-30261", 400, "Could not create the counterparty limit."}
	UpdateCounterpartyLimitError   = &Code{"OBP-30262", 400, "Could not update the counterparty limit."}
	GetCounterpartyLimitError      = &Code{"OBP-30263", 404, "Counterparty limit not found. Please specify a valid value for BANK_ID, ACCOUNT_ID, VIEW_ID or COUNTERPARTY_ID."}
	CounterpartyLimitAlreadyExists = &Code{"OBP-30264", 400, "Counterparty limit already exists. Please specify a different value for BANK_ID, ACCOUNT_ID, VIEW_ID or COUNTERPARTY_ID."}
	DeleteCounterpartyLimitError   = &Code{"OBP-30265", 400, "Could not delete the counterparty limit."}
)
