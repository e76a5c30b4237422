package rest

import (
	"context"

	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/obperr"
)

// CreateUserCustomerLink is createUserCustomerLink (ours), answered with the link as
// stored; an answer for another link id is an invalid answer.
func (c *Connector) CreateUserCustomerLink(ctx context.Context, l customer.UserCustomerLink) (customer.UserCustomerLink, error) {
	data, err := send[UserCustomerLinkCommons](ctx, c, createUserCustomerLink, func(occ OutboundAdapterCallContext) any {
		return OutBoundCreateUserCustomerLink{OutboundAdapterCallContext: occ, UserCustomerLinkID: l.ID, UserID: l.UserID,
			CustomerID: l.CustomerID, BankID: l.BankID, DateInserted: Date{l.DateInserted}, IsActive: l.IsActive}
	})
	if err != nil {
		return customer.UserCustomerLink{}, err
	}
	if data.UserCustomerLinkID != l.ID {
		return customer.UserCustomerLink{}, createUserCustomerLink.invalid.With(
			"the adapter answered link %q for %q.", data.UserCustomerLinkID, l.ID)
	}
	return data.Link(), nil
}

// GetUserCustomerLinksByUserID is getUserCustomerLinksByUserId (ours).
func (c *Connector) GetUserCustomerLinksByUserID(ctx context.Context, userID string) ([]customer.UserCustomerLink, error) {
	return links(send[[]UserCustomerLinkCommons](ctx, c, getUserCustomerLinksByUserID, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetUserCustomerLinksByUserID{OutboundAdapterCallContext: occ, UserID: userID}
	}))
}

// GetUserCustomerLinksByCustomerID is getUserCustomerLinksByCustomerId (ours).
func (c *Connector) GetUserCustomerLinksByCustomerID(ctx context.Context, customerID string) ([]customer.UserCustomerLink, error) {
	return links(send[[]UserCustomerLinkCommons](ctx, c, getUserCustomerLinksByCustomerID, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetUserCustomerLinksByCustomerID{OutboundAdapterCallContext: occ, CustomerID: customerID}
	}))
}

// GetUserCustomerLink is getUserCustomerLinkById (ours): the link, or
// obperr.UserCustomerLinkNotFound (the adapter's OBP-30035, or an answer without a link id).
func (c *Connector) GetUserCustomerLink(ctx context.Context, linkID string) (customer.UserCustomerLink, error) {
	data, err := send[UserCustomerLinkCommons](ctx, c, getUserCustomerLink, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetUserCustomerLinkByID{OutboundAdapterCallContext: occ, UserCustomerLinkID: linkID}
	})
	if err != nil {
		return customer.UserCustomerLink{}, err
	}
	if data.UserCustomerLinkID == "" {
		return customer.UserCustomerLink{}, obperr.UserCustomerLinkNotFound
	}
	return data.Link(), nil
}

// DeleteUserCustomerLink is deleteUserCustomerLink (ours): obperr.UserCustomerLinkNotFound
// for the adapter's OBP-30035 or an answer of false.
func (c *Connector) DeleteUserCustomerLink(ctx context.Context, linkID string) error {
	deleted, err := send[bool](ctx, c, deleteUserCustomerLink, func(occ OutboundAdapterCallContext) any {
		return OutBoundDeleteUserCustomerLink{OutboundAdapterCallContext: occ, UserCustomerLinkID: linkID}
	})
	if err != nil {
		return err
	}
	if !deleted {
		return obperr.UserCustomerLinkNotFound
	}
	return nil
}

// links is the links of a list answer; never nil.
func links(data []UserCustomerLinkCommons, err error) ([]customer.UserCustomerLink, error) {
	if err != nil {
		return nil, err
	}
	return commonsList(data, UserCustomerLinkCommons.Link), nil
}
