package handlers_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/domain/view"
	"github.com/obp-go/obp/handlers"
	"github.com/obp-go/obp/handlers/accounts"
	"github.com/obp-go/obp/internal/testenv"
)

// The walked account: its label and IBAN are unique strings, so that a response that
// carries them is known to carry the account's data.
const (
	walkBank    = "gh.29.uk"
	walkAccount = "moderation-walk"
	walkLabel   = "Walk-label-5c1e"
	walkIBAN    = "GB76WALK51515100051215"
	walkAll     = "_all"
)

// moderatedRead is a GET endpoint found to render account data, and how it renders it.
type moderatedRead struct {
	doc   handlers.ResourceDoc
	list  string // the key holding the entries, "" when the answer is one entry
	shape handlers.Shape
}

// walk is one account, a reader who holds one custom view on it at a time, and the
// values the endpoints' paths need.
type walk struct {
	s             *testenv.Server
	owner, reader testUser
	params        map[string]string
	lacking       map[view.Permission]string // permission -> the view that grants all but it
	held          string                     // the view the reader holds now
	readerOwn     string                     // the reader's own account, in its lists but not the walk's
}

// TestEveryViewGuardedReadHidesWhatTheViewLacks walks the registry: every GET endpoint a
// view holder can call that renders the account's data must render only fields the
// moderation table knows, show each through a view that has every permission, and hide
// each through a view that lacks one of its permissions. New endpoints and new rules are
// picked up from the registry and the table.
func TestEveryViewGuardedReadHidesWhatTheViewLacks(t *testing.T) {
	table := accounts.ModerationShapes()
	permissions := slices.Collect(maps.Keys(walkSecrets("")))
	for _, sh := range table {
		for _, r := range sh.Rules {
			permissions = append(permissions, r.Needs...)
		}
	}
	slices.Sort(permissions)
	permissions = slices.Compact(permissions)
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		w := newWalk(t, sandbox(t, db), permissions)
		reads := w.discover(t, table)
		secrets := walkSecrets(w.owner.Username)
		for _, p := range permissions {
			w.hold(t, w.lacking[p])
			for _, r := range reads {
				if !guards(r.shape, p) && secrets[p] == "" {
					continue // no field of this answer is p's; discovery showed each field has its rule
				}
				res := w.call(t, r.doc, w.lacking[p])
				if res.Status == 403 && r.doc.View != nil && r.doc.View.Permission == p {
					continue // the guard itself refuses a view without the endpoint's permission
				}
				if res.Status != 200 {
					t.Errorf("%s through a view without %s: %d %s", r.doc.OperationID, p, res.Status, res.Body)
					continue
				}
				checkHidden(t, r, p, w.walked(entriesOf(res.JSON(t), r.list)))
				if secret, ok := secrets[p]; ok && bytes.Contains(res.Body, []byte(secret)) {
					t.Errorf("%s through a view without %s still shows %q", r.doc.OperationID, p, secret)
				}
			}
		}
	})
}

// walkSecrets are the account's own words and the permissions that alone may show them,
// anywhere; they are walked even if the table forgets them.
func walkSecrets(owner string) map[view.Permission]string {
	return map[view.Permission]string{view.CanSeeBankAccountLabel: walkLabel, view.CanSeeBankAccountRoutingScheme: walkIBAN,
		view.CanSeeBankAccountRoutingAddress: walkIBAN, view.CanSeeBankAccountOwners: owner}
}

func guards(sh handlers.Shape, p view.Permission) bool {
	for _, r := range sh.Rules {
		if slices.Contains(r.Needs, p) {
			return true
		}
	}
	return false
}

// checkHidden asserts that the fields p guards are gone and every other rule's field stays.
func checkHidden(t *testing.T, r moderatedRead, p view.Permission, entries []map[string]any) {
	t.Helper()
	var hidden []string
	for _, rule := range r.shape.Rules {
		if slices.Contains(rule.Needs, p) {
			hidden = append(hidden, rule.Path)
		}
	}
	for _, e := range entries {
		for _, rule := range r.shape.Rules {
			switch {
			case slices.Contains(hidden, rule.Path):
				if hasPath(e, rule.Path) {
					t.Errorf("%s through a view without %s shows %s", r.doc.OperationID, p, rule.Path)
				}
			case !underAny(rule.Path, hidden) && !hasPath(e, rule.Path):
				t.Errorf("%s through a view without only %s hides %s", r.doc.OperationID, p, rule.Path)
			}
		}
	}
}

