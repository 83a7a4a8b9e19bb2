package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"saidwho/quotes"
	"saidwho/store"
	"saidwho/web"
)

// handExtractor stands in for the real extractor: it attributes every
// occurrence of a few known sentences to a known speaker, so that tests do
// not depend on what the real extractor finds.
type handExtractor struct{}

var handQuotes = []struct{ content, speaker, mention string }{
	{"We will build the bridge.", "Jane Roe", "Jane Roe"},
	{"The river is high.", "Tomas Vale", "Vale"},
}

func (handExtractor) Extract(text string) []quotes.Quote {
	var qs []quotes.Quote
	for _, h := range handQuotes {
		if i := strings.Index(text, h.content); i >= 0 {
			start := utf8.RuneCountInString(text[:i])
			qs = append(qs, quotes.Quote{Text: h.content, Start: start, End: start + utf8.RuneCountInString(h.content),
				Kind: quotes.Direct, Speaker: h.speaker, SpeakerKind: quotes.Person, Mention: h.mention,
				Cue: "said", Role: "engineer", Confidence: 0.9})
		}
	}
	return qs
}

// testServer is a server over a fresh temp-file store.
func testServer(t *testing.T, cfg web.Config) (*web.Server, *bytes.Buffer) {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "web.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	return web.NewServer(db, handExtractor{}, logger, cfg), &logs
}

// call sends one request and returns the response with its body read.
func call(t *testing.T, h http.Handler, method, target, body string, header ...string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

// decode parses a JSON body into v.
func decode(t *testing.T, body string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(body), v); err != nil {
		t.Fatalf("body %q: %v", body, err)
	}
}

const bridgeArticle = `{"url":"https://example.org/bridge","title":"Bridge row","published_at":"2024-04-30",
	"text":"Jane Roe said: \"We will build the bridge.\" Tomas Vale said: \"The river is high.\""}`

type quoteJSON struct {
	ID           int64   `json:"id"`
	Text         string  `json:"text"`
	Start        int     `json:"start"`
	Speaker      *string `json:"speaker"`
	SpeakerSlug  string  `json:"speaker_slug"`
	ArticleTitle string  `json:"article_title"`
	ArticleURL   string  `json:"article_url"`
}

type articleResponse struct {
	Article struct {
		ID    int64  `json:"id"`
		Title string `json:"title"`
		URL   string `json:"url"`
		Text  string `json:"text"`
	} `json:"article"`
	Quotes []quoteJSON `json:"quotes"`
}

// seed posts the bridge article and returns what the server answered.
func seed(t *testing.T, h http.Handler) articleResponse {
	t.Helper()
	res, body := call(t, h, "POST", "/api/v1/articles", bridgeArticle)
	if res.StatusCode != http.StatusCreated {
		t.Fatalf("POST article: %d %s", res.StatusCode, body)
	}
	var out articleResponse
	decode(t, body, &out)
	return out
}

func TestHealthz(t *testing.T) {
	s, _ := testServer(t, web.Config{})
	res, body := call(t, s, "GET", "/healthz", "")
	if res.StatusCode != 200 || strings.TrimSpace(body) != `{"status":"ok"}` {
		t.Errorf("healthz = %d %s", res.StatusCode, body)
	}
}

func TestCreateArticle(t *testing.T) {
	s, _ := testServer(t, web.Config{})
	first := seed(t, s)
	if first.Article.ID == 0 || first.Article.Title != "Bridge row" || len(first.Quotes) != 2 {
		t.Fatalf("first post = %+v", first)
	}
	q := first.Quotes[0]
	if q.ID == 0 || q.SpeakerSlug != "jane-roe" || q.ArticleURL != "https://example.org/bridge" || q.Start != 16 {
		t.Errorf("quote = %+v", q)
	}

	res, body := call(t, s, "POST", "/api/v1/articles", bridgeArticle)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("second post status = %d, want 200 (already there)", res.StatusCode)
	}
	var again articleResponse
	decode(t, body, &again)
	if again.Article.ID != first.Article.ID || len(again.Quotes) != 2 ||
		again.Quotes[0].ID != first.Quotes[0].ID || again.Quotes[1].ID != first.Quotes[1].ID {
		t.Errorf("second post = %+v, want the stored article unchanged", again)
	}
	_, body = call(t, s, "GET", "/api/v1/quotes", "")
	if n := strings.Count(body, `"id":`); n != 2 {
		t.Errorf("store holds %d quotes after posting twice, want 2", n)
	}
}

