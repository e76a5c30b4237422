package handlers

import (
	"github.com/obp-go/obp/domain/obperr"
)

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

// apiInfoJSON is OBP's APIInfoJson400 plus the v5.1.0 stage field.
type apiInfoJSON struct {
	Version                  string       `json:"version"`
	VersionStatus            string       `json:"version_status"`
	GitCommit                string       `json:"git_commit"`
	Stage                    string       `json:"stage"`
	Connector                string       `json:"connector"`
	Hostname                 string       `json:"hostname"`
	LocalIdentityProvider    string       `json:"local_identity_provider"`
	HostedBy                 HostedBy     `json:"hosted_by"`
	HostedAt                 Organisation `json:"hosted_at"`
	EnergySource             Organisation `json:"energy_source"`
	ResourceDocsRequiresRole bool         `json:"resource_docs_requires_role"`
}

type scannedVersionJSON struct {
	URLPrefix       string `json:"urlPrefix"`
	APIStandard     string `json:"apiStandard"`
	APIShortVersion string `json:"apiShortVersion"`
	APIVersion      string `json:"API_VERSION"`
}

type scannedVersionsJSON struct {
	ScannedAPIVersions []scannedVersionJSON `json:"scanned_api_versions"`
}

func (s *Server) apiInfo() apiInfoJSON {
	return apiInfoJSON{
		Version:                  apiVersion,
		VersionStatus:            "BLEEDING_EDGE",
		GitCommit:                s.info.GitCommit,
		Stage:                    s.info.Stage,
		Connector:                s.info.Connector,
		Hostname:                 s.info.Hostname,
		LocalIdentityProvider:    s.info.Hostname,
		HostedBy:                 s.info.HostedBy,
		HostedAt:                 s.info.HostedAt,
		EnergySource:             s.info.EnergyFrom,
		ResourceDocsRequiresRole: s.info.DocsNeedRole,
	}
}

var versionsServed = scannedVersionsJSON{ScannedAPIVersions: []scannedVersionJSON{
	{URLPrefix: "obp", APIStandard: "obp", APIShortVersion: apiVersion, APIVersion: apiVersion},
}}

func (s *Server) rootDocs() []ResourceDoc {
	return []ResourceDoc{
		{
			OperationID: "OBPv5.1.0-root",
			Verb:        "GET",
			Path:        apiPrefix + "/root",
			Summary:     "Get API Info (root)",
			Description: "Returns the API version, its status, the git commit the server was built from, " +
				"the stage, the connector in use and who hosts this deployment.",
			Tags:            []string{"API"},
			ExampleResponse: s.apiInfo(),
			Handle:          func(c *Call) error { return c.JSON(s.apiInfo()) },
		},
		{
			OperationID:     "OBPv4.0.0-getScannedApiVersions",
			Verb:            "GET",
			Path:            apiPrefix + "/api/versions",
			Summary:         "Get scanned API Versions",
			Description:     "Lists the API versions this server serves.",
			Tags:            []string{"Documentation", "API"},
			ExampleResponse: versionsServed,
			Handle:          func(c *Call) error { return c.JSON(versionsServed) },
		},
	}
}

// errorsOf is a readability helper for resource docs.
func errorsOf(codes ...*obperr.Code) []*obperr.Code { return codes }
