package connectortest

import (
	"context"
	"testing"

	"github.com/obp-go/obp/domain/account"
)

func testAccountAttributes(t *testing.T, c Connector) {
	ctx := context.Background()
	b := newBank(t, c)
	a, other := newAccount(t, c, b.ID, "EUR").Ref(), newAccount(t, c, b.ID, "EUR").Ref()
	byName := func(ref account.Ref) map[string]account.Attribute {
		t.Helper()
		list, err := c.GetAccountAttributes(ctx, ref)
		if err != nil {
			t.Fatalf("GetAccountAttributes(%v) returned %v", ref, err)
		}
		out := make(map[string]account.Attribute, len(list))
		for _, x := range list {
			if _, dup := out[x.Name]; dup {
				t.Errorf("GetAccountAttributes(%v) lists %s twice; want one attribute per name", ref, x.Name)
			}
			out[x.Name] = x
		}
		return out
	}
	upsert := func(ref account.Ref, x account.Attribute) account.Attribute {
		t.Helper()
		got, err := c.CreateOrUpdateAccountAttribute(ctx, ref, x)
		if err != nil || got.ID == "" || got.Name != x.Name || got.Type != x.Type || got.Value != x.Value || got.ProductCode != x.ProductCode {
			t.Fatalf("CreateOrUpdateAccountAttribute(%v, %+v) = %+v, %v; want the stored attribute with its id", ref, x, got, err)
		}
		return got
	}
	if got := byName(a); len(got) != 0 {
		t.Errorf("GetAccountAttributes of a new account = %v; want none", got)
	}

	answers := account.Attribute{Name: "REQUIRED_CHALLENGE_ANSWERS", Type: "INTEGER", Value: "2", ProductCode: "CURRENT"}
	first := upsert(a, answers)
	if got := byName(a); len(got) != 1 || got[answers.Name] != first {
		t.Errorf("after CreateOrUpdateAccountAttribute, GetAccountAttributes(%v) = %v; want exactly %+v", a, got, first)
	}
	// The same name again replaces the attribute and keeps its id.
	answers.Type, answers.Value, answers.ProductCode = "STRING", "3", "SAVINGS"
	if second := upsert(a, answers); second.ID != first.ID {
		t.Errorf("CreateOrUpdateAccountAttribute of an existing name returned id %s; want the attribute's id %s kept", second.ID, first.ID)
	}
	note := upsert(a, account.Attribute{Name: "STATEMENT_NOTE", Type: "STRING", Value: "paper", ProductCode: "CURRENT"})
	got := byName(a)
	if len(got) != 2 || got[answers.Name].Value != "3" || got[answers.Name].Type != "STRING" || got[answers.Name].ProductCode != "SAVINGS" || got[note.Name] != note {
		t.Errorf("after replacing %s and adding %s, GetAccountAttributes(%v) = %v; want %s at 3 (STRING, SAVINGS) and %+v",
			answers.Name, note.Name, a, got, answers.Name, note)
	}

	// Names are per account.
	if got := byName(other); len(got) != 0 {
		t.Errorf("GetAccountAttributes(%v) = %v; want none: attributes belong to one account", other, got)
	}
	theirs := upsert(other, account.Attribute{Name: answers.Name, Type: "INTEGER", Value: "5"})
	if theirs.ID == first.ID {
		t.Errorf("CreateOrUpdateAccountAttribute(%v, %s) returned the other account's attribute id %s; want its own", other, answers.Name, first.ID)
	}
	if got := byName(a)[answers.Name].Value; got != "3" {
		t.Errorf("storing %s on %v changed it on %v to %q; want 3", answers.Name, other, a, got)
	}
}
