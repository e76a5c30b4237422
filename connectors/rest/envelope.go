// Package rest is OBP's REST adapter connector (rest_vMar2019): it POSTs OBP's
// OutBound<Method> messages to an adapter and reads InBound<Method> answers, with the
// JSON names OBP's own adapters expect.
package rest

// OutboundAdapterCallContext is the envelope of every outbound message: who calls, for
// which app, with the user's auth context. OBP's optional fields are omitted when empty.
type OutboundAdapterCallContext struct {
	CorrelationID           string                   `json:"correlationId"`
	SessionID               string                   `json:"sessionId,omitempty"`
	ConsumerID              string                   `json:"consumerId,omitempty"`
	GeneralContext          []KeyValue               `json:"generalContext,omitempty"`
	OutboundAdapterAuthInfo *OutboundAdapterAuthInfo `json:"outboundAdapterAuthInfo,omitempty"`
}

// OutboundAdapterAuthInfo is the calling user as the adapter sees them.
type OutboundAdapterAuthInfo struct {
	UserID          string           `json:"userId,omitempty"`
	Username        string           `json:"username,omitempty"`
	LinkedCustomers []LinkedCustomer `json:"linkedCustomers,omitempty"`
	UserAuthContext []KeyValue       `json:"userAuthContext,omitempty"`
	AuthViews       []AuthView       `json:"authViews,omitempty"`
}

// KeyValue is OBP's BasicGeneralContext / BasicUserAuthContext.
type KeyValue struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// LinkedCustomer is a customer record linked to the calling user.
type LinkedCustomer struct {
	CustomerID     string `json:"customerId"`
	CustomerNumber string `json:"customerNumber"`
	LegalName      string `json:"legalName"`
}

// AuthView is a view the user holds on an account, with the account's owners.
type AuthView struct {
	View    ViewBasic    `json:"view"`
	Account AccountBasic `json:"account"`
}

// ViewBasic names a view.
type ViewBasic struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
}

// AccountBasic is an account with the customers and users who own it.
type AccountBasic struct {
	ID              string           `json:"id"`
	AccountRoutings []AccountRouting `json:"accountRoutings"`
	CustomerOwners  []CustomerOwner  `json:"customerOwners"`
	UserOwners      []UserOwner      `json:"userOwners"`
}

// CustomerOwner is a customer owning an account.
type CustomerOwner struct {
	BankID         string `json:"bankId"`
	CustomerID     string `json:"customerId"`
	CustomerNumber string `json:"customerNumber"`
	LegalName      string `json:"legalName"`
	DateOfBirth    Date   `json:"dateOfBirth"`
}

// UserOwner is a user owning an account.
type UserOwner struct {
	UserID       string `json:"userId"`
	EmailAddress string `json:"emailAddress"`
	Name         string `json:"name"`
}

// InboundAdapterCallContext is the envelope the adapter answers with.
type InboundAdapterCallContext struct {
	CorrelationID  string     `json:"correlationId"`
	SessionID      string     `json:"sessionId,omitempty"`
	GeneralContext []KeyValue `json:"generalContext,omitempty"`
}

// Status is the adapter's verdict: a non-empty ErrorCode means the call failed.
type Status struct {
	ErrorCode       string           `json:"errorCode"`
	BackendMessages []BackendMessage `json:"backendMessages"`
}

// BackendMessage is one message from a system behind the adapter; kept for the log.
type BackendMessage struct {
	Source    string   `json:"source"`
	Status    string   `json:"status"`
	ErrorCode string   `json:"errorCode"`
	Text      string   `json:"text"`
	Duration  Duration `json:"duration,omitempty"`
}

// InBound is every answer: the envelope, the status and the method's data.
type InBound[T any] struct {
	InboundAdapterCallContext InboundAdapterCallContext `json:"inboundAdapterCallContext"`
	Status                    Status                    `json:"status"`
	Data                      T                         `json:"data"`
}
