package methodrouting

import (
	"testing"
	"time"
)

func TestMethodRoutingResolve(t *testing.T) {
	at := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	r := func(id, method, connector string, exact bool, pattern string, age int) Routing {
		return Routing{ID: id, MethodName: method, ConnectorName: connector, IsBankIDExactMatch: exact, BankIDPattern: pattern,
			CreatedAt: at.Add(time.Duration(age) * time.Minute)}
	}
	table := NewTable([]Routing{
		r("any-late", "getBank", Mapped, false, "", 5),
		r("regex", "getBank", RestVMar2019, false, `gh\..*`, 3),
		r("exact", "getBank", RestVMar2019, true, "gh.29.uk", 4),
		r("regex-older", "getBank", Mapped, false, `gh\.29\..*`, 1),
		r("star-any", "getBanks", RestVMar2019, false, "*", 2),
		r("dot-any", "getBanks", Mapped, false, ".*", 1),
		r("only-regex", "getCustomers", RestVMar2019, false, `de\..*`, 1),
		r("bad", "getCustomers", RestVMar2019, false, `(`, 0),
		r("exact-only", "getTransactions", RestVMar2019, true, "gh.29.uk", 0),
	})
	for _, tc := range []struct {
		name, method, bank, want string // want "" : the default connector
	}{
		{"exact first", "getBank", "gh.29.uk", "exact"},
		{"then the oldest matching pattern", "getBank", "gh.30.de", "regex"},
		{"a pattern matches the whole id", "getBank", "xgh.1", "any-late"},
		{"a pattern of its own before match-any", "getBank", "gh.29.es", "regex-older"},
		{"no bank: match-any only", "getBank", "", "any-late"},
		{"match-any markers are equal; the oldest wins", "getBanks", "", "dot-any"},
		{"match-any serves every bank", "getBanks", "any.bank", "dot-any"},
		{"no routing applies", "getCustomers", "gh.29.uk", ""},
		{"a bad pattern matches nothing", "getCustomers", "(", ""},
		{"a pattern needs a bank", "getCustomers", "", ""},
		{"exact routings never serve calls without a bank", "getTransactions", "", ""},
		{"unknown method", "getKycChecks", "gh.29.uk", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := table.Resolve(tc.method, tc.bank)
			if tc.want == "" && ok {
				t.Errorf("Resolve(%s, %q) = %s, want the default connector", tc.method, tc.bank, got.ID)
			}
			if tc.want != "" && (!ok || got.ID != tc.want) {
				t.Errorf("Resolve(%s, %q) = %s (%v), want %s", tc.method, tc.bank, got.ID, ok, tc.want)
			}
		})
	}
	if rs := table.Routings("getBank"); len(rs) != 4 || rs[0].ID != "regex-older" || rs[3].ID != "any-late" {
		t.Errorf("Routings(getBank) = %v, want the 4, oldest first", rs)
	}
}
