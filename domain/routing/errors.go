package routing

import (
	"strconv"
	"unicode/utf8"
)

// maxQuoted caps how much of an input an error message repeats back.
const maxQuoted = 40

// quote renders s for an error message: Go-quoted so control bytes show as escapes, and cut
// to maxQuoted bytes (on a rune boundary) so a huge input is never echoed back.
func quote(s string) string {
	if len(s) <= maxQuoted {
		return strconv.Quote(s)
	}
	cut := maxQuoted
	for back := 0; back < utf8.UTFMax-1 && !utf8.RuneStart(s[cut]); back++ {
		cut--
	}
	return strconv.Quote(s[:cut]) + "... (" + strconv.Itoa(len(s)) + " bytes)"
}
