package extract

import (
	"testing"
	"unicode"
)

// TestIsWordRuneASCII checks that the ASCII shortcut of isWordRune agrees
// with the unicode tables it skips.
func TestIsWordRuneASCII(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if got := isWordRune(r); got != want {
			t.Errorf("isWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}
