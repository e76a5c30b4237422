package scaletest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// settings are what scripts/scale.sh tells the tests: the two processes' own base URLs,
// haproxy's, the database, the process to kill, the sandbox administrator and consumer key.
type settings struct {
	a, b, lb, databaseURL string
	user, password, key   string
	bPID                  int
	clients, payments     int
	reconcile             time.Duration // OBP_RECONCILE_AFTER + OBP_RECONCILE_EVERY of the servers
}

func load(t *testing.T) settings {
	t.Helper()
	s := settings{a: os.Getenv("OBP_SCALE_A"), b: os.Getenv("OBP_SCALE_B"), lb: os.Getenv("OBP_SCALE_LB"),
		databaseURL: os.Getenv("OBP_SCALE_DATABASE_URL"), user: os.Getenv("OBP_SCALE_USER"),
		password: os.Getenv("OBP_SCALE_PASSWORD"), key: os.Getenv("OBP_SCALE_CONSUMER_KEY")}
	if s.a == "" || s.b == "" || s.lb == "" || s.databaseURL == "" {
		t.Skip("run by `make scale` (scripts/scale.sh), which starts the processes and sets OBP_SCALE_*")
	}
	num := func(name string, def int) int {
		n, err := strconv.Atoi(os.Getenv(name))
		if err != nil {
			return def
		}
		return n
	}
	s.bPID, s.clients, s.payments = num("OBP_SCALE_B_PID", 0), num("OBP_SCALE_CLIENTS", 8), num("OBP_SCALE_PAYMENTS", 320)
	after, err1 := time.ParseDuration(os.Getenv("OBP_SCALE_RECONCILE_AFTER"))
	every, err2 := time.ParseDuration(os.Getenv("OBP_SCALE_RECONCILE_EVERY"))
	if err1 != nil || err2 != nil {
		t.Fatal("OBP_SCALE_RECONCILE_AFTER and OBP_SCALE_RECONCILE_EVERY: want the servers' reconciler settings")
	}
	s.reconcile = after + every
	if s.clients < 1 || s.clients > 64 || s.payments < s.clients || s.payments > 5000 {
		t.Fatalf("OBP_SCALE_CLIENTS=%d, OBP_SCALE_PAYMENTS=%d: want 1..64 clients and up to 5000 payments", s.clients, s.payments)
	}
	return s
}

// response is one answer.
type response struct {
	Status int
	Body   []byte
	Header http.Header
}

func (r response) json(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.Body, &m); err != nil {
		t.Fatalf("not a JSON object (%d): %s", r.Status, r.Body)
	}
	return m
}

// code is the OBP error code of a refusal ("" when there is none).
func (r response) code() string {
	var e struct {
		Message string `json:"message"`
	}
	if json.Unmarshal(r.Body, &e) != nil {
		return ""
	}
	code, _, _ := strings.Cut(e.Message, ":")
	return code
}

var client = &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 64}}

// try sends one request with the DirectLogin token tok ("" for none); headers are name,
// value pairs.
func try(base, method, path, tok, body string, headers ...string) (response, error) {
	var rd io.Reader = http.NoBody
	if body != "" {
		rd = bytes.NewBufferString(body)
	}
	req, err := http.NewRequest(method, base+path, rd)
	if err != nil {
		return response{}, err
	}
	if tok != "" {
		req.Header.Set("DirectLogin", "token="+tok)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := client.Do(req)
	if err != nil {
		return response{}, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	return response{Status: resp.StatusCode, Body: b, Header: resp.Header}, err
}

// do is try for the test's own goroutine: a transport error fails the test.
func do(t *testing.T, base, method, path, tok, body string, headers ...string) response {
	t.Helper()
	r, err := try(base, method, path, tok, body, headers...)
	if err != nil {
		t.Fatalf("%s %s%s: %v", method, base, path, err)
	}
	return r
}

func want(t *testing.T, r response, status int, what string) response {
	t.Helper()
	if r.Status != status {
		t.Fatalf("%s: %d %s, want %d", what, r.Status, r.Body, status)
	}
	return r
}

// login is a DirectLogin through base with the consumer key; it returns the token.
func login(t *testing.T, base, user, password, key string) string {
	t.Helper()
	r := do(t, base, http.MethodPost, "/my/logins/direct", "", "", "DirectLogin",
		fmt.Sprintf("username=%s, password=%s, consumer_key=%s", user, password, key))
	tok, _ := want(t, r, 201, "login through "+base).json(t)["token"].(string)
	if tok == "" {
		t.Fatalf("login through %s: no token in %s", base, r.Body)
	}
	return tok
}

// waitFor polls ok every 5 ms for up to limit; it returns how long it took and whether ok held.
func waitFor(limit time.Duration, ok func() bool) (time.Duration, bool) {
	start := time.Now()
	for {
		if ok() {
			return time.Since(start), true
		}
		if time.Since(start) > limit {
			return time.Since(start), false
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// database opens a direct connection for the checks the API cannot make (the books).
func database(t *testing.T, url string) *pgx.Conn {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

func query[T any](t *testing.T, conn *pgx.Conn, sql string, args ...any) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var v T
	if err := conn.QueryRow(ctx, sql, args...).Scan(&v); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	return v
}

const bank = "gh.29.uk"

// openFunded creates an account through base and funds it from the sandbox's funding
// account with amount (a decimal string; "0" leaves it empty).
func openFunded(t *testing.T, base, admin, id, amount string) {
	t.Helper()
	want(t, do(t, base, http.MethodPut, "/obp/v5.1.0/banks/"+bank+"/accounts/"+id, admin,
		`{"label": "scale", "balance": {"currency": "GBP", "amount": "0"}}`), 201, "create account "+id)
	if amount == "0" {
		return
	}
	want(t, do(t, base, http.MethodPost, "/obp/v5.1.0/management/historical/transactions", admin,
		`{"from": {"bank_id": "`+bank+`", "account_id": "sandbox-funding"}, "to": {"bank_id": "`+bank+`", "account_id": "`+id+
			`"}, "value": {"currency": "GBP", "amount": "`+amount+`"}, "description": "scale funding", "posted": "2024-01-01T00:00:00Z"}`),
		201, "fund "+id)
}

func payPath(from string) string {
	return "/obp/v5.1.0/banks/" + bank + "/accounts/" + from + "/owner/transaction-request-types/ACCOUNT/transaction-requests"
}

func payBody(to, amount, description string) string {
	return `{"to": {"bank_id": "` + bank + `", "account_id": "` + to + `"}, "value": {"currency": "GBP", "amount": "` + amount +
		`"}, "description": "` + description + `"}`
}

func stamp() string { return strconv.FormatInt(time.Now().UnixNano(), 36) }
