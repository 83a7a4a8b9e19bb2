package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"saidwho/quotes"
)

// doc is the working state of one extraction.
type doc struct {
	x     *Extractor
	lex   *lexicon // the English or the German view
	slabs *slabs   // where its frames and results are made (newFrame)
	r     []rune
	// ascii is the input text when it is ASCII alone, else "": a rune
	// offset is a byte offset into it, and output cuts its texts from it
	ascii  string
	paras  []span
	qs     []qspan
	german bool

	frames  []*frame
	results []*result
	// expected holds the expectations found (The vote is expected to …),
	// added to results after the attribution of the whole text
	expected []*result
	// seenAt is expectations' scratch list of the "seen as"/"known for"
	// words of a sentence that reputations tests after its expectations
	seenAt   []int
	toks     []token   // scratch, reused per paragraph
	sents    []span    // scratch for sentences, reused per paragraph
	fs       []frameAt // scratch for findFrames, reused per sentence
	asideBuf []int     // scratch for markAsides: each aside dash of a sentence, its index and the quotes before it
	parenBuf []int     // scratch for markAsides: each outer parenthesis pair, open and close each as index and quotes before it
	// sentNo counts sentences; lastReport is the last one that held a
	// frame or reported speech, so German subjunctive can continue it.
	sentNo, lastReport int
	// lastNotice is the last German sentence with a cue word or a
	// document noun (hat ihre Entscheidung bekannt gegeben), which
	// "Demnach" can point back to.
	lastNotice int
	// lastDocument is the last German sentence that names a document
	// (Der Bericht enthält …; eine Studie), which "Danach" can point back to.
	lastDocument int
	// actor is the person or body that opens the last German sentence
	// without a frame, a quote or a subjunctive (Dekan Berg sieht den
	// Streit gelassen), and actorSent that sentence's number: a report in
	// the subjunctive right after it is that actor's (actorSubject).
	actor     *frame
	actorSent int
	// subjKey, subjClause and subjHas memoise subjunctiveIn for the
	// sentence it was last asked about: its token bounds and their rune
	// offsets, as token indices start again in each paragraph
	subjKey    [4]int
	subjClause span
	subjHas    bool       // whether a subjunctive verb stands in subjClause
	labels     []labelled // quotes that open with a transcript label
	// headPara-1 is the paragraph read last; isHead, whether it is a headline.
	headPara int
	isHead   bool
	buf      []byte            // scratch for find, lowered, words and runesText
	spell    []byte            // scratch for tokenize: the lower-case texts of words the lexicon lacks
	unknown  []spelled         // scratch for tokenize: the tokens whose text is in spell
	names    map[string]string // lower-case surname → first full name given
	nameSeq  []namedAt         // full names in text order
	// joinScanned and openerScanned are the tokens of the sentence that
	// nearestClauseSubject and asClauseSubject went back over in vain, and
	// commaScanned those clauseSubject went over finding no comma but one
	// before a fronted phrase: the next participle of the sentence skips
	// them, so that a sentence of participles (", saying, saying …") is
	// not scanned anew for each. wordsScanned are words clauseOnly read
	// that hold no verb, punctuation or "compared", which the content of
	// the next frame skips likewise (Tom said that Tom said that …).
	// subjScanned are words sentenceSubjunctive found no subjunctive in.
	joinScanned, openerScanned, commaScanned, wordsScanned, subjScanned scanned
	// appositives counts the appositiveBefore calls in progress: each one
	// may read one more appositive before its comma, and a run of
	// commas (at the critics, at the critics, …) must not be read back to
	// the sentence start for every cue.
	appositives int
}

// scanned is a stretch toks[s:e] of the sentence numbered sent in which
// a scan found nothing. What the scans look for at toks[i] depends on
// toks[i] and its neighbour alone, so a later scan of the same sentence
// can skip the stretch, whatever its own bounds.
type scanned struct{ sent, s, e int }

// below returns where a back scan at toks[i] goes on: just below the
// stretch when i is inside it, else i.
func (m scanned) below(sent, i int) int {
	if m.sent == sent && m.s <= i && i < m.e {
		return m.s - 1
	}
	return i
}

