package consents

import (
	"encoding/json"
	"time"

	"github.com/obp-go/obp/domain/consent"
	"github.com/obp-go/obp/domain/keyring"
)

var exampleTime = time.Date(2024, 2, 5, 14, 15, 53, 0, time.UTC)

var exampleConsent = consent.Consent{ID: "9d429899-24f5-42c8-8565-943ffa6a7947", BankID: "gh.29.uk",
	CreatedBy: "9ca9a7e4-6d02-40e3-a129-0b2bf89de9b1", UserID: "5a0c3a8e-4b8e-4f0e-9a3e-5a0c3a8e4b8e",
	ConsumerID: "7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh", Status: consent.Initiated, Method: consent.SMS,
	APIStandard: "OBP", APIVersion: "v5.1.0", LastActionAt: exampleTime, CreatedAt: exampleTime,
	JWT: "eyJhbGciOiJFZERTQSIsImtpZCI6Ii4uLiIsInR5cCI6IkpXVCJ9.eyJjcmVhdGVkQnlVc2VySWQiOiIuLi4ifQ.c2lnbmF0dXJl",
	Claims: consent.Claims{CreatedByUserID: "9ca9a7e4-6d02-40e3-a129-0b2bf89de9b1", Subject: "5a0c3a8e-4b8e-4f0e-9a3e-5a0c3a8e4b8e",
		Issuer: "https://obp.example.com", Audience: "7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh", ID: "9d429899-24f5-42c8-8565-943ffa6a7947",
		IssuedAt: exampleTime.Unix(), NotBefore: exampleTime.Unix(), Expires: exampleTime.Add(time.Hour).Unix(),
		Entitlements: []consent.RoleGrant{{RoleName: "CanGetCustomer", BankID: "gh.29.uk"}},
		Views:        []consent.ViewGrant{{BankID: "gh.29.uk", AccountID: "8ca8a7e4-6d02-40e3-a129-0b2bf89de9f0", ViewID: "owner"}}},
}

var exampleAccepted = func() consent.Consent { c := exampleConsent; c.Status = consent.Accepted; return c }()

var exampleRevoked = func() consent.Consent { c := exampleConsent; c.Status = consent.Revoked; return c }()

var exampleList = []consent.Consent{exampleAccepted}

func exampleConsentPost(method string) consentPostJSON {
	ttl := int64(3600)
	in := consentPostJSON{Views: exampleConsent.Claims.Views, Entitlements: exampleConsent.Claims.Entitlements,
		ConsumerID: exampleConsent.ConsumerID, ValidFrom: "2024-02-05T14:15:53Z", TimeToLive: &ttl}
	switch method {
	case consent.SMS:
		in.PhoneNumber = "+44 07972 444 876"
	case consent.Email:
		in.Email = "felixsmith@example.com"
	}
	return in
}

var exampleRequestPost = json.RawMessage(`{"everything":false,"bank_id":"gh.29.uk","account_access":[{"account_routing":` +
	`{"scheme":"AccountNumber","address":"4930396"},"view_id":"owner"}],"entitlements":[{"bank_id":"gh.29.uk",` +
	`"role_name":"CanGetCustomer"}],"consumer_id":"7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh","phone_number":"+44 07972 444 876",` +
	`"valid_from":"2024-02-05T14:15:53Z","time_to_live":3600}`)

var exampleRequest = consent.Request{ID: "8ca8a7e4-6d02-40e3-a129-0b2bf89de9f0", ConsumerID: exampleConsent.ConsumerID,
	Kind: consent.KindOBP, Payload: exampleRequestPost, CreatedAt: exampleTime}

var exampleVRPPost = json.RawMessage(`{"from_account":{"bank_routing":{"scheme":"OBP","address":"gh.29.uk"},` +
	`"account_routing":{"scheme":"IBAN","address":"DE89370400440532013000"},"branch_routing":{"scheme":"","address":""}},` +
	`"to_account":{"counterparty_name":"Landlord","bank_routing":{"scheme":"BIC","address":"DEUTDEFF"},` +
	`"account_routing":{"scheme":"IBAN","address":"DE75512108001245126199"},"branch_routing":{"scheme":"","address":""},` +
	`"limit":{"currency":"EUR","max_single_amount":"1000.00","max_monthly_amount":"1500.00","max_number_of_monthly_transactions":2,` +
	`"max_yearly_amount":"12000.00","max_number_of_yearly_transactions":24,"max_total_amount":"20000.00","max_number_of_transactions":40}},` +
	`"phone_number":"+44 07972 444 876","valid_from":"2024-02-05T14:15:53Z","time_to_live":3600}`)

var exampleVRPRequest = consent.Request{ID: "8ca8a7e4-6d02-40e3-a129-0b2bf89de9f1", ConsumerID: exampleConsent.ConsumerID,
	Kind: consent.KindVRP, Payload: exampleVRPPost, CreatedAt: exampleTime}

var exampleAccountAccessPut = json.RawMessage(`{"access":{"accounts":[{"iban":"DE89370400440532013000"}]}}`)

var exampleJWKS = jwksJSON{Keys: []keyring.JWK{{Kty: "OKP", Crv: "Ed25519", X: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
	Kid: "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k", Use: "sig", Alg: "EdDSA"}}}

// mustList510 renders the v5.1.0 list example (it cannot fail: the claims are plain data).
func mustList510(cs []consent.Consent) consentsJSON510 {
	out, err := toConsentsJSON510(cs)
	if err != nil {
		panic(err)
	}
	return out
}

// mustManaged510 renders the management list example.
func mustManaged510(cs []consent.Consent) managedConsentsJSON510 {
	out, err := toManagedConsentsJSON510(cs)
	if err != nil {
		panic(err)
	}
	return out
}
