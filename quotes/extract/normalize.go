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
// settle. Only the stretches around such runes go through norm.Iter: a
// stretch opens at the plain rune before the first rune that is not
// (a base the mark may combine with: n + U+0303) and runs to the next
// plain rune. This is safe because a plain rune is a starter with a
// boundary before it (TestPlainNFC): no normalisation moves or combines
// anything across it, and norm.Iter ends a segment before it, so the
// stretch gives the segments, runes and map that an Iter over the whole
// text gives (TestNormalizeStretches checks it against nfcWhole). The
// text between the stretches, nearly all of it, is copied a rune at a
// time; over the whole text the Iter cost ~70 instructions a byte.
func normalizeNFC(buf []rune, back []int, text string) ([]rune, []int) {
	out := slices.Grow(buf[:0], len(text)) // a rune per byte at most
	back = slices.Grow(back[:0], len(text)+1)
	changed := false
	var it norm.Iter
	orig := 0 // rune offset in text of text[i:]
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf && (i+1 == len(text) || text[i+1] < utf8.RuneSelf) {
			out, back = append(out, rune(text[i])), append(back, orig) // ASCII before ASCII: most of the text
			orig, i = orig+1, i+1
			continue
		}
		c, size := utf8.DecodeRuneInString(text[i:])
		if plainNFC(c) && plainAt(text, i+size) {
			out, back = append(out, c), append(back, orig)
			orig, i = orig+1, i+size
			continue
		}
		j := i + size
		for j < len(text) && !plainAt(text, j) {
			_, size := utf8.DecodeRuneInString(text[j:])
			j += size
		}
		var ch bool
		out, back, ch = appendNFC(&it, out, back, orig, text[i:j])
		changed = changed || ch
		orig += utf8.RuneCountInString(text[i:j]) // an invalid byte counts one, as its U+FFFD
		i = j
	}
	if !changed {
		return out, nil
	}
	return out, append(back, orig)
}

// plainAt reports whether text[i:] is empty or opens with a plain rune.
func plainAt(text string, i int) bool {
	if i >= len(text) || text[i] < utf8.RuneSelf {
		return true
	}
	c, _ := utf8.DecodeRuneInString(text[i:])
	return plainNFC(c)
}

// appendNFC appends the NFC of the stretch s, whose first rune is at rune
// offset orig of the text, to out, and to back the offset of each
// output rune's segment, and reports whether the stretch changed.
func appendNFC(it *norm.Iter, out []rune, back []int, orig int, s string) (_ []rune, _ []int, changed bool) {
	if !utf8.ValidString(s) {
		s = string([]rune(s)) // each invalid byte a U+FFFD, as the runes of the text have it
	}
	it.InitString(norm.NFC, s)
	for !it.Done() {
		from := it.Pos()
		seg := it.Next()
		if string(seg) != s[from:it.Pos()] {
			changed = true
		}
		for _, r := range string(seg) {
			out = append(out, r)
			back = append(back, orig)
		}
		orig += utf8.RuneCountInString(s[from:it.Pos()])
	}
	return out, back, changed
}
