package tms

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/keyring"
	"github.com/obp-go/obp/domain/user"
)

// Store keeps TMS, devices and the banks' CAs. Every change of a TMS's status is one
// conditional update on its current status and deadline, so that of two racing changes
// exactly one happens.
type Store interface {
	CreateTms(ctx context.Context, t TMS) error
	// GetTms is obperr.TmsNotFound when the bank has no TMS of that id.
	GetTms(ctx context.Context, bankID, id string) (TMS, error)
	// PendingTms are the user's TMS at the bank still within their deadline at now, oldest first.
	PendingTms(ctx context.Context, bankID, userID string, now time.Time) ([]TMS, error)
	// RetrieveTms makes a STARTED TMS whose retrieval deadline is after at RETRIEVED,
	// answerable until answerBy; false when it was not so.
	RetrieveTms(ctx context.Context, id string, at, answerBy time.Time) (bool, error)
	// CompleteTms records the answer of a RETRIEVED TMS whose answer deadline is after
	// c.At; false when it was not so.
	CompleteTms(ctx context.Context, id string, c Completion) (bool, error)
	// ExpireTms makes a pending TMS past its deadline at now EXPIRED, completed at that deadline.
	ExpireTms(ctx context.Context, id string, now time.Time) error

	// TmsCA is the bank's CA; found is false when it has none yet.
	TmsCA(ctx context.Context, bankID string) (ca StoredCA, found bool, err error)
	// AddTmsCA stores ca unless the bank has one already (another process won).
	AddTmsCA(ctx context.Context, ca StoredCA) error
	// ResealTmsCA replaces the CA's stored private key (sealing a plain one).
	ResealTmsCA(ctx context.Context, bankID, private string) error

	CreateTmsDevice(ctx context.Context, d Device) error
	// GetTmsDevice is obperr.TmsDeviceNotFound when the bank has no device of that id.
	GetTmsDevice(ctx context.Context, bankID, id string) (Device, error)
	TmsDevices(ctx context.Context, bankID, userID string) ([]Device, error)
	// RevokeTmsDevice marks the user's device revoked at at; false when it has none such
	// that is not revoked.
	RevokeTmsDevice(ctx context.Context, bankID, userID, id string, at time.Time) (bool, error)
}

// Completion is an answer as it is recorded.
type Completion struct {
	Status     Status // ACCEPTED or DECLINED
	At         time.Time
	DeviceID   string
	SignedData []byte
}

// Banks finds the bank a tenant names (obperr.BankNotFound).
type Banks interface {
	GetBank(ctx context.Context, id string) (bank.Bank, error)
}

// Users finds users (obperr.UserNotFoundByID).
type Users interface {
	GetUser(ctx context.Context, id string) (user.User, error)
}

// Decided is told when a TMS is ACCEPTED or DECLINED, after the answer is recorded: the
// challenge framework completes the payment or consent the TMS confirms. Its error is the
// answer's, though the decision stands.
type Decided func(ctx context.Context, t TMS, accepted bool) error

// Deps are the service's ports and settings.
type Deps struct {
	Store  Store
	Banks  Banks
	Users  Users
	Sealer *keyring.Sealer // nil keeps CA keys in plain (sandboxes), as consent keys
	Clock  clock.Clock
	// OnDecided, when set, is called once per TMS that reaches ACCEPTED or DECLINED.
	OnDecided Decided
}

// Service holds the TMS use cases.
type Service struct {
	d   Deps
	cas sync.Map // bank id -> CA (certificate only): a CA never changes once made
}

// NewService returns the TMS use cases over d.
func NewService(d Deps) *Service { return &Service{d: d} }

func (s *Service) now() time.Time { return s.d.Clock.Now() }

