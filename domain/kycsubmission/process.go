package kycsubmission

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/obp-go/obp/domain/objectstore"
	"github.com/obp-go/obp/domain/obperr"
)

// Process decides a confirmed submission, then calls back: the durable job's handler. It
// may run again for the same submission (a worker died mid-job): the decision is a
// conditional update and the callback's delivery is keyed by the submission, so running
// twice decides once and calls back once. The decision is recorded before the callback
// is queued, so a partner that polls on a callback always sees it.
func (s *Service) Process(ctx context.Context, payload []byte) error {
	var p jobPayload
	if err := json.Unmarshal(payload, &p); err != nil {
		return fmt.Errorf("kyc job payload: %w", err)
	}
	sub, err := s.d.Store.GetSubmission(ctx, p.SubmissionID)
	if err != nil {
		return err
	}
	if sub.Status == Processing {
		if sub, err = s.decide(ctx, sub); err != nil {
			return err
		}
	}
	if sub.Status != Approved && sub.Status != Rejected || sub.CallbackID != "" {
		return nil
	}
	id, err := s.callBack(ctx, sub)
	if err != nil || id == "" {
		return err
	}
	return s.d.Store.SetCallbackID(ctx, sub.ID, id)
}

// decide verifies a PROCESSING submission and records the decision (once: another run
// may have recorded it meanwhile, and then that one stands).
func (s *Service) decide(ctx context.Context, sub Submission) (Submission, error) {
	reasons, err := s.missing(ctx, sub)
	if err != nil {
		return sub, err
	}
	var found []string
	file, _, err := s.d.Files.Get(ctx, sub.ObjectKey)
	switch {
	case errors.Is(err, objectstore.ErrNotFound):
		found = []string{"FILE_MISSING: the uploaded file is no longer in storage"} // retrying cannot bring it back
	case err != nil:
		return sub, err
	default:
		found, err = s.d.Verifier.VerifySubmission(ctx, sub, file)
		file.Close()
		if err != nil {
			return sub, err
		}
	}
	sub.Reasons, sub.UpdatedAt, sub.Status = append(reasons, found...), s.now(), Approved
	if len(sub.Reasons) > 0 {
		sub.Status = Rejected
	}
	ok, err := s.d.Store.DecideSubmission(ctx, sub)
	if err != nil || ok {
		return sub, err
	}
	return s.d.Store.GetSubmission(ctx, sub.ID)
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
