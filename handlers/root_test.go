package handlers_test

import (
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

func TestRoot(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		r := s.Get(t, "/obp/v5.1.0/root")
		if r.Status != 200 {
			t.Fatalf("status %d: %s", r.Status, r.Body)
		}
		if r.Header.Get("Correlation-Id") == "" {
			t.Error("no Correlation-Id header")
		}
		body := r.JSON(t)
		connector := "mapped"
		if testenv.RESTConnector() {
			connector = "rest_vMar2019"
		}
		if body["version"] != "v5.1.0" || body["version_status"] != "STABLE" || body["connector"] != connector {
			t.Errorf("version, status, connector = %v, %v, %v", body["version"], body["version_status"], body["connector"])
		}
		// every version answers its root, also at its bare prefix, as that version
		for _, path := range []string{"/obp/v1.2.1/root", "/obp/v1.2.1", "/obp/v4.0.0", "/obp/v6.0.0/root"} {
			v := strings.Split(path, "/")[2]
			if got := s.Get(t, path).JSON(t); got["version"] != v {
				t.Errorf("%s answers version %v", path, got["version"])
			}
		}
		if got := s.Get(t, "/obp/v6.0.0/root").JSON(t); got["version_status"] != "BLEEDING_EDGE" {
			t.Errorf("v6.0.0 status = %v", got["version_status"])
		}
		for _, f := range []string{"git_commit", "stage", "hostname", "local_identity_provider", "resource_docs_requires_role"} {
			if _, ok := body[f]; !ok {
				t.Errorf("root lacks %q", f)
			}
		}
		for _, f := range []string{"hosted_by", "hosted_at", "energy_source"} {
			if _, ok := body[f].(map[string]any); !ok {
				t.Errorf("root %q is not an object: %v", f, body[f])
			}
		}
		hb := body["hosted_by"].(map[string]any)
		for _, f := range []string{"organisation", "email", "phone", "organisation_website"} {
			if _, ok := hb[f]; !ok {
				t.Errorf("hosted_by lacks %q", f)
			}
		}
	})
}

func TestAPIVersions(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		body := s.Get(t, "/obp/v5.1.0/api/versions").JSON(t)
		list, _ := body["scanned_api_versions"].([]any)
		if len(list) != 12 {
			t.Fatalf("scanned_api_versions = %v", body)
		}
		v := list[10].(map[string]any)
		if v["API_VERSION"] != "v5.1.0" || v["urlPrefix"] != "obp" || v["apiStandard"] != "obp" || v["apiShortVersion"] != "v5.1.0" {
			t.Errorf("version entry = %v", v)
		}
	})
}

func TestGlossary(t *testing.T) {
	s := sandbox(t, testenv.OpenSQLite(t))
	body := s.Get(t, "/obp/v5.1.0/api/glossary").JSON(t)
	items, _ := body["glossary_items"].([]any)
	titles := map[string]bool{}
	for _, it := range items {
		m := it.(map[string]any)
		d := m["description"].(map[string]any)
		if d["markdown"] == "" || d["html"] == "" {
			t.Errorf("entry %v has an empty description", m["title"])
		}
		titles[m["title"].(string)] = true
	}
	for _, want := range []string{"Bank", "Account", "View", "Entitlement", "Role", "Consumer", "Direct Login",
		"Consent", "Challenge / SCA", "Transaction Request", "Transaction (double entry)", "Counterparty",
		"Customer", "KYC", "Connector", "Correlation id"} {
		if !titles[want] {
			t.Errorf("glossary lacks %q", want)
		}
	}
}
