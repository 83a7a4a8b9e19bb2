// Command saidwho finds the quotes in news articles, stores them with their
// speakers in SQLite and serves them over an HTTP API.
//
//	saidwho extract [--format json|text] [FILE|DIR...]
//	saidwho ingest  [--db PATH] [--aliases FILE] FILE|DIR...
//	saidwho serve   [--db PATH] [--addr :8080] [--token T] [--public-url URL]
//	saidwho speakers [--db PATH] show|list|merge|split|rename|set-id|aliases ...
//	saidwho eval    GOLD.jsonl [--pred PRED.jsonl] [--kinds K] [--json] ...
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

// errUsage marks mistakes in the command line; they exit with status 2.
var errUsage = errors.New("usage")

const usage = `saidwho finds who said what in news articles.

Usage:
  saidwho extract [--format json|text] [FILE|DIR...]   print the quotes of articles (stdin when no file)
  saidwho ingest  [--db PATH] [--aliases FILE] FILE|DIR...  store articles and their quotes
  saidwho serve   [--db PATH] [--addr ADDR] [--token T] [--public-url URL]
                                                       serve the API, the browse pages and the quote widget
  saidwho speakers [--db PATH] SUBCOMMAND ...          show and correct speakers:
                  show SLUG | list [QUERY] | merge FROM INTO | split SLUG MENTION [INTO] |
                  rename SLUG NAME | set-id SLUG ID | aliases FILE
  saidwho eval    GOLD.jsonl [--pred P.jsonl] [flags]  score extraction against annotated quotes

Articles are .txt, .md, .html or .jsonl ({"id", "text"} per line) files.
Environment: SAIDWHO_DB (default saidwho.db), SAIDWHO_ADDR (default :8080),
SAIDWHO_TOKEN (bearer token required for API writes),
SAIDWHO_PUBLIC_URL (absolute base URL for links in pages, embeds and oEmbed).
Run "saidwho COMMAND -h" for a command's flags.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args, os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintf(os.Stderr, "saidwho: %v\n", err)
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// run is the whole program; args[0] is the program name. Everything it
// touches comes in as a parameter, so tests can run it in-process.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	if len(args) < 2 {
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("%w: no command given", errUsage)
	}
	cmd, rest := args[1], args[2:]
	switch cmd {
	case "extract":
		return runExtract(ctx, rest, stdin, stdout, stderr)
	case "ingest":
		return runIngest(ctx, rest, getenv, stdout, stderr, logger)
	case "serve":
		return runServe(ctx, rest, getenv, stderr, logger)
	case "eval":
		return runEval(ctx, rest, stdout, stderr)
	case "speakers":
		return runSpeakers(ctx, rest, getenv, stdout, stderr, logger)
	// Further commands get their case here.
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("%w: unknown command %q", errUsage, cmd)
}

// newFlagSet makes a subcommand's flag set, reporting to stderr.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("saidwho "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parseFlags parses args; -h is not an error but still stops the command,
// reported as done=true.
func parseFlags(fs *flag.FlagSet, args []string) (done bool, err error) {
	err = fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		return true, nil
	}
	if err != nil {
		return true, fmt.Errorf("%w: %v", errUsage, err)
	}
	return false, nil
}

// envOr is the environment variable key, or def when it is unset.
func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}
