package obperr

// System view administration, account look-ups by routing and funds queries: OBP's codes.
var (
	// InvalidSystemViewFormat shares OBP-20020 with InvalidCustomViewFormat, as in OBP.
	InvalidSystemViewFormat = &Code{"OBP-20020", 400, "System view name/view_id can not start with '_'. eg: owner, auditor."}
	MissingQueryParams      = &Code{"OBP-20055", 400, "These query parameters are missing:"}
	// BankAccountNotFoundByAccountRouting also answers for an account the caller may not see.
	BankAccountNotFoundByAccountRouting = &Code{"OBP-30073", 404, "Bank Account not found. Please specify valid values for account routing scheme and address."}
	DeleteSystemViewError               = &Code{"OBP-30251", 400, "Could not delete the system view"}
	SystemViewAlreadyExists             = &Code{"OBP-30254", 400, "The system view is already exists."}
	EmptyNameOfSystemView               = &Code{"OBP-30255", 400, "You cannot create a View with an empty Name"}
	SystemViewCannotBePublic            = &Code{"OBP-30258", 400, "System view cannot be public"}
)
