package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"saidwho/quotes"
)

// Actors recorded in speaker histories.
const (
	actorIngest     = "ingest"
	actorCorrection = "correction"
	actorAliasFile  = "alias-file"
)

// MergeSpeakers merges speaker from into speaker into: its quotes, mention
// forms, roles and names move over, and from's slug answers with into from
// then on. Quotes ingested later under any of from's names go to into.
func (db *DB) MergeSpeakers(ctx context.Context, from, into string) (*quotes.Speaker, error) {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("merge speakers: %w", err)
	}
	defer tx.Rollback()
	if err := db.logCorrection(ctx, tx, "merge", map[string]string{"from": from, "into": into}); err != nil {
		return nil, err
	}
	fromID, err := speakerID(ctx, tx, from)
	if err != nil {
		return nil, err
	}
	intoID, err := speakerID(ctx, tx, into)
	if err != nil {
		return nil, err
	}
	if fromID == intoID {
		return nil, quotes.Errorf(quotes.EINVALID, "%q and %q are already the same speaker", from, into)
	}
	if err := db.merge(ctx, tx, fromID, intoID, actorCorrection, "merge"); err != nil {
		return nil, err
	}
	return commitSpeaker(ctx, tx, intoID)
}

// commitSpeaker loads a speaker and commits.
func commitSpeaker(ctx context.Context, tx *sql.Tx, id int64) (*quotes.Speaker, error) {
	s, err := speakerByID(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit: %w", err)
	}
	return s, nil
}

