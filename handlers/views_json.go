package handlers

import (
	"github.com/obp-go/obp/domain/view"
)

// viewJSON renders OBP's View500 shape: the view's settings and every permission as a
// boolean (View300 is the same without the two lists).
func viewJSON(v view.View) map[string]any {
	m := map[string]any{
		"id": v.ID, "short_name": v.ShortName, "description": v.Description, "metadata_view": v.MetadataView,
		"is_public": v.IsPublic, "is_system": v.IsSystem, "is_firehose": v.IsFirehose, "alias": v.Alias,
		"hide_metadata_if_alias_used": v.HideMetadataIfAliasUsed,
		"can_grant_access_to_views":   nonNil(v.CanGrantAccessToViews),
		"can_revoke_access_to_views":  nonNil(v.CanRevokeAccessToViews),
	}
	for _, p := range view.Permissions {
		m[p] = v.Can(p)
	}
	return m
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

type viewBasicJSON struct {
	ID          string `json:"id"`
	ShortName   string `json:"short_name"`
	Description string `json:"description"`
	IsPublic    bool   `json:"is_public"`
}

func toViewBasic(v view.View) viewBasicJSON {
	return viewBasicJSON{ID: v.ID, ShortName: v.ShortName, Description: v.Description, IsPublic: v.IsPublic}
}

type viewsJSON500 struct {
	Views []map[string]any `json:"views"`
}
