package identity

// sessionTimeoutJSON is OBP's SuggestedSessionTimeoutV510: the seconds as a string.
type sessionTimeoutJSON struct {
	TimeoutInSeconds string `json:"timeout_in_seconds"`
}
