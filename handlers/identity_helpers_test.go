package handlers_test

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"testing"

	"github.com/obp-go/obp/internal/testenv"
)

// token logs in with the sandbox consumer and returns the DirectLogin token.
func token(t testing.TB, s *testenv.Server, username, password string) string {
	t.Helper()
	r := s.Do(t, http.MethodPost, "/my/logins/direct", "",
		"DirectLogin", fmt.Sprintf("username=%s, password=%s, consumer_key=%s", username, password, testenv.ConsumerKey))
	if r.Status != 201 {
		t.Fatalf("login %s: status %d: %s", username, r.Status, r.Body)
	}
	tok, _ := r.JSON(t)["token"].(string)
	if tok == "" {
		t.Fatalf("login %s: no token in %s", username, r.Body)
	}
	return tok
}

func adminToken(t *testing.T, s *testenv.Server) string {
	t.Helper()
	return token(t, s, testenv.AdminUsername, testenv.AdminPassword)
}

// auth is the header pair that presents a token.
func auth(tok string) []string { return []string{"DirectLogin", "token=" + tok} }

// bearer is the header pair that presents a bearer token.
func bearer(tok string) []string { return []string{"Authorization", "Bearer " + tok} }

type testUser struct {
	ID, Username, Password, Token string
}

const testPassword = "Correct-Horse-Battery-9"

// newUser signs a fresh user up through the API and logs them in.
func newUser(t *testing.T, s *testenv.Server) testUser {
	t.Helper()
	b := make([]byte, 4)
	rand.Read(b)
	name := "user" + hex.EncodeToString(b)
	r := s.Do(t, http.MethodPost, "/obp/v5.1.0/users", fmt.Sprintf(
		`{"email": "%s@example.com", "username": "%s", "password": "%s", "first_name": "Test", "last_name": "User"}`,
		name, name, testPassword))
	if r.Status != 201 {
		t.Fatalf("create user: status %d: %s", r.Status, r.Body)
	}
	id, _ := r.JSON(t)["user_id"].(string)
	return testUser{ID: id, Username: name, Password: testPassword, Token: token(t, s, name, testPassword)}
}

// grant gives a role through the API as the sandbox administrator; it returns the
// entitlement id.
func grant(t *testing.T, s *testenv.Server, admin, userID, bankID, role string) string {
	t.Helper()
	r := s.Do(t, http.MethodPost, "/obp/v5.1.0/users/"+userID+"/entitlements",
		fmt.Sprintf(`{"bank_id": "%s", "role_name": "%s"}`, bankID, role), auth(admin)...)
	if r.Status != 201 {
		t.Fatalf("grant %s@%q: status %d: %s", role, bankID, r.Status, r.Body)
	}
	return r.JSON(t)["entitlement_id"].(string)
}

func message(t *testing.T, r *testenv.Response) string {
	t.Helper()
	m, _ := r.JSON(t)["message"].(string)
	return m
}
