package objectstore_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/obp-go/obp/domain/objectstore"
)

func TestLimitReaderCountsAndHashes(t *testing.T) {
	body := strings.Repeat("0123456789", 1000)
	for _, limit := range []int64{int64(len(body)), int64(len(body)) + 1, 1 << 20} {
		lr := objectstore.NewLimitReader(context.Background(), iotest.OneByteReader(strings.NewReader(body)), limit)
		got, err := io.ReadAll(lr)
		if err != nil {
			t.Fatalf("limit %d: %v", limit, err)
		}
		sum := sha256.Sum256([]byte(body))
		if string(got) != body || lr.N() != int64(len(body)) || lr.SHA256() != hex.EncodeToString(sum[:]) || lr.TooLarge() || !lr.Ended() {
			t.Fatalf("limit %d: n=%d sha=%s over=%v", limit, lr.N(), lr.SHA256(), lr.TooLarge())
		}
	}
}

func TestLimitReaderRefusesOneBytePastTheLimit(t *testing.T) {
	lr := objectstore.NewLimitReader(context.Background(), strings.NewReader("abcdef"), 5)
	got, err := io.ReadAll(lr)
	if !errors.Is(err, objectstore.ErrTooLarge) || !lr.TooLarge() {
		t.Fatalf("err = %v, over = %v", err, lr.TooLarge())
	}
	if len(got) > 5 || lr.N() > 5 {
		t.Fatalf("passed %d bytes (counted %d) past a limit of 5", len(got), lr.N())
	}
	if _, err := lr.Read(make([]byte, 1)); !errors.Is(err, objectstore.ErrTooLarge) {
		t.Fatalf("second read: %v", err)
	}
	if lr.Ended() {
		t.Fatal("an oversize body counts as ended")
	}
}

// A source that never ends is refused after reading no more than limit+1 bytes.
func TestLimitReaderStopsAnEndlessSource(t *testing.T) {
	src := &countingReader{}
	lr := objectstore.NewLimitReader(context.Background(), src, 1000)
	if _, err := io.Copy(io.Discard, lr); !errors.Is(err, objectstore.ErrTooLarge) {
		t.Fatalf("err = %v", err)
	}
	if src.n > 1001 {
		t.Fatalf("read %d bytes from the source for a limit of 1000", src.n)
	}
}

func TestLimitReaderStopsWhenContextIsDone(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	lr := objectstore.NewLimitReader(ctx, bytes.NewReader([]byte("x")), 10)
	if _, err := lr.Read(make([]byte, 1)); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
}

type countingReader struct{ n int }

func (c *countingReader) Read(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}
