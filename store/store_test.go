package store

import (
	"context"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"saidwho/quotes"
)

var fixedNow = time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)

// quoteTexts lists the texts of the quotes db.Quotes gives for f.
func quoteTexts(t *testing.T, db *DB, f quotes.QuoteFilter) []string {
	t.Helper()
	qs, _, err := db.Quotes(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, q := range qs {
		texts = append(texts, q.Text)
	}
	return texts
}

// openTest opens a fresh database file with a fixed clock.
func openTest(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return fixedNow }
	t.Cleanup(func() { db.Close() })
	return db
}

// quoteIn builds a direct quote of content as it occurs in text, spoken by
// speaker and named there as mention.
func quoteIn(t *testing.T, text, content, speaker, mention string) quotes.Quote {
	t.Helper()
	i := strings.Index(text, content)
	if i < 0 {
		t.Fatalf("%q is not in the text", content)
	}
	start := utf8.RuneCountInString(text[:i])
	q := quotes.Quote{Text: content, Start: start, End: start + utf8.RuneCountInString(content), Kind: quotes.Direct,
		Speaker: speaker, SpeakerKind: quotes.Person, Mention: mention, Cue: "said", Confidence: 0.9}
	if speaker == "" {
		q.SpeakerKind = ""
	}
	return q
}

const bridgeText = `Jane Roe said: "We will build the bridge." Tomas Vale, the mayor, replied: "The Élysée will not pay for it." Roe added: "Bridges unite people."`

// saveBridge stores the bridge article with three quotes, two by Jane Roe.
func saveBridge(t *testing.T, db *DB) *quotes.Article {
	t.Helper()
	qs := []quotes.Quote{
		quoteIn(t, bridgeText, "We will build the bridge.", "Jane Roe", "Jane Roe"),
		quoteIn(t, bridgeText, "The Élysée will not pay for it.", "Tomas Vale", "Tomas Vale"),
		quoteIn(t, bridgeText, "Bridges unite people.", "Jane Roe", "Roe"),
	}
	qs[1].Role = "mayor"
	qs[1].Kind, qs[1].Parts = quotes.Mixed, []quotes.Span{{Start: qs[1].Start, End: qs[1].End}}
	a := &quotes.Article{URL: "https://example.org/bridge", Title: "Bridge row", Text: bridgeText,
		PublishedAt: time.Date(2024, 4, 30, 8, 0, 0, 0, time.UTC)}
	stored, created, err := db.SaveArticle(context.Background(), a, qs)
	if err != nil || !created {
		t.Fatalf("SaveArticle = %v, %v; want created", created, err)
	}
	return stored
}

func ptr[T any](v T) *T { return &v }

func TestOpenConfiguresAndMigratesOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	for range 2 {
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		var n int
		if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		files, _ := fs.Glob(migrations, "migrations/*.sql")
		if n != len(files) {
			t.Errorf("schema_migrations has %d rows, want one per migration file (%d)", n, len(files))
		}
		var mode string
		var fk, cache int
		db.db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode)
		db.db.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk)
		db.db.QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&cache)
		if mode != "wal" || fk != 1 || cache != -16384 {
			t.Errorf("journal_mode=%q foreign_keys=%d cache_size=%d, want wal, 1 and -16384", mode, fk, cache)
		}
		db.Close()
	}
}

