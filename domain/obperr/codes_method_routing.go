package obperr

// Method routing errors (OBP-7xxxx): the management of method routings and what the star
// connector answers when routing cannot serve a call.
var (
	InvalidBankIDRegex     = &Code{"OBP-70001", 400, "Incorrect regex for bankIdPattern."}
	MethodRoutingNotFound  = &Code{"OBP-70002", 400, "MethodRouting not found. Please specify a valid value for method_routing_id."}
	MethodRoutingExists    = &Code{"OBP-70003", 400, "Method Routing is already exists."}
	InvalidConnectorName   = &Code{"OBP-10021", 400, "Incorrect Connector name."}
	InvalidConnectorMethod = &Code{"OBP-10022", 400, "Incorrect Connector method name."}
	InvalidURL             = &Code{"OBP-10017", 400, "Incorrect URL Format."}
	// Ours, outside OBP's numbers: OBP's star connector would post each leg through its own
	// connector. Two connectors cannot post one payment atomically, so it is refused before
	// anything is posted.
	PaymentAcrossConnectors = &Code{"OBP-70004", 400, "The two accounts are served by different connectors; a payment between them cannot be posted atomically."}
)
