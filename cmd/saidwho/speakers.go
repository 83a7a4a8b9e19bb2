package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"

	"saidwho/quotes"
	"saidwho/store"
)

const speakersUsage = `usage:
  saidwho speakers [--db PATH] show SLUG               print a speaker as JSON
  saidwho speakers [--db PATH] list [QUERY]            the most quoted speakers (matching QUERY)
  saidwho speakers [--db PATH] merge FROM INTO         merge speaker FROM into speaker INTO
  saidwho speakers [--db PATH] split SLUG MENTION [INTO]
                                                       move SLUG's quotes under MENTION to INTO
                                                       (a slug or a new name; default a new speaker)
  saidwho speakers [--db PATH] rename SLUG NAME        set the canonical name (the old slug still answers)
  saidwho speakers [--db PATH] set-id SLUG ID          set an external id, such as a Wikidata QID
  saidwho speakers [--db PATH] aliases FILE            apply an alias file now (see ingest --aliases)
`

// runSpeakers shows and corrects corpus speakers. Corrections are kept as
// rules that later ingests apply.
func runSpeakers(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer, logger *slog.Logger) error {
	fl := newFlagSet("speakers", stderr)
	dbPath := fl.String("db", envOr(getenv, "SAIDWHO_DB", "saidwho.db"), "SQLite database `path` (env SAIDWHO_DB)")
	fl.Usage = func() { fmt.Fprint(stderr, speakersUsage); fl.PrintDefaults() }
	if done, err := parseFlags(fl, args); done {
		return err
	}
	rest := fl.Args()
	if len(rest) == 0 {
		fl.Usage()
		return fmt.Errorf("%w: speakers needs a subcommand", errUsage)
	}
	want := map[string][2]int{ // subcommand → min and max arguments
		"show": {1, 1}, "list": {0, 1}, "merge": {2, 2}, "split": {2, 3}, "rename": {2, 2}, "set-id": {2, 2}, "aliases": {1, 1},
	}
	sub, subArgs := rest[0], rest[1:]
	n, ok := want[sub]
	if !ok {
		fl.Usage()
		return fmt.Errorf("%w: unknown speakers subcommand %q", errUsage, sub)
	}
	if len(subArgs) < n[0] || len(subArgs) > n[1] {
		fl.Usage()
		return fmt.Errorf("%w: speakers %s takes %d to %d arguments, got %d", errUsage, sub, n[0], n[1], len(subArgs))
	}
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()

	var out any
	switch sub {
	case "show":
		out, err = db.Speaker(ctx, subArgs[0])
	case "list":
		f := quotes.SpeakerFilter{Page: quotes.Page{Limit: quotes.MaxLimit}}
		if len(subArgs) == 1 {
			f.Query = &subArgs[0]
		}
		out, _, err = db.Speakers(ctx, f)
	case "merge":
		out, err = db.MergeSpeakers(ctx, subArgs[0], subArgs[1])
	case "split":
		sp := quotes.Split{Mention: subArgs[1]}
		if len(subArgs) == 3 {
			sp.Into = subArgs[2]
		}
		out, err = db.SplitSpeaker(ctx, subArgs[0], sp)
	case "rename":
		out, err = db.UpdateSpeaker(ctx, subArgs[0], quotes.SpeakerUpdate{Name: &subArgs[1]})
	case "set-id":
		out, err = db.UpdateSpeaker(ctx, subArgs[0], quotes.SpeakerUpdate{ExternalID: &subArgs[1]})
	case "aliases":
		err = applyAliasFile(ctx, db, subArgs[0], logger)
		out = map[string]string{"applied": subArgs[0]}
	}
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// applyAliasFile reads an alias file and applies it to the store.
func applyAliasFile(ctx context.Context, db *store.DB, path string, logger *slog.Logger) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("alias file: %w", err)
	}
	defer f.Close()
	rules, err := quotes.ParseAliases(f, path)
	if err != nil {
		return err
	}
	if err := db.AddAliases(ctx, rules); err != nil {
		return err
	}
	logger.Info("alias file applied", "path", path, "speakers", len(rules))
	return nil
}