// logCorrection keeps the correction as asked for.
func (db *DB) logCorrection(ctx context.Context, tx *sql.Tx, action string, args any) error {
	b, err := json.Marshal(args)
	if err != nil {
		return fmt.Errorf("log correction: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO corrections (action, args, created_at) VALUES (?, ?, ?)`,
		action, string(b), db.now()); err != nil {
		return fmt.Errorf("log correction: %w", err)
	}
	return nil
}

// event adds an entry to a speaker's history.
func (db *DB) event(ctx context.Context, tx *sql.Tx, id int64, action, actor, format string, args ...any) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO speaker_events (speaker_id, action, detail, actor, created_at)
		VALUES (?, ?, ?, ?, ?)`, id, action, fmt.Sprintf(format, args...), actor, db.now()); err != nil {
		return fmt.Errorf("speaker event: %w", err)
	}
	return nil
}

// nameSlug returns a speaker's name and slug.
func nameSlug(ctx context.Context, tx *sql.Tx, id int64) (name, slug string, err error) {
	if err := tx.QueryRowContext(ctx, `SELECT name, slug FROM speakers WHERE id = ?`, id).Scan(&name, &slug); err != nil {
		return "", "", fmt.Errorf("speaker %d: %w", id, err)
	}
	return name, slug, nil
}

// merge moves everything of speaker from to speaker into and leaves from
// as a pointer to into.
func (db *DB) merge(ctx context.Context, tx *sql.Tx, from, into int64, actor, action string) error {
	fromName, fromSlug, err := nameSlug(ctx, tx, from)
	if err != nil {
		return err
	}
	intoName, intoSlug, err := nameSlug(ctx, tx, into)
	if err != nil {
		return err
	}
	for _, stmt := range []string{
		`UPDATE quotes SET speaker_id = ?2 WHERE speaker_id = ?1`,
		`UPDATE sightings SET speaker_id = ?2 WHERE speaker_id = ?1`,
		`UPDATE speaker_keys SET speaker_id = ?2 WHERE speaker_id = ?1`,
		`UPDATE speaker_redirects SET speaker_id = ?2 WHERE speaker_id = ?1`,
		`UPDATE OR IGNORE speaker_rules SET speaker_id = ?2 WHERE speaker_id = ?1`,
		`DELETE FROM speaker_rules WHERE speaker_id = ?1`,
		`UPDATE speaker_rules SET target_id = ?2 WHERE target_id = ?1`,
		`DELETE FROM speaker_rules WHERE speaker_id = target_id`,
		`DELETE FROM speaker_aliases WHERE speaker_id = ?1`,
		`DELETE FROM speaker_roles WHERE speaker_id = ?1`,
		`UPDATE speakers SET merged_into = ?2, quote_count = 0 WHERE id = ?1`,
	} {
		if _, err := tx.ExecContext(ctx, stmt, from, into); err != nil {
			return fmt.Errorf("merge speakers: %w", err)
		}
	}
	if err := indexSpeaker(ctx, tx, from); err != nil {
		return err
	}
	if err := db.refreshSpeaker(ctx, tx, into); err != nil {
		return err
	}
	if err := db.event(ctx, tx, into, action, actor, "%s (%s) merged into this speaker", fromName, fromSlug); err != nil {
		return err
	}
	return db.event(ctx, tx, from, "merged", actor, "merged into %s (%s)", intoName, intoSlug)
}

// refreshSpeaker recomputes a speaker's counts, dates, mention forms and
// roles from its quotes and sightings.
func (db *DB) refreshSpeaker(ctx context.Context, tx *sql.Tx, id int64) error {
	for _, stmt := range []string{
		`DELETE FROM speaker_aliases WHERE speaker_id = ?1`,
		`INSERT INTO speaker_aliases (speaker_id, mention, mention_fold, count, first_seen, last_seen)
			SELECT ?1, mention, min(mention_fold), count(*), min(seen_at), max(seen_at)
			FROM sightings WHERE speaker_id = ?1 AND mention != '' GROUP BY mention`,
		`DELETE FROM speaker_roles WHERE speaker_id = ?1`,
		`INSERT INTO speaker_roles (speaker_id, role, count, first_seen, last_seen)
			SELECT ?1, role, count(*), min(seen_at), max(seen_at)
			FROM sightings WHERE speaker_id = ?1 AND role != '' GROUP BY role`,
		`UPDATE speakers SET quote_count = (SELECT count(*) FROM quotes WHERE speaker_id = ?1),
			first_seen = COALESCE((SELECT min(seen_at) FROM sightings WHERE speaker_id = ?1), ''),
			last_seen = COALESCE((SELECT max(seen_at) FROM sightings WHERE speaker_id = ?1), '')
			WHERE id = ?1`,
	} {
		if _, err := tx.ExecContext(ctx, stmt, id); err != nil {
			return fmt.Errorf("refresh speaker: %w", err)
		}
	}
	return indexSpeaker(ctx, tx, id)
}

// SplitSpeaker moves the quotes a speaker got through one mention form to
// another speaker (see quotes.Split) and keeps that as a rule for later
// ingests. It returns the speaker the quotes moved to.
func (db *DB) SplitSpeaker(ctx context.Context, slug string, sp quotes.Split) (*quotes.Speaker, error) {
	mention := strings.Join(strings.Fields(sp.Mention), " ")
	if mention == "" {
		return nil, quotes.Errorf(quotes.EINVALID, "split needs the mention to split off")
	}
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("split speaker: %w", err)
	}
	defer tx.Rollback()
	if err := db.logCorrection(ctx, tx, "split", map[string]string{"speaker": slug, "mention": mention, "into": sp.Into}); err != nil {
		return nil, err
	}
	id, err := speakerID(ctx, tx, slug)
	if err != nil {
		return nil, err
	}
	mf := fold(mention)
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sightings WHERE speaker_id = ? AND mention_fold = ?`, id, mf).Scan(&n); err != nil {
		return nil, fmt.Errorf("split speaker: %w", err)
	}
	if n == 0 {
		return nil, quotes.Errorf(quotes.ENOTFOUND, "speaker %q has no quotes under the mention %q", slug, mention)
	}
	var kind string
	if err := tx.QueryRowContext(ctx, `SELECT kind FROM speakers WHERE id = ?`, id).Scan(&kind); err != nil {
		return nil, fmt.Errorf("split speaker: %w", err)
	}
	target, err := db.splitTarget(ctx, tx, id, mention, strings.TrimSpace(sp.Into), quotes.SpeakerKind(kind))
	if err != nil {
		return nil, err
	}
	if target == id {
		return nil, quotes.Errorf(quotes.EINVALID, "cannot split %q off %q into the same speaker", mention, slug)
	}
	for _, stmt := range []string{
		`UPDATE sightings SET speaker_id = ?3 WHERE speaker_id = ?1 AND mention_fold = ?2`,
		// A quote follows its sightings once none of them is left with the old speaker.
		`UPDATE quotes SET speaker_id = ?3 WHERE speaker_id = ?1 AND NOT EXISTS (
			SELECT 1 FROM sightings s WHERE s.quote_id = quotes.id AND s.speaker_id = ?1)`,
		`INSERT INTO speaker_rules (speaker_id, mention_fold, target_id, created_at) VALUES (?1, ?2, ?3, ?4)
			ON CONFLICT (speaker_id, mention_fold) DO UPDATE SET target_id = excluded.target_id`,
	} {
		if _, err := tx.ExecContext(ctx, stmt, id, mf, target, db.now()); err != nil {
			return nil, fmt.Errorf("split speaker: %w", err)
		}
	}
	for _, sid := range []int64{id, target} {
		if err := db.refreshSpeaker(ctx, tx, sid); err != nil {
			return nil, err
		}
	}
	fromName, fromSlug, err := nameSlug(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	toName, toSlug, err := nameSlug(ctx, tx, target)
	if err != nil {
		return nil, err
	}
	if err := db.event(ctx, tx, id, "split", actorCorrection, "quotes under %q split off to %s (%s)", mention, toName, toSlug); err != nil {
		return nil, err
	}
	if err := db.event(ctx, tx, target, "split", actorCorrection, "quotes under %q split off from %s (%s)", mention, fromName, fromSlug); err != nil {
		return nil, err
	}
	return commitSpeaker(ctx, tx, target)
}

