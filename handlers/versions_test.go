package handlers_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/internal/testenv"
)

// OBP's inheritance, proved for every doc of the registry: a doc answers under the version
// its operation id names and under every later one, until a later doc declares the same
// verb and path; never under an earlier version.
func TestEveryDocIsServedFromItsVersionUntilRedeclared(t *testing.T) {
	s := registry(t)
	index := func(v string) int {
		return slices.IndexFunc(handlers.Versions, func(x handlers.Version) bool { return x.Name == v })
	}
	version := func(d handlers.ResourceDoc) string {
		return strings.TrimPrefix(strings.SplitN(d.OperationID, "-", 2)[0], "OBP")
	}
	pairs := 0
	for _, d := range s.Docs {
		if !strings.HasPrefix(d.Path, "/obp/") {
			continue
		}
		own := index(version(d))
		if own < 0 {
			t.Errorf("%s names a version this server does not speak", d.OperationID)
			continue
		}
		for i, v := range handlers.Versions {
			want := i >= own
			for _, other := range s.Docs { // a later declaration of the same verb and path, in force at v
				if other.Verb == d.Verb && strings.HasPrefix(other.Path, "/obp/") && relPath(other.Path) == relPath(d.Path) {
					if o := index(version(other)); o > own && o <= i {
						want = false
					}
				}
			}
			served := slices.ContainsFunc(s.Served(v.Name), func(x *handlers.ResourceDoc) bool { return x.OperationID == d.OperationID })
			if served != want {
				t.Errorf("%s under %s: served %v, want %v", d.OperationID, v.Name, served, want)
			}
			if served {
				pairs++
			}
		}
	}
	if pairs < 400 {
		t.Errorf("only %d (version, operation) pairs served", pairs)
	}
	t.Logf("%d (version, operation) pairs served", pairs)
}

// A version this server does not speak, and a path the asked version does not serve
// (even if a later one does), answer 404 with OBP's body naming the version.
func TestUnservedVersionsAndPathsAnswer404NamingTheVersion(t *testing.T) {
	s := sandbox(t, testenv.OpenSQLite(t))
	for _, path := range []string{"/obp/v9.9.9/banks", "/obp/v5.1.1/root", "/obp/latest", "/obp/v7.0.0"} {
		r := wantOBPError(t, s.Get(t, path), 404, "OBP-00008")
		if v := strings.Split(path, "/")[2]; !strings.Contains(r["message"].(string), v) {
			t.Errorf("%s: message does not name %s: %v", path, v, r["message"])
		}
	}
	// getBanks came in v4.0.0 (OBPv4.0.0-getBanks): not under v3.1.0.
	if r := s.Get(t, "/obp/v4.0.0/banks"); r.Status != 200 {
		t.Fatalf("v4.0.0 banks: %d", r.Status)
	}
	m := wantOBPError(t, s.Get(t, "/obp/v3.1.0/banks"), 404, "OBP-10404")
	if !strings.Contains(m["message"].(string), "v3.1.0") {
		t.Errorf("message does not name the version: %v", m["message"])
	}
	wantOBPError(t, s.Get(t, "/obp/v5.1.0/no/such/thing"), 404, "OBP-10404")
	// a served path with another verb stays 405, in every version
	wantOBPError(t, s.Do(t, http.MethodDelete, "/obp/v6.0.0/banks", ""), 405, "OBP-10037")
}
