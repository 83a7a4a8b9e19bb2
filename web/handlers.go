package web

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"time"

	"saidwho/quotes"
	"saidwho/quotes/article"
)

// list is the shape of every list response.
type list[T any] struct {
	Data       []T    `json:"data"`
	NextCursor string `json:"next_cursor"`
}

// newList keeps an empty page an empty array rather than null.
func newList[T any](data []T, next string) list[T] {
	if data == nil {
		data = []T{}
	}
	return list[T]{Data: data, NextCursor: next}
}

// pageOf reads limit and cursor; a limit over the maximum is capped.
func pageOf(r *http.Request) (quotes.Page, error) {
	p := quotes.Page{Cursor: r.URL.Query().Get("cursor")}
	if s := r.URL.Query().Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			return p, quotes.Errorf(quotes.EINVALID, "limit must be a positive integer, got %q", s)
		}
		p.Limit = min(n, quotes.MaxLimit)
	}
	return p, nil
}

// queryParam returns a non-empty query parameter, or nil.
func queryParam(r *http.Request, name string) *string {
	if v := strings.TrimSpace(r.URL.Query().Get(name)); v != "" {
		return &v
	}
	return nil
}

func (s *Server) handleHealthz(w http.ResponseWriter, r *http.Request) {
	s.writeJSON(w, r, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) handleSpeakers(w http.ResponseWriter, r *http.Request) {
	page, err := pageOf(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	ss, next, err := s.store.Speakers(r.Context(), quotes.SpeakerFilter{Query: queryParam(r, "q"), Page: page})
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, newList(ss, next))
}

func (s *Server) handleSpeaker(w http.ResponseWriter, r *http.Request) {
	sp, err := s.store.Speaker(r.Context(), routeVar(r, "slug"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, sp)
}

func (s *Server) handleSpeakerQuotes(w http.ResponseWriter, r *http.Request) {
	slug := routeVar(r, "slug")
	// An unknown speaker is a 404, not an empty list.
	if _, err := s.store.Speaker(r.Context(), slug); err != nil {
		s.writeError(w, r, err)
		return
	}
	s.listQuotes(w, r, quotes.QuoteFilter{Query: queryParam(r, "q"), SpeakerSlug: &slug})
}

func (s *Server) handleQuotes(w http.ResponseWriter, r *http.Request) {
	s.listQuotes(w, r, quotes.QuoteFilter{Query: queryParam(r, "q"), SpeakerSlug: queryParam(r, "speaker")})
}

// quoteFilters reads the filters shared by the quote lists: speaker_kind,
// kind, act (statement by default, belief or all), outlet, since and until
// (dates or RFC 3339 times; until is exclusive, and a plain date means the
// whole of that day).
func quoteFilters(r *http.Request, f *quotes.QuoteFilter) error {
	if v := queryParam(r, "speaker_kind"); v != nil {
		k := quotes.SpeakerKind(*v)
		switch k {
		case quotes.Person, quotes.Organisation, quotes.Anonymous, quotes.Document, quotes.Unknown:
		default:
			return quotes.Errorf(quotes.EINVALID, "speaker_kind must be person, organisation, anonymous, document or unknown, got %q", *v)
		}
		f.SpeakerKind = &k
	}
	if v := queryParam(r, "kind"); v != nil {
		k := quotes.Kind(*v)
		switch k {
		case quotes.Direct, quotes.Mixed, quotes.Indirect:
		default:
			return quotes.Errorf(quotes.EINVALID, "kind must be direct, mixed or indirect, got %q", *v)
		}
		f.Kind = &k
	}
	act := quotes.Statement // what was said, unless the caller asks for more
	if v := queryParam(r, "act"); v != nil {
		act = quotes.Act(*v)
		switch act {
		case quotes.Statement, quotes.Belief, "all":
		default:
			return quotes.Errorf(quotes.EINVALID, "act must be statement, belief or all, got %q", *v)
		}
	}
	if act != "all" {
		f.Act = &act
	}
	f.Outlet = queryParam(r, "outlet")
	for _, p := range []struct {
		name string
		dst  **time.Time
	}{{"since", &f.Since}, {"until", &f.Until}} {
		v := queryParam(r, p.name)
		if v == nil {
			continue
		}
		t, err := article.ParseTime(*v)
		if err != nil {
			return quotes.Errorf(quotes.EINVALID, "%s: want a date (2016-09-19) or an RFC 3339 time, got %q", p.name, *v)
		}
		if p.name == "until" && len(*v) == len("2006-01-02") {
			t = t.AddDate(0, 0, 1)
		}
		*p.dst = &t
	}
	return nil
}

// listQuotes answers one page of quotes matching f and the filters of the
// request.
func (s *Server) listQuotes(w http.ResponseWriter, r *http.Request, f quotes.QuoteFilter) {
	page, err := pageOf(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if err := quoteFilters(r, &f); err != nil {
		s.writeError(w, r, err)
		return
	}
	f.Page = page
	qs, next, err := s.store.Quotes(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, newList(qs, next))
}

func (s *Server) handleQuote(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(routeVar(r, "id"), 10, 64)
	if err != nil || id < 1 {
		s.writeError(w, r, quotes.Errorf(quotes.EINVALID, "quote id must be a positive integer"))
		return
	}
	q, err := s.store.Quote(r.Context(), id)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, q)
}

// articleRequest is the body of POST /api/v1/articles and /api/v1/extract:
// the article as text or as an HTML page, never both.
type articleRequest struct {
	URL         string `json:"url"`
	Title       string `json:"title"`
	PublishedAt string `json:"published_at"`
	Text        string `json:"text"`
	HTML        string `json:"html"`
}

// toArticle checks the request and turns it into an article; for HTML the
// page's own title and canonical URL fill what the request leaves out.
func (req articleRequest) toArticle() (*quotes.Article, error) {
	if (req.Text == "") == (req.HTML == "") {
		return nil, quotes.Errorf(quotes.EINVALID, `give exactly one of "text" and "html"`)
	}
	published, err := article.ParseTime(req.PublishedAt)
	if err != nil {
		return nil, quotes.Errorf(quotes.EINVALID, "%v", err)
	}
	a := &quotes.Article{URL: strings.TrimSpace(req.URL), Title: strings.TrimSpace(req.Title), PublishedAt: published}
	src, err := article.Clean("request", req.Text+req.HTML)
	if err != nil {
		return nil, err
	}
	a.Text = src
	if req.HTML != "" {
		page, err := article.FromHTML(src)
		if err != nil {
			return nil, err
		}
		a.Text = page.Text
		a.Title, a.URL = firstNonEmpty(a.Title, page.Title), firstNonEmpty(a.URL, page.URL)
	}
	if strings.TrimSpace(a.Text) == "" {
		return nil, quotes.Errorf(quotes.EINVALID, "the article has no text")
	}
	return a, nil
}

// firstNonEmpty returns a unless it is empty, else b.
func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// readArticle decodes the article a request body sends, or answers with
// the error and reports false.
func (s *Server) readArticle(w http.ResponseWriter, r *http.Request) (*quotes.Article, articleRequest, bool) {
	var req articleRequest
	if err := decodeJSON(r, &req); err != nil {
		s.writeError(w, r, err)
		return nil, req, false
	}
	a, err := req.toArticle()
	if err != nil {
		s.writeError(w, r, err)
		return nil, req, false
	}
	return a, req, true
}

// createdArticle is the answer to POST /api/v1/articles.
type createdArticle struct {
	Article *quotes.Article `json:"article"`
	Quotes  []quotes.Quote  `json:"quotes"`
}

func (s *Server) handleCreateArticle(w http.ResponseWriter, r *http.Request) {
	a, _, ok := s.readArticle(w, r)
	if !ok {
		return
	}
	stored, created, err := s.store.SaveArticle(r.Context(), a, s.extractor.Extract(a.Text))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	// Read the quotes back so the answer carries their ids, and so that an
	// article sent again shows what was stored the first time.
	qs, err := s.articleQuotes(r.Context(), stored.ID)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	status := http.StatusOK
	if created {
		status = http.StatusCreated
	}
	s.writeJSON(w, r, status, createdArticle{Article: stored, Quotes: qs})
}

// articleQuotes returns all the quotes of one article, page by page.
func (s *Server) articleQuotes(ctx context.Context, id int64) ([]quotes.Quote, error) {
	all := []quotes.Quote{}
	f := quotes.QuoteFilter{ArticleID: &id, Page: quotes.Page{Limit: quotes.MaxLimit}}
	for {
		qs, next, err := s.store.Quotes(ctx, f)
		if err != nil {
			return nil, err
		}
		all = append(all, qs...)
		if next == "" {
			return all, nil
		}
		f.Cursor = next
	}
}

// extracted is the answer to POST /api/v1/extract. Text is the article
// text the offsets point into, given back when the input was HTML.
type extracted struct {
	Text   string         `json:"text,omitempty"`
	Quotes []quotes.Quote `json:"quotes"`
}

func (s *Server) handleExtract(w http.ResponseWriter, r *http.Request) {
	a, req, ok := s.readArticle(w, r)
	if !ok {
		return
	}
	out := extracted{Quotes: s.extractor.Extract(a.Text)}
	if out.Quotes == nil {
		out.Quotes = []quotes.Quote{}
	}
	if req.HTML != "" {
		out.Text = a.Text
	}
	s.writeJSON(w, r, http.StatusOK, out)
}

// mergeRequest is the body of POST /api/v1/speakers/{slug}/merge.
type mergeRequest struct {
	Into string `json:"into"`
}

// handleMergeSpeaker merges the speaker into another and answers with the
// speaker that absorbed it.
func (s *Server) handleMergeSpeaker(w http.ResponseWriter, r *http.Request) {
	correctSpeaker(s, w, r, "speakers merged", func(ctx context.Context, slug string, req mergeRequest) (*quotes.Speaker, error) {
		into := strings.TrimSpace(req.Into)
		if into == "" {
			return nil, quotes.Errorf(quotes.EINVALID, `give "into": the slug of the speaker to merge into`)
		}
		return s.store.MergeSpeakers(ctx, slug, into)
	})
}

// handleSplitSpeaker moves the quotes under one mention form to another
// speaker and answers with that speaker.
func (s *Server) handleSplitSpeaker(w http.ResponseWriter, r *http.Request) {
	correctSpeaker(s, w, r, "speaker split", s.store.SplitSpeaker)
}

// handleUpdateSpeaker renames a speaker or sets its external id.
func (s *Server) handleUpdateSpeaker(w http.ResponseWriter, r *http.Request) {
	correctSpeaker(s, w, r, "speaker updated", s.store.UpdateSpeaker)
}

// correctSpeaker decodes a correction of type T, applies it to the speaker
// the path names, logs it and answers with the speaker the correction left.
func correctSpeaker[T any](s *Server, w http.ResponseWriter, r *http.Request, what string, apply func(context.Context, string, T) (*quotes.Speaker, error)) {
	var req T
	if err := decodeJSON(r, &req); err != nil {
		s.writeError(w, r, err)
		return
	}
	slug := routeVar(r, "slug")
	sp, err := apply(r.Context(), slug, req)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.logger.InfoContext(r.Context(), what, "slug", slug, "correction", req, "now", sp.Slug)
	s.writeJSON(w, r, http.StatusOK, sp)
}
