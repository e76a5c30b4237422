package handlers_test

import (
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// clock is a settable time shared by servers under test.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

func TestRateLimitIsSharedAcrossServersAndRecovers(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		clk := &clock{now: time.Date(2026, 1, 1, 10, 0, 5, 0, time.UTC)}
		a := testenv.Start(t, db, app.Options{Sandbox: true, Now: clk.Now})
		b := testenv.Start(t, db, app.Options{Now: clk.Now}) // a second server on the same database
		admin := adminToken(t, a)

		r := a.Do(t, http.MethodPost, "/obp/v5.1.0/management/consumers", `{"app_name": "Limited"}`, auth(admin)...)
		if r.Status != 201 {
			t.Fatalf("create consumer: %d %s", r.Status, r.Body)
		}
		app := r.JSON(t)
		id, key := app["consumer_id"].(string), app["key"].(string)
		login := a.Do(t, http.MethodPost, "/my/logins/direct", "", "DirectLogin",
			fmt.Sprintf("username=%s, password=%s, consumer_key=%s", testenv.AdminUsername, testenv.AdminPassword, key))
		tok := login.JSON(t)["token"].(string)
		limits := func(perMinute, perHour string) {
			r := a.Do(t, http.MethodPut, "/obp/v5.1.0/management/consumers/"+id+"/consumer/call-limits",
				fmt.Sprintf(`{"per_minute_call_limit": "%s", "per_hour_call_limit": "%s"}`, perMinute, perHour), auth(admin)...)
			if r.Status != 200 {
				t.Fatalf("set limits: %d %s", r.Status, r.Body)
			}
			// The other server hears of the change through the database's notification
			// (milliseconds: TestAuthStateChangesHoldOnAnotherProcess measures it).
			time.Sleep(250 * time.Millisecond)
		}
		limits("3", "-1")
		if got := a.Get(t, "/obp/v5.1.0/management/consumers/"+id+"/consumer/call-limits", auth(admin)...).JSON(t); got["per_minute_call_limit"] != "3" || got["per_hour_call_limit"] != "-1" {
			t.Errorf("limits read back = %v", got)
		}

		servers := []*testenv.Server{a, b, a}
		for i, s := range servers {
			if r := s.Get(t, "/obp/v5.1.0/users/current", auth(tok)...); r.Status != 200 {
				t.Fatalf("call %d within the limit: %d %s", i+1, r.Status, r.Body)
			}
		}
		over := b.Get(t, "/obp/v5.1.0/users/current", auth(tok)...)
		wantOBPError(t, over, 429, "OBP-10018")
		retry, err := strconv.Atoi(over.Header.Get("Retry-After"))
		if err != nil || retry < 1 || retry > 60 {
			t.Errorf("Retry-After = %q", over.Header.Get("Retry-After"))
		}
		if r := a.Get(t, "/obp/v5.1.0/users/current", auth(admin)...); r.Status != 200 {
			t.Errorf("another consumer is limited too: %d", r.Status)
		}

		clk.Advance(time.Duration(retry) * time.Second)
		if r := b.Get(t, "/obp/v5.1.0/users/current", auth(tok)...); r.Status != 200 {
			t.Fatalf("after the window: %d %s", r.Status, r.Body)
		}

		limits("-1", "2") // a period is counted only while it has a limit: the hour starts at 0
		for i, s := range []*testenv.Server{a, b} {
			if r := s.Get(t, "/obp/v5.1.0/users/current", auth(tok)...); r.Status != 200 {
				t.Fatalf("call %d this hour: %d %s", i+1, r.Status, r.Body)
			}
		}
		wantOBPError(t, a.Get(t, "/obp/v5.1.0/users/current", auth(tok)...), 429, "OBP-10018")
		limits("-1", "-1")
		if r := a.Get(t, "/obp/v5.1.0/users/current", auth(tok)...); r.Status != 200 {
			t.Fatalf("no limits: %d %s", r.Status, r.Body)
		}
	})
}
