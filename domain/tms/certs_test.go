package tms_test

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/tms"
)

func certPEM(der []byte) string {
	return string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}))
}

func rsaCSR(t *testing.T) string {
	t.Helper()
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.CreateCertificateRequest(rand.Reader, &x509.CertificateRequest{Subject: pkix.Name{CommonName: "d"}}, k)
	if err != nil {
		t.Fatal(err)
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE REQUEST", Bytes: der}))
}

// The device certificate has the layout of KOBIL's (kobil-tms-facts.md): CN the e-mail;
// SAN directory names UID=<user id> and the device id; CA:FALSE; digitalSignature and
// nonRepudiation; clientAuth; a policy; two years; a P-256 key.
func TestDeviceCertificateLayout(t *testing.T) {
	b := newBed(t)
	d := b.enrol(t, "u1")
	c := d.Cert
	if c.Subject.CommonName != "u1@example.com" || c.IsCA || !c.BasicConstraintsValid {
		t.Errorf("subject %q, CA %v", c.Subject, c.IsCA)
	}
	if c.KeyUsage != x509.KeyUsageDigitalSignature|x509.KeyUsageContentCommitment {
		t.Errorf("key usage %b", c.KeyUsage)
	}
	if len(c.ExtKeyUsage) != 1 || c.ExtKeyUsage[0] != x509.ExtKeyUsageClientAuth || len(c.Policies) != 1 {
		t.Errorf("EKU %v, policies %v", c.ExtKeyUsage, c.Policies)
	}
	if got := c.NotAfter.Sub(b.clk.Now()); got < 729*24*time.Hour || got > 731*24*time.Hour {
		t.Errorf("valid for %v", got)
	}
	var names []asn1.RawValue
	for _, e := range c.Extensions {
		if e.Id.Equal(asn1.ObjectIdentifier{2, 5, 29, 17}) {
			if _, err := asn1.Unmarshal(e.Value, &names); err != nil {
				t.Fatal(err)
			}
		}
	}
	want := map[string]string{"0.9.2342.19200300.100.1.1": "u1", "1.3.6.1.4.1.14481.109.2.1": d.ID}
	if len(names) != 2 {
		t.Fatalf("SAN has %d names", len(names))
	}
	for _, n := range names {
		var rdn pkix.RDNSequence
		if n.Tag != 4 || n.Class != asn1.ClassContextSpecific {
			t.Fatalf("SAN name tag %d class %d, want directoryName", n.Tag, n.Class)
		}
		if _, err := asn1.Unmarshal(n.Bytes, &rdn); err != nil {
			t.Fatal(err)
		}
		atv := rdn[0][0]
		if want[atv.Type.String()] != atv.Value {
			t.Errorf("SAN %s = %v", atv.Type, atv.Value)
		}
	}
	if tms.OIDAttributeTmsID.String() != "1.3.6.1.4.1.14481.109.3.1" {
		t.Errorf("TMS id attribute %s", tms.OIDAttributeTmsID)
	}
}
