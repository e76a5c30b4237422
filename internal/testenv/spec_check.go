package testenv

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/obp-go/obp/internal/testenv/obpspec"
)

// SpecDir is where OBP's spec files are read from: OBP_SPEC_DIR (make test sets it), else
// ../shared/obp-spec beside the repository, where the Postman leg reads its collection.
func SpecDir() string {
	if dir := os.Getenv("OBP_SPEC_DIR"); dir != "" {
		return dir
	}
	dir, _ := os.Getwd()
	for d := dir; d != filepath.Dir(d); d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(filepath.Dir(d), "shared", "obp-spec")
		}
	}
	return filepath.Join(dir, "shared", "obp-spec")
}

// Waiver excuses one place where OBP's spec contradicts what OBP itself answers.
type Waiver struct {
	OperationID string // ours: OBPv3.1.0-getConsumer
	Pointer     string // into the body, * for any array index
	Why         string
}

// CheckAgainstOBPSpec is a TestMain body: it runs the package's tests recording every JSON
// answer they receive, then validates each against the schema OBP's spec gives for the
// operation that answered and its status, and fails the run listing every violation not
// waived. Without the spec files it only runs the tests, saying so loudly; under CI=true
// their absence is a failure. It returns the exit code.
func CheckAgainstOBPSpec(m *testing.M, waivers ...Waiver) int {
	dir := SpecDir()
	for _, f := range obpspec.Files(dir) {
		if _, err := os.Stat(f); err == nil {
			continue
		}
		if os.Getenv("CI") == "true" {
			fmt.Fprintf(os.Stderr, "FATAL: OBP's spec file %s is missing; CI must check the responses against it (set OBP_SPEC_DIR)\n", f)
			return 1
		}
		fmt.Fprintf(os.Stderr, "######## WARNING: OBP's spec file %s is missing: responses are NOT checked against OBP's schemas (set OBP_SPEC_DIR)\n", f)
		return m.Run()
	}
	recorded.Lock()
	recorded.on = true
	recorded.Unlock()
	code := m.Run()
	spec, err := obpspec.Load(dir)
	if err != nil {
		fmt.Fprintf(os.Stderr, "FATAL: reading OBP's spec: %v\n", err)
		return 1
	}
	r := checkExchanges(spec, recordedExchanges(), waivers)
	r.print(dir, waivers)
	if len(r.violations) > 0 && code == 0 {
		code = 1
	}
	return code
}

// specReport is what the check found.
type specReport struct {
	checked      int             // answers validated against a schema
	operations   map[string]bool // operations with an answer validated
	noSchema     map[string]int  // operations OBP's spec does not describe: answers
	noStatus     int             // answers of described operations whose status OBP gives no schema for
	unattributed int             // answers no operation gave (no route took the request)
	waived       int             // answers whose only breaches are waived
	violations   []*violation
}

// violation is one breach of OBP's schema, as the first answer showed it, with how many
// answers did.
type violation struct {
	obpspec.Violation
	operation, source, method, path string
	status, count                   int
}

func checkExchanges(spec *obpspec.Spec, exchanges []Exchange, waivers []Waiver) *specReport {
	r := &specReport{operations: map[string]bool{}, noSchema: map[string]int{}}
	waived := map[string]bool{}
	for _, w := range waivers {
		waived[w.OperationID+" "+w.Pointer] = true
	}
	seen := map[string]*violation{}
	for _, e := range exchanges {
		if e.OperationID == "" || e.OperationID == "unmatched" {
			r.unattributed++
			continue
		}
		if !spec.Known(e.OperationID) {
			r.noSchema[e.OperationID]++
			continue
		}
		schema, ok := spec.Lookup(e.OperationID, e.Path, e.Status)
		if !ok {
			r.noStatus++
			continue
		}
		r.checked++
		r.operations[e.OperationID] = true
		breaches, excused := 0, 0
		for _, v := range schema.Validate(e.Body) {
			if breaches++; waived[e.OperationID+" "+anyIndex(v.Pointer)] {
				excused++
				continue
			}
			key := strings.Join([]string{e.OperationID, schema.Source, anyIndex(v.Pointer), v.Expected}, "\x00")
			if seen[key] == nil {
				seen[key] = &violation{Violation: v, operation: e.OperationID, source: schema.Source, method: e.Method, path: e.Path, status: e.Status}
				r.violations = append(r.violations, seen[key])
			}
			seen[key].count++
		}
		if excused > 0 && excused == breaches {
			r.waived++
		}
	}
	return r
}

// anyIndex blurs array indices in a pointer, so that one breach in every item of a list
// is reported once.
func anyIndex(pointer string) string {
	parts := strings.Split(pointer, "/")
	for i, p := range parts {
		if p != "" && strings.Trim(p, "0123456789") == "" {
			parts[i] = "*"
		}
	}
	return strings.Join(parts, "/")
}

func (r *specReport) print(dir string, waivers []Waiver) {
	var without []string
	for op, n := range r.noSchema {
		without = append(without, fmt.Sprintf("%s (%d)", op, n))
	}
	sort.Strings(without)
	fmt.Printf("OBP spec check (%s): %d JSON responses of %d operations validated (%d passed only by a waiver); "+
		"%d operations have no OBP schema; %d responses had none for their status; %d were answered by no operation\n",
		dir, r.checked, len(r.operations), r.waived, len(without), r.noStatus, r.unattributed)
	if testing.Verbose() && len(without) > 0 {
		fmt.Printf("OBP spec check: operations without an OBP schema (responses): %s\n", strings.Join(without, ", "))
	}
	if testing.Verbose() {
		for _, w := range waivers {
			fmt.Printf("OBP spec check: waived %s %s: %s\n", w.OperationID, w.Pointer, w.Why)
		}
	}
	if len(r.violations) == 0 {
		return
	}
	sort.Slice(r.violations, func(i, j int) bool {
		a, b := r.violations[i], r.violations[j]
		return a.operation+a.Pointer < b.operation+b.Pointer
	})
	fmt.Printf("FAIL: %d breaches of OBP's schema for the operation that answered:\n", len(r.violations))
	for _, v := range r.violations {
		fmt.Printf("  %s: %s %s answered %d: %s [OBP: %s; %d responses]\n",
			v.operation, v.method, v.path, v.status, v.Violation, v.source, v.count)
	}
}
