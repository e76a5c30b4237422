package connectortest

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/customer"
	"github.com/obp-go/obp/domain/obperr"
)

// newLink is a link of userID to cu, not yet stored.
func newLink(userID string, cu customer.Customer, at time.Time) customer.UserCustomerLink {
	return customer.UserCustomerLink{ID: fresh("link"), UserID: userID, CustomerID: cu.ID, BankID: cu.BankID,
		DateInserted: at, IsActive: true}
}

func testCustomerLinks(t *testing.T, c Connector, newUser func(*testing.T) string) {
	ctx := context.Background()
	b, other := newBank(t, c), newBank(t, c)
	start := time.Now().UTC().Truncate(time.Second)
	alice, bob := storedCustomer(t, c, b.ID, start), storedCustomer(t, c, b.ID, start.Add(time.Second))
	abroad := storedCustomer(t, c, other.ID, start.Add(2*time.Second))
	user, partner := newUser(t), newUser(t)

	link := newLink(user, alice, start)
	got, err := c.CreateUserCustomerLink(ctx, link)
	if err != nil {
		t.Fatalf("CreateUserCustomerLink(%s -> %s) returned %v; want the link", user, alice.ID, err)
	}
	if !sameLink(got, link) {
		t.Errorf("CreateUserCustomerLink returned %+v; want the fields it was given %+v", got, link)
	}
	if got, err := c.GetUserCustomerLink(ctx, link.ID); err != nil || !sameLink(got, link) {
		t.Errorf("GetUserCustomerLink(%s) = %+v, %v; want the stored link %+v", link.ID, got, err, link)
	}

	dup := newLink(user, bob, start.Add(time.Second))
	if _, err := c.CreateUserCustomerLink(ctx, dup); !errors.Is(err, obperr.CustomerAlreadyExistsForUser) {
		t.Errorf("CreateUserCustomerLink to a second customer of the user's bank returned %v; want obperr.CustomerAlreadyExistsForUser (OBP-30007)", err)
	}
	if _, err := c.GetUserCustomerLink(ctx, dup.ID); !errors.Is(err, obperr.UserCustomerLinkNotFound) {
		t.Errorf("a refused CreateUserCustomerLink left link %s behind (GetUserCustomerLink returned %v)", dup.ID, err)
	}
	// One customer per user per bank only: the user at another bank, another user as the same customer.
	there, shared := newLink(user, abroad, start.Add(2*time.Second)), newLink(partner, alice, start.Add(3*time.Second))
	for _, l := range []customer.UserCustomerLink{there, shared} {
		if _, err := c.CreateUserCustomerLink(ctx, l); err != nil {
			t.Errorf("CreateUserCustomerLink(%s -> %s at %s) returned %v; a user has one customer per bank, a customer any number of users",
				l.UserID, l.CustomerID, l.BankID, err)
		}
	}

	byUser := func(userID string) []string {
		list, err := c.GetUserCustomerLinksByUserID(ctx, userID)
		if err != nil {
			t.Fatalf("GetUserCustomerLinksByUserID(%s) returned %v", userID, err)
		}
		return sortedIDs(list, func(l customer.UserCustomerLink) string { return l.ID })
	}
	byCustomer := func(customerID string) []string {
		list, err := c.GetUserCustomerLinksByCustomerID(ctx, customerID)
		if err != nil {
			t.Fatalf("GetUserCustomerLinksByCustomerID(%s) returned %v", customerID, err)
		}
		return sortedIDs(list, func(l customer.UserCustomerLink) string { return l.ID })
	}
	customersOf := func(userID string) []string {
		list, err := c.GetCustomersByUserID(ctx, userID)
		if err != nil {
			t.Fatalf("GetCustomersByUserID(%s) returned %v", userID, err)
		}
		return sortedIDs(list, func(x customer.Customer) string { return x.ID })
	}
	check := func(call string, got []string, want ...string) {
		t.Helper()
		slices.Sort(want)
		if !reflect.DeepEqual(got, append([]string{}, want...)) {
			t.Errorf("%s = %v; want %v in any order", call, got, want)
		}
	}
	check("GetUserCustomerLinksByUserID(user)", byUser(user), link.ID, there.ID)
	check("GetUserCustomerLinksByCustomerID(alice)", byCustomer(alice.ID), link.ID, shared.ID)
	check("GetUserCustomerLinksByCustomerID(bob, whose link was refused)", byCustomer(bob.ID))
	check("GetCustomersByUserID(user) (at every bank)", customersOf(user), alice.ID, abroad.ID)
	check("GetCustomersByUserID(a user with no links)", customersOf(newUser(t)))

	if err := c.DeleteUserCustomerLink(ctx, link.ID); err != nil {
		t.Fatalf("DeleteUserCustomerLink(%s) returned %v", link.ID, err)
	}
	if _, err := c.GetUserCustomerLink(ctx, link.ID); !errors.Is(err, obperr.UserCustomerLinkNotFound) {
		t.Errorf("after DeleteUserCustomerLink, GetUserCustomerLink returned %v; want obperr.UserCustomerLinkNotFound (OBP-30035)", err)
	}
	if err := c.DeleteUserCustomerLink(ctx, link.ID); !errors.Is(err, obperr.UserCustomerLinkNotFound) {
		t.Errorf("deleting a deleted link returned %v; want obperr.UserCustomerLinkNotFound (OBP-30035)", err)
	}
	check("after the delete, GetUserCustomerLinksByUserID(user)", byUser(user), there.ID)
	check("after the delete, GetUserCustomerLinksByCustomerID(alice)", byCustomer(alice.ID), shared.ID)
	check("after the delete, GetCustomersByUserID(user)", customersOf(user), abroad.ID)
	// The user is free to be another customer of that bank.
	if _, err := c.CreateUserCustomerLink(ctx, newLink(user, bob, start.Add(4*time.Second))); err != nil {
		t.Errorf("CreateUserCustomerLink after the user's link at that bank was deleted returned %v; want success", err)
	}
	if _, err := c.GetUserCustomerLink(ctx, fresh("missing")); !errors.Is(err, obperr.UserCustomerLinkNotFound) {
		t.Errorf("GetUserCustomerLink(unknown) returned %v; want obperr.UserCustomerLinkNotFound (OBP-30035)", err)
	}
}

// sameLink compares every field, the insertion date by instant.
func sameLink(got, want customer.UserCustomerLink) bool {
	same := got.DateInserted.Equal(want.DateInserted)
	got.DateInserted, want.DateInserted = time.Time{}, time.Time{}
	return same && got == want
}

// sortedIDs lists the ids of xs in order, for lists whose order the port leaves open.
func sortedIDs[T any](xs []T, id func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = id(x)
	}
	slices.Sort(out)
	return out
}
