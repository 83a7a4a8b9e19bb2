package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"saidwho/quotes"
	"saidwho/store"
	"saidwho/web"
)

// pagesServer is a server over a store holding the bridge article (Jane
// Roe, "We will build the bridge.") and one hostile article, and the ids
// of their quotes.
func pagesServer(t *testing.T, cfg web.Config) (h http.Handler, bridge, hostile int64) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "pages.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	text := `Jane Roe said: "We will build the bridge." Tomas Vale said: "The river is high."`
	if _, _, err := db.SaveArticle(ctx, &quotes.Article{URL: "https://example.org/bridge", Title: "Bridge row",
		PublishedAt: time.Date(2024, 4, 30, 0, 0, 0, 0, time.UTC), Text: text}, handExtractor{}.Extract(text)); err != nil {
		t.Fatal(err)
	}
	evil := quoteIn(t, hostileText, hostileQ, hostileWho, hostileWho, "said")
	if _, _, err := db.SaveArticle(ctx, &quotes.Article{URL: "javascript:alert(1)", Title: `"><script>alert(1)</script>`,
		Text: hostileText}, []quotes.Quote{evil}); err != nil {
		t.Fatal(err)
	}
	qs, _, err := db.Quotes(ctx, quotes.QuoteFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		switch q.Text {
		case "We will build the bridge.":
			bridge = q.ID
		case hostileQ:
			hostile = q.ID
		}
	}
	return web.NewServer(db, handExtractor{}, slog.New(slog.NewTextHandler(io.Discard, nil)), cfg), bridge, hostile
}

func TestPagesShowQuotes(t *testing.T) {
	h, bridge, _ := pagesServer(t, web.Config{})
	tests := []struct {
		name, path string
		want       []string
	}{
		{"browse", "/", []string{"We will build the bridge.", "The river is high.", `href="/speakers/jane-roe"`, "Tomas Vale"}},
		{"search", "/?q=bridge", []string{"We will build the bridge."}},
		{"search for a speaker", "/?q=vale", []string{`href="/speakers/tomas-vale"`}},
		{"search with query syntax", `/?q=%22bridge+OR+(`, []string{"No quote matches"}},
		{"speaker", "/speakers/jane-roe", []string{"<h1>Jane Roe</h1>", "We will build the bridge."}},
		{"quote", fmt.Sprintf("/quotes/%d", bridge), []string{
			"We will build the bridge.", "<cite>", "Jane Roe", "<q>Jane Roe said</q>", "30 April 2024",
			`href="https://example.org/bridge"`, "Bridge row", `<textarea id="snippet"`,
			`<link rel="alternate" type="application/json+oembed"`, `<meta property="og:title"`,
			fmt.Sprintf(`<meta property="og:url" content="http://saidwho.test/quotes/%d">`, bridge),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := call(t, h, "GET", "http://saidwho.test"+tt.path, "")
			if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
				t.Fatalf("status %d, type %q", res.StatusCode, res.Header.Get("Content-Type"))
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			if tt.name == "search" && strings.Contains(body, "The river is high.") {
				t.Error("search for bridge lists the river quote")
			}
		})
	}
}

func TestPagesNotFound(t *testing.T) {
	h, _, _ := pagesServer(t, web.Config{})
	for _, path := range []string{"/quotes/999", "/quotes/abc", "/speakers/nobody", "/embed/quotes/999"} {
		res, body := call(t, h, "GET", path, "")
		if res.StatusCode != 404 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") || !strings.Contains(body, "Not Found") {
			t.Errorf("GET %s = %d %q, want an HTML 404 page", path, res.StatusCode, res.Header.Get("Content-Type"))
		}
	}
}

