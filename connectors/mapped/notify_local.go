package mapped

import (
	"context"
	"sync"
)

// localHub carries notifications between the servers of one process on one SQLite
// database (a SQLite database has one process; tests run several servers in it), as
// LISTEN/NOTIFY does between processes on PostgreSQL.
var localHub = struct {
	mu   sync.Mutex
	subs map[localKey]map[*func(string)]struct{}
}{subs: map[localKey]map[*func(string)]struct{}{}}

type localKey struct {
	db      *DB
	channel string
}

func (p *PolicyChanges) publishLocal(payload string) {
	localHub.mu.Lock()
	subs := make([]func(string), 0, len(localHub.subs[p.key()]))
	for f := range localHub.subs[p.key()] {
		subs = append(subs, *f)
	}
	localHub.mu.Unlock()
	for _, f := range subs {
		f(payload)
	}
}

// listenLocal delivers this process's notifications on the channel until ctx ends.
func (p *PolicyChanges) listenLocal(ctx context.Context, onChange func(string)) {
	f := &onChange
	localHub.mu.Lock()
	if localHub.subs[p.key()] == nil {
		localHub.subs[p.key()] = map[*func(string)]struct{}{}
	}
	localHub.subs[p.key()][f] = struct{}{}
	localHub.mu.Unlock()
	<-ctx.Done()
	localHub.mu.Lock()
	delete(localHub.subs[p.key()], f)
	if len(localHub.subs[p.key()]) == 0 {
		delete(localHub.subs, p.key())
	}
	localHub.mu.Unlock()
}

func (p *PolicyChanges) key() localKey { return localKey{db: p.db, channel: p.channel} }
