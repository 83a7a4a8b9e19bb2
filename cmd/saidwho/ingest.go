package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"saidwho/quotes"
	"saidwho/quotes/article"
	"saidwho/quotes/extract"
	"saidwho/store"
)

// ingestCounts is what the summary line reports.
type ingestCounts struct {
	files, failedFiles                int
	created, existing, skipped, saved int
}

func runIngest(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer, logger *slog.Logger) error {
	fl := newFlagSet("ingest", stderr)
	dbPath := fl.String("db", envOr(getenv, "SAIDWHO_DB", "saidwho.db"), "SQLite database `path` (env SAIDWHO_DB)")
	aliases := fl.String("aliases", "", "alias `file` applied before ingesting: one speaker per line, \"Name | variant | variant\"")
	if done, err := parseFlags(fl, args); done {
		return err
	}
	if fl.NArg() == 0 {
		return fmt.Errorf("%w: ingest needs at least one FILE or DIR", errUsage)
	}
	files, err := collectFiles(fl.Args())
	if err != nil {
		return err
	}
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if *aliases != "" {
		if err := applyAliasFile(ctx, db, *aliases, logger); err != nil {
			return err
		}
	}

	c, err := ingestFiles(ctx, db, files, newProgress(stderr, len(files)), logger)
	fmt.Fprintf(stdout, "ingested %d file(s) into %s: %d article(s) new, %d already there, %d skipped; %d quote(s) stored\n",
		c.files, *dbPath, c.created, c.existing, c.skipped, c.saved)
	if err != nil {
		return err
	}
	// Searches are exact either way; fresh champion lists keep searches
	// for frequent words fast after a large batch.
	if refreshed, err := db.RefreshStaleChampions(ctx); err != nil {
		return err
	} else if refreshed {
		logger.Info("search champion lists refreshed")
	}
	if c.failedFiles > 0 {
		return fmt.Errorf("%d of %d file(s) could not be read (see the log above)", c.failedFiles, c.files)
	}
	return nil
}

// ingestFiles extracts and stores every article of files. A file that
// cannot be read is logged and counted, and the others still go in.
func ingestFiles(ctx context.Context, db *store.DB, files []string, bar *progressbar.ProgressBar, logger *slog.Logger) (ingestCounts, error) {
	c := ingestCounts{files: len(files)}
	x := extract.New()
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return c, err
		}
		err := article.ReadFile(path, func(a quotes.Article) error {
			return ingestArticle(ctx, db, x, path, &a, &c, logger)
		})
		if err != nil {
			c.failedFiles++
			logger.Warn("file not ingested", "path", path, "err", err)
		}
		if bar != nil {
			bar.Add(1) //nolint:errcheck // a progress bar that cannot draw is no reason to stop
		}
	}
	return c, nil
}

// ingestArticle stores one article. An invalid article (say, an empty
// line's text) is skipped so that the rest of its file still goes in.
func ingestArticle(ctx context.Context, db *store.DB, x *extract.Extractor, path string, a *quotes.Article, c *ingestCounts, logger *slog.Logger) error {
	qs := x.Extract(a.Text)
	_, created, err := db.SaveArticle(ctx, a, qs)
	switch {
	case quotes.ErrorCode(err) == quotes.EINVALID:
		c.skipped++
		logger.Warn("article skipped", "path", path, "id", a.ExternalID, "err", err)
		return nil
	case err != nil:
		return err
	case created:
		c.created++
		c.saved += len(qs)
	default:
		c.existing++
	}
	return nil
}

// collectFiles expands directories into the article files below them, in
// a stable order; files named explicitly are kept whatever their type.
func collectFiles(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("article input: %w", err)
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		found, err := articlesBelow(p)
		if err != nil {
			return nil, err
		}
		files = append(files, found...)
	}
	return files, nil
}

// articlesBelow lists the article files under dir.
func articlesBelow(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if _, ok := article.FormatOf(path); ok && d.Type().IsRegular() {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("walk %s: %w", dir, err)
	}
	sort.Strings(files)
	return files, nil
}

// newProgress returns a progress bar when stderr is a terminal, else nil:
// in logs and pipes a bar is noise.
func newProgress(stderr io.Writer, total int) *progressbar.ProgressBar {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return progressbar.NewOptions(total,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription("ingesting"),
		progressbar.OptionShowCount(),
		progressbar.OptionClearOnFinish(),
	)
}
