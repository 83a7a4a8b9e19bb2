package web

import (
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"saidwho/quotes"
)

// oembedCacheAge is how long, in seconds, a consumer may keep an answer.
const oembedCacheAge = 86400

// oembed is an oEmbed 1.0 response of type rich.
type oembed struct {
	Type         string `json:"type"`
	Version      string `json:"version"`
	Title        string `json:"title"`
	AuthorName   string `json:"author_name"`
	AuthorURL    string `json:"author_url,omitempty"`
	ProviderName string `json:"provider_name"`
	ProviderURL  string `json:"provider_url"`
	CacheAge     int    `json:"cache_age"`
	HTML         string `json:"html"`
	Width        int    `json:"width"`
	Height       int    `json:"height"`
}

// positiveParam reads an optional positive integer query parameter; 0
// means absent.
func positiveParam(r *http.Request, name string) (int, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 0, quotes.Errorf(quotes.EINVALID, "%s must be a positive integer, got %q", name, s)
	}
	return n, nil
}

// quoteOfURL returns the id of the quote a saidwho quote-page URL names, or
// a not-found error for any other URL.
func quoteOfURL(base, raw string) (int64, error) {
	notFound := quotes.Errorf(quotes.ENOTFOUND, "%q is not a saidwho quote URL", raw)
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return 0, notFound
	}
	b, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || !strings.EqualFold(u.Host, b.Host) {
		return 0, notFound
	}
	rest, ok := strings.CutPrefix(u.Path, strings.TrimRight(b.Path, "/")+"/quotes/")
	if !ok {
		return 0, notFound
	}
	id, err := strconv.ParseInt(strings.TrimSuffix(rest, "/"), 10, 64)
	if err != nil || id < 1 {
		return 0, notFound
	}
	return id, nil
}

func (s *Server) handleOEmbed(w http.ResponseWriter, r *http.Request) {
	base := s.baseURL(r)
	if f := r.URL.Query().Get("format"); f != "" && f != "json" {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		http.Error(w, "only format=json is implemented", http.StatusNotImplemented)
		return
	}
	raw := r.URL.Query().Get("url")
	if strings.TrimSpace(raw) == "" {
		s.writeError(w, r, quotes.Errorf(quotes.EINVALID, "url is required"))
		return
	}
	maxWidth, err := positiveParam(r, "maxwidth")
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	maxHeight, err := positiveParam(r, "maxheight")
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	id, err := quoteOfURL(base, raw)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	q, err := s.store.Quote(r.Context(), id)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	v := newQuoteView(base, q, s.article(r.Context(), q))
	o := embedOptions{Theme: themeParam(r), Width: defaultWidth}
	if maxWidth > 0 {
		o.Width = min(o.Width, maxWidth)
	}
	html, err := s.snippet(snippetData{quoteView: v, Opts: o, WidgetURL: base + "/widget.js"})
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	height := estimateHeight(v, o.Width)
	if maxHeight > 0 {
		height = min(height, maxHeight)
	}
	s.writeJSON(w, r, http.StatusOK, oembed{
		Type: "rich", Version: "1.0",
		Title:      v.Speaker + ": “" + truncate(v.Text, 90) + "”",
		AuthorName: v.Speaker, AuthorURL: v.SpeakerURL,
		ProviderName: "saidwho", ProviderURL: base + "/",
		CacheAge: oembedCacheAge,
		HTML:     html, Width: o.Width, Height: height,
	})
}

// estimateHeight guesses the embed's height at a width, in CSS pixels, from
// the lengths of its text and caption and the embed's type sizes (see
// assets/embed.css). The widget resizes the frame to the real height.
func estimateHeight(v quoteView, width int) int {
	const pad, quoteFont, quoteLine, captionLine = 2*16 + 2, 18.0, 18.0 * 1.45, 15.0 * 1.4
	inner := float64(max(width, minWidth) - pad)
	lines := func(chars int, font float64) float64 {
		perLine := math.Max(1, inner/(font*0.5))
		return math.Ceil(float64(chars) / perLine)
	}
	caption := utf8.RuneCountInString(v.Speaker+v.Attribution+v.SourceTitle+v.Date) + 10
	h := float64(pad) + lines(utf8.RuneCountInString(v.Text), quoteFont)*quoteLine + 12 +
		lines(caption, 15)*captionLine + captionLine + 8
	return int(math.Ceil(h))
}
