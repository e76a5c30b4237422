package obperr

// A connector's adapter answered, but not with what was asked (OBP-502xx). OBP answers
// them with its default 400 (they are not in its status map); the detail the adapter sent
// is kept for the log, never shown.
var (
	InvalidConnectorResponse                  = &Code{"OBP-50200", 400, "Connector cannot return the data we requested."}
	InvalidConnectorResponseForGetBankAccount = &Code{"OBP-50202", 400, "Connector did not return the account we requested."}
	InvalidConnectorResponseForMakePayment    = &Code{"OBP-50209", 400, "Connector did not return the set of transactions we requested."}
)

// InvalidConnector is a connector name this server has no message docs for.
var InvalidConnector = &Code{"OBP-30211", 400, "Invalid Connector. Please specify a valid value for CONNECTOR."}

// AdapterUnavailable is an adapter taken out of service by the REST connector's circuit
// breaker after repeated failures; calls fail at once until it half-opens. OBP has no code for this
// (its rest connector has no breaker): OBP-50503 is ours, outside OBP's allocated numbers,
// and answers 503 so operators see an outage and clients may retry later.
var AdapterUnavailable = &Code{"OBP-50503", 503, "The Adapter or Core Banking System is unavailable after repeated failures. Please try again later."}
