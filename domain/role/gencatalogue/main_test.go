package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestExpandReadsTheReferencesShorthands(t *testing.T) {
	for _, tc := range []struct {
		token string
		want  []string
	}{
		{"CanCreateAccount", []string{"CanCreateAccount"}},
		{"canValidateUser", []string{"CanValidateUser"}},
		{"CanCreate/Get/DeleteSystemView", []string{"CanCreateSystemView", "CanGetSystemView", "CanDeleteSystemView"}},
		{"CanGet/DeleteEntitlementRequestsAtAnyBank", []string{"CanGetEntitlementRequestsAtAnyBank", "CanDeleteEntitlementRequestsAtAnyBank"}},
		{"CanCreate/Get/DeleteCounterparty…AtAnyBank", []string{"CanCreateCounterpartyAtAnyBank", "CanGetCounterpartyAtAnyBank", "CanDeleteCounterpartyAtAnyBank"}},
		{"CanGetAnyKycChecks/Documents/Media/Statuses", []string{"CanGetAnyKycChecks", "CanGetAnyKycDocuments", "CanGetAnyKycMedia", "CanGetAnyKycStatuses"}},
		{"CanUpdateCustomerEmail/MobilePhoneNumber", []string{"CanUpdateCustomerEmail", "CanUpdateCustomerMobilePhoneNumber"}},
		{"CanDeleteAuthenticationValidation**", []string{"CanDeleteAuthenticationValidation"}},
		{"CanUpdateCustomer*", nil},
		{"CanCreateEntitlementAt*", nil},
		{"CanGet…", nil},
		{"CanCreate/GetAny/DeleteX", nil},
	} {
		if got := expand(tc.token); !slices.Equal(got, tc.want) {
			t.Errorf("expand(%q) = %v, want %v", tc.token, got, tc.want)
		}
	}
}

func TestScopeEvidenceInOrder(t *testing.T) {
	src := sources{
		facts: []byte("- **[B] bank roles:** CanA, CanB.\n- **[S] system roles:**\n  - Users: CanC, CanDAtOneBank.\n\n" +
			"| GET /x | CanE [B] / CanF [S] |\n"),
		swagger2: []byte("paths:\n  /obp/v5.1.0/banks/{BANK_ID}/things:\n    get:\n      description: needs CanG or CanH\n" +
			"  /obp/v5.1.0/things:\n    get:\n      description: needs CanH, or the canIOnes role.\n      summary: views grant the permission canJ as a field, unlike those\n" +
			"definitions:\n  X:\n    example:\n      - role: \"CanK\"\n        requires_bank_id: true\n"),
		openapi3: []byte(`{"paths": {"/obp/v6.0.0/banks/{bankid}/more": {"get": {"description": "CanL and CanMAtAnyBank"}}}}`),
	}
	roles, err := catalogue(src)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, r := range roles {
		got[r.Name] = r.Bank
	}
	want := map[string]bool{"CanA": true, "CanB": true, "CanC": false, "CanDAtOneBank": false, "CanE": true, "CanF": false,
		"CanG": true, "CanH": false, "CanIOnes": false, "CanK": true, "CanL": true, "CanMAtAnyBank": false}
	if len(got) != len(want) {
		t.Errorf("roles = %v, want %v", got, want)
	}
	for name, bank := range want {
		if b, ok := got[name]; !ok || b != bank {
			t.Errorf("%s: bank = %v (found %v), want %v", name, b, ok, bank)
		}
	}
}

func TestContradictingExplicitScopesStopTheGenerator(t *testing.T) {
	_, err := catalogue(sources{facts: []byte("| CanA [B] |\n| CanA [S] |\n"), openapi3: []byte(`{}`)})
	if err == nil {
		t.Error("the facts said [B] and [S] for one role and the generator went on")
	}
	_, err = catalogue(sources{facts: []byte("| CanA [B] |\n"), swagger2: []byte("role: \"CanA\"\n requires_bank_id: false\n"), openapi3: []byte(`{}`)})
	if err == nil {
		t.Error("the facts and the spec disagreed and the generator went on")
	}
}

// The committed catalogue is what the generator makes of the reference files, when they
// are at hand (the build itself never needs them).
func TestCommittedCatalogueIsCurrent(t *testing.T) {
	ref := os.Getenv("OBP_REFERENCE")
	if ref == "" {
		ref = filepath.Join("..", "..", "..", "..", "shared")
	}
	src, err := readSources(ref)
	if err != nil {
		t.Skipf("OBP's reference files are not at hand: %v", err)
	}
	roles, err := catalogue(src)
	if err != nil {
		t.Fatal(err)
	}
	code, err := render(roles)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(filepath.Join("..", "catalogue_obp.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(code, committed) {
		t.Error("domain/role/catalogue_obp.go is stale: run go generate ./domain/role")
	}
}
