package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"saidwho/quotes"
)

// SaveArticle stores a and its quotes in one transaction. An article
// already stored (same URL, or same text when there is no URL) is returned
// as stored, with created false, and qs is ignored. Each quote is matched
// to a corpus speaker and, when the same statement is already stored from
// another article, becomes one more sighting of it.
func (db *DB) SaveArticle(ctx context.Context, a *quotes.Article, qs []quotes.Quote) (*quotes.Article, bool, error) {
	if err := validateArticle(a, qs); err != nil {
		return nil, false, err
	}
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, false, fmt.Errorf("save article: %w", err)
	}
	defer tx.Rollback()

	// The insert comes first so that the transaction takes the write lock
	// at once, under busy_timeout, rather than upgrading from a read.
	stored, created, err := db.insertArticle(ctx, tx, a)
	if err != nil || !created {
		return stored, false, err
	}
	seen := stored.PublishedAt
	if seen.IsZero() {
		seen = stored.CreatedAt
	}
	in := sighting{articleID: stored.ID, outlet: stored.Outlet, seenAt: formatTime(seen)}
	for i := range qs {
		if err := db.addQuote(ctx, tx, in, &qs[i]); err != nil {
			return nil, false, fmt.Errorf("save quote %d: %w", i, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, false, fmt.Errorf("save article: %w", err)
	}
	return stored, true, nil
}

// validateArticle refuses what would store nonsense.
func validateArticle(a *quotes.Article, qs []quotes.Quote) error {
	if a == nil || strings.TrimSpace(a.Text) == "" {
		return quotes.Errorf(quotes.EINVALID, "article text is empty")
	}
	for i, q := range qs {
		switch q.Kind {
		case quotes.Direct, quotes.Mixed, quotes.Indirect:
		default:
			return quotes.Errorf(quotes.EINVALID, "quote %d: unknown kind %q", i, q.Kind)
		}
		if q.Start < 0 || q.End < q.Start {
			return quotes.Errorf(quotes.EINVALID, "quote %d: bad offsets [%d, %d)", i, q.Start, q.End)
		}
	}
	return nil
}

// dedupKey says what makes an article the same article again.
func dedupKey(a *quotes.Article) (key, textHash string) {
	sum := sha256.Sum256([]byte(a.Text))
	textHash = hex.EncodeToString(sum[:])
	if u := strings.TrimSpace(a.URL); u != "" {
		return "url:" + u, textHash
	}
	return "sha256:" + textHash, textHash
}

// insertArticle inserts a unless its dedup key is taken, and returns the
// stored row either way.
func (db *DB) insertArticle(ctx context.Context, tx *sql.Tx, a *quotes.Article) (*quotes.Article, bool, error) {
	key, hash := dedupKey(a)
	res, err := tx.ExecContext(ctx, `INSERT INTO articles
		(dedup_key, external_id, url, title, outlet, published_at, text, text_sha256, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedup_key) DO NOTHING`,
		key, a.ExternalID, strings.TrimSpace(a.URL), a.Title, outletOf(a), formatTime(a.PublishedAt), a.Text, hash, db.now())
	if err != nil {
		return nil, false, fmt.Errorf("insert article: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return nil, false, fmt.Errorf("insert article: %w", err)
	}
	stored, err := articleByKey(ctx, tx, key)
	return stored, n == 1, err
}

// articleByKey loads one stored article.
func articleByKey(ctx context.Context, tx *sql.Tx, key string) (*quotes.Article, error) {
	var a quotes.Article
	var published, created string
	err := tx.QueryRowContext(ctx, `SELECT id, external_id, url, title, outlet, published_at, text, created_at
		FROM articles WHERE dedup_key = ?`, key).
		Scan(&a.ID, &a.ExternalID, &a.URL, &a.Title, &a.Outlet, &published, &a.Text, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, quotes.Errorf(quotes.ENOTFOUND, "article not found")
	}
	if err != nil {
		return nil, fmt.Errorf("load article: %w", err)
	}
	if a.PublishedAt, err = parseTime(published); err != nil {
		return nil, err
	}
	if a.CreatedAt, err = parseTime(created); err != nil {
		return nil, err
	}
	return &a, nil
}

// outletOf is the article's outlet as given, else its URL's host without
// "www.".
func outletOf(a *quotes.Article) string {
	if o := strings.TrimSpace(a.Outlet); o != "" {
		return o
	}
	u, err := url.Parse(strings.TrimSpace(a.URL))
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// sighting is where and when the quotes being saved were seen.
type sighting struct {
	articleID int64
	outlet    string
	seenAt    string
}

// shortWords: statements shorter than this ("No comment.", "We'll see.")
// are the same quote again only from the same speaker.
const shortWords = 5

// addQuote stores one sighting of q: a new quote, or one more sighting of
// the same statement stored before.
func (db *DB) addQuote(ctx context.Context, tx *sql.Tx, in sighting, q *quotes.Quote) error {
	sp, err := db.resolveSpeaker(ctx, tx, in.articleID, q)
	if err != nil {
		return err
	}
	norm := normText(q.Text)
	quoteID, found, err := sameQuote(ctx, tx, norm, sp)
	if err != nil {
		return err
	}
	if found {
		err = db.sightAgain(ctx, tx, quoteID, in, sp)
	} else {
		quoteID, err = db.insertQuote(ctx, tx, in, q, sp, norm)
	}
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO sightings (quote_id, article_id, speaker_id, start_pos, end_pos,
		speaker, mention, mention_fold, role, outlet, seen_at, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		quoteID, in.articleID, sp.id, q.Start, q.End, q.Speaker, strings.TrimSpace(q.Mention),
		fold(strings.TrimSpace(q.Mention)), strings.TrimSpace(q.Role), in.outlet, in.seenAt, db.now())
	if err != nil {
		return fmt.Errorf("insert sighting: %w", err)
	}
	if !sp.id.Valid {
		return nil
	}
	return db.recordSighting(ctx, tx, sp.id.Int64, q, in.seenAt)
}

// sameQuote finds a stored quote with the same normalised text. Two
// different resolved speakers make two quotes (one may be quoting the
// other), and a short statement must also have the same speaker or one of
// the two none.
func sameQuote(ctx context.Context, tx *sql.Tx, norm string, sp resolved) (int64, bool, error) {
	if norm == "" {
		return 0, false, nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT q.id, q.text, q.speaker_id, COALESCE(s.status, '') FROM quotes q
		LEFT JOIN speakers s ON s.id = q.speaker_id WHERE q.text_hash = ? ORDER BY q.id`, hash64(norm))
	if err != nil {
		return 0, false, fmt.Errorf("find same quote: %w", err)
	}
	defer rows.Close()
	short := len(strings.Fields(norm)) < shortWords
	for rows.Next() {
		var id int64
		var text string
		var other resolved
		if err := rows.Scan(&id, &text, &other.id, &other.status); err != nil {
			return 0, false, fmt.Errorf("find same quote: %w", err)
		}
		if normText(text) != norm {
			continue // a hash collision
		}
		differ := other.id.Valid && sp.id.Valid && other.id.Int64 != sp.id.Int64
		if differ && (short || (other.rank() == 2 && sp.rank() == 2)) {
			continue
		}
		return id, true, rows.Err()
	}
	return 0, false, rows.Err()
}

// sightAgain counts one more sighting of a stored quote: it may date the
// quote earlier, and it gives the quote a speaker when it identifies one
// better than the sightings before it.
func (db *DB) sightAgain(ctx context.Context, tx *sql.Tx, quoteID int64, in sighting, sp resolved) error {
	var cur sql.NullInt64
	var curStatus string
	err := tx.QueryRowContext(ctx, `SELECT q.speaker_id, COALESCE(s.status, '') FROM quotes q
		LEFT JOIN speakers s ON s.id = q.speaker_id WHERE q.id = ?`, quoteID).Scan(&cur, &curStatus)
	if err != nil {
		return fmt.Errorf("load quote: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE quotes SET sighting_count = sighting_count + 1,
		first_seen = CASE WHEN first_seen = '' OR (?1 != '' AND ?1 < first_seen) THEN ?1 ELSE first_seen END
		WHERE id = ?2`, in.seenAt, quoteID); err != nil {
		return fmt.Errorf("update quote: %w", err)
	}
	if sp.rank() <= (resolved{id: cur, status: curStatus}).rank() {
		return nil
	}
	return moveQuote(ctx, tx, quoteID, cur, sp.id)
}

// moveQuote gives a quote another speaker, keeping quote counts right.
func moveQuote(ctx context.Context, tx *sql.Tx, quoteID int64, from, to sql.NullInt64) error {
	if _, err := tx.ExecContext(ctx, `UPDATE quotes SET speaker_id = ? WHERE id = ?`, to, quoteID); err != nil {
		return fmt.Errorf("move quote: %w", err)
	}
	for _, d := range []struct {
		id    sql.NullInt64
		delta int
	}{{from, -1}, {to, 1}} {
		if !d.id.Valid {
			continue
		}
		if _, err := tx.ExecContext(ctx, `UPDATE speakers SET quote_count = quote_count + ? WHERE id = ?`, d.delta, d.id.Int64); err != nil {
			return fmt.Errorf("move quote: %w", err)
		}
	}
	return nil
}

// insertQuote stores a new quote from its first sighting and links it to
// the quotes it is a fragment of, or that are fragments of it.
func (db *DB) insertQuote(ctx context.Context, tx *sql.Tx, in sighting, q *quotes.Quote, sp resolved, norm string) (int64, error) {
	parts := q.Parts
	if parts == nil {
		parts = []quotes.Span{}
	}
	partsJSON, err := json.Marshal(parts)
	if err != nil {
		return 0, fmt.Errorf("encode parts: %w", err)
	}
	var textHash int64
	if norm != "" {
		textHash = hash64(norm)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO quotes (article_id, speaker_id, text, start_pos, end_pos, kind, parts,
		speaker, speaker_kind, mention, mention_start, mention_end, cue, cue_start, cue_end,
		role, addressee, channel, grp, rule, confidence, created_at, text_hash, head_hash, first_seen, act)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		in.articleID, sp.id, q.Text, q.Start, q.End, string(q.Kind), string(partsJSON),
		q.Speaker, string(q.SpeakerKind), q.Mention, q.MentionStart, q.MentionEnd, q.Cue, q.CueStart, q.CueEnd,
		q.Role, q.Addressee, q.Channel, q.Group, q.Rule, q.Confidence, db.now(), textHash, headHash(norm), in.seenAt, actOf(q))
	if err != nil {
		return 0, fmt.Errorf("insert quote: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("insert quote: %w", err)
	}
	if sp.id.Valid {
		if _, err := tx.ExecContext(ctx, `UPDATE speakers SET quote_count = quote_count + 1 WHERE id = ?`, sp.id.Int64); err != nil {
			return 0, fmt.Errorf("count quote: %w", err)
		}
	}
	return id, linkFragments(ctx, tx, id, norm)
}

// linkFragments links quote id to a longer stored quote that contains it,
// and links the shorter stored quotes it contains to it.
func linkFragments(ctx context.Context, tx *sql.Tx, id int64, norm string) error {
	ws := strings.Fields(norm)
	if len(ws) < headWords {
		return nil
	}
	// Longer quotes containing this one: a phrase query on its first words.
	phrase := `text : "` + strings.Join(ws[:min(len(ws), 8)], " ") + `"`
	longer, err := idsWhere(ctx, tx, "find longer quote", `SELECT q.id, q.text FROM quotes_fts f JOIN quotes q ON q.id = f.rowid
		WHERE quotes_fts MATCH ? AND q.id != ? ORDER BY length(q.text) LIMIT 20`, []any{phrase, id},
		func(text string) bool { return contains(normText(text), norm) })
	if err != nil {
		return err
	}
	if len(longer) > 0 { // the shortest that contains it
		if _, err := tx.ExecContext(ctx, `UPDATE quotes SET fragment_of = ? WHERE id = ?`, longer[0], id); err != nil {
			return fmt.Errorf("link fragment: %w", err)
		}
	}
	// Shorter quotes contained in this one: their heads are among its windows.
	hs := windowHashes(norm)
	args := make([]any, 0, len(hs)+1)
	args = append(args, id)
	for _, h := range hs {
		args = append(args, h)
	}
	children, err := idsWhere(ctx, tx, "find fragments", `SELECT id, text FROM quotes WHERE id != ? AND fragment_of IS NULL
		AND head_hash IN (?`+strings.Repeat(", ?", len(hs)-1)+`)`, args,
		func(text string) bool { return contains(norm, normText(text)) })
	if err != nil {
		return err
	}
	for _, c := range children {
		if _, err := tx.ExecContext(ctx, `UPDATE quotes SET fragment_of = ? WHERE id = ?`, id, c); err != nil {
			return fmt.Errorf("link fragment: %w", err)
		}
	}
	return nil
}

// idsWhere runs query, which selects an id and a text, and returns the
// ids whose text keep accepts, in the query's order.
func idsWhere(ctx context.Context, tx *sql.Tx, what, query string, args []any, keep func(text string) bool) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		var text string
		if err := rows.Scan(&id, &text); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		if keep(text) {
			ids = append(ids, id)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return ids, nil
}

// recordSighting counts a mention form and role for a speaker and moves
// its first and last seen dates.
func (db *DB) recordSighting(ctx context.Context, tx *sql.Tx, speakerID int64, q *quotes.Quote, seenAt string) error {
	if _, err := tx.ExecContext(ctx, `UPDATE speakers SET
		first_seen = CASE WHEN first_seen = '' OR ?1 < first_seen THEN ?1 ELSE first_seen END,
		last_seen = CASE WHEN ?1 > last_seen THEN ?1 ELSE last_seen END WHERE id = ?2`, seenAt, speakerID); err != nil {
		return fmt.Errorf("speaker dates: %w", err)
	}
	if mention := strings.TrimSpace(q.Mention); mention != "" {
		var n int
		err := tx.QueryRowContext(ctx, `INSERT INTO speaker_aliases (speaker_id, mention, mention_fold, count, first_seen, last_seen)
			VALUES (?1, ?2, ?3, 1, ?4, ?4) ON CONFLICT (speaker_id, mention) DO UPDATE SET count = count + 1,
			first_seen = min(first_seen, ?4), last_seen = max(last_seen, ?4) RETURNING count`,
			speakerID, mention, fold(mention), seenAt).Scan(&n)
		if err != nil {
			return fmt.Errorf("record alias: %w", err)
		}
		if n == 1 && !pronouns[fold(mention)] {
			if err := indexSpeaker(ctx, tx, speakerID); err != nil {
				return err
			}
		}
	}
	if role := strings.TrimSpace(q.Role); role != "" {
		_, err := tx.ExecContext(ctx, `INSERT INTO speaker_roles (speaker_id, role, count, first_seen, last_seen)
			VALUES (?1, ?2, 1, ?3, ?3) ON CONFLICT (speaker_id, role) DO UPDATE SET count = count + 1,
			first_seen = min(first_seen, ?3), last_seen = max(last_seen, ?3)`, speakerID, role, seenAt)
		if err != nil {
			return fmt.Errorf("record role: %w", err)
		}
	}
	return nil
}

// actOf is the act stored for a quote: a statement unless the extractor
// found a belief.
func actOf(q *quotes.Quote) string {
	if q.Act == "" {
		return string(quotes.Statement)
	}
	return string(q.Act)
}
