package handlers

import (
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/payment"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers/wire"
)

var createTRErrors = ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.BankAccountNotFound,
	obperr.InvalidTransactionRequestType, obperr.InsufficientAuthorisationToCreateTransactionRequest,
	obperr.InvalidTransactionRequestCurrency, obperr.NotPositiveAmount, obperr.InvalidAmount, obperr.InvalidISOCurrencyCode,
	obperr.InsufficientFunds, obperr.SameAccount, obperr.InvalidChargePolicy, obperr.ScaMethodNotAvailable, obperr.IdempotencyKeyReused,
	obperr.IdempotencyKeyInFlight, obperr.InvalidIBAN, obperr.RefundedTransaction)

var exampleTR = toTransactionRequestJSON(payment.Request{ID: "4050046c-63b3-4868-8a22-14b4181d33a6", Type: payment.Account,
	From: wire.ExampleAccount.Ref(), ViewID: "owner", Status: payment.Completed, Amount: money.Money{Currency: "EUR", Minor: 1000}, TransactionID: "902ba3bb-dedd-45e7-9319-2fd3f2cd98a1",
	Details: `{"to":{"bank_id":"gh.29.uk","account_id":"omar-current"},"value":{"currency":"EUR","amount":"10.00"},"description":"Lunch"}`}, nil)

// createTRDoc declares one transaction request type's create endpoint.
func (s *Server) createTRDoc(id string, t payment.Type, schema, summary string, example any, read func(*Call) (payment.New, error)) ResourceDoc {
	return ResourceDoc{
		OperationID: id,
		Verb:        "POST",
		Path:        "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transaction-request-types/" + string(t) + "/transaction-requests",
		Summary:     summary,
		Description: "Creates a " + string(t) + " transaction request. Below the bank's challenge threshold the payment " +
			"completes at once; at or above it the request is INITIATED and nothing moves until every required challenge " +
			"is answered. Needs CanCreateAnyTransactionRequest at the bank, or a view with can_add_transaction_request_to_any_account " +
			"(or _to_beneficiary for a beneficiary counterparty, or _to_own_account between the caller's own accounts). " +
			"Send an Idempotency-Key header to make retries safe: a retry answers the first result with Idempotency-Hit: true.",
		Tags:             []string{"Transaction Request", "Payment Initiation Service (PIS)"},
		Auth:             LoggedIn,
		View:             &ViewGuard{},
		RequestSchema:    schema,
		ExampleRequest:   example,
		ExampleResponse:  exampleTR,
		SuccessStatus:    201,
		Errors:           createTRErrors,
		ConnectorMethods: []string{"getChallengeThreshold", "makePayment"},
		Idempotent:       true,
		Handle: func(c *Call) error {
			n, err := read(c)
			if err != nil {
				return err
			}
			n.From, n.ViewID, n.Type, n.Details = c.AccountRef(), c.Param("VIEW_ID"), t, string(c.fiber.Body())
			res, err := s.deps.Payments.Create(c.Ctx, s.payer(c), n)
			if err != nil {
				return err
			}
			return c.JSON(toTransactionRequestJSON(res.Request, res.Challenges))
		},
	}
}

func (s *Server) payer(c *Call) payment.Caller {
	return payment.Caller{UserID: c.Principal.UserID, Username: c.Principal.Username, ConsumerID: c.Principal.ConsumerID}
}

