package tms

import (
	"context"
	"sync"
	"time"

	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/user"
)

// memStore is a Store in memory, each conditional update under one lock, as the
// database makes it one statement.
type memStore struct {
	mu      sync.Mutex
	tms     map[string]TMS
	cas     map[string]StoredCA
	devices map[string]Device
}

func newMemStore() *memStore {
	return &memStore{tms: map[string]TMS{}, cas: map[string]StoredCA{}, devices: map[string]Device{}}
}

func (m *memStore) CreateTms(_ context.Context, t TMS) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.tms[t.ID] = t
	return nil
}

func (m *memStore) GetTms(_ context.Context, bankID, id string) (TMS, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	t, ok := m.tms[id]
	if !ok || t.BankID != bankID {
		return TMS{}, obperr.TmsNotFound
	}
	return t, nil
}

func (m *memStore) PendingTms(_ context.Context, bankID, userID string, now time.Time) ([]TMS, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []TMS
	for _, t := range m.tms {
		if t.BankID == bankID && t.UserID == userID && t.Status.Pending() && !t.ExpiredAt(now) {
			out = append(out, t)
		}
	}
	return out, nil
}

func (m *memStore) RetrieveTms(_ context.Context, id string, at, answerBy time.Time) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	t := m.tms[id]
	if t.Status != Started || !at.Before(t.RetrieveBy) {
		return false, nil
	}
	t.Status, t.RetrievedAt, t.AnswerBy = Retrieved, &at, &answerBy
	m.tms[id] = t
	return true, nil
}

func (m *memStore) CompleteTms(_ context.Context, id string, c Completion) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	t := m.tms[id]
	if t.Status != Retrieved || !c.At.Before(*t.AnswerBy) {
		return false, nil
	}
	t.Status, t.CompletedAt, t.CompletedBy, t.SignedData = c.Status, &c.At, c.DeviceID, c.SignedData
	m.tms[id] = t
	return true, nil
}

func (m *memStore) ExpireTms(_ context.Context, id string, now time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if t := m.tms[id]; t.ExpiredAt(now) {
		m.tms[id] = t.expire()
	}
	return nil
}

func (m *memStore) TmsCA(_ context.Context, bankID string) (StoredCA, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	ca, ok := m.cas[bankID]
	return ca, ok, nil
}

func (m *memStore) AddTmsCA(_ context.Context, ca StoredCA) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.cas[ca.BankID]; !ok {
		m.cas[ca.BankID] = ca
	}
	return nil
}

func (m *memStore) ResealTmsCA(_ context.Context, bankID, private string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	ca := m.cas[bankID]
	ca.Private = private
	m.cas[bankID] = ca
	return nil
}

func (m *memStore) CreateTmsDevice(_ context.Context, d Device) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.devices[d.ID] = d
	return nil
}

func (m *memStore) GetTmsDevice(_ context.Context, bankID, id string) (Device, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	d, ok := m.devices[id]
	if !ok || d.BankID != bankID {
		return Device{}, obperr.TmsDeviceNotFound
	}
	return d, nil
}

func (m *memStore) TmsDevices(_ context.Context, bankID, userID string) ([]Device, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Device
	for _, d := range m.devices {
		if d.BankID == bankID && d.UserID == userID {
			out = append(out, d)
		}
	}
	return out, nil
}

func (m *memStore) RevokeTmsDevice(_ context.Context, bankID, userID, id string, at time.Time) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	d, ok := m.devices[id]
	if !ok || d.BankID != bankID || d.UserID != userID || d.RevokedAt != nil {
		return false, nil
	}
	d.RevokedAt = &at
	m.devices[id] = d
	return true, nil
}

type fakeBanks struct{}

func (fakeBanks) GetBank(_ context.Context, id string) (bank.Bank, error) {
	if id != "bank" {
		return bank.Bank{}, obperr.BankNotFound
	}
	return bank.Bank{ID: id}, nil
}

type fakeUsers struct{}

func (fakeUsers) GetUser(_ context.Context, id string) (user.User, error) {
	if id == "" || id == "nobody" {
		return user.User{}, obperr.UserNotFoundByID
	}
	return user.User{ID: id, Email: id + "@example.com"}, nil
}
