package handlers_test

import (
	"encoding/base64"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

func TestTmsAcceptedAndVerifiableOffline(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		b := newTmsBed(t, db)
		text := "Pay 10.00 GBP to Alice"
		started := b.start(t, map[string]any{"tmsData": map[string]any{"text": text}, "retrievalTimeout": 50, "tmsTimeout": 40,
			"requireExplicitAuthentication": false, "requireFreshnessOfAuthentication": -1, "auditMessage": "test TMS auditMessage"})
		id, _ := started["id"].(string)
		if len(id) != 26 || started["status"] != "STARTED" || started["retrievalTimeout"] != 50.0 || started["tmsTimeout"] != 40.0 ||
			started["userId"] != b.user.ID || started["startedAt"] == nil {
			t.Fatalf("start answered %v", started)
		}
		if st := b.status(t, id); st["status"] != "STARTED" || st["retrievedAt"] != nil || st["completedAt"] != nil {
			t.Fatalf("status %v", st)
		}
		r := b.s.Get(t, tmsPath("/devices/"+b.device.ID+"/tms"), deviceHeaders(b.user.Token, b.device)...)
		if r.Status != 200 || !strings.Contains(string(r.Body), id) || strings.Contains(string(r.Body), text) {
			t.Fatalf("pending: %d %s", r.Status, r.Body)
		}
		b.clk.Advance(3 * time.Second)
		r = b.retrieve(t, b.user.Token, b.device, id)
		if r.Status != 200 || r.JSON(t)["status"] != "RETRIEVED" || r.JSON(t)["tmsData"].(map[string]any)["text"] != text {
			t.Fatalf("retrieve: %d %s", r.Status, r.Body)
		}
		if st := b.status(t, id); st["status"] != "RETRIEVED" || st["retrievedAt"] == nil || st["completedAt"] != nil {
			t.Fatalf("status %v", st)
		}
		b.clk.Advance(4 * time.Second)
		sig := tmsSign(b.device, text, id, b.user.ID)
		r = b.answer(t, b.user.Token, b.device, id, "ACCEPT", sig)
		if r.Status != 200 || r.JSON(t)["status"] != "ACCEPTED" {
			t.Fatalf("answer: %d %s", r.Status, r.Body)
		}
		st := b.status(t, id)
		if st["status"] != "ACCEPTED" || st["completedAt"] == nil || st["retrievedAt"] == nil {
			t.Fatalf("status %v", st)
		}
		r = b.s.Get(t, tmsPath("/tms/"+id+"/result"), auth(b.rp.Token)...)
		res := r.JSON(t)
		if r.Status != 200 || res["completedBy"] != b.device.ID || res["info"].(map[string]any)["status"] != "ACCEPTED" {
			t.Fatalf("result: %d %s", r.Status, r.Body)
		}
		if res["signedData"] != base64.StdEncoding.EncodeToString(sig) {
			t.Fatal("the result's signedData is not the device's bytes")
		}
		ca := b.s.Get(t, tmsPath("/ca-certificate"))
		if ca.Status != 200 || !strings.HasPrefix(string(ca.Body), "-----BEGIN CERTIFICATE-----") {
			t.Fatalf("CA certificate: %d %s", ca.Status, ca.Body)
		}
		opensslVerify(t, ca.Body, sig, text)
	})
}

func TestTmsDeclined(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		b := newTmsBed(t, db)
		id := b.start(t, map[string]any{})["id"].(string)
		sig := tmsSign(b.device, "Pay 10.00 GBP to Alice", id, b.user.ID)
		if r := b.answer(t, b.user.Token, b.device, id, "DECLINE", sig); r.Status != 409 {
			t.Fatalf("answer before retrieval: %d %s", r.Status, r.Body)
		}
		b.retrieve(t, b.user.Token, b.device, id)
		if r := b.answer(t, b.user.Token, b.device, id, "DECLINE", sig); r.Status != 200 || r.JSON(t)["status"] != "DECLINED" {
			t.Fatalf("decline: %d %s", r.Status, r.Body)
		}
		res := b.s.Get(t, tmsPath("/tms/"+id+"/result"), auth(b.rp.Token)...).JSON(t)
		if res["info"].(map[string]any)["status"] != "DECLINED" || res["signedData"] == nil || res["completedBy"] != b.device.ID {
			t.Fatalf("result %v", res)
		}
		wantOBPError(t, b.answer(t, b.user.Token, b.device, id, "ACCEPT", sig), 409, "OBP-38003")
	})
}

