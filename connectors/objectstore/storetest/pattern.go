package storetest

import "io"

// Pattern returns a reader of size deterministic, non-repeating-looking bytes made
// on the fly, so tests stream megabytes without holding them; size < 0 never ends.
func Pattern(size int64) io.Reader { return &pattern{left: size} }

type pattern struct {
	off, left int64
}

func (p *pattern) Read(b []byte) (int, error) {
	if p.left == 0 {
		return 0, io.EOF
	}
	if p.left > 0 && int64(len(b)) > p.left {
		b = b[:p.left]
	}
	for i := range b {
		o := p.off + int64(i)
		b[i] = byte(o*131 + o>>9 + o>>17)
	}
	p.off += int64(len(b))
	if p.left > 0 {
		p.left -= int64(len(b))
	}
	return len(b), nil
}
