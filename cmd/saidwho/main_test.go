package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"saidwho/quotes/extract"
)

// env is a getenv over a fixed map.
func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

// runCmd runs the program with args and no environment.
func runCmd(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = run(context.Background(), append([]string{"saidwho"}, args...), env(nil), strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

// writeFile writes a fixture into dir.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// lines is a writer that hands each write, one slog record, to a channel,
// so a test can wait for a log line while the program runs.
type lines chan string

func (l lines) Write(p []byte) (int, error) {
	select {
	case l <- string(p):
	default: // nobody is listening for more; drop
	}
	return len(p), nil
}

var listening = regexp.MustCompile(`msg=listening addr=(\S+)`)

// TestIngestThenServe is the end-to-end path of the README: ingest the
// sample article, serve it, and read it back over HTTP.
func TestIngestThenServe(t *testing.T) {
	const sample = "../../testdata/macron-putin-2020.md"
	db := filepath.Join(t.TempDir(), "e2e.db")
	out, _, err := runCmd(t, "", "ingest", "--db", db, sample)
	if err != nil || !strings.Contains(out, "1 article(s) new, 0 already there") {
		t.Fatalf("ingest: %v, %q", err, out)
	}
	out, _, err = runCmd(t, "", "ingest", "--db", db, sample)
	if err != nil || !strings.Contains(out, "0 article(s) new, 1 already there") {
		t.Fatalf("second ingest is not idempotent: %v, %q", err, out)
	}

	ctx, cancel := context.WithCancel(context.Background())
	logs := make(lines, 100)
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"saidwho", "serve", "--addr", "127.0.0.1:0"}, env(map[string]string{"SAIDWHO_DB": db, "SAIDWHO_PUBLIC_URL": "https://quotes.example.org/"}),
			strings.NewReader(""), io.Discard, logs)
	}()
	base := "http://" + waitForAddr(t, logs, done)

	if res := get(t, base+"/healthz", nil); res.StatusCode != 200 {
		t.Errorf("healthz = %d", res.StatusCode)
	}
	var page struct {
		Data       []json.RawMessage `json:"data"`
		NextCursor *string           `json:"next_cursor"`
	}
	res := get(t, base+"/api/v1/quotes?limit=100", &page)
	text, _ := os.ReadFile(sample)
	want := len(extract.New().Extract(string(text)))
	if res.StatusCode != 200 || page.Data == nil || page.NextCursor == nil || len(page.Data) != want {
		t.Errorf("quotes = %d with %d quotes, want 200 with the %d the extractor finds", res.StatusCode, len(page.Data), want)
	}
	// The quote page links through the public URL from the environment.
	if len(page.Data) > 0 {
		var q struct {
			ID int64 `json:"id"`
		}
		if err := json.Unmarshal(page.Data[0], &q); err != nil {
			t.Fatal(err)
		}
		res, err := http.Get(fmt.Sprintf("%s/quotes/%d", base, q.ID))
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if want := fmt.Sprintf(`data-saidwho-embed="https://quotes.example.org/embed/quotes/%d"`, q.ID); res.StatusCode != 200 || !strings.Contains(string(body), want) {
			t.Errorf("quote page = %d, lacks %s", res.StatusCode, want)
		}
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after cancel: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop on cancel")
	}
}

// waitForAddr waits for the server's "listening" log line.
func waitForAddr(t *testing.T, logs lines, done chan error) string {
	t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case l := <-logs:
			if m := listening.FindStringSubmatch(l); m != nil {
				return m[1]
			}
		case err := <-done:
			t.Fatalf("serve ended early: %v", err)
		case <-timeout:
			t.Fatal("serve did not log its address")
		}
	}
}

// get fetches url and decodes a JSON body into v when v is not nil.
func get(t *testing.T, url string, v any) *http.Response {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if v != nil {
		if err := json.NewDecoder(res.Body).Decode(v); err != nil {
			t.Fatalf("%s: %v", url, err)
		}
	}
	return res
}

