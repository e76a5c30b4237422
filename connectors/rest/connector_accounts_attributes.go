package rest

import (
	"context"

	"github.com/obp-go/obp/domain/account"
)

// GetAccountAttributes is getAccountAttributesByAccount.
func (c *Connector) GetAccountAttributes(ctx context.Context, ref account.Ref) ([]account.Attribute, error) {
	data, err := send[[]AccountAttributeCommons](ctx, c, getAccountAttributesByAccount, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetAccountAttributesByAccount{OutboundAdapterCallContext: occ, BankID: ID{ref.BankID}, AccountID: ID{ref.AccountID}}
	})
	if err != nil {
		return nil, err
	}
	out := make([]account.Attribute, 0, len(data))
	for _, d := range data {
		if d.BankID.Value != ref.BankID || d.AccountID.Value != ref.AccountID {
			return nil, getAccountAttributesByAccount.invalid.With("the adapter answered an attribute of %s/%s for %s/%s.",
				d.BankID.Value, d.AccountID.Value, ref.BankID, ref.AccountID)
		}
		out = append(out, d.Attribute())
	}
	return out, nil
}

// CreateOrUpdateAccountAttribute is createOrUpdateAccountAttribute. An OBP adapter creates
// an attribute when productAttributeId is left out, so the account's attributes are read
// first and the id of the one with this name, if any, is sent: storing a name again then
// replaces it, as the port promises, for an adapter written for OBP too.
func (c *Connector) CreateOrUpdateAccountAttribute(ctx context.Context, ref account.Ref, a account.Attribute) (account.Attribute, error) {
	existing, err := c.GetAccountAttributes(ctx, ref)
	if err != nil {
		return account.Attribute{}, err
	}
	var id *string
	for _, x := range existing {
		if x.Name == a.Name {
			id = &x.ID
			break
		}
	}
	data, err := send[AccountAttributeCommons](ctx, c, createOrUpdateAccountAttribute, func(occ OutboundAdapterCallContext) any {
		return OutBoundCreateOrUpdateAccountAttribute{OutboundAdapterCallContext: occ, BankID: ID{ref.BankID}, AccountID: ID{ref.AccountID},
			ProductCode: ID{a.ProductCode}, ProductAttributeID: id, Name: a.Name, AccountAttributeType: a.Type, Value: a.Value}
	})
	if err != nil {
		return account.Attribute{}, err
	}
	if data.AccountAttributeID == "" || data.Name != a.Name || data.BankID.Value != ref.BankID || data.AccountID.Value != ref.AccountID {
		return account.Attribute{}, createOrUpdateAccountAttribute.invalid.With("the adapter answered attribute %q (%q) of %s/%s for %q of %s/%s.",
			data.AccountAttributeID, data.Name, data.BankID.Value, data.AccountID.Value, a.Name, ref.BankID, ref.AccountID)
	}
	return data.Attribute(), nil
}
