package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"saidwho/quotes"
)

// maxContent bounds, in tokens, the content a frame may reach back over
// frames that took none, so that a hostile sentence of many cues stays
// linear.
const maxContent = 120

// frameAt is a frame with its place among a sentence's tokens.
type frameAt struct {
	f        *frame
	lo, hi   int // tokens the frame takes: source, cue, addressee, adverbials
	inverted bool
	right    int // first token of content after the frame, -1 if none
	viaAt    int // German: where "laut X" names the medium of this frame, 0 if none
	end      int // where that content ends when a clause ends it (0: at the next frame)
	// open and close are the dash or parenthesis that open and close an
	// English aside the frame stands in (The plan — which Jo Lee said was
	// sound — failed), 0 if none; quoted, whether a quote stands in that
	// aside: see markAsides
	open, close int
	quoted      bool
}

// longest returns the length of the longest span of ps.
func longest(ps []span) int {
	n := 0
	for _, p := range ps {
		n = max(n, p.e-p.s)
	}
	return n
}

// attribute finds the frames of every sentence and attributes each quote.
func (d *doc) attribute() {
	qi := 0
	var last *result // the last attributed result of the previous paragraph
	leadIn := false  // the previous paragraph ended on a colon after a frame
	var bare *frame  // the frame of the previous paragraph, its source first, when it said nothing
	// room for the tokens of the longest paragraph, about one per 5 runes,
	// so that the scratch (kept from the text before) rarely grows; a huge paragraph (a book in one
	// quote) grows it as it needs
	d.toks = slices.Grow(d.toks[:0], min(longest(d.paras)/5+16, 4096))
	for pi, p := range d.paras {
		toks := d.tokenize(p, qi)
		d.toks = toks
		d.readHeadline(toks, pi)
		if d.headlineOf(pi) && !d.german {
			d.lowerHeadline(toks)
		}
		d.collectNames(toks, pi)
		for qi < len(d.qs) && d.qs[qi].para == pi {
			qi++
		}
		first := len(d.results)
		var lastFrame, pending *frame // pending: a frame whose sentence said nothing (Jane Roe agreed.)
		sents := d.sentences(toks)
		prevSaid := true       // the sentence before had a frame or a statement
		var borrowed []*result // the sentence before: a report that only went on from an earlier frame
		for si, s := range sents {
			before, nf := len(d.results), len(d.frames)
			f := d.sentence(toks, s.s, s.e, pi)
			if !d.german {
				d.markSubject(toks, s.s, s.e) // after sentence: its comma scan is this sentence's
				d.expectations(toks, s.s, s.e, pi)
			}
			said := d.saidSomething(d.results[before:])
			if si > 0 && (!prevSaid || d.wieOpens(toks, sents[si-1]) || borrowed != nil) && !said {
				d.anaphor(toks, sents[si-1], s, nf, borrowed)
			}
			// anaphor adds only after a frame of this sentence, which
			// says something already
			prevSaid = said || len(d.frames) > nf
			borrowed = nil
			if d.german && len(d.frames) == nf && wentOn(d.results[before:]) {
				borrowed = d.results[before:]
			}
			leadTo(d.results[before:], pending)
			pending = nil
			if f != nil {
				lastFrame = f
				if len(d.results) == before || !said {
					pending = f // nothing said, or in German only a term in marks (forderte die Umstellung der „maroden Systeme“)
				}
			}
		}
		if n := len(sents); n > 0 && len(toks) > 0 && toks[len(toks)-1].isPunct(":") {
			if f := d.leadInFrame(toks, sents[n-1], pi); f != nil {
				lastFrame = f // Mayor Tomas Vale was blunt:
			}
		}
		if leadIn && last != nil && len(d.results) == first && d.leadsBlock(toks, last.f) {
			// Tom Hill added:¶ The toll is … (no marks): the paragraph is his
			d.addReported(toks, span{0, len(toks)}, last.f, "colon-block")
		}
		d.continueInParagraph(d.results[first:], last, leadIn)
		if d.german {
			d.askedWithin(toks, first, pi)
		}
		if bare != nil && len(toks) > 0 && toks[0].kind == tQuote {
			// Jo Vale continued her remarks.¶ "…": the paragraph before
			// named the speaker and said nothing, and no one in this one
			leadTo(d.results[first:], bare)
		}
		bare = nil
		if pending != nil && !d.german && len(d.results) == first && pending.source().mention.s == toks[0].s {
			bare = pending
		}
		if len(toks) > 0 {
			leadIn = lastFrame != nil && toks[len(toks)-1].isPunct(":")
		}
		last = nil
		for _, res := range d.results[first:] {
			if res.f != nil {
				last = res
			}
		}
		if leadIn && lastFrame != nil {
			last = d.newResult(result{f: lastFrame, rule: "colon-lead-in"})
		}
	}
	d.continueChains()
	d.demoteShortGuesses()
	d.results = append(d.results, d.expected...)
	d.applyLabels()
}

// applyLabels gives each direct quote that opens with a transcript label
// ("WALLACE: Let's start …") the label's frame, and the later segments of
// a quote that runs over paragraphs the label of the last labelled
// segment before them: in a transcript each paragraph opens a mark, and a
// new label a new turn ("WALLACE: …⏎"PENCE: Well, …⏎"But the truth is
// …: Pence's).
func (d *doc) applyLabels() {
	if len(d.labels) == 0 {
		return
	}
	byQuote := make(map[int]*frame, len(d.labels))
	for _, l := range d.labels {
		byQuote[l.qi] = l.f
	}
	// "ROE: The state will pay.¶ "And the tolls …: the paragraphs that a
	// labelled answer runs on over are the last label's (the chain of
	// an unclosed transcript runs on through every label)
	turn := map[int]*frame{} // the chain's last labelled segment's frame
	for _, res := range d.results {
		if res.qi < 0 || res.kind != quotes.Direct {
			continue
		}
		c := d.qs[res.qi].chain
		switch f := byQuote[res.qi]; {
		case f != nil:
			res.f, res.rule = f, "transcript" // the label names the speaker
			turn[c] = f
		case turn[c] != nil && (res.rule == "standalone" || res.rule == "chain"):
			res.f, res.rule = turn[c], "transcript"
		case res.f == nil && res.rule != "embedded" && turn[c] != nil:
			res.f, res.rule = turn[c], "chain" // not a short aside in the transcript: (CROSSTALK.)
		}
	}
}

// demoteShortGuesses marks as embedded the short quotes whose speaker is a
// guess from another paragraph, or who have none: under nine words, they
// are more often a slogan, a title or a scare quote than a statement in
// English news (not in German, measured). A longer fragment with no
// speaker stands alone.
func (d *doc) demoteShortGuesses() {
	if d.german {
		return
	}
	for _, res := range d.results {
		unframed := res.rule == "fragment" && res.f == nil
		if (unframed || res.rule == "previous-paragraph" || res.rule == "standalone") && res.qi >= 0 && d.wordsUpTo(d.qs[res.qi].s, d.qs[res.qi].e, 9) < 9 {
			res.rule = "embedded"
		} else if unframed {
			// a longer fragment in a sentence with no cue and no speaker
			// near it (the plan "…" was shelved) is a quote given to no
			// one, as one standing alone: it tells nobody who said it
			res.rule = "standalone"
		}
	}
}

// anaphor attributes the sentence before to the frame of a German
// sentence that opens with das or dies and its cue (Der Zug fährt ab
// Montag. Das teilte die Bahn mit.). The caller checks that this sentence
// has no statement of its own, and the one before neither a statement nor
// a frame, unless it opens with wie and its source (wieOpens), or its
// statements only went on from an earlier report (borrowed: Der Zug habe
// gehalten. Das berichtete die Zeitung.), which the das sentence names
// the source of.
func (d *doc) anaphor(toks []token, prev, s span, nf int, borrowed []*result) {
	if !d.german || nf >= len(d.frames) || s.e-s.s < 3 || prev.e-prev.s < 4 {
		return
	}
	f := d.frames[nf]
	if f.rule != "inverted" || !d.inSet(setAnaphor, toks[s.s].lower) || f.cue.s != toks[s.s+1].s || d.genericSource(f) {
		return // but: Dies nennt man …, which names no source
	}
	if m := strings.ToLower(d.text(f.mention)); d.lex.has(m, cDeterminer) {
		return // Dies geht aus einer laut Auskunft … Liste hervor: the source is cut to its article
	}
	// annotators mark the pronoun too, as what was said
	d.addReported(toks, span{s.s, s.s + 1}, f, "anaphor")
	if borrowed != nil {
		for _, res := range borrowed {
			res.f, res.rule = f, "anaphor"
		}
		return
	}
	c := prev
	for c.e > c.s && toks[c.e-1].kind == tPunct {
		c.e--
	}
	if c.e-c.s < 3 { // a quote in it is a name: the caller saw it say nothing
		return
	}
	d.addReported(toks, c, f, "anaphor")
}

// wentOn reports whether rs, the results of a sentence with no frame of
// its own, are all reports that went on from an earlier frame: reported
// speech in the subjunctive or hearsay (Der Zug habe gehalten; Zwei
// Menschen sollen verletzt worden sein).
func wentOn(rs []*result) bool {
	for _, res := range rs {
		if res.kind != quotes.Indirect || res.rule != "subjunctive" && res.rule != "hearsay" && res.rule != "unnamed" {
			return false
		}
	}
	return len(rs) > 0
}

// wieOpens reports whether the German sentence s opens with a clause
// of wie and its source (Wie aus Kreisen der Firma verlautete, …): a
// report the next sentence's "Das berichtete X" passes on whole.
func (d *doc) wieOpens(toks []token, s span) bool {
	return d.german && toks[s.s].upper && toks[s.s].is("wie") // a sentence of sentences() holds a token
}

// saidSomething reports whether rs, the results of a sentence, hold a
// statement; in German a quote with no frame that stands inside the
// sentence (the rocket „Falcon 1“) is a name, which says nothing.
func (d *doc) saidSomething(rs []*result) bool {
	for _, res := range rs {
		if !d.german || res.rule != "embedded" || res.f != nil {
			return true
		}
	}
	return false
}

// leadTo gives the quotes that stand alone in a sentence to the frame of
// the sentence before, which had no words of its own: `Jane Roe agreed.
// "It is too late."`
func leadTo(rs []*result, f *frame) {
	if f == nil {
		return
	}
	for _, res := range rs {
		if res.f == nil && res.rule == "standalone" {
			res.f, res.rule = f, "lead-in"
		}
	}
}

// leadInFrame makes a frame of a paragraph's last sentence that ends on a
// colon without a cue, when it opens with a name: "Mayor Tomas Vale was
// blunt:" introduces the quote in the next paragraph.
func (d *doc) leadInFrame(toks []token, s span, pi int) *frame {
	for _, f := range d.frames {
		if f.para == pi && f.cue.s >= toks[s.s].s {
			return nil // the sentence has a frame of its own
		}
	}
	np, ok := d.npAfter(toks, d.pastFrontedPhrase(toks, s), s.e)
	if !ok || !d.namesSomeone(toks, np) || np.e >= s.e-1 {
		return nil
	}
	if toks[np.e].isComma() && toks[np.e+1].isClass(cPronoun) {
		return nil // Wait, it gets better: a word set off before the clause's own subject
	}
	colon := toks[s.e-1]
	f := d.newFrame(frame{class: "speech", rule: "colon-lead-in", para: pi, mention: d.tokSpan(toks, np), cue: span{colon.s, colon.e}})
	f.cueText = d.text(f.cue)
	d.frames = append(d.frames, f)
	return f
}

// leadsBlock reports whether the English frame f, whose cue the colon
// that ends the paragraph before follows at once (Tom Hill writes:),
// leads the paragraph toks as a block of what was said without marks:
// one that opens with a word or an ellipsis (…at least four), holds no
// quote and says nothing else.
func (d *doc) leadsBlock(toks []token, f *frame) bool {
	if d.german || !f.named() || f.rule == "colon-lead-in" || f.cue.e >= len(d.r) || d.r[f.cue.e] != ':' {
		return false
	}
	return len(toks) > 0 && (toks[0].kind == tWord || toks[0].isPunct("…")) && !d.hasQuote(toks, span{0, len(toks)})
}

// pastFrontedPhrase returns where the subject of the English sentence s
// starts after a fronted phrase of time or place that commas close (On
// July 6, 2015, Tom Hill made the following comment:), or s.s.
func (d *doc) pastFrontedPhrase(toks []token, s span) int {
	if d.german || !toks[s.s].isClass(cPrep|cTime) {
		return s.s
	}
	start := s.s
	for i := s.s + 1; i < s.e && i < s.s+12; i++ {
		if toks[i].kind == tQuote || toks[i].isCue() {
			break
		}
		if toks[i].isComma() {
			start = i + 1
		}
	}
	return start
}

// sentences splits a paragraph's tokens at sentence ends: . ! ? before a
// capital, a digit or a quote, after a quote that ends a sentence inside
// its marks, and after a parenthesis that closes on one
// (closesParenSentence). The spans are scratch, good until the next
// paragraph's.
func (d *doc) sentences(toks []token) []span {
	out := d.sents[:0]
	start := 0
	for i := range toks {
		if i+1 == len(toks) {
			break
		}
		if toks[i].kind == tWord && d.r[toks[i].e-1] != '.' {
			continue // a word ends no sentence unless in a period (U.S.; abbrevEnds): most tokens
		}
		next := toks[i+1]
		startsSentence := next.kind == tQuote || next.kind == tWord && (next.upper || unicode.IsDigit(d.r[next.s])) || next.is("(")
		if !startsSentence {
			continue
		}
		t := toks[i]
		end := t.kind == tPunct && strings.Contains(".!?…", t.lower) || d.abbrevEnds(t, next) || d.closesParenSentence(toks, i) || d.stateEnds(toks, i)
		if end && d.german && t.lower == "." && next.kind == tWord && i > 0 && toks[i-1].kind == tWord && unicode.IsDigit(d.r[toks[i-1].s]) && !next.isClass(cDeterminer|cPronoun) && !d.yearEnds(toks, i-1) && !d.countEnds(toks[i-1], next) {
			end = false // am 3. Juni: an ordinal, not a sentence end (but: Modell 3. Ein Sprecher; Halle 4. „…“)
		}
		if t.kind == tQuote {
			end = d.quoteEndsSentence(t) && (!d.attributionFollows(toks, i+1) || d.germanColonLead(toks, i) || d.lineBreakAfter(t, next)) && d.parenSource(toks, i+1) < 0
		}
		if end {
			out = append(out, span{start, i + 1})
			start = i + 1
		}
	}
	if start < len(toks) {
		out = append(out, span{start, len(toks)})
	}
	d.sents = out
	return out
}

// lineBreakAfter reports whether a line breaks between the quote t, which
// ends its sentence (. ! ? or …), and the token next: a quote that closes
// its line closes a paragraph, and the line after opens a sentence of its
// own (“… the harbor.”⏎Ann Roe last week asked Tom Lee to …), not the
// quote's attribution, which annotators keep on the quote's own line.
func (d *doc) lineBreakAfter(t, next token) bool {
	return slices.Contains(d.r[t.e:next.s], '\n')
}

// closesParenSentence reports whether toks[i] is a closing parenthesis
// right after a sentence's end inside it (… in two districts.) But …; …
// called him "my brother.") And …): the sentence ends after it.
func (d *doc) closesParenSentence(toks []token, i int) bool {
	if i == 0 || !toks[i].is(")") {
		return false
	}
	p := toks[i-1]
	return p.isPunct(".!?") || p.kind == tQuote && d.quoteEndsIn(p, ".!?")
}

// yearEnds reports whether the number toks[j] before a full stop is a year
// that ends its sentence (zuletzt 1995. Paul Weber sagte …) rather than an
// ordinal (am 3. Juni; zum 1000. Mal): four digits from 1800 to 2099, with
// no article before it.
func (d *doc) yearEnds(toks []token, j int) bool {
	w := toks[j].lower
	if len(w) != 4 || !(strings.HasPrefix(w, "18") || strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) || strings.Trim(w, "0123456789") != "" {
		return false
	}
	if j == 0 || toks[j-1].kind != tWord {
		return true
	}
	switch p := toks[j-1]; {
	case p.isClass(cDeterminer), p.is("zum"), p.is("zur"), p.is("am"), p.is("beim"), p.is("vom"):
		return false
	}
	return true
}

// countEnds reports whether the German number t before a full stop is a
// count that ends its sentence rather than an ordinal: it has a group
// separator or a decimal comma (zirka 1.000. Zu der Demonstration …), or
// the next word opens no noun (… 12. Auch …; … 7. In Kassel …), while an
// ordinal comes before one (am 3. Juni).
func (d *doc) countEnds(t, next token) bool {
	digits := strings.Trim(t.lower, "0123456789")
	return digits == "." && strings.Contains(t.lower, ".") || digits == "," ||
		next.isClass(cPrep|cSubordinator|cAdverb|cStop)
}

// germanColonLead reports whether the German quote toks[i] follows a colon
// after a clause with a subject (Der Präsident sagte: „….“): the lead-in
// attributes it, so the sentence after it is no attribution of its own.
func (d *doc) germanColonLead(toks []token, i int) bool {
	return d.german && i >= 2 && toks[i-1].isPunct(":") && toks[i-2].kind == tWord
}

// abbrevEnds reports whether a dotted abbreviation that keeps its period
// also ends its sentence: the next word opens one (… in the U.S. The mayor
// said), or an English quote that opens in upper case and is no title
// (… by law in the U.S. “No harbor may …,” according to …). Titles never
// do (Gov. Tom Hill).
func (d *doc) abbrevEnds(t, next token) bool {
	if t.kind != tWord || d.r[t.e-1] != '.' || t.cls&cTitle != 0 || strings.Count(t.lower, ".") < 2 {
		return false
	}
	if next.kind == tQuote {
		return !d.german && d.opensUpper(d.qs[next.q])
	}
	return next.kind == tWord && next.upper && next.isClass(cDeterminer|cPronoun|cClause)
}

// stateEnds reports whether toks[i] is a state's abbreviation that closes
// a place after its comma, a capitalised word right after it (the club
// at Fenwick, N.J. Tom Hill also met …): mid-sentence a comma follows the
// state (Fenwick, N.J., on Monday), so the sentence ends in its period.
func (d *doc) stateEnds(toks []token, i int) bool {
	t := toks[i]
	if d.german || i < 2 || i+1 >= len(toks) || t.kind != tWord || !t.upper || d.r[t.e-1] != '.' || !toks[i-1].isComma() {
		return false
	}
	if p, n := toks[i-2], toks[i+1]; p.kind != tWord || !p.upper || n.kind != tWord || !n.upper || n.isClass(cTitle) {
		return false
	}
	w := strings.TrimSuffix(t.lower, ".")
	return len(w) == 3 && w[1] == '.' || d.has(cState, w) // N.J., Ky.
}

// opensUpper reports whether a quote's first letter is upper case and the
// quote is no title in title case (the U.S. “Coast Guard Act”).
func (d *doc) opensUpper(q qspan) bool {
	for i := q.s; i < q.e; i++ {
		if unicode.IsLetter(d.r[i]) {
			return unicode.IsUpper(d.r[i]) && !d.titleCase(q)
		}
	}
	return false
}

