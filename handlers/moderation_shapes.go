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
var accountShape = shape{name: "account", always: []string{"id", "bank_id", "account_attributes"}, rules: []fieldRule{
	shownWith("label", view.CanSeeBankAccountLabel),
	shownWith("number", view.CanSeeBankAccountNumber),
	shownWith("owners", view.CanSeeBankAccountOwners),
	shownWith("product_code", view.CanSeeBankAccountType),
	shownWith("balance", view.CanSeeBalance),
	shownWith("account_routings", accountRoutingPair...),
	shownWith("views_available", view.CanSeeAvailableViews),
	shownWith("tags", view.CanSeeTags),
}}

// coreAccountShape moderates ModeratedCoreAccountJsonV400 (GET /my/banks/.../account).
var coreAccountShape = shape{name: "core account", always: []string{"id", "bank_id"}, rules: []fieldRule{
	shownWith("label", view.CanSeeBankAccountLabel),
	shownWith("number", view.CanSeeBankAccountNumber),
	shownWith("product_code", view.CanSeeBankAccountType),
	shownWith("balance", view.CanSeeBalance),
	shownWith("account_routings", accountRoutingPair...),
	shownWith("views_basic", view.CanSeeAvailableViews),
}}

// accountListShape moderates an entry of GET /my/accounts; `views` are the caller's own.
var accountListShape = shape{name: "account list entry", always: []string{"id", "bank_id", "views"}, rules: []fieldRule{
	shownWith("label", view.CanSeeBankAccountLabel),
	shownWith("account_type", view.CanSeeBankAccountType),
	shownWith("account_routings", accountRoutingPair...),
}}

// basicAccountShape moderates an entry of GET /banks/BANK_ID/accounts.
var basicAccountShape = shape{name: "basic account", always: []string{"id", "bank_id", "views_available"}, rules: []fieldRule{
	shownWith("label", view.CanSeeBankAccountLabel),
}}

// balancesShape moderates AccountBalanceJsonV400, alone or in a bank's list.
var balancesShape = shape{name: "balances", always: []string{"account_id", "bank_id"}, rules: []fieldRule{
	shownWith("label", view.CanSeeBankAccountLabel),
	shownWith("account_routings", accountRoutingPair...),
	shownWith("balances", view.CanSeeBalance),
}}

// transactionShape moderates TransactionJsonV300.
var transactionShape = shape{name: "transaction", always: []string{"id", "this_account.id", "other_account.id", "transaction_attributes"},
	rules: []fieldRule{
		shownWith("this_account", view.CanSeeTransactionThisAccount),
		shownWith("this_account.bank_routing", bankRoutingPair...),
		shownWith("this_account.account_routings", accountRoutingPair...),
		shownWith("this_account.holders", view.CanSeeBankAccountOwners),
		shownWith("other_account", view.CanSeeTransactionOtherAccount),
		// Stricter than OBP, which always names the other side (or its alias): with no aliases here the name is the holder's own.
		shownWith("other_account.holder", view.CanSeeOtherAccountMetadata),
		shownWith("other_account.bank_routing", otherBankRoutingPair...),
		shownWith("other_account.account_routings", otherAccountRoutingPair...),
		shownWith("details.type", view.CanSeeTransactionType),
		shownWith("details.description", view.CanSeeTransactionDescription),
		shownWith("details.posted", view.CanSeeTransactionStartDate),
		shownWith("details.completed", view.CanSeeTransactionFinishDate),
		shownWith("details.new_balance", view.CanSeeTransactionBalance),
		shownWith("details.value", view.CanSeeTransactionAmount),
		shownWith("metadata", view.CanSeeTransactionMetadata),
		shownWith("metadata.narrative", view.CanSeeNarrative),
		shownWith("metadata.comments", view.CanSeeComments),
		shownWith("metadata.tags", view.CanSeeTags),
		shownWith("metadata.images", view.CanSeeImages),
		shownWith("metadata.where", view.CanSeeWhereTag),
	}}

// moderationTable is every shape, for the checks that walk them.
var moderationTable = []shape{accountShape, coreAccountShape, accountListShape, basicAccountShape, balancesShape, transactionShape}
