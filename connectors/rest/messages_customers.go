package rest

import (
	"context"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
)

var (
	createCustomer = define(
		write(port.CreateCustomer, obperr.InvalidConnectorResponse, nil, obperr.CustomerNumberAlreadyExists),
		"Stores a customer of bankId under the customerNumber given (OBP's createCustomerC2: its createCustomer "+
			"has no number and lets the adapter choose one, where this server has chosen or checked the number "+
			"already); answers the customer as stored. errorCode OBP-30006 when the bank already has a customer "+
			"with that number. customerId and createdAt are ours: the id and creation time this server gave the "+
			"customer; an OBP adapter may ignore them and answer with its own customerId.",
		func(ctx context.Context, b port.Connector, out OutBoundCreateCustomerC2) (CustomerCommons, error) {
			got, err := b.CreateCustomer(ctx, out.customer())
			return NewCustomerCommons(got), err
		})
	getCustomers = define(read(port.GetCustomers, obperr.InvalidConnectorResponse, nil),
		"A page of the bank's customers, oldest first: offset customers skipped, at most limit answered. "+
			"fromDate and toDate are sent as the whole range (this server filters customers by no date).",
		func(ctx context.Context, b port.Connector, out OutBoundGetCustomers) ([]CustomerCommons, error) {
			got, err := b.GetCustomers(ctx, out.BankID.Value, out.Limit, out.Offset)
			return commonsList(got, NewCustomerCommons), err
		})
	getCustomerByCustomerID = define(
		read(port.GetCustomerByCustomerID, obperr.InvalidConnectorResponse, obperr.CustomerNotFoundByCustomerID),
		"The customer with this id, at any bank; errorCode OBP-30046 when there is none.",
		func(ctx context.Context, b port.Connector, out OutBoundGetCustomerByCustomerID) (CustomerCommons, error) {
			got, err := b.GetCustomerByCustomerID(ctx, out.CustomerID)
			return NewCustomerCommons(got), err
		})
	getCustomersByUserID = define(read(port.GetCustomersByUserID, obperr.InvalidConnectorResponse, nil),
		"The customers the user is linked to (user-customer links), at every bank; an empty list when none.",
		func(ctx context.Context, b port.Connector, out OutBoundGetCustomersByUserID) ([]CustomerCommons, error) {
			got, err := b.GetCustomersByUserID(ctx, out.UserID)
			return commonsList(got, NewCustomerCommons), err
		})
	checkCustomerNumberAvailable = define(
		read(port.CheckCustomerNumberAvailable, obperr.InvalidConnectorResponse, nil),
		"true when no customer of the bank has this customer number (numbers are unique per bank only).",
		func(ctx context.Context, b port.Connector, out OutBoundCheckCustomerNumberAvailable) (bool, error) {
			return b.CheckCustomerNumberAvailable(ctx, out.BankID.Value, out.CustomerNumber)
		})
)

// OutBoundCreateCustomerC2 stores a customer: OBP's createCustomerC2 parameters by name,
// plus ours.
type OutBoundCreateCustomerC2 struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     ID                         `json:"bankId"`
	LegalName                  string                     `json:"legalName"`
	CustomerNumber             string                     `json:"customerNumber"`
	MobileNumber               string                     `json:"mobileNumber"`
	Email                      string                     `json:"email"`
	FaceImage                  CustomerFaceImage          `json:"faceImage"`
	DateOfBirth                *Date                      `json:"dateOfBirth"` // null when not known
	RelationshipStatus         string                     `json:"relationshipStatus"`
	Dependents                 int                        `json:"dependents"`
	DobOfDependents            []Date                     `json:"dobOfDependents"`
	HighestEducationAttained   string                     `json:"highestEducationAttained"`
	EmploymentStatus           string                     `json:"employmentStatus"`
	KycStatus                  bool                       `json:"kycStatus"`
	LastOkDate                 *Date                      `json:"lastOkDate"` // null when never OK
	// CreditRating and CreditLimit are OBP's Options: left out when not given.
	CreditRating *CreditRating `json:"creditRating,omitempty"`
	CreditLimit  *CreditLimit  `json:"creditLimit,omitempty"`
	Title        string        `json:"title"`
	BranchID     string        `json:"branchId"`
	NameSuffix   string        `json:"nameSuffix"`
	CustomerID   string        `json:"customerId,omitempty"` // ours: the id this server gave the customer
	CreatedAt    *Instant      `json:"createdAt,omitempty"`  // ours: when this server created the customer
}

