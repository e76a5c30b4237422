package meta

import "github.com/obp-go/obp/handlers"

// apiInfoJSON is OBP's APIInfoJson400 plus the v5.1.0 stage field.
type apiInfoJSON struct {
	Version                  string                `json:"version"`
	VersionStatus            string                `json:"version_status"`
	GitCommit                string                `json:"git_commit"`
	Stage                    string                `json:"stage"`
	Connector                string                `json:"connector"`
	Hostname                 string                `json:"hostname"`
	LocalIdentityProvider    string                `json:"local_identity_provider"`
	HostedBy                 handlers.HostedBy     `json:"hosted_by"`
	HostedAt                 handlers.Organisation `json:"hosted_at"`
	EnergySource             handlers.Organisation `json:"energy_source"`
	ResourceDocsRequiresRole bool                  `json:"resource_docs_requires_role"`
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
