package user

import (
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"runtime"
	"strings"
	"sync"

	"golang.org/x/crypto/argon2"

	"github.com/obp-go/obp/domain/ids"
)

// Argon2id parameters: one of the configurations OWASP's Password Storage Cheat Sheet
// lists as equal in defence (9 MiB with 4 passes, beside 19 MiB with 2 or 7 MiB with 5):
// the same work as 19 MiB and 2 passes, but half the memory held while a login is
// checked, which is most of a small server's peak. Hashes made with other parameters
// (19 MiB, 2 passes, before) still verify: each carries its own. bcrypt would cap
// passwords at 72 bytes, and OBP accepts up to 512 characters.
const (
	argonTime    = 4
	argonMemory  = 9 * 1024
	argonThreads = 1
	argonKeyLen  = 32
	argonSaltLen = 16
)

// argonSlots bounds the argon2id computations running at once: each takes argonMemory,
// so a burst of logins queues here instead of taking 19 MiB per request in flight.
var argonSlots = make(chan struct{}, max(2, runtime.GOMAXPROCS(0)))

func argonKey(p string, salt []byte, t, mem uint32, threads uint8, n uint32) []byte {
	argonSlots <- struct{}{}
	defer func() { <-argonSlots }()
	return argon2.IDKey([]byte(p), salt, t, mem, threads, n)
}

// HashPassword returns an encoded argon2id hash of p with a fresh random salt.
func HashPassword(p string) (string, error) {
	salt := ids.Bytes(argonSaltLen)
	key := argonKey(p, salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// CheckPassword reports whether p matches the encoded hash, comparing in constant time.
func CheckPassword(encoded, p string) bool {
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false
	}
	var mem uint32
	var t uint32
	var threads uint8
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &mem, &t, &threads); err != nil {
		return false
	}
	b64 := base64.RawStdEncoding
	salt, err1 := b64.DecodeString(parts[4])
	want, err2 := b64.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(want) == 0 {
		return false
	}
	if mem > 4*argonMemory || t > 4*argonTime || threads > 4*argonThreads {
		return false // not a hash this server made: refuse rather than spend what it asks
	}
	got := argonKey(p, salt, t, mem, threads, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1
}

// dummyHash is checked when the username does not exist, so that a wrong username costs
// as long as a wrong password and reveals nothing. Made on first use, not at start: it
// takes argonMemory.
var dummyHash = sync.OnceValue(func() string {
	h, _ := HashPassword("no-such-user-timing-equaliser")
	return h
})

// CheckNoUser spends the time CheckPassword would.
func CheckNoUser(p string) { CheckPassword(dummyHash(), p) }
