package identity

import (
	"github.com/obp-go/obp/domain/auth"
	"github.com/obp-go/obp/handlers"
)

// directLogin reads its credentials from the headers: the doc's Auth is OwnCredentials.
func (a *area) directLogin(c *handlers.Call) error {
	params, err := auth.DirectLoginFrom(auth.Headers{DirectLogin: c.Header("DirectLogin"), Authorization: c.Header("Authorization")})
	if err != nil {
		return err
	}
	token, consumerID, err := a.deps.Auth.Login(c.Ctx, params)
	if err != nil {
		return err
	}
	return c.JSON(directLoginJSON{Token: token, ConsumerID: consumerID})
}

// directLogout revokes the token the caller authenticated with.
func (a *area) directLogout(c *handlers.Call) error {
	if err := a.deps.Auth.Logout(c.Ctx, c.Principal); err != nil {
		return err
	}
	return c.NoContent()
}
