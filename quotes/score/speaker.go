package score

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
)

// quoteChars are the quotation marks that score.py trims from spans and
// speakers.
const quoteChars = "\"'\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a`"

// pronouns are the bare pronoun speakers (English and German) that the
// "excluding pronoun gold speakers" figures leave out.
var pronouns = wordSet(`
he she they it i we you him her them us
me his hers their theirs its our my your
himself herself themselves itself who which that
whom whose this these those one
er sie es ich wir ihr man ihm ihn ihnen`)

// speechCues are the word forms that make a gold cue a speech verb for
// --speech-cues.
var speechCues = wordSet(`
say says said saying tell tells told telling add adds added adding
claim claims claimed claiming deny denies denied denying insist insists insisted insisting
warn warns warned warning state states stated stating explain explains explained explaining
announce announces announced announcing declare declares declared declaring
argue argues argued arguing note notes noted noting assert asserts asserted asserting
acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting
confirm confirms confirmed confirming write writes wrote written writing
tweet tweets tweeted tweeting according ask asks asked asking reply replies replied replying
respond responds responded responding promise promises promised promising
vow vows vowed vowing urge urges urged urging predict predicts predicted predicting
suggest suggests suggested suggesting recall recalls recalled recalling
complain complains complained complaining report reports reported reporting
describe describes described describing call calls called calling quote quoted quoting
testify testifies testified testifying`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// isSpeechCue reports whether the quote's cue holds a speech verb form.
func isSpeechCue(q *Quote) bool {
	cue := ""
	if q.Cue != nil {
		cue = *q.Cue
	}
	words := strings.FieldsFunc(casefold(cue), func(r rune) bool { return r < 'a' || r > 'z' })
	for _, w := range words {
		if speechCues[w] {
			return true
		}
	}
	return false
}

// normSpeaker casefolds s, collapses its whitespace and trims punctuation
// and quote marks; ok is false for a null or empty result.
func normSpeaker(s *string) (norm string, ok bool) {
	if s == nil {
		return "", false
	}
	n := strings.Join(strings.FieldsFunc(casefold(*s), isSpace), " ")
	n = strings.Trim(n, " ,.;:!?()[]"+quoteChars)
	return n, n != ""
}

// speakerMatch compares a gold and a predicted speaker. Strict: equal after
// normalising. Lenient: strict, or one's tokens occur in the other's, or
// both end in the same token. Two null speakers match both ways.
func speakerMatch(gold, pred *string) (strict, lenient bool) {
	g, gok := normSpeaker(gold)
	p, pok := normSpeaker(pred)
	if !gok || !pok {
		both := !gok && !pok
		return both, both
	}
	if g == p {
		return true, true
	}
	gt, pt := tokens(g), tokens(p)
	lenient = contains(gt, pt) || contains(pt, gt) ||
		(len(gt) > 0 && len(pt) > 0 && gt[len(gt)-1] == pt[len(pt)-1])
	return false, lenient
}

// isPronoun reports whether the gold speaker is a bare pronoun: the gold's
// own speaker_is_pronoun when given, else the pronoun list.
func isPronoun(q *Quote) bool {
	if q.SpeakerIsPronoun != nil {
		return truthy(q.SpeakerIsPronoun)
	}
	n, _ := normSpeaker(q.Speaker)
	t := tokens(n)
	return len(t) == 1 && pronouns[t[0]]
}

// tokens finds the words of s as Python's re.findall(r"\w+(?:[-.']\w+)*")
// does, with a trailing possessive 's removed from each.
func tokens(s string) []string {
	r := []rune(s)
	var out []string
	for i := 0; i < len(r); {
		if !isWord(r[i]) {
			i++
			continue
		}
		j := wordEnd(r, i)
		for j+1 < len(r) && strings.ContainsRune("-.'", r[j]) && isWord(r[j+1]) {
			j = wordEnd(r, j+1)
		}
		out = append(out, strings.TrimSuffix(string(r[i:j]), "'s"))
		i = j
	}
	return out
}

// wordEnd is the end of the run of word characters starting at i.
func wordEnd(r []rune, i int) int {
	for i < len(r) && isWord(r[i]) {
		i++
	}
	return i
}

// contains reports whether token sequence b occurs inside a.
func contains(a, b []string) bool {
	if len(b) == 0 || len(b) > len(a) {
		return false
	}
	for i := 0; i+len(b) <= len(a); i++ {
		if equal(a[i:i+len(b)], b) {
			return true
		}
	}
	return false
}

func equal(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}

// isWord is Python's \w for str patterns: letters, numbers, underscore
// (combining marks are not word characters there either).
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// isSpace is Python's str.isspace, which also counts the information
// separators U+001C..U+001F that Go's unicode.IsSpace does not.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// casefold is Python's str.casefold. x/text folds Cherokee to lower case
// where Unicode's CaseFolding.txt (and so Python) folds it to upper case,
// so those letters are mapped back.
func casefold(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0xab70 && r <= 0xabbf:
			return r - 0xab70 + 0x13a0
		case r >= 0x13f8 && r <= 0x13fd:
			return r - 8
		}
		return r
	}, cases.Fold().String(s))
}
