package identity

type directLoginJSON struct {
	Token      string `json:"token"`
	ConsumerID string `json:"consumer_id"`
}
