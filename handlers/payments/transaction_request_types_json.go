package payments

import "github.com/obp-go/obp/domain/payment"

// bankTRTypeJSON is OBP's TransactionRequestTypeJSONV210.
type bankTRTypeJSON struct {
	TransactionRequestType string `json:"transaction_request_type"`
}

// bankTRTypesJSON is OBP's TransactionRequestTypesJSON.
type bankTRTypesJSON struct {
	TransactionRequestTypes []bankTRTypeJSON `json:"transaction_request_types"`
}

var exampleBankTRTypes = []payment.Type{payment.Account, payment.SEPA, payment.SandboxTAN}

func toBankTRTypesJSON(types []payment.Type) bankTRTypesJSON {
	out := bankTRTypesJSON{TransactionRequestTypes: make([]bankTRTypeJSON, len(types))}
	for i, t := range types {
		out.TransactionRequestTypes[i] = bankTRTypeJSON{TransactionRequestType: string(t)}
	}
	return out
}
