package kyc

import (
	"github.com/obp-go/obp/domain/kyc"
	"github.com/obp-go/obp/handlers/wire"
)

// documentPutJSON is OBP's PostKycDocumentJSON.
type documentPutJSON struct {
	CustomerNumber string `json:"customer_number"`
	Type           string `json:"type"`
	Number         string `json:"number"`
	IssueDate      string `json:"issue_date"`
	IssuePlace     string `json:"issue_place"`
	ExpiryDate     string `json:"expiry_date"`
}

func (in documentPutJSON) toDocument(id string) (kyc.Document, error) {
	issued, err := kyc.ParseDate("/issue_date", in.IssueDate)
	if err != nil {
		return kyc.Document{}, err
	}
	expires, err := kyc.ParseDate("/expiry_date", in.ExpiryDate)
	if err != nil {
		return kyc.Document{}, err
	}
	return kyc.Document{ID: id, CustomerNumber: in.CustomerNumber, Type: in.Type, Number: in.Number,
		IssueDate: issued, IssuePlace: in.IssuePlace, ExpiryDate: expires}, nil
}

// documentJSON is OBP's KycDocumentJSON.
type documentJSON struct {
	BankID         string `json:"bank_id"`
	CustomerID     string `json:"customer_id"`
	ID             string `json:"id"`
	CustomerNumber string `json:"customer_number"`
	Type           string `json:"type"`
	Number         string `json:"number"`
	IssueDate      string `json:"issue_date"`
	IssuePlace     string `json:"issue_place"`
	ExpiryDate     string `json:"expiry_date"`
}

func toDocumentJSON(d kyc.Document) documentJSON {
	return documentJSON{BankID: d.BankID, CustomerID: d.CustomerID, ID: d.ID, CustomerNumber: d.CustomerNumber,
		Type: d.Type, Number: d.Number, IssueDate: wire.Time(d.IssueDate), IssuePlace: d.IssuePlace,
		ExpiryDate: wire.Time(d.ExpiryDate)}
}

// documentsJSON is OBP's KycDocumentsJSON.
type documentsJSON struct {
	Documents []documentJSON `json:"documents"`
}

func toDocumentsJSON(ds []kyc.Document) documentsJSON {
	out := documentsJSON{Documents: make([]documentJSON, len(ds))}
	for i, d := range ds {
		out.Documents[i] = toDocumentJSON(d)
	}
	return out
}

// checkPutJSON is OBP's PostKycCheckJSON.
type checkPutJSON struct {
	CustomerNumber string `json:"customer_number"`
	Date           string `json:"date"`
	How            string `json:"how"`
	StaffUserID    string `json:"staff_user_id"`
	StaffName      string `json:"staff_name"`
	Satisfied      bool   `json:"satisfied"`
	Comments       string `json:"comments"`
}

func (in checkPutJSON) toCheck(id string) (kyc.Check, error) {
	date, err := kyc.ParseDate("/date", in.Date)
	if err != nil {
		return kyc.Check{}, err
	}
	return kyc.Check{ID: id, CustomerNumber: in.CustomerNumber, Date: date, How: in.How, StaffUserID: in.StaffUserID,
		StaffName: in.StaffName, Satisfied: in.Satisfied, Comments: in.Comments}, nil
}

// checkJSON is OBP's KycCheckJSON.
type checkJSON struct {
	BankID         string `json:"bank_id"`
	CustomerID     string `json:"customer_id"`
	ID             string `json:"id"`
	CustomerNumber string `json:"customer_number"`
	Date           string `json:"date"`
	How            string `json:"how"`
	StaffUserID    string `json:"staff_user_id"`
	StaffName      string `json:"staff_name"`
	Satisfied      bool   `json:"satisfied"`
	Comments       string `json:"comments"`
}

func toCheckJSON(k kyc.Check) checkJSON {
	return checkJSON{BankID: k.BankID, CustomerID: k.CustomerID, ID: k.ID, CustomerNumber: k.CustomerNumber,
		Date: wire.Time(k.Date), How: k.How, StaffUserID: k.StaffUserID, StaffName: k.StaffName,
		Satisfied: k.Satisfied, Comments: k.Comments}
}

// checksJSON is OBP's KycChecksJSON.
type checksJSON struct {
	Checks []checkJSON `json:"checks"`
}

func toChecksJSON(ks []kyc.Check) checksJSON {
	out := checksJSON{Checks: make([]checkJSON, len(ks))}
	for i, k := range ks {
		out.Checks[i] = toCheckJSON(k)
	}
	return out
}
