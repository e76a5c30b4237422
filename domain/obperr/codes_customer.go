package obperr

// Customer, user-customer link and customer attribute errors (OBP-30xxx). The statuses
// follow OBP: its not-found answers are 404, its "already exists" answers 400.
var (
	CustomerNotFound             = &Code{"OBP-30002", 404, "Customer not found. Please specify a valid value for CUSTOMER_NUMBER."}
	CustomerNumberAlreadyExists  = &Code{"OBP-30006", 400, "Customer Number already exists. Please specify a different value for BANK_ID or CUSTOMER_NUMBER."}
	CustomerAlreadyExistsForUser = &Code{"OBP-30007", 400, "The User is already linked to a Customer at the bank specified by BANK_ID"}
	// OBP answers this one with its default 400; a missing link is a 404 here, like every other lookup by id.
	UserCustomerLinkNotFound     = &Code{"OBP-30035", 404, "User Customer Link not found"}
	CustomerNotFoundByCustomerID = &Code{"OBP-30046", 404, "Customer not found. Please specify a valid value for CUSTOMER_ID."}
)
