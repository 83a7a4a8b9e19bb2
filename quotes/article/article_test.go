package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"saidwho/quotes"
)

// readAll reads every article of one file.
func readAll(t *testing.T, name, content string) ([]quotes.Article, error) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	var as []quotes.Article
	err := ReadFile(path, func(a quotes.Article) error {
		as = append(as, a)
		return nil
	})
	return as, err
}

func TestReadFilePlainFormats(t *testing.T) {
	tests := []struct {
		name, file, content, title string
	}{
		{"markdown heading is the title", "a.md", "By AFP\n\n# Jane Roe wins\n\nJane Roe said: \"We will build the bridge.\"\n", "Jane Roe wins"},
		{"markdown without heading uses first line", "b.md", "\n\n  Bridge   news \nJane Roe said so.\n", "Bridge news"},
		{"markdown ## is not a title", "c.md", "## Section\n\ntext\n", "## Section"},
		{"text uses first non-empty line", "d.txt", "\n\nTomas Vale speaks\n\nHe said: \"No.\"", "Tomas Vale speaks"},
		{"empty text has no title", "e.txt", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as, err := readAll(t, tt.file, tt.content)
			if err != nil {
				t.Fatal(err)
			}
			if len(as) != 1 {
				t.Fatalf("got %d articles, want 1", len(as))
			}
			if as[0].Text != tt.content {
				t.Errorf("text changed: got %q, want the raw file %q", as[0].Text, tt.content)
			}
			if as[0].Title != tt.title {
				t.Errorf("title = %q, want %q", as[0].Title, tt.title)
			}
		})
	}
}

func TestReadFileRejects(t *testing.T) {
	tests := []struct {
		name, file, content, code, inMessage string
	}{
		{"NUL byte is binary", "a.txt", "Jane\x00Roe", quotes.EINVALID, "binary"},
		{"NUL byte in html", "a.html", "<p>x\x00</p>", quotes.EINVALID, "binary"},
		{"unsupported extension", "a.pdf", "%PDF", quotes.EINVALID, "unsupported"},
		{"over the size cap", "big.txt", strings.Repeat("a", MaxBytes+1), quotes.ETOOLARGE, "larger than"},
		{"malformed jsonl line names file:line", "x.jsonl", `{"id":"1","text":"ok"}` + "\n" + `{"id":"2","text":` + "\n", quotes.EINVALID, "x.jsonl:2"},
		{"jsonl line without text", "x.jsonl", `{"id":"1"}`, quotes.EINVALID, "x.jsonl:1"},
		{"jsonl line that is not an object", "x.jsonl", `[1,2]`, quotes.EINVALID, "x.jsonl:1"},
		{"jsonl bad published_at", "x.jsonl", `{"id":"1","text":"t","published_at":"yesterday"}`, quotes.EINVALID, "x.jsonl:1"},
		{"jsonl NUL in text", "x.jsonl", `{"id":"1","text":"a\u0000b"}`, quotes.EINVALID, "x.jsonl:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readAll(t, tt.file, tt.content)
			if err == nil {
				t.Fatal("got no error")
			}
			if got := quotes.ErrorCode(err); got != tt.code {
				t.Errorf("code = %q, want %q (err %v)", got, tt.code, err)
			}
			if !strings.Contains(err.Error(), tt.inMessage) {
				t.Errorf("error %q does not mention %q", err, tt.inMessage)
			}
		})
	}
}

func TestReadFileInvalidUTF8IsReplaced(t *testing.T) {
	as, err := readAll(t, "a.txt", "Jane \xff\xfe Roe")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Jane \uFFFD Roe"; as[0].Text != want {
		t.Errorf("text = %q, want %q", as[0].Text, want)
	}
}

func TestReadFileJSONL(t *testing.T) {
	content := `{"id":"a-1","text":"Jane Roe said: \"We will build the bridge.\"","url":"https://example.org/a","title":"Bridge","published_at":"2024-03-01T10:00:00+01:00"}` + "\n" +
		"\n" +
		`{"id":"a-2","text":"Tomas Vale spoke.\nMore.","published_at":"2024-03-02"}` + "\n"
	as, err := readAll(t, "set.jsonl", content)
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 2 {
		t.Fatalf("got %d articles, want 2 (blank lines skipped)", len(as))
	}
	first, second := as[0], as[1]
	if first.ExternalID != "a-1" || first.URL != "https://example.org/a" || first.Title != "Bridge" {
		t.Errorf("first article = %+v", first)
	}
	if want := time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC); !first.PublishedAt.Equal(want) {
		t.Errorf("published_at = %v, want %v", first.PublishedAt, want)
	}
	if second.ExternalID != "a-2" || second.Title != "Tomas Vale spoke." || second.Text != "Tomas Vale spoke.\nMore." {
		t.Errorf("second article = %+v", second)
	}
}