func (s *Server) transactionRequestDocs() []ResourceDoc {
	toAccount := func(c *Call) (payment.New, error) {
		var in trAccountJSON
		if err := c.Bind(&in); err != nil {
			return payment.New{}, err
		}
		return payment.New{To: account.Ref{BankID: in.To.BankID, AccountID: in.To.AccountID}, Currency: in.Value.Currency,
			Amount: in.Value.Amount, Description: in.Description}, nil
	}
	accountExample := trAccountJSON{To: trToAccountJSON{BankID: "gh.29.uk", AccountID: "omar-current"}, Value: wire.Amount{Currency: "GBP", Amount: "10.00"}, Description: "Lunch"}
	var cpExample trCounterpartyJSON
	cpExample.To.CounterpartyID, cpExample.Value, cpExample.Description, cpExample.ChargePolicy = "9fg8a7e4-6d02-40e3-a129-0b2bf89de8uh", wire.Amount{Currency: "GBP", Amount: "25.00"}, "Rent", "SHARED"
	var sepaExample trSepaJSON
	sepaExample.To.IBAN, sepaExample.Value, sepaExample.Description, sepaExample.ChargePolicy = "DE89370400440532013000", wire.Amount{Currency: "GBP", Amount: "25.00"}, "Invoice 42", "SHARED"
	var refundExample trRefundJSON
	refundExample.Value, refundExample.Description = wire.Amount{Currency: "GBP", Amount: "5.00"}, "Returned item"
	refundExample.Refund.TransactionID, refundExample.Refund.ReasonCode = "902ba3bb-dedd-45e7-9319-2fd3f2cd98a1", "CUST"
	return []ResourceDoc{
		s.createTRDoc("OBPv4.0.0-createTransactionRequestAccount", payment.Account, "tr_account_post", "Create Transaction Request (ACCOUNT)", accountExample, toAccount),
		s.createTRDoc("OBPv4.0.0-createTransactionRequestAccountOtp", payment.AccountOTP, "tr_account_post", "Create Transaction Request (ACCOUNT_OTP)", accountExample, toAccount),
		s.createTRDoc("OBPv2.1.0-createTransactionRequestSandboxTan", payment.SandboxTAN, "tr_account_post", "Create Transaction Request (SANDBOX_TAN)", accountExample, toAccount),
		s.createTRDoc("OBPv4.0.0-createTransactionRequestCounterparty", payment.Counterparty, "tr_counterparty_post", "Create Transaction Request (COUNTERPARTY)", cpExample,
			func(c *Call) (payment.New, error) {
				var in trCounterpartyJSON
				err := c.Bind(&in)
				return payment.New{CounterpartyID: in.To.CounterpartyID, Currency: in.Value.Currency, Amount: in.Value.Amount,
					Description: in.Description, ChargePolicy: in.ChargePolicy}, err
			}),
		s.createTRDoc("OBPv4.0.0-createTransactionRequestSepa", payment.SEPA, "tr_sepa_post", "Create Transaction Request (SEPA)", sepaExample,
			func(c *Call) (payment.New, error) {
				var in trSepaJSON
				err := c.Bind(&in)
				return payment.New{IBAN: in.To.IBAN, Currency: in.Value.Currency, Amount: in.Value.Amount,
					Description: in.Description, ChargePolicy: in.ChargePolicy}, err
			}),
		s.createTRDoc("OBPv4.0.0-createTransactionRequestFreeForm", payment.FreeForm, "tr_free_form_post", "Create Transaction Request (FREE_FORM)",
			trFreeFormJSON{Value: wire.Amount{Currency: "GBP", Amount: "3.50"}, Description: "Adjustment"},
			func(c *Call) (payment.New, error) {
				var in trFreeFormJSON
				err := c.Bind(&in)
				return payment.New{Currency: in.Value.Currency, Amount: in.Value.Amount, Description: in.Description}, err
			}),
		s.createTRDoc("OBPv4.0.0-createTransactionRequestRefund", payment.Refund, "tr_refund_post", "Create Transaction Request (REFUND)", refundExample,
			func(c *Call) (payment.New, error) {
				var in trRefundJSON
				err := c.Bind(&in)
				return payment.New{Currency: in.Value.Currency, Amount: in.Value.Amount, Description: in.Description,
					RefundOf: in.Refund.TransactionID}, err
			}),
		{
			OperationID: "OBPv4.0.0-answerTransactionRequestChallenge",
			Verb:        "POST",
			Path:        "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transaction-request-types/{TRANSACTION_REQUEST_TYPE}/transaction-requests/{TRANSACTION_REQUEST_ID}/challenge",
			Summary:     "Answer Transaction Request Challenge",
			Description: "Answers one challenge of the request. Only the user the challenge was issued to may answer; three " +
				"wrong answers reject the request; once every required answer is in the payment is posted, exactly once. " +
				"The answer REJECT refuses the payment.",
			Tags: []string{"Transaction Request", "Payment Initiation Service (PIS)"},
			Auth: LoggedIn,
			// The answer shows the request, so the view must let the caller see requests;
			// checked before anything is looked up, so a refusal tells nothing about them.
			View:            &ViewGuard{Permission: view.CanSeeTransactionRequests},
			RequestSchema:   "tr_challenge_post",
			ExampleRequest:  challengeAnswerJSON{ID: "4050046c-63b3-4868-8a22-14b4181d33a6", Answer: "123456"},
			ExampleResponse: exampleTR,
			SuccessStatus:   202,
			Errors: ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.NoViewPermission, obperr.TransactionRequestNotFound,
				obperr.TransactionRequestStatusNotInitiatedOrPendingOrForwarded, obperr.TransactionRequestTypeHasChanged,
				obperr.InvalidChallengeType, obperr.ChallengeNotFound, obperr.InvalidChallengeAnswer, obperr.AllowedAttemptsUsedUp,
				obperr.OneTimePasswordExpired, obperr.ChallengeNotForThisUser, obperr.InsufficientFunds),
			ConnectorMethods: []string{"makePayment"},
			Handle:           s.answerChallenge,
		},
		{
			OperationID:     "OBPv5.1.0-getTransactionRequests",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transaction-requests",
			Summary:         "Get Transaction Requests",
			Description:     "The account's transaction requests, newest first (limit, offset). Needs can_see_transaction_requests.",
			Tags:            []string{"Transaction Request"},
			Auth:            LoggedIn,
			View:            &ViewGuard{Permission: view.CanSeeTransactionRequests},
			ExampleResponse: transactionRequestsJSON{TransactionRequests: []transactionRequestJSON{exampleTR}},
			Errors:          ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.NoViewPermission, obperr.BankAccountNotFound),
			Handle:          s.listTransactionRequests,
		},
		{
			OperationID:     "OBPv4.0.0-getTransactionRequest",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transaction-requests/{TRANSACTION_REQUEST_ID}",
			Summary:         "Get Transaction Request",
			Tags:            []string{"Transaction Request"},
			Auth:            LoggedIn,
			View:            &ViewGuard{Permission: view.CanSeeTransactionRequests},
			ExampleResponse: exampleTR,
			Errors:          ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.NoViewPermission, obperr.TransactionRequestNotFound),
			Handle:          s.getTransactionRequest,
		},
		{
			OperationID: "OBPv5.1.0-updateTransactionRequestStatus",
			Verb:        "PUT",
			Path:        "/obp/v5.1.0/management/transaction-requests/{TRANSACTION_REQUEST_ID}",
			Summary:     "Update Transaction Request Status",
			Description: "Stops a request that still waits for challenge answers: status CANCELLED or REJECTED. " +
				"Nothing has moved, so nothing is undone; a request already completed or closed is refused (OBP-40020).",
			Tags:            []string{"Transaction Request"},
			Auth:            LoggedIn,
			Roles:           []role.Role{role.CanUpdateTransactionRequestStatusAtAnyBank},
			RequestSchema:   "tr_status_put",
			ExampleRequest:  trStatusJSON{Status: "CANCELLED"},
			ExampleResponse: trStatusJSON{Status: "CANCELLED"},
			Errors:          ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.TransactionRequestNotFound, obperr.TransactionRequestStatusNotInitiatedOrPendingOrForwarded),
			Handle: func(c *Call) error {
				var in trStatusJSON
				if err := c.Bind(&in); err != nil {
					return err
				}
				r, err := s.deps.Payments.SetStatus(c.Ctx, c.Param("TRANSACTION_REQUEST_ID"), payment.Status(in.Status))
				if err != nil {
					return err
				}
				return c.JSON(trStatusJSON{Status: string(r.Status)})
			},
		},
		{
			OperationID:     "OBPv1.4.0-getTransactionRequestTypes",
			Verb:            "GET",
			Path:            "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transaction-request-types",
			Summary:         "Get Transaction Request Types for Account",
			Description:     "The transaction request types enabled on this server, with their charges. Needs can_see_transaction_request_types.",
			Tags:            []string{"Transaction Request"},
			Auth:            LoggedIn,
			View:            &ViewGuard{Permission: view.CanSeeTransactionRequestTypes},
			ExampleResponse: trTypesJSON{Types: []trTypeJSON{{Value: "ACCOUNT", Charge: chargeJSON{Summary: "No charge", Value: wire.Amount{Currency: "EUR", Amount: "0.00"}}}}},
			Errors:          ErrorsOf(obperr.UserNotLoggedIn, obperr.UserNoPermissionAccessView, obperr.NoViewPermission, obperr.BankAccountNotFound),
			Handle:          s.getTransactionRequestTypes,
		},
		{
			OperationID: "OBPv4.0.0-getDoubleEntryTransaction",
			Verb:        "GET",
			Path:        "/obp/v5.1.0/banks/{BANK_ID}/accounts/{ACCOUNT_ID}/{VIEW_ID}/transactions/{TRANSACTION_ID}/double-entry-transaction",
			Summary:     "Get Double Entry Transaction",
			Description: "Both legs of the movement a transaction belongs to, and the transaction request that made it.",
			Tags:        []string{"Transaction"},
			Auth:        LoggedIn,
			Roles:       []role.Role{role.CanGetDoubleEntryTransactionAtOneBank, role.CanGetDoubleEntryTransactionAtAnyBank},
			View:        &ViewGuard{},
			ExampleResponse: doubleEntryJSON{TransactionRequest: &trRefJSON{BankID: "gh.29.uk", AccountID: wire.ExampleAccount.ID, TransactionRequestID: "4050046c-63b3-4868-8a22-14b4181d33a6"},
				DebitTransaction:  txRefJSON{BankID: "gh.29.uk", AccountID: wire.ExampleAccount.ID, TransactionID: "902ba3bb-dedd-45e7-9319-2fd3f2cd98a1"},
				CreditTransaction: txRefJSON{BankID: "gh.29.uk", AccountID: "omar-current", TransactionID: "5a11f0a5-1f4e-4a7e-9d3b-2f6b5b0e6c11"}},
			Errors:           ErrorsOf(obperr.UserNotLoggedIn, obperr.UserHasMissingRoles, obperr.UserNoPermissionAccessView, obperr.DoubleEntryTransactionNotFound),
			ConnectorMethods: []string{"getDoubleEntryBookTransaction"},
			Handle:           s.getDoubleEntry,
		},
	}
}

