package handlers

import "github.com/obp-go/obp/domain/obperr"

// Info is what the root endpoint tells about this deployment.
type Info struct {
	GitCommit    string
	Stage        string // e.g. "dev", "sandbox", "production"
	Connector    string // "mapped", "rest", ...
	Hostname     string // public base URL, e.g. http://127.0.0.1:8080
	HostedBy     HostedBy
	HostedAt     Organisation
	EnergyFrom   Organisation
	DocsNeedRole bool
}

// HostedBy names who runs this deployment.
type HostedBy struct {
	Organisation        string `json:"organisation"`
	Email               string `json:"email"`
	Phone               string `json:"phone"`
	OrganisationWebsite string `json:"organisation_website"`
}

// Organisation is a name and website.
type Organisation struct {
	Organisation        string `json:"organisation"`
	OrganisationWebsite string `json:"organisation_website"`
}

// ErrorsOf is a readability helper for resource docs.
func ErrorsOf(codes ...*obperr.Code) []*obperr.Code { return codes }
