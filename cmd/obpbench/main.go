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
	"math/rand/v2"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
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
	cases := flag.String("cases", "read,pay", "cases to run: read, pay, hot (many clients paying from one account), ceiling")
	ceilingURL := flag.String("ceiling-url", "", "base URL of obpceiling (the ceiling case)")
	ceilingRows := flag.Int("ceiling-rows", 1000000, "rows in pgbench_accounts (scale x 100000)")
	flag.Parse()
	b := &bench{url: *url, client: &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: *clients * 2}}}
	want := map[string]bool{}
	for _, c := range strings.Split(*cases, ",") {
		want[strings.TrimSpace(c)] = true
	}
	var results []string
	if want["ceiling"] {
		r := b.run("ceiling_read", *clients, *duration, func(worker int) (int, string, error) {
			return b.get(*ceilingURL + "/accounts/" + strconv.Itoa(1+rand.IntN(*ceilingRows)))
		})
		results = append(results, r.fields("ceiling_read"))
	}
	if want["read"] || want["pay"] || want["hot"] {
		if err := b.login(*user, *password, *key); err != nil {
			fail(err)
		}
	}
	if want["read"] || want["pay"] {
		accounts, err := b.setup(*clients, 2)
		if err != nil {
			fail(err)
		}
		if want["read"] {
			r := b.run("account_read", *clients, *duration, func(worker int) (int, string, error) {
				return b.do("GET", "/obp/v5.1.0/banks/gh.29.uk/accounts/"+accounts[worker][0]+"/owner/account", "")
			})
			results = append(results, r.fields("account_read"))
		}
		if want["pay"] {
			r := b.run("payment", *clients, *duration, func(worker int) (int, string, error) {
				return b.do("POST", payPath(accounts[worker][0]), payBody(accounts[worker][1]))
			})
			results = append(results, r.fields("payment"))
		}
	}
	if want["hot"] {
		// One source (a merchant's or a payroll's account) and a target per client.
		accounts, err := b.setup(*clients+1, 1)
		if err != nil {
			fail(err)
		}
		source := accounts[*clients][0]
		r := b.run("hot_payment", *clients, *duration, func(worker int) (int, string, error) {
			return b.do("POST", payPath(source), payBody(accounts[worker][0]))
		})
		results = append(results, r.fields("hot_payment"))
	}
	fmt.Printf("RESULT %s\n", strings.Join(results, " "))
}

func payPath(from string) string {
	return "/obp/v5.1.0/banks/gh.29.uk/accounts/" + from + "/owner/transaction-request-types/ACCOUNT/transaction-requests"
}

func payBody(to string) string {
	return `{"to": {"bank_id": "gh.29.uk", "account_id": "` + to + `"}, "value": {"currency": "GBP", "amount": "1.00"}, "description": "bench"}`
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

// setup gives every worker funded accounts of its own (two: payments then measure the
// server and the database rather than one hot row).
func (b *bench) setup(workers, each int) ([][]string, error) {
	out := make([][]string, workers)
	stamp := time.Now().UnixNano()
	for w := range out {
		out[w] = make([]string, each)
		for i := range out[w] {
			id := fmt.Sprintf("bench-%d-%d-%d", stamp, w, i)
			if code, _, err := b.do("PUT", "/obp/v5.1.0/banks/gh.29.uk/accounts/"+id, `{"label": "bench", "balance": {"currency": "GBP", "amount": "0"}}`); err != nil || code != 201 {
				return nil, fmt.Errorf("create account %s: %d %v", id, code, err)
			}
			body := `{"from": {"bank_id": "gh.29.uk", "account_id": "sandbox-funding"}, "to": {"bank_id": "gh.29.uk", "account_id": "` + id +
				`"}, "value": {"currency": "GBP", "amount": "1000000.00"}, "description": "bench funding", "posted": "2024-01-01T00:00:00Z"}`
			if code, _, err := b.do("POST", "/obp/v5.1.0/management/historical/transactions", body); err != nil || code != 201 {
				return nil, fmt.Errorf("fund account %s: %d %v", id, code, err)
			}
			out[w][i] = id
		}
	}
	return out, nil
}

// do calls the server with the token; it returns the status and, for a refusal, the
// OBP error code of the body.
func (b *bench) do(method, path, body string) (int, string, error) {
	var rd io.Reader
	if body != "" {
		rd = bytes.NewBufferString(body)
	}
	req, err := http.NewRequest(method, b.url+path, rd)
	if err != nil {
		return 0, "", err
	}
	req.Header.Set("DirectLogin", "token="+b.token)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	return b.send(req)
}

func (b *bench) get(url string) (int, string, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return 0, "", err
	}
	return b.send(req)
}

func (b *bench) send(req *http.Request) (int, string, error) {
	resp, err := b.client.Do(req)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 300 {
		io.Copy(io.Discard, resp.Body)
		return resp.StatusCode, "", nil
	}
	var e struct {
		Message string `json:"message"`
	}
	json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&e)
	code, _, _ := strings.Cut(e.Message, ":")
	return resp.StatusCode, code, nil
}

// result is one case's figures.
type result struct {
	rps      float64
	p50, p99 time.Duration
	ok       int
	refused  map[string]int // by OBP code ("" for a transport error)
}

func (r result) fields(name string) string {
	return fmt.Sprintf("%s_rps=%.1f %s_p99_ms=%.2f", name, r.rps, name, float64(r.p99.Microseconds())/1000)
}

// run drives one case and prints its figures.
func (b *bench) run(name string, clients int, d time.Duration, call func(worker int) (int, string, error)) result {
	var mu sync.Mutex
	var latencies []time.Duration
	refused := map[string]int{}
	deadline := time.Now().Add(d)
	start := time.Now()
	var wg sync.WaitGroup
	for w := 0; w < clients; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var mine []time.Duration
			bad := map[string]int{}
			for time.Now().Before(deadline) {
				t0 := time.Now()
				status, code, err := call(w)
				if err != nil || status >= 300 {
					bad[fmt.Sprintf("%d %s", status, code)]++
					continue
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			for k, v := range bad {
				refused[k] += v
			}
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	elapsed := time.Since(start)
	slices.Sort(latencies)
	pct := func(p float64) time.Duration {
		if len(latencies) == 0 {
			return 0
		}
		return latencies[int(float64(len(latencies)-1)*p)]
	}
	r := result{rps: float64(len(latencies)) / elapsed.Seconds(), p50: pct(0.50), p99: pct(0.99), ok: len(latencies), refused: refused}
	errs := 0
	for _, v := range refused {
		errs += v
	}
	fmt.Printf("%-13s clients=%d duration=%s ok=%d errors=%d rps=%.1f p50=%s p99=%s\n",
		name, clients, elapsed.Round(time.Millisecond), r.ok, errs, r.rps,
		r.p50.Round(10*time.Microsecond), r.p99.Round(10*time.Microsecond))
	for k, v := range refused {
		fmt.Printf("%-13s   refused %q x %d\n", "", k, v)
	}
	return r
}
