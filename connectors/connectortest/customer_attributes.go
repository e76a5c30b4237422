package connectortest

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/customer"
)

func testCustomerAttributes(t *testing.T, c Connector) {
	ctx := context.Background()
	b := newBank(t, c)
	start := time.Now().UTC().Truncate(time.Second)
	cu, other := storedCustomer(t, c, b.ID, start), storedCustomer(t, c, b.ID, start.Add(time.Second))
	list := func(customerID string) []customer.Attribute {
		got, err := c.GetCustomerAttributes(ctx, b.ID, customerID)
		if err != nil {
			t.Fatalf("GetCustomerAttributes(%s, %s) returned %v", b.ID, customerID, err)
		}
		return got
	}
	if got := list(cu.ID); len(got) != 0 {
		t.Errorf("GetCustomerAttributes of a customer given none = %+v; want an empty list", got)
	}

	tax := customer.Attribute{ID: fresh("attr"), Name: "SPECIAL_TAX_NUMBER", Type: customer.AttributeString, Value: "123456789"}
	kids := customer.Attribute{ID: fresh("attr"), Name: "DEPENDANTS_AT_HOME", Type: customer.AttributeInteger, Value: "2"}
	for _, a := range []customer.Attribute{tax, kids} {
		got, err := c.CreateOrUpdateCustomerAttribute(ctx, b.ID, cu.ID, a)
		if err != nil || got != a {
			t.Fatalf("CreateOrUpdateCustomerAttribute(%+v) = %+v, %v; want the attribute stored under its id", a, got, err)
		}
	}
	if got := list(cu.ID); !reflect.DeepEqual(got, []customer.Attribute{tax, kids}) {
		t.Errorf("GetCustomerAttributes = %+v; want %+v (oldest first)", got, []customer.Attribute{tax, kids})
	}

	// The same id again replaces that attribute, whatever changes, and adds none.
	renamed := customer.Attribute{ID: tax.ID, Name: "TAX_ID", Type: customer.AttributeInteger, Value: "987654321"}
	if got, err := c.CreateOrUpdateCustomerAttribute(ctx, b.ID, cu.ID, renamed); err != nil || got != renamed {
		t.Errorf("CreateOrUpdateCustomerAttribute(existing id, new name, type and value) = %+v, %v; want %+v", got, err, renamed)
	}
	if got := byAttributeID(list(cu.ID)); len(got) != 2 || got[tax.ID] != renamed || got[kids.ID] != kids {
		t.Errorf("after replacing %s, GetCustomerAttributes = %v; want exactly %+v and %+v", tax.ID, got, renamed, kids)
	}

	debt := customer.Attribute{ID: fresh("attr"), Name: "DEBT_REVIEW_DATE", Type: customer.AttributeDateWithDay, Value: "2024-01-31"}
	if _, err := c.CreateOrUpdateCustomerAttribute(ctx, b.ID, other.ID, debt); err != nil {
		t.Fatalf("CreateOrUpdateCustomerAttribute(%+v) returned %v", debt, err)
	}
	if got := list(other.ID); !reflect.DeepEqual(got, []customer.Attribute{debt}) {
		t.Errorf("GetCustomerAttributes(%s) = %+v; want only its own attribute %+v", other.ID, got, debt)
	}

	missing := fresh("cust")
	many, err := c.GetCustomerAttributesForCustomers(ctx, []string{cu.ID, other.ID, missing})
	if err != nil {
		t.Fatalf("GetCustomerAttributesForCustomers returned %v", err)
	}
	if got := byAttributeID(many[cu.ID]); len(got) != 2 || got[tax.ID] != renamed || got[kids.ID] != kids {
		t.Errorf("GetCustomerAttributesForCustomers[%s] = %+v; want %+v and %+v", cu.ID, many[cu.ID], renamed, kids)
	}
	if got := many[other.ID]; !reflect.DeepEqual(got, []customer.Attribute{debt}) {
		t.Errorf("GetCustomerAttributesForCustomers[%s] = %+v; want %+v", other.ID, got, debt)
	}
	if got := many[missing]; len(got) != 0 {
		t.Errorf("GetCustomerAttributesForCustomers[unknown customer] = %+v; want none", got)
	}
}

func byAttributeID(list []customer.Attribute) map[string]customer.Attribute {
	out := make(map[string]customer.Attribute, len(list))
	for _, a := range list {
		out[a.ID] = a
	}
	return out
}
