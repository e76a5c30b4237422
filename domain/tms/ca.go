package tms

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"time"
)

// StoredCA is a bank's issuing CA as the store keeps it: the certificate in DER, the
// private key (PKCS#8 DER) sealed with keyring.Sealer.
type StoredCA struct {
	BankID      string
	Certificate []byte
	Private     string
	CreatedAt   time.Time
}

// caValidity is how long a bank's CA certifies devices; deviceValidity how long a device
// certificate is good for (KOBIL's two years); backdate allows for devices' clock skew.
const (
	caValidity     = 20 * 365 * 24 * time.Hour
	deviceValidity = 2 * 365 * 24 * time.Hour
	backdate       = 5 * time.Minute
)

// sealID is the additional data the CA's sealed key is bound to.
func sealID(bankID string) string { return "tms-ca:" + bankID }

// serial is a random positive 127-bit certificate serial number.
func serial() (*big.Int, error) {
	return rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 127))
}

// newCA makes a bank's issuing CA: an ECDSA P-256 key and its self-signed certificate.
func newCA(bankID string, now time.Time, seal func(id string, secret []byte) string) (StoredCA, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return StoredCA{}, err
	}
	sn, err := serial()
	if err != nil {
		return StoredCA{}, err
	}
	name := pkix.Name{CommonName: bankID + " TMS issuing CA", OrganizationalUnit: []string{"TMS"}, Organization: []string{bankID}}
	tmpl := &x509.Certificate{SerialNumber: sn, Subject: name, NotBefore: now.Add(-backdate), NotAfter: now.Add(caValidity),
		IsCA: true, BasicConstraintsValid: true, MaxPathLenZero: true, KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return StoredCA{}, err
	}
	priv, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return StoredCA{}, err
	}
	return StoredCA{BankID: bankID, Certificate: der, Private: seal(sealID(bankID), priv), CreatedAt: now}, nil
}

// CA is a bank's issuing CA in use.
type CA struct {
	Certificate *x509.Certificate
	key         *ecdsa.PrivateKey // nil when only verifying
}

// PEM is the CA certificate, PEM-encoded.
func (c CA) PEM() []byte {
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Certificate.Raw})
}

// pool is a pool holding only the CA, the one root device certificates chain to.
func (c CA) pool() *x509.CertPool {
	p := x509.NewCertPool()
	p.AddCert(c.Certificate)
	return p
}

// openCA parses a stored CA; open, when not nil, unseals its private key too.
func openCA(s StoredCA, open func(id, stored string) ([]byte, error)) (CA, error) {
	cert, err := x509.ParseCertificate(s.Certificate)
	if err != nil {
		return CA{}, fmt.Errorf("tms CA of %s: %w", s.BankID, err)
	}
	ca := CA{Certificate: cert}
	if open == nil {
		return ca, nil
	}
	der, err := open(sealID(s.BankID), s.Private)
	if err != nil {
		return CA{}, fmt.Errorf("tms CA of %s: %w", s.BankID, err)
	}
	k, err := x509.ParsePKCS8PrivateKey(der)
	if err != nil {
		return CA{}, fmt.Errorf("tms CA of %s: %w", s.BankID, err)
	}
	key, ok := k.(*ecdsa.PrivateKey)
	if !ok || !key.PublicKey.Equal(cert.PublicKey) {
		return CA{}, errors.New("tms CA of " + s.BankID + ": the private key does not match the certificate")
	}
	ca.key = key
	return ca, nil
}
