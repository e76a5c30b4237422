package view

import (
	"sort"
	"strings"
)

// System view ids (OBP's).
const (
	Owner             = "owner"
	Auditor           = "auditor"
	Accountant        = "accountant"
	Firehose          = "firehose"
	Standard          = "standard"
	StageOne          = "StageOne"
	ManageCustomViews = "ManageCustomViews"
)

// offByDefault are the permissions OBP's default system-view template leaves off.
var offByDefault = []Permission{
	"can_see_available_views_for_bank_account", "can_see_transaction_requests", "can_see_transaction_request_types",
	"can_update_bank_account_label", "can_see_views_with_permissions_for_one_user", "can_see_views_with_permissions_for_all_users",
	"can_grant_access_to_custom_views", "can_revoke_access_to_custom_views",
	"can_create_custom_view", "can_delete_custom_view", "can_update_custom_view", "can_get_custom_view",
	// Ours: changing what may be paid is for the account's holders (owner, standard).
	"can_create_counterparty_limit", "can_update_counterparty_limit", "can_delete_counterparty_limit",
}

// paymentAndWrite are the permissions that move money or change an account's data.
var paymentAndWrite = []Permission{
	"can_add_transaction_request_to_own_account", "can_add_transaction_request_to_any_account",
	"can_add_transaction_request_to_beneficiary", "can_add_counterparty", "can_delete_counterparty",
	"can_create_direct_debit", "can_create_standing_order",
	"can_create_counterparty_limit", "can_update_counterparty_limit", "can_delete_counterparty_limit",
}

func set(names ...[]Permission) map[Permission]bool {
	m := map[Permission]bool{}
	for _, list := range names {
		for _, n := range list {
			m[n] = true
		}
	}
	return m
}

func without(m map[Permission]bool, names ...Permission) map[Permission]bool {
	out := make(map[Permission]bool, len(m))
	for k, v := range m {
		out[k] = v
	}
	for _, n := range names {
		delete(out, n)
	}
	return out
}

func withPrefix(prefixes ...string) []Permission {
	var out []Permission
	for _, p := range Permissions {
		for _, pre := range prefixes {
			if strings.HasPrefix(string(p), pre) {
				out = append(out, p)
			}
		}
	}
	return out
}

// systemIDs is every system view id: the grant and revoke lists of owner and standard.
var systemIDs = []string{Owner, Auditor, Accountant, Firehose, Standard, StageOne, ManageCustomViews,
	"ReadAccountsBasic", "ReadAccountsDetail", "ReadBalances", "ReadTransactionsBasic", "ReadTransactionsDebits",
	"ReadTransactionsDetail", "ReadAccountsBerlinGroup", "ReadBalancesBerlinGroup", "ReadTransactionsBerlinGroup",
	"InitiatePaymentsBerlinGroup"}

// systemViews are OBP's system views and permission sets (code/views/MapperViews.scala).
var systemViews = func() map[string]View {
	all := set(Permissions)
	template := without(all, offByDefault...)
	readOnly := without(template, paymentAndWrite...)
	sys := func(id, name, desc string, allowed map[Permission]bool) View {
		return View{ID: id, ShortName: name, Description: desc, MetadataView: id, IsSystem: true, Allowed: allowed,
			CanGrantAccessToViews: []string{}, CanRevokeAccessToViews: []string{}}
	}
	views := []View{
		sys(Owner, "Owner", "The view for the account's holders: everything.", all),
		sys(Standard, "Standard", "Everything, as owner.", all),
		// OBP gives auditor and accountant its full default template, payments included. We
		// deliberately make them read-only: an auditor who can move money is a finding.
		sys(Auditor, "Auditor", "Reads the account and its transactions; cannot pay or change anything.", readOnly),
		sys(Accountant, "Accountant", "Reads the account and its transactions; cannot pay or change anything.", readOnly),
		sys(Firehose, "Firehose", "Reads everything, for bank-wide feeds.", template),
		sys(StageOne, "StageOne", "The default template without descriptions or payments to others.",
			without(template, "can_see_transaction_description", "can_add_transaction_request_to_any_account", "can_add_transaction_request_to_beneficiary")),
		sys(ManageCustomViews, "Manage Custom Views", "Creates, changes and grants custom views.",
			set(keys(template), []Permission{"can_create_custom_view", "can_delete_custom_view", "can_update_custom_view",
				"can_get_custom_view", "can_grant_access_to_custom_views", "can_revoke_access_to_custom_views"})),
		sys("ReadAccountsBasic", "Read Accounts Basic", "Account label, currency and type.",
			set([]Permission{"can_see_bank_account_label", "can_see_bank_account_currency", "can_see_bank_account_type", "can_see_bank_account_bank_name"})),
		sys("ReadAccountsDetail", "Read Accounts Detail", "Account details and routings.", set(withPrefix("can_see_bank_account_", "can_see_bank_routing_"))),
		sys("ReadBalances", "Read Balances", "Account balances.", set([]Permission{"can_see_bank_account_balance", "can_see_bank_account_currency"})),
		sys("ReadTransactionsBasic", "Read Transactions Basic", "Transaction amounts, dates and types.",
			set([]Permission{"can_see_transaction_amount", "can_see_transaction_currency", "can_see_transaction_start_date",
				"can_see_transaction_finish_date", "can_see_transaction_type"})),
		sys("ReadTransactionsDebits", "Read Transactions Debits", "Transactions without the other party's details.",
			without(set(withPrefix("can_see_transaction_")), "can_see_transaction_other_bank_account", "can_see_transaction_requests", "can_see_transaction_request_types")),
		sys("ReadTransactionsDetail", "Read Transactions Detail", "Transactions with every detail.",
			without(set(withPrefix("can_see_transaction_", "can_see_other_account_", "can_see_other_bank_routing_")), "can_see_transaction_requests", "can_see_transaction_request_types")),
		sys("ReadAccountsBerlinGroup", "Read Accounts Berlin Group", "Berlin Group account information.", set(withPrefix("can_see_bank_account_"))),
		sys("ReadBalancesBerlinGroup", "Read Balances Berlin Group", "Berlin Group balances.", set([]Permission{"can_see_bank_account_balance", "can_see_bank_account_currency"})),
		sys("ReadTransactionsBerlinGroup", "Read Transactions Berlin Group", "Berlin Group transactions.",
			without(set(withPrefix("can_see_transaction_")), "can_see_transaction_requests", "can_see_transaction_request_types")),
		sys("InitiatePaymentsBerlinGroup", "Initiate Payments Berlin Group", "Berlin Group payment initiation.",
			set([]Permission{"can_add_transaction_request_to_any_account", "can_add_transaction_request_to_beneficiary"})),
	}
	out := map[string]View{}
	for _, v := range views {
		if v.ID == Owner || v.ID == Standard {
			v.CanGrantAccessToViews = append([]string{}, systemIDs...)
			v.CanRevokeAccessToViews = append([]string{}, systemIDs...)
		}
		out[v.ID] = v
	}
	return out
}()

func keys(m map[Permission]bool) []Permission {
	out := make([]Permission, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// System returns the system view with id.
func System(id string) (View, bool) {
	v, ok := systemViews[id]
	return v, ok
}

// SystemViews lists every system view, by id.
func SystemViews() []View {
	out := make([]View, 0, len(systemViews))
	for _, id := range systemIDs {
		out = append(out, systemViews[id])
	}
	return out
}
