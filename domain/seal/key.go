package seal

import (
	"crypto/subtle"
	"encoding/base32"
	"encoding/hex"
	"time"
)

// KeySize is a sealing key's length: 32 bytes, HMAC-SHA-256's block-sized key.
const KeySize = 32

// Key is a user's sealing key at a bank, on one device of theirs. The secret is kept
// sealed (keyring.Sealer) and opened only to verify a code.
type Key struct {
	ID     string // a ULID
	BankID string
	UserID string
	Device
	Secret    string // sealed
	CreatedAt time.Time
	RevokedAt *time.Time
}

// Device is what the app that seals says of itself, as the inWebo answers name it.
type Device struct {
	Name     string // the app's name
	Alias    string // the device's alias, as the user calls it
	Platform string // android, ios, ...
	Version  string // the app's version
}

// Enrolled is a key just made, with its secret: shown once, never again.
type Enrolled struct {
	Key
	Plain []byte
}

// Hex is the secret in hex, as OCRA implementations take keys.
func (e Enrolled) Hex() string { return hex.EncodeToString(e.Plain) }

// Base32 is the secret in unpadded base32, as authenticator apps take keys.
func (e Enrolled) Base32() string {
	return base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(e.Plain)
}

// matchStep finds the time step within Window of at when code was computed over data
// with key. Every candidate is compared in constant time.
func matchStep(key []byte, data, code string, at time.Time) (uint64, bool) {
	var found uint64
	ok := false
	for d := -Window; d <= Window; d++ {
		t := at.Add(time.Duration(d) * Step)
		if subtle.ConstantTimeCompare([]byte(Code(key, data, t)), []byte(code)) == 1 {
			found, ok = suite.StepOf(t), true
		}
	}
	return found, ok
}
