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

// Act tells statements from beliefs: "X said" reports what X said, "X
// fears" what X is reported to think.
type Act string

const (
	Statement Act = "statement"
	Belief    Act = "belief"
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
	ID         int64  `json:"id"`
	ExternalID string `json:"external_id,omitempty"` // the id of a .jsonl input line
	URL        string `json:"url,omitempty"`
	Title      string `json:"title,omitempty"`
	// Outlet is the publisher ("nyt"); without one given, the URL's host.
	Outlet      string    `json:"outlet,omitempty"`
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
	// Act is what the cue reports: a statement (said, told) or a belief
	// (thinks, fears). Quoted words with no cue are statements.
	Act Act `json:"act,omitempty"`

	// Group ties the fragments of one interrupted or multi-paragraph quote.
	Group int `json:"group,omitempty"`
	// Rule names the attribution rule that found the speaker.
	Rule       string  `json:"rule,omitempty"`
	Confidence float64 `json:"confidence"`

	// Filled in by a Store. A quote is one statement however many articles
	// report it: the fields above are from its first sighting, FirstSeen is
	// the earliest sighting's date, and Sightings (given by Store.Quote)
	// lists every article that reported it. FragmentOf is the id of a longer
	// quote that contains this one. Snippet is the text with the words a
	// search matched in <mark>, as HTML.
	SpeakerSlug   string     `json:"speaker_slug,omitempty"`
	ArticleTitle  string     `json:"article_title,omitempty"`
	ArticleURL    string     `json:"article_url,omitempty"`
	Outlet        string     `json:"outlet,omitempty"`
	FirstSeen     time.Time  `json:"first_seen,omitzero"`
	SightingCount int        `json:"sighting_count,omitempty"`
	FragmentOf    int64      `json:"fragment_of,omitempty"`
	Fragments     []int64    `json:"fragments,omitempty"`
	Sightings     []Sighting `json:"sightings,omitempty"`
	Snippet       string     `json:"snippet,omitempty"`
}

// Sighting is one article reporting a quote.
type Sighting struct {
	ArticleID    int64     `json:"article_id"`
	ArticleURL   string    `json:"article_url,omitempty"`
	ArticleTitle string    `json:"article_title,omitempty"`
	Outlet       string    `json:"outlet,omitempty"`
	Date         time.Time `json:"date,omitzero"`
	Start        int       `json:"start"`
	End          int       `json:"end"`
	Mention      string    `json:"mention,omitempty"`
	SpeakerSlug  string    `json:"speaker_slug,omitempty"`
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

// Speaker statuses.
const (
	// Resolved: a full name or a named organisation.
	Resolved = "resolved"
	// Ambiguous: a bare surname or title that the article did not resolve
	// and that could be more than one speaker of the corpus.
	Ambiguous = "ambiguous"
	// Scoped: a description ("a senior official", "the company") that
	// stands for one source within one article only.
	Scoped = "scoped"
)

// Speaker is a source as known across the corpus.
type Speaker struct {
	ID         int64       `json:"-"`
	Slug       string      `json:"slug"`
	Name       string      `json:"name"`
	Kind       SpeakerKind `json:"kind"`
	Status     string      `json:"status"`
	ExternalID string      `json:"external_id,omitempty"`
	QuoteCount int         `json:"quote_count"`
	FirstSeen  time.Time   `json:"first_seen,omitzero"`
	LastSeen   time.Time   `json:"last_seen,omitzero"`
	Aliases    []Alias     `json:"aliases,omitempty"`
	Roles      []Role      `json:"roles,omitempty"`
	// Given by Store.Speaker only.
	ScopeArticle int64    `json:"scope_article,omitempty"` // the article a scoped speaker belongs to
	Candidates   []string `json:"candidates,omitempty"`    // slugs an ambiguous speaker could be
	History      []Event  `json:"history,omitempty"`       // merges, splits, renames, oldest first
}

// Alias is one way articles have named a speaker, with how often and when.
type Alias struct {
	Mention   string    `json:"mention"`
	Count     int       `json:"count"`
	FirstSeen time.Time `json:"first_seen,omitzero"`
	LastSeen  time.Time `json:"last_seen,omitzero"`
}

// Role is a role articles gave a speaker, with how often and when.
type Role struct {
	Role      string    `json:"role"`
	Count     int       `json:"count"`
	FirstSeen time.Time `json:"first_seen,omitzero"`
	LastSeen  time.Time `json:"last_seen,omitzero"`
}

// Event is one entry of a speaker's history.
type Event struct {
	Action string    `json:"action"` // merge, merged, split, rename, set-id, alias-file, auto-merge
	Detail string    `json:"detail"`
	Actor  string    `json:"actor"` // "ingest" for what ingest decided, else "correction"
	At     time.Time `json:"at"`
}

// Split asks to move the quotes a speaker got through one mention form
// ("Clinton") to another speaker: Into is the slug of an existing speaker
// or, if no speaker has that slug, the name of a new one; empty means a
// new speaker named after the mention.
type Split struct {
	Mention string `json:"mention"`
	Into    string `json:"into"`
}

// SpeakerUpdate changes a speaker's canonical name (its slug follows; the
// old slug keeps answering) or its external id (such as a Wikidata QID).
// Nil fields are left as they are.
type SpeakerUpdate struct {
	Name       *string `json:"name"`
	ExternalID *string `json:"external_id"`
}

// AliasRule is one line of an alias file: a speaker's canonical name and
// the other names that mean the same speaker.
type AliasRule struct {
	Name     string
	Variants []string
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
	Query       *string // full-text search over quote text (SQLite FTS5 syntax)
	SpeakerSlug *string
	SpeakerKind *SpeakerKind
	Kind        *Kind
	Act         *Act       // statements or beliefs
	Outlet      *string    // quotes with a sighting from this outlet
	Since       *time.Time // first sighted at or after
	Until       *time.Time // first sighted before
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
	// Speaker returns a speaker by slug; the slug of a speaker merged away
	// or renamed answers with the speaker it now belongs to.
	Speaker(ctx context.Context, slug string) (*Speaker, error)

	// Corrections. Each is kept as a rule that ingest applies to every
	// later article, and is recorded in the speakers' history.
	MergeSpeakers(ctx context.Context, from, into string) (*Speaker, error)
	SplitSpeaker(ctx context.Context, slug string, s Split) (*Speaker, error)
	UpdateSpeaker(ctx context.Context, slug string, u SpeakerUpdate) (*Speaker, error)
	// AddAliases applies alias-file rules: every variant is the named
	// speaker from now on, and speakers already stored under a variant are
	// merged into it.
	AddAliases(ctx context.Context, rules []AliasRule) error
}
