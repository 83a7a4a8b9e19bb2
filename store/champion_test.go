package store

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"saidwho/quotes"
)

func TestChampionTerm(t *testing.T) {
	tests := []struct{ query, want string }{
		{"tax", "tax"},
		{" Tax ", "tax"},
		{"2016", "2016"},
		{"tax*", ""},
		{"email server", ""},
		{`"tax"`, ""},
		{"text:tax", ""},
		{"élysée", ""},
		{"AND", ""},
		{"NEAR", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := championTerm(tt.query); got != tt.want {
			t.Errorf("championTerm(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
}

func TestSqliteVarint(t *testing.T) {
	tests := []struct {
		b    []byte
		want uint64
		n    int
	}{
		{[]byte{0x05, 0x01}, 5, 1},
		{[]byte{0x81, 0x00}, 128, 2},
		{[]byte{0xff, 0x7f}, 16383, 2},
		{[]byte{0x81, 0x80, 0x00}, 16384, 3},
		{[]byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0xff}, 0xff, 9},
		{[]byte{0x81}, 0, 0},
	}
	for _, tt := range tests {
		if got, n := sqliteVarint(tt.b); got != tt.want || n != tt.n {
			t.Errorf("sqliteVarint(% x) = %d, %d; want %d, %d", tt.b, got, n, tt.want, tt.n)
		}
	}
}

// openChampions generates a small corpus whose frequent words get lists
// of a few quotes each, so that searches leave the lists early.
func openChampions(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "champions.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.championSize, db.championMinDocs = 8, 100
	if err := db.Generate(context.Background(), Synthetic{Quotes: 2000, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	// Some beliefs, so that the default filter leaves champions out.
	if _, err := db.db.Exec(`UPDATE quotes SET act = 'belief' WHERE id % 5 = 0`); err != nil {
		t.Fatal(err)
	}
	return db
}

// championSearches are searches for frequent words, with and without
// filters, in small pages so that paging crosses the lists' edges.
func championSearches() map[string]quotes.QuoteFilter {
	out := map[string]quotes.QuoteFilter{}
	for _, word := range []string{"the", "Tax", "nuclear"} {
		for _, limit := range []int{1, 3, 20} {
			out[fmt.Sprintf("%s/%d", word, limit)] = quotes.QuoteFilter{Query: ptr(word), Page: quotes.Page{Limit: limit}}
			out[fmt.Sprintf("%s/%d/statements", word, limit)] = quotes.QuoteFilter{Query: ptr(word), Act: ptr(quotes.Statement),
				Page: quotes.Page{Limit: limit}}
		}
		out[word+"/direct"] = quotes.QuoteFilter{Query: ptr(word), Kind: ptr(quotes.Direct), Page: quotes.Page{Limit: 5}}
	}
	return out
}

// searchAll runs every search for its first 25 pages, well past the
// lists' edges; for each, the pages' ids.
func searchAll(t *testing.T, db *DB, searches map[string]quotes.QuoteFilter) map[string]string {
	t.Helper()
	out := map[string]string{}
	for name, f := range searches {
		var pages [][]int64
		for range 25 {
			qs, next, err := db.Quotes(context.Background(), f)
			if err != nil {
				t.Fatal(err)
			}
			var ids []int64
			for _, q := range qs {
				ids = append(ids, q.ID)
			}
			if pages = append(pages, ids); next == "" {
				break
			}
			f.Cursor = next
		}
		out[name] = fmt.Sprint(pages)
	}
	return out
}

// assertFullRanking checks that every search gives, page by page, what
// ranking every match gives, that is the same searches without lists.
func assertFullRanking(t *testing.T, db *DB, searches map[string]quotes.QuoteFilter) {
	t.Helper()
	got := searchAll(t, db, searches)
	exec(t, db, `DELETE FROM search_champion_terms`)
	want := searchAll(t, db, searches)
	for name := range want {
		if got[name] != want[name] {
			t.Errorf("search %s with champions:\n%s\nwant, ranking every match:\n%s", name, got[name], want[name])
		}
	}
}

// firstPageExact reports whether the first page of f comes from the
// champions alone.
func firstPageExact(t *testing.T, db *DB, f quotes.QuoteFilter) bool {
	t.Helper()
	ctx := context.Background()
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	champ, err := loadChampions(ctx, tx, *f.Query)
	if err != nil || champ == nil {
		t.Fatalf("no champions for %q: %v", *f.Query, err)
	}
	_, ranks, bound, err := listQuotes(ctx, tx, f, 0, cursor{}, false, champ)
	if err != nil {
		t.Fatal(err)
	}
	return champ.exact(ranks, bound, pageLimit(f.Page)+1)
}

func TestChampionsRankAsEveryMatch(t *testing.T) {
	db := openChampions(t)
	var terms int
	if err := db.db.QueryRow(`SELECT count(*) FROM search_champion_terms WHERE edges > 0`).Scan(&terms); err != nil || terms < 5 {
		t.Fatalf("%d words have lists cut short (%v), want the test's five at least", terms, err)
	}
	// The lists answer first pages, else this test tests nothing.
	for _, word := range []string{"the", "tax", "said"} {
		f := quotes.QuoteFilter{Query: ptr(word), Act: ptr(quotes.Statement), Page: quotes.Page{Limit: 3}}
		if !firstPageExact(t, db, f) {
			t.Errorf("first page of %q is not answered from its champions", word)
		}
	}
	assertFullRanking(t, db, championSearches())
}

// TestChampionsAfterChanges changes the store after the lists were made.
// Searches still rank as ranking every match does.
func TestChampionsAfterChanges(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name   string
		change func(t *testing.T, db *DB)
	}{
		{"new quotes that rank first", func(t *testing.T, db *DB) {
			text := `Jo Kell said: "Tax tax tax." Jo Kell said: "The tax the people." Jo Kell said: "Nuclear."`
			var qs []quotes.Quote
			for _, c := range []string{"Tax tax tax.", "The tax the people.", "Nuclear."} {
				qs = append(qs, quoteIn(t, text, c, "Jo Kell", "Jo Kell"))
			}
			if _, _, err := db.SaveArticle(ctx, &quotes.Article{Text: text}, qs); err != nil {
				t.Fatal(err)
			}
		}},
		// The speaker id is a token of the indexed row: without it a quote
		// is shorter and ranks better, here before the edges that keep theirs.
		{"speakers removed", func(t *testing.T, db *DB) {
			exec(t, db, `UPDATE quotes SET speaker_id = NULL WHERE id NOT IN (SELECT id FROM search_champions WHERE edge)`)
		}},
		// With it, longer: edges that rank worse must not loosen the bound.
		{"speakers added", func(t *testing.T, db *DB) {
			exec(t, db, `UPDATE quotes SET speaker_id = NULL`)
			if err := db.RefreshChampions(ctx); err != nil {
				t.Fatal(err)
			}
			exec(t, db, `UPDATE quotes SET speaker_id = 1 WHERE id IN (SELECT id FROM search_champions WHERE edge) OR id % 5 = 0`)
		}},
		// Each word's best edge is gone: the next one must not stand in.
		{"best edges deleted", func(t *testing.T, db *DB) {
			for _, word := range []string{"the", "tax", "nuclear"} {
				exec(t, db, `DELETE FROM quotes WHERE id = (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'text : ' || ?1
					AND rowid IN (SELECT id FROM search_champions WHERE term = ?1 AND edge)
					ORDER BY `+searchScore+` LIMIT 1)`, word)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			db := openChampions(t)
			tt.change(t, db)
			assertFullRanking(t, db, championSearches())
		})
	}
}

func exec(t *testing.T, db *DB, query string, args ...any) {
	t.Helper()
	if _, err := db.db.Exec(query, args...); err != nil {
		t.Fatal(err)
	}
}

// TestRefreshChampionsKeepsLaterChanges: a refresh forgets the changes it
// has seen and only those.
func TestRefreshChampionsKeepsLaterChanges(t *testing.T) {
	ctx := context.Background()
	db := openChampions(t)
	if _, err := db.db.Exec(`UPDATE quotes SET speaker_id = NULL WHERE id IN (1, 2)`); err != nil {
		t.Fatal(err)
	}
	c, err := db.buildChampions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.db.Exec(`UPDATE quotes SET speaker_id = NULL WHERE id = 3`); err != nil {
		t.Fatal(err)
	}
	if err := db.saveChampions(ctx, c); err != nil {
		t.Fatal(err)
	}
	var ids []int64
	rows, err := db.db.Query(`SELECT id FROM search_changes ORDER BY seq`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	if !slices.Equal(ids, []int64{3}) {
		t.Errorf("changes after the refresh = %v, want [3]", ids)
	}
	// An older build does not overwrite a newer one.
	old := &champions{seq: c.seq - 1, maxID: c.maxID, terms: map[string][]champion{"zzz": {{id: 1}}}}
	if err := db.saveChampions(ctx, old); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.db.QueryRow(`SELECT count(*) FROM search_champion_terms WHERE term = 'zzz'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("an older refresh replaced the lists (%d, %v)", n, err)
	}
}

// TestChampionsEdgeRanksWorse builds the case where an edge that got
// longer would loosen the bound: "river" has the groups tf=1 (A, B, C;
// B and C as long, so B is the edge and C left out) and tf=2 (E1, E2).
// B then gets a speaker, a token more, and ranks after E1 and E2, while
// C still ranks before them: a bound taken from B would let the page
// A, E1 (E2 next) pass, which misses C.
func TestChampionsEdgeRanksWorse(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	db.championSize, db.championMinDocs = 2, 5
	contents := []string{"River one.", "River one two three.", "River one four.",
		"River river a b c d e f g h.", "River river a b c d e f g h i."}
	for i := range 10 {
		contents = append(contents, fmt.Sprintf("Calm sea day %d again.", i))
	}
	var text strings.Builder
	for _, c := range contents {
		text.WriteString(`Jo Kell said: "` + c + `" `)
	}
	var qs []quotes.Quote
	for i, c := range contents {
		speaker := "Jo Kell"
		if i == 1 { // B, without a speaker for now
			speaker = ""
		}
		qs = append(qs, quoteIn(t, text.String(), c, speaker, speaker))
	}
	if _, _, err := db.SaveArticle(ctx, &quotes.Article{Text: text.String()}, qs); err != nil {
		t.Fatal(err)
	}
	if err := db.RefreshChampions(ctx); err != nil {
		t.Fatal(err)
	}
	var edge string
	if err := db.db.QueryRow(`SELECT q.text FROM search_champions c JOIN quotes q ON q.id = c.id
		WHERE c.term = 'river' AND c.edge AND q.speaker_id IS NULL`).Scan(&edge); err != nil || edge != contents[1] {
		t.Fatalf("edge of river = %q (%v), want B %q without a speaker", edge, err, contents[1])
	}
	exec(t, db, `UPDATE quotes SET speaker_id = (SELECT id FROM speakers LIMIT 1) WHERE speaker_id IS NULL`)
	assertFullRanking(t, db, map[string]quotes.QuoteFilter{
		"river/1": {Query: ptr("river"), Page: quotes.Page{Limit: 1}},
		"river/2": {Query: ptr("river"), Page: quotes.Page{Limit: 2}},
	})
}

func TestRefreshStaleChampions(t *testing.T) {
	ctx := context.Background()
	db := openChampions(t) // 2,000 quotes, lists just made
	steps := []struct {
		name string
		stmt string
		want bool
	}{
		{"fresh", ``, false},
		{"under 1% changed", `UPDATE quotes SET speaker_id = NULL WHERE id <= 19`, false},
		{"1% changed", `UPDATE quotes SET speaker_id = NULL WHERE id = 20`, true},
		{"refreshed", ``, false},
	}
	for _, s := range steps {
		if s.stmt != "" {
			exec(t, db, s.stmt)
		}
		got, err := db.RefreshStaleChampions(ctx)
		if err != nil || got != s.want {
			t.Errorf("%s: RefreshStaleChampions = %v, %v; want %v", s.name, got, err, s.want)
		}
	}
}
