package accounts

import (
	"encoding/json"
	"maps"
	"slices"
	"testing"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
)

// The other-account shape names real permissions and every field it renders, and a view
// that may see the other side but none of its details shows its id alone.
func TestOtherAccountShapeCoversItsFields(t *testing.T) {
	rendered, _ := json.Marshal(toOtherAccountJSON(transaction.OtherAccount{Ref: account.Ref{BankID: "b", AccountID: "a"}, Holder: "h"}))
	var fields map[string]any
	_ = json.Unmarshal(rendered, &fields)
	declared := append([]string{}, otherAccountShape.Always...)
	for _, r := range otherAccountShape.Rules {
		declared = append(declared, r.Path)
		for _, p := range r.Needs {
			if !p.Valid() {
				t.Errorf("%s needs %q, not a view permission", r.Path, p)
			}
		}
	}
	if got := slices.Sorted(maps.Keys(fields)); !slices.Equal(got, slices.Sorted(slices.Values(declared))) {
		t.Errorf("renders %v, the shape declares %v", got, declared)
	}
	bare := view.View{ID: "_bare", Allowed: map[view.Permission]bool{view.CanSeeTransactionOtherAccount: true}}
	m, err := handlers.Moderate(toOtherAccountJSON(transaction.OtherAccount{Holder: "h"}), otherAccountShape, bare)
	if err != nil || len(m) != 1 {
		t.Errorf("through a bare view: %v, %v", m, err)
	}
}
