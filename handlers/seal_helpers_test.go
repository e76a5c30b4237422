package handlers_test

import (
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/obp-go/obp/internal/testenv"
)

const sealBank = "gh.29.uk"

// enrolSealingKey makes a sealing key for the user of tok through the API; it returns its secret.
func enrolSealingKey(t *testing.T, s *testenv.Server, tok string) []byte {
	t.Helper()
	r := s.Do(t, http.MethodPost, "/obp/v5.1.0/banks/"+sealBank+"/users/current/sealing-keys",
		`{"name": "Gh Bank", "alias": "phone", "platform": "android", "version": "3.2.0"}`, auth(tok)...)
	if r.Status != 201 {
		t.Fatalf("enrol sealing key: %d %s", r.Status, r.Body)
	}
	key, err := hex.DecodeString(r.JSON(t)["key_hex"].(string))
	if err != nil || len(key) != 32 {
		t.Fatalf("key_hex: %v %s", err, r.Body)
	}
	return key
}

// sealVerdict is inWebo's answer, read from either form.
type sealVerdict struct {
	XMLName   xml.Name
	Err       string `xml:"err" json:"err"`
	Name      string `xml:"name" json:"name"`
	Alias     string `xml:"alias" json:"alias"`
	Version   string `xml:"version" json:"version"`
	Platform  string `xml:"platform" json:"platform"`
	Type      string `xml:"type" json:"type"`
	Timestamp string `xml:"timestamp" json:"timestamp"`
}

// sealFS calls GET /FS with q as the user of tok and reads the answer in the form asked for.
func sealFS(t *testing.T, s *testenv.Server, tok string, q url.Values) (int, sealVerdict) {
	t.Helper()
	var h []string
	if tok != "" {
		h = auth(tok)
	}
	r := s.Get(t, "/FS?"+q.Encode(), h...)
	var v sealVerdict
	var err error
	if q.Get("format") == "json" {
		err = json.Unmarshal(r.Body, &v)
	} else {
		if !strings.HasPrefix(r.Header.Get("Content-Type"), "application/xml") {
			t.Errorf("content type %q", r.Header.Get("Content-Type"))
		}
		err = xml.Unmarshal(r.Body, &v)
	}
	if err != nil {
		t.Fatalf("GET /FS %s: %d %v: %s", q.Encode(), r.Status, err, r.Body)
	}
	return r.Status, v
}

func sealQuery(action, service, user, token, data string) url.Values {
	return url.Values{"action": {action}, "serviceId": {service}, "userId": {user}, "token": {token}, "data": {data}}
}
