package seal

import (
	"crypto/hmac"
	"crypto/sha1" // RFC 6287's own vectors; the sealing suite is SHA-256
	"crypto/sha256"
	"crypto/sha512"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"math/big"
	"strconv"
	"strings"
	"time"
)

// Suite is a parsed OCRA suite (RFC 6287 section 6): the HMAC function, the digits kept,
// and which inputs the DataInput carries.
type Suite struct {
	Text     string
	hash     func() hash.Hash
	Digits   int
	Counter  bool
	QFormat  byte // 'A', 'N' or 'H'
	QLength  int
	Password func() hash.Hash // nil: no PIN input
	Session  int              // bytes of session information, 0: none
	Step     time.Duration    // 0: no timestamp input
}

var errSuite = errors.New("unsupported OCRA suite")

// ParseSuite reads "OCRA-1:HOTP-<H>-<t>:<DataInput>", e.g. OCRA-1:HOTP-SHA256-8:QH64-T30S.
func ParseSuite(text string) (Suite, error) {
	parts := strings.Split(text, ":")
	if len(parts) != 3 || parts[0] != "OCRA-1" {
		return Suite{}, errSuite
	}
	s := Suite{Text: text}
	fn, digits, ok := strings.Cut(strings.TrimPrefix(parts[1], "HOTP-"), "-")
	if !ok || !strings.HasPrefix(parts[1], "HOTP-") {
		return Suite{}, errSuite
	}
	if s.hash = hashOf(fn); s.hash == nil {
		return Suite{}, errSuite
	}
	d, err := strconv.Atoi(digits)
	if err != nil || d < 4 || d > 10 {
		return Suite{}, errSuite // 0 (the whole HMAC) is not offered
	}
	s.Digits = d
	for i, in := range strings.Split(parts[2], "-") {
		switch {
		case in == "C" && i == 0:
			s.Counter = true
		case len(in) == 4 && in[0] == 'Q' && strings.ContainsRune("ANH", rune(in[1])):
			n, err := strconv.Atoi(in[2:])
			if err != nil || n < 4 || n > 64 {
				return Suite{}, errSuite
			}
			s.QFormat, s.QLength = in[1], n
		case strings.HasPrefix(in, "P"):
			if s.Password = hashOf(in[1:]); s.Password == nil {
				return Suite{}, errSuite
			}
		case len(in) == 4 && in[0] == 'S':
			n, err := strconv.Atoi(in[1:])
			if err != nil || n < 1 || n > 512 {
				return Suite{}, errSuite
			}
			s.Session = n
		case len(in) >= 3 && in[0] == 'T':
			n, err := strconv.Atoi(in[1 : len(in)-1])
			unit := map[byte]time.Duration{'S': time.Second, 'M': time.Minute, 'H': time.Hour}[in[len(in)-1]]
			if err != nil || n < 1 || unit == 0 {
				return Suite{}, errSuite
			}
			s.Step = time.Duration(n) * unit
		default:
			return Suite{}, errSuite
		}
	}
	if s.QFormat == 0 {
		return Suite{}, errSuite // the question is mandatory
	}
	return s, nil
}

func hashOf(name string) func() hash.Hash {
	switch name {
	case "SHA1":
		return sha1.New
	case "SHA256":
		return sha256.New
	case "SHA512":
		return sha512.New
	}
	return nil
}

// Input is the values of a suite's DataInput; those the suite does not name are ignored.
type Input struct {
	Counter  uint64
	Question string // in the suite's format: alphanumeric text, decimal digits or hex
	Password string // the PIN itself; the suite hashes it
	Session  []byte
	Time     time.Time
}

// StepOf is t's time-step counter: whole steps since the Unix epoch.
func (s Suite) StepOf(t time.Time) uint64 { return uint64(t.Unix()) / uint64(s.Step/time.Second) }

// Compute is the OCRA value of in under key (RFC 6287 section 5.2): HMAC over the suite,
// a zero byte and the DataInput, truncated as HOTP (RFC 4226) to the suite's digits.
func (s Suite) Compute(key []byte, in Input) (string, error) {
	q, err := s.question(in.Question)
	if err != nil {
		return "", err
	}
	msg := append([]byte(s.Text), 0)
	if s.Counter {
		msg = binary.BigEndian.AppendUint64(msg, in.Counter)
	}
	msg = append(msg, q...)
	if s.Password != nil {
		h := s.Password()
		h.Write([]byte(in.Password))
		msg = h.Sum(msg)
	}
	if s.Session > 0 {
		if len(in.Session) != s.Session {
			return "", fmt.Errorf("session information must be %d bytes", s.Session)
		}
		msg = append(msg, in.Session...)
	}
	if s.Step > 0 {
		msg = binary.BigEndian.AppendUint64(msg, s.StepOf(in.Time))
	}
	return s.truncate(key, msg), nil
}

// question is Q padded with zeros to 128 bytes: text as its bytes, decimal digits as the
// hex digits of their value, hex as its bytes (a trailing half byte padded with 0).
func (s Suite) question(q string) ([]byte, error) {
	if len(q) < 4 || len(q) > s.QLength {
		return nil, fmt.Errorf("the question must be 4 to %d characters", s.QLength)
	}
	var h string
	switch s.QFormat {
	case 'A':
		return pad([]byte(q)), nil
	case 'N':
		n, ok := new(big.Int).SetString(q, 10)
		if !ok || n.Sign() < 0 {
			return nil, errors.New("the question must be decimal digits")
		}
		h = strings.ToUpper(n.Text(16))
	case 'H':
		h = q
	}
	if len(h)%2 == 1 {
		h += "0"
	}
	b, err := hex.DecodeString(h)
	if err != nil {
		return nil, errors.New("the question must be hex digits")
	}
	return pad(b), nil
}

func pad(b []byte) []byte {
	out := make([]byte, 128)
	copy(out, b)
	return out
}

var powers = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10}

func (s Suite) truncate(key, msg []byte) string {
	m := hmac.New(s.hash, key)
	m.Write(msg)
	sum := m.Sum(nil)
	off := sum[len(sum)-1] & 0x0f
	bin := uint64(binary.BigEndian.Uint32(sum[off:]) & 0x7fffffff)
	return fmt.Sprintf("%0*d", s.Digits, bin%powers[s.Digits])
}
