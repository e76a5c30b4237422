package kyc

import (
	"time"

	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/obperr"
)

// ParseDate reads a required date of a KYC record: a day ("2020-01-27") or an RFC 3339
// time, in UTC. pointer names the field in the error.
func ParseDate(pointer, s string) (time.Time, error) {
	t, err := customer.ParseDate(pointer, s)
	if err != nil {
		return time.Time{}, err
	}
	if t == nil {
		return time.Time{}, obperr.InvalidDateFormat.Field(pointer, "%s must not be empty.", pointer)
	}
	return *t, nil
}
