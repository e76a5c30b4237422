package mapped

import (
	"errors"
	"fmt"
	"strings"

	"gorm.io/gorm"
)

func init() { preflights[8] = moneySafetyPreflight }

// moneySafetyPreflight refuses to mark settlement accounts, or to add the refund and leg
// constraints, over data that breaks them: those rows need a person to look at them.
func moneySafetyPreflight(tx *gorm.DB, _ Engine) error {
	var problems []string
	var squatted []struct{ BankID, ID, Currency, ProductCode, Holders string }
	err := tx.Raw(`SELECT a.bank_id, a.id, a.currency, a.product_code,
			COALESCE((SELECT MIN(h.user_id) FROM account_holders h WHERE h.bank_id = a.bank_id AND h.account_id = a.id), '') AS holders
		FROM accounts a WHERE UPPER(a.id) LIKE 'OBP-%SETTLEMENT%' ORDER BY a.bank_id, a.id`).Scan(&squatted).Error
	if err != nil {
		return err
	}
	for _, a := range squatted {
		direction := strings.TrimSuffix(strings.TrimPrefix(a.ID, "OBP-"), "-SETTLEMENT-ACCOUNT-"+a.Currency)
		if a.Holders == "" && a.ProductCode == "SETTLEMENT" && (direction == "INCOMING" || direction == "OUTGOING") {
			continue // made by the server: adopted as a system account
		}
		problems = append(problems, fmt.Sprintf("account %q at bank %q (currency %s, product %q, holder %q) has a settlement "+
			"account's id but was not created by the server: payments forwarded in its currency may have been credited to it; "+
			"review its transactions, move its balance and rename or close it", a.ID, a.BankID, a.Currency, a.ProductCode, a.Holders))
	}
	var refunds []struct {
		RefundOf string
		N        int
	}
	if err := tx.Raw(`SELECT refund_of, COUNT(*) AS n FROM transaction_requests
		WHERE refund_of <> '' AND status NOT IN ('REJECTED', 'FAILED', 'CANCELLED')
		GROUP BY refund_of HAVING COUNT(*) > 1 ORDER BY refund_of`).Scan(&refunds).Error; err != nil {
		return err
	}
	for _, r := range refunds {
		problems = append(problems, fmt.Sprintf("transaction %q has %d live refund requests: cancel the ones that did not "+
			"complete (status CANCELLED) and reverse any refund paid twice", r.RefundOf, r.N))
	}
	var legs []struct {
		TransferID string
		N          int
	}
	if err := tx.Raw(`SELECT transfer_id, COUNT(*) AS n FROM transactions WHERE amount < 0
		GROUP BY transfer_id HAVING COUNT(*) > 1 ORDER BY transfer_id`).Scan(&legs).Error; err != nil {
		return err
	}
	for _, l := range legs {
		problems = append(problems, fmt.Sprintf("transfer %q has %d debit legs: it was posted more than once", l.TransferID, l.N))
	}
	if len(problems) == 0 {
		return nil
	}
	return errors.New(strings.Join(problems, "; ") + ". Nothing was changed; start the server again once these are resolved")
}
