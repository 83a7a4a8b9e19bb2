package store

// Champion lists make a search for one very frequent word fast without
// changing its results.
//
// A search ranks by bm25, and bm25 looks up the length of every quote that
// matches: for a word in 5% of a million quotes that is 50,000 lookups,
// some 20 ms. For a query of one word, though, a quote's score depends only
// on how often the word occurs in it (tf) and on the quote's length, and
// among the quotes with the same tf the shorter ranks first, whatever the
// corpus statistics are when the search runs. So, for each tf, the N
// shortest quotes (by length, then id) hold every quote of that tf that can
// be among the first N results; their union over the tf values is the
// word's champion list (Manning, Raghavan and Schütze, "Introduction to
// Information Retrieval", 7.1.3, made exact here by the grouping by tf).
//
// A search for the word scores only its champions, the quotes stored since
// the lists were made and the quotes changed since (search_changes). Every
// quote left out ranks after the edge of its group, the group's last
// champion; so a page whose last row scores better than every edge is the
// page that ranking every match gives, and any other page, for example one
// deep in the results, is ranked from every match as before.

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
)

const (
	// defaultChampionSize is how many quotes each group keeps: enough for
	// the first pages even at the largest page size.
	defaultChampionSize = 250
	// defaultChampionMinDocs is how many quotes a word must be in to get a
	// list; for rarer words ranking every match is fast enough.
	defaultChampionMinDocs = 5000
)

// championSettings are db's list size and word threshold; zero fields
// take the defaults.
func (db *DB) championSettings() (size, minDocs int) {
	size, minDocs = db.championSize, db.championMinDocs
	if size <= 0 {
		size = defaultChampionSize
	}
	if minDocs <= 0 {
		minDocs = defaultChampionMinDocs
	}
	return size, minDocs
}

// championList is what a search needs to know of one word's list.
type championList struct {
	term  string
	edges int   // groups cut short, each with its edge
	maxID int64 // quotes above it were stored later
}

// championHits scores the quotes a search for one word needs: the quotes
// stored after the lists, the word's champions and the quotes changed
// since. The + keeps SQLite from looking these up in the index one by one,
// which would compute bm25's corpus statistics again for each; instead
// each match is checked against one set of ids.
const championHits = `SELECT rowid AS id, ` + searchScore + ` AS score FROM quotes_fts
	WHERE quotes_fts MATCH ? AND (rowid > ? OR +rowid IN (
		SELECT id FROM search_champions WHERE term = ? UNION ALL SELECT id FROM search_changes))`

// championBound is the best score among the word's edges in the hits h;
// NULL unless all of them (the count given) are there, unchanged.
const championBound = `SELECT CASE WHEN count(*) = ? THEN min(h.score) END AS bound
	FROM h JOIN search_champions c ON c.term = ? AND c.id = h.id
	WHERE c.edge AND h.id NOT IN (SELECT id FROM search_changes)`

// championTerm is the word a query searches for, as the index holds it,
// when the query is one plain word; else "". Only ASCII letters and digits
// qualify: for them the tokenizer's folding is plain lower-casing.
func championTerm(query string) string {
	q := strings.TrimSpace(query)
	if q == "" || ftsKeywords[q] {
		return ""
	}
	for i := 0; i < len(q); i++ {
		c := q[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return ""
		}
	}
	return strings.ToLower(q)
}

// loadChampions returns the champion list of a query, or nil when the
// query is not one word that has a list.
func loadChampions(ctx context.Context, tx *sql.Tx, query string) (*championList, error) {
	term := championTerm(query)
	if term == "" {
		return nil, nil
	}
	c := championList{term: term}
	err := tx.QueryRowContext(ctx, `SELECT t.edges, s.max_id FROM search_champion_terms t, search_champion_state s
		WHERE t.term = ?`, term).Scan(&c.edges, &c.maxID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("champions: %w", err)
	}
	return &c, nil
}

// exact reports whether a page ranked from the champions is the page that
// ranking every match gives: ranks are its rows' scores, best first, want
// the rows asked for, and bound the best score among the edges. The last
// row must score strictly better, as a quote left out may tie with its
// edge and have a smaller id. A page that ends early may miss quotes left
// out, unless no group was cut short.
func (c *championList) exact(ranks []float64, bound sql.NullFloat64, want int) bool {
	if c.edges == 0 {
		return true
	}
	return len(ranks) == want && bound.Valid && ranks[len(ranks)-1] < bound.Float64
}

// RefreshChampions rebuilds the champion lists from the quotes stored now.
// Searches stay exact without it, but they score every quote stored or
// changed since the last refresh: run it after large ingests. It reads in
// one transaction and writes in a short second one, so that other writers
// wait only for the writing.
func (db *DB) RefreshChampions(ctx context.Context) error {
	c, err := db.buildChampions(ctx)
	if err != nil {
		return fmt.Errorf("refresh champions: %w", err)
	}
	if err := db.saveChampions(ctx, c); err != nil {
		return fmt.Errorf("refresh champions: %w", err)
	}
	return nil
}

