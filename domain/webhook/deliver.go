package webhook

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/obp-go/obp/domain/job"
)

// Deliver is the job handler of Kind: it signs and posts one attempt and records it. A
// 2xx answer acknowledges the delivery; anything else is an error, which the worker
// retries; a refused destination, an unknown owner or a broken payload fail it at once.
func (s *Service) Deliver(ctx context.Context, j job.Job) error {
	d, err := fromJob(j)
	if err != nil {
		return job.Permanent(err)
	}
	secret, err := s.d.Secrets.Secret(ctx, d.Owner)
	if errors.Is(err, ErrUnknownOwner) {
		return job.Permanent(err)
	}
	if err != nil {
		return err
	}
	now := s.d.Clock.Now()
	req := Request{URL: d.URL, Body: d.Body, Header: map[string]string{
		"Content-Type":   "application/json",
		SignatureHeader:  Sign(secret, now, d.Body),
		DeliveryIDHeader: d.ID,
		EventHeader:      d.Event,
	}}
	started := time.Now()
	status, sendErr := s.d.Sender.Send(ctx, req)
	a := Attempt{DeliveryID: d.ID, Number: j.Attempts, At: now, HTTPStatus: status, Duration: time.Since(started)}
	if sendErr != nil {
		a.Error = sendErr.Error()
	} else if status < 200 || status > 299 {
		sendErr = fmt.Errorf("receiver answered HTTP %d", status)
	}
	// Recorded even if the handler's context ended: the attempt happened.
	logErr := s.d.Attempts.RecordAttempt(context.WithoutCancel(ctx), a)
	switch {
	case errors.Is(sendErr, ErrDestinationRefused) || errors.Is(sendErr, ErrInvalidURL):
		return job.Permanent(sendErr)
	case sendErr != nil:
		return errors.Join(sendErr, logErr)
	}
	// Acknowledged: a failure to log it must not post it again.
	return nil
}
