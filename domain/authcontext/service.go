package authcontext

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/sca"
	"github.com/obp-go/obp/domain/user"
)

// ChallengeType is OBP's challenge_type for auth-context updates.
const ChallengeType = "OBP_USER_AUTH_CONTEXT_UPDATE_CHALLENGE"

// DefaultKeys are the keys a user may set themselves, OBP's typical ones.
var DefaultKeys = []string{"CUSTOMER_NUMBER", "PHONE_NUMBER"}

// scaMethods are the methods an update may be confirmed with, as OBP.
var scaMethods = []string{"SMS", "EMAIL"}

// Users finds a user (obperr.UserNotFoundByID otherwise).
type Users interface {
	Get(ctx context.Context, id string) (user.User, error)
}

// Banks finds a bank (obperr.BankNotFound otherwise).
type Banks interface {
	GetBank(ctx context.Context, id string) (bank.Bank, error)
}

// Contacts says where the bank reaches a user: the mobile number of their customer
// record there, and their e-mail address; empty when it has none.
type Contacts interface {
	Contact(ctx context.Context, userID, bankID string) (phone, email string, err error)
}

// Challenges is what updates need of the challenge framework (sca.Service).
type Challenges interface {
	Method(name string) (sca.Method, error)
	Issue(ctx context.Context, purpose sca.Purpose, purposeID, challengeType string, m sca.Method, to []sca.Recipient, about sca.Subject) ([]sca.Challenge, error)
	List(ctx context.Context, purpose sca.Purpose, purposeID string) ([]sca.Challenge, error)
	Answer(ctx context.Context, id, userID, answer string) (sca.Challenge, error)
}

// Deps are the ports and settings of the service.
type Deps struct {
	Store      Store
	Users      Users
	Banks      Banks
	Contacts   Contacts
	Challenges Challenges
	Keys       []string // keys users may set themselves; nil: DefaultKeys
	Clock      clock.Clock
}

// Service holds the auth-context use cases.
type Service struct{ d Deps }

// NewService returns the auth-context use cases over d.
func NewService(d Deps) *Service {
	if d.Keys == nil {
		d.Keys = DefaultKeys
	}
	return &Service{d: d}
}

var _ call.AuthContextSource = (*Service)(nil)

// UserAuthContext is userID's auth context as connectors receive it.
func (s *Service) UserAuthContext(ctx context.Context, userID string) ([]call.KeyValue, error) {
	cs, err := s.d.Store.ListAuthContexts(ctx, userID)
	if err != nil {
		return nil, err
	}
	out := make([]call.KeyValue, len(cs))
	for i, c := range cs {
		out[i] = call.KeyValue{Key: c.Key, Value: c.Value}
	}
	return out, nil
}

// Create sets one pair of userID's auth context for an administrator, replacing the
// value the user had under that key.
func (s *Service) Create(ctx context.Context, by call.Context, userID string, p Pair) (UserAuthContext, error) {
	if _, err := s.d.Users.Get(ctx, userID); err != nil {
		return UserAuthContext{}, err
	}
	return s.d.Store.UpsertAuthContext(ctx, s.pair(by, userID, p))
}

// List returns userID's auth context.
func (s *Service) List(ctx context.Context, userID string) ([]UserAuthContext, error) {
	if _, err := s.d.Users.Get(ctx, userID); err != nil {
		return nil, err
	}
	return s.d.Store.ListAuthContexts(ctx, userID)
}

// DeleteAll removes every pair of userID's auth context.
func (s *Service) DeleteAll(ctx context.Context, userID string) error {
	if _, err := s.d.Users.Get(ctx, userID); err != nil {
		return err
	}
	return s.d.Store.DeleteAuthContexts(ctx, userID)
}

// Delete removes one pair of userID's auth context (OBP-30056 when they have none of that id).
func (s *Service) Delete(ctx context.Context, userID, id string) error {
	if _, err := s.d.Users.Get(ctx, userID); err != nil {
		return err
	}
	return s.d.Store.DeleteAuthContext(ctx, userID, id)
}

func (s *Service) pair(by call.Context, userID string, p Pair) UserAuthContext {
	return UserAuthContext{ID: ids.New(), UserID: userID, ConsumerID: by.ConsumerID, Key: p.Key, Value: p.Value,
		CreatedAt: s.d.Clock.Now()}
}

