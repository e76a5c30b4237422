package payment

import (
	"context"
	"errors"
	"log/slog"
	"strconv"
	"time"

	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/call"
	"github.com/obp-go/obp/domain/clock"
	"github.com/obp-go/obp/domain/counterpartylimit"
	"github.com/obp-go/obp/domain/idempotency"
	"github.com/obp-go/obp/domain/ids"
	"github.com/obp-go/obp/domain/money"
	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/role"
	"github.com/obp-go/obp/domain/sca"
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/domain/view"
)

// Checks answers the authorisation questions payments ask.
type Checks interface {
	HasRole(userID, bankID, roleName string) bool
	CanOnView(userID string, ref account.Ref, viewID string, permission view.Permission) bool
}

// AccessLister finds who holds views on an account (for multi-answer challenges).
type AccessLister interface {
	ListAccessForAccount(ctx context.Context, ref account.Ref) ([]view.Access, error)
}

// Accounts is what payments need of accounts: the accounts themselves and their
// attributes (REQUIRED_CHALLENGE_ANSWERS).
type Accounts interface {
	GetBankAccount(ctx context.Context, ref account.Ref) (account.Account, error)
	GetBankAccounts(ctx context.Context, refs []account.Ref) ([]account.Account, error)
	GetAccountAttributes(ctx context.Context, ref account.Ref) ([]account.Attribute, error)
}

// Challenges is the part of the challenge framework payments use: issue, answer, read.
type Challenges interface {
	MethodFor(txType string) (sca.Method, error)
	Issue(ctx context.Context, purpose sca.Purpose, purposeID, challengeType string, m sca.Method, to []sca.Recipient, about sca.Subject) ([]sca.Challenge, error)
	Answer(ctx context.Context, id, userID, answer string) (sca.Challenge, error)
	Get(ctx context.Context, id string) (sca.Challenge, error)
	List(ctx context.Context, purpose sca.Purpose, purposeID string) ([]sca.Challenge, error)
	ListFor(ctx context.Context, purpose sca.Purpose, purposeIDs []string) ([]sca.Challenge, error)
}

// Deps are the ports a payment service is built over.
type Deps struct {
	Store      Store
	Conn       Connector
	Accounts   Accounts
	Payees     Payees
	Contacts   Contacts
	Challenges Challenges
	Checks     Checks
	Access     AccessLister
	Legs       LegFinder
	Banks      Banks
	Limits     Limits // nil: no counterparty limits are kept
	// Recording, when set, posts a payment and records its request in one transaction
	// (only when Conn's ledger and Store are one database, as with the mapped connector).
	Recording    RecordingLedger
	EnabledTypes map[Type]bool
	Log          *slog.Logger
	Clock        clock.Clock
}

// Service holds the transaction request use cases; it is the only way to transaction
// requests and their challenges.
type Service struct {
	store        Store
	conn         Connector
	accounts     Accounts
	payees       Payees
	contacts     Contacts
	challenges   Challenges
	checks       Checks
	access       AccessLister
	legs         LegFinder
	banks        Banks
	limits       Limits
	recording    RecordingLedger
	enabledTypes map[Type]bool
	log          *slog.Logger
	clock        clock.Clock
}

// NewService returns the payment use cases over d's ports.
func NewService(d Deps) *Service {
	if d.Log == nil {
		d.Log = slog.Default()
	}
	return &Service{store: d.Store, conn: d.Conn, accounts: d.Accounts, payees: d.Payees, contacts: d.Contacts,
		challenges: d.Challenges, checks: d.Checks, access: d.Access, legs: d.Legs, banks: d.Banks, limits: d.Limits, recording: d.Recording, enabledTypes: d.EnabledTypes,
		log: d.Log, clock: d.Clock}
}

func (s *Service) now() time.Time { return s.clock.Now() }

// Result is a request with the challenges it awaits.
type Result struct {
	Request    Request
	Challenges []sca.Challenge
}

