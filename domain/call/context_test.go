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
