package main

import "testing"

func TestParseSubmissionTypes(t *testing.T) {
	got, err := parseSubmissionTypes("IDENTITY_CARD_SCAN=image:10485760, SELFIE=image:1024:IDENTITY_CARD_SCAN+PASSPORT_SCAN,BILL=pdf:99")
	if err != nil || len(got) != 3 || got[1].Name != "SELFIE" || len(got[1].Requires) != 2 || got[2].Family != "pdf" || got[0].MaxBytes != 10485760 {
		t.Fatalf("= %+v, %v", got, err)
	}
	for _, bad := range []string{"X", "X=gif:10", "X=image:-1", "X=image", "=image:1", "X=image:1:A:B"} {
		if _, err := parseSubmissionTypes(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
