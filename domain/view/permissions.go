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
var Permissions = func() []Permission {
	var out []Permission
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
		"can_{create, delete, update, get}_counterparty_limit",
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
		for _, name := range expand(p) {
			out = append(out, Permission(name))
		}
	}
	return out
}()

// Permission is one boolean view permission, by OBP's snake_case name.
type Permission string

var known = func() map[Permission]bool {
	m := make(map[Permission]bool, len(Permissions))
	for _, p := range Permissions {
		m[p] = true
	}
	return m
}()

// IsPermission reports whether name is a view permission.
func IsPermission(name string) bool { return known[Permission(name)] }

// Valid reports whether p is one of OBP's view permissions.
func (p Permission) Valid() bool { return known[p] }

// The permissions the server's endpoints check by name.
const (
	CanSeeBalance                 Permission = "can_see_bank_account_balance"
	CanSeeAvailableViews          Permission = "can_see_available_views_for_bank_account"
	CanCreateCustomView           Permission = "can_create_custom_view"
	CanUpdateCustomView           Permission = "can_update_custom_view"
	CanDeleteCustomView           Permission = "can_delete_custom_view"
	CanGetCustomView              Permission = "can_get_custom_view"
	CanGrantAccessToCustomViews   Permission = "can_grant_access_to_custom_views"
	CanRevokeAccessToCustomViews  Permission = "can_revoke_access_to_custom_views"
	CanSeePermissionsForAllUsers  Permission = "can_see_views_with_permissions_for_all_users"
	CanUpdateBankAccountLabel     Permission = "can_update_bank_account_label"
	CanSeeTransactionThisAccount  Permission = "can_see_transaction_this_bank_account"
	CanAddCounterparty            Permission = "can_add_counterparty"
	CanGetCounterparty            Permission = "can_get_counterparty"
	CanDeleteCounterparty         Permission = "can_delete_counterparty"
	CanSeeTransactionRequests     Permission = "can_see_transaction_requests"
	CanSeeTransactionRequestTypes Permission = "can_see_transaction_request_types"
	// Counterparty limits (OBP v5.1.0): caps on paying one counterparty through the view.
	CanCreateCounterpartyLimit Permission = "can_create_counterparty_limit"
	CanGetCounterpartyLimit    Permission = "can_get_counterparty_limit"
	CanUpdateCounterpartyLimit Permission = "can_update_counterparty_limit"
	CanDeleteCounterpartyLimit Permission = "can_delete_counterparty_limit"
	// Payments: any payee, a beneficiary counterparty, or the caller's own account.
	CanAddTransactionRequestToAnyAccount  Permission = "can_add_transaction_request_to_any_account"
	CanAddTransactionRequestToBeneficiary Permission = "can_add_transaction_request_to_beneficiary"
	CanAddTransactionRequestToOwnAccount  Permission = "can_add_transaction_request_to_own_account"
)

// The permissions that decide which account and transaction fields a view shows.
const (
	CanSeeBankAccountLabel           Permission = "can_see_bank_account_label"
	CanSeeBankAccountNumber          Permission = "can_see_bank_account_number"
	CanSeeBankAccountOwners          Permission = "can_see_bank_account_owners"
	CanSeeBankAccountType            Permission = "can_see_bank_account_type"
	CanSeeBankAccountRoutingScheme   Permission = "can_see_bank_account_routing_scheme"
	CanSeeBankAccountRoutingAddress  Permission = "can_see_bank_account_routing_address"
	CanSeeBankRoutingScheme          Permission = "can_see_bank_routing_scheme"
	CanSeeBankRoutingAddress         Permission = "can_see_bank_routing_address"
	CanSeeTags                       Permission = "can_see_tags"
	CanSeeTransactionOtherAccount    Permission = "can_see_transaction_other_bank_account"
	CanSeeOtherAccountMetadata       Permission = "can_see_other_account_metadata"
	CanSeeOtherAccountRoutingScheme  Permission = "can_see_other_account_routing_scheme"
	CanSeeOtherAccountRoutingAddress Permission = "can_see_other_account_routing_address"
	CanSeeOtherBankRoutingScheme     Permission = "can_see_other_bank_routing_scheme"
	CanSeeOtherBankRoutingAddress    Permission = "can_see_other_bank_routing_address"
	CanSeeTransactionType            Permission = "can_see_transaction_type"
	CanSeeTransactionDescription     Permission = "can_see_transaction_description"
	CanSeeTransactionStartDate       Permission = "can_see_transaction_start_date"
	CanSeeTransactionFinishDate      Permission = "can_see_transaction_finish_date"
	CanSeeTransactionBalance         Permission = "can_see_transaction_balance"
	CanSeeTransactionAmount          Permission = "can_see_transaction_amount"
	CanSeeTransactionMetadata        Permission = "can_see_transaction_metadata"
	CanSeeNarrative                  Permission = "can_see_narrative"
	CanSeeComments                   Permission = "can_see_comments"
	CanSeeImages                     Permission = "can_see_images"
	CanSeeWhereTag                   Permission = "can_see_where_tag"
)
