package handlers_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/connectors/rest/exampleadapter"
	"github.com/obp-go/obp/internal/testenv"
)

// An adapter author reads the REST connector's message docs in OBP's shape, under OBP's
// connector name and ours, as Swagger 2.0 and as JSON schemas; another name is OBP-30211.
func TestMessageDocs(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		for _, name := range []string{"rest_vMar2019", "rest"} {
			r := s.Get(t, "/obp/v5.1.0/message-docs/"+name)
			if r.Status != http.StatusOK {
				t.Fatalf("%s: status %d: %s", name, r.Status, r.Body)
			}
			docs, _ := r.JSON(t)["message_docs"].([]any)
			byProcess := map[string]map[string]any{}
			for _, d := range docs {
				m := d.(map[string]any)
				byProcess[m["process"].(string)] = m
			}
			for _, p := range []string{"obp.getBank", "obp.checkBankAccountExists", "obp.makePaymentv210", "obp.getAdapterInfo"} {
				d, ok := byProcess[p]
				if !ok {
					t.Fatalf("%s: no message doc for %s among %d", name, p, len(docs))
				}
				out, _ := d["example_outbound_message"].(map[string]any)
				in, _ := d["example_inbound_message"].(map[string]any)
				if out["outboundAdapterCallContext"] == nil || in["inboundAdapterCallContext"] == nil || in["status"] == nil {
					t.Errorf("%s %s: examples lack OBP's envelope: %v / %v", name, p, out, in)
				}
				if d["outbound_json_schema"] == nil || d["inbound_json_schema"] == nil || d["message_format"] != "rest_vMar2019" {
					t.Errorf("%s %s: %v", name, p, d)
				}
			}
			if out := byProcess["obp.makePaymentv210"]["example_outbound_message"].(map[string]any); out["transactionRequestId"] == nil {
				t.Errorf("makePaymentv210's example carries no transactionRequestId: %v", out)
			}
			if byProcess["obp.makePaymentv210"]["retried"] != false || byProcess["obp.getBank"]["retried"] != true {
				t.Errorf("a payment must be documented as sent once, a read as retried")
			}
		}

		r := s.Get(t, "/obp/v5.1.0/message-docs/rest_vMar2019/swagger2.0")
		if r.Status != http.StatusOK || r.JSON(t)["swagger"] != "2.0" {
			t.Fatalf("swagger2.0: %d %s", r.Status, r.Body[:min(len(r.Body), 300)])
		}
		paths, _ := r.JSON(t)["paths"].(map[string]any)
		if paths["/makePaymentv210"] == nil || paths["/getBank"] == nil {
			t.Errorf("the Swagger document lacks the adapter's paths: %d paths", len(paths))
		}

		r = s.Get(t, "/obp/v6.0.0/message-docs/rest/json-schema")
		methods, _ := r.JSON(t)["methods"].(map[string]any)
		if r.Status != http.StatusOK || methods["getBank"] == nil {
			t.Errorf("json-schema: %d, %d methods", r.Status, len(methods))
		}

		wantOBPError(t, s.Get(t, "/obp/v5.1.0/message-docs/kafka_vSept2018"), 400, "OBP-30211")
		if r := s.Get(t, "/obp/v5.1.0/message-docs/mapped/swagger2.0"); !strings.Contains(string(r.Body), "OBP-30211") {
			t.Errorf("mapped has no adapter messages: want OBP-30211, got %d %s", r.Status, r.Body)
		}
	})
}

// The adapter in use reports itself (with the mapped connector, this server); the
// endpoint needs a login.
func TestAdapterInfo(t *testing.T) {
	want := "mapped"
	if testenv.RESTConnector() {
		want = exampleadapter.Name
	}
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/adapter"), 401, "OBP-20001")
		r := s.Get(t, "/obp/v5.1.0/adapter", auth(adminToken(t, s))...)
		if r.Status != http.StatusOK || r.JSON(t)["name"] != want {
			t.Fatalf("adapter: %d %s", r.Status, r.Body)
		}
		for _, f := range []string{"version", "git_commit", "date", "total_duration", "backend_messages"} {
			if _, ok := r.JSON(t)[f]; !ok {
				t.Errorf("adapter info lacks %q: %s", f, r.Body)
			}
		}
	})
}
