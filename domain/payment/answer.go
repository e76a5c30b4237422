package payment

import (
	"context"
	"errors"
	"log/slog"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/sca"
	"github.com/obp-go/obp/domain/transaction"
)

// RejectAnswer is the answer with which a challenged user refuses the payment.
const RejectAnswer = "REJECT"

// Answer takes a challenged user's answer, with OBP's checks in OBP's order: the request
// is still awaiting answers, its type is unchanged, the challenge is a transaction
// request challenge, the answer is right; then, once enough answers are in, the payment
// is posted exactly once however many answers arrive together.
func (s *Service) Answer(ctx context.Context, by call.Context, from account.Ref, t Type, requestID, challengeID, answer string) (Result, error) {
	r, err := s.answer(ctx, by, from, t, requestID, challengeID, answer)
	if err != nil {
		return Result{Request: r}, err
	}
	cs, err := s.challenges.List(ctx, sca.PurposeTransactionRequest, r.ID)
	return Result{Request: r, Challenges: cs}, err
}

func (s *Service) answer(ctx context.Context, by call.Context, from account.Ref, t Type, requestID, challengeID, answer string) (Request, error) {
	r, err := s.store.GetTransactionRequest(ctx, requestID)
	if err != nil {
		return Request{}, err
	}
	if r.From != from {
		return Request{}, obperr.TransactionRequestNotFound
	}
	if r.Status != Initiated && r.Status != NextChallengePending && r.Status != Forwarded {
		return r, obperr.TransactionRequestStatusNotInitiatedOrPendingOrForwarded.With("It is %s.", r.Status)
	}
	if r.Type != t {
		return r, obperr.TransactionRequestTypeHasChanged
	}
	c, err := s.challenges.Get(ctx, challengeID)
	if errors.Is(err, obperr.ChallengeNotFound) || err == nil && c.PurposeID != r.ID {
		return r, obperr.ChallengeNotFound
	}
	if err != nil {
		return r, err
	}
	if c.ChallengeType != sca.ChallengeTypeTransactionRequest {
		return r, obperr.InvalidChallengeType
	}
	// A consent's challenge went to the human who gave it (answerers): the app relays
	// that person's answer under the consent.
	if answer == RejectAnswer && c.UserID == by.Human() {
		return s.finish(ctx, r, awaiting, Rejected, "", "rejected by "+by.Human())
	}
	if r.Status == Forwarded {
		return r, nil
	}
	c, err = s.challenges.Answer(ctx, challengeID, by.Human(), answer)
	if c.Status == sca.Failed {
		if _, ferr := s.finish(ctx, r, awaiting, Rejected, "", "challenge attempts used up"); ferr != nil {
			return r, ferr
		}
	}
	if err != nil {
		return r, err
	}
	return s.completeIfAnswered(ctx, r)
}

// completeIfAnswered posts the payment once the required answers are in.
func (s *Service) completeIfAnswered(ctx context.Context, r Request) (Request, error) {
	cs, err := s.challenges.List(ctx, sca.PurposeTransactionRequest, r.ID)
	if err != nil {
		return r, err
	}
	answered := 0
	for _, c := range cs {
		if c.Status == sca.Answered {
			answered++
		}
	}
	if answered < r.RequiredAnswers {
		if _, err := s.store.Transition(ctx, r.ID, []Status{Initiated}, NextChallengePending); err != nil {
			return r, err
		}
		return s.stillOpen(ctx, r.ID)
	}
	claimed, err := s.store.Transition(ctx, r.ID, awaiting, Processing)
	if err != nil {
		return r, err
	}
	if !claimed { // another answer got here first and posts (or posted) the payment, or the request was closed
		return s.stillOpen(ctx, r.ID)
	}
	return s.postClaimed(ctx, r)
}

// postClaimed posts a request this caller moved to PROCESSING and records the outcome.
func (s *Service) postClaimed(ctx context.Context, r Request) (Request, error) {
	posted, err := s.conn.MakePayment(ctx, s.transfer(r))
	if errors.Is(err, transaction.ErrTransferPosted) {
		posted.Debit, err = s.postedLeg(ctx, r.ID)
	}
	if errors.Is(err, transaction.ErrOutcomeUnknown) {
		// A remote ledger did not say whether it posted: the request stays PROCESSING,
		// answered as such, and the reconciler asks the ledger for the outcome.
		s.log.Warn("payment outcome unknown; left for reconciliation",
			slog.String("transaction_request_id", r.ID), slog.String("error", err.Error()))
		r.Status = Processing
		return r, nil
	}
	if err != nil {
		// A refusal (funds, currency) posted nothing: the request failed. Any other error
		// leaves the outcome unknown — the commit may have happened — so the request stays
		// PROCESSING and the reconciler settles it from the ledger.
		if _, refused := obperr.As(err); refused {
			if _, ferr := s.finish(ctx, r, []Status{Processing}, Failed, "", err.Error()); ferr != nil {
				return r, ferr
			}
		}
		return r, err
	}
	return s.finish(ctx, r, []Status{Processing}, outcome(r), posted.Debit.ID, "")
}

// stillOpen is the request after a correct answer: waiting for more answers, being paid
// or paid. A request that was cancelled, rejected or failed meanwhile makes the answer a
// late one, refused like any answer to a closed request.
func (s *Service) stillOpen(ctx context.Context, id string) (Request, error) {
	r, err := s.store.GetTransactionRequest(ctx, id)
	if err != nil {
		return r, err
	}
	switch r.Status {
	case Cancelled, Rejected, Failed:
		return r, obperr.TransactionRequestStatusNotInitiatedOrPendingOrForwarded.With("It is %s.", r.Status)
	}
	return r, nil
}

// awaiting are the statuses of a request that still waits for answers.
var awaiting = []Status{Initiated, NextChallengePending}

// finish records a request's final status (if it is still in one of from) and returns
// the request as stored.
func (s *Service) finish(ctx context.Context, r Request, from []Status, to Status, transactionID, failure string) (Request, error) {
	if _, err := s.store.Finish(ctx, r.ID, from, to, transactionID, failure); err != nil {
		return r, err
	}
	return s.store.GetTransactionRequest(ctx, r.ID)
}

// SetStatus lets a bank stop a request that still waits for answers: CANCELLED or
// REJECTED. Nothing has moved yet, so nothing needs undoing; a request already posting,
// posted or closed is refused (OBP-40020).
func (s *Service) SetStatus(ctx context.Context, id string, to Status) (Request, error) {
	if to != Cancelled && to != Rejected {
		return Request{}, obperr.InvalidJSONContent.Field("/status", "Only CANCELLED or REJECTED can be set.")
	}
	r, err := s.store.GetTransactionRequest(ctx, id)
	if err != nil {
		return Request{}, err
	}
	ok, err := s.store.Finish(ctx, id, awaiting, to, "", "set to "+string(to)+" by the bank")
	if err != nil {
		return r, err
	}
	if !ok {
		return r, obperr.TransactionRequestStatusNotInitiatedOrPendingOrForwarded.With("It is %s.", r.Status)
	}
	return s.store.GetTransactionRequest(ctx, id)
}
