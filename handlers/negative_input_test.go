package handlers_test

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/obp-go/obp/app"
	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/internal/testenv"
)

// TestNegativeInputNeverAnswers5xxOrWrites walks every resource doc of the registry as
// the sandbox admin (who holds every role), with real ids in the path, and sends hostile
// input: path and query parameters overlong, with encoded specials, NUL, traversal or
// bytes that are not UTF-8; body fields missing, mistyped, null, huge, with NUL or bad
// bytes; bad keys, deep nesting and sizes around the limit. It samples rather than
// multiplies: every kind reaches every path parameter, every query parameter and every
// field of every schema, but not through every endpoint. No answer may be a 5xx; every error is OBP's error JSON carrying
// the request's correlation id; and a refused request leaves the database as it was.
func TestNegativeInputNeverAnswers5xxOrWrites(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		// A small body limit keeps the probes around it cheap; the rules are the same.
		const limit = 64 << 10
		s := testenv.Start(t, db, app.Options{Sandbox: true, Limits: handlers.Limits{BodyLimit: limit}})
		admin := adminToken(t, s)
		fx := negativeFixtures(t, s, admin)
		watch := testenv.WatchFingerprint(t, db)
		p := &negProber{t: t, s: s, watch: watch, headers: auth(admin), limit: limit, print: watch.Now(t)}
		sharing := map[string][]*handlers.ResourceDoc{} // docs by request schema
		for i := range s.HTTP.Docs {
			if d := &s.HTTP.Docs[i]; d.RequestSchema != "" {
				sharing[d.RequestSchema] = append(sharing[d.RequestSchema], d)
			}
		}
		paramKinds := map[string]int{} // path parameter -> probes sent
		queries := 0
		for i := range s.HTTP.Docs {
			d := &s.HTTP.Docs[i]
			path, body := fx.fill(t, d.Path, ""), negExample(t, d, fx)
			// The first doc with a parameter gets every kind of value, later ones one each, rotating.
			for _, m := range negPlaceholder.FindAllStringSubmatch(d.Path, -1) {
				n := 1
				if paramKinds[m[1]] == 0 {
					n = len(negParamValues)
				}
				for k := 0; k < n; k++ {
					v := negParamValues[(paramKinds[m[1]]+k)%len(negParamValues)]
					p.probe(d, v.kind+" in "+m[1], strings.Replace(fx.fill(t, d.Path, m[1]), m[0], v.value, 1), body)
				}
				paramKinds[m[1]] += n
			}
			// Two query probes per GET, walking every (name, kind) pair in turn.
			for n := 0; n < 2 && d.Verb == http.MethodGet; n++ { // other verbs would act on their valid ids
				v, name := negQueryValues[queries%len(negQueryValues)], negQueryNames[queries/len(negQueryValues)%len(negQueryNames)]
				p.probe(d, v.kind+" in ?"+name, path+"?"+name+"="+v.value, "")
				queries++
			}
			// Docs that share a schema share its mutations out: each is sent once per schema.
			if group := sharing[d.RequestSchema]; d.RequestSchema != "" {
				for j, m := range bodyMutations(t, []byte(body), limit) {
					if group[j%len(group)] == d {
						p.probe(d, "body: "+m.kind, path, m.body)
					}
				}
			}
		}
		t.Logf("%d probes: %d refused (4xx), %d accepted, %d failures", p.probes, p.refused, p.probes-p.refused-p.failures, p.failures)
	})
}

// negExample is a doc's example body with the fixtures' ids where the example names ids
// of its own, so that the probes reach past the look-ups.
func negExample(t *testing.T, d *handlers.ResourceDoc, fx negFixtures) string {
	t.Helper()
	if d.RequestSchema == "" {
		return ""
	}
	var v any
	if err := json.Unmarshal(mustJSON(t, d.ExampleRequest), &v); err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{"customer_id": fx["CUSTOMER_ID"], "transaction_id": fx["TRANSACTION_ID"], "counterparty_id": fx["COUNTERPARTY_ID"]}
	var swap func(any)
	swap = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				if _, isString := e.(string); isString && ids[k] != "" {
					x[k] = ids[k]
				}
				swap(e)
			}
		case []any:
			for _, e := range x {
				swap(e)
			}
		}
	}
	swap(v)
	return string(mustJSON(t, v))
}

// negProber sends the probes and checks each answer.
type negProber struct {
	t       *testing.T
	s       *testenv.Server
	watch   *testenv.FingerprintWatch
	headers []string
	limit   int
	print   testenv.Fingerprint // the database as the last accepted request left it

	probes, refused, failures int
}

