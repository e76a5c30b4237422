package handlers

import (
	"encoding/json"
	"strings"

	"github.com/obp-go/obp/domain/view"
)

// fieldRule ties a JSON field (dotted path) to the view permission that shows it.
type fieldRule struct {
	path       string
	permission string
}

// accountFields moderates account JSON.
var accountFields = []fieldRule{
	{"label", "can_see_bank_account_label"},
	{"number", "can_see_bank_account_number"},
	{"owners", "can_see_bank_account_owners"},
	{"product_code", "can_see_bank_account_type"},
	{"balance", "can_see_bank_account_balance"},
	{"account_routings", "can_see_bank_account_routing_address"},
	{"views_available", "can_see_available_views_for_bank_account"},
	{"views_basic", "can_see_available_views_for_bank_account"},
	{"tags", "can_see_tags"},
}

// transactionFields moderates transaction JSON.
var transactionFields = []fieldRule{
	{"this_account", "can_see_transaction_this_bank_account"},
	{"other_account", "can_see_transaction_other_bank_account"},
	{"other_account.holder", "can_see_other_account_metadata"},
	{"other_account.account_routings", "can_see_other_account_routing_address"},
	{"other_account.bank_routing", "can_see_other_bank_routing_address"},
	{"details.type", "can_see_transaction_type"},
	{"details.description", "can_see_transaction_description"},
	{"details.posted", "can_see_transaction_start_date"},
	{"details.completed", "can_see_transaction_finish_date"},
	{"details.new_balance", "can_see_transaction_balance"},
	{"details.value", "can_see_transaction_amount"},
	{"metadata", "can_see_transaction_metadata"},
}

// moderate renders v as JSON without the fields the view does not grant: the one
// moderation step for every view-dependent read.
func moderate(v any, rules []fieldRule, through view.View) (map[string]any, error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, err
	}
	for _, r := range rules {
		if !through.Can(r.permission) {
			deletePath(m, strings.Split(r.path, "."))
		}
	}
	return m, nil
}

func deletePath(m map[string]any, path []string) {
	if len(path) == 1 {
		delete(m, path[0])
		return
	}
	if child, ok := m[path[0]].(map[string]any); ok {
		deletePath(child, path[1:])
	}
}
