// Package browsertest drives a headless Chromium from tests, for pages that must be seen
// as a user's browser sees them: forms submitted, redirects followed, pages screenshotted,
// and what they load watched on the wire. Chromium is a Debian package that make test
// installs; without it a test skips locally and fails under CI.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath finds the browser: OBP_CHROMIUM, else chromium on PATH (Debian's package
// installs /usr/bin/chromium). Its absence skips the test, except under CI.
func chromiumPath(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("OBP_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "/usr/bin/chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no Chromium (chromium on PATH or OBP_CHROMIUM): CI must run the browser tests; scripts/test.sh installs the Debian package chromium")
	}
	t.Skip("SKIPPING the browser test: no Chromium found (install the Debian package chromium, or set OBP_CHROMIUM; make test installs it when run as root)")
	return ""
}

// Start starts a headless Chromium with a fresh profile and returns the context of its
// first tab. Everything run in that context ends within timeout; the browser is closed
// and its processes are gone when the test ends.
func Start(t testing.TB, timeout time.Duration) context.Context {
	t.Helper()
	path := chromiumPath(t)
	ctx, cancelTimeout := context.WithTimeout(context.Background(), timeout)
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		// Without these Chromium dials out in the background (updates, field trials,
		// QUIC probes), and on a closed network its own page loads are then refused.
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	tab, cancelTab := chromedp.NewContext(alloc)
	// Registered after t.TempDir's removal, so it runs first: the profile directory is
	// removed only once the browser has exited (cancelAlloc waits for it).
	t.Cleanup(func() {
		cancelTab()
		cancelAlloc()
		cancelTimeout()
	})
	started := time.Now()
	if err := chromedp.Do(tab); err != nil {
		t.Fatalf("start Chromium (%s): %v", path, err)
	}
	t.Logf("Chromium (%s) started in %v", path, time.Since(started).Round(time.Millisecond))
	return tab
}
