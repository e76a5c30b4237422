package kycsubmission

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Grant is what a pre-signed upload URL allows: one upload of one submission's file, of
// one content-type family, up to a size, until a time. The URL carries it and an HMAC
// over all of it, so nothing in it can be changed without breaking the signature.
type Grant struct {
	SubmissionID string
	Type         string // the submission type, e.g. IDENTITY_CARD_SCAN
	Family       Family // what the bytes must be
	MaxBytes     int64
	Expires      time.Time
}

// Signer signs and checks upload grants with a server secret.
type Signer struct{ key []byte }

// NewSigner returns a signer over key (at least 32 bytes).
func NewSigner(key []byte) (*Signer, error) {
	if len(key) < 32 {
		return nil, errors.New("upload URL signing key: want at least 32 bytes")
	}
	return &Signer{key: append([]byte(nil), key...)}, nil
}

// The query parameters of an upload URL.
const (
	qType    = "type"
	qFamily  = "family"
	qMax     = "max"
	qExpires = "expires"
	qSig     = "signature"
)

// canonical is the signed text: every field, in a fixed order, unambiguously separated.
func canonical(g Grant) string {
	return strings.Join([]string{"obp-kyc-upload-v1", g.SubmissionID, g.Type, string(g.Family),
		strconv.FormatInt(g.MaxBytes, 10), strconv.FormatInt(g.Expires.Unix(), 10)}, "\n")
}

func (s *Signer) mac(g Grant) []byte {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte(canonical(g)))
	return m.Sum(nil)
}

// Query is the grant as the upload URL's query string.
func (s *Signer) Query(g Grant) string {
	v := url.Values{}
	v.Set(qType, g.Type)
	v.Set(qFamily, string(g.Family))
	v.Set(qMax, strconv.FormatInt(g.MaxBytes, 10))
	v.Set(qExpires, strconv.FormatInt(g.Expires.Unix(), 10))
	v.Set(qSig, base64.RawURLEncoding.EncodeToString(s.mac(g)))
	return v.Encode()
}

// Errors of a presented upload URL.
var (
	ErrBadSignature = errors.New("the upload URL's signature does not match")
	ErrExpired      = errors.New("the upload URL has expired")
)

// Check reads the grant an upload URL for submissionID carries and verifies it: the
// signature over every field (ErrBadSignature), then the expiry (ErrExpired).
func (s *Signer) Check(submissionID string, q url.Values, now time.Time) (Grant, error) {
	maxBytes, err1 := strconv.ParseInt(q.Get(qMax), 10, 64)
	exp, err2 := strconv.ParseInt(q.Get(qExpires), 10, 64)
	sig, err3 := base64.RawURLEncoding.DecodeString(q.Get(qSig))
	if err1 != nil || err2 != nil || err3 != nil {
		return Grant{}, ErrBadSignature
	}
	g := Grant{SubmissionID: submissionID, Type: q.Get(qType), Family: Family(q.Get(qFamily)), MaxBytes: maxBytes,
		Expires: time.Unix(exp, 0).UTC()}
	if !hmac.Equal(sig, s.mac(g)) {
		return Grant{}, ErrBadSignature
	}
	if !now.Before(g.Expires) {
		return Grant{}, ErrExpired
	}
	return g, nil
}
