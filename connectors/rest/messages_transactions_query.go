package rest

import (
	"fmt"
	"time"

	"github.com/obp-go/obp/connectors/port"
	"github.com/obp-go/obp/domain/account"
	"github.com/obp-go/obp/domain/transaction"
)

// queryDateLayout is how OBP-API writes getTransactions' fromDate and toDate: Java's
// Date.toString, here always in UTC. To the second, like every OBP date.
const queryDateLayout = "Mon Jan 02 15:04:05 MST 2006"

// OBP's bounds when the caller gives none (its DefaultFromDate is no real date; the
// epoch is what an adapter can read).
var (
	noFromDate = time.Unix(0, 0).UTC()
	noToDate   = time.Date(3049, 1, 1, 0, 0, 0, 0, time.UTC)
)

// Sort directions of our sortDirection field.
const (
	sortAscending  = "ASC"
	sortDescending = "DESC"
)

func newOutBoundGetTransactions(occ OutboundAdapterCallContext, ref account.Ref, q transaction.Query) OutBoundGetTransactions {
	from, to := q.From, q.To
	if from.IsZero() {
		from = noFromDate
	}
	if to.IsZero() {
		to = noToDate
	}
	dir := sortAscending
	if q.Descending {
		dir = sortDescending
	}
	return OutBoundGetTransactions{OutboundAdapterCallContext: occ, BankID: ID{ref.BankID}, AccountID: ID{ref.AccountID},
		Limit: q.Limit, Offset: q.Offset, FromDate: from.UTC().Format(queryDateLayout), ToDate: to.UTC().Format(queryDateLayout),
		SortDirection: dir}
}

// query is the page the message asks for; OBP's default bounds are no bounds.
func (o OutBoundGetTransactions) query() (transaction.Query, error) {
	q := transaction.Query{Limit: o.Limit, Offset: o.Offset, Descending: o.SortDirection == sortDescending}
	var err error
	if q.From, err = parseQueryDate(o.FromDate); err != nil {
		return q, &badOutboundError{method: port.GetTransactions, err: fmt.Errorf("fromDate: %w", err)}
	}
	if q.To, err = parseQueryDate(o.ToDate); err != nil {
		return q, &badOutboundError{method: port.GetTransactions, err: fmt.Errorf("toDate: %w", err)}
	}
	if !q.From.After(noFromDate) {
		q.From = time.Time{}
	}
	if !q.To.Before(noToDate) {
		q.To = time.Time{}
	}
	return q, nil
}

// parseQueryDate reads a bound as OBP-API sends it, or in OBP's connector date format
// or RFC 3339, which an adapter's own tests may send; empty is no bound.
func parseQueryDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{queryDateLayout, dateLayout, time.RFC3339Nano} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q is neither Java's Date.toString nor yyyy-MM-dd'T'HH:mm:ss'Z'", s)
}
