package handlers_test

import (
	"context"
	"testing"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/internal/testenv"
)

func TestBanks(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)

		t.Run("list", func(t *testing.T) {
			r := s.Get(t, "/obp/v5.1.0/banks")
			if r.Status != 200 {
				t.Fatalf("status %d: %s", r.Status, r.Body)
			}
			banks, _ := r.JSON(t)["banks"].([]any)
			if len(banks) < 2 {
				t.Fatalf("want at least two sandbox banks, got %d", len(banks))
			}
			for _, b := range banks {
				m := b.(map[string]any)
				for _, f := range []string{"id", "short_name", "full_name", "logo", "website", "bank_routings"} {
					if _, ok := m[f]; !ok {
						t.Errorf("bank %v lacks %q", m["id"], f)
					}
				}
				if routings, _ := m["bank_routings"].([]any); len(routings) == 0 {
					t.Errorf("bank %v has no routings", m["id"])
				}
			}
		})

		t.Run("get", func(t *testing.T) {
			r := s.Get(t, "/obp/v5.1.0/banks/gh.29.uk")
			if r.Status != 200 {
				t.Fatalf("status %d: %s", r.Status, r.Body)
			}
			b := r.JSON(t)
			if b["id"] != "gh.29.uk" || b["bank_code"] != "GHBK" || b["full_name"] != "Greenhill Bank plc" {
				t.Errorf("bank = %v", b)
			}
			routing := b["bank_routings"].([]any)[0].(map[string]any)
			if routing["scheme"] != "BIC" || routing["address"] != "GHBKGB2L" {
				t.Errorf("first routing = %v", routing)
			}
		})

		t.Run("unknown bank is 404 OBP-30001", func(t *testing.T) {
			wantOBPError(t, s.Get(t, "/obp/v5.1.0/banks/no-such-bank"), 404, "OBP-30001")
		})

		t.Run("seeding twice changes nothing", func(t *testing.T) {
			before := s.Get(t, "/obp/v5.1.0/banks").Body
			res, err := app.Seed(context.Background(), app.Options{DB: db, Info: handlers.Info{Hostname: "http://127.0.0.1"},
				AdminUsername: testenv.AdminUsername, AdminPassword: testenv.AdminPassword, ConsumerKey: testenv.ConsumerKey})
			if err != nil {
				t.Fatal(err)
			}
			if res.BanksCreated != 0 || res.AdminCreated || res.ConsumerKey != "" {
				t.Errorf("second seed created something: %+v", res)
			}
			if after := s.Get(t, "/obp/v5.1.0/banks").Body; string(after) != string(before) {
				t.Errorf("banks changed after a second seed:\n%s\n%s", before, after)
			}
		})
	})
}
