package extract

import (
	"strings"
	"testing"
)

// FuzzExtract checks, for any input, that extraction does not panic, that
// every offset lies in the text, that text[start:end] is the quote and
// text[mentionStart:mentionEnd] the mention, and that parts and mentions
// lie where they should. go test -fuzz FuzzExtract.
func FuzzExtract(f *testing.F) {
	for _, tc := range hardCases {
		f.Add(tc.text)
	}
	for _, tc := range germanCases {
		f.Add(tc.text)
	}
	f.Add("\"unbalanced ' quote \" marks „ « ‹ '' `` \n\n\" again")
	f.Add("a\u0301 combining \"marks\" said Ann\u0301a.")
	f.Add("Der Sprecher sagte, der Minister habe „nichts gewusst“. In einem Interview sagte er: „Wir bleiben.“ Laut Polizei sei es ruhig.")
	f.Add("„Das ist gut“, sagte er, und fügte hinzu, die Lage sei „ernst“, so Müller.")
	f.Add(string([]byte{0xff, '"', 'x', '"', 0xfe}))
	// the edges of the scans that read a few runes a round or stop early:
	// no text, one quote mark, a text cut mid-word, a word longer than any
	// buffer, curly apostrophes, capitals and ß beyond ASCII, invalid UTF-8
	// inside a word
	for _, s := range []string{"", "\"", "“", "Jo Vale said the pier was clo",
		"Ann Roe said " + strings.Repeat("Fenwick", 400) + ".",
		"Vale’s aide said he’d “go”, and She’s said ‘no’.",
		"ÉMILE ROE: “Non.” Øystein Ærø said, “Ja.”",
		"„Die Straße bleibt zu“, sagte GROẞMANN. Der Bürgermeister äußerte sich nicht.",
		"Jo Va" + string([]byte{0xc3}) + "le said \"th" + string([]byte{0xff}) + "e pier\"."} {
		f.Add(s)
	}
	// the shapes of this session's rules, cut short: owners' possessives
	// and shows, nested reports, honorifics of the other gender, quotes
	// that end a reported clause, polls with slashes, German leads
	f.Add("Ann Vale met Joan Roe. Mr. Vale said Harbor TV's Jo Hill on Harbor TV's Meet the Voters of the told KVLE' State of")
	f.Add(`He said he was "very comfortable with it," the Post reported, that the lawyer, Jo Hill, "made a good case," she wrote`)
	f.Add("a Ledger/Vale/ poll released Monday by the Ledger and Harbor Radio and shows Emails obtained by Vale and")
	f.Add("Anna Berg sagte, die Brücke sei gut. Die BVG begegnet der Kritik mit dem Argument, die Züge seien. Das berichtete die. In einem Interview mit der")
	x := New()
	x.MinConfidence = 0
	f.Fuzz(func(t *testing.T, text string) {
		rs := []rune(text) // invalid bytes count one U+FFFD each

		for _, q := range x.Extract(text) {
			if q.Start < 0 || q.End > len(rs) || q.Start >= q.End {
				t.Fatalf("span [%d,%d) outside text of %d runes", q.Start, q.End, len(rs))
			}
			if got := string(rs[q.Start:q.End]); got != q.Text {
				t.Fatalf("text[%d:%d] = %q, quote says %q", q.Start, q.End, got, q.Text)
			}
			for _, p := range q.Parts {
				if p.Start < q.Start || p.End > q.End || p.Start >= p.End {
					t.Fatalf("part [%d,%d) outside quote [%d,%d)", p.Start, p.End, q.Start, q.End)
				}
			}
			if q.Mention != "" && (q.MentionStart < 0 || q.MentionEnd > len(rs) || q.MentionStart >= q.MentionEnd) {
				t.Fatalf("mention [%d,%d) outside text", q.MentionStart, q.MentionEnd)
			}
			if q.Mention != "" && string(rs[q.MentionStart:q.MentionEnd]) != q.Mention {
				t.Fatalf("text[%d:%d] = %q, mention says %q", q.MentionStart, q.MentionEnd, rs[q.MentionStart:q.MentionEnd], q.Mention)
			}
			if q.Confidence < 0 || q.Confidence > 1 {
				t.Fatalf("confidence %v outside 0..1", q.Confidence)
			}
		}
	})
}
