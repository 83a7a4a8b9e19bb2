package store

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"saidwho/quotes"
)

func TestAnalyse(t *testing.T) {
	tests := []struct {
		speaker string
		kind    quotes.SpeakerKind
		class   formClass
		display string
		key     string
	}{
		{"Dana Quill", quotes.Person, formFull, "Dana Quill", "p:dana quill"},
		{"Sen. Dana J. Quill", quotes.Person, formFull, "Dana J. Quill", "p:dana j quill"},
		{"Ohio Sen. Dana Quill", quotes.Person, formFull, "Dana Quill", "p:dana quill"},
		{"Republican front-runner Dana Quill", quotes.Person, formFull, "Dana Quill", "p:dana quill"},
		{"Mr. Quill", quotes.Person, formBare, "Quill", "p:quill"},
		{"But Quill", quotes.Person, formBare, "Quill", "p:quill"},
		{"Rob Quill Jr.", quotes.Person, formFull, "Rob Quill Jr.", "p:rob quill jr"},
		{"Martin Luther King", quotes.Person, formFull, "Martin Luther King", "p:martin luther king"},
		{"Charles de Vau", quotes.Person, formFull, "Charles de Vau", "p:charles de vau"},
		{"Zoë Ålund", quotes.Person, formFull, "Zoë Ålund", "p:zoe alund"},
		{"the senator", quotes.Person, formDescribe, "senator", "d:senator"},
		{"President", quotes.Unknown, formDescribe, "President", "d:president"},
		{"he", quotes.Person, formNone, "", ""},
		{"who", quotes.Unknown, formNone, "", ""},
		{"a senior Freedonian presidential official", quotes.Anonymous, formDescribe, "senior Freedonian presidential official", "d:senior freedonian presidential official"},
		{"the Élysée", quotes.Organisation, formNamed, "Élysée", "o:elysee"},
		{"his office", quotes.Organisation, formDescribe, "his office", "d:his office"},
		{"a statement", quotes.Document, formDescribe, "statement", "d:statement"},
	}
	for _, tt := range tests {
		t.Run(tt.speaker, func(t *testing.T) {
			f := analyse(tt.speaker, tt.kind)
			if f.class != tt.class || f.display != tt.display || f.key != tt.key {
				t.Errorf("analyse = class %d %q %q, want class %d %q %q", f.class, f.display, f.key, tt.class, tt.display, tt.key)
			}
		})
	}
}

