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
