package identity

import "github.com/obp-go/obp/handlers"

func (a *area) createUser(c *handlers.Call) error {
	var in userPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	u, err := a.deps.Users.Create(c.Ctx, in.toNewUser())
	if err != nil {
		return err
	}
	return c.JSON(toUserJSON200(u, nil))
}

func (a *area) getCurrentUser(c *handlers.Call) error {
	p, err := a.deps.Directory.Profile(c.Ctx, c.Principal.UserID)
	if err != nil {
		return err
	}
	return c.JSON(toUserJSON300(p))
}

func (a *area) getUserByID(c *handlers.Call) error {
	p, err := a.deps.Directory.Profile(c.Ctx, c.Param("USER_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toUserJSON400(p))
}

// getUsers loads a page of users and all their grants in three reads.
func (a *area) getUsers(c *handlers.Call) error {
	limit, offset, err := c.Page()
	if err != nil {
		return err
	}
	profiles, err := a.deps.Directory.Profiles(c.Ctx, limit, offset)
	if err != nil {
		return err
	}
	return c.JSON(toUsersJSON400(profiles))
}

func (a *area) lockUser(c *handlers.Call) error {
	u, err := a.deps.Users.Lock(c.Ctx, c.Param("PROVIDER"), c.Param("USERNAME"))
	if err != nil {
		return err
	}
	return c.JSON(toUserLockStatus(u))
}

func (a *area) unlockUser(c *handlers.Call) error {
	u, err := a.deps.Users.Unlock(c.Ctx, c.Param("PROVIDER"), c.Param("USERNAME"))
	if err != nil {
		return err
	}
	return c.JSON(toBadLoginStatus(u))
}

func (a *area) getUserLockStatus(c *handlers.Call) error {
	u, err := a.deps.Users.ByUsername(c.Ctx, c.Param("PROVIDER"), c.Param("USERNAME"))
	if err != nil {
		return err
	}
	return c.JSON(toBadLoginStatus(u))
}

// getCurrentUserID answers from the principal: the caller's id needs no read.
func (a *area) getCurrentUserID(c *handlers.Call) error {
	return c.JSON(userIDJSON{UserID: c.Principal.UserID})
}
