package kyc

import (
	"time"

	"github.com/obp-go/obp/domain/kyc"
)

// The examples of the docs, after OBP's own.
var (
	exampleDate = time.Date(2020, 1, 27, 0, 0, 0, 0, time.UTC)

	exampleDocument = kyc.Document{ID: "d8839721-ad8f-45dd-9f78-2080414b93f9", BankID: "gh.29.uk",
		CustomerID: "7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh", CustomerNumber: "5987953", Type: "passport",
		Number: "12345", IssueDate: exampleDate, IssuePlace: "Berlin", ExpiryDate: exampleDate.AddDate(10, 0, 0)}
	exampleDocumentPut = documentPutJSON{CustomerNumber: "5987953", Type: "passport", Number: "12345",
		IssueDate: "2020-01-27T00:00:00Z", IssuePlace: "Berlin", ExpiryDate: "2030-01-27T00:00:00Z"}

	exampleCheck = kyc.Check{ID: "a8839721-ad8f-45dd-9f78-2080414b93f9", BankID: "gh.29.uk",
		CustomerID: "7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh", CustomerNumber: "5987953", Date: exampleDate,
		How: "FACE_TO_FACE_MEETING", StaffUserID: "9ca9a7e4-6d02-40e3-a129-0b2bf89de9b1", StaffName: "Simon",
		Satisfied: true, Comments: "Passport seen in person."}
	exampleCheckPut = checkPutJSON{CustomerNumber: "5987953", Date: "2020-01-27T00:00:00Z", How: "FACE_TO_FACE_MEETING",
		StaffUserID: "9ca9a7e4-6d02-40e3-a129-0b2bf89de9b1", StaffName: "Simon", Satisfied: true,
		Comments: "Passport seen in person."}

	exampleMedia = kyc.Media{ID: "b8839721-ad8f-45dd-9f78-2080414b93f9", BankID: "gh.29.uk",
		CustomerID: "7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh", CustomerNumber: "5987953", Type: "image",
		URL: "http://www.example.com/id-docs/123/image.png", Date: exampleDate,
		RelatesToKycDocumentID: exampleDocument.ID, RelatesToKycCheckID: exampleCheck.ID}
	exampleMediaPut = mediaPutJSON{CustomerNumber: "5987953", Type: "image", URL: exampleMedia.URL,
		Date: "2020-01-27T00:00:00Z", RelatesToKycDocumentID: exampleDocument.ID, RelatesToKycCheckID: exampleCheck.ID}

	exampleStatus = kyc.Status{BankID: "gh.29.uk", CustomerID: "7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh",
		CustomerNumber: "5987953", OK: true, Date: exampleDate}
	exampleStatusPut = statusPutJSON{CustomerNumber: "5987953", OK: true, Date: "2020-01-27T00:00:00Z"}
)
