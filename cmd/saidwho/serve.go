package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"time"

	"saidwho/quotes/extract"
	"saidwho/store"
	"saidwho/web"
)

func runServe(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer, logger *slog.Logger) error {
	fl := newFlagSet("serve", stderr)
	dbPath := fl.String("db", envOr(getenv, "SAIDWHO_DB", "saidwho.db"), "SQLite database `path` (env SAIDWHO_DB)")
	addr := fl.String("addr", envOr(getenv, "SAIDWHO_ADDR", ":8080"), "listen `address` (env SAIDWHO_ADDR)")
	token := fl.String("token", getenv("SAIDWHO_TOKEN"), "bearer `token` required to add articles (env SAIDWHO_TOKEN)")
	publicURL := fl.String("public-url", getenv("SAIDWHO_PUBLIC_URL"),
		"absolute base `URL` for links in pages, embeds and oEmbed, such as https://quotes.example.org (env SAIDWHO_PUBLIC_URL; default: the request's host)")
	if done, err := parseFlags(fl, args); done {
		return err
	}
	if fl.NArg() > 0 {
		return fmt.Errorf("%w: serve takes no arguments, got %q", errUsage, fl.Args())
	}
	if *publicURL != "" {
		u, err := web.ParsePublicURL(*publicURL)
		if err != nil {
			return fmt.Errorf("%w: %w", errUsage, err)
		}
		*publicURL = u
	}
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()

	srv := web.NewServer(db, extract.New(), logger, web.Config{Token: *token, PublicURL: *publicURL})
	// Listening first gives the real address (":0" picks a free port) to
	// log before serving.
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	if *token == "" {
		logger.Warn("no token set: anyone can add articles with POST /api/v1/articles")
	}
	logger.Info("listening", "addr", ln.Addr().String(), "db", *dbPath, "public_url", *publicURL)
	go refreshChampions(ctx, db, championInterval, logger)
	if err := srv.Serve(ctx, ln); err != nil {
		return err
	}
	logger.Info("stopped")
	return nil
}

// championInterval is how often serve checks whether the articles added
// through the API call for fresh search champion lists.
const championInterval = 10 * time.Minute

// refreshChampions refreshes the search champion lists, when stale, every
// interval until ctx ends. Searches are exact either way; stale lists only
// make searches for frequent words score more quotes.
func refreshChampions(ctx context.Context, db *store.DB, interval time.Duration, logger *slog.Logger) {
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		refreshed, err := db.RefreshStaleChampions(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			logger.Error("search champion lists not refreshed", "err", err)
		case refreshed:
			logger.Info("search champion lists refreshed")
		}
	}
}
