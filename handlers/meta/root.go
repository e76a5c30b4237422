package meta

import "github.com/obp-go/obp/handlers"

func (a *area) rootDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv1.2.1-root",
			Verb:        "GET",
			Path:        "/obp/v1.2.1/root",
			Summary:     "Get API Info (root)",
			Description: "Returns the API version the call came in under and its status, the git commit the server " +
				"was built from, the stage, the connector in use and who hosts this deployment.",
			Tags:            []string{"API"},
			ExampleResponse: a.apiInfo(handlers.LatestVersion),
			Handle:          a.getRoot,
		},
		{
			// OBP answers the bare version prefix as its root; OBP's Postman collection and
			// older demos call it. Ours: OBP has no operation id of its own for it.
			OperationID:     "OBPv1.2.1-rootOfVersion",
			Verb:            "GET",
			Path:            "/obp/v1.2.1",
			Summary:         "Get API Info (the version's bare prefix)",
			Description:     "The same as root, at /obp/VERSION.",
			Tags:            []string{"API"},
			ExampleResponse: a.apiInfo(handlers.LatestVersion),
			Handle:          a.getRoot,
		},
		{
			OperationID:     "OBPv4.0.0-getScannedApiVersions",
			Verb:            "GET",
			Path:            "/obp/v4.0.0/api/versions",
			Summary:         "Get scanned API Versions",
			Description:     "Lists the API versions this server serves.",
			Tags:            []string{"Documentation", "API"},
			ExampleResponse: versionsServed,
			Handle:          getVersions,
		},
	}
}

func (a *area) getRoot(c *handlers.Call) error {
	v, _ := handlers.VersionOf(c.Version())
	return c.JSON(a.apiInfo(v))
}

func getVersions(c *handlers.Call) error { return c.JSON(versionsServed) }

func (a *area) apiInfo(v handlers.Version) apiInfoJSON {
	i := a.deps.Info
	return apiInfoJSON{
		Version:                  v.Name,
		VersionStatus:            v.Status,
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

// versionsServed lists every version this server speaks.
var versionsServed = func() scannedVersionsJSON {
	out := scannedVersionsJSON{ScannedAPIVersions: make([]scannedVersionJSON, len(handlers.Versions))}
	for i, v := range handlers.Versions {
		out.ScannedAPIVersions[i] = scannedVersionJSON{URLPrefix: "obp", APIStandard: "obp", APIShortVersion: v.Name, APIVersion: v.Name}
	}
	return out
}()
