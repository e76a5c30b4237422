package obperr

// An adapter's answer to a transactions read that is not what was asked, with OBP's
// numbers and texts (OBP-502xx, its default 400).
var (
	InvalidConnectorResponseForGetTransaction  = &Code{"OBP-50203", 400, "Connector did not return the transaction we requested."}
	InvalidConnectorResponseForGetTransactions = &Code{"OBP-50204", 400, "Connector did not return the set of transactions we requested."}
)