// splitTarget is the speaker split-off quotes go to: an existing speaker by
// slug or name, else a new one named into (or after the mention), locked
// so that ingest does not merge it back on its own.
func (db *DB) splitTarget(ctx context.Context, tx *sql.Tx, from int64, mention, into string, kind quotes.SpeakerKind) (int64, error) {
	if into != "" {
		id, err := speakerID(ctx, tx, into)
		if err == nil || quotes.ErrorCode(err) != quotes.ENOTFOUND {
			return id, err
		}
	}
	name := into
	if name == "" {
		name = mention
	}
	f := analyse(name, kind)
	if f.class == formNone {
		f = nameForm{class: formDescribe, display: name}
	}
	if f.key != "" && into != "" {
		// A name of the speaker being split (say, of a speaker wrongly
		// merged into it) becomes the new speaker's name from now on.
		if id, ok, err := keyed(ctx, tx, f.key); err != nil || (ok && id != from) {
			return id, err
		}
	}
	status := quotes.Resolved
	if f.class != formFull && f.class != formNamed {
		status = quotes.Ambiguous
	}
	key := fmt.Sprintf("s:%d:%s", from, fold(mention))
	if into != "" && f.key != "" {
		key = f.key
	}
	// A speaker merged away under this name comes back, slug and all.
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM speakers WHERE slug = ? AND merged_into IS NOT NULL`, Slugify(f.display)).Scan(&id)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if id, err = db.newSpeaker(ctx, tx, key, f, kind, status, 0); err != nil {
			return 0, err
		}
	case err != nil:
		return 0, fmt.Errorf("split speaker: %w", err)
	default:
		if _, err := tx.ExecContext(ctx, `UPDATE speakers SET merged_into = NULL WHERE id = ?`, id); err != nil {
			return 0, fmt.Errorf("split speaker: %w", err)
		}
		if err := addKey(ctx, tx, key, id, actorCorrection); err != nil {
			return 0, err
		}
	}
	for _, stmt := range []string{
		`UPDATE speakers SET locked = 1 WHERE id = ?1`,
		`UPDATE speaker_keys SET speaker_id = ?1, source = 'correction' WHERE key = ?2`,
	} {
		if _, err := tx.ExecContext(ctx, stmt, id, key); err != nil {
			return 0, fmt.Errorf("split speaker: %w", err)
		}
	}
	return id, nil
}

// UpdateSpeaker renames a speaker or sets its external id. A new name gives
// a new slug; the old one keeps answering. Names it had stay its names.
func (db *DB) UpdateSpeaker(ctx context.Context, slug string, u quotes.SpeakerUpdate) (*quotes.Speaker, error) {
	if u.Name == nil && u.ExternalID == nil {
		return nil, quotes.Errorf(quotes.EINVALID, `give "name" or "external_id" to change`)
	}
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("update speaker: %w", err)
	}
	defer tx.Rollback()
	if err := db.logCorrection(ctx, tx, "update", map[string]any{"speaker": slug, "name": u.Name, "external_id": u.ExternalID}); err != nil {
		return nil, err
	}
	id, err := speakerID(ctx, tx, slug)
	if err != nil {
		return nil, err
	}
	if u.Name != nil {
		if err := db.rename(ctx, tx, id, strings.Join(strings.Fields(*u.Name), " ")); err != nil {
			return nil, err
		}
	}
	if u.ExternalID != nil {
		if err := db.setExternalID(ctx, tx, id, strings.TrimSpace(*u.ExternalID)); err != nil {
			return nil, err
		}
	}
	return commitSpeaker(ctx, tx, id)
}

// rename gives a speaker a new canonical name and slug.
func (db *DB) rename(ctx context.Context, tx *sql.Tx, id int64, name string) error {
	if name == "" || Slugify(name) == "" {
		return quotes.Errorf(quotes.EINVALID, "a speaker's name needs letters or digits")
	}
	oldName, oldSlug, err := nameSlug(ctx, tx, id)
	if err != nil {
		return err
	}
	var kind, status string
	if err := tx.QueryRowContext(ctx, `SELECT kind, status FROM speakers WHERE id = ?`, id).Scan(&kind, &status); err != nil {
		return fmt.Errorf("rename speaker: %w", err)
	}
	slug := Slugify(name)
	if slug != oldSlug {
		var owner int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM speakers WHERE slug = ?1
			UNION ALL SELECT speaker_id FROM speaker_redirects WHERE slug = ?1 LIMIT 1`, slug).Scan(&owner)
		switch {
		case err == nil && owner != id:
			return quotes.Errorf(quotes.ECONFLICT, "the slug %q belongs to another speaker; merge the two instead", slug)
		case err != nil && !errors.Is(err, sql.ErrNoRows):
			return fmt.Errorf("rename speaker: %w", err)
		}
		for _, stmt := range []string{
			`DELETE FROM speaker_redirects WHERE slug = ?2`,
			`INSERT INTO speaker_redirects (slug, speaker_id) VALUES (?3, ?1)`,
		} {
			if _, err := tx.ExecContext(ctx, stmt, id, slug, oldSlug); err != nil {
				return fmt.Errorf("rename speaker: %w", err)
			}
		}
	}
	f := analyse(name, quotes.SpeakerKind(kind))
	var surname, given string
	if f.class == formFull && status == quotes.Resolved {
		surname, given = f.surname, f.given
	}
	if _, err := tx.ExecContext(ctx, `UPDATE speakers SET name = ?, name_fold = ?, slug = ?, surname = ?, given = ? WHERE id = ?`,
		name, fold(name), slug, surname, given, id); err != nil {
		return fmt.Errorf("rename speaker: %w", err)
	}
	if f.key != "" && (f.class == formFull || f.class == formNamed) {
		if err := addKey(ctx, tx, f.key, id, actorCorrection); err != nil {
			return err
		}
	}
	if err := indexSpeaker(ctx, tx, id); err != nil {
		return err
	}
	return db.event(ctx, tx, id, "rename", actorCorrection, "renamed from %s (%s) to %s (%s)", oldName, oldSlug, name, slug)
}

