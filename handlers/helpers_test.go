package handlers_test

import (
	"testing"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// sandbox starts a server with the sandbox seeded.
func sandbox(t *testing.T, db *mapped.DB) *testenv.Server {
	t.Helper()
	return testenv.Start(t, db, app.Options{Sandbox: true})
}

// wantOBPError checks an error answer: status, OBP code at the start of the message, and
// the troubleshooting id equal to the Correlation-Id header.
func wantOBPError(t *testing.T, r *testenv.Response, status int, code string) map[string]any {
	t.Helper()
	if r.Status != status {
		t.Fatalf("status = %d, want %d; body %s", r.Status, status, r.Body)
	}
	body := r.JSON(t)
	if got, _ := body["code"].(float64); int(got) != status {
		t.Errorf("body code = %v, want %d", body["code"], status)
	}
	msg, _ := body["message"].(string)
	if len(msg) < len(code)+1 || msg[:len(code)+1] != code+":" {
		t.Errorf("message = %q, want it to start with %q", msg, code+":")
	}
	id := r.Header.Get("Correlation-Id")
	if id == "" || body["troubleshooting_id"] != id {
		t.Errorf("troubleshooting_id = %v, Correlation-Id header = %q: want equal and non-empty", body["troubleshooting_id"], id)
	}
	for _, f := range []string{"short_message", "long_message", "timestamp", "endpoint_url"} {
		if _, ok := body[f]; !ok {
			t.Errorf("error body lacks %q: %s", f, r.Body)
		}
	}
	return body
}
