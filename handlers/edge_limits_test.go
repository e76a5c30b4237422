package handlers_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/internal/testenv"
)

// Bodies are streamed since clients could make the server reserve announced lengths; the
// body limit must hold for every way a body can arrive, and a body left unread must not be
// taken for the next request on the connection.
func TestStreamedBodiesStillHoldTheBodyLimit(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		limits := handlers.DefaultLimits
		limits.BodyLimit = 4096
		s, _ := startWithTestDocs(t, db, limits)
		const echo = "POST /obp/v5.1.0/test/echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"

		big := strings.Repeat(" ", 5000)
		r := rawRequest(t, s, echo+"Transfer-Encoding: chunked\r\n\r\n"+fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(big), big))
		wantOBPError(t, r, 413, "OBP-10413")

		// Announced over the limit: refused once the first bytes are in, and the connection
		// is closed rather than reading the rest of the body as the next request.
		next := "GET /obp/v5.1.0/root HTTP/1.1\r\nHost: x\r\n\r\n"
		r = rawRequest(t, s, echo+"Content-Length: 5000\r\n\r\n"+strings.Repeat(" ", 5000-len(next))+next)
		wantOBPError(t, r, 413, "OBP-10413")
		if !strings.EqualFold(r.Header.Get("Connection"), "close") {
			t.Errorf("Connection = %q after refusing an unread body, want close", r.Header.Get("Connection"))
		}

		// Just under the limit passes the size check and reaches the schema.
		body := `{"id": "b1", "bank_code": "C", "full_name": "` + strings.Repeat("x", 4000) + `"}`
		wantOBPError(t, s.Do(t, http.MethodPost, "/obp/v5.1.0/test/echo", body), 400, "OBP-09014")
	})
}

// fiber inflates a gzip, deflate or brotli body with no bound on its size: a 1 MB body of
// zeros grows to a gigabyte. Pinned: compressed bodies are refused with 415 OBP-10415.
func TestCompressedBodiesRefusedNotInflated(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s, _ := startWithTestDocs(t, db, handlers.DefaultLimits)
		for _, enc := range []string{"gzip", "deflate", "br", "gzip, identity"} {
			r := s.Do(t, http.MethodPost, "/obp/v5.1.0/test/echo", "\x1f\x8b\x08\x00", "Content-Encoding", enc)
			wantOBPError(t, r, 415, "OBP-10415")
		}
		r := s.Do(t, http.MethodPost, "/obp/v5.1.0/test/echo", `{"id": "b1", "bank_code": "C", "full_name": "B"}`, "Content-Encoding", "identity")
		if r.Status != 200 {
			t.Errorf("identity encoding: status %d: %s", r.Status, r.Body)
		}
	})
}

// Requests beyond OBP_MAX_IN_FLIGHT queued without bound behind the database pool. Pinned:
// they are answered 503 OBP-10040 with Retry-After at once, and served again when a slot frees.
func TestRequestsBeyondMaxInFlightAnswer503WithRetryAfter(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		limits := handlers.DefaultLimits
		limits.MaxInFlight = 1
		s, slow := startWithTestDocs(t, db, limits)
		done := make(chan *testenv.Response, 1)
		failed := make(chan error, 1)
		go func() {
			r, err := s.Try(http.MethodGet, "/obp/v5.1.0/test/slow", "")
			failed <- err
			done <- r
		}()
		<-slow // the one slot is taken
		r := s.Get(t, "/obp/v5.1.0/root")
		wantOBPError(t, r, 503, "OBP-10040")
		if r.Header.Get("Retry-After") == "" {
			t.Error("503 without Retry-After")
		}
		if err := <-failed; err != nil {
			t.Fatal(err)
		}
		if r := <-done; r.Status != 200 {
			t.Fatalf("the request in flight: status %d: %s", r.Status, r.Body)
		}
		if r := s.Get(t, "/obp/v5.1.0/root"); r.Status != 200 {
			t.Errorf("after the slot freed: status %d: %s", r.Status, r.Body)
		}
	})
}
