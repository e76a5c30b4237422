// Package role names the roles the server checks. A bank role is held at one bank
// (entitlement bank_id = that bank); a system role is held system-wide (bank_id "").
package role

// Role is a named permission a user may be entitled to.
type Role struct {
	Name           string
	RequiresBankID bool
}

// Bank returns a bank-level role.
func Bank(name string) Role { return Role{Name: name, RequiresBankID: true} }

// System returns a system-level role.
func System(name string) Role { return Role{Name: name} }

// String is the role's wire name, e.g. "CanCreateBank".
func (r Role) String() string { return r.Name }
