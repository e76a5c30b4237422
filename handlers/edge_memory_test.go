package handlers_test

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/obp-go/obp/internal/testenv"
)

// Clients that announced a 1 MB body and trickled it made the server reserve the whole
// announced size at once: 1,000 of them took it from 91 MB to 1 GB and slowed every other
// caller. Pinned against a real `obp serve`: a few hundred such clients leave its memory
// near where it was, and a normal request still answers at once. The engine plays no part,
// so this runs on SQLite only.
func TestTricklingBodiesDoNotReserveAnnouncedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a server process and 300 connections")
	}
	p := testenv.StartProcess(t, filepath.Join(t.TempDir(), "obp.db"))
	host := strings.TrimPrefix(p.URL, "http://")
	getOK(t, p.URL+"/obp/v5.1.0/root")
	before := p.RSS(t)

	const clients = 300
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var dialErrs []error
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := net.Dial("tcp", host)
			if err != nil {
				mu.Lock()
				dialErrs = append(dialErrs, err)
				mu.Unlock()
				return
			}
			defer c.Close()
			fmt.Fprintf(c, "POST /obp/v5.1.0/banks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n{", 1<<20)
			tick := time.NewTicker(200 * time.Millisecond)
			defer tick.Stop()
			for {
				select {
				case <-stop:
					return
				case <-tick.C:
					if _, err := io.WriteString(c, "     "); err != nil {
						return
					}
				}
			}
		}()
	}
	defer func() { close(stop); wg.Wait() }()
	time.Sleep(2 * time.Second) // every client connected and announced its body

	start := time.Now()
	getOK(t, p.URL+"/obp/v5.1.0/root")
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("a normal request took %v while %d clients trickled", d, clients)
	}
	grown := p.RSS(t) - before
	t.Logf("RSS %d MB before, grew %d MB with %d trickling clients (%d dial errors)", before>>20, grown>>20, clients, len(dialErrs))
	// Reserving the announced bodies costs 300 MB; what the clients really sent is ~1 MB.
	if grown > 100<<20 {
		t.Errorf("RSS grew by %d MB with %d clients trickling 1 MB bodies", grown>>20, clients)
	}
}

func getOK(t *testing.T, url string) {
	t.Helper()
	c := &http.Client{Timeout: 10 * time.Second}
	r, err := c.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if r.StatusCode != 200 {
		t.Fatalf("GET %s: %d", url, r.StatusCode)
	}
}
