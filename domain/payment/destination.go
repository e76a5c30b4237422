package payment

import (
	"context"
	"errors"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/routing"
)

// destination resolves where the money goes for the request's type, authorises the
// caller for it, and sets r.To. external is true when the payee is outside this server:
// the payment is then booked against the bank's outgoing settlement account.
func (s *Service) destination(ctx context.Context, by Caller, n New, r *Request) (external bool, err error) {
	switch n.Type {
	case Account, AccountOTP, SandboxTAN:
		to, err := s.accounts.GetBankAccount(ctx, n.To)
		if err != nil {
			return false, err
		}
		r.To = to.Ref()
		return false, s.authorise(by, n, holds(to, by.UserID), false)
	case Counterparty:
		return s.toCounterparty(ctx, by, n, r)
	case SEPA:
		if err := routing.ValidateIBAN(n.IBAN); err != nil {
			return false, err // never forward money to an address no bank can have
		}
		to, err := s.conn.GetBankAccountByRouting(ctx, "IBAN", n.IBAN)
		if err == nil {
			r.To = to.Ref()
			return false, s.authorise(by, n, holds(to, by.UserID), false)
		}
		if !errors.Is(err, obperr.BankAccountNotFound) {
			return false, err
		}
		if err := s.authorise(by, n, false, false); err != nil {
			return false, err
		}
		r.To, err = s.conn.GetSettlementAccount(ctx, n.From.BankID, Outgoing, n.Currency)
		return true, err
	case FreeForm:
		// An adjustment by the bank: the account is debited and the bank's incoming
		// settlement account credited. Only holders of CanCreateAnyTransactionRequest.
		if !s.checks.HasRole(by.UserID, n.From.BankID, role.CanCreateAnyTransactionRequest.Name) {
			return false, obperr.UserHasMissingRoles.With("%s", role.CanCreateAnyTransactionRequest.Name)
		}
		r.To, err = s.conn.GetSettlementAccount(ctx, n.From.BankID, Incoming, n.Currency)
		return false, err
	case Refund:
		return s.toRefund(ctx, by, n, r)
	}
	return false, obperr.InvalidTransactionRequestType
}

func (s *Service) authorise(by Caller, n New, toOwn, toBeneficiary bool) error {
	if !s.mayPay(by, n, toOwn, toBeneficiary) {
		return obperr.InsufficientAuthorisationToCreateTransactionRequest
	}
	return nil
}

func holds(a account.Account, userID string) bool {
	for _, h := range a.HolderIDs {
		if h == userID {
			return true
		}
	}
	return false
}

// toCounterparty pays a saved counterparty of the account: one on this server (OBP bank
// and account routings, or an IBAN held here) is credited directly, any other is
// forwarded through the outgoing settlement account.
func (s *Service) toCounterparty(ctx context.Context, by Caller, n New, r *Request) (bool, error) {
	p, err := s.payees.Payee(ctx, n.CounterpartyID)
	if err != nil {
		return false, err
	}
	if p.ThisBankID != n.From.BankID || p.ThisAccountID != n.From.AccountID {
		return false, obperr.CounterpartyNotFoundByCounterpartyID
	}
	if !p.IsBeneficiary {
		return false, obperr.CounterpartyBeneficiaryPermit
	}
	if err := s.authorise(by, n, false, true); err != nil {
		return false, err
	}
	if to, ok, err := s.internalPayee(ctx, p); err != nil {
		return false, err
	} else if ok {
		r.To = to
		return false, nil
	}
	r.To, err = s.conn.GetSettlementAccount(ctx, n.From.BankID, Outgoing, n.Currency)
	return true, err
}

func (s *Service) internalPayee(ctx context.Context, p Payee) (account.Ref, bool, error) {
	if p.OtherBankRoutingScheme == "OBP" && (p.OtherAccountRoutingScheme == "OBP" || p.OtherAccountRoutingScheme == "ACCOUNT_ID") {
		ref := account.Ref{BankID: p.OtherBankRoutingAddress, AccountID: p.OtherAccountAddress}
		if _, err := s.accounts.GetBankAccount(ctx, ref); err == nil {
			return ref, true, nil
		} else if !errors.Is(err, obperr.BankAccountNotFound) {
			return account.Ref{}, false, err
		}
	}
	for _, rt := range [][2]string{{p.OtherAccountRoutingScheme, p.OtherAccountAddress}, {p.OtherAccountSecondaryScheme, p.OtherAccountSecondaryAddress}} {
		if rt[0] == "" || rt[1] == "" || rt[0] == "OBP" {
			continue
		}
		a, err := s.conn.GetBankAccountByRouting(ctx, rt[0], rt[1])
		if err == nil {
			return a.Ref(), true, nil
		}
		if !errors.Is(err, obperr.BankAccountNotFound) {
			return account.Ref{}, false, err
		}
	}
	return account.Ref{}, false, nil
}

// toRefund sends money back to whoever paid the account in an earlier transaction, at
// most that amount, once.
func (s *Service) toRefund(ctx context.Context, by Caller, n New, r *Request) (bool, error) {
	original, err := s.conn.GetTransaction(ctx, n.From, n.RefundOf)
	if err != nil {
		return false, err
	}
	if original.Amount <= 0 {
		return false, obperr.InvalidAmount.Field("/refund/transaction_id", "Only a credit to this account can be refunded.")
	}
	if r.Amount > original.Amount {
		return false, obperr.InvalidAmount.Field("/value/amount", "A refund cannot exceed the refunded transaction (%s %s).",
			money.FormatMinor(original.Amount, original.Currency), original.Currency)
	}
	if _, found, err := s.store.ActiveRefundOf(ctx, original.ID); err != nil {
		return false, err
	} else if found {
		return false, obperr.RefundedTransaction
	}
	if err := s.authorise(by, n, false, false); err != nil {
		return false, err
	}
	r.To, r.RefundOf = original.Other, original.ID
	return false, nil
}
