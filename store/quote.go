package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/mattn/go-sqlite3"

	"saidwho/quotes"
)

// quoteColumns are read by scanQuote, in this order.
const quoteColumns = `q.id, q.article_id, q.text, q.start_pos, q.end_pos, q.kind, q.parts,
	q.speaker, q.speaker_kind, q.mention, q.mention_start, q.mention_end, q.cue, q.cue_start, q.cue_end,
	q.role, q.addressee, q.channel, q.act, q.grp, q.rule, q.confidence,
	COALESCE(s.slug, ''), a.title, a.url, a.outlet, q.first_seen, q.sighting_count, COALESCE(q.fragment_of, 0)`

// quoteJoins bring in the speaker slug and the article title and URL.
const quoteJoins = `JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id`

// Quote returns one quote with its speaker slug and article title and URL.
func (db *DB) Quote(ctx context.Context, id int64) (*quotes.Quote, error) {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("quote: %w", err)
	}
	defer tx.Rollback()
	row := tx.QueryRowContext(ctx, `SELECT `+quoteColumns+` FROM quotes q `+quoteJoins+` WHERE q.id = ?`, id)
	q, err := scanQuote(row.Scan)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, quotes.Errorf(quotes.ENOTFOUND, "quote %d not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("quote %d: %w", id, err)
	}
	if q.Sightings, err = loadSightings(ctx, tx, id); err != nil {
		return nil, err
	}
	if q.Fragments, err = loadFragments(ctx, tx, id); err != nil {
		return nil, err
	}
	return q, nil
}

// loadSightings lists the articles that reported a quote, earliest first.
func loadSightings(ctx context.Context, tx *sql.Tx, id int64) ([]quotes.Sighting, error) {
	rows, err := tx.QueryContext(ctx, `SELECT si.article_id, a.url, a.title, si.outlet, si.seen_at, si.start_pos, si.end_pos,
		si.mention, COALESCE(s.slug, '')
		FROM sightings si JOIN articles a ON a.id = si.article_id LEFT JOIN speakers s ON s.id = si.speaker_id
		WHERE si.quote_id = ? ORDER BY si.seen_at, si.id`, id)
	if err != nil {
		return nil, fmt.Errorf("sightings: %w", err)
	}
	defer rows.Close()
	var out []quotes.Sighting
	for rows.Next() {
		var si quotes.Sighting
		var seen string
		if err := rows.Scan(&si.ArticleID, &si.ArticleURL, &si.ArticleTitle, &si.Outlet, &seen, &si.Start, &si.End,
			&si.Mention, &si.SpeakerSlug); err != nil {
			return nil, fmt.Errorf("sightings: %w", err)
		}
		if si.Date, err = parseTime(seen); err != nil {
			return nil, err
		}
		out = append(out, si)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sightings: %w", err)
	}
	return out, nil
}

// loadFragments lists the quotes that are fragments of quote id.
func loadFragments(ctx context.Context, tx *sql.Tx, id int64) ([]int64, error) {
	return column[int64](ctx, tx, "fragments", `SELECT id FROM quotes WHERE fragment_of = ? ORDER BY id`, id)
}

