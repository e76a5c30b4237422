package accounts

import (
	"sort"

	"github.com/obp-go/obp/domain/view"
)

// customViewPostJSON510 is OBP's CreateCustomViewJson: a custom view made through a view
// the caller holds, its permissions named allowed_permissions.
type customViewPostJSON510 struct {
	Name                    string   `json:"name"`
	Description             string   `json:"description"`
	MetadataView            string   `json:"metadata_view"`
	IsPublic                bool     `json:"is_public"`
	WhichAliasToUse         string   `json:"which_alias_to_use"`
	HideMetadataIfAliasUsed bool     `json:"hide_metadata_if_alias_used"`
	AllowedPermissions      []string `json:"allowed_permissions"`
}

func (in customViewPostJSON510) toDomain() view.CustomView {
	return view.CustomView{Name: in.Name, Description: in.Description, MetadataView: in.MetadataView, Alias: in.WhichAliasToUse,
		IsPublic: in.IsPublic, HideMetadataIfAliasUsed: in.HideMetadataIfAliasUsed, AllowedActions: in.AllowedPermissions,
		ActionsField: "/allowed_permissions"}
}

// customViewJSON510 is OBP's CustomViewJsonV510.
type customViewJSON510 struct {
	ID                      string   `json:"id"`
	Name                    string   `json:"name"`
	Description             string   `json:"description"`
	MetadataView            string   `json:"metadata_view"`
	IsPublic                bool     `json:"is_public"`
	Alias                   string   `json:"alias"`
	HideMetadataIfAliasUsed bool     `json:"hide_metadata_if_alias_used"`
	AllowedPermissions      []string `json:"allowed_permissions"`
}

func toCustomViewJSON510(v view.View) customViewJSON510 {
	perms := make([]string, 0, len(v.Allowed))
	for p, ok := range v.Allowed {
		if ok {
			perms = append(perms, string(p))
		}
	}
	sort.Strings(perms)
	return customViewJSON510{ID: v.ID, Name: v.ShortName, Description: v.Description, MetadataView: v.MetadataView, IsPublic: v.IsPublic,
		Alias: v.Alias, HideMetadataIfAliasUsed: v.HideMetadataIfAliasUsed, AllowedPermissions: perms}
}