// attributionFollows reports whether the words from toks[j] on read as the
// attribution of the quote before them, though the quote ended with a
// full stop: `"… the emails that are missing." Trump said.` A capitalised
// source and a cue, with nothing but words and commas between.
func (d *doc) attributionFollows(toks []token, j int) bool {
	if j >= len(toks) || toks[j].kind != tWord || !toks[j].upper || !d.german && toks[j].isClass(cConditional) {
		return false // nor a clause: When recruiting begins, …
	}
	comma := false // a comma before the cue: Tom Hill, the mayor, said
	// twelve tokens, not counting a nickname or a parenthesis and what it
	// holds (Del. Jo “Tug” Vale (D-Elm Grove), said), up to twenty-four
	end, paren := j+12, false
	for k := j; k < len(toks) && k < min(end, j+24); k++ {
		t := toks[k]
		nick := t.kind == tQuote && d.nickname(toks, j, k)
		if paren || nick || t.isPunct("()") {
			end++
			paren = paren && !t.is(")") || t.is("(")
		}
		switch {
		case nick:
			// Jo “Tug” Vale said: a nickname, part of the source
		case t.kind == tQuote || t.kind == tPunct && !t.isPunct(",()"):
			return false
		case t.isComma():
			comma = true
		case k > j && t.kind == tWord && t.isCue() && !t.isClass(cPrepcue) && !(d.german && toks[k-1].is("zu")) && !d.beforeTitle(toks, k, len(toks)):
			// the cue must close the attribution (Trump said. / said
			// Monday, …), not open a clause of its own (said he would …);
			// a German infinitive is none (sei mit Schäden zu rechnen)
			if !d.german && (toks[k-1].isClass(cDeterminer|cPrep) || !comma && toks[j].isClass(cPrep)) {
				continue // a noun: "…." They resigned in protest; She held her fire; On a calmer note, …
			}
			if !d.german && d.infinitiveAt(toks, k+1) {
				return false // "…." A spokesman declined to comment: an attribution of its own
			}
			if !d.german && k-j >= 5 && toks[k-2].isComma() && subjectPronoun(toks[k-1].lower) {
				return false // "…." He runs the club another way, he said: a clause and its own source
			}
			e := d.skipAdverbials(toks, k+1, len(toks))
			if obj, ok := d.objectAfter(toks, e, len(toks)); ok && t.isClass(cTells) {
				e = d.skipAdverbials(toks, obj.e, len(toks))
			}
			if e+1 < len(toks) && toks[e].isPunct(",:") && toks[e+1].kind == tQuote {
				return false // In a statement, Tom Hill said, "…": the cue leads in the next quote
			}
			if d.german && e+1 < len(toks) && toks[e].isComma() && toks[e+1].kind != tQuote {
				return false // „…“ Ein Sprecher sagte, dass …: the cue opens content of its own
			}
			if !d.german && e < len(toks) && toks[e].isComma() && d.asideTo(toks, e, len(toks), func(t token) bool { return t.is("that") }) > 0 {
				return false // "…." He said, twice, that …: so does this one
			}
			if !d.german && comma && e+1 < len(toks) && toks[e].isComma() && d.goesOn(toks, e+1) {
				return false // "…." It was, she said, the worst week: an aside in a sentence of its own
			}
			return e >= len(toks) || toks[e].kind == tPunct && toks[e].isPunct(".,!?;") ||
				!d.german && toks[e].is("as") && e+1 < len(toks) && toks[e+1].isClass(cPronoun|cDeterminer) && d.allCapitalised(toks, span{j, k}) || // Gov. Jo Lee said as he opened the vote
				!d.german && e >= k+3 && toks[e-1].is("asked") && toks[e-2].is("when") // "…?" Hill told a radio station when asked how …: the question is the attribution's
		}
	}
	return false
}

// quotesBefore gives the quotes in toks[a:e] before a subjunctive clause,
// in the indicative main clause, to the source of that clause: in „Vor
// Gericht sieht Weber einen „…“, es stehe …“ both are Weber's.
func (d *doc) quotesBefore(toks []token, a, e int, f *frame, covered map[int]bool) {
	for j := a; j < e; j++ {
		if toks[j].kind != tQuote || covered[j] || d.isTitle(toks, j) {
			continue
		}
		covered[j] = true
		d.addDirect(toks, j, f, "subjunctive")
	}
}

// addDirect records the whole quote at toks[j] as a direct quote of f
// (nil: of no one yet) by rule.
func (d *doc) addDirect(toks []token, j int, f *frame, rule string) {
	q := d.qs[toks[j].q]
	d.results = append(d.results, d.newResult(result{kind: quotes.Direct, content: span{q.s, q.e}, qi: toks[j].q, f: f, rule: rule, chain: q.chain}))
}

// quoteEndsSentence reports whether a quote's content ends with . ! or ?.
func (d *doc) quoteEndsSentence(t token) bool { return d.quoteEndsIn(t, ".!?…") }

// quoteEndsIn reports whether the last rune of a quote's content, spaces
// and nested marks aside, is one of set.
func (d *doc) quoteEndsIn(t token, set string) bool {
	q := d.qs[t.q]
	e := trimEnd(d.r, q.s, q.e)
	for e > q.s && isQuoteChar(d.r[e-1]) {
		e--
	}
	return e > q.s && strings.ContainsRune(set, d.r[e-1])
}

// sourceAtPlace widens the mention of a frame whose subject stops at a
// capitalised place after a source noun and "in" or "at" (protest
// organizers in Fenwick say; the mayor's boosters in New Fenwick
// insisted): the people there speak, not the place. It runs once the
// frames are found, so it changes who speaks but makes no frame. It
// returns the token where the widened source starts, else -1.
func (d *doc) sourceAtPlace(toks []token, a int, f *frame) int {
	if d.german || !f.named() {
		return -1
	}
	// a binary search, not a walk: a sentence of many frames stays linear
	m := a + sort.Search(len(toks)-a, func(n int) bool { return toks[a+n].s >= f.mention.s })
	if m-2 < a || m >= len(toks) || toks[m].s != f.mention.s || !(toks[m-1].is("in") || toks[m-1].is("at")) || !d.sourceNoun(toks[m-2], m-2 == a) {
		return -1
	}
	for i := m; i < len(toks) && toks[i].s < f.mention.e; i++ {
		if toks[i].kind != tWord || !toks[i].upper {
			return -1 // officials in the harbor's towns: npBackFrom took it
		}
	}
	if s, ok := d.npBackFrom(toks, a, m-2); ok {
		f.mention.s = toks[s].s
		return s
	}
	return -1
}

// sourceNoun reports whether t is a lower-case noun for people who may
// speak: a source noun (officials, aides), a title (senator, Democrats),
// or a doer by its ending (organizers, investors, an organiser: the
// endings agentPlural and agentSingular know), capitalised too when it
// opens the sentence (first: Officials in Fenwick say); or an
// organisation's capitalised head noun (Embassy, Committee).
func (d *doc) sourceNoun(t token, first bool) bool {
	if t.kind != tWord {
		return false
	}
	if t.upper && t.isClass(cOrganisation) {
		return true // the Harbor Embassy in Fenwick
	}
	if t.upper && !first {
		return false // a capitalised word first in its sentence may be any noun: Analysts at Vale Bank said
	}
	w := t.lower
	return t.isClass(cAnonymous|cTitle) || d.has(cTitle, strings.TrimSuffix(w, "s")) || agentPlural(w) || agentSingular(w)
}

// notice reports whether a German sentence holds a cue word or a
// document noun (Das Gericht hat seine Entscheidung bekannt gegeben):
// the next sentence may report its content with "Demnach". document
// reports whether it names a document as a noun of its own, not in a
// prepositional phrase (Der Bericht enthält …; brachte eine Laboranalyse),
// but not "Nach der Ankündigung", a source or a time of the sentence
// itself: "Danach" may point back to it. One scan finds both, as a
// document noun is the costly test.
func (d *doc) notice(toks []token, a, b int) (notice, document bool) {
	if !d.german {
		return false, false
	}
	for i := a; i < b; i++ {
		t := &toks[i]
		if !t.upper || !d.documentNoun(t.lower) {
			notice = notice || t.isCue()
			continue
		}
		notice = true
		if t.kind != tWord {
			continue
		}
		j := i - 1
		for j >= a && i-j <= 3 && toks[j].kind == tWord && !toks[j].upper && !toks[j].isClass(cPrep) {
			j-- // the article and adjectives before the noun
		}
		if j < a || !toks[j].isClass(cPrep) {
			return true, true
		}
	}
	return notice, false
}

// sentence finds the frames of the sentence toks[a:b], attributes the
// quotes and content around them, and returns the last frame. A sentence
// with no frame and no quote may go on a German report (reportGoesOn); each
// quote no frame took goes to a subjunctive clause's report, to a source
// its layout names (quoteFrame), or is recorded as it stands
// (unframedQuote).
func (d *doc) sentence(toks []token, a, b, pi int) *frame {
	d.sentNo++
	// firstQuote is the sentence's first quote token, b when it has none:
	// the loops over its quotes start there, and most sentences skip them
	// (no rule changes a token's kind); standalone, whether it holds no
	// word, matters only to a quote, and is asked only then
	firstQuote := b
	for i := a; i < b; i++ {
		if toks[i].kind == tQuote {
			firstQuote = i
			break
		}
	}
	standalone := firstQuote < b && !slices.ContainsFunc(toks[a:b], func(t token) bool { return t.kind == tWord })
	d.transcriptLabels(toks, firstQuote, b, pi)
	fs := d.findFrames(toks, a, b, pi)
	if len(fs) > 0 {
		d.lastReport = d.sentNo
	}
	for i := range fs {
		if s := d.sourceAtPlace(toks, a, fs[i].f); s > a && s < fs[i].lo && fs[i].right < 0 && toks[s-1].isComma() {
			// The deal is dead, an official in Fenwick said: the words
			// said end at the comma before the source, not at the place
			fs[i].lo = s
		}
	}
	if notice, document := d.notice(toks, a, b); notice {
		d.lastNotice = d.sentNo
		if document {
			d.lastDocument = d.sentNo
		}
	}
	covered := d.quotedSources(toks, fs)
	n := len(d.results)
	d.frameContents(toks, fs, a, b, covered)
	d.quotedBy(n)
	if len(fs) == 0 && firstQuote == b {
		d.reportGoesOn(toks, a, b, pi, covered)
	}
	swept := false // the quotes before a subjunctive clause went to its source
	for i := firstQuote; i < b; i++ {
		if toks[i].kind != tQuote || covered[i] {
			continue
		}
		if f := d.relativeCueFrame(toks, a, b, i, pi); f != nil {
			// before the subjunctive, which still reports its own clause:
			// ein Kommentar, der … als „…“ bezeichnet, dem … sei
			covered[i] = true
			d.addDirect(toks, i, f, f.rule)
			d.subjunctiveQuote(toks, a, b, i, pi, &swept, covered)
			continue
		}
		if d.subjunctiveQuote(toks, a, b, i, pi, &swept, covered) {
			continue
		}
		if f, rule, ok := d.quoteFrame(toks, fs, a, b, i, pi); ok {
			if rule != "calls" || !d.addNamedObject(toks, a, i, f) {
				d.addDirect(toks, i, f, rule)
			}
			continue
		}
		d.unframedQuote(toks, fs, a, b, i, pi, standalone, covered)
	}
	if len(fs) == 0 {
		return nil
	}
	return fs[len(fs)-1].f
}

// reportGoesOn attributes a German sentence without a frame or a quote
// that goes on with the report before it: reported speech in the
// subjunctive (Der Zug habe nicht weiterfahren können), or hearsay right
// after a report (Laut Polizei brannte es. Zwei Menschen sollen verletzt
// worden sein), which is its source's (22 of 23; farther from one, half
// are marked).
func (d *doc) reportGoesOn(toks []token, a, b, pi int, covered map[int]bool) {
	if f := d.reportedFrame(toks, a, b, pi, true); f != nil {
		n, rule, c := len(d.results), "subjunctive", d.subjunctiveClause(toks, a, b)
		if own := d.leadSubject(toks, a, c.s, b, pi); own != nil {
			f = own // Die BVG begegnet der Kritik mit dem Argument, die Züge seien …
		} else if d.actor != nil && d.actorSent == d.sentNo-1 && d.actor.para == pi && d.lastReport < d.sentNo-1 {
			// Dekan Berg sieht den Streit gelassen. Man habe nichts
			// gewusst: the report goes on from the sentence before, whose
			// subject has no cue, not from an older report
			f = d.actor
			d.frames = append(d.frames, f)
			d.actor = nil
		}
		if f.rule == "unnamed" {
			rule = "unnamed" // no source named yet: its confidence is its own
		}
		d.addContent(toks, c, f, rule, covered)
		d.joinReported(n)
		d.lastReport = d.sentNo
	} else if d.german {
		if d.lastReport >= d.sentNo-1 && len(d.frames) > 0 {
			if m := d.hearsayModal(toks, a, b); m >= 0 {
				d.addContent(toks, d.hearsayClause(toks, a, b, m), d.frames[len(d.frames)-1], "hearsay", covered)
				return
			}
		}
		if f := d.actorSubject(toks, a, b, pi); f != nil {
			d.actor, d.actorSent = f, d.sentNo
		}
	}
}

// subjunctiveQuote attributes the German subjunctive clause that holds
// the quote toks[i] to the report it goes on, and reports whether that
// took the quote. The clause of the subjunctive is reported; an
// indicative main clause before it is the writer's (Künftig müssen …,
// wobei es „…“ geben werde), though a quote in it is still the source's
// (sieht Weber einen „…“, es stehe …): the first such clause of the
// sentence sweeps them up, and sets *swept.
func (d *doc) subjunctiveQuote(toks []token, a, b, i, pi int, swept *bool, covered map[int]bool) bool {
	f := d.reportedFrame(toks, a, b, pi, false)
	if f == nil || d.isTitle(toks, i) || d.indicativeLeadIn(toks, a, b, i) || d.namedIndicative(toks, a, i) {
		return false
	}
	if own := d.namedSubjectFrame(toks, a, i, pi); own != nil {
		f = own // Dennoch habe Paul Weber „…“: the clause names whose words they are
	}
	n, c := len(d.results), d.subjunctiveClause(toks, a, b)
	c.s = d.afterTaken(toks, c, i, covered)
	d.addContent(toks, c, f, "subjunctive", covered)
	d.joinReported(n)
	if !*swept {
		*swept = true
		d.quotesBefore(toks, a, c.s, f, covered)
	}
	return covered[i]
}

// resumedAfterAside returns the frame of the quote that the quote toks[i]
// resumes after an aside set off by dashes, or nil: in `He said, "Jo Hill
// will win" - at which point the crowd chanted "Hill!" - "and fix the
// roads."` the words after the aside open in lower case and go on with
// his, not the crowd's.
func (d *doc) resumedAfterAside(toks []token, a, i int) *frame {
	q := d.qs[toks[i].q]
	if d.german || i-3 < a || !d.asideDash(toks[i-1]) || q.e <= q.s || !unicode.IsLower(d.r[q.s]) {
		return nil
	}
	j := d.lastDash(toks, max(a+1, i-maxContent), i-1) // bounded: the scan stays linear
	if j < 0 || toks[j-1].kind != tQuote {
		return nil
	}
	prev := toks[j-1].q
	for n := len(d.results) - 1; n >= 0 && len(d.results)-n <= 8; n-- {
		if r := d.results[n]; r.qi == prev {
			return r.f
		}
	}
	return nil
}

// quoteFrame finds, by the layout around it, whose a quote toks[i] is
// that no frame of the sentence took: a byline's excerpt is no one's
// (nil), a dash or a colon names its source ("…" — Jane Doe; Jones:
// "…"), German agents, views and slogans, a copula after a speech frame,
// a verb of naming (what he calls the "cartel"). It returns the frame,
// the rule, and whether a layout matched; a frame by punctuation is kept
// in d.frames for the sentences after it.
func (d *doc) quoteFrame(toks []token, fs []frameAt, a, b, i, pi int) (*frame, string, bool) {
	if d.bylineColon(toks, a, i) {
		return nil, "embedded", true
	}
	if f := d.punctFrame(toks, a, b, i, pi); f != nil && !d.isTitle(toks, i) {
		d.frames = append(d.frames, f)
		return f, f.rule, true
	}
	if f := d.agentFrame(toks, a, b, i, pi); f != nil {
		return f, f.rule, true
	}
	if f := d.viewFrame(toks, a, b, i, pi); f != nil {
		return f, f.rule, true
	}
	if k := d.sloganAt(toks, a, i); k >= 0 {
		return d.sloganFrame(toks, a, i, k, pi), "slogan", true
	}
	if f := d.copulaFrame(toks, fs, a, i); f != nil {
		return f, "copula", true
	}
	if f, ok := d.callerFrame(toks, a, i, pi); ok {
		return f, "calls", true
	}
	return nil, "", false
}

// datelineOnly reports whether the words before the quote toks[i] are
// only a dateline in capitals and the dash after it, and the quote closes
// its sentence (LOS ANGELES -- "…."): a place the story was filed from,
// no speaker, also with a news agency in brackets (NEW YORK (Reuters) -
// "…."); a heading before a title (MOVING SHOP—"…," by Tom Hill) goes on.
func (d *doc) datelineOnly(toks []token, a, i int) bool {
	if i < a+2 || !toks[i-1].isPunct("-—–") || !d.quoteEndsIn(toks[i], ".?!") {
		return false
	}
	letters, paren := 0, false // paren: inside the agency's brackets, NEW YORK (Reuters) -
	for _, c := range d.r[toks[a].s:toks[i-1].s] {
		switch {
		case c == '(' || c == ')':
			paren = c == '('
		case paren:
		case unicode.IsLower(c):
			return false
		case unicode.IsLetter(c):
			letters++
		}
	}
	return letters >= 3
}

// unframedQuote records the quote toks[i] that no frame and no layout
// gave a source: one that a colon leads into at the end of a sentence
// without a cue goes to the sentence's subject (colonSubjectFrame); it
// stands alone in a sentence without words or after a dateline only
// (datelineOnly), or closes its own sentence before more words ("…a
// crowd." Perhaps, he said, …); a translation after a language and "for"
// (glossQuote) and what a passive's subject was asked or called
// (undergoesQuote) are no one's; a fragment of someone's words goes to
// the nearest speech frame or the subject of the sentence, not "it" nor
// a page's label before a colon (colonLabel);
// a short quote embedded in a sentence to the speech frame before it
// (frameBefore), else to no one.
func (d *doc) unframedQuote(toks []token, fs []frameAt, a, b, i, pi int, standalone bool, covered map[int]bool) {
	if f := d.colonSubjectFrame(toks, fs, a, b, i, pi); f != nil {
		d.addDirect(toks, i, f, "colon-subject")
		return
	}
	switch {
	case standalone, !d.german && i == a && d.pastClosedQuote(toks, a, b) == a+1, !d.german && i == b-1 && d.datelineOnly(toks, a, i):
		d.addDirect(toks, i, nil, "standalone")
		return
	case d.germanTerm(toks, i):
		// a charge, an estimate or a named maxim, not words said
	case d.glossQuote(toks, a, i):
		d.addDirect(toks, i, nil, "embedded") // Latin for "…": a translation, no one's words
		return
	case !d.german && d.undergoesQuote(toks, a, i):
		d.addDirect(toks, i, nil, "after-asked") // what was asked of the subject, by no one named
		return
	case d.looksLikeFragment(d.qs[toks[i].q]) && !d.isTitle(toks, i), d.germanStatement(toks, a, i):
		f := d.resumedAfterAside(toks, a, i)
		if f == nil {
			f = d.nearestSpeechFrame(toks, fs, i)
		}
		if f == nil && !(i-1 > a && toks[i-1].isPunct(":") && d.colonLabel(toks, a, i-1)) {
			f = d.subjectFrame(toks, d.pastFronted(toks, fs, d.pastTopicLabels(toks, a, i), i), i, pi)
			if f != nil && d.itSubject(f.mention) {
				f = nil // It received a fee to back "…": a thing, or no one, says no fragment
			}
			if f != nil && d.fragmentClause(toks, a, b, i, f, covered) {
				return
			}
		}
		d.reportedFragment(toks, a, b, i, f)
		d.reportedAfterFragment(toks, a, b, i, f, covered)
		d.addDirect(toks, i, f, "fragment") // no one's when f is nil
		return
	}
	if f := d.frameBefore(toks, fs, b, i); f != nil {
		d.addDirect(toks, i, f, "frame-before")
		return
	}
	if f := d.namerFrame(toks, a, i, pi); f != nil {
		if !d.addNamedObject(toks, a, i, f) {
			d.addDirect(toks, i, f, "calls")
		}
		return
	}
	d.addDirect(toks, i, nil, "embedded")
}

// glossQuote reports whether the English quote toks[i] translates the
// term before it, a language and "for" leading it in (the motto "Semper
// paratus," Latin for "always ready"; slang for "…"): a gloss of the
// words, which no one says here.
func (d *doc) glossQuote(toks []token, a, i int) bool {
	if d.german || i-2 < a || !toks[i-1].is("for") || toks[i-2].kind != tWord {
		return false
	}
	return d.inSet(setLanguage, toks[i-2].lower)
}

// namerFrame attributes an English quote that a verb of naming with an
// object calls something, when no other rule took it, to the subject
// that opens the verb's clause, past adverbs and auxiliaries (Fiorina
// routinely casts herself as a "…"; but the board rejected the idea as
// "…"; For years, the firm has positioned itself as a "…"), or nil. The
// object of a verb before it is not the namer (placed ads calling …).
func (d *doc) namerFrame(toks []token, a, i, pi int) *frame {
	if d.german {
		return nil
	}
	k, object := d.callsAt(toks, a, i)
	if k <= a || !object {
		return nil
	}
	np, _, found := d.npBefore(toks, a, k)
	if !found || !d.subjectOpens(toks, a, np.s) {
		return nil
	}
	if s := toks[np.s]; !s.upper && strings.HasSuffix(s.lower, "ed") {
		return nil // and placed newspaper ads calling the deal a "…": a verb and its object, no subject
	}
	return d.namingFrame(toks, k, pi, d.tokSpan(toks, np))
}

