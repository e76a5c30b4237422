package handlers_test

import (
	"net/url"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/seal"
	"github.com/obp-go/obp/internal/testenv"
)

// SEALED_OTP as the SCA method: a payment at the threshold is completed only by a code
// the user's app computes over exactly its amount, currency and payee, once.
func TestSealedOtpCompletesPaymentsOverTheExactData(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		clk := &clock{now: time.Now().UTC()}
		s := testenv.Start(t, db, app.Options{Sandbox: true, Now: clk.Now, Payments: app.PaymentOptions{ScaMethod: seal.MethodName}})
		ellie := sandboxToken(t, s, "ellie")
		body := toAccount("omar-current", "GBP", "1000.00")
		wantOBPError(t, pay(t, s, ellie, "ellie-current", "ACCOUNT", body), 400, "OBP-40045") // no sealing key yet
		key := enrolSealingKey(t, s, ellie)
		const data = "PAYMENT|1000.00|GBP|OBP:gh.29.uk/omar-current|"

		initiated := func() (id, challenge string) {
			t.Helper()
			r := pay(t, s, ellie, "ellie-current", "ACCOUNT", body)
			tr := r.JSON(t)
			if r.Status != 201 || tr["status"] != "INITIATED" {
				t.Fatalf("payment at the threshold: %d %s", r.Status, r.Body)
			}
			ch := tr["challenges"].([]any)[0].(map[string]any)
			if ch["sca_method"] != seal.MethodName {
				t.Fatalf("challenge %v", ch)
			}
			return tr["id"].(string), ch["id"].(string)
		}
		status := func(id string) any {
			return s.Get(t, trBase+"ellie-current/owner/transaction-requests/"+id, auth(ellie)...).JSON(t)["status"]
		}

		id, ch := initiated()
		altered := seal.Code(key, "PAYMENT|1000.01|GBP|OBP:gh.29.uk/omar-current|", clk.Now())
		wantOBPError(t, answer(t, s, ellie, "ellie-current", "ACCOUNT", id, ch, altered), 400, "OBP-40016")
		if got := status(id); got != "INITIATED" {
			t.Fatalf("after a code over another amount the request is %v", got)
		}
		code := seal.Code(key, data, clk.Now())
		if r := answer(t, s, ellie, "ellie-current", "ACCOUNT", id, ch, code); r.Status/100 != 2 || status(id) != "COMPLETED" {
			t.Fatalf("answer with the sealed code: %d %s; request %v", r.Status, r.Body, status(id))
		}

		// The same payment again within the step seals to the same code: it was accepted once.
		id2, ch2 := initiated()
		wantOBPError(t, answer(t, s, ellie, "ellie-current", "ACCOUNT", id2, ch2, code), 400, "OBP-40016")
		if got := status(id2); got != "INITIATED" {
			t.Fatalf("a replayed code moved the request to %v", got)
		}
		clk.Advance(seal.Step)
		if r := answer(t, s, ellie, "ellie-current", "ACCOUNT", id2, ch2, seal.Code(key, data, clk.Now())); r.Status/100 != 2 {
			t.Fatalf("the next step's code: %d %s", r.Status, r.Body)
		}
		if bal := balanceOf(t, s, ellie, "ellie-current"); bal != "620.50" {
			t.Errorf("balance %s; want 620.50", bal)
		}
	})
}

