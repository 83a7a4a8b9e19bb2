package extract

import (
	"strings"
	"unicode"

	"saidwho/quotes"
)

// frameAt is a frame with its place among a sentence's tokens.
type frameAt struct {
	f        *frame
	lo, hi   int // tokens the frame takes: source, cue, addressee, adverbials
	inverted bool
	right    int // first token of content after the frame, -1 if none
}

// attribute finds the frames of every sentence and attributes each quote.
func (d *doc) attribute() {
	qi := 0
	var last *result // the last attributed result of the previous paragraph
	leadIn := false  // the previous paragraph ended on a colon after a frame
	for pi, p := range d.paras {
		toks := d.tokenize(p, qi)
		d.toks = toks
		d.collectNames(toks, pi)
		for qi < len(d.qs) && d.qs[qi].para == pi {
			qi++
		}
		first := len(d.results)
		var lastFrame *frame
		sents := d.sentences(toks)
		for _, s := range sents {
			if f := d.sentence(toks, s.s, s.e, pi); f != nil {
				lastFrame = f
			}
		}
		if n := len(sents); n > 0 && len(toks) > 0 && d.isPunct(toks[len(toks)-1], ":") {
			if f := d.leadInFrame(toks, sents[n-1], pi); f != nil {
				lastFrame = f // Mayor Tomas Vale was blunt:
			}
		}
		d.continueInParagraph(d.results[first:], last, leadIn)
		if len(toks) > 0 {
			leadIn = lastFrame != nil && d.isPunct(toks[len(toks)-1], ":")
		}
		last = nil
		for _, res := range d.results[first:] {
			if res.f != nil {
				last = res
			}
		}
		if leadIn && lastFrame != nil {
			last = &result{f: lastFrame, rule: "colon-lead-in"}
		}
	}
	d.continueChains()
	if len(d.labels) == 0 {
		return
	}
	byQuote := make(map[int]*frame, len(d.labels))
	for _, l := range d.labels {
		byQuote[l.qi] = l.f
	}
	for _, res := range d.results {
		if f := byQuote[res.qi]; f != nil && res.kind == quotes.Direct {
			res.f, res.rule = f, "transcript" // the label names the speaker
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
	np, ok := d.npAfter(toks, s.s, s.e)
	if !ok || !d.properOrPronoun(toks, np) || np.e >= s.e-1 {
		return nil
	}
	colon := toks[s.e-1]
	f := &frame{class: "speech", rule: "colon-lead-in", para: pi, mention: d.tokSpan(toks, np), cue: span{colon.s, colon.e}}
	f.cueText = d.text(f.cue)
	d.frames = append(d.frames, f)
	return f
}

// sentences splits a paragraph's tokens at sentence ends: . ! ? before a
// capital, a digit or a quote, and after a quote that ends a sentence
// inside its marks.
func (d *doc) sentences(toks []token) []span {
	var out []span
	start := 0
	for i := range toks {
		if i+1 == len(toks) {
			break
		}
		next := toks[i+1]
		startsSentence := next.kind == tQuote || next.kind == tWord && (next.upper || unicode.IsDigit(d.r[next.s])) || next.is("(")
		if !startsSentence {
			continue
		}
		t := toks[i]
		end := t.kind == tPunct && strings.Contains(".!?…", t.lower)
		if end && d.german && t.lower == "." && i > 0 && toks[i-1].kind == tWord && unicode.IsDigit(d.r[toks[i-1].s]) {
			end = false // am 3. Juni: an ordinal, not a sentence end
		}
		if t.kind == tQuote {
			end = d.quoteEndsSentence(t)
		}
		if end {
			out = append(out, span{start, i + 1})
			start = i + 1
		}
	}
	if start < len(toks) {
		out = append(out, span{start, len(toks)})
	}
	return out
}

// quoteEndsSentence reports whether a quote's content ends with . ! or ?.
func (d *doc) quoteEndsSentence(t token) bool {
	q := d.qs[t.q]
	e := trimEnd(d.r, q.s, q.e)
	for e > q.s && isQuoteChar(d.r[e-1]) {
		e--
	}
	return e > q.s && strings.ContainsRune(".!?…", d.r[e-1])
}

// sentence finds the frames of the sentence toks[a:b], attributes the
// quotes and content around them, and returns the last frame.
func (d *doc) sentence(toks []token, a, b, pi int) *frame {
	d.sentNo++
	d.transcriptLabels(toks, a, b, pi)
	fs := d.findFrames(toks, a, b, pi)
	if len(fs) > 0 {
		d.lastReport = d.sentNo
	}
	covered := map[int]bool{}
	for i, fa := range fs {
		prevHi, nextLo := a, b
		if i > 0 {
			prevHi = fs[i-1].hi
		}
		if j := d.nextOuter(toks, fs, i); j < len(fs) {
			nextLo = fs[j].lo
		}
		hasLeft := false
		if c, ok := d.leftContent(toks, fa, prevHi); ok && (fa.right < 0 || d.hasQuote(toks, c)) {
			d.addContent(toks, c, fa.f, "before-"+fa.f.rule, covered)
			hasLeft = true
		}
		if fa.right >= 0 && fa.right < nextLo && (!hasLeft || toks[fa.right].kind == tQuote || toks[fa.right-1].is("that")) {
			d.addContent(toks, span{fa.right, nextLo}, fa.f, "after-"+fa.f.rule, covered)
		}
	}
	standalone, hasQuote := true, false
	for i := a; i < b; i++ {
		standalone = standalone && toks[i].kind != tWord
		hasQuote = hasQuote || toks[i].kind == tQuote
	}
	if len(fs) == 0 && !hasQuote {
		if f := d.reportedFrame(toks, a, b, pi, true); f != nil {
			// Der Zug habe nicht weiterfahren können: German reported
			// speech goes on in the subjunctive
			d.addContent(toks, d.subjunctiveClause(toks, a, b), f, "subjunctive", covered)
			d.lastReport = d.sentNo
		}
	}
	for i := a; i < b; i++ {
		if toks[i].kind != tQuote || covered[i] {
			continue
		}
		q := d.qs[toks[i].q]
		if f := d.reportedFrame(toks, a, b, pi, false); f != nil {
			d.addContent(toks, span{a, b}, f, "subjunctive", covered)
			if covered[i] {
				continue
			}
		}
		if f := d.punctFrame(toks, a, b, i, pi); f != nil {
			d.frames = append(d.frames, f)
			d.results = append(d.results, &result{kind: quotes.Direct, content: span{q.s, q.e}, qi: toks[i].q, f: f, rule: f.rule, chain: q.chain})
			continue
		}
		rule := "embedded"
		switch {
		case standalone:
			rule = "standalone"
		case d.looksLikeFragment(q) && !d.isTitle(toks, i):
			rule = "fragment"
			if f := d.subjectFrame(toks, a, i, pi); f != nil {
				d.results = append(d.results, &result{kind: quotes.Direct, content: span{q.s, q.e}, qi: toks[i].q, f: f, rule: rule, chain: q.chain})
				continue
			}
		}
		d.results = append(d.results, &result{kind: quotes.Direct, content: span{q.s, q.e}, qi: toks[i].q, rule: rule, chain: q.chain})
	}
	if len(fs) == 0 {
		return nil
	}
	return fs[len(fs)-1].f
}

// transcriptLabels handles quoted transcript lines, "WALLACE: Let's
// start …": the capitalised label before the colon is the speaker, and the
// quote is what follows it.
func (d *doc) transcriptLabels(toks []token, a, b, pi int) {
	for i := a; i < b; i++ {
		if toks[i].kind != tQuote {
			continue
		}
		q := &d.qs[toks[i].q]
		j := q.s
		for j < q.e && j-q.s < 30 && (unicode.IsUpper(d.r[j]) || d.r[j] == ' ' || d.r[j] == '.' || d.r[j] == '-' || d.r[j] == '\'') {
			j++
		}
		if j-q.s < 2 || j+1 >= q.e || d.r[j] != ':' || !unicode.IsSpace(d.r[j+1]) || !unicode.IsUpper(d.r[q.s+1]) {
			continue
		}
		f := &frame{class: "speech", rule: "transcript", para: pi, mention: span{q.s, j}, cue: span{j, j + 1}}
		f.cueText = ":"
		d.frames = append(d.frames, f)
		q.s = j + 2 // the words after the label
		d.labels = append(d.labels, labelled{qi: toks[i].q, f: f})
	}
}

// reportedFrame returns the frame a German sentence in the subjunctive
// (Konjunktiv I: er sei, sie habe) continues: the last frame of this or the
// previous paragraph.
func (d *doc) reportedFrame(toks []token, a, b, pi int, adjacent bool) *frame {
	if !d.german || len(d.frames) == 0 {
		return nil
	}
	f := d.frames[len(d.frames)-1]
	if f.para < pi-1 || adjacent && d.lastReport < d.sentNo-1 {
		return nil // reported speech without quotes continues only the sentence before
	}
	for _, t := range toks[a:b] {
		if t.cls&cSubjunctive != 0 {
			return f
		}
	}
	return nil
}

// subjunctiveClause returns the clause, between commas, that holds the
// sentence's first subjunctive verb.
func (d *doc) subjunctiveClause(toks []token, a, b int) span {
	c := span{a, b}
	v := a
	for v < b && toks[v].cls&cSubjunctive == 0 {
		v++
	}
	for i := v - 1; i > a; i-- {
		if d.isPunct(toks[i], ",;:") {
			c.s = i + 1
			break
		}
	}
	for i := v + 1; i < b; i++ {
		if d.isPunct(toks[i], ";") {
			c.e = i
			break
		}
	}
	return c
}

// subjectFrame makes a frame of the subject that opens the sentence, for a
// quoted fragment in a sentence without a cue: in "Mr. Ryan laid out a
// vision for "a reformed tax code"", the words are Mr. Ryan's.
func (d *doc) subjectFrame(toks []token, a, i, pi int) *frame {
	for a < i && (toks[a].kind == tPunct || d.isClass(toks[a], cAdverb|cClause)) {
		a++
	}
	np, ok := d.npAfter(toks, a, i)
	if !ok || np.e >= i || !(d.properOrPronoun(toks, np) || d.isClass(toks[np.s], cDeterminer)) {
		return nil
	}
	if d.german && !d.nominative(toks, np) {
		return nil
	}
	f := &frame{class: "speech", rule: "subject", para: pi, mention: d.tokSpan(toks, np)}
	d.frames = append(d.frames, f)
	return f
}

// looksLikeFragment tells a quoted fragment of someone's words from a scare
// quote or a title: four words or more (in German, where nouns are
// capitalised, it must also start in lower case).
func (d *doc) looksLikeFragment(q qspan) bool {
	words := 1
	for _, c := range d.r[q.s:q.e] {
		if c == ' ' {
			words++
		}
	}
	return words >= 4 && (!d.german || q.e > q.s && unicode.IsLower(d.r[q.s])) && !d.titleCase(q)
}

// titleCase reports whether every word of four letters or more in a quote
// is capitalised, as in titles and slogans ("Orange Is the New Black",
// "Make America Great Again"); German capitalises nouns, so not there.
func (d *doc) titleCase(q qspan) bool {
	if d.german {
		return false
	}
	long := 0
	for i := q.s; i < q.e; {
		if !unicode.IsLetter(d.r[i]) {
			i++
			continue
		}
		j := i
		for j < q.e && isWordRune(d.r[j]) {
			j++
		}
		if j-i >= 4 {
			if !unicode.IsUpper(d.r[i]) {
				return false
			}
			long++
		}
		i = j
	}
	return long > 0 && long <= 8
}

// punctFrame attributes a quote by punctuation alone: a dash and a name
// after it ("…" — Jane Doe), or a name before a colon (Jones: "…",
// Kasich resisted: "…").
func (d *doc) punctFrame(toks []token, a, b, i, pi int) *frame {
	f := &frame{class: "speech", para: pi}
	switch {
	case i+2 < b && d.isPunct(toks[i+1], "—–―-"):
		np, ok := d.npAfter(toks, i+2, b)
		if !ok || !d.properOrPronoun(toks, np) {
			return nil
		}
		f.mention, f.cue, f.rule = d.tokSpan(toks, np), span{toks[i+1].s, toks[i+1].e}, "dash"
	case i-2 >= a && d.isPunct(toks[i-1], ":"):
		j := i - 2
		if np, ok := d.npAfter(toks, a, b); d.german && ok && np.e < i-1 && d.nominative(toks, np) && !d.isClass(toks[a], cAdverb|cStop|cPrep) {
			f.mention = d.tokSpan(toks, np) // German: the clause's subject
		} else if toks[j].kind == tWord && toks[j].upper && !d.isClass(toks[j], cTime) {
			s, ok := d.npBackFrom(toks, a, j)
			if !ok {
				return nil
			}
			f.mention = d.tokSpan(toks, span{s, j + 1})
		} else {
			// Kasich resisted: "…"; A footnote in the report makes that clear: "…"
			np, ok := d.npAfter(toks, a, b)
			if !ok || np.e >= i-1 || i-1-np.e > 5 {
				return nil
			}
			for _, t := range toks[np.e : i-1] {
				if t.kind != tWord || t.upper {
					return nil
				}
			}
			f.mention = d.tokSpan(toks, np)
		}
		f.cue, f.rule = span{toks[i-1].s, toks[i-1].e}, "colon-name"
	default:
		return nil
	}
	f.cueText = d.text(f.cue)
	return f
}

// nextOuter returns the index of the first frame after fs[i] that is not
// nested in fs[i]'s content: in "X said Y believes Z", Y's frame is part of
// what X said, so X's content runs past it.
func (d *doc) nextOuter(toks []token, fs []frameAt, i int) int {
	j := i + 1
	if fs[i].right < 0 || fs[i].f.rule == "according-to" {
		return j // According to X, Y said …: Y's frame is the main one
	}
	for ; j < len(fs); j++ {
		if fs[j].f.rule == "participle" || fs[j].lo < fs[i].right {
			return j // "said X and added, …": a second frame, not a nested one
		}
		for _, t := range toks[fs[i].right:fs[j].lo] {
			if t.kind == tQuote || d.isPunct(t, ",;:—–―") {
				return j
			}
		}
	}
	return j
}

// leftContent returns the content a frame attributes before itself:
// "CONTENT, S said" or "CONTENT," said S.
func (d *doc) leftContent(toks []token, fa frameAt, prevHi int) (span, bool) {
	if fa.lo <= prevHi || fa.f.inherit != nil || fa.f.rule == "participle" {
		return span{}, false
	}
	before := toks[fa.lo-1]
	if before.kind == tQuote || d.isPunct(before, ",—–-") {
		return span{prevHi, fa.lo}, true
	}
	return span{}, false
}

// addContent records the statement in toks[c.s:c.e]: one direct quote, or
// a paraphrase with quoted parts (mixed). Content without quote marks
// (reported speech) is left to the indirect rules.
func (d *doc) addContent(toks []token, c span, f *frame, rule string, covered map[int]bool) {
	that := false // introduced by that or dass (or, in German, a comma)
	for c.s < c.e && (toks[c.s].kind == tPunct || toks[c.s].is("that") || toks[c.s].is("dass")) {
		that = that || toks[c.s].kind == tWord
		c.s++
	}
	if d.german && c.s > 0 && d.isPunct(toks[c.s-1], ",:") {
		that = true // sagte, er habe …
	}
	if c.s < c.e {
		c.s = d.skipLeadingAdverbial(toks, c)
	}
	for c.e > c.s && toks[c.e-1].kind == tPunct {
		c.e--
	}
	qt, words := d.quotesIn(toks, c)
	if len(qt) > 0 && allCovered(qt, covered) {
		return // an outer frame's content holds these quotes already
	}
	if len(qt) == 0 {
		d.addIndirect(toks, c, f, rule, words, that)
		return
	}
	if words > 0 {
		c = d.tightenMixed(toks, c, qt)
		qt, words = d.quotesIn(toks, c)
	}
	if words == 0 {
		for _, i := range qt {
			q := d.qs[toks[i].q]
			covered[i] = true
			d.results = append(d.results, &result{kind: quotes.Direct, content: span{q.s, q.e}, qi: toks[i].q, f: f, rule: rule, chain: q.chain})
		}
		return
	}
	res := &result{kind: quotes.Mixed, content: span{toks[c.s].s, toks[c.e-1].e}, qi: toks[qt[0]].q, f: f, rule: rule, chain: -1}
	for _, i := range qt {
		q := d.qs[toks[i].q]
		covered[i] = true
		res.parts = append(res.parts, span{q.s, q.e})
		if d.german {
			// German reports verbatim fragments inside reported speech
			// (Konjunktiv); each fragment is a quote of its speaker too.
			d.results = append(d.results, &result{kind: quotes.Direct, content: span{q.s, q.e}, qi: toks[i].q, f: f, rule: rule, chain: q.chain})
		}
	}
	d.results = append(d.results, res)
}

func allCovered(qt []int, covered map[int]bool) bool {
	for _, i := range qt {
		if !covered[i] {
			return false
		}
	}
	return true
}

// hasPunct reports whether toks[i:j] holds punctuation or a quote.
func (d *doc) hasPunct(toks []token, i, j int) bool {
	for ; i < j; i++ {
		if toks[i].kind != tWord {
			return true
		}
	}
	return false
}

// hasQuote reports whether toks[c] holds a quote.
func (d *doc) hasQuote(toks []token, c span) bool {
	for _, t := range toks[c.s:c.e] {
		if t.kind == tQuote {
			return true
		}
	}
	return false
}

// addIndirect records reported speech: content without quote marks, after
// a cue that reports a clause.
func (d *doc) addIndirect(toks []token, c span, f *frame, rule string, words int, that bool) {
	if words < 2 || c.e <= c.s {
		return
	}
	first := toks[c.s]
	before := strings.HasPrefix(rule, "before-")
	switch {
	case before && (words < 3 || d.isClass(first, cPrep|cClause|cSubordinator|cStop|cAdverb)):
		return // a fronted phrase, not content: "In an interview, he said"
	case d.german && (before || rule == "subjunctive" || f.rule == "according-to"):
	case d.german && !that:
		return // bestätigte die Meldung: an object; German reports after a comma or dass
	case that:
	case !f.reports:
		return // "explained his reasoning": an object, not a statement
	case !(d.isClass(first, cPronoun|cDeterminer|cQuantifier) || first.upper || unicode.IsDigit(d.r[first.s]) || first.is("there")):
		return // a clause starts with its subject
	case !before && !d.looksLikeClause(toks, c):
		return // "claimed a victory": an object
	}
	c = d.clauseOnly(toks, c)
	if c.e <= c.s {
		return
	}
	d.results = append(d.results, &result{kind: quotes.Indirect, content: span{toks[c.s].s, toks[c.e-1].e}, qi: -1, f: f, rule: rule, chain: -1})
}

// looksLikeClause reports whether content after a cue reads as a clause
// rather than an object: a pronoun subject, or a finite verb (would, is,
// has, -ed) among its first words.
func (d *doc) looksLikeClause(toks []token, c span) bool {
	if d.isClass(toks[c.s], cPronoun) || toks[c.s].cls&cPronoun != 0 {
		return true
	}
	for i := c.s + 1; i < c.e && i < c.s+8; i++ {
		t := toks[i]
		if t.kind != tWord {
			if d.isPunct(t, ",;:") {
				return false
			}
			continue
		}
		if d.isClass(t, cFinite) || strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "n't") ||
			strings.HasSuffix(t.lower, "'s") && !isPossessive(t.lower) || strings.HasSuffix(t.lower, "’s") && !isPossessive(t.lower) {
			return true
		}
	}
	return false
}

// clauseOnly trims reported content to its first clause: it ends before a
// comma (", even as …", ", which …", ", adding"), a semicolon, a dash or a
// parenthesis.
func (d *doc) clauseOnly(toks []token, c span) span {
	for i := c.s + 1; i < c.e; i++ {
		t := toks[i]
		if d.isPunct(t, ";—–―(,") {
			c.e = i
			break
		}
	}
	for c.e > c.s && toks[c.e-1].kind == tPunct {
		c.e--
	}
	return c
}

// quotesIn lists the quote tokens in toks[c] that are statements, and
// counts the other words; a title after a possessive (CNN's "State of the
// Union") counts as a word.
func (d *doc) quotesIn(toks []token, c span) (qt []int, words int) {
	for i := c.s; i < c.e; i++ {
		switch {
		case toks[i].kind == tQuote && !d.isTitle(toks, i):
			qt = append(qt, i)
		case toks[i].kind != tPunct:
			words++
		}
	}
	return qt, words
}

// isTitle reports whether the quote toks[i] names a work rather than
// quoting a statement: it follows a possessive (NBC's "Today").
func (d *doc) isTitle(toks []token, i int) bool {
	if i == 0 || toks[i-1].kind != tWord {
		return false
	}
	q := d.qs[toks[i].q]
	if d.headlineOf(q.para) {
		return false
	}
	if isPossessive(toks[i-1].lower) {
		return true
	}
	// a short capitalised name right after an article, a preposition or a
	// noun: the "Wagner group", der Zeitung „Hoy Bolivia“
	p := toks[i-1]
	before := d.isClass(p, cDeterminer|cPrep) || p.upper && i > 1 && toks[i-2].kind == tWord
	return before && d.looksLikeName(q)
}

// looksLikeName reports whether a quote's content reads as a name: at most
// five words, starting with a capital, with no sentence punctuation.
func (d *doc) looksLikeName(q qspan) bool {
	if q.e <= q.s || !unicode.IsUpper(d.r[q.s]) {
		return false
	}
	words := 1
	for _, c := range d.r[q.s:q.e] {
		switch {
		case c == ' ':
			words++
		case strings.ContainsRune(",.!?;", c):
			return false
		}
	}
	return words <= 5
}

// headlineOf caches headline for the paragraph being read.
func (d *doc) headlineOf(pi int) bool {
	if d.headPara != pi+1 {
		d.headPara, d.isHead = pi+1, d.headline(pi)
	}
	return d.isHead
}

// headline reports whether paragraph pi is written in title case, as
// headlines are: most of its words are capitalised.
func (d *doc) headline(pi int) bool {
	p := d.paras[pi]
	words, caps := 0, 0
	for i := p.s; i < p.e && words < 40; i++ {
		if isWordRune(d.r[i]) && (i == p.s || !isWordRune(d.r[i-1])) {
			words++
			if unicode.IsUpper(d.r[i]) {
				caps++
			}
		}
	}
	return words > 2 && caps*10 >= words*7
}

// tightenMixed narrows the content of a paraphrase with quoted parts: it
// starts after a colon that introduces a quote (added: "…") and ends with
// the clause of its last quote (… "a prayer" for the nominee, but did not …).
func (d *doc) tightenMixed(toks []token, c span, qt []int) span {
	for i := c.s; i < qt[len(qt)-1]; i++ {
		if d.isPunct(toks[i], ":") && toks[i+1].kind == tQuote {
			c.s = i + 1
		}
	}
	last := qt[len(qt)-1]
	for i := last + 1; i < c.e; i++ {
		t := toks[i]
		if d.isPunct(t, ",;—–(:") || d.isClass(t, cClause) && !t.upper {
			c.e = i
			break
		}
	}
	return c
}

// skipLeadingAdverbial moves the start of content past an opening phrase
// that ends in a comma before any quote: "In the talks, Macron expressed …".
func (d *doc) skipLeadingAdverbial(toks []token, c span) int {
	t := toks[c.s]
	if !(d.isClass(t, cPrep) || d.isClass(t, cTime)) {
		return c.s
	}
	for i := c.s + 1; i < c.e && i-c.s < 8; i++ {
		switch {
		case toks[i].kind == tQuote:
			return c.s
		case d.isPunct(toks[i], ","):
			if i+1 < c.e {
				return i + 1
			}
			return c.s
		}
	}
	return c.s
}

// findFrames finds the attribution frames of the sentence toks[a:b].
func (d *doc) findFrames(toks []token, a, b, pi int) []frameAt {
	var fs []frameAt
	for k := a; k < b; k++ {
		fa, ok := d.frameAt(toks, a, b, k, fs)
		if !ok {
			continue
		}
		fa.f.para = pi
		if len(fs) > 0 && fa.lo < fs[len(fs)-1].hi {
			continue // overlaps the previous frame
		}
		if n := len(fs); n > 0 && fa.f.rule == "according-to" && fa.lo-fs[n-1].hi <= 2 && !d.hasPunct(toks, fs[n-1].hi, fa.lo) && fs[n-1].f.channel == "" {
			// sagte Rech laut einer Pressemitteilung: the channel of that frame
			fs[n-1].f.channel = d.text(fa.f.mention)
			k = fa.hi - 1
			continue
		}
		if fa.f.channel == "" {
			fa.f.channel = d.channelAfter(toks, fa.hi, b)
		}
		if n := len(fs); n > 0 && fs[n-1].f.rule == "according-to" && (fs[n-1].right < 0 || fs[n-1].right >= fa.lo) && fa.f.channel == "" {
			// According to the Kremlin website, Putin told Macron: …
			fa.f.channel = d.text(fs[n-1].f.mention)
		}
		fs = append(fs, fa)
		d.frames = append(d.frames, fa.f)
		k = fa.hi - 1
	}
	return fs
}

// frameAt returns the frame whose cue is toks[k], if there is one: a cue
// of the lexicon, or any verb in the layout "QUOTE," NAME VERB.
func (d *doc) frameAt(toks []token, a, b, k int, prev []frameAt) (frameAt, bool) {
	if k == a {
		if fa, ok := d.nameColon(toks, a, b); ok {
			return fa, true
		}
	}
	ce, class, ok := d.cueAt(toks, k, b)
	if !ok || !d.cueCanStart(toks, a, k) {
		return d.quoteThenVerb(toks, b, k)
	}
	fa, ok := d.frameFor(toks, a, b, k, ce, class, prev)
	if !ok {
		return fa, false
	}
	fa.f.class = className(class)
	fa.f.reports = class&cReports != 0
	fa.f.cue = span{toks[k].s, toks[ce-1].e}
	fa.f.cueText = d.text(fa.f.cue)
	return fa, true
}

// nameColon finds a sentence that opens with a name and a colon, as
// headlines do: `Graham: Trump's 'Hateful Rhetoric' Destroying GOP`.
func (d *doc) nameColon(toks []token, a, b int) (frameAt, bool) {
	np, ok := d.npAfter(toks, a, b)
	if !ok || np.e+1 >= b || np.e-np.s > 4 || !d.isPunct(toks[np.e], ":") || !d.allCapitalised(toks, np) {
		return frameAt{}, false
	}
	if _, _, cue := d.cueAt(toks, np.e-1, b); cue || d.isClass(toks[np.s], cTime|cDeterminer) {
		return frameAt{}, false
	}
	f := &frame{class: "speech", rule: "colon-name", mention: d.tokSpan(toks, np)}
	f.cue = span{toks[np.e].s, toks[np.e].e}
	f.cueText = d.text(f.cue)
	return frameAt{f: f, lo: a, hi: np.e + 1, right: np.e + 1}, true
}

// quoteThenVerb finds `"…," NAME VERB.` and `"…," VERB NAME.` with a verb
// the lexicon lacks (gushed, sniffed): right after a quote that ends on a
// comma, ? or !, a source and a verb that closes the clause.
func (d *doc) quoteThenVerb(toks []token, b, k int) (frameAt, bool) {
	if d.german && k > 1 && d.isPunct(toks[k-1], ",") && toks[k-2].kind == tQuote {
		// „…“, sagte er: German puts the comma after the closing mark
	} else if k == 0 || toks[k-1].kind != tQuote || !d.quoteEndsOpen(toks[k-1]) {
		return frameAt{}, false
	}
	closes := func(j int) bool {
		return j >= b || toks[j].kind == tPunct || d.isClass(toks[j], cPrep) || d.isClass(toks[j], cTime)
	}
	isVerb := func(t token) bool {
		return t.kind == tWord && !t.upper && !d.isClass(t, cStop) && !d.isClass(t, cDeterminer) && !d.isClass(t, cPronoun) && !d.isClass(t, cAdverb)
	}
	f := &frame{class: "speech"}
	if np, ok := d.npAfter(toks, k, b); ok && np.e < b && isVerb(toks[np.e]) && !d.isCue(toks[np.e]) && closes(np.e+1) && np.e-np.s <= 4 {
		f.mention, f.rule = d.tokSpan(toks, np), "quote-name-verb"
		f.cue = d.tokSpan(toks, span{np.e, np.e + 1})
		f.cueText = d.text(f.cue)
		return frameAt{f: f, lo: k, hi: np.e + 1, right: d.contentAfter(toks, np.e+1, b, false)}, true
	}
	if d.german && k+1 < b && toks[k].kind == tWord && !toks[k].upper {
		if np, ok := d.npAfter(toks, k+1, b); ok && d.properOrPronoun(toks, np) {
			f.mention, f.rule = d.tokSpan(toks, np), "quote-verb-name"
			cue := k
			for j := np.e; j < b; j++ {
				if d.isCue(toks[j]) {
					cue = j // hatte X … erklärt
					break
				}
			}
			f.cue = d.tokSpan(toks, span{cue, cue + 1})
			f.cueText = d.text(f.cue)
			return frameAt{f: f, lo: k, hi: np.e, right: -1, inverted: true}, true
		}
	}
	if isVerb(toks[k]) && k+1 < b {
		if np, ok := d.npAfter(toks, k+1, b); ok && closes(np.e) && toks[k+1].upper && np.e-np.s <= 4 {
			f.mention, f.rule = d.tokSpan(toks, np), "quote-verb-name"
			f.cue = d.tokSpan(toks, span{k, k + 1})
			f.cueText = d.text(f.cue)
			return frameAt{f: f, lo: k, hi: np.e, right: -1, inverted: true}, true
		}
	}
	return frameAt{}, false
}

// quoteEndsOpen reports whether a quote's content ends with a comma, ? or
// ! or a dash: the sentence goes on to its attribution.
func (d *doc) quoteEndsOpen(t token) bool {
	q := d.qs[t.q]
	e := trimEnd(d.r, q.s, q.e)
	for e > q.s && isQuoteChar(d.r[e-1]) {
		e--
	}
	return e > q.s && strings.ContainsRune(",?!—–-", d.r[e-1])
}

// cueCanStart rules out cue words used as nouns or infinitives: "a call",
// "to say".
func (d *doc) cueCanStart(toks []token, a, k int) bool {
	if toks[k].upper && k > a && !d.german {
		return false // a name or title: Call, Post
	}
	if k == a {
		return true
	}
	p := toks[k-1]
	if p.cls&cPassive != 0 && !d.german {
		// was told, were asked: the subject is the addressee; but is
		// saying, was telling are progressive
		return strings.HasSuffix(toks[k].lower, "ing")
	}
	if strings.HasSuffix(toks[k].lower, "ing") && !d.german && !d.isPunct(p, ",—–(") && !toks[k].is("according") && !d.isClass(p, cPrep|cClause|cAdverb) {
		// "the front-runner acknowledging that" is no frame, but "signs
		// saying, "…"" and "Clinton asking, "…"" introduce a quote
		j := d.skipAdverbials(toks, k+1, len(toks))
		return j < len(toks) && (toks[j].kind == tQuote || d.isPunct(toks[j], ",:") && j+1 < len(toks) && toks[j+1].kind == tQuote)
	}
	return !(p.is("to") || p.is("the") || p.is("a") || p.is("an") || p.is("his") || p.is("her") || p.is("their") || p.is("its") || p.is("zu"))
}

// frameFor builds the frame of the cue toks[k:ce]: its source before it
// (S said), after it (said S; according to S) or borrowed (, saying).
func (d *doc) frameFor(toks []token, a, b, k, ce int, cls class, prev []frameAt) (frameAt, bool) {
	cue := toks[k]
	afterBoundary := k == a || toks[k-1].kind == tQuote || d.isPunct(toks[k-1], ",—–-:(")
	f := &frame{}
	fa := frameAt{f: f, lo: k, hi: ce, right: -1}
	switch {
	case cue.lower == "citing" || cls&cPrepcue == 0 && strings.HasSuffix(cue.lower, "ing") && k > a && d.isPunct(toks[k-1], ","):
		return d.participle(toks, a, b, k, ce, prev)
	case k > a && (toks[k-1].is("and") || toks[k-1].is("but") || toks[k-1].is("und")):
		return d.participle(toks, a, b, k, ce, prev)
	case cue.lower == "zufolge":
		// Ermittlungen der Polizei zufolge wollte …: the source comes first
		np, _, ok := d.npBefore(toks, a, k)
		if !ok {
			return fa, false
		}
		f.mention, f.rule = d.tokSpan(toks, np), "according-to"
		fa.lo, fa.right = np.s, d.skipToContent(toks, ce, b, false)
		if ce < b && d.isPunct(toks[ce], ",") {
			fa.right = ce + 1
		}
	case cls&cPrepcue != 0:
		if cue.lower == "so" && !d.soAttributes(toks, a, b, k) {
			return fa, false
		}
		np, ok := d.npAfter(toks, ce, b)
		if !ok {
			return fa, false
		}
		f.mention, f.rule = d.tokSpan(toks, np), "according-to"
		fa.hi, fa.inverted = np.e, true
		switch {
		case d.opensClause(toks, a, k):
			// According to X, CONTENT
			j := np.e
			if j < b && d.isPunct(toks[j], ",") {
				j++
			}
			if j < b {
				fa.right = j
			}
		case cue.lower != "so" && !afterBoundary:
			fa.right = d.skipToContent(toks, np.e, b, false)
		}
	default:
		if fa2, ok := d.verbFrame(toks, a, b, k, ce, afterBoundary); ok {
			return fa2, true
		}
		return fa, false
	}
	return fa, true
}

// soAttributes tells the German attribution "„…“, so der Sprecher." from
// the adverb so: it follows a comma after a quote, or its source ends the
// sentence.
func (d *doc) soAttributes(toks []token, a, b, k int) bool {
	if k < a+2 || !d.isPunct(toks[k-1], ",") {
		return false
	}
	if toks[k-2].kind == tQuote {
		return true
	}
	np, ok := d.npAfter(toks, k+1, b)
	return ok && (np.e == b || np.e == b-1 && toks[b-1].kind == tPunct)
}

// opensClause reports whether only connectives and punctuation stand
// before toks[k] in its sentence: "However, according to X, …".
func (d *doc) opensClause(toks []token, a, k int) bool {
	for _, t := range toks[a:k] {
		if t.kind == tQuote || t.kind == tWord && !d.isClass(t, cAdverb|cStop|cClause) && !strings.HasSuffix(t.lower, "ly") {
			return false
		}
	}
	return true
}

// verbFrame handles a reporting verb: "S said", "said S", "sagte S".
func (d *doc) verbFrame(toks []token, a, b, k, ce int, afterBoundary bool) (frameAt, bool) {
	f := &frame{}
	fa := frameAt{f: f, lo: k, hi: ce, right: -1}
	if d.german {
		return d.germanVerbFrame(toks, a, b, k, ce, afterBoundary)
	}
	if afterBoundary && k-1 > a && d.isPunct(toks[k-1], ",") && toks[k-2].kind != tQuote {
		// Kasich, a Republican who …, said: an appositive subject comes first
		if np, role, ok := d.appositiveBefore(toks, a, k-1); ok {
			f.mention, f.rule, f.role = d.tokSpan(toks, np), "appositive", d.text(d.tokSpan(toks, role))
			fa.lo, fa.right = min(np.s, role.s), d.contentAfter(toks, ce, b, false)
			return fa, true
		}
	}
	if afterBoundary {
		if np, ok := d.npAfter(toks, ce, b); ok && (afterBoundary || d.properOrPronoun(toks, np)) && (d.german || d.inversionFits(toks, a, b, k, np)) {
			f.mention, f.rule = d.tokSpan(toks, np), "inverted"
			fa.hi, fa.inverted = np.e, true
			fa.right = d.contentAfter(toks, fa.hi, b, true)
			return fa, true
		}
	}
	if k == a {
		return fa, false
	}
	np, role, ok := d.npBefore(toks, a, k)
	if !ok {
		return fa, false
	}
	f.mention, f.rule = d.tokSpan(toks, np), "subject"
	fa.lo = np.s
	if role.e > role.s {
		f.role = d.text(d.tokSpan(toks, role))
		f.rule = "appositive"
		fa.lo = min(np.s, role.s) // the minister, Tomas Vale, said
	}
	hi := ce
	if d.isClass(toks[k], cTells) {
		if obj, ok := d.objectAfter(toks, ce, b); ok {
			f.addressee = d.text(d.tokSpan(toks, obj))
			hi = obj.e
		}
	}
	fa.hi = hi
	fa.right = d.contentAfter(toks, hi, b, false)
	if fa.right < 0 && fa.lo > a && d.isPunct(toks[fa.lo-1], ",") && hi+1 < b && d.isPunct(toks[hi], ",") {
		fa.right = hi + 1 // And, Kasich tells the crowd, he's been …
	}
	return fa, true
}

// germanVerbFrame finds the subject of a German cue verb. German puts the
// finite verb second: the subject opens the clause (Der Sprecher sagte),
// or, after a fronted phrase, follows the verb (In einem Interview sagte
// der Minister; „…“, sagte er). A verb-final clause (wie X sagte) has it
// before the verb.
func (d *doc) germanVerbFrame(toks []token, a, b, k, ce int, afterBoundary bool) (frameAt, bool) {
	f := &frame{}
	fa := frameAt{f: f, lo: k, hi: ce, right: -1}
	j := ce
	for j < b && (d.isClass(toks[j], cAdverb|cTime) || toks[j].is("sich")) {
		j++
	}
	after, afterOK := d.npAfter(toks, j, b)
	afterOK = afterOK && d.nominative(toks, after)
	before, role, beforeOK := d.npBefore(toks, a, k)
	if beforeOK {
		// a verb-final clause (wie X sagte,) ends at its verb; "Als
		// Begründung sagte ein Wissenschaftler" goes on after it
		final := ce >= b || toks[ce].kind == tPunct || d.isClass(toks[ce], cAux)
		opens := before.s == a || final && d.isClass(toks[before.s-1], cSubordinator) || toks[before.s-1].kind == tQuote || d.isPunct(toks[before.s-1], ":;")
		beforeOK = opens && !d.isClass(toks[before.s], cAdverb|cStop|cPrep)
		// "Besorgt äußerte sich der Vorsitzende": a lone fronted word that
		// names no one the article knows gives way to the subject after
		if beforeOK && afterOK && before.e-before.s == 1 && d.names[toks[before.s].lower] == "" && !d.isClass(toks[before.s], cPronoun) &&
			(d.isClass(toks[after.s], cDeterminer|cPronoun) || d.properOrPronoun(toks, after)) {
			beforeOK = false
		}
	}
	quotesSomeone := strings.HasPrefix(toks[k].lower, "zitiert") // X zitiert Y: X is the source
	if beforeOK && (quotesSomeone || !(afterOK && d.properOrPronoun(toks, after) && !d.properOrPronoun(toks, before))) {
		f.mention, f.rule = d.tokSpan(toks, before), "subject"
		if role.e > role.s {
			f.role, f.rule = d.text(d.tokSpan(toks, role)), "appositive"
		}
		fa.lo = before.s
		fa.right = d.contentAfter(toks, ce, b, false)
		return fa, true
	}
	if !afterOK {
		if np, ok := d.npAfter(toks, a, k); ok && np.e == k && d.nominative(toks, np) {
			f.mention, f.rule = d.tokSpan(toks, np), "subject"
			fa.lo = np.s
			fa.right = d.contentAfter(toks, ce, b, false)
			return fa, true
		}
		return fa, false
	}
	np := after
	if toks[np.s].is("es") && np.e+1 < b && d.isClass(toks[np.e], cPrep) {
		// heißt es in einer Mitteilung: the document is the source
		if doc, ok := d.npAfter(toks, np.e+1, b); ok {
			np = doc
		}
	}
	f.mention, f.rule = d.tokSpan(toks, np), "inverted"
	fa.hi, fa.inverted = np.e, true
	fa.right = d.contentAfter(toks, np.e, b, false)
	return fa, true
}

// nominative reports whether a German noun phrase can be a subject: not
// led by a dative or accusative article or pronoun (dem, den, ihn).
func (d *doc) nominative(toks []token, np span) bool {
	switch toks[np.s].lower {
	case "dem", "den", "einem", "einen", "ihm", "ihn", "ihnen", "uns", "mir", "mich", "des", "eines":
		return false
	}
	return true
}

// inversionFits checks an English "said S": right after a quote ("…,"
// said S), or with S closed by punctuation (But, said Solovey, "…").
func (d *doc) inversionFits(toks []token, a, b, k int, np span) bool {
	if k > a && toks[k-1].kind == tQuote || k > a+1 && toks[k-2].kind == tQuote {
		return true
	}
	return np.e >= b || toks[np.e].kind == tPunct
}

// participle handles ", saying …", ", citing …": the source is that of the
// frame before in the sentence, or the sentence's subject.
func (d *doc) participle(toks []token, a, b, k, ce int, prev []frameAt) (frameAt, bool) {
	f := &frame{rule: "participle"}
	fa := frameAt{f: f, lo: k, hi: ce, right: -1}
	for a < k && d.isClass(toks[a], cStop|cClause|cAdverb) {
		a++ // But Mr. Sanders …, saying
	}
	if len(prev) > 0 {
		f.inherit = prev[len(prev)-1].f
	} else if np, ok := d.npAfter(toks, a, k); ok {
		f.mention = d.tokSpan(toks, np)
	} else {
		return fa, false
	}
	hi := ce
	if d.isClass(toks[k], cTells) {
		if obj, ok := d.objectAfter(toks, ce, b); ok {
			f.addressee, hi = d.text(d.tokSpan(toks, obj)), obj.e
		}
	}
	fa.hi = hi
	fa.right = d.contentAfter(toks, hi, b, false)
	return fa, true
}

func (d *doc) properOrPronoun(toks []token, np span) bool {
	t := toks[np.s]
	return d.isClass(t, cPronoun) || t.upper && !d.isClass(t, cDeterminer)
}

// objectAfter finds the addressee of told/asked: a pronoun, a name or a
// plain noun phrase (reporters).
func (d *doc) objectAfter(toks []token, k, b int) (span, bool) {
	if k >= b || toks[k].kind != tWord {
		return span{}, false
	}
	if d.isClass(toks[k], cObject) {
		return span{k, k + 1}, true
	}
	t := toks[k]
	if d.isClass(t, cPrep) || d.isClass(t, cStop) || d.isClass(t, cTime) || d.isCue(t) || d.isClass(t, cAdverb) {
		return span{}, false
	}
	if !t.upper && !d.isClass(t, cDeterminer) {
		e := k + 1 // reporters, cheering supporters
		for e < b && e-k < 4 && toks[e].kind == tWord && !toks[e].upper && !d.isClass(toks[e], cStop|cPrep|cTime|cPronoun|cDeterminer|cClause) && !d.isCue(toks[e]) {
			e++
		}
		return span{k, e}, true
	}
	return d.npAfter(toks, k, b)
}

// contentAfter returns where the content after a frame starts, past
// adverbials (on Thursday, in a statement), or -1. After an inverted frame
// only a colon opens content (sagte er: „…“).
func (d *doc) contentAfter(toks []token, j, b int, inverted bool) int {
	return d.skipToContent(toks, j, b, inverted)
}

func (d *doc) skipToContent(toks []token, j, b int, colonOnly bool) int {
	j = d.skipAdverbials(toks, j, b)
	if j >= b {
		return -1
	}
	t := toks[j]
	switch {
	case d.isPunct(t, ":"):
		return j + 1
	case d.german && d.isPunct(t, ",") && j+1 < b && toks[j+1].kind != tPunct:
		return j + 1 // sagte, der Sohn habe …
	case colonOnly:
		return -1
	case d.isPunct(t, ",—–-"):
		if j+1 < b && (toks[j+1].kind == tQuote || toks[j+1].is("dass")) {
			return j + 1
		}
		// "Beck joked, again using a Southern accent, "Amen!"": an aside
		// between commas before the quote
		for i := j + 1; i+1 < b && i < j+14; i++ {
			if toks[i].kind == tQuote || d.isPunct(toks[i], ".;:!?") || d.isCue(toks[i]) {
				break
			}
			if d.isPunct(toks[i], ",") && toks[i+1].kind == tQuote {
				return i + 1
			}
		}
		return -1
	case t.kind == tQuote, t.is("that"), t.is("dass"):
		return j
	case t.kind == tWord && !d.isClass(t, cPrep) && !d.isCue(t):
		return j
	}
	return -1
}

// skipAdverbials skips phrases between a cue and its content: on Thursday,
// in a statement, in an interview with CNN, last week.
func (d *doc) skipAdverbials(toks []token, j, b int) int {
	start := j
	for j < b && j-start < 14 {
		t := toks[j]
		switch {
		case d.isClass(t, cTime) && !d.isCue(t), d.isClass(t, cAdverb) && !d.isCue(t) && !t.upper, t.kind == tWord && !t.upper && strings.HasSuffix(t.lower, "ly") && len(t.lower) > 4:
			j++
		case d.isClass(t, cPrep) && !t.upper:
			j++
			for j < b && toks[j].kind == tWord && !toks[j].is("that") && !(d.isCue(toks[j]) && strings.HasSuffix(toks[j].lower, "ing")) && (!d.isClass(toks[j], cPrep) || toks[j].upper) {
				j++
			}
		default:
			return j
		}
	}
	return j
}

// channelAfter returns the channel named in the adverbials after a frame:
// "in a statement", "on Twitter", "in an interview with CNN".
func (d *doc) channelAfter(toks []token, j, b int) string {
	for n := 0; j < b && n < 3; n++ {
		if !d.isClass(toks[j], cPrep) || toks[j].upper {
			return ""
		}
		switch toks[j].lower {
		case "in", "on", "via", "during", "through", "im", "auf", "bei":
		default:
			return "" // after a summit: not where it was said
		}
		k := j + 1
		for k < b && toks[k].kind == tWord && !toks[k].is("that") && !d.isCue(toks[k]) && (!d.isClass(toks[k], cPrep) || toks[k].upper || toks[k].is("with")) {
			k++
		}
		for i := j + 1; i < k; i++ {
			if d.isClass(toks[i], cChannel) {
				return d.text(d.tokSpan(toks, span{j + 1, k}))
			}
		}
		j = k
	}
	return ""
}

// tokSpan converts a token range into a rune span.
func (d *doc) tokSpan(toks []token, s span) span {
	return span{toks[s.s].s, toks[s.e-1].e}
}