var negClient = &http.Client{Timeout: 30 * time.Second}

func (p *negProber) probe(d *handlers.ResourceDoc, what, path, body string) {
	p.probes++
	label := fmt.Sprintf("%s [%s] %s %s", d.OperationID, what, d.Verb, negShort(path))
	r, err := p.send(d.Verb, path, body)
	if err != nil {
		// A body over the limit may be refused, and the connection closed, before it is sent.
		if len(body) > p.limit {
			p.refused++
			return
		}
		p.fail("%s: %v", label, err)
		return
	}
	if r.Status >= 500 {
		p.fail("%s answered %d: %s\n\tbody: %s\n\tserver: %s", label, r.Status, negShort(string(r.Body)), negShort(body), p.serverError(r))
	}
	if r.Status >= 400 && foreignError(d, r) {
		if r.Header.Get(handlers.HeaderCorrelationID) == "" {
			p.fail("%s: no Correlation-Id", label)
		}
	} else if r.Status >= 400 {
		var e struct {
			Message           string `json:"message"`
			TroubleshootingID string `json:"troubleshooting_id"`
		}
		if json.Unmarshal(r.Body, &e) != nil || !strings.HasPrefix(e.Message, "OBP-") {
			p.fail("%s answered %d without an OBP error: %s", label, r.Status, negShort(string(r.Body)))
		} else if id := r.Header.Get(handlers.HeaderCorrelationID); id == "" || e.TroubleshootingID != id {
			p.fail("%s: troubleshooting_id %q, Correlation-Id %q", label, e.TroubleshootingID, id)
		}
	}
	now := p.watch.Now(p.t)
	if r.Status >= 400 && r.Status < 500 {
		p.refused++
		if diff := p.print.Diff(now); diff != "" {
			p.fail("%s was refused (%d) but changed the database: %s", label, r.Status, diff)
		}
	}
	p.print = now
}

// foreignError reports an error in the shape of the foreign API an endpoint follows
// (KOBIL's TMS: {"error": "HTTP <status> ..."}; inWebo's sealVerify: err "NOK:...", XML
// or JSON). What is refused before the endpoint is known (a body over the limit) is
// still OBP's error.
// oauth2ErrorCode is an RFC 6749 error code (invalid_client, ...), as the OAuth2 endpoints answer.
var oauth2ErrorCode = regexp.MustCompile(`^[a-z]+(_[a-z]+)+$`)

func foreignError(d *handlers.ResourceDoc, r *testenv.Response) bool {
	var e struct {
		Error string `json:"error"`
		Err   string `json:"err" xml:"err"`
	}
	if d.RenderError == nil {
		return false
	}
	if strings.HasPrefix(r.Header.Get("Content-Type"), "text/html") {
		return true // a page (the OAuth2 login and consent pages) shows its error to a person
	}
	if json.Unmarshal(r.Body, &e) != nil && xml.Unmarshal(r.Body, &e) != nil {
		return false
	}
	return strings.HasPrefix(e.Error, fmt.Sprintf("HTTP %d ", r.Status)) || strings.HasPrefix(e.Err, "NOK:") ||
		oauth2ErrorCode.MatchString(e.Error)
}

func (p *negProber) send(method, path, body string) (*testenv.Response, error) {
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, p.s.URL+path, rd)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(p.headers); i += 2 {
		req.Header.Set(p.headers[i], p.headers[i+1])
	}
	resp, err := negClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	r := &testenv.Response{Status: resp.StatusCode, Header: resp.Header, Body: b}
	if err == nil {
		p.s.Record(method, path, r)
	}
	return r, err
}

// serverError is what the server logged for a failed request.
func (p *negProber) serverError(r *testenv.Response) string {
	id := r.Header.Get(handlers.HeaderCorrelationID)
	for _, line := range p.s.Logs.Lines() {
		if line["correlation_id"] == id && line["error"] != nil {
			return negShort(fmt.Sprint(line["error"]))
		}
	}
	return "(nothing logged)"
}

// fail reports a failure; after the first 60 it only counts them.
func (p *negProber) fail(format string, args ...any) {
	p.t.Helper()
	p.failures++
	if p.failures <= 60 {
		p.t.Errorf(format, args...)
	}
}

func negShort(s string) string {
	if len(s) > 240 {
		return fmt.Sprintf("%s...(%d bytes)", s[:240], len(s))
	}
	return s
}
