package handlers

import (
	"strconv"

	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
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

func toCallLimitsJSON(c consumer.Consumer) callLimitsJSON {
	return callLimitsJSON{PerSecondCallLimit: "-1", PerMinuteCallLimit: strconv.Itoa(c.PerMinuteLimit),
		PerHourCallLimit: strconv.Itoa(c.PerHourLimit), PerDayCallLimit: "-1", PerWeekCallLimit: "-1", PerMonthCallLimit: "-1"}
}

var exampleConsumer = consumer.Consumer{ID: "7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh", AppName: "SOFI", AppType: "Web",
	Description: "Account Management", DeveloperEmail: "felixsmith@example.com", RedirectURL: "https://sofi.example.com/callback",
	Enabled: true, PerMinuteLimit: -1, PerHourLimit: -1}

var consumerErrors = ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.ConsumerNotFoundByID)

func (s *Server) consumerDocs() []ResourceDoc {
	return []ResourceDoc{
		{
			OperationID:     "OBPv5.1.0-createConsumer",
			Verb:            "POST",
			Path:            "/obp/v5.1.0/management/consumers",
			Summary:         "Create a Consumer",
			Description:     "Registers an app. The answer holds the consumer key and secret; the secret is shown only here and is stored hashed.",
			Tags:            []string{"Consumer"},
			Auth:            LoggedIn,
			Roles:           []role.Role{role.CanCreateConsumer},
			RequestSchema:   "consumer_post",
			ExampleRequest:  consumerPostJSON{AppName: "SOFI", AppType: "Web", Description: "Account Management", DeveloperEmail: "felixsmith@example.com"},
			ExampleResponse: consumerCreatedJSON{consumerJSON: toConsumerJSON(exampleConsumer), Key: "xwdgylv3vau0n2gkxu1aize4glapftfldp5y1bic", Secret: "bwf0ykmwoirip1yjxcn15wnhuyxcziwgtcoaildq"},
			SuccessStatus:   201,
			Errors:          ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles),
			Handle:          s.createConsumer,
		},
		{
			OperationID:     "OBPv3.1.0-getConsumers",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/management/consumers",
			Summary:         "Get Consumers",
			Description:     "Lists apps, oldest first, without credentials. Query parameters `limit` and `offset`.",
			Tags:            []string{"Consumer"},
			Auth:            LoggedIn,
			Roles:           []role.Role{role.CanGetConsumers},
			ExampleResponse: consumersJSON{Consumers: []consumerJSON{toConsumerJSON(exampleConsumer)}},
			Errors:          ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.FilterLimitError, obperr.FilterOffsetError),
			Handle:          s.getConsumers,
		},
		{
			OperationID:     "OBPv3.1.0-getConsumer",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/management/consumers/{CONSUMER_ID}",
			Summary:         "Get Consumer",
			Tags:            []string{"Consumer"},
			Auth:            LoggedIn,
			Roles:           []role.Role{role.CanGetConsumers},
			ExampleResponse: toConsumerJSON(exampleConsumer),
			Errors:          consumerErrors,
			Handle: func(c *Call) error {
				con, err := s.deps.Consumers.Get(c.Ctx, c.Param("CONSUMER_ID"))
				if err != nil {
					return err
				}
				return c.JSON(toConsumerJSON(con))
			},
		},
		{
			OperationID:     "OBPv3.1.0-enableDisableConsumers",
			Verb:            "PUT",
			Path:            "/obp/v5.1.0/management/consumers/{CONSUMER_ID}",
			Summary:         "Enable or Disable Consumers",
			Description:     "Enabling needs CanEnableConsumers, disabling CanDisableConsumers. A disabled app's tokens are refused at once.",
			Tags:            []string{"Consumer"},
			Auth:            LoggedIn,
			Roles:           []role.Role{role.CanDisableConsumers, role.CanEnableConsumers},
			RequestSchema:   "consumer_enabled_put",
			ExampleRequest:  enabledJSON{Enabled: false},
			ExampleResponse: enabledJSON{Enabled: false},
			Errors:          consumerErrors,
			Handle:          s.enableDisableConsumer,
		},
		{
			OperationID:     "OBPv5.1.0-updateConsumerRedirectUrl",
			Verb:            "PUT",
			Path:            "/obp/v5.1.0/management/consumers/{CONSUMER_ID}/consumer/redirect_url",
			Summary:         "Update Consumer RedirectUrl",
			Tags:            []string{"Consumer"},
			Auth:            LoggedIn,
			Roles:           []role.Role{role.CanUpdateConsumerRedirectURL},
			RequestSchema:   "consumer_redirect_url_put",
			ExampleRequest:  redirectURLJSON{RedirectURL: "http://localhost:8888"},
			ExampleResponse: toConsumerJSON(exampleConsumer),
			Errors:          consumerErrors,
			Handle: func(c *Call) error {
				var in redirectURLJSON
				if err := c.Bind(&in); err != nil {
					return err
				}
				con, err := s.deps.Consumers.Update(c.Ctx, c.Param("CONSUMER_ID"), func(con *consumer.Consumer) { con.RedirectURL = in.RedirectURL })
				if err != nil {
					return err
				}
				return c.JSON(toConsumerJSON(con))
			},
		},
		{
			OperationID: "OBPv4.0.0-callsLimit",
			Verb:        "PUT",
			Path:        "/obp/v5.1.0/management/consumers/{CONSUMER_ID}/consumer/call-limits",
			Summary:     "Set Rate Limits / Call Limits per Consumer",
			Description: "Sets the calls per minute and per hour an app may make (\"-1\" for no limit), counted across " +
				"every server process. A call over a limit gets 429 OBP-10018 with Retry-After. Only the minute and hour " +
				"periods are enforced here, so the others must be \"-1\".",
			Tags:            []string{"Consumer"},
			Auth:            LoggedIn,
			Roles:           []role.Role{role.CanSetCallLimits},
			RequestSchema:   "call_limits_put",
			ExampleRequest:  toCallLimitsJSON(consumer.Consumer{PerMinuteLimit: 100, PerHourLimit: 1000}),
			ExampleResponse: toCallLimitsJSON(consumer.Consumer{PerMinuteLimit: 100, PerHourLimit: 1000}),
			Errors:          consumerErrors,
			Handle:          s.setCallLimits,
		},
		{
			OperationID:     "OBPv4.0.0-getCallsLimit",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/management/consumers/{CONSUMER_ID}/consumer/call-limits",
			Summary:         "Get Call Limits for a Consumer",
			Tags:            []string{"Consumer"},
			Auth:            LoggedIn,
			Roles:           []role.Role{role.CanReadCallLimits},
			ExampleResponse: toCallLimitsJSON(consumer.Consumer{PerMinuteLimit: 100, PerHourLimit: 1000}),
			Errors:          consumerErrors,
			Handle: func(c *Call) error {
				con, err := s.deps.Consumers.Get(c.Ctx, c.Param("CONSUMER_ID"))
				if err != nil {
					return err
				}
				return c.JSON(toCallLimitsJSON(con))
			},
		},
		{
			OperationID:     "OBPv3.1.0-getConsumersForCurrentUser",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/management/users/current/consumers",
			Summary:         "Get Consumers (logged in User)",
			Description:     "The apps the logged-in user registered.",
			Tags:            []string{"Consumer"},
			Auth:            LoggedIn,
			ExampleResponse: consumersJSON{Consumers: []consumerJSON{toConsumerJSON(exampleConsumer)}},
			Errors:          ErrorsOf(obperr.UserNotLoggedIn),
			Handle: func(c *Call) error {
				limit, offset, err := c.Page()
				if err != nil {
					return err
				}
				list, err := s.deps.Consumers.CreatedBy(c.Ctx, c.Principal.UserID, limit, offset)
				return renderConsumers(c, list, err)
			},
		},
	}
}

