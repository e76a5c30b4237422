package kycsubmission

import (
	"bytes"
	"net/http"
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

// Sniff is the content type the leading bytes show, and its family ("" when it is none
// this pipeline takes). The name and the declared type of an upload are never trusted.
func Sniff(head []byte) (contentType string, family Family) {
	if bytes.HasPrefix(head, []byte("%PDF-")) {
		return "application/pdf", PDF
	}
	ct := http.DetectContentType(head)
	ct, _, _ = strings.Cut(ct, ";")
	switch ct {
	case "image/jpeg", "image/png", "image/webp":
		return ct, Image
	}
	return ct, ""
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
