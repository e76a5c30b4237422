package sandbox

import (
	"context"
	"errors"
	"strings"

	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/user"
)

// adminCustomerNumber is the administrator's customer number at every sandbox bank: not
// all digits, so it never meets a number the bank draws, and fixed, so a rerun finds it.
const adminCustomerNumber = "SANDBOX-ADMIN"

// seedCustomers makes the administrator a customer of every sandbox bank and each
// sandbox person a customer of their bank, each linked to their user, so that the
// customer endpoints and /my/customers have something to show.
func (s Seeder) seedCustomers(ctx context.Context, admin user.User) error {
	if s.Customers == nil {
		return nil
	}
	for _, b := range Banks {
		if err := s.seedCustomer(ctx, admin, b.ID, adminCustomerNumber, "Sandbox Administrator"); err != nil {
			return err
		}
	}
	if s.Accounts == nil {
		return nil
	}
	for _, p := range People {
		u, err := s.Users.ByUsername(ctx, s.Users.Provider(), p.Username)
		if err != nil {
			return err
		}
		if err := s.seedCustomer(ctx, u, p.BankID, "SANDBOX-"+strings.ToUpper(p.Username), p.FirstName+" "+p.LastName); err != nil {
			return err
		}
	}
	return nil
}

// seedCustomer makes u a customer of bankID under number, unless u is linked there already.
func (s Seeder) seedCustomer(ctx context.Context, u user.User, bankID, number, legalName string) error {
	mine, err := s.Customers.LinkedTo(ctx, u.ID)
	if err != nil {
		return err
	}
	for _, c := range mine {
		if c.BankID == bankID {
			return nil
		}
	}
	c, err := s.Customers.Create(ctx, bankID, customer.NewCustomer{Number: number,
		LegalName: legalName, MobilePhoneNumber: "+44 20 7946 0000", Email: u.Email,
		RelationshipStatus: "single", EmploymentStatus: "employed", KycStatus: true,
		CreditLimit: customer.CreditLimit{Currency: "EUR", Amount: "0"}})
	if errors.Is(err, obperr.CustomerNumberAlreadyExists) { // created by a run that stopped before linking
		c, err = s.findCustomer(ctx, bankID, number)
	}
	if err != nil {
		return err
	}
	if _, err := s.Customers.Link(ctx, bankID, u.ID, c.ID); err != nil && !errors.Is(err, obperr.CustomerAlreadyExistsForUser) {
		return err
	}
	return nil
}

// findCustomer pages through a bank's customers for the one with number.
func (s Seeder) findCustomer(ctx context.Context, bankID, number string) (customer.Customer, error) {
	const pageSize = 1000
	for offset := 0; ; offset += pageSize {
		cs, err := s.Customers.List(ctx, bankID, pageSize, offset)
		if err != nil {
			return customer.Customer{}, err
		}
		for _, c := range cs {
			if c.Number == number {
				return c, nil
			}
		}
		if len(cs) < pageSize {
			return customer.Customer{}, obperr.CustomerNotFound
		}
	}
}
