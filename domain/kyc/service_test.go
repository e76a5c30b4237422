package kyc

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/obperr"
)

// fakes: one bank, one customer, and a connector that records what it was asked to store.
type fakeBanks struct{}

func (fakeBanks) GetBank(_ context.Context, id string) (bank.Bank, error) {
	if id != "b1" {
		return bank.Bank{}, obperr.BankNotFound
	}
	return bank.Bank{ID: id}, nil
}

type fakeCustomers struct{}

func (fakeCustomers) GetCustomerByCustomerID(_ context.Context, id string) (customer.Customer, error) {
	if id != "c1" {
		return customer.Customer{}, obperr.CustomerNotFoundByCustomerID
	}
	return customer.Customer{BankID: "b1", ID: "c1", Number: "N1"}, nil
}

type fakeConn struct {
	Connector
	stored []any
}

func (f *fakeConn) CreateOrUpdateKycDocument(_ context.Context, d Document) (Document, error) {
	f.stored = append(f.stored, d)
	return d, nil
}

func (f *fakeConn) CreateOrUpdateKycStatus(_ context.Context, s Status) (Status, error) {
	f.stored = append(f.stored, s)
	return s, nil
}

func TestWritesNeedTheCustomerAtTheBankWithItsNumber(t *testing.T) {
	for _, c := range []struct {
		name, bankID, customerID, number string
		want                             error
	}{
		{"the customer at its bank with its number", "b1", "c1", "N1", nil},
		{"an unknown bank", "b2", "c1", "N1", obperr.BankNotFound},
		{"an unknown customer", "b1", "c2", "N1", obperr.CustomerNotFoundByCustomerID},
		{"another number", "b1", "c1", "N2", obperr.InvalidRequestPayload},
	} {
		t.Run(c.name, func(t *testing.T) {
			conn := &fakeConn{}
			s := NewService(conn, fakeCustomers{}, fakeBanks{})
			d, err := s.AddDocument(context.Background(), c.bankID, c.customerID, Document{ID: "d1", CustomerNumber: c.number})
			if !errors.Is(err, c.want) || (c.want == nil) != (len(conn.stored) == 1) {
				t.Fatalf("AddDocument = %v, stored %v; want %v", err, conn.stored, c.want)
			}
			if c.want == nil && (d.BankID != "b1" || d.CustomerID != "c1") {
				t.Errorf("stored %+v; want it filed under b1/c1", d)
			}
		})
	}
}

func TestAStatusGetsAnIDAndTheCustomersNumber(t *testing.T) {
	conn := &fakeConn{}
	date := time.Date(2024, 3, 2, 9, 30, 0, 0, time.FixedZone("CET", 3600))
	st, err := NewService(conn, fakeCustomers{}, fakeBanks{}).AddStatus(context.Background(), "b1", "c1", "N1", true, date)
	if err != nil || st.ID == "" || st.CustomerNumber != "N1" || !st.OK || st.Date != date.UTC() {
		t.Errorf("AddStatus = %+v, %v; want an id, N1, OK, the date in UTC", st, err)
	}
}
