package meta

import (
	"bytes"

	"github.com/yuin/goldmark"

	"github.com/obp-go/obp/glossary"
	"github.com/obp-go/obp/handlers"
)

type glossaryDescriptionJSON struct {
	Markdown string `json:"markdown"`
	HTML     string `json:"html"`
}

type glossaryItem struct {
	Title       string                  `json:"title"`
	Description glossaryDescriptionJSON `json:"description"`
}

type glossaryJSON struct {
	GlossaryItems []glossaryItem `json:"glossary_items"`
}

// loadGlossary renders the embedded entries once, at start.
func loadGlossary() ([]glossaryItem, error) {
	entries, err := glossary.Entries()
	if err != nil {
		return nil, err
	}
	out := make([]glossaryItem, len(entries))
	for i, e := range entries {
		var html bytes.Buffer
		if err := goldmark.Convert([]byte(e.Markdown), &html); err != nil {
			return nil, err
		}
		out[i] = glossaryItem{Title: e.Title, Description: glossaryDescriptionJSON{Markdown: e.Markdown, HTML: html.String()}}
	}
	return out, nil
}

func (a *area) glossaryDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{{
		OperationID: "OBPv3.0.0-getApiGlossary",
		Verb:        "GET",
		Path:        "/obp/v3.0.0/api/glossary",
		Summary:     "Get Glossary of the API",
		Description: "Explains the terms of the API: banks, accounts, views, entitlements, consents, challenges and more.",
		Tags:        []string{"Documentation"},
		ExampleResponse: glossaryJSON{GlossaryItems: []glossaryItem{{Title: "Bank",
			Description: glossaryDescriptionJSON{Markdown: "A bank ...", HTML: "<p>A bank ...</p>"}}}},
		Handle: a.getGlossary,
	}}
}

func (a *area) getGlossary(c *handlers.Call) error {
	return c.JSON(glossaryJSON{GlossaryItems: a.glossary})
}
