// Package tmsdevice plays a TMS authenticator device in tests: it makes its P-256 key and
// a certificate signing request, and answers a TMS the way a device app does, with a CMS
// SignedData over the text carrying the TMS, user and device ids as signed attributes.
package tmsdevice

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"fmt"

	"github.com/smallstep/pkcs7"

	"github.com/obp-go/obp/domain/tms"
)

// Device is a device's key and, once enrolled, its id, credential and certificate.
type Device struct {
	Key   *ecdsa.PrivateKey
	ID    string
	Token string
	Cert  *x509.Certificate
}

// New makes a device with a fresh P-256 key.
func New() *Device {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		panic(err)
	}
	return &Device{Key: k}
}

// CSR is a PKCS#10 request for the device's key, PEM-encoded.
func (d *Device) CSR() string {
	der, err := x509.CreateCertificateRequest(rand.Reader, &x509.CertificateRequest{Subject: pkix.Name{CommonName: "device"}}, d.Key)
	if err != nil {
		panic(err)
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE REQUEST", Bytes: der}))
}

// Enrolled records what the enrolment answered: the device id, credential and certificate PEM.
func (d *Device) Enrolled(id, token, certPEM string) error {
	block, _ := pem.Decode([]byte(certPEM))
	if block == nil {
		return fmt.Errorf("certificate is not PEM: %q", certPEM)
	}
	cert, err := x509.ParseCertificate(block.Bytes)
	if err != nil {
		return err
	}
	d.ID, d.Token, d.Cert = id, token, cert
	return nil
}

// Attributes are the ids an answer carries; a test changes one to forge a wrong answer.
type Attributes struct {
	TmsID, UserID, DeviceID string
}

// Sign is the device's answer over text: DER of a CMS SignedData (SHA-256, ECDSA) that
// embeds the content and the device certificate, with the ids as IA5String attributes.
func (d *Device) Sign(text string, a Attributes) []byte {
	sd, err := pkcs7.NewSignedData([]byte(text))
	if err != nil {
		panic(err)
	}
	sd.SetDigestAlgorithm(pkcs7.OIDDigestAlgorithmSHA256)
	ia5 := func(s string) asn1.RawValue { return asn1.RawValue{Tag: asn1.TagIA5String, Bytes: []byte(s)} }
	err = sd.AddSigner(d.Cert, d.Key, pkcs7.SignerInfoConfig{ExtraSignedAttributes: []pkcs7.Attribute{
		{Type: tms.OIDAttributeTmsID, Value: ia5(a.TmsID)},
		{Type: tms.OIDAttributeUserID, Value: ia5(a.UserID)},
		{Type: tms.OIDAttributeDeviceID, Value: ia5(a.DeviceID)},
	}})
	if err != nil {
		panic(err)
	}
	der, err := sd.Finish()
	if err != nil {
		panic(err)
	}
	return der
}
