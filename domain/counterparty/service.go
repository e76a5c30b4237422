package counterparty

import (
	"context"
	"errors"
	"strings"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/view"
)

// MaxPage bounds one list of counterparties.
const MaxPage = 1000

// Banks finds a bank (obperr.BankNotFound otherwise).
type Banks interface {
	GetBank(ctx context.Context, id string) (bank.Bank, error)
}

// Accounts finds an account (obperr.BankAccountNotFound otherwise).
type Accounts interface {
	GetBankAccount(ctx context.Context, ref account.Ref) (account.Account, error)
}

// Views finds a view of an account (obperr.ViewNotFound otherwise): the management
// endpoints name a view without passing the view guard.
type Views interface {
	Get(ctx context.Context, ref account.Ref, viewID string) (view.View, error)
}

// Service holds the counterparty use cases. Every one is about one account and one view
// of it; a counterparty of another account or view is not found.
type Service struct {
	conn     Connector
	banks    Banks
	accounts Accounts
	views    Views
	clock    clock.Clock
}

// NewService returns the counterparty use cases over conn.
func NewService(conn Connector, banks Banks, accounts Accounts, views Views, clk clock.Clock) *Service {
	return &Service{conn: conn, banks: banks, accounts: accounts, views: views, clock: clk}
}

// Create saves a payee on ref under viewID for userID. A name the account and view
// already use is OBP-30014.
func (s *Service) Create(ctx context.Context, userID string, ref account.Ref, viewID string, n New) (Counterparty, error) {
	if err := s.accountView(ctx, ref, viewID); err != nil {
		return Counterparty{}, err
	}
	c, err := n.counterparty()
	if err != nil {
		return Counterparty{}, err
	}
	if _, err := s.conn.GetCounterpartyByName(ctx, ref, viewID, c.Name); err == nil {
		return Counterparty{}, obperr.CounterpartyAlreadyExists
	} else if !errors.Is(err, obperr.CounterpartyNotFound) {
		return Counterparty{}, err
	}
	c.ID, c.CreatedByUserID, c.CreatedAt = ids.New(), userID, s.clock.Now()
	c.ThisBankID, c.ThisAccountID, c.ThisViewID = ref.BankID, ref.AccountID, viewID
	return s.conn.CreateCounterparty(ctx, c)
}

// List returns a page of the account's counterparties under viewID, oldest first.
func (s *Service) List(ctx context.Context, ref account.Ref, viewID string, limit, offset int) ([]Counterparty, error) {
	if err := s.accountView(ctx, ref, viewID); err != nil {
		return nil, err
	}
	if limit <= 0 || limit > MaxPage {
		limit = MaxPage
	}
	return s.conn.GetCounterparties(ctx, ref, viewID, limit, max(offset, 0))
}

// Get returns one counterparty of the account under viewID.
func (s *Service) Get(ctx context.Context, ref account.Ref, viewID, counterpartyID string) (Counterparty, error) {
	if err := s.accountView(ctx, ref, viewID); err != nil {
		return Counterparty{}, err
	}
	c, err := s.conn.GetCounterpartyByCounterpartyID(ctx, counterpartyID)
	if err != nil {
		return Counterparty{}, err
	}
	if c.ThisAccount() != ref || c.ThisViewID != viewID {
		return Counterparty{}, obperr.CounterpartyNotFoundByCounterpartyID
	}
	return c, nil
}

// GetByName returns the account's counterparty of that name under viewID (OBP-30004 otherwise).
func (s *Service) GetByName(ctx context.Context, ref account.Ref, viewID, name string) (Counterparty, error) {
	if err := s.accountView(ctx, ref, viewID); err != nil {
		return Counterparty{}, err
	}
	c, err := s.conn.GetCounterpartyByName(ctx, ref, viewID, name)
	if errors.Is(err, obperr.CounterpartyNotFound) {
		return Counterparty{}, obperr.CounterpartyNotFound.With("No COUNTERPARTY_NAME(%s) for this BANK_ID, ACCOUNT_ID and VIEW_ID.", name)
	}
	return c, err
}

// Delete removes one counterparty of the account under viewID.
func (s *Service) Delete(ctx context.Context, ref account.Ref, viewID, counterpartyID string) error {
	if _, err := s.Get(ctx, ref, viewID, counterpartyID); err != nil {
		return err
	}
	return s.conn.DeleteCounterpartyByCounterpartyID(ctx, counterpartyID)
}

// Beneficiary returns a counterparty of the account (under any view) that payments may be
// sent to: OBP-30017 when the account has no such counterparty, OBP-30013 when it is not
// marked is_beneficiary.
func (s *Service) Beneficiary(ctx context.Context, ref account.Ref, counterpartyID string) (Counterparty, error) {
	c, err := s.conn.GetCounterpartyByCounterpartyID(ctx, counterpartyID)
	if err != nil {
		return Counterparty{}, err
	}
	if c.ThisAccount() != ref {
		return Counterparty{}, obperr.CounterpartyNotFoundByCounterpartyID
	}
	if !c.IsBeneficiary {
		return Counterparty{}, obperr.CounterpartyBeneficiaryPermit
	}
	return c, nil
}

// accountView checks, in OBP's order, that the bank, the account and the view exist.
func (s *Service) accountView(ctx context.Context, ref account.Ref, viewID string) error {
	if _, err := s.banks.GetBank(ctx, ref.BankID); err != nil {
		return err
	}
	if _, err := s.accounts.GetBankAccount(ctx, ref); err != nil {
		return err
	}
	_, err := s.views.Get(ctx, ref, viewID)
	return err
}

// counterparty checks n and turns it into a Counterparty without id, owner or account.
func (n New) counterparty() (Counterparty, error) {
	if strings.TrimSpace(n.Name) == "" {
		return Counterparty{}, obperr.InvalidRequestPayload.Field("/name", "name must not be empty.")
	}
	if !money.ValidCurrency(n.Currency) {
		return Counterparty{}, obperr.InvalidISOCurrencyCode.Field("/currency", "currency: got %q.", n.Currency)
	}
	bespoke := make([]Bespoke, len(n.Bespoke))
	copy(bespoke, n.Bespoke)
	return Counterparty{Name: n.Name, Description: n.Description, Currency: n.Currency,
		OtherAccountRouting: n.OtherAccountRouting, OtherAccountSecondaryRouting: n.OtherAccountSecondaryRouting,
		OtherBankRouting: n.OtherBankRouting, OtherBranchRouting: n.OtherBranchRouting,
		IsBeneficiary: n.IsBeneficiary, Bespoke: bespoke}, nil
}
