package handlers_test

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/kycsubmission"
	"github.com/obp-go/obp/domain/webhook"
	"github.com/obp-go/obp/internal/testenv"
)

// pngBytes is a small, real PNG.
func pngBytes(t *testing.T) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 8, 8))
	img.Set(1, 1, color.RGBA{R: 200, A: 255})
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// callbackReceiver records the callbacks it gets, answering each with the next status
// of answers (then 200).
type callbackReceiver struct {
	*httptest.Server
	mu      sync.Mutex
	answers []int
	got     []http.Header
	bodies  [][]byte
	arrived chan struct{}
}

func newCallbackReceiver(t *testing.T, answers ...int) *callbackReceiver {
	r := &callbackReceiver{answers: answers, arrived: make(chan struct{}, 64)}
	r.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		r.got, r.bodies = append(r.got, req.Header.Clone()), append(r.bodies, body)
		status := http.StatusOK
		if len(r.answers) > 0 {
			status, r.answers = r.answers[0], r.answers[1:]
		}
		r.mu.Unlock()
		w.WriteHeader(status)
		r.arrived <- struct{}{}
	}))
	t.Cleanup(r.Close)
	return r
}

func (r *callbackReceiver) wait(t *testing.T, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		select {
		case <-r.arrived:
		case <-time.After(15 * time.Second):
			t.Fatalf("callback %d of %d did not arrive", i+1, n)
		}
	}
}

// kycBed is a server with a registered partner for ellie's customer record.
type kycBed struct {
	s                          *testenv.Server
	dir                        string
	admin                      string
	consumerID, key, secret    string
	callbackSecret, customerID string
}

func newKYCBed(t *testing.T, db *mapped.DB, callbackURL string, o app.Options) *kycBed {
	t.Helper()
	dir := t.TempDir()
	o.Sandbox = true
	o.KYC.ObjectDir, o.KYC.AllowPrivateCallbacks, o.KYC.WorkerPoll = dir, true, 20*time.Millisecond
	s := testenv.Start(t, db, o)
	b := &kycBed{s: s, dir: dir, admin: adminToken(t, s)}
	c := s.Do(t, http.MethodPost, "/obp/v5.1.0/management/consumers", `{"app_name": "OneKYC partner"}`, auth(b.admin)...).JSON(t)
	b.consumerID, b.key, b.secret = c["consumer_id"].(string), c["key"].(string), c["secret"].(string)
	grant(t, s, b.admin, adminUserID(t, s), "gh.29.uk", "CanManageKycPartners")
	r := s.Do(t, http.MethodPut, "/kyc/v1/banks/gh.29.uk/partners/"+b.consumerID, fmt.Sprintf(`{"callback_url": %q}`, callbackURL), auth(b.admin)...)
	if r.Status != 201 || r.JSON(t)["callback_secret"] == "" {
		t.Fatalf("register partner: %d %s", r.Status, r.Body)
	}
	b.callbackSecret = r.JSON(t)["callback_secret"].(string)
	customers := s.Get(t, "/obp/v5.1.0/banks/gh.29.uk/customers", auth(b.admin)...).JSON(t)["customers"].([]any)
	b.customerID = customers[0].(map[string]any)["customer_id"].(string)
	return b
}

// token is a partner token for the bed's customer.
func (b *kycBed) token(t *testing.T) string {
	t.Helper()
	r := b.s.Do(t, http.MethodGet, "/kyc/v1/authentication", "", "client-id", b.key, "pass-key", b.secret,
		"x-onboarding-partner", "gh.29.uk", "x-partner-user-id", b.customerID, "x-partner-user-id-type", "CUSTOMER_ID")
	if r.Status != 200 {
		t.Fatalf("token: %d %s", r.Status, r.Body)
	}
	return r.JSON(t)["token"].(string)
}

