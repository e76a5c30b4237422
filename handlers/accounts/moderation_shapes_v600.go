package accounts

import (
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
)

// v6.0.0's account through a view keeps v4's top-level names, so accountShape moderates it;
// the shapes below are the v6.0.0 renderings whose names differ. Their rules are the v4
// and v3 ones under the v6 names.

// coreAccountShapeV600 moderates ModeratedCoreAccountJsonV600 (GET /my/banks/.../account).
var coreAccountShapeV600 = handlers.Shape{Name: "core account v6.0.0", Always: []string{"account_id", "bank_id"}, Rules: []handlers.FieldRule{
	handlers.ShownWith("label", view.CanSeeBankAccountLabel),
	handlers.ShownWith("number", view.CanSeeBankAccountNumber),
	handlers.ShownWith("product_code", view.CanSeeBankAccountType),
	handlers.ShownWith("balance", view.CanSeeBalance),
	handlers.ShownWith("account_routings", accountRoutingPair...),
	handlers.ShownWith("views_basic", view.CanSeeAvailableViews),
}}

// basicAccountShapeV600 moderates an entry of v6.0.0's GET /banks/BANK_ID/accounts.
var basicAccountShapeV600 = handlers.Shape{Name: "basic account v6.0.0", Always: []string{"account_id", "bank_id", "views_available"}, Rules: []handlers.FieldRule{
	handlers.ShownWith("label", view.CanSeeBankAccountLabel),
}}

// transactionShapeV600 moderates TransactionJsonV600. The other side's bank id is its
// bank routing's address, so it needs what that routing needs.
var transactionShapeV600 = handlers.Shape{Name: "transaction v6.0.0",
	Always: []string{"transaction_id", "this_account.account_id", "this_account.bank_id", "other_account.account_id", "transaction_attributes"},
	Rules: []handlers.FieldRule{
		handlers.ShownWith("this_account", view.CanSeeTransactionThisAccount),
		handlers.ShownWith("this_account.bank_routing", bankRoutingPair...),
		handlers.ShownWith("this_account.account_routings", accountRoutingPair...),
		handlers.ShownWith("this_account.holders", view.CanSeeBankAccountOwners),
		handlers.ShownWith("other_account", view.CanSeeTransactionOtherAccount),
		handlers.ShownWith("other_account.bank_id", otherBankRoutingPair...),
		handlers.ShownWith("other_account.holder", view.CanSeeOtherAccountMetadata),
		handlers.ShownWith("other_account.bank_routing", otherBankRoutingPair...),
		handlers.ShownWith("other_account.account_routings", otherAccountRoutingPair...),
		// OBP's ModeratedOtherBankAccountMetadata: the whole with the metadata permission, each field with its own.
		handlers.ShownWith("other_account.metadata", view.CanSeeOtherAccountMetadata),
		handlers.ShownWith("other_account.metadata.public_alias", "can_see_public_alias"),
		handlers.ShownWith("other_account.metadata.private_alias", "can_see_private_alias"),
		handlers.ShownWith("other_account.metadata.more_info", "can_see_more_info"),
		handlers.ShownWith("other_account.metadata.URL", "can_see_url"),
		handlers.ShownWith("other_account.metadata.image_URL", "can_see_image_url"),
		handlers.ShownWith("other_account.metadata.open_corporates_URL", "can_see_open_corporates_url"),
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
	}}

// moderationShapesV600 are the v6.0.0 shapes, for ModerationShapes.
func moderationShapesV600() []handlers.Shape {
	return []handlers.Shape{coreAccountShapeV600, basicAccountShapeV600, transactionShapeV600}
}