func TestTmsExpires(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		b := newTmsBed(t, db)
		t.Run("no retrieval within retrievalTimeout of the start", func(t *testing.T) {
			id := b.start(t, map[string]any{"retrievalTimeout": 50, "tmsTimeout": 40})["id"].(string)
			b.clk.Advance(50 * time.Second)
			wantOBPError(t, b.retrieve(t, b.user.Token, b.device, id), 409, "OBP-38004")
			if st := b.status(t, id); st["status"] != "EXPIRED" || st["completedAt"] == nil || st["retrievedAt"] != nil {
				t.Fatalf("status %v", st)
			}
		})
		t.Run("no answer within tmsTimeout of the retrieval", func(t *testing.T) {
			id := b.start(t, map[string]any{"retrievalTimeout": 50, "tmsTimeout": 40})["id"].(string)
			b.clk.Advance(45 * time.Second)
			if r := b.retrieve(t, b.user.Token, b.device, id); r.Status != 200 {
				t.Fatalf("retrieve: %d %s", r.Status, r.Body)
			}
			b.clk.Advance(39 * time.Second)
			if st := b.status(t, id); st["status"] != "RETRIEVED" {
				t.Fatalf("39 s after retrieval: %v", st)
			}
			b.clk.Advance(time.Second)
			wantOBPError(t, b.answer(t, b.user.Token, b.device, id, "ACCEPT", tmsSign(b.device, "Pay 10.00 GBP to Alice", id, b.user.ID)), 409, "OBP-38004")
			if st := b.status(t, id); st["status"] != "EXPIRED" || st["completedAt"] == nil {
				t.Fatalf("status %v", st)
			}
			if res := b.s.Get(t, tmsPath("/tms/"+id+"/result"), auth(b.rp.Token)...).JSON(t); res["signedData"] != nil {
				t.Fatalf("an expired TMS has a signature: %v", res)
			}
		})
	})
}

// A refused answer changes nothing: the TMS stays RETRIEVED and no row is written.
func TestTmsRefusedAnswersChangeNothing(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		b := newTmsBed(t, db)
		other := newUser(t, b.s)
		otherDevice := b.enrol(t, other)
		revoked := b.enrol(t, b.user)
		text := "Pay 10.00 GBP to Alice"
		id := b.start(t, map[string]any{})["id"].(string)
		b.retrieve(t, b.user.Token, b.device, id)
		if r := b.s.Do(t, http.MethodDelete, tmsPath("/devices/"+revoked.ID), "", auth(b.user.Token)...); r.Status != 204 {
			t.Fatalf("revoke: %d %s", r.Status, r.Body)
		}
		before := testenv.FingerprintOf(t, db)
		for _, tc := range []struct {
			name   string
			r      *testenv.Response
			status int
			code   string
		}{
			{"signed by a revoked device", b.answer(t, b.user.Token, revoked, id, "ACCEPT", tmsSign(revoked, text, id, b.user.ID)), 403, "OBP-38007"},
			{"signed by another user's device", b.answer(t, b.user.Token, b.device, id, "ACCEPT", tmsSign(otherDevice, text, id, b.user.ID)), 400, "OBP-38009"},
			{"another user's device answering", b.answer(t, other.Token, otherDevice, id, "ACCEPT", tmsSign(otherDevice, text, id, b.user.ID)), 404, "OBP-38001"},
			{"altered text", b.answer(t, b.user.Token, b.device, id, "ACCEPT", tmsSign(b.device, "Pay 1000.00 GBP to Mallory", id, b.user.ID)), 400, "OBP-38009"},
			{"wrong TMS id", b.answer(t, b.user.Token, b.device, id, "ACCEPT", tmsSign(b.device, text, "01JSY6J8E3902QFAHYHE2GXYK9", b.user.ID)), 400, "OBP-38009"},
			{"no device credential", b.s.Do(t, http.MethodPost, tmsPath("/devices/"+b.device.ID+"/tms/"+id+"/answer"),
				jsonBody(t, map[string]string{"decision": "ACCEPT", "signedData": base64.StdEncoding.EncodeToString(tmsSign(b.device, text, id, b.user.ID))}),
				auth(b.user.Token)...), 401, "OBP-38006"},
			{"not base64", b.s.Do(t, http.MethodPost, tmsPath("/devices/"+b.device.ID+"/tms/"+id+"/answer"),
				`{"decision": "ACCEPT", "signedData": "%%%"}`, deviceHeaders(b.user.Token, b.device)...), 400, "OBP-38009"},
			{"unknown decision", b.s.Do(t, http.MethodPost, tmsPath("/devices/"+b.device.ID+"/tms/"+id+"/answer"),
				`{"decision": "MAYBE", "signedData": "AAAA"}`, deviceHeaders(b.user.Token, b.device)...), 400, "OBP-09014"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantOBPError(t, tc.r, tc.status, tc.code)
			})
		}
		if after := testenv.FingerprintOf(t, db); after.Diff(before) != "" {
			t.Errorf("refused answers wrote: %s", after.Diff(before))
		}
		if st := b.status(t, id); st["status"] != "RETRIEVED" || st["completedAt"] != nil {
			t.Fatalf("status %v", st)
		}
		if r := b.answer(t, b.user.Token, b.device, id, "ACCEPT", tmsSign(b.device, text, id, b.user.ID)); r.Status != 200 {
			t.Fatalf("the honest answer after the refusals: %d %s", r.Status, r.Body)
		}
	})
}

