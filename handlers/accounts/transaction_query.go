package accounts

import (
	"strings"
	"time"

	"github.com/obp-go/obp/domain/obperr"
	"github.com/obp-go/obp/domain/transaction"
	"github.com/obp-go/obp/handlers"
)

// transactionQuery reads OBP's paging and filter parameters, with OBP's errors.
func transactionQuery(c *handlers.Call) (transaction.Query, error) {
	limit, offset, err := c.Page()
	if err != nil {
		return transaction.Query{}, err
	}
	q := transaction.Query{Limit: limit, Offset: offset, Descending: true}
	switch strings.ToUpper(firstOf(c.Query("sort_direction"), c.Query("obp_sort_direction"))) {
	case "", "DESC":
	case "ASC":
		q.Descending = false
	default:
		return q, obperr.FilterSortDirection.Field("sort_direction", "")
	}
	for _, p := range []struct {
		name string
		into *time.Time
	}{{"from_date", &q.From}, {"to_date", &q.To}} {
		v := firstOf(c.Query(p.name), c.Query("obp_"+p.name))
		if v == "" {
			continue
		}
		t, ok := parseQueryTime(v)
		if !ok {
			return q, obperr.FilterDateFormatError.Field(p.name, "%s=%q", p.name, v)
		}
		*p.into = t
	}
	if !q.From.IsZero() && !q.To.IsZero() && q.From.After(q.To) {
		return q, obperr.FilterDateFormatError.Field("from_date", "from_date is after to_date.")
	}
	return q, nil
}

func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func parseQueryTime(v string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02T15:04:05.000Z", time.RFC3339Nano, "2006-01-02"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
