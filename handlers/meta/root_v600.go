package meta

import "github.com/obp-go/obp/handlers"

// v600Docs are the meta endpoints v6.0.0 declares again with another shape: the root
// without our stage field (OBP's APIInfoJsonV600), and the versions list in snake case
// with each version's active status.
func (a *area) v600Docs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv6.0.0-root",
			Verb:        "GET",
			Path:        "/obp/v6.0.0/root",
			Summary:     "Get API Info (root)",
			Description: "Returns the API version the call came in under and its status, the git commit the server " +
				"was built from, the connector in use and who hosts this deployment.",
			Tags:            []string{"API"},
			ExampleResponse: a.apiInfoV600(handlers.LatestVersion),
			Handle:          a.getRootV600,
		},
		{
			// The bare prefix answers as the version's root (see OBPv1.2.1-rootOfVersion).
			OperationID:     "OBPv6.0.0-rootOfVersion",
			Verb:            "GET",
			Path:            "/obp/v6.0.0",
			Summary:         "Get API Info (the version's bare prefix)",
			Description:     "The same as root, at /obp/VERSION.",
			Tags:            []string{"API"},
			ExampleResponse: a.apiInfoV600(handlers.LatestVersion),
			Handle:          a.getRootV600,
		},
		{
			OperationID: "OBPv6.0.0-getScannedApiVersions",
			Verb:        "GET",
			Path:        "/obp/v6.0.0/api/versions",
			Summary:     "Get Scanned API Versions",
			Description: "Lists the API versions this server serves, each with its URL prefix, standard, short and " +
				"fully qualified name, and whether it is active (every version listed here is).",
			Tags:            []string{"Documentation", "API"},
			ExampleResponse: versionsServedV600,
			Handle:          getVersionsV600,
		},
	}
}

func (a *area) getRootV600(c *handlers.Call) error {
	v, _ := handlers.VersionOf(c.Version())
	return c.JSON(a.apiInfoV600(v))
}

func getVersionsV600(c *handlers.Call) error { return c.JSON(versionsServedV600) }

func (a *area) apiInfoV600(v handlers.Version) apiInfoJSON600 {
	i := a.deps.Info
	return apiInfoJSON600{
		Version:                  v.Name,
		VersionStatus:            v.Status,
		GitCommit:                i.GitCommit,
		Connector:                i.Connector,
		Hostname:                 i.Hostname,
		LocalIdentityProvider:    i.Hostname,
		HostedBy:                 i.HostedBy,
		HostedAt:                 i.HostedAt,
		EnergySource:             i.EnergyFrom,
		ResourceDocsRequiresRole: i.DocsNeedRole,
	}
}

// versionsServedV600 lists every version this server speaks, all of them active.
var versionsServedV600 = func() scannedVersionsJSON600 {
	out := scannedVersionsJSON600{ScannedAPIVersions: make([]scannedVersionJSON600, len(handlers.Versions))}
	for i, v := range handlers.Versions {
		out.ScannedAPIVersions[i] = scannedVersionJSON600{URLPrefix: "obp", APIStandard: "OBP", APIShortVersion: v.Name,
			FullyQualifiedVersion: "OBP" + v.Name, IsActive: true}
	}
	return out
}()
