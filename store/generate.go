package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// Synthetic describes a made-up corpus for benchmarks and load tests.
type Synthetic struct {
	Quotes   int    // how many quotes (one sighting each)
	Speakers int    // 0: one per 100 quotes
	Articles int    // 0: one per 10 quotes
	Seed     uint64 // the same seed gives the same corpus
}

// commonWords head the vocabulary, so that searches for real words find
// a realistic share of quotes; invented words make up the long tail.
var commonWords = strings.Fields(`the to and of a in that is we will not it for be this have are on they with
	people country said think going want know about our what would there very all can them but been more
	new said time tax jobs plan health care economy president campaign vote voters election state states
	government money women men America American world security trade deal wall immigration police law
	email server emails investigation foreign policy war military nuclear iran russia china israel debt
	budget congress senate house court justice climate energy oil workers wages families children school
	education college students veterans border crime guns rights freedom speech media press news fake`)

// syllables make invented words and names.
var syllables = strings.Fields(`ka lo mi ra ten vo sul dre an bel cor dan el fin gar hol is jun kel lor mar
	nor ov pel quin ros sta tor ul ven wil xan yor zel`)

// Generate fills an empty database with a synthetic corpus in one
// transaction, with prepared statements, and rebuilds the full-text
// indexes and the champion lists once at the end. It is for benchmarks: the names and quotes are
// invented.
func (db *DB) Generate(ctx context.Context, s Synthetic) error {
	if s.Quotes <= 0 {
		return fmt.Errorf("generate: want a positive number of quotes")
	}
	if s.Speakers <= 0 {
		s.Speakers = max(1, s.Quotes/100)
	}
	if s.Articles <= 0 {
		s.Articles = max(1, s.Quotes/10)
	}
	rng := rand.New(rand.NewPCG(s.Seed, s.Seed^0x9e3779b97f4a7c15))
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	defer tx.Rollback()
	// The triggers would index row by row; one rebuild at the end is faster.
	for _, stmt := range []string{`DROP TRIGGER quotes_fts_insert`, `DROP TRIGGER quotes_fts_delete`, `DROP TRIGGER quotes_fts_update`} {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("generate: %w", err)
		}
	}
	if err := db.generateSpeakers(ctx, tx, rng, s.Speakers); err != nil {
		return err
	}
	if err := db.generateArticles(ctx, tx, s.Articles); err != nil {
		return err
	}
	if err := db.generateQuotes(ctx, tx, rng, s); err != nil {
		return err
	}
	for _, stmt := range []string{
		`INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')`,
		`UPDATE speakers SET quote_count = (SELECT count(*) FROM quotes q WHERE q.speaker_id = speakers.id)`,
		`INSERT INTO speakers_fts (rowid, names) SELECT s.id, s.name || ' | ' ||
			COALESCE((SELECT group_concat(mention, ' | ') FROM speaker_aliases al WHERE al.speaker_id = s.id), '') FROM speakers s`,
		`CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
			INSERT INTO quotes_fts(rowid, text, speaker_id) VALUES (new.id, new.text, new.speaker_id);
		END`,
		`CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
			INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_id) VALUES ('delete', old.id, old.text, old.speaker_id);
		END`,
		`CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker_id ON quotes BEGIN
			INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_id) VALUES ('delete', old.id, old.text, old.speaker_id);
			INSERT INTO quotes_fts(rowid, text, speaker_id) VALUES (new.id, new.text, new.speaker_id);
		END`,
	} {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("generate: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	// As after any large ingest.
	if err := db.RefreshChampions(ctx); err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	// Statistics for the planner, and the WAL folded back into the file.
	for _, stmt := range []string{`ANALYZE`, `PRAGMA wal_checkpoint(TRUNCATE)`} {
		if _, err := db.db.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("generate: %w", err)
		}
	}
	return nil
}

// word is an invented word of n syllables.
func inventWord(rng *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(syllables[rng.IntN(len(syllables))])
	}
	return b.String()
}

