package web

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"strings"

	"saidwho/quotes"
)

// chrome is what every page's header and title need.
type chrome struct {
	Title string
	Query string
	// Canonical is the page's absolute URL.
	Canonical string
}

// indexPage is the browse page: a search, the quotes found or the newest,
// and the speakers.
type indexPage struct {
	chrome
	Quotes     []quoteView
	MoreQuotes string
	Speakers   []quotes.Speaker
}

// speakerPage lists one speaker's quotes.
type speakerPage struct {
	chrome
	Speaker    *quotes.Speaker
	Quotes     []quoteView
	MoreQuotes string
}

// quotePage is one quote with its embed code.
type quotePage struct {
	chrome
	Q             quoteView
	Snippet       string
	SnippetData   snippetData
	OEmbedURL     string
	OGTitle       string
	OGDescription string
	// Sightings are the articles the quote was seen in.
	Sightings []sighting
	// More are other quotes by the same speaker.
	More []quoteView
}

// sighting is one article a quote appeared in.
type sighting struct {
	URL, Title, Host, Date, DateISO string
}

// ftsQuery turns what a person types into a full-text query that cannot
// be a syntax error: every word becomes a quoted term, all of them required.
func ftsQuery(q string) string {
	var terms []string
	for _, w := range strings.Fields(q) {
		if w = strings.ReplaceAll(w, `"`, ""); w != "" {
			terms = append(terms, `"`+w+`"`)
		}
	}
	return strings.Join(terms, " ")
}

// views builds the views of a list of quotes, without their articles.
func views(base string, qs []quotes.Quote) []quoteView {
	out := make([]quoteView, len(qs))
	for i := range qs {
		out[i] = newQuoteView(base, &qs[i], nil)
	}
	return out
}

// moreLink is the link to the next page of a list, or "".
func moreLink(path string, query url.Values, next string) string {
	if next == "" {
		return ""
	}
	q := url.Values{}
	for k, v := range query {
		q[k] = v
	}
	q.Set("cursor", next)
	return path + "?" + q.Encode()
}

func (s *Server) handleIndex(w http.ResponseWriter, r *http.Request) {
	base := s.baseURL(r)
	query := strings.TrimSpace(r.URL.Query().Get("q"))
	p := indexPage{chrome: chrome{Query: query, Canonical: base + "/"}}
	f := quotes.QuoteFilter{Page: quotes.Page{Limit: quotes.DefaultLimit, Cursor: r.URL.Query().Get("cursor")}}
	sf := quotes.SpeakerFilter{Page: quotes.Page{Limit: 30}}
	if query != "" {
		p.Title = "Search: " + query
		if fts := ftsQuery(query); fts != "" {
			f.Query = &fts
		}
		sf.Query = &query
	}
	qs, next, err := s.store.Quotes(r.Context(), f)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	p.Quotes, p.MoreQuotes = views(base, qs), moreLink("/", r.URL.Query(), next)
	if p.Speakers, _, err = s.store.Speakers(r.Context(), sf); err != nil {
		s.renderError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "index", p)
}

func (s *Server) handleSpeakerPage(w http.ResponseWriter, r *http.Request) {
	base := s.baseURL(r)
	sp, err := s.store.Speaker(r.Context(), routeVar(r, "slug"))
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	qs, next, err := s.store.Quotes(r.Context(), quotes.QuoteFilter{SpeakerSlug: &sp.Slug,
		Page: quotes.Page{Limit: quotes.DefaultLimit, Cursor: r.URL.Query().Get("cursor")}})
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	pageURL := "/speakers/" + url.PathEscape(sp.Slug)
	s.render(w, r, http.StatusOK, "speaker", speakerPage{
		chrome:  chrome{Title: sp.Name, Canonical: base + pageURL},
		Speaker: sp, Quotes: views(base, qs), MoreQuotes: moreLink(pageURL, r.URL.Query(), next),
	})
}