func (s *Server) createConsumer(c *Call) error {
	var in consumerPostJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	createdBy := in.CreatedByUserID
	if createdBy == "" {
		createdBy = c.Principal.UserID
	}
	enabled := in.Enabled == nil || *in.Enabled
	con, secret, err := s.deps.Consumers.Create(c.Ctx, consumer.NewConsumer{AppName: in.AppName, AppType: in.AppType,
		Description: in.Description, DeveloperEmail: in.DeveloperEmail, RedirectURL: in.RedirectURL,
		ClientCertificate: in.ClientCertificate, CreatedByUserID: createdBy, Enabled: enabled})
	if err != nil {
		return err
	}
	return c.JSON(consumerCreatedJSON{consumerJSON: toConsumerJSON(con), Key: con.Key, Secret: secret, ClientCertificate: con.ClientCertificate})
}

func (s *Server) getConsumers(c *Call) error {
	limit, offset, err := c.Page()
	if err != nil {
		return err
	}
	list, err := s.deps.Consumers.List(c.Ctx, limit, offset)
	return renderConsumers(c, list, err)
}

func renderConsumers(c *Call, list []consumer.Consumer, err error) error {
	if err != nil {
		return err
	}
	out := consumersJSON{Consumers: make([]consumerJSON, len(list))}
	for i, con := range list {
		out.Consumers[i] = toConsumerJSON(con)
	}
	return c.JSON(out)
}

// enableDisableConsumer needs the role for the direction asked: the guard let through
// holders of either.
func (s *Server) enableDisableConsumer(c *Call) error {
	var in enabledJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	con, err := s.deps.Consumers.SetEnabled(c.Ctx, c.Principal.UserID, c.Param("CONSUMER_ID"), in.Enabled)
	if err != nil {
		return err
	}
	return c.JSON(enabledJSON{Enabled: con.Enabled})
}

func (s *Server) setCallLimits(c *Call) error {
	var in callLimitsJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	perMinute, _ := strconv.Atoi(in.PerMinuteCallLimit) // the schema admits only -1 or digits
	perHour, _ := strconv.Atoi(in.PerHourCallLimit)
	con, err := s.deps.Consumers.Update(c.Ctx, c.Param("CONSUMER_ID"), func(con *consumer.Consumer) {
		con.PerMinuteLimit, con.PerHourLimit = perMinute, perHour
	})
	if err != nil {
		return err
	}
	return c.JSON(toCallLimitsJSON(con))
}
