package payments

import (
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
)

var createTRErrors = handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.BankAccountNotFound,
	obperr.InvalidTransactionRequestType, obperr.InsufficientAuthorisationToCreateTransactionRequest,
	obperr.InvalidTransactionRequestCurrency, obperr.NotPositiveAmount, obperr.InvalidAmount, obperr.InvalidISOCurrencyCode,
	obperr.InsufficientFunds, obperr.SameAccount, obperr.InvalidChargePolicy, obperr.ScaMethodNotAvailable, obperr.IdempotencyKeyReused,
	obperr.IdempotencyKeyInFlight, obperr.InvalidIBAN, obperr.RefundedTransaction)

// paymentAuthorisation is OBP's rule for who may pay from an account, which the payee in
// the body decides (domain/payment mayPay).
var paymentAuthorisation = handlers.AnyOf{Roles: []role.Role{role.CanCreateAnyTransactionRequest},
	ViewPermissions: []view.Permission{view.CanAddTransactionRequestToAnyAccount, view.CanAddTransactionRequestToBeneficiary,
		view.CanAddTransactionRequestToOwnAccount}}

// createTRDoc completes the create endpoint of one transaction request type: d names
// it (operation id, path, summary, schema, example, handler), the rest every type shares.
func createTRDoc(t payment.Type, d handlers.ResourceDoc) handlers.ResourceDoc {
	d.Verb = "POST"
	d.Description = "Creates a " + string(t) + " transaction request. Below the bank's challenge threshold the payment " +
		"completes at once; at or above it the request is INITIATED and nothing moves until every required challenge " +
		"is answered. Needs CanCreateAnyTransactionRequest at the bank, or a view with can_add_transaction_request_to_any_account " +
		"(or _to_beneficiary for a beneficiary counterparty, or _to_own_account between the caller's own accounts). " +
		"Send an Idempotency-Key header to make retries safe: a retry answers the first result with Idempotency-Hit: true."
	d.Tags = []string{"Transaction Request", "Payment Initiation Service (PIS)"}
	d.Auth = handlers.LoggedIn
	d.View = &handlers.ViewGuard{}
	// A Consent-JWT may pay through the views its consent grants; a VRP consent's view
	// pays only its payee, within the payee's limits.
	d.ConsentUse = true
	d.DecidedInService = &paymentAuthorisation
	d.ExampleResponse = exampleTR
	d.SuccessStatus = 201
	d.Errors = createTRErrors
	d.ConnectorMethods = []string{"getChallengeThreshold", "makePayment"}
	d.Idempotent = true
	return d
}

