package kycsubmission

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/obp-go/obp/domain/obperr"
)

// Process decides a confirmed submission: the durable job's handler. It may run again
// for the same submission (a worker died mid-job): everything it does is keyed by the
// submission, so running twice decides once and calls back once.
func (s *Service) Process(ctx context.Context, payload []byte) error {
	var p jobPayload
	if err := json.Unmarshal(payload, &p); err != nil {
		return fmt.Errorf("kyc job payload: %w", err)
	}
	sub, err := s.d.Store.GetSubmission(ctx, p.SubmissionID)
	if err != nil {
		return err
	}
	if sub.Status != Processing {
		return nil // decided already
	}
	reasons, err := s.missing(ctx, sub)
	if err != nil {
		return err
	}
	file, _, err := s.d.Files.Get(ctx, sub.ObjectKey)
	if err != nil {
		return err
	}
	found, err := s.d.Verifier.VerifySubmission(ctx, sub, file)
	file.Close()
	if err != nil {
		return err
	}
	reasons = append(reasons, found...)
	sub.Status, sub.Reasons, sub.UpdatedAt = Approved, reasons, s.now()
	if len(reasons) > 0 {
		sub.Status = Rejected
	}
	// The callback is queued before the decision is recorded: if this run dies between
	// the two, the next run queues it again (one delivery, by its dedupe key) and decides.
	if sub.CallbackID, err = s.callBack(ctx, sub); err != nil {
		return err
	}
	_, err = s.d.Store.DecideSubmission(ctx, sub)
	return err
}

// callBack queues the signed callback of a decided submission, when its partner has a
// callback URL, and answers its delivery id.
func (s *Service) callBack(ctx context.Context, sub Submission) (string, error) {
	p, _, err := s.d.Store.GetPartner(ctx, sub.ConsumerID, sub.BankID)
	if errors.Is(err, obperr.KycPartnerNotFound) || err == nil && p.CallbackURL == "" {
		return "", nil // no longer a partner, or one that polls
	}
	if err != nil {
		return "", err
	}
	body, err := ResultOf(sub).body()
	if err != nil {
		return "", err
	}
	return s.d.Callbacks.Deliver(ctx, secretID(p), p.CallbackURL, CallbackEvent, "kyc-callback:"+sub.ID, body)
}

// CallbackSecret is the secret that signs a partner's callbacks, by the owner name its
// deliveries carry (ErrUnknownPartner when there is no such partner).
func (s *Service) CallbackSecret(ctx context.Context, owner string) ([]byte, error) {
	rest, ok := strings.CutPrefix(owner, secretPrefix)
	bankID, consumerID, ok2 := strings.Cut(rest, ":")
	if !ok || !ok2 {
		return nil, ErrUnknownPartner
	}
	p, sealed, err := s.d.Store.GetPartner(ctx, consumerID, bankID)
	if errors.Is(err, obperr.KycPartnerNotFound) {
		return nil, ErrUnknownPartner
	}
	if err != nil {
		return nil, err
	}
	secret, err := s.openSecret(p, sealed)
	return []byte(secret), err
}

// ErrUnknownPartner is a callback owner that is no (longer a) partner.
var ErrUnknownPartner = errors.New("no such KYC partner")

// missing are the reasons a submission lacks its companions: the types its rule requires
// that the customer has not uploaded.
func (s *Service) missing(ctx context.Context, sub Submission) ([]string, error) {
	rule := s.types[sub.Type]
	if len(rule.Requires) == 0 {
		return nil, nil
	}
	have, err := s.d.Store.UploadedTypes(ctx, sub.BankID, sub.CustomerID)
	if err != nil {
		return nil, err
	}
	var reasons []string
	for _, t := range rule.Requires {
		if !slices.Contains(have, t) {
			reasons = append(reasons, fmt.Sprintf("MISSING_%s: a %s submission must be uploaded first", t, t))
		}
	}
	return reasons, nil
}
