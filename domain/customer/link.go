package customer

import "time"

// UserCustomerLink says that a user is a customer: the login and the bank's record of the
// client. A user is linked to at most one customer per bank.
type UserCustomerLink struct {
	ID         string
	UserID     string
	CustomerID string
	// BankID is the customer's bank, kept on the link so that a bank's staff see and
	// remove only their own bank's links.
	BankID       string
	DateInserted time.Time
	IsActive     bool
}
