package customer

import (
	"regexp"
	"strconv"
	"time"

	"github.com/obp-go/obp/domain/obperr"
)

// Attribute is a bank-defined name/value pair on a customer, typed so that clients can
// read the value ("SPECIAL_TAX_NUMBER", STRING, "123456789").
type Attribute struct {
	ID    string
	Name  string
	Type  AttributeType
	Value string
}

// AttributeType is OBP's attribute type: what the value holds.
type AttributeType string

// The attribute types OBP accepts.
const (
	AttributeString      AttributeType = "STRING"
	AttributeInteger     AttributeType = "INTEGER"
	AttributeDouble      AttributeType = "DOUBLE"
	AttributeDateWithDay AttributeType = "DATE_WITH_DAY"
)

// AttributeTypes lists every type, for schemas and messages.
var AttributeTypes = []AttributeType{AttributeString, AttributeInteger, AttributeDouble, AttributeDateWithDay}

var integerValue = regexp.MustCompile(`^-?[0-9]{1,18}$`)

// Validate checks the attribute has a name and a value its type can hold.
func (a Attribute) Validate() error {
	if a.Name == "" {
		return obperr.InvalidRequestPayload.Field("/name", "name must not be empty.")
	}
	switch a.Type {
	case AttributeString:
		return nil
	case AttributeInteger:
		if !integerValue.MatchString(a.Value) {
			return obperr.InvalidNumber.Field("/value", "an INTEGER attribute needs a whole number, got %q.", a.Value)
		}
	case AttributeDouble:
		if _, err := strconv.ParseFloat(a.Value, 64); err != nil {
			return obperr.InvalidNumber.Field("/value", "a DOUBLE attribute needs a number, got %q.", a.Value)
		}
	case AttributeDateWithDay:
		if _, err := time.Parse(time.DateOnly, a.Value); err != nil {
			return obperr.InvalidDateFormat.Field("/value", "a DATE_WITH_DAY attribute needs a date such as 2024-01-31, got %q.", a.Value)
		}
	default:
		return obperr.InvalidRequestPayload.Field("/type", "type must be one of STRING, INTEGER, DOUBLE or DATE_WITH_DAY, got %q.", a.Type)
	}
	return nil
}
