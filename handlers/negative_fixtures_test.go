package handlers_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"testing"

	sbx "github.com/obp-go/obp/domain/sandbox"
	"github.com/obp-go/obp/internal/testenv"
	"github.com/obp-go/obp/internal/tmsdevice"
)

// negFixtures are real values for every path parameter of the registry, so that a probe
// that changes one parameter reaches the handler with all the others valid. Records a probe
// could delete (an entitlement, a consumer) belong to a throwaway user, never the admin.
type negFixtures map[string]string

func negativeFixtures(t *testing.T, s *testenv.Server, admin string) negFixtures {
	t.Helper()
	a := auth(admin)
	const bank, account = "gh.29.uk", sbx.FundingAccountID // the admin holds the funding account
	accountPath := "/obp/v5.1.0/banks/" + bank + "/accounts/" + account + "/owner"
	fx := negFixtures{
		"BANK_ID": bank, "ACCOUNT_ID": account, "VIEW_ID": "owner", "API_VERSION": "v5.1.0",
		"PROVIDER": url.PathEscape("http://127.0.0.1"), "USERNAME": "ellie", "PRODUCT_CODE": "CURRENT",
		"TRANSACTION_REQUEST_TYPE": "ACCOUNT", "CONNECTOR": "rest_vMar2019",
		// KYC records are kept under the id their PUT names: any id will do.
		"KYC_DOCUMENT_ID": "negative-probe-document", "KYC_CHECK_ID": "negative-probe-check", "KYC_MEDIA_ID": "negative-probe-media",
	}
	fx["EMAIL"] = url.PathEscape(testenv.AdminUsername + "@sandbox.example")
	fx["USER_ID"] = negField(t, s.Get(t, "/obp/v5.1.0/users/current", a...), 200, "user_id")
	fx["TARGET_VIEW_ID"] = negField(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/"+bank+"/accounts/"+account+"/views",
		`{"name": "_probes", "allowed_actions": []}`, a...), 201, "id")
	spare := newUser(t, s)
	fx["ENTITLEMENT_ID"] = grant(t, s, admin, spare.ID, "", "CanGetConsumers")
	fx["ENTITLEMENT_REQUEST_ID"] = negField(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/entitlement-requests",
		`{"bank_id": "", "role_name": "CanGetAnyUser"}`, auth(spare.Token)...), 201, "entitlement_request_id")
	fx["CONSUMER_ID"] = negField(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/management/consumers",
		`{"app_name": "Negative probes", "app_type": "Web", "description": "d", "developer_email": "n@example.com"}`, a...), 201, "consumer_id")
	fx["CUSTOMER_ID"] = negField(t, s.Get(t, "/obp/v5.1.0/banks/"+bank+"/customers", a...), 200, "customer_id")
	fx["USER_CUSTOMER_LINK_ID"] = negField(t, s.Get(t, "/obp/v5.1.0/banks/"+bank+"/user_customer_links/users/"+fx["USER_ID"], a...), 200, "user_customer_link_id")
	cp := s.Do(t, http.MethodPost, accountPath+"/counterparties", cpBody("Negative probe payee"), a...)
	fx["COUNTERPARTY_ID"] = negField(t, cp, 201, "counterparty_id")
	fx["COUNTERPARTY_NAME"] = url.PathEscape(negField(t, cp, 201, "name"))
	fx["TRANSACTION_ID"] = negField(t, s.Get(t, accountPath+"/transactions?limit=1", a...), 200, "id")
	// At the threshold: the request waits INITIATED on a challenge the probes can answer.
	fx["TRANSACTION_REQUEST_ID"] = negField(t, s.Do(t, http.MethodPost, accountPath+"/transaction-request-types/ACCOUNT/transaction-requests",
		toAccount("ellie-current", "GBP", "1000.00"), a...), 201, "id")
	fx["SCA_METHOD"] = "SMS"
	fx["OPERATION_ID"] = "OBPv3.1.0-getMethodRoutings"
	fx["METHOD_ROUTING_ID"] = negField(t, s.Do(t, http.MethodPost, "/obp/v3.1.0/management/method_routings",
		`{"method_name": "getBank", "connector_name": "mapped", "is_bank_id_exact_match": false, "bank_id_pattern": "probe\\..*"}`, a...), 201, "method_routing_id")
	fx["USER_AUTH_CONTEXT_ID"] = negField(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/users/"+fx["USER_ID"]+"/auth-context",
		`{"key": "CUSTOMER_NUMBER", "value": "5987953"}`, a...), 201, "user_auth_context_id")
	fx["AUTH_CONTEXT_UPDATE_ID"] = negField(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/"+bank+"/users/current/auth-context-updates/SMS",
		`{"key": "CUSTOMER_NUMBER", "value": "5987953"}`, a...), 201, "user_auth_context_update_id")
	fx["CONSENT_ID"] = negField(t, s.Do(t, http.MethodPost, "/obp/v3.1.0/banks/"+bank+"/my/consents/SMS",
		`{"everything": false, "views": [{"bank_id": "`+bank+`", "account_id": "`+account+`", "view_id": "owner"}], "entitlements": [], "phone_number": "`+sandboxPhone+`"}`, a...), 201, "consent_id")
	fx["CONSENT_REQUEST_ID"] = negField(t, s.Do(t, http.MethodPost, "/obp/v5.0.0/consumer/consent-requests",
		`{"everything": false, "bank_id": "`+bank+`", "account_access": [], "phone_number": "`+sandboxPhone+`"}`, a...), 201, "consent_request_id")
	consumerID := negField(t, s.Do(t, http.MethodPost, "/my/logins/direct", "", "DirectLogin", "username="+testenv.AdminUsername+
		", password="+testenv.AdminPassword+", consumer_key="+testenv.ConsumerKey), 201, "consumer_id") // the admin token's app
	grant(t, s, admin, fx["USER_ID"], bank, "CanManageKycPartners")
	negField(t, s.Do(t, http.MethodPut, "/kyc/v1/banks/"+bank+"/partners/"+consumerID, `{"callback_url": ""}`, a...), 201, "consumer_id")
	fx["SUBMISSION_ID"] = negField(t, s.Get(t, "/kyc/v1/submissions/urls?submissionType=IDENTITY_CARD_SCAN",
		append(a, "x-onboarding-partner", bank, "x-partner-user-id", fx["CUSTOMER_ID"])...), 200, "submissionId")
	fx["TENANT_NAME"] = bank
	device := tmsdevice.New()
	fx["DEVICE_ID"] = negField(t, s.Do(t, http.MethodPost, "/v1/tenants/"+bank+"/devices", string(mustJSON(t, map[string]string{"csr": device.CSR()})), a...), 201, "deviceId")
	grant(t, s, admin, fx["USER_ID"], bank, "CanUseTmsAtOneBank")
	fx["TMS_ID"] = negField(t, s.Do(t, http.MethodPost, "/v1/tenants/"+bank+"/tms",
		`{"tmsData": {"text": "probe"}, "userId": "`+fx["USER_ID"]+`"}`, a...), 201, "id")
	fx["SEALING_KEY_ID"] = negField(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/"+bank+"/users/current/sealing-keys", `{}`, a...), 201, "sealing_key_id")
	grant(t, s, admin, fx["USER_ID"], bank, "CanCreateScopedAccessToken")
	fx["SCOPED_ACCESS_TOKEN_ID"] = negField(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/"+bank+"/scoped-access-tokens",
		`{"user_id": "`+fx["USER_ID"]+`", "access_right": "Viewer", "account_ids": ["`+account+`"], "allowed_ip_addresses": ["127.0.0.1"],
		"permitted_operation_ids": ["OBPv4.0.0-getPrivateAccountByIDFull"]}`, a...), 201, "scoped_access_token_id")
	return fx
}

