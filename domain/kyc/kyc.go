// Package kyc holds a customer's KYC (know your customer) records: the identity documents
// the bank has seen, the checks its staff made, the media (scans, videos) behind them, and
// the timeline of the customer's KYC status. They are core-banking records: they live
// behind the Connector port, beside the customers they describe.
package kyc

import "time"

// Document is an identity document of a customer: a passport, an ID card, a licence.
type Document struct {
	ID             string // chosen by the client: the path's KYC_DOCUMENT_ID
	BankID         string
	CustomerID     string
	CustomerNumber string
	Type           string // e.g. passport
	Number         string // the document's own number
	IssueDate      time.Time
	IssuePlace     string
	ExpiryDate     time.Time
}

// Check is a check of a customer by the bank's staff: a meeting, a call, a PEP search.
type Check struct {
	ID             string // the path's KYC_CHECK_ID
	BankID         string
	CustomerID     string
	CustomerNumber string
	Date           time.Time
	How            string // e.g. FACE_TO_FACE_MEETING, PHONE_INTERVIEW, PEP_SEARCH
	StaffUserID    string
	StaffName      string
	Satisfied      bool
	Comments       string
}

// Media is an image or video behind a document or a check, or that identifies the customer.
type Media struct {
	ID                     string // the path's KYC_MEDIA_ID
	BankID                 string
	CustomerID             string
	CustomerNumber         string
	Type                   string // e.g. image
	URL                    string
	Date                   time.Time
	RelatesToKycDocumentID string
	RelatesToKycCheckID    string
}

// Status is one entry of a customer's KYC timeline: whether the customer was OK on Date.
// The latest one written is the customer's kyc_status.
type Status struct {
	ID             string // the server's; statuses are appended, never replaced
	BankID         string
	CustomerID     string
	CustomerNumber string
	OK             bool
	Date           time.Time
}
