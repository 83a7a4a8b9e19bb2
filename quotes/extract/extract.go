// Package extract finds the statements a news article attributes to
// someone: direct quotes, partial (mixed) quotes and reported speech, each
// with its speaker mention, the speaker it resolves to, the cue and a
// confidence. It is pure Go, deterministic and linear in its input.
//
// The pipeline, one pass per stage: normalise (NFC) → paragraphs → quote
// marks paired into quoted segments → tokens and sentences, each quote one
// token → attribution frames (a cue and its source) found by named layout
// rules → quotes assigned to frames → speakers resolved within the article
// → confidence.
package extract

import (
	"fmt"
	"sync"

	"saidwho/quotes"
)

// Extractor holds the lexicons; build it once with New and reuse it. It is
// safe for concurrent use.
type Extractor struct {
	en, de   *lexicon          // the lexicon seen from English and from German text
	capitals map[string]string // lower-case capital → country
	// confidence maps "kind rule" to the share of such quotes found right
	// in English news, confidenceDE in German news.
	confidence, confidenceDE map[string]float64
	doubts, doubtsDE         doubtFactors // their signs of doubt (see doubts)
	// MinConfidence drops quotes below it: scare quotes and titles
	// ("Saturday Night Live") get a confidence under DefaultMinConfidence.
	MinConfidence float64
}

// DefaultMinConfidence keeps statements and drops quoted words that the
// extractor judged to be scare quotes or titles (confidence 0.02).
const DefaultMinConfidence = 0.2

// New returns an Extractor with the embedded lexicons loaded. The
// lexicons are compiled into the binary and a test loads them, so a failure
// here is a build defect, reported like regexp.MustCompile does.
func New() *Extractor {
	en, de, err := loadLexicon("cues.txt", "words.txt", "names.txt")
	if err != nil {
		panic(fmt.Sprintf("extract: embedded lexicon: %v", err))
	}
	capitals, err := loadCapitals()
	if err != nil {
		panic(fmt.Sprintf("extract: embedded lexicon: %v", err))
	}
	confidence, err := loadConfidence("confidence.txt")
	if err != nil {
		panic(fmt.Sprintf("extract: embedded lexicon: %v", err))
	}
	confidenceDE, err := loadConfidence("confidence-de.txt")
	if err != nil {
		panic(fmt.Sprintf("extract: embedded lexicon: %v", err))
	}
	return &Extractor{en: en, de: de, capitals: capitals, confidence: confidence, confidenceDE: confidenceDE,
		doubts: readDoubts(confidence), doubtsDE: readDoubts(confidenceDE), MinConfidence: DefaultMinConfidence}
}

// scratch holds the buffers of an extraction, the runes of the text, the
// tokens of a paragraph, the doc's byte scratches and its lists of
// paragraphs, quotes, names, frames and results, for the next
// extraction: made anew for each text they were a third of the bytes
// allocated, and so of the garbage collector's work. Nothing returned
// points into them: the quotes are strings, copied out, or in an ASCII
// text cut from the input string, as strings.Split cuts (a quote kept
// keeps its article's text in memory, which the store keeps anyway).
type scratch struct {
	r          []rune
	toks       []token
	spell, buf []byte
	unknown    []spelled
	paras      []span
	qs         []qspan
	names      map[string]string
	nameSeq    []namedAt
	back       []int
	pairing    pairing
	frames     []*frame
	results    []*result
	fs         []frameAt
	slabs      slabs
	// the per-sentence scratches and the two lists made in attribute:
	// made anew for each text, sentences alone grew ~4k times a pass
	sents              []span
	seenAt             []int
	asideBuf, parenBuf []int
	expected           []*result
	labels             []labelled
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// Extract returns the quotes of one article text, in text order, with
// offsets in Unicode code points of text.
func (x *Extractor) Extract(text string) []quotes.Quote {
	s := scratches.Get().(*scratch)
	r, back, ascii := normalize(s.r, s.back, text)
	if s.names == nil {
		s.names = map[string]string{}
	}
	d := &doc{x: x, r: r, toks: s.toks, spell: s.spell, buf: s.buf, unknown: s.unknown, names: s.names, nameSeq: s.nameSeq,
		frames: s.frames, results: s.results, fs: s.fs, slabs: &s.slabs,
		sents: s.sents, seenAt: s.seenAt, asideBuf: s.asideBuf, parenBuf: s.parenBuf, expected: s.expected, labels: s.labels}
	d.paras = paragraphs(s.paras[:0], r)
	d.qs = x.pairMarks(s.qs[:0], r, d.paras, &s.pairing)
	d.german = d.looksGerman()
	d.lex = x.en
	if d.german {
		d.lex = x.de
	}
	d.cutInsertedFrames()
	d.attribute()
	d.resolve()
	d.sameSpeakerOuter()
	orig := r
	if ascii {
		d.ascii = text // a rune a byte, each valid: no rune of it is more than one byte
	}
	if back != nil {
		orig = []rune(text) // quote texts are cut from the text as given
	}
	out := d.output(orig, back)
	if cap(r) > keepRunes {
		return out // a huge text's buffers would stay in memory for small ones
	}
	s.r, s.toks, s.spell, s.buf, s.unknown = r[:0], d.toks[:0], d.spell[:0], d.buf[:0], d.unknown[:0]
	s.paras, s.qs = d.paras[:0], d.qs[:0]
	clear(d.names)
	s.names, s.nameSeq = d.names, d.nameSeq[:0]
	clear(d.frames) // the frames and results of this text are garbage now
	clear(d.results)
	clear(d.fs)
	s.frames, s.results, s.fs = d.frames[:0], d.results[:0], d.fs[:0]
	clear(d.expected)
	clear(d.labels)
	s.sents, s.seenAt, s.asideBuf, s.parenBuf = d.sents[:0], d.seenAt[:0], d.asideBuf[:0], d.parenBuf[:0]
	s.expected, s.labels = d.expected[:0], d.labels[:0]
	s.slabs.frames.reset()
	s.slabs.results.reset()
	if back != nil {
		s.back = back[:0]
	}
	scratches.Put(s)
	return out
}

// keepRunes bounds the text whose buffers are kept for the next one:
// news articles are a few thousand runes, a 10 MB upload is not.
const keepRunes = 1 << 20