// uploadURL asks for a pre-signed URL and answers its path and query on the test server.
func (b *kycBed) uploadURL(t *testing.T, tok, submissionType string) (id, pathAndQuery string) {
	t.Helper()
	r := b.s.Do(t, http.MethodGet, "/kyc/v1/submissions/urls?submissionType="+submissionType, "", "x-onekyc-token", tok)
	if r.Status != 200 {
		t.Fatalf("upload URL: %d %s", r.Status, r.Body)
	}
	u, err := url.Parse(r.JSON(t)["url"].(string))
	if err != nil {
		t.Fatal(err)
	}
	return r.JSON(t)["submissionId"].(string), u.RequestURI()
}

func (b *kycBed) files(t *testing.T) int {
	t.Helper()
	n := 0
	filepath.WalkDir(b.dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
		}
		return nil
	})
	return n
}

// The GoPay flow: token, pre-signed URL, upload, confirm, then the decision by a signed
// callback and by polling.
func TestKYCSubmissionWalkThrough(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		rcv := newCallbackReceiver(t)
		b := newKYCBed(t, db, rcv.URL+"/coe/submissions-callback", app.Options{})
		tok := b.token(t)
		id, path := b.uploadURL(t, tok, "IDENTITY_CARD_SCAN")
		up := b.s.Do(t, http.MethodPut, path, string(pngBytes(t)), "Content-Type", "image/png")
		if up.Status != 200 || up.JSON(t)["status"] != "UPLOADED" || up.JSON(t)["contentType"] != "image/png" {
			t.Fatalf("upload: %d %s", up.Status, up.Body)
		}
		c := b.s.Do(t, http.MethodPut, "/kyc/v1/submissions/urls", `{"submissionId": "`+id+`"}`, "x-onekyc-token", tok)
		if c.Status != 200 || c.JSON(t)["status"] != "PROCESSING" {
			t.Fatalf("confirm: %d %s", c.Status, c.Body)
		}
		rcv.wait(t, 1)
		rcv.mu.Lock()
		h, body := rcv.got[0], rcv.bodies[0]
		rcv.mu.Unlock()
		if err := webhook.Verify([]byte(b.callbackSecret), h.Get(webhook.SignatureHeader), body, time.Now(), 5*time.Minute); err != nil {
			t.Errorf("the callback's signature does not verify: %v", err)
		}
		if !strings.Contains(string(body), `"status":"APPROVED"`) || !strings.Contains(string(body), id) {
			t.Errorf("callback body = %s", body)
		}
		st := b.s.Get(t, "/kyc/v1/submissions/"+id+"/status", "x-onekyc-token", tok)
		if st.JSON(t)["status"] != "APPROVED" {
			t.Errorf("status = %s", st.Body)
		}
		// The app's own DirectLogin with the partner-user headers works too.
		dl := b.s.Do(t, http.MethodPost, "/my/logins/direct", "", "DirectLogin",
			fmt.Sprintf("username=%s, password=%s, consumer_key=%s", testenv.AdminUsername, testenv.AdminPassword, b.key)).JSON(t)["token"].(string)
		list := b.s.Get(t, "/kyc/v1/submissions", append(auth(dl), "x-onboarding-partner", "gh.29.uk", "x-partner-user-id", b.customerID)...)
		results := list.JSON(t)["submissions"].([]any)
		if len(results) != 1 || results[0].(map[string]any)["status"] != string(kycsubmission.Approved) {
			t.Errorf("results = %s", list.Body)
		}
		// Another partner, for the same customer, sees nothing of it.
		c2 := b.s.Do(t, http.MethodPost, "/obp/v5.1.0/management/consumers", `{"app_name": "Another partner"}`, auth(b.admin)...).JSON(t)
		if r := b.s.Do(t, http.MethodPut, "/kyc/v1/banks/gh.29.uk/partners/"+c2["consumer_id"].(string), `{"callback_url": ""}`, auth(b.admin)...); r.Status != 201 {
			t.Fatalf("second partner: %d %s", r.Status, r.Body)
		}
		tok2 := b.s.Do(t, http.MethodGet, "/kyc/v1/authentication", "", "client-id", c2["key"].(string), "pass-key", c2["secret"].(string),
			"x-onboarding-partner", "gh.29.uk", "x-partner-user-id", b.customerID).JSON(t)["token"].(string)
		wantOBPError(t, b.s.Get(t, "/kyc/v1/submissions/"+id+"/status", "x-onekyc-token", tok2), 404, "OBP-37006")
		if l := b.s.Get(t, "/kyc/v1/submissions", "x-onekyc-token", tok2).JSON(t)["submissions"].([]any); len(l) != 0 {
			t.Errorf("another partner lists %d submissions", len(l))
		}
		// The decision is on the customer's KYC records, by the submission's id.
		checks := b.s.Get(t, "/obp/v2.0.0/customers/"+b.customerID+"/kyc_checks", auth(b.admin)...)
		if !strings.Contains(string(checks.Body), id) || !strings.Contains(string(checks.Body), `"satisfied":true`) {
			t.Errorf("kyc checks = %s", checks.Body)
		}
		// A selfie needs the identity card first: this customer has it.
		id2, path2 := b.uploadURL(t, tok, "SELFIE")
		b.s.Do(t, http.MethodPut, path2, string(pngBytes(t)), "Content-Type", "image/png")
		b.s.Do(t, http.MethodPut, "/kyc/v1/submissions/urls", `{"submissionId": "`+id2+`"}`, "x-onekyc-token", tok)
		rcv.wait(t, 1)
		if st := b.s.Get(t, "/kyc/v1/submissions/"+id2+"/status", "x-onekyc-token", tok); st.JSON(t)["status"] != "APPROVED" {
			t.Errorf("selfie = %s", st.Body)
		}
	})
}

