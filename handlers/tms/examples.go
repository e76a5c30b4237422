package tms

import "encoding/json"

func intPtr(i int) *int { return &i }

func strPtr(s string) *string { return &s }

var exampleStart = startJSON{TmsData: dataJSON{Text: "Pay 10.00 EUR to Alice", Data: json.RawMessage(`{"key":"value"}`)},
	RetrievalTimeout: intPtr(50), TmsTimeout: intPtr(40), RequireFreshnessOfAuthentication: intPtr(-1),
	AuditMessage: "payment 4711 confirmation", UserID: "aca2fa51-bde8-4e83-becd-37bfde318dd8"}

var exampleStarted = statusJSON{ID: "01JKT9ZRZT6Q2M0GC9JC1D6HTX", Status: "STARTED", StartedAt: "2025-02-11T10:48:26.875839577Z",
	RetrievalTimeout: 50, TmsTimeout: 40, UserID: "aca2fa51-bde8-4e83-becd-37bfde318dd8"}

var exampleStatus = statusJSON{ID: "01K7E9HW9A3WE4HKVPD033937R", Status: "ACCEPTED", StartedAt: "2025-10-13T08:03:54.795458Z",
	RetrievalTimeout: 50, TmsTimeout: 40, UserID: "aca2fa51-bde8-4e83-becd-37bfde318dd8",
	RetrievedAt: strPtr("2025-10-13T08:03:57.943856Z"), CompletedAt: strPtr("2025-10-13T08:04:02.112909Z")}

var exampleResult = resultJSON{Info: exampleStatus, SignedData: "MIAGCSqGSIb3DQEHAqCAMIACAQExDTALBglghkgBZQMEAgEw...",
	CompletedBy: "01JSY68VER5MY40EZ4CYNR9KZH"}

var exampleEnrol = enrolJSON{CSR: "-----BEGIN CERTIFICATE REQUEST-----\nMIHH...\n-----END CERTIFICATE REQUEST-----\n", Name: "Alice's phone"}

var exampleDevice = deviceJSON{DeviceID: "01JSY68VER5MY40EZ4CYNR9KZH", UserID: "aca2fa51-bde8-4e83-becd-37bfde318dd8",
	Name: "Alice's phone", Status: "ACTIVE", Certificate: "-----BEGIN CERTIFICATE-----\nMIIC...\n-----END CERTIFICATE-----\n",
	CreatedAt: "2025-04-28T12:34:51Z", NotAfter: "2027-04-28T12:34:51Z"}

var exampleEnrolled = enrolledJSON{deviceJSON: exampleDevice, DeviceToken: "shown-once-43-characters-of-device-credential"}

var exampleDevices = devicesJSON{Devices: []deviceJSON{exampleDevice}}

var examplePending = pendingJSON{Tms: []deviceTmsJSON{{statusJSON: exampleStarted, RetrieveBy: "2025-02-11T10:49:16.875839577Z",
	RequireFreshnessOfAuthentication: -1}}}

var exampleRetrieved = deviceTmsJSON{statusJSON: statusJSON{ID: "01JKT9ZRZT6Q2M0GC9JC1D6HTX", Status: "RETRIEVED",
	StartedAt: "2025-02-11T10:48:26.875839577Z", RetrievalTimeout: 50, TmsTimeout: 40, UserID: "aca2fa51-bde8-4e83-becd-37bfde318dd8",
	RetrievedAt: strPtr("2025-02-11T10:48:30.1Z")}, RetrieveBy: "2025-02-11T10:49:16.875839577Z", AnswerBy: strPtr("2025-02-11T10:49:10.1Z"),
	TmsData: &exampleStart.TmsData, RequireFreshnessOfAuthentication: -1}

var exampleAnswer = answerJSON{Decision: "ACCEPT", SignedData: "MIAGCSqGSIb3DQEHAqCAMIACAQExDTALBglghkgBZQMEAgEw..."}
