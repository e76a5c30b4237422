package testenv

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/sca"
	"github.com/obp-go/obp/handlers"
)

// The sandbox credentials every test server is seeded with.
const (
	AdminUsername = "admin"
	AdminPassword = "Sandbox-Admin-Password-1"
	ConsumerKey   = "testconsumerkey0123456789abcdefghijklmn"
)

// Server is a real server on a loopback port, stopped when the test ends.
type Server struct {
	URL  string
	DB   *mapped.DB
	Logs *LogBuffer
	HTTP *handlers.Server
	// Challenges is the server's challenge framework: tests decide decoupled challenges.
	Challenges *sca.Service

	cancel context.CancelFunc
	done   chan error
}

// Start migrates db, builds the server as the obp command does (seeding the sandbox when
// o.Sandbox is set) and serves it on a free loopback port.
func Start(t testing.TB, db *mapped.DB, o app.Options) *Server {
	t.Helper()
	logs := &LogBuffer{}
	o.DB = db
	o.AutoMigrate = true
	if o.Log == nil {
		o.Log = slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	if o.Info.Hostname == "" {
		o.Info.Hostname = "http://127.0.0.1"
	}
	if o.KYC.ObjectDir == "" {
		o.KYC.ObjectDir = t.TempDir() // uploaded files never land in the source tree
	}
	if o.AdminUsername == "" {
		o.AdminUsername, o.AdminPassword, o.ConsumerKey = AdminUsername, AdminPassword, ConsumerKey
	}
	if RESTConnector() && o.Connector == "" {
		o = throughExampleAdapter(t, db, o)
	}
	ctx, cancel := context.WithCancel(context.Background())
	srv, err := app.Build(ctx, o)
	if err != nil {
		cancel()
		t.Fatalf("build server: %v", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		cancel()
		t.Fatalf("listen: %v", err)
	}
	s := &Server{URL: "http://" + ln.Addr().String(), DB: db, Logs: logs, HTTP: srv.HTTP, Challenges: srv.Challenges, cancel: cancel, done: make(chan error, 1)}
	go func() { s.done <- srv.HTTP.Serve(ctx, ln, 10*time.Second) }()
	t.Cleanup(func() { s.Stop(t) })
	return s
}

// Stop shuts the server down gracefully and waits for it.
func (s *Server) Stop(t testing.TB) {
	if s.cancel == nil {
		return
	}
	s.cancel()
	s.cancel = nil
	select {
	case err := <-s.done:
		if err != nil {
			t.Errorf("serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Error("server did not stop within 15s")
	}
}

// Response is an answer with its body read.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
}

// JSON decodes the body into a map; it fails the test when the body is not a JSON object.
func (r *Response) JSON(t testing.TB) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.Body, &m); err != nil {
		t.Fatalf("body is not a JSON object: %v\n%s", err, r.Body)
	}
	return m
}

var client = &http.Client{Timeout: 30 * time.Second}

// Do sends a request; body "" sends none. headers are name, value pairs. A request that
// cannot be sent fails the test (so call Do only from the test's own goroutine).
func (s *Server) Do(t testing.TB, method, path, body string, headers ...string) *Response {
	t.Helper()
	r, err := s.Try(method, path, body, headers...)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Try sends a request and returns the error instead of failing the test: for requests
// sent from spawned goroutines, whose errors the test checks after they finish.
func (s *Server) Try(method, path, body string, headers ...string) (*Response, error) {
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, s.URL+path, rd)
	if err != nil {
		return nil, fmt.Errorf("new request: %w", err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("%s %s: read body: %w", method, path, err)
	}
	r := &Response{Status: resp.StatusCode, Header: resp.Header, Body: b}
	s.Record(method, path, r)
	return r, nil
}

// Concurrently runs n requests at once and returns their answers in order. Requests that
// could not be sent fail the test once all have finished, never from a spawned goroutine.
func Concurrently(t testing.TB, n int, send func(i int) (*Response, error)) []*Response {
	t.Helper()
	out := make([]*Response, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i], errs[i] = send(i)
		}(i)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// Get is Do with GET and no body.
func (s *Server) Get(t testing.TB, path string, headers ...string) *Response {
	t.Helper()
	return s.Do(t, http.MethodGet, path, "", headers...)
}

// LogBuffer collects a server's log lines for assertions; safe for concurrent use.
type LogBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer

	indexed    int               // bytes of buf whose access-log lines are in operations
	operations map[string]string // correlation id -> operation id, from the access log
}

func (l *LogBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

// Lines returns every JSON log line decoded.
func (l *LogBuffer) Lines() []map[string]any {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []map[string]any
	for _, line := range bytes.Split(l.buf.Bytes(), []byte("\n")) {
		var m map[string]any
		if json.Unmarshal(line, &m) == nil {
			out = append(out, m)
		}
	}
	return out
}

// String is the raw log text.
func (l *LogBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}
