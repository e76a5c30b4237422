package app

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/validation"
	"github.com/obp-go/obp/handlers"
)

// operationIDs is the set of operation ids the server serves. The rules' service is built
// before the registry it guards, so the set is filled once the server is.
type operationIDs struct {
	set atomic.Pointer[map[string]bool]
	// accountBound are the operations a scoped token may be permitted: the ones about one
	// account (ACCOUNT_ID in the path, which its limits bound) and the public ones.
	accountBound atomic.Pointer[map[string]bool]
}

func (o *operationIDs) boundToAccount(id string) bool {
	m := o.accountBound.Load()
	return m != nil && (*m)[id]
}

func (o *operationIDs) has(id string) bool {
	m := o.set.Load()
	return m != nil && (*m)[id]
}

func (o *operationIDs) fill(docs []handlers.ResourceDoc) {
	m := make(map[string]bool, len(docs))
	bound := map[string]bool{}
	for _, d := range docs {
		m[d.OperationID] = true
		if strings.Contains(d.Path, "{ACCOUNT_ID}") || d.Auth == handlers.Anonymous {
			bound[d.OperationID] = true
		}
	}
	o.set.Store(&m)
	o.accountBound.Store(&bound)
}

// wireOperationRules loads the per-operation rules and follows their changes in every
// process (the LISTEN/NOTIFY feed on PostgreSQL, and a periodic reload).
func (s *services) wireOperationRules(ctx context.Context, o Options) error {
	feed, err := mapped.NewOperationRuleChanges(ctx, o.DB, o.Log)
	if err != nil {
		return err
	}
	if s.ruleTable, err = validation.NewRules(ctx, s.store, feed, o.Log); err != nil {
		return fmt.Errorf("load operation rules: %w", err)
	}
	s.ruleTable.Follow(ctx)
	s.opRules = validation.NewService(s.store, s.operationIDs.has, s.ruleTable)
	return nil
}