// past returns where a forward scan at toks[i] goes on: just past the
// stretch when i is inside it, else i.
func (m scanned) past(sent, i int) int {
	if m.sent == sent && m.s <= i && i < m.e {
		return m.e
	}
	return i
}

// add returns the stretch with toks[s:e], scanned in vain, added: their
// union when the two meet, else the new one.
func (m scanned) add(sent, s, e int) scanned {
	switch {
	case s >= e:
		return m
	case m.sent == sent && m.s <= e && s <= m.e:
		return scanned{sent, min(s, m.s), max(e, m.e)}
	}
	return scanned{sent, s, e}
}

// labelled ties a quote to the frame of its transcript label.
type labelled struct {
	qi int
	f  *frame
}

// namedAt is a full name and where the article gives it.
type namedAt struct {
	pos  int
	name string
	// described: the name owns the person noun after it (Hill's
	// spokesman, Hill's campaign manager), who is the subject, not Hill
	described  bool
	possessive bool // Hill's: the name owns what follows, the subject
	// titled: a German role noun opens the name's run (der Italiener
	// Xeno Pard, UN-Generalsekretär Ban Ki-moon): a person, whatever
	// the first name
	titled bool
	// subject: the name stands in the subject the clause reading finds
	// for its sentence (After Tom Hill spoke, Vale met the board; a
	// newly elected Vale met …): the person the sentence is about,
	// wherever the subject stands
	subject bool
}

// frame is one attribution: a cue and the source it names, found by rule.
type frame struct {
	cue        span
	cueText    string
	class      string // speech or belief
	reports    bool   // the cue reports a clause (said that …), not an object
	object     bool   // the cue's object is the content (vowed to fight, called for a ban)
	leads      bool   // the source leads its sentence's content: According to X, CONTENT
	mention    span   // empty when the frame borrows its source (saying, …)
	antecedent span   // for a relative pronoun mention: the noun phrase it stands for
	gap        bool   // the content's subject is a relative before the source: which she said was …
	role       string // an appositive: "a former adviser"
	addressee  string
	channel    string
	rule       string
	para       int
	inherit    *frame // for participles: the frame whose source this one shares
	// via is the frame of the medium that reports this frame's source (Die
	// Zeitung zitierte Paul Weber mit den Worten: „…“; sagte Paul Weber
	// laut Radio Nord): annotators give the words to both, so each
	// statement is recorded for each.
	via        *frame
	speaker    string
	kind       quotes.SpeakerKind
	resolution string // how the speaker was resolved: "", "surname", "pronoun", "description", "pair", "owner"
	gender     byte   // of a person: 'm', 'f' or 0 when unknown
}

// slab hands out the frames or the results of a text from chunks that
// the scratch keeps for the next text: allocated alone, they were one
// allocation in four, and a fifth of the bytes.
type slab[T any] struct {
	chunks [][]T
	n      int // the values handed out
}

const slabChunk = 64

// alloc returns a value of the slab set to v.
func (s *slab[T]) alloc(v T) *T {
	c := s.n / slabChunk
	if c == len(s.chunks) {
		s.chunks = append(s.chunks, make([]T, slabChunk))
	}
	p := &s.chunks[c][s.n%slabChunk]
	s.n++
	*p = v
	return p
}

// reset clears the values handed out, which no one holds any more, for
// the next text.
func (s *slab[T]) reset() {
	for _, c := range s.chunks[:(s.n+slabChunk-1)/slabChunk] {
		clear(c)
	}
	s.n = 0
}

// slabs are the slabs of a doc.
type slabs struct {
	frames  slab[frame]
	results slab[result]
}

// newFrame returns a new frame set to f, newResult a new result set to r.
func (d *doc) newFrame(f frame) *frame    { return d.slabs.frames.alloc(f) }
func (d *doc) newResult(r result) *result { return d.slabs.results.alloc(r) }

// source returns the frame that names the source.
func (f *frame) source() *frame {
	for i := 0; f.inherit != nil && i < 4; i++ {
		f = f.inherit
	}
	return f
}

