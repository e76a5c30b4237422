package accounts

import "github.com/obp-go/obp/domain/view"

// accessPostJSONV400 is OBP's PostAccountAccessJsonV400: the user and the view, by id and kind.
type accessPostJSONV400 struct {
	UserID string          `json:"user_id"`
	View   postViewJSON400 `json:"view"`
}

// postViewJSON400 is OBP's PostViewJsonV400.
type postViewJSON400 struct {
	ViewID   string `json:"view_id"`
	IsSystem bool   `json:"is_system"`
}

func (in accessPostJSONV400) target() view.Target {
	return view.Target{ViewID: in.View.ViewID, IsSystem: in.View.IsSystem}
}
