package testenv

import (
	"bytes"
	"context"
	"encoding/json"
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
	if o.AdminUsername == "" {
		o.AdminUsername, o.AdminPassword, o.ConsumerKey = AdminUsername, AdminPassword, ConsumerKey
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
	s := &Server{URL: "http://" + ln.Addr().String(), DB: db, Logs: logs, HTTP: srv.HTTP, cancel: cancel, done: make(chan error, 1)}
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

// Do sends a request; body "" sends none. headers are name, value pairs.
func (s *Server) Do(t testing.TB, method, path, body string, headers ...string) *Response {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, s.URL+path, rd)
	if err != nil {
		t.Fatalf("new request: %v", err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read body: %v", err)
	}
	return &Response{Status: resp.StatusCode, Header: resp.Header, Body: b}
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
