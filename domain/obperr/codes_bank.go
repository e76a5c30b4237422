package obperr

// Bank errors (OBP-30xxx).
var (
	BankNotFound        = &Code{"OBP-30001", 404, "Bank not found. Please specify a valid value for BANK_ID."}
	InvalidBankIDFormat = &Code{"OBP-30111", 400, "Invalid BANK_ID. The BANK_ID should only contain 0-9/a-z/A-Z/'-'/'.'/'_', the length should be smaller than 255."}
	// OBP has no code for creating a bank that exists; OBP-30210 is ours.
	BankAlreadyExists = &Code{"OBP-30210", 409, "Bank already exists. Please specify a different value for BANK_ID, or use PUT /banks to update it."}
)