func newOutBoundCreateCustomerC2(occ OutboundAdapterCallContext, c customer.Customer) OutBoundCreateCustomerC2 {
	cc := NewCustomerCommons(c)
	out := OutBoundCreateCustomerC2{OutboundAdapterCallContext: occ, BankID: ID{c.BankID}, LegalName: c.LegalName,
		CustomerNumber: c.Number, MobileNumber: c.MobilePhoneNumber, Email: c.Email, FaceImage: cc.FaceImage,
		DateOfBirth: cc.DateOfBirth, RelationshipStatus: c.RelationshipStatus, Dependents: c.Dependants,
		DobOfDependents: cc.DobOfDependents, HighestEducationAttained: c.HighestEducationAttained,
		EmploymentStatus: c.EmploymentStatus, KycStatus: c.KycStatus, LastOkDate: cc.LastOkDate, Title: c.Title,
		BranchID: c.BranchID, NameSuffix: c.NameSuffix, CustomerID: c.ID, CreatedAt: cc.CreatedAt}
	if c.CreditRating != (customer.CreditRating{}) {
		out.CreditRating = &cc.CreditRating
	}
	if c.CreditLimit != (customer.CreditLimit{}) {
		out.CreditLimit = &cc.CreditLimit
	}
	return out
}

// customer is the customer the message stores; without our customerId and createdAt (an
// OBP sender), a new id and now.
func (o OutBoundCreateCustomerC2) customer() customer.Customer {
	if o.CustomerID == "" {
		o.CustomerID = ids.New()
	}
	if o.CreatedAt == nil {
		o.CreatedAt = &Instant{clock.System.Now()}
	}
	c := CustomerCommons{CustomerID: o.CustomerID, BankID: o.BankID.Value, Number: o.CustomerNumber,
		LegalName: o.LegalName, MobileNumber: o.MobileNumber, Email: o.Email, FaceImage: o.FaceImage,
		DateOfBirth: o.DateOfBirth, RelationshipStatus: o.RelationshipStatus, Dependents: o.Dependents,
		DobOfDependents: o.DobOfDependents, HighestEducationAttained: o.HighestEducationAttained,
		EmploymentStatus: o.EmploymentStatus, KycStatus: o.KycStatus, LastOkDate: o.LastOkDate, Title: o.Title,
		BranchID: o.BranchID, NameSuffix: o.NameSuffix, CreatedAt: o.CreatedAt}
	if o.CreditRating != nil {
		c.CreditRating = *o.CreditRating
	}
	if o.CreditLimit != nil {
		c.CreditLimit = *o.CreditLimit
	}
	return c.Customer()
}

// OutBoundGetCustomers asks for a page of a bank's customers.
type OutBoundGetCustomers struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     ID                         `json:"bankId"`
	Limit                      int                        `json:"limit"`
	Offset                     int                        `json:"offset"`
	// FromDate and ToDate are OBP's creation-date filter; this server sends the whole
	// range (allCustomersFrom, allCustomersTo) and its adapter side ignores them.
	FromDate string `json:"fromDate"`
	ToDate   string `json:"toDate"`
}

// The creation-date range getCustomers sends: every customer.
const (
	allCustomersFrom = "1970-01-01T00:00:00Z"
	allCustomersTo   = "9999-12-31T23:59:59Z"
)

// OutBoundGetCustomerByCustomerID asks for one customer.
type OutBoundGetCustomerByCustomerID struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	CustomerID                 string                     `json:"customerId"`
}

// OutBoundGetCustomersByUserID asks for the customers a user is linked to.
type OutBoundGetCustomersByUserID struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	UserID                     string                     `json:"userId"`
}

// OutBoundCheckCustomerNumberAvailable asks whether a bank has no customer with a number.
type OutBoundCheckCustomerNumberAvailable struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     ID                         `json:"bankId"`
	CustomerNumber             string                     `json:"customerNumber"`
}
