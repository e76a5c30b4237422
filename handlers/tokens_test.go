package handlers_test

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/obp-go/obp/connectors/mapped"
	"github.com/obp-go/obp/internal/testenv"
)

// signingKey reads the server's generated token key, to forge tokens that differ from a
// real one only where a test wants.
func signingKey(t *testing.T, db *mapped.DB) []byte {
	t.Helper()
	var v string
	if err := db.Gorm.Raw("SELECT value FROM server_secrets WHERE name = 'directlogin_hs256_key'").Scan(&v).Error; err != nil || v == "" {
		t.Fatalf("read key: %v", err)
	}
	k, err := base64.StdEncoding.DecodeString(v)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func claimsOf(t *testing.T, tok string) jwt.MapClaims {
	t.Helper()
	c := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(tok, c); err != nil {
		t.Fatal(err)
	}
	return c
}

func TestTokenTamperingIsRefused(t *testing.T) {
	testenv.ForEachEngine(t, func(t *testing.T, db *mapped.DB) {
		s := sandbox(t, db)
		admin := adminToken(t, s)
		victim := newUser(t, s)
		key := signingKey(t, db)
		current := func(tok string) *testenv.Response { return s.Get(t, "/obp/v5.1.0/users/current", auth(tok)...) }

		if r := current(victim.Token); r.Status != 200 {
			t.Fatalf("genuine token refused: %d %s", r.Status, r.Body)
		}

		t.Run("payload changed", func(t *testing.T) {
			parts := strings.Split(victim.Token, ".")
			c := claimsOf(t, victim.Token)
			c["sub"] = claimsOf(t, admin)["sub"] // pretend to be the administrator
			payload, _ := json.Marshal(c)
			forged := parts[0] + "." + base64.RawURLEncoding.EncodeToString(payload) + "." + parts[2]
			wantOBPError(t, current(forged), 401, "OBP-20003")
		})
		t.Run("alg none", func(t *testing.T) {
			forged, err := jwt.NewWithClaims(jwt.SigningMethodNone, claimsOf(t, victim.Token)).SignedString(jwt.UnsafeAllowNoneSignatureType)
			if err != nil {
				t.Fatal(err)
			}
			wantOBPError(t, current(forged), 401, "OBP-20003")
		})
		t.Run("wrong key", func(t *testing.T) {
			forged, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, claimsOf(t, victim.Token)).SignedString([]byte("an-attacker-key-of-sufficient-length!!"))
			wantOBPError(t, current(forged), 401, "OBP-20003")
		})
		t.Run("expired", func(t *testing.T) {
			c := claimsOf(t, victim.Token)
			c["exp"] = time.Now().Add(-time.Minute).Unix()
			forged, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
			wantOBPError(t, current(forged), 401, "OBP-20003")
		})
		t.Run("right key, unknown token id", func(t *testing.T) {
			c := claimsOf(t, victim.Token)
			c["jti"] = "00000000-0000-0000-0000-000000000000"
			forged, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
			wantOBPError(t, current(forged), 401, "OBP-20003")
		})
		t.Run("another user's subject on a real token id", func(t *testing.T) {
			c := claimsOf(t, victim.Token)
			c["sub"] = claimsOf(t, admin)["sub"]
			forged, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
			wantOBPError(t, current(forged), 401, "OBP-20003")
		})
		t.Run("revoked by logout", func(t *testing.T) {
			u := newUser(t, s)
			if r := s.Do(t, http.MethodDelete, "/my/logins/direct", "", auth(u.Token)...); r.Status != 204 {
				t.Fatalf("logout: %d %s", r.Status, r.Body)
			}
			wantOBPError(t, current(u.Token), 401, "OBP-20003")
		})
		t.Run("disabled consumer is refused at once", func(t *testing.T) {
			u := newUser(t, s)
			consumerID := claimsOf(t, u.Token)["consumer_id"].(string)
			if r := s.Do(t, http.MethodPut, "/obp/v5.1.0/management/consumers/"+consumerID, `{"enabled": false}`, auth(admin)...); r.Status != 200 {
				t.Fatalf("disable: %d %s", r.Status, r.Body)
			}
			wantOBPError(t, current(u.Token), 401, "OBP-20058")
			wantOBPError(t, s.Do(t, http.MethodPost, "/my/logins/direct", "", "DirectLogin",
				"username="+u.Username+", password="+u.Password+", consumer_key="+testenv.ConsumerKey), 401, "OBP-20008")
			// the administrator's token uses the same consumer; re-enable with a fresh admin session is impossible,
			// so enable directly in the database to leave the sandbox usable for later subtests.
			testenv.Exec(t, db, "UPDATE consumers SET enabled = ? WHERE id = ?", true, consumerID)
		})
	})
}
