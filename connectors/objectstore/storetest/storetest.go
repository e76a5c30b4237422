// Package storetest is the contract every objectstore.Store implementation passes:
// each implementation's test calls Run with a constructor for a fresh, empty store.
package storetest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/obp-go/obp/domain/objectstore"
)

// Run runs the contract against stores made by newStore.
func Run(t *testing.T, newStore func(t *testing.T) objectstore.Store) {
	t.Helper()
	cases := []struct {
		name string
		run  func(*testing.T, objectstore.Store)
	}{
		{"RoundTrip", roundTrip},
		{"StreamsFiveMiB", streamsFiveMiB},
		{"TooLargeKeepsNothing", tooLargeKeepsNothing},
		{"TooLargeKeepsTheEarlierObject", tooLargeKeepsTheEarlierObject},
		{"EmptyKeepsNothing", emptyKeepsNothing},
		{"FailingReaderKeepsNothing", failingReaderKeepsNothing},
		{"BadKeysRefused", badKeysRefused},
		{"DeleteIsIdempotent", deleteIsIdempotent},
		{"OverwriteReplaces", overwriteReplaces},
		{"ConcurrentPuts", concurrentPuts},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.run(t, newStore(t)) })
	}
}

const mib = 1 << 20

func roundTrip(t *testing.T, s objectstore.Store) {
	body := []byte("%PDF-1.7 identity document")
	obj, err := s.Put(t.Context(), "kyc/c-1/passport.pdf", bytes.NewReader(body), 1024, "application/pdf")
	if err != nil {
		t.Fatal(err)
	}
	want := objectstore.Object{Key: "kyc/c-1/passport.pdf", Size: int64(len(body)), ContentType: "application/pdf", SHA256: sum(body)}
	checkObject(t, "Put", obj, want)
	got, gotObj := get(t, s, "kyc/c-1/passport.pdf")
	checkObject(t, "Get", gotObj, want)
	if !bytes.Equal(got, body) {
		t.Fatalf("Get body = %q, want %q", got, body)
	}
}

func streamsFiveMiB(t *testing.T, s objectstore.Store) {
	const size = 5 * mib
	obj, err := s.Put(t.Context(), "kyc/big.bin", Pattern(size), size, "")
	if err != nil {
		t.Fatal(err)
	}
	want := objectstore.Object{Key: "kyc/big.bin", Size: size, ContentType: objectstore.DefaultContentType, SHA256: patternSum(t, size)}
	checkObject(t, "Put", obj, want)
	rc, gotObj, err := s.Get(t.Context(), "kyc/big.bin")
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	checkObject(t, "Get", gotObj, want)
	h := sha256.New()
	n, err := io.Copy(h, rc)
	if err != nil || n != size || hex.EncodeToString(h.Sum(nil)) != want.SHA256 {
		t.Fatalf("Get streamed %d bytes (err %v), sha256 %x; want %d bytes, %s", n, err, h.Sum(nil), int64(size), want.SHA256)
	}
}

func tooLargeKeepsNothing(t *testing.T, s objectstore.Store) {
	for _, size := range []int64{5*mib + 1, 6 * mib} {
		_, err := s.Put(t.Context(), "kyc/over", Pattern(size), 5*mib, "image/png")
		if !errors.Is(err, objectstore.ErrTooLarge) {
			t.Fatalf("Put of %d bytes with limit 5 MiB: err = %v, want ErrTooLarge", size, err)
		}
		notFound(t, s, "kyc/over")
	}
	// A body that never ends is refused too.
	if _, err := s.Put(t.Context(), "kyc/endless", Pattern(-1), 100, "image/png"); !errors.Is(err, objectstore.ErrTooLarge) {
		t.Fatalf("endless body: err = %v, want ErrTooLarge", err)
	}
	notFound(t, s, "kyc/endless")
}

