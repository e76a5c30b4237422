package seal

import (
	"time"

	"github.com/obp-go/obp/domain/seal"
)

var exampleTime = time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC)

var exampleEnrol = enrolJSON{Name: "Gh Bank", Alias: "Ellie's phone", Platform: "android", Version: "3.2.0"}

var exampleKey = keyJSON{ID: "01JNF2Y8Q0M3V7W5K9ZB6T4R2C", BankID: "gh.29.uk", UserID: "9ca9a7e4-6d02-40e3-a129-0b2bf89de9b1",
	Name: "Gh Bank", Alias: "Ellie's phone", Platform: "android", Version: "3.2.0", Suite: seal.SuiteText, CreatedAt: exampleTime}

var exampleEnrolled = enrolledJSON{keyJSON: exampleKey,
	KeyHex:    "3132333435363738393031323334353637383930313233343536373839303132",
	KeyBase32: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA"}

var exampleKeys = keysJSON{Keys: []keyJSON{exampleKey}}

const exampleVerdictXML = `<?xml version="1.0" encoding="UTF-8"?>
<sealVerify><err>OK</err><name>Gh Bank</name><alias>Ellie's phone</alias><version>3.2.0</version><platform>android</platform><type>mac</type><timestamp>1772357400</timestamp></sealVerify>`