func TestReadFileJSONLMeta(t *testing.T) {
	content := `{"id":"m-1","text":"Jane Roe spoke.","meta":{"publisher":"daily-bugle","date":"2016-09-19","title":"Roe speaks"}}` + "\n" +
		`{"id":"m-2","text":"Tomas Vale spoke.","outlet":"the-clarion","title":"Top","published_at":"2016-01-02","meta":{"publisher":"ignored","date":"2000-01-01","title":"ignored"}}` + "\n"
	as, err := readAll(t, "meta.jsonl", content)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		outlet, title, date string
	}{
		{"daily-bugle", "Roe speaks", "2016-09-19"},
		{"the-clarion", "Top", "2016-01-02"}, // top-level fields win over meta
	}
	for i, tt := range tests {
		a := as[i]
		if a.Outlet != tt.outlet || a.Title != tt.title || a.PublishedAt.Format(time.DateOnly) != tt.date {
			t.Errorf("article %d = outlet %q title %q date %v, want %+v", i, a.Outlet, a.Title, a.PublishedAt, tt)
		}
	}
}

func TestFromHTML(t *testing.T) {
	tests := []struct {
		name, src, text, title, url string
	}{
		{
			name:  "paragraphs and inline markup",
			src:   `<html><head><title>Page</title></head><body><p>Jane <b>Roe</b> said:</p><p>"We will build the bridge."</p></body></html>`,
			text:  "Jane Roe said:\n\n\"We will build the bridge.\"",
			title: "Page",
		},
		{
			name:  "og:title wins over title and h1; canonical over og:url",
			src:   `<head><meta property="og:title" content=" Bridge  plans "><meta property="og:url" content="https://example.org/og"><link rel="Canonical" href="https://example.org/c"><title>T</title></head><h1>H</h1><p>x</p>`,
			text:  "H\n\nx",
			title: "Bridge plans",
			url:   "https://example.org/c",
		},
		{
			name:  "h1 title when nothing else; og:url without canonical",
			src:   `<meta property="og:url" content="https://example.org/og"><article><h1>Tomas  Vale</h1><p>text</p></article>`,
			text:  "Tomas Vale\n\ntext",
			title: "Tomas Vale",
			url:   "https://example.org/og",
		},
		{
			name: "page furniture is skipped",
			src: `<body><header>Site</header><nav><p>Home</p></nav><script>var s = "</p><p>evil";</script><style>p{}</style>` +
				`<noscript>Enable JS</noscript><template><p>tpl</p></template><aside>Ad</aside><form><p>Subscribe</p></form>` +
				`<main><p>Body text.</p></main><div hidden>secret</div><span aria-hidden="true">icon</span><footer>(c)</footer></body>`,
			text: "Body text.",
		},
		{
			name: "entities and whitespace collapse",
			src:  "<p>Jane&nbsp;Roe   said:\n\t&#8220;Yes&#8221; &amp; &quot;no&quot;</p>",
			text: "Jane Roe said: \u201cYes\u201d & \"no\"",
		},
		{
			name: "unclosed and misnested tags",
			src:  "<p>one<p>two<b>bold<i>both</b>tail</i><div>three",
			text: "one\n\ntwobold" + "bothtail\n\nthree",
		},
		{
			name: "br and list items break paragraphs; cells are spaced",
			src:  "<div>a<br>b<ul><li>c</li><li>d</li></ul><table><tr><td>e</td><td>f</td></tr></table></div>",
			text: "a\n\nb\n\nc\n\nd\n\ne f",
		},
		{
			name: "comments and doctype vanish",
			src:  "<!DOCTYPE html><!-- <p>hidden</p> --><p>seen</p>",
			text: "seen",
		},
		{
			name: "not html at all",
			src:  "just words, no tags",
			text: "just words, no tags",
		},
		{
			name: "empty document",
			src:  "",
			text: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromHTML(tt.src)
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tt.text {
				t.Errorf("text = %q, want %q", a.Text, tt.text)
			}
			if a.Title != tt.title {
				t.Errorf("title = %q, want %q", a.Title, tt.title)
			}
			if a.URL != tt.url {
				t.Errorf("url = %q, want %q", a.URL, tt.url)
			}
		})
	}
}

// Deep nesting is a classic way to blow a recursive tree walk: moderately
// deep pages read fine, pathological ones are a clear error, never a crash.
func TestFromHTMLDeepNesting(t *testing.T) {
	nest := func(depth int) string {
		return strings.Repeat("<span>", depth) + "deep" + strings.Repeat("</span>", depth) + "<p>after</p>"
	}
	a, err := FromHTML(nest(300))
	if err != nil || a.Text != "deep\n\nafter" {
		t.Errorf("300 deep: text = %q, err %v", a.Text, err)
	}
	_, err = FromHTML(nest(100000))
	if quotes.ErrorCode(err) != quotes.EINVALID {
		t.Errorf("100000 deep: err = %v, want an invalid-input error", err)
	}
}

func TestReadHTMLFile(t *testing.T) {
	as, err := readAll(t, "page.html", "<title>Bridge</title><p>Jane Roe said: \"We will build the bridge.\"</p>\xff")
	if err != nil {
		t.Fatal(err)
	}
	if as[0].Title != "Bridge" || as[0].Text != "Jane Roe said: \"We will build the bridge.\"\n\n\uFFFD" {
		t.Errorf("article = %+v", as[0])
	}
}

func TestParseFormat(t *testing.T) {
	for _, s := range []string{"txt", "md", "html", "jsonl"} {
		if f, err := ParseFormat(s); err != nil || string(f) != s {
			t.Errorf("ParseFormat(%q) = %q, %v", s, f, err)
		}
	}
	if _, err := ParseFormat("pdf"); quotes.ErrorCode(err) != quotes.EINVALID {
		t.Errorf("ParseFormat(pdf) error = %v, want invalid", err)
	}
}