// Upload URLs work once, until they expire, for their own content and size; a refused
// upload stores nothing.
func TestKYCUploadRefusals(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		clk := &clock{now: time.Now().UTC()}
		small := []kycsubmission.TypeRule{{Name: "IDENTITY_CARD_SCAN", Family: kycsubmission.Image, MaxBytes: 4096},
			{Name: "PROOF_OF_ADDRESS", Family: kycsubmission.PDF, MaxBytes: 4096}}
		b := newKYCBed(t, db, "", app.Options{Now: clk.Now, KYC: app.KYCOptions{Types: small}})
		tok := b.token(t)
		put := func(path, body, contentType string) *testenv.Response {
			return b.s.Do(t, http.MethodPut, path, body, "Content-Type", contentType)
		}
		img := string(pngBytes(t))
		pdf := "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"

		_, used := b.uploadURL(t, tok, "IDENTITY_CARD_SCAN")
		if r := put(used, img, "image/png"); r.Status != 200 {
			t.Fatalf("first upload: %d %s", r.Status, r.Body)
		}
		stored := b.files(t)
		wantOBPError(t, put(used, img, "image/png"), 409, "OBP-37009")

		_, tampered := b.uploadURL(t, tok, "IDENTITY_CARD_SCAN")
		wantOBPError(t, put(strings.Replace(tampered, "max=4096", "max=999999", 1), img, "image/png"), 403, "OBP-37007")
		_, other := b.uploadURL(t, tok, "IDENTITY_CARD_SCAN")
		otherID := strings.TrimPrefix(strings.Split(other, "?")[0], "/kyc/v1/submissions/uploads/")
		wantOBPError(t, put(strings.Replace(tampered, strings.Split(strings.TrimPrefix(tampered, "/kyc/v1/submissions/uploads/"), "?")[0], otherID, 1), img, "image/png"), 403, "OBP-37007")

		_, wrongHeader := b.uploadURL(t, tok, "IDENTITY_CARD_SCAN")
		wantOBPError(t, put(wrongHeader, img, "application/pdf"), 415, "OBP-37012")
		_, wrongBytes := b.uploadURL(t, tok, "IDENTITY_CARD_SCAN")
		wantOBPError(t, put(wrongBytes, pdf, "image/png"), 415, "OBP-37012")
		wantOBPError(t, put(wrongBytes, img, "image/png"), 409, "OBP-37009") // a refused upload spends its URL
		_, html := b.uploadURL(t, tok, "PROOF_OF_ADDRESS")
		wantOBPError(t, put(html, "<html><body>not a pdf</body></html>", "application/pdf"), 415, "OBP-37012")

		_, empty := b.uploadURL(t, tok, "IDENTITY_CARD_SCAN")
		wantOBPError(t, put(empty, "", "image/png"), 400, "OBP-37011")
		_, big := b.uploadURL(t, tok, "IDENTITY_CARD_SCAN")
		wantOBPError(t, put(big, img+strings.Repeat("x", 5000), "image/png"), 413, "OBP-37010")

		_, late := b.uploadURL(t, tok, "IDENTITY_CARD_SCAN")
		clk.Advance(16 * time.Minute)
		wantOBPError(t, put(late, img, "image/png"), 403, "OBP-37008")

		if n := b.files(t); n != stored {
			t.Errorf("%d files stored after the refusals, want %d", n, stored)
		}
		// Unknown type; another partner's submission; an expired token.
		tok = b.token(t)
		wantOBPError(t, b.s.Get(t, "/kyc/v1/submissions/urls?submissionType=DNA_SAMPLE", "x-onekyc-token", tok), 400, "OBP-37005")
		clk.Advance(16 * time.Minute)
		wantOBPError(t, b.s.Get(t, "/kyc/v1/submissions", "x-onekyc-token", tok), 401, "OBP-37003")
		wantOBPError(t, b.s.Get(t, "/kyc/v1/submissions"), 401, "OBP-37003")
		wantOBPError(t, b.s.Do(t, http.MethodGet, "/kyc/v1/authentication", "", "client-id", b.key, "pass-key", "wrong",
			"x-onboarding-partner", "gh.29.uk", "x-partner-user-id", b.customerID), 401, "OBP-37002")
		wantOBPError(t, b.s.Do(t, http.MethodGet, "/kyc/v1/authentication", "", "client-id", b.key, "pass-key", b.secret,
			"x-onboarding-partner", "alpen.01.de", "x-partner-user-id", b.customerID), 403, "OBP-37001")
		wantOBPError(t, b.s.Do(t, http.MethodGet, "/kyc/v1/authentication", "", "client-id", b.key, "pass-key", b.secret,
			"x-onboarding-partner", "gh.29.uk", "x-partner-user-id", "no-such-customer"), 400, "OBP-37004")
	})
}

