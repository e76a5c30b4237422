package tmsdevice

import (
	"crypto/ecdsa"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"os"
)

// state is a device as the reference authenticator keeps it on its own disk: the key
// (the device's, never sent anywhere), the id, the credential and the certificate.
type state struct {
	KeyPEM  string `json:"key"`
	ID      string `json:"device_id"`
	Token   string `json:"device_token"`
	CertPEM string `json:"certificate"`
}

// Save writes the enrolled device to path, readable by its owner only.
func (d *Device) Save(path string) error {
	der, err := x509.MarshalPKCS8PrivateKey(d.Key)
	if err != nil {
		return err
	}
	st := state{KeyPEM: string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})), ID: d.ID, Token: d.Token,
		CertPEM: string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: d.Cert.Raw}))}
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o600)
}

// Load reads a device Save wrote.
func Load(path string) (*Device, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var st state
	if err := json.Unmarshal(b, &st); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	block, _ := pem.Decode([]byte(st.KeyPEM))
	if block == nil {
		return nil, fmt.Errorf("%s: no key", path)
	}
	k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return nil, err
	}
	key, ok := k.(*ecdsa.PrivateKey)
	if !ok {
		return nil, fmt.Errorf("%s: the key is not ECDSA", path)
	}
	d := &Device{Key: key}
	return d, d.Enrolled(st.ID, st.Token, st.CertPEM)
}
