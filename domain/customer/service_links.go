package customer

import (
	"context"

	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
)

// Link says that userID is the customer customerID of bankID. A user already linked to a
// customer at that bank is OBP-30007.
func (s *Service) Link(ctx context.Context, bankID, userID, customerID string) (UserCustomerLink, error) {
	c, err := s.customerAt(ctx, bankID, customerID)
	if err != nil {
		return UserCustomerLink{}, err
	}
	if _, err := s.users.GetUser(ctx, userID); err != nil {
		return UserCustomerLink{}, err
	}
	linked, err := s.conn.GetCustomersByUserID(ctx, userID)
	if err != nil {
		return UserCustomerLink{}, err
	}
	for _, other := range linked {
		if other.BankID == bankID {
			return UserCustomerLink{}, obperr.CustomerAlreadyExistsForUser
		}
	}
	l := UserCustomerLink{ID: ids.New(), UserID: userID, CustomerID: c.ID, BankID: bankID,
		DateInserted: s.clock.Now(), IsActive: true}
	return s.conn.CreateUserCustomerLink(ctx, l)
}

// LinksOfUser returns a user's links to customers of bankID.
func (s *Service) LinksOfUser(ctx context.Context, bankID, userID string) ([]UserCustomerLink, error) {
	if _, err := s.banks.GetBank(ctx, bankID); err != nil {
		return nil, err
	}
	all, err := s.conn.GetUserCustomerLinksByUserID(ctx, userID)
	if err != nil {
		return nil, err
	}
	out := []UserCustomerLink{}
	for _, l := range all {
		if l.BankID == bankID {
			out = append(out, l)
		}
	}
	return out, nil
}

// LinksOfCustomer returns the links to a customer of bankID.
func (s *Service) LinksOfCustomer(ctx context.Context, bankID, customerID string) ([]UserCustomerLink, error) {
	if _, err := s.customerAt(ctx, bankID, customerID); err != nil {
		return nil, err
	}
	return s.conn.GetUserCustomerLinksByCustomerID(ctx, customerID)
}

// Unlink deletes a link to a customer of bankID; a link at another bank is not found.
func (s *Service) Unlink(ctx context.Context, bankID, linkID string) error {
	if _, err := s.banks.GetBank(ctx, bankID); err != nil {
		return err
	}
	l, err := s.conn.GetUserCustomerLink(ctx, linkID)
	if err != nil {
		return err
	}
	if l.BankID != bankID {
		return obperr.UserCustomerLinkNotFound
	}
	return s.conn.DeleteUserCustomerLink(ctx, linkID)
}
