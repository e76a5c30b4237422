package handlers

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers/wire"
)

type outboxMessageJSON struct {
	ID      string `json:"id"`
	Channel string `json:"channel"`
	To      string `json:"to"`
	Subject string `json:"subject"`
	Body    string `json:"body"`
	Created string `json:"created"`
}

type outboxJSON struct {
	Messages []outboxMessageJSON `json:"messages"`
}

// Ours: OBP has no outbox. It is the embedded default's SMS and e-mail gateway, so that
// a sandbox, a developer or a test can read the one-time passwords it would have sent.
var outboxNotEnabled = &obperr.Code{ID: "OBP-40048", Status: 404, Text: "The notification outbox is not in use: messages are sent through the configured SMS gateway and SMTP server."}

func (s *Server) outboxDocs() []ResourceDoc {
	return []ResourceDoc{{
		OperationID: "OBPv5.1.0-getNotificationOutbox",
		Verb:        "GET",
		Path:        "/obp/v5.1.0/management/notifications/outbox",
		Summary:     "Get the notification outbox",
		Description: "The messages (SMS, e-mail) the server would have sent, newest first (limit, offset), when no SMS " +
			"gateway or SMTP server is configured. They carry one-time passwords: the role is for sandbox administrators.",
		Tags:            []string{"Notification"},
		Auth:            LoggedIn,
		Roles:           []role.Role{role.CanReadNotificationOutbox},
		ExampleResponse: outboxJSON{Messages: []outboxMessageJSON{{ID: "0c2f…", Channel: "SMS", To: "+44 7700 900123", Body: "Your code to confirm a payment of 1500.00 EUR is 123456.", Created: "2024-01-01T09:00:00Z"}}},
		Errors:          ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, outboxNotEnabled),
		Handle: func(c *Call) error {
			if s.deps.Outbox == nil {
				return outboxNotEnabled
			}
			limit, offset, err := c.Page()
			if err != nil {
				return err
			}
			list, err := s.deps.Outbox.List(c.Ctx, limit, offset)
			if err != nil {
				return err
			}
			out := outboxJSON{Messages: make([]outboxMessageJSON, len(list))}
			for i, m := range list {
				out.Messages[i] = outboxMessageJSON{ID: m.ID, Channel: string(m.Channel), To: m.To, Subject: m.Subject, Body: m.Body, Created: wire.Time(m.CreatedAt)}
			}
			return c.JSON(out)
		},
	}}
}
