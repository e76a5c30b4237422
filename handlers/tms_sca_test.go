package handlers_test

import (
	"encoding/json"
	"testing"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
	"github.com/obp-go/obp/internal/tmsdevice"
)

// TMS as the SCA method: a payment at the threshold, and a consent, wait INITIATED until
// the user's enrolled device signs ACCEPT over exactly what is authorised; a DECLINE
// rejects the payment.
func TestTmsConfirmsPaymentsAndConsents(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := testenv.Start(t, db, app.Options{Sandbox: true, Payments: app.PaymentOptions{ScaMethod: "TMS"}})
		ellie := sandboxToken(t, s, "ellie")
		b := &tmsBed{s: s}
		u := testUser{Token: ellie}
		u.ID = s.Get(t, "/obp/v5.1.0/users/current", auth(ellie)...).JSON(t)["user_id"].(string)
		device := b.enrol(t, u)

		// decide finds the one TMS pending for the device, checks what it shows, and signs.
		decide := func(t *testing.T, decision, wantText string) {
			t.Helper()
			r := s.Get(t, tmsPath("/devices/"+device.ID+"/tms"), deviceHeaders(ellie, device)...)
			pending := pendingTms(t, r.Body)
			if len(pending) != 1 {
				t.Fatalf("pending TMS: %d %s", r.Status, r.Body)
			}
			id := pending[0]["id"].(string)
			r = b.retrieve(t, ellie, device, id)
			text, _ := r.JSON(t)["tmsData"].(map[string]any)["text"].(string)
			if r.Status != 200 || text != wantText {
				t.Fatalf("retrieved %d, text %q; want %q", r.Status, text, wantText)
			}
			sig := device.Sign(text, tmsdevice.Attributes{TmsID: id, UserID: u.ID, DeviceID: device.ID})
			if r := b.answer(t, ellie, device, id, decision, sig); r.Status != 200 {
				t.Fatalf("%s: %d %s", decision, r.Status, r.Body)
			}
		}

		r := pay(t, s, ellie, "ellie-current", "ACCOUNT", toAccount("omar-current", "GBP", "1000.00"))
		tr := r.JSON(t)
		if r.Status != 201 || tr["status"] != "INITIATED" {
			t.Fatalf("payment at the threshold: %d %s", r.Status, r.Body)
		}
		ch := tr["challenges"].([]any)[0].(map[string]any)
		if ch["sca_method"] != "TMS" || ch["sca_status"] != "PENDING" {
			t.Errorf("challenge = %v; want a pending TMS", ch)
		}
		wantOBPError(t, answer(t, s, ellie, "ellie-current", "ACCOUNT", tr["id"].(string), ch["id"].(string), "123456"), 400, "OBP-40050")
		decide(t, "ACCEPT", "Pay 1000.00 GBP from account gh.29.uk/ellie-current to OBP:gh.29.uk/omar-current.")
		got := s.Get(t, trBase+"ellie-current/owner/transaction-requests/"+tr["id"].(string), auth(ellie)...).JSON(t)
		if got["status"] != "COMPLETED" {
			t.Errorf("after ACCEPT the request is %v; want COMPLETED", got["status"])
		}
		if bal := balanceOf(t, s, ellie, "ellie-current"); bal != "1620.50" {
			t.Errorf("balance %s; want 1620.50", bal)
		}

		r = pay(t, s, ellie, "ellie-current", "ACCOUNT", toAccount("omar-current", "GBP", "1200.00"))
		declined := r.JSON(t)["id"].(string)
		decide(t, "DECLINE", "Pay 1200.00 GBP from account gh.29.uk/ellie-current to OBP:gh.29.uk/omar-current.")
		if got := s.Get(t, trBase+"ellie-current/owner/transaction-requests/"+declined, auth(ellie)...).JSON(t); got["status"] != "REJECTED" {
			t.Errorf("after DECLINE the request is %v; want REJECTED", got["status"])
		}
		if bal := balanceOf(t, s, ellie, "ellie-current"); bal != "1620.50" {
			t.Errorf("a declined payment moved money: balance %s", bal)
		}

		c := createConsent(t, s, ellie, "gh.29.uk", "TMS", ellieOwnerConsent(""))
		if c.Status != 201 || c.JSON(t)["status"] != "INITIATED" {
			t.Fatalf("consent with TMS: %d %s", c.Status, c.Body)
		}
		id := c.JSON(t)["consent_id"].(string)
		r = s.Get(t, tmsPath("/devices/"+device.ID+"/tms"), deviceHeaders(ellie, device)...)
		pending := pendingTms(t, r.Body)
		if len(pending) != 1 {
			t.Fatalf("pending for the consent: %s", r.Body)
		}
		tmsID := pending[0]["id"].(string)
		text, _ := b.retrieve(t, ellie, device, tmsID).JSON(t)["tmsData"].(map[string]any)["text"].(string)
		if r := b.answer(t, ellie, device, tmsID, "ACCEPT", device.Sign(text, tmsdevice.Attributes{TmsID: tmsID, UserID: u.ID, DeviceID: device.ID})); r.Status != 200 {
			t.Fatalf("accept the consent: %d %s", r.Status, r.Body)
		}
		if g := s.Get(t, "/obp/v5.1.0/user/current/consents/"+id, auth(ellie)...); g.Status != 200 || g.JSON(t)["status"] != "ACCEPTED" {
			t.Errorf("consent after ACCEPT: %d %s", g.Status, g.Body)
		}
	})
}

// pendingTms reads a device's list of pending TMS.
func pendingTms(t *testing.T, body []byte) []map[string]any {
	t.Helper()
	var list struct {
		Tms []map[string]any `json:"tms"`
	}
	if err := json.Unmarshal(body, &list); err != nil {
		t.Fatalf("pending TMS list: %v: %s", err, body)
	}
	return list.Tms
}
