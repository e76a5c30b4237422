package oauth2

import (
	"net/http"
	"net/url"
)

// issuerWriter adds iss (RFC 9207) to every redirect back to the client, errors
// included: fosite adds nothing, and discovery promises it.
type issuerWriter struct {
	http.ResponseWriter
	issuer string
}

func (w issuerWriter) WriteHeader(status int) {
	if status >= 300 && status < 400 {
		if u, err := url.Parse(w.Header().Get("Location")); err == nil && u.IsAbs() {
			q := u.Query()
			if q.Get("iss") == "" && (q.Get("code") != "" || q.Get("error") != "") {
				q.Set("iss", w.issuer)
				u.RawQuery = q.Encode()
				w.Header().Set("Location", u.String())
			}
		}
	}
	w.ResponseWriter.WriteHeader(status)
}
