package handlers_test

import (
	"strings"
	"testing"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// Headers beyond fasthttp's 4 KB read buffer answered 500 OBP-50000: a long token could
// not get through, and the refusal read as our fault. Pinned: 10 KB of headers fit by
// default (OBP_MAX_HEADER_BYTES), and more than the limit is 431 with an OBP body.
func TestOversizedHeadersAnswer431NotServerError(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := testenv.Start(t, db, app.Options{})
		if r := s.Get(t, "/obp/v5.1.0/root", "X-Long-Token", strings.Repeat("t", 10<<10)); r.Status != 200 {
			t.Fatalf("10 KB header: status %d: %s", r.Status, r.Body)
		}
		r := s.Get(t, "/obp/v5.1.0/root", "X-Long-Token", strings.Repeat("t", 20<<10))
		wantOBPError(t, r, 431, "OBP-10431")
	})
}
