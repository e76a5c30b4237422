package handlers_test

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// A NUL or bytes that are not UTF-8 in a path parameter, a JSON string or a login header
// reached PostgreSQL, which refused them, and the client got 500 OBP-50000 (SQLite
// stored them). Pinned: 400 OBP-20011 naming the parameter, header or JSON pointer, on
// both engines, with nothing written.
func TestNULAndInvalidUTF8AnswerBadRequestNotServerError(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := auth(adminToken(t, s))
		login := func(username string) string {
			return fmt.Sprintf("username=%s, password=x, consumer_key=%s", username, testenv.ConsumerKey)
		}
		bank := func(bankCode, extra string) string {
			return `{"id": "edge.bank", "bank_code": "` + bankCode + `", "full_name": "Edge"` + extra + `}`
		}
		before := testenv.FingerprintOf(t, db)
		cases := []struct {
			name, field string
			r           *testenv.Response
		}{
			{"NUL in a path parameter, no token", "BANK_ID", s.Get(t, "/obp/v5.1.0/banks/%00")},
			{"0xFF in a path parameter", "BANK_ID", s.Get(t, "/obp/v5.1.0/banks/gh%FF")},
			{"NUL in a query parameter", "limit", s.Get(t, "/obp/v5.1.0/users?limit=%00", admin...)},
			{"0xFF in a query parameter name", "\ufffd", s.Get(t, "/obp/v5.1.0/banks?%FF=1")},
			{"0xFF in the DirectLogin header", "DirectLogin", s.Do(t, http.MethodPost, "/my/logins/direct", "", "DirectLogin", login("\xff\xfe"))},
			{"0xFF in the Authorization header", "Authorization", s.Do(t, http.MethodPost, "/my/logins/direct", "", "Authorization", "DirectLogin "+login("ad\xffmin"))},
			{"NUL in the DirectLogin header", "DirectLogin", rawRequest(t, s, "POST /my/logins/direct HTTP/1.1\r\nHost: x\r\nDirectLogin: "+login("ad\x00min")+"\r\nContent-Length: 0\r\n\r\n")},
			{"escaped NUL in a JSON string", "/bank_code", s.Do(t, http.MethodPost, "/obp/v5.1.0/banks", bank(`C\u0000`, ""), admin...)},
			{"escaped NUL in a JSON key", "/x\u0000", s.Do(t, http.MethodPost, "/obp/v5.1.0/banks", bank("C", `, "x\u0000": 1`), admin...)},
			{"NUL deep in an array", "/bank_routings/1/address", s.Do(t, http.MethodPost, "/obp/v5.1.0/banks",
				bank("C", `, "bank_routings": [{"scheme": "A", "address": "a"}, {"scheme": "B", "address": "b\u0000"}]`), admin...)},
			{"0xFF in a JSON string", "/full_name", s.Do(t, http.MethodPost, "/obp/v5.1.0/banks", "{\"id\": \"edge.bank\", \"bank_code\": \"C\", \"full_name\": \"\xff\"}", admin...)},
			{"0xFF outside any string", "", s.Do(t, http.MethodPost, "/obp/v5.1.0/banks", "{\xff}", admin...)},
		}
		for _, tc := range cases {
			body := wantOBPError(t, tc.r, 400, "OBP-20011")
			if body["field"] != nilIfEmpty(tc.field) {
				t.Errorf("%s: field = %q, want %q", tc.name, body["field"], tc.field)
			}
		}
		wantOBPError(t, s.Get(t, "/obp/v5.1.0/banks/"+strings.Repeat("b", 256)), 400, "OBP-20010")
		if diff := before.Diff(testenv.FingerprintOf(t, db)); diff != "" {
			t.Errorf("refused requests changed the database: %s", diff)
		}
	})
}

// rawRequest writes req as it is (Go's client refuses a NUL in a header) and reads the answer.
func rawRequest(t *testing.T, s *testenv.Server, req string) *testenv.Response {
	t.Helper()
	c, err := net.Dial("tcp", strings.TrimPrefix(s.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.WriteString(c, req); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("read answer: %v", err)
	}
	defer resp.Body.Close()
	if resp.Close { // ReadResponse moves "Connection: close" out of the header
		resp.Header.Set("Connection", "close")
	}
	b, _ := io.ReadAll(resp.Body)
	return &testenv.Response{Status: resp.StatusCode, Header: resp.Header, Body: b}
}
