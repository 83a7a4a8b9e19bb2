package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"saidwho/quotes"
)

// speakerColumns are read by scanSpeaker, in this order.
const speakerColumns = `s.id, s.slug, s.name, s.kind, s.status, s.external_id, s.quote_count, s.first_seen, s.last_seen`

// scanSpeaker reads speakerColumns through scan.
func scanSpeaker(scan func(dest ...any) error) (quotes.Speaker, error) {
	var s quotes.Speaker
	var first, last string
	if err := scan(&s.ID, &s.Slug, &s.Name, &s.Kind, &s.Status, &s.ExternalID, &s.QuoteCount, &first, &last); err != nil {
		return s, err
	}
	var err error
	if s.FirstSeen, err = parseTime(first); err != nil {
		return s, err
	}
	s.LastSeen, err = parseTime(last)
	return s, err
}

// nameQuery turns a user's speaker search into an FTS5 query matching
// every word as a prefix ("zoe al" → "zoe"* "al"*); "" when it has no
// words. Case and accents are ignored by the index.
func nameQuery(q string) string {
	var terms []string
	for _, w := range strings.FieldsFunc(fold(q), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		terms = append(terms, `"`+w+`"*`)
	}
	return strings.Join(terms, " ")
}

// Speakers lists speakers, most quoted first; a query matches names and
// the mention forms seen, word by word and by prefix, ignoring case and
// accents. Speakers merged away are not listed.
func (db *DB) Speakers(ctx context.Context, f quotes.SpeakerFilter) ([]quotes.Speaker, string, error) {
	cur, more, err := decodeCursor(f.Cursor)
	if err != nil {
		return nil, "", err
	}
	limit := pageLimit(f.Page)
	where := []string{`s.merged_into IS NULL`}
	var args []any
	if f.Query != nil && strings.TrimSpace(*f.Query) != "" {
		match := nameQuery(*f.Query)
		if match == "" {
			return nil, "", nil
		}
		where = append(where, `s.id IN (SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH ?)`)
		args = append(args, match)
	}
	if more {
		where = append(where, `(s.quote_count < ? OR (s.quote_count = ? AND s.id > ?))`)
		args = append(args, int64(cur.Rank), int64(cur.Rank), cur.ID)
	}
	query := `SELECT ` + speakerColumns + ` FROM speakers s WHERE ` + strings.Join(where, " AND ") +
		` ORDER BY s.quote_count DESC, s.id ASC LIMIT ?`
	args = append(args, limit+1)

	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, "", fmt.Errorf("speakers: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, "", fmt.Errorf("speakers: %w", err)
	}
	var ss []quotes.Speaker
	for rows.Next() {
		s, err := scanSpeaker(rows.Scan)
		if err != nil {
			rows.Close()
			return nil, "", fmt.Errorf("speakers: %w", err)
		}
		ss = append(ss, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("speakers: %w", err)
	}
	next := ""
	if len(ss) > limit {
		ss = ss[:limit]
		last := ss[limit-1]
		next = cursor{Rank: float64(last.QuoteCount), ID: last.ID}.encode()
	}
	for i := range ss {
		if err := loadDetails(ctx, tx, &ss[i], listAliases); err != nil {
			return nil, "", err
		}
	}
	return ss, next, nil
}

// Speaker returns one speaker by slug, with aliases, roles, quote count,
// history and, for an ambiguous one, the speakers it could be. A slug that
// was merged away or renamed answers with the speaker it now belongs to.
func (db *DB) Speaker(ctx context.Context, slug string) (*quotes.Speaker, error) {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("speaker: %w", err)
	}
	defer tx.Rollback()
	id, err := speakerID(ctx, tx, slug)
	if err != nil {
		return nil, err
	}
	return speakerByID(ctx, tx, id)
}

