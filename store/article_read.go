package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"saidwho/quotes"
)

// Article returns one stored article, text included.
func (db *DB) Article(ctx context.Context, id int64) (*quotes.Article, error) {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("article: %w", err)
	}
	defer tx.Rollback()
	var key string
	err = tx.QueryRowContext(ctx, `SELECT dedup_key FROM articles WHERE id = ?`, id).Scan(&key)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, quotes.Errorf(quotes.ENOTFOUND, "article %d not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	return articleByKey(ctx, tx, key)
}
