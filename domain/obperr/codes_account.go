package obperr

// Account, view and transaction errors.
var (
	InvalidISOCurrencyCode      = &Code{"OBP-10003", 400, "Invalid Currency Value. It should be three letters ISO Currency Code."}
	InvalidIBAN                 = &Code{"OBP-10033", 400, "Invalid IBAN."}
	UserNoPermissionAccessView  = &Code{"OBP-20017", 403, "Current user does not have access to the view. Please specify a valid value for VIEW_ID."}
	InvalidCustomViewFormat     = &Code{"OBP-20020", 400, "Custom view name/view_id must start with `_`. eg: _work, _life."}
	SystemViewsCanNotBeModified = &Code{"OBP-20021", 400, "System Views can not be modified. Only the created views can be modified."}
	CannotGrantViewAccess       = &Code{"OBP-20047", 403, "The source view may not grant access to the target view: for a system view its id must be in can_grant_access_to_views, for a custom view can_grant_access_to_custom_views must be true."}
	// OBP's SourceViewHasLessPermission; we apply it to creating and changing views as well as granting them.
	SourceViewHasLessPermission = &Code{"OBP-20049", 403, "Source view contains less permissions than target view."}
	CannotRevokeViewAccess      = &Code{"OBP-20048", 403, "The source view may not revoke access to the target view: for a system view its id must be in can_revoke_access_to_views, for a custom view can_revoke_access_to_custom_views must be true."}
	AccountNotFound             = &Code{"OBP-30003", 404, "Account not found. Please specify a valid value for ACCOUNT_ID."}
	ViewNotFound                = &Code{"OBP-30005", 404, "View not found for Account. Please specify a valid value for VIEW_ID"}
	BankAccountNotFound         = &Code{"OBP-30018", 404, "Bank Account not found. Please specify valid values for BANK_ID and ACCOUNT_ID."}
	NoViewPermission            = &Code{"OBP-30022", 403, "The current view does not have the permission:"}
	CannotFindAccountAccess     = &Code{"OBP-30065", 404, "Cannot find account access."}
	TransactionNotFound         = &Code{"OBP-30067", 404, "Transaction not found. Please specify a valid value for TRANSACTION_ID."}
	InvalidAccountBalanceAmount = &Code{"OBP-30106", 400, "Invalid Balance Amount."}
	InitialBalanceMustBeZero    = &Code{"OBP-30109", 400, "Initial Balance of Account must be Zero (0)."}
	InvalidAccountIDFormat      = &Code{"OBP-30110", 400, "Invalid Account Id. The ACCOUNT_ID should only contain 0-9/a-z/A-Z/'-'/'.'/'_', the length should be smaller than 255."}
	InvalidAccountRoutings      = &Code{"OBP-30114", 400, "Invalid Account Routings."}
	AccountRoutingAlreadyExist  = &Code{"OBP-30115", 400, "Account Routing already exist."}
	AccountIDAlreadyExists      = &Code{"OBP-30208", 400, "Account_ID already exists at the Bank."}
	InvalidAmount               = &Code{"OBP-20054", 400, "Invalid amount. Please specify a valid value for amount."}
	SystemViewNotFound          = &Code{"OBP-30252", 404, "System view not found. Please specify a valid value for VIEW_ID."}
)

// Payment errors (OBP-40xxx).
var (
	InvalidTransactionRequestCurrency = &Code{"OBP-40003", 400, "Transaction Request Currency must be the same as From Account Currency."}
	NotPositiveAmount                 = &Code{"OBP-40008", 400, "Can't send a payment with a value of 0 or less."}
	// OBP answers with a generic message; OBP-40043 is ours for a balance too low.
	InsufficientFunds = &Code{"OBP-40043", 400, "Insufficient funds: the account's balance does not cover this amount."}
	SameAccount       = &Code{"OBP-40044", 400, "The from and to accounts must differ."}
)
