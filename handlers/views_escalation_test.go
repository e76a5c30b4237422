package handlers_test

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// A user given only view management on someone else's account could create a view with
// payment rights, grant it to themselves and pay out, or add payment rights to another
// custom view. Pinned on the exact chain: ellie delegates view management to omar; each of
// omar's steps towards paying out is refused and nothing changes.
func TestDelegatedViewManagerCannotEscalate(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := dummySCA(t, db)
		ellie, omar := sandboxToken(t, s, "ellie"), sandboxToken(t, s, "omar")
		omarID := s.Get(t, "/obp/v5.1.0/users/current", auth(omar)...).JSON(t)["user_id"].(string)
		base := "/obp/v5.1.0/banks/gh.29.uk/accounts/ellie-current"
		as := func(tok, method, path, body string) *testenv.Response {
			return s.Do(t, method, base+path, body, auth(tok)...)
		}

		manage := `{"name": "_manage", "description": "view management", "metadata_view": "_manage", "is_public": false, "which_alias_to_use": "", "hide_metadata_if_alias_used": false,
			"allowed_actions": ["can_create_custom_view", "can_update_custom_view", "can_grant_access_to_custom_views", "can_see_bank_account_label"]}`
		payer := `{"name": "_payer", "description": "pays", "metadata_view": "_payer", "is_public": false, "which_alias_to_use": "", "hide_metadata_if_alias_used": false,
			"allowed_actions": ["can_add_transaction_request_to_any_account", "can_see_transaction_requests"]}`
		for _, v := range []string{manage, payer} {
			if r := as(ellie, http.MethodPost, "/views", v); r.Status != 201 {
				t.Fatalf("ellie creates a view: %d %s", r.Status, r.Body)
			}
		}
		if r := grantView(t, s, ellie, "gh.29.uk", "ellie-current", omarID, "_manage"); r.Status != 201 {
			t.Fatalf("ellie delegates view management: %d %s", r.Status, r.Body)
		}
		snapshot := func() string {
			return fmt.Sprint(string(as(ellie, http.MethodGet, "/views", "").Body), string(as(ellie, http.MethodGet, "/permissions", "").Body), balanceOf(t, s, ellie, "ellie-current"))
		}
		before := snapshot()

		evil := `{"name": "_evil", "description": "", "metadata_view": "", "is_public": false, "which_alias_to_use": "", "hide_metadata_if_alias_used": false,
			"allowed_actions": ["can_add_transaction_request_to_any_account", "can_create_custom_view"]}`
		wantOBPError(t, as(omar, http.MethodPost, "/views", evil), 403, "OBP-20049")
		wantOBPError(t, as(omar, http.MethodPost, "/views/_manage/account-access/grant", `{"user_id": "`+omarID+`", "view_id": "_payer"}`), 403, "OBP-20049")
		rewrite := `{"description": "family", "metadata_view": "_family", "is_public": false, "which_alias_to_use": "", "hide_metadata_if_alias_used": false,
			"allowed_actions": ["can_see_bank_account_balance", "can_add_transaction_request_to_any_account"]}`
		wantOBPError(t, as(omar, http.MethodPut, "/views/_family", rewrite), 403, "OBP-20049")
		selfUpgrade := `{"description": "", "metadata_view": "_manage", "is_public": false, "which_alias_to_use": "", "hide_metadata_if_alias_used": false,
			"allowed_actions": ["can_create_custom_view", "can_update_custom_view", "can_grant_access_to_custom_views", "can_see_bank_account_label", "can_add_transaction_request_to_any_account"]}`
		wantOBPError(t, as(omar, http.MethodPut, "/views/_manage", selfUpgrade), 403, "OBP-20049")
		wantOBPError(t, as(omar, http.MethodPost, "/_manage/transaction-request-types/ACCOUNT/transaction-requests", toAccount("omar-current", "GBP", "100.00")), 403, "OBP-40002")
		if after := snapshot(); after != before {
			t.Errorf("refused escalation changed something:\nbefore %s\nafter  %s", before, after)
		}

		// Within what _manage holds, delegation still works.
		narrow := `{"name": "_labels", "description": "", "metadata_view": "", "is_public": false, "which_alias_to_use": "", "hide_metadata_if_alias_used": false,
			"allowed_actions": ["can_see_bank_account_label"]}`
		if r := as(omar, http.MethodPost, "/views", narrow); r.Status != 201 {
			t.Errorf("a view within the manager's own rights: %d %s", r.Status, r.Body)
		}
	})
}