// namingFrame records and returns the frame of the verb of naming toks[k]
// whose subject is mention (namerFrame, callerFrame).
func (d *doc) namingFrame(toks []token, k, pi int, mention span) *frame {
	f := d.newFrame(frame{class: "speech", rule: "subject", para: pi, mention: mention})
	f.cue, f.cueText = span{toks[k].s, toks[k].e}, toks[k].lower
	d.frames = append(d.frames, f)
	return f
}

// undergoesQuote reports whether the quote toks[i] closes a passive
// whose subject is asked, told or seen what the quote says, not the one
// who says it: "Ann Roe was asked, "…""; "she's seen as "…"". An agent
// after the quote is its source (was called "…" by Jo Lee: passiveAgent).
func (d *doc) undergoesQuote(toks []token, a, i int) bool {
	if i+1 < len(toks) && toks[i+1].is("by") {
		return false
	}
	j := i - 1
	if j > a && toks[j].isPunct(",:") {
		j--
	}
	as := j > a && toks[j].is("as")
	if as {
		j--
	}
	if j <= a || toks[j].kind != tWord || !d.inSet(setUndergone, toks[j].lower) {
		return false
	}
	// "she's" holds is or has: only "as" makes it a passive (she's seen
	// as "…"; but he's asked, "…", has asked)
	return d.passiveBefore(toks, a, j) || as && d.pronounBe(toks[j-1])
}

// colonSubjectFrame returns the frame of the subject of an English
// sentence without a cue that a colon and the quote toks[i] close:
// "The rally had one message: "…""; "Ann Roe sent her aide a request she
// often made: "…"". The words after the colon are what the subject put
// out. Nil when the sentence has a frame, whose source may not be the
// subject (As Ann Roe asked, Jo Hill answered with a line: "…"), when a
// quote stands before the colon (a byline's "…," by Jo Hill: "…") or
// when the quote is a title.
func (d *doc) colonSubjectFrame(toks []token, fs []frameAt, a, b, i, pi int) *frame {
	if d.german || len(fs) > 0 || i-2 < a || !toks[i-1].isPunct(":") {
		return nil
	}
	for j := i + 1; j < b; j++ {
		if toks[j].kind != tPunct {
			return nil // the quote goes on with words: no close
		}
	}
	if d.hasQuote(toks, span{a, i}) || d.isTitle(toks, i) {
		return nil
	}
	return d.subjectFrame(toks, a, i, pi)
}

// afterTaken returns where the subjunctive clause c holding the quote
// toks[i] starts when a frame of the sentence took quotes before it: after
// the last comma between them (Er sei „…“, hatte X gesagt und …, doch
// „…“): the words up to there are that frame's.
func (d *doc) afterTaken(toks []token, c span, i int, covered map[int]bool) int {
	last := -1
	for j := c.s; j < i; j++ {
		if toks[j].kind == tQuote && covered[j] { // only quotes are covered: spare the map the words
			last = j
		}
	}
	if last < 0 {
		return c.s
	}
	for j := i - 1; j > last; j-- {
		if toks[j].isPunct(",;:") {
			return j + 1
		}
	}
	return last + 1
}

// quotedSources marks as covered the quotes that are part of a German
// frame's source (ein Vertreter der „bau gmbh“ sagte): a name, not words
// said.
func (d *doc) quotedSources(toks []token, fs []frameAt) map[int]bool {
	covered := map[int]bool{}
	if !d.german {
		return covered
	}
	for _, fa := range fs {
		m := fa.f.mention
		for i := fa.lo; i < fa.hi; i++ {
			if toks[i].kind == tQuote && toks[i].s >= m.s && toks[i].e <= m.e {
				covered[i] = true
			}
		}
	}
	return covered
}

// nearestSpeechFrame returns the English speech frame of the sentence
// nearest the quote token at i that names its source, or nil: in `… the
// mayor "looked ashen," Mr. Arad said, from "the direct body blow"`, the
// fragment is Mr. Arad's, not the subject's. Only frames within
// maxContent tokens count, found by binary search: the scan stays linear.
func (d *doc) nearestSpeechFrame(toks []token, fs []frameAt, i int) *frame {
	if d.german {
		return nil
	}
	var best *frame
	dist := 0
	for j := sort.Search(len(fs), func(j int) bool { return fs[j].hi >= i-maxContent }); j < len(fs) && fs[j].lo <= i+maxContent; j++ {
		fa := fs[j]
		if fa.f.class != "speech" || !fa.f.source().named() || d.frontedNoContent(toks, fa, i) {
			continue
		}
		dd := fa.lo - i
		if dd < 0 {
			dd = i - fa.hi
		}
		if best == nil || dd < dist {
			best, dist = fa.f, dd
		}
	}
	return best
}

// leadingClauseComma returns the first comma before end after the
// content start of the frame fa, when the frame stands in a clause that
// a subordinating word opens at the sentence start toks[a] with no comma
// before the frame (Although she said the plan was a mistake, at the
// town hall she …; When Tom Hill argued the toll was fair, the board
// …; past a lead-in too: But although she said …): that comma closes
// the clause, and the main clause after it is not said; else -1.
// Content that starts after a comma (As Hill said, the toll …) is the
// main clause itself.
func (d *doc) leadingClauseComma(toks []token, fa frameAt, a, end int) int {
	if d.german || fa.right <= fa.lo || fa.right >= end || toks[fa.right-1].kind == tPunct {
		return -1
	}
	if a >= fa.lo || !toks[a].upper {
		return -1 // the sentence opens here; after a lead-in (But when …) the subordinator is lower-case
	}
	a = pastLeadIns(toks, a, fa.lo)
	if a >= fa.lo || !d.inSet(setSubordinate, toks[a].lower) || fa.lo-a > maxContent {
		return -1 // a clause longer than any content opens no frame's content, and each frame of a long sentence reads no more than this
	}
	for i := a + 1; i < fa.lo; i++ {
		if toks[i].kind == tPunct {
			return -1
		}
	}
	for i := fa.right; i < end; i++ {
		switch {
		case toks[i].isComma():
			return i
		case toks[i].kind == tPunct && !toks[i].isPunct("."):
			return -1 // what he believes are its assets - youth, charm - he …: the aside's commas are not the clause's
		}
	}
	return -1
}

// frontedNoContent reports whether the frame fa, before the quote
// toks[i], says nothing and stands in a clause that a subordinating word
// opens before its source, closed by a comma before the quote: in "As Jo
// Hill spoke, the guild was whipping members against "any tolls"" Hill
// only spoke; the fragment is the main clause's. A cue that reports or
// takes an object, or "it" for the words, names a source (As Hill said,
// …; As Jo Hill puts it, …).
func (d *doc) frontedNoContent(toks []token, fa frameAt, i int) bool {
	if fa.right >= 0 || fa.f.reports || fa.f.object || fa.hi >= i || fa.lo < 1 || !toks[fa.hi].isComma() || toks[fa.hi-1].is("it") {
		return false
	}
	t := toks[fa.lo-1]
	return t.kind == tWord && d.inSet(setSubordinate, t.lower)
}

// pastFronted returns where the main clause of the quote toks[i] starts:
// after the comma of a fronted clause whose frame says nothing
// (frontedNoContent), else a.
func (d *doc) pastFronted(toks []token, fs []frameAt, a, i int) int {
	for _, fa := range fs { // sorted by lo: only the first frames are looked at
		if fa.lo-1 > a+1 {
			break
		}
		if fa.lo > a && d.frontedNoContent(toks, fa, i) {
			return fa.hi + 1
		}
	}
	return a
}

// pastTopicLabels returns where the clause of the German sentence
// toks[a:] that holds the quote at toks[i] opens past the topic labels
// before it (Steuern: Die neue „Abgabe“: Die Partei will …): after the
// last colon before the quote, when a topic label opens the sentence.
// Else a.
func (d *doc) pastTopicLabels(toks []token, a, i int) int {
	if !d.german || a+2 >= i || !toks[a+1].isPunct(":") || !d.topicLabel(toks, span{a, a + 1}) {
		return a
	}
	start := a
	for j := a + 1; j < i; j++ {
		if toks[j].isPunct(":") {
			start = j + 1
		}
	}
	return start
}

// quotedBy records again, for the medium that reports their source, the
// statements from d.results[n] on whose frame has one (Die Zeitung
// zitierte Paul Weber mit den Worten: „…“): annotators give them to both.
func (d *doc) quotedBy(n int) {
	for _, res := range d.results[n:len(d.results):len(d.results)] {
		if res.f != nil && res.f.via != nil {
			dup := d.newResult(*res)
			dup.f, dup.rule = res.f.via, "via"
			d.results = append(d.results, dup)
		}
	}
}

// frameContents attributes to each frame of the sentence toks[a:b] the
// content around it, marking the quotes it takes in covered: within the
// bounds the frames next to it leave (prevBound, nextBound), first the
// words beside a medium, an aside or a source in mid-clause, then the
// content before the frame (takeLeft) and after it (takeRight).
func (d *doc) frameContents(toks []token, fs []frameAt, a, b int, covered map[int]bool) {
	d.markAsides(toks, fs, a, b)
	taken := a         // the end of the content the frames so far took
	prevEmpty := false // the frame before took no content: it may be part of this one's
	for i, fa := range fs {
		if d.beliefOfSpeaker(toks, fs, i) {
			continue // the words are the outer source's statement, belief and all
		}
		if d.sayingIdiom(fa.f) {
			// As they say in Fenwick, "…," Tom Hill said: a saying, no
			// one's words; a quote after it is the next source's or no one's
			taken, prevEmpty = fa.right, false
			continue
		}
		prevHi := d.prevBound(toks, fs, i, a, taken, prevEmpty)
		nextLo, next := d.nextBound(toks, fs, i, a, b)
		if fa.close > 0 {
			// The plan — which Jo Lee said was sound — failed: what the
			// aside's source said stays inside the aside
			prevHi, nextLo = max(prevHi, fa.open+1), min(nextLo, fa.close)
		}
		if d.sourceLeads(toks, fs, i, next, a, b) {
			// Laut Radio Nord sagte der Minister, dass …: the medium
			// reports the whole clause, the nested report with it
			d.addContent(toks, span{fa.right, b}, fa.f, afterRule(fa.f.rule), covered)
			prevEmpty = false
			continue
		}
		d.viaAside(toks, fa, prevHi)
		before := len(d.results)
		prevHi, done := d.asideContent(toks, fs, i, prevHi, nextLo, covered)
		if done || d.germanDashAside(toks, fa, prevHi, nextLo, covered) {
			taken, prevEmpty = nextLo, false
			continue
		}
		end := nextLo // where the content after the frame ends
		if fa.end > 0 && fa.end < end {
			end = fa.end // Before saying that …, Ms. Roe: the fronted clause ends it
		}
		if k := d.leadingClauseComma(toks, fa, a, end); k > 0 {
			end = k // Although she said the plan was a mistake, at the town hall she …
		}
		end = d.midClauseSides(toks, fa, prevHi, nextLo, end, covered)
		if d.frontedAccording(toks, fa, prevHi) {
			// Since last November, according to the group, …: annotators
			// mark the fronted phrase as said too
			d.addAside(toks, span{prevHi, fa.lo - 1}, fa.f, covered)
		}
		if d.passiveContent(toks, fa, prevHi, nextLo) {
			prevEmpty = false
			continue
		}
		end = d.relativeSaid(toks, fa, prevHi, end)
		hasLeft, leftAt := d.takeLeft(toks, fs, i, a, b, taken, prevHi, nextLo, covered)
		if hasLeft {
			if j := d.semicolonGoesOn(toks, fa, nextLo); j > 0 {
				d.addContent(toks, span{j, nextLo}, fa.f, "after-semicolon", covered)
			}
		}
		if d.afterIsContent(toks, fa, nextLo, hasLeft) && d.takeRight(toks, fa, end, leftAt, covered) {
			taken = d.takenTo(toks, before, nextLo)
			d.spokenOfClause(toks, fa, prevHi, before)
		}
		prevEmpty = len(d.results) == before && !fa.inverted && !d.german
		if d.passiveBeforeSource(toks, fs, i, b) {
			taken, prevEmpty = a, true // the source after it takes the clause too, the passive and all
		}
	}
}

// spokenOfClause widens the German content on von after a form of
// sprechen (Die Polizei sprach von einem Unfall) to its whole clause,
// from prevHi on, source and verb with it: the annotators mark the
// clause so (9 of 9 in the German dev set), and what a source calls its
// object (bezeichnete den Plan als unsinnig: calledAs). from is where
// the frame's results start in d.results.
//
// A German paraphrase with quoted words that is the cue's object, right
// after the cue and its source (Jo Vale warnte vor einem „…“ in
// Fenwick; bezeichnete den „…“ als Lügner), is widened so too: the
// annotators mark the source's whole clause as the mixed quote.
func (d *doc) spokenOfClause(toks []token, fa frameAt, prevHi, from int) {
	if !d.german || fa.right <= 0 || fa.right >= len(toks) {
		return
	}
	rest := span{fa.right, len(toks)}
	spoken := d.spokenOf(toks, rest, fa.f) >= 0
	object := d.objectWithQuote(toks, fa)
	// bezeichnete den Plan als unsinnig (calledAs): the clause without
	// quote marks; with them the object keeps its start as object tells
	calls := !spoken && d.calledAs(toks, rest, fa.f) >= 0
	if !spoken && !object && !calls {
		return
	}
	for prevHi < fa.lo && toks[prevHi].kind == tPunct {
		prevHi++
	}
	if prevHi > fa.lo {
		return
	}
	for _, r := range d.results[from:] {
		kind := r.kind == quotes.Mixed && (spoken || object) || (spoken || calls) && r.kind == quotes.Indirect
		if r.f == fa.f && kind && r.content.s == toks[fa.right].s {
			r.content.s = toks[prevHi].s
		}
	}
}

// objectWithQuote reports whether the German content after fa is the
// object of a verb whose source is the subject before it (Der Anwalt
// bezeichnete den „…“ als Lügner): the content follows the cue with no
// comma, dass or bracket before its first quote. Sources of "laut X",
// "nach Angaben X" have no object: the annotators start after them; and
// after an inverted subject (Anlässlich der Feier kündigte Jo Vale
// weitere „…“ an) they start at the object as often as not.
func (d *doc) objectWithQuote(toks []token, fa frameAt) bool {
	if fa.f.rule != "subject" || toks[fa.right-1].kind != tWord {
		return false
	}
	for i := fa.right; i < len(toks) && i-fa.right < 40; i++ {
		switch {
		case toks[i].kind == tQuote:
			return i > fa.right && !d.relativeAfter(toks, i)
		case toks[i].kind == tPunct || toks[i].is("dass"):
			return false
		}
	}
	return false
}

// relativeAfter reports whether a comma and a relative pronoun follow
// the quote at toks[q] (als einen „…“, der …): the relative clause is a
// statement of its own, which the annotators mark apart as often as with
// the object, so the object keeps its start.
func (d *doc) relativeAfter(toks []token, q int) bool {
	return q+2 < len(toks) && toks[q+1].isComma() && d.relativePronoun(toks[q+2].lower)
}

// semicolonGoesOn returns where a second clause opens after a semicolon
// that follows a source set after the words it said (The ferry was late,
// Ann Roe said; the board had cut the crews), or -1: the clause the
// semicolon joins is the same report. Not after a quote, whose own
// marks close what was said.
func (d *doc) semicolonGoesOn(toks []token, fa frameAt, nextLo int) int {
	if d.german || fa.right >= 0 || fa.lo < 2 || !toks[fa.lo-1].isComma() || toks[fa.lo-2].kind == tQuote {
		return -1
	}
	j := d.skipAdverbials(toks, fa.hi, nextLo)
	if j+2 >= nextLo || !toks[j].isPunct(";") {
		return -1
	}
	if d.subjectAndVerb(toks, j+1, nextLo) || toks[j+1].isClass(cAdverb) && toks[j+2].isComma() {
		return j + 1
	}
	return -1
}

// passiveBeforeSource reports whether the German frame fs[i] is a
// passive cue (wird aufgefordert, …) whose clause a named source closes
// right after it (…, so Paul Weber; …, sagte Paul Weber): the whole
// clause before the source is that source's statement, as the words
// after the passive cue are what was called for.
func (d *doc) passiveBeforeSource(toks []token, fs []frameAt, i, b int) bool {
	if !d.german || fs[i].f.rule != "passive" || i+1 >= len(fs) {
		return false
	}
	next := fs[i+1]
	if next.lo-1 <= fs[i].hi || !toks[next.lo-1].isComma() || !(next.inverted || next.f.rule == "according-to") {
		return false
	}
	return next.right < 0 || d.closesSentence(toks, next.hi, b)
}

// takenTo returns where the words taken by the frame whose results start
// at d.results[from] end: nextLo, or sooner where its content ended at a
// comma and "and" or "but" that open a clause leading to the next
// source's quote at nextLo (They are asked to rank them, and the group is
// less likely to be "overrun," Moss said): the words after the
// conjunction are that source's, not the bare quote alone.
func (d *doc) takenTo(toks []token, from, nextLo int) int {
	if nextLo >= len(toks) || toks[nextLo].kind != tQuote {
		return nextLo // no quote next: no scan of the results and tokens
	}
	end := -1
	for _, r := range d.results[from:] {
		end = max(end, r.content.e)
	}
	k := nextLo
	for k > 0 && toks[k-1].s >= end {
		k-- // the first token after the content
	}
	if k+2 < nextLo && toks[k].isComma() && (toks[k+1].is("and") || toks[k+1].is("but")) {
		return k + 2
	}
	return nextLo
}

// markAsides sets open and close of each English frame of fs that stands
// in an aside of the sentence toks[a:b] set off by a pair of dashes or
// by parentheses, source and cue inside: in "Reyes – who told reporters
// the deal was dead – signed it" the told frame's content ends at the
// second dash. Dashes pair in turn from the sentence start. One pass over
// the sentence and a binary search per frame: linear enough.
func (d *doc) markAsides(toks []token, fs []frameAt, a, b int) {
	if d.german || len(fs) == 0 {
		return
	}
	// dashes holds each aside dash as a pair: its index, and the number
	// of quotes before it in the sentence; parens each outermost
	// parenthesis as four: that pair for the one that opens it and for
	// the one that closes it (0, 0 while none does)
	dashes, parens := d.asideBuf[:0], d.parenBuf[:0]
	depth, quotes := 0, 0
	for i := a; i < b; i++ {
		if toks[i].kind != tPunct {
			if toks[i].kind == tQuote {
				quotes++
			}
			continue // most tokens: words, read past cheaply
		}
		switch t := toks[i]; {
		case d.asideDash(t):
			dashes = append(dashes, i, quotes)
		case t.isPunct("("):
			if depth == 0 {
				parens = append(parens, i, quotes, 0, 0)
			}
			depth++
		case t.isPunct(")") && depth > 0:
			depth--
			if depth == 0 {
				parens[len(parens)-2], parens[len(parens)-1] = i, quotes
			}
		}
	}
	d.asideBuf, d.parenBuf = dashes, parens
	for i := range fs {
		fa := &fs[i]
		fa.open, fa.close, fa.quoted = 0, 0, false
		// the dashes before the frame: an odd number opens an aside
		k := sort.Search(len(dashes)/2, func(n int) bool { return dashes[2*n] >= fa.lo })
		if k%2 == 1 && 2*k < len(dashes) && dashes[2*k] >= fa.hi {
			fa.open, fa.close, fa.quoted = dashes[2*k-2], dashes[2*k], dashes[2*k+1] > dashes[2*k-1]
		}
		// the last parenthesis opened before the frame
		k = sort.Search(len(parens)/4, func(n int) bool { return parens[4*n] >= fa.lo }) - 1
		if k >= 0 && parens[4*k+2] >= fa.hi && parens[4*k] > fa.open {
			fa.open, fa.close, fa.quoted = parens[4*k], parens[4*k+2], parens[4*k+3] > parens[4*k+1]
		}
		if fa.close == 0 && i > 0 {
			fa.open, fa.close, fa.quoted = d.whichAside(toks, *fa, b)
		}
	}
}

// whichAside returns the commas that set off a relative clause on "which"
// holding the frame fa inside the content of a frame before it, and
// whether a quote stands between them, or zeros: in "asked whether the
// plan, which the board says would cost $5 billion, would be "a gift to
// the builders"", the clause ends at the comma before the finite verb
// its antecedent goes on with, and the quote after it is the asker's.
func (d *doc) whichAside(toks []token, fa frameAt, b int) (int, int, bool) {
	r := fa.lo - 1
	if fa.f.rule != "subject" || fa.right < 0 || r < 1 || !toks[r].is("which") || !toks[r-1].isComma() {
		return 0, 0, false
	}
	j := d.relativeClose(toks, fa.right, b)
	if j < 0 {
		return 0, 0, false
	}
	return r - 1, j, d.hasQuote(toks, span{fa.right, j})
}

