package web_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"saidwho/quotes/extract"
	"saidwho/store"
	"saidwho/web"
)

func TestSameArticleUnderTwoURLs(t *testing.T) {
	s, _ := testServer(t, web.Config{})
	first := seed(t, s)
	body := strings.Replace(bridgeArticle, "https://example.org/bridge", "https://mirror.example/bridge-copy", 1)
	if res, b := call(t, s, "POST", "/api/v1/articles", body); res.StatusCode != http.StatusCreated {
		t.Fatalf("second URL: %d %s", res.StatusCode, b)
	}
	_, b := call(t, s, "GET", "/api/v1/quotes?limit=100", "")
	var page struct{ Data []quoteJSON }
	decode(t, b, &page)
	if len(page.Data) != len(first.Quotes) {
		t.Errorf("got %d quotes after the second URL, want still %d", len(page.Data), len(first.Quotes))
	}
	_, b = call(t, s, "GET", fmt.Sprintf("/api/v1/quotes/%d", first.Quotes[0].ID), "")
	var q struct {
		Sightings []struct {
			ArticleURL string `json:"article_url"`
			Outlet     string `json:"outlet"`
		} `json:"sightings"`
	}
	decode(t, b, &q)
	if len(q.Sightings) != 2 || q.Sightings[1].Outlet != "mirror.example" {
		t.Errorf("sightings = %+v, want two, the second from mirror.example", q.Sightings)
	}
}

func TestSearchSnippetsAndErrors(t *testing.T) {
	s, _ := testServer(t, web.Config{})
	seed(t, s)
	res, b := call(t, s, "GET", "/api/v1/quotes?q=bridge", "")
	if res.StatusCode != 200 || !strings.Contains(b, `"snippet":"We will build the \u003cmark\u003ebridge\u003c/mark\u003e."`) {
		t.Errorf("search = %d %s", res.StatusCode, b)
	}
	tests := []struct{ target, detail string }{
		{"/api/v1/quotes?q=%22bridge", "invalid search query"},
		{"/api/v1/quotes?q=bridge+AND", "invalid search query"},
		{"/api/v1/quotes?kind=rumour", "kind must be"},
		{"/api/v1/quotes?speaker_kind=alien", "speaker_kind must be"},
		{"/api/v1/quotes?since=yesterday", "since"},
	}
	for _, tt := range tests {
		res, b := call(t, s, "GET", tt.target, "")
		if res.StatusCode != 400 || !strings.Contains(b, tt.detail) {
			t.Errorf("%s = %d %s, want 400 mentioning %q", tt.target, res.StatusCode, b, tt.detail)
		}
	}
	res, b = call(t, s, "GET", "/api/v1/quotes?outlet=example.org&kind=direct&speaker_kind=person&since=2024-04-30&until=2024-04-30", "")
	var page struct{ Data []quoteJSON }
	decode(t, b, &page)
	if res.StatusCode != 200 || len(page.Data) != 2 {
		t.Errorf("filtered = %d with %d quotes, want both bridge quotes", res.StatusCode, len(page.Data))
	}
}

func TestSpeakerCorrectionsOverHTTP(t *testing.T) {
	s, _ := testServer(t, web.Config{Token: "sesame"})
	auth := []string{"Authorization", "Bearer sesame"}
	if res, b := call(t, s, "POST", "/api/v1/articles", bridgeArticle, auth...); res.StatusCode != http.StatusCreated {
		t.Fatalf("seed: %d %s", res.StatusCode, b)
	}
	tests := []struct {
		name, method, target, body string
		header                     []string
		status                     int
		want                       string
	}{
		{"merge needs the token", "POST", "/api/v1/speakers/tomas-vale/merge", `{"into":"jane-roe"}`, nil, 401, ""},
		{"merge into unknown", "POST", "/api/v1/speakers/tomas-vale/merge", `{"into":"nobody"}`, auth, 404, ""},
		{"merge", "POST", "/api/v1/speakers/tomas-vale/merge", `{"into":"jane-roe"}`, auth, 200, `"quote_count":2`},
		{"old slug answers", "GET", "/api/v1/speakers/tomas-vale", "", nil, 200, `"action":"merge"`},
		{"split", "POST", "/api/v1/speakers/jane-roe/split", `{"mention":"Vale","into":"Tomas Vale"}`, auth, 200, `"slug":"tomas-vale","name":"Tomas Vale","kind":"person","status":"resolved","quote_count":1`},
		{"rename", "PATCH", "/api/v1/speakers/jane-roe", `{"name":"Jane Q. Roe"}`, auth, 200, `"slug":"jane-q-roe"`},
		{"set id", "PATCH", "/api/v1/speakers/jane-q-roe", `{"external_id":"Q123"}`, auth, 200, `"external_id":"Q123"`},
		{"unknown field", "PATCH", "/api/v1/speakers/jane-q-roe", `{"nickname":"JR"}`, auth, 400, ""},
		{"history", "GET", "/api/v1/speakers/jane-roe", "", nil, 200, `"action":"rename"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, b := call(t, s, tt.method, tt.target, tt.body, tt.header...)
			if res.StatusCode != tt.status || !strings.Contains(b, tt.want) {
				t.Errorf("%s %s = %d %s, want %d containing %s", tt.method, tt.target, res.StatusCode, b, tt.status, tt.want)
			}
		})
	}
}

// TestStatementsAndBeliefs checks that quote lists give what was said by
// default, beliefs on request, and both with act=all, with the real
// extractor telling "said" from "fears".
func TestStatementsAndBeliefs(t *testing.T) {
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "act.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s := web.NewServer(db, extract.New(), slog.New(slog.NewTextHandler(io.Discard, nil)), web.Config{})
	article := `{"url":"https://example.org/river","text":"Jane Roe said the bridge would open in May. Tomas Vale fears the river will flood the town."}`
	if res, b := call(t, s, "POST", "/api/v1/articles", article); res.StatusCode != http.StatusCreated {
		t.Fatalf("post: %d %s", res.StatusCode, b)
	}
	for _, tt := range []struct {
		query string
		want  []string // the acts of the quotes listed
	}{
		{"", []string{"statement"}},
		{"?act=belief", []string{"belief"}},
		{"?act=all", []string{"belief", "statement"}},
	} {
		_, b := call(t, s, "GET", "/api/v1/quotes"+tt.query, "")
		var page struct {
			Data []struct {
				Act string `json:"act"`
			}
		}
		decode(t, b, &page)
		var got []string
		for _, q := range page.Data {
			got = append(got, q.Act)
		}
		sort.Strings(got)
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("/api/v1/quotes%s acts = %v, want %v", tt.query, got, tt.want)
		}
	}
	if res, b := call(t, s, "GET", "/api/v1/quotes?act=rumour", ""); res.StatusCode != 400 || !strings.Contains(b, "act must be") {
		t.Errorf("act=rumour = %d %s, want 400", res.StatusCode, b)
	}
}
