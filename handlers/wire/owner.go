package wire

import "github.com/obp-go/obp/domain/user"

// Owner is OBP's user as an account holder or grantee: {id, provider, display_name}.
type Owner struct {
	ID          string `json:"id"`
	Provider    string `json:"provider"`
	DisplayName string `json:"display_name"`
}

// FromUser renders u as an owner; a user no longer found keeps at least its id.
func FromUser(id string, u user.User) Owner {
	return Owner{ID: id, Provider: u.Provider, DisplayName: u.Username}
}
