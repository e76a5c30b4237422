package kyc

import "github.com/obp-go/obp/domain/obperr"

// errCustomerNotAtBank: a customer of another bank is not found at this one.
var errCustomerNotAtBank = obperr.CustomerNotFoundByCustomerID

// errCustomerNumber: the body's customer_number must be the number of the path's customer.
// The customer's real number is not echoed.
func errCustomerNumber() error {
	return obperr.InvalidRequestPayload.Field("/customer_number",
		"customer_number is not the number of the customer CUSTOMER_ID names.")
}
