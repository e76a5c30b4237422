package handlers_test

import (
	"strings"
	"testing"

	"github.com/obp-go/obp/internal/testenv"
)

func TestHealthAndMetrics(t *testing.T) {
	s := sandbox(t, testenv.OpenSQLite(t))
	if r := s.Get(t, "/health/live"); r.Status != 200 || r.JSON(t)["status"] != "ok" {
		t.Errorf("live: %d %s", r.Status, r.Body)
	}
	if r := s.Get(t, "/health/ready"); r.Status != 200 || r.JSON(t)["status"] != "ok" {
		t.Errorf("ready: %d %s", r.Status, r.Body)
	}
	s.Get(t, "/obp/v5.1.0/banks")
	s.Get(t, "/obp/v5.1.0/banks/no-such-bank")
	m := string(s.Get(t, "/metrics").Body)
	for _, want := range []string{
		`obp_http_requests_total{method="GET",operation_id="OBPv4.0.0-getBanks",status="200"} 1`,
		`obp_http_requests_total{method="GET",operation_id="OBPv5.0.0-getBank",status="404"} 1`,
		`obp_http_request_duration_seconds_bucket{operation_id="OBPv4.0.0-getBanks",status="200"`,
	} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
}

func TestReadinessFailsWithoutTheDatabase(t *testing.T) {
	db := testenv.OpenSQLite(t)
	s := sandbox(t, db)
	db.Close()
	if r := s.Get(t, "/health/ready"); r.Status != 503 {
		t.Errorf("ready with the database closed: %d %s", r.Status, r.Body)
	}
}

func TestCORSPreflight(t *testing.T) {
	s := sandbox(t, testenv.OpenSQLite(t))
	r := s.Do(t, "OPTIONS", "/obp/v5.1.0/my/accounts", "", "Origin", "https://explorer.example", "Access-Control-Request-Method", "GET",
		"Access-Control-Request-Headers", "DirectLogin")
	if r.Status != 204 || r.Header.Get("Access-Control-Allow-Origin") != "*" || !strings.Contains(r.Header.Get("Access-Control-Allow-Headers"), "DirectLogin") {
		t.Errorf("preflight: %d %v", r.Status, r.Header)
	}
	if g := s.Get(t, "/obp/v5.1.0/banks", "Origin", "https://explorer.example"); g.Header.Get("Access-Control-Allow-Origin") != "*" {
		t.Errorf("simple request lacks Access-Control-Allow-Origin: %v", g.Header)
	}
}
