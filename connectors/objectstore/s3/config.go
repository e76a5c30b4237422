package s3

import (
	"errors"
	"net/http"
)

const (
	// DefaultPartSize is what one Put holds in memory at a time: minio-go buffers one
	// multipart part of a body of unknown length before sending it.
	DefaultPartSize = 8 << 20
	// minPartSize is S3's smallest part (every part but the last).
	minPartSize = 5 << 20
	// MaxObjectSize is S3's limit for the single server-side copy a Put ends with.
	MaxObjectSize = 5 << 30
)

// Config locates the bucket. The README lists the env variables that fill it
// (OBP_S3_ENDPOINT, OBP_S3_BUCKET, OBP_S3_ACCESS_KEY, OBP_S3_SECRET_KEY,
// OBP_S3_REGION, OBP_S3_USE_TLS).
type Config struct {
	Endpoint  string // host[:port], no scheme: s3.eu-west-1.amazonaws.com, minio.internal:9000
	Bucket    string
	AccessKey string
	SecretKey string
	Region    string // empty: asked of the server on first use
	UseTLS    bool
	// PartSize is the memory one Put buffers; 0 means DefaultPartSize, at least 5 MiB.
	// A body can have at most 10,000 parts.
	PartSize uint64
	// Transport replaces the HTTP transport (tests, custom CAs); nil: minio-go's default.
	Transport http.RoundTripper
}

func (c Config) validate() error {
	var errs []error
	if c.Endpoint == "" {
		errs = append(errs, errors.New("endpoint is required"))
	}
	if c.Bucket == "" {
		errs = append(errs, errors.New("bucket is required"))
	}
	if c.AccessKey == "" || c.SecretKey == "" {
		errs = append(errs, errors.New("access key and secret key are required"))
	}
	if c.PartSize != 0 && c.PartSize < minPartSize {
		errs = append(errs, errors.New("part size must be at least 5 MiB"))
	}
	return errors.Join(errs...)
}
