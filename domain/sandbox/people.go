package sandbox

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/routing"
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/domain/view"
)

// UserPassword is every sandbox user's password, fixed so that the README's curl session
// works as written. The sandbox is a demo: never turn OBP_SANDBOX on in production.
const UserPassword = "sandbox-password-1234"

// Person is a sandbox user with one current account at a bank.
type Person struct {
	Username, FirstName, LastName string
	BankID, AccountID, Currency   string
	IBAN                          string
	Deposits                      []Deposit
}

// Deposit funds an account through a historical transaction from the bank's funding
// account.
type Deposit struct {
	Amount, Description string
	Posted              time.Time
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 9, 0, 0, 0, time.UTC) }

// People are the sandbox users. At each bank the first person shares a custom view,
// "_family", with the second.
var People = []Person{
	{"ellie", "Ellie", "Hart", "gh.29.uk", "ellie-current", "GBP", "GB23GHBK40291700000001",
		[]Deposit{{"2500.00", "Salary", day(2024, 1, 25)}, {"120.50", "Refund", day(2024, 2, 3)}}},
	{"omar", "Omar", "Reyes", "gh.29.uk", "omar-current", "GBP", "GB93GHBK40291700000002",
		[]Deposit{{"1800.00", "Salary", day(2024, 1, 26)}}},
	{"lena", "Lena", "Brandt", "alpen.01.de", "lena-girokonto", "EUR", "DE94700202700000000001",
		[]Deposit{{"3200.00", "Gehalt", day(2024, 1, 30)}, {"75.00", "Erstattung", day(2024, 2, 12)}}},
	{"jonas", "Jonas", "Keller", "alpen.01.de", "jonas-girokonto", "EUR", "DE67700202700000000002",
		[]Deposit{{"2100.00", "Gehalt", day(2024, 1, 30)}}},
	{"sofia", "Sofia", "Navarro", "rio.07.es", "sofia-cuenta", "EUR", "ES5921070001000000000001",
		[]Deposit{{"2700.00", "Nómina", day(2024, 1, 31)}}},
	{"mateo", "Mateo", "Ruiz", "rio.07.es", "mateo-cuenta", "EUR", "ES3221070001000000000002",
		[]Deposit{{"1950.00", "Nómina", day(2024, 1, 31)}}},
}

// FundingAccountID is each sandbox bank's source of money for deposits; it goes negative.
const FundingAccountID = "sandbox-funding"

// familyView is the custom view the first person at a bank shares with the second.
var familyView = view.CustomView{Name: "_family", Description: "What the family may see: balance and transactions, no routings.",
	MetadataView: "_family", AllowedActions: []string{
		"can_see_bank_account_label", "can_see_bank_account_balance", "can_see_bank_account_currency",
		"can_see_transaction_amount", "can_see_transaction_currency", "can_see_transaction_description",
		"can_see_transaction_start_date", "can_see_transaction_finish_date", "can_see_transaction_this_bank_account",
	}}

// seedPeople creates the users, their funded accounts and the shared views that are missing.
func (s Seeder) seedPeople(ctx context.Context, admin user.User) error {
	if s.Accounts == nil {
		return nil
	}
	firstAt := map[string]user.User{}
	for _, p := range People {
		u, err := s.person(ctx, p)
		if err != nil {
			return fmt.Errorf("sandbox user %s: %w", p.Username, err)
		}
		if err := s.funding(ctx, admin, p.BankID, p.Currency); err != nil {
			return err
		}
		if err := s.personAccount(ctx, admin, u, p); err != nil {
			return fmt.Errorf("sandbox account %s: %w", p.AccountID, err)
		}
		owner, seen := firstAt[p.BankID]
		if !seen {
			firstAt[p.BankID] = u
			continue
		}
		if err := s.shareFamilyView(ctx, owner, u, p.BankID); err != nil {
			return err
		}
	}
	return nil
}

func (s Seeder) person(ctx context.Context, p Person) (user.User, error) {
	u, err := s.Users.ByUsername(ctx, s.Users.Provider(), p.Username)
	if !errors.Is(err, obperr.UserNotFoundByProviderAndUsername) {
		return u, err
	}
	return s.Users.Create(ctx, user.NewUser{Email: p.Username + "@sandbox.example", Username: p.Username,
		Password: UserPassword, FirstName: p.FirstName, LastName: p.LastName})
}

// funding makes sure the bank has its funding account, held by the administrator, and
// that the administrator may open accounts there for the sandbox people.
func (s Seeder) funding(ctx context.Context, admin user.User, bankID, currency string) error {
	if _, err := s.Entitlements.GrantUnchecked(ctx, admin.ID, bankID, role.CanCreateAccount.Name); err != nil && !errors.Is(err, obperr.EntitlementAlreadyExists) {
		return err
	}
	_, err := s.Accounts.Get(ctx, account.Ref{BankID: bankID, AccountID: FundingAccountID})
	if !errors.Is(err, obperr.BankAccountNotFound) {
		return err
	}
	_, err = s.Accounts.Create(ctx, admin.ID, bankID, account.New{ID: FundingAccountID, Label: "Sandbox funding",
		ProductCode: "SETTLEMENT", Currency: currency, Amount: "0"})
	return err
}

// personAccount opens and funds the person's account when it does not exist yet. The
// bank's administrator opens it, as only the bank may set an account's routings.
func (s Seeder) personAccount(ctx context.Context, admin, u user.User, p Person) error {
	ref := account.Ref{BankID: p.BankID, AccountID: p.AccountID}
	_, err := s.Accounts.Get(ctx, ref)
	if !errors.Is(err, obperr.BankAccountNotFound) {
		return err
	}
	if _, err := s.Accounts.Create(ctx, admin.ID, p.BankID, account.New{ID: p.AccountID, UserID: u.ID, Label: p.FirstName + "'s current account",
		ProductCode: "CURRENT", Currency: p.Currency, Amount: "0", Routings: []routing.Routing{{Scheme: "IBAN", Address: p.IBAN}}}); err != nil {
		return err
	}
	for _, d := range p.Deposits {
		if _, err := s.Transactions.RecordHistorical(ctx, transaction.Historical{
			From: account.Ref{BankID: p.BankID, AccountID: FundingAccountID}, To: ref, Currency: p.Currency, Amount: d.Amount,
			Description: d.Description, Type: "SANDBOX_TAN", Posted: d.Posted}); err != nil {
			return err
		}
	}
	return nil
}

// shareFamilyView creates the owner's "_family" view and grants it to the other person.
func (s Seeder) shareFamilyView(ctx context.Context, owner, other user.User, bankID string) error {
	for _, p := range People {
		if p.Username != owner.Username {
			continue
		}
		ref := account.Ref{BankID: bankID, AccountID: p.AccountID}
		if _, err := s.Views.Get(ctx, ref, familyView.Name); errors.Is(err, obperr.ViewNotFound) {
			if _, err := s.Views.CreateCustom(ctx, ref, view.Acting{UserID: owner.ID, ViewID: view.Owner}, familyView); err != nil {
				return err
			}
		} else if err != nil {
			return err
		}
		_, err := s.Views.Grant(ctx, ref, view.Acting{UserID: owner.ID, ViewID: view.Owner}, other.ID, familyView.Name)
		return err
	}
	return nil
}
