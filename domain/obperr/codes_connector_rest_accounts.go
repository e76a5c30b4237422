package obperr

// OBP's own codes for an adapter's invalid answer to the account methods (OBP-502xx).
var (
	InvalidConnectorResponseForGetBankAccounts       = &Code{"OBP-50201", 400, "Connector did not return the set of accounts we requested."}
	InvalidConnectorResponseForGetChallengeThreshold = &Code{"OBP-50206", 400, "Connector did not return the set of challenge threshold we requested."}
)
