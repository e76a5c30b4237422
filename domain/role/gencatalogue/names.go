package main

import (
	"regexp"
	"strings"
)

// token matches a role as the reference files write it, shorthands included: alternatives
// separated by "/" (CanCreate/Get/DeleteSystemView, CanGetAnyKycChecks/Documents), an
// elided middle "…" (CanCreate/Get/DeleteCounterparty…AtAnyBank), a wildcard "*" or "…"
// at the end (CanUpdateCustomer*, CanGet…) and Markdown bold "**".
var token = regexp.MustCompile(`\b[Cc]an[A-Z][A-Za-z0-9/…*]*`)

// word is one word of a CamelCase name.
var word = regexp.MustCompile(`[A-Z][a-z0-9]*`)

// roleNearby is how prose introduces a role written in lower camel case ("the
// canValidateUser role", "the Role canCreateAccount"), unlike view permissions such as
// canGrantAccessToViews.
var roleNearby = regexp.MustCompile(`(?i)\brole\b`)

// notRoles are names the files use that are not roles, and why.
var notRoles = map[string]string{
	"CanGet": "the prefix of dynamic entities' per-entity roles (CanGet<Entity>)",
}

// mention is a role name found in a text, at the offset of the token it came from.
type mention struct {
	name        string
	start, stop int // the token's bytes in the text
}

// mentions finds every role named in text, shorthands expanded.
func mentions(text string) []mention {
	var out []mention
	for _, loc := range token.FindAllStringIndex(text, -1) {
		tok := text[loc[0]:loc[1]]
		if tok[0] == 'c' && !roleNearby.MatchString(around(text, loc[0], loc[1], 24)) {
			continue
		}
		for _, name := range expand(tok) {
			if _, skip := notRoles[name]; !skip {
				out = append(out, mention{name: name, start: loc[0], stop: loc[1]})
			}
		}
	}
	return out
}

// around is text within n bytes of [start, stop).
func around(text string, start, stop, n int) string {
	return text[max(0, start-n):min(len(text), stop+n)]
}

// expand turns one token into the role names it stands for; a wildcard or an
// ambiguous shorthand stands for none.
func expand(tok string) []string {
	tok = strings.TrimSuffix(tok, "**")
	if strings.HasSuffix(tok, "*") || strings.HasSuffix(tok, "…") || strings.HasSuffix(tok, "/") {
		return nil
	}
	tok = strings.ReplaceAll(tok, "…", "")
	tok = strings.ToUpper(tok[:1]) + tok[1:]
	segs := strings.Split(tok, "/")
	if len(segs) == 1 {
		return []string{tok}
	}
	first := word.FindAllString(segs[0], -1)
	if len(first) == 2 { // CanCreate/Get/DeleteSystemView: the verbs vary, the object is the last segment's
		last := segs[len(segs)-1]
		verb := word.FindString(last)
		object := last[len(verb):]
		names := []string{segs[0] + object}
		for _, v := range segs[1 : len(segs)-1] {
			if len(word.FindAllString(v, -1)) != 1 {
				return nil
			}
			names = append(names, "Can"+v+object)
		}
		return append(names, "Can"+last)
	}
	// CanGetAnyKycChecks/Documents/Media: the last word varies
	stem := segs[0][:len(segs[0])-len(first[len(first)-1])]
	names := []string{segs[0]}
	for _, s := range segs[1:] {
		names = append(names, stem+s)
	}
	return names
}