// snippetOf pulls the embed code out of a quote page's text box.
func snippetOf(t *testing.T, page string) string {
	t.Helper()
	m := regexp.MustCompile(`(?s)<textarea id="snippet"[^>]*>(.*?)</textarea>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no embed code on the quote page")
	}
	return htmlUnescape(m[1])
}

func htmlUnescape(s string) string {
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'", "&amp;", "&").Replace(s)
}

func TestSnippetReadsWellWithoutScript(t *testing.T) {
	h, bridge, _ := pagesServer(t, web.Config{PublicURL: "https://quotes.example.net"})
	_, page := call(t, h, "GET", fmt.Sprintf("/quotes/%d", bridge), "")
	snippet := snippetOf(t, page)
	for _, w := range []string{
		fmt.Sprintf(`<figure class="saidwho-quote" data-saidwho-embed="https://quotes.example.net/embed/quotes/%d"`, bridge),
		`<blockquote lang="en" cite="https://example.org/bridge"><p>We will build the bridge.</p></blockquote>`,
		`<figcaption>— <cite>Jane Roe</cite>, in <a href="https://example.org/bridge">Bridge row</a>, 30 April 2024`,
		`<script async src="https://quotes.example.net/widget.js"`,
	} {
		if !strings.Contains(snippet, w) {
			t.Errorf("snippet lacks %q:\n%s", w, snippet)
		}
	}
}

func TestHostileContentIsText(t *testing.T) {
	h, _, hostile := pagesServer(t, web.Config{})
	// the speaker's page, by the slug the store gave the hostile speaker
	_, raw := call(t, h, "GET", fmt.Sprintf("/api/v1/quotes/%d", hostile), "")
	var q struct {
		SpeakerSlug string `json:"speaker_slug"`
	}
	if err := json.Unmarshal([]byte(raw), &q); err != nil || q.SpeakerSlug == "" {
		t.Fatalf("hostile quote has no speaker slug (%v): %s", err, raw)
	}
	pages := []string{"/", fmt.Sprintf("/quotes/%d", hostile), fmt.Sprintf("/embed/quotes/%d", hostile), "/speakers/" + q.SpeakerSlug}
	for _, path := range pages {
		t.Run(path, func(t *testing.T) {
			res, body := call(t, h, "GET", path, "")
			if res.StatusCode != 200 {
				t.Fatalf("status %d", res.StatusCode)
			}
			for _, bad := range []string{"<img", "<script>", `href="javascript:`, `cite="javascript:`, "onerror=\"window"} {
				if strings.Contains(body, bad) {
					t.Errorf("page contains %q", bad)
				}
			}
			if !strings.Contains(body, "&lt;img src=x onerror=") {
				t.Error("the hostile quote is not shown as text")
			}
		})
	}
	_, page := call(t, h, "GET", fmt.Sprintf("/quotes/%d", hostile), "")
	snippet := snippetOf(t, page)
	if strings.Contains(snippet, "<img") || strings.Contains(snippet, "<script>") || strings.Contains(snippet, "javascript:") {
		t.Errorf("the embed code carries live markup:\n%s", snippet)
	}
}

func TestEmbedHeaders(t *testing.T) {
	h, bridge, _ := pagesServer(t, web.Config{})
	embed := fmt.Sprintf("/embed/quotes/%d", bridge)
	res, body := call(t, h, "GET", embed+"?theme=dark", "")
	csp := res.Header.Get("Content-Security-Policy")
	for _, w := range []string{"default-src 'none'", "script-src 'self'", "frame-ancestors *"} {
		if !strings.Contains(csp, w) {
			t.Errorf("embed CSP %q lacks %q", csp, w)
		}
	}
	if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
		t.Errorf("embed CSP %q allows inline code", csp)
	}
	if regexp.MustCompile(`<script>|<script[^>]*>[^<]`).MatchString(body) || regexp.MustCompile(`\son[a-z]+=`).MatchString(body) {
		t.Error("embed page has inline script")
	}
	if !strings.Contains(body, `data-theme="dark"`) || !strings.Contains(body, `<html lang="en"`) || !strings.Contains(body, "<cite") {
		t.Error("embed page lacks its theme, language or cite")
	}
	if res.Header.Get("Set-Cookie") != "" {
		t.Error("embed sets a cookie")
	}
	// Everything else may be framed by saidwho only.
	for _, path := range []string{"/", fmt.Sprintf("/quotes/%d", bridge), "/oembed?url=x", "/widget.js", "/api/v1/quotes", "/nowhere"} {
		res, _ := call(t, h, "GET", path, "")
		if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'self'") {
			t.Errorf("%s: CSP %q, want frame-ancestors 'self'", path, csp)
		}
		if res.Header.Get("Set-Cookie") != "" {
			t.Errorf("%s sets a cookie", path)
		}
	}
	_, hideSource := call(t, h, "GET", embed+"?hide_source=1", "")
	if strings.Contains(hideSource, `href="https://example.org/bridge"`) {
		t.Error("hide_source=1 still links the source")
	}
}

func TestCachingAndCORS(t *testing.T) {
	h, bridge, _ := pagesServer(t, web.Config{})
	for _, path := range []string{
		fmt.Sprintf("/embed/quotes/%d", bridge),
		"/oembed?url=" + url.QueryEscape(fmt.Sprintf("http://example.com/quotes/%d", bridge)),
		"/widget.js",
		fmt.Sprintf("/quotes/%d", bridge),
	} {
		t.Run(path, func(t *testing.T) {
			res, _ := call(t, h, "GET", "http://example.com"+path, "")
			tag := res.Header.Get("ETag")
			if res.StatusCode != 200 || tag == "" || !strings.Contains(res.Header.Get("Cache-Control"), "max-age=") {
				t.Fatalf("status %d, ETag %q, Cache-Control %q", res.StatusCode, tag, res.Header.Get("Cache-Control"))
			}
			if res.Header.Get("Access-Control-Allow-Origin") != "*" || res.Header.Get("Access-Control-Allow-Credentials") != "" {
				t.Errorf("CORS headers: %v", res.Header)
			}
			res, body := call(t, h, "GET", "http://example.com"+path, "", "If-None-Match", tag)
			if res.StatusCode != http.StatusNotModified || body != "" {
				t.Errorf("revalidation = %d with %d bytes, want 304 and no body", res.StatusCode, len(body))
			}
		})
	}
	res, body := call(t, h, "GET", "/widget.js", "")
	if !strings.HasPrefix(res.Header.Get("Content-Type"), "text/javascript") || !strings.Contains(body, "event.source") {
		t.Errorf("widget.js: %q", res.Header.Get("Content-Type"))
	}
	sandbox := regexp.MustCompile(`SANDBOX = '([^']*)'`).FindStringSubmatch(body)
	if sandbox == nil || !strings.Contains(sandbox[1], "allow-scripts") || strings.Contains(sandbox[1], "allow-same-origin") {
		t.Errorf("widget.js sandbox = %q, want allow-scripts without allow-same-origin", sandbox)
	}
}

