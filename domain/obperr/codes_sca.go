package obperr

// Challenge and transaction-request errors.
var (
	OneTimePasswordExpired                                   = &Code{"OBP-20211", 400, "The One Time Password (OTP) has expired."}
	InvalidTransactionRequestType                            = &Code{"OBP-40001", 400, "Invalid value for TRANSACTION_REQUEST_TYPE."}
	InsufficientAuthorisationToCreateTransactionRequest      = &Code{"OBP-40002", 403, "Insufficient authorisation to create TransactionRequest. The Transaction Request could not be created because the login user doesn't have access to the view of the from account or the consumer doesn't have the access to the view of the from account or the login user does not have the `CanCreateAnyTransactionRequest` role or the view does not have the permission can_add_transaction_request_to_any_account."}
	TransactionRequestTypeHasChanged                         = &Code{"OBP-40009", 400, "The TRANSACTION_REQUEST_TYPE has changed."}
	InvalidChargePolicy                                      = &Code{"OBP-40013", 400, "Invalid charge policy. Please specify a valid value for Charge_Policy: SHARED, SENDER or RECEIVER."}
	AllowedAttemptsUsedUp                                    = &Code{"OBP-40014", 400, "Sorry, you've used up your allowed attempts."}
	InvalidChallengeType                                     = &Code{"OBP-40015", 400, "Invalid Challenge Type. Please specify a valid value for CHALLENGE_TYPE."}
	InvalidChallengeAnswer                                   = &Code{"OBP-40016", 400, "Invalid Challenge Answer. Please specify a valid value for answer in Json body."}
	TransactionRequestNotFound                               = &Code{"OBP-40017", 404, "Transaction Request not found. Please specify a valid value for TRANSACTION_REQUEST_ID."}
	NextChallengePending                                     = &Code{"OBP-40019", 400, "Cannot create transaction due to transaction request is in status: NEXT_CHALLENGE_PENDING."}
	TransactionRequestStatusNotInitiatedOrPendingOrForwarded = &Code{"OBP-40020", 400, "Transaction Request Status is not INITIATED or NEXT_CHALLENGE_PENDING or FORWARDED."}
	ChallengeNotFound                                        = &Code{"OBP-40021", 404, "Challenge not found. Please specify a valid value for CHALLENGE_ID."}
	// Ours: OBP lets anyone answer; we bind a challenge to the user it was issued to.
	ChallengeNotForThisUser = &Code{"OBP-40047", 403, "This challenge was issued to another user."}
	// Ours: the configured SCA method cannot reach the user (no phone, no e-mail, not configured).
	ScaMethodNotAvailable = &Code{"OBP-40045", 400, "The strong customer authentication method cannot be used:"}
	// Ours: a decoupled challenge (a push confirmation) is decided on the user's device; the
	// client polls the transaction request or consent for its status instead of answering.
	ChallengeDecoupled = &Code{"OBP-40050", 400, "This challenge is confirmed or declined on the user's device, not answered here. Get the transaction request or consent to follow its status."}
	// Ours: an Idempotency-Key reused with a different request.
	IdempotencyKeyReused = &Code{"OBP-40046", 409, "This Idempotency-Key was used with a different request. Use a new key for a new request."}
	// Ours: the first request with this Idempotency-Key has not been answered yet.
	IdempotencyKeyInFlight         = &Code{"OBP-40049", 409, "The request with this Idempotency-Key is still being processed. Retry later with the same key and body."}
	DoubleEntryTransactionNotFound = &Code{"OBP-30087", 404, "Double Entry Transaction not found."}
	RefundedTransaction            = &Code{"OBP-30068", 400, "Transaction was already refunded . Please specify a valid value for TRANSACTION_ID."}
)
