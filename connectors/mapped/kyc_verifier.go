package mapped

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"image"
	_ "image/jpeg" // decoders the verifier reads uploads with
	_ "image/png"
	"io"
	"strings"

	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/kyc"
	"github.com/obp-go/obp/domain/kycsubmission"
)

// KycVerifier is the mapped connector's submission verifier: it checks what can be
// checked without a KYC provider — the file is of its type's family, within its size, and
// readable (an image whose header decodes, a PDF with its header and end marker) — and
// records what it found on the customer as a KYC check and a KYC document, both keyed by
// the submission, so that deciding it again changes nothing. A bank plugs in its own
// provider behind the same port.
type KycVerifier struct {
	conn  kycRecorder
	clock clock.Clock
}

// kycRecorder is where the verifier records: the connector in use (mapped, or an adapter's).
type kycRecorder interface {
	GetCustomerByCustomerID(ctx context.Context, customerID string) (customer.Customer, error)
	CreateOrUpdateKycCheck(ctx context.Context, c kyc.Check) (kyc.Check, error)
	CreateOrUpdateKycDocument(ctx context.Context, d kyc.Document) (kyc.Document, error)
}

// NewKycVerifier returns the verifier recording through conn, stamping with clk.
func NewKycVerifier(conn kycRecorder, clk clock.Clock) KycVerifier {
	return KycVerifier{conn: conn, clock: clk}
}

// pdfTail is how much of a PDF's end is searched for its %%EOF marker.
const pdfTail = 1024

// VerifySubmission implements kycsubmission.Verifier. It reads the file once, streaming.
func (v KycVerifier) VerifySubmission(ctx context.Context, s kycsubmission.Submission, file io.Reader) ([]string, error) {
	reasons, err := check(s, file)
	if err != nil {
		return nil, err
	}
	return reasons, v.record(ctx, s, reasons)
}

// record keeps the verification on the customer: a check (satisfied when nothing was
// found wrong) and the document submitted.
func (v KycVerifier) record(ctx context.Context, s kycsubmission.Submission, reasons []string) error {
	cu, err := v.conn.GetCustomerByCustomerID(ctx, s.CustomerID)
	if err != nil {
		return err
	}
	now := v.clock.Now()
	comments := "Partner submission " + s.ID + " (" + s.Type + ", sha256 " + s.SHA256 + ") from app " + s.ConsumerID
	if len(reasons) > 0 {
		comments += ": " + strings.Join(reasons, "; ")
	}
	if _, err := v.conn.CreateOrUpdateKycCheck(ctx, kyc.Check{ID: s.ID, BankID: s.BankID, CustomerID: s.CustomerID,
		CustomerNumber: cu.Number, Date: now, How: "PARTNER_SUBMISSION_" + s.Type, StaffName: "automatic verification",
		Satisfied: len(reasons) == 0, Comments: comments}); err != nil {
		return err
	}
	_, err = v.conn.CreateOrUpdateKycDocument(ctx, kyc.Document{ID: s.ID, BankID: s.BankID, CustomerID: s.CustomerID,
		CustomerNumber: cu.Number, Type: s.Type, Number: s.SHA256, IssueDate: now, IssuePlace: "partner submission"})
	return err
}

// check reads the file and says what is wrong with it.
func check(s kycsubmission.Submission, file io.Reader) ([]string, error) {
	counted := &countingReader{r: file}
	r := bufio.NewReaderSize(counted, kycsubmission.SniffLen)
	head, _ := r.Peek(kycsubmission.SniffLen)
	if len(head) == 0 {
		return []string{"EMPTY: the file is empty"}, nil
	}
	var reasons []string
	contentType, family := kycsubmission.Sniff(head)
	if family != s.Family {
		reasons = append(reasons, fmt.Sprintf("WRONG_TYPE: the file is %s, not %s", contentType, s.Family))
	}
	switch family {
	case kycsubmission.Image:
		if !imageReadable(contentType, head, r) {
			reasons = append(reasons, "UNREADABLE: the image does not decode")
		}
	case kycsubmission.PDF:
		if !pdfEnds(r) {
			reasons = append(reasons, "UNREADABLE: the PDF has no end-of-file marker")
		}
	}
	if _, err := io.Copy(io.Discard, r); err != nil {
		return nil, err
	}
	if counted.n > s.MaxBytes {
		reasons = append(reasons, fmt.Sprintf("TOO_LARGE: %d bytes, at most %d", counted.n, s.MaxBytes))
	}
	return reasons, nil
}

// imageReadable decodes a JPEG's or PNG's header; a WebP's RIFF container must name a
// VP8 bitstream (the standard library has no WebP decoder).
func imageReadable(contentType string, head []byte, r io.Reader) bool {
	if contentType == "image/webp" {
		return len(head) >= 16 && bytes.Equal(head[8:12], []byte("WEBP")) && bytes.HasPrefix(head[12:16], []byte("VP8"))
	}
	_, _, err := image.DecodeConfig(r)
	return err == nil
}

// pdfEnds reads r to its end and reports whether %%EOF appears in its last bytes.
func pdfEnds(r io.Reader) bool {
	tail := make([]byte, 0, 2*pdfTail)
	buf := make([]byte, 32<<10)
	for {
		n, err := r.Read(buf)
		tail = append(tail, buf[:n]...)
		if len(tail) > pdfTail {
			tail = append(tail[:0], tail[len(tail)-pdfTail:]...)
		}
		if err != nil {
			return bytes.Contains(tail, []byte("%%EOF"))
		}
	}
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