var negPlaceholder = regexp.MustCompile(`\{([A-Z_]+)\}`)

// fill puts the fixtures into a resource doc's path; except, when given, is left as
// {NAME} for the caller to replace.
func (fx negFixtures) fill(t *testing.T, path, except string) string {
	t.Helper()
	return negPlaceholder.ReplaceAllStringFunc(path, func(m string) string {
		name := m[1 : len(m)-1]
		if name == except {
			return m
		}
		v, ok := fx[name]
		if !ok {
			t.Errorf("no fixture for path parameter %s (%s): add one to negativeFixtures", name, path)
		}
		return v
	})
}

// negField reads the first string named key anywhere in the answer.
func negField(t *testing.T, r *testenv.Response, status int, key string) string {
	t.Helper()
	if r.Status != status {
		t.Fatalf("fixture %s: status %d, want %d: %s", key, r.Status, status, r.Body)
	}
	var v any
	if err := json.Unmarshal(r.Body, &v); err != nil {
		t.Fatalf("fixture %s: %v", key, err)
	}
	if s, ok := firstString(v, key); ok {
		return s
	}
	t.Fatalf("fixture %s: not in %s", key, r.Body)
	return ""
}

func firstString(v any, key string) (string, bool) {
	switch x := v.(type) {
	case map[string]any:
		if s, ok := x[key].(string); ok && s != "" {
			return s, true
		}
		for _, e := range x {
			if s, ok := firstString(e, key); ok {
				return s, true
			}
		}
	case []any:
		for _, e := range x {
			if s, ok := firstString(e, key); ok {
				return s, true
			}
		}
	}
	return "", false
}