func (s *Server) answerChallenge(c *Call) error {
	var in challengeAnswerJSON
	if err := c.Bind(&in); err != nil {
		return err
	}
	res, err := s.deps.Payments.Answer(c.Ctx, s.payer(c), c.AccountRef(), payment.Type(c.Param("TRANSACTION_REQUEST_TYPE")),
		c.Param("TRANSACTION_REQUEST_ID"), in.ID, in.Answer)
	if err != nil {
		return err
	}
	return c.JSON(toTransactionRequestJSON(res.Request, res.Challenges))
}

func (s *Server) listTransactionRequests(c *Call) error {
	limit, offset, err := c.Page()
	if err != nil {
		return err
	}
	list, err := s.deps.Payments.List(c.Ctx, c.AccountRef(), limit, offset)
	if err != nil {
		return err
	}
	out := transactionRequestsJSON{TransactionRequests: make([]transactionRequestJSON, len(list))}
	for i, r := range list {
		out.TransactionRequests[i] = toTransactionRequestJSON(r.Request, r.Challenges)
	}
	return c.JSON(out)
}

func (s *Server) getTransactionRequest(c *Call) error {
	r, err := s.deps.Payments.Get(c.Ctx, c.AccountRef(), c.Param("TRANSACTION_REQUEST_ID"))
	if err != nil {
		return err
	}
	return c.JSON(toTransactionRequestJSON(r.Request, r.Challenges))
}

