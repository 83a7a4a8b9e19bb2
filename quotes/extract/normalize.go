package extract

import (
	"slices"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalize returns text in NFC as runes, written over buf, and a map from
// each rune offset of the result (and its end) back to a rune offset of the
// input, written over back; the map is nil when the text was already NFC,
// which is nearly always. Each byte of invalid UTF-8 counts as one U+FFFD,
// as Go's rune conversion counts it. It reports too whether text is ASCII
// alone, which it learns on the way: a rune a byte, each valid.
func normalize(buf []rune, back []int, text string) ([]rune, []int, bool) {
	r := slices.Grow(buf[:0], len(text))[:len(text)] // a rune per byte at most
	n := 0
	ascii := true
	for i := 0; i < len(text); {
		k := copyASCII(r[n:], text[i:]) // most runes
		n, i = n+k, i+k
		if i == len(text) {
			break
		}
		ascii = false
		c, size := utf8.DecodeRuneInString(text[i:]) // invalid UTF-8: U+FFFD of one byte, as range reads it
		if !plainNFC(c) {
			nfc, nfcBack := normalizeNFC(r[:0], back, text)
			return nfc, nfcBack, false
		}
		r[n] = c
		n, i = n+1, i+size
	}
	return r[:n], nil, ascii
}

// copyASCII copies to r the ASCII bytes that open text, as runes, as
// many as r holds, and returns their count. Its small loop costs two
// thirds of the instructions of a range over the text (ASCII is in NFC,
// and needs no decoding).
//
//go:noinline
func copyASCII(r []rune, text string) int {
	n := min(len(text), len(r))
	r, text = r[:n], text[:n] // one bound for both: no test of k against each
	for k := 0; k < n; k++ {
		b := text[k]
		if b >= utf8.RuneSelf {
			return k
		}
		r[k] = rune(b)
	}
	return n
}

// plainNFC reports whether c is a rune that no normalisation changes
// and that combines with nothing before it, so that a text of such runes
// alone is in NFC: Latin letters with their accents precomposed (below
// U+0300, where the combining marks start) and the dashes and quotation
// marks of U+2010–U+2027. Nearly every news text has no other, and is
// settled by this test alone, for a fifth of the instructions of
// norm.NFC.IsNormalString's. (U+FFFD, which stands for invalid UTF-8,
// is not among them: such a text takes normalizeNFC too.)
func plainNFC(c rune) bool {
	return c < 0x300 || 0x2010 <= c && c <= 0x2027
}

// normalizeNFC is normalize for a text with a rune that plainNFC does not
// settle.
func normalizeNFC(buf []rune, back []int, text string) ([]rune, []int) {
	if !utf8.ValidString(text) {
		text = string([]rune(text))
	}
	if norm.NFC.IsNormalString(text) {
		r := slices.Grow(buf[:0], len(text)) // a rune per byte at most
		for _, c := range text {
			r = append(r, c)
		}
		return r, nil
	}
	var it norm.Iter
	it.InitString(norm.NFC, text)
	out := slices.Grow(buf[:0], len(text))
	back = slices.Grow(back[:0], len(text)+1)
	orig := 0 // rune offset in text of the current segment
	for !it.Done() {
		from := it.Pos()
		seg := it.Next()
		for _, r := range string(seg) {
			out = append(out, r)
			back = append(back, orig)
		}
		orig += utf8.RuneCountInString(text[from:it.Pos()])
	}
	return out, append(back, orig)
}
