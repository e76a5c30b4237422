// Package meta is the area of the HTTP face about the server itself: the API root and
// versions, the glossary, and the health checks a load balancer asks.
package meta

import (
	"context"

	"github.com/obp-go/obp/handlers"
)

// Pinger reports whether the database answers.
type Pinger interface {
	Ping(ctx context.Context) error
}

// Deps is what the meta area needs: what to say about the deployment, and a database to ping.
type Deps struct {
	Info handlers.Info
	DB   Pinger
}

type area struct {
	deps     Deps
	glossary []glossaryItem
}

// Docs declares the area's endpoints.
func Docs(d Deps) ([]handlers.ResourceDoc, error) {
	items, err := loadGlossary()
	if err != nil {
		return nil, err
	}
	a := &area{deps: d, glossary: items}
	return append(append(append(a.rootDocs(), a.glossaryDocs()...), a.healthDocs()...), a.v600Docs()...), nil
}