// relativeClose returns the comma that closes a relative clause running
// from toks[from] when a lower-case finite verb follows it (the plan,
// which they say costs too much, would fail), or -1: any other punctuation
// first, or a comma before anything else (…, which they say is sound, and
// …), leaves the clause open. The scan is bounded: output stays linear.
func (d *doc) relativeClose(toks []token, from, e int) int {
	for j := from; j+1 < e && j-from <= maxContent; j++ {
		t := toks[j]
		if t.isComma() {
			n := toks[j+1]
			if n.kind == tWord && !n.upper && n.finite() {
				return j
			}
			return -1
		}
		if t.kind == tPunct && !t.isPunct("$") {
			return -1
		}
	}
	return -1
}

// prevBound returns where the content before fs[i] may start: after the
// frame before and the content the frames so far took (taken), unless the
// frame before took nothing and may be part of this one's (prevEmpty,
// with no quote between them); then from the sentence start a. Never more
// than maxContent tokens before the frame: output stays linear.
func (d *doc) prevBound(toks []token, fs []frameAt, i, a, taken int, prevEmpty bool) int {
	lo, prevHi := fs[i].lo, a
	if i > 0 && (!prevEmpty || taken >= lo || lo-taken > maxContent || d.hasQuote(toks, span{taken, lo})) {
		prevHi = max(fs[i-1].hi, taken)
	}
	return max(prevHi, lo-maxContent)
}

// nextBound returns where the content after fs[i] must end, at most the
// sentence end b: at the next frame that does not hold this one in its
// source, or before the quote that is that frame's own (…, she said, "…,"
// he claimed); sooner at the cue of a frame that holds fs[i] (An aide who
// spoke on condition of anonymity said …). next is the index of that
// next frame in fs, or len(fs).
func (d *doc) nextBound(toks []token, fs []frameAt, i, a, b int) (nextLo, next int) {
	fa := fs[i]
	nextLo = b
	j := d.nextOuter(toks, fs, i, b)
	for j < len(fs) && (fs[j].lo <= fa.lo || d.quoteRelative(toks, fs[j]) && fs[j].lo-fa.hi <= maxContent) {
		// a frame that holds this one in its source ends no content, nor
		// a who on a quote (quoteRelative) within the content's reach: a
		// sentence of many is not read to its end for each frame
		j++
	}
	if j < len(fs) && d.asideAfter(fa, fs[j]) {
		// nor the frames of an aside after it (said the plan — which Jo
		// Lee called sound — would fail; argue — and Jo Lee believes —
		// that …)
		for open := fs[j].open; j < len(fs) && fs[j].open == open; j++ {
		}
	}
	if j < len(fs) {
		nextLo = d.quoteOfNext(toks, a, fa, fs[j])
		if nextLo == fs[j].lo {
			if r := d.relativeBeforeSource(toks, fs[j], fa.hi); r >= 0 {
				nextLo = r - 1 // …, he noted, costs rose, which he said was new: ", which" is the next frame's
			}
		}
		if nextLo == fs[j].lo && d.meansAfterObject(toks, fa, fs[j]) {
			nextLo-- // defended the plan by citing …: "by" goes with the participle
		}
		if fs[j].quoted && fs[j].open >= fa.hi && fs[j].open < nextLo {
			// an aside with a quote is its own frame's from its opening
			// dash (denied the deep cuts - his "reforms," he called them
			// - and left): the content before ends there
			nextLo = fs[j].open
		}
	}
	if c := d.holderCue(toks, fs, i, nextLo); c >= 0 {
		nextLo = c
	}
	return nextLo, j
}

// asideAfter reports whether the English frame next stands in an aside
// set off by dashes or parentheses that opens after the frame fa, and
// closes no farther than maxContent tokens after it, bounding the frames
// nextBound passes over: the aside is no part of fa's frame, but of what
// fa reports. An aside with a quote is its own frame's (backed the cuts -
// "a disgrace," he said - and left).
func (d *doc) asideAfter(fa, next frameAt) bool {
	return fa.right >= 0 && next.close > 0 && !next.quoted && next.open >= fa.hi && next.close-fa.hi <= maxContent
}

// quoteRelative reports whether the frame fa has for its source an
// English "who" right after a quote, with no comma: a relative clause on
// the quoted words, part of the content around it (said he is "a unifier"
// who wants to end the feud).
func (d *doc) quoteRelative(toks []token, fa frameAt) bool {
	return !d.german && fa.lo > 0 && toks[fa.lo].is("who") && toks[fa.lo-1].kind == tQuote
}

// viaAside gives the words before the medium of a German frame to that
// medium: in "Heute bestätigte Paul Weber laut der Zeitung, dass …" the
// medium reports the words before it too (3 of 3); but not before a
// quote (sagte X laut Y: „…“).
func (d *doc) viaAside(toks []token, fa frameAt, prevHi int) {
	if d.german && fa.viaAt > prevHi && fa.f.via != nil && fa.right > fa.viaAt && toks[fa.right-1].isComma() && !d.hasQuote(toks, span{prevHi, fa.right}) {
		d.addReported(toks, span{prevHi, fa.viaAt}, fa.f.via, "aside")
	}
}

// nestedSource reports whether the next frame follows the frame fs[i]
// right after its comma, names its own source and leads in a quote with
// a colon: in "As the crowd cheered, the Ledger's Jo Lee reported, his
// wife whispered to him: "…"" the quote is the wife's. Without the colon
// the clause after the aside is the aside's source's report (Instead, she
// said, her boss told her he had booked a room).
func (d *doc) nestedSource(toks []token, fs []frameAt, i, nextLo int) bool {
	if d.german || i+1 >= len(fs) {
		return false
	}
	fa, next := fs[i], fs[i+1]
	if next.lo != fa.right || next.lo >= nextLo || next.f.class != "speech" || !next.f.source().named() {
		return false
	}
	r := next.right
	return r > 0 && r < len(toks) && toks[r].kind == tQuote && toks[r-1].isPunct(":")
}

// asideContent gives the frame fs[i] that stands as an aside ("The goal,
// he said, is …") the words on each side of it. It returns where the
// content before the frame now starts, and whether the frame's content is
// done: a quote after the aside ("The investment, she said, "is …"") is
// left for the content after the frame, as after any frame, and the words
// after it for a next frame with a source of its own (nestedSource).
func (d *doc) asideContent(toks []token, fs []frameAt, i, prevHi, nextLo int, covered map[int]bool) (int, bool) {
	fa := fs[i]
	if !d.aside(toks, fa, prevHi, nextLo) {
		return prevHi, false
	}
	left, right := span{d.pastClosedQuote(toks, prevHi, fa.lo), fa.lo - 1}, span{fa.right, nextLo}
	if fa.f.class == "belief" {
		left, right = d.beliefSides(toks, left, right)
	}
	left.s = d.afterDashJoin(toks, left)
	left.s = d.relativeAtAside(toks, left)
	d.addAside(toks, left, fa.f, covered)
	if d.nestedSource(toks, fs, i, nextLo) {
		return prevHi, true // the words after it are the next frame's
	}
	if toks[fa.right].kind == tQuote {
		return fa.lo, false
	}
	if d.contrastOpens(toks, fa.right, nextLo) {
		return prevHi, true // "…, aides said, although they said …": no words of the aside's after it
	}
	d.addAside(toks, right, fa.f, covered)
	return prevHi, true
}

// relativeAtAside returns where the words before an English aside start
// when they end in a relative pronoun after a comma: the pronoun alone,
// which opens the clause the aside interrupts (The park is near the
// stadium, which, he said, is full → which), as annotators mark it.
// Else left.s.
func (d *doc) relativeAtAside(toks []token, left span) int {
	if d.german || left.e-2 <= left.s || !toks[left.e-2].isComma() || !toks[left.e-1].isClass(cRelative) {
		return left.s
	}
	return left.e - 1
}

// afterDashJoin returns where the words before an English aside start
// when a dash and "and" or "but" in them open a clause whose subject alone
// stands before the aside: after the conjunction (He had a rally that
// night - and the permit, his aides said, was hard to get → the permit).
// Else left.s.
func (d *doc) afterDashJoin(toks []token, left span) int {
	if d.german {
		return left.s
	}
	for i := left.e - 2; i > left.s; i-- {
		if !toks[i].isPunct("-—–") {
			continue
		}
		j := i + 1
		if !(toks[j].is("and") || toks[j].is("but")) || d.hasVerb(toks, span{j, left.e}) {
			return left.s
		}
		return j + 1
	}
	return left.s
}

// midClauseSides gives a German source in mid-clause the words on each
// side of it (Ursache war nach Polizeiangaben ein zu geringer Abstand):
// annotators mark both; inside a relative clause only the clause (…, die
// nach X die Luft verbessert, …), whose end, at a comma, it returns as the
// end of the content after the frame; else it returns end.
func (d *doc) midClauseSides(toks []token, fa frameAt, prevHi, nextLo, end int, covered map[int]bool) int {
	s := d.midClause(toks, fa, prevHi)
	if s < 0 {
		return end
	}
	left := span{s, fa.lo}
	if r := d.relativeBefore(toks, prevHi, fa.lo); r >= 0 {
		left.s = r
		if fa.right >= 0 {
			end = d.toComma(toks, span{fa.right, nextLo}).e
		}
	}
	d.addAside(toks, left, fa.f, covered)
	return end
}

// passiveContent attributes the content of a passive frame whose words
// lie where no other frame's do, and reports whether fa is one: a verdict
// marks who won and the verdict (Jo Hill was declared the winner in
// Ohio); what an outlet first reported is the phrase before it (The
// meeting was first reported by the Post; The plan, first reported by
// the Post, …), but not a clause before ", first reported".
func (d *doc) passiveContent(toks []token, fa frameAt, prevHi, nextLo int) bool {
	switch fa.f.rule {
	case "declared":
		d.addVerdict(toks, fa, prevHi, nextLo)
	case "reported-by":
		c := d.trimPunct(toks, span{prevHi, fa.lo})
		if c.e > c.s && !(toks[fa.lo].is("first") && d.hasVerb(toks, c)) {
			d.addReported(toks, c, fa.f, "before-reported-by")
		}
	default:
		return false
	}
	return true
}

// afterRule and beforeRule return the rule of content taken after and
// before the cue of a frame whose rule is rule (after-subject,
// before-inverted). The rules of nine in ten such results are spelled
// out: a string made for each was one allocation in ten of the
// extraction.
func afterRule(rule string) string {
	switch rule {
	case "subject":
		return "after-subject"
	case "participle":
		return "after-participle"
	case "appositive":
		return "after-appositive"
	}
	return "after-" + rule
}

func beforeRule(rule string) string {
	switch rule {
	case "subject":
		return "before-subject"
	case "inverted":
		return "before-inverted"
	case "according-to":
		return "before-according-to"
	}
	return "before-" + rule
}

// relativeSaid marks the relative pronoun right before a frame's source
// as said (The plan, which officials said will start in May, …): it
// stands for the subject of what was said. A reported predicate then ends
// with the clause, at a comma; relativeSaid returns that end, or end.
func (d *doc) relativeSaid(toks []token, fa frameAt, prevHi, end int) int {
	r := d.relativeBeforeSource(toks, fa, prevHi)
	if r < 0 {
		return end
	}
	d.addReported(toks, span{r, r + 1}, fa.f, beforeRule(fa.f.rule))
	if fa.right >= 0 && fa.right < end && toks[r].is("which") && fa.f.reports {
		end = d.whichPredicateEnd(toks, fa.right, end)
	}
	return end
}

// takeLeft attributes the content before fs[i]: the whole clause
// when fs[i] reports one that holds a frame (She told investigators she
// was advised …, the Times reported), else the words from prevHi. It
// reports whether the frame has its statement there (then it takes the
// words after it only in some layouts, see afterIsContent) and, when what it
// took quotes only titles (On the set of "Morning Hour," Jane Roe said
// the plan was "dead"), the index of those results, to drop if the words
// after the cue are taken; else -1.
func (d *doc) takeLeft(toks []token, fs []frameAt, i, a, b, taken, prevHi, nextLo int, covered map[int]bool) (bool, int) {
	fa := fs[i]
	if c, ok := d.outerContent(toks, fs, i, a, b, taken); ok {
		inner := d.quotedClause(toks, c, covered)
		n := len(d.results)
		d.addContent(toks, c, fa.f, beforeRule(fa.f.rule), covered)
		if len(inner) > 0 && len(d.results) == n {
			d.results = append(d.results, inner...) // the outer source took nothing: the clause stays the inner ones'
			coverQuotes(toks, c, inner, covered, true)
		}
		return false, -1
	}
	c, ok := d.leftContent(toks, fa, prevHi)
	if !ok || !d.takesLeft(toks, fa, c, b) || d.callsAs(toks, fa, nextLo) {
		return false, -1
	}
	n := len(d.results)
	if h := d.heldBy(toks, fs, i); h != nil {
		d.addContent(toks, c, h, beforeRule(h.rule), covered)
		return len(d.results) > n, -1
	}
	if o := d.clauseFrame(toks, fs, i, c); o >= 0 {
		if r := d.clauseBeforeQuote(toks, fs[o].f, c.s, n); r != nil {
			covered[c.s] = true
			r.goesOn = fa.f
			return true, -1
		}
		d.addContent(toks, c, fs[o].f, afterRule(fs[o].f.rule), covered)
		if len(d.results) > n {
			d.results[n].goesOn = fa.f // a quote after it goes on with "she said"
		}
	} else {
		d.addContent(toks, c, fa.f, beforeRule(fa.f.rule), covered)
	}
	if len(d.results) == n {
		return false, -1
	}
	if !fa.f.object && d.frontedContentCue(toks, c) {
		return false, -1 // Citing "…," she told the Ledger that …: the phrase says no statement of told
	}
	if !d.german && d.leftMixed(n) {
		// the words after the cue are what was said: a title before it
		// (On the set of "Morning Hour," …) is no part of it; a mixed
		// phrase before a cue whose object is not the content (Amid talk
		// of a "deep crisis," Tom Hill said his plan was …) is not all
		if d.onlyTitles(n) {
			return false, n
		}
		if !fa.f.object {
			return false, -1
		}
	}
	return true, -1
}

// heldBy returns the frame of the appositive that holds the relative
// clause of fs[i], whose source is "who", or nil: in `"…," the official,
// who spoke on condition of anonymity, said` the quote before is the
// official's, said by the main verb, not the relative clause's.
func (d *doc) heldBy(toks []token, fs []frameAt, i int) *frame {
	if d.german || i+1 >= len(fs) || !toks[fs[i].lo].is("who") {
		return nil
	}
	if h := fs[i+1]; h.f.rule == "appositive" && h.lo <= fs[i].lo {
		return h.f
	}
	return nil
}

// afterIsContent reports whether fa takes the words after it, up to nextLo:
// always when it has no statement before it (hasLeft), else when a quote,
// "that" or "dass" opens them, or they follow a German "laut". A cue
// that calls something with a quote (bezeichnete er als einen „Fehler“)
// takes them too: takeLeft tests callsAs, so hasLeft is false there.
func (d *doc) afterIsContent(toks []token, fa frameAt, nextLo int, hasLeft bool) bool {
	return fa.right >= 0 && fa.right < nextLo && (!hasLeft || toks[fa.right].kind == tQuote || toks[fa.right-1].is("that") || toks[fa.right].is("dass") || d.german && fa.f.rule == "according-to" ||
		d.pronounClauseAfter(toks, fa))
}

// pronounClauseAfter reports whether a subject pronoun opens the words
// after an English reporting frame that has a quote before it ("We were
// friends," he claimed they never met): a clause, said as the quote was.
func (d *doc) pronounClauseAfter(toks []token, fa frameAt) bool {
	t := toks[fa.right]
	return !d.german && fa.f.reports && !fa.inverted && t.kind == tWord && !t.upper && t.isClass(cPronoun) && !t.isClass(cObject|cDeterminer)
}

// takeRight attributes the words after fa, up to end, and reports
// whether it took any; then it drops the titles takeLeft took from
// leftAt on (leftAt >= 0). In a relative clause (Jo Hill, who thinks …,
// called the plan "a mess") the clause ends at the comma; the quote after
// it is the antecedent's. afterIsContent has made sure fa.right is a
// token of the sentence, for it and for spokenOfClause after it.
func (d *doc) takeRight(toks []token, fa frameAt, end, leftAt int, covered map[int]bool) bool {
	n := len(d.results)
	if r := d.relativeEnd(toks, fa, end); r > 0 {
		d.addContent(toks, span{r + 2, end}, d.mainFrame(toks, fa.f, r+1), "after-relative", covered)
		end = r
	} else if r := d.whoClauseClose(toks, fa, end); r > 0 {
		end = r // Tom Hill, who said the plan was sound, left early: the main clause resumes
	} else if r := d.restrictiveWhoEnd(toks, fa, end); r > 0 {
		end = r // A man who claimed the pier was unsafe left early: left is the man's
	}
	d.addContent(toks, span{fa.right, end}, fa.f, afterRule(fa.f.rule), covered)
	if len(d.results) == n {
		return false
	}
	if leftAt >= 0 {
		d.results = append(d.results[:leftAt], d.results[n:]...)
	}
	return true
}

// relativeBeforeSource returns where "which" stands right before the
// source of an English frame and opens a relative clause after a comma
// (the plan, which he said will start in May; the deal, which she called
// "a fraud"), or where a free relative "what" stands right before its
// source and is the subject of the content (what he said is a ruin), or
// -1. relativeGap (frames.go) and whichGap (content.go) read the same
// layout to take the content as a clause.
func (d *doc) relativeBeforeSource(toks []token, fa frameAt, prevHi int) int {
	r := fa.lo - 1
	if !d.german && r >= prevHi && toks[r].is("what") && fa.f.rule == "subject" && fa.right >= 0 && fa.f.gap {
		return r // adapt to what she said is a new demand: "what" is the subject of the words; not "what he called X", marked as often as not
	}
	if d.german || fa.f.rule != "subject" || fa.right < 0 || r-1 < prevHi || !toks[r-1].isComma() {
		return -1
	}
	if !toks[r].is("which") {
		return -1 // a clause on a person (who he said were …) is seldom marked
	}
	if src := toks[fa.lo]; src.kind != tWord || !src.upper && !src.isClass(cPronoun|cDeterminer|cAnonymous|cOrganisation) {
		return -1 // which together vowed, who helped found: no source
	}
	return r
}

// whichPredicateEnd returns where a predicate reported in a which-clause
// (…, which he said were split evenly, …) ends: at the first comma, where
// the main clause resumes (…, will start in May); but a comma before a
// preposition adds a phrase to the predicate (were split evenly, with a
// few for Hill), and the predicate goes on to end.
func (d *doc) whichPredicateEnd(toks []token, s, end int) int {
	c := d.toComma(toks, span{s, end})
	if c.e+1 < end && toks[c.e+1].isClass(cPrep) {
		return end
	}
	return c.e
}

// addVerdict records the two sides of a passive verdict (Jo Hill was
// declared the winner in Ohio, …): annotators mark who won and the
// verdict up to the end of its clause, without a source.
func (d *doc) addVerdict(toks []token, fa frameAt, prevHi, nextLo int) {
	np, _, ok := d.npBefore(toks, prevHi, fa.lo)
	if !ok || np.e-np.s == 1 && toks[np.s].isClass(cRelative) {
		return // the candidate, who was declared the winner …: a clause on her
	}
	c := span{fa.right, nextLo}
	for i := c.s + 1; i < c.e; i++ {
		if toks[i].isClass(cRelative) || toks[i].is("that") || toks[i].is("by") || toks[i].isComma() && i+1 < c.e && d.endsClause(toks[i+1]) {
			c.e = i // the winner of the election that …; … by the networks; the winner in Ohio, Ms. Roe …
			break
		}
	}
	if c.e < nextLo && toks[c.e].is("by") {
		if by, ok := d.npAfter(toks, c.e+1, nextLo); ok {
			fa.f.mention = d.tokSpan(toks, by) // declared the winner by news organizations: they declared it
		} else if by, ok := d.bareNP(toks, c.e+1, nextLo); ok {
			fa.f.mention = d.tokSpan(toks, by)
		}
	}
	d.addReported(toks, np, fa.f, "before-declared")
	if c = d.trimPunct(toks, c); c.e > c.s {
		d.addReported(toks, c, fa.f, "after-declared")
	}
}

// trimPunct drops the punctuation at the ends of c.
func (d *doc) trimPunct(toks []token, c span) span {
	for c.s < c.e && toks[c.s].kind == tPunct {
		c.s++
	}
	for c.e > c.s && toks[c.e-1].kind == tPunct {
		c.e--
	}
	return c
}