func TestCreateArticleFromHTML(t *testing.T) {
	s, _ := testServer(t, web.Config{})
	page := `<html><head><title>River news</title><link rel="canonical" href="https://example.org/river"></head>` +
		`<body><nav>Menu</nav><p>Tomas Vale said:</p><p>"The river is high."</p></body></html>`
	reqBody, _ := json.Marshal(map[string]string{"html": page})
	res, body := call(t, s, "POST", "/api/v1/articles", string(reqBody))
	if res.StatusCode != http.StatusCreated {
		t.Fatalf("status = %d %s", res.StatusCode, body)
	}
	var out articleResponse
	decode(t, body, &out)
	if out.Article.Title != "River news" || out.Article.URL != "https://example.org/river" {
		t.Errorf("article = %+v, want title and URL from the page", out.Article)
	}
	if out.Article.Text != "Tomas Vale said:\n\n\"The river is high.\"" {
		t.Errorf("text = %q", out.Article.Text)
	}
	if len(out.Quotes) != 1 || out.Quotes[0].Start != 19 {
		t.Errorf("quotes = %+v, want one at code point 19 of the extracted text", out.Quotes)
	}
}

func TestCreateArticleNeedsToken(t *testing.T) {
	s, _ := testServer(t, web.Config{Token: "s3cret"})
	tests := []struct {
		name   string
		header []string
		status int
	}{
		{"no header", nil, 401},
		{"wrong token", []string{"Authorization", "Bearer nope"}, 401},
		{"not bearer", []string{"Authorization", "Basic s3cret"}, 401},
		{"right token", []string{"Authorization", "Bearer s3cret"}, 201},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := call(t, s, "POST", "/api/v1/articles", bridgeArticle, tt.header...)
			if res.StatusCode != tt.status {
				t.Fatalf("status = %d, want %d (%s)", res.StatusCode, tt.status, body)
			}
			if tt.status == 401 && res.Header.Get("WWW-Authenticate") == "" {
				t.Error("401 without WWW-Authenticate")
			}
		})
	}
}

func TestBadRequests(t *testing.T) {
	s, _ := testServer(t, web.Config{MaxBodyBytes: 1000})
	seed(t, s)
	big := `{"text":"` + strings.Repeat("a", 2000) + `"}`
	tests := []struct {
		name, method, target, body string
		status                     int
	}{
		{"malformed JSON", "POST", "/api/v1/articles", `{"text":`, 400},
		{"unknown field", "POST", "/api/v1/articles", `{"txt":"x"}`, 400},
		{"neither text nor html", "POST", "/api/v1/articles", `{"title":"x"}`, 400},
		{"both text and html", "POST", "/api/v1/extract", `{"text":"x","html":"<p>x</p>"}`, 400},
		{"blank text", "POST", "/api/v1/articles", `{"text":"  "}`, 400},
		{"NUL in text", "POST", "/api/v1/articles", `{"text":"a\u0000b"}`, 400},
		{"bad published_at", "POST", "/api/v1/articles", `{"text":"x","published_at":"soon"}`, 400},
		{"body too large", "POST", "/api/v1/articles", big, 413},
		{"bad limit", "GET", "/api/v1/quotes?limit=abc", "", 400},
		{"zero limit", "GET", "/api/v1/speakers?limit=0", "", 400},
		{"bad cursor", "GET", "/api/v1/quotes?cursor=zzz", "", 400},
		{"FTS syntax error", "GET", "/api/v1/quotes?q=%22bridge", "", 400},
		{"bad quote id", "GET", "/api/v1/quotes/abc", "", 400},
		{"missing quote", "GET", "/api/v1/quotes/999", "", 404},
		{"missing speaker", "GET", "/api/v1/speakers/nobody", "", 404},
		{"missing speaker's quotes", "GET", "/api/v1/speakers/nobody/quotes", "", 404},
		{"unknown endpoint", "GET", "/api/v1/nothing", "", 404},
		{"wrong method", "DELETE", "/api/v1/quotes", "", 405},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := call(t, s, tt.method, tt.target, tt.body)
			if res.StatusCode != tt.status {
				t.Fatalf("status = %d, want %d (%s)", res.StatusCode, tt.status, body)
			}
			if ct := res.Header.Get("Content-Type"); ct != "application/problem+json" {
				t.Errorf("Content-Type = %q", ct)
			}
			var p struct {
				Type, Title, Detail string
				Status              int
			}
			decode(t, body, &p)
			if p.Status != tt.status || p.Type == "" || p.Title == "" || p.Detail == "" {
				t.Errorf("problem = %+v", p)
			}
		})
	}
}

