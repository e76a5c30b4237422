package s3_test

import (
	"context"
	"errors"
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"

	"github.com/obp-go/obp/connectors/objectstore/s3"
	"github.com/obp-go/obp/connectors/objectstore/storetest"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/objectstore"
)

const bucket = "kyc-documents"

// fakeS3 serves an in-memory S3 over TLS on loopback for the test's lifetime and
// returns the config that reaches it. TLS is also what production uses, and there
// minio-go sends parts plainly rather than in aws-chunked signed encoding, which
// gofakes3 does not decode for multipart parts.
func fakeS3(t *testing.T) s3.Config {
	t.Helper()
	backend := s3mem.New()
	if err := backend.CreateBucket(bucket); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewTLSServer(gofakes3.New(backend, gofakes3.WithLogger(gofakes3.DiscardLog())).Server())
	t.Cleanup(srv.Close)
	return s3.Config{
		Endpoint:  strings.TrimPrefix(srv.URL, "https://"),
		Bucket:    bucket,
		AccessKey: "test-access",
		SecretKey: "test-secret",
		Region:    "us-east-1",
		UseTLS:    true,
		Transport: srv.Client().Transport, // trusts the test server's certificate
		PartSize:  5 << 20,                // the smallest, so the 5 MiB contract body fills a whole part
	}
}

func newStore(t *testing.T, cfg s3.Config) *s3.Store {
	t.Helper()
	s, err := s3.New(cfg, clock.System)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) objectstore.Store { return newStore(t, fakeS3(t)) })
}

func TestCheck(t *testing.T) {
	cfg := fakeS3(t)
	if err := newStore(t, cfg).Check(t.Context()); err != nil {
		t.Fatal(err)
	}
	cfg.Bucket = "no-such-bucket"
	if err := newStore(t, cfg).Check(t.Context()); err == nil {
		t.Fatal("Check of a missing bucket succeeded")
	}
}

func TestConfigIsValidated(t *testing.T) {
	for name, cfg := range map[string]s3.Config{
		"no endpoint":    {Bucket: "b", AccessKey: "a", SecretKey: "s"},
		"no bucket":      {Endpoint: "localhost:9000", AccessKey: "a", SecretKey: "s"},
		"no credentials": {Endpoint: "localhost:9000", Bucket: "b"},
		"tiny parts":     {Endpoint: "localhost:9000", Bucket: "b", AccessKey: "a", SecretKey: "s", PartSize: 1 << 20},
	} {
		if _, err := s3.New(cfg, clock.System); err == nil {
			t.Errorf("%s: New succeeded", name)
		}
	}
}

// The SHA-256 is user metadata on the object itself, where other tools can read it,
// and no staging object or unfinished upload outlives a Put, refused or not.
func TestPutsLeaveOnlyTheirObject(t *testing.T) {
	cfg := fakeS3(t)
	s := newStore(t, cfg)
	ctx := t.Context()
	obj, err := s.Put(ctx, "kyc/c-1/id.png", strings.NewReader("png bytes"), 100, "image/png")
	if err != nil {
		t.Fatal(err)
	}
	_, _ = s.Put(ctx, "kyc/c-1/over.png", storetest.Pattern(6<<20), 5<<20, "image/png")
	_, _ = s.Put(ctx, "kyc/c-1/empty.png", strings.NewReader(""), 100, "image/png")
	// The reader fails after a whole part went up: the multipart upload must be aborted.
	broken := io.MultiReader(storetest.Pattern(6<<20), iotest.ErrReader(errors.New("client went away")))
	if _, err := s.Put(ctx, "kyc/c-1/broken.png", broken, 10<<20, "image/png"); err == nil {
		t.Fatal("Put of a failing body succeeded")
	}

	raw, err := minio.New(cfg.Endpoint, &minio.Options{Creds: credentials.NewStaticV4(cfg.AccessKey, cfg.SecretKey, ""), Region: cfg.Region, Secure: true, Transport: cfg.Transport})
	if err != nil {
		t.Fatal(err)
	}
	info, err := raw.StatObject(ctx, bucket, "kyc/c-1/id.png", minio.StatObjectOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := info.Metadata.Get("X-Amz-Meta-Sha256"); got != obj.SHA256 {
		t.Errorf("sha256 metadata = %q, want %q", got, obj.SHA256)
	}
	var keys []string
	for o := range raw.ListObjects(ctx, bucket, minio.ListObjectsOptions{Recursive: true}) {
		if o.Err != nil {
			t.Fatal(o.Err)
		}
		keys = append(keys, o.Key)
	}
	if len(keys) != 1 || keys[0] != "kyc/c-1/id.png" {
		t.Errorf("bucket holds %q, want only kyc/c-1/id.png", keys)
	}
	for u := range raw.ListIncompleteUploads(ctx, bucket, "", true) {
		if u.Err != nil {
			t.Fatal(u.Err)
		}
		t.Errorf("unfinished upload left: %s", u.Key)
	}
}

func TestCancelledPutKeepsNothing(t *testing.T) {
	s := newStore(t, fakeS3(t))
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := s.Put(ctx, "kyc/x", strings.NewReader("x"), 10, ""); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if _, _, err := s.Get(t.Context(), "kyc/x"); !errors.Is(err, objectstore.ErrNotFound) {
		t.Fatalf("Get: %v, want ErrNotFound", err)
	}
}