// named reports whether the frame names its source in the text.
func (f *frame) named() bool { return f.mention.e > f.mention.s }

// cueLower returns the cue in lower case, as the word sets hold it (Said,
// Told: said, told). strings.ToLower returns a cue already in lower case,
// as most are, without a copy; the rules ask for it where they need it.
func (f *frame) cueLower() string { return strings.ToLower(f.cueText) }

// ledToEnd reports whether f leads all of its sentence after it, the
// frames of a poll (In a May poll, 75 percent said …) and of a viewpoint
// (To Jo Vale, it …): the content is theirs to the sentence end, frames
// and clauses after "but" included.
func (f *frame) ledToEnd() bool { return f.rule == "poll-lead" || f.rule == "viewpoint" }

// result is one statement found: a quote or reported content, and the frame
// it is attributed to (nil when none was found).
type result struct {
	kind    quotes.Kind
	content span
	parts   []span
	qi      int // index of its qspan, -1 for indirect
	f       *frame
	rule    string
	chain   int
	goesOn  *frame // the frame a quote after this one continues, if not f
}

func (d *doc) text(s span) string { return string(d.r[s.s:s.e]) }

// wordText returns the text of the word t: its lower-case string when the
// word is written so in ASCII (said), which spares the allocation of a
// string, else a new one (Said, I’m).
func (d *doc) wordText(t *token) string {
	rs := d.r[t.s:t.e]
	if len(rs) != len(t.lower) {
		return string(rs)
	}
	for i, c := range rs {
		if c >= utf8.RuneSelf || c != rune(t.lower[i]) {
			return string(rs)
		}
	}
	return t.lower
}

// looksGerman counts common function words of each language in the first
// paragraphs. A short German text may hold none of the articles (In
// Lindhaven regnet es. „Wir haben keine Zeit“, sagte Anna Berger.; Laut
// Polizei wurde niemand verletzt.): wir, es, eine, sagte, sei, ich, laut,
// wurde, wird, auch and noch count too, words no English text uses.
func (d *doc) looksGerman() bool {
	de, en := 0, 0
	var buf [8]byte
	r := d.r
	for i := 0; i < len(r) && i < 3000 && de-en < 12 && en-de < 12; { // a clear lead settles it
		// the run of letters at i, its ASCII ones tested inline: a call
		// of unicode.IsLetter a rune was most of the cost
		j, ascii := i, true
		for ; j < len(r); j++ {
			if c := r[j]; c < utf8.RuneSelf {
				if uint32(c|0x20)-'a' >= 26 { // 'A'–'Z' to 'a'–'z'; no other ASCII rune lands there
					break
				}
			} else if unicode.IsLetter(c) {
				ascii = false
			} else {
				break
			}
		}
		if j == i {
			i++
			continue
		}
		if n := j - i; n <= 5 && ascii {
			w := buf[:n]
			for k, c := range r[i:j] {
				w[k] = byte(c) | 0x20 // an ASCII letter in lower case, as unicode.ToLower makes it
			}
			switch string(w) {
			case "der", "die", "und", "das", "ist", "nicht", "mit", "sich", "dem", "auf", "wir", "es", "eine", "sagte", "sei", "ich", "laut", "wurde", "wird", "auch", "noch":
				de++
			case "the", "and", "is", "of", "to", "that", "with", "for", "was":
				en++
			}
		}
		i = j
	}
	return de > en
}

// has reports whether the lower-case word w is of class c.
func (d *doc) has(c class, w string) bool { return d.lex.has(w, c) }

// pronounText reports whether the text of m, in lower case, is a pronoun
// (he, They): one test for a mention or its part, wherever it is made. It
// lowers the runes as the tokeniser does (classOf), into d.buf: no string
// is made, and the confidence of every result asks it.
func (d *doc) pronounText(m span) bool { return d.classOf(d.r[m.s:m.e])&cPronoun != 0 }

// inSet reports whether the lower-case word w is in the word set set.
func (d *doc) inSet(set setID, w string) bool { return d.lex.inSet(set, w) }
