package tms

import (
	"bytes"
	"unicode/utf8"

	"github.com/obp-go/obp/domain/obperr"
)

// New is a start request (KOBIL's body); nil numbers take the defaults.
type New struct {
	UserID                           string
	Data                             Data
	RetrievalTimeout                 *int
	TmsTimeout                       *int
	RequireExplicitAuthentication    bool
	RequireFreshnessOfAuthentication *int
	AuditMessage                     string
}

// Bounds of a start request; the JSON schema says the same for HTTP callers.
const (
	MaxTextLength    = 4000  // characters of the displayed text
	MaxTimeout       = 86400 // seconds, for either timeout
	MaxDataBytes     = 16 << 10
	MaxAuditMessage  = 1000
	maxFreshnessSecs = 31 * 86400
)

func orDefault(v *int, def int) int {
	if v == nil {
		return def
	}
	return *v
}

// check refuses what could not be shown, signed or timed (OBP-38002 at the field).
func (n New) check() error {
	bad := func(field, format string, args ...any) error {
		return obperr.TmsInvalidRequest.Field(field, format, args...)
	}
	text := n.Data.Text
	switch {
	case n.UserID == "":
		return bad("/userId", "userId is required.")
	case text == "" || !utf8.ValidString(text) || utf8.RuneCountInString(text) > MaxTextLength:
		return bad("/tmsData/text", "text must be 1 to %d characters of UTF-8.", MaxTextLength)
	case len(n.Data.Data) > MaxDataBytes:
		return bad("/tmsData/data", "data must be at most %d bytes.", MaxDataBytes)
	case len(n.Data.Data) > 0 && !bytes.HasPrefix(bytes.TrimSpace(n.Data.Data), []byte("{")):
		return bad("/tmsData/data", "data must be a JSON object.")
	case utf8.RuneCountInString(n.AuditMessage) > MaxAuditMessage:
		return bad("/auditMessage", "auditMessage must be at most %d characters.", MaxAuditMessage)
	}
	if r := orDefault(n.RetrievalTimeout, DefaultRetrievalTimeout); r < 1 || r > MaxTimeout {
		return bad("/retrievalTimeout", "retrievalTimeout must be 1 to %d seconds.", MaxTimeout)
	}
	if r := orDefault(n.TmsTimeout, DefaultTmsTimeout); r < 1 || r > MaxTimeout {
		return bad("/tmsTimeout", "tmsTimeout must be 1 to %d seconds.", MaxTimeout)
	}
	if f := orDefault(n.RequireFreshnessOfAuthentication, NoFreshnessRequirement); f < -1 || f > maxFreshnessSecs {
		return bad("/requireFreshnessOfAuthentication", "requireFreshnessOfAuthentication must be -1 (none) or 0 to %d seconds.", maxFreshnessSecs)
	}
	return nil
}
