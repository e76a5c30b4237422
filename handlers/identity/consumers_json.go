package identity

import (
	"strconv"

	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/handlers/wire"
)

// consumerPostJSON: an absent enabled means true; never null (OBP's swagger types it
// boolean, not nullable), so the example leaves it out.
type consumerPostJSON struct {
	AppName           string `json:"app_name"`
	AppType           string `json:"app_type"`
	Description       string `json:"description"`
	DeveloperEmail    string `json:"developer_email"`
	RedirectURL       string `json:"redirect_url"`
	CreatedByUserID   string `json:"created_by_user_id"`
	Enabled           *bool  `json:"enabled,omitempty"`
	ClientCertificate string `json:"clientCertificate"`
}

// toNewConsumer is the app to register: created by the caller unless the body names
// someone, enabled unless the body says otherwise.
func (in consumerPostJSON) toNewConsumer(callerID string) consumer.NewConsumer {
	createdBy := in.CreatedByUserID
	if createdBy == "" {
		createdBy = callerID
	}
	enabled := in.Enabled == nil || *in.Enabled
	return consumer.NewConsumer{AppName: in.AppName, AppType: in.AppType, Description: in.Description,
		DeveloperEmail: in.DeveloperEmail, RedirectURL: in.RedirectURL, ClientCertificate: in.ClientCertificate,
		CreatedByUserID: createdBy, Enabled: enabled}
}

// consumerJSON is OBP's ConsumerJsonV310: an app without its credentials.
type consumerJSON struct {
	ConsumerID      string     `json:"consumer_id"`
	AppName         string     `json:"app_name"`
	AppType         string     `json:"app_type"`
	Description     string     `json:"description"`
	DeveloperEmail  string     `json:"developer_email"`
	RedirectURL     string     `json:"redirect_url"`
	CreatedByUserID string     `json:"created_by_user_id"`
	CreatedByUser   userIDJSON `json:"created_by_user"`
	Enabled         bool       `json:"enabled"`
	Created         string     `json:"created"`
}

// consumerCreatedJSON is OBP's ConsumerJson: the only answer that shows key and secret.
type consumerCreatedJSON struct {
	consumerJSON
	Key               string `json:"key"`
	Secret            string `json:"secret"`
	ClientCertificate string `json:"client_certificate"`
}

type consumersJSON struct {
	Consumers []consumerJSON `json:"consumers"`
}

type enabledJSON struct {
	Enabled bool `json:"enabled"`
}

type redirectURLJSON struct {
	RedirectURL string `json:"redirect_url"`
}

// callLimitsJSON is OBP's CallLimitPostJsonV400; limits are strings, "-1" for none.
type callLimitsJSON struct {
	PerSecondCallLimit string `json:"per_second_call_limit"`
	PerMinuteCallLimit string `json:"per_minute_call_limit"`
	PerHourCallLimit   string `json:"per_hour_call_limit"`
	PerDayCallLimit    string `json:"per_day_call_limit"`
	PerWeekCallLimit   string `json:"per_week_call_limit"`
	PerMonthCallLimit  string `json:"per_month_call_limit"`
}

func toConsumerJSON(c consumer.Consumer) consumerJSON {
	return consumerJSON{ConsumerID: c.ID, AppName: c.AppName, AppType: c.AppType, Description: c.Description,
		DeveloperEmail: c.DeveloperEmail, RedirectURL: c.RedirectURL, CreatedByUserID: c.CreatedByUserID,
		CreatedByUser: userIDJSON{UserID: c.CreatedByUserID}, Enabled: c.Enabled, Created: wire.Time(c.CreatedAt)}
}

// enforced reads the limits this server enforces; the schema admits only -1 or digits.
func (in callLimitsJSON) enforced() (perMinute, perHour int) {
	perMinute, _ = strconv.Atoi(in.PerMinuteCallLimit)
	perHour, _ = strconv.Atoi(in.PerHourCallLimit)
	return perMinute, perHour
}

func toConsumersJSON(list []consumer.Consumer) consumersJSON {
	out := consumersJSON{Consumers: make([]consumerJSON, len(list))}
	for i, con := range list {
		out.Consumers[i] = toConsumerJSON(con)
	}
	return out
}

func toCallLimitsJSON(c consumer.Consumer) callLimitsJSON {
	return callLimitsJSON{PerSecondCallLimit: "-1", PerMinuteCallLimit: strconv.Itoa(c.PerMinuteLimit),
		PerHourCallLimit: strconv.Itoa(c.PerHourLimit), PerDayCallLimit: "-1", PerWeekCallLimit: "-1", PerMonthCallLimit: "-1"}
}

var exampleConsumer = consumer.Consumer{ID: "7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh", AppName: "SOFI", AppType: "Web",
	Description: "Account Management", DeveloperEmail: "felixsmith@example.com", RedirectURL: "https://sofi.example.com/callback",
	Enabled: true, PerMinuteLimit: -1, PerHourLimit: -1}
