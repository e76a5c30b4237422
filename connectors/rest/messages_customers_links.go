package rest

import (
	"context"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/obperr"
)

// User-customer links are ours over the connector: OBP keeps them in its own database
// (its UserCustomerLinkProvider) and has no connector methods for them. The methods and
// the record follow that provider's names, with the customer's bank added.
var (
	createUserCustomerLink = define(
		write(port.CreateUserCustomerLink, obperr.InvalidConnectorResponse, nil, obperr.CustomerAlreadyExistsForUser),
		"Ours (OBP has no connector method for links): stores the link of userId to customerId under "+
			"userCustomerLinkId; answers the link as stored. errorCode OBP-30007 when the user is already linked "+
			"to a customer of bankId. A user has one customer per bank, a customer any number of users.",
		func(ctx context.Context, b port.Connector, out OutBoundCreateUserCustomerLink) (UserCustomerLinkCommons, error) {
			got, err := b.CreateUserCustomerLink(ctx, customer.UserCustomerLink{ID: out.UserCustomerLinkID,
				UserID: out.UserID, CustomerID: out.CustomerID, BankID: out.BankID, DateInserted: out.DateInserted.UTC(),
				IsActive: out.IsActive})
			return NewUserCustomerLinkCommons(got), err
		})
	getUserCustomerLinksByUserID = define(
		read(port.GetUserCustomerLinksByUserID, obperr.InvalidConnectorResponse, nil),
		"Ours: the user's links, at every bank; an empty list when none.",
		func(ctx context.Context, b port.Connector, out OutBoundGetUserCustomerLinksByUserID) ([]UserCustomerLinkCommons, error) {
			got, err := b.GetUserCustomerLinksByUserID(ctx, out.UserID)
			return commonsList(got, NewUserCustomerLinkCommons), err
		})
	getUserCustomerLinksByCustomerID = define(
		read(port.GetUserCustomerLinksByCustomerID, obperr.InvalidConnectorResponse, nil),
		"Ours: the customer's links; an empty list when none.",
		func(ctx context.Context, b port.Connector, out OutBoundGetUserCustomerLinksByCustomerID) ([]UserCustomerLinkCommons, error) {
			got, err := b.GetUserCustomerLinksByCustomerID(ctx, out.CustomerID)
			return commonsList(got, NewUserCustomerLinkCommons), err
		})
	getUserCustomerLink = define(
		read(port.GetUserCustomerLink, obperr.InvalidConnectorResponse, obperr.UserCustomerLinkNotFound),
		"Ours: the link with this id; errorCode OBP-30035 when there is none.",
		func(ctx context.Context, b port.Connector, out OutBoundGetUserCustomerLinkByID) (UserCustomerLinkCommons, error) {
			got, err := b.GetUserCustomerLink(ctx, out.UserCustomerLinkID)
			return NewUserCustomerLinkCommons(got), err
		})
	deleteUserCustomerLink = define(
		write(port.DeleteUserCustomerLink, obperr.InvalidConnectorResponse, obperr.UserCustomerLinkNotFound),
		"Ours: removes the link with this id, answering true; errorCode OBP-30035 when there is none.",
		func(ctx context.Context, b port.Connector, out OutBoundDeleteUserCustomerLink) (bool, error) {
			err := b.DeleteUserCustomerLink(ctx, out.UserCustomerLinkID)
			return err == nil, err
		})
)

// OutBoundCreateUserCustomerLink stores a link: the parameters of OBP's
// UserCustomerLinkProvider.createUserCustomerLink, plus the link's id and the customer's
// bank.
type OutBoundCreateUserCustomerLink struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	UserCustomerLinkID         string                     `json:"userCustomerLinkId"` // chosen by this server
	UserID                     string                     `json:"userId"`
	CustomerID                 string                     `json:"customerId"`
	BankID                     string                     `json:"bankId"` // the customer's bank
	DateInserted               Date                       `json:"dateInserted"`
	IsActive                   bool                       `json:"isActive"`
}

// OutBoundGetUserCustomerLinksByUserID asks for a user's links.
type OutBoundGetUserCustomerLinksByUserID struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	UserID                     string                     `json:"userId"`
}

// OutBoundGetUserCustomerLinksByCustomerID asks for a customer's links.
type OutBoundGetUserCustomerLinksByCustomerID struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	CustomerID                 string                     `json:"customerId"`
}

// OutBoundGetUserCustomerLinkByID asks for one link.
type OutBoundGetUserCustomerLinkByID struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	UserCustomerLinkID         string                     `json:"userCustomerLinkId"`
}

// OutBoundDeleteUserCustomerLink removes one link.
type OutBoundDeleteUserCustomerLink struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
	UserCustomerLinkID         string                     `json:"userCustomerLinkId"`
}

// UserCustomerLinkCommons is a link of a user (a login) to a customer (the bank's record),
// with the field names of OBP's UserCustomerLink.
type UserCustomerLinkCommons struct {
	UserCustomerLinkID string `json:"userCustomerLinkId"`
	UserID             string `json:"userId"`
	CustomerID         string `json:"customerId"`
	BankID             string `json:"bankId"` // the customer's bank
	DateInserted       Date   `json:"dateInserted"`
	IsActive           bool   `json:"isActive"`
}

// NewUserCustomerLinkCommons is the record of l.
func NewUserCustomerLinkCommons(l customer.UserCustomerLink) UserCustomerLinkCommons {
	return UserCustomerLinkCommons{UserCustomerLinkID: l.ID, UserID: l.UserID, CustomerID: l.CustomerID,
		BankID: l.BankID, DateInserted: Date{l.DateInserted}, IsActive: l.IsActive}
}

// Link is the link the record describes.
func (l UserCustomerLinkCommons) Link() customer.UserCustomerLink {
	return customer.UserCustomerLink{ID: l.UserCustomerLinkID, UserID: l.UserID, CustomerID: l.CustomerID,
		BankID: l.BankID, DateInserted: l.DateInserted.UTC(), IsActive: l.IsActive}
}
