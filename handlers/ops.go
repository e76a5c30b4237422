package handlers

import (
	"context"
	"time"
)

type healthJSON struct {
	Status string `json:"status"`
}

func (s *Server) opsDocs() []ResourceDoc {
	return []ResourceDoc{
		{
			OperationID:     "OBPv5.1.0-getHealthLive",
			Verb:            "GET",
			Path:            "/health/live",
			Summary:         "Liveness",
			Description:     "Answers 200 while the process is serving HTTP. For process supervisors.",
			Tags:            []string{"Operations"},
			ExampleResponse: healthJSON{Status: "ok"},
			Handle:          func(c *Call) error { return c.JSON(healthJSON{Status: "ok"}) },
		},
		{
			OperationID: "OBPv5.1.0-getHealthReady",
			Verb:        "GET",
			Path:        "/health/ready",
			Summary:     "Readiness",
			Description: "Answers 200 when the database answers within 2 seconds, 503 with status " +
				"\"database unavailable\" otherwise. For load balancers.",
			Tags:            []string{"Operations"},
			ExampleResponse: healthJSON{Status: "ok"},
			Handle:          s.ready,
		},
		{
			OperationID: "OBPv5.1.0-getMetrics",
			Verb:        "GET",
			Path:        "/metrics",
			Summary:     "Prometheus metrics",
			Description: "Request counts and latency by operation id and status, plus Go runtime and process " +
				"metrics, in the Prometheus text format.",
			Tags:        []string{"Operations"},
			RawResponse: true,
			Handle:      s.metrics.handle,
		},
	}
}

func (s *Server) ready(c *Call) error {
	ctx, cancel := context.WithTimeout(c.Ctx, 2*time.Second)
	defer cancel()
	if err := s.deps.DB.Ping(ctx); err != nil {
		c.Log.Warn("readiness: database does not answer", "error", err.Error())
		return c.Fiber().Status(503).JSON(healthJSON{Status: "database unavailable"})
	}
	return c.JSON(healthJSON{Status: "ok"})
}
