package obperr

// General and request-shape errors (OBP-00xxx, OBP-09xxx, OBP-10xxx).
var (
	InvalidRequestPayload = &Code{"OBP-09014", 400, "Incorrect request payload."}
	InvalidJSONFormat     = &Code{"OBP-10001", 400, "Incorrect json format."}
	InvalidNumber         = &Code{"OBP-10002", 400, "Invalid Number. Could not convert value to a number."}
	InvalidDateFormat     = &Code{"OBP-10005", 400, "Invalid Date Format. Could not convert value to a Date."}
	IncorrectRoleName     = &Code{"OBP-10007", 400, "Incorrect Role name:"}
	NotImplemented        = &Code{"OBP-10010", 501, "Not Implemented."}
	TooManyRequests       = &Code{"OBP-10018", 429, "Too Many Requests."}
	InvalidJSONContent    = &Code{"OBP-10020", 400, "Incorrect json."}
	FilterSortDirection   = &Code{"OBP-10023", 400, "obp_sort_direction parameter can only take two values: DESC or ASC!"}
	FilterOffsetError     = &Code{"OBP-10024", 400, "wrong value for obp_offset parameter. Please send a positive integer (=>0)!"}
	FilterLimitError      = &Code{"OBP-10025", 400, "wrong value for obp_limit parameter. Please send a positive integer (=>1)!"}
	FilterDateFormatError = &Code{"OBP-10026", 400, "Failed to parse date string. Please use this format yyyy-MM-dd'T'HH:mm:ss.SSS'Z'!"}
	InvalidURI            = &Code{"OBP-10404", 404, "Request Not Found. The server has not found anything matching the Request-URI. Check your URL and the headers."}
	ResourceDoesNotExist  = &Code{"OBP-10405", 404, "Resource does not exist."}
	// OBP answers a wrong verb with its generic 404; we answer 405 and reuse OBP's code for a bad method.
	MethodNotAllowed = &Code{"OBP-10037", 405, "Incorrect http_method. This resource does not accept this HTTP method."}
	// OBP has no code for an oversized body; OBP-10413 is ours, outside OBP's allocated numbers.
	RequestTooLarge  = &Code{"OBP-10413", 413, "Request Entity Too Large. The request body exceeds the size this server accepts."}
	ServiceIsTooBusy = &Code{"OBP-10040", 503, "The Service is too busy, please try it later."}
	RequestTimeout   = &Code{"OBP-01000", 408, "Request Timeout. The OBP API decided to return a timeout."}
)

// Server-side failures (OBP-50xxx). Their text never carries internals.
var (
	UnknownError        = &Code{"OBP-50000", 500, "Unknown Error."}
	AdapterException    = &Code{"OBP-50003", 500, "Adapter Or Core Banking System Exception. Failed to get a valid response from the south side Adapter or Core Banking System."}
	InternalServerError = &Code{"OBP-50015", 500, "Internal Server Error."}
)