// RequestUpdate records the caller's request to set a pair of their auth context and
// sends them a one-time code by method (SMS or EMAIL) to where bankID reaches them.
func (s *Service) RequestUpdate(ctx context.Context, by call.Context, bankID, method string, p Pair) (Update, error) {
	if !slices.Contains(scaMethods, method) {
		return Update{}, obperr.AuthContextUpdateScaMethods.With("SCA_METHOD must be SMS or EMAIL, not %q.", method)
	}
	if !slices.Contains(s.d.Keys, p.Key) {
		return Update{}, obperr.InvalidAuthContextUpdateRequestKey.Field("/key", "Allowed keys: %v.", s.d.Keys)
	}
	if _, err := s.d.Banks.GetBank(ctx, bankID); err != nil {
		return Update{}, err
	}
	m, err := s.d.Challenges.Method(method)
	if err != nil {
		return Update{}, err
	}
	phone, email, err := s.d.Contacts.Contact(ctx, by.UserID, bankID)
	if err != nil {
		return Update{}, err
	}
	u := Update{ID: ids.New(), UserID: by.UserID, BankID: bankID, ConsumerID: by.ConsumerID, Key: p.Key, Value: p.Value,
		Status: Initiated, CreatedAt: s.d.Clock.Now()}
	// The code goes out first: a user the bank cannot reach is refused with nothing
	// written. The update exists only once its challenge does.
	to := []sca.Recipient{{UserID: by.UserID, Phone: phone, Email: email}}
	about := sca.Subject{Kind: sca.KindAuthContextUpdate, Update: &sca.UpdateSubject{Key: p.Key, Value: p.Value}}
	if _, err := s.d.Challenges.Issue(ctx, sca.PurposeAuthContextUpdate, u.ID, ChallengeType, m, to, about); err != nil {
		return Update{}, err
	}
	if err := s.d.Store.CreateAuthContextUpdate(ctx, u); err != nil {
		return Update{}, err
	}
	return u, nil
}

// AnswerUpdate checks the caller's answer to their update's challenge. A correct answer
// accepts the update and makes its pair the user's, once however many answers race; the
// last wrong attempt rejects it, and both answer with the update, as OBP does. A wrong
// answer with attempts left, or a late one, is an error. Another user's update, or one
// requested at another bank, is not found.
func (s *Service) AnswerUpdate(ctx context.Context, by call.Context, bankID, updateID, answer string) (Update, error) {
	u, err := s.d.Store.GetAuthContextUpdate(ctx, updateID)
	if err != nil {
		return Update{}, err
	}
	if u.UserID != by.UserID || u.BankID != bankID {
		return Update{}, obperr.UserAuthContextUpdateNotFound
	}
	cs, err := s.d.Challenges.List(ctx, sca.PurposeAuthContextUpdate, u.ID)
	if err != nil {
		return Update{}, err
	}
	if len(cs) == 0 {
		return Update{}, fmt.Errorf("auth-context update %s has no challenge", u.ID)
	}
	_, err = s.d.Challenges.Answer(ctx, cs[0].ID, by.UserID, answer)
	switch {
	case errors.Is(err, obperr.AllowedAttemptsUsedUp):
		if _, err := s.d.Store.RejectAuthContextUpdate(ctx, u.ID); err != nil {
			return Update{}, err
		}
	case err != nil:
		return Update{}, err
	default:
		if err := s.accept(ctx, u, by.ConsumerID); err != nil {
			return Update{}, err
		}
	}
	return s.d.Store.GetAuthContextUpdate(ctx, u.ID)
}

// accept makes the update's pair the user's, once, recorded as set through consumerID.
func (s *Service) accept(ctx context.Context, u Update, consumerID string) error {
	c := s.pair(call.Context{ConsumerID: consumerID}, u.UserID, Pair{Key: u.Key, Value: u.Value})
	_, err := s.d.Store.AcceptAuthContextUpdate(ctx, u.ID, c)
	return err
}

// Decided is a decoupled challenge's decision, as the challenge framework reports it
// (registered with sca.Service.OnDecided): accepted, the update takes effect as after a
// right code; declined, it is rejected.
func (s *Service) Decided(ctx context.Context, ch sca.Challenge, accepted bool) error {
	u, err := s.d.Store.GetAuthContextUpdate(ctx, ch.PurposeID)
	if err != nil {
		return err
	}
	if !accepted {
		_, err = s.d.Store.RejectAuthContextUpdate(ctx, u.ID)
		return err
	}
	return s.accept(ctx, u, u.ConsumerID)
}
