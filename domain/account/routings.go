package account

import (
	"strconv"
	"strings"

	"github.com/obp-go/obp/domain/bank"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/routing"
)

// NationalBankCode is the bank routing scheme that names the bank's own code at the start
// of the IBANs it issues, where the country's usual routings do not give it.
const NationalBankCode = "NATIONAL_BANK_CODE"

// checkRoutings validates routings an administrator chose: well-formed for their scheme
// (IBANs normalised to their electronic form first) and one per scheme.
func checkRoutings(rs []routing.Routing) ([]routing.Routing, error) {
	out := make([]routing.Routing, len(rs))
	seen := map[string]bool{}
	for i, r := range rs {
		if strings.EqualFold(r.Scheme, "IBAN") {
			r.Address = routing.NormalizeIBAN(r.Address)
		}
		if err := routing.ValidateAccountRouting(r.Scheme, r.Address); err != nil {
			return nil, err
		}
		scheme := strings.ToUpper(r.Scheme)
		if seen[scheme] {
			return nil, obperr.AccountRoutingAlreadyExist.With("Scheme %s appears twice.", r.Scheme)
		}
		seen[scheme] = true
		out[i] = r
	}
	return out, nil
}

// assigned is the number and routings the bank gives an account it opens: a random
// account number and, where the bank's routings give its IBAN prefix, an IBAN made of it.
func assigned(b bank.Bank) (number string, rs []routing.Routing, err error) {
	country, code, ok := ibanPrefix(b)
	if !ok {
		return ids.Digits(10), nil, nil
	}
	length, _ := routing.BBANLength(country)
	digits := ids.Digits(min(length-len(code), 18))
	serial, err := strconv.ParseUint(digits, 10, 64)
	if err != nil {
		return "", nil, err
	}
	iban, err := routing.GenerateIBAN(country, code, serial)
	if err != nil {
		// The bank's routings do not make an IBAN prefix for its country (a bank setting,
		// not the caller's doing): the account gets its number and no IBAN.
		return digits, nil, nil
	}
	return iban[4+len(code):], []routing.Routing{{Scheme: "IBAN", Address: iban}}, nil
}

// ibanPrefix is the country and national code that start the IBANs the bank issues: the
// country of its BIC, and its NATIONAL_BANK_CODE routing or, where the country's IBAN
// takes them from the bank's usual routings, those (GB and IE: the BIC's institution code
// and the sort code; DE: the BLZ).
func ibanPrefix(b bank.Bank) (country, code string, ok bool) {
	get := func(scheme string) string {
		for _, r := range b.Routings {
			if strings.EqualFold(r.Scheme, scheme) {
				return strings.TrimSpace(r.Address)
			}
		}
		return ""
	}
	bic := get("BIC")
	country = routing.CountryOfBIC(bic)
	if country == "" {
		return "", "", false
	}
	code = get(NationalBankCode)
	if code == "" {
		switch country {
		case "GB", "IE":
			if sort := strings.ReplaceAll(get("SORT_CODE"), "-", ""); sort != "" {
				code = bic[:4] + sort
			}
		case "DE":
			code = get("BLZ")
		}
	}
	if _, known := routing.BBANLength(country); !known || code == "" {
		return "", "", false
	}
	return country, code, true
}
