package payment

import (
	"context"
	"errors"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/routing"
)

// accountsNamed reads the accounts the request names in one call: the payer's, and the
// payee's when the type names one of this bank's accounts directly.
func (s *Service) accountsNamed(ctx context.Context, n New) (map[account.Ref]account.Account, error) {
	refs := []account.Ref{n.From}
	switch n.Type {
	case Account, AccountOTP, SandboxTAN:
		if n.To != n.From {
			refs = append(refs, n.To)
		}
	}
	list, err := s.accounts.GetBankAccounts(ctx, refs)
	if err != nil {
		return nil, err
	}
	out := make(map[account.Ref]account.Account, len(list))
	for _, a := range list {
		out[a.Ref()] = a
	}
	return out, nil
}

// destination resolves where the money goes for the request's type, authorises the
// caller for it, and sets r.To — or, when the money goes to one of the bank's settlement
// accounts, names it in settle for the caller to fetch once nothing else can refuse the
// request (a settlement account is made on first use). r.External is set when the payee
// is outside this server: the payment is booked against the outgoing settlement account.
func (s *Service) destination(ctx context.Context, by call.Context, n New, r *Request, known map[account.Ref]account.Account) (settle Direction, err error) {
	switch n.Type {
	case Account, AccountOTP, SandboxTAN:
		to, ok := known[n.To]
		if !ok {
			return "", obperr.BankAccountNotFound
		}
		r.To = to.Ref()
		return "", s.authorise(by, n, holds(to, by.UserID), false)
	case Counterparty:
		return s.toCounterparty(ctx, by, n, r)
	case SEPA:
		if err := routing.ValidateIBAN(n.IBAN); err != nil {
			return "", err // never forward money to an address no bank can have
		}
		to, err := s.conn.GetBankAccountByRouting(ctx, routing.Routing{Scheme: "IBAN", Address: n.IBAN})
		if err == nil {
			r.To = to.Ref()
			return "", s.authorise(by, n, holds(to, by.UserID), false)
		}
		if !errors.Is(err, obperr.BankAccountNotFound) {
			return "", err
		}
		if err := s.authorise(by, n, false, false); err != nil {
			return "", err
		}
		r.External = true
		return Outgoing, nil
	case FreeForm:
		// An adjustment by the bank: the account is debited and the bank's incoming
		// settlement account credited. Only holders of CanCreateAnyTransactionRequest.
		if !s.checks.HasRole(by.UserID, n.From.BankID, role.CanCreateAnyTransactionRequest.Name) {
			return "", obperr.UserHasMissingRoles.With("%s", role.CanCreateAnyTransactionRequest.Name)
		}
		return Incoming, nil
	case Refund:
		return s.toRefund(ctx, by, n, r)
	}
	return "", obperr.InvalidTransactionRequestType
}

func (s *Service) authorise(by call.Context, n New, toOwn, toBeneficiary bool) error {
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
func (s *Service) toCounterparty(ctx context.Context, by call.Context, n New, r *Request) (Direction, error) {
	p, err := s.payees.Payee(ctx, n.CounterpartyID)
	if err != nil {
		return "", err
	}
	if p.ThisBankID != n.From.BankID || p.ThisAccountID != n.From.AccountID {
		return "", obperr.CounterpartyNotFoundByCounterpartyID
	}
	if !p.IsBeneficiary {
		return "", obperr.CounterpartyBeneficiaryPermit
	}
	if err := s.authorise(by, n, false, true); err != nil {
		return "", err
	}
	if to, ok, err := s.internalPayee(ctx, p); err != nil {
		return "", err
	} else if ok {
		r.To = to
		return "", nil
	}
	r.External = true
	return Outgoing, nil
}

func (s *Service) internalPayee(ctx context.Context, p Payee) (account.Ref, bool, error) {
	bank, acct := p.OtherBankRouting, p.OtherAccountRouting
	if bank.Scheme == "OBP" && (acct.Scheme == "OBP" || acct.Scheme == "ACCOUNT_ID") {
		ref := account.Ref{BankID: bank.Address, AccountID: acct.Address}
		if _, err := s.accounts.GetBankAccount(ctx, ref); err == nil {
			return ref, true, nil
		} else if !errors.Is(err, obperr.BankAccountNotFound) {
			return account.Ref{}, false, err
		}
	}
	for _, r := range []routing.Routing{p.OtherAccountRouting, p.OtherAccountSecondaryRouting} {
		if r.Scheme == "" || r.Address == "" || r.Scheme == "OBP" {
			continue
		}
		a, err := s.conn.GetBankAccountByRouting(ctx, r)
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
func (s *Service) toRefund(ctx context.Context, by call.Context, n New, r *Request) (Direction, error) {
	original, err := s.conn.GetTransaction(ctx, n.From, n.RefundOf)
	if err != nil {
		return "", err
	}
	if original.Amount.Minor <= 0 {
		return "", obperr.InvalidAmount.Field("/refund/transaction_id", "Only a credit to this account can be refunded.")
	}
	if r.Amount.Minor > original.Amount.Minor {
		return "", obperr.InvalidAmount.Field("/value/amount", "A refund cannot exceed the refunded transaction (%s %s).",
			original.Amount, original.Amount.Currency)
	}
	if _, found, err := s.store.ActiveRefundOf(ctx, original.ID); err != nil {
		return "", err
	} else if found {
		return "", obperr.RefundedTransaction
	}
	if err := s.authorise(by, n, false, false); err != nil {
		return "", err
	}
	r.To, r.RefundOf = original.Other, original.ID
	return "", nil
}