// Quotes lists quotes: ranked by relevance for a full-text query, in text
// order for one article, else newest first.
func (db *DB) Quotes(ctx context.Context, f quotes.QuoteFilter) ([]quotes.Quote, string, error) {
	cur, more, err := decodeCursor(f.Cursor)
	if err != nil {
		return nil, "", err
	}
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, "", fmt.Errorf("quotes: %w", err)
	}
	defer tx.Rollback()
	if !more && f.Query != nil {
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(max(id), 0) FROM quotes`).Scan(&cur.Max); err != nil {
			return nil, "", fmt.Errorf("quotes: %w", err)
		}
	}
	// A search by speaker looks the speaker up first: its id goes into the
	// full-text query.
	var speakerID int64
	if f.SpeakerSlug != nil && f.Query != nil && strings.TrimSpace(*f.Query) != "" {
		err := tx.QueryRowContext(ctx, speakerBySlug, *f.SpeakerSlug, *f.SpeakerSlug).Scan(&speakerID)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, "", nil
		}
		if err != nil {
			return nil, "", fmt.Errorf("quotes: %w", err)
		}
	}
	// A search for one frequent word ranks its champions first, and every
	// match only when they cannot tell the page.
	var champ *championList
	if f.Query != nil && speakerID == 0 {
		if champ, err = loadChampions(ctx, tx, *f.Query); err != nil {
			return nil, "", err
		}
	}
	limit := pageLimit(f.Page)
	qs, ranks, bound, err := listQuotes(ctx, tx, f, speakerID, cur, more, champ)
	if err == nil && champ != nil && !champ.exact(ranks, bound, limit+1) {
		qs, ranks, _, err = listQuotes(ctx, tx, f, speakerID, cur, more, nil)
	}
	if err != nil {
		return nil, "", err
	}
	if len(qs) > limit {
		qs = qs[:limit]
	}
	if f.Query != nil && strings.TrimSpace(*f.Query) != "" {
		addSnippets(*f.Query, qs)
	}
	if len(ranks) <= limit {
		return qs, "", nil
	}
	last := len(qs) - 1
	return qs, cursor{Rank: ranks[last], ID: qs[last].ID, Max: cur.Max}.encode(), nil
}

// listQuotes runs the list query, fetching one row more than the page to
// learn whether there is a next page. With champions it also returns the
// bound that championList.exact checks the page against.
func listQuotes(ctx context.Context, tx *sql.Tx, f quotes.QuoteFilter, speakerID int64, cur cursor, more bool,
	champ *championList) (qs []quotes.Quote, ranks []float64, bound sql.NullFloat64, err error) {
	query, args := quoteQuery(f, speakerID, cur, more, champ)
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, nil, bound, searchError(err)
	}
	defer rows.Close()
	for rows.Next() {
		var rank float64
		q, err := scanQuote(func(dest ...any) error { return rows.Scan(append(dest, &rank, &bound)...) })
		if err != nil {
			return nil, nil, bound, fmt.Errorf("quotes: %w", err)
		}
		qs, ranks = append(qs, *q), append(ranks, rank)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, bound, searchError(err)
	}
	return qs, ranks, bound, nil
}

// speakerBySlug finds the id of the speaker a slug names (twice as its
// arguments). A slug merged away or renamed still names its speaker.
const speakerBySlug = `SELECT CASE WHEN x.merged_into IS NULL THEN x.id ELSE x.merged_into END
	FROM (SELECT id, merged_into FROM speakers WHERE slug = ?
		UNION ALL SELECT sp.id, sp.merged_into FROM speaker_redirects r JOIN speakers sp ON sp.id = r.speaker_id WHERE r.slug = ?) x
	LIMIT 1`

// searchScore ranks search results, lower first: bm25 with no weight for
// the speaker column. Ranking from champion lists computes it too, so that
// both give each quote the same score.
const searchScore = `bm25(quotes_fts, 1.0, 0.0)`

// matchExpr is the FTS5 expression for a search: the user's query over
// the quote text and, with a speaker (id > 0), that speaker's token, so
// that the index intersects both lists.
func matchExpr(query string, speakerID int64) string {
	expr := `text : (` + query + `)`
	if speakerID > 0 {
		expr = fmt.Sprintf(`speaker_id : %d AND %s`, speakerID, expr)
	}
	return expr
}

// quoteQuery builds the list query for f; the last two columns are the
// rank the rows are ordered by (bm25 for a search, else 0) and the bound of
// champ's edges (else NULL). speakerID is the id of f.SpeakerSlug, looked
// up beforehand for a search; champ, if not nil, the champion list of the
// search's word, whose quotes alone are ranked.
// Paging is keyset: the rows after the cursor in the same order. A search
// cursor also pins the highest quote id of its first page, so that quotes
// ingested while a client pages do not shift the pages.
func quoteQuery(f quotes.QuoteFilter, speakerID int64, cur cursor, more bool, champ *championList) (string, []any) {
	var where []string
	var args []any
	with, bound, boundJoin := ``, `NULL`, ``
	from := `quotes q ` + quoteJoins
	id := `q.id`
	rank, order, outer, after := `0`, `q.id DESC`, `p.id DESC`, `q.id < ?`
	afterArgs := []any{cur.ID}
	if f.ArticleID != nil {
		order, outer, after = `q.id ASC`, `p.id ASC`, `q.id > ?`
		where, args = append(where, `q.article_id = ?`), append(args, *f.ArticleID)
	}
	search := f.Query != nil && strings.TrimSpace(*f.Query) != ""
	if search {
		// bm25 is lower for better matches; the speaker column weighs
		// nothing. Without filters other than the speaker the page is cut
		// from the index alone, before any quote row is read.
		from = `(SELECT rowid AS id, ` + searchScore + ` AS score FROM quotes_fts WHERE quotes_fts MATCH ?) h`
		first := []any{matchExpr(*f.Query, speakerID)}
		if champ != nil {
			// MATERIALIZED: the hits are scored once, for the page and the bound.
			with = `WITH h AS MATERIALIZED (` + championHits + `), b AS (` + championBound + `) `
			from, bound, boundJoin = `h`, `b.bound`, ` CROSS JOIN b`
			first = append(first, champ.maxID, champ.term, champ.edges, champ.term)
		}
		filtered := f.ArticleID != nil || f.SpeakerKind != nil || f.Kind != nil || f.Act != nil ||
			f.Outlet != nil || f.Since != nil || f.Until != nil
		// The filters read the quote and its speaker only. Every quote has
		// its article (a foreign key, NOT NULL), so joining the articles
		// here would only cost a page read for each match.
		if filtered {
			from += ` JOIN quotes q ON q.id = h.id LEFT JOIN speakers s ON s.id = q.speaker_id`
		}
		id = `h.id`
		args = append(first, args...)
		rank, order, outer = `h.score`, `h.score ASC, h.id ASC`, `p.rank ASC, p.id ASC`
		after, afterArgs = `(h.score > ? OR (h.score = ? AND h.id > ?))`, []any{cur.Rank, cur.Rank, cur.ID}
		if more && cur.Max > 0 {
			where, args = append(where, `h.id <= ?`), append(args, cur.Max)
		}
	}
	if f.SpeakerSlug != nil && !search {
		where, args = append(where, `q.speaker_id = (`+speakerBySlug+`)`), append(args, *f.SpeakerSlug, *f.SpeakerSlug)
	}
	if f.SpeakerKind != nil {
		where, args = append(where, `s.kind = ?`), append(args, string(*f.SpeakerKind))
	}
	if f.Kind != nil {
		where, args = append(where, `q.kind = ?`), append(args, string(*f.Kind))
	}
	if f.Act != nil {
		where, args = append(where, `q.act = ?`), append(args, string(*f.Act))
	}
	if f.Outlet != nil {
		where, args = append(where, `EXISTS (SELECT 1 FROM sightings si WHERE si.outlet = ? AND si.quote_id = q.id)`), append(args, *f.Outlet)
	}
	if f.Since != nil {
		where, args = append(where, `q.first_seen >= ?`), append(args, formatTime(*f.Since))
	}
	if f.Until != nil {
		where, args = append(where, `q.first_seen < ?`), append(args, formatTime(*f.Until))
	}
	if more {
		where, args = append(where, after), append(args, afterArgs...)
	}
	// The inner query finds the page's ids; the outer one reads their rows.
	inner := `SELECT ` + id + ` AS id, ` + rank + ` AS rank FROM ` + from
	if len(where) > 0 {
		inner += ` WHERE ` + strings.Join(where, ` AND `)
	}
	inner += ` ORDER BY ` + order + ` LIMIT ?`
	query := with + `SELECT ` + quoteColumns + `, p.rank, ` + bound + ` FROM (` + inner + `) p` + boundJoin +
		` JOIN quotes q ON q.id = p.id ` + quoteJoins + ` ORDER BY ` + outer
	return query, append(args, pageLimit(f.Page)+1)
}

// searchError tells a malformed full-text query (the user's mistake) from
// a failure of the database.
func searchError(err error) error {
	var se sqlite3.Error
	if errors.As(err, &se) && se.Code == sqlite3.ErrError {
		return quotes.Errorf(quotes.EINVALID, "invalid search query: %s", strings.TrimPrefix(se.Error(), "fts5: "))
	}
	return fmt.Errorf("quotes: %w", err)
}

// scanQuote reads the columns of quoteColumns through scan.
func scanQuote(scan func(dest ...any) error) (*quotes.Quote, error) {
	var q quotes.Quote
	var kind, speakerKind, parts, firstSeen, act string
	err := scan(&q.ID, &q.ArticleID, &q.Text, &q.Start, &q.End, &kind, &parts,
		&q.Speaker, &speakerKind, &q.Mention, &q.MentionStart, &q.MentionEnd, &q.Cue, &q.CueStart, &q.CueEnd,
		&q.Role, &q.Addressee, &q.Channel, &act, &q.Group, &q.Rule, &q.Confidence,
		&q.SpeakerSlug, &q.ArticleTitle, &q.ArticleURL, &q.Outlet, &firstSeen, &q.SightingCount, &q.FragmentOf)
	if err != nil {
		return nil, err
	}
	if q.FirstSeen, err = parseTime(firstSeen); err != nil {
		return nil, err
	}
	q.Kind, q.SpeakerKind, q.Act = quotes.Kind(kind), quotes.SpeakerKind(speakerKind), quotes.Act(act)
	if err := json.Unmarshal([]byte(parts), &q.Parts); err != nil {
		return nil, fmt.Errorf("quote %d parts: %w", q.ID, err)
	}
	if len(q.Parts) == 0 {
		q.Parts = nil
	}
	return &q, nil
}