func (s *Server) handleQuotePage(w http.ResponseWriter, r *http.Request) {
	base := s.baseURL(r)
	q, ok := s.pageQuote(w, r)
	if !ok {
		return
	}
	v := newQuoteView(base, q, s.article(r.Context(), q))
	sd := snippetData{quoteView: v, Opts: embedOptions{Theme: "auto"}, WidgetURL: base + "/widget.js"}
	snippet, err := s.snippet(sd)
	if err != nil {
		s.renderError(w, r, err)
		return
	}
	p := quotePage{
		chrome:        chrome{Title: v.Speaker + ": “" + truncate(v.Text, 60) + "”", Canonical: v.PageURL},
		Q:             v,
		Snippet:       snippet,
		SnippetData:   sd,
		OEmbedURL:     base + "/oembed?" + url.Values{"url": {v.PageURL}, "format": {"json"}}.Encode(),
		OGTitle:       v.Speaker + ": “" + truncate(v.Text, 90) + "”",
		OGDescription: "“" + truncate(v.Text, 280) + "” — " + v.Speaker + ", in " + v.SourceTitle,
		More:          s.moreBy(r.Context(), base, q),
	}
	if v.SourceURL != "" || v.SourceTitle != "" {
		p.Sightings = append(p.Sightings, sighting{URL: v.SourceURL, Title: v.SourceTitle, Host: v.SourceHost, Date: v.Date, DateISO: v.DateISO})
	}
	s.render(w, r, http.StatusOK, "quote", p)
}

// moreBy returns a few other quotes by the speaker of q; it is a nicety,
// so a failure is logged and leaves it empty.
func (s *Server) moreBy(ctx context.Context, base string, q *quotes.Quote) []quoteView {
	if q.SpeakerSlug == "" {
		return nil
	}
	qs, _, err := s.store.Quotes(ctx, quotes.QuoteFilter{SpeakerSlug: &q.SpeakerSlug, Page: quotes.Page{Limit: 6}})
	if err != nil {
		s.logger.WarnContext(ctx, "other quotes by speaker", "speaker", q.SpeakerSlug, "err", err)
		return nil
	}
	var out []quoteView
	for i := range qs {
		if qs[i].ID != q.ID && len(out) < 5 {
			out = append(out, newQuoteView(base, &qs[i], nil))
		}
	}
	return out
}

// embedOptions are the widget's options, from data attributes on the
// snippet or from the embed URL's query.
type embedOptions struct {
	Theme      string // light, dark or auto
	Width      int    // 0: as wide as the host allows, up to defaultWidth
	HideSource bool
}

// Width bounds of the embed, in CSS pixels.
const (
	defaultWidth = 550
	minWidth     = 220
)

// snippetData is what the snippet template needs.
type snippetData struct {
	quoteView
	Opts      embedOptions
	WidgetURL string
}

// snippet renders the copy-paste embed code of a quote.
func (s *Server) snippet(d snippetData) (string, error) {
	var buf bytes.Buffer
	if err := s.pages.snippet.ExecuteTemplate(&buf, "snippet", d); err != nil {
		return "", err
	}
	return strings.TrimSpace(buf.String()), nil
}

// pageQuote loads the quote a page's path names, or renders the error
// page and reports false.
func (s *Server) pageQuote(w http.ResponseWriter, r *http.Request) (*quotes.Quote, bool) {
	id, err := quoteID(r)
	if err != nil {
		s.renderError(w, r, err)
		return nil, false
	}
	q, err := s.store.Quote(r.Context(), id)
	if err != nil {
		s.renderError(w, r, err)
		return nil, false
	}
	return q, true
}

// themeParam reads the theme query parameter: light, dark or auto.
func themeParam(r *http.Request) string {
	switch t := r.URL.Query().Get("theme"); t {
	case "light", "dark":
		return t
	}
	return "auto"
}

// embedPage is the data of the embed page.
type embedPage struct {
	Q    quoteView
	Opts embedOptions
}

func (s *Server) handleEmbed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Security-Policy", embedCSP)
	base := s.baseURL(r)
	q, ok := s.pageQuote(w, r)
	if !ok {
		return
	}
	o := embedOptions{Theme: themeParam(r)}
	switch r.URL.Query().Get("hide_source") {
	case "1", "true":
		o.HideSource = true
	}
	s.render(w, r, http.StatusOK, "embed", embedPage{Q: newQuoteView(base, q, s.article(r.Context(), q)), Opts: o})
}