func TestTmsExplicitAndFreshAuthentication(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		b := newTmsBed(t, db)
		b.clk.Advance(time.Minute)
		id := b.start(t, map[string]any{"requireExplicitAuthentication": true, "requireFreshnessOfAuthentication": 30})["id"].(string)
		b.retrieve(t, b.user.Token, b.device, id)
		sig := tmsSign(b.device, "Pay 10.00 GBP to Alice", id, b.user.ID)
		wantOBPError(t, b.answer(t, b.user.Token, b.device, id, "ACCEPT", sig), 403, "OBP-38010")
		fresh := token(t, b.s, b.user.Username, b.user.Password)
		b.clk.Advance(31 * time.Second)
		wantOBPError(t, b.answer(t, fresh, b.device, id, "ACCEPT", sig), 403, "OBP-38010")
		fresh = token(t, b.s, b.user.Username, b.user.Password)
		if r := b.answer(t, fresh, b.device, id, "ACCEPT", sig); r.Status != 200 {
			t.Fatalf("answer with a fresh login: %d %s", r.Status, r.Body)
		}
	})
}

// The relying-party API answers errors in KOBIL's shape; a bad token or a missing role
// is exactly {"error": "HTTP 401 Unauthorized"}.
func TestTmsRelyingPartyErrorsInKobilShape(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		b := newTmsBed(t, db)
		body := jsonBody(t, map[string]any{"tmsData": map[string]any{"text": "x"}, "userId": b.user.ID})
		before := testenv.FingerprintOf(t, db)
		for name, headers := range map[string][]string{
			"no token":        nil,
			"bad token":       auth("not-a-token"),
			"no role":         auth(b.user.Token),
			"role elsewhere":  auth(b.user.Token),
			"Consent-JWT bad": {"Consent-JWT", "x.y.z"},
		} {
			r := b.s.Do(t, http.MethodPost, tmsPath("/tms"), body, headers...)
			if r.Status != 401 || strings.TrimSpace(string(r.Body)) != `{"error":"HTTP 401 Unauthorized"}` {
				t.Errorf("%s: %d %s", name, r.Status, r.Body)
			}
		}
		for name, tc := range map[string]struct {
			path, body string
			status     int
			code       string
		}{
			"schema":       {"/tms", `{"tmsData": {"text": ""}, "userId": "u"}`, 400, "OBP-09014"},
			"unknown user": {"/tms", jsonBody(t, map[string]any{"tmsData": map[string]any{"text": "x"}, "userId": "nobody-at-all"}), 404, "OBP-20005"},
			"bad data":     {"/tms", jsonBody(t, map[string]any{"tmsData": map[string]any{"text": "x", "data": "y"}, "userId": b.user.ID}), 400, "OBP-09014"},
			"unknown TMS":  {"/tms/01JSY6J8E3902QFAHYHE2GXYK9/status", "", 404, "OBP-38001"},
		} {
			method := http.MethodGet
			if tc.body != "" {
				method = http.MethodPost
			}
			r := b.s.Do(t, method, tmsPath(tc.path), tc.body, auth(b.rp.Token)...)
			m := r.JSON(t)
			if r.Status != tc.status || m["error"] != fmt.Sprintf("HTTP %d %s", tc.status, http.StatusText(tc.status)) || m["code"] != tc.code {
				t.Errorf("%s: %d %s", name, r.Status, r.Body)
			}
		}
		if after := testenv.FingerprintOf(t, db); after.Diff(before) != "" {
			t.Errorf("refused starts wrote: %s", after.Diff(before))
		}
		r := b.s.Get(t, "/v1/tenants/no-such-bank/tms/01JSY6J8E3902QFAHYHE2GXYK9/status", auth(b.rp.Token)...)
		if r.Status != 401 {
			t.Errorf("a tenant where the caller has no role: %d %s", r.Status, r.Body)
		}
	})
}

