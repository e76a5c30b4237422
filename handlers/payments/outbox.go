package payments

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
)

// Ours: OBP has no outbox. It is the embedded default's SMS and e-mail gateway, so that
// a sandbox, a developer or a test can read the one-time passwords it would have sent.
var outboxNotEnabled = &obperr.Code{ID: "OBP-40048", Status: 404, Text: "The notification outbox is not in use: messages are sent through the configured SMS gateway and SMTP server."}

func (a *area) outboxDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{{
		OperationID: "OBPv5.1.0-getNotificationOutbox",
		Verb:        "GET",
		Path:        "/obp/v5.1.0/management/notifications/outbox",
		Summary:     "Get the notification outbox",
		Description: "The messages (SMS, e-mail) the server would have sent, newest first (limit, offset), when no SMS " +
			"gateway or SMTP server is configured. They carry one-time passwords: the role is for sandbox administrators.",
		Tags:            []string{"Notification"},
		Auth:            handlers.LoggedIn,
		Roles:           []role.Role{role.CanReadNotificationOutbox},
		ExampleResponse: exampleOutbox,
		Errors:          handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, outboxNotEnabled),
		Handle:          a.getNotificationOutbox,
	}}
}

func (a *area) getNotificationOutbox(c *handlers.Call) error {
	if a.outbox == nil {
		return outboxNotEnabled
	}
	limit, offset, err := c.Page()
	if err != nil {
		return err
	}
	list, err := a.outbox.List(c.Ctx, limit, offset)
	if err != nil {
		return err
	}
	return c.JSON(toOutboxJSON(list))
}