// oembedAnswer holds the members of an oEmbed 1.0 answer that saidwho gives.
type oembedAnswer struct {
	Type         string `json:"type"`
	Version      string `json:"version"`
	HTML         string `json:"html"`
	Width        *int   `json:"width"`
	Height       *int   `json:"height"`
	AuthorName   string `json:"author_name"`
	AuthorURL    string `json:"author_url"`
	ProviderName string `json:"provider_name"`
	CacheAge     *int   `json:"cache_age"`
}

func TestOEmbed(t *testing.T) {
	h, bridge, _ := pagesServer(t, web.Config{PublicURL: "https://quotes.example.net"})
	quoteURL := fmt.Sprintf("https://quotes.example.net/quotes/%d", bridge)
	get := func(q url.Values) (*http.Response, string) {
		return call(t, h, "GET", "/oembed?"+q.Encode(), "")
	}

	res, body := get(url.Values{"url": {quoteURL}, "format": {"json"}})
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
		t.Fatalf("oembed = %d %q %s", res.StatusCode, res.Header.Get("Content-Type"), body)
	}
	var o oembedAnswer
	decode(t, body, &o)
	// Required for every type: type and version; for rich: html, width, height.
	if o.Type != "rich" || o.Version != "1.0" || o.HTML == "" || o.Width == nil || o.Height == nil || *o.Width <= 0 || *o.Height <= 0 {
		t.Errorf("oembed lacks a required member: %s", body)
	}
	if o.AuthorName != "Jane Roe" || o.AuthorURL != "https://quotes.example.net/speakers/jane-roe" ||
		o.ProviderName != "saidwho" || o.CacheAge == nil || *o.CacheAge <= 0 {
		t.Errorf("oembed = %+v", o)
	}
	if !strings.Contains(o.HTML, "<blockquote") || !strings.Contains(o.HTML, "We will build the bridge.") ||
		!strings.Contains(o.HTML, `src="https://quotes.example.net/widget.js"`) {
		t.Errorf("oembed html = %s", o.HTML)
	}

	t.Run("maxwidth", func(t *testing.T) {
		for _, max := range []int{250, 400, 2000} {
			_, body := get(url.Values{"url": {quoteURL}, "maxwidth": {fmt.Sprint(max)}, "maxheight": {"90"}})
			var o oembedAnswer
			decode(t, body, &o)
			if *o.Width > max || *o.Height > 90 {
				t.Errorf("maxwidth %d, maxheight 90: got %d x %d", max, *o.Width, *o.Height)
			}
			if !strings.Contains(o.HTML, fmt.Sprintf(`data-width="%d"`, *o.Width)) {
				t.Errorf("maxwidth %d: the html does not carry its width %d", max, *o.Width)
			}
		}
		_, narrow := get(url.Values{"url": {quoteURL}, "maxwidth": {"250"}})
		_, wide := get(url.Values{"url": {quoteURL}})
		var n, w oembedAnswer
		decode(t, narrow, &n)
		decode(t, wide, &w)
		if *n.Height < *w.Height {
			t.Errorf("a narrower embed is estimated shorter (%d) than a wide one (%d)", *n.Height, *w.Height)
		}
	})

	tests := []struct {
		name   string
		q      url.Values
		status int
	}{
		{"xml", url.Values{"url": {quoteURL}, "format": {"xml"}}, http.StatusNotImplemented},
		{"unknown quote", url.Values{"url": {"https://quotes.example.net/quotes/999"}}, 404},
		{"another site", url.Values{"url": {fmt.Sprintf("https://elsewhere.example/quotes/%d", bridge)}}, 404},
		{"not a quote page", url.Values{"url": {"https://quotes.example.net/speakers/jane-roe"}}, 404},
		{"javascript url", url.Values{"url": {"javascript:alert(1)"}}, 404},
		{"no url", url.Values{}, 400},
		{"bad maxwidth", url.Values{"url": {quoteURL}, "maxwidth": {"wide"}}, 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if res, body := get(tt.q); res.StatusCode != tt.status {
				t.Errorf("status = %d, want %d (%s)", res.StatusCode, tt.status, body)
			}
		})
	}
}

