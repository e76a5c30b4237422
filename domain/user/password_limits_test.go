package user

import (
	"strings"
	"testing"
)

// A stored hash asking for far more memory than this server's hashes use is refused
// without being computed: a planted hash cannot make a login take gigabytes.
func TestCheckPasswordRefusesCostsBeyondOurOwn(t *testing.T) {
	h, err := HashPassword("Correct-Horse-Battery-9")
	if err != nil {
		t.Fatal(err)
	}
	if !CheckPassword(h, "Correct-Horse-Battery-9") {
		t.Fatal("a good password refused")
	}
	greedy := strings.Replace(h, "m=9216,", "m=4194304,", 1)
	if greedy == h {
		t.Fatalf("hash %q does not carry m=9216", h)
	}
	if CheckPassword(greedy, "Correct-Horse-Battery-9") {
		t.Error("a hash asking for 4 GiB was computed and matched")
	}
	// A hash made with the parameters this server used before still verifies.
	old := "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$" + "ejaa08/Z/4PBvewzF2rselE+f6j2wssbF47GuKs5c+4"
	if !CheckPassword(old, "Correct-Horse-Battery-9") {
		t.Error("a hash made with 19 MiB and 2 passes no longer verifies")
	}
}
