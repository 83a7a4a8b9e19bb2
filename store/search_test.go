package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"saidwho/quotes"
)

// saveRivers stores n quotes by each of two speakers, every one mentioning
// "river" a different number of times, so that search ranks them apart.
func saveRivers(t *testing.T, db *DB, n int) {
	t.Helper()
	var b strings.Builder
	var qs []quotes.Quote
	for i := range n {
		for _, name := range []string{"Jane Roe", "Tomas Vale"} {
			content := fmt.Sprintf("%s on the bridge%s%s.", name, strings.Repeat(" river", 1+i%5), strings.Repeat(" again", i))
			b.WriteString(name + ` said: "` + content + `" `)
			qs = append(qs, quoteIn(t, b.String(), content, name, name))
		}
	}
	if _, _, err := db.SaveArticle(context.Background(), &quotes.Article{Text: b.String()}, qs); err != nil {
		t.Fatal(err)
	}
}

// searchIDs pages through a search and returns the quote ids in order,
// failing on an id seen twice or a quote of another speaker.
func searchIDs(t *testing.T, db *DB, f quotes.QuoteFilter, speaker string) []int64 {
	t.Helper()
	ids, _ := collect(t, func(c string) ([]int64, string, error) {
		f.Cursor = c
		qs, next, err := db.Quotes(context.Background(), f)
		var ids []int64
		for _, q := range qs {
			if speaker != "" && q.SpeakerSlug != speaker {
				t.Errorf("quote %d %q is by %q, want only %q", q.ID, q.Text, q.SpeakerSlug, speaker)
			}
			ids = append(ids, q.ID)
		}
		return ids, next, err
	})
	return ids
}

func TestQuotesSearchBySpeaker(t *testing.T) {
	db := openTest(t)
	saveRivers(t, db, 12)
	all := searchIDs(t, db, quotes.QuoteFilter{Query: ptr("river")}, "")
	if len(all) != 24 {
		t.Fatalf("search river found %d quotes, want 24", len(all))
	}
	// The speaker's quotes, in the order of the unfiltered search.
	var want []int64
	for _, id := range all {
		if findQuoteByID(t, db, id).SpeakerSlug == "jane-roe" {
			want = append(want, id)
		}
	}
	got := searchIDs(t, db, quotes.QuoteFilter{Query: ptr("river"), SpeakerSlug: ptr("jane-roe"), Page: quotes.Page{Limit: 5}}, "jane-roe")
	if !slices.Equal(got, want) {
		t.Errorf("speaker search = %v, want %v (best first, as in the unfiltered search)", got, want)
	}
	// Speaker ids are in the index too, but words never match them.
	for _, q := range []string{"1", "2", "speaker_id:1"} {
		if ids := searchIDs(t, db, quotes.QuoteFilter{Query: ptr(q)}, ""); len(ids) != 0 {
			t.Errorf("search %q = %v, want nothing", q, ids)
		}
	}
	if ids := searchIDs(t, db, quotes.QuoteFilter{Query: ptr("river"), SpeakerSlug: ptr("nobody")}, ""); len(ids) != 0 {
		t.Errorf("search by unknown speaker = %v, want nothing", ids)
	}
}

func TestQuotesSearchBySpeakerFollowsMerges(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	saveRivers(t, db, 3)
	if _, err := db.MergeSpeakers(ctx, "tomas-vale", "jane-roe"); err != nil {
		t.Fatal(err)
	}
	for _, slug := range []string{"jane-roe", "tomas-vale"} { // the old slug names the merged speaker
		if ids := searchIDs(t, db, quotes.QuoteFilter{Query: ptr("river"), SpeakerSlug: &slug}, "jane-roe"); len(ids) != 6 {
			t.Errorf("search river by %s after the merge = %v, want all 6 quotes", slug, ids)
		}
	}
}

// TestSpeakerIndexBackfill opens a database made before the speaker was
// in the full-text index: the migration indexes the quotes stored so far.
func TestSpeakerIndexBackfill(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	sqlDB, err := sql.Open("sqlite3", path+"?_foreign_keys=on")
	if err != nil {
		t.Fatal(err)
	}
	old := &DB{db: sqlDB, Now: func() time.Time { return fixedNow }}
	if _, err := sqlDB.Exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	// 0004 too, only because today's insert writes the act column it adds
	for _, name := range []string{"migrations/0001_init.sql", "migrations/0002_corpus.sql", "migrations/0004_act.sql"} {
		if err := old.migrateOne(ctx, name); err != nil {
			t.Fatal(err)
		}
	}
	saveRivers(t, old, 3)
	old.Close()

	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if ids := searchIDs(t, db, quotes.QuoteFilter{Query: ptr("river"), SpeakerSlug: ptr("tomas-vale")}, "tomas-vale"); len(ids) != 3 {
		t.Errorf("search river by tomas-vale = %v, want his 3 quotes", ids)
	}
	if ids := searchIDs(t, db, quotes.QuoteFilter{Query: ptr("bridge")}, ""); len(ids) != 6 {
		t.Errorf("search bridge = %v, want all 6 quotes", ids)
	}
}

func findQuoteByID(t *testing.T, db *DB, id int64) *quotes.Quote {
	t.Helper()
	q, err := db.Quote(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return q
}