// pastClosedQuote returns where the words before an aside start: past a
// quote at toks[s] that closes its own sentence ("…a crowd." Perhaps, he
// said, this "…"): that quote is the speaker's before, not the aside's.
func (d *doc) pastClosedQuote(toks []token, s, lo int) int {
	if s+2 < lo && toks[s].kind == tQuote && d.quoteEndsIn(toks[s], ".?!") && toks[s+1].upper {
		return s + 1
	}
	return s
}

// frontedAccording reports whether an English "according to" that leads
// the clause after it follows a fronted phrase of time, place or topic and
// a comma: "Over the long term, according to the budget office, …", but
// not a connective alone ("However, according to …").
func (d *doc) frontedAccording(toks []token, fa frameAt, prevHi int) bool {
	if d.german || fa.f.rule != "according-to" || !fa.f.leads || fa.lo-1 <= prevHi || !toks[fa.lo-1].isComma() {
		return false
	}
	c := span{prevHi, fa.lo - 1}
	if d.opensClause(toks, prevHi, fa.lo) || d.hasQuote(toks, c) || d.hasPunct(toks, c.s, c.e) || !d.adverbial(toks, c) {
		return false
	}
	for _, t := range toks[c.s+1 : c.e] {
		if t.upper || t.isNumber() || t.isClass(cDeterminer|cTime) {
			return true // the phrase names a time, a place or a topic
		}
	}
	return false // a set phrase: In addition, In fact
}

// callsAs reports whether the words after a German inverted cue call
// something with a quote (Den Plan bezeichnete er als einen „Fehler“):
// the words before the cue are its object, and the quote is what was said.
func (d *doc) callsAs(toks []token, fa frameAt, nextLo int) bool {
	if !d.german || !fa.inverted || fa.right < 0 || fa.right+1 >= nextLo || !toks[fa.right].is("als") {
		return false
	}
	j := fa.right + 1
	if toks[j].isClass(cDeterminer) {
		j++
	}
	return j < nextLo && toks[j].kind == tQuote
}

// beliefOfSpeaker reports whether fs[i] is a belief whose pronoun subject
// opens the content of the speech frame before it: in "Tom Hill said he
// thinks the plan will fail", annotators give "he thinks …" to Tom Hill
// as one statement.
func (d *doc) beliefOfSpeaker(toks []token, fs []frameAt, i int) bool {
	if i == 0 || d.german || fs[i].f.class != "belief" || !toks[fs[i].lo].isClass(cPronoun) || fs[i].hi-fs[i].lo > 4 {
		return false
	}
	prev := fs[i-1]
	s := prev.right
	if s >= 0 && s < fs[i].lo && toks[s].is("that") {
		s++
	}
	return prev.f.class == "speech" && s == fs[i].lo
}

// outerContent returns the clause from the sentence start, or from
// maxContent tokens before the comma at most, that a source closing the
// sentence after a comma reports when the frame before it took the words
// up to that comma as its own content (…, the Times reported.); from the
// parenthesis the source closes, when it stands in one (She cited a claim
// that most trucks were late (the number is 15 percent, according to the
// audit office).). A quote may stand for the comma, when the frame before
// took the clause it finishes (quoteEndsClause): then the content ends
// with it.
func (d *doc) outerContent(toks []token, fs []frameAt, i, a, b, taken int) (span, bool) {
	fa := fs[i]
	if d.german || i == 0 || fa.right >= 0 || taken < fa.lo-1 || fa.lo-1 <= a || !d.closesSentence(toks, fa.hi, b) {
		return span{}, false
	}
	// a run-on sentence of frames is not read from its start for each one
	c := span{d.parenStart(toks, max(a, fa.lo-1-maxContent), fa), fa.lo - 1} // the comma left out
	if !toks[c.e].isComma() {
		// He said he was "very comfortable with it," the Post reported:
		// the quote before the source ends the clause the frame before
		// took (quoteEndsClause), unless the source names that frame's
		// again (…, Hill said) or the clause is a fronted one's (When Hill
		// said he would "…," the crowd cheered)
		if !d.quoteEndsClause(toks, fs[i-1].right, c.e, fa) || d.repeatsSource(toks, fs[i-1], fa) || d.subordinateOnly(toks, c) {
			return span{}, false
		}
		c.e++
	}
	return c, true
}

// quotedClause takes back the results of the frames before that lie in c
// when the last of them is a paraphrase that ends on the quote closing
// c: the source after it reports the words (outerContent), as in "She
// said she was advised to leave, the Times reported". He said he was
// "very comfortable with it," the Post reported is one statement, the
// Post's, quote and all. It removes them from the results, uncovers
// their quotes and returns them; else nil.
func (d *doc) quotedClause(toks []token, c span, covered map[int]bool) []*result {
	q := c.e - 1
	n := len(d.results)
	if c.e <= c.s || toks[q].kind != tQuote || !covered[q] || n == 0 {
		return nil
	}
	if last := d.results[n-1]; last.kind != quotes.Mixed || last.content.e != toks[q].e {
		return nil
	}
	from, to := toks[c.s].s, toks[q].e
	k := n
	for k > 0 && k > n-4 && d.results[k-1].content.s >= from && d.results[k-1].content.e <= to { // the frames before's results are the last few
		k--
	}
	inner := slices.Clone(d.results[k:])
	d.results = d.results[:k]
	coverQuotes(toks, c, inner, covered, false)
	return inner
}

// coverQuotes marks the quotes in toks[c.s:c.e] that the results rs hold
// as covered or not: quotedClause uncovers them for the source after, and
// covers them again when it gives them back.
func coverQuotes(toks []token, c span, rs []*result, covered map[int]bool, v bool) {
	for j := c.s; j < c.e; j++ {
		if toks[j].kind == tQuote && slices.ContainsFunc(rs, func(r *result) bool { return r.content.s <= toks[j].s && toks[j].e <= r.content.e }) {
			covered[j] = v
		}
	}
}

// takesLeft reports whether a frame attributes the words c before it: a
// quote, or, when no content follows the frame, reported speech before a
// source that closes the clause (…, the council said.; …, according to a
// count by the Valley Times.).
func (d *doc) takesLeft(toks []token, fa frameAt, c span, b int) bool {
	switch {
	case d.objectBeforeCue(toks, fa):
		return false
	case fa.right >= 0 && !fa.inverted && d.subordinateOnly(toks, c):
		return false // When asked about "X", the mayor replied, "…": the clause says when
	case fa.right >= 0 && !fa.inverted && !d.isCoreSay(fa.f) && d.frontedPhraseQuote(toks, c):
		return false // During his talk on the "fake news", Jo Hill called out the press: a title or scare quote
	case d.hasStatement(toks, c):
		return true
	case d.ofComplement(toks, fa):
		return false // An avid ferry fan, Tom Hill complained of the tolls: what he complained of follows
	case d.reportsBefore(toks, fa):
		return true
	case fa.right >= 0, d.relativeSource(fa.f):
		return false // Senator Tom Hill, who threatened to …: the words before are who
	}
	return fa.f.rule == "according-to" || d.closesSentence(toks, fa.hi, b)
}

// subordinateOnly reports whether the English words c before a source
// are one fronted subordinate clause (When confronted about the "leak"
// by Ann Roe, the mayor replied, "…"): a frame with content after it
// then has that clause as its adverbial, not as a second statement.
func (d *doc) subordinateOnly(toks []token, c span) bool {
	return !d.german && c.s < c.e && toks[c.s].upper && d.inSet(setSubordinate, toks[c.s].lower)
}

// frontedPhraseQuote reports whether the English words c before a source
// open the sentence with a preposition and reach their first quote with
// no verb (During his attack on the "fake news", …; In his "memo," he
// wrote, "…"): the quote names a topic or title within an adverbial.
func (d *doc) frontedPhraseQuote(toks []token, c span) bool {
	if d.german || c.s >= c.e || !toks[c.s].upper || !toks[c.s].isClass(cPrep) {
		return false
	}
	q := d.firstQuote(toks, c.s, c.e)
	return q < c.e && !d.hasVerb(toks, span{c.s, q})
}

// ofComplement reports whether "of" follows an English cue other than
// say or tell (complained of the tolls, boasted of his skills): the
// phrase after it is what the source spoke of, and words before the
// source are the writer's. But "The plan will fail, she said of the
// vote": said of names a topic; nor "according to the average of polls",
// where "of" follows the source, not the cue.
func (d *doc) ofComplement(toks []token, fa frameAt) bool {
	return !d.german && fa.hi < len(toks) && toks[fa.hi].is("of") && toks[fa.hi-1].e == fa.f.cue.e && !d.isCoreSay(fa.f)
}

// objectBeforeCue reports whether a German inverted cue has an object
// with an article between its source and the cue (Am Montag hatte Paul
// Weber die Pläne kritisiert): the object slot is taken, so the words
// fronted before the source are an adverbial, not what was said. An
// article after a preposition opens an adverbial (hatte Weber bei dem
// Treffen gesagt), a dative one whom it was said to (hatte Weber dem
// Blatt gesagt), and a genitive one a noun's (im Vorfeld des Treffens):
// the words before the source are still what was said.
func (d *doc) objectBeforeCue(toks []token, fa frameAt) bool {
	if !d.german || !fa.inverted {
		return false
	}
	for i := fa.lo + 1; i < fa.hi; i++ {
		t := toks[i]
		if t.s < fa.f.mention.e || t.e > fa.f.cue.s || !t.isClass(cDeterminer) || toks[i-1].isClass(cPrep) {
			continue
		}
		switch t.lower {
		case "dem", "einem", "der", "einer", "des", "eines": // dative or genitive
		default:
			return true
		}
	}
	return false
}

// hasStatement reports whether toks[c] holds a quote; in German, one that
// is no name (not: Ein Vertreter der „bau gmbh“ bezeichnet …).
func (d *doc) hasStatement(toks []token, c span) bool {
	if !d.german {
		return d.hasQuote(toks, c)
	}
	qt, _ := d.quotesIn(toks, c)
	return len(qt) > 0
}

// sourceLeads reports whether the German frame fs[i] is an according-to
// phrase that opens the sentence toks[a:b] and the next frame fs[j]
// follows right after it with its verb (Laut Radio Nord sagte der
// Minister, dass …; Laut X hat Y angekündigt, …): annotators give the
// medium all that follows, the nested report with it. Not over a quote,
// whose words are the nested source's.
func (d *doc) sourceLeads(toks []token, fs []frameAt, i, j, a, b int) bool {
	fa := fs[i]
	return d.german && fa.f.rule == "according-to" && j < len(fs) && fs[j].inverted && fa.right > fa.lo && fs[j].lo == fa.right &&
		d.opensClause(toks, a, fa.lo) && !d.hasQuote(toks, span{fa.right, b})
}

// quoteOfNext returns where the content of fa, from fa.right, ends before
// the next frame at next.lo: before a quote that ends open right before that frame,
// which is the next frame's own ("…," he claimed).
func (d *doc) quoteOfNext(toks []token, a int, fa, next frameAt) int {
	lo, right := next.lo, fa.right
	if next.f.rule == "participle" {
		return lo // called Trump a "blowhard," and said …: the quote is not the next frame's
	}
	q := lo - 1
	if q-1 > right && d.absoluteWith(toks, lo) {
		return q - 1 // denied the claim, with aides saying …: the absolute phrase is the next frame's (gold 3 of 4)
	}
	if d.german && q > 0 && toks[q].isComma() {
		if !next.inverted && next.f.rule != "quote-verb-name" {
			return lo // X nannte A „…“, Y bezeichnete B: the quote is X's
		}
		q-- // „…“, sagte er
	}
	if q > right && toks[q].kind == tQuote && (d.quoteEndsOpen(toks[q]) || d.german) {
		if !d.german && toks[q-1].kind == tWord && next.right >= 0 && d.pronounRepeats(toks, next) && d.pronounClauseAfter(toks, next) {
			return lo // had "been friends," he claimed they never met: a word leads into the quote, and the next frame says its own clause
		}
		if next.f.rule != "according-to" && d.frontedHolds(toks, a, fa, q) {
			return lo // When Hill said he would "protect our crews," the crowd cheered: the quote ends Hill's clause
		}
		if d.quoteEndsClause(toks, right, q, next) {
			return lo // said that he was "very comfortable with it," the Post reported: the quote ends his clause
		}
		return q
	}
	if !d.german && q == right && toks[q].kind == tQuote && d.quoteEndsOpen(toks[q]) && (next.inverted || d.repeatsSource(toks, fa, next)) {
		// She said, but despite it, "…," said Lee: the quote is Lee's; so
		// in Ann Roe said "…," she said: the frame after it closes it
		return q
	}
	return lo
}

// quoteEndsClause reports whether the English quote toks[q], open at its
// end before the source next that closes the sentence, finishes the
// clause a word before it leads into, from right on (He said he was "very
// comfortable with it," the Post reported): a fragment of the clause
// reported before it, not a statement of its own. Annotators mark the
// clause and its quote as one paraphrase, which the source after it
// reports (outerContent; 4 of 4 in PolNeAR dev). A pronoun after it
// only names that speaker again (clauseFrame). A quote that holds a
// sentence of its own ("horrendous. . . . It hurts," he said) is the next
// source's, and so is one after a comma, which ends a clause of the
// sentence's (blamed Russia, whose "thefts are …," Jo Hill said; they
// rank them, and the group is "…," Jo Hill said).
func (d *doc) quoteEndsClause(toks []token, right, q int, next frameAt) bool {
	if d.german || right < 0 || q-1 <= right || q-right > maxContent || next.right >= 0 || toks[q].kind != tQuote || toks[q-1].kind != tWord || d.pronounRepeats(toks, next) {
		return false
	}
	for _, t := range toks[right:q] {
		if t.kind == tPunct {
			return false // blamed Russia, whose "…": the clause after a comma is another's
		}
	}
	return !d.sentenceInQuote(d.qs[toks[q].q])
}

// frontedHolds reports whether the frame fa stands in a subordinate
// clause that opens the sentence at toks[a] and ends with the quote
// toks[q], before the main clause: in "When Jo Hill said he would "protect
// our crews," the crowd applauded" or "Although she says she "loves the
// port," she also …" the quote is the fronted clause's own.
func (d *doc) frontedHolds(toks []token, a int, fa frameAt, q int) bool {
	if d.german || fa.lo <= a {
		return false
	}
	for i := fa.lo - 1; i > a && fa.lo-i <= maxContent; i-- { // bounded: hostile text stays linear
		if toks[i].isComma() {
			a = i + 1 // …, and as Trump went on about "…," Melanie said: the clause opens after the comma
			break
		}
	}
	a = pastLeadIns(toks, a, fa.lo)
	if fa.lo-a > maxContent || toks[a].kind != tWord || !d.inSet(setSubordinate, toks[a].lower) {
		return false
	}
	if q-a > 2*maxContent {
		return false // bounded: hostile text stays linear
	}
	for i := a + 1; i < q; i++ {
		if toks[i].isPunct(",;:") {
			return false // When asked, Hill said "…," the aide said: a comma ends the clause sooner
		}
	}
	return true
}

// pastLeadIns returns where a clause at toks[a] opens past a joining
// word and a focusing adverb before its subordinating word (But even as
// Hill said …; And just when …), at most two words and before lo.
func pastLeadIns(toks []token, a, lo int) int {
	if a+1 < lo && clauseJoiner(toks[a]) {
		a++
	}
	if a+1 < lo && (toks[a].is("even") || toks[a].is("just") || toks[a].is("only")) {
		a++
	}
	return a
}

// clauseFrame returns the index of the frame before fs[i] whose clause
// holds the content c before fs[i], or -1: c is one quote that a word
// leads into inside that frame's content, and fs[i] only says again, by a
// pronoun, who speaks. In `Ann Lee said that the plan has "no future,"
// she said` the quote is part of Ann Lee's clause, and annotators give it
// to that frame (but after a colon or a comma the quote stands alone and
// is the second frame's). A belief the speaker reports (Ann Lee said she
// felt …) passes the quote on to the speaker.
func (d *doc) clauseFrame(toks []token, fs []frameAt, i int, c span) int {
	if d.german || i == 0 || c.e-c.s != 1 || toks[c.s].kind != tQuote || !d.leadsIntoQuote(toks, c.s) || !d.pronounRepeats(toks, fs[i]) {
		return -1
	}
	p := i - 1
	for p > 0 && d.beliefOfSpeaker(toks, fs, p) {
		p--
	}
	if r := fs[p].right; r < 0 || r >= c.s || d.hasQuote(toks, span{r, c.s}) {
		return -1
	}
	return p
}

// leadsIntoQuote reports whether the clause before the English quote
// toks[q] goes on into it: a word stands right before it, or the comma
// that closes an appositive after a word, the quote opening in lower
// case (that the lawyer, Jo Hill, "made a good case," she wrote).
func (d *doc) leadsIntoQuote(toks []token, q int) bool {
	if q < 2 {
		return false
	}
	return toks[q-1].kind == tWord || toks[q-1].isComma() && toks[q-2].kind == tWord && !d.startsUpper(d.qs[toks[q].q])
}

// clauseBeforeQuote joins the quote toks[qi], which clauseFrame gives to
// the frame f, to the statement of f that stops right before its opening
// mark, and returns that statement, now a paraphrase with the quote as a
// part; or nil, and then it changes nothing. In `Ann Lee said the plan
// has "no future," she said` the quote ends Ann Lee's clause: annotators
// mark the clause and the quote as one paraphrase (3 of 3 in the PolNeAR
// dev set, one past an appositive's comma: leadsIntoQuote), not a report
// cut off before a quote of its own. A quote that goes on with a sentence
// of its own stays apart (the fourth such quote of the dev set). The results of f stand before d.results[n], where
// those of the frame after the quote start; only the last four are
// looked at, which keeps it linear.
func (d *doc) clauseBeforeQuote(toks []token, f *frame, qi, n int) *result {
	open := toks[qi].s
	for k := n - 1; k >= 0 && n-k <= 4; k-- {
		r := d.results[k]
		if r.f != f || r.kind == quotes.Direct || r.content.e > open {
			continue
		}
		for j := r.content.e; j < open; j++ {
			if !unicode.IsSpace(d.r[j]) && (d.r[j] != ',' || !d.leadsIntoQuote(toks, qi)) {
				return nil // a word between, or a comma before a sentence of its own: the quote stands apart
			}
		}
		q := d.qs[toks[qi].q]
		if d.sentenceInQuote(q) {
			return nil // "horrendous. … It really hurts," he said: the words after the clause are his own quote
		}
		if r.kind == quotes.Indirect {
			r.qi = toks[qi].q
		}
		r.kind, r.content.e = quotes.Mixed, toks[qi].e
		r.parts = append(r.parts, span{q.s, q.e})
		return r
	}
	return nil
}

// sentenceInQuote reports whether a sentence ends inside the quote q and
// another opens after it, in upper case: the quote goes on past the
// clause that leads into it.
func (d *doc) sentenceInQuote(q qspan) bool {
	for j := q.s; j+2 < q.e; j++ {
		if (d.r[j] == '.' || d.r[j] == '!' || d.r[j] == '?') && d.r[j+1] == ' ' && unicode.IsUpper(d.r[j+2]) {
			return true
		}
	}
	return false
}

// pronounRepeats reports whether the frame next is a bare pronoun and its
// verb, in that order ("…," she said), not a name, a noun or a report
// ("…," the Post reported; "…," according to Reuters).
func (d *doc) pronounRepeats(toks []token, next frameAt) bool {
	t := toks[next.lo]
	return !next.inverted && next.f.rule == "subject" && t.isClass(cPronoun) && !t.is("it") && !t.is("who")
}

// repeatsSource reports whether next is a speech frame whose subject
// names the source of fa again, as a pronoun or by the same last word:
// Ann Roe said "…," she said; Roe added, "…," Roe said (not: someone
// shouted, "…," Jo Lee joked).
func (d *doc) repeatsSource(toks []token, fa, next frameAt) bool {
	if next.f.rule != "subject" || next.f.class != "speech" {
		return false
	}
	if d.pronounRepeats(toks, next) {
		return true
	}
	a, b := strings.Fields(d.text(fa.f.source().mention)), strings.Fields(d.text(next.f.mention))
	return len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1]
}

