package role

//go:generate go run ./gencatalogue -out catalogue_obp.go

// All is the catalogue, in the order GET /roles shows it: the roles the server's code
// names (catalogue.go), then every other role OBP's reference names (catalogue_obp.go,
// generated), so that each can be granted and requested before an endpoint checks it.
var All = merged(declared, obpCatalogue)

// merged joins role lists, keeping the first of each name.
func merged(lists ...[]Role) []Role {
	seen := map[string]bool{}
	var out []Role
	for _, list := range lists {
		for _, r := range list {
			if !seen[r.Name] {
				seen[r.Name] = true
				out = append(out, r)
			}
		}
	}
	return out
}