// Create validates and authorises a transaction request, then either posts the payment
// at once (below the challenge threshold) or issues challenges and waits. A refused
// request writes nothing.
func (s *Service) Create(ctx context.Context, by call.Context, n New) (Result, error) {
	if !s.enabledTypes[n.Type] {
		return Result{}, obperr.InvalidTransactionRequestType.With("%s is not enabled on this server.", n.Type)
	}
	if n.ChargePolicy == "" {
		n.ChargePolicy = "SHARED"
	}
	if n.ChargePolicy != "SHARED" && n.ChargePolicy != "SENDER" && n.ChargePolicy != "RECEIVER" {
		return Result{}, obperr.InvalidChargePolicy
	}
	id := ids.New()
	if key, ok := idempotency.ResourceID(ctx); ok {
		// A retry of an Idempotency-Key whose first run was interrupted: the request keeps the
		// id the key reserved, so whatever that run wrote is found rather than done again.
		id = key
		if done, found, err := s.existing(ctx, id); found || err != nil {
			return done, err
		}
	}
	if !s.mayPayAtAll(by, n) {
		// Before any payee or transaction is looked up, so that a caller who may not pay
		// from this view learns nothing about what exists.
		return Result{}, obperr.InsufficientAuthorisationToCreateTransactionRequest
	}
	known, err := s.accountsNamed(ctx, n)
	if err != nil {
		return Result{}, err
	}
	from, ok := known[n.From]
	if !ok {
		return Result{}, obperr.BankAccountNotFound
	}
	amount, err := money.PaymentFromRequest(n.Amount, n.Currency)
	if err != nil {
		return Result{}, err
	}
	if n.Currency != from.Balance.Currency {
		return Result{}, obperr.InvalidTransactionRequestCurrency
	}
	r := Request{ID: id, From: n.From, ViewID: n.ViewID, Type: n.Type, Amount: amount,
		Description: n.Description, ChargePolicy: n.ChargePolicy, Details: n.Details, CounterpartyID: n.CounterpartyID,
		RefundOf: n.RefundOf, CreatedBy: by.UserID, ConsumerID: by.ConsumerID, Created: s.now(), Updated: s.now()}
	settle, err := s.destination(ctx, by, n, &r, known)
	if err != nil {
		return Result{}, err
	}
	limit, err := s.limitFor(ctx, by, n)
	if err != nil {
		return Result{}, err
	}
	threshold, err := s.conn.GetChallengeThreshold(ctx, n.From.BankID, n.From.AccountID, n.ViewID, n.Type, n.Currency, by.UserID)
	if err != nil {
		return Result{}, err
	}
	immediate := amount.Minor < threshold && n.Type != Refund
	if immediate && amount.Minor > from.Balance.Minor {
		// The ledger refuses this atomically too; asked first (after authorisation, so it
		// tells nothing to whom may not pay), a refused request makes no settlement account.
		return Result{}, obperr.InsufficientFunds
	}
	if settle != "" {
		if r.To, err = s.conn.GetSettlementAccount(ctx, n.From.BankID, settle, n.Currency); err != nil {
			return Result{}, err
		}
	}
	if r.To == r.From {
		return Result{}, obperr.SameAccount
	}
	if immediate && limit != nil {
		return s.payNowWithin(ctx, r, limit.ID)
	}
	if immediate {
		return s.payNow(ctx, r)
	}
	return s.challenge(ctx, by, r, n, limit)
}

// payNowWithin pays under a counterparty limit: the request is recorded PROCESSING with
// its usage first, so the limit decides before any money moves; then it is posted and
// its outcome recorded as for an answered challenge (a refused posting FAILS it, which
// gives its share of the limit back).
func (s *Service) payNowWithin(ctx context.Context, r Request, limitID string) (Result, error) {
	r.Status = Processing
	if err := s.limits.CreateTransactionRequestWithin(ctx, r, limitID); errors.Is(err, ErrRequestExists) {
		done, _, err := s.existing(ctx, r.ID)
		return done, err
	} else if err != nil {
		return Result{}, err
	}
	done, err := s.postClaimed(ctx, r)
	if err != nil {
		return Result{}, err
	}
	return Result{Request: done}, nil
}

