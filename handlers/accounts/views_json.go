package accounts

import (
	"encoding/json"
	"slices"
	"strconv"

	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers/wire"
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
		m[string(p)] = v.Can(p)
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

// customViewJSON is OBP's CreateViewJsonV300: a new view's name and its settings.
type customViewJSON struct {
	Name string `json:"name"`
	viewUpdateJSON
}

// viewUpdateJSON is OBP's UpdateViewJsonV300: the settings of an existing view, whose
// name is in the path.
type viewUpdateJSON struct {
	Description             string   `json:"description"`
	MetadataView            string   `json:"metadata_view"`
	IsPublic                bool     `json:"is_public"`
	WhichAliasToUse         string   `json:"which_alias_to_use"`
	HideMetadataIfAliasUsed bool     `json:"hide_metadata_if_alias_used"`
	AllowedActions          []string `json:"allowed_actions"`
}

func (in customViewJSON) toDomain() view.CustomView {
	v := in.viewUpdateJSON.toDomain()
	v.Name = in.Name
	return v
}

func (in viewUpdateJSON) toDomain() view.CustomView {
	return view.CustomView{Description: in.Description, MetadataView: in.MetadataView, Alias: in.WhichAliasToUse,
		IsPublic: in.IsPublic, HideMetadataIfAliasUsed: in.HideMetadataIfAliasUsed, AllowedActions: in.AllowedActions}
}

type accessPostJSON struct {
	UserID string `json:"user_id"`
	ViewID string `json:"view_id"`
}

type revokedJSON struct {
	Revoked bool `json:"revoked"`
}

type permissionJSON struct {
	User  wire.Owner       `json:"user"`
	Views []map[string]any `json:"views"`
}

func toPermissionJSON(g view.Grantee) permissionJSON {
	views := make([]map[string]any, len(g.Views))
	for i, v := range g.Views {
		views[i] = viewJSON(v)
	}
	return permissionJSON{User: wire.FromUser(g.User.ID, g.User), Views: views}
}

type permissionsJSON struct {
	Permissions []permissionJSON `json:"permissions"`
}

var exampleCustomView = customViewJSON{Name: "_family", viewUpdateJSON: viewUpdateJSON{Description: "For the family", MetadataView: "_family",
	WhichAliasToUse: "family", AllowedActions: []string{"can_see_transaction_amount", "can_see_bank_account_label"}}}

var exampleOwnerView, _ = view.System(view.Owner)

// viewKeys are viewJSON's keys in the order encoding/json writes a map's: sorted.
var viewKeys = func() []string {
	keys := []string{"id", "short_name", "description", "metadata_view", "is_public", "is_system", "is_firehose", "alias",
		"hide_metadata_if_alias_used", "can_grant_access_to_views", "can_revoke_access_to_views"}
	for _, p := range view.Permissions {
		keys = append(keys, string(p))
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}()

// viewKeysEncoded are viewKeys as they start a member: `"key":`, encoded once.
var viewKeysEncoded = func() [][]byte {
	out := make([][]byte, len(viewKeys))
	for i, k := range viewKeys {
		out[i] = append(appendJSON(nil, k), ':')
	}
	return out
}()

// appendViewJSON appends viewJSON's encoding, byte for byte as encoding/json writes the
// map, without building or sorting a map per view:
// a view of every permission is in every account read.
func appendViewJSON(b []byte, v view.View) []byte {
	b = append(b, '{')
	for i, k := range viewKeys {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, viewKeysEncoded[i]...)
		switch k {
		case "id":
			b = appendJSON(b, v.ID)
		case "short_name":
			b = appendJSON(b, v.ShortName)
		case "description":
			b = appendJSON(b, v.Description)
		case "metadata_view":
			b = appendJSON(b, v.MetadataView)
		case "alias":
			b = appendJSON(b, v.Alias)
		case "is_public":
			b = strconv.AppendBool(b, v.IsPublic)
		case "is_system":
			b = strconv.AppendBool(b, v.IsSystem)
		case "is_firehose":
			b = strconv.AppendBool(b, v.IsFirehose)
		case "hide_metadata_if_alias_used":
			b = strconv.AppendBool(b, v.HideMetadataIfAliasUsed)
		case "can_grant_access_to_views":
			b = appendJSON(b, nonNil(v.CanGrantAccessToViews))
		case "can_revoke_access_to_views":
			b = appendJSON(b, nonNil(v.CanRevokeAccessToViews))
		default:
			b = strconv.AppendBool(b, v.Can(view.Permission(k)))
		}
	}
	return append(b, '}')
}

// appendJSON appends v as encoding/json writes it (strings and string lists here, which
// cannot fail to encode). A string of plain characters is quoted as it is.
func appendJSON(b []byte, v any) []byte {
	switch v := v.(type) {
	case string:
		if plain(v) {
			b = append(b, '"')
			b = append(b, v...)
			return append(b, '"')
		}
	case []string:
		if !slices.ContainsFunc(v, func(s string) bool { return !plain(s) }) {
			b = append(b, '[')
			for i, s := range v {
				if i > 0 {
					b = append(b, ',')
				}
				b = appendJSON(b, s)
			}
			return append(b, ']')
		}
	}
	raw, _ := json.Marshal(v)
	return append(b, raw...)
}

// plain is whether encoding/json writes s between quotes unchanged: printable ASCII
// other than the quote, the backslash and the characters it escapes for HTML.
func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c >= 0x7f, c == '"', c == '\\', c == '<', c == '>', c == '&':
			return false
		}
	}
	return true
}
