package call

import (
	"context"
	"testing"
)

func TestContextTravelsInCtx(t *testing.T) {
	if got := From(context.Background()); got.UserID != "" || got.CorrelationID != "" {
		t.Errorf("empty ctx gives %+v, want the anonymous call", got)
	}
	cc := Context{CorrelationID: "c1", UserID: "u1", Username: "ellie", ConsumerID: "k1"}
	if got := From(With(context.Background(), cc)); got.UserID != "u1" || got.CorrelationID != "c1" || got.ConsumerID != "k1" {
		t.Errorf("From(With(cc)) = %+v", got)
	}
}

type countingSource struct {
	calls int
	pairs map[string][]KeyValue
}

func (s *countingSource) UserAuthContext(_ context.Context, userID string) ([]KeyValue, error) {
	s.calls++
	return s.pairs[userID], nil
}

// The auth context costs a query only when something asks for it, and only once a call.
func TestLazyAuthContextLoadsOnFirstUseOnly(t *testing.T) {
	src := &countingSource{pairs: map[string][]KeyValue{"u1": {{Key: "CUSTOMER_NUMBER", Value: "5987953"}}}}
	cc := Context{UserID: "u1", AuthContext: LazyAuthContext(src, "u1")}
	if src.calls != 0 {
		t.Fatalf("loaded before use: %d queries", src.calls)
	}
	for range 3 {
		got, err := From(With(context.Background(), cc)).LoadAuthContext(context.Background())
		if err != nil || len(got) != 1 || got[0].Value != "5987953" {
			t.Fatalf("LoadAuthContext = %v, %v", got, err)
		}
	}
	if src.calls != 1 {
		t.Errorf("%d queries for three reads, want 1", src.calls)
	}
	if LazyAuthContext(src, "") != nil {
		t.Error("an anonymous call has an auth-context loader")
	}
	if kv, err := (Context{}).LoadAuthContext(context.Background()); kv != nil || err != nil {
		t.Errorf("anonymous LoadAuthContext = %v, %v", kv, err)
	}
}
