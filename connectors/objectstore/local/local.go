// Package local keeps objectstore objects as files under one directory. Every access
// goes through an os.Root, so no key (already limited by objectstore.ValidKey) and no
// symlink can reach outside it. A Put streams into a hidden temporary file beside its
// target and renames it into place, so readers see the old object or the whole new one.
package local

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/objectstore"
)

// Store is an objectstore.Store on the local disk.
type Store struct {
	root  *os.Root
	clock clock.Clock
}

var _ objectstore.Store = (*Store)(nil)

// New opens (creating it 0700 if missing) the directory dir. Close releases it.
func New(dir string, clk clock.Clock) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("local objectstore: %w", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("local objectstore: %w", err)
	}
	return &Store{root: root, clock: clk}, nil
}

// Close releases the directory.
func (s *Store) Close() error { return s.root.Close() }

// Put implements objectstore.Store.
func (s *Store) Put(ctx context.Context, key string, r io.Reader, maxBytes int64, contentType string) (objectstore.Object, error) {
	contentType, err := objectstore.CheckPut(key, maxBytes, contentType)
	if err != nil {
		return objectstore.Object{}, err
	}
	name, err := path(key)
	if err != nil {
		return objectstore.Object{}, err
	}
	dir := filepath.Dir(name)
	if err := s.root.MkdirAll(dir, 0o700); err != nil {
		return objectstore.Object{}, fmt.Errorf("local objectstore: put %q: %w", key, err)
	}
	tmp, f, err := s.createTemp(dir)
	if err != nil {
		return objectstore.Object{}, fmt.Errorf("local objectstore: put %q: %w", key, err)
	}
	kept := false
	defer func() {
		if !kept {
			_ = f.Close()
			_ = s.root.Remove(tmp)
		}
	}()

	lr := objectstore.NewLimitReader(ctx, r, maxBytes)
	if _, err := io.Copy(f, lr); err != nil {
		if lr.TooLarge() {
			return objectstore.Object{}, fmt.Errorf("local objectstore: put %q: %w (limit %d bytes)", key, objectstore.ErrTooLarge, maxBytes)
		}
		return objectstore.Object{}, fmt.Errorf("local objectstore: put %q: %w", key, err)
	}
	if lr.N() == 0 {
		return objectstore.Object{}, fmt.Errorf("local objectstore: put %q: %w", key, objectstore.ErrEmpty)
	}
	obj := objectstore.Object{Key: key, Size: lr.N(), ContentType: contentType, SHA256: lr.SHA256(), CreatedAt: s.clock.Now()}
	if err := writeTrailer(f, obj); err != nil {
		return objectstore.Object{}, fmt.Errorf("local objectstore: put %q: %w", key, err)
	}
	if err := f.Sync(); err != nil {
		return objectstore.Object{}, fmt.Errorf("local objectstore: put %q: %w", key, err)
	}
	if err := f.Close(); err != nil {
		return objectstore.Object{}, fmt.Errorf("local objectstore: put %q: %w", key, err)
	}
	if err := s.root.Rename(tmp, name); err != nil {
		return objectstore.Object{}, fmt.Errorf("local objectstore: put %q: %w", key, err)
	}
	kept = true
	// The rename is durable once the directory is synced; the object is in place either way.
	if err := s.syncDir(dir); err != nil {
		return obj, fmt.Errorf("local objectstore: put %q: sync directory: %w", key, err)
	}
	return obj, nil
}

// Get implements objectstore.Store.
func (s *Store) Get(_ context.Context, key string) (io.ReadCloser, objectstore.Object, error) {
	name, err := path(key)
	if err != nil {
		return nil, objectstore.Object{}, err
	}
	f, err := s.root.Open(name)
	if missing(err) {
		return nil, objectstore.Object{}, fmt.Errorf("local objectstore: get %q: %w", key, objectstore.ErrNotFound)
	}
	if err != nil {
		return nil, objectstore.Object{}, fmt.Errorf("local objectstore: get %q: %w", key, err)
	}
	fi, err := f.Stat()
	if err == nil && !fi.Mode().IsRegular() {
		err = objectstore.ErrNotFound // a directory of other keys, not an object
	}
	var obj objectstore.Object
	if err == nil {
		obj, err = readTrailer(f, fi.Size())
	}
	if err != nil {
		_ = f.Close()
		return nil, objectstore.Object{}, fmt.Errorf("local objectstore: get %q: %w", key, err)
	}
	obj.Key = key
	return readCloser{io.NewSectionReader(f, 0, obj.Size), f}, obj, nil
}

// Delete implements objectstore.Store.
func (s *Store) Delete(_ context.Context, key string) error {
	name, err := path(key)
	if err != nil {
		return err
	}
	fi, err := s.root.Lstat(name)
	if missing(err) || err == nil && !fi.Mode().IsRegular() {
		return nil
	}
	if err == nil {
		err = s.root.Remove(name)
	}
	if err != nil && !missing(err) {
		return fmt.Errorf("local objectstore: delete %q: %w", key, err)
	}
	return nil
}

// path turns a valid key into a name relative to the root.
func path(key string) (string, error) {
	if err := objectstore.CheckKey(key); err != nil {
		return "", err
	}
	name := filepath.FromSlash(key)
	if !filepath.IsLocal(name) { // ValidKey already ensures it; os.Root enforces it again
		return "", fmt.Errorf("%w: %q", objectstore.ErrBadKey, key)
	}
	return name, nil
}

// createTemp makes a hidden 0600 file in dir; keys never start with ".", so it
// cannot collide with an object.
func (s *Store) createTemp(dir string) (string, *os.File, error) {
	for range 10 {
		var b [12]byte
		_, _ = rand.Read(b[:])
		name := filepath.Join(dir, ".tmp-"+hex.EncodeToString(b[:]))
		f, err := s.root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return name, f, err
	}
	return "", nil, errors.New("no free temporary file name")
}

func (s *Store) syncDir(dir string) error {
	d, err := s.root.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// missing is true for a key with no file, including one whose parent is a file.
func missing(err error) bool {
	return errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR)
}

type readCloser struct {
	io.Reader
	io.Closer
}