// speakerID finds the live speaker a slug stands for.
func speakerID(ctx context.Context, tx *sql.Tx, slug string) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM speakers WHERE slug = ?1
		UNION ALL SELECT speaker_id FROM speaker_redirects WHERE slug = ?1 LIMIT 1`, slug).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, quotes.Errorf(quotes.ENOTFOUND, "speaker %q not found", slug)
	}
	if err != nil {
		return 0, fmt.Errorf("speaker %q: %w", slug, err)
	}
	return live(ctx, tx, id)
}

// speakerByID loads a speaker with all its details.
func speakerByID(ctx context.Context, tx *sql.Tx, id int64) (*quotes.Speaker, error) {
	var scope sql.NullInt64
	s, err := scanSpeaker(func(dest ...any) error {
		return tx.QueryRowContext(ctx, `SELECT `+speakerColumns+`, s.scope_article FROM speakers s WHERE s.id = ?`, id).
			Scan(append(dest, &scope)...)
	})
	if err != nil {
		return nil, fmt.Errorf("speaker %d: %w", id, err)
	}
	s.ScopeArticle = scope.Int64
	if err := loadDetails(ctx, tx, &s, -1); err != nil {
		return nil, err
	}
	if err := loadHistory(ctx, tx, &s); err != nil {
		return nil, err
	}
	if s.Status == quotes.Ambiguous && s.ScopeArticle == 0 {
		if f := analyse(s.Name, quotes.Person); f.class == formBare || f.class == formFull {
			cands, err := surnamed(ctx, tx, f.surname)
			if err != nil {
				return nil, err
			}
			for _, c := range cands {
				var slug string
				if err := tx.QueryRowContext(ctx, `SELECT slug FROM speakers WHERE id = ?`, c.id).Scan(&slug); err != nil {
					return nil, fmt.Errorf("candidate: %w", err)
				}
				s.Candidates = append(s.Candidates, slug)
			}
		}
	}
	return &s, nil
}

// listAliases caps the aliases shown per speaker in lists: a much-quoted
// speaker gathers hundreds of mention forms; Speaker gives them all.
const listAliases = 10

// loadDetails fills a speaker's aliases (at most maxAliases; -1 for all)
// and roles, most frequent first.
func loadDetails(ctx context.Context, tx *sql.Tx, s *quotes.Speaker, maxAliases int) error {
	err := loadTallies(ctx, tx, "speaker aliases", `SELECT mention, count, first_seen, last_seen FROM speaker_aliases
		WHERE speaker_id = ? ORDER BY count DESC, mention LIMIT ?`, []any{s.ID, maxAliases},
		func(t tally) {
			s.Aliases = append(s.Aliases, quotes.Alias{Mention: t.text, Count: t.count, FirstSeen: t.first, LastSeen: t.last})
		})
	if err != nil {
		return err
	}
	return loadRoles(ctx, tx, s)
}

// loadRoles fills a speaker's roles, most frequent first.
func loadRoles(ctx context.Context, tx *sql.Tx, s *quotes.Speaker) error {
	return loadTallies(ctx, tx, "speaker roles", `SELECT role, count, first_seen, last_seen FROM speaker_roles
		WHERE speaker_id = ? ORDER BY count DESC, role`, []any{s.ID},
		func(t tally) {
			s.Roles = append(s.Roles, quotes.Role{Role: t.text, Count: t.count, FirstSeen: t.first, LastSeen: t.last})
		})
}

// tally is a row of a table that counts a text per speaker (aliases,
// roles) with the times it was first and last seen.
type tally struct {
	text        string
	count       int
	first, last time.Time
}

// loadTallies runs query, which selects text, count, first_seen and
// last_seen, and hands each row to add; what names the rows in errors.
func loadTallies(ctx context.Context, tx *sql.Tx, what, query string, args []any, add func(tally)) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	for rows.Next() {
		var t tally
		var first, last string
		if err := rows.Scan(&t.text, &t.count, &first, &last); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		if t.first, err = parseTime(first); err != nil {
			return err
		}
		if t.last, err = parseTime(last); err != nil {
			return err
		}
		add(t)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// loadHistory fills a speaker's history, oldest first.
func loadHistory(ctx context.Context, tx *sql.Tx, s *quotes.Speaker) error {
	rows, err := tx.QueryContext(ctx, `SELECT action, detail, actor, created_at FROM speaker_events
		WHERE speaker_id = ? ORDER BY id`, s.ID)
	if err != nil {
		return fmt.Errorf("speaker history: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e quotes.Event
		var at string
		if err := rows.Scan(&e.Action, &e.Detail, &e.Actor, &at); err != nil {
			return fmt.Errorf("speaker history: %w", err)
		}
		if e.At, err = parseTime(at); err != nil {
			return err
		}
		s.History = append(s.History, e)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("speaker history: %w", err)
	}
	return nil
}
