// Package notifiers holds the Notifier implementations that really send: an HTTP SMS
// gateway and SMTP e-mail. (The embedded default, the outbox, is in connectors/mapped.)
package notifiers

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/obp-go/obp/domain/notify"
)

// SMSGateway posts each SMS as JSON {"to": ..., "message": ...} to a gateway URL with
// HTTP basic credentials. Any 2xx answer is a success.
type SMSGateway struct {
	URL      string
	User     string
	Password string
	Client   *http.Client
}

// NewSMSGateway returns a gateway client with a bounded timeout.
func NewSMSGateway(url, user, password string) *SMSGateway {
	return &SMSGateway{URL: url, User: user, Password: password, Client: &http.Client{Timeout: 10 * time.Second}}
}

// Send implements notify.Notifier. Errors never quote the message: it holds a code.
func (g *SMSGateway) Send(ctx context.Context, m notify.Message) error {
	body, err := json.Marshal(map[string]string{"to": m.To, "message": m.Body})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.URL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if g.User != "" {
		req.SetBasicAuth(g.User, g.Password)
	}
	resp, err := g.Client.Do(req)
	if err != nil {
		return fmt.Errorf("SMS gateway: %w", err)
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("SMS gateway answered %d", resp.StatusCode)
	}
	return nil
}
