package seal

import (
	"time"

	"github.com/obp-go/obp/domain/seal"
	"github.com/obp-go/obp/handlers"
)

type enrolJSON struct {
	Name     string `json:"name"`
	Alias    string `json:"alias"`
	Platform string `json:"platform"`
	Version  string `json:"version"`
}

type keyJSON struct {
	ID        string     `json:"sealing_key_id"`
	BankID    string     `json:"bank_id"`
	UserID    string     `json:"user_id"`
	Name      string     `json:"name"`
	Alias     string     `json:"alias"`
	Platform  string     `json:"platform"`
	Version   string     `json:"version"`
	Suite     string     `json:"ocra_suite"`
	CreatedAt time.Time  `json:"created_at"`
	RevokedAt *time.Time `json:"revoked_at"`
}

// enrolledJSON is a key with its secret, answered once.
type enrolledJSON struct {
	keyJSON
	KeyHex    string `json:"key_hex"`
	KeyBase32 string `json:"key_base32"`
}

type keysJSON struct {
	Keys []keyJSON `json:"sealing_keys"`
}

func toKeyJSON(k seal.Key) keyJSON {
	return keyJSON{ID: k.ID, BankID: k.BankID, UserID: k.UserID, Name: k.Name, Alias: k.Alias, Platform: k.Platform,
		Version: k.Version, Suite: seal.SuiteText, CreatedAt: k.CreatedAt, RevokedAt: k.RevokedAt}
}

func (a *area) enrol(c *handlers.Call) error {
	var in enrolJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	e, err := a.svc.Enrol(c.Ctx, c.Param("BANK_ID"), c.Principal.UserID,
		seal.Device{Name: in.Name, Alias: in.Alias, Platform: in.Platform, Version: in.Version})
	if err != nil {
		return err
	}
	return c.JSON(enrolledJSON{keyJSON: toKeyJSON(e.Key), KeyHex: e.Hex(), KeyBase32: e.Base32()})
}

func (a *area) keys(c *handlers.Call) error {
	ks, err := a.svc.Keys(c.Ctx, c.Param("BANK_ID"), c.Principal.UserID)
	if err != nil {
		return err
	}
	out := keysJSON{Keys: make([]keyJSON, len(ks))}
	for i, k := range ks {
		out.Keys[i] = toKeyJSON(k)
	}
	return c.JSON(out)
}

func (a *area) revoke(c *handlers.Call) error {
	if err := a.svc.Revoke(c.Ctx, c.Param("BANK_ID"), c.Principal.UserID, c.Param("SEALING_KEY_ID")); err != nil {
		return err
	}
	return c.NoContent()
}
