package view

import "strings"

// expand turns "can_see_bank_account_{balance, label}" into its names.
func expand(pattern string) []string {
	open := strings.Index(pattern, "{")
	if open < 0 {
		return []string{pattern}
	}
	closing := strings.Index(pattern, "}")
	var out []string
	for _, part := range strings.Split(pattern[open+1:closing], ",") {
		out = append(out, pattern[:open]+strings.TrimSpace(part)+pattern[closing+1:])
	}
	return out
}

// Permissions is every boolean view permission OBP knows, by its snake_case name.
var Permissions = func() []string {
	var out []string
	for _, p := range []string{
		"can_add_{comment, corporate_location, counterparty, image, image_url, more_info, open_corporates_url, physical_location, private_alias, public_alias, tag, url, where_tag}",
		"can_add_transaction_request_to_{own_account, any_account, beneficiary}",
		"can_{create, delete, update, get}_custom_view",
		"can_grant_access_to_custom_views",
		"can_revoke_access_to_custom_views",
		"can_create_{direct_debit, standing_order}",
		"can_delete_{comment, corporate_location, counterparty, image, physical_location, tag, where_tag}",
		"can_edit_{owner_comment, narrative}",
		"can_get_counterparty",
		"can_query_available_funds",
		"can_update_bank_account_label",
		"can_see_available_views_for_bank_account",
		"can_see_bank_account_{balance, bank_name, bank_permalink, credit_limit, currency, iban, label, national_identifier, number, owners, routing_address, routing_scheme, swift_bic, type}",
		"can_see_bank_routing_{address, scheme}",
		"can_see_{comments, corporate_location, image_url, images, more_info, narrative, open_corporates_url, owner_comment, physical_location, private_alias, public_alias, tags, url, where_tag}",
		"can_see_other_account_{bank_name, iban, kind, metadata, national_identifier, number, routing_address, routing_scheme, swift_bic}",
		"can_see_other_bank_routing_{address, scheme}",
		"can_see_transaction_{amount, balance, currency, description, finish_date, label, metadata, other_bank_account, request_types, requests, start_date, this_bank_account, type}",
		"can_see_views_with_permissions_for_{all_users, one_user}",
	} {
		out = append(out, expand(p)...)
	}
	return out
}()

var known = func() map[string]bool {
	m := make(map[string]bool, len(Permissions))
	for _, p := range Permissions {
		m[p] = true
	}
	return m
}()

// IsPermission reports whether name is a view permission.
func IsPermission(name string) bool { return known[name] }

// The permissions the server's endpoints check by name.
const (
	CanSeeBalance                 = "can_see_bank_account_balance"
	CanSeeAvailableViews          = "can_see_available_views_for_bank_account"
	CanCreateCustomView           = "can_create_custom_view"
	CanUpdateCustomView           = "can_update_custom_view"
	CanDeleteCustomView           = "can_delete_custom_view"
	CanGetCustomView              = "can_get_custom_view"
	CanGrantAccessToCustomViews   = "can_grant_access_to_custom_views"
	CanRevokeAccessToCustomViews  = "can_revoke_access_to_custom_views"
	CanSeePermissionsForAllUsers  = "can_see_views_with_permissions_for_all_users"
	CanUpdateBankAccountLabel     = "can_update_bank_account_label"
	CanSeeTransactionThisAccount  = "can_see_transaction_this_bank_account"
	CanAddCounterparty            = "can_add_counterparty"
	CanGetCounterparty            = "can_get_counterparty"
	CanDeleteCounterparty         = "can_delete_counterparty"
	CanSeeTransactionRequests     = "can_see_transaction_requests"
	CanSeeTransactionRequestTypes = "can_see_transaction_request_types"
)

// The permissions that decide which account and transaction fields a view shows.
const (
	CanSeeBankAccountLabel           = "can_see_bank_account_label"
	CanSeeBankAccountNumber          = "can_see_bank_account_number"
	CanSeeBankAccountOwners          = "can_see_bank_account_owners"
	CanSeeBankAccountType            = "can_see_bank_account_type"
	CanSeeBankAccountRoutingScheme   = "can_see_bank_account_routing_scheme"
	CanSeeBankAccountRoutingAddress  = "can_see_bank_account_routing_address"
	CanSeeBankRoutingScheme          = "can_see_bank_routing_scheme"
	CanSeeBankRoutingAddress         = "can_see_bank_routing_address"
	CanSeeTags                       = "can_see_tags"
	CanSeeTransactionOtherAccount    = "can_see_transaction_other_bank_account"
	CanSeeOtherAccountMetadata       = "can_see_other_account_metadata"
	CanSeeOtherAccountRoutingScheme  = "can_see_other_account_routing_scheme"
	CanSeeOtherAccountRoutingAddress = "can_see_other_account_routing_address"
	CanSeeOtherBankRoutingScheme     = "can_see_other_bank_routing_scheme"
	CanSeeOtherBankRoutingAddress    = "can_see_other_bank_routing_address"
	CanSeeTransactionType            = "can_see_transaction_type"
	CanSeeTransactionDescription     = "can_see_transaction_description"
	CanSeeTransactionStartDate       = "can_see_transaction_start_date"
	CanSeeTransactionFinishDate      = "can_see_transaction_finish_date"
	CanSeeTransactionBalance         = "can_see_transaction_balance"
	CanSeeTransactionAmount          = "can_see_transaction_amount"
	CanSeeTransactionMetadata        = "can_see_transaction_metadata"
	CanSeeNarrative                  = "can_see_narrative"
	CanSeeComments                   = "can_see_comments"
	CanSeeImages                     = "can_see_images"
	CanSeeWhereTag                   = "can_see_where_tag"
)
