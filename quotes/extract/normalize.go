package extract

import (
	"slices"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalize returns text in NFC as runes, written over buf, and a map from
// each rune offset of the result (and its end) back to a rune offset of the
// input; the map is nil when the text was already NFC, which is nearly
// always. Each byte of invalid UTF-8 counts as one U+FFFD, as Go's rune
// conversion counts it.
func normalize(buf []rune, text string) ([]rune, []int) {
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
	back := make([]int, 0, len(text)+1)
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
