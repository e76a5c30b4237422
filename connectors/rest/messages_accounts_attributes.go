package rest

import (
	"context"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/obperr"
)

var (
	getAccountAttributesByAccount = define(
		read(port.GetAccountAttributesByAccount, obperr.InvalidConnectorResponse, obperr.BankAccountNotFound),
		"The account's attributes, one per name, in any order.",
		func(ctx context.Context, b port.Connector, out OutBoundGetAccountAttributesByAccount) ([]AccountAttributeCommons, error) {
			ref := account.Ref{BankID: out.BankID.Value, AccountID: out.AccountID.Value}
			got, err := b.GetAccountAttributes(ctx, ref)
			list := make([]AccountAttributeCommons, 0, len(got))
			for _, a := range got {
				list = append(list, newAccountAttributeCommons(ref, a))
			}
			return list, err
		})
	createOrUpdateAccountAttribute = define(
		write(port.CreateOrUpdateAccountAttribute, obperr.InvalidConnectorResponse, obperr.BankAccountNotFound),
		"Stores the attribute under its name: an account has one attribute of each name, so a name stored "+
			"again replaces its type, value and product code and keeps its id. This server sends "+
			"productAttributeId (OBP's name for the attribute's id) when the account already has an attribute "+
			"of that name, and leaves it out for a new one. Answers the stored attribute with its id.",
		func(ctx context.Context, b port.Connector, out OutBoundCreateOrUpdateAccountAttribute) (AccountAttributeCommons, error) {
			ref := account.Ref{BankID: out.BankID.Value, AccountID: out.AccountID.Value}
			a := account.Attribute{Name: out.Name, Type: out.AccountAttributeType, Value: out.Value, ProductCode: out.ProductCode.Value}
			if out.ProductAttributeID != nil {
				a.ID = *out.ProductAttributeID
			}
			got, err := b.CreateOrUpdateAccountAttribute(ctx, ref, a)
			return newAccountAttributeCommons(ref, got), err
		})
)

// OutBoundGetAccountAttributesByAccount asks for an account's attributes.
type OutBoundGetAccountAttributesByAccount struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     ID                         `json:"bankId"`
	AccountID                  ID                         `json:"accountId"`
}

// OutBoundCreateOrUpdateAccountAttribute stores an account attribute.
type OutBoundCreateOrUpdateAccountAttribute struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	BankID                     ID                         `json:"bankId"`
	AccountID                  ID                         `json:"accountId"`
	ProductCode                ID                         `json:"productCode"`
	// ProductAttributeID is the id of the attribute to replace (OBP's name for it); nil
	// for a new attribute.
	ProductAttributeID   *string `json:"productAttributeId,omitempty"`
	Name                 string  `json:"name"`
	AccountAttributeType string  `json:"accountAttributeType"` // e.g. STRING, INTEGER, DOUBLE, DATE_WITH_DAY
	Value                string  `json:"value"`
	// ProductInstanceCode is OBP's optional product instance; this server keeps none.
	ProductInstanceCode *string `json:"productInstanceCode,omitempty"`
}

// AccountAttributeCommons is OBP's account attribute record.
type AccountAttributeCommons struct {
	BankID              ID      `json:"bankId"`
	AccountID           ID      `json:"accountId"`
	ProductCode         ID      `json:"productCode"`
	AccountAttributeID  string  `json:"accountAttributeId"`
	Name                string  `json:"name"`
	AttributeType       string  `json:"attributeType"`
	Value               string  `json:"value"`
	ProductInstanceCode *string `json:"productInstanceCode,omitempty"`
}

func newAccountAttributeCommons(ref account.Ref, a account.Attribute) AccountAttributeCommons {
	return AccountAttributeCommons{BankID: ID{ref.BankID}, AccountID: ID{ref.AccountID}, ProductCode: ID{a.ProductCode},
		AccountAttributeID: a.ID, Name: a.Name, AttributeType: a.Type, Value: a.Value}
}

// Attribute is the attribute the record describes.
func (a AccountAttributeCommons) Attribute() account.Attribute {
	return account.Attribute{ID: a.AccountAttributeID, Name: a.Name, Type: a.AttributeType, Value: a.Value, ProductCode: a.ProductCode.Value}
}
