package accounts

import (
	"encoding/json"
	"testing"

	"github.com/obp-go/obp/domain/view"
)

// The account's own encoder writes exactly what encoding/json writes for its fields, in
// the same order, escaping included.
func TestModeratedAccountEncodesAsItsFields(t *testing.T) {
	type fieldsOnly moderatedAccountJSON // the same fields, without the methods
	r := exampleReading
	r.Account.Label = `<b>"Tom" & Jerry's</b> ` + "\u2028"
	r.Views = []view.View{exampleOwnerView, exampleOwnerView}
	for _, m := range []moderatedAccountJSON{toModeratedAccountJSON(r), {}} {
		want, err := json.Marshal(fieldsOnly(m))
		if err != nil {
			t.Fatal(err)
		}
		if got := m.AppendJSON(nil); string(got) != string(want) {
			t.Errorf("AppendJSON =\n%s\nwant\n%s", got, want)
		}
		if got, err := json.Marshal(m); err != nil || string(got) != string(want) {
			t.Errorf("json.Marshal = %s, %v; want the same bytes", got, err)
		}
	}
}

// A view is encoded byte for byte as encoding/json writes viewJSON's map, whatever its
// strings hold.
func TestViewEncodesAsItsMap(t *testing.T) {
	for _, text := range []string{"plain", `<b>"q" & 'a'</b>`, "tab\there", "é \u2028 \x7f", "back\\slash", ""} {
		v := exampleOwnerView
		v.Description, v.ShortName, v.Alias = text, text+"!", text
		v.CanGrantAccessToViews = []string{"owner", text}
		want, err := json.Marshal(viewJSON(v))
		if err != nil {
			t.Fatal(err)
		}
		if got := appendViewJSON(nil, v); string(got) != string(want) {
			t.Errorf("%q: appendViewJSON =\n%s\nwant\n%s", text, got, want)
		}
	}
}