// setExternalID records an identifier elsewhere, such as a Wikidata QID;
// two speakers with one id are one person and should be merged instead.
func (db *DB) setExternalID(ctx context.Context, tx *sql.Tx, id int64, ext string) error {
	if len(ext) > 200 || strings.ContainsAny(ext, " \t\n") {
		return quotes.Errorf(quotes.EINVALID, "external id must be one word of at most 200 characters, such as a Wikidata QID (Q76)")
	}
	if ext != "" {
		var other string
		err := tx.QueryRowContext(ctx, `SELECT slug FROM speakers WHERE external_id = ? AND id != ? AND merged_into IS NULL`, ext, id).Scan(&other)
		if err == nil {
			return quotes.Errorf(quotes.ECONFLICT, "external id %q already belongs to speaker %q; merge the two instead", ext, other)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("set external id: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE speakers SET external_id = ? WHERE id = ?`, ext, id); err != nil {
		return fmt.Errorf("set external id: %w", err)
	}
	return db.event(ctx, tx, id, "set-id", actorCorrection, "external id set to %q", ext)
}

// AddAliases applies the rules of an alias file in one transaction: each
// variant becomes a key of the named speaker (created if need be), and a
// speaker stored under a variant is merged into it.
func (db *DB) AddAliases(ctx context.Context, rules []quotes.AliasRule) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("add aliases: %w", err)
	}
	defer tx.Rollback()
	for _, r := range rules {
		if err := db.addAlias(ctx, tx, r); err != nil {
			return fmt.Errorf("alias %q: %w", r.Name, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("add aliases: %w", err)
	}
	return nil
}

// aliasForm is how an alias-file name is matched: as a person's name when
// it reads as one as a whole, else as an organisation.
func aliasForm(name string, org bool) nameForm {
	if !org {
		if f := analyse(name, quotes.Person); f.class == formFull || f.class == formBare {
			return f
		}
	}
	return named(words(name))
}

// addAlias applies one alias-file line.
func (db *DB) addAlias(ctx context.Context, tx *sql.Tx, r quotes.AliasRule) error {
	f := analyse(r.Name, quotes.Person)
	org := (f.class != formFull && f.class != formBare) || f.display != strings.Join(strings.Fields(r.Name), " ")
	if org {
		if g := named(words(r.Name)); g.class == formNamed {
			f = g
		} else {
			return quotes.Errorf(quotes.EINVALID, "%q is not a name", r.Name)
		}
	}
	kind := quotes.Person
	if org {
		kind = quotes.Organisation
	}
	id, ok, err := keyed(ctx, tx, f.key)
	if err != nil {
		return err
	}
	if !ok {
		if id, err = db.newSpeaker(ctx, tx, f.key, f, kind, quotes.Resolved, 0); err != nil {
			return err
		}
		if f.class == formBare {
			if _, err := tx.ExecContext(ctx, `UPDATE speakers SET surname = ? WHERE id = ?`, f.surname, id); err != nil {
				return fmt.Errorf("alias speaker: %w", err)
			}
		}
	}
	for _, v := range r.Variants {
		vf := aliasForm(v, org)
		keys := []string{vf.key}
		if vf.class == formBare {
			keys = append(keys, "b:"+strings.TrimPrefix(vf.key, "p:"))
		}
		for i, key := range keys {
			other, ok, err := keyed(ctx, tx, key)
			if err != nil {
				return err
			}
			if ok && other != id {
				if err := db.merge(ctx, tx, other, id, actorAliasFile, "alias-file"); err != nil {
					return err
				}
			}
			if i > 0 {
				continue // the bare speaker's own key moved with the merge
			}
			res, err := tx.ExecContext(ctx, `INSERT INTO speaker_keys (key, speaker_id, source) VALUES (?, ?, ?)
				ON CONFLICT (key) DO UPDATE SET speaker_id = excluded.speaker_id, source = excluded.source
				WHERE speaker_id != excluded.speaker_id`, key, id, actorAliasFile)
			if err != nil {
				return fmt.Errorf("alias key: %w", err)
			}
			if n, _ := res.RowsAffected(); n > 0 {
				if err := db.event(ctx, tx, id, "alias-file", actorAliasFile, "%q is a name of this speaker", v); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