// nextOuter returns the index of the first frame after fs[i] that is not
// nested in fs[i]'s content: in "X said Y believes Z", Y's frame is part of
// what X said, so X's content runs past it.
func (d *doc) nextOuter(toks []token, fs []frameAt, i, b int) int {
	j := i + 1
	if fs[i].right < 0 || fs[i].f.rule == "according-to" && !d.accordingHolds(toks, fs, i) || d.wieThenSpeaker(toks, fs, i) {
		return j // laut X sagte Y …: Y's frame is the main one
	}
	stop, from, quote := 0, -1, 0 // where a clause from toks[from] stops and its first quote, reused while the content start stays
	for ; j < len(fs); j++ {
		if fs[j].lo < fs[i].right || fs[j].f.rule == "participle" && (!d.dangles(toks, fs[j].lo) || d.meansAfterObject(toks, fs[i], fs[j])) {
			return j // "said X and added, …": a second frame, not a nested one
		}
		if d.contrastOpens(toks, fs[i].right, fs[j].lo) {
			return j // "…, officials said, although they said …": a second frame, not a nested one
		}
		if d.germanJoinedMain(toks, fs[i], fs[j]) {
			return j // Die Menge sang Lieder und der Redner rief: „…“: a clause of its own
		}
		if d.joinedReport(toks, fs[i], fs[j]) {
			return j // One in three said …, and one in four said …: a report of its own
		}
		if d.absoluteWith(toks, fs[j].lo) {
			return j // criticized the plan, with aides saying …: the absolute phrase is a frame of its own
		}
		if fs[j].lo-fs[i].right > maxContent {
			return j // too far to be nested: bounded, so a sentence of frames stays linear
		}
		if in, sentence := d.introducesQuote(toks, fs[j]); in && (sentence && !fs[i].f.reports || afterAndBut(toks, fs[j].lo)) {
			// praised the plan in a video where she said, "…": the quote
			// is hers; but said he replied: "…" reports the reply; and
			// after and or but, even a quote in lower case is the new
			// source's: a woman asked for a photo and Ann Lee said, "as
			// long as …"
			return j
		}
		// a quoted part on the way does not end the content, unless the
		// next frame has quotes of its own: said it was "absolutely
		// right" when he said …; but "…" and 14 percent said "…"
		r, lo := fs[i].right, fs[j].lo
		if fs[i].f.rule != "asked" {
			r = d.afterFronted(toks, r, lo) // but Asked if …, Ms. Roe said …
		}
		if r != from {
			e := min(len(toks), r+maxContent+1)
			stop, from = d.clauseStop(toks, r, e), r
			quote = d.firstQuote(toks, stop, e) // no quote before the stop, which may be one
		}
		if d.prepNested(toks, fs[j], quote < lo) {
			continue // wrote that the text of the law showed …: a preposition needs the words after it
		}
		if fs[i].f.reports && d.modalCue(toks, fs[j]) {
			continue // added that if he were there, he would tell them that …: a said act someone would do is part of what was said
		}
		own := span{fs[j].hi, min(b, fs[j].hi+maxContent)} // where the next frame's own quotes would be
		if lo > stop && !(d.runsOn(toks, r, lo, true) && (!d.hasQuote(toks, own) || d.dangles(toks, lo))) {
			return j
		}
	}
	return j
}

// joinedReport reports whether the English frame next follows "and" or
// "but" with a subject of its own, and the sentence so joins a second
// report, no part of what fa's source said: when both cues are a plain
// say or tell (One in three said the fee is too high and one in four said
// it is fair; Jo Hill said … and Hill says …), or after the infinitive
// content of fa (Jo Hill declined to comment and aides later said the
// bill …), as an infinitive takes no clause with a subject. Not after a
// word that opens a clause in the infinitive (declined to say whether Al
// and Jo agreed).
func (d *doc) joinedReport(toks []token, fa, next frameAt) bool {
	if d.german || next.inverted || next.right < 0 || next.f.rule != "subject" || !afterAndBut(toks, next.lo) || next.lo-2 <= fa.right {
		return false
	}
	if p := toks[next.lo-2]; p.kind != tWord || p.isClass(cPronoun) {
		return false // said both he and Ann Lee say …: the pronoun and the name are one subject
	}
	if d.isCoreSay(fa.f) && d.isCoreSay(next.f) {
		return true
	}
	if !toks[fa.right].is("to") {
		return false
	}
	for k := fa.right + 1; k < next.lo-1; k++ {
		if toks[k].kind != tWord || toks[k].isClass(cClause|cSubordinator|cRelative) {
			return false
		}
	}
	return true
}

// contrastOpens reports whether the content starting at toks[r] is only
// a word of contrast after a comma, before a frame at toks[lo]: in "The
// vote was close, aides said, although they said …" the second source
// speaks for itself, and what it says is no part of the first's.
func (d *doc) contrastOpens(toks []token, r, lo int) bool {
	if d.german || lo != r+1 || r < 1 || !toks[r-1].isComma() {
		return false
	}
	t := toks[r]
	return t.is("but") || t.is("although") || t.is("though") || t.is("while") || t.is("whereas") || t.is("yet")
}

// germanJoinedMain reports whether the German frame next opens a main
// clause that und joins to the clause of the frame fa, its subject right
// after und (Die Menge sang Lieder und der Redner rief: „…“): German
// leaves out the comma there, and the second clause is no part of what
// the first source said.
func (d *doc) germanJoinedMain(toks []token, fa, next frameAt) bool {
	if !d.german || next.lo-1 <= fa.right || !toks[next.lo-1].is("und") || !(next.f.rule == "subject" || next.f.rule == "appositive") {
		return false
	}
	return d.afterMainConjunction(toks, fa.lo, next.lo)
}

// modalCue reports whether an English frame has a modal between its
// source and its cue (he would advise him that …, she could say …): a
// speech act that might happen, inside a clause someone else reports.
func (d *doc) modalCue(toks []token, fa frameAt) bool {
	if d.german {
		return false
	}
	for k := fa.lo + 1; k < fa.hi && k < fa.lo+6; k++ {
		if toks[k].kind == tWord && d.inSet(setModal, toks[k].lower) {
			return true
		}
	}
	return false
}

// introducesQuote reports whether an English frame that names its source
// by a name or a pronoun leads straight into a quote after a comma or
// colon (Tom Hill said, "It …"), and whether that quote opens in upper
// case, a sentence (not a fragment: said, "very wrong").
func (d *doc) introducesQuote(toks []token, fa frameAt) (in, sentence bool) {
	r := fa.right
	if d.german || !fa.f.named() || r < 1 || r >= len(toks) || toks[r].kind != tQuote || !toks[r-1].isPunct(",:") {
		return false, false
	}
	q, m := d.qs[toks[r].q], fa.f.mention
	in = unicode.IsUpper(d.r[m.s]) || m.e-m.s <= len("they") && d.pronounText(m)
	return in, q.e > q.s && unicode.IsUpper(d.r[q.s])
}

// afterAndBut reports whether "and" or "but" stands before toks[lo],
// joining the clause that opens there to the one before.
func afterAndBut(toks []token, lo int) bool {
	return lo >= 1 && (toks[lo-1].is("and") || toks[lo-1].is("but"))
}

// meansAfterObject reports whether the participle frame fj after "by"
// tells how the source of fi did what fi's cue says, fi's content a plain
// object with no verb of its own before "by": in "defended the plan by
// citing a poll" the citing is a frame of its own (annotators mark a
// frame at a cue after "by" 53 times to 25 outside other content); but
// in "urged the party to respond by recognizing …" the infinitive holds it.
func (d *doc) meansAfterObject(toks []token, fi, fj frameAt) bool {
	by := fj.lo - 1
	if d.german || by < 1 || !toks[by].is("by") || !fi.f.object || fi.right < 0 || by < fi.right || by-fi.right > maxContent {
		return false
	}
	for _, t := range toks[fi.right:by] {
		if t.is("to") || t.is("that") || t.kind == tQuote || t.clauseVerb() {
			return false // a clause or a quote: made it clear "that …" by condemning …
		}
	}
	return true
}

// dangles reports whether the English word before toks[lo] cannot end a
// clause, so that a frame at toks[lo] is part of the content before it:
// said he had "no idea" if he would have told …; urged the party to
// respond "by" recognizing that …
func (d *doc) dangles(toks []token, lo int) bool {
	if d.german || lo < 1 {
		return false
	}
	t := toks[lo-1]
	if toks[lo].kind == tWord && toks[lo].isClass(cChannel) {
		return false // In a series of Twitter posts, Ms. Roe said …: a channel opens the frame
	}
	return t.kind == tWord && !t.upper && (t.isClass(cPrep|cConditional) || t.is("by") || t.is("of") || t.is("whether"))
}

// firstQuote returns the index of the first quote in toks[s:e], or e.
func (d *doc) firstQuote(toks []token, s, e int) int {
	for i := s; i < e; i++ {
		if toks[i].kind == tQuote {
			return i
		}
	}
	return e
}

// absoluteWith reports whether an English frame at toks[lo] opens an
// absolute phrase after a comma or dash: "denied the claim, with aides
// saying …" ends the content before it (gold 3 of 4 in PolNeAR).
func (d *doc) absoluteWith(toks []token, lo int) bool {
	if d.german || lo < 2 {
		return false
	}
	w := lo - 1
	if w >= 2 && toks[w-1].is("with") && d.approximately(toks, w, len(toks)) {
		w-- // with about three in 10 saying
	}
	// a count after "with" opens the phrase without a comma too: described
	// themselves as liberals with three in 10 saying …
	return toks[w].is("with") && (toks[w-1].isPunct(",-—–") || toks[lo].isNumber())
}

// prepNested reports whether the frame next follows a preposition, or
// that, because or if, which need the words after them, so that it is
// nested in the content before it (unless quoted: a quote stands between): "wrote that the text
// of the law showed …", "says prices rose because officials say …" are
// one statement (gold 10 of 14 changed spans in PolNeAR). Not after
// "with" ("denied it, with aides saying …" ends at the comma, gold 3 of
// 4) or when, while (their clause is often reported apart), nor a
// participle (by calling for …), nor a frame that opens a quote of its
// own (the mother of three replied, "…").
func (d *doc) prepNested(toks []token, next frameAt, quoted bool) bool {
	lo := next.lo
	if lo < 1 || next.f.rule == "participle" || !next.f.named() || quoted {
		return false
	}
	t := toks[lo-1]
	if opensClause := t.is("that") || t.is("because") || t.is("if"); !opensClause && (!d.dangles(toks, lo) || t.is("with") || t.isClass(cConditional)) {
		return false
	}
	return !d.opensQuote(toks, next)
}

// opensQuote reports whether the frame fa leads into a quote after a
// comma or colon (the mother of three replied, "…").
func (d *doc) opensQuote(toks []token, fa frameAt) bool {
	r := fa.right
	return r > 0 && r < len(toks) && toks[r].kind == tQuote && toks[r-1].isPunct(",:")
}

// accordingHolds reports whether fs[i] is an English "According to X,"
// that opens its sentence, so that the frame after it is part of its
// content: "According to the minutes, Tom Hill said the bridge would
// reopen" is one attribution, the minutes' (gold 5 of 6 in PolNeAR), as
// after an opening And or But. Not
// inside a sentence (But the next day, according to Ann Lee, the mayor
// said …), nor in German (Laut X sagte Y …), nor before a frame that opens
// a quote of its own (According to the website, Tom Hill told her: "…").
func (d *doc) accordingHolds(toks []token, fs []frameAt, i int) bool {
	lo := fs[i].lo
	opens := toks[lo].upper || lo > 0 && toks[lo-1].upper && conjunction(toks[lo-1]) // But according to X, …
	return !d.german && opens && fs[i].right > lo && (i+1 >= len(fs) || !d.opensQuote(toks, fs[i+1]))
}

// afterFronted returns where the main clause of content from toks[r]
// starts when the content opens with a conditional or a fronted phrase
// that a comma closes before toks[lo] (that if she won, she would …), so
// that a frame in that main clause is nested in the content: "said that
// if the state paid, the town would advise …".
func (d *doc) afterFronted(toks []token, r, lo int) int {
	s := r
	if s < lo && toks[s].is("that") {
		s++
	}
	if s >= lo || !(toks[s].isClass(cConditional) || d.frontedPhrase(toks, s)) {
		return r
	}
	if i := d.closingComma(toks, s, lo, lo-s, ";:—–―"); i >= 0 {
		return i + 1
	}
	return r
}

// clauseStop returns the first quote, comma, colon or dash in toks[r:e],
// or e: content from toks[r] runs on as one clause, runsOn(r, lo, false),
// to any lo up to there.
func (d *doc) clauseStop(toks []token, r, e int) int {
	for k := r; k < e; k++ {
		if toks[k].kind == tQuote || toks[k].isPunct(",;:—–―") {
			return k
		}
	}
	return e
}

// runsOn reports whether content from toks[r] reaches toks[lo] as one
// clause: no comma, colon or dash between, and no quote unless quotes
// may pass; a quote that ends open right before toks[lo] never does
// ("…," he claimed).
func (d *doc) runsOn(toks []token, r, lo int, quotes bool) bool {
	for i, t := range toks[r:lo] {
		if t.kind == tQuote && (!quotes || r+i == lo-1 || d.quoteEndsOpen(t)) || t.isPunct(",;:—–―") {
			return false
		}
	}
	return true
}

// aside reports whether a frame stands between commas inside the content
// it attributes: "The goal, he said, is to forge a cease-fire."
func (d *doc) aside(toks []token, fa frameAt, prevHi, nextLo int) bool {
	if d.german || fa.f.inherit != nil || fa.f.leads || fa.f.rule == "participle" || fa.lo-1 <= prevHi || fa.right <= fa.hi || fa.right >= nextLo {
		return false
	}
	if !toks[fa.lo-1].isComma() || !toks[fa.right-1].isComma() {
		return false
	}
	if d.relativeMention(fa.f) {
		return false // Jo Vale, who writes for the Ledger, has covered …: a relative clause on the name, no aside
	}
	if toks[fa.right].is("that") && toks[prevHi].isClass(cPrep) && d.fronted(toks, span{prevHi, fa.lo - 1}) {
		// In an interview, Hale replied to a claim, first made on Monday,
		// that …: "that" opens the frame's own content, and a fronted
		// phrase before the frame is no part of it (but: It is no
		// surprise, he said, that …; The documents indicate, she said, that …)
		return false
	}
	if toks[fa.right].kind == tQuote {
		// The investment, she said, "is a perfect example": the subject
		// before the aside is said too, but not a fronted phrase (In a
		// statement, he said, "…")
		first, last := toks[prevHi], toks[fa.lo-2]
		if d.hasQuote(toks, span{prevHi, fa.lo}) || d.hasPunct(toks, prevHi, fa.lo-1) || first.kind != tWord || last.kind != tWord {
			return false
		}
		if d.continuesSentence(toks[fa.right]) && !first.isClass(cPrep|cTime) {
			// Instead, he said, "she started …": a quote that opens in
			// lower case goes on with the words before the aside, so
			// they are said too, even a connective; a fronted phrase of
			// time or place is not (At the same time, he said, "…")
			return true
		}
		return (!first.isClass(cPrep|cClause|cSubordinator|cAdverb|cTime) && !strings.HasSuffix(first.lower, "ing") || d.leadingCondition(toks, span{prevHi, fa.lo - 1})) &&
			!last.isClass(cAdverb|cStop|cClause) && !strings.HasSuffix(last.lower, "ly")
	}
	return d.goesOn(toks, fa.right)
}

// relativeMention reports whether the source of frame f is a relative
// pronoun (who, whom, which, that): its clause is set off by commas on the noun
// before it, and the words on either side are the sentence's own, not
// what the pronoun's antecedent said.
func (d *doc) relativeMention(f *frame) bool {
	m := f.mention
	if m.e-m.s > 5 {
		return false
	}
	switch strings.ToLower(d.text(m)) {
	case "who", "which", "that", "whom":
		return true
	}
	return false
}

// germanDashAside gives a German frame set off by dashes inside a
// sentence the words on each side of it, and reports whether it is one:
// in "Ab Montag fährt die Fähre – so sagte Tom Hill – nur noch zweimal"
// both sides are what Hill said (annotators mark both, as after an
// English aside set off by commas).
func (d *doc) germanDashAside(toks []token, fa frameAt, prevHi, nextLo int, covered map[int]bool) bool {
	if !d.german || fa.f.rule != "inverted" || fa.f.inherit != nil || fa.f.leads || fa.hi >= nextLo {
		return false
	}
	shut := d.dashAfterName(toks, fa.hi, nextLo)
	if shut < 0 {
		return false
	}
	open := fa.lo - 1
	if open > prevHi && toks[open].is("so") {
		open-- // – so sagte X –
	}
	if open <= prevHi || !d.asideDash(toks[open]) || !d.hasVerb(toks, span{prevHi, open}) && shut+1 >= nextLo {
		return false
	}
	d.addAside(toks, span{prevHi, open}, fa.f, covered)
	right := span{shut + 1, nextLo}
	if right.s < right.e && toks[right.s].isComma() {
		right.s++ // – so sagte X –, sie müsse …
	}
	d.addAside(toks, right, fa.f, covered)
	return true
}

// dashAfterName returns where the dash that closes a German aside stands
// when it is toks[i] or ends a name set off by a comma after the mention
// (– so sagte der Gründer der Firma, Tom Hill –); else -1.
func (d *doc) dashAfterName(toks []token, i, lim int) int {
	if d.asideDash(toks[i]) {
		return i
	}
	if !toks[i].isComma() {
		return -1
	}
	for j := i + 1; j < lim && j <= i+4; j++ {
		if d.asideDash(toks[j]) && j > i+1 {
			return j
		}
		if toks[j].kind != tWord || !toks[j].upper {
			return -1
		}
	}
	return -1
}

// beliefSides trims the two sides of a belief set off by commas (His
// lead, many think, is safe): what is believed is one clause, its subject
// from the last dash, semicolon or comma (… — and the best way to win,
// they think, is …; the plan, which, she believes, will fail) and its
// predicate up to the next comma (will help, since …): annotators stop
// there 2 times of 2.
func (d *doc) beliefSides(toks []token, left, right span) (span, span) {
	for i := left.e - 1; i > left.s; i-- {
		if toks[i].isPunct(",;—–") {
			left.s = i + 1
			break
		}
	}
	if left.s < left.e && (toks[left.s].is("and") || toks[left.s].is("but")) {
		left.s++
	}
	return left, d.toComma(toks, right)
}

// continuesSentence reports whether the quote token t opens with a
// lower-case letter, going on with a sentence begun before it (Instead,
// he said, "she …"), rather than with "I" or a sentence of its own.
func (d *doc) continuesSentence(t token) bool {
	q := d.qs[t.q]
	return q.e > q.s && unicode.IsLower(d.r[q.s])
}

// leadingCondition reports whether words before a source set off by
// commas are a subordinate clause of condition or time with a subject and
// a verb of its own (If the toll passes, she said, "…"; When the bridge
// opens, he added, "…"): annotators count it as said, a bare phrase (When
// asked, In May) not.
func (d *doc) leadingCondition(toks []token, c span) bool {
	first := toks[c.s]
	if !first.isClass(cConditional) && !first.is("after") && !first.is("before") || c.e-c.s < 3 {
		return false
	}
	next := toks[c.s+1]
	if next.kind != tWord || strings.HasSuffix(next.lower, "ed") || strings.HasSuffix(next.lower, "ing") {
		return false
	}
	for i := c.s + 1; i+1 < c.e; i++ {
		if toks[i].isClass(cPassive) && strings.HasSuffix(toks[i+1].lower, "ing") {
			return false // While he was speaking with the press: the scene, not what was said
		}
	}
	return d.hasVerb(toks, span{c.s + 1, c.e})
}

// goesOn reports whether a word after an aside goes on with the clause
// the aside interrupted, rather than telling how it was said: not "he
// said, wiping his face", "he said, on condition of anonymity", "he
// said, adding …". A cue goes on in a finite form or a bare one, the
// present of a plural subject (Voters, she notes, applaud the plan).
func (d *doc) goesOn(toks []token, i int) bool {
	t := toks[i]
	if d.infinitiveAt(toks, i) {
		return true // It is his job, he said, to talk to Congress
	}
	if d.forInfinitive(toks, i) {
		return true // It makes sense, he said, for the town to wait
	}
	if d.approximately(toks, i, len(toks)) {
		return true // Now, he says, at least seven delegates have signed on: a count opens the clause's subject
	}
	if d.asideGerund(toks, i) {
		return true // …, she added, revoking passes would be harsh: a gerund opens the clause's subject
	}
	if d.whenOrCompared(toks, i) {
		return false
	}
	return t.kind == tWord && !strings.HasSuffix(t.lower, "ing") && !t.isClass(cPrep) && (!t.isCue() || d.finiteCue(t) || d.bareVerb(t))
}

// whenOrCompared reports whether the English words from toks[i], after
// an aside, tell when the source spoke or what the clause before it
// compares with, so the clause does not go on: "…, the group said,
// compared with $2,700 for …"; "…, the paper declared on Thursday, two
// days after the vote"; "…, filings show, even after he backed a rival".
func (d *doc) whenOrCompared(toks []token, i int) bool {
	t := toks[i]
	if d.german || t.kind != tWord || i+2 >= len(toks) {
		return false
	}
	next := toks[i+1]
	switch {
	case t.is("compared"):
		return next.is("with") || next.is("to")
	case t.is("even"):
		return next.is("after") || next.is("before") || next.is("as") || next.is("though")
	case t.isNumber() || t.is("a"):
		return next.isClass(cPeriod) && (toks[i+2].is("after") || toks[i+2].is("before") || toks[i+2].is("ago") || toks[i+2].is("later"))
	}
	return false
}

