package handlers_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/internal/testenv"
)

// testDocs exist only in tests, to drive the middleware: a body-taking endpoint with a
// real schema, an endpoint that panics, and a slow one.
func testDocs(slow chan struct{}) []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv5.1.0-testEcho", Verb: "POST", Path: "/obp/v5.1.0/test/echo",
			Summary: "Echo a bank body", RequestSchema: "bank_post",
			Handle: func(c *handlers.Call) error {
				var v map[string]any
				if err := c.Bind(&v); err != nil {
					return err
				}
				return c.JSON(v)
			},
		},
		{
			OperationID: "OBPv5.1.0-testPanic", Verb: "GET", Path: "/obp/v5.1.0/test/panic",
			Summary: "Panic",
			Handle:  func(c *handlers.Call) error { panic("secret internal detail: db password hunter2") },
		},
		{
			OperationID: "OBPv5.1.0-testSlow", Verb: "GET", Path: "/obp/v5.1.0/test/slow",
			Summary: "Answer after a signal",
			Handle: func(c *handlers.Call) error {
				slow <- struct{}{} // tell the test the request is in flight
				time.Sleep(500 * time.Millisecond)
				return c.JSON(map[string]string{"done": "yes"})
			},
		},
	}
}

func startWithTestDocs(t *testing.T, db *mapped.DB, limits handlers.Limits) (*testenv.Server, chan struct{}) {
	slow := make(chan struct{}, 1)
	return testenv.Start(t, db, app.Options{ExtraDocs: testDocs(slow), Limits: limits}), slow
}

func TestErrors(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		limits := handlers.DefaultLimits
		limits.BodyLimit = 4096
		s, _ := startWithTestDocs(t, db, limits)

		t.Run("unknown route is 404 with an OBP body", func(t *testing.T) {
			wantOBPError(t, s.Get(t, "/obp/v5.1.0/no/such/thing"), 404, "OBP-10404")
		})
		t.Run("wrong method is 405", func(t *testing.T) {
			wantOBPError(t, s.Do(t, http.MethodDelete, "/obp/v5.1.0/banks", ""), 405, "OBP-10037")
		})
		t.Run("malformed JSON is 400 OBP-10001", func(t *testing.T) {
			wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/test/echo", `{"id": "x",`), 400, "OBP-10001")
		})
		t.Run("empty body is 400 OBP-10001", func(t *testing.T) {
			wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/test/echo", ""), 400, "OBP-10001")
		})
		t.Run("schema failure names the field", func(t *testing.T) {
			cases := []struct{ body, pointer string }{
				{`{"id": "b1", "full_name": "B"}`, "/bank_code"},
				{`{"id": "b1", "bank_code": "C", "full_name": 42}`, "/full_name"},
				{`{"id": "b1", "bank_code": "C", "full_name": "B", "bank_routings": [{"scheme": 7, "address": "x"}]}`, "/bank_routings/0/scheme"},
				{`["not", "an", "object"]`, ""},
			}
			for _, tc := range cases {
				body := wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/test/echo", tc.body), 400, "OBP-09014")
				if body["field"] != nilIfEmpty(tc.pointer) {
					t.Errorf("%s: field = %v, want %q", tc.body, body["field"], tc.pointer)
				}
				if tc.pointer != "" && !strings.Contains(body["message"].(string), tc.pointer) {
					t.Errorf("%s: message %q does not name %s", tc.body, body["message"], tc.pointer)
				}
			}
		})
		t.Run("a valid body passes", func(t *testing.T) {
			r := s.Do(t, http.MethodPost, "/obp/v5.1.0/test/echo", `{"id": "b1", "bank_code": "C", "full_name": "B"}`)
			if r.Status != 200 {
				t.Fatalf("status %d: %s", r.Status, r.Body)
			}
		})
		t.Run("body over the limit is 413", func(t *testing.T) {
			big := `{"id": "b1", "bank_code": "C", "full_name": "` + strings.Repeat("x", 8000) + `"}`
			wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/test/echo", big), 413, "OBP-10413")
		})
		t.Run("panic is 500 OBP-50000 without internals, logged with the correlation id", func(t *testing.T) {
			r := s.Get(t, "/obp/v5.1.0/test/panic")
			body := wantOBPError(t, r, 500, "OBP-50000")
			if strings.Contains(string(r.Body), "hunter2") || strings.Contains(string(r.Body), "goroutine") {
				t.Errorf("500 body leaks internals: %s", r.Body)
			}
			id := body["troubleshooting_id"]
			found := false
			for _, line := range s.Logs.Lines() {
				if line["msg"] == "panic" && line["correlation_id"] == id {
					found = true
					if st, _ := line["stack"].(string); !strings.Contains(st, "goroutine") {
						t.Error("panic log line has no stack")
					}
				}
			}
			if !found {
				t.Errorf("no panic log line with correlation_id %v in:\n%s", id, s.Logs.String())
			}
		})
		t.Run("every log line of a request carries its correlation id", func(t *testing.T) {
			r := s.Get(t, "/obp/v5.1.0/banks")
			id := r.Header.Get("Correlation-Id")
			n := 0
			for _, line := range s.Logs.Lines() {
				if line["correlation_id"] == id {
					n++
					if line["operation_id"] != "OBPv4.0.0-getBanks" || line["status"] != float64(200) {
						t.Errorf("access line = %v", line)
					}
				}
			}
			if n != 1 {
				t.Errorf("want one access-log line for %s, got %d", id, n)
			}
		})
	})
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func TestGracefulShutdownFinishesInFlightRequests(t *testing.T) {
	s, slow := startWithTestDocs(t, testenv.OpenSQLite(t), handlers.DefaultLimits)
	got := make(chan *testenv.Response, 1)
	failed := make(chan error, 1)
	go func() {
		r, err := s.Try(http.MethodGet, "/obp/v5.1.0/test/slow", "")
		failed <- err
		got <- r
	}()
	<-slow // the request is being handled
	stopped := make(chan struct{})
	go func() { s.Stop(t); close(stopped) }()
	if err := <-failed; err != nil {
		t.Fatal(err)
	}
	r := <-got
	if r.Status != 200 || !strings.Contains(string(r.Body), `"done":"yes"`) {
		t.Fatalf("in-flight request: status %d, body %s", r.Status, r.Body)
	}
	<-stopped
	if _, err := http.Get(s.URL + "/obp/v5.1.0/root"); err == nil {
		t.Error("server still accepts requests after shutdown")
	}
}
