package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"saidwho/quotes"
)

// resolved is the corpus speaker a sighting was matched to.
type resolved struct {
	id     sql.NullInt64
	status string
}

// rank orders how well a sighting identifies its speaker: a resolved
// speaker beats an ambiguous or scoped one, which beats none.
func (r resolved) rank() int {
	switch {
	case !r.id.Valid:
		return 0
	case r.status == quotes.Resolved:
		return 2
	}
	return 1
}

// speakerRow is what matching needs of a stored speaker.
type speakerRow struct {
	id     int64
	name   string
	kind   string
	status string
	locked bool
}

// resolveSpeaker finds or creates the corpus speaker of q, seen in article
// articleID: by a key (a name seen before, an alias-file variant, a
// correction), else by a compatible full name, else a bare surname joins
// the one resolved person with that surname; what cannot be matched
// unambiguously stays apart. Split rules apply last.
func (db *DB) resolveSpeaker(ctx context.Context, tx *sql.Tx, articleID int64, q *quotes.Quote) (resolved, error) {
	f := analyse(q.Speaker, q.SpeakerKind)
	kind := q.SpeakerKind
	if kind == "" {
		kind = quotes.Unknown
	}
	var id int64
	var err error
	switch f.class {
	case formNone:
		return resolved{}, nil
	case formDescribe:
		status := quotes.Scoped
		if kind == quotes.Person || kind == quotes.Unknown {
			status = quotes.Ambiguous // "the senator": someone, but who?
		}
		key := "a:" + strconv.FormatInt(articleID, 10) + ":" + strings.TrimPrefix(f.key, "d:")
		id, err = db.keyedOrNew(ctx, tx, key, f, kind, status, articleID)
	case formNamed:
		id, err = db.keyedOrNew(ctx, tx, f.key, f, kind, quotes.Resolved, 0)
	case formFull:
		id, err = db.fullName(ctx, tx, f, kind)
	case formBare:
		id, err = db.bareName(ctx, tx, f, kind)
	}
	if err != nil {
		return resolved{}, err
	}
	if id, err = applyRules(ctx, tx, id, fold(strings.TrimSpace(q.Mention))); err != nil {
		return resolved{}, err
	}
	r := resolved{id: sql.NullInt64{Int64: id, Valid: true}}
	if err := tx.QueryRowContext(ctx, `SELECT status FROM speakers WHERE id = ?`, id).Scan(&r.status); err != nil {
		return resolved{}, fmt.Errorf("speaker status: %w", err)
	}
	return r, nil
}

// keyedOrNew returns the speaker a key belongs to, creating it if none does.
func (db *DB) keyedOrNew(ctx context.Context, tx *sql.Tx, key string, f nameForm, kind quotes.SpeakerKind, status string, scope int64) (int64, error) {
	if id, ok, err := keyed(ctx, tx, key); err != nil || ok {
		return id, err
	}
	return db.newSpeaker(ctx, tx, key, f, kind, status, scope)
}

