package tms

import (
	"crypto/x509"
	"encoding/asn1"
)

// The object identifiers of device certificates and of answers' signed attributes. They
// are KOBIL's (its private enterprise number 14481, arc 109), reused as they are so that a
// relying party that already reads KOBIL TMS results reads ours unchanged; a deployment
// with an enterprise number of its own changes arc here and nowhere else.
var arc = asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 14481, 109}

func under(a asn1.ObjectIdentifier, more ...int) asn1.ObjectIdentifier {
	return append(append(asn1.ObjectIdentifier{}, a...), more...)
}

var (
	// OIDAttributeTmsID, OIDAttributeUserID and OIDAttributeDeviceID are the signed
	// attributes (IA5String) an answer carries: the TMS id, the user id and the device id.
	OIDAttributeTmsID    = under(arc, 3, 1)
	OIDAttributeUserID   = under(arc, 3, 2)
	OIDAttributeDeviceID = under(arc, 3, 3)

	// oidDeviceID names the device id in a device certificate's SAN directory name.
	oidDeviceID = under(arc, 2, 1)
	// oidUID is LDAP's userid (RFC 4519), which names the user id in the other.
	oidUID = asn1.ObjectIdentifier{0, 9, 2342, 19200300, 100, 1, 1}
	// oidSubjectAltName is the SAN extension's id (RFC 5280).
	oidSubjectAltName = asn1.ObjectIdentifier{2, 5, 29, 17}
)

// devicePolicy is the certificate policy of device certificates.
var devicePolicy = mustOID(under(arc, 1, 4))

func mustOID(a asn1.ObjectIdentifier) x509.OID {
	ints := make([]uint64, len(a))
	for i, v := range a {
		ints[i] = uint64(v)
	}
	oid, err := x509.OIDFromInts(ints)
	if err != nil {
		panic(err)
	}
	return oid
}
