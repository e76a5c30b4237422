package sandbox

import (
	"context"
	"errors"

	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/user"
)

// adminCustomerNumber is the administrator's customer number at every sandbox bank: not
// all digits, so it never meets a number the bank draws, and fixed, so a rerun finds it.
const adminCustomerNumber = "SANDBOX-ADMIN"

// seedCustomers makes the administrator a customer of every sandbox bank, linked to their
// user, so that the customer endpoints and /my/customers have something to show.
func (s Seeder) seedCustomers(ctx context.Context, admin user.User) error {
	if s.Customers == nil {
		return nil
	}
	mine, err := s.Customers.LinkedTo(ctx, admin.ID)
	if err != nil {
		return err
	}
	linked := map[string]bool{}
	for _, c := range mine {
		linked[c.BankID] = true
	}
	for _, b := range Banks {
		if linked[b.ID] {
			continue
		}
		c, err := s.Customers.Create(ctx, b.ID, customer.NewCustomer{Number: adminCustomerNumber,
			LegalName: "Sandbox Administrator", MobilePhoneNumber: "+44 20 7946 0000", Email: admin.Email,
			RelationshipStatus: "single", EmploymentStatus: "employed", KycStatus: true,
			CreditLimit: customer.CreditLimit{Currency: "EUR", Amount: "0"}})
		if errors.Is(err, obperr.CustomerNumberAlreadyExists) { // created by a run that stopped before linking
			c, err = s.findCustomer(ctx, b.ID, adminCustomerNumber)
		}
		if err != nil {
			return err
		}
		if _, err := s.Customers.Link(ctx, b.ID, admin.ID, c.ID); err != nil && !errors.Is(err, obperr.CustomerAlreadyExistsForUser) {
			return err
		}
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
