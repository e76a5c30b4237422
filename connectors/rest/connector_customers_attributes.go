package rest

import (
	"context"

	"github.com/obp-go/obp/domain/customer"
)

// CreateOrUpdateCustomerAttribute is createOrUpdateCustomerAttribute, answered with the
// attribute as stored; an answer for another attribute id is an invalid answer.
func (c *Connector) CreateOrUpdateCustomerAttribute(ctx context.Context, bankID, customerID string, a customer.Attribute) (customer.Attribute, error) {
	data, err := send[CustomerAttributeCommons](ctx, c, createOrUpdateCustomerAttribute, func(occ OutboundAdapterCallContext) any {
		return OutBoundCreateOrUpdateCustomerAttribute{OutboundAdapterCallContext: occ, BankID: ID{bankID},
			CustomerID: ID{customerID}, CustomerAttributeID: a.ID, Name: a.Name, AttributeType: a.Type, Value: a.Value}
	})
	if err != nil {
		return customer.Attribute{}, err
	}
	if data.CustomerAttributeID != a.ID {
		return customer.Attribute{}, createOrUpdateCustomerAttribute.invalid.With(
			"the adapter answered attribute %q for %q.", data.CustomerAttributeID, a.ID)
	}
	return data.Attribute(), nil
}

// GetCustomerAttributes is getCustomerAttributes.
func (c *Connector) GetCustomerAttributes(ctx context.Context, bankID, customerID string) ([]customer.Attribute, error) {
	data, err := send[[]CustomerAttributeCommons](ctx, c, getCustomerAttributes, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetCustomerAttributes{OutboundAdapterCallContext: occ, BankID: ID{bankID}, CustomerID: ID{customerID}}
	})
	if err != nil {
		return nil, err
	}
	return commonsList(data, CustomerAttributeCommons.Attribute), nil
}

// GetCustomerAttributesForCustomers is getCustomerAttributesForCustomers: the attributes
// by customer id, for the customers the adapter answered for.
func (c *Connector) GetCustomerAttributesForCustomers(ctx context.Context, customerIDs []string) (map[string][]customer.Attribute, error) {
	out := make(map[string][]customer.Attribute, len(customerIDs))
	if len(customerIDs) == 0 {
		return out, nil
	}
	data, err := send[[]CustomerAndAttribute](ctx, c, getCustomerAttributesForCustomers, func(occ OutboundAdapterCallContext) any {
		refs := make([]CustomerRef, 0, len(customerIDs))
		for _, id := range customerIDs {
			refs = append(refs, CustomerRef{CustomerID: id})
		}
		return OutBoundGetCustomerAttributesForCustomers{OutboundAdapterCallContext: occ, Customers: refs}
	})
	if err != nil {
		return nil, err
	}
	for _, ca := range data {
		out[ca.Customer.CustomerID] = append(out[ca.Customer.CustomerID], commonsList(ca.Attributes, CustomerAttributeCommons.Attribute)...)
	}
	return out, nil
}
