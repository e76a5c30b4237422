package payment

import (
	"context"
	"errors"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/sca"
	"github.com/obp-go/obp/domain/transaction"
)

// Get returns a request of the account with its challenges; a request of another
// account is not found, so an id says nothing about other accounts.
func (s *Service) Get(ctx context.Context, from account.Ref, id string) (Result, error) {
	r, err := s.store.GetTransactionRequest(ctx, id)
	if err != nil {
		return Result{}, err
	}
	if r.From != from {
		return Result{}, obperr.TransactionRequestNotFound
	}
	cs, err := s.challenges.List(ctx, sca.PurposeTransactionRequest, r.ID)
	return Result{Request: r, Challenges: cs}, err
}

// List returns a page of the account's requests, newest first, each with its challenges
// (two reads for the page, whatever its size).
func (s *Service) List(ctx context.Context, from account.Ref, limit, offset int) ([]Result, error) {
	if _, err := s.accounts.GetBankAccount(ctx, from); err != nil {
		return nil, err
	}
	list, err := s.store.ListTransactionRequests(ctx, from, limit, offset)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(list))
	for i, r := range list {
		ids[i] = r.ID
	}
	cs, err := s.challenges.ListFor(ctx, sca.PurposeTransactionRequest, ids)
	if err != nil {
		return nil, err
	}
	byRequest := map[string][]sca.Challenge{}
	for _, c := range cs {
		byRequest[c.PurposeID] = append(byRequest[c.PurposeID], c)
	}
	out := make([]Result, len(list))
	for i, r := range list {
		out[i] = Result{Request: r, Challenges: byRequest[r.ID]}
	}
	return out, nil
}

// Types lists the request types enabled on this server, in a stable order, for an
// existing account; the account's currency is the currency of their (zero) charges.
func (s *Service) Types(ctx context.Context, ref account.Ref) (types []Type, currency string, err error) {
	a, err := s.accounts.GetBankAccount(ctx, ref)
	if err != nil {
		return nil, "", err
	}
	types = []Type{}
	for _, t := range AllTypes {
		if s.enabledTypes[t] {
			types = append(types, t)
		}
	}
	return types, a.Balance.Currency, nil
}

// DoubleEntry is both legs of a movement and the request that made it, if one did.
type DoubleEntry struct {
	transaction.Posted
	Request *Request
}

// DoubleEntry returns both legs of the movement a transaction of the account belongs to;
// a payment's legs carry its request id as their transfer id.
func (s *Service) DoubleEntry(ctx context.Context, ref account.Ref, transactionID string) (DoubleEntry, error) {
	p, err := s.conn.GetDoubleEntryBookTransaction(ctx, ref, transactionID)
	if err != nil {
		return DoubleEntry{}, err
	}
	out := DoubleEntry{Posted: p}
	r, err := s.store.GetTransactionRequest(ctx, p.Debit.TransferID)
	switch {
	case err == nil:
		out.Request = &r
	case !errors.Is(err, obperr.TransactionRequestNotFound): // historical movements have none
		return DoubleEntry{}, err
	}
	return out, nil
}
