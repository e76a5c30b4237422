package methodrouting

import (
	"errors"
	"testing"

	"github.com/obp-go/obp/domain/obperr"
)

func TestMethodRoutingNewApply(t *testing.T) {
	known := map[string]bool{"getBank": true}
	url := []Param{{Key: "url", Value: "https://adapter.example/obp"}}
	for _, tc := range []struct {
		name string
		n    New
		want *obperr.Code
	}{
		{"mapped, regex", New{MethodName: "getBank", ConnectorName: Mapped, BankIDPattern: `gh\..*`}, nil},
		{"rest with url", New{MethodName: "getBank", ConnectorName: RestVMar2019, Parameters: url}, nil},
		{"exact takes the id literally", New{MethodName: "getBank", ConnectorName: Mapped, IsBankIDExactMatch: true, BankIDPattern: "a(b"}, nil},
		{"unknown method", New{MethodName: "getBankz", ConnectorName: Mapped}, obperr.InvalidConnectorMethod},
		{"star is no target", New{MethodName: "getBank", ConnectorName: Star}, obperr.InvalidConnectorName},
		{"rest is spelled rest_vMar2019", New{MethodName: "getBank", ConnectorName: "rest", Parameters: url}, obperr.InvalidConnectorName},
		{"bad regex", New{MethodName: "getBank", ConnectorName: Mapped, BankIDPattern: "some_bankId_(["}, obperr.InvalidBankIDRegex},
		{"rest without url", New{MethodName: "getBank", ConnectorName: RestVMar2019}, obperr.InvalidURL},
		{"rest with a relative url", New{MethodName: "getBank", ConnectorName: RestVMar2019, Parameters: []Param{{"url", "/obp"}}}, obperr.InvalidURL},
		{"rest with another scheme", New{MethodName: "getBank", ConnectorName: RestVMar2019, Parameters: []Param{{"url", "ftp://x/y"}}}, obperr.InvalidURL},
		{"a key twice", New{MethodName: "getBank", ConnectorName: Mapped, Parameters: []Param{{"a", "1"}, {"a", "2"}}}, obperr.InvalidJSONContent},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var r Routing
			err := tc.n.apply(known, &r)
			if tc.want == nil && err != nil {
				t.Fatalf("refused: %v", err)
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %s", err, tc.want.ID)
			}
		})
	}
	var r Routing
	if err := (New{MethodName: "getBank", ConnectorName: Mapped, IsBankIDExactMatch: true, BankIDPattern: "  "}).apply(known, &r); err != nil || r.IsBankIDExactMatch || r.BankIDPattern != "" {
		t.Errorf("a blank pattern is none and never exact (as OBP): %+v, %v", r, err)
	}
}