func TestSaveArticleIsIdempotent(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	first := saveBridge(t, db)
	if first.ID == 0 || !first.CreatedAt.Equal(fixedNow) || first.Title != "Bridge row" {
		t.Errorf("stored article = %+v", first)
	}

	tests := []struct {
		name    string
		article quotes.Article
		created bool
	}{
		{"same URL, same text", quotes.Article{URL: "https://example.org/bridge", Text: bridgeText}, false},
		{"same URL, edited text", quotes.Article{URL: "https://example.org/bridge", Text: "changed"}, false},
		{"no URL, new text", quotes.Article{Text: "Tomas Vale said nothing."}, true},
		{"no URL, same text again", quotes.Article{Text: "Tomas Vale said nothing."}, false},
		{"new URL, same text", quotes.Article{URL: "https://example.org/copy", Text: bridgeText}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := quoteIn(t, bridgeText, "We will build the bridge.", "Jane Roe", "Jane Roe")
			stored, created, err := db.SaveArticle(ctx, &tt.article, []quotes.Quote{q})
			if err != nil {
				t.Fatal(err)
			}
			if created != tt.created {
				t.Errorf("created = %v, want %v", created, tt.created)
			}
			if !created && stored.Text == "changed" {
				t.Errorf("an existing article was overwritten")
			}
		})
	}
	qs, _, err := db.Quotes(ctx, quotes.QuoteFilter{ArticleID: &first.ID})
	if err != nil || len(qs) != 3 {
		t.Errorf("first article has %d quotes (err %v), want the original 3", len(qs), err)
	}
	// The newly created articles report a quote already stored: it stays
	// one quote, seen three times.
	roe, err := db.Speaker(ctx, "jane-roe")
	if err != nil || roe.QuoteCount != 2 {
		t.Errorf("jane-roe has %+v (err %v), want still 2 quotes", roe, err)
	}
	q, err := db.Quote(ctx, qs[0].ID)
	if err != nil || len(q.Sightings) != 3 || q.SightingCount != 3 {
		t.Errorf("quote %q has %d sightings (err %v), want 3", qs[0].Text, len(q.Sightings), err)
	}
}

