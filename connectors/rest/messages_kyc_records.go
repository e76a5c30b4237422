package rest

import (
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/kyc"
)

// OutBoundCreateOrUpdateKycDocument stores an identity document: OBP's parameters by name.
type OutBoundCreateOrUpdateKycDocument struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     string                     `json:"bankId"`
	CustomerID                 string                     `json:"customerId"`
	ID                         string                     `json:"id"` // the document's id, chosen by the API client
	CustomerNumber             string                     `json:"customerNumber"`
	Type                       string                     `json:"type"`   // e.g. passport
	Number                     string                     `json:"number"` // the document's own number
	IssueDate                  Date                       `json:"issueDate"`
	IssuePlace                 string                     `json:"issuePlace"`
	ExpiryDate                 Date                       `json:"expiryDate"`
}

func (o OutBoundCreateOrUpdateKycDocument) document() kyc.Document {
	return KycDocumentCommons{BankID: o.BankID, CustomerID: o.CustomerID, IDKycDocument: o.ID,
		CustomerNumber: o.CustomerNumber, Type: o.Type, Number: o.Number, IssueDate: o.IssueDate,
		IssuePlace: o.IssuePlace, ExpiryDate: o.ExpiryDate}.Document()
}

// KycDocumentCommons is OBP's identity document record.
type KycDocumentCommons struct {
	BankID         string `json:"bankId"`
	CustomerID     string `json:"customerId"`
	IDKycDocument  string `json:"idKycDocument"`
	CustomerNumber string `json:"customerNumber"`
	Type           string `json:"type"`
	Number         string `json:"number"`
	IssueDate      Date   `json:"issueDate"`
	IssuePlace     string `json:"issuePlace"`
	ExpiryDate     Date   `json:"expiryDate"`
}

// NewKycDocumentCommons is OBP's record of d.
func NewKycDocumentCommons(d kyc.Document) KycDocumentCommons {
	return KycDocumentCommons{BankID: d.BankID, CustomerID: d.CustomerID, IDKycDocument: d.ID,
		CustomerNumber: d.CustomerNumber, Type: d.Type, Number: d.Number, IssueDate: Date{d.IssueDate},
		IssuePlace: d.IssuePlace, ExpiryDate: Date{d.ExpiryDate}}
}

// Document is the document the record describes, its dates in UTC.
func (d KycDocumentCommons) Document() kyc.Document {
	return kyc.Document{ID: d.IDKycDocument, BankID: d.BankID, CustomerID: d.CustomerID, CustomerNumber: d.CustomerNumber,
		Type: d.Type, Number: d.Number, IssueDate: d.IssueDate.UTC(), IssuePlace: d.IssuePlace, ExpiryDate: d.ExpiryDate.UTC()}
}

// OutBoundCreateOrUpdateKycCheck stores a check: OBP's parameters by name (its staff name
// and verdict are mStaffName and mSatisfied).
type OutBoundCreateOrUpdateKycCheck struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     string                     `json:"bankId"`
	CustomerID                 string                     `json:"customerId"`
	ID                         string                     `json:"id"` // the check's id, chosen by the API client
	CustomerNumber             string                     `json:"customerNumber"`
	Date                       Date                       `json:"date"`
	How                        string                     `json:"how"` // e.g. FACE_TO_FACE_MEETING, PEP_SEARCH
	StaffUserID                string                     `json:"staffUserId"`
	StaffName                  string                     `json:"mStaffName"`
	Satisfied                  bool                       `json:"mSatisfied"`
	Comments                   string                     `json:"comments"`
}

func (o OutBoundCreateOrUpdateKycCheck) check() kyc.Check {
	return KycCheckCommons{BankID: o.BankID, CustomerID: o.CustomerID, IDKycCheck: o.ID, CustomerNumber: o.CustomerNumber,
		Date: o.Date, How: o.How, StaffUserID: o.StaffUserID, StaffName: o.StaffName, Satisfied: o.Satisfied,
		Comments: o.Comments}.Check()
}

// KycCheckCommons is OBP's record of a check by the bank's staff.
type KycCheckCommons struct {
	BankID         string `json:"bankId"`
	CustomerID     string `json:"customerId"`
	IDKycCheck     string `json:"idKycCheck"`
	CustomerNumber string `json:"customerNumber"`
	Date           Date   `json:"date"`
	How            string `json:"how"`
	StaffUserID    string `json:"staffUserId"`
	StaffName      string `json:"staffName"`
	Satisfied      bool   `json:"satisfied"`
	Comments       string `json:"comments"`
}

// NewKycCheckCommons is OBP's record of k.
func NewKycCheckCommons(k kyc.Check) KycCheckCommons {
	return KycCheckCommons{BankID: k.BankID, CustomerID: k.CustomerID, IDKycCheck: k.ID, CustomerNumber: k.CustomerNumber,
		Date: Date{k.Date}, How: k.How, StaffUserID: k.StaffUserID, StaffName: k.StaffName, Satisfied: k.Satisfied,
		Comments: k.Comments}
}

