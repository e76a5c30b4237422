package accounts

import (
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
)

// A routing is a scheme with an address, shown only when the view grants both: OBP does so
// for an account's routings (ViewExtended.moderateAccount), while can_see_bank_account_iban
// and _number guard its separate iban and number fields (`number` here), not the list.
var (
	accountRoutingPair      = []view.Permission{view.CanSeeBankAccountRoutingScheme, view.CanSeeBankAccountRoutingAddress}
	bankRoutingPair         = []view.Permission{view.CanSeeBankRoutingScheme, view.CanSeeBankRoutingAddress}
	otherAccountRoutingPair = []view.Permission{view.CanSeeOtherAccountRoutingScheme, view.CanSeeOtherAccountRoutingAddress}
	otherBankRoutingPair    = []view.Permission{view.CanSeeOtherBankRoutingScheme, view.CanSeeOtherBankRoutingAddress}
)

// accountShape moderates ModeratedAccountJSON400 (GET .../VIEW_ID/account).
var accountShape = handlers.Shape{Name: "account", Always: []string{"id", "bank_id", "account_attributes"}, Rules: []handlers.FieldRule{
	handlers.ShownWith("label", view.CanSeeBankAccountLabel),
	handlers.ShownWith("number", view.CanSeeBankAccountNumber),
	handlers.ShownWith("owners", view.CanSeeBankAccountOwners),
	handlers.ShownWith("product_code", view.CanSeeBankAccountType),
	handlers.ShownWith("balance", view.CanSeeBalance),
	handlers.ShownWith("account_routings", accountRoutingPair...),
	handlers.ShownWith("views_available", view.CanSeeAvailableViews),
	handlers.ShownWith("tags", view.CanSeeTags),
}}

// coreAccountShape moderates ModeratedCoreAccountJsonV400 (GET /my/banks/.../account).
var coreAccountShape = handlers.Shape{Name: "core account", Always: []string{"id", "bank_id"}, Rules: []handlers.FieldRule{
	handlers.ShownWith("label", view.CanSeeBankAccountLabel),
	handlers.ShownWith("number", view.CanSeeBankAccountNumber),
	handlers.ShownWith("product_code", view.CanSeeBankAccountType),
	handlers.ShownWith("balance", view.CanSeeBalance),
	handlers.ShownWith("account_routings", accountRoutingPair...),
	handlers.ShownWith("views_basic", view.CanSeeAvailableViews),
}}

// accountListShape moderates an entry of GET /my/accounts; `views` are the caller's own.
var accountListShape = handlers.Shape{Name: "account list entry", Always: []string{"id", "bank_id", "views"}, Rules: []handlers.FieldRule{
	handlers.ShownWith("label", view.CanSeeBankAccountLabel),
	handlers.ShownWith("account_type", view.CanSeeBankAccountType),
	handlers.ShownWith("account_routings", accountRoutingPair...),
}}

// basicAccountShape moderates an entry of GET /banks/BANK_ID/accounts.
var basicAccountShape = handlers.Shape{Name: "basic account", Always: []string{"id", "bank_id", "views_available"}, Rules: []handlers.FieldRule{
	handlers.ShownWith("label", view.CanSeeBankAccountLabel),
}}

// balancesShape moderates AccountBalanceJsonV400, alone or in a bank's list.
var balancesShape = handlers.Shape{Name: "balances", Always: []string{"account_id", "bank_id"}, Rules: []handlers.FieldRule{
	handlers.ShownWith("label", view.CanSeeBankAccountLabel),
	handlers.ShownWith("account_routings", accountRoutingPair...),
	handlers.ShownWith("balances", view.CanSeeBalance),
}}

// transactionShape moderates TransactionJsonV300.
var transactionShape = handlers.Shape{Name: "transaction", Always: []string{"id", "this_account.id", "other_account.id", "transaction_attributes"},
	Rules: []handlers.FieldRule{
		handlers.ShownWith("this_account", view.CanSeeTransactionThisAccount),
		handlers.ShownWith("this_account.bank_routing", bankRoutingPair...),
		handlers.ShownWith("this_account.account_routings", accountRoutingPair...),
		handlers.ShownWith("this_account.holders", view.CanSeeBankAccountOwners),
		handlers.ShownWith("other_account", view.CanSeeTransactionOtherAccount),
		// Stricter than OBP, which always names the other side (or its alias): with no aliases here the name is the holder's own.
		handlers.ShownWith("other_account.holder", view.CanSeeOtherAccountMetadata),
		handlers.ShownWith("other_account.bank_routing", otherBankRoutingPair...),
		handlers.ShownWith("other_account.account_routings", otherAccountRoutingPair...),
		handlers.ShownWith("details.type", view.CanSeeTransactionType),
		handlers.ShownWith("details.description", view.CanSeeTransactionDescription),
		handlers.ShownWith("details.posted", view.CanSeeTransactionStartDate),
		handlers.ShownWith("details.completed", view.CanSeeTransactionFinishDate),
		handlers.ShownWith("details.new_balance", view.CanSeeTransactionBalance),
		handlers.ShownWith("details.value", view.CanSeeTransactionAmount),
		handlers.ShownWith("metadata", view.CanSeeTransactionMetadata),
		handlers.ShownWith("metadata.narrative", view.CanSeeNarrative),
		handlers.ShownWith("metadata.comments", view.CanSeeComments),
		handlers.ShownWith("metadata.tags", view.CanSeeTags),
		handlers.ShownWith("metadata.images", view.CanSeeImages),
		// metadata.where (can_see_where_tag) is not rendered: no where tags are kept.
	}}

// ModerationShapes is every shape the area moderates with, for the checks that walk them.
func ModerationShapes() []handlers.Shape {
	return append([]handlers.Shape{accountShape, coreAccountShape, accountListShape, basicAccountShape, balancesShape, transactionShape}, moderationShapesV600()...)
}
