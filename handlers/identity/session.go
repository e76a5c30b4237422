package identity

import (
	"strconv"
	"time"

	"github.com/obp-go/obp/handlers"
)

// DefaultSessionTimeout is OBP's suggestion when none is configured: five minutes of
// inactivity.
const DefaultSessionTimeout = 300 * time.Second

func (a *area) sessionDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID: "OBPv5.1.0-suggestedSessionTimeout",
			Verb:        "GET",
			Path:        "/obp/v5.1.0/ui/suggested-session-timeout",
			Summary:     "Get Suggested Session Timeout",
			Description: "How long, in whole seconds, a user interface should let a session sit idle before it logs the user " +
				"out (OBP_SESSION_TIMEOUT, default 300). A suggestion to clients: tokens keep their own lifetime.",
			Tags:            []string{"API"},
			ExampleResponse: sessionTimeoutJSON{TimeoutInSeconds: "300"},
			Handle:          a.suggestedSessionTimeout,
		},
	}
}

// suggestedSessionTimeout answers from configuration: it reads nothing.
func (a *area) suggestedSessionTimeout(c *handlers.Call) error {
	timeout := a.deps.SessionTimeout
	if timeout <= 0 {
		timeout = DefaultSessionTimeout
	}
	return c.JSON(sessionTimeoutJSON{TimeoutInSeconds: strconv.Itoa(int(timeout / time.Second))})
}
