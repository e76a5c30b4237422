package rest

import (
	"context"
	"time"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/obperr"
)

var getAdapterInfo = define(read("getAdapterInfo", obperr.InvalidConnectorResponse, nil),
	"The adapter's name, version, git commit and date: what GET /obp/v5.0.0/adapter reports, with the time the "+
		"round trip took. A health check: it should answer quickly and touch the core banking system only lightly.",
	func(_ context.Context, b port.Connector, _ OutBoundGetAdapterInfo) (InboundAdapterInfoInternal, error) {
		info := InboundAdapterInfoInternal{BackendMessages: []BackendMessage{}, Name: "obp-adapter"}
		if s, ok := b.(interface{ AdapterInfo() AdapterInfo }); ok {
			a := s.AdapterInfo()
			info.Name, info.Version, info.GitCommit, info.Date = a.Name, a.Version, a.GitCommit, a.Date
		}
		return info, nil
	})

// OutBoundGetAdapterInfo asks the adapter about itself.
type OutBoundGetAdapterInfo struct {
	OutboundAdapterCallContext OutboundAdapterCallContext `json:"outboundAdapterCallContext"`
}

// InboundAdapterInfoInternal is OBP's answer to getAdapterInfo.
type InboundAdapterInfoInternal struct {
	ErrorCode       string           `json:"errorCode"`
	BackendMessages []BackendMessage `json:"backendMessages"`
	Name            string           `json:"name"`
	Version         string           `json:"version"`
	GitCommit       string           `json:"git_commit"`
	Date            string           `json:"date"`
}

// AdapterInfo is what an adapter says of itself, and how long asking took.
type AdapterInfo struct {
	Name, Version, GitCommit, Date string
	Duration                       time.Duration
	BackendMessages                []BackendMessage
}

// AdapterInfo is getAdapterInfo, with the round trip's duration.
func (c *Connector) AdapterInfo(ctx context.Context) (AdapterInfo, error) {
	start := time.Now()
	data, err := send[InboundAdapterInfoInternal](ctx, c, getAdapterInfo, func(occ OutboundAdapterCallContext) any {
		return OutBoundGetAdapterInfo{OutboundAdapterCallContext: occ}
	})
	if err != nil {
		return AdapterInfo{}, err
	}
	return AdapterInfo{Name: data.Name, Version: data.Version, GitCommit: data.GitCommit, Date: data.Date,
		Duration: time.Since(start), BackendMessages: data.BackendMessages}, nil
}