// payNow posts the payment and records the completed request. The posting and both
// balances are one database transaction in the connector, with the request too when the
// ledger records it; otherwise the legs carry the request id, so a retry of the same
// request finds the posting instead of paying again.
func (s *Service) payNow(ctx context.Context, r Request) (Result, error) {
	r.Status = outcome(r)
	if s.recording != nil {
		posted, err := s.recording.MakePaymentRecording(ctx, s.transfer(r), r)
		switch {
		case err == nil:
			r.TransactionID = posted.Debit.ID
			return Result{Request: r}, nil
		case errors.Is(err, ErrRequestExists):
			done, _, err := s.existing(ctx, r.ID)
			return done, err
		case errors.Is(err, transaction.ErrTransferPosted):
			// Legs posted without their request: left by a server that recorded the request
			// after committing the posting. Recorded now, as that server would have.
			posted.Debit, err = s.postedLeg(ctx, r.ID)
			return s.record(ctx, r, posted, err)
		default:
			return Result{}, err
		}
	}
	posted, err := s.conn.MakePayment(ctx, s.transfer(r))
	if errors.Is(err, transaction.ErrTransferPosted) {
		posted.Debit, err = s.postedLeg(ctx, r.ID)
	}
	return s.record(ctx, r, posted, err)
}

// record stores the request of a payment the ledger has posted (or left unknown).
func (s *Service) record(ctx context.Context, r Request, posted transaction.Posted, err error) (Result, error) {
	if errors.Is(err, transaction.ErrOutcomeUnknown) {
		return s.leaveForReconciliation(ctx, r, err)
	}
	if err != nil {
		return Result{}, err
	}
	r.TransactionID = posted.Debit.ID
	if err := s.store.CreateTransactionRequest(ctx, r); errors.Is(err, ErrRequestExists) {
		done, _, err := s.existing(ctx, r.ID)
		return done, err
	} else if err != nil {
		// The money moved and its legs carry this request id; a retry with the same
		// Idempotency-Key records it, and the operator can reconcile from the log.
		s.log.Error("payment posted but its transaction request was not recorded",
			slog.String("transaction_request_id", r.ID), slog.String("error", err.Error()))
		return Result{}, err
	}
	return Result{Request: r}, nil
}

// leaveForReconciliation records a request whose posting a remote ledger left unknown
// as PROCESSING, answered as such: the reconciler asks the ledger for the outcome, and a
// retry with the same Idempotency-Key finds the request instead of paying again.
func (s *Service) leaveForReconciliation(ctx context.Context, r Request, cause error) (Result, error) {
	s.log.Warn("payment outcome unknown; left for reconciliation",
		slog.String("transaction_request_id", r.ID), slog.String("error", cause.Error()))
	r.Status = Processing
	if err := s.store.CreateTransactionRequest(context.WithoutCancel(ctx), r); errors.Is(err, ErrRequestExists) {
		done, _, err := s.existing(ctx, r.ID)
		return done, err
	} else if err != nil {
		s.log.Error("payment of unknown outcome could not be recorded for reconciliation",
			slog.String("transaction_request_id", r.ID), slog.String("error", err.Error()))
		return Result{}, err
	}
	return Result{Request: r}, nil
}

// existing is a request already stored under id, with its challenges.
func (s *Service) existing(ctx context.Context, id string) (Result, bool, error) {
	r, err := s.store.GetTransactionRequest(ctx, id)
	if errors.Is(err, obperr.TransactionRequestNotFound) {
		return Result{}, false, nil
	}
	if err != nil {
		return Result{}, false, err
	}
	cs, err := s.challenges.List(ctx, sca.PurposeTransactionRequest, id)
	return Result{Request: r, Challenges: cs}, true, err
}

// transfer is the ledger's view of the request's payment, posted and completed now.
func (s *Service) transfer(r Request) transaction.Transfer {
	now := s.now()
	return transaction.Transfer{ID: r.ID, From: r.From, To: r.To, Amount: r.Amount, Type: string(r.Type),
		Description: r.Description, Posted: now, Completed: now, RefundOf: r.RefundOf}
}

