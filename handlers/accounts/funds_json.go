package accounts

// checkFundsJSON is OBP's CheckFundsAvailableJson: yes or no, when, and the request's id.
type checkFundsJSON struct {
	Answer                  string `json:"answer"`
	Date                    string `json:"date"`
	AvailableFundsRequestID string `json:"available_funds_request_id"`
}

func yesNo(ok bool) string {
	if ok {
		return "yes"
	}
	return "no"
}
