// Package ids is the one way the server makes identifiers and secrets (random, from
// crypto/rand) and the one rule an OBP id follows.
package ids

import (
	"crypto/rand"
	"time"

	"github.com/google/uuid"
	"github.com/oklog/ulid/v2"
)

// New returns a random UUID (v4) string.
func New() string { return uuid.NewString() }

// ULID returns a ULID for an event at t: sortable by time, 80 random bits (the id KOBIL's
// TMS gives transactions and devices).
func ULID(t time.Time) string { return ulid.MustNew(ulid.Timestamp(t), rand.Reader).String() }

const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"

// Secret returns n random characters of [a-z0-9] (about 5.17 bits each), unbiased.
func Secret(n int) string {
	out := make([]byte, 0, n)
	buf := make([]byte, n+n/2)
	for len(out) < n {
		if _, err := rand.Read(buf); err != nil {
			panic("crypto/rand failed: " + err.Error())
		}
		for _, b := range buf {
			if b >= 252 { // 252 = 7*36: reject to stay unbiased
				continue
			}
			out = append(out, alphabet[int(b)%len(alphabet)])
			if len(out) == n {
				break
			}
		}
	}
	return string(out)
}

// Digits returns n random decimal digits, unbiased.
func Digits(n int) string {
	out := make([]byte, 0, n)
	buf := make([]byte, n+n/2)
	for len(out) < n {
		if _, err := rand.Read(buf); err != nil {
			panic("crypto/rand failed: " + err.Error())
		}
		for _, b := range buf {
			if b >= 250 { // 250 = 25*10: reject to stay unbiased
				continue
			}
			out = append(out, '0'+b%10)
			if len(out) == n {
				break
			}
		}
	}
	return string(out)
}

// Bytes returns n random bytes (salts, keys).
func Bytes(n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic("crypto/rand failed: " + err.Error())
	}
	return b
}

// MaxLength bounds OBP ids: every id is shorter than this.
const MaxLength = 255

// Valid applies OBP's id rule: 1..254 characters of 0-9 a-z A-Z - . _
func Valid(id string) bool {
	if id == "" || len(id) >= MaxLength {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '.' || c == '_') {
			return false
		}
	}
	return true
}
