package customer

import (
	"context"
	"fmt"

	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/user"
)

// Banks finds a bank (obperr.BankNotFound otherwise): every use case at a bank checks it exists.
type Banks interface {
	GetBank(ctx context.Context, id string) (bank.Bank, error)
}

// Users finds a user (obperr.UserNotFoundByID otherwise), to link them to a customer.
type Users interface {
	GetUser(ctx context.Context, id string) (user.User, error)
}

// WithAttributes is a customer and its attributes, as a customer's detail views show it.
type WithAttributes struct {
	Customer   Customer
	Attributes []Attribute
}

// Service holds the customer use cases.
type Service struct {
	conn  Connector
	banks Banks
	users Users
	clock clock.Clock
}

// NewService returns the customer use cases over conn.
func NewService(conn Connector, banks Banks, users Users, clk clock.Clock) *Service {
	return &Service{conn: conn, banks: banks, users: users, clock: clk}
}

// Create adds a customer at bankID. Without a number the bank chooses a free one; a
// number already used at the bank is OBP-30006.
func (s *Service) Create(ctx context.Context, bankID string, n NewCustomer) (Customer, error) {
	if _, err := s.banks.GetBank(ctx, bankID); err != nil {
		return Customer{}, err
	}
	c, err := n.customer()
	if err != nil {
		return Customer{}, err
	}
	c.BankID, c.ID, c.CreatedAt = bankID, ids.New(), s.clock.Now()
	if c.Number == "" {
		if c.Number, err = s.freeNumber(ctx, bankID); err != nil {
			return Customer{}, err
		}
	} else if free, err := s.conn.CheckCustomerNumberAvailable(ctx, bankID, c.Number); err != nil {
		return Customer{}, err
	} else if !free {
		return Customer{}, obperr.CustomerNumberAlreadyExists
	}
	return s.conn.CreateCustomer(ctx, c)
}

// freeNumber draws ten random digits until one is free at the bank.
func (s *Service) freeNumber(ctx context.Context, bankID string) (string, error) {
	for range 5 {
		number := ids.Digits(10)
		free, err := s.conn.CheckCustomerNumberAvailable(ctx, bankID, number)
		if err != nil || free {
			return number, err
		}
	}
	return "", fmt.Errorf("no free customer number at bank %s after 5 draws", bankID)
}

// List returns a page of a bank's customers.
func (s *Service) List(ctx context.Context, bankID string, limit, offset int) ([]Customer, error) {
	if _, err := s.banks.GetBank(ctx, bankID); err != nil {
		return nil, err
	}
	return s.conn.GetCustomers(ctx, bankID, limit, offset)
}

// Get returns a customer of bankID with its attributes.
func (s *Service) Get(ctx context.Context, bankID, customerID string) (WithAttributes, error) {
	c, err := s.customerAt(ctx, bankID, customerID)
	if err != nil {
		return WithAttributes{}, err
	}
	attrs, err := s.conn.GetCustomerAttributes(ctx, bankID, customerID)
	if err != nil {
		return WithAttributes{}, err
	}
	return WithAttributes{Customer: c, Attributes: attrs}, nil
}

// LinkedTo returns the customers a user is linked to, at every bank.
func (s *Service) LinkedTo(ctx context.Context, userID string) ([]Customer, error) {
	return s.conn.GetCustomersByUserID(ctx, userID)
}

// LinkedToWithAttributes is LinkedTo with each customer's attributes, in two reads.
func (s *Service) LinkedToWithAttributes(ctx context.Context, userID string) ([]WithAttributes, error) {
	cs, err := s.conn.GetCustomersByUserID(ctx, userID)
	if err != nil {
		return nil, err
	}
	customerIDs := make([]string, len(cs))
	for i, c := range cs {
		customerIDs[i] = c.ID
	}
	attrs, err := s.conn.GetCustomerAttributesForCustomers(ctx, customerIDs)
	if err != nil {
		return nil, err
	}
	out := make([]WithAttributes, len(cs))
	for i, c := range cs {
		out[i] = WithAttributes{Customer: c, Attributes: attrs[c.ID]}
		if out[i].Attributes == nil {
			out[i].Attributes = []Attribute{}
		}
	}
	return out, nil
}

// customerAt returns the customer when it exists at bankID: a customer of another bank
// is not found here, so that a bank role never reaches another bank's customers.
func (s *Service) customerAt(ctx context.Context, bankID, customerID string) (Customer, error) {
	if _, err := s.banks.GetBank(ctx, bankID); err != nil {
		return Customer{}, err
	}
	c, err := s.conn.GetCustomerByCustomerID(ctx, customerID)
	if err != nil {
		return Customer{}, err
	}
	if c.BankID != bankID {
		return Customer{}, obperr.CustomerNotFoundByCustomerID
	}
	return c, nil
}
