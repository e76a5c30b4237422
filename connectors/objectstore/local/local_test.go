package local_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/obp-go/obp/connectors/objectstore/local"
	"github.com/obp-go/obp/connectors/objectstore/storetest"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/objectstore"
)

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) objectstore.Store { return newStore(t, t.TempDir()) })
}

func newStore(t *testing.T, dir string) *local.Store {
	t.Helper()
	s, err := local.New(dir, clock.System)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func TestFilesArePrivate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "objects")
	s := newStore(t, dir)
	if _, err := s.Put(t.Context(), "kyc/c-1/id.png", strings.NewReader("png"), 100, "image/png"); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]fs.FileMode{"": 0o700, "kyc": 0o700, "kyc/c-1": 0o700, "kyc/c-1/id.png": 0o600} {
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got&^want != 0 {
			t.Errorf("%q has mode %v, want at most %v", name, got, want)
		}
	}
}

// Refused and failed puts leave no file behind, temporary or not.
func TestFailedPutsLeaveNoFiles(t *testing.T) {
	dir := t.TempDir()
	s := newStore(t, dir)
	ctx := t.Context()
	_, _ = s.Put(ctx, "kyc/a", storetest.Pattern(2000), 1000, "")
	_, _ = s.Put(ctx, "kyc/b", strings.NewReader(""), 1000, "")
	_, _ = s.Put(ctx, "kyc/c", iotest.ErrReader(errors.New("boom")), 1000, "")
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			t.Errorf("left behind: %s", p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// A symlink planted inside the directory cannot lead a key outside it.
func TestSymlinkCannotEscapeTheRoot(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "secret"), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "kyc")); err != nil {
		t.Fatal(err)
	}
	s := newStore(t, dir)
	if _, err := s.Put(t.Context(), "kyc/planted", strings.NewReader("x"), 10, ""); err == nil {
		t.Error("Put through a symlink out of the root succeeded")
	}
	if _, _, err := s.Get(t.Context(), "kyc/secret"); err == nil {
		t.Error("Get through a symlink out of the root succeeded")
	}
	if _, err := os.Stat(filepath.Join(outside, "planted")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a file was written outside the root: %v", err)
	}
}

func TestCorruptFileIsAnErrorNotAMiss(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "doc"), []byte("not an object"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err := newStore(t, dir).Get(t.Context(), "doc")
	if err == nil || errors.Is(err, objectstore.ErrNotFound) {
		t.Fatalf("err = %v, want a corruption error", err)
	}
}

// A 64 MiB upload streams to disk: the heap grows by a few buffers, not by the body.
func TestLargePutDoesNotBufferTheBody(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 64 MiB")
	}
	s := newStore(t, t.TempDir())
	const size = 64 << 20
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	obj, err := s.Put(t.Context(), "kyc/large.bin", storetest.Pattern(size), size, "application/octet-stream")
	runtime.ReadMemStats(&after)
	if err != nil || obj.Size != size {
		t.Fatalf("Put: %+v, %v", obj, err)
	}
	// TotalAlloc counts every allocation, freed or not, so a GC cannot hide a buffered body.
	grew := after.TotalAlloc - before.TotalAlloc
	t.Logf("Put of 64 MiB allocated %d KiB", grew>>10)
	if grew > 8<<20 {
		t.Fatalf("Put of 64 MiB allocated %d MiB", grew>>20)
	}
}
