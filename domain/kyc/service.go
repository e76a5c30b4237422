package kyc

import (
	"context"
	"time"

	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/ids"
)

// Banks finds a bank (obperr.BankNotFound otherwise): KYC records are written at a bank.
type Banks interface {
	GetBank(ctx context.Context, id string) (bank.Bank, error)
}

// Service holds the KYC use cases.
type Service struct {
	conn      Connector
	customers Customers
	banks     Banks
}

// NewService returns the KYC use cases over conn.
func NewService(conn Connector, customers Customers, banks Banks) *Service {
	return &Service{conn: conn, customers: customers, banks: banks}
}

// AddDocument stores d (under d.ID, replacing a document of that id) for a customer of bankID.
func (s *Service) AddDocument(ctx context.Context, bankID, customerID string, d Document) (Document, error) {
	c, err := s.customerAt(ctx, bankID, customerID, d.CustomerNumber)
	if err != nil {
		return Document{}, err
	}
	d.BankID, d.CustomerID = c.BankID, c.ID
	return s.conn.CreateOrUpdateKycDocument(ctx, d)
}

// AddCheck stores k (under k.ID, replacing a check of that id) for a customer of bankID.
func (s *Service) AddCheck(ctx context.Context, bankID, customerID string, k Check) (Check, error) {
	c, err := s.customerAt(ctx, bankID, customerID, k.CustomerNumber)
	if err != nil {
		return Check{}, err
	}
	k.BankID, k.CustomerID = c.BankID, c.ID
	return s.conn.CreateOrUpdateKycCheck(ctx, k)
}

// AddMedia stores m (under m.ID, replacing media of that id) for a customer of bankID.
func (s *Service) AddMedia(ctx context.Context, bankID, customerID string, m Media) (Media, error) {
	c, err := s.customerAt(ctx, bankID, customerID, m.CustomerNumber)
	if err != nil {
		return Media{}, err
	}
	m.BankID, m.CustomerID = c.BankID, c.ID
	return s.conn.CreateOrUpdateKycMedia(ctx, m)
}

// AddStatus appends a status to a customer's KYC timeline; it becomes the customer's kyc_status.
func (s *Service) AddStatus(ctx context.Context, bankID, customerID, customerNumber string, ok bool, date time.Time) (Status, error) {
	c, err := s.customerAt(ctx, bankID, customerID, customerNumber)
	if err != nil {
		return Status{}, err
	}
	return s.conn.CreateOrUpdateKycStatus(ctx, Status{ID: ids.New(), BankID: c.BankID, CustomerID: c.ID,
		CustomerNumber: c.Number, OK: ok, Date: date.UTC()})
}

// customerAt returns the customer when it exists at bankID and has the number the body
// names: a customer of another bank is not found, so a bank role reaches only its own.
func (s *Service) customerAt(ctx context.Context, bankID, customerID, customerNumber string) (customer.Customer, error) {
	if _, err := s.banks.GetBank(ctx, bankID); err != nil {
		return customer.Customer{}, err
	}
	c, err := s.customers.GetCustomerByCustomerID(ctx, customerID)
	if err != nil {
		return customer.Customer{}, err
	}
	if c.BankID != bankID {
		return customer.Customer{}, errCustomerNotAtBank
	}
	if c.Number != customerNumber {
		return customer.Customer{}, errCustomerNumber()
	}
	return c, nil
}