// Check is the check the record describes, its date in UTC.
func (k KycCheckCommons) Check() kyc.Check {
	return kyc.Check{ID: k.IDKycCheck, BankID: k.BankID, CustomerID: k.CustomerID, CustomerNumber: k.CustomerNumber,
		Date: k.Date.UTC(), How: k.How, StaffUserID: k.StaffUserID, StaffName: k.StaffName, Satisfied: k.Satisfied,
		Comments: k.Comments}
}

// OutBoundCreateOrUpdateKycMedia stores an image or video: OBP's parameters by name.
type OutBoundCreateOrUpdateKycMedia struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     string                     `json:"bankId"`
	CustomerID                 string                     `json:"customerId"`
	ID                         string                     `json:"id"` // the media's id, chosen by the API client
	CustomerNumber             string                     `json:"customerNumber"`
	Type                       string                     `json:"type"` // e.g. image
	URL                        string                     `json:"url"`
	Date                       Date                       `json:"date"`
	RelatesToKycDocumentID     string                     `json:"relatesToKycDocumentId"`
	RelatesToKycCheckID        string                     `json:"relatesToKycCheckId"`
}

func (o OutBoundCreateOrUpdateKycMedia) media() kyc.Media {
	return KycMediaCommons{BankID: o.BankID, CustomerID: o.CustomerID, IDKycMedia: o.ID, CustomerNumber: o.CustomerNumber,
		Type: o.Type, URL: o.URL, Date: o.Date, RelatesToKycDocumentID: o.RelatesToKycDocumentID,
		RelatesToKycCheckID: o.RelatesToKycCheckID}.Media()
}

// KycMediaCommons is OBP's record of an image or video of a customer.
type KycMediaCommons struct {
	BankID                 string `json:"bankId"`
	CustomerID             string `json:"customerId"`
	IDKycMedia             string `json:"idKycMedia"`
	CustomerNumber         string `json:"customerNumber"`
	Type                   string `json:"type"`
	URL                    string `json:"url"`
	Date                   Date   `json:"date"`
	RelatesToKycDocumentID string `json:"relatesToKycDocumentId"`
	RelatesToKycCheckID    string `json:"relatesToKycCheckId"`
}

// NewKycMediaCommons is OBP's record of m.
func NewKycMediaCommons(m kyc.Media) KycMediaCommons {
	return KycMediaCommons{BankID: m.BankID, CustomerID: m.CustomerID, IDKycMedia: m.ID, CustomerNumber: m.CustomerNumber,
		Type: m.Type, URL: m.URL, Date: Date{m.Date}, RelatesToKycDocumentID: m.RelatesToKycDocumentID,
		RelatesToKycCheckID: m.RelatesToKycCheckID}
}

// Media is the media the record describes, its date in UTC.
func (m KycMediaCommons) Media() kyc.Media {
	return kyc.Media{ID: m.IDKycMedia, BankID: m.BankID, CustomerID: m.CustomerID, CustomerNumber: m.CustomerNumber,
		Type: m.Type, URL: m.URL, Date: m.Date.UTC(), RelatesToKycDocumentID: m.RelatesToKycDocumentID,
		RelatesToKycCheckID: m.RelatesToKycCheckID}
}

// OutBoundCreateOrUpdateKycStatus appends a KYC status: OBP's parameters by name, plus
// ours.
type OutBoundCreateOrUpdateKycStatus struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     string                     `json:"bankId"`
	CustomerID                 string                     `json:"customerId"`
	CustomerNumber             string                     `json:"customerNumber"`
	OK                         bool                       `json:"ok"`
	Date                       Date                       `json:"date"`
	ID                         string                     `json:"id,omitempty"` // ours: the entry's id, chosen by this server
}

// status is the status the message appends; without our id (an OBP sender), a new one.
func (o OutBoundCreateOrUpdateKycStatus) status() kyc.Status {
	id := o.ID
	if id == "" {
		id = ids.New()
	}
	return KycStatusCommons{BankID: o.BankID, CustomerID: o.CustomerID, CustomerNumber: o.CustomerNumber, OK: o.OK,
		Date: o.Date, IDKycStatus: id}.Status()
}

// KycStatusCommons is OBP's record of one entry of a customer's KYC timeline.
type KycStatusCommons struct {
	BankID         string `json:"bankId"`
	CustomerID     string `json:"customerId"`
	CustomerNumber string `json:"customerNumber"`
	OK             bool   `json:"ok"`
	Date           Date   `json:"date"`
	IDKycStatus    string `json:"idKycStatus,omitempty"` // ours: OBP's statuses have no id
}

// NewKycStatusCommons is OBP's record of s.
func NewKycStatusCommons(s kyc.Status) KycStatusCommons {
	return KycStatusCommons{BankID: s.BankID, CustomerID: s.CustomerID, CustomerNumber: s.CustomerNumber, OK: s.OK,
		Date: Date{s.Date}, IDKycStatus: s.ID}
}

// Status is the status the record describes, its date in UTC.
func (s KycStatusCommons) Status() kyc.Status {
	return kyc.Status{ID: s.IDKycStatus, BankID: s.BankID, CustomerID: s.CustomerID, CustomerNumber: s.CustomerNumber,
		OK: s.OK, Date: s.Date.UTC()}
}
