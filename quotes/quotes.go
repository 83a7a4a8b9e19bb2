// Package quotes holds saidwho's domain: articles, the quotes attributed in
// them, the speakers they are attributed to, the filters used to look them up
// and the Store interface that keeps them. The extractor lives below it in
// quotes/extract; it imports nothing else of the project.
package quotes

import (
	"context"
	"encoding/json"
	"time"
)

// Kind says how much of a quote's content is inside quote marks.
type Kind string

const (
	Direct   Kind = "direct"   // all of the content is inside quote marks
	Mixed    Kind = "mixed"    // a paraphrase with quoted parts
	Indirect Kind = "indirect" // reported speech, no quote marks
)

// SpeakerKind says what sort of source a speaker is.
type SpeakerKind string

const (
	Person       SpeakerKind = "person"
	Organisation SpeakerKind = "organisation"
	Anonymous    SpeakerKind = "anonymous"
	Document     SpeakerKind = "document"
	Unknown      SpeakerKind = "unknown"
)

// Span is a half-open range [Start, End) of Unicode code points in an
// article's text.
type Span struct {
	Start, End int
}

// MarshalJSON writes a span as a [start, end] pair, as the evaluation files do.
func (s Span) MarshalJSON() ([]byte, error) { return json.Marshal([2]int{s.Start, s.End}) }

// UnmarshalJSON reads a [start, end] pair.
func (s *Span) UnmarshalJSON(b []byte) error {
	var p [2]int
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	s.Start, s.End = p[0], p[1]
	return nil
}

// Article is one news article. Text is what offsets point into.
type Article struct {
	ID          int64     `json:"id"`
	ExternalID  string    `json:"external_id,omitempty"` // the id of a .jsonl input line
	URL         string    `json:"url,omitempty"`
	Title       string    `json:"title,omitempty"`
	PublishedAt time.Time `json:"published_at,omitzero"`
	Text        string    `json:"text,omitempty"`
	CreatedAt   time.Time `json:"created_at,omitzero"`
}

// Quote is one statement an article attributes to someone.
type Quote struct {
	ID        int64  `json:"id,omitempty"`
	ArticleID int64  `json:"article_id,omitempty"`
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Kind      Kind   `json:"kind"`
	Parts     []Span `json:"parts,omitempty"` // the quoted sub-spans of a mixed quote

	// Speaker is the resolved identity ("Vladimir Putin"); Mention is the
	// speaker as this article names it here ("Putin", "he"), at
	// [MentionStart, MentionEnd). Both are empty when no speaker was found.
	Speaker      string      `json:"speaker"`
	SpeakerKind  SpeakerKind `json:"speaker_kind"`
	Mention      string      `json:"mention"`
	MentionStart int         `json:"speaker_start"`
	MentionEnd   int         `json:"speaker_end"`

	Cue      string `json:"cue"`
	CueStart int    `json:"cue_start"`
	CueEnd   int    `json:"cue_end"`

	Role      string `json:"role,omitempty"`
	Addressee string `json:"addressee,omitempty"`
	Channel   string `json:"channel,omitempty"`

	// Group ties the fragments of one interrupted or multi-paragraph quote.
	Group int `json:"group,omitempty"`
	// Rule names the attribution rule that found the speaker.
	Rule       string  `json:"rule,omitempty"`
	Confidence float64 `json:"confidence"`

	// Filled in by a Store.
	SpeakerSlug  string `json:"speaker_slug,omitempty"`
	ArticleTitle string `json:"article_title,omitempty"`
	ArticleURL   string `json:"article_url,omitempty"`
}

// MarshalJSON writes absent speakers and cues as null rather than as empty
// strings and zero offsets, which would read as real positions.
func (q Quote) MarshalJSON() ([]byte, error) {
	type plain Quote
	out := struct {
		plain
		Speaker      *string      `json:"speaker"`
		SpeakerKind  *SpeakerKind `json:"speaker_kind"`
		Mention      *string      `json:"mention"`
		MentionStart *int         `json:"speaker_start"`
		MentionEnd   *int         `json:"speaker_end"`
		Cue          *string      `json:"cue"`
		CueStart     *int         `json:"cue_start"`
		CueEnd       *int         `json:"cue_end"`
	}{plain: plain(q)}
	if q.Mention != "" {
		out.Speaker, out.SpeakerKind, out.Mention = &q.Speaker, &q.SpeakerKind, &q.Mention
		out.MentionStart, out.MentionEnd = &q.MentionStart, &q.MentionEnd
	}
	if q.Cue != "" {
		out.Cue, out.CueStart, out.CueEnd = &q.Cue, &q.CueStart, &q.CueEnd
	}
	return json.Marshal(out)
}

// Speaker is a source as known across the corpus.
type Speaker struct {
	ID         int64       `json:"-"`
	Slug       string      `json:"slug"`
	Name       string      `json:"name"`
	Kind       SpeakerKind `json:"kind"`
	QuoteCount int         `json:"quote_count"`
	Aliases    []Alias     `json:"aliases,omitempty"`
	Roles      []string    `json:"roles,omitempty"`
}

// Alias is one way articles have named a speaker, with how often.
type Alias struct {
	Mention string `json:"mention"`
	Count   int    `json:"count"`
}

// Page asks for one page of a list. Cursor is opaque to callers.
type Page struct {
	Limit  int
	Cursor string
}

// Page limits shared by every list.
const (
	DefaultLimit = 20
	MaxLimit     = 100
)

// SpeakerFilter selects speakers. Nil fields do not filter.
type SpeakerFilter struct {
	Query *string // name search
	Page
}

// QuoteFilter selects quotes. Nil fields do not filter.
type QuoteFilter struct {
	Query       *string // full-text search over quote text
	SpeakerSlug *string
	ArticleID   *int64
	Page
}

// Store keeps articles, quotes and speakers.
type Store interface {
	// SaveArticle stores an article and its quotes. An article already
	// stored (same URL, or same text when it has no URL) is left as it is:
	// created is false and the stored article is returned.
	SaveArticle(ctx context.Context, a *Article, qs []Quote) (stored *Article, created bool, err error)
	Quotes(ctx context.Context, f QuoteFilter) (qs []Quote, next string, err error)
	Quote(ctx context.Context, id int64) (*Quote, error)
	Speakers(ctx context.Context, f SpeakerFilter) (ss []Speaker, next string, err error)
	Speaker(ctx context.Context, slug string) (*Speaker, error)
}
