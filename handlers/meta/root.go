package meta

import "github.com/obp-go/obp/handlers"

// apiVersion is the version this server answers as in /root.
const apiVersion = "v5.1.0"

func (a *area) rootDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv5.1.0-root",
			Verb:        "GET",
			Path:        "/obp/v5.1.0/root",
			Summary:     "Get API Info (root)",
			Description: "Returns the API version, its status, the git commit the server was built from, " +
				"the stage, the connector in use and who hosts this deployment.",
			Tags:            []string{"API"},
			ExampleResponse: a.apiInfo(),
			Handle:          a.getRoot,
		},
		{
			OperationID:     "OBPv4.0.0-getScannedApiVersions",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/api/versions",
			Summary:         "Get scanned API Versions",
			Description:     "Lists the API versions this server serves.",
			Tags:            []string{"Documentation", "API"},
			ExampleResponse: versionsServed,
			Handle:          getVersions,
		},
	}
}

func (a *area) getRoot(c *handlers.Call) error { return c.JSON(a.apiInfo()) }

func getVersions(c *handlers.Call) error { return c.JSON(versionsServed) }

func (a *area) apiInfo() apiInfoJSON {
	i := a.deps.Info
	return apiInfoJSON{
		Version:                  apiVersion,
		VersionStatus:            "BLEEDING_EDGE",
		GitCommit:                i.GitCommit,
		Stage:                    i.Stage,
		Connector:                i.Connector,
		Hostname:                 i.Hostname,
		LocalIdentityProvider:    i.Hostname,
		HostedBy:                 i.HostedBy,
		HostedAt:                 i.HostedAt,
		EnergySource:             i.EnergyFrom,
		ResourceDocsRequiresRole: i.DocsNeedRole,
	}
}

var versionsServed = scannedVersionsJSON{ScannedAPIVersions: []scannedVersionJSON{
	{URLPrefix: "obp", APIStandard: "obp", APIShortVersion: apiVersion, APIVersion: apiVersion},
}}