// keyed looks a key up, following merges.
func keyed(ctx context.Context, tx *sql.Tx, key string) (int64, bool, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT speaker_id FROM speaker_keys WHERE key = ?`, key).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("speaker key: %w", err)
	}
	id, err = live(ctx, tx, id)
	return id, err == nil, err
}

// live follows merged_into to the speaker that absorbed id.
func live(ctx context.Context, tx *sql.Tx, id int64) (int64, error) {
	for range 100 {
		var into sql.NullInt64
		if err := tx.QueryRowContext(ctx, `SELECT merged_into FROM speakers WHERE id = ?`, id).Scan(&into); err != nil {
			return 0, fmt.Errorf("speaker %d: %w", id, err)
		}
		if !into.Valid {
			return id, nil
		}
		id = into.Int64
	}
	return 0, fmt.Errorf("speaker %d: merge chain too long", id)
}

// fullName matches a person's full name.
func (db *DB) fullName(ctx context.Context, tx *sql.Tx, f nameForm, kind quotes.SpeakerKind) (int64, error) {
	if id, ok, err := keyed(ctx, tx, f.key); err != nil || ok {
		return id, err
	}
	cands, err := surnamed(ctx, tx, f.surname)
	if err != nil {
		return 0, err
	}
	var match []int64
	for _, c := range cands {
		if cf := analyse(c.name, quotes.Person); cf.class == formFull && compatible(f, cf) {
			match = append(match, c.id)
		}
	}
	switch len(match) {
	case 1:
		// "Donald J. Trump" is "Donald Trump": remember the variant.
		return match[0], addKey(ctx, tx, f.key, match[0], "ingest")
	case 0:
		id, err := db.newSpeaker(ctx, tx, f.key, f, kind, quotes.Resolved, 0)
		if err != nil {
			return 0, err
		}
		return id, db.adoptBare(ctx, tx, id, f.surname, len(cands) == 0)
	}
	// "George Bush" when both "George W. Bush" and "George H. W. Bush" are
	// known: a speaker of its own, marked ambiguous.
	return db.newSpeaker(ctx, tx, f.key, f, kind, quotes.Ambiguous, 0)
}

// bareName matches a single name word ("Clinton", "President Obama").
func (db *DB) bareName(ctx context.Context, tx *sql.Tx, f nameForm, kind quotes.SpeakerKind) (int64, error) {
	// An alias file or a correction may have said who it is.
	if id, ok, err := keyed(ctx, tx, f.key); err != nil || ok {
		return id, err
	}
	cands, err := surnamed(ctx, tx, f.surname)
	if err != nil {
		return 0, err
	}
	if len(cands) == 1 && f.suffix == "" {
		return cands[0].id, nil
	}
	key := "b:" + strings.TrimPrefix(f.key, "p:")
	return db.keyedOrNew(ctx, tx, key, f, kind, quotes.Ambiguous, 0)
}

// surnamed lists the resolved people with a surname.
func surnamed(ctx context.Context, tx *sql.Tx, surname string) ([]speakerRow, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, name, kind, status, locked FROM speakers
		WHERE surname = ? AND merged_into IS NULL AND status = 'resolved' AND kind IN ('person', 'unknown')`, surname)
	if err != nil {
		return nil, fmt.Errorf("speakers by surname: %w", err)
	}
	defer rows.Close()
	var out []speakerRow
	for rows.Next() {
		var r speakerRow
		if err := rows.Scan(&r.id, &r.name, &r.kind, &r.status, &r.locked); err != nil {
			return nil, fmt.Errorf("speakers by surname: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("speakers by surname: %w", err)
	}
	return out, nil
}

// adoptBare: when the first resolved person with a surname arrives, the
// quotes kept apart under that bare surname are now unambiguous and join
// it. only says that id is the only one with the surname.
func (db *DB) adoptBare(ctx context.Context, tx *sql.Tx, id int64, surname string, only bool) error {
	if !only {
		return nil
	}
	bare, ok, err := keyed(ctx, tx, "b:"+surname)
	if err != nil || !ok || bare == id {
		return err
	}
	var locked bool
	if err := tx.QueryRowContext(ctx, `SELECT locked FROM speakers WHERE id = ?`, bare).Scan(&locked); err != nil {
		return fmt.Errorf("bare speaker: %w", err)
	}
	if locked {
		return nil // a correction made it a speaker of its own
	}
	return db.merge(ctx, tx, bare, id, "ingest", "auto-merge")
}

// applyRules follows split rules for the mention a sighting used.
func applyRules(ctx context.Context, tx *sql.Tx, id int64, mentionFold string) (int64, error) {
	for range 10 {
		var target int64
		err := tx.QueryRowContext(ctx, `SELECT target_id FROM speaker_rules WHERE speaker_id = ? AND mention_fold = ?`,
			id, mentionFold).Scan(&target)
		if errors.Is(err, sql.ErrNoRows) {
			return id, nil
		}
		if err != nil {
			return 0, fmt.Errorf("split rules: %w", err)
		}
		if id, err = live(ctx, tx, target); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// addKey points key at a speaker unless it already points somewhere.
func addKey(ctx context.Context, tx *sql.Tx, key string, id int64, source string) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO speaker_keys (key, speaker_id, source) VALUES (?, ?, ?)
		ON CONFLICT (key) DO NOTHING`, key, id, source); err != nil {
		return fmt.Errorf("speaker key: %w", err)
	}
	return nil
}

// newSpeaker creates a speaker with a unique slug and its key.
func (db *DB) newSpeaker(ctx context.Context, tx *sql.Tx, key string, f nameForm, kind quotes.SpeakerKind, status string, scope int64) (int64, error) {
	base := Slugify(f.display)
	if base == "" {
		base = "speaker"
	}
	if scope != 0 {
		base += "-" + strconv.FormatInt(scope, 10)
	}
	slug, err := freeSlug(ctx, tx, base)
	if err != nil {
		return 0, err
	}
	var surname, given string
	if status == quotes.Resolved && f.class == formFull {
		surname, given = f.surname, f.given
	}
	var scopeArg any
	if scope != 0 {
		scopeArg = scope
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO speakers (slug, name, name_fold, kind, status, surname, given, scope_article, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, slug, f.display, fold(f.display), string(kind), status, surname, given, scopeArg, db.now())
	if err != nil {
		return 0, fmt.Errorf("insert speaker: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("insert speaker: %w", err)
	}
	if err := addKey(ctx, tx, key, id, "ingest"); err != nil {
		return 0, err
	}
	return id, indexSpeaker(ctx, tx, id)
}

// freeSlug returns base, or base-2, base-3 … whichever is not yet taken.
func freeSlug(ctx context.Context, tx *sql.Tx, base string) (string, error) {
	slug := base
	for n := 2; ; n++ {
		var taken int
		err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM speakers WHERE slug = ?1) +
			(SELECT count(*) FROM speaker_redirects WHERE slug = ?1)`, slug).Scan(&taken)
		if err != nil {
			return "", fmt.Errorf("speaker slug: %w", err)
		}
		if taken == 0 {
			return slug, nil
		}
		slug = base + "-" + strconv.Itoa(n)
	}
}

// indexSpeaker rewrites a speaker's row in the name search index: its name
// and every mention form seen other than pronouns.
func indexSpeaker(ctx context.Context, tx *sql.Tx, id int64) error {
	var name string
	var merged sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT name, merged_into FROM speakers WHERE id = ?`, id).Scan(&name, &merged); err != nil {
		return fmt.Errorf("index speaker: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM speakers_fts WHERE rowid = ?`, id); err != nil {
		return fmt.Errorf("index speaker: %w", err)
	}
	if merged.Valid {
		return nil // merged away: found through the speaker that absorbed it
	}
	mentions, err := column[string](ctx, tx, "index speaker", `SELECT mention FROM speaker_aliases WHERE speaker_id = ?`, id)
	if err != nil {
		return err
	}
	names := []string{name}
	for _, m := range mentions {
		if !pronouns[fold(m)] {
			names = append(names, m)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO speakers_fts (rowid, names) VALUES (?, ?)`, id, strings.Join(names, " | ")); err != nil {
		return fmt.Errorf("index speaker: %w", err)
	}
	return nil
}
