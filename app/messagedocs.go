package app

import (
	"context"
	"time"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/connectors/rest"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/handlers/messagedocs"
)

// catalogue serves the message docs of the REST connector (under OBP's name for it and
// ours) and tells which adapter is in use: the one the REST connector calls, or this
// server itself with the mapped connector.
type catalogue struct {
	adapter *rest.Connector // nil when no adapter is configured
	info    handlers.Info
	started time.Time
}

// restNames are the names the REST connector's message docs answer to.
var restNames = map[string]bool{rest.Name: true, "rest": true}

func (c catalogue) MessageDocs(connector string) ([]messagedocs.Doc, error) {
	if !restNames[connector] {
		return nil, obperr.InvalidConnector.With("Message docs are served for %s (or rest).", rest.Name)
	}
	docs := rest.MessageDocs()
	out := make([]messagedocs.Doc, 0, len(docs))
	for _, d := range docs {
		out = append(out, messagedocs.Doc{Method: d.Method, Description: d.Description, MessageFormat: rest.Name, Read: d.Read,
			ExampleOut: d.ExampleOut, ExampleIn: d.ExampleIn, OutboundSchema: d.OutboundSchema, InboundSchema: d.InboundSchema})
	}
	return out, nil
}

func (c catalogue) Swagger(connector string) (map[string]any, error) {
	if !restNames[connector] {
		return nil, obperr.InvalidConnector.With("Message docs are served for %s (or rest).", rest.Name)
	}
	return rest.Swagger2(c.info.GitCommit), nil
}

func (c catalogue) AdapterInfo(ctx context.Context) (messagedocs.AdapterInfo, error) {
	if c.adapter == nil {
		return messagedocs.AdapterInfo{Name: mapped.Name, Version: c.info.GitCommit, GitCommit: c.info.GitCommit,
			Date: c.started.UTC().Format(time.RFC3339)}, nil
	}
	a, err := c.adapter.AdapterInfo(ctx)
	if err != nil {
		return messagedocs.AdapterInfo{}, err
	}
	out := messagedocs.AdapterInfo{Name: a.Name, Version: a.Version, GitCommit: a.GitCommit, Date: a.Date, Duration: a.Duration}
	for _, m := range a.BackendMessages {
		out.Messages = append(out.Messages, messagedocs.BackendMessage{Source: m.Source, Status: m.Status,
			ErrorCode: m.ErrorCode, Text: m.Text, Duration: string(m.Duration)})
	}
	return out, nil
}