func tooLargeKeepsTheEarlierObject(t *testing.T, s objectstore.Store) {
	put(t, s, "kyc/doc", "first", "text/plain")
	if _, err := s.Put(t.Context(), "kyc/doc", Pattern(200), 100, "text/plain"); !errors.Is(err, objectstore.ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if got, _ := get(t, s, "kyc/doc"); string(got) != "first" {
		t.Fatalf("after a refused overwrite Get = %q, want the earlier object", got)
	}
}

func emptyKeepsNothing(t *testing.T, s objectstore.Store) {
	if _, err := s.Put(t.Context(), "kyc/empty", strings.NewReader(""), 100, "image/png"); !errors.Is(err, objectstore.ErrEmpty) {
		t.Fatalf("err = %v, want ErrEmpty", err)
	}
	notFound(t, s, "kyc/empty")
}

var errBrokenUpload = errors.New("client went away")

func failingReaderKeepsNothing(t *testing.T, s objectstore.Store) {
	r := io.MultiReader(Pattern(1000), failingReader{})
	if _, err := s.Put(t.Context(), "kyc/broken", r, mib, "image/png"); !errors.Is(err, errBrokenUpload) {
		t.Fatalf("err = %v, want the reader's error", err)
	}
	notFound(t, s, "kyc/broken")
}

func badKeysRefused(t *testing.T, s objectstore.Store) {
	for _, key := range []string{"../x", "/abs", "a//b", "a/../../etc/passwd", "", ".tmp-x", "UPPER", strings.Repeat("a", objectstore.MaxKeyLen+1)} {
		if _, err := s.Put(t.Context(), key, strings.NewReader("x"), 10, "text/plain"); !errors.Is(err, objectstore.ErrBadKey) {
			t.Errorf("Put(%.20q): err = %v, want ErrBadKey", key, err)
		}
		if _, _, err := s.Get(t.Context(), key); !errors.Is(err, objectstore.ErrBadKey) {
			t.Errorf("Get(%.20q): err = %v, want ErrBadKey", key, err)
		}
		if err := s.Delete(t.Context(), key); !errors.Is(err, objectstore.ErrBadKey) {
			t.Errorf("Delete(%.20q): err = %v, want ErrBadKey", key, err)
		}
	}
}

func deleteIsIdempotent(t *testing.T, s objectstore.Store) {
	if err := s.Delete(t.Context(), "kyc/never"); err != nil {
		t.Fatalf("Delete of a missing key: %v", err)
	}
	put(t, s, "kyc/gone", "x", "text/plain")
	for range 2 {
		if err := s.Delete(t.Context(), "kyc/gone"); err != nil {
			t.Fatal(err)
		}
		notFound(t, s, "kyc/gone")
	}
}

func overwriteReplaces(t *testing.T, s objectstore.Store) {
	put(t, s, "kyc/doc", "first version", "text/plain")
	obj := put(t, s, "kyc/doc", "second", "application/json")
	got, gotObj := get(t, s, "kyc/doc")
	want := objectstore.Object{Key: "kyc/doc", Size: 6, ContentType: "application/json", SHA256: sum([]byte("second"))}
	checkObject(t, "Put", obj, want)
	checkObject(t, "Get", gotObj, want)
	if string(got) != "second" {
		t.Fatalf("Get = %q, want the second version", got)
	}
}

func concurrentPuts(t *testing.T, s objectstore.Store) {
	const n = 8
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			_, errs[i] = s.Put(t.Context(), fmt.Sprintf("kyc/c/%d", i), Pattern(int64(64*1024+i)), mib, "application/octet-stream")
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("put %d: %v", i, err)
		}
		got, obj := get(t, s, fmt.Sprintf("kyc/c/%d", i))
		if int64(len(got)) != int64(64*1024+i) || obj.SHA256 != sum(got) || obj.SHA256 != patternSum(t, int64(64*1024+i)) {
			t.Fatalf("object %d: %d bytes, sha256 %s", i, len(got), obj.SHA256)
		}
	}
}

func put(t *testing.T, s objectstore.Store, key, body, contentType string) objectstore.Object {
	t.Helper()
	obj, err := s.Put(t.Context(), key, strings.NewReader(body), 1024, contentType)
	if err != nil {
		t.Fatalf("Put(%q): %v", key, err)
	}
	return obj
}

func get(t *testing.T, s objectstore.Store, key string) ([]byte, objectstore.Object) {
	t.Helper()
	rc, obj, err := s.Get(t.Context(), key)
	if err != nil {
		t.Fatalf("Get(%q): %v", key, err)
	}
	defer rc.Close()
	body, err := io.ReadAll(rc)
	if err != nil {
		t.Fatalf("Get(%q) read: %v", key, err)
	}
	return body, obj
}

func notFound(t *testing.T, s objectstore.Store, key string) {
	t.Helper()
	rc, _, err := s.Get(context.Background(), key)
	if err == nil {
		rc.Close()
	}
	if !errors.Is(err, objectstore.ErrNotFound) {
		t.Fatalf("Get(%q): err = %v, want ErrNotFound", key, err)
	}
}

// checkObject compares everything but CreatedAt, which must only be set.
func checkObject(t *testing.T, op string, got, want objectstore.Object) {
	t.Helper()
	if got.CreatedAt.IsZero() {
		t.Errorf("%s: CreatedAt is zero", op)
	}
	got.CreatedAt = want.CreatedAt
	if got != want {
		t.Fatalf("%s: object = %+v, want %+v", op, got, want)
	}
}

func sum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func patternSum(t *testing.T, size int64) string {
	t.Helper()
	h := sha256.New()
	if _, err := io.Copy(h, Pattern(size)); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(h.Sum(nil))
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errBrokenUpload }
