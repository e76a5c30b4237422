package connectortest

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/kyc"
	"github.com/obp-go/obp/domain/obperr"
)

// testKycStatuses: statuses are a timeline, and the latest is the customer's kyc_status.
func testKycStatuses(t *testing.T, c Connector) {
	ctx := context.Background()
	b, other := newBank(t, c), newBank(t, c)
	start := time.Now().UTC().Truncate(time.Second)
	cu := storedCustomer(t, c, b.ID, start)
	status := func(ok bool, date time.Time) kyc.Status {
		return kyc.Status{ID: fresh("status"), BankID: cu.BankID, CustomerID: cu.ID, CustomerNumber: cu.Number, OK: ok, Date: date}
	}
	customerKyc := func() (bool, *time.Time) {
		got, err := c.GetCustomerByCustomerID(ctx, cu.ID)
		if err != nil {
			t.Fatalf("GetCustomerByCustomerID(%s) returned %v", cu.ID, err)
		}
		return got.KycStatus, got.LastOKDate
	}

	passed, lapsed := status(true, start.Add(time.Hour)), status(false, start.Add(2*time.Hour))
	if got, err := c.CreateOrUpdateKycStatus(ctx, passed); err != nil || got != passed {
		t.Fatalf("CreateOrUpdateKycStatus(%+v) = %+v, %v", passed, got, err)
	}
	if ok, last := customerKyc(); !ok || last == nil || !last.Equal(passed.Date) {
		t.Errorf("after an OK status, the customer's kyc_status = %v, last_ok_date = %v; want true, %v", ok, last, passed.Date)
	}
	if _, err := c.CreateOrUpdateKycStatus(ctx, lapsed); err != nil {
		t.Fatalf("CreateOrUpdateKycStatus(%+v) returned %v", lapsed, err)
	}
	if ok, last := customerKyc(); ok || last == nil || !last.Equal(passed.Date) {
		t.Errorf("after a failed status, kyc_status = %v, last_ok_date = %v; want false and the last OK date %v kept", ok, last, passed.Date)
	}

	unknown := status(true, start)
	unknown.CustomerID = fresh("cust")
	if _, err := c.CreateOrUpdateKycStatus(ctx, unknown); !errors.Is(err, obperr.CustomerNotFoundByCustomerID) {
		t.Errorf("CreateOrUpdateKycStatus(unknown customer) returned %v; want OBP-30046", err)
	}
	elsewhere := status(true, start)
	elsewhere.BankID = other.ID
	if _, err := c.CreateOrUpdateKycStatus(ctx, elsewhere); !errors.Is(err, obperr.CustomerNotFoundByCustomerID) {
		t.Errorf("CreateOrUpdateKycStatus(customer of another bank) returned %v; want OBP-30046", err)
	}
	if ok, _ := customerKyc(); ok {
		t.Error("a refused status changed the customer's kyc_status")
	}
	got, err := c.GetKycStatuses(ctx, cu.ID)
	if err != nil || !reflect.DeepEqual(got, []kyc.Status{passed, lapsed}) {
		t.Errorf("GetKycStatuses = %+v, %v; want the timeline %+v", got, err, []kyc.Status{passed, lapsed})
	}
}
