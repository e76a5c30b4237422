package browsertest_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/obp-go/obp/internal/browsertest"
)

// TestBrowserSelfCheck proves the harness on pages whose faults are known: Chromium
// starts here, screenshots are PNG files, and the accessibility and origin checks flag
// what they must and nothing else.
func TestBrowserSelfCheck(t *testing.T) {
	var foreignHits atomic.Int32
	elsewhere := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		foreignHits.Add(1)
		w.Header().Set("Content-Type", "image/svg+xml")
		fmt.Fprint(w, `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>`)
	}))
	defer elsewhere.Close()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /good", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, `<!doctype html><html lang="en"><head><title>Good</title></head><body>
<h1>Sign in</h1><form><label for="u">Username</label><input id="u" name="u">
<input type="hidden" name="csrf" value="x"><img src="/dot.svg" alt=""><button id="go">Go</button></form>
<script>document.title = "scripted"</script></body></html>`)
	})
	mux.HandleFunc("GET /dot.svg", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "image/svg+xml")
		fmt.Fprint(w, `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>`)
	})
	mux.HandleFunc("GET /bad", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprintf(w, `<!doctype html><html><head></head><body><h1>One</h1><h1>Two</h1>
<input id="nameless"><button></button><img src="%s/pixel.svg"><iframe title="ad" src="%s/frame"></iframe></body></html>`,
			elsewhere.URL, elsewhere.URL)
	})
	site := httptest.NewServer(mux)
	defer site.Close()

	ctx := browsertest.Start(t, 60*time.Second)
	requests := browsertest.Record(t, ctx)
	browsertest.DisableScripts(t, ctx)
	dir := t.ArtifactDir()

	if err := chromedp.Do(ctx, chromedp.Navigate(site.URL+"/good"), chromedp.WaitVisible(chromedp.ID("go"))); err != nil {
		t.Fatalf("open the good page: %v", err)
	}
	if title, err := chromedp.Run(ctx, chromedp.Title()); err != nil || title != "Good" {
		t.Errorf("title = %q, %v: want the page's own, its script not run", title, err)
	}
	if p := browsertest.AccessibilityProblems(t, ctx); len(p) != 0 {
		t.Errorf("the good page has accessibility problems: %q", p)
	}
	shot := browsertest.Screenshot(t, ctx, dir, "selfcheck-good-page")
	t.Logf("screenshot: %s", shot)
	if fi, err := os.Stat(shot); err != nil || fi.Size() < 100 {
		t.Errorf("screenshot %s: %v", shot, err)
	}
	if f := requests.Foreign(site.URL); len(f) != 0 {
		t.Errorf("the good page loaded from elsewhere: %+v", f)
	}

	if err := chromedp.Do(ctx, chromedp.Navigate(site.URL+"/bad"), chromedp.WaitReady(chromedp.ID("nameless"))); err != nil {
		t.Fatalf("open the bad page: %v", err)
	}
	got := browsertest.AccessibilityProblems(t, ctx)
	for _, want := range []string{"<html> has no lang", "the page has no <title>", "the page has 2 <h1>, want one",
		"input#nameless has no label", "button has no text", "an <img> has no alt"} {
		if !slices.Contains(got, want) {
			t.Errorf("accessibility problems %q lack %q", got, want)
		}
	}
	var foreign []string
	for _, r := range requests.Foreign(site.URL) {
		foreign = append(foreign, strings.TrimPrefix(r.URL, elsewhere.URL))
	}
	slices.Sort(foreign)
	if !slices.Equal(foreign, []string{"/frame", "/pixel.svg"}) || foreignHits.Load() != 2 {
		t.Errorf("foreign requests = %q (other origin hit %d times), want the image and the frame from %s", foreign, foreignHits.Load(), elsewhere.URL)
	}
}
