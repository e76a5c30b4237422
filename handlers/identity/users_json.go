package identity

import (
	"github.com/obp-go/obp/domain/directory"
	"github.com/obp-go/obp/domain/entitlement"
	"github.com/obp-go/obp/domain/user"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers/wire"
)

type entitlementJSON struct {
	EntitlementID string `json:"entitlement_id"`
	RoleName      string `json:"role_name"`
	BankID        string `json:"bank_id"`
}

type entitlementsJSON struct {
	List []entitlementJSON `json:"list"`
}

type viewRefJSON struct {
	BankID    string `json:"bank_id"`
	AccountID string `json:"account_id"`
	ViewID    string `json:"view_id"`
}

type viewsJSON struct {
	List []viewRefJSON `json:"list"`
}

type agreementJSON struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

// userJSON200 is OBP's UserJsonV200.
type userJSON200 struct {
	UserID       string           `json:"user_id"`
	Email        string           `json:"email"`
	ProviderID   string           `json:"provider_id"`
	Provider     string           `json:"provider"`
	Username     string           `json:"username"`
	Entitlements entitlementsJSON `json:"entitlements"`
}

// userJSON300 is OBP's UserJsonV300 (users/current).
type userJSON300 struct {
	userJSON200
	Views viewsJSON `json:"views"`
}

// userJSON400 is OBP's UserJsonV400. OBP leaves last_marketing_agreement_signed_date out
// when there is none (its schema types it a string, never null); this server records no
// marketing agreements, so it is always left out.
type userJSON400 struct {
	userJSON300
	Agreements                       []agreementJSON `json:"agreements"`
	IsDeleted                        bool            `json:"is_deleted"`
	LastMarketingAgreementSignedDate *string         `json:"last_marketing_agreement_signed_date,omitempty"`
	IsLocked                         bool            `json:"is_locked"`
}

type usersJSON400 struct {
	Users []userJSON400 `json:"users"`
}

func toEntitlementsJSON(es []entitlement.Entitlement) entitlementsJSON {
	out := entitlementsJSON{List: make([]entitlementJSON, len(es))}
	for i, e := range es {
		out.List[i] = entitlementJSON{EntitlementID: e.ID, RoleName: e.RoleName, BankID: e.BankID}
	}
	return out
}

func toUserJSON200(u user.User, es []entitlement.Entitlement) userJSON200 {
	return userJSON200{UserID: u.ID, Email: u.Email, ProviderID: u.Username, Provider: u.Provider,
		Username: u.Username, Entitlements: toEntitlementsJSON(es)}
}

// toUserJSON300 shows the user with their entitlements and the views they hold.
func toUserJSON300(p directory.Profile) userJSON300 {
	views := viewsJSON{List: make([]viewRefJSON, len(p.Access))}
	for i, a := range p.Access {
		views.List[i] = viewRefJSON{BankID: a.BankID, AccountID: a.AccountID, ViewID: a.ViewID}
	}
	return userJSON300{userJSON200: toUserJSON200(p.User, p.Entitlements), Views: views}
}

func toUserJSON400(p directory.Profile) userJSON400 {
	return userJSON400{userJSON300: toUserJSON300(p), Agreements: []agreementJSON{}, IsLocked: p.User.Locked()}
}

func toUsersJSON400(profiles []directory.Profile) usersJSON400 {
	out := usersJSON400{Users: make([]userJSON400, len(profiles))}
	for i, p := range profiles {
		out.Users[i] = toUserJSON400(p)
	}
	return out
}

// badLoginStatusJSON is OBP's BadLoginStatusJson, plus is_locked. A user who never failed
// to log in has no last_failure_date: it is left out (OBP's schema types it a string).
type badLoginStatusJSON struct {
	Username                           string  `json:"username"`
	BadAttemptsSinceLastSuccessOrReset int     `json:"bad_attempts_since_last_success_or_reset"`
	LastFailureDate                    *string `json:"last_failure_date,omitempty"`
	IsLocked                           bool    `json:"is_locked"`
}

type userLockStatusJSON struct {
	UserID       string `json:"user_id"`
	TypeOfLock   string `json:"type_of_lock"`
	LastLockDate string `json:"last_lock_date"`
}

// toUserLockStatus shows a user the lock has just locked.
func toUserLockStatus(u user.User) userLockStatusJSON {
	return userLockStatusJSON{UserID: u.ID, TypeOfLock: "lock_via_api", LastLockDate: wire.Time(*u.LockedAt)}
}

func toBadLoginStatus(u user.User) badLoginStatusJSON {
	return badLoginStatusJSON{Username: u.Username, BadAttemptsSinceLastSuccessOrReset: u.FailedLogins,
		LastFailureDate: wire.TimePtr(u.LastFailureAt), IsLocked: u.Locked()}
}

type userPostJSON struct {
	Email     string `json:"email"`
	Username  string `json:"username"`
	Password  string `json:"password"`
	FirstName string `json:"first_name"`
	LastName  string `json:"last_name"`
}

func (in userPostJSON) toNewUser() user.NewUser {
	return user.NewUser{Email: in.Email, Username: in.Username, Password: in.Password, FirstName: in.FirstName, LastName: in.LastName}
}

type userIDJSON struct {
	UserID string `json:"user_id"`
}

var exampleEntitlements = []entitlement.Entitlement{{ID: "6fb17583-1e49-4435-bb74-a14fe0996723", BankID: "gh.29.uk", RoleName: "CanCreateAccount"}}

var exampleProfile = directory.Profile{User: wire.ExampleUser, Entitlements: exampleEntitlements,
	Access: []view.Access{{BankID: "gh.29.uk", AccountID: "8ca8a7e4-6d02-40e3-a129-0b2bf89de9f0", ViewID: "owner"}}}
