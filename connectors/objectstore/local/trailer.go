package local

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/obp-go/obp/domain/objectstore"
)

// An object's file is its bytes followed by a trailer: the metadata as JSON, its
// length as a big-endian uint32, then trailerMagic. Keeping metadata in the same file
// makes the rename the only step that publishes an object, so data and metadata can
// never disagree; a trailer (not a header) lets Put write it after the hash is known.
const (
	trailerMagic   = "OBPOBJ1\n"
	trailerFixed   = 4 + len(trailerMagic)
	maxTrailerJSON = 4096
)

// errCorrupt marks a file that is not an object written by this package.
var errCorrupt = errors.New("local objectstore: corrupt object file")

type metadata struct {
	Key         string    `json:"key"`
	Size        int64     `json:"size"`
	ContentType string    `json:"content_type"`
	SHA256      string    `json:"sha256"`
	CreatedAt   time.Time `json:"created_at"`
}

func writeTrailer(w io.Writer, obj objectstore.Object) error {
	js, err := json.Marshal(metadata(obj))
	if err != nil {
		return err
	}
	if len(js) > maxTrailerJSON {
		return fmt.Errorf("metadata of %d bytes is over %d", len(js), maxTrailerJSON)
	}
	js = binary.BigEndian.AppendUint32(js, uint32(len(js)))
	_, err = w.Write(append(js, trailerMagic...))
	return err
}

func readTrailer(r io.ReaderAt, fileSize int64) (objectstore.Object, error) {
	if fileSize < int64(trailerFixed) {
		return objectstore.Object{}, errCorrupt
	}
	fixed := make([]byte, trailerFixed)
	if _, err := r.ReadAt(fixed, fileSize-int64(trailerFixed)); err != nil {
		return objectstore.Object{}, err
	}
	n := int64(binary.BigEndian.Uint32(fixed))
	if string(fixed[4:]) != trailerMagic || n > maxTrailerJSON || n > fileSize-int64(trailerFixed) {
		return objectstore.Object{}, errCorrupt
	}
	js := make([]byte, n)
	dataSize := fileSize - int64(trailerFixed) - n
	if _, err := r.ReadAt(js, dataSize); err != nil {
		return objectstore.Object{}, err
	}
	var m metadata
	if err := json.Unmarshal(js, &m); err != nil || m.Size != dataSize {
		return objectstore.Object{}, errCorrupt
	}
	return objectstore.Object(m), nil
}
