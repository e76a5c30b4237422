package handlers_test

import (
	"os"
	"testing"

	"github.com/obp-go/obp/internal/testenv"
)

// TestMain checks, once every suite has run, each JSON response the suites received
// against the schema OBP's own spec gives for its operation (testenv.CheckAgainstOBPSpec).
func TestMain(m *testing.M) {
	code := testenv.CheckAgainstOBPSpec(m, specWaivers...)
	testenv.RemoveBinary()
	os.Exit(code)
}

// specWaivers are the places where OBP's spec contradicts what OBP itself answers.
var specWaivers = []testenv.Waiver{
	{OperationID: "OBPv3.1.0-getConsumer", Pointer: "/consumer_id", Why: consumerIDIsAString},
	{OperationID: "OBPv5.1.0-updateConsumerRedirectUrl", Pointer: "/consumer_id", Why: consumerIDIsAString},
	{OperationID: "OBPv5.0.0-createUserAuthContextUpdateRequest", Pointer: "/user_auth_context_update_id", Why: updateIDIsAnID},
	{OperationID: "OBPv5.0.0-answerUserAuthContextUpdateChallenge", Pointer: "/user_auth_context_update_id", Why: updateIDIsAnID},
	{OperationID: "OBPv5.1.0-createVRPConsentRequest", Pointer: "/payload/to_account/limit/max_single_amount", Why: vrpAmountsAreStrings},
	{OperationID: "OBPv5.1.0-createVRPConsentRequest", Pointer: "/payload/to_account/limit/max_monthly_amount", Why: vrpAmountsAreStrings},
	{OperationID: "OBPv5.1.0-createVRPConsentRequest", Pointer: "/payload/to_account/limit/max_yearly_amount", Why: vrpAmountsAreStrings},
}

const vrpAmountsAreStrings = "OBP's v6.0.0 export types the limit amounts of the echoed payload integers, while the " +
	"request it echoes takes them as decimal strings (PostVRPConsentRequestJsonV510); the payload is answered as posted"

const consumerIDIsAString = "OBP's v5.1.0 export types consumer_id an integer, after the ConsumerJsonV210 example " +
	"its resource doc shows, but OBP answers ConsumerJsonV310, whose consumer_id is the string the CONSUMER_ID path takes"

const updateIDIsAnID = "OBP's v6.0.0 export types user_auth_context_update_id a date-time; it is the id the " +
	"AUTH_CONTEXT_UPDATE_ID path takes (a UUID in OBP's own example, UserAuthContextUpdateJsonV500)"
