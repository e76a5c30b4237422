// Package glossary holds the glossary entries served at /obp/v5.1.0/api/glossary, one
// Markdown file each under entries/, embedded in the binary.
package glossary

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

//go:embed entries/*.md
var entriesFS embed.FS

// Entry is one glossary item: the title is the file's level-1 heading, the body the rest.
type Entry struct {
	Title    string
	Markdown string
}

// Entries returns every entry, ordered by title.
func Entries() ([]Entry, error) {
	files, err := fs.Glob(entriesFS, "entries/*.md")
	if err != nil {
		return nil, err
	}
	out := make([]Entry, 0, len(files))
	for _, f := range files {
		raw, err := fs.ReadFile(entriesFS, f)
		if err != nil {
			return nil, err
		}
		e, err := parse(string(raw))
		if err != nil {
			return nil, fmt.Errorf("glossary %s: %w", f, err)
		}
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Title < out[j].Title })
	return out, nil
}

func parse(md string) (Entry, error) {
	first, rest, _ := strings.Cut(md, "\n")
	if !strings.HasPrefix(first, "# ") {
		return Entry{}, fmt.Errorf("first line must be a level-1 heading, got %q", first)
	}
	return Entry{Title: strings.TrimSpace(first[2:]), Markdown: strings.TrimSpace(rest)}, nil
}