// Start starts a TMS for n.UserID at bankID on behalf of consumerID ("" from Go: the
// SCA method starts its TMS here). The bank and the user must exist.
func (s *Service) Start(ctx context.Context, bankID, consumerID string, n New) (TMS, error) {
	if err := n.check(); err != nil {
		return TMS{}, err
	}
	if _, err := s.d.Banks.GetBank(ctx, bankID); err != nil {
		return TMS{}, err
	}
	if _, err := s.d.Users.GetUser(ctx, n.UserID); err != nil {
		return TMS{}, err
	}
	now := s.now()
	t := TMS{ID: ids.ULID(now), BankID: bankID, UserID: n.UserID, ConsumerID: consumerID, Data: n.Data,
		RetrievalTimeout: orDefault(n.RetrievalTimeout, DefaultRetrievalTimeout), TmsTimeout: orDefault(n.TmsTimeout, DefaultTmsTimeout),
		RequireExplicitAuthentication:    n.RequireExplicitAuthentication,
		RequireFreshnessOfAuthentication: orDefault(n.RequireFreshnessOfAuthentication, NoFreshnessRequirement),
		AuditMessage:                     n.AuditMessage, Status: Started, StartedAt: now}
	if len(t.Data.Data) == 0 {
		t.Data.Data = []byte("{}")
	}
	t.RetrieveBy = now.Add(time.Duration(t.RetrievalTimeout) * time.Second)
	if err := s.d.Store.CreateTms(ctx, t); err != nil {
		return TMS{}, err
	}
	return t, nil
}

// Get is a TMS of the bank as it stands now: one past its deadline is EXPIRED.
func (s *Service) Get(ctx context.Context, bankID, id string) (TMS, error) {
	t, err := s.d.Store.GetTms(ctx, bankID, id)
	if err != nil {
		return TMS{}, err
	}
	now := s.now()
	if !t.ExpiredAt(now) {
		return t, nil
	}
	if err := s.d.Store.ExpireTms(ctx, id, now); err != nil {
		return TMS{}, err
	}
	return s.d.Store.GetTms(ctx, bankID, id)
}

// CA is the bank's issuing CA, made on first use.
func (s *Service) CA(ctx context.Context, bankID string) (CA, error) {
	if ca, ok := s.cas.Load(bankID); ok {
		return ca.(CA), nil
	}
	stored, err := s.storedCA(ctx, bankID)
	if err != nil {
		return CA{}, err
	}
	ca, err := openCA(stored, nil)
	if err != nil {
		return CA{}, err
	}
	s.cas.Store(bankID, ca)
	return ca, nil
}

// signingCA is the bank's CA with its private key, to issue device certificates.
func (s *Service) signingCA(ctx context.Context, bankID string) (CA, error) {
	stored, err := s.storedCA(ctx, bankID)
	if err != nil {
		return CA{}, err
	}
	plain := false
	ca, err := openCA(stored, func(id, sealed string) ([]byte, error) {
		secret, p, err := s.d.Sealer.Open(id, sealed)
		plain = p
		return secret, err
	})
	if err != nil {
		return CA{}, err
	}
	if plain && s.d.Sealer != nil {
		der, _, _ := s.d.Sealer.Open(sealID(bankID), stored.Private)
		if err := s.d.Store.ResealTmsCA(ctx, bankID, s.d.Sealer.Seal(sealID(bankID), der)); err != nil {
			return CA{}, err
		}
	}
	return ca, nil
}

// storedCA reads the bank's CA, making it first when it has none.
func (s *Service) storedCA(ctx context.Context, bankID string) (StoredCA, error) {
	if _, err := s.d.Banks.GetBank(ctx, bankID); err != nil {
		return StoredCA{}, err
	}
	stored, found, err := s.d.Store.TmsCA(ctx, bankID)
	if err != nil || found {
		return stored, err
	}
	made, err := newCA(bankID, s.now(), s.d.Sealer.Seal)
	if err != nil {
		return StoredCA{}, err
	}
	if err := s.d.Store.AddTmsCA(ctx, made); err != nil {
		return StoredCA{}, err
	}
	if stored, found, err = s.d.Store.TmsCA(ctx, bankID); err == nil && !found {
		err = errors.New("tms CA of " + bankID + " missing after it was made")
	}
	return stored, err
}