// RefreshStaleChampions refreshes the champion lists when the quotes
// stored or changed since they were made are 1% of all quotes or more; by
// then each search for a frequent word scores about 1% of its matches on
// top of the champions. It reports whether it refreshed.
func (db *DB) RefreshStaleChampions(ctx context.Context) (bool, error) {
	var all, since int64
	err := db.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM quotes),
		(SELECT count(*) FROM quotes WHERE id > COALESCE((SELECT max_id FROM search_champion_state), 0))
		+ (SELECT count(*) FROM search_changes)`).Scan(&all, &since)
	if err != nil {
		return false, fmt.Errorf("refresh champions: %w", err)
	}
	if since == 0 || since*100 < all {
		return false, nil
	}
	return true, db.RefreshChampions(ctx)
}

// champions are the lists of one refresh and what they were made from:
// the changes up to seq and the quotes up to maxID.
type champions struct {
	seq, maxID int64
	terms      map[string][]champion
}

// champion is one quote of a list; edge marks a group's last.
type champion struct {
	id   int64
	edge bool
}

// buildChampions reads the index and makes the lists, all from one
// snapshot of the database.
func (db *DB) buildChampions(ctx context.Context) (*champions, error) {
	size, minDocs := db.championSettings()
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	c := &champions{terms: map[string][]champion{}}
	// sqlite_sequence keeps the highest seq given, even once the rows are gone.
	err = tx.QueryRowContext(ctx, `SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'search_changes'), 0),
		COALESCE((SELECT max(id) FROM quotes), 0)`).Scan(&c.seq, &c.maxID)
	if err != nil {
		return nil, err
	}
	terms, err := frequentTerms(ctx, tx, minDocs)
	if err != nil || len(terms) == 0 {
		return c, err
	}
	lengths, err := rowLengths(ctx, tx)
	if err != nil {
		return nil, err
	}
	for _, term := range terms {
		if c.terms[term], err = championsOf(ctx, tx, term, lengths, size); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// frequentTerms lists the words of the quote text that are in at least
// minDocs quotes.
func frequentTerms(ctx context.Context, tx *sql.Tx, minDocs int) ([]string, error) {
	return column[string](ctx, tx, "frequent words", `SELECT term FROM quotes_fts_col WHERE col = 'text' AND doc >= ?`, minDocs)
}

// rowLengths reads the length in tokens of every indexed row, as bm25
// does: from the index's docsize table, whose sz holds one SQLite varint
// per column (https://sqlite.org/fts5.html#the_docsize_table). It returns
// a lookup by id.
func rowLengths(ctx context.Context, tx *sql.Tx) (func(id int64) (int, bool), error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, sz FROM quotes_fts_docsize`)
	if err != nil {
		return nil, fmt.Errorf("row lengths: %w", err)
	}
	defer rows.Close()
	var ids []int64
	var lengths []int32
	for rows.Next() {
		var id int64
		var sz []byte
		if err := rows.Scan(&id, &sz); err != nil {
			return nil, fmt.Errorf("row lengths: %w", err)
		}
		n := 0
		for len(sz) > 0 {
			v, k := sqliteVarint(sz)
			if k == 0 {
				return nil, fmt.Errorf("row lengths: bad size record for row %d", id)
			}
			n, sz = n+int(v), sz[k:]
		}
		ids, lengths = append(ids, id), append(lengths, int32(n))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("row lengths: %w", err)
	}
	return lengthLookup(ids, lengths), nil
}

// lengthLookup indexes lengths by id. Ids are dense as SQLite gives them
// (each new row the next one), and a slice indexed by id is many times
// faster than a map for the millions of lookups a refresh makes; a map
// serves ids spread too thin for that.
func lengthLookup(ids []int64, lengths []int32) func(id int64) (int, bool) {
	minID, maxID := int64(0), int64(0)
	for _, id := range ids {
		minID, maxID = min(minID, id), max(maxID, id)
	}
	if minID < 0 || maxID > 4*int64(len(ids))+1<<16 {
		byID := make(map[int64]int32, len(ids))
		for i, id := range ids {
			byID[id] = lengths[i]
		}
		return func(id int64) (int, bool) {
			n, ok := byID[id]
			return int(n), ok
		}
	}
	dense := make([]int32, maxID+1)
	for i := range dense {
		dense[i] = -1
	}
	for i, id := range ids {
		dense[id] = lengths[i]
	}
	return func(id int64) (int, bool) {
		if id < 0 || id >= int64(len(dense)) || dense[id] < 0 {
			return 0, false
		}
		return int(dense[id]), true
	}
}

