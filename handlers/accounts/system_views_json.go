package accounts

import "github.com/obp-go/obp/domain/view"

// systemViewPutJSON is OBP's UpdateViewJsonV500: a system view's settings, its name being
// its id in the path.
type systemViewPutJSON struct {
	Description             string   `json:"description"`
	MetadataView            string   `json:"metadata_view"`
	IsPublic                bool     `json:"is_public"`
	IsFirehose              bool     `json:"is_firehose"`
	WhichAliasToUse         string   `json:"which_alias_to_use"`
	HideMetadataIfAliasUsed bool     `json:"hide_metadata_if_alias_used"`
	AllowedActions          []string `json:"allowed_actions"`
	CanGrantAccessToViews   []string `json:"can_grant_access_to_views"`
	CanRevokeAccessToViews  []string `json:"can_revoke_access_to_views"`
}

func (in systemViewPutJSON) toDomain() view.SystemView {
	return view.SystemView{Description: in.Description, MetadataView: in.MetadataView, Alias: in.WhichAliasToUse,
		IsPublic: in.IsPublic, IsFirehose: in.IsFirehose, HideMetadataIfAliasUsed: in.HideMetadataIfAliasUsed,
		AllowedActions: in.AllowedActions, CanGrantAccessToViews: in.CanGrantAccessToViews, CanRevokeAccessToViews: in.CanRevokeAccessToViews}
}

// systemViewPostJSON is OBP's CreateViewJsonV500: the name (the new view's id) and the
// settings, without is_firehose.
type systemViewPostJSON struct {
	Name                    string   `json:"name"`
	Description             string   `json:"description"`
	MetadataView            string   `json:"metadata_view"`
	IsPublic                bool     `json:"is_public"`
	WhichAliasToUse         string   `json:"which_alias_to_use"`
	HideMetadataIfAliasUsed bool     `json:"hide_metadata_if_alias_used"`
	AllowedActions          []string `json:"allowed_actions"`
	CanGrantAccessToViews   []string `json:"can_grant_access_to_views"`
	CanRevokeAccessToViews  []string `json:"can_revoke_access_to_views"`
}

func (in systemViewPostJSON) toDomain() view.SystemView {
	return view.SystemView{Name: in.Name, Description: in.Description, MetadataView: in.MetadataView, Alias: in.WhichAliasToUse,
		IsPublic: in.IsPublic, HideMetadataIfAliasUsed: in.HideMetadataIfAliasUsed, AllowedActions: in.AllowedActions,
		CanGrantAccessToViews: in.CanGrantAccessToViews, CanRevokeAccessToViews: in.CanRevokeAccessToViews}
}

type viewIDJSON struct {
	ID string `json:"id"`
}

// viewIDsJSON is OBP's ViewsIdsJsonV500.
type viewIDsJSON struct {
	Views []viewIDJSON `json:"views"`
}
