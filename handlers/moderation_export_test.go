package handlers

// ModerationRule is a field rule as the black-box tests see it.
type ModerationRule struct {
	Path  string
	Needs []string
}

// ModerationShape is a moderation shape as the black-box tests see it.
type ModerationShape struct {
	Name   string
	Rules  []ModerationRule
	Always []string
}

// ModerationTable exports the moderation table to the black-box tests.
func ModerationTable() []ModerationShape {
	out := make([]ModerationShape, len(moderationTable))
	for i, sh := range moderationTable {
		out[i] = ModerationShape{Name: sh.Name, Always: sh.Always}
		for _, r := range sh.Rules {
			out[i].Rules = append(out[i].Rules, ModerationRule{Path: r.Path, Needs: r.Needs})
		}
	}
	return out
}
