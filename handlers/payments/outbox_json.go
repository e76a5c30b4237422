package payments

import (
	"github.com/obp-go/obp/domain/notify"
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

func toOutboxJSON(list []notify.Message) outboxJSON {
	out := outboxJSON{Messages: make([]outboxMessageJSON, len(list))}
	for i, m := range list {
		out.Messages[i] = outboxMessageJSON{ID: m.ID, Channel: string(m.Channel), To: m.To, Subject: m.Subject, Body: m.Body, Created: wire.Time(m.CreatedAt)}
	}
	return out
}

var exampleOutbox = outboxJSON{Messages: []outboxMessageJSON{{ID: "0c2f…", Channel: "SMS", To: "+44 7700 900123",
	Body: "Your code to confirm a payment of 1500.00 EUR is 123456.", Created: "2024-01-01T09:00:00Z"}}}