func newWalk(t *testing.T, s *testenv.Server, permissions []view.Permission) *walk {
	t.Helper()
	// Sandbox people need no sign-up (argon2 is slow under -race); sofia holds no view anyone shared.
	w := &walk{s: s, owner: sandboxUser(t, s, "jonas"), reader: sandboxUser(t, s, "sofia"), readerOwn: "sofia-cuenta",
		lacking: map[view.Permission]string{}}
	// Only the bank sets routings: the administrator opens the owner's account with its IBAN.
	r := s.Do(t, http.MethodPut, "/obp/v5.1.0/banks/"+walkBank+"/accounts/"+walkAccount, fmt.Sprintf(
		`{"user_id": %q, "label": %q, "product_code": "CURRENT", "balance": {"currency": "GBP", "amount": "0"},
		  "account_routings": [{"scheme": "IBAN", "address": %q}]}`, w.owner.ID, walkLabel, walkIBAN), auth(adminToken(t, s))...)
	if r.Status != 201 {
		t.Fatalf("open account: %d %s", r.Status, r.Body)
	}
	fund(t, s, adminToken(t, s), walkBank, walkAccount, "GBP", "250.00", "2024-03-01T09:00:00Z")
	tr := pay(t, s, w.owner.Token, walkAccount, "ACCOUNT", toAccount("ellie-current", "GBP", "10.00"))
	if tr.Status != 201 {
		t.Fatalf("payment: %d %s", tr.Status, tr.Body)
	}
	txs := listOf(t, s.Get(t, trBase+walkAccount+"/owner/transactions", auth(w.owner.Token)...), "transactions")
	if len(txs) != 2 {
		t.Fatalf("want 2 transactions, got %d", len(txs))
	}
	w.createView(t, walkAll, view.Permissions)
	for i, p := range permissions {
		w.lacking[p] = fmt.Sprintf("_lacks_%02d", i)
		w.createView(t, w.lacking[p], slices.DeleteFunc(slices.Clone(view.Permissions), func(q view.Permission) bool { return q == p }))
	}
	w.hold(t, walkAll)
	cp, _ := cpPaths(walkAccount, walkAll)
	w.params = map[string]string{"BANK_ID": walkBank, "ACCOUNT_ID": walkAccount, "USER_ID": w.reader.ID, "TARGET_VIEW_ID": walkAll,
		"TRANSACTION_ID": txs[0].(map[string]any)["id"].(string), "TRANSACTION_REQUEST_ID": tr.JSON(t)["id"].(string),
		"COUNTERPARTY_ID": cpCreate(t, s, w.reader.Token, cp, cpBody("Walk payee"))["counterparty_id"].(string)}
	// The limit endpoints read the payee's limit: it has one.
	if r := s.Do(t, http.MethodPost, limitPath(walkBank, walkAccount, walkAll, w.params["COUNTERPARTY_ID"]),
		`{"currency": "GBP", "max_single_amount": "5.00"}`, auth(w.reader.Token)...); r.Status != 201 {
		t.Fatalf("create limit: %d %s", r.Status, r.Body)
	}
	return w
}

func sandboxUser(t *testing.T, s *testenv.Server, username string) testUser {
	t.Helper()
	tok := sandboxToken(t, s, username)
	id, _ := s.Get(t, "/obp/v5.1.0/users/current", auth(tok)...).JSON(t)["user_id"].(string)
	return testUser{ID: id, Username: username, Token: tok}
}

// walked drops the entries about the reader's own account.
func (w *walk) walked(entries []map[string]any) []map[string]any {
	return slices.DeleteFunc(entries, func(e map[string]any) bool {
		b, _ := json.Marshal(e)
		return bytes.Contains(b, []byte(w.readerOwn))
	})
}

func (w *walk) createView(t *testing.T, name string, allowed []view.Permission) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"name": name, "description": "moderation walk", "allowed_actions": allowed})
	if r := w.s.Do(t, http.MethodPost, trBase+walkAccount+"/views", string(body), auth(w.owner.Token)...); r.Status != 201 {
		t.Fatalf("create view %s: %d %s", name, r.Status, r.Body)
	}
}

