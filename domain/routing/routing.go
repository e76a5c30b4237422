package routing

// Routing identifies an account, a bank or a branch to other systems: an address in the
// scheme that names the kind of identifier, e.g. {"IBAN", "DE89370400440532013000"} for an
// account or {"BIC", "GHBKGB2L"} for a bank. The zero Routing is one the client left out;
// whether a Routing is well-formed is ValidateAccountRouting's question.
type Routing struct {
	Scheme  string
	Address string
}
