package payments

import (
	"encoding/json"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/domain/sca"
	"github.com/obp-go/obp/handlers/wire"
)

type trToAccountJSON struct {
	BankID    string `json:"bank_id"`
	AccountID string `json:"account_id"`
}

// trAccountJSON is the body of ACCOUNT, ACCOUNT_OTP and SANDBOX_TAN requests.
type trAccountJSON struct {
	To          trToAccountJSON `json:"to"`
	Value       wire.Amount     `json:"value"`
	Description string          `json:"description"`
}

func (in trAccountJSON) toNew() payment.New {
	return payment.New{To: account.Ref{BankID: in.To.BankID, AccountID: in.To.AccountID}, Currency: in.Value.Currency,
		Amount: in.Value.Amount, Description: in.Description}
}

type trCounterpartyJSON struct {
	To struct {
		CounterpartyID string `json:"counterparty_id"`
	} `json:"to"`
	Value        wire.Amount `json:"value"`
	Description  string      `json:"description"`
	ChargePolicy string      `json:"charge_policy"`
}

func (in trCounterpartyJSON) toNew() payment.New {
	return payment.New{CounterpartyID: in.To.CounterpartyID, Currency: in.Value.Currency, Amount: in.Value.Amount,
		Description: in.Description, ChargePolicy: in.ChargePolicy}
}

type trSepaJSON struct {
	To struct {
		IBAN string `json:"iban"`
	} `json:"to"`
	Value        wire.Amount `json:"value"`
	Description  string      `json:"description"`
	ChargePolicy string      `json:"charge_policy"`
}

func (in trSepaJSON) toNew() payment.New {
	return payment.New{IBAN: in.To.IBAN, Currency: in.Value.Currency, Amount: in.Value.Amount,
		Description: in.Description, ChargePolicy: in.ChargePolicy}
}

type trFreeFormJSON struct {
	Value       wire.Amount `json:"value"`
	Description string      `json:"description"`
}

func (in trFreeFormJSON) toNew() payment.New {
	return payment.New{Currency: in.Value.Currency, Amount: in.Value.Amount, Description: in.Description}
}

type trRefundJSON struct {
	// Optional; never null in an example: OBP's swagger types it an object, not nullable.
	To *struct {
		BankID         string `json:"bank_id"`
		AccountID      string `json:"account_id"`
		CounterpartyID string `json:"counterparty_id"`
	} `json:"to,omitempty"`
	Value       wire.Amount `json:"value"`
	Description string      `json:"description"`
	Refund      struct {
		TransactionID string `json:"transaction_id"`
		ReasonCode    string `json:"reason_code"`
	} `json:"refund"`
}

func (in trRefundJSON) toNew() payment.New {
	return payment.New{Currency: in.Value.Currency, Amount: in.Value.Amount, Description: in.Description,
		RefundOf: in.Refund.TransactionID}
}

type challengeAnswerJSON struct {
	ID                    string `json:"id"`
	Answer                string `json:"answer"`
	ReasonCode            string `json:"reason_code,omitempty"`
	AdditionalInformation string `json:"additional_information,omitempty"`
}

type challengeJSON struct {
	ID              string `json:"id"`
	UserID          string `json:"user_id"`
	AllowedAttempts int    `json:"allowed_attempts"`
	ChallengeType   string `json:"challenge_type"`
	Link            string `json:"link"`
	// Ours, beyond OBP's ChallengeJsonV400: how the challenge is met and where it stands,
	// what a client polls while a decoupled one (a push confirmation) is decided.
	ScaMethod string `json:"sca_method"`
	ScaStatus string `json:"sca_status"`
}

type chargeJSON struct {
	Summary string      `json:"summary"`
	Value   wire.Amount `json:"value"`
}

// transactionRequestJSON is OBP's TransactionRequestWithChargeJSON400.
type transactionRequestJSON struct {
	ID             string          `json:"id"`
	Type           string          `json:"type"`
	From           trToAccountJSON `json:"from"`
	Details        json.RawMessage `json:"details"`
	TransactionIDs []string        `json:"transaction_ids"`
	Status         string          `json:"status"`
	StartDate      string          `json:"start_date"`
	EndDate        string          `json:"end_date"`
	Challenges     []challengeJSON `json:"challenges"`
	Charge         chargeJSON      `json:"charge"`
}

type transactionRequestsJSON struct {
	TransactionRequests []transactionRequestJSON `json:"transaction_requests_with_charges"`
}

func toTransactionRequestJSON(r payment.Request, cs []sca.Challenge) transactionRequestJSON {
	details := json.RawMessage(r.Details)
	if !json.Valid(details) {
		details = json.RawMessage("{}")
	}
	out := transactionRequestJSON{ID: r.ID, Type: string(r.Type), From: trToAccountJSON{BankID: r.From.BankID, AccountID: r.From.AccountID},
		Details: details, TransactionIDs: []string{}, Status: string(r.Status), StartDate: wire.Time(r.Created),
		EndDate: wire.Time(r.Updated), Challenges: []challengeJSON{},
		Charge: chargeJSON{Summary: "Total charges for completed transaction", Value: wire.FromMoney(money.Money{Currency: r.Amount.Currency})}}
	if r.TransactionID != "" {
		out.TransactionIDs = append(out.TransactionIDs, r.TransactionID)
	}
	for _, c := range cs {
		out.Challenges = append(out.Challenges, challengeJSON{ID: c.ID, UserID: c.UserID, AllowedAttempts: c.AttemptsLeft,
			ChallengeType: c.ChallengeType, Link: "/obp/v5.1.0/banks/" + r.From.BankID + "/accounts/" + r.From.AccountID + "/" +
				r.ViewID + "/transaction-request-types/" + string(r.Type) + "/transaction-requests/" + r.ID + "/challenge",
			ScaMethod: c.Method, ScaStatus: string(c.Status)})
	}
	return out
}

