package browsertest

import (
	"context"
	"testing"

	"github.com/chromedp/chromedp"
)

// accessibilityScript lists, from the DOM, the basics a page fails: the language of the
// page, its title, one h1, a label for every field and a name for every button.
const accessibilityScript = `(() => {
	const problems = [];
	const name = (el) => (el.getAttribute("aria-label") || "").trim() ||
		(el.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean)
			.map((id) => (document.getElementById(id) || {}).textContent || "").join(" ").trim();
	if (!(document.documentElement.getAttribute("lang") || "").trim()) problems.push("<html> has no lang");
	if (!document.title.trim()) problems.push("the page has no <title>");
	const h1 = document.querySelectorAll("h1").length;
	if (h1 !== 1) problems.push("the page has " + h1 + " <h1>, want one");
	for (const f of document.querySelectorAll("input, select, textarea")) {
		const type = (f.getAttribute("type") || "").toLowerCase();
		if (type === "hidden") continue;
		const what = f.tagName.toLowerCase() + (f.id ? "#" + f.id : f.name ? "[name=" + f.name + "]" : "");
		if (["submit", "button", "reset"].includes(type)) {
			if (!(f.value || "").trim() && !name(f)) problems.push(what + " has no value or aria-label");
			continue;
		}
		if (type === "image") {
			if (!(f.alt || "").trim() && !name(f)) problems.push(what + " has no alt");
			continue;
		}
		const labelled = [...(f.labels || [])].some((l) => l.textContent.trim()) || name(f);
		if (!labelled) problems.push(what + " has no label");
	}
	for (const b of document.querySelectorAll("button")) {
		if (!b.textContent.trim() && !name(b)) problems.push("button" + (b.id ? "#" + b.id : "") + " has no text");
	}
	for (const img of document.querySelectorAll("img")) {
		if (!img.hasAttribute("alt")) problems.push("an <img> has no alt");
	}
	return problems;
})()`

// AccessibilityProblems returns the accessibility basics the tab's page fails, read
// from its DOM; none is an empty list.
func AccessibilityProblems(t testing.TB, ctx context.Context) []string {
	t.Helper()
	problems, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](accessibilityScript))
	if err != nil {
		t.Fatalf("check accessibility: %v", err)
	}
	return problems
}
