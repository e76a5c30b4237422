package objectstore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"io"
)

// LimitReader passes a body through while counting it, hashing it with SHA-256 and
// refusing it once more than limit bytes arrive: the Read that would go past the limit
// returns ErrTooLarge instead, and every later Read does too. It also stops with
// the context's error once ctx is done. Implementations stream a Put through it
// and read N, SHA256, Ended and TooLarge afterwards.
type LimitReader struct {
	ctx  context.Context
	r    io.Reader
	max  int64
	n    int64
	sum  hash.Hash
	over bool
	eof  bool
}

// NewLimitReader wraps r; limit must be positive (CheckPut ensures it).
func NewLimitReader(ctx context.Context, r io.Reader, limit int64) *LimitReader {
	return &LimitReader{ctx: ctx, r: r, max: limit, sum: sha256.New()}
}

// Read implements io.Reader.
func (l *LimitReader) Read(p []byte) (int, error) {
	if l.over {
		return 0, ErrTooLarge
	}
	if err := l.ctx.Err(); err != nil {
		return 0, err
	}
	// Ask for one byte past the limit so an oversize body is noticed without reading more.
	if room := l.max - l.n + 1; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := l.r.Read(p)
	if l.n+int64(n) > l.max {
		l.over = true
		return 0, ErrTooLarge
	}
	l.n += int64(n)
	l.sum.Write(p[:n])
	l.eof = l.eof || err == io.EOF
	return n, err
}

// N is the number of bytes passed through so far.
func (l *LimitReader) N() int64 { return l.n }

// TooLarge reports whether the body went past the limit.
func (l *LimitReader) TooLarge() bool { return l.over }

// Ended reports whether the body ended (io.EOF) within the limit, so N is its length.
func (l *LimitReader) Ended() bool { return l.eof }

// SHA256 is the lowercase hex SHA-256 of the bytes passed through so far.
func (l *LimitReader) SHA256() string { return hex.EncodeToString(l.sum.Sum(nil)) }