// hold leaves the reader with exactly one view, so that paths without VIEW_ID go through it.
func (w *walk) hold(t *testing.T, viewID string) {
	t.Helper()
	if w.held != "" {
		r := w.s.Do(t, http.MethodPost, trBase+walkAccount+"/views/owner/account-access/revoke",
			fmt.Sprintf(`{"user_id": %q, "view_id": %q}`, w.reader.ID, w.held), auth(w.owner.Token)...)
		if r.Status != 201 {
			t.Fatalf("revoke %s: %d %s", w.held, r.Status, r.Body)
		}
	}
	if r := grantView(t, w.s, w.owner.Token, walkBank, walkAccount, w.reader.ID, viewID); r.Status != 201 {
		t.Fatalf("grant %s: %d %s", viewID, r.Status, r.Body)
	}
	w.held = viewID
}

// path fills d's path; ok is false when it has a placeholder the walk has no value for.
func (w *walk) path(d handlers.ResourceDoc, viewID string) (string, bool) {
	ok := true
	p := placeholder.ReplaceAllStringFunc(d.Path, func(m string) string {
		name := m[1 : len(m)-1]
		if name == "VIEW_ID" {
			return viewID
		}
		v, known := w.params[name]
		ok = ok && known
		return v
	})
	return p, ok
}

// walkQueries are the query parameters an endpoint cannot answer without.
var walkQueries = map[string]string{"OBPv3.1.0-checkFundsAvailable": "?amount=1.00&currency=GBP"}

func (w *walk) call(t *testing.T, d handlers.ResourceDoc, viewID string) *testenv.Response {
	t.Helper()
	p, _ := w.path(d, viewID)
	return w.s.Get(t, p+walkQueries[d.OperationID], auth(w.reader.Token)...)
}

// discover calls every GET endpoint a view holder may call through the view with every
// permission and keeps those whose answer carries the account's data, with their shape.
func (w *walk) discover(t *testing.T, table []handlers.Shape) []moderatedRead {
	t.Helper()
	var reads []moderatedRead
	rendered := map[string]bool{}
	for _, d := range w.s.HTTP.Docs {
		if d.Verb != http.MethodGet || d.RawResponse || len(d.Roles) > 0 {
			continue // endpoints behind a role are not reached through a view
		}
		if _, ok := w.path(d, walkAll); !ok {
			if d.View != nil {
				t.Errorf("%s: the walk has no value for a placeholder of %s", d.OperationID, d.Path)
			}
			continue
		}
		res := w.call(t, d, walkAll)
		if d.View != nil && res.Status != 200 {
			t.Errorf("%s through a view with every permission: %d %s", d.OperationID, res.Status, res.Body)
		}
		if res.Status != 200 || !bytes.Contains(res.Body, []byte(walkLabel)) && !bytes.Contains(res.Body, []byte(walkIBAN)) {
			continue // carries none of the account's data
		}
		list, entries := splitEntries(res.JSON(t))
		if entries = w.walked(entries); len(entries) == 0 {
			continue
		}
		sh, ok := shapeOf(table, entries[0])
		if !ok {
			t.Errorf("%s renders account data as %v, which no moderation shape declares", d.OperationID, slices.Sorted(maps.Keys(entries[0])))
			continue
		}
		for _, e := range entries {
			checkCovered(t, d.OperationID, sh, e)
		}
		rendered[sh.Name] = true
		reads = append(reads, moderatedRead{doc: d, list: list, shape: sh})
	}
	for _, sh := range table {
		if !rendered[sh.Name] {
			t.Errorf("no endpoint renders the %q shape", sh.Name)
		}
	}
	return reads
}

// checkCovered asserts that every field of e is moderated or shown to every view, and that
// a view with every permission shows every moderated field. A field the table breaks
// down (this_account) covers only what the table names inside it.
func checkCovered(t *testing.T, op string, sh handlers.Shape, e map[string]any) {
	t.Helper()
	declared := append([]string{}, sh.Always...)
	for _, r := range sh.Rules {
		declared = append(declared, r.Path)
		if !hasPath(e, r.Path) {
			t.Errorf("%s through a view with every permission lacks %s", op, r.Path)
		}
	}
	var atomic []string
	for _, d := range declared {
		if !slices.ContainsFunc(declared, func(o string) bool { return strings.HasPrefix(o, d+".") }) {
			atomic = append(atomic, d)
		}
	}
	for _, leaf := range leafPaths(e, "") {
		if !underAny(leaf, atomic) {
			t.Errorf("%s renders %s, which no moderation rule covers", op, leaf)
		}
	}
}
