// Package counterpartylimit holds counterparty limits (OBP v5.1.0): caps on what payments
// through one view of an account may send to one of its counterparties — a single
// payment, the calendar month's and year's amounts and counts, and the total ever.
// Payments are held to them atomically by the payment side; the rules are here.
package counterpartylimit

import (
	"strings"
	"time"

	"github.com/obp-go/obp/domain/account"
)

// Limit caps payments through one view of an account to one counterparty. Amounts are
// minor units of Currency; a zero amount or count sets no cap of that kind.
type Limit struct {
	ID             string
	BankID         string
	AccountID      string
	ViewID         string
	CounterpartyID string
	Currency       string

	MaxSingleAmount                int64
	MaxMonthlyAmount               int64
	MaxNumberOfMonthlyTransactions int64
	MaxYearlyAmount                int64
	MaxNumberOfYearlyTransactions  int64
	MaxTotalAmount                 int64
	MaxNumberOfTransactions        int64

	CreatedAt time.Time
}

// Account is the account whose payments the limit caps.
func (l Limit) Account() account.Ref { return account.Ref{BankID: l.BankID, AccountID: l.AccountID} }

// VRPViewPrefix starts the id of the custom view a VRP consent pays through. Such a view
// pays only counterparties with a limit under it, even once it has none left.
const VRPViewPrefix = "_vrp-"

// IsVRPView reports whether viewID is a VRP consent's view.
func IsVRPView(viewID string) bool { return strings.HasPrefix(viewID, VRPViewPrefix) }
