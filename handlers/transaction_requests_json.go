package handlers

import (
	"encoding/json"

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

type trCounterpartyJSON struct {
	To struct {
		CounterpartyID string `json:"counterparty_id"`
	} `json:"to"`
	Value        wire.Amount `json:"value"`
	Description  string      `json:"description"`
	ChargePolicy string      `json:"charge_policy"`
}

type trSepaJSON struct {
	To struct {
		IBAN string `json:"iban"`
	} `json:"to"`
	Value        wire.Amount `json:"value"`
	Description  string      `json:"description"`
	ChargePolicy string      `json:"charge_policy"`
}

type trFreeFormJSON struct {
	Value       wire.Amount `json:"value"`
	Description string      `json:"description"`
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
				r.ViewID + "/transaction-request-types/" + string(r.Type) + "/transaction-requests/" + r.ID + "/challenge"})
	}
	return out
}
