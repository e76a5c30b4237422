package identity

import (
	"github.com/obp-go/obp/domain/consumer"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/handlers"
)

var consumerErrors = handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.ConsumerNotFoundByID)

func (a *area) consumerDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		{
			OperationID:     "OBPv5.1.0-createConsumer",
			Verb:            "POST",
			Path:            "/obp/v5.1.0/management/consumers",
			Summary:         "Create a Consumer",
			Description:     "Registers an app. The answer holds the consumer key and secret; the secret is shown only here and is stored hashed.",
			Tags:            []string{"Consumer"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanCreateConsumer},
			RequestSchema:   "consumer_post",
			ExampleRequest:  consumerPostJSON{AppName: "SOFI", AppType: "Web", Description: "Account Management", DeveloperEmail: "felixsmith@example.com"},
			ExampleResponse: consumerCreatedJSON{consumerJSON: toConsumerJSON(exampleConsumer), Key: "xwdgylv3vau0n2gkxu1aize4glapftfldp5y1bic", Secret: "bwf0ykmwoirip1yjxcn15wnhuyxcziwgtcoaildq"},
			SuccessStatus:   201,
			Errors:          handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles),
			Handle:          a.createConsumer,
		},
		{
			OperationID:     "OBPv3.1.0-getConsumers",
			Verb:            "GET",
			Path:            "/obp/v3.1.0/management/consumers",
			Summary:         "Get Consumers",
			Description:     "Lists apps, oldest first, without credentials. Query parameters `limit` and `offset`.",
			Tags:            []string{"Consumer"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanGetConsumers},
			ExampleResponse: consumersJSON{Consumers: []consumerJSON{toConsumerJSON(exampleConsumer)}},
			Errors:          handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.FilterLimitError, obperr.FilterOffsetError),
			Handle:          a.getConsumers,
		},
		{
			OperationID:     "OBPv3.1.0-getConsumer",
			Verb:            "GET",
			Path:            "/obp/v3.1.0/management/consumers/{CONSUMER_ID}",
			Summary:         "Get Consumer",
			Tags:            []string{"Consumer"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanGetConsumers},
			ExampleResponse: toConsumerJSON(exampleConsumer),
			Errors:          consumerErrors,
			Handle:          a.getConsumer,
		},
		{
			OperationID:     "OBPv3.1.0-enableDisableConsumers",
			Verb:            "PUT",
			Path:            "/obp/v3.1.0/management/consumers/{CONSUMER_ID}",
			Summary:         "Enable or Disable Consumers",
			Description:     "Enabling needs CanEnableConsumers, disabling CanDisableConsumers. A disabled app's tokens are refused at once.",
			Tags:            []string{"Consumer"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanDisableConsumers, role.CanEnableConsumers},
			RequestSchema:   "consumer_enabled_put",
			ExampleRequest:  enabledJSON{Enabled: false},
			ExampleResponse: enabledJSON{Enabled: false},
			Errors:          consumerErrors,
			Handle:          a.enableDisableConsumer,
		},
		{
			OperationID:     "OBPv5.1.0-updateConsumerRedirectUrl",
			Verb:            "PUT",
			Path:            "/obp/v5.1.0/management/consumers/{CONSUMER_ID}/consumer/redirect_url",
			Summary:         "Update Consumer RedirectUrl",
			Tags:            []string{"Consumer"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanUpdateConsumerRedirectURL},
			RequestSchema:   "consumer_redirect_url_put",
			ExampleRequest:  redirectURLJSON{RedirectURL: "http://localhost:8888"},
			ExampleResponse: toConsumerJSON(exampleConsumer),
			Errors:          consumerErrors,
			Handle:          a.updateConsumerRedirectURL,
		},
		{
			OperationID: "OBPv4.0.0-callsLimit",
			Verb:        "PUT",
			Path:        "/obp/v4.0.0/management/consumers/{CONSUMER_ID}/consumer/call-limits",
			Summary:     "Set Rate Limits / Call Limits per Consumer",
			Description: "Sets the calls per minute and per hour an app may make (\"-1\" for no limit), counted across " +
				"every server process. A call over a limit gets 429 OBP-10018 with Retry-After. Only the minute and hour " +
				"periods are enforced here, so the others must be \"-1\".",
			Tags:            []string{"Consumer"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanSetCallLimits},
			RequestSchema:   "call_limits_put",
			ExampleRequest:  toCallLimitsJSON(consumer.Consumer{PerMinuteLimit: 100, PerHourLimit: 1000}),
			ExampleResponse: toCallLimitsJSON(consumer.Consumer{PerMinuteLimit: 100, PerHourLimit: 1000}),
			Errors:          consumerErrors,
			Handle:          a.setCallLimits,
		},
		{
			OperationID:     "OBPv4.0.0-getCallsLimit",
			Verb:            "GET",
			Path:            "/obp/v4.0.0/management/consumers/{CONSUMER_ID}/consumer/call-limits",
			Summary:         "Get Call Limits for a Consumer",
			Tags:            []string{"Consumer"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanReadCallLimits},
			ExampleResponse: toCallLimitsJSON(consumer.Consumer{PerMinuteLimit: 100, PerHourLimit: 1000}),
			Errors:          consumerErrors,
			Handle:          a.getCallLimits,
		},
		{
			OperationID:     "OBPv3.1.0-getConsumersForCurrentUser",
			Verb:            "GET",
			Path:            "/obp/v3.1.0/management/users/current/consumers",
			Summary:         "Get Consumers (logged in User)",
			Description:     "The apps the logged-in user registered.",
			Tags:            []string{"Consumer"},
			Auth:            handlers.LoggedIn,
			ExampleResponse: consumersJSON{Consumers: []consumerJSON{toConsumerJSON(exampleConsumer)}},
			Errors:          handlers.ErrorsOf(obperr.UserNotLoggedIn),
			Handle:          a.getConsumersForCurrentUser,
		},
	}
}