func TestListsAndLookups(t *testing.T) {
	s, _ := testServer(t, web.Config{})
	posted := seed(t, s)

	res, body := call(t, s, "GET", "/api/v1/quotes?q=bridge", "")
	var found struct {
		Data       []quoteJSON `json:"data"`
		NextCursor *string     `json:"next_cursor"`
	}
	decode(t, body, &found)
	if res.StatusCode != 200 || len(found.Data) != 1 || found.Data[0].Text != "We will build the bridge." ||
		found.NextCursor == nil || *found.NextCursor != "" {
		t.Errorf("search = %d %s", res.StatusCode, body)
	}

	_, body = call(t, s, "GET", "/api/v1/quotes?speaker=tomas-vale", "")
	if !strings.Contains(body, "The river is high.") || strings.Contains(body, "We will build") {
		t.Errorf("speaker filter = %s", body)
	}

	_, body = call(t, s, "GET", fmt.Sprintf("/api/v1/quotes/%d", posted.Quotes[0].ID), "")
	var q quoteJSON
	decode(t, body, &q)
	if q.SpeakerSlug != "jane-roe" || q.ArticleTitle != "Bridge row" || q.ArticleURL != "https://example.org/bridge" ||
		q.Speaker == nil || *q.Speaker != "Jane Roe" {
		t.Errorf("quote = %s", body)
	}

	_, body = call(t, s, "GET", "/api/v1/speakers?q=VALE", "")
	var speakers struct {
		Data []struct {
			Slug, Name, Kind string
			QuoteCount       int `json:"quote_count"`
		}
	}
	decode(t, body, &speakers)
	if len(speakers.Data) != 1 || speakers.Data[0].Slug != "tomas-vale" || speakers.Data[0].QuoteCount != 1 {
		t.Errorf("speakers?q=VALE = %s", body)
	}

	_, body = call(t, s, "GET", "/api/v1/speakers/tomas-vale", "")
	if !strings.Contains(body, `"aliases":[{"mention":"Vale","count":1,`) || !strings.Contains(body, `"roles":[{"role":"engineer","count":1,`) {
		t.Errorf("speaker = %s", body)
	}

	_, body = call(t, s, "GET", "/api/v1/speakers/jane-roe/quotes", "")
	if !strings.Contains(body, "We will build the bridge.") || strings.Contains(body, "river") {
		t.Errorf("speaker quotes = %s", body)
	}
}

func TestEmptyListIsAnArray(t *testing.T) {
	s, _ := testServer(t, web.Config{})
	_, body := call(t, s, "GET", "/api/v1/speakers", "")
	if strings.TrimSpace(body) != `{"data":[],"next_cursor":""}` {
		t.Errorf("empty list = %s", body)
	}
}

func TestPagingFollowsCursor(t *testing.T) {
	s, _ := testServer(t, web.Config{})
	seed(t, s)
	var texts []string
	target := "/api/v1/quotes?limit=1"
	for range 3 {
		_, body := call(t, s, "GET", target, "")
		var page struct {
			Data       []quoteJSON `json:"data"`
			NextCursor string      `json:"next_cursor"`
		}
		decode(t, body, &page)
		for _, q := range page.Data {
			texts = append(texts, q.Text)
		}
		if page.NextCursor == "" {
			break
		}
		target = "/api/v1/quotes?limit=1&cursor=" + page.NextCursor
	}
	if len(texts) != 2 || texts[0] == texts[1] {
		t.Errorf("paged through %q, want both quotes once", texts)
	}
}