// asideGerund reports whether the English -ing word toks[i] opens a
// gerund phrase that is the subject of a finite verb a few plain words
// on (revoking passes would be harsh; building the wall will cost more),
// not a participle of the source's (adding that …, walking to her car).
// Stricter than gerundSubject: after an aside a participle is common.
func (d *doc) asideGerund(toks []token, i int) bool {
	t := toks[i]
	if d.german || t.kind != tWord || t.upper || !strings.HasSuffix(t.lower, "ing") || t.isCue() {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		u := toks[j]
		if u.kind != tWord || u.upper && j > i+1 {
			return false
		}
		if u.isClass(cFinite) {
			return j > i+1
		}
		if u.isClass(cPrep|cClause|cSubordinator|cRelative|cPronoun) || u.isCue() {
			return false
		}
	}
	return false
}

// forInfinitive reports whether "for" at toks[i] opens an infinitive
// clause with its own subject (for the town to wait), which goes on with
// the words before an aside, not a phrase that ends it (for now).
func (d *doc) forInfinitive(toks []token, i int) bool {
	if !toks[i].is("for") {
		return false
	}
	for j := i + 2; j < len(toks) && j <= i+5; j++ {
		if toks[j].kind != tWord {
			return false
		}
		if d.infinitiveAt(toks, j) {
			return true
		}
	}
	return false
}

// infinitiveAt reports whether toks[i] is "to" before a verb rather than
// before whom something was said to: "to talk", "to help", but not "to
// reporters", "to the board", "to him", "to CNN".
func (d *doc) infinitiveAt(toks []token, i int) bool {
	if i+1 >= len(toks) || !toks[i].is("to") { // i may be one past the end: a cue that ends the text
		return false
	}
	v := toks[i+1]
	plural := strings.HasSuffix(v.lower, "s") && !strings.HasSuffix(v.lower, "ss")
	return v.kind == tWord && !v.upper && !plural && !v.isNumber() &&
		!v.isClass(cDeterminer|cPronoun|cObject|cQuantifier|cStop|cTime)
}

// finiteCue reports whether a cue word is a finite verb in -s or -ed, or
// began: after an aside it is the verb of the clause the aside
// interrupted (The trouble, he said, began in 1970; The plan, she said,
// assumes …).
func (d *doc) finiteCue(t token) bool {
	return t.is("began") || !t.upper && (strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "s"))
}

// closesSentence reports whether a frame that ends at toks[j] closes its
// clause, adverbials aside (…, the council said on Monday.), as a frame
// whose content stands before it does; "…, Republicans want a judge" goes
// on. (An according-to source may run on: according to a count by the
// Associated Press.)
func (d *doc) closesSentence(toks []token, j, b int) bool {
	if j < b && toks[j].is("to") {
		return false // …, Republicans might want to consider: an infinitive goes on
	}
	j = d.skipAdverbials(toks, j, b)
	return j >= b || toks[j].kind == tPunct || toks[j].isCue() || toks[j].isClass(cClause|cStop)
}

// midClause returns where the words before a German "laut X" or "nach
// Angaben X" start when the source stands inside the clause it
// attributes, with words of it on both sides, or -1.
func (d *doc) midClause(toks []token, fa frameAt, prevHi int) int {
	if !d.german || fa.f.rule != "according-to" || fa.lo <= prevHi+1 || toks[fa.lo-1].kind != tWord {
		return -1
	}
	if fa.right <= fa.lo && !(fa.right < 0 && (fa.hi >= len(toks) || toks[fa.hi].isPunct(".!?"))) {
		return -1 // but: Sechs Fässer explodierten nach Polizeiangaben. – the source closes the clause
	}
	if fa.lo-prevHi > maxContent {
		return -1
	}
	for i := fa.lo - 2; i >= prevHi; i-- {
		if !toks[i].isComma() {
			continue
		}
		seg := span{i + 1, fa.lo}
		if d.relativeOpens(toks, i+1, fa.lo) {
			return i + 1 // Die Armee, die laut Gesetz …: the relative clause
		}
		if j := d.closedRelative(toks, prevHi, i); j >= 0 && d.opensWithVerb(toks, seg) {
			i = j // Bei den Kämpfen, die … stattfanden, starben nach X …
			continue
		}
		switch {
		case d.hasQuote(toks, span{prevHi, fa.lo}) || d.afterRelativeComma(toks, prevHi, i):
			return -1 // …, der nicht entfernt, jedoch laut X …: inside a relative clause
		case d.opensWithFinite(toks[i+1]):
			if d.hasFinite(toks, span{prevHi, i}) && !toks[prevHi].isClass(cSubordinator) {
				return i + 1 // Der Start wird im Mai erwartet, kann laut X …: a main clause ends at the comma
			}
			// Der Chef der Firma, Paul Weber, hatte nach X …; Weil …,
			// ist es laut X …: the verb comes second after a fronted
			// phrase or clause with its commas
			return prevHi
		case seg.e-seg.s >= 2 && (toks[seg.s].isClass(cSubordinator) || d.hasFinite(toks, seg)):
			// Er sitzt in Haft, weil er sich nach X …; …, jedoch ist laut
			// X …: a clause of its own opens after the comma
			return i + 1
		}
		return -1
	}
	return prevHi
}

// opensWithFinite reports whether a German word after a comma is a
// finite verb: an auxiliary, a modal or a lower-case verb in -t (hatte,
// kann, stellt, bleibt), not an adverb (lediglich, trotzdem).
func (d *doc) opensWithFinite(t token) bool {
	if t.kind != tWord || t.upper {
		return false
	}
	if d.germanFinite(t) {
		return true
	}
	return strings.HasSuffix(t.lower, "t") && d.opensWithVerb([]token{t}, span{0, 1})
}

// hasFinite reports whether toks[c] holds a German auxiliary, modal or
// subjunctive verb (jedoch ist, diese Taten seien aber).
func (d *doc) hasFinite(toks []token, c span) bool {
	return slices.ContainsFunc(toks[c.s:c.e], func(t token) bool { return t.kind == tWord && !t.upper && d.germanFinite(t) })
}

// germanFinite reports whether the German word t is an auxiliary, a
// subjunctive or a modal verb (hatte, seien, kann): a finite verb.
func (d *doc) germanFinite(t token) bool {
	return t.isClass(cAux|cSubjunctive) || d.inSet(setModal, t.lower)
}

// afterRelativeComma reports whether the comma before toks[c] opens a
// German relative clause (…, der nicht entfernt, …), so that toks[c]
// stands inside it.
func (d *doc) afterRelativeComma(toks []token, prevHi, c int) bool {
	for j := c - 1; j > prevHi; j-- {
		if toks[j].isComma() {
			return j+1 < c && !toks[j+1].upper && d.relativePronoun(toks[j+1].lower)
		}
	}
	return false
}

// closedRelative returns the comma that opens the German relative clause
// which the comma toks[c] closes inside a main clause (Die Feiern, die
// dort stattfanden, verliefen nach X ruhig: the comma before die), or -1.
func (d *doc) closedRelative(toks []token, prevHi, c int) int {
	for j := c - 1; j > prevHi; j-- {
		if toks[j].isComma() {
			r := j + 1
			if r+1 < c && toks[r].isClass(cPrep) && !toks[r].upper {
				r++ // …, in der …,
			}
			if r+1 < c && d.relativePronoun(toks[r].lower) {
				return j
			}
			return -1
		}
	}
	return -1
}

// relativeBefore returns where the relative clause that a German source
// inside it stands in starts (…, die nach Ansicht von X …): the relative
// pronoun after the last comma before toks[lo], or -1.
func (d *doc) relativeBefore(toks []token, prevHi, lo int) int {
	for i := lo - 1; i > prevHi; i-- {
		if !toks[i].isComma() {
			continue
		}
		if d.relativeOpens(toks, i+1, lo) {
			return i + 1
		}
		return -1
	}
	return -1
}

// relativeOpens reports whether the words toks[j:lo] between a comma and
// a German source open a relative clause: the relative pronoun, maybe
// after a preposition and before sich (…, die nach X …; …, an der nach X
// …; …, unter denen sich nach X …). The clause opens at toks[j], the
// pronoun or the preposition before it, which annotators mark as said
// too (an der, unter denen sich: 4 of 4).
func (d *doc) relativeOpens(toks []token, j, lo int) bool {
	r := j
	if r+1 < lo && toks[r].isClass(cPrep) && !toks[r].upper {
		r++
	}
	if r >= lo || !d.relativePronoun(toks[r].lower) {
		return false
	}
	e := r + 1
	if e < lo && toks[e].is("sich") {
		e++
	}
	return e == lo
}

// reportsBefore reports whether a German frame inverted after a comma
// reports what stands before it, whatever follows the source: "…, sagte
// Toby Lanzer dem Sender „Al Jazeera“".
func (d *doc) reportsBefore(toks []token, fa frameAt) bool {
	return d.german && fa.inverted && toks[fa.lo-1].isComma() && (fa.right < 0 || fa.right >= len(toks) || toks[fa.right].kind != tQuote)
}

// relativeSource reports whether a frame's source is a relative pronoun
// (…, who said; …, which reported): what stands before it is whom it
// stands for, not what was said.
func (d *doc) relativeSource(f *frame) bool {
	m := f.mention
	if m.e-m.s > len("which") {
		return false // no pronoun: spares building the string for every frame
	}
	w := strings.ToLower(d.text(m))
	return w == "that" || d.has(cRelative, w) || d.german && d.relativePronoun(w)
}

// leftContent returns the content a frame attributes before itself:
// "CONTENT, S said" or "CONTENT," said S.
func (d *doc) leftContent(toks []token, fa frameAt, prevHi int) (span, bool) {
	if fa.lo <= prevHi || fa.f.inherit != nil || fa.f.rule == "participle" {
		return span{}, false
	}
	if fa.f.rule == "according-to" && d.relativePrepSource(toks, prevHi, fa.lo, fa.hi-1, len(toks)) {
		return span{}, false // …, laut denen …: the words before the comma are the antecedent's
	}
	before := toks[fa.lo-1]
	if before.kind == tQuote || before.isPunct(",—–-") {
		return span{d.colonStart(toks, d.dashStart(toks, d.parenStart(toks, prevHi, fa), fa), fa), fa.lo}, true
	}
	if w := d.withWordsBefore(toks, prevHi, fa.lo); w >= 0 {
		return span{prevHi, w}, true
	}
	if !d.german && fa.f.rule == "according-to" && !fa.f.leads && before.kind == tWord && !before.isClass(cStop|cClause) {
		return span{prevHi, fa.lo}, true // Hill leads by 9 points according to the poll: no comma before the source
	}
	// "…?" a narrator in the Clinton ad asks: the words between the quote
	// and the source the noun phrase found belong to the source
	for i := fa.lo - 1; i > prevHi && fa.lo-i <= 6; i-- {
		if toks[i].kind != tWord && !toks[i].isPunct("$&'’/") || !d.german && (toks[i].isClass(cClause|cConditional) || toks[i].is("that")) {
			break // but "Fight for $15 organizing director Kim Lee told"; not "…," as she put it
		}
		if toks[i-1].kind == tQuote && i-1 >= prevHi {
			if !d.german && !d.quoteEndsOpen(toks[i-1]) {
				break // the "broken" system and he pledged: a word in marks inside the clause
			}
			if !toks[fa.lo].isClass(cPronoun) && !toks[i].isClass(cPrep) {
				fa.f.mention.s = toks[i].s // but "…,'' on Tuesday night he said": an adverbial, and a pronoun takes no words before it
			}
			return span{prevHi, i}, true
		}
	}
	return span{}, false
}

// withWordsBefore returns where a German "mit diesen Worten" fronted
// between a quote and its comma and the frame at toks[lo] starts („…“,
// mit diesen Worten meldete er sich zurück): the phrase names the quote
// as what the source said. Else -1.
func (d *doc) withWordsBefore(toks []token, prevHi, lo int) int {
	w := lo - 3
	if !d.german || w-2 < prevHi || !toks[w].is("mit") || toks[w+1].kind != tWord || toks[w+1].upper || !toks[w-1].isComma() || toks[w-2].kind != tQuote {
		return -1
	}
	if !d.inSet(setQuotingwords, toks[lo-1].lower) {
		return -1
	}
	return w
}

// colonStart returns where the words before an English source start
// when a colon among them leads into a clause (The tax has not scared
// off banks: London was the top market in 2015, according to one index;
// The result: students take 112 tests, a study found): the source
// vouches for what follows the colon, annotators mark that alone; else s.
func (d *doc) colonStart(toks []token, s int, fa frameAt) int {
	if d.german {
		return s
	}
	for i := fa.lo - 2; i > s; i-- {
		if !toks[i].isPunct(":") {
			continue
		}
		if c := (span{i + 1, fa.lo}); fa.lo-i > 3 && toks[i+1].kind == tWord && !toks[i-1].isNumber() && (d.hasVerb(toks, c) || d.presentClause(toks, c) || d.pluralSubjectVerb(toks, c)) {
			return i + 1 // but not 8:30 p.m., nor a list after the colon (three aides: Jo Hill, Ann Roe …)
		}
		return s
	}
	return s
}

// pluralSubjectVerb reports whether c opens with a plural noun, after a
// determiner or not, and a bare present verb with a word after it:
// "voters want lower tolls", "the riders need a ferry" (a clause, not
// the list of "three aides: Jo Hill, Ann Roe").
func (d *doc) pluralSubjectVerb(toks []token, c span) bool {
	i := c.s
	if toks[i].isClass(cDeterminer) {
		i++
	}
	if i+2 >= c.e {
		return false
	}
	t := toks[i]
	return t.kind == tWord && !t.upper && d.presentS(t.lower) && d.bareVerb(toks[i+1]) && toks[i+2].kind == tWord
}

// dashStart returns where the words before fa start when fa closes an
// aside set off by dashes that opens among them (backed the deep cuts -
// his "reforms," he called them - and …): what was said starts after
// the dash; else s.
func (d *doc) dashStart(toks []token, s int, fa frameAt) int {
	if d.german || !d.dashIn(toks, fa.hi, min(len(toks), fa.hi+2)) {
		return s
	}
	if i := d.lastDash(toks, s+1, fa.lo-1); i >= 0 {
		return i + 1
	}
	return s
}

// parenStart returns where the words before fa start when fa stands
// inside a parenthesis that opens among them (a backlash from members
// ("We want our dues back," wrote Jo Hill, a welder)): what was said
// starts after the parenthesis; else s.
func (d *doc) parenStart(toks []token, s int, fa frameAt) int {
	for i := fa.lo - 1; i >= s; i-- {
		switch {
		case toks[i].isPunct(")"):
			return s // (61 percent) …, according to a poll: the parenthesis is closed
		case toks[i].isPunct("("):
			for j := fa.hi; j < len(toks) && j < fa.hi+maxContent; j++ {
				switch {
				case toks[j].isPunct(")"):
					return i + 1
				case toks[j].isPunct("(.!?"):
					return s
				}
			}
			return s
		}
	}
	return s
}

// maxFragmentLead is the most words fragmentClause lets stand between
// the verb and the quote.
const maxFragmentLead = 10

// fragmentClause records the clause around a quoted fragment toks[i]
// that goes to the subject of its English sentence, from after the
// subject's verb, as a paraphrase with the fragment in it, when the
// clause goes on past the quote: in "Ann Lee also bemoaned a climate in
// which people "hate each other" because they differ", annotators mark
// the climate clause, not the quoted words alone (12 times to 2 in
// PolNeAR). A quote that ends its clause (took credit for "being
// right") they mark alone as often, and a quote set off by a mark (as
// if to say, "…") is the whole of what was said. It reports whether
// toks[i] is recorded; if not, it leaves no result behind.
func (d *doc) fragmentClause(toks []token, a, b, i int, f *frame, covered map[int]bool) bool {
	if d.german || i == a || toks[i-1].kind != tWord || toks[d.firstWord(toks, a, i)].isClass(cConditional) {
		return false // nor in a fronted clause (While Tom Hill laid out "…" in May, the board met)
	}
	k := d.afterSubjectVerb(toks, a, i, f.mention)
	if k < 0 || k+1 == i && toks[k].is("of") {
		return false // their chants of "…" were cut short: the quote is what the noun before "of" names
	}
	e := min(b, i+maxContent) // bounded: the scans stay linear
	var before []int          // the quotes of the clause covered already
	for j := k; j < e; j++ {
		if toks[j].kind == tQuote && covered[j] {
			before = append(before, j)
		}
	}
	n := len(d.results)
	d.addContent(toks, span{k, e}, f, "fragment", covered)
	if covered[i] && len(d.results) == n+1 && d.clauseAroundQuotes(toks, k, d.results[n]) {
		return true
	}
	d.results = d.results[:n] // put back what addContent marked
	for j := k; j < e; j++ {
		if toks[j].kind == tQuote { // only quotes are covered: spare the map the words
			delete(covered, j)
		}
	}
	for _, j := range before {
		covered[j] = true
	}
	return false
}

// afterSubjectVerb returns the token after the verb that follows the
// subject mention m of a sentence, past an appositive and auxiliaries
// (Ann Lee, a clerk, has also laid out …), or -1 when no verb stands
// there (A hotel project in …), or no word or more than maxFragmentLead
// words lie between it and the quote at toks[i].
func (d *doc) afterSubjectVerb(toks []token, a, i int, m span) int {
	k := a
	for k < i && toks[k].s < m.e {
		k++
	}
	if k < i && toks[k].isComma() {
		k++
		for k < i && !toks[k].isComma() {
			k++
		}
		k++
	}
	for k < i && toks[k].kind == tWord && !toks[k].upper && (toks[k].finite() || toks[k].isClass(cAdverb)) && !d.inSet(setCopula, toks[k].lower) {
		k++
	}
	if k >= i || toks[k].kind != tWord || toks[k].upper || toks[k].isClass(cDeterminer|cPrep|cPronoun) || d.inSet(setCopula, toks[k].lower) {
		return -1 // a copula too: the choice was between "…" and "…", it is described as "…", would be "…": the subject says nothing
	}
	k++
	if k < i && d.inSet(setAwayout, toks[k].lower) {
		k++ // laid out a plan
	}
	words := 0
	for j := k; j < i; j++ {
		if toks[j].kind == tWord {
			words++
		}
	}
	if words == 0 || words > maxFragmentLead {
		return -1 // labeled "a leader" continues to lead: the quote opens the clause
	}
	return k
}

// itSubject reports whether the mention m is the pronoun "it" (or
// "it's"), a thing or a dummy subject, not a speaker: It starts with a
// claim that "…"; It was a rejection of "…" that won the hall.
func (d *doc) itSubject(m span) bool {
	switch strings.ToLower(string(d.r[m.s:m.e])) {
	case "it", "it's", "it’s":
		return true
	}
	return false
}

// firstWord returns the first word of toks[a:i], or a.
func (d *doc) firstWord(toks []token, a, i int) int {
	for j := a; j < i; j++ {
		if toks[j].kind == tWord {
			return j
		}
	}
	return a
}

// clauseAroundQuotes reports whether res, the content from toks[k] that
// fragmentClause made, reads as a paraphrase rather than a quote with a
// few words before it: words go on after its last quote, or it ends with
// a quote but holds several (the choice between "…" and "…"), and no cue
// inside it reports a quote of its own (and said he "…").
func (d *doc) clauseAroundQuotes(toks []token, k int, res *result) bool {
	if res.kind != quotes.Mixed || len(res.parts) == 0 {
		return false
	}
	for j := res.parts[len(res.parts)-1].e; j < res.content.e; j++ {
		if unicode.IsLetter(d.r[j]) || unicode.IsDigit(d.r[j]) {
			return true
		}
	}
	if len(res.parts) < 2 {
		return false // took credit for "being right": the quote alone, as often as not
	}
	for j := k; j < len(toks) && toks[j].s < res.content.e; j++ {
		if toks[j].isCue() {
			return false
		}
	}
	return true
}

// reportedFragment records the German clause in the subjunctive around a
// quoted fragment toks[i] as a paraphrase (So gewonnene Daten seien „…“):
// annotators mark the reported clause and the fragment in it.
func (d *doc) reportedFragment(toks []token, a, b, i int, f *frame) {
	if !d.german {
		return
	}
	c, has := d.subjunctiveIn(toks, a, b) // trimming punctuation keeps has
	for c.e > c.s && toks[c.e-1].kind == tPunct {
		c.e--
	}
	if i < c.s || i >= c.e || !has {
		return
	}
	qt, words := d.quotesIn(toks, c)
	if words < 2 || qt[0] != i {
		return // the clause's first fragment records it
	}
	res := d.newResult(result{kind: quotes.Mixed, content: d.tokSpan(toks, c), qi: toks[i].q, f: f, rule: "fragment", chain: -1})
	for _, j := range qt {
		q := d.qs[toks[j].q]
		res.parts = append(res.parts, span{q.s, q.e})
	}
	d.results = append(d.results, res)
}

