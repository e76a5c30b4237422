package rest_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/connectors/rest"
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/clock"
)

// BenchmarkAdapterCall measures getBank on the mapped connector and the same call through
// the REST connector to an adapter serving that connector, signed both ways (HMAC), over
// loopback: the difference is what one adapter call adds (make bench reports it).
func BenchmarkAdapterCall(b *testing.B) {
	ctx := context.Background()
	db, err := mapped.Open(filepath.Join(b.TempDir(), "bench.db"), mapped.DefaultPool)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if _, err := db.MigrateUp(ctx); err != nil {
		b.Fatal(err)
	}
	m := mapped.NewConnector(db, clock.System)
	if _, err := m.CreateOrUpdateBank(ctx, bank.Bank{ID: "bench.bank", ShortName: "B", FullName: "Bench Bank"}); err != nil {
		b.Fatal(err)
	}
	secret := []byte("bench-secret-0123456789abcdef-0123456789")
	verifier, _ := rest.NewHMACVerifier(secret)
	signer, _ := rest.NewHMACSigner(secret)
	srv := httptest.NewServer(rest.NewAdapter(m, rest.AdapterInfo{Name: "bench"}, nil,
		rest.RequireSignedRequests(verifier), rest.SignAnswers(signer)))
	defer srv.Close()
	r := rest.NewConnector(rest.NewClient(srv.URL, rest.WithRequestSigning(signer), rest.WithSignedAnswers(verifier)))

	perCall := map[string]time.Duration{}
	for name, get := range map[string]func() error{
		"mapped": func() error { _, err := m.GetBank(ctx, "bench.bank"); return err },
		"rest":   func() error { _, err := r.GetBank(ctx, "bench.bank"); return err },
	} {
		b.Run(name, func(b *testing.B) {
			start := time.Now()
			for b.Loop() {
				if err := get(); err != nil {
					b.Fatal(err)
				}
			}
			perCall[name] = time.Since(start) / time.Duration(b.N)
		})
	}
	if perCall["rest"] > 0 && perCall["mapped"] > 0 {
		fmt.Printf("added latency per adapter call: %.1f µs (getBank: mapped %.1f µs, through the adapter %.1f µs)\n",
			float64(perCall["rest"]-perCall["mapped"])/1e3, float64(perCall["mapped"])/1e3, float64(perCall["rest"])/1e3)
	}
}
