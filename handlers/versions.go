package handlers

import (
	"fmt"
	"sort"
	"strings"
)

// Version is an OBP API version this server speaks, with its status.
type Version struct {
	Name   string // v5.1.0
	Status string // STABLE, BLEEDING_EDGE
}

// Versions are OBP's standard versions, oldest first. As OBP does, the server speaks all
// of them at once: a resource doc belongs to the version that introduced it (its operation
// id and path say which) and is served under that version and every later one, until a
// later version declares the same verb and path again.
var Versions = []Version{
	{"v1.2.1", "STABLE"}, {"v1.3.0", "STABLE"}, {"v1.4.0", "STABLE"}, {"v2.0.0", "STABLE"}, {"v2.1.0", "STABLE"},
	{"v2.2.0", "STABLE"}, {"v3.0.0", "STABLE"}, {"v3.1.0", "STABLE"}, {"v4.0.0", "STABLE"}, {"v5.0.0", "STABLE"},
	{"v5.1.0", "STABLE"}, {"v6.0.0", "BLEEDING_EDGE"},
}

// LatestVersion is the newest version served.
var LatestVersion = Versions[len(Versions)-1]

// versionIndex is v's place in Versions, or -1 for a version this server does not speak.
func versionIndex(v string) int {
	for i, known := range Versions {
		if known.Name == v {
			return i
		}
	}
	return -1
}

// VersionOf finds a served version by name, accepting OBP's "OBPv5.1.0" spelling too.
func VersionOf(name string) (Version, bool) {
	if i := versionIndex(strings.TrimPrefix(name, "OBP")); i >= 0 {
		return Versions[i], true
	}
	return Version{}, false
}

// version is the OBP version that introduced the doc: the one its operation id names.
func (d *ResourceDoc) version() string {
	v, _ := d.implementedBy()
	return v
}

// versioned docs live under /obp/<version>/; the others (health, metrics, DirectLogin)
// are served at their path as it is.
func (d *ResourceDoc) versioned() bool { return strings.HasPrefix(d.Path, "/obp/") }

// relPath is the path below the version prefix: /obp/v4.0.0/banks -> /banks.
func (d *ResourceDoc) relPath() string {
	if !d.versioned() {
		return d.Path
	}
	rest := strings.TrimPrefix(d.Path, "/obp/")
	if i := strings.Index(rest, "/"); i >= 0 {
		return rest[i:]
	}
	return ""
}

// servedByVersion applies OBP's inheritance to the registry: for each version, the docs
// that answer under it. Unversioned docs are left out.
func servedByVersion(docs []ResourceDoc) ([][]*ResourceDoc, error) {
	groups := map[string][]*ResourceDoc{}
	var keys []string
	for i := range docs {
		d := &docs[i]
		if !d.versioned() {
			continue
		}
		if prefix := "/obp/" + d.version(); d.Path != prefix && !strings.HasPrefix(d.Path, prefix+"/") {
			return nil, fmt.Errorf("resource doc %s: its path %s is not under its own version %s", d.OperationID, d.Path, d.version())
		}
		if versionIndex(d.version()) < 0 {
			return nil, fmt.Errorf("resource doc %s: version %s is not one this server speaks", d.OperationID, d.version())
		}
		key := d.Verb + " " + d.relPath()
		if _, seen := groups[key]; !seen {
			keys = append(keys, key)
		}
		groups[key] = append(groups[key], d)
	}
	served := make([][]*ResourceDoc, len(Versions))
	sort.Strings(keys)
	for _, key := range keys {
		g := groups[key]
		sort.SliceStable(g, func(i, j int) bool { return versionIndex(g[i].version()) < versionIndex(g[j].version()) })
		for i, d := range g {
			from, to := versionIndex(d.version()), len(Versions)
			if i+1 < len(g) {
				to = versionIndex(g[i+1].version())
				if to == from {
					return nil, fmt.Errorf("%s is declared twice in %s: %s and %s", key, d.version(), d.OperationID, g[i+1].OperationID)
				}
			}
			for v := from; v < to; v++ {
				served[v] = append(served[v], d)
			}
		}
	}
	return served, nil
}

// Served lists the docs that answer under a version (OBP's inheritance applied).
func (s *Server) Served(version string) []*ResourceDoc {
	if i := versionIndex(version); i >= 0 {
		return s.served[i]
	}
	return nil
}