func capital(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func (db *DB) generateSpeakers(ctx context.Context, tx *sql.Tx, rng *rand.Rand, n int) error {
	ins, err := tx.PrepareContext(ctx, `INSERT INTO speakers (id, slug, name, name_fold, kind, status, surname, given, created_at)
		VALUES (?, ?, ?, ?, 'person', 'resolved', ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("generate speakers: %w", err)
	}
	defer ins.Close()
	alias, err := tx.PrepareContext(ctx, `INSERT INTO speaker_aliases (speaker_id, mention, mention_fold, count, first_seen, last_seen)
		VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("generate speakers: %w", err)
	}
	defer alias.Close()
	key, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO speaker_keys (key, speaker_id, source) VALUES (?, ?, 'ingest')`)
	if err != nil {
		return fmt.Errorf("generate speakers: %w", err)
	}
	defer key.Close()
	now := db.now()
	for id := 1; id <= n; id++ {
		given, surname := capital(inventWord(rng, 2)), capital(inventWord(rng, 2+rng.IntN(2)))
		name := fmt.Sprintf("%s %s", given, surname)
		slug := fmt.Sprintf("%s-%d", Slugify(name), id) // invented names may repeat
		if _, err := ins.ExecContext(ctx, id, slug, name, fold(name), fold(surname), fold(given), now); err != nil {
			return fmt.Errorf("generate speakers: %w", err)
		}
		if _, err := key.ExecContext(ctx, "p:"+fold(name), id); err != nil {
			return fmt.Errorf("generate speakers: %w", err)
		}
		for i, m := range []string{name, surname, "Mr. " + surname, "he"} {
			if _, err := alias.ExecContext(ctx, id, m, fold(m), 10-i, "2015-01-01T00:00:00Z", "2016-12-31T00:00:00Z"); err != nil {
				return fmt.Errorf("generate speakers: %w", err)
			}
		}
	}
	return nil
}

// outlets of the synthetic corpus.
var outlets = []string{"daily", "wire", "herald", "courier", "gazette", "post", "tribune"}

func (db *DB) generateArticles(ctx context.Context, tx *sql.Tx, n int) error {
	ins, err := tx.PrepareContext(ctx, `INSERT INTO articles (id, dedup_key, url, title, outlet, published_at, text, text_sha256, created_at)
		VALUES (?, ?, ?, ?, ?, ?, '', '', ?)`)
	if err != nil {
		return fmt.Errorf("generate articles: %w", err)
	}
	defer ins.Close()
	start := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	now := db.now()
	for id := 1; id <= n; id++ {
		u := fmt.Sprintf("https://%s.example/a/%d", outlets[id%len(outlets)], id)
		published := formatTime(start.Add(time.Duration(id) * 2 * time.Minute))
		if _, err := ins.ExecContext(ctx, id, "url:"+u, u, fmt.Sprintf("Article %d", id), outlets[id%len(outlets)], published, now); err != nil {
			return fmt.Errorf("generate articles: %w", err)
		}
	}
	return nil
}

func (db *DB) generateQuotes(ctx context.Context, tx *sql.Tx, rng *rand.Rand, s Synthetic) error {
	vocab := append([]string(nil), commonWords...)
	for len(vocab) < 20000 {
		vocab = append(vocab, inventWord(rng, 2+rng.IntN(2)))
	}
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(vocab)-1))
	ins, err := tx.PrepareContext(ctx, `INSERT INTO quotes (id, article_id, speaker_id, text, start_pos, end_pos, kind,
		speaker, speaker_kind, mention, cue, confidence, created_at, text_hash, head_hash, first_seen)
		VALUES (?, ?, ?, ?, 0, ?, ?, ?, 'person', ?, 'said', 0.9, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("generate quotes: %w", err)
	}
	defer ins.Close()
	sight, err := tx.PrepareContext(ctx, `INSERT INTO sightings (quote_id, article_id, speaker_id, start_pos, end_pos,
		speaker, mention, mention_fold, outlet, seen_at, created_at) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("generate quotes: %w", err)
	}
	defer sight.Close()
	kinds := []string{"direct", "direct", "mixed", "indirect"}
	start := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	now := db.now()
	var b strings.Builder
	for id := 1; id <= s.Quotes; id++ {
		b.Reset()
		for i := range 8 + rng.IntN(24) {
			w := vocab[zipf.Uint64()]
			if i == 0 {
				w = capital(w)
			} else {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
		b.WriteByte('.')
		text := b.String()
		norm := normText(text)
		// Articles in order, speakers skewed so that some are quoted a lot.
		article := 1 + (id-1)*s.Articles/s.Quotes
		speaker := 1 + int(rng.ExpFloat64()*float64(s.Speakers)/8)%s.Speakers
		mention := "he"
		seen := formatTime(start.Add(time.Duration(article) * 2 * time.Minute))
		if _, err := ins.ExecContext(ctx, id, article, speaker, text, len(text), kinds[id%len(kinds)],
			"", mention, now, hash64(norm), headHash(norm), seen); err != nil {
			return fmt.Errorf("generate quotes: %w", err)
		}
		if _, err := sight.ExecContext(ctx, id, article, speaker, len(text), "", mention, mention,
			outlets[article%len(outlets)], seen, now); err != nil {
			return fmt.Errorf("generate quotes: %w", err)
		}
	}
	return nil
}
