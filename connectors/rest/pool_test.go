package rest

import (
	"net/http"
	"testing"
	"time"
)

func TestTheDefaultClientHasAPoolOfItsOwn(t *testing.T) {
	c := NewClient("http://adapter/restConnector", WithTimeout(3*time.Second))
	tr, ok := c.http.Transport.(*http.Transport)
	if c.http == http.DefaultClient || !ok || tr == http.DefaultTransport {
		t.Fatalf("the client sends through %T %p, want a transport of its own", c.http.Transport, c.http.Transport)
	}
	if tr.MaxIdleConnsPerHost != 64 || tr.IdleConnTimeout != 90*time.Second || tr.ResponseHeaderTimeout != 3*time.Second ||
		tr.TLSHandshakeTimeout != 3*time.Second {
		t.Errorf("transport = %+v", tr)
	}
	if c.http.Timeout != 0 {
		t.Error("the http.Client has its own timeout; each attempt's context bounds a call")
	}
}
