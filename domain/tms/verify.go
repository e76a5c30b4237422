package tms

import (
	"bytes"
	"crypto/x509"
	"encoding/asn1"
	"time"

	"github.com/smallstep/pkcs7"

	"github.com/obp-go/obp/domain/obperr"
)

// Decision is a device's answer to a TMS.
type Decision string

// The decisions.
const (
	Accept  Decision = "ACCEPT"
	Decline Decision = "DECLINE"
)

// Answer is a device's decision and its CMS SignedData (DER or BER) over the TMS text.
type Answer struct {
	Decision   Decision
	SignedData []byte
}

// strongDigests are the digests a signature may use.
var strongDigests = []asn1.ObjectIdentifier{pkcs7.OIDDigestAlgorithmSHA256, pkcs7.OIDDigestAlgorithmSHA384, pkcs7.OIDDigestAlgorithmSHA512}

// verifySignedData checks that der is device d's confirmation of t, with nothing but the
// bank's CA trusted: one signer, whose certificate is exactly d's and chains to the CA
// for client authentication now; signed attributes of content type data, the TMS id,
// the user id and the device id; a valid signature over them and the message digest; and
// encapsulated content that is the TMS text, byte for byte. Any failure is OBP-38009
// saying which check failed.
func verifySignedData(der []byte, t TMS, d Device, ca CA, now time.Time) error {
	refuse := func(format string, args ...any) error {
		return obperr.TmsSignatureInvalid.Field("/signedData", format, args...)
	}
	p7, err := pkcs7.Parse(der)
	if err != nil {
		return refuse("It is not a CMS SignedData.")
	}
	if len(p7.Signers) != 1 {
		return refuse("It must have exactly one signer.")
	}
	if !digestAllowed(p7.Signers[0].DigestAlgorithm.Algorithm) {
		return refuse("Its digest must be SHA-256, SHA-384 or SHA-512.")
	}
	ee := p7.GetOnlySigner()
	if ee == nil {
		return refuse("It does not carry the signer's certificate.")
	}
	if !bytes.Equal(ee.Raw, d.Certificate) {
		return refuse("It is not signed with the certificate of device %s.", d.ID)
	}
	if _, err := ee.Verify(x509.VerifyOptions{Roots: ca.pool(), CurrentTime: now,
		KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}}); err != nil {
		return refuse("The device certificate does not chain to the bank's TMS CA now.")
	}
	var contentType asn1.ObjectIdentifier
	if err := p7.UnmarshalSignedAttribute(pkcs7.OIDAttributeContentType, &contentType); err != nil || !contentType.Equal(pkcs7.OIDData) {
		return refuse("It must have signed attributes, with content type data.")
	}
	if err := p7.Verify(); err != nil {
		return refuse("The signature does not verify.")
	}
	if !bytes.Equal(p7.Content, []byte(t.Data.Text)) {
		return refuse("The signed content is not the TMS text.")
	}
	for _, a := range []struct {
		oid       asn1.ObjectIdentifier
		name, val string
	}{{OIDAttributeTmsID, "TMS id", t.ID}, {OIDAttributeUserID, "user id", t.UserID}, {OIDAttributeDeviceID, "device id", d.ID}} {
		var got string
		if err := p7.UnmarshalSignedAttribute(a.oid, &got); err != nil {
			return refuse("It lacks the signed attribute %s (%s).", a.oid, a.name)
		}
		if got != a.val {
			return refuse("Its signed attribute %s (%s) is not this TMS's.", a.oid, a.name)
		}
	}
	return nil
}

func digestAllowed(oid asn1.ObjectIdentifier) bool {
	for _, d := range strongDigests {
		if oid.Equal(d) {
			return true
		}
	}
	return false
}
