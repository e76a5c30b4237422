package handlers

import "github.com/obp-go/obp/domain/view"

// A routing is a scheme with an address, shown only when the view grants both: OBP does so
// for an account's routings (ViewExtended.moderateAccount), while can_see_bank_account_iban
// and _number guard its separate iban and number fields (`number` here), not the list.
var (
	accountRoutingPair      = []string{view.CanSeeBankAccountRoutingScheme, view.CanSeeBankAccountRoutingAddress}
	bankRoutingPair         = []string{view.CanSeeBankRoutingScheme, view.CanSeeBankRoutingAddress}
	otherAccountRoutingPair = []string{view.CanSeeOtherAccountRoutingScheme, view.CanSeeOtherAccountRoutingAddress}
	otherBankRoutingPair    = []string{view.CanSeeOtherBankRoutingScheme, view.CanSeeOtherBankRoutingAddress}
)

// accountShape moderates ModeratedAccountJSON400 (GET .../VIEW_ID/account).
var accountShape = Shape{Name: "account", Always: []string{"id", "bank_id", "account_attributes"}, Rules: []FieldRule{
	ShownWith("label", view.CanSeeBankAccountLabel),
	ShownWith("number", view.CanSeeBankAccountNumber),
	ShownWith("owners", view.CanSeeBankAccountOwners),
	ShownWith("product_code", view.CanSeeBankAccountType),
	ShownWith("balance", view.CanSeeBalance),
	ShownWith("account_routings", accountRoutingPair...),
	ShownWith("views_available", view.CanSeeAvailableViews),
	ShownWith("tags", view.CanSeeTags),
}}

// coreAccountShape moderates ModeratedCoreAccountJsonV400 (GET /my/banks/.../account).
var coreAccountShape = Shape{Name: "core account", Always: []string{"id", "bank_id"}, Rules: []FieldRule{
	ShownWith("label", view.CanSeeBankAccountLabel),
	ShownWith("number", view.CanSeeBankAccountNumber),
	ShownWith("product_code", view.CanSeeBankAccountType),
	ShownWith("balance", view.CanSeeBalance),
	ShownWith("account_routings", accountRoutingPair...),
	ShownWith("views_basic", view.CanSeeAvailableViews),
}}

// accountListShape moderates an entry of GET /my/accounts; `views` are the caller's own.
var accountListShape = Shape{Name: "account list entry", Always: []string{"id", "bank_id", "views"}, Rules: []FieldRule{
	ShownWith("label", view.CanSeeBankAccountLabel),
	ShownWith("account_type", view.CanSeeBankAccountType),
	ShownWith("account_routings", accountRoutingPair...),
}}

// basicAccountShape moderates an entry of GET /banks/BANK_ID/accounts.
var basicAccountShape = Shape{Name: "basic account", Always: []string{"id", "bank_id", "views_available"}, Rules: []FieldRule{
	ShownWith("label", view.CanSeeBankAccountLabel),
}}

// balancesShape moderates AccountBalanceJsonV400, alone or in a bank's list.
var balancesShape = Shape{Name: "balances", Always: []string{"account_id", "bank_id"}, Rules: []FieldRule{
	ShownWith("label", view.CanSeeBankAccountLabel),
	ShownWith("account_routings", accountRoutingPair...),
	ShownWith("balances", view.CanSeeBalance),
}}

// transactionShape moderates TransactionJsonV300.
var transactionShape = Shape{Name: "transaction", Always: []string{"id", "this_account.id", "other_account.id", "transaction_attributes"},
	Rules: []FieldRule{
		ShownWith("this_account", view.CanSeeTransactionThisAccount),
		ShownWith("this_account.bank_routing", bankRoutingPair...),
		ShownWith("this_account.account_routings", accountRoutingPair...),
		ShownWith("this_account.holders", view.CanSeeBankAccountOwners),
		ShownWith("other_account", view.CanSeeTransactionOtherAccount),
		// Stricter than OBP, which always names the other side (or its alias): with no aliases here the name is the holder's own.
		ShownWith("other_account.holder", view.CanSeeOtherAccountMetadata),
		ShownWith("other_account.bank_routing", otherBankRoutingPair...),
		ShownWith("other_account.account_routings", otherAccountRoutingPair...),
		ShownWith("details.type", view.CanSeeTransactionType),
		ShownWith("details.description", view.CanSeeTransactionDescription),
		ShownWith("details.posted", view.CanSeeTransactionStartDate),
		ShownWith("details.completed", view.CanSeeTransactionFinishDate),
		ShownWith("details.new_balance", view.CanSeeTransactionBalance),
		ShownWith("details.value", view.CanSeeTransactionAmount),
		ShownWith("metadata", view.CanSeeTransactionMetadata),
		ShownWith("metadata.narrative", view.CanSeeNarrative),
		ShownWith("metadata.comments", view.CanSeeComments),
		ShownWith("metadata.tags", view.CanSeeTags),
		ShownWith("metadata.images", view.CanSeeImages),
		ShownWith("metadata.where", view.CanSeeWhereTag),
	}}

// moderationTable is every shape, for the checks that walk them.
var moderationTable = []Shape{accountShape, coreAccountShape, accountListShape, basicAccountShape, balancesShape, transactionShape}
