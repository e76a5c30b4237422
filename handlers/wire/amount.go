package wire

import "github.com/obp-go/obp/domain/money"

// Amount is OBP's AmountOfMoneyJsonV121: a decimal string with the currency's decimals.
type Amount struct {
	Currency string `json:"currency"`
	Amount   string `json:"amount"`
}

// FromMoney renders m.
func FromMoney(m money.Money) Amount { return Amount{Currency: m.Currency, Amount: m.String()} }
