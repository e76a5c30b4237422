package connectortest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/transaction"
)

func testTransactions(t *testing.T, c Connector) {
	ctx := context.Background()
	b := newBank(t, c)
	src, dst := newAccount(t, c, b.ID, "EUR"), newAccount(t, c, b.ID, "EUR")
	day := func(d int) time.Time { return time.Date(2024, 1, d, 12, 0, 0, 0, time.UTC) }
	for d := 1; d <= 4; d++ {
		tr := transfer(src.Ref(), dst.Ref(), int64(d*100), true)
		tr.Posted, tr.Completed = day(d), day(d)
		if _, err := c.MakePayment(ctx, tr); err != nil {
			t.Fatalf("MakePayment returned %v", err)
		}
	}
	days := func(q transaction.Query) []int {
		list, err := c.GetTransactions(ctx, dst.Ref(), q)
		if err != nil {
			t.Fatalf("GetTransactions(%+v) returned %v", q, err)
		}
		out := make([]int, len(list))
		for i, x := range list {
			out[i] = x.Posted.Day()
		}
		return out
	}
	for _, tc := range []struct {
		q    transaction.Query
		want []int
	}{
		{transaction.Query{Limit: 10}, []int{1, 2, 3, 4}},
		{transaction.Query{Limit: 10, Descending: true}, []int{4, 3, 2, 1}},
		{transaction.Query{Limit: 2, Offset: 1}, []int{2, 3}},
		{transaction.Query{Limit: 10, From: day(2), To: day(3)}, []int{2, 3}},
		{transaction.Query{Limit: 10, Offset: 4}, []int{}},
	} {
		if got := days(tc.q); !equal(got, tc.want) {
			t.Errorf("GetTransactions(%+v) returned posted days %v; want %v (sorted by posted date, limit/offset/from/to applied)", tc.q, got, tc.want)
		}
	}
	list, _ := c.GetTransactions(ctx, dst.Ref(), transaction.Query{Limit: 1})
	one, err := c.GetTransaction(ctx, dst.Ref(), list[0].ID)
	if err != nil || one.ID != list[0].ID || one.Amount != list[0].Amount {
		t.Errorf("GetTransaction(%q) = %+v, %v; want the transaction GetTransactions listed", list[0].ID, one, err)
	}
	if _, err := c.GetTransaction(ctx, src.Ref(), list[0].ID); !errors.Is(err, obperr.TransactionNotFound) {
		t.Errorf("GetTransaction of another account's transaction returned %v; want obperr.TransactionNotFound (OBP-30067)", err)
	}
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
