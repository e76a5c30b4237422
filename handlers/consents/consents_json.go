package consents

import (
	"encoding/json"

	"github.com/obp-go/obp/domain/consent"
	"github.com/obp-go/obp/domain/keyring"
	"github.com/obp-go/obp/handlers/wire"
)

// consentPostJSON is OBP's PostConsent{Phone,Email,Implicit}JsonV310: one schema for the
// three, the method deciding whether phone_number or email is needed.
type consentPostJSON struct {
	Everything      bool                `json:"everything"`
	BankID          string              `json:"bank_id"`
	Views           []consent.ViewGrant `json:"views"`
	Entitlements    []consent.RoleGrant `json:"entitlements"`
	ConsumerID      string              `json:"consumer_id"`
	ValidFrom       string              `json:"valid_from"`
	TimeToLive      *int64              `json:"time_to_live"`
	PhoneNumber     string              `json:"phone_number"`
	Email           string              `json:"email"`
	FrequencyPerDay int                 `json:"frequency_per_day"`
}

func (in consentPostJSON) toNew(bankID, method, version string) (consent.New, error) {
	validFrom, err := consent.ParseValidFrom(in.ValidFrom)
	if err != nil {
		return consent.New{}, err
	}
	return consent.New{BankID: bankID, Method: method, Everything: in.Everything, FilterBankID: in.BankID, Views: in.Views,
		Entitlements: in.Entitlements, ConsumerID: in.ConsumerID, ValidFrom: validFrom, TTL: in.TimeToLive,
		Phone: in.PhoneNumber, Email: in.Email, FrequencyPerDay: in.FrequencyPerDay, APIVersion: version}, nil
}

type answerPostJSON struct {
	Answer string `json:"answer"`
}

type statusPutJSON struct {
	Status string `json:"status"`
}

type accountAccessPutJSON struct {
	Access struct {
		Accounts []struct {
			IBAN string `json:"iban"`
		} `json:"accounts"`
	} `json:"access"`
}

func (in accountAccessPutJSON) ibans() []string {
	out := make([]string, len(in.Access.Accounts))
	for i, a := range in.Access.Accounts {
		out[i] = a.IBAN
	}
	return out
}

// consentJSON310 is OBP's ConsentJsonV310 (and ConsentChallengeJsonV310).
type consentJSON310 struct {
	ConsentID string `json:"consent_id"`
	JWT       string `json:"jwt"`
	Status    string `json:"status"`
}

func toConsentJSON310(c consent.Consent) consentJSON310 {
	return consentJSON310{ConsentID: c.ID, JWT: c.JWT, Status: string(c.Status)}
}

// consentJSON400 is an item of OBP's ConsentsJsonV400.
type consentJSON400 struct {
	ConsentID   string `json:"consent_id"`
	JWT         string `json:"jwt"`
	Status      string `json:"status"`
	APIStandard string `json:"api_standard"`
	APIVersion  string `json:"api_version"`
}

type consentsJSON400 struct {
	Consents []consentJSON400 `json:"consents"`
}

func toConsentsJSON400(cs []consent.Consent) consentsJSON400 {
	out := consentsJSON400{Consents: make([]consentJSON400, len(cs))}
	for i, c := range cs {
		out.Consents[i] = consentJSON400{ConsentID: c.ID, JWT: c.JWT, Status: string(c.Status), APIStandard: c.APIStandard, APIVersion: c.APIVersion}
	}
	return out
}

// consentInfoJSON400 is an item of OBP's ConsentInfosJsonV400.
type consentInfoJSON400 struct {
	ConsentID       string  `json:"consent_id"`
	ConsumerID      string  `json:"consumer_id"`
	CreatedByUserID string  `json:"created_by_user_id"`
	LastActionDate  string  `json:"last_action_date"`
	LastUsageDate   *string `json:"last_usage_date,omitempty"` // left out until it is first used
	Status          string  `json:"status"`
	APIStandard     string  `json:"api_standard"`
	APIVersion      string  `json:"api_version"`
}

type consentInfosJSON400 struct {
	Consents []consentInfoJSON400 `json:"consents"`
}

func toConsentInfo(c consent.Consent) consentInfoJSON400 {
	return consentInfoJSON400{ConsentID: c.ID, ConsumerID: c.ConsumerID, CreatedByUserID: c.CreatedBy,
		LastActionDate: wire.Time(c.LastActionAt), LastUsageDate: wire.TimePtr(c.LastUsedAt), Status: string(c.Status),
		APIStandard: c.APIStandard, APIVersion: c.APIVersion}
}

func toConsentInfosJSON400(cs []consent.Consent) consentInfosJSON400 {
	out := consentInfosJSON400{Consents: make([]consentInfoJSON400, len(cs))}
	for i, c := range cs {
		out.Consents[i] = toConsentInfo(c)
	}
	return out
}

// consentJSON510 is an item of OBP v5.1.0's my-consents lists: the JWT payload as a
// string of JSON, as OBP answers it there.
type consentJSON510 struct {
	consentInfoJSON400
	JWT                string `json:"jwt"`
	JWTPayload         string `json:"jwt_payload"`
	JWTExpiresAt       string `json:"jwt_expires_at"`
	ConsentReferenceID string `json:"consent_reference_id"`
}

