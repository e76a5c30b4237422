package connectortest

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/kyc"
	"github.com/obp-go/obp/domain/obperr"
)

func kycDocument(cu customer.Customer, id, number string, issued time.Time) kyc.Document {
	return kyc.Document{ID: id, BankID: cu.BankID, CustomerID: cu.ID, CustomerNumber: cu.Number, Type: "passport",
		Number: number, IssueDate: issued, IssuePlace: "Berlin", ExpiryDate: issued.AddDate(10, 0, 0)}
}

// testKycRecords: documents, checks and media are kept under their ids, one record per id.
func testKycRecords(t *testing.T, c Connector) {
	ctx := context.Background()
	b, other := newBank(t, c), newBank(t, c)
	start := time.Now().UTC().Truncate(time.Second)
	cu, cu2 := storedCustomer(t, c, b.ID, start), storedCustomer(t, c, b.ID, start.Add(time.Second))
	docs := func(customerID string) []kyc.Document {
		got, err := c.GetKycDocuments(ctx, customerID)
		if err != nil {
			t.Fatalf("GetKycDocuments(%s) returned %v", customerID, err)
		}
		return got
	}
	if got := docs(cu.ID); len(got) != 0 {
		t.Errorf("GetKycDocuments of a customer given none = %+v; want an empty list", got)
	}

	passport := kycDocument(cu, fresh("doc"), "P-1", start.AddDate(-1, 0, 0))
	if got, err := c.CreateOrUpdateKycDocument(ctx, passport); err != nil || got != passport {
		t.Fatalf("CreateOrUpdateKycDocument(%+v) = %+v, %v; want the document stored under its id", passport, got, err)
	}
	renewed := kycDocument(cu, passport.ID, "P-2", start)
	renewed.IssuePlace = "Munich"
	if got, err := c.CreateOrUpdateKycDocument(ctx, renewed); err != nil || got != renewed {
		t.Fatalf("CreateOrUpdateKycDocument(same id, new fields) = %+v, %v; want %+v", got, err, renewed)
	}
	if got := docs(cu.ID); !reflect.DeepEqual(got, []kyc.Document{renewed}) {
		t.Errorf("after writing %s twice, GetKycDocuments = %+v; want only the second %+v", passport.ID, got, renewed)
	}

	// An id stays with its customer: another customer's write under it is refused.
	stolen := kycDocument(cu2, passport.ID, "X-9", start)
	if _, err := c.CreateOrUpdateKycDocument(ctx, stolen); !errors.Is(err, obperr.KycIDAlreadyExists) {
		t.Errorf("CreateOrUpdateKycDocument(another customer's id) returned %v; want OBP-30990", err)
	}
	if got := docs(cu.ID); !reflect.DeepEqual(got, []kyc.Document{renewed}) {
		t.Errorf("after a refused write, GetKycDocuments = %+v; want %+v unchanged", got, renewed)
	}
	if got := docs(cu2.ID); len(got) != 0 {
		t.Errorf("GetKycDocuments(%s) = %+v; want none", cu2.ID, got)
	}

	unknown := kycDocument(customer.Customer{BankID: b.ID, ID: fresh("cust"), Number: "1"}, fresh("doc"), "P-3", start)
	if _, err := c.CreateOrUpdateKycDocument(ctx, unknown); !errors.Is(err, obperr.CustomerNotFoundByCustomerID) {
		t.Errorf("CreateOrUpdateKycDocument(unknown customer) returned %v; want OBP-30046", err)
	}
	elsewhere := kycDocument(cu, fresh("doc"), "P-4", start)
	elsewhere.BankID = other.ID
	if _, err := c.CreateOrUpdateKycDocument(ctx, elsewhere); !errors.Is(err, obperr.CustomerNotFoundByCustomerID) {
		t.Errorf("CreateOrUpdateKycDocument(customer of another bank) returned %v; want OBP-30046", err)
	}
	if got := docs(cu.ID); len(got) != 1 {
		t.Errorf("after refused writes, GetKycDocuments = %+v; want only %s", got, passport.ID)
	}

	testKycChecks(t, c, cu, start)
	testKycMedia(t, c, cu, start)
}

func testKycChecks(t *testing.T, c Connector, cu customer.Customer, at time.Time) {
	ctx := context.Background()
	meeting := kyc.Check{ID: fresh("check"), BankID: cu.BankID, CustomerID: cu.ID, CustomerNumber: cu.Number, Date: at,
		How: "FACE_TO_FACE_MEETING", StaffUserID: "staff-1", StaffName: "Simon", Satisfied: false, Comments: "to follow up"}
	search := kyc.Check{ID: fresh("check"), BankID: cu.BankID, CustomerID: cu.ID, CustomerNumber: cu.Number, Date: at,
		How: "PEP_SEARCH", StaffUserID: "staff-2", StaffName: "Ann", Satisfied: true, Comments: "none found"}
	followed := meeting
	followed.Satisfied, followed.Comments, followed.Date = true, "done", at.Add(time.Hour)
	for _, k := range []kyc.Check{meeting, search, followed} {
		if got, err := c.CreateOrUpdateKycCheck(ctx, k); err != nil || got != k {
			t.Fatalf("CreateOrUpdateKycCheck(%+v) = %+v, %v", k, got, err)
		}
	}
	got, err := c.GetKycChecks(ctx, cu.ID)
	if err != nil || !reflect.DeepEqual(got, []kyc.Check{followed, search}) {
		t.Errorf("GetKycChecks = %+v, %v; want %+v (the first replaced in place, oldest first)", got, err, []kyc.Check{followed, search})
	}
}

func testKycMedia(t *testing.T, c Connector, cu customer.Customer, at time.Time) {
	ctx := context.Background()
	scan := kyc.Media{ID: fresh("media"), BankID: cu.BankID, CustomerID: cu.ID, CustomerNumber: cu.Number, Type: "image",
		URL: "https://example.com/scan.png", Date: at, RelatesToKycDocumentID: "doc-1", RelatesToKycCheckID: ""}
	rescan := scan
	rescan.URL, rescan.Type, rescan.RelatesToKycCheckID = "https://example.com/scan-2.png", "video", "check-1"
	for _, m := range []kyc.Media{scan, rescan} {
		if got, err := c.CreateOrUpdateKycMedia(ctx, m); err != nil || got != m {
			t.Fatalf("CreateOrUpdateKycMedia(%+v) = %+v, %v", m, got, err)
		}
	}
	got, err := c.GetKycMedias(ctx, cu.ID)
	if err != nil || !reflect.DeepEqual(got, []kyc.Media{rescan}) {
		t.Errorf("GetKycMedias = %+v, %v; want only %+v", got, err, rescan)
	}
}