type trStatusJSON struct {
	Status string `json:"status"`
}

type trTypeJSON struct {
	Value  string     `json:"value"`
	Charge chargeJSON `json:"charge"`
}

type trTypesJSON struct {
	Types []trTypeJSON `json:"transaction_request_types"`
}

func (s *Server) getTransactionRequestTypes(c *Call) error {
	types, currency, err := s.deps.Payments.Types(c.Ctx, c.AccountRef())
	if err != nil {
		return err
	}
	out := trTypesJSON{Types: make([]trTypeJSON, len(types))}
	for i, t := range types {
		out.Types[i] = trTypeJSON{Value: string(t), Charge: chargeJSON{Summary: "No charge", Value: wire.Amount{Currency: currency, Amount: "0.00"}}}
	}
	return c.JSON(out)
}

type txRefJSON struct {
	BankID        string `json:"bank_id"`
	AccountID     string `json:"account_id"`
	TransactionID string `json:"transaction_id"`
}

type trRefJSON struct {
	BankID               string `json:"bank_id"`
	AccountID            string `json:"account_id"`
	TransactionRequestID string `json:"transaction_request_id"`
}

type doubleEntryJSON struct {
	TransactionRequest *trRefJSON `json:"transaction_request"`
	DebitTransaction   txRefJSON  `json:"debit_transaction"`
	CreditTransaction  txRefJSON  `json:"credit_transaction"`
}

func (s *Server) getDoubleEntry(c *Call) error {
	p, err := s.deps.Payments.DoubleEntry(c.Ctx, c.AccountRef(), c.Param("TRANSACTION_ID"))
	if err != nil {
		return err
	}
	out := doubleEntryJSON{
		DebitTransaction:  txRefJSON{BankID: p.Debit.BankID, AccountID: p.Debit.AccountID, TransactionID: p.Debit.ID},
		CreditTransaction: txRefJSON{BankID: p.Credit.BankID, AccountID: p.Credit.AccountID, TransactionID: p.Credit.ID},
	}
	if r := p.Request; r != nil {
		out.TransactionRequest = &trRefJSON{BankID: r.From.BankID, AccountID: r.From.AccountID, TransactionRequestID: r.ID}
	}
	return c.JSON(out)
}
