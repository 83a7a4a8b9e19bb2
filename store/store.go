// Package store keeps saidwho's articles, speakers and quotes in SQLite
// (mattn/go-sqlite3, built with -tags sqlite_fts5 for the full-text index).
// It implements quotes.Store.
package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver

	"saidwho/quotes"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is a saidwho database in one SQLite file.
type DB struct {
	db *sql.DB
	// Now is the clock used for created_at stamps; tests replace it.
	Now func() time.Time
	// championSize and championMinDocs shape the champion lists (see
	// champion.go); zero means the default. Tests make them small.
	championSize, championMinDocs int
}

var _ quotes.Store = (*DB)(nil)

// Open opens (creating if needed) the database at path and brings its
// schema up to date.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, quotes.Errorf(quotes.EINVALID, "database path is empty")
	}
	// WAL lets readers run while a writer writes; busy_timeout makes a
	// second writer wait instead of failing at once. The pages one search
	// reads (the word's index entries, the quotes it filters) outgrow
	// SQLite's default cache of 2 MB at a million quotes: 16 MB per
	// connection keeps them instead of reading them from the OS again.
	params := url.Values{
		"_journal_mode": {"WAL"},
		"_foreign_keys": {"on"},
		"_busy_timeout": {"5000"},
		"_synchronous":  {"NORMAL"},
		"_cache_size":   {"-16384"}, // KiB
	}
	sqlDB, err := sql.Open("sqlite3", path+"?"+params.Encode())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db := &DB{db: sqlDB, Now: time.Now}
	if err := db.migrate(ctx); err != nil {
		sqlDB.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := db.backfillHashes(ctx); err != nil {
		sqlDB.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

// backfillHashes gives quotes stored before migration 0002 the text
// hashes that find them again (SQL alone cannot normalise text as Go does).
func (db *DB) backfillHashes(ctx context.Context) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("backfill: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT id, text FROM quotes WHERE text_hash = 0`)
	if err != nil {
		return fmt.Errorf("backfill: %w", err)
	}
	type row struct {
		id   int64
		norm string
	}
	var todo []row
	for rows.Next() {
		var r row
		var text string
		if err := rows.Scan(&r.id, &text); err != nil {
			rows.Close()
			return fmt.Errorf("backfill: %w", err)
		}
		if r.norm = normText(text); r.norm != "" {
			todo = append(todo, r)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("backfill: %w", err)
	}
	if len(todo) == 0 {
		return nil
	}
	for _, r := range todo {
		if _, err := tx.ExecContext(ctx, `UPDATE quotes SET text_hash = ?, head_hash = ? WHERE id = ?`,
			hash64(r.norm), headHash(r.norm), r.id); err != nil {
			return fmt.Errorf("backfill: %w", err)
		}
	}
	return tx.Commit()
}

// Close closes the database.
func (db *DB) Close() error { return db.db.Close() }

// now is the clock's time, in UTC, as stored.
func (db *DB) now() string { return formatTime(db.Now()) }

// migrate applies, in order, each embedded migration not yet recorded in
// schema_migrations, each in its own transaction.
func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("list migrations: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := db.migrateOne(ctx, name); err != nil {
			return err
		}
	}
	return nil
}

// migrateOne applies one migration file unless it is already recorded.
func (db *DB) migrateOne(ctx context.Context, name string) error {
	base := strings.TrimPrefix(name, "migrations/")
	version, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
	if err != nil {
		return fmt.Errorf("migration %s: name must start with a number: %w", base, err)
	}
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %s: %w", base, err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, version).Scan(&n); err != nil {
		return fmt.Errorf("migration %s: %w", base, err)
	}
	if n > 0 {
		return nil
	}
	body, err := migrations.ReadFile(name)
	if err != nil {
		return fmt.Errorf("migration %s: %w", base, err)
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return fmt.Errorf("migration %s: %w", base, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		version, base, db.now()); err != nil {
		return fmt.Errorf("migration %s: %w", base, err)
	}
	return tx.Commit()
}

// formatTime stores times as RFC 3339 text in UTC; the zero time is "".
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// parseTime reads a time written by formatTime.
func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("stored time %q: %w", s, err)
	}
	return t, nil
}

// pageLimit applies the shared default and maximum.
func pageLimit(p quotes.Page) int {
	switch {
	case p.Limit <= 0:
		return quotes.DefaultLimit
	case p.Limit > quotes.MaxLimit:
		return quotes.MaxLimit
	}
	return p.Limit
}

// column runs a query of one column and returns its values; what names
// the query in errors.
func column[T any](ctx context.Context, tx *sql.Tx, what, query string, args ...any) ([]T, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		if err := rows.Scan(&v); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}
