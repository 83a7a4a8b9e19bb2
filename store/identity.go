package store

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"saidwho/quotes"
)

// formClass says what sort of name a resolved speaker string is.
type formClass int

const (
	formNone     formClass = iota // a pronoun or nothing: no corpus speaker
	formFull                      // a person's full name: "Hillary Rodham Clinton"
	formBare                      // one name word: "Clinton" (titles dropped)
	formNamed                     // an organisation or document with a proper name: "the White House"
	formDescribe                  // a description without a proper name: "a senior official", "the company"
)

// nameForm is a speaker string taken apart for matching across the corpus.
type nameForm struct {
	class   formClass
	display string   // the name as shown: titles and leading words dropped
	key     string   // the speaker_keys key without article scope
	given   string   // folded first name of a full name
	middle  []string // folded middle names or initials
	surname string   // folded last name (of a full name, or the bare word)
	suffix  string   // jr, sr, ii, iii, iv
}

// pronouns never stand for a corpus speaker by themselves.
var pronouns = set("he", "she", "they", "i", "we", "you", "it", "who", "whom", "which", "that", "his", "her",
	"him", "them", "their", "its", "one", "this", "these", "those", "someone", "somebody", "everyone", "others")

// titleWords are dropped in front of a name ("President Obama", "Illinois
// Sen. Barack Obama"). They include function words that a faulty mention
// boundary can leave in front of a name ("But Sanders", "Is Sanders").
var titleWords = set(
	"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
	"president", "presidential", "vice", "former", "ex", "late", "then", "current", "acting", "first",
	"sen", "senator", "rep", "representative", "congressman", "congresswoman", "gov", "governor",
	"secretary", "gen", "general", "adm", "admiral", "lt", "col", "capt", "sgt", "maj", "cmdr",
	"rev", "reverend", "pastor", "father", "bishop", "pope", "rabbi", "imam", "sheikh",
	"judge", "justice", "mayor", "chairman", "chairwoman", "chair", "speaker", "leader", "minister",
	"prime", "premier", "chancellor", "king", "queen", "prince", "princess", "ambassador", "attorney",
	"candidate", "nominee", "hopeful", "frontrunner", "front-runner", "presumptive", "challenger",
	"republican", "republicans", "democrat", "democrats", "democratic", "gop", "independent", "libertarian",
	"state", "u.s", "us", "federal", "white", "house", "national", "party", "campaign", "chief", "ceo",
	"the", "a", "an", "and", "but", "or", "so", "is", "was", "in", "on", "at", "of", "for", "with", "by",
	"from", "to", "as", "if", "when", "while", "after", "before", "then", "also", "however", "yes", "no",
	"now", "still", "even", "said", "says", "told", "asked", "added", "according", "meanwhile", "though",
	"although", "because", "since", "where", "why", "how", "what", "not", "only", "just", "both", "all",
)

// particles may stand in lower case inside a name ("Charles de Gaulle").
var particles = set("de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "bin", "ibn", "al", "el", "st")

// suffixes end a name and tell people apart ("Donald Trump Jr.").
var suffixes = set("jr", "sr", "ii", "iii", "iv")

// leadingWords are dropped in front of organisation names.
var leadingWords = set("the", "a", "an", "of", "by", "from", "and", "but", "in", "on", "at", "to", "according")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// word is one token of a name: as written, and folded without its dots.
type word struct {
	text string
	fold string
}

// words splits s into name tokens: runs of letters, digits, dots,
// apostrophes and hyphens. Dots and apostrophes are dropped from the folded
// form, so "Sen." is "sen" and "U.S." is "us".
func words(s string) []word {
	var out []word
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '\'' || r == '’' || r == '-')
	}) {
		f = strings.Trim(f, "-'’")
		fo := strings.NewReplacer(".", "", "'", "", "’", "").Replace(fold(f))
		if strings.HasSuffix(fo, "s") && (strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "’s")) {
			continue // a possessive ("Trump's campaign") is not part of the name
		}
		if fo == "" {
			continue
		}
		out = append(out, word{text: f, fold: fo})
	}
	return out
}

