package meta

import "github.com/obp-go/obp/handlers"

// apiInfoJSON600 is OBP's v6.0.0 root: APIInfoJson400's fields, without stage.
type apiInfoJSON600 struct {
	Version                  string                `json:"version"`
	VersionStatus            string                `json:"version_status"`
	GitCommit                string                `json:"git_commit"`
	Connector                string                `json:"connector"`
	Hostname                 string                `json:"hostname"`
	LocalIdentityProvider    string                `json:"local_identity_provider"`
	HostedBy                 handlers.HostedBy     `json:"hosted_by"`
	HostedAt                 handlers.Organisation `json:"hosted_at"`
	EnergySource             handlers.Organisation `json:"energy_source"`
	ResourceDocsRequiresRole bool                  `json:"resource_docs_requires_role"`
}

// scannedVersionJSON600 is an entry of OBP's v6.0.0 scanned_api_versions.
type scannedVersionJSON600 struct {
	URLPrefix             string `json:"url_prefix"`
	APIStandard           string `json:"api_standard"`
	APIShortVersion       string `json:"api_short_version"`
	FullyQualifiedVersion string `json:"fully_qualified_version"`
	IsActive              bool   `json:"is_active"`
}

type scannedVersionsJSON600 struct {
	ScannedAPIVersions []scannedVersionJSON600 `json:"scanned_api_versions"`
}