// A receiver that fails twice gets the callback once more per failure, then no more;
// each attempt is visible to the partner.
func TestKYCCallbackRetries(t *testing.T) {
	rcv := newCallbackReceiver(t, 500, 503)
	b := newKYCBed(t, testenv.OpenSQLite(t), rcv.URL, app.Options{KYC: app.KYCOptions{RetryBase: 50 * time.Millisecond}})
	tok := b.token(t)
	id, path := b.uploadURL(t, tok, "IDENTITY_CARD_SCAN")
	b.s.Do(t, http.MethodPut, path, string(pngBytes(t)), "Content-Type", "image/png")
	b.s.Do(t, http.MethodPut, "/kyc/v1/submissions/urls", `{"submissionId": "`+id+`"}`, "x-onekyc-token", tok)
	rcv.wait(t, 3)
	time.Sleep(500 * time.Millisecond) // room for a wrong fourth
	rcv.mu.Lock()
	n := len(rcv.got)
	ids := map[string]bool{}
	for _, h := range rcv.got {
		ids[h.Get(webhook.DeliveryIDHeader)] = true
	}
	rcv.mu.Unlock()
	if n != 3 || len(ids) != 1 {
		t.Fatalf("%d callbacks with %d delivery ids, want 3 with one", n, len(ids))
	}
	var cb map[string]any
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		cb = b.s.Get(t, "/kyc/v1/submissions/"+id+"/callbacks", "x-onekyc-token", tok).JSON(t)
		if cb["status"] == "DONE" {
			break
		}
	}
	attempts, _ := cb["attempts"].([]any)
	if cb["status"] != "DONE" || len(attempts) != 3 {
		t.Fatalf("callbacks = %v", cb)
	}
	for i, want := range []float64{500, 503, 200} {
		if got := attempts[i].(map[string]any)["http_status"]; got != want {
			t.Errorf("attempt %d: status %v, want %v", i+1, got, want)
		}
	}
}

