package app

import (
	"context"

	"github.com/obp-go/obp/domain/counterparty"
	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/domain/user"
)

// payees adapts the counterparty connector to what payments need.
type payees struct{ conn counterparty.Connector }

func (p payees) Payee(ctx context.Context, id string) (payment.Payee, error) {
	c, err := p.conn.GetCounterpartyByCounterpartyID(ctx, id)
	if err != nil {
		return payment.Payee{}, err
	}
	return payment.Payee{ID: c.ID, IsBeneficiary: c.IsBeneficiary, ThisBankID: c.ThisBankID, ThisAccountID: c.ThisAccountID,
		OtherBankRouting: c.OtherBankRouting, OtherAccountRouting: c.OtherAccountRouting,
		OtherAccountSecondaryRouting: c.OtherAccountSecondaryRouting, Name: c.Name}, nil
}

// contacts finds where to send a user's challenge: the mobile number of their customer
// record at the bank, and their e-mail address.
type contacts struct {
	users     user.Store
	customers *customer.Service
}

func (c contacts) Contact(ctx context.Context, userID, bankID string) (phone, email string, err error) {
	u, err := c.users.GetUser(ctx, userID)
	if err != nil {
		return "", "", err
	}
	linked, err := c.customers.LinkedTo(ctx, userID)
	if err != nil {
		return "", "", err
	}
	for _, cu := range linked {
		if cu.BankID == bankID && cu.MobilePhoneNumber != "" {
			return cu.MobilePhoneNumber, u.Email, nil
		}
	}
	return "", u.Email, nil
}