// Two answers at once: one is recorded, the other refused (the conditional update).
func TestTmsConcurrentAnswersOneWins(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		b := newTmsBed(t, db)
		second := b.enrol(t, b.user)
		text := "Pay 10.00 GBP to Alice"
		for round := 0; round < 3; round++ {
			id := b.start(t, map[string]any{})["id"].(string)
			b.retrieve(t, b.user.Token, b.device, id)
			sigs := [][]byte{tmsSign(b.device, text, id, b.user.ID), tmsSign(second, text, id, b.user.ID)}
			devices := []string{"ACCEPT", "DECLINE"}
			rs := testenv.Concurrently(t, 2, func(i int) (*testenv.Response, error) {
				d := b.device
				if i == 1 {
					d = second
				}
				return tryTmsAnswer(b.s, b.user.Token, d, id, devices[i], sigs[i])
			})
			won, lost := 0, 0
			for _, r := range rs {
				switch r.Status {
				case 200:
					won++
				case 409:
					lost++
				default:
					t.Fatalf("answer: %d %s", r.Status, r.Body)
				}
			}
			if won != 1 || lost != 1 {
				t.Fatalf("round %d: %d won, %d lost", round, won, lost)
			}
			res := b.s.Get(t, tmsPath("/tms/"+id+"/result"), auth(b.rp.Token)...).JSON(t)
			winner := 0
			if res["completedBy"] == second.ID {
				winner = 1
			}
			if res["signedData"] != base64.StdEncoding.EncodeToString(sigs[winner]) || rs[winner].Status != 200 {
				t.Fatalf("round %d: the recorded answer is not the winner's: %v", round, res)
			}
		}
	})
}

func TestTmsDevicesListedAndRevoked(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		b := newTmsBed(t, db)
		staff := newUser(t, b.s)
		r := b.s.Get(t, tmsPath("/devices"), auth(b.user.Token)...)
		if r.Status != 200 || !strings.Contains(string(r.Body), b.device.ID) || strings.Contains(string(r.Body), b.device.Token) {
			t.Fatalf("my devices: %d %s", r.Status, r.Body)
		}
		path := tmsPath("/users/" + b.user.ID + "/devices")
		wantOBPError(t, b.s.Get(t, path, auth(staff.Token)...), 403, "OBP-20006")
		grant(t, b.s, adminToken(t, b.s), staff.ID, tmsTenant, "CanGetTmsDevicesAtOneBank")
		grant(t, b.s, adminToken(t, b.s), staff.ID, tmsTenant, "CanRevokeTmsDeviceAtOneBank")
		if r := b.s.Get(t, path, auth(staff.Token)...); r.Status != 200 || !strings.Contains(string(r.Body), `"ACTIVE"`) {
			t.Fatalf("user's devices: %d %s", r.Status, r.Body)
		}
		if r := b.s.Do(t, http.MethodDelete, path+"/"+b.device.ID, "", auth(staff.Token)...); r.Status != 204 {
			t.Fatalf("revoke: %d %s", r.Status, r.Body)
		}
		wantOBPError(t, b.s.Do(t, http.MethodDelete, tmsPath("/devices/"+b.device.ID), "", auth(b.user.Token)...), 403, "OBP-38007")
		wantOBPError(t, b.s.Get(t, tmsPath("/devices/"+b.device.ID+"/tms"), deviceHeaders(b.user.Token, b.device)...), 403, "OBP-38007")
		if r := b.s.Get(t, tmsPath("/devices"), auth(b.user.Token)...); !strings.Contains(string(r.Body), `"REVOKED"`) {
			t.Fatalf("my devices after revocation: %s", r.Body)
		}
		wantOBPError(t, b.s.Do(t, http.MethodPost, tmsPath("/devices"), `{"csr": "bm90IGEgQ1NS"}`, auth(b.user.Token)...), 400, "OBP-38008")
	})
}