// inWebo's sealVerify and sealDeferredVerify: every answer of the document.
func TestSealVerifyAnswersAsInWebo(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		clk := &clock{now: time.Now().UTC()}
		s := testenv.Start(t, db, app.Options{Sandbox: true, Now: clk.Now})
		rp, u := newUser(t, s), newUser(t, s)
		grant(t, s, adminToken(t, s), rp.ID, sealBank, "CanVerifySealsAtOneBank")
		key := enrolSealingKey(t, s, u.Token)
		const data = "PAYMENT|10.00|EUR|IBAN:DE89370400440532013000|Alice"
		code := seal.Code(key, data, clk.Now())
		q := sealQuery("sealVerify", sealBank, u.Username, code, data)
		q.Set("format", "json")

		status, v := sealFS(t, s, rp.Token, q)
		if status != 200 || v.Err != "OK" || v.Name != "Gh Bank" || v.Alias != "phone" || v.Platform != "android" ||
			v.Version != "3.2.0" || v.Type != "mac" || v.Timestamp != strconv.FormatInt(clk.Now().Unix(), 10) {
			t.Fatalf("good code: %d %+v", status, v)
		}
		if _, v = sealFS(t, s, rp.Token, q); v.Err != "NOK:Replayed" {
			t.Errorf("replay: %+v", v)
		}
		for name, tc := range map[string]struct {
			q    url.Values
			tok  string
			code int
			want string
		}{
			"altered data":    {sealQuery("sealVerify", sealBank, u.Username, seal.Code(key, data, clk.Now()), "PAYMENT|10.01|EUR|IBAN:DE89370400440532013000|Alice"), rp.Token, 200, "NOK:BadData"},
			"unknown service": {sealQuery("sealVerify", "no-such-bank", u.Username, code, data), rp.Token, 200, "NOK:srv unknown"},
			"unknown user":    {sealQuery("sealVerify", sealBank, "nobody-here", code, data), rp.Token, 200, "NOK:account unknown"},
			"no key":          {sealQuery("sealVerify", sealBank, rp.Username, code, data), rp.Token, 200, "NOK:NoKey"},
			"no role":         {sealQuery("sealVerify", sealBank, u.Username, code, data), u.Token, 200, "NOK:FORBIDDEN"},
			"not logged in":   {sealQuery("sealVerify", sealBank, u.Username, code, data), "", 401, "NOK:FORBIDDEN"},
			"bad token":       {sealQuery("sealVerify", sealBank, u.Username, "12ab", data), rp.Token, 400, "NOK:BadParameter:token"},
			"bad action":      {sealQuery("sealCheck", sealBank, u.Username, code, data), rp.Token, 400, "NOK:BadParameter:action"},
			"no data":         {sealQuery("sealVerify", sealBank, u.Username, code, ""), rp.Token, 400, "NOK:BadParameter:data"},
			"bad date":        {sealQuery("sealDeferredVerify", sealBank, u.Username, code, data), rp.Token, 400, "NOK:BadParameter:date"},
		} {
			for _, format := range []string{"json", ""} {
				tc.q.Set("format", format)
				if status, v := sealFS(t, s, tc.tok, tc.q); status != tc.code || v.Err != tc.want {
					t.Errorf("%s (format %q): %d %+v; want %d %s", name, format, status, v, tc.code, tc.want)
				}
			}
		}

		// Two hours on, a seal made an hour ago verifies at its time only, once; XML by default.
		// A date before the key was made finds no key.
		clk.Advance(2 * time.Hour)
		early := sealQuery("sealDeferredVerify", sealBank, u.Username, seal.Code(key, data, clk.Now().Add(-3*time.Hour)), data)
		early.Set("date", strconv.FormatInt(clk.Now().Add(-3*time.Hour).Unix(), 10))
		if _, v := sealFS(t, s, rp.Token, early); v.Err != "NOK:NoKey" {
			t.Errorf("a seal before the key was made: %+v", v)
		}
		then := clk.Now().Add(-time.Hour)
		old := seal.Code(key, data, then)
		if _, v := sealFS(t, s, rp.Token, sealQuery("sealVerify", sealBank, u.Username, old, data)); v.Err != "NOK:BadData" || v.XMLName.Local != "sealVerify" {
			t.Errorf("an old seal verified now: %+v", v)
		}
		dq := sealQuery("sealDeferredVerify", sealBank, u.Username, old, data)
		dq.Set("date", strconv.FormatInt(then.Unix(), 10))
		if status, v := sealFS(t, s, rp.Token, dq); status != 200 || v.Err != "OK" || v.XMLName.Local != "sealDeferredVerify" || v.Alias != "phone" {
			t.Errorf("deferred verification: %d %+v", status, v)
		}
		if _, v := sealFS(t, s, rp.Token, dq); v.Err != "NOK:Replayed" {
			t.Errorf("deferred replay: %+v", v)
		}
		dq.Set("date", strconv.FormatInt(clk.Now().Add(time.Hour).Unix(), 10))
		if status, v := sealFS(t, s, rp.Token, dq); status != 400 || v.Err != "NOK:BadParameter:date" {
			t.Errorf("a seal date in the future: %d %+v", status, v)
		}
	})
}

// Of many verifications of one code at once, exactly one is OK: the database's unique
// record of (user, key, step, code) decides.
func TestSealedCodeIsAcceptedOnceUnderParallelVerification(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := testenv.Start(t, db, app.Options{Sandbox: true})
		rp, u := newUser(t, s), newUser(t, s)
		grant(t, s, adminToken(t, s), rp.ID, sealBank, "CanVerifySealsAtOneBank")
		key := enrolSealingKey(t, s, u.Token)
		const data = "CONSENT|c-1|Budget"
		q := sealQuery("sealVerify", sealBank, u.Username, seal.Code(key, data, time.Now()), data)
		q.Set("format", "json")
		const n = 12
		var wg sync.WaitGroup
		results := make([]string, n)
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r, err := s.Try("GET", "/FS?"+q.Encode(), "", auth(rp.Token)...)
				if err == nil {
					results[i] = string(r.Body)
				}
			}()
		}
		wg.Wait()
		ok := 0
		for _, r := range results {
			switch {
			case len(r) > 9 && r[:9] == `{"err":"O`:
				ok++
			case len(r) > 20 && r[:20] == `{"err":"NOK:Replayed`:
			default:
				t.Errorf("answer %q", r)
			}
		}
		if ok != 1 {
			t.Errorf("%d verifications were OK; want exactly 1", ok)
		}
	})
}

// A consent sealed with the code over its id and app is ACCEPTED; a code over another
// app's name (a man in the middle's consent) is refused.
func TestSealedOtpConfirmsAConsent(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		clk := &clock{now: time.Now().UTC()}
		s := testenv.Start(t, db, app.Options{Sandbox: true, Now: clk.Now})
		ellie := sandboxToken(t, s, "ellie")
		key := enrolSealingKey(t, s, ellie)
		c := createConsent(t, s, ellie, sealBank, seal.MethodName, ellieOwnerConsent(""))
		if c.Status != 201 || c.JSON(t)["status"] != "INITIATED" {
			t.Fatalf("consent with SEALED_OTP: %d %s", c.Status, c.Body)
		}
		id := c.JSON(t)["consent_id"].(string)
		forged := seal.Code(key, "CONSENT|"+id+"|Another app", clk.Now())
		r, err := answerConsent(s, ellie, sealBank, id, forged)
		if err != nil {
			t.Fatal(err)
		}
		wantOBPError(t, r, 400, "OBP-40016")
		r, err = answerConsent(s, ellie, sealBank, id, seal.Code(key, "CONSENT|"+id+"|OBP sandbox app", clk.Now()))
		if err != nil || r.Status != 201 || r.JSON(t)["status"] != "ACCEPTED" {
			t.Fatalf("sealed consent answer: %v %d %s", err, r.Status, r.Body)
		}
	})
}
