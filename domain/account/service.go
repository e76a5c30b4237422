package account

import (
	"context"
	"errors"

	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/routing"
	"github.com/obp-go/obp/domain/user"
)

// HolderAccess gives an account's holder the owner view on it.
type HolderAccess interface {
	GrantOwner(ctx context.Context, userID string, ref Ref) error
}

// RoleChecker answers role questions.
type RoleChecker interface {
	HasRole(userID, bankID, roleName string) bool
}

// Banks finds the bank an account is opened at (its routings make the account's IBAN).
type Banks interface {
	GetBank(ctx context.Context, id string) (bank.Bank, error)
}

// Users finds the holder of a new account.
type Users interface {
	GetUser(ctx context.Context, id string) (user.User, error)
}

// Service holds the account use cases; it is the only way to accounts and their
// attributes.
type Service struct {
	conn   Connector
	banks  Banks
	users  Users
	roles  RoleChecker
	holder HolderAccess
	clock  clock.Clock
}

// NewService returns the account use cases over conn.
func NewService(conn Connector, banks Banks, users Users, roles RoleChecker, holder HolderAccess, clk clock.Clock) *Service {
	return &Service{conn: conn, banks: banks, users: users, roles: roles, holder: holder, clock: clk}
}

// Get returns one account (obperr.BankAccountNotFound).
func (s *Service) Get(ctx context.Context, ref Ref) (Account, error) {
	return s.conn.GetBankAccount(ctx, ref)
}

// GetMany loads several accounts at once; missing ones are left out.
func (s *Service) GetMany(ctx context.Context, refs []Ref) ([]Account, error) {
	return s.conn.GetBankAccounts(ctx, refs)
}

// Held lists the accounts userID holds at bankID, which must exist ("" for every bank).
func (s *Service) Held(ctx context.Context, bankID, userID string) ([]Account, error) {
	if bankID != "" {
		if _, err := s.banks.GetBank(ctx, bankID); err != nil {
			return nil, err
		}
	}
	return s.conn.GetAccountsHeld(ctx, bankID, userID)
}

// UpdateLabel renames an account.
func (s *Service) UpdateLabel(ctx context.Context, ref Ref, label string) error {
	return s.conn.UpdateAccountLabel(ctx, ref, label)
}

// New is what opening an account supplies (OBP's AccountPost).
type New struct {
	ID          string // "" lets the server choose
	UserID      string // the holder; "" is the caller
	Label       string
	ProductCode string
	BranchID    string
	Currency    string
	Amount      string // the initial balance: must be zero
	Routings    []routing.Routing
}

// Create opens an account for a holder: the caller themself, or anyone when the caller
// holds CanCreateAccount at the bank. The holder gets the owner view. Routings identify
// the account to payers, so only the bank chooses them: the server assigns a number and an
// IBAN, and only a holder of CanCreateAccount may set routings instead (validated).
func (s *Service) Create(ctx context.Context, callerID, bankID string, n New) (Account, error) {
	b, err := s.banks.GetBank(ctx, bankID)
	if err != nil {
		return Account{}, err
	}
	holder := n.UserID
	if holder == "" {
		holder = callerID
	}
	administrator := s.roles.HasRole(callerID, bankID, role.CanCreateAccount.Name)
	if holder != callerID && !administrator {
		return Account{}, obperr.UserHasMissingRoles.With("%s", role.CanCreateAccount.Name)
	}
	if len(n.Routings) > 0 && !administrator {
		return Account{}, obperr.UserHasMissingRoles.With("%s (needed to choose account_routings; leave them out and the bank assigns a number and an IBAN).", role.CanCreateAccount.Name)
	}
	if n.ID == "" {
		n.ID = ids.New()
	}
	if err := ValidateID(n.ID); err != nil {
		return Account{}, err
	}
	amount, err := money.FromRequest(n.Amount, n.Currency, "/balance/amount", obperr.InvalidAccountBalanceAmount)
	if err != nil {
		return Account{}, err
	}
	if amount.Minor != 0 {
		return Account{}, obperr.InitialBalanceMustBeZero
	}
	chosen, err := checkRoutings(n.Routings)
	if err != nil {
		return Account{}, err
	}
	if _, err := s.users.GetUser(ctx, holder); err != nil {
		return Account{}, err
	}
	ref := Ref{BankID: bankID, AccountID: n.ID}
	if _, err := s.conn.GetBankAccount(ctx, ref); err == nil {
		return Account{}, obperr.AccountIDAlreadyExists
	} else if !errors.Is(err, obperr.BankAccountNotFound) {
		return Account{}, err
	}
	a := Account{BankID: bankID, ID: n.ID, Label: n.Label, Number: n.ID, ProductCode: n.ProductCode, BranchID: n.BranchID,
		Balance: money.Money{Currency: amount.Currency}, Routings: chosen, HolderIDs: []string{holder}, CreatedAt: s.clock.Now()}
	created, err := s.open(ctx, b, a, len(chosen) == 0)
	if err != nil {
		return Account{}, err
	}
	return created, s.holder.GrantOwner(ctx, holder, ref)
}

// open stores the account; when the bank assigns its routings, a clash with an existing
// IBAN (a random serial drawn twice) draws again.
func (s *Service) open(ctx context.Context, b bank.Bank, a Account, assign bool) (Account, error) {
	for attempt := 0; ; attempt++ {
		if assign {
			var err error
			if a.Number, a.Routings, err = assigned(b); err != nil {
				return Account{}, err
			}
		}
		created, err := s.conn.CreateBankAccount(ctx, a)
		if !assign || attempt == 4 || !errors.Is(err, obperr.AccountRoutingAlreadyExist) {
			return created, err
		}
	}
}
