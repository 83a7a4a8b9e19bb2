package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"saidwho/quotes"
)

// speakerQuery lists speakers with their quote counts, most quoted first.
// Parameters: ?1 the folded query ("" for all), ?2 its LIKE pattern, ?3 and
// ?4 the cursor's count and id (?3 NULL on the first page), ?5 the limit.
const speakerQuery = `WITH counted AS (
	SELECT s.id, s.slug, s.name, s.kind,
		(SELECT count(*) FROM quotes q WHERE q.speaker_id = s.id) AS n
	FROM speakers s
	WHERE ?1 = '' OR s.name_fold LIKE ?2 ESCAPE '\' OR EXISTS (
		SELECT 1 FROM speaker_aliases al WHERE al.speaker_id = s.id AND al.mention_fold LIKE ?2 ESCAPE '\')
)
SELECT id, slug, name, kind, n FROM counted
WHERE ?3 IS NULL OR n < ?3 OR (n = ?3 AND id > ?4)
ORDER BY n DESC, id ASC
LIMIT ?5`

// Speakers lists speakers, most quoted first; a query matches any part of
// a name or of a mention form seen, ignoring case and accents.
func (db *DB) Speakers(ctx context.Context, f quotes.SpeakerFilter) ([]quotes.Speaker, string, error) {
	cur, more, err := decodeCursor(f.Cursor)
	if err != nil {
		return nil, "", err
	}
	var q string
	if f.Query != nil {
		q = fold(strings.TrimSpace(*f.Query))
	}
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, "", fmt.Errorf("speakers: %w", err)
	}
	defer tx.Rollback()
	limit := pageLimit(f.Page)
	var after any // the first page has no count to start after
	if more {
		after = int64(cur.Rank)
	}
	ss, err := listSpeakers(ctx, tx, q, after, cur.ID, limit+1)
	if err != nil {
		return nil, "", err
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

// listSpeakers runs speakerQuery.
func listSpeakers(ctx context.Context, tx *sql.Tx, q string, afterCount any, afterID int64, limit int) ([]quotes.Speaker, error) {
	rows, err := tx.QueryContext(ctx, speakerQuery, q, likePattern(q), afterCount, afterID, limit)
	if err != nil {
		return nil, fmt.Errorf("speakers: %w", err)
	}
	defer rows.Close()
	var ss []quotes.Speaker
	for rows.Next() {
		var s quotes.Speaker
		if err := rows.Scan(&s.ID, &s.Slug, &s.Name, &s.Kind, &s.QuoteCount); err != nil {
			return nil, fmt.Errorf("speakers: %w", err)
		}
		ss = append(ss, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("speakers: %w", err)
	}
	return ss, nil
}

// Speaker returns one speaker by slug, with aliases, roles and quote count.
func (db *DB) Speaker(ctx context.Context, slug string) (*quotes.Speaker, error) {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("speaker: %w", err)
	}
	defer tx.Rollback()
	var s quotes.Speaker
	err = tx.QueryRowContext(ctx, `SELECT s.id, s.slug, s.name, s.kind,
		(SELECT count(*) FROM quotes q WHERE q.speaker_id = s.id)
		FROM speakers s WHERE s.slug = ?`, slug).Scan(&s.ID, &s.Slug, &s.Name, &s.Kind, &s.QuoteCount)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, quotes.Errorf(quotes.ENOTFOUND, "speaker %q not found", slug)
	}
	if err != nil {
		return nil, fmt.Errorf("speaker %q: %w", slug, err)
	}
	if err := loadDetails(ctx, tx, &s, -1); err != nil {
		return nil, err
	}
	return &s, nil
}

// listAliases caps the aliases shown per speaker in lists: a much-quoted
// speaker gathers hundreds of mention forms; Speaker gives them all.
const listAliases = 10

// loadDetails fills a speaker's aliases (at most maxAliases; -1 for all)
// and roles, most frequent first.
func loadDetails(ctx context.Context, tx *sql.Tx, s *quotes.Speaker, maxAliases int) error {
	rows, err := tx.QueryContext(ctx, `SELECT mention, count FROM speaker_aliases
		WHERE speaker_id = ? ORDER BY count DESC, mention LIMIT ?`, s.ID, maxAliases)
	if err != nil {
		return fmt.Errorf("speaker aliases: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var a quotes.Alias
		if err := rows.Scan(&a.Mention, &a.Count); err != nil {
			return fmt.Errorf("speaker aliases: %w", err)
		}
		s.Aliases = append(s.Aliases, a)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("speaker aliases: %w", err)
	}
	return loadRoles(ctx, tx, s)
}

// loadRoles fills a speaker's roles, most frequent first.
func loadRoles(ctx context.Context, tx *sql.Tx, s *quotes.Speaker) error {
	rows, err := tx.QueryContext(ctx, `SELECT role FROM speaker_roles
		WHERE speaker_id = ? ORDER BY count DESC, role`, s.ID)
	if err != nil {
		return fmt.Errorf("speaker roles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r string
		if err := rows.Scan(&r); err != nil {
			return fmt.Errorf("speaker roles: %w", err)
		}
		s.Roles = append(s.Roles, r)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("speaker roles: %w", err)
	}
	return nil
}
