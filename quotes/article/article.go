// Package article reads news articles from files: plain text, Markdown,
// HTML and JSON Lines. Offsets of extracted quotes point into the Text it
// returns, so plain text and Markdown are kept byte for byte.
package article

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"saidwho/quotes"
)

// MaxBytes caps one article's text. Larger inputs are refused rather than
// half-read, so that a stray log file or dump cannot exhaust memory.
const MaxBytes = 20 << 20

// maxTitleRunes keeps a title derived from a first line readable.
const maxTitleRunes = 300

// Format is an input format, named by its file extension.
type Format string

const (
	Text     Format = "txt"
	Markdown Format = "md"
	HTML     Format = "html"
	JSONL    Format = "jsonl"
)

// FormatOf returns the format of path by its extension.
func FormatOf(path string) (Format, bool) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt":
		return Text, true
	case ".md", ".markdown":
		return Markdown, true
	case ".html", ".htm":
		return HTML, true
	case ".jsonl", ".ndjson":
		return JSONL, true
	}
	return "", false
}

// ParseFormat checks a format given by name ("txt", "md", "html", "jsonl").
func ParseFormat(s string) (Format, error) {
	if f, ok := FormatOf("x." + s); ok {
		return f, nil
	}
	return "", quotes.Errorf(quotes.EINVALID, "unknown format %q (want txt, md, html or jsonl)", s)
}

// ReadFile reads the articles of one file and hands each to fn, in order.
// A .jsonl file may hold many; the other formats hold one.
func ReadFile(path string, fn func(quotes.Article) error) error {
	format, ok := FormatOf(path)
	if !ok {
		return quotes.Errorf(quotes.EINVALID, "%s: unsupported file type (want .txt, .md, .html or .jsonl)", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open article: %w", err)
	}
	defer f.Close()
	return Read(f, path, format, fn)
}

// Read reads articles in the given format from r. name is used in error
// messages only.
func Read(r io.Reader, name string, format Format, fn func(quotes.Article) error) error {
	if format == JSONL {
		return readJSONL(r, name, fn)
	}
	b, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	a, err := decode(name, string(b), format)
	if err != nil {
		return err
	}
	return fn(a)
}

// decode turns the content of one non-JSONL file into an article.
func decode(name, src string, format Format) (quotes.Article, error) {
	src, err := Clean(name, src)
	if err != nil {
		return quotes.Article{}, err
	}
	switch format {
	case HTML:
		a, err := FromHTML(src)
		if err != nil {
			return a, fmt.Errorf("%s: %w", name, err)
		}
		return a, nil
	case Markdown:
		return quotes.Article{Title: markdownTitle(src), Text: src}, nil
	default:
		return quotes.Article{Title: firstLine(src), Text: src}, nil
	}
}

// Clean checks one article's raw content: binary input and oversized input
// are errors; invalid UTF-8 is replaced so that offsets stay well defined.
func Clean(name, s string) (string, error) {
	if len(s) > MaxBytes {
		return "", quotes.Errorf(quotes.ETOOLARGE, "%s: article larger than %d MB", name, MaxBytes>>20)
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", quotes.Errorf(quotes.EINVALID, "%s: binary content (NUL byte), not an article", name)
	}
	return strings.ToValidUTF8(s, "\uFFFD"), nil
}

// jsonlLine is one article of a .jsonl file. Evaluation sets such as
// PolNeAR put the publisher, date and title under "meta"; top-level fields
// win over them.
type jsonlLine struct {
	ID          *string `json:"id"`
	Text        *string `json:"text"`
	URL         string  `json:"url"`
	Title       string  `json:"title"`
	PublishedAt string  `json:"published_at"`
	Outlet      string  `json:"outlet"`
	Meta        struct {
		Publisher string `json:"publisher"`
		Date      string `json:"date"`
		Title     string `json:"title"`
	} `json:"meta"`
}

// readJSONL reads one article per line. The whole file is not capped,
// only each line, because evaluation sets are many articles in one file.
func readJSONL(r io.Reader, name string, fn func(quotes.Article) error) error {
	sc := bufio.NewScanner(r)
	// JSON escaping can double a text's size, hence the room above MaxBytes.
	sc.Buffer(make([]byte, 0, 64<<10), 2*MaxBytes+4096)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		a, err := decodeLine(fmt.Sprintf("%s:%d", name, line), b)
		if err != nil {
			return err
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	if errors.Is(sc.Err(), bufio.ErrTooLong) {
		return quotes.Errorf(quotes.ETOOLARGE, "%s:%d: line longer than %d MB", name, line+1, (2*MaxBytes)>>20)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// decodeLine decodes one JSONL object; where names file:line for errors.
func decodeLine(where string, b []byte) (quotes.Article, error) {
	var l jsonlLine
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&l); err != nil {
		return quotes.Article{}, quotes.Errorf(quotes.EINVALID, "%s: malformed JSON: %v", where, err)
	}
	if dec.More() {
		return quotes.Article{}, quotes.Errorf(quotes.EINVALID, "%s: more than one JSON value on the line", where)
	}
	if l.ID == nil || l.Text == nil {
		return quotes.Article{}, quotes.Errorf(quotes.EINVALID, `%s: want an object with "id" and "text"`, where)
	}
	text, err := Clean(where, *l.Text)
	if err != nil {
		return quotes.Article{}, err
	}
	published, err := ParseTime(firstOf(l.PublishedAt, l.Meta.Date))
	if err != nil {
		return quotes.Article{}, quotes.Errorf(quotes.EINVALID, "%s: %v", where, err)
	}
	title := firstOf(l.Title, l.Meta.Title)
	if title == "" {
		title = firstLine(text)
	}
	return quotes.Article{ExternalID: *l.ID, URL: l.URL, Title: tidy(title), Outlet: firstOf(l.Outlet, l.Meta.Publisher),
		PublishedAt: published, Text: text}, nil
}

// firstOf returns the first of its arguments that is not blank, trimmed.
func firstOf(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// ParseTime reads a publication time given as RFC 3339 or as a plain date.
// The empty string is the zero time.
func ParseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("published_at %q is not an RFC 3339 time or a YYYY-MM-DD date", s)
}

// markdownTitle is the first "# " heading, else the first non-empty line.
func markdownTitle(src string) string {
	for line := range strings.Lines(src) {
		if h, ok := strings.CutPrefix(strings.TrimLeft(line, " "), "# "); ok {
			if t := tidy(h); t != "" {
				return t
			}
		}
	}
	return firstLine(src)
}

// firstLine is the first non-empty line, tidied, as a fallback title.
func firstLine(src string) string {
	for line := range strings.Lines(src) {
		if t := tidy(line); t != "" {
			return t
		}
	}
	return ""
}

// tidy collapses whitespace and shortens overly long titles.
func tidy(s string) string {
	s = strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
	if r := []rune(s); len(r) > maxTitleRunes {
		s = strings.TrimSpace(string(r[:maxTitleRunes])) + "…"
	}
	return s
}
