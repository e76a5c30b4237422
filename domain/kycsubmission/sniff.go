package kycsubmission

import (
	"bytes"
	"strings"
)

// Family is a kind of file a submission type takes.
type Family string

const (
	Image Family = "image" // JPEG, PNG or WebP
	PDF   Family = "pdf"
)

// SniffLen is how many leading bytes Sniff needs.
const SniffLen = 512

// signatures are the leading bytes of the files this pipeline takes (and of a few it
// names to refuse them clearly).
var signatures = []struct {
	prefix      string
	contentType string
	family      Family
}{
	{"%PDF-", "application/pdf", PDF},
	{"\xff\xd8\xff", "image/jpeg", Image},
	{"\x89PNG\r\n\x1a\n", "image/png", Image},
	{"GIF87a", "image/gif", ""},
	{"GIF89a", "image/gif", ""},
}

// Sniff is the content type the leading bytes show, and its family ("" when it is none
// this pipeline takes). The name and the declared type of an upload are never trusted.
func Sniff(head []byte) (contentType string, family Family) {
	for _, sig := range signatures {
		if bytes.HasPrefix(head, []byte(sig.prefix)) {
			return sig.contentType, sig.family
		}
	}
	if len(head) >= 12 && bytes.Equal(head[:4], []byte("RIFF")) && bytes.Equal(head[8:12], []byte("WEBP")) {
		return "image/webp", Image
	}
	return "application/octet-stream", ""
}

// DeclaredFamily is the family a Content-Type header names ("" for any other).
func DeclaredFamily(header string) Family {
	ct, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(header)), ";")
	switch strings.TrimSpace(ct) {
	case "image/jpeg", "image/png", "image/webp":
		return Image
	case "application/pdf":
		return PDF
	}
	return ""
}
