package obperr

// Errors of the HTTP edge: input refused before any handler runs, overload, and a
// database that cannot be reached.
var (
	// OBP's own texts, without a full stop as OBP has them.
	ValueTooLong      = &Code{"OBP-20010", 400, "Value too long"}
	InvalidCharacters = &Code{"OBP-20011", 400, "Value contains invalid characters"}
	// OBP has no code for oversized request headers; OBP-10431 is ours, outside OBP's allocated numbers.
	HeadersTooLarge = &Code{"OBP-10431", 431, "Request Header Fields Too Large. The request line and headers exceed the size this server accepts."}
	// OBP has no code for a compressed request body; OBP-10415 is ours, outside OBP's allocated numbers.
	UnsupportedContentEncoding = &Code{"OBP-10415", 415, "Unsupported Content-Encoding. Send the request body uncompressed."}
	// Answered with 503 and Retry-After: the outage is temporary and a client may retry.
	DatabaseUnavailable = &Code{"OBP-50019", 503, "Cannot connect to the OBP database."}
)