// Two server processes on one PostgreSQL, each with its worker: every confirmed
// submission is decided once and called back once.
func TestKYCTwoWorkersDecideEachSubmissionOnce(t *testing.T) {
	if !testenv.PostgresAvailable() {
		t.Skip("needs PostgreSQL (TEST_DATABASE_URL)")
	}
	db := testenv.OpenPostgres(t)
	rcv := newCallbackReceiver(t)
	b := newKYCBed(t, db, rcv.URL, app.Options{})
	// The processes share the object storage, as deployments do (S3, or one volume).
	other := testenv.Start(t, db, app.Options{KYC: app.KYCOptions{ObjectDir: b.dir, AllowPrivateCallbacks: true, WorkerPoll: 20 * time.Millisecond}})
	tok := b.token(t)
	const n = 12
	want := map[string]bool{}
	var ids []string
	for i := 0; i < n; i++ {
		id, path := b.uploadURL(t, tok, "IDENTITY_CARD_SCAN")
		if r := b.s.Do(t, http.MethodPut, path, string(pngBytes(t)), "Content-Type", "image/png"); r.Status != 200 {
			t.Fatalf("upload: %d %s", r.Status, r.Body)
		}
		want[id] = true
		ids = append(ids, id)
	}
	rs := testenv.Concurrently(t, n, func(i int) (*testenv.Response, error) {
		srv := b.s
		if i%2 == 1 {
			srv = other
		}
		return srv.Try(http.MethodPut, "/kyc/v1/submissions/urls", `{"submissionId": "`+ids[i]+`"}`, "x-onekyc-token", tok)
	})
	for _, r := range rs {
		if r.Status != 200 {
			t.Fatalf("confirm: %d %s", r.Status, r.Body)
		}
	}
	rcv.wait(t, n)
	time.Sleep(300 * time.Millisecond) // room for a duplicate
	rcv.mu.Lock()
	defer rcv.mu.Unlock()
	seen := map[string]int{}
	for _, body := range rcv.bodies {
		for id := range want {
			if strings.Contains(string(body), id) {
				seen[id]++
			}
		}
	}
	if len(rcv.bodies) != n || len(seen) != n {
		t.Fatalf("%d callbacks for %d submissions, want %d for %d", len(rcv.bodies), len(seen), n, n)
	}
	var checks int64
	testenv.Query(t, db, &checks, "SELECT COUNT(*) FROM kyc_checks WHERE customer_id = ?", b.customerID)
	if checks != n {
		t.Errorf("%d KYC checks recorded, want %d", checks, n)
	}
}

// A file far above the JSON body limit streams through to storage.
func TestKYCLargeUploadStreams(t *testing.T) {
	b := newKYCBed(t, testenv.OpenSQLite(t), "", app.Options{})
	tok := b.token(t)
	_, path := b.uploadURL(t, tok, "IDENTITY_CARD_SCAN")
	big := append(pngBytes(t), bytes.Repeat([]byte{0}, 6<<20)...) // trailing bytes after IEND: still a PNG
	r := b.s.Do(t, http.MethodPut, path, string(big), "Content-Type", "image/png")
	if r.Status != 200 || r.JSON(t)["size"] != float64(len(big)) {
		t.Fatalf("large upload: %d %s", r.Status, r.Body)
	}
}
