package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"saidwho/quotes"
)

// SaveArticle stores a and its quotes in one transaction. An article
// already stored (same URL, or same text when there is no URL) is returned
// as stored, with created false, and qs is ignored.
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
	for i := range qs {
		if err := db.insertQuote(ctx, tx, stored.ID, &qs[i]); err != nil {
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
		(dedup_key, external_id, url, title, published_at, text, text_sha256, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedup_key) DO NOTHING`,
		key, a.ExternalID, strings.TrimSpace(a.URL), a.Title, formatTime(a.PublishedAt), a.Text, hash, db.now())
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
	err := tx.QueryRowContext(ctx, `SELECT id, external_id, url, title, published_at, text, created_at
		FROM articles WHERE dedup_key = ?`, key).
		Scan(&a.ID, &a.ExternalID, &a.URL, &a.Title, &published, &a.Text, &created)
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

// insertQuote stores one quote, linking it to its speaker when it has one.
func (db *DB) insertQuote(ctx context.Context, tx *sql.Tx, articleID int64, q *quotes.Quote) error {
	speakerID, err := db.speakerFor(ctx, tx, q)
	if err != nil {
		return err
	}
	parts := q.Parts
	if parts == nil {
		parts = []quotes.Span{}
	}
	partsJSON, err := json.Marshal(parts)
	if err != nil {
		return fmt.Errorf("encode parts: %w", err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO quotes (article_id, speaker_id, text, start_pos, end_pos, kind, parts,
		speaker, speaker_kind, mention, mention_start, mention_end, cue, cue_start, cue_end,
		role, addressee, channel, grp, rule, confidence, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		articleID, speakerID, q.Text, q.Start, q.End, string(q.Kind), string(partsJSON),
		q.Speaker, string(q.SpeakerKind), q.Mention, q.MentionStart, q.MentionEnd, q.Cue, q.CueStart, q.CueEnd,
		q.Role, q.Addressee, q.Channel, q.Group, q.Rule, q.Confidence, db.now())
	if err != nil {
		return fmt.Errorf("insert quote: %w", err)
	}
	return nil
}

// speakerFor finds or creates the speaker of q by the slug of its resolved
// name and records the mention and role seen. Quotes without a speaker
// have none (a NULL speaker_id).
func (db *DB) speakerFor(ctx context.Context, tx *sql.Tx, q *quotes.Quote) (sql.NullInt64, error) {
	slug := Slugify(q.Speaker)
	if slug == "" {
		return sql.NullInt64{}, nil
	}
	kind := q.SpeakerKind
	if kind == "" {
		kind = quotes.Unknown
	}
	name := strings.TrimSpace(q.Speaker)
	if _, err := tx.ExecContext(ctx, `INSERT INTO speakers (slug, name, name_fold, kind, created_at)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT (slug) DO NOTHING`, slug, name, fold(name), string(kind), db.now()); err != nil {
		return sql.NullInt64{}, fmt.Errorf("insert speaker: %w", err)
	}
	var id int64
	if err := tx.QueryRowContext(ctx, `SELECT id FROM speakers WHERE slug = ?`, slug).Scan(&id); err != nil {
		return sql.NullInt64{}, fmt.Errorf("find speaker: %w", err)
	}
	if err := recordAlias(ctx, tx, id, q.Mention); err != nil {
		return sql.NullInt64{}, err
	}
	if err := recordRole(ctx, tx, id, q.Role); err != nil {
		return sql.NullInt64{}, err
	}
	return sql.NullInt64{Int64: id, Valid: true}, nil
}

// recordAlias counts one more use of a mention form for a speaker.
func recordAlias(ctx context.Context, tx *sql.Tx, speakerID int64, mention string) error {
	mention = strings.TrimSpace(mention)
	if mention == "" {
		return nil
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO speaker_aliases (speaker_id, mention, mention_fold, count)
		VALUES (?, ?, ?, 1) ON CONFLICT (speaker_id, mention) DO UPDATE SET count = count + 1`,
		speakerID, mention, fold(mention))
	if err != nil {
		return fmt.Errorf("record alias: %w", err)
	}
	return nil
}

// recordRole counts one more article naming the speaker with a role.
func recordRole(ctx context.Context, tx *sql.Tx, speakerID int64, role string) error {
	role = strings.TrimSpace(role)
	if role == "" {
		return nil
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO speaker_roles (speaker_id, role, count)
		VALUES (?, ?, 1) ON CONFLICT (speaker_id, role) DO UPDATE SET count = count + 1`, speakerID, role)
	if err != nil {
		return fmt.Errorf("record role: %w", err)
	}
	return nil
}
