package tms

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/base64"
	"encoding/hex"
	"encoding/pem"
	"strings"
	"time"

	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
)

// Device is an enrolled authenticator: its certificate, issued by the bank's CA, binds
// its P-256 key to the user and the device id. TokenHash is the SHA-256 of the device
// credential handed out once at enrolment.
type Device struct {
	ID          string // a ULID
	BankID      string
	UserID      string
	Name        string
	Certificate []byte // DER
	TokenHash   string
	CreatedAt   time.Time
	NotAfter    time.Time
	RevokedAt   *time.Time
}

// Enrolled is a device just enrolled, with its credential (shown once, never stored).
type Enrolled struct {
	Device
	Token string
}

// tokenLength is the device credential's length: 43 characters of [a-z0-9], over 220 bits.
const tokenLength = 43

// hashToken is how a device credential is kept: a plain SHA-256 suffices for a random
// secret of this size (no dictionary to guess from).
func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// holds reports whether token is d's credential, in constant time.
func (d Device) holds(token string) bool {
	return token != "" && subtle.ConstantTimeCompare([]byte(hashToken(token)), []byte(d.TokenHash)) == 1
}

// parseCSR reads a PKCS#10 request (PEM, or base64 of DER), checks its self-signature
// (the device holds the key) and that the key is ECDSA P-256 (OBP-38008 otherwise).
func parseCSR(in string) (*x509.CertificateRequest, error) {
	in = strings.TrimSpace(in)
	var der []byte
	if block, _ := pem.Decode([]byte(in)); block != nil {
		if block.Type != "CERTIFICATE REQUEST" && block.Type != "NEW CERTIFICATE REQUEST" {
			return nil, obperr.TmsCsrInvalid.Field("/csr", "A PEM block of type %q is not a certificate request.", block.Type)
		}
		der = block.Bytes
	} else {
		var err error
		if der, err = base64.StdEncoding.DecodeString(in); err != nil {
			return nil, obperr.TmsCsrInvalid.Field("/csr", "csr must be PEM or base64 of DER.")
		}
	}
	csr, err := x509.ParseCertificateRequest(der)
	if err != nil {
		return nil, obperr.TmsCsrInvalid.Field("/csr", "csr is not a PKCS#10 certificate request.")
	}
	if err := csr.CheckSignature(); err != nil {
		return nil, obperr.TmsCsrInvalid.Field("/csr", "The request's signature does not verify with its key.")
	}
	if k, ok := csr.PublicKey.(*ecdsa.PublicKey); !ok || k.Curve != elliptic.P256() {
		return nil, obperr.TmsCsrInvalid.Field("/csr", "The key must be ECDSA on P-256.")
	}
	return csr, nil
}

// Owner is who a device certificate is issued to.
type Owner struct {
	UserID, Email string
}

// issue certifies the CSR's key for deviceID of owner, in KOBIL's layout: subject CN the
// user's e-mail; SAN directory names UID=<user id> and <device id OID>=<device id>;
// CA:FALSE; digitalSignature and nonRepudiation; clientAuth; the device policy.
func (c CA) issue(csr *x509.CertificateRequest, deviceID string, owner Owner, now time.Time) (*x509.Certificate, error) {
	san, err := deviceSAN(owner.UserID, deviceID)
	if err != nil {
		return nil, err
	}
	sn, err := serial()
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{SerialNumber: sn, Subject: pkix.Name{CommonName: owner.Email},
		NotBefore: now.Add(-backdate), NotAfter: now.Add(deviceValidity), BasicConstraintsValid: true,
		KeyUsage:        x509.KeyUsageDigitalSignature | x509.KeyUsageContentCommitment,
		ExtKeyUsage:     []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth},
		Policies:        []x509.OID{devicePolicy},
		ExtraExtensions: []pkix.Extension{{Id: oidSubjectAltName, Value: san}}}
	if owner.Email == "" {
		// With an empty subject RFC 5280 wants the SAN critical.
		tmpl.ExtraExtensions[0].Critical = true
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, c.Certificate, csr.PublicKey, c.key)
	if err != nil {
		return nil, err
	}
	return x509.ParseCertificate(der)
}

// deviceSAN is the SubjectAltName extension's value: two directoryName GeneralNames
// ([4], explicit, around a Name), one per identity, each value a UTF8String.
func deviceSAN(userID, deviceID string) ([]byte, error) {
	var names []asn1.RawValue
	for _, atv := range []pkix.AttributeTypeAndValue{{Type: oidUID, Value: utf8String(userID)}, {Type: oidDeviceID, Value: utf8String(deviceID)}} {
		name, err := asn1.Marshal(pkix.RDNSequence{{atv}})
		if err != nil {
			return nil, err
		}
		names = append(names, asn1.RawValue{Class: asn1.ClassContextSpecific, Tag: 4, IsCompound: true, Bytes: name})
	}
	return asn1.Marshal(names)
}

func utf8String(s string) asn1.RawValue {
	return asn1.RawValue{Class: asn1.ClassUniversal, Tag: asn1.TagUTF8String, Bytes: []byte(s)}
}

// newDeviceID and newToken are the ids the enrolment hands out.
func newDeviceID(now time.Time) string { return ids.ULID(now) }
func newToken() string                 { return ids.Secret(tokenLength) }