func TestAbsoluteURLsFollowTheRequestHost(t *testing.T) {
	h, bridge, _ := pagesServer(t, web.Config{})
	_, page := call(t, h, "GET", fmt.Sprintf("http://news.example:8080/quotes/%d", bridge), "")
	if !strings.Contains(snippetOf(t, page), fmt.Sprintf(`data-saidwho-embed="http://news.example:8080/embed/quotes/%d"`, bridge)) {
		t.Error("without a public URL, the snippet does not use the request's host")
	}
	q := url.Values{"url": {fmt.Sprintf("http://news.example:8080/quotes/%d", bridge)}}
	if res, _ := call(t, h, "GET", "http://news.example:8080/oembed?"+q.Encode(), ""); res.StatusCode != 200 {
		t.Errorf("oembed for the request's host = %d", res.StatusCode)
	}
}

func TestParsePublicURL(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"https://quotes.example.org/", "https://quotes.example.org", true},
		{"http://localhost:8080/saidwho", "http://localhost:8080/saidwho", true},
		{"quotes.example.org", "", false},
		{"ftp://quotes.example.org", "", false},
		{"https://quotes.example.org/?x=1", "", false},
	}
	for _, tt := range tests {
		got, err := web.ParsePublicURL(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParsePublicURL(%q) = %q, %v", tt.in, got, err)
		}
	}
}

func TestEmbedLanguageFromArticle(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "lang.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	texts := map[string]string{
		"fr": `Jane Roe a déclaré que le pont est une priorité pour la ville et que les travaux vont commencer dans les prochains mois. "Nous allons construire le pont," a dit Jane Roe.`,
		"de": `Jane Roe sagte, dass die Brücke für die Stadt wichtig ist und dass der Bau nicht mehr lange dauern wird. "Wir bauen die Brücke," sagte Jane Roe, und auch der Rat ist dafür.`,
		"en": `Jane Roe said that the bridge is a priority for the town and that the work will start within months. "We will build the bridge," said Jane Roe.`,
	}
	h := web.NewServer(db, handExtractor{}, slog.New(slog.NewTextHandler(io.Discard, nil)), web.Config{})
	for lang, text := range texts {
		said := map[string]string{"fr": "Nous allons construire le pont,", "de": "Wir bauen die Brücke,", "en": "We will build the bridge,"}[lang]
		q := quoteIn(t, text, said, "Jane Roe", "Jane Roe", "")
		a, _, err := db.SaveArticle(ctx, &quotes.Article{URL: "https://example.org/" + lang, Text: text}, []quotes.Quote{q})
		if err != nil {
			t.Fatal(err)
		}
		qs, _, err := db.Quotes(ctx, quotes.QuoteFilter{ArticleID: &a.ID})
		if err != nil || len(qs) != 1 {
			t.Fatal(err)
		}
		_, body := call(t, h, "GET", fmt.Sprintf("/embed/quotes/%d", qs[0].ID), "")
		if !strings.Contains(body, fmt.Sprintf(`<html lang="%s"`, lang)) {
			t.Errorf("%s article: embed page is not lang=%q", lang, lang)
		}
	}
}

func TestAssetsAreVersioned(t *testing.T) {
	h, bridge, _ := pagesServer(t, web.Config{})
	_, page := call(t, h, "GET", fmt.Sprintf("/embed/quotes/%d", bridge), "")
	m := regexp.MustCompile(`href="(/assets/embed\.css\?v=[0-9a-f]+)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no versioned stylesheet on the embed page")
	}
	res, body := call(t, h, "GET", m[1], "")
	if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Cache-Control"), "immutable") || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/css") || body == "" {
		t.Errorf("%s: %d %v", m[1], res.StatusCode, res.Header)
	}
	if res, _ := call(t, h, "GET", "/assets/nothing.js", ""); res.StatusCode != 404 {
		t.Errorf("unknown asset = %d", res.StatusCode)
	}
}
