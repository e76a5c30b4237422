// Package s3 keeps objectstore objects in an S3-compatible bucket through minio-go.
//
// A Put streams the body as a multipart upload of unknown length to a staging key
// under ".staging/" (no valid key starts with "."), then copies it server-side to its
// key with the SHA-256 and creation time as user metadata, which S3 only accepts
// before the body, and removes the staging object. So the key only ever holds a
// whole, hashed object, and a refused or failed body leaves the key as it was.
// A crash between the steps can leave a staging object: give the bucket a lifecycle
// rule that expires ".staging/" after a day.
package s3

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/objectstore"
)

const (
	stagingPrefix = ".staging/"
	metaSHA256    = "Sha256"
	metaCreatedAt = "Created-At"
)

// Store is an objectstore.Store on an S3-compatible bucket.
type Store struct {
	client   *minio.Client
	bucket   string
	partSize uint64
	clock    clock.Clock
}

var _ objectstore.Store = (*Store)(nil)

// New makes a Store; it does not contact the server (Check does).
func New(cfg Config, clk clock.Clock) (*Store, error) {
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("s3 objectstore: %w", err)
	}
	client, err := minio.New(cfg.Endpoint, &minio.Options{
		Creds:     credentials.NewStaticV4(cfg.AccessKey, cfg.SecretKey, ""),
		Secure:    cfg.UseTLS,
		Region:    cfg.Region,
		Transport: cfg.Transport,
	})
	if err != nil {
		return nil, fmt.Errorf("s3 objectstore: %w", err)
	}
	partSize := cfg.PartSize
	if partSize == 0 {
		partSize = DefaultPartSize
	}
	return &Store{client: client, bucket: cfg.Bucket, partSize: partSize, clock: clk}, nil
}

// Check tells whether the bucket is reachable with these credentials (for start-up and readiness).
func (s *Store) Check(ctx context.Context) error {
	ok, err := s.client.BucketExists(ctx, s.bucket)
	if err == nil && !ok {
		err = errors.New("bucket does not exist")
	}
	if err != nil {
		return fmt.Errorf("s3 objectstore: bucket %q: %w", s.bucket, err)
	}
	return nil
}

// Put implements objectstore.Store.
func (s *Store) Put(ctx context.Context, key string, r io.Reader, maxBytes int64, contentType string) (objectstore.Object, error) {
	contentType, err := objectstore.CheckPut(key, maxBytes, contentType)
	if err != nil {
		return objectstore.Object{}, err
	}
	if maxBytes > MaxObjectSize {
		return objectstore.Object{}, fmt.Errorf("%w: %d is over S3's copy limit of %d", objectstore.ErrBadLimit, maxBytes, int64(MaxObjectSize))
	}
	staging, err := stagingKey()
	if err != nil {
		return objectstore.Object{}, fmt.Errorf("s3 objectstore: put %q: %w", key, err)
	}
	// The staging object goes whatever happens, even if ctx was cancelled mid-upload.
	defer s.removeStaging(context.WithoutCancel(ctx), staging)

	lr := objectstore.NewLimitReader(ctx, r, maxBytes)
	// Size -1: a multipart upload buffering one part at a time; minio-go aborts it on error.
	_, err = s.client.PutObject(ctx, s.bucket, staging, lr, -1, minio.PutObjectOptions{ContentType: contentType, PartSize: s.partSize})
	switch {
	case lr.TooLarge():
		return objectstore.Object{}, fmt.Errorf("s3 objectstore: put %q: %w (limit %d bytes)", key, objectstore.ErrTooLarge, maxBytes)
	case lr.Ended() && lr.N() == 0: // some servers refuse the empty part before we can
		return objectstore.Object{}, fmt.Errorf("s3 objectstore: put %q: %w", key, objectstore.ErrEmpty)
	case err != nil:
		return objectstore.Object{}, fmt.Errorf("s3 objectstore: put %q: %w", key, err)
	}

	obj := objectstore.Object{Key: key, Size: lr.N(), ContentType: contentType, SHA256: lr.SHA256(), CreatedAt: s.clock.Now()}
	_, err = s.client.CopyObject(ctx, minio.CopyDestOptions{
		Bucket:          s.bucket,
		Object:          key,
		ContentType:     contentType,
		ReplaceMetadata: true,
		UserMetadata:    map[string]string{metaSHA256: obj.SHA256, metaCreatedAt: obj.CreatedAt.Format(time.RFC3339Nano)},
	}, minio.CopySrcOptions{Bucket: s.bucket, Object: staging})
	if err != nil {
		return objectstore.Object{}, fmt.Errorf("s3 objectstore: put %q: copy from staging: %w", key, err)
	}
	return obj, nil
}

// Get implements objectstore.Store. One GET returns the body and the metadata, so
// they belong to the same version of the object.
func (s *Store) Get(ctx context.Context, key string) (io.ReadCloser, objectstore.Object, error) {
	if err := objectstore.CheckKey(key); err != nil {
		return nil, objectstore.Object{}, err
	}
	body, info, _, err := minio.Core{Client: s.client}.GetObject(ctx, s.bucket, key, minio.GetObjectOptions{})
	if isNotFound(err) {
		return nil, objectstore.Object{}, fmt.Errorf("s3 objectstore: get %q: %w", key, objectstore.ErrNotFound)
	}
	if err != nil {
		return nil, objectstore.Object{}, fmt.Errorf("s3 objectstore: get %q: %w", key, err)
	}
	created, err := time.Parse(time.RFC3339Nano, info.Metadata.Get("X-Amz-Meta-"+metaCreatedAt))
	if err != nil {
		created = info.LastModified.UTC()
	}
	return body, objectstore.Object{
		Key:         key,
		Size:        info.Size,
		ContentType: info.ContentType,
		SHA256:      info.Metadata.Get("X-Amz-Meta-" + metaSHA256),
		CreatedAt:   created,
	}, nil
}

// Delete implements objectstore.Store.
func (s *Store) Delete(ctx context.Context, key string) error {
	if err := objectstore.CheckKey(key); err != nil {
		return err
	}
	if err := s.client.RemoveObject(ctx, s.bucket, key, minio.RemoveObjectOptions{}); err != nil && !isNotFound(err) {
		return fmt.Errorf("s3 objectstore: delete %q: %w", key, err)
	}
	return nil
}

// removeStaging is best effort: a leftover is expired by the bucket's lifecycle rule.
func (s *Store) removeStaging(ctx context.Context, staging string) {
	_ = s.client.RemoveObject(ctx, s.bucket, staging, minio.RemoveObjectOptions{})
}

func stagingKey() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	return stagingPrefix + hex.EncodeToString(b[:]), nil
}

func isNotFound(err error) bool {
	if err == nil {
		return false
	}
	code := minio.ToErrorResponse(err).Code
	return code == minio.NoSuchKey || code == "NotFound"
}