func TestPublicGetsAreCacheable(t *testing.T) {
	s, _ := testServer(t, web.Config{})
	seed(t, s)
	res, body := call(t, s, "GET", "/api/v1/speakers", "")
	etag := res.Header.Get("ETag")
	if etag == "" || res.Header.Get("Cache-Control") != "public, max-age=60, stale-while-revalidate=300" {
		t.Fatalf("headers = %v", res.Header)
	}
	if res.Header.Get("Access-Control-Allow-Origin") != "*" || res.Header.Get("Access-Control-Allow-Credentials") != "" {
		t.Errorf("CORS headers = %v", res.Header)
	}
	res, again := call(t, s, "GET", "/api/v1/speakers", "", "If-None-Match", etag)
	if res.StatusCode != http.StatusNotModified || again != "" {
		t.Errorf("revalidation = %d %q, want 304 and no body", res.StatusCode, again)
	}
	call(t, s, "POST", "/api/v1/articles", `{"text":"Tomas Vale said: \"The river is high.\" again"}`)
	res, changed := call(t, s, "GET", "/api/v1/speakers", "", "If-None-Match", etag)
	if res.StatusCode != 200 || changed == body {
		t.Errorf("after a change: %d, want 200 with new content", res.StatusCode)
	}
	res, _ = call(t, s, "POST", "/api/v1/extract", `{"text":"x"}`)
	if res.Header.Get("Access-Control-Allow-Origin") != "" || res.Header.Get("ETag") != "" {
		t.Errorf("POST got public headers: %v", res.Header)
	}
}

func TestExtract(t *testing.T) {
	s, _ := testServer(t, web.Config{})
	res, body := call(t, s, "POST", "/api/v1/extract", `{"text":"Jane Roe said: \"We will build the bridge.\""}`)
	var out struct {
		Text   string      `json:"text"`
		Quotes []quoteJSON `json:"quotes"`
	}
	decode(t, body, &out)
	if res.StatusCode != 200 || len(out.Quotes) != 1 || out.Quotes[0].Start != 16 || out.Text != "" {
		t.Errorf("extract = %d %s", res.StatusCode, body)
	}
	_, body = call(t, s, "POST", "/api/v1/extract", `{"html":"<p>Nothing quoted.</p>"}`)
	if strings.TrimSpace(body) != `{"text":"Nothing quoted.","quotes":[]}` {
		t.Errorf("extract html = %s", body)
	}
	_, body = call(t, s, "GET", "/api/v1/quotes", "")
	if strings.TrimSpace(body) != `{"data":[],"next_cursor":""}` {
		t.Errorf("extract stored something: %s", body)
	}
}

// failingStore fails every call with an error holding a secret.
type failingStore struct{ quotes.Store }

var errSecret = errors.New("disk /var/secret/path unreadable")

func (failingStore) Quotes(context.Context, quotes.QuoteFilter) ([]quotes.Quote, string, error) {
	return nil, "", fmt.Errorf("list quotes: %w", errSecret)
}

func TestInternalErrorsAreLoggedNotShown(t *testing.T) {
	var logs bytes.Buffer
	s := web.NewServer(failingStore{}, handExtractor{}, slog.New(slog.NewTextHandler(&logs, nil)), web.Config{})
	res, body := call(t, s, "GET", "/api/v1/quotes", "")
	if res.StatusCode != 500 || strings.Contains(body, "secret") || !strings.Contains(body, `"detail":"internal error"`) {
		t.Errorf("response = %d %s", res.StatusCode, body)
	}
	if !strings.Contains(logs.String(), "secret") {
		t.Errorf("the error was not logged: %s", logs.String())
	}
}

func TestRequestsAreLogged(t *testing.T) {
	s, logs := testServer(t, web.Config{})
	call(t, s, "GET", "/api/v1/nothing", "")
	if !strings.Contains(logs.String(), "path=/api/v1/nothing status=404") {
		t.Errorf("log = %s", logs.String())
	}
}

func TestServeShutsDownOnCancel(t *testing.T) {
	s, _ := testServer(t, web.Config{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	res, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Errorf("healthz over TCP = %d", res.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve returned %v after cancel, want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
}