// capitalised reports whether a token starts with an upper-case letter.
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// analyse takes a resolved speaker string apart. kind is the extractor's
// speaker kind.
func analyse(speaker string, kind quotes.SpeakerKind) nameForm {
	ws := words(speaker)
	if len(ws) == 0 || (len(ws) == 1 && pronouns[ws[0].fold]) {
		return nameForm{class: formNone}
	}
	switch kind {
	case quotes.Anonymous:
		return describe(ws)
	case quotes.Organisation, quotes.Document:
		return named(ws)
	}
	return person(ws)
}

// describe is a description kept to its article.
func describe(ws []word) nameForm {
	for len(ws) > 1 && leadingWords[ws[0].fold] {
		ws = ws[1:]
	}
	return nameForm{class: formDescribe, display: joinText(ws), key: "d:" + joinFold(ws)}
}

// named is an organisation or document: one corpus speaker when it has a
// proper name, else a description.
func named(ws []word) nameForm {
	for len(ws) > 1 && leadingWords[ws[0].fold] {
		ws = ws[1:]
	}
	proper := false
	for _, w := range ws {
		if capitalised(w.text) {
			proper = true
		}
	}
	if !proper {
		return describe(ws)
	}
	return nameForm{class: formNamed, display: joinText(ws), key: "o:" + joinFold(ws)}
}

// person is a person's name, possibly with titles and leading words: the
// name is the last run of capitalised words (and particles) that are not
// titles.
func person(ws []word) nameForm {
	var suffix string
	if n := len(ws); n > 1 && suffixes[ws[n-1].fold] {
		suffix, ws = ws[n-1].fold, ws[:n-1]
	}
	// The name is the last run of capitalised words and inner particles...
	start := len(ws)
	for i := len(ws) - 1; i >= 0; i-- {
		w := ws[i]
		particle := particles[w.fold] && !capitalised(w.text) && i < len(ws)-1 && i > 0
		if !capitalised(w.text) && !particle {
			break
		}
		start = i
	}
	// ...after the last title in it ("Illinois Sen. Barack Obama"); the
	// last word is the surname even when it looks like a title ("King").
	for i := len(ws) - 2; i >= start; i-- {
		if titleWords[ws[i].fold] {
			start = i + 1
			break
		}
	}
	name := ws[start:]
	for len(name) > 0 && particles[name[0].fold] && !capitalised(name[0].text) {
		name = name[1:]
	}
	if len(name) == 1 && titleWords[name[0].fold] {
		name = nil // "President", "Republican": a title alone
	}
	if len(name) == 0 {
		return describe(ws)
	}
	f := nameForm{display: joinText(name), suffix: suffix}
	if suffix != "" {
		f.display += " " + suffixText(suffix)
	}
	if len(name) == 1 {
		f.class, f.surname = formBare, name[0].fold
		f.key = "p:" + f.surname
		if suffix != "" {
			f.key += " " + suffix
		}
		return f
	}
	f.class = formFull
	f.given, f.surname = name[0].fold, name[len(name)-1].fold
	for _, w := range name[1 : len(name)-1] {
		f.middle = append(f.middle, w.fold)
	}
	f.key = "p:" + joinFold(name)
	if suffix != "" {
		f.key += " " + suffix
	}
	return f
}

func suffixText(s string) string {
	if s == "jr" || s == "sr" {
		return strings.ToUpper(s[:1]) + s[1:] + "."
	}
	return strings.ToUpper(s)
}

func joinText(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

func joinFold(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.fold
	}
	return strings.Join(parts, " ")
}

// sameName reports whether two name parts can be one name: equal, or one
// is the initial of the other.
func sameName(a, b string) bool {
	if a == b {
		return true
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return ra == rb && (utf8.RuneCountInString(a) == 1 || utf8.RuneCountInString(b) == 1)
}

// compatible reports whether two full names can be the same person: same
// surname and suffix, compatible first names, and middle names that do not
// contradict each other ("Hillary Rodham Clinton" and "Hillary Clinton"
// can; "George W. Bush" and "George H. W. Bush" cannot).
func compatible(a, b nameForm) bool {
	if a.surname != b.surname || a.suffix != b.suffix || !sameName(a.given, b.given) {
		return false
	}
	if len(a.middle) == 0 || len(b.middle) == 0 {
		return true
	}
	if len(a.middle) != len(b.middle) {
		return false
	}
	for i := range a.middle {
		if !sameName(a.middle[i], b.middle[i]) {
			return false
		}
	}
	return true
}
