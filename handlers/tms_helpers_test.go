package handlers_test

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
	"github.com/obp-go/obp/internal/tmsdevice"
)

const tmsTenant = "gh.29.uk"

func tmsPath(rest string) string { return "/v1/tenants/" + tmsTenant + rest }

// tmsBed is a server on a clock the test moves, a relying party (a user holding
// CanUseTmsAtOneBank at the tenant) and a user with an enrolled device.
type tmsBed struct {
	s      *testenv.Server
	clk    *clock
	rp     testUser
	user   testUser
	device *tmsdevice.Device
}

func newTmsBed(t *testing.T, db *mapped.DB) *tmsBed {
	t.Helper()
	clk := &clock{now: time.Now().UTC()}
	b := &tmsBed{s: testenv.Start(t, db, app.Options{Sandbox: true, Now: clk.Now}), clk: clk}
	b.rp = newUser(t, b.s)
	grant(t, b.s, adminToken(t, b.s), b.rp.ID, tmsTenant, "CanUseTmsAtOneBank")
	b.user = newUser(t, b.s)
	b.device = b.enrol(t, b.user)
	return b
}

func jsonBody(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// enrol makes a device for u through the API.
func (b *tmsBed) enrol(t *testing.T, u testUser) *tmsdevice.Device {
	t.Helper()
	d := tmsdevice.New()
	r := b.s.Do(t, http.MethodPost, tmsPath("/devices"), jsonBody(t, map[string]string{"csr": d.CSR(), "name": "phone"}), auth(u.Token)...)
	if r.Status != 201 {
		t.Fatalf("enrol: %d %s", r.Status, r.Body)
	}
	m := r.JSON(t)
	if err := d.Enrolled(m["deviceId"].(string), m["deviceToken"].(string), m["certificate"].(string)); err != nil {
		t.Fatal(err)
	}
	return d
}

// start starts a TMS for the user as the relying party and returns its id.
func (b *tmsBed) start(t *testing.T, body map[string]any) map[string]any {
	t.Helper()
	if body["userId"] == nil {
		body["userId"] = b.user.ID
	}
	if body["tmsData"] == nil {
		body["tmsData"] = map[string]any{"text": "Pay 10.00 GBP to Alice", "external": false, "data": map[string]any{"key": "value"}}
	}
	r := b.s.Do(t, http.MethodPost, tmsPath("/tms"), jsonBody(t, body), auth(b.rp.Token)...)
	if r.Status != 201 {
		t.Fatalf("start: %d %s", r.Status, r.Body)
	}
	return r.JSON(t)
}

func (b *tmsBed) status(t *testing.T, id string) map[string]any {
	t.Helper()
	r := b.s.Get(t, tmsPath("/tms/"+id+"/status"), auth(b.rp.Token)...)
	if r.Status != 200 {
		t.Fatalf("status: %d %s", r.Status, r.Body)
	}
	return r.JSON(t)
}

// deviceHeaders are the device's user's token and the device credential.
func deviceHeaders(tok string, d *tmsdevice.Device) []string {
	return append(auth(tok), "TMS-Device-Token", d.Token)
}

func (b *tmsBed) retrieve(t *testing.T, tok string, d *tmsdevice.Device, id string) *testenv.Response {
	t.Helper()
	return b.s.Do(t, http.MethodPost, tmsPath("/devices/"+d.ID+"/tms/"+id+"/retrieval"), "", deviceHeaders(tok, d)...)
}

func tryTmsAnswer(s *testenv.Server, tok string, d *tmsdevice.Device, id, decision string, sig []byte) (*testenv.Response, error) {
	body, _ := json.Marshal(map[string]string{"decision": decision, "signedData": base64.StdEncoding.EncodeToString(sig)})
	return s.Try(http.MethodPost, tmsPath("/devices/"+d.ID+"/tms/"+id+"/answer"), string(body), deviceHeaders(tok, d)...)
}

func (b *tmsBed) answer(t *testing.T, tok string, d *tmsdevice.Device, id, decision string, sig []byte) *testenv.Response {
	t.Helper()
	r, err := tryTmsAnswer(b.s, tok, d, id, decision, sig)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// tmsSign is d's honest answer over text for TMS id of userID.
func tmsSign(d *tmsdevice.Device, text, id, userID string) []byte {
	return d.Sign(text, tmsdevice.Attributes{TmsID: id, UserID: userID, DeviceID: d.ID})
}

// opensslVerify checks a result's signedData as a relying party would, offline, with
// nothing but the bank's CA certificate. Without openssl the test fails under CI and is
// skipped loudly elsewhere.
func opensslVerify(t *testing.T, caPEM, signedData []byte, text string) {
	t.Helper()
	bin, err := exec.LookPath("openssl")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("openssl is not installed: CI must verify TMS results with it (Debian/Ubuntu package: openssl)")
		}
		t.Skip("######## WARNING: openssl is not installed: the TMS result is NOT verified with it")
	}
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// -purpose any: the device certificate's extended key usage is clientAuth, as KOBIL's
	// are, not S/MIME's emailProtection that openssl's default purpose asks for.
	out, err := exec.Command(bin, "cms", "-verify", "-inform", "DER", "-in", write("sig.der", signedData), "-CAfile", write("ca.pem", caPEM),
		"-binary", "-content", write("text.txt", []byte(text)), "-purpose", "any", "-out", filepath.Join(dir, "out.txt")).CombinedOutput()
	if err != nil {
		t.Fatalf("openssl cms -verify: %v\n%s", err, out)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "out.txt"))
	if string(got) != text {
		t.Errorf("openssl's verified content = %q, want %q", got, text)
	}
}
