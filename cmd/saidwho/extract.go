package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"saidwho/quotes"
	"saidwho/quotes/article"
	"saidwho/quotes/extract"
)

// extractLine is one line of `saidwho extract` JSON output.
type extractLine struct {
	ID     string         `json:"id"`
	Quotes []quotes.Quote `json:"quotes"`
}

func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract", stderr)
	format := fs.String("format", "json", "output `format`: json (one line per article) or text")
	stdinFormat := fs.String("stdin-format", "txt", "`format` of stdin when no file is given: txt, md, html or jsonl")
	minConf := fs.Float64("min-confidence", extract.DefaultMinConfidence, "drop quotes whose confidence is below `c` (0 keeps scare quotes and titles)")
	if done, err := parseFlags(fs, args); done {
		return err
	}
	if *format != "json" && *format != "text" {
		return fmt.Errorf("%w: --format must be json or text, got %q", errUsage, *format)
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	x := extract.New()
	x.MinConfidence = *minConf
	emit := func(id string, a quotes.Article) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		qs := x.Extract(a.Text)
		if *format == "text" {
			return writeText(out, id, a.Text, qs)
		}
		return writeJSONLine(out, id, qs)
	}
	if err := extractAll(fs.Args(), stdin, *stdinFormat, emit); err != nil {
		return err
	}
	return out.Flush()
}

// extractAll reads every article of the named files and directories, or of
// stdin when there are none, and hands each to emit with its id: the
// line's id for JSONL, else the file path ("-" for stdin).
func extractAll(paths []string, stdin io.Reader, stdinFormat string, emit func(string, quotes.Article) error) error {
	withID := func(path string) func(quotes.Article) error {
		return func(a quotes.Article) error {
			id := a.ExternalID
			if id == "" {
				id = path
			}
			return emit(id, a)
		}
	}
	if len(paths) == 0 {
		f, err := article.ParseFormat(stdinFormat)
		if err != nil {
			return fmt.Errorf("%w: --stdin-format: %v", errUsage, err)
		}
		return article.Read(stdin, "-", f, withID("-"))
	}
	files, err := collectFiles(paths)
	if err != nil {
		return err
	}
	for _, path := range files {
		if err := article.ReadFile(path, withID(path)); err != nil {
			return err
		}
	}
	return nil
}

func writeJSONLine(w io.Writer, id string, qs []quotes.Quote) error {
	if qs == nil {
		qs = []quotes.Quote{}
	}
	b, err := json.Marshal(extractLine{ID: id, Quotes: qs})
	if err != nil {
		return fmt.Errorf("encode %s: %w", id, err)
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}

// writeText prints a listing meant for people: each quote, then how it
// was attributed.
func writeText(w io.Writer, id, text string, qs []quotes.Quote) error {
	fmt.Fprintf(w, "%s: %d quote(s)\n", id, len(qs))
	for i, q := range qs {
		fmt.Fprintf(w, "%3d. %q\n", i+1, shorten(q.Text, 160))
		speaker := "no speaker found"
		if q.Mention != "" {
			speaker = fmt.Sprintf("%s (%s), written %q", orDash(q.Speaker), orDash(string(q.SpeakerKind)), q.Mention)
		}
		kind := string(q.Kind)
		if q.Act == quotes.Belief {
			kind += " (belief)"
		}
		fmt.Fprintf(w, "     %s · %s · cue %q · confidence %.2f\n", kind, speaker, q.Cue, q.Confidence)
	}
	_, err := fmt.Fprintln(w)
	return err
}

// shorten cuts s to n runes, marking the cut.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
