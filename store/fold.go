package store

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// letters that do not decompose into a base letter and an accent.
var foldSpecial = map[rune]string{
	'ß': "ss", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'þ': "th", 'Þ': "th", 'ı': "i",
}

// fold lower-cases s and strips accents, so that "Élysée" and "elysee"
// compare equal in searches and slugs.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if sub, ok := foldSpecial[r]; ok {
			b.WriteString(sub)
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Slugify turns a speaker's name into its stable URL slug: folded letters
// and digits, every other run of characters one hyphen ("Vladimir Putin"
// → "vladimir-putin").
func Slugify(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range fold(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			hyphen = false
			continue
		}
		hyphen = true
	}
	return b.String()
}
