package meta

import (
	"context"
	"time"

	"github.com/obp-go/obp/handlers"
)

type healthJSON struct {
	Status string `json:"status"`
}

func (a *area) healthDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID:     "OBPv5.1.0-getHealthLive",
			Verb:            "GET",
			Path:            "/health/live",
			Summary:         "Liveness",
			Description:     "Answers 200 while the process is serving HTTP. For process supervisors.",
			Tags:            []string{"Operations"},
			ExampleResponse: healthJSON{Status: "ok"},
			Handle:          getLive,
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
			Handle:          a.getReady,
		},
	}
}

func getLive(c *handlers.Call) error { return c.JSON(healthJSON{Status: "ok"}) }

func (a *area) getReady(c *handlers.Call) error {
	ctx, cancel := context.WithTimeout(c.Ctx, 2*time.Second)
	defer cancel()
	if err := a.deps.DB.Ping(ctx); err != nil {
		c.Log.Warn("readiness: database does not answer", "error", err.Error())
		return c.Fiber().Status(503).JSON(healthJSON{Status: "database unavailable"})
	}
	return c.JSON(healthJSON{Status: "ok"})
}