type consentsJSON510 struct {
	Consents []consentJSON510 `json:"consents"`
}

func toConsentsJSON510(cs []consent.Consent) (consentsJSON510, error) {
	out := consentsJSON510{Consents: make([]consentJSON510, len(cs))}
	for i, c := range cs {
		payload, err := json.Marshal(c.Claims)
		if err != nil {
			return out, err
		}
		out.Consents[i] = consentJSON510{consentInfoJSON400: toConsentInfo(c), JWT: c.JWT, JWTPayload: string(payload),
			JWTExpiresAt: wire.Time(c.ExpiresAt()), ConsentReferenceID: c.ID}
	}
	return out, nil
}

// managedConsentJSON510 is an item of OBP v5.1.0's management consent lists: the JWT
// payload as an object, without the JWT itself (a bank's staff reads, never presents).
type managedConsentJSON510 struct {
	consentInfoJSON400
	JWTPayload         json.RawMessage `json:"jwt_payload"`
	ConsentReferenceID string          `json:"consent_reference_id"`
}

type managedConsentsJSON510 struct {
	NumberOfRows int                     `json:"number_of_rows"`
	Consents     []managedConsentJSON510 `json:"consents"`
}

func toManagedConsentsJSON510(cs []consent.Consent) (managedConsentsJSON510, error) {
	out := managedConsentsJSON510{NumberOfRows: len(cs), Consents: make([]managedConsentJSON510, len(cs))}
	for i, c := range cs {
		payload, err := json.Marshal(c.Claims)
		if err != nil {
			return out, err
		}
		out.Consents[i] = managedConsentJSON510{consentInfoJSON400: toConsentInfo(c), JWTPayload: payload, ConsentReferenceID: c.ID}
	}
	return out, nil
}

// consentJSON500 is OBP's ConsentJsonV500.
type consentJSON500 struct {
	ConsentID        string `json:"consent_id"`
	JWT              string `json:"jwt"`
	Status           string `json:"status"`
	ConsentRequestID string `json:"consent_request_id"`
}

func toConsentJSON500(c consent.Consent) consentJSON500 {
	return consentJSON500{ConsentID: c.ID, JWT: c.JWT, Status: string(c.Status), ConsentRequestID: c.RequestID}
}

// userConsentJSON510 is OBP v5.1.0's getConsentByConsentId answer.
type userConsentJSON510 struct {
	ConsentID        string              `json:"consent_id"`
	JWT              string              `json:"jwt"`
	Status           string              `json:"status"`
	ConsumerID       string              `json:"consumer_id"`
	ConsentRequestID string              `json:"consent_request_id"`
	Scopes           []consent.RoleGrant `json:"scopes"`
}

func toUserConsentJSON510(c consent.Consent) userConsentJSON510 {
	scopes := c.Claims.Entitlements
	if scopes == nil {
		scopes = []consent.RoleGrant{}
	}
	return userConsentJSON510{ConsentID: c.ID, JWT: c.JWT, Status: string(c.Status), ConsumerID: c.ConsumerID,
		ConsentRequestID: c.RequestID, Scopes: scopes}
}

type helperInfoJSON struct {
	CounterpartyIDs []string `json:"counterparty_ids"`
}

type accountAccessJSON struct {
	BankID     string         `json:"bank_id"`
	AccountID  string         `json:"account_id"`
	ViewID     string         `json:"view_id"`
	HelperInfo helperInfoJSON `json:"helper_info"`
}

// appConsentJSON510 is OBP v5.1.0's getConsentByConsentIdViaConsumer answer: the first
// account the consent covers, and for a VRP consent the payees it may pay.
type appConsentJSON510 struct {
	consentJSON500
	AccountAccess accountAccessJSON `json:"account_access"`
}

func toAppConsentJSON510(c consent.Consent) appConsentJSON510 {
	out := appConsentJSON510{consentJSON500: toConsentJSON500(c)}
	out.AccountAccess.HelperInfo.CounterpartyIDs = c.CounterpartyIDs
	if out.AccountAccess.HelperInfo.CounterpartyIDs == nil {
		out.AccountAccess.HelperInfo.CounterpartyIDs = []string{}
	}
	if len(c.Claims.Views) > 0 {
		v := c.Claims.Views[0]
		out.AccountAccess.BankID, out.AccountAccess.AccountID, out.AccountAccess.ViewID = v.BankID, v.AccountID, v.ViewID
	}
	return out
}

// consentRequestJSON is OBP's ConsentRequestResponseJson: the payload as the app sent it.
type consentRequestJSON struct {
	ConsentRequestID string          `json:"consent_request_id"`
	Payload          json.RawMessage `json:"payload"`
	ConsumerID       string          `json:"consumer_id"`
}

func toConsentRequestJSON(r consent.Request) consentRequestJSON {
	return consentRequestJSON{ConsentRequestID: r.ID, Payload: r.Payload, ConsumerID: r.ConsumerID}
}

// jwksJSON is a JSON Web Key Set (RFC 7517).
type jwksJSON struct {
	Keys []keyring.JWK `json:"keys"`
}