// reportedAfterFragment records the German clause in the subjunctive
// after a quoted fragment toks[i] as reported by the fragment's source
// when the clause before the quote names its own subject (Auch der
// Sprecher, Tom Korn, will „…“, ob der Bau sinnvoll sein solle): the
// subject's words go on in it.
func (d *doc) reportedAfterFragment(toks []token, a, b, i int, f *frame, covered map[int]bool) {
	if !d.german || f == nil {
		return
	}
	c, has := d.subjunctiveIn(toks, a, b)
	if c.s <= i || !has || !d.namedIndicative(toks, a, i) {
		return
	}
	d.addContent(toks, c, f, "subjunctive", covered)
}

// bylineColon reports whether the quote toks[i] follows a byline and a
// colon: `"Club to close," by Times' Ann Lee: "…"` excerpts a linked
// article, as news roundups do; the annotators do not count it as said.
func (d *doc) bylineColon(toks []token, a, i int) bool {
	j := i - 2
	if d.german || j < a+1 || !toks[i-1].isPunct(":") || toks[j].kind != tWord || !toks[j].upper {
		return false
	}
	s, ok := d.npBackFrom(toks, a, j)
	for k := s - 1; ok && k >= a && s-k <= 3; k-- {
		if toks[k].is("by") {
			return true
		}
		if !toks[k].upper && !toks[k].isPunct("'’") {
			return false // by Times' Ann Lee: the outlet's possessive
		}
	}
	return false
}

// commaWho reports whether fa is the frame of a non-restrictive relative
// clause of who, set off by a comma after its antecedent (Jo Hill, who
// thinks …): relativeEnd and whoClauseClose look for its closing comma.
func (d *doc) commaWho(toks []token, fa frameAt) bool {
	f := fa.f
	return !d.german && f.antecedent.e > f.antecedent.s && fa.lo >= 1 && toks[fa.lo-1].isComma() && toks[fa.lo].is("who")
}

// relativeEnd returns the comma that closes the non-restrictive relative
// clause of a who source, when a verb follows it and a quote stands after
// that within end (Jo Hill, who thinks the plan fails, called it "a
// mess"), or -1. A quote inside the clause keeps it open.
func (d *doc) relativeEnd(toks []token, fa frameAt, end int) int {
	if !d.commaWho(toks, fa) {
		return -1
	}
	for i := fa.right; i+2 < end && i < fa.right+30; i++ {
		t := toks[i]
		if t.kind == tQuote {
			return -1
		}
		if !t.isComma() {
			continue
		}
		n := toks[i+1]
		if n.kind != tWord || n.upper || !(n.finite() || strings.HasSuffix(n.lower, "ed") || n.isCue()) {
			return -1
		}
		if !d.hasQuote(toks, span{i + 2, end}) {
			return -1
		}
		return i
	}
	return -1
}

// whoClauseClose returns the comma that closes the non-restrictive
// relative clause of a who source when the reported words before it
// hold a verb, a past or finite verb follows it, and no quote, colon or
// semicolon comes first; else -1: in "Tom Hill, who said the plan was
// sound, left early", left is the antecedent's own verb, no part of what
// he said.
func (d *doc) whoClauseClose(toks []token, fa frameAt, end int) int {
	if !d.commaWho(toks, fa) {
		return -1
	}
	verb := false
	for i := fa.right; i+1 < end && i < fa.right+30; i++ {
		t := toks[i]
		if t.kind == tQuote || t.isPunct(";:") {
			return -1
		}
		if d.pastOrClauseVerb(t) {
			verb = true
		}
		if !t.isComma() {
			continue
		}
		if n := toks[i+1]; verb && d.pastOrClauseVerb(n) {
			return i // not: who argued that Jo Hill, under fire, would quit
		}
	}
	return -1
}

// restrictiveWhoEnd returns where the main verb stands after the words
// reported in a relative clause of who with no comma inside the
// sentence's subject, or -1: in "A man who claimed the pier was unsafe
// left early" and "A rider who accused the board of lying sued the
// harbor", left and sued are the subject's own verbs, no part of what he
// said; so too after a fronted phrase (On Friday, the lawyer for a woman
// who accused him of fraud filed papers). The main verb is the first past
// or finite verb after a noun, once a reported clause has its own verb; a
// comma, a quote, a colon or a semicolon gives up.
func (d *doc) restrictiveWhoEnd(toks []token, fa frameAt, end int) int {
	f := fa.f
	if d.german || f.antecedent.e <= f.antecedent.s || fa.lo < 1 || toks[fa.lo-1].kind != tWord || !toks[fa.lo].is("who") || !d.subjectPart(toks, fa.lo) {
		return -1
	}
	// accused the board of lying: no clause, no verb of its own to wait
	// for; but revealed that Jo Hill lied has one
	verb := f.object && !f.reports && !toks[fa.right].is("that") && !toks[fa.right].isClass(cPronoun)
	for i := fa.right; i < end && i < fa.right+30; i++ {
		t := toks[i]
		if t.kind == tQuote || t.isPunct(",;:") {
			return -1
		}
		if !d.pastOrClauseVerb(t) {
			continue
		}
		if p := toks[i-1]; verb && i > fa.right && p.kind == tWord && !p.finite() && !p.isClass(cStop|cPrep|cDeterminer|cPronoun|cClause|cRelative|cAdverb) && !p.is("to") && !p.is("that") && !d.inSet(setCopula, p.lower) && !d.inSet(setDegree, p.lower) {
			return i // but not after "be": called for Jo Hill to be replaced
		}
		verb = true
	}
	return -1
}

// subjectPart reports whether the words before the relative pronoun at
// toks[k] hold no verb back to the sentence's start, past a fronted
// phrase that a comma closes: the clause is part of the subject (On
// Friday, the lawyer for a woman who …), so a main verb is still to come;
// not in an appositive or a list (criticism from Jo Vale, a banker who …).
func (d *doc) subjectPart(toks []token, k int) bool {
	comma := false
	for i := k - 1; i >= 0 && k-i <= 16; i-- {
		t := toks[i]
		switch {
		case t.isPunct(".!?"):
			return !comma || toks[i+1].isClass(cPrep|cTime|cAdverb|cConditional)
		case t.isComma() && !comma:
			comma = true
		case t.kind != tWord || t.isCue() || d.pastOrClauseVerb(t):
			return false
		}
		if i == 0 {
			return !comma || t.isClass(cPrep|cTime|cAdverb|cConditional)
		}
	}
	return false
}

// mainFrame returns the frame of the main clause a relative clause
// interrupts: its source is the relative pronoun's antecedent, its cue the
// verb at toks[k].
func (d *doc) mainFrame(toks []token, f *frame, k int) *frame {
	g := d.newFrame(frame{class: "speech", mention: f.antecedent, rule: "relative", para: f.para})
	g.cue = span{toks[k].s, toks[k].e}
	g.cueText = d.text(g.cue)
	d.frames = append(d.frames, g)
	return g
}

// holderCue returns the token of the cue of the frame that holds fs[i] in
// its source, when it comes before limit, or -1: in "An aide who spoke on
// condition of anonymity said, "…"", the clause of spoke ends at said.
func (d *doc) holderCue(toks []token, fs []frameAt, i, limit int) int {
	if i+1 >= len(fs) || fs[i+1].lo > fs[i].lo || fs[i].right < 0 || fs[i+1].f.rule != "appositive" || fs[i+1].f.class != "speech" || !toks[fs[i].lo].is("who") {
		return -1
	}
	cue := fs[i+1].f.cue
	for k := fs[i].right; k < limit && k < fs[i].right+maxContent; k++ {
		if toks[k].s >= cue.s {
			return k
		}
	}
	return -1
}

// leftMixed reports whether the results from n hold a paraphrase with
// quoted parts.
func (d *doc) leftMixed(n int) bool {
	for _, res := range d.results[n:] {
		if res.kind == quotes.Mixed {
			return true
		}
	}
	return false
}

// onlyTitles reports whether every quoted part of the results from n is
// in title case, a name rather than words said (on "Morning Hour").
func (d *doc) onlyTitles(n int) bool {
	for _, res := range d.results[n:] {
		for _, p := range res.parts {
			if !d.titleCase(qspan{s: p.s, e: p.e}) {
				return false
			}
		}
	}
	return true
}

// callsAt returns the verb that names something with the quote toks[i]:
// called the mayor a "liar", described him as "volatile", what he calls
// the "cartel", a plan called the "Green Deal"; or -1. It also says
// whether an object stands between them: without one the verb is passive
// or a participle that names (is called the "…"), said by no one named.
// Right after the verb the quote is a name, which isTitle keeps; after a
// determiner the verb is a noun (his call for "…").
func (d *doc) callsAt(toks []token, a, i int) (int, bool) {
	j := i - 1
	if j > a && (toks[j].isClass(cDeterminer) || isPossessive(toks[j].lower) || toks[j].isClass(cPronoun)) {
		j-- // a "liar", the "cartel", as her "whisperer"
	}
	as := j > a && toks[j].is("as") && toks[j-1].kind == tWord
	if as {
		j-- // described him as "volatile"
	}
	for k := j; k >= a && j-k < 5; k-- {
		t := toks[k]
		if t.kind != tWord {
			return -1, false
		}
		if k < i-1 && (d.inSet(setCalls, t.lower) || as && (d.treatsAs(t) || k < j && d.presentAfterSubject(toks, a, k))) {
			if k > a && toks[k-1].isClass(cDeterminer) && !d.relativeVerb(toks, k) || k > a && isPossessive(toks[k-1].lower) {
				return -1, false
			}
			return k, k < j
		}
	}
	return -1, false
}

// relativeVerb reports whether toks[k], after "that", is the verb of a
// relative clause (letters that called him a "…"): a past or an -ing
// form, which no determiner takes (but "that call for …").
func (d *doc) relativeVerb(toks []token, k int) bool {
	w := toks[k].lower
	return toks[k-1].is("that") && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// subjectOpens reports whether the English noun phrase at toks[s] opens
// its clause: first in the sentence or after a comma, a colon or a
// conjunction (but the board rejected …), not an object of a verb
// before it (placed ads calling …).
func (d *doc) subjectOpens(toks []token, a, s int) bool {
	return s == a || toks[s-1].isPunct(",;:") || conjunction(toks[s-1])
}

// presentAfterSubject reports whether toks[k], a lower-case -s form, is
// a verb in the present after its subject, a name, a pronoun or an
// adverb (Tom Hill openly admires the mayor as a "…"; often casts), not
// a plural noun (an option seen by organizers as a "…").
func (d *doc) presentAfterSubject(toks []token, a, k int) bool {
	if k <= a {
		return false
	}
	t, p := &toks[k], &toks[k-1]
	if t.upper || !d.presentS(t.lower) || p.kind != tWord {
		return false
	}
	return p.upper || p.isClass(cPronoun|cAdverb) || strings.HasSuffix(p.lower, "ly") // Tom Hill often casts …
}

// treatsAs reports whether t reads as a verb that treats its object
// as what a quote after "as" says (framed the deal as a "breakthrough",
// casting him as a "strong leader"): a past or an -ing form.
func (d *doc) treatsAs(t token) bool {
	if t.upper || t.isClass(cDeterminer|cPrep|cPronoun) {
		return false
	}
	return strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ing")
}

// addNamedObject records the quote toks[i] that a verb of naming with an
// object before it gives its source (callerFrame) as a paraphrase of
// that object and the quote (Tom Hill introduced himself as "the ferry
// man"; letters that called him a "fraud"; Ms. Roe casts herself as a
// "…"): annotators mark the object with the quote 10 times of 11. It
// reports whether it recorded one.
func (d *doc) addNamedObject(toks []token, a, i int, f *frame) bool {
	if f == nil {
		return false
	}
	k, object := d.callsAt(toks, a, i) // as callerFrame and namerFrame did
	if k < 0 || !object {
		return false
	}
	q := d.qs[toks[i].q]
	for n := len(d.results) - 1; n >= 0 && len(d.results)-n <= 8; n-- {
		if r := d.results[n]; r.kind == quotes.Mixed && r.content.s <= q.s && q.e <= r.content.e {
			return false // a paraphrase has the quote as its part already; keptParts drops the quote
		}
	}
	if toks[k+1].isClass(cPrep) {
		k++ // referred to her as the "…": the object starts after the preposition
	}
	res := d.newResult(result{kind: quotes.Mixed, content: span{toks[k+1].s, toks[i].e}, qi: toks[i].q, f: f, rule: "calls", chain: -1})
	res.parts = append(res.parts, span{q.s, q.e})
	d.results = append(d.results, res)
	return true
}

// callerFrame attributes an English quote that a verb of naming before it
// calls something, with no frame of its own: to the pronoun or name right
// before the verb (what he calls the "cartel"); a passive verb, or one
// with no object, names no one, which the result without a frame says
// (ok). With another subject the rule leaves the quote alone. Most
// quotes in marks after such a verb are words of someone in the dev set.
func (d *doc) callerFrame(toks []token, a, i, pi int) (f *frame, ok bool) {
	if d.german {
		return nil, false
	}
	k, object := d.callsAt(toks, a, i)
	if k < 0 {
		return nil, false
	}
	var mention span
	if k-1 >= a && (toks[k-1].isClass(cPronoun) || d.relativePronoun(toks[k-1].lower) || d.relativeVerb(toks, k)) && !toks[k-1].isClass(cPassive) {
		// what he calls the "cartel", letters that called him a "fraud"
		mention = span{toks[k-1].s, toks[k-1].e}
		if outer, ok := d.whatClauseSubject(toks, a, span{k - 1, k}); ok {
			mention = d.tokSpan(toks, outer) // railed against what she calls the "cartel"
		}
	} else if !object || k-1 >= a && toks[k-1].isClass(cPassive) && !strings.HasSuffix(toks[k].lower, "ing") {
		np, ok := d.passiveAgent(toks, i)
		if !ok {
			return nil, true // a plan called the "Green Deal", is described as a "…"
		}
		mention = d.tokSpan(toks, np) // a town called "the Crossroads" by its people
	} else if np, _, found := d.npBefore(toks, a, k); found && np.e == k && d.properOrPronoun(toks, np) {
		mention = d.tokSpan(toks, np)
	} else {
		return nil, false // prompted Tom Hill to joke and call Jo Lee a "…": whose words, the rule cannot tell
	}
	return d.namingFrame(toks, k, pi, mention), true
}

// passiveAgent returns the agent after "by" right after the quote
// toks[i] of a passive naming (the town, called "the Crossroads" by its
// people; labeled as a "witch hunt" by Democrats): who calls it so.
func (d *doc) passiveAgent(toks []token, i int) (span, bool) {
	if i+2 >= len(toks) || !toks[i+1].is("by") {
		return span{}, false
	}
	return d.npAfter(toks, i+2, len(toks))
}

// copulaFrame returns the speech frame before an English quote that a
// form of be leads, in the same sentence: in `Jo Lee said, while the
// board is "divided," the plan stands`, the word in marks is hers; or nil.
func (d *doc) copulaFrame(toks []token, fs []frameAt, a, i int) *frame {
	if d.german {
		return nil
	}
	j := i - 1
	if j > a && (toks[j].is("not") || toks[j].isClass(cDeterminer)) {
		j--
	}
	if j <= a || !d.inSet(setCopula, toks[j].lower) {
		return nil
	}
	return speechFrameBefore(fs, j)
}

// speechFrameBefore returns the last speech frame that names its source
// and ends by the token at i, within maxContent tokens, or nil. It looks
// at a few frames only, found by binary search: the scan stays linear.
func speechFrameBefore(fs []frameAt, i int) *frame {
	n := sort.Search(len(fs), func(j int) bool { return fs[j].hi > i })
	for j := n - 1; j >= 0 && n-j <= 4; j-- {
		fa := fs[j]
		if i-fa.hi > maxContent {
			return nil
		}
		if fa.f.class == "speech" && fa.f.source().named() {
			return fa.f
		}
	}
	return nil
}

// frameBefore returns the last English speech frame that names its source
// before a short quote toks[i] that no frame took, in the same sentence
// (toks up to b): in `Tom Hill said the vote went well, though the board
// was "split"`, the word is his. A title, a quote in title case and one
// that qualifies a noun after it (the "big four" members) are names, not
// words said; or nil.
func (d *doc) frameBefore(toks []token, fs []frameAt, b, i int) *frame {
	if d.german || d.isTitle(toks, i) || d.titleCase(d.qs[toks[i].q]) || i+1 < b && toks[i+1].kind == tWord && !toks[i+1].upper {
		return nil
	}
	return speechFrameBefore(fs, i)
}

// askedWithin gives the quotes of a question that a German clause of
// dass reports as asked (…, dass Weber die Frau gefragt habe, was sie
// „…“ und ob sie „…“ habe) to the asker, the subject of the dass clause,
// and records the question as his words: the annotators give it to him,
// and the whole dass clause to the source that reports it. first is
// where the paragraph's results start in d.results.
func (d *doc) askedWithin(toks []token, first, pi int) {
	n := len(d.results)
	var f *frame
	var asked map[int]*frame // the quotes asked, by index into d.qs, and their asker
	lastComma := -1
	for i := range toks {
		if toks[i].kind != tQuote {
			continue
		}
		c, k, np, ok := d.questionAsked(toks, i)
		if !ok {
			continue
		}
		if c != lastComma { // a new question (lastComma starts at -1, no comma)
			f = d.newFrame(frame{class: "speech", rule: "asked-within", para: pi, mention: d.tokSpan(toks, np), cue: d.tokSpan(toks, span{k, k + 1})})
			f.cueText = d.text(f.cue)
			// before the last frame, which stays the source a report in
			// the subjunctive after it goes on from: the asker reports
			// nothing more
			d.frames = slices.Insert(d.frames, max(len(d.frames)-1, 0), f)
			d.addQuestion(toks, c+1, f)
			lastComma = c
		}
		if asked == nil {
			asked = map[int]*frame{} // rare: only a paragraph with such a question pays for it
		}
		asked[toks[i].q] = f
	}
	if asked == nil {
		return
	}
	for _, r := range d.results[first:n] { // once, so that many questions stay linear
		if g := asked[r.qi]; g != nil && r.kind == quotes.Direct && r.f != nil {
			r.f, r.rule = g, "asked-within"
		}
	}
}

// questionAsked reports whether the German quote at toks[i] stands in a
// question after a comma (c) that follows a cue of asking (k), perfect
// or not, in a clause of dass with a subject of its own (np): dass Weber
// die Frau gefragt habe, was sie „…“.
func (d *doc) questionAsked(toks []token, i int) (c, k int, np span, ok bool) {
	c = i - 1
	for c > 0 && i-c < 16 && !toks[c].isComma() && !toks[c].isPunct(".;:!?") {
		c--
	}
	if c < 2 || !toks[c].isComma() || toks[c+1].kind != tWord || !d.inSet(setQuestion, toks[c+1].lower) {
		return 0, 0, span{}, false
	}
	k = c - 1
	if toks[k].isClass(cAux) {
		k-- // gefragt habe
	}
	if !d.inSet(setAsks, toks[k].lower) {
		return 0, 0, span{}, false
	}
	s := k - 1
	for s > 0 && k-s < 10 && toks[s].kind == tWord && !toks[s].is("dass") {
		s--
	}
	if s < 0 || !toks[s].is("dass") { // s < 0: the cue opens the paragraph (Fragte habe, was …)
		return 0, 0, span{}, false
	}
	np, ok = d.npAfter(toks, s+1, k)
	if !ok || !d.nominative(toks, np) || toks[np.s].isClass(cDeterminer) && !d.namesSomeone(toks, np) {
		return 0, 0, span{}, false
	}
	return c, k, np, true
}

// addQuestion records the question that opens at toks[q] as said by f,
// to its sentence's end, with its quotes as parts.
func (d *doc) addQuestion(toks []token, q int, f *frame) {
	e := q
	for e < len(toks) && !toks[e].isPunct(".;!?") {
		e++
	}
	c := span{q, e}
	res := d.newResult(result{kind: quotes.Indirect, content: d.tokSpan(toks, c), qi: -1, f: f, rule: "asked-within", chain: -1})
	for j := c.s; j < c.e; j++ {
		if toks[j].kind == tQuote {
			res.kind = quotes.Mixed
			res.parts = append(res.parts, span{d.qs[toks[j].q].s, d.qs[toks[j].q].e})
		}
	}
	d.results = append(d.results, res)
}
