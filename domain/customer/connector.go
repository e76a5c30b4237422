package customer

import "context"

// Connector is the core-banking capability for customers, user-customer links and
// customer attributes, with OBP's connector method names. Not-found cases return the
// obperr codes named below.
type Connector interface {
	// CreateCustomer stores c; obperr.CustomerNumberAlreadyExists when its number is taken at its bank.
	CreateCustomer(ctx context.Context, c Customer) (Customer, error)
	// GetCustomers returns a page of one bank's customers, oldest first.
	GetCustomers(ctx context.Context, bankID string, limit, offset int) ([]Customer, error)
	// GetCustomerByCustomerID returns obperr.CustomerNotFoundByCustomerID when no customer has this id.
	GetCustomerByCustomerID(ctx context.Context, customerID string) (Customer, error)
	// GetCustomersByUserID returns the customers linked to a user, at every bank.
	GetCustomersByUserID(ctx context.Context, userID string) ([]Customer, error)
	// CheckCustomerNumberAvailable reports whether no customer of bankID has this number.
	CheckCustomerNumberAvailable(ctx context.Context, bankID, customerNumber string) (bool, error)

	// CreateUserCustomerLink stores l; obperr.CustomerAlreadyExistsForUser when the user is
	// already linked to a customer at l.BankID.
	CreateUserCustomerLink(ctx context.Context, l UserCustomerLink) (UserCustomerLink, error)
	GetUserCustomerLinksByUserID(ctx context.Context, userID string) ([]UserCustomerLink, error)
	GetUserCustomerLinksByCustomerID(ctx context.Context, customerID string) ([]UserCustomerLink, error)
	// GetUserCustomerLink returns obperr.UserCustomerLinkNotFound when no link has this id.
	GetUserCustomerLink(ctx context.Context, linkID string) (UserCustomerLink, error)
	// DeleteUserCustomerLink returns obperr.UserCustomerLinkNotFound when no link has this id.
	DeleteUserCustomerLink(ctx context.Context, linkID string) error

	// CreateOrUpdateCustomerAttribute stores a under a.ID, replacing an attribute of that id.
	CreateOrUpdateCustomerAttribute(ctx context.Context, bankID, customerID string, a Attribute) (Attribute, error)
	// GetCustomerAttributes returns one customer's attributes, oldest first.
	GetCustomerAttributes(ctx context.Context, bankID, customerID string) ([]Attribute, error)
	// GetCustomerAttributesForCustomers loads many customers' attributes at once, by customer id.
	GetCustomerAttributesForCustomers(ctx context.Context, customerIDs []string) (map[string][]Attribute, error)
}
