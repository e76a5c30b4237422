package browsertest

import (
	"context"
	"net/url"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// Request is one request a tab sent, as the browser reported it on the wire.
type Request struct {
	URL         string
	DocumentURL string // the page it was sent for
	Type        network.ResourceType
	TopLevel    bool // the tab's own page: a navigation, not something a page loads
}

// Requests records every request a tab sends.
type Requests struct {
	mainFrame cdp.FrameID
	mu        sync.Mutex
	list      []Request
}

// Record starts recording the requests of ctx's tab; call it before navigating.
func Record(t testing.TB, ctx context.Context) *Requests {
	t.Helper()
	if err := chromedp.Do(ctx); err != nil { // opens the tab if it is new
		t.Fatalf("record requests: open the tab: %v", err)
	}
	c := chromedp.FromContext(ctx)
	r := &Requests{mainFrame: cdp.FrameID(c.Target.TargetID)} // a tab's main frame has its target's id
	// Listen calls back on the tab's reader, before the command that caused the event
	// returns, so a page's requests are all in by the time its load has been waited for.
	err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok && e.Request != nil {
			r.mu.Lock()
			r.list = append(r.list, Request{URL: e.Request.URL, DocumentURL: e.DocumentURL, Type: e.Type,
				TopLevel: e.Type == network.ResourceTypeDocument && e.FrameID == r.mainFrame})
			r.mu.Unlock()
		}
	})
	if err != nil {
		t.Fatalf("listen to the network: %v", err)
	}
	return r
}

// All returns the requests recorded so far.
func (r *Requests) All() []Request {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Request(nil), r.list...)
}

// Foreign returns what the pages at origin loaded from elsewhere: requests sent for a
// document there (frames included), to another origin, other than the tab's own
// navigations (a form that redirects the user to an app is no page loading it).
func (r *Requests) Foreign(origin string) []Request {
	var out []Request
	for _, q := range r.All() {
		if q.TopLevel || (Origin(q.DocumentURL) != origin && q.Type != network.ResourceTypeDocument) {
			continue
		}
		if u, err := url.Parse(q.URL); err == nil && u.Scheme == "data" {
			continue // inline, nothing fetched
		}
		if Origin(q.URL) != origin {
			out = append(out, q)
		}
	}
	return out
}

// Origin is scheme://host[:port] of a URL, or "" when it has none.
func Origin(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return ""
	}
	return u.Scheme + "://" + u.Host
}
