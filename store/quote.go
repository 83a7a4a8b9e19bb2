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
	q.role, q.addressee, q.channel, q.grp, q.rule, q.confidence,
	COALESCE(s.slug, ''), a.title, a.url`

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
	return q, nil
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
	qs, ranks, err := listQuotes(ctx, tx, f, cur, more)
	if err != nil {
		return nil, "", err
	}
	limit := pageLimit(f.Page)
	if len(qs) <= limit {
		return qs, "", nil
	}
	qs = qs[:limit]
	last := len(qs) - 1
	return qs, cursor{Rank: ranks[last], ID: qs[last].ID}.encode(), nil
}

// listQuotes runs the list query, fetching one row more than the page to
// learn whether there is a next page.
func listQuotes(ctx context.Context, tx *sql.Tx, f quotes.QuoteFilter, cur cursor, more bool) ([]quotes.Quote, []float64, error) {
	query, args := quoteQuery(f, cur, more)
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, nil, searchError(err)
	}
	defer rows.Close()
	var qs []quotes.Quote
	var ranks []float64
	for rows.Next() {
		var rank float64
		q, err := scanQuote(func(dest ...any) error { return rows.Scan(append(dest, &rank)...) })
		if err != nil {
			return nil, nil, fmt.Errorf("quotes: %w", err)
		}
		qs, ranks = append(qs, *q), append(ranks, rank)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, searchError(err)
	}
	return qs, ranks, nil
}

// quoteQuery builds the list query for f; the last column is the rank the
// rows are ordered by (bm25 for a search, else 0). Paging is keyset: the
// rows after the cursor in the same order.
func quoteQuery(f quotes.QuoteFilter, cur cursor, more bool) (string, []any) {
	var where []string
	var args []any
	from := `quotes q ` + quoteJoins
	rank, order, after := `0`, `q.id DESC`, `q.id < ?`
	afterArgs := []any{cur.ID}
	if f.ArticleID != nil {
		order, after = `q.id ASC`, `q.id > ?`
		where, args = append(where, `q.article_id = ?`), append(args, *f.ArticleID)
	}
	if f.Query != nil && strings.TrimSpace(*f.Query) != "" {
		// bm25 is lower for better matches.
		from = `(SELECT rowid AS id, bm25(quotes_fts) AS score FROM quotes_fts WHERE quotes_fts MATCH ?) h
			JOIN quotes q ON q.id = h.id ` + quoteJoins
		args = append([]any{*f.Query}, args...)
		rank, order = `h.score`, `h.score ASC, q.id ASC`
		after, afterArgs = `(h.score > ? OR (h.score = ? AND q.id > ?))`, []any{cur.Rank, cur.Rank, cur.ID}
	}
	if f.SpeakerSlug != nil {
		where, args = append(where, `s.slug = ?`), append(args, *f.SpeakerSlug)
	}
	if more {
		where, args = append(where, after), append(args, afterArgs...)
	}
	query := `SELECT ` + quoteColumns + `, ` + rank + ` FROM ` + from
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, ` AND `)
	}
	query += ` ORDER BY ` + order + ` LIMIT ?`
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
	var kind, speakerKind, parts string
	err := scan(&q.ID, &q.ArticleID, &q.Text, &q.Start, &q.End, &kind, &parts,
		&q.Speaker, &speakerKind, &q.Mention, &q.MentionStart, &q.MentionEnd, &q.Cue, &q.CueStart, &q.CueEnd,
		&q.Role, &q.Addressee, &q.Channel, &q.Group, &q.Rule, &q.Confidence,
		&q.SpeakerSlug, &q.ArticleTitle, &q.ArticleURL)
	if err != nil {
		return nil, err
	}
	q.Kind, q.SpeakerKind = quotes.Kind(kind), quotes.SpeakerKind(speakerKind)
	if err := json.Unmarshal([]byte(parts), &q.Parts); err != nil {
		return nil, fmt.Errorf("quote %d parts: %w", q.ID, err)
	}
	if len(q.Parts) == 0 {
		q.Parts = nil
	}
	return &q, nil
}
