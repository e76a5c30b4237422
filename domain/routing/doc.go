// Package routing holds the Routing value (a scheme and address pair such as IBAN
// "DE89370400440532013000"), decides whether an account routing is well-formed, and builds
// valid IBANs for accounts a bank opens.
//
// Routings identify accounts to other systems: a payment sent to an IBAN is delivered to
// whichever account carries that routing. A routing the system trusts must therefore be
// well-formed for its scheme, so that garbage cannot be stored and a value cannot be
// written in a second spelling that slips past uniqueness checks. Whether a well-formed
// routing may belong to a given account (e.g. an IBAN of another bank) is the account
// service's decision, not this package's.
package routing
