package objectstore

import "strings"

// MaxKeyLen bounds a key; well under S3's 1024 bytes and most file systems' path limits.
const MaxKeyLen = 512

// ValidKey reports whether key is one the server could have generated: segments of
// [a-z0-9-_.] joined by single slashes, no leading or trailing slash, no "..", and
// no segment starting with "." (those names are reserved for a store's temporary
// and staging files). Anything else is refused before it reaches a path or a bucket.
func ValidKey(key string) bool {
	if key == "" || len(key) > MaxKeyLen || strings.Contains(key, "..") {
		return false
	}
	for seg := range strings.SplitSeq(key, "/") {
		if seg == "" || seg[0] == '.' {
			return false
		}
		for i := range len(seg) {
			if !keyByte(seg[i]) {
				return false
			}
		}
	}
	return true
}

func keyByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
}
