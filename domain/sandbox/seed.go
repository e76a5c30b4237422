package sandbox

import (
	"context"
	"errors"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/domain/view"
)

// Seeder writes the sandbox through the domain services and ports.
type Seeder struct {
	Banks        bank.Connector
	Users        *user.Service
	Consumers    *consumer.Service
	Entitlements *entitlement.Service
	Customers    *customer.Service // nil: no sandbox customers
	Accounts     *account.Service  // nil: no sandbox people and accounts
	Transactions *transaction.Service
	Views        *view.Service

	// Fixed credentials; empty ones are generated and reported once, in Result.
	AdminUsername string
	AdminPassword string
	ConsumerKey   string
}

// Result says what a seed run created. Credentials appear only when created now: they
// are not stored in clear and cannot be shown again.
type Result struct {
	BanksCreated   int
	AdminCreated   bool
	AdminUsername  string
	AdminPassword  string
	ConsumerKey    string
	ConsumerSecret string
}

// DefaultAdminUsername is the sandbox administrator when OBP_ADMIN_USERNAME is unset.
const DefaultAdminUsername = "admin"

// sandboxConsumerApp names the sandbox consumer, so that a second run finds it.
const sandboxConsumerApp = "OBP sandbox app"

// Seed creates what is missing and leaves what exists, so running it twice changes nothing.
func (s Seeder) Seed(ctx context.Context) (Result, error) {
	var res Result
	for _, b := range Banks {
		_, err := s.Banks.GetBank(ctx, b.ID)
		if err == nil {
			continue
		}
		if !errors.Is(err, obperr.BankNotFound) {
			return res, err
		}
		if _, err := s.Banks.CreateOrUpdateBank(ctx, b); err != nil {
			return res, err
		}
		res.BanksCreated++
	}
	admin, err := s.seedAdmin(ctx, &res)
	if err != nil {
		return res, err
	}
	if err := s.seedPeople(ctx, admin); err != nil {
		return res, err
	}
	if err := s.seedCustomers(ctx, admin); err != nil {
		return res, err
	}
	return res, s.seedConsumer(ctx, admin, &res)
}

func (s Seeder) seedAdmin(ctx context.Context, res *Result) (user.User, error) {
	username := s.AdminUsername
	if username == "" {
		username = DefaultAdminUsername
	}
	u, err := s.Users.ByUsername(ctx, s.Users.Provider(), username)
	if errors.Is(err, obperr.UserNotFoundByProviderAndUsername) {
		password := s.AdminPassword
		if password == "" {
			password = ids.Secret(24) // 24 characters: over 17, so always a strong password
		}
		u, err = s.Users.Create(ctx, user.NewUser{Email: username + "@sandbox.example", Username: username,
			Password: password, FirstName: "Sandbox", LastName: "Administrator"})
		if err != nil {
			return u, err
		}
		res.AdminCreated, res.AdminUsername, res.AdminPassword = true, username, password
	} else if err != nil {
		return u, err
	}
	return u, s.grantSystemRoles(ctx, u)
}

// grantSystemRoles gives the administrator every system role it lacks, so that roles a
// newer server adds reach an existing sandbox too.
func (s Seeder) grantSystemRoles(ctx context.Context, u user.User) error {
	held, err := s.Entitlements.ForUser(ctx, u.ID)
	if err != nil {
		return err
	}
	has := map[string]bool{}
	for _, e := range held {
		if e.BankID == "" {
			has[e.RoleName] = true
		}
	}
	for _, r := range role.All {
		if r.RequiresBankID || has[r.Name] {
			continue
		}
		if _, err := s.Entitlements.GrantUnchecked(ctx, u.ID, "", r.Name); err != nil && !errors.Is(err, obperr.EntitlementAlreadyExists) {
			return err
		}
	}
	return nil
}

func (s Seeder) seedConsumer(ctx context.Context, admin user.User, res *Result) error {
	if s.ConsumerKey != "" {
		if _, err := s.Consumers.ByKey(ctx, s.ConsumerKey); err == nil {
			return nil
		}
	} else {
		mine, err := s.Consumers.CreatedBy(ctx, admin.ID, 100, 0)
		if err != nil {
			return err
		}
		for _, c := range mine {
			if c.AppName == sandboxConsumerApp {
				return nil
			}
		}
	}
	c, secret, err := s.Consumers.Create(ctx, consumer.NewConsumer{Key: s.ConsumerKey, AppName: sandboxConsumerApp,
		AppType: "Web", Description: "The sandbox's own app, for DirectLogin from curl, Postman and SDKs.",
		DeveloperEmail: admin.Email, CreatedByUserID: admin.ID, Enabled: true})
	if err != nil {
		return err
	}
	res.ConsumerKey, res.ConsumerSecret = c.Key, secret
	return nil
}
