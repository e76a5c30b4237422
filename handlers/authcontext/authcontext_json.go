package authcontext

import (
	"github.com/obp-go/obp/domain/authcontext"
	"github.com/obp-go/obp/handlers/wire"
)

// userAuthContextPostJSON is OBP's PostUserAuthContextJson.
type userAuthContextPostJSON struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

func (in userAuthContextPostJSON) toPair() authcontext.Pair {
	return authcontext.Pair{Key: in.Key, Value: in.Value}
}

// userAuthContextJSON is OBP's UserAuthContextJsonV500.
type userAuthContextJSON struct {
	UserAuthContextID string `json:"user_auth_context_id"`
	UserID            string `json:"user_id"`
	Key               string `json:"key"`
	Value             string `json:"value"`
	TimeStamp         string `json:"time_stamp"`
	ConsumerID        string `json:"consumer_id"`
}

// userAuthContextsJSON is OBP's UserAuthContextsJsonV500.
type userAuthContextsJSON struct {
	UserAuthContexts []userAuthContextJSON `json:"user_auth_contexts"`
}

func toUserAuthContextJSON(c authcontext.UserAuthContext) userAuthContextJSON {
	return userAuthContextJSON{UserAuthContextID: c.ID, UserID: c.UserID, Key: c.Key, Value: c.Value,
		TimeStamp: wire.Time(c.CreatedAt), ConsumerID: c.ConsumerID}
}

func toUserAuthContextsJSON(cs []authcontext.UserAuthContext) userAuthContextsJSON {
	out := userAuthContextsJSON{UserAuthContexts: make([]userAuthContextJSON, len(cs))}
	for i, c := range cs {
		out.UserAuthContexts[i] = toUserAuthContextJSON(c)
	}
	return out
}

// challengeAnswerJSON is OBP's PostUserAuthContextUpdateJsonV310.
type challengeAnswerJSON struct {
	Answer string `json:"answer"`
}

// userAuthContextUpdateJSON is OBP's UserAuthContextUpdateJsonV500.
type userAuthContextUpdateJSON struct {
	UserAuthContextUpdateID string `json:"user_auth_context_update_id"`
	UserID                  string `json:"user_id"`
	Key                     string `json:"key"`
	Value                   string `json:"value"`
	Status                  string `json:"status"`
	ConsumerID              string `json:"consumer_id"`
}

func toUpdateJSON(u authcontext.Update) userAuthContextUpdateJSON {
	return userAuthContextUpdateJSON{UserAuthContextUpdateID: u.ID, UserID: u.UserID, Key: u.Key, Value: u.Value,
		Status: string(u.Status), ConsumerID: u.ConsumerID}
}

var examplePost = userAuthContextPostJSON{Key: "CUSTOMER_NUMBER", Value: "78987432"}

var exampleUserAuthContext = userAuthContextJSON{UserAuthContextID: "613c83ea-80f9-4560-8404-b9cd4ec42a7f",
	UserID: wire.ExampleUser.ID, Key: "CUSTOMER_NUMBER", Value: "78987432", TimeStamp: "2024-01-01T00:00:00Z",
	ConsumerID: "7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh"}

func exampleUpdate(status authcontext.Status) userAuthContextUpdateJSON {
	return userAuthContextUpdateJSON{UserAuthContextUpdateID: "613c83ea-80f9-4560-8404-b9cd4ec42a7f",
		UserID: wire.ExampleUser.ID, Key: "CUSTOMER_NUMBER", Value: "78987432", Status: string(status),
		ConsumerID: "7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh"}
}
