// Command obpbench is the load generator behind `make bench`: it drives a running obp
// server over HTTP with a fixed number of concurrent clients for a fixed time and
// reports requests per second and latency percentiles. Loopback only.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"sync"
	"time"
)

type bench struct {
	url, token string
	client     *http.Client
}

func main() {
	url := flag.String("url", "http://127.0.0.1:8080", "server base URL")
	user := flag.String("user", "admin", "administrator username")
	password := flag.String("password", "", "administrator password")
	key := flag.String("consumer-key", "", "consumer key")
	clients := flag.Int("clients", 8, "concurrent clients")
	duration := flag.Duration("duration", 20*time.Second, "how long each case runs")
	flag.Parse()
	b := &bench{url: *url, client: &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: *clients * 2}}}
	if err := b.login(*user, *password, *key); err != nil {
		fail(err)
	}
	accounts, err := b.setup(*clients)
	if err != nil {
		fail(err)
	}
	read := b.run("account_read", *clients, *duration, func(worker int) (int, error) {
		return b.do("GET", "/obp/v5.1.0/banks/gh.29.uk/accounts/"+accounts[worker][0]+"/owner/account", "")
	})
	pay := b.run("payment", *clients, *duration, func(worker int) (int, error) {
		body := `{"to": {"bank_id": "gh.29.uk", "account_id": "` + accounts[worker][1] + `"}, "value": {"currency": "GBP", "amount": "1.00"}, "description": "bench"}`
		return b.do("POST", "/obp/v5.1.0/banks/gh.29.uk/accounts/"+accounts[worker][0]+"/owner/transaction-request-types/ACCOUNT/transaction-requests", body)
	})
	fmt.Printf("RESULT account_read_rps=%.1f payment_rps=%.1f\n", read, pay)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "obpbench:", err)
	os.Exit(1)
}

func (b *bench) login(user, password, key string) error {
	req, _ := http.NewRequest("POST", b.url+"/my/logins/direct", nil)
	req.Header.Set("DirectLogin", fmt.Sprintf("username=%s, password=%s, consumer_key=%s", user, password, key))
	resp, err := b.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out struct{ Token string }
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || out.Token == "" {
		return fmt.Errorf("login failed: status %d", resp.StatusCode)
	}
	b.token = out.Token
	return nil
}

// setup gives every worker two funded accounts of its own, so that payments measure the
// server and the database rather than one hot row.
func (b *bench) setup(workers int) ([][2]string, error) {
	out := make([][2]string, workers)
	stamp := time.Now().UnixNano()
	for w := range out {
		for i := range out[w] {
			id := fmt.Sprintf("bench-%d-%d-%d", stamp, w, i)
			if code, err := b.do("PUT", "/obp/v5.1.0/banks/gh.29.uk/accounts/"+id, `{"label": "bench", "balance": {"currency": "GBP", "amount": "0"}}`); err != nil || code != 201 {
				return nil, fmt.Errorf("create account %s: %d %v", id, code, err)
			}
			body := `{"from": {"bank_id": "gh.29.uk", "account_id": "sandbox-funding"}, "to": {"bank_id": "gh.29.uk", "account_id": "` + id +
				`"}, "value": {"currency": "GBP", "amount": "1000000.00"}, "description": "bench funding", "posted": "2024-01-01T00:00:00Z"}`
			if code, err := b.do("POST", "/obp/v5.1.0/management/historical/transactions", body); err != nil || code != 201 {
				return nil, fmt.Errorf("fund account %s: %d %v", id, code, err)
			}
			out[w][i] = id
		}
	}
	return out, nil
}

func (b *bench) do(method, path, body string) (int, error) {
	var rd io.Reader
	if body != "" {
		rd = bytes.NewBufferString(body)
	}
	req, err := http.NewRequest(method, b.url+path, rd)
	if err != nil {
		return 0, err
	}
	req.Header.Set("DirectLogin", "token="+b.token)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := b.client.Do(req)
	if err != nil {
		return 0, err
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, nil
}

// run drives one case and prints its figures; it returns requests per second.
func (b *bench) run(name string, clients int, d time.Duration, call func(worker int) (int, error)) float64 {
	var mu sync.Mutex
	var latencies []time.Duration
	errors := 0
	deadline := time.Now().Add(d)
	start := time.Now()
	var wg sync.WaitGroup
	for w := 0; w < clients; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var mine []time.Duration
			bad := 0
			for time.Now().Before(deadline) {
				t0 := time.Now()
				code, err := call(w)
				if err != nil || code >= 300 {
					bad++
					continue
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			errors += bad
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	elapsed := time.Since(start)
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	pct := func(p float64) time.Duration {
		if len(latencies) == 0 {
			return 0
		}
		return latencies[int(float64(len(latencies)-1)*p)]
	}
	rps := float64(len(latencies)) / elapsed.Seconds()
	fmt.Printf("%-13s clients=%d duration=%s ok=%d errors=%d rps=%.1f p50=%s p99=%s\n",
		name, clients, elapsed.Round(time.Millisecond), len(latencies), errors, rps,
		pct(0.50).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond))
	return rps
}