func (a *area) transactionRequestDocs() []handlers.ResourceDoc {
	return []handlers.ResourceDoc{
		createTRDoc(payment.Account, handlers.ResourceDoc{
			OperationID:    "OBPv4.0.0-createTransactionRequestAccount",
			Path:           "/obp/v4.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transaction-request-types/ACCOUNT/transaction-requests",
			Summary:        "Create Transaction Request (ACCOUNT)",
			RequestSchema:  "tr_account_post",
			ExampleRequest: exampleTRAccount,
			Handle:         a.createTransactionRequestAccount,
		}),
		createTRDoc(payment.AccountOTP, handlers.ResourceDoc{
			OperationID:    "OBPv4.0.0-createTransactionRequestAccountOtp",
			Path:           "/obp/v4.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transaction-request-types/ACCOUNT_OTP/transaction-requests",
			Summary:        "Create Transaction Request (ACCOUNT_OTP)",
			RequestSchema:  "tr_account_post",
			ExampleRequest: exampleTRAccount,
			Handle:         a.createTransactionRequestAccountOtp,
		}),
		createTRDoc(payment.SandboxTAN, handlers.ResourceDoc{
			OperationID:    "OBPv2.1.0-createTransactionRequestSandboxTan",
			Path:           "/obp/v2.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transaction-request-types/SANDBOX_TAN/transaction-requests",
			Summary:        "Create Transaction Request (SANDBOX_TAN)",
			RequestSchema:  "tr_account_post",
			ExampleRequest: exampleTRAccount,
			Handle:         a.createTransactionRequestSandboxTan,
		}),
		createTRDoc(payment.Counterparty, handlers.ResourceDoc{
			OperationID:    "OBPv4.0.0-createTransactionRequestCounterparty",
			Path:           "/obp/v4.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transaction-request-types/COUNTERPARTY/transaction-requests",
			Summary:        "Create Transaction Request (COUNTERPARTY)",
			RequestSchema:  "tr_counterparty_post",
			ExampleRequest: exampleTRCounterparty,
			Handle:         a.createTransactionRequestCounterparty,
		}),
		createTRDoc(payment.SEPA, handlers.ResourceDoc{
			OperationID:    "OBPv4.0.0-createTransactionRequestSepa",
			Path:           "/obp/v4.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transaction-request-types/SEPA/transaction-requests",
			Summary:        "Create Transaction Request (SEPA)",
			RequestSchema:  "tr_sepa_post",
			ExampleRequest: exampleTRSepa,
			Handle:         a.createTransactionRequestSepa,
		}),
		createTRDoc(payment.FreeForm, handlers.ResourceDoc{
			OperationID:    "OBPv4.0.0-createTransactionRequestFreeForm",
			Path:           "/obp/v4.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transaction-request-types/FREE_FORM/transaction-requests",
			Summary:        "Create Transaction Request (FREE_FORM)",
			RequestSchema:  "tr_free_form_post",
			ExampleRequest: exampleTRFreeForm,
			Handle:         a.createTransactionRequestFreeForm,
		}),
		createTRDoc(payment.Refund, handlers.ResourceDoc{
			OperationID:    "OBPv4.0.0-createTransactionRequestRefund",
			Path:           "/obp/v4.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transaction-request-types/REFUND/transaction-requests",
			Summary:        "Create Transaction Request (REFUND)",
			RequestSchema:  "tr_refund_post",
			ExampleRequest: exampleTRRefund,
			Handle:         a.createTransactionRequestRefund,
		}),
		{
			OperationID: "OBPv4.0.0-answerTransactionRequestChallenge",
			Verb:        "POST",
			Path:        "/obp/v4.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transaction-request-types/{TRANSACTION_REQUEST_TYPE}/transaction-requests/{TRANSACTION_REQUEST_ID}/challenge",
			Summary:     "Answer Transaction Request Challenge",
			Description: "Answers one challenge of the request. Only the user the challenge was issued to may answer; three " +
				"wrong answers reject the request; once every required answer is in the payment is posted, exactly once. " +
				"The answer REJECT refuses the payment. A decoupled challenge (`sca_method` a push confirmation) is confirmed " +
				"or declined on the user's device, not answered here (OBP-40050): get the request to follow its `status` and " +
				"its challenges' `sca_status` (PENDING, ANSWERED, DECLINED, FAILED).",
			Tags: []string{"Transaction Request", "Payment Initiation Service (PIS)"},
			Auth: handlers.LoggedIn,
			// The answer shows the request, so the view must let the caller see requests;
			// checked before anything is looked up, so a refusal tells nothing about them.
			View:            &handlers.ViewGuard{Permission: view.CanSeeTransactionRequests},
			RequestSchema:   "tr_challenge_post",
			ExampleRequest:  challengeAnswerJSON{ID: "4050046c-63b3-4868-8a22-14b4181d33a6", Answer: "123456"},
			ExampleResponse: exampleTR,
			SuccessStatus:   202,
			Errors: handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.NoViewPermission, obperr.TransactionRequestNotFound,
				obperr.TransactionRequestStatusNotInitiatedOrPendingOrForwarded, obperr.TransactionRequestTypeHasChanged,
				obperr.InvalidChallengeType, obperr.ChallengeNotFound, obperr.InvalidChallengeAnswer, obperr.AllowedAttemptsUsedUp,
				obperr.OneTimePasswordExpired, obperr.ChallengeNotForThisUser, obperr.ChallengeDecoupled, obperr.InsufficientFunds),
			ConnectorMethods: []string{"makePayment"},
			Handle:           a.answerTransactionRequestChallenge,
		},
		{
			OperationID:     "OBPv5.1.0-getTransactionRequests",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transaction-requests",
			Summary:         "Get Transaction Requests",
			Description:     "The account's transaction requests, newest first (limit, offset). Needs can_see_transaction_requests.",
			Tags:            []string{"Transaction Request"},
			Auth:            handlers.LoggedIn,
			View:            &handlers.ViewGuard{Permission: view.CanSeeTransactionRequests},
			ExampleResponse: transactionRequestsJSON{TransactionRequests: []transactionRequestJSON{exampleTR}},
			Errors:          handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.NoViewPermission, obperr.BankAccountNotFound),
			Handle:          a.getTransactionRequests,
		},
		{
			OperationID:     "OBPv4.0.0-getTransactionRequest",
			Verb:            "GET",
			Path:            "/obp/v4.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transaction-requests/{TRANSACTION_REQUEST_ID}",
			Summary:         "Get Transaction Request",
			Tags:            []string{"Transaction Request"},
			Auth:            handlers.LoggedIn,
			View:            &handlers.ViewGuard{Permission: view.CanSeeTransactionRequests},
			ExampleResponse: exampleTR,
			Errors:          handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.NoViewPermission, obperr.TransactionRequestNotFound),
			Handle:          a.getTransactionRequest,
		},
		{
			OperationID: "OBPv5.1.0-updateTransactionRequestStatus",
			Verb:        "PUT",
			Path:        "/obp/v5.1.0/management/transaction-requests/{TRANSACTION_REQUEST_ID}",
			Summary:     "Update Transaction Request Status",
			Description: "Stops a request that still waits for challenge answers: status CANCELLED or REJECTED. " +
				"Nothing has moved, so nothing is undone; a request already completed or closed is refused (OBP-40020).",
			Tags:            []string{"Transaction Request"},
			Auth:            handlers.LoggedIn,
			Roles:           []role.Role{role.CanUpdateTransactionRequestStatusAtAnyBank},
			RequestSchema:   "tr_status_put",
			ExampleRequest:  trStatusJSON{Status: "CANCELLED"},
			ExampleResponse: trStatusJSON{Status: "CANCELLED"},
			Errors:          handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.TransactionRequestNotFound, obperr.TransactionRequestStatusNotInitiatedOrPendingOrForwarded),
			Handle:          a.updateTransactionRequestStatus,
		},
		{
			OperationID:     "OBPv1.4.0-getTransactionRequestTypes",
			Verb:            "GET",
			Path:            "/obp/v1.4.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transaction-request-types",
			Summary:         "Get Transaction Request Types for Account",
			Description:     "The transaction request types enabled on this server, with their charges. Needs can_see_transaction_request_types.",
			Tags:            []string{"Transaction Request"},
			Auth:            handlers.LoggedIn,
			View:            &handlers.ViewGuard{Permission: view.CanSeeTransactionRequestTypes},
			ExampleResponse: exampleTRTypes,
			Errors:          handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.NoViewPermission, obperr.BankAccountNotFound),
			Handle:          a.getTransactionRequestTypes,
		},
		{
			OperationID:      "OBPv4.0.0-getDoubleEntryTransaction",
			Verb:             "GET",
			Path:             "/obp/v4.0.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transactions/{TRANSACTION_ID}/double-entry-transaction",
			Summary:          "Get Double Entry Transaction",
			Description:      "Both legs of the movement a transaction belongs to, and the transaction request that made it.",
			Tags:             []string{"Transaction"},
			Auth:             handlers.LoggedIn,
			Roles:            []role.Role{role.CanGetDoubleEntryTransactionAtOneBank, role.CanGetDoubleEntryTransactionAtAnyBank},
			View:             &handlers.ViewGuard{},
			ExampleResponse:  exampleDoubleEntry,
			Errors:           handlers.ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.UserNoPermissionAccessView, obperr.DoubleEntryTransactionNotFound),
			ConnectorMethods: []string{"getDoubleEntryBookTransaction"},
			Handle:           a.getDoubleEntryTransaction,
		},
	}
}
