package rest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// ID is how OBP sends its typed ids (BankId, AccountId, TransactionId, ...): {"value": "..."}.
type ID struct {
	Value string `json:"value"`
}

// AccountRouting is an account's identifier in a scheme, e.g. its IBAN.
type AccountRouting struct {
	Scheme  string `json:"scheme"`
	Address string `json:"address"`
}

// dateLayout is OBP's connector date format (yyyy-MM-dd'T'HH:mm:ss'Z', UTC).
const dateLayout = "2006-01-02T15:04:05Z"

// Date is a time in OBP's connector date format.
type Date struct{ time.Time }

// MarshalJSON writes the time in UTC, to the second.
func (d Date) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.UTC().Format(dateLayout))
}

// UnmarshalJSON reads OBP's format, or any RFC 3339 time an adapter may send.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		if t, err = time.Parse(time.RFC3339Nano, s); err != nil {
			return fmt.Errorf("date %q: %w", s, err)
		}
	}
	d.Time = t
	return nil
}

// Duration is a backend message's duration in seconds, a decimal OBP writes as a string
// ("5.123"); an adapter may send a number, which is kept as its text.
type Duration string

// UnmarshalJSON accepts a string or a number.
func (d *Duration) UnmarshalJSON(b []byte) error {
	if bytes.Equal(b, []byte("null")) {
		*d = ""
		return nil
	}
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*d = Duration(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("duration: %w", err)
	}
	*d = Duration(n)
	return nil
}

// Instant is a time in our own fields (creation and posting times OBP's messages lack):
// RFC 3339 in UTC with the fraction of a second, so that records made within one second
// keep their order. It reads OBP's date format too.
type Instant struct{ time.Time }

// MarshalJSON writes the time in UTC, to the nanosecond.
func (i Instant) MarshalJSON() ([]byte, error) {
	return json.Marshal(i.UTC().Format(time.RFC3339Nano))
}

// UnmarshalJSON reads RFC 3339 or OBP's date format.
func (i *Instant) UnmarshalJSON(b []byte) error {
	var d Date
	if err := d.UnmarshalJSON(b); err != nil {
		return err
	}
	i.Time = d.Time
	return nil
}