func TestExtractJSONLines(t *testing.T) {
	dir := t.TempDir()
	set := writeFile(t, dir, "set.jsonl",
		`{"id":"a-1","text":"Jane Roe said: \"We will build the bridge.\""}`+"\n"+`{"id":"a-2","text":"No quotes here."}`+"\n")
	md := writeFile(t, dir, "one.md", "# Bridge\n\nTomas Vale said: \"The river is high.\"\n")
	out, _, err := runCmd(t, "", "extract", set, md)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var got struct {
			ID     string            `json:"id"`
			Quotes []json.RawMessage `json:"quotes"`
		}
		if err := json.Unmarshal([]byte(l), &got); err != nil || got.Quotes == nil {
			t.Fatalf("line %q: %v (quotes must be an array)", l, err)
		}
		ids = append(ids, got.ID)
	}
	if want := []string{"a-1", "a-2", md}; strings.Join(ids, "|") != strings.Join(want, "|") {
		t.Errorf("ids = %q, want %q", ids, want)
	}
}

func TestExtractStdin(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		stdin string
		want  string
	}{
		{"text by default", []string{"extract"}, `Jane Roe said: "We will build the bridge."`, `"id":"-"`},
		{"jsonl keeps ids", []string{"extract", "--stdin-format", "jsonl"}, `{"id":"x9","text":"t"}`, `"id":"x9"`},
		{"text listing", []string{"extract", "--format", "text"}, "No quotes.", "-: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := runCmd(t, tt.stdin, tt.args...)
			if err != nil || !strings.Contains(out, tt.want) {
				t.Errorf("out = %q, err %v; want it to contain %q", out, err, tt.want)
			}
		})
	}
}

func TestCommandErrors(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "bad.jsonl", `{"id":"1","text":"ok"}`+"\n"+`not json`+"\n")
	tests := []struct {
		name     string
		args     []string
		usage    bool
		inOutput string
	}{
		{"no command", nil, true, "no command"},
		{"unknown command", []string{"frobnicate"}, true, "unknown command"},
		{"bad format", []string{"extract", "--format", "xml"}, true, "--format"},
		{"bad flag", []string{"serve", "--nope"}, true, "nope"},
		{"relative public url", []string{"serve", "--public-url", "quotes.example.org"}, true, "public URL"},
		{"ingest without files", []string{"ingest", "--db", filepath.Join(dir, "x.db")}, true, "at least one"},
		{"malformed jsonl names file:line", []string{"extract", bad}, false, bad + ":2"},
		{"missing file", []string{"extract", filepath.Join(dir, "nope.md")}, false, "nope.md"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runCmd(t, "", tt.args...)
			if err == nil {
				t.Fatal("no error")
			}
			if errors.Is(err, errUsage) != tt.usage {
				t.Errorf("usage error = %v, want %v (%v)", errors.Is(err, errUsage), tt.usage, err)
			}
			if !strings.Contains(err.Error(), tt.inOutput) {
				t.Errorf("error %q does not mention %q", err, tt.inOutput)
			}
		})
	}
}

func TestIngestDirectoryKeepsGoingPastBadFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.md", "# A\n\nJane Roe said: \"We will build the bridge.\"\n")
	writeFile(t, dir, "b.txt", "Tomas Vale said: \"The river is high.\"\n")
	writeFile(t, dir, "c.html", "<p>bin\x00ary</p>")
	writeFile(t, dir, "d.jsonl", `{"id":"e","text":"  "}`+"\n"+`{"id":"f","text":"Another article."}`+"\n")
	writeFile(t, dir, "notes.pdf", "ignored: not an article type")
	db := filepath.Join(t.TempDir(), "dir.db")
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"saidwho", "ingest", dir}, env(map[string]string{"SAIDWHO_DB": db, "SAIDWHO_PUBLIC_URL": "https://quotes.example.org/"}),
		strings.NewReader(""), &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "1 of 4") {
		t.Errorf("err = %v, want one of four files failed", err)
	}
	if !strings.Contains(out.String(), "3 article(s) new, 0 already there, 1 skipped") {
		t.Errorf("summary = %q", out.String())
	}
	if !strings.Contains(errOut.String(), "c.html") {
		t.Errorf("the bad file was not logged: %q", errOut.String())
	}
	if _, err := os.Stat(db); err != nil {
		t.Errorf("SAIDWHO_DB was not used: %v", err)
	}
}
