package web

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
)

// stopwords are frequent short words that tell the common news languages
// apart; detectLang counts them.
var stopwords = map[string][]string{
	"en": {"the", "and", "of", "to", "is", "that", "said", "was", "for", "with", "he", "she", "it", "on"},
	"fr": {"le", "la", "les", "et", "des", "est", "une", "que", "pour", "dans", "du", "il", "elle", "pas", "au"},
	"de": {"der", "die", "und", "das", "ist", "nicht", "mit", "sich", "ein", "eine", "sagte", "dem", "den", "auch"},
	"es": {"el", "los", "las", "del", "que", "una", "por", "con", "para", "dijo", "y", "se", "es", "lo"},
	"it": {"il", "che", "della", "per", "una", "sono", "non", "gli", "con", "di", "del", "alla", "è", "ha"},
	"pt": {"o", "os", "que", "uma", "não", "com", "para", "do", "da", "disse", "em", "no", "na", "ao"},
	"nl": {"de", "het", "een", "en", "van", "dat", "niet", "zijn", "met", "voor", "zei", "ook", "op", "is"},
}

// detectLang guesses the language of an article from its stop words and
// answers "en" when the text is too short or too mixed to tell.
func detectLang(text string) string {
	if len(text) > 20000 {
		text = text[:20000]
	}
	index := map[string][]string{}
	for lang, words := range stopwords {
		for _, w := range words {
			index[w] = append(index[w], lang)
		}
	}
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, lang := range index[w] {
			counts[lang]++
		}
	}
	langs := make([]string, 0, len(counts))
	for lang := range counts {
		langs = append(langs, lang)
	}
	// Most clues first; ties go to the default, then alphabetically.
	slices.SortFunc(langs, func(a, b string) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		switch {
		case a == "en":
			return -1
		case b == "en":
			return 1
		}
		return cmp.Compare(a, b)
	})
	if len(langs) == 0 {
		return "en"
	}
	best, second := langs[0], 0
	if len(langs) > 1 {
		second = counts[langs[1]]
	}
	// Too few clues, or no clear winner: stay with the default.
	if counts[best] < 5 || counts[best]*4 < second*5 {
		return "en"
	}
	return best
}