func TestCompatibleNames(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Dana Quill", "Dana J. Quill", true},
		{"Hana Rodham Quill", "Hana Quill", true},
		{"D. Quill", "Dana Quill", true},
		{"Tom W. Birch", "Tom H. W. Birch", false},
		{"Bill Quill", "Hana Quill", false},
		{"Rob Quill", "Rob Quill Jr.", false},
	}
	for _, tt := range tests {
		if got := compatible(analyse(tt.a, quotes.Person), analyse(tt.b, quotes.Person)); got != tt.want {
			t.Errorf("compatible(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestNormText(t *testing.T) {
	same := []string{`“We don’t build walls,” `, `"we DON'T build  walls"`, `« We dont build walls »`, "We don't build walls."}
	for _, s := range same[1:] {
		if normText(s) != normText(same[0]) {
			t.Errorf("normText(%q) = %q, want %q", s, normText(s), normText(same[0]))
		}
	}
}

// corpus builds articles from sentences of the form `NAME said: "TEXT"`;
// each quote is attributed to the given speaker string, named by mention.
type said struct {
	speaker, mention, text string
	kind                   quotes.SpeakerKind
}

func saveSaid(t *testing.T, db *DB, url, outlet string, date time.Time, ss ...said) *quotes.Article {
	t.Helper()
	var b strings.Builder
	for _, s := range ss {
		fmt.Fprintf(&b, "%s said: \"%s\"\n", s.mention, s.text)
	}
	text := b.String()
	var qs []quotes.Quote
	for _, s := range ss {
		q := quoteIn(t, text, s.text, s.speaker, s.mention)
		if s.kind != "" {
			q.SpeakerKind = s.kind
		}
		qs = append(qs, q)
	}
	a, _, err := db.SaveArticle(context.Background(), &quotes.Article{URL: url, Outlet: outlet, Title: url, Text: text, PublishedAt: date}, qs)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// speakerOf is the slug of the speaker of the quote with text.
func speakerOf(t *testing.T, db *DB, text string) string {
	t.Helper()
	q := findQuote(t, db, text)
	return q.SpeakerSlug
}

// findQuote finds the one quote with this exact text.
func findQuote(t *testing.T, db *DB, text string) *quotes.Quote {
	t.Helper()
	var id int64
	if err := db.db.QueryRow(`SELECT id FROM quotes WHERE text = ?`, text).Scan(&id); err != nil {
		t.Fatalf("quote %q: %v", text, err)
	}
	q, err := db.Quote(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

var day = func(d int) time.Time { return time.Date(2024, 3, d, 0, 0, 0, 0, time.UTC) }

func TestSpeakersAcrossArticles(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	saveSaid(t, db, "https://a.example/1", "", day(1),
		said{"Dana Quill", "Dana Quill", "Taxes will fall next spring.", quotes.Person},
		said{"Quill", "Mr. Quill", "Only one Quill is known so far.", quotes.Person})
	saveSaid(t, db, "https://b.example/2", "", day(2),
		said{"Dana J. Quill", "Sen. Dana J. Quill", "The harbour needs dredging.", quotes.Person},
		said{"Hana Quill", "Hana Quill", "My sister is wrong about the harbour.", quotes.Person},
		said{"Quill", "Quill", "Now two people share the surname.", quotes.Person},
		said{"a senior Freedonian official", "a senior Freedonian official", "Talks went well.", quotes.Anonymous},
		said{"Tom W. Birch", "Tom W. Birch", "The younger Birch speaks first.", quotes.Person})
	saveSaid(t, db, "https://c.example/3", "", day(3),
		said{"a senior Freedonian official", "a senior Freedonian official", "Talks went badly.", quotes.Anonymous},
		said{"Tom H. W. Birch", "Tom H. W. Birch", "The elder Birch speaks second.", quotes.Person},
		said{"he", "he", "A pronoun nobody resolved.", quotes.Person})

	tests := []struct {
		text, slug string
	}{
		{"Taxes will fall next spring.", "dana-quill"},
		{"The harbour needs dredging.", "dana-quill"},           // middle initial: the same person
		{"Only one Quill is known so far.", "dana-quill"},       // bare surname, unambiguous then
		{"My sister is wrong about the harbour.", "hana-quill"}, // same surname, another person
		{"Now two people share the surname.", "quill"},          // bare surname, ambiguous now
		{"The younger Birch speaks first.", "tom-w-birch"},
		{"The elder Birch speaks second.", "tom-h-w-birch"},
		{"A pronoun nobody resolved.", ""},
	}
	for _, tt := range tests {
		if got := speakerOf(t, db, tt.text); got != tt.slug {
			t.Errorf("speaker of %q = %q, want %q", tt.text, got, tt.slug)
		}
	}
	if a, b := speakerOf(t, db, "Talks went well."), speakerOf(t, db, "Talks went badly."); a == b || a == "" {
		t.Errorf("anonymous officials of two articles share speaker %q", a)
	}
	quill, err := db.Speaker(ctx, "quill")
	if err != nil {
		t.Fatal(err)
	}
	if quill.Status != quotes.Ambiguous || !slices.Equal(quill.Candidates, []string{"dana-quill", "hana-quill"}) {
		t.Errorf("quill = status %q candidates %v, want ambiguous between dana-quill and hana-quill", quill.Status, quill.Candidates)
	}
	dana, err := db.Speaker(ctx, "dana-quill")
	if err != nil {
		t.Fatal(err)
	}
	var mentions []string
	for _, a := range dana.Aliases {
		mentions = append(mentions, a.Mention)
	}
	slices.Sort(mentions)
	if dana.QuoteCount != 3 || !slices.Equal(mentions, []string{"Dana Quill", "Mr. Quill", "Sen. Dana J. Quill"}) ||
		!dana.FirstSeen.Equal(day(1)) || !dana.LastSeen.Equal(day(2)) {
		t.Errorf("dana-quill = %d quotes, mentions %v, seen %v to %v", dana.QuoteCount, mentions, dana.FirstSeen, dana.LastSeen)
	}
}

// A bare surname seen before anyone of that name is known joins the first
// full name that arrives, and the history says so.
func TestBareSurnameAdoptedLater(t *testing.T) {
	db := openTest(t)
	saveSaid(t, db, "https://a.example/1", "", day(1), said{"Orlov", "Orlov", "First the surname.", quotes.Person})
	saveSaid(t, db, "https://a.example/2", "", day(2), said{"Ivo Orlov", "Ivo Orlov", "Then the full name.", quotes.Person})
	if got := speakerOf(t, db, "First the surname."); got != "ivo-orlov" {
		t.Errorf("bare surname quote is on %q, want ivo-orlov", got)
	}
	ivo, err := db.Speaker(context.Background(), "ivo-orlov")
	if err != nil || len(ivo.History) != 1 || ivo.History[0].Actor != "ingest" {
		t.Errorf("ivo-orlov history = %+v (err %v), want one merge by ingest", ivo, err)
	}
}

func TestSameQuoteFromTwoArticles(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	line := said{"Dana Quill", "Dana Quill", "We will not raise the bridge toll this year.", quotes.Person}
	saveSaid(t, db, "https://www.daily.example/toll", "", day(5), line)
	saveSaid(t, db, "https://mirror.example/copy-of-toll", "", day(3), line)
	// The same words with other marks, case and spacing, from another outlet.
	saveSaid(t, db, "https://wire.example/t", "wire", day(4),
		said{"Dana Quill", "Quill", "we will NOT raise the bridge toll,  this year", quotes.Person},
		said{"Dana Quill", "Quill", "raise the bridge toll", quotes.Person})

	qs, _, err := db.Quotes(ctx, quotes.QuoteFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 2 {
		t.Fatalf("got %d quotes, want 2 (one statement and one fragment)", len(qs))
	}
	q := findQuote(t, db, line.text)
	var outlets []string
	for _, s := range q.Sightings {
		outlets = append(outlets, s.Outlet)
	}
	if !slices.Equal(outlets, []string{"mirror.example", "wire", "daily.example"}) || !q.FirstSeen.Equal(day(3)) {
		t.Errorf("sightings from %v first seen %v, want mirror, wire, daily (earliest first) and %v", outlets, q.FirstSeen, day(3))
	}
	frag := findQuote(t, db, "raise the bridge toll")
	if frag.FragmentOf != q.ID || !slices.Equal(q.Fragments, []int64{frag.ID}) {
		t.Errorf("fragment_of = %d, fragments = %v, want the fragment linked to quote %d", frag.FragmentOf, q.Fragments, q.ID)
	}
	dana, err := db.Speaker(ctx, "dana-quill")
	if err != nil || dana.QuoteCount != 2 {
		t.Errorf("dana-quill has %+v (err %v), want 2 quotes", dana, err)
	}
}

// Short statements from different people are different quotes; so are the
// same words attributed to two different named people.
func TestSameWordsDifferentSpeakers(t *testing.T) {
	db := openTest(t)
	saveSaid(t, db, "https://a.example/1", "", day(1),
		said{"Dana Quill", "Dana Quill", "No comment.", quotes.Person},
		said{"Ivo Orlov", "Ivo Orlov", "I will wait until I meet the council first.", quotes.Person})
	saveSaid(t, db, "https://a.example/2", "", day(2),
		said{"Hana Quill", "Hana Quill", "No comment.", quotes.Person},
		said{"Mara Lind", "Mara Lind", "I will wait until I meet the council first.", quotes.Person})
	var n int
	if err := db.db.QueryRow(`SELECT count(*) FROM quotes`).Scan(&n); err != nil || n != 4 {
		t.Errorf("got %d quotes (err %v), want 4", n, err)
	}
}

func TestMergeSplitRenameAndReingest(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "corrections.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	saveSaid(t, db, "https://a.example/1", "", day(1),
		said{"Dana Quill", "Dana Quill", "The port opens in May.", quotes.Person},
		said{"Dee Quill", "Dee Quill", "Call me Dee, everyone does.", quotes.Person},
		said{"Dana Quill", "the Quill twin", "This one was the other twin.", quotes.Person})

	// Merge: Dee Quill is Dana Quill.
	merged, err := db.MergeSpeakers(ctx, "dee-quill", "dana-quill")
	if err != nil {
		t.Fatal(err)
	}
	if merged.QuoteCount != 3 || len(merged.History) != 1 || merged.History[0].Action != "merge" {
		t.Errorf("after merge: %+v", merged)
	}
	if old, err := db.Speaker(ctx, "dee-quill"); err != nil || old.Slug != "dana-quill" {
		t.Errorf("old slug answers %+v (err %v), want dana-quill", old, err)
	}
	// Split: the quotes under "the Quill twin" are someone else's.
	twin, err := db.SplitSpeaker(ctx, "dana-quill", quotes.Split{Mention: "the Quill twin", Into: "Rhea Quill"})
	if err != nil {
		t.Fatal(err)
	}
	if twin.Slug != "rhea-quill" || twin.QuoteCount != 1 || speakerOf(t, db, "This one was the other twin.") != "rhea-quill" {
		t.Errorf("after split: %+v", twin)
	}
	// Rename and external id.
	name, qid := "Dana Q. Quill", "Q4115189"
	renamed, err := db.UpdateSpeaker(ctx, "dana-quill", quotes.SpeakerUpdate{Name: &name, ExternalID: &qid})
	if err != nil {
		t.Fatal(err)
	}
	if renamed.Slug != "dana-q-quill" || renamed.ExternalID != qid {
		t.Errorf("after rename: %+v", renamed)
	}
	for _, slug := range []string{"dana-quill", "dee-quill"} {
		if s, err := db.Speaker(ctx, slug); err != nil || s.Slug != "dana-q-quill" {
			t.Errorf("%s answers %+v (err %v), want dana-q-quill", slug, s, err)
		}
	}
	if _, err := db.UpdateSpeaker(ctx, "rhea-quill", quotes.SpeakerUpdate{ExternalID: &qid}); quotes.ErrorCode(err) != quotes.ECONFLICT {
		t.Errorf("a second speaker with the same QID: err = %v, want conflict", err)
	}
	db.Close()

	// Re-ingest into the same file: the same article again changes nothing,
	// and new articles naming the same people follow the corrections.
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	saveSaid(t, db, "https://a.example/1", "", day(1),
		said{"Dee Quill", "Dee Quill", "Call me Dee, everyone does.", quotes.Person})
	saveSaid(t, db, "https://b.example/2", "", day(2),
		said{"Dee Quill", "Dee Quill", "Dee again, after the merge.", quotes.Person},
		said{"Dana Quill", "the Quill twin", "The twin again, after the split.", quotes.Person},
		said{"Dana Quill", "Dana Quill", "Dana again, after the rename.", quotes.Person})
	tests := []struct{ text, slug string }{
		{"Dee again, after the merge.", "dana-q-quill"},
		{"The twin again, after the split.", "rhea-quill"},
		{"Dana again, after the rename.", "dana-q-quill"},
		{"Call me Dee, everyone does.", "dana-q-quill"},
	}
	for _, tt := range tests {
		if got := speakerOf(t, db, tt.text); got != tt.slug {
			t.Errorf("after re-ingest, %q is on %q, want %q", tt.text, got, tt.slug)
		}
	}
	dana, err := db.Speaker(ctx, "dana-q-quill")
	if err != nil {
		t.Fatal(err)
	}
	if dana.QuoteCount != 4 {
		t.Errorf("dana-q-quill has %d quotes, want 4", dana.QuoteCount)
	}
	var actions []string
	for _, e := range dana.History {
		actions = append(actions, e.Action)
	}
	if !slices.Equal(actions, []string{"merge", "split", "rename", "set-id"}) {
		t.Errorf("history = %v", actions)
	}
}

func TestCorrectionErrors(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	saveSaid(t, db, "https://a.example/1", "", day(1), said{"Dana Quill", "Dana Quill", "Hello there, harbour.", quotes.Person})
	empty := ""
	tests := []struct {
		name string
		err  error
		code string
	}{
		{"merge unknown", func() error { _, err := db.MergeSpeakers(ctx, "nobody", "dana-quill"); return err }(), quotes.ENOTFOUND},
		{"merge into itself", func() error { _, err := db.MergeSpeakers(ctx, "dana-quill", "dana-quill"); return err }(), quotes.EINVALID},
		{"split unknown mention", func() error {
			_, err := db.SplitSpeaker(ctx, "dana-quill", quotes.Split{Mention: "Zed"})
			return err
		}(), quotes.ENOTFOUND},
		{"split without mention", func() error { _, err := db.SplitSpeaker(ctx, "dana-quill", quotes.Split{}); return err }(), quotes.EINVALID},
		{"rename to nothing", func() error {
			_, err := db.UpdateSpeaker(ctx, "dana-quill", quotes.SpeakerUpdate{Name: &empty})
			return err
		}(), quotes.EINVALID},
		{"update nothing", func() error { _, err := db.UpdateSpeaker(ctx, "dana-quill", quotes.SpeakerUpdate{}); return err }(), quotes.EINVALID},
	}
	for _, tt := range tests {
		if quotes.ErrorCode(tt.err) != tt.code {
			t.Errorf("%s: err = %v, want %s", tt.name, tt.err, tt.code)
		}
	}
}

func TestAliasFile(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	saveSaid(t, db, "https://a.example/1", "", day(1),
		said{"Hana Rodham Quill", "Hana Rodham Quill", "First under the long name.", quotes.Person},
		said{"Quill", "Ms. Quill", "Then under the surname alone.", quotes.Person},
		said{"Rob Quill", "Rob Quill", "Another Quill, so the surname is ambiguous.", quotes.Person},
		said{"Quill", "Quill", "And the surname again.", quotes.Person})
	rules, err := quotes.ParseAliases(strings.NewReader("# people\nHana Quill | Hana Rodham Quill | Ms. Quill\n\n"), "aliases.txt")
	if err != nil {
		t.Fatal(err)
	}
	for range 2 { // applying the file twice changes nothing more
		if err := db.AddAliases(ctx, rules); err != nil {
			t.Fatal(err)
		}
	}
	for _, text := range []string{"First under the long name.", "Then under the surname alone.", "And the surname again."} {
		if got := speakerOf(t, db, text); got != "hana-quill" {
			t.Errorf("%q is on %q, want hana-quill", text, got)
		}
	}
	saveSaid(t, db, "https://a.example/2", "", day(2), said{"Quill", "Ms. Quill", "Later, the surname alone.", quotes.Person})
	if got := speakerOf(t, db, "Later, the surname alone."); got != "hana-quill" {
		t.Errorf("a later bare surname is on %q, want hana-quill", got)
	}
	if got := speakerOf(t, db, "Another Quill, so the surname is ambiguous."); got != "rob-quill" {
		t.Errorf("Rob Quill's quote moved to %q", got)
	}
	if _, err := quotes.ParseAliases(strings.NewReader("Hana Quill || Ms. Quill\n"), "bad.txt"); quotes.ErrorCode(err) != quotes.EINVALID ||
		!strings.Contains(err.Error(), "bad.txt:1") {
		t.Errorf("bad alias file: err = %v, want invalid naming bad.txt:1", err)
	}
}

func TestQuoteFilters(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	saveSaid(t, db, "https://daily.example/1", "daily", day(1),
		said{"Dana Quill", "Dana Quill", "The email server was never at risk.", quotes.Person},
		said{"the Harbour Board", "the Harbour Board", "Our server logs show nothing.", quotes.Organisation})
	saveSaid(t, db, "https://wire.example/2", "wire", day(9),
		said{"Ivo Orlov", "Ivo Orlov", "An email about the server arrived late.", quotes.Person})
	kind := quotes.Organisation
	direct := quotes.Direct
	tests := []struct {
		name string
		f    quotes.QuoteFilter
		want []string
	}{
		{"outlet", quotes.QuoteFilter{Outlet: ptr("wire")}, []string{"An email about the server arrived late."}},
		{"speaker kind", quotes.QuoteFilter{SpeakerKind: &kind}, []string{"Our server logs show nothing."}},
		{"since", quotes.QuoteFilter{Since: ptr(day(5))}, []string{"An email about the server arrived late."}},
		{"until", quotes.QuoteFilter{Until: ptr(day(5)), Query: ptr("email")}, []string{"The email server was never at risk."}},
		{"kind and speaker", quotes.QuoteFilter{Kind: &direct, SpeakerSlug: ptr("ivo-orlov")}, []string{"An email about the server arrived late."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quoteTexts(t, db, tt.f); !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	qs, _, err := db.Quotes(ctx, quotes.QuoteFilter{Query: ptr("email server")})
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 2 || qs[0].Text != "The email server was never at risk." ||
		qs[0].Snippet != "The <mark>email</mark> <mark>server</mark> was never at risk." {
		t.Errorf("search email server = %+v", qs)
	}
}

func TestSpeakerSearch(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	saveSaid(t, db, "https://a.example/1", "", day(1),
		said{"the Élysée", "the Élysée", "The palace denies it.", quotes.Organisation},
		said{"Dana Quill", "Sen. Quill", "The senator agrees.", quotes.Person})
	tests := []struct{ q, want string }{
		{"elysee", "elysee"}, {"ÉLYSÉE", "elysee"}, {"ely", "elysee"}, {"qui", "dana-quill"}, {"sen quill", "dana-quill"},
	}
	for _, tt := range tests {
		ss, _, err := db.Speakers(ctx, quotes.SpeakerFilter{Query: &tt.q})
		if err != nil || len(ss) != 1 || ss[0].Slug != tt.want {
			t.Errorf("speakers ?q=%s = %+v (err %v), want %s", tt.q, ss, err, tt.want)
		}
	}
}