// Concurrent writers (parallel ingests, API posts) wait for each other
// rather than failing with "database is locked".
func TestConcurrentSaves(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	const n = 16
	errs := make(chan error, n)
	for i := range n {
		text := fmt.Sprintf(`Jane Roe said: "Bridge number %d."`, i)
		q := quoteIn(t, text, fmt.Sprintf("Bridge number %d.", i), "Jane Roe", "Jane Roe")
		go func() {
			_, _, err := db.SaveArticle(ctx, &quotes.Article{Text: text}, []quotes.Quote{q})
			errs <- err
		}()
	}
	for range n {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	roe, err := db.Speaker(ctx, "jane-roe")
	if err != nil || roe.QuoteCount != n {
		t.Errorf("jane-roe = %+v (err %v), want %d quotes", roe, err, n)
	}
}

func TestSaveArticleRejects(t *testing.T) {
	db := openTest(t)
	tests := []struct {
		name string
		a    *quotes.Article
		qs   []quotes.Quote
	}{
		{"nil article", nil, nil},
		{"blank text", &quotes.Article{Text: " \n "}, nil},
		{"unknown kind", &quotes.Article{Text: "x"}, []quotes.Quote{{Kind: "rumour", Start: 0, End: 1}}},
		{"reversed offsets", &quotes.Article{Text: "x"}, []quotes.Quote{{Kind: quotes.Direct, Start: 3, End: 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := db.SaveArticle(context.Background(), tt.a, tt.qs)
			if quotes.ErrorCode(err) != quotes.EINVALID {
				t.Errorf("err = %v, want invalid", err)
			}
		})
	}
}

func TestQuoteRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	a := saveBridge(t, db)
	qs, _, err := db.Quotes(ctx, quotes.QuoteFilter{ArticleID: &a.ID})
	if err != nil {
		t.Fatal(err)
	}
	got, err := db.Quote(ctx, qs[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	want := quoteIn(t, bridgeText, "The Élysée will not pay for it.", "Tomas Vale", "Tomas Vale")
	want.Role, want.Kind, want.Parts = "mayor", quotes.Mixed, []quotes.Span{{Start: want.Start, End: want.End}}
	want.Act = quotes.Statement // stored for a quote that gave none
	want.ID, want.ArticleID = qs[1].ID, a.ID
	want.SpeakerSlug, want.ArticleTitle, want.ArticleURL = "tomas-vale", "Bridge row", "https://example.org/bridge"
	want.Outlet, want.FirstSeen, want.SightingCount = "example.org", a.PublishedAt, 1
	want.Sightings = []quotes.Sighting{{ArticleID: a.ID, ArticleURL: a.URL, ArticleTitle: a.Title, Outlet: "example.org",
		Date: a.PublishedAt, Start: want.Start, End: want.End, Mention: "Tomas Vale", SpeakerSlug: "tomas-vale"}}
	if fmt.Sprintf("%+v", *got) != fmt.Sprintf("%+v", want) {
		t.Errorf("Quote =\n %+v\nwant\n %+v", *got, want)
	}
	if _, err := db.Quote(ctx, 9999); quotes.ErrorCode(err) != quotes.ENOTFOUND {
		t.Errorf("missing quote: err = %v, want not_found", err)
	}
}

func TestQuoteWithoutSpeakerHasNoSpeakerRow(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	text := `"Nobody knows," read the sign.`
	_, _, err := db.SaveArticle(ctx, &quotes.Article{Text: text}, []quotes.Quote{quoteIn(t, text, "Nobody knows,", "", "")})
	if err != nil {
		t.Fatal(err)
	}
	ss, _, err := db.Speakers(ctx, quotes.SpeakerFilter{})
	if err != nil || len(ss) != 0 {
		t.Errorf("speakers = %+v (err %v), want none", ss, err)
	}
	qs, _, err := db.Quotes(ctx, quotes.QuoteFilter{})
	if err != nil || len(qs) != 1 || qs[0].SpeakerSlug != "" {
		t.Errorf("quotes = %+v (err %v), want one without speaker", qs, err)
	}
}

func TestSlugify(t *testing.T) {
	tests := map[string]string{
		"Vladimir Putin":        "vladimir-putin",
		"Élysée":                "elysee",
		"  Jean-Luc  O'Neill ":  "jean-luc-o-neill",
		"Søren Kierkegaard":     "soren-kierkegaard",
		"Straße der Einheit":    "strasse-der-einheit",
		"the Kremlin (Moscow)!": "the-kremlin-moscow",
		"--":                    "",
	}
	for in, want := range tests {
		if got := Slugify(in); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSpeakers(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	saveBridge(t, db)
	text := `Zoë Ålund said: "Ja." Tomas Vale said: "Again."`
	_, _, err := db.SaveArticle(ctx, &quotes.Article{Text: text}, []quotes.Quote{
		quoteIn(t, text, "Ja.", "Zoë Ålund", "Zoë Ålund"),
		quoteIn(t, text, "Again.", "Tomas Vale", "the mayor"),
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query string
		want  []string // slug:count, in order
	}{
		{"", []string{"jane-roe:2", "tomas-vale:2", "zoe-alund:1"}},
		{"ROE", []string{"jane-roe:2"}},
		{"zoe al", []string{"zoe-alund:1"}},
		{"ÅLUND", []string{"zoe-alund:1"}},
		{"mayor", []string{"tomas-vale:2"}}, // matches the mention "the mayor"
		{"nobody", nil},
		{"%", nil}, // a LIKE wildcard is matched literally
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			ss, next, err := db.Speakers(ctx, quotes.SpeakerFilter{Query: &tt.query})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range ss {
				got = append(got, fmt.Sprintf("%s:%d", s.Slug, s.QuoteCount))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) || next != "" {
				t.Errorf("got %v next %q, want %v and no next page", got, next, tt.want)
			}
		})
	}
}

func TestSpeakerDetails(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	saveBridge(t, db)
	roe, err := db.Speaker(ctx, "jane-roe")
	if err != nil {
		t.Fatal(err)
	}
	if roe.Name != "Jane Roe" || roe.Kind != quotes.Person || roe.QuoteCount != 2 {
		t.Errorf("speaker = %+v", roe)
	}
	var aliases []string
	for _, a := range roe.Aliases {
		aliases = append(aliases, fmt.Sprintf("%s:%d:%s", a.Mention, a.Count, a.FirstSeen.Format(time.DateOnly)))
	}
	if fmt.Sprint(aliases) != "[Jane Roe:1:2024-04-30 Roe:1:2024-04-30]" {
		t.Errorf("aliases = %v", roe.Aliases)
	}
	vale, err := db.Speaker(ctx, "tomas-vale")
	if err != nil || len(vale.Roles) != 1 || vale.Roles[0].Role != "mayor" || vale.Roles[0].Count != 1 {
		t.Errorf("tomas-vale = %+v (err %v), want role mayor", vale, err)
	}
	if _, err := db.Speaker(ctx, "nobody"); quotes.ErrorCode(err) != quotes.ENOTFOUND {
		t.Errorf("missing speaker: err = %v, want not_found", err)
	}
}

func TestSpeakerListsShowTopAliases(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	var b strings.Builder
	var qs []quotes.Quote
	for i := range 15 {
		mention := fmt.Sprintf("Jane Roe the %dth", i)
		b.WriteString(mention + ` said: "Yes." `)
		q := quoteIn(t, b.String(), "Yes.", "Jane Roe", mention)
		q.Start, q.End = utf8.RuneCountInString(b.String())-6, utf8.RuneCountInString(b.String())-2
		qs = append(qs, q)
	}
	if _, _, err := db.SaveArticle(ctx, &quotes.Article{Text: b.String()}, qs); err != nil {
		t.Fatal(err)
	}
	ss, _, err := db.Speakers(ctx, quotes.SpeakerFilter{})
	if err != nil || len(ss) != 1 || len(ss[0].Aliases) != listAliases {
		t.Errorf("list: %+v (err %v), want one speaker with %d aliases", ss, err, listAliases)
	}
	roe, err := db.Speaker(ctx, "jane-roe")
	if err != nil || len(roe.Aliases) != 15 {
		t.Errorf("detail: %d aliases (err %v), want all 15", len(roe.Aliases), err)
	}
}

// saveMany stores n quotes in one article, every one mentioning "bridge"
// once and "river" i times, so that search ranks them differently.
func saveMany(t *testing.T, db *DB, n int) {
	t.Helper()
	var b strings.Builder
	var qs []quotes.Quote
	for i := range n {
		content := fmt.Sprintf("Quote %d about the bridge%s.", i, strings.Repeat(" river", i%7))
		b.WriteString(`Jane Roe said: "` + content + `" `)
		qs = append(qs, quoteIn(t, b.String(), content, "Jane Roe", "Jane Roe"))
	}
	if _, _, err := db.SaveArticle(context.Background(), &quotes.Article{Text: b.String()}, qs); err != nil {
		t.Fatal(err)
	}
}

// collect pages through a list until next is "", failing on a repeated id.
func collect(t *testing.T, page func(cursor string) ([]int64, string, error)) (ids []int64, pages []int) {
	t.Helper()
	seen := map[int64]bool{}
	cursor := ""
	for {
		got, next, err := page(cursor)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range got {
			if seen[id] {
				t.Fatalf("id %d on two pages", id)
			}
			seen[id] = true
		}
		ids, pages = append(ids, got...), append(pages, len(got))
		if next == "" {
			return ids, pages
		}
		cursor = next
	}
}

func TestQuotesPaging(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	saveMany(t, db, 45)
	tests := []struct {
		name   string
		filter quotes.QuoteFilter
		pages  string
	}{
		{"default limit is 20", quotes.QuoteFilter{}, "[20 20 5]"},
		{"explicit limit", quotes.QuoteFilter{Page: quotes.Page{Limit: 30}}, "[30 15]"},
		{"limit capped at 100", quotes.QuoteFilter{Page: quotes.Page{Limit: 1000}}, "[45]"},
		{"search pages too", quotes.QuoteFilter{Query: ptr("bridge"), Page: quotes.Page{Limit: 10}}, "[10 10 10 10 5]"},
		{"speaker filter", quotes.QuoteFilter{SpeakerSlug: ptr("jane-roe")}, "[20 20 5]"},
		{"unknown speaker", quotes.QuoteFilter{SpeakerSlug: ptr("nobody")}, "[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, pages := collect(t, func(c string) ([]int64, string, error) {
				f := tt.filter
				f.Cursor = c
				qs, next, err := db.Quotes(ctx, f)
				ids := make([]int64, len(qs))
				for i, q := range qs {
					ids[i] = q.ID
				}
				return ids, next, err
			})
			if fmt.Sprint(pages) != tt.pages {
				t.Errorf("page sizes = %v, want %s", pages, tt.pages)
			}
		})
	}
}

func TestSpeakersPaging(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	var qs []quotes.Quote
	var b strings.Builder
	for i := range 25 {
		name := fmt.Sprintf("Speaker Number%02d", i)
		b.WriteString(name + ` said: "Hello." `)
		q := quoteIn(t, b.String(), "Hello.", name, name)
		q.Start, q.End = b.Len()-8, b.Len()-2
		qs = append(qs, q)
	}
	if _, _, err := db.SaveArticle(ctx, &quotes.Article{Text: b.String()}, qs); err != nil {
		t.Fatal(err)
	}
	ids, pages := collect(t, func(c string) ([]int64, string, error) {
		ss, next, err := db.Speakers(ctx, quotes.SpeakerFilter{Page: quotes.Page{Limit: 10, Cursor: c}})
		ids := make([]int64, len(ss))
		for i, s := range ss {
			ids[i] = s.ID
		}
		return ids, next, err
	})
	if len(ids) != 25 || fmt.Sprint(pages) != "[10 10 5]" {
		t.Errorf("got %d speakers in pages %v, want 25 in [10 10 5]", len(ids), pages)
	}
}

func TestQuotesSearch(t *testing.T) {
	db := openTest(t)
	saveBridge(t, db)
	tests := []struct {
		query string
		want  []string // quote texts, best first
	}{
		{"bridge", []string{"We will build the bridge."}},
		{"bridge*", []string{"Bridges unite people.", "We will build the bridge."}}, // shorter quote ranks first
		{"elysee", []string{"The Élysée will not pay for it."}},
		{"PAY", []string{"The Élysée will not pay for it."}},
		{"moon", nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if got := quoteTexts(t, db, quotes.QuoteFilter{Query: &tt.query}); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestQuotesSearchRanksBetterMatchesFirst(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	saveMany(t, db, 14)
	qs, _, err := db.Quotes(ctx, quotes.QuoteFilter{Query: ptr("river")})
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 12 {
		t.Fatalf("got %d matches, want the 12 quotes that mention river", len(qs))
	}
	if strings.Count(qs[0].Text, "river") <= strings.Count(qs[len(qs)-1].Text, "river") {
		t.Errorf("first %q ranks above last %q", qs[0].Text, qs[len(qs)-1].Text)
	}
}

func TestQuotesBadInputIsInvalid(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	saveBridge(t, db)
	tests := []struct {
		name   string
		filter quotes.QuoteFilter
	}{
		{"unclosed string", quotes.QuoteFilter{Query: ptr(`"bridge`)}},
		{"dangling operator", quotes.QuoteFilter{Query: ptr(`bridge AND`)}},
		{"unknown column", quotes.QuoteFilter{Query: ptr(`nope:bridge`)}},
		{"stray punctuation", quotes.QuoteFilter{Query: ptr(`bridge)`)}},
		{"garbage cursor", quotes.QuoteFilter{Page: quotes.Page{Cursor: "!!!"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := db.Quotes(ctx, tt.filter)
			if quotes.ErrorCode(err) != quotes.EINVALID {
				t.Errorf("err = %v, want invalid", err)
			}
		})
	}
}

func TestArticleByID(t *testing.T) {
	db := openTest(t)
	saved := saveBridge(t, db)
	got, err := db.Article(context.Background(), saved.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != saved.ID || got.Text != saved.Text || got.URL != saved.URL || !got.PublishedAt.Equal(saved.PublishedAt) {
		t.Errorf("Article(%d) = %+v, want %+v", saved.ID, got, saved)
	}
	if _, err := db.Article(context.Background(), saved.ID+100); quotes.ErrorCode(err) != quotes.ENOTFOUND {
		t.Errorf("unknown article: err = %v, want not found", err)
	}
}

var _ quotes.ArticleReader = (*DB)(nil)
