package rest

import (
	"context"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/obperr"
)

var (
	createOrUpdateCustomerAttribute = define(
		write(port.CreateOrUpdateCustomerAttribute, obperr.InvalidConnectorResponse, nil),
		"Stores the customer's attribute under customerAttributeId, replacing the attribute of that id whatever "+
			"its name, type and value; answers the attribute as stored. This server always sends the id.",
		func(ctx context.Context, b port.Connector, out OutBoundCreateOrUpdateCustomerAttribute) (CustomerAttributeCommons, error) {
			a := customer.Attribute{ID: out.CustomerAttributeID, Name: out.Name, Type: out.AttributeType, Value: out.Value}
			got, err := b.CreateOrUpdateCustomerAttribute(ctx, out.BankID.Value, out.CustomerID.Value, a)
			return NewCustomerAttributeCommons(out.BankID.Value, out.CustomerID.Value, got), err
		})
	getCustomerAttributes = define(read(port.GetCustomerAttributes, obperr.InvalidConnectorResponse, nil),
		"The customer's attributes, oldest first; an empty list when none.",
		func(ctx context.Context, b port.Connector, out OutBoundGetCustomerAttributes) ([]CustomerAttributeCommons, error) {
			got, err := b.GetCustomerAttributes(ctx, out.BankID.Value, out.CustomerID.Value)
			return newCustomerAttributeCommonsList(out.BankID.Value, out.CustomerID.Value, got), err
		})
	getCustomerAttributesForCustomers = define(
		read(port.GetCustomerAttributesForCustomers, obperr.InvalidConnectorResponse, nil),
		"The attributes of each customer sent, oldest first, one entry per customer. OBP sends whole customer "+
			"records; this server sends only their customerId and reads only the answer's customer.customerId, "+
			"so an adapter must not need the other fields. An unknown customer has no attributes.",
		func(ctx context.Context, b port.Connector, out OutBoundGetCustomerAttributesForCustomers) ([]CustomerAndAttribute, error) {
			ids := make([]string, 0, len(out.Customers))
			for _, cu := range out.Customers {
				ids = append(ids, cu.CustomerID)
			}
			got, err := b.GetCustomerAttributesForCustomers(ctx, ids)
			answer := make([]CustomerAndAttribute, 0, len(ids))
			for _, cu := range out.Customers {
				answer = append(answer, CustomerAndAttribute{Customer: cu,
					Attributes: newCustomerAttributeCommonsList(cu.BankID, cu.CustomerID, got[cu.CustomerID])})
			}
			return answer, err
		})
)

// OutBoundCreateOrUpdateCustomerAttribute stores a customer attribute.
type OutBoundCreateOrUpdateCustomerAttribute struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     ID                         `json:"bankId"`
	CustomerID                 ID                         `json:"customerId"`
	// CustomerAttributeID is OBP's Option: absent asks the adapter for a new attribute.
	CustomerAttributeID string                 `json:"customerAttributeId,omitempty"`
	Name                string                 `json:"name"`
	AttributeType       customer.AttributeType `json:"attributeType"` // STRING, INTEGER, DOUBLE or DATE_WITH_DAY
	Value               string                 `json:"value"`
}

// OutBoundGetCustomerAttributes asks for one customer's attributes.
type OutBoundGetCustomerAttributes struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     ID                         `json:"bankId"`
	CustomerID                 ID                         `json:"customerId"`
}

// OutBoundGetCustomerAttributesForCustomers asks for many customers' attributes at once.
type OutBoundGetCustomerAttributesForCustomers struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	Customers                  []CustomerRef              `json:"customers"`
}

// CustomerRef is a customer by id: the part of OBP's customer record this server sends
// and reads in getCustomerAttributesForCustomers. BankID is left out when unknown.
type CustomerRef struct {
	CustomerID string `json:"customerId"`
	BankID     string `json:"bankId,omitempty"`
}

// CustomerAndAttribute is one customer's attributes.
type CustomerAndAttribute struct {
	Customer   CustomerRef                `json:"customer"`
	Attributes []CustomerAttributeCommons `json:"attributes"`
}

// CustomerAttributeCommons is OBP's customer attribute record.
type CustomerAttributeCommons struct {
	BankID              ID                     `json:"bankId"`
	CustomerID          ID                     `json:"customerId"`
	CustomerAttributeID string                 `json:"customerAttributeId"`
	AttributeType       customer.AttributeType `json:"attributeType"`
	Name                string                 `json:"name"`
	Value               string                 `json:"value"`
}

// NewCustomerAttributeCommons is OBP's record of a, an attribute of customerID at bankID.
func NewCustomerAttributeCommons(bankID, customerID string, a customer.Attribute) CustomerAttributeCommons {
	return CustomerAttributeCommons{BankID: ID{bankID}, CustomerID: ID{customerID}, CustomerAttributeID: a.ID,
		AttributeType: a.Type, Name: a.Name, Value: a.Value}
}

func newCustomerAttributeCommonsList(bankID, customerID string, as []customer.Attribute) []CustomerAttributeCommons {
	out := make([]CustomerAttributeCommons, 0, len(as))
	for _, a := range as {
		out = append(out, NewCustomerAttributeCommons(bankID, customerID, a))
	}
	return out
}

// Attribute is the attribute the record describes.
func (a CustomerAttributeCommons) Attribute() customer.Attribute {
	return customer.Attribute{ID: a.CustomerAttributeID, Name: a.Name, Type: a.AttributeType, Value: a.Value}
}
