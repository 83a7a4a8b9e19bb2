package web

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"saidwho/quotes"
)

// quoteView is a quote as the pages, the embed and the snippet show it.
// Every field is plain text or a checked URL; templates escape them.
type quoteView struct {
	ID   int64
	Text string
	Kind quotes.Kind
	// Speaker is the resolved identity; SpeakerSlug is empty when the
	// quote has none.
	Speaker     string
	SpeakerSlug string
	SpeakerKind quotes.SpeakerKind
	// Attribution is the attribution as the article wrote it: the mention
	// and the cue in the article's order ("a senior official told
	// reporters", "according to the Kremlin").
	Attribution string
	// AttributionDiffers is true when the attribution names the speaker
	// differently from the resolved name, so it is worth showing next to it.
	AttributionDiffers bool
	Cue, Role, Channel string

	// SourceURL is the article's URL when it is http or https, else empty.
	SourceURL   string
	SourceTitle string
	SourceHost  string
	// Date is the article's publication date, "" when unknown.
	Date, DateISO string
	// Lang is the article's language, a BCP 47 tag.
	Lang string

	// Absolute URLs of this quote on saidwho.
	PageURL, EmbedURL, SpeakerURL string
}

// safeURL returns raw when it is an absolute http or https URL, else "":
// a source link must never be javascript:, data: or anything else.
func safeURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// baseURL is the absolute URL saidwho is reached at: the configured public
// URL, else the scheme and host of the request.
func (s *Server) baseURL(r *http.Request) string {
	if s.publicURL != "" {
		return s.publicURL
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	host := r.Host
	if host == "" || strings.ContainsFunc(host, func(c rune) bool {
		return !(c == '.' || c == '-' || c == ':' || c == '[' || c == ']' || c == '_' ||
			'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9')
	}) {
		host = "localhost"
	}
	return scheme + "://" + host
}

// newQuoteView builds the view of q; a is its article, nil when the store
// cannot give it.
func newQuoteView(base string, q *quotes.Quote, a *quotes.Article) quoteView {
	v := quoteView{
		ID: q.ID, Text: q.Text, Kind: q.Kind,
		Speaker: q.Speaker, SpeakerSlug: q.SpeakerSlug, SpeakerKind: q.SpeakerKind,
		Cue: q.Cue, Role: q.Role, Channel: q.Channel,
		SourceURL: safeURL(q.ArticleURL), SourceTitle: strings.TrimSpace(q.ArticleTitle),
		Lang:     "en",
		PageURL:  base + "/quotes/" + strconv.FormatInt(q.ID, 10),
		EmbedURL: base + "/embed/quotes/" + strconv.FormatInt(q.ID, 10),
	}
	if v.Speaker == "" {
		v.Speaker = q.Mention
	}
	if v.Speaker == "" {
		v.Speaker = "Unknown speaker"
	}
	if q.SpeakerSlug != "" {
		v.SpeakerURL = base + "/speakers/" + url.PathEscape(q.SpeakerSlug)
	}
	v.Attribution = attribution(q)
	v.AttributionDiffers = v.Attribution != "" && !strings.EqualFold(strings.TrimSpace(q.Mention), v.Speaker)
	if v.SourceURL != "" {
		u, _ := url.Parse(v.SourceURL)
		v.SourceHost = strings.TrimPrefix(u.Hostname(), "www.")
	}
	if v.SourceTitle == "" {
		v.SourceTitle = v.SourceHost
	}
	if v.SourceTitle == "" {
		v.SourceTitle = "the source article"
	}
	if a != nil {
		if !a.PublishedAt.IsZero() {
			v.Date, v.DateISO = a.PublishedAt.Format("2 January 2006"), a.PublishedAt.Format(time.DateOnly)
		}
		v.Lang = detectLang(a.Text)
	}
	return v
}

// attribution writes the mention and the cue in the order the article
// has them: "Putin told Macron", "according to the Kremlin".
func attribution(q *quotes.Quote) string {
	mention, cue := strings.TrimSpace(q.Mention), strings.TrimSpace(q.Cue)
	switch {
	case mention == "":
		return ""
	case cue == "":
		return mention
	case q.CueStart < q.MentionStart && q.CueEnd <= q.MentionStart:
		return cue + " " + mention
	}
	s := mention + " " + cue
	if q.Addressee != "" && !strings.Contains(cue, q.Addressee) {
		s += " " + q.Addressee
	}
	return s
}

// article returns the quote's article when the store can give it; any
// failure only costs the details that need it, so it is logged, not
// returned.
func (s *Server) article(ctx context.Context, q *quotes.Quote) *quotes.Article {
	ar, ok := s.store.(quotes.ArticleReader)
	if !ok || q.ArticleID == 0 {
		return nil
	}
	a, err := ar.Article(ctx, q.ArticleID)
	if err != nil {
		s.logger.WarnContext(ctx, "load article of quote", "quote", q.ID, "article", q.ArticleID, "err", err)
		return nil
	}
	return a
}

// truncate shortens s to at most n runes, ending with an ellipsis.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
