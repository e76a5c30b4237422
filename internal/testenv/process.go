package testenv

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// Binary builds cmd/obp once per test run and returns its path.
func Binary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		out, err := exec.Command("go", "env", "GOMOD").Output()
		if err != nil {
			buildErr = err
			return
		}
		root := filepath.Dir(strings.TrimSpace(string(out)))
		dir, err := os.MkdirTemp("", "obp-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "obp")
		cmd := exec.Command("go", "build", "-o", binPath, "./cmd/obp")
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if b, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, b)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// RemoveBinary deletes the binary Binary built, if any: call it from TestMain once the
// tests are done, or every test run leaves a copy in the temporary directory.
func RemoveBinary() {
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
}

// Process is the obp binary serving in a process of its own.
type Process struct {
	URL  string
	cmd  *exec.Cmd
	logs *LogBuffer
}

// StartProcess runs `obp serve` against databaseURL on a free loopback port, with the
// test servers' hostname so that tokens from either are valid on both, and waits until
// it is ready. The port is free when chosen but another process may bind it first; the
// server is then started again on another port (at most three times).
func StartProcess(t testing.TB, databaseURL string, env ...string) *Process {
	t.Helper()
	for attempt := 1; ; attempt++ {
		p, lostPort, output := startProcess(t, databaseURL, env)
		if p != nil {
			return p
		}
		if !lostPort || attempt == 3 {
			t.Fatalf("obp serve did not become ready in 30s; its output:\n%s", output)
		}
	}
}

// startProcess makes one attempt. When the server is not ready it returns nil, whether
// the port was taken, and the server's output.
func startProcess(t testing.TB, databaseURL string, env []string) (*Process, bool, string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, Binary(t), "serve")
	logs := &LogBuffer{}
	cmd.Stdout, cmd.Stderr = logs, logs
	cmd.Env = append(os.Environ(), "OBP_ADDR="+addr, "DATABASE_URL="+databaseURL, "OBP_HOSTNAME=http://127.0.0.1",
		"OBP_LOG_FORMAT=json", "OBP_SANDBOX=false")
	cmd.Env = append(cmd.Env, env...)
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 15 * time.Second
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	stop := func() { cancel(); <-exited }
	p := &Process{URL: "http://" + addr, cmd: cmd, logs: logs}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			cancel()
			out := logs.String()
			return nil, strings.Contains(out, "address already in use"), out
		default:
		}
		if r, err := http.Get(p.URL + "/health/ready"); err == nil {
			r.Body.Close()
			if r.StatusCode == 200 {
				t.Cleanup(stop)
				return p, false, ""
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	stop()
	return nil, false, logs.String()
}

// PID is the process id of the serving `obp` process.
func (p *Process) PID() int { return p.cmd.Process.Pid }

// RSS is the process's resident memory in bytes, from /proc (Linux).
func (p *Process) RSS(t testing.TB) int64 {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", p.PID()))
	if err != nil {
		t.Fatalf("read process status: %v", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			var kb int64
			if _, err := fmt.Sscanf(strings.TrimSpace(rest), "%d kB", &kb); err != nil {
				t.Fatalf("parse %q: %v", line, err)
			}
			return kb << 10
		}
	}
	t.Fatalf("no VmRSS in /proc/%d/status", p.PID())
	return 0
}

// Server views the process through the same request helpers as an in-process server.
func (p *Process) Server() *Server { return &Server{URL: p.URL, Logs: p.logs} }

// RunCommand runs the obp binary to completion against databaseURL and returns its
// combined output.
func RunCommand(t testing.TB, databaseURL string, args ...string) (string, error) {
	t.Helper()
	cmd := exec.Command(Binary(t), args...)
	cmd.Env = append(os.Environ(), "DATABASE_URL="+databaseURL, "OBP_HOSTNAME=http://127.0.0.1")
	out, err := cmd.CombinedOutput()
	return string(out), err
}