// sqliteVarint decodes SQLite's varint: big-endian groups of seven bits,
// the high bit set on all but the last byte, the ninth byte whole. It
// returns the value and the bytes read, 0 when b ends too soon.
func sqliteVarint(b []byte) (uint64, int) {
	var v uint64
	for i := 0; i < len(b); i++ {
		if i == 8 {
			return v<<8 | uint64(b[i]), 9
		}
		v = v<<7 | uint64(b[i]&0x7f)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}

// candidate is a quote holding a word, with its length.
type candidate struct {
	length int
	id     int64
}

func (a candidate) compare(b candidate) int {
	return cmp.Or(cmp.Compare(a.length, b.length), cmp.Compare(a.id, b.id))
}

// shortest keeps the n candidates that come first by (length, id) and
// counts all it was given. Candidates come in id order.
type shortest struct {
	n, seen int
	docs    []candidate
	// cut is the length of the last kept candidate after a trim: a later
	// one at least as long comes after all n kept.
	cut int
}

func (s *shortest) add(c candidate) {
	s.seen++
	if s.cut > 0 && c.length >= s.cut {
		return
	}
	s.docs = append(s.docs, c)
	if len(s.docs) >= 4*s.n { // trimming now and then keeps adding linear
		s.trim()
	}
}

func (s *shortest) trim() {
	slices.SortFunc(s.docs, candidate.compare)
	if len(s.docs) >= s.n {
		s.docs = s.docs[:s.n]
		s.cut = s.docs[s.n-1].length
	}
}

// championsOf makes one word's list: for each tf, the size shortest quotes,
// the last marked as the edge when the group had more.
func championsOf(ctx context.Context, tx *sql.Tx, term string, lengthOf func(int64) (int, bool), size int) ([]champion, error) {
	rows, err := tx.QueryContext(ctx, `SELECT doc FROM quotes_fts_instance WHERE term = ? AND col = 'text'`, term)
	if err != nil {
		return nil, fmt.Errorf("champions of %q: %w", term, err)
	}
	defer rows.Close()
	groups := map[int]*shortest{}
	add := func(id int64, tf int) error {
		length, ok := lengthOf(id)
		if !ok {
			return fmt.Errorf("champions of %q: no length for row %d", term, id)
		}
		if groups[tf] == nil {
			groups[tf] = &shortest{n: size}
		}
		groups[tf].add(candidate{length: length, id: id})
		return nil
	}
	// The occurrences come in row order, so a run of one id is its tf.
	var last int64
	tf := 0
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("champions of %q: %w", term, err)
		}
		if id < last {
			return nil, fmt.Errorf("champions of %q: occurrences out of row order", term)
		}
		if id != last && tf > 0 {
			if err := add(last, tf); err != nil {
				return nil, err
			}
			tf = 0
		}
		last = id
		tf++
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("champions of %q: %w", term, err)
	}
	if tf > 0 {
		if err := add(last, tf); err != nil {
			return nil, err
		}
	}
	var list []champion
	for _, g := range groups {
		g.trim()
		for i, d := range g.docs {
			list = append(list, champion{id: d.id, edge: g.seen > size && i == len(g.docs)-1})
		}
	}
	return list, nil
}

// saveChampions replaces the lists with c, unless a refresh that read
// later saved its own meanwhile.
func (db *DB) saveChampions(ctx context.Context, c *champions) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var seq, maxID int64
	err = tx.QueryRowContext(ctx, `SELECT seq, max_id FROM search_champion_state`).Scan(&seq, &maxID)
	switch {
	case err == nil && (seq > c.seq || seq == c.seq && maxID > c.maxID):
		return nil
	case err != nil && !errors.Is(err, sql.ErrNoRows):
		return err
	}
	for _, stmt := range []string{`DELETE FROM search_champions`, `DELETE FROM search_champion_terms`, `DELETE FROM search_champion_state`} {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO search_champion_state (seq, max_id) VALUES (?, ?)`, c.seq, c.maxID); err != nil {
		return err
	}
	insTerm, err := tx.PrepareContext(ctx, `INSERT INTO search_champion_terms (term, edges) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer insTerm.Close()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO search_champions (term, id, edge) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	for term, list := range c.terms {
		edges := 0
		for _, ch := range list {
			if ch.edge {
				edges++
			}
			if _, err := ins.ExecContext(ctx, term, ch.id, ch.edge); err != nil {
				return err
			}
		}
		if _, err := insTerm.ExecContext(ctx, term, edges); err != nil {
			return err
		}
	}
	// The changes the lists have seen; later ones stay.
	if _, err := tx.ExecContext(ctx, `DELETE FROM search_changes WHERE seq <= ?`, c.seq); err != nil {
		return err
	}
	return tx.Commit()
}