// challenge records the request as INITIATED, then issues its challenges. The request
// goes first so that the database's constraints (one live refund per transaction) refuse
// a request before any code is sent; if issuing fails, the request is discarded again.
func (s *Service) challenge(ctx context.Context, by call.Context, r Request, n New, limit *counterpartylimit.Limit) (Result, error) {
	method, err := s.challenges.MethodFor(string(r.Type))
	if err != nil {
		return Result{}, err
	}
	who, required, err := s.answerers(ctx, by, r)
	if err != nil {
		return Result{}, err
	}
	about, err := s.subject(ctx, r, n)
	if err != nil {
		return Result{}, err
	}
	recipients := make([]sca.Recipient, 0, len(who))
	for _, userID := range who {
		phone, email, err := s.contacts.Contact(ctx, userID, r.From.BankID)
		if err != nil {
			return Result{}, err
		}
		recipients = append(recipients, sca.Recipient{UserID: userID, Phone: phone, Email: email})
	}
	r.Status, r.RequiredAnswers = Initiated, required
	create := s.store.CreateTransactionRequest
	if limit != nil {
		// A request awaiting answers holds its share of the limit until it is paid,
		// rejected, cancelled or fails.
		create = func(ctx context.Context, r Request) error {
			return s.limits.CreateTransactionRequestWithin(ctx, r, limit.ID)
		}
	}
	if err := create(ctx, r); errors.Is(err, ErrRequestExists) {
		done, _, err := s.existing(ctx, r.ID)
		return done, err
	} else if err != nil {
		return Result{}, err
	}
	cs, err := s.challenges.Issue(ctx, sca.PurposeTransactionRequest, r.ID, sca.ChallengeTypeTransactionRequest, method, recipients, about)
	if err != nil {
		if derr := s.store.DiscardTransactionRequest(context.WithoutCancel(ctx), r.ID); derr != nil {
			s.log.Error("discard a transaction request whose challenges could not be issued",
				slog.String("transaction_request_id", r.ID), slog.String("error", derr.Error()))
		}
		return Result{}, err
	}
	return Result{Request: r, Challenges: cs}, nil
}

// answerers decides who must answer: the caller — for a consent's call, the human who
// gave the consent, since the consent's own user has no phone — or, when the account's attribute
// REQUIRED_CHALLENGE_ANSWERS asks for more than one — every user whose view may pay
// from the account, of whom that many must answer.
func (s *Service) answerers(ctx context.Context, by call.Context, r Request) ([]string, int, error) {
	attrs, err := s.accounts.GetAccountAttributes(ctx, r.From)
	if err != nil {
		return nil, 0, err
	}
	required := 1
	for _, a := range attrs {
		if a.Name == "REQUIRED_CHALLENGE_ANSWERS" {
			if n, err := strconv.Atoi(a.Value); err == nil && n > 1 {
				required = n
			}
		}
	}
	if required == 1 {
		return []string{by.Human()}, 1, nil
	}
	access, err := s.access.ListAccessForAccount(ctx, r.From)
	if err != nil {
		return nil, 0, err
	}
	seen := map[string]bool{}
	var who []string
	for _, a := range access {
		if !seen[a.UserID] && s.checks.CanOnView(a.UserID, r.From, a.ViewID, view.CanAddTransactionRequestToAnyAccount) {
			seen[a.UserID] = true
			who = append(who, a.UserID)
		}
	}
	if len(who) < required {
		return nil, 0, obperr.ScaMethodNotAvailable.With("the account needs %d answers but only %d users may approve payments from it.", required, len(who))
	}
	return who, required, nil
}

// mayPayAtAll is whether the caller could pay from the view to any payee at all.
func (s *Service) mayPayAtAll(by call.Context, n New) bool {
	return s.mayPay(by, n, true, true)
}

// mayPay is OBP's authorisation rule, plus can_add_transaction_request_to_own_account for
// transfers between the caller's own accounts.
func (s *Service) mayPay(by call.Context, n New, toOwn, toBeneficiary bool) bool {
	if s.checks.HasRole(by.UserID, n.From.BankID, role.CanCreateAnyTransactionRequest.Name) {
		return true
	}
	can := func(p view.Permission) bool { return s.checks.CanOnView(by.UserID, n.From, n.ViewID, p) }
	return can(view.CanAddTransactionRequestToAnyAccount) ||
		toBeneficiary && can(view.CanAddTransactionRequestToBeneficiary) ||
		toOwn && can(view.CanAddTransactionRequestToOwnAccount)
}

// outcome is the status of a posted payment: FORWARDED when it left through settlement.
func outcome(r Request) Status {
	if r.External {
		return Forwarded
	}
	return Completed
}