type trStatusJSON struct {
	Status string `json:"status"`
}

type trTypeJSON struct {
	Value  string     `json:"value"`
	Charge chargeJSON `json:"charge"`
}

type trTypesJSON struct {
	Types []trTypeJSON `json:"transaction_request_types"`
}

// toTRTypesJSON lists the types, each without charge in the account's currency.
func toTRTypesJSON(types []payment.Type, currency string) trTypesJSON {
	out := trTypesJSON{Types: make([]trTypeJSON, len(types))}
	for i, t := range types {
		out.Types[i] = trTypeJSON{Value: string(t), Charge: chargeJSON{Summary: "No charge", Value: wire.Amount{Currency: currency, Amount: "0.00"}}}
	}
	return out
}

type txRefJSON struct {
	BankID        string `json:"bank_id"`
	AccountID     string `json:"account_id"`
	TransactionID string `json:"transaction_id"`
}

type trRefJSON struct {
	BankID               string `json:"bank_id"`
	AccountID            string `json:"account_id"`
	TransactionRequestID string `json:"transaction_request_id"`
}

// doubleEntryJSON is OBP's DoubleEntryTransactionJson. A transaction no request made (a
// historical one) has no transaction_request: it is left out (OBP's schema has no null).
type doubleEntryJSON struct {
	TransactionRequest *trRefJSON `json:"transaction_request,omitempty"`
	DebitTransaction   txRefJSON  `json:"debit_transaction"`
	CreditTransaction  txRefJSON  `json:"credit_transaction"`
}

func toDoubleEntryJSON(p payment.DoubleEntry) doubleEntryJSON {
	out := doubleEntryJSON{
		DebitTransaction:  txRefJSON{BankID: p.Debit.BankID, AccountID: p.Debit.AccountID, TransactionID: p.Debit.ID},
		CreditTransaction: txRefJSON{BankID: p.Credit.BankID, AccountID: p.Credit.AccountID, TransactionID: p.Credit.ID},
	}
	if r := p.Request; r != nil {
		out.TransactionRequest = &trRefJSON{BankID: r.From.BankID, AccountID: r.From.AccountID, TransactionRequestID: r.ID}
	}
	return out
}

var exampleTR = toTransactionRequestJSON(payment.Request{ID: "4050046c-63b3-4868-8a22-14b4181d33a6", Type: payment.Account,
	From: wire.ExampleAccount.Ref(), ViewID: "owner", Status: payment.Completed, Amount: money.Money{Currency: "EUR", Minor: 1000}, TransactionID: "902ba3bb-dedd-45e7-9319-2fd3f2cd98a1",
	Details: `{"to":{"bank_id":"gh.29.uk","account_id":"omar-current"},"value":{"currency":"EUR","amount":"10.00"},"description":"Lunch"}`}, nil)

var exampleTRAccount = trAccountJSON{To: trToAccountJSON{BankID: "gh.29.uk", AccountID: "omar-current"}, Value: wire.Amount{Currency: "GBP", Amount: "10.00"}, Description: "Lunch"}

var exampleTRCounterparty = func() (in trCounterpartyJSON) {
	in.To.CounterpartyID, in.Value, in.Description, in.ChargePolicy = "9fg8a7e4-6d02-40e3-a129-0b2bf89de8uh", wire.Amount{Currency: "GBP", Amount: "25.00"}, "Rent", "SHARED"
	return in
}()

var exampleTRSepa = func() (in trSepaJSON) {
	in.To.IBAN, in.Value, in.Description, in.ChargePolicy = "DE89370400440532013000", wire.Amount{Currency: "GBP", Amount: "25.00"}, "Invoice 42", "SHARED"
	return in
}()

var exampleTRFreeForm = trFreeFormJSON{Value: wire.Amount{Currency: "GBP", Amount: "3.50"}, Description: "Adjustment"}

var exampleTRRefund = func() (in trRefundJSON) {
	in.Value, in.Description = wire.Amount{Currency: "GBP", Amount: "5.00"}, "Returned item"
	in.Refund.TransactionID, in.Refund.ReasonCode = "902ba3bb-dedd-45e7-9319-2fd3f2cd98a1", "CUST"
	return in
}()

var exampleTRTypes = trTypesJSON{Types: []trTypeJSON{{Value: "ACCOUNT", Charge: chargeJSON{Summary: "No charge", Value: wire.Amount{Currency: "EUR", Amount: "0.00"}}}}}

var exampleDoubleEntry = doubleEntryJSON{
	TransactionRequest: &trRefJSON{BankID: "gh.29.uk", AccountID: wire.ExampleAccount.ID, TransactionRequestID: "4050046c-63b3-4868-8a22-14b4181d33a6"},
	DebitTransaction:   txRefJSON{BankID: "gh.29.uk", AccountID: wire.ExampleAccount.ID, TransactionID: "902ba3bb-dedd-45e7-9319-2fd3f2cd98a1"},
	CreditTransaction:  txRefJSON{BankID: "gh.29.uk", AccountID: "omar-current", TransactionID: "5a11f0a5-1f4e-4a7e-9d3b-2f6b5b0e6c11"},
}
