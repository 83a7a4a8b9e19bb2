package extract

import (
	"slices"
	"strings"
	"unicode"

	"saidwho/quotes"
)

// continueInParagraph gives a speaker to quotes that stand alone as a
// sentence: the nearest attributed statement before them in the paragraph,
// else the nearest after, else the previous paragraph's (when it led in
// with a colon or ended on an attributed quote). Two passes keep it linear.
func (d *doc) continueInParagraph(rs []*result, last *result, leadIn bool) {
	// in text order: an aside's words come after a quote that closes its
	// own sentence ("…a crowd." Perhaps, he said, …), though the aside is
	// found first
	byStart := func(x, y *result) int { return x.content.s - y.content.s }
	if !slices.IsSortedFunc(rs, byStart) {
		rs = slices.Clone(rs)
		slices.SortStableFunc(rs, byStart)
	}
	next := make([]*result, len(rs)) // nearest attributed quote after each
	var n *result
	for i := len(rs) - 1; i >= 0; i-- {
		next[i] = n
		if rs[i].f != nil && rs[i].qi >= 0 {
			n = rs[i]
		}
	}
	var prev, reported *result // reported: the nearest statement before, quoted or not
	for i, res := range rs {
		if res.f == nil && res.rule == "fragment" {
			// a quoted fragment in a sentence without a cue: most likely
			// the words of the speaker quoted nearest
			switch {
			case prev != nil:
				res.f = prev.f
			case reported != nil && !d.german:
				res.f = reported.f
			case next[i] != nil:
				res.f = next[i].f
			}
		}
		if res.f == nil && res.rule == "standalone" && d.qs[res.qi].chain == res.qi {
			switch {
			case prev != nil && !d.laterReport(prev, reported):
				res.f, res.rule = prev.f, "continuation"
				if prev.goesOn != nil {
					res.f = prev.goesOn // Lee said it was "…," she said. "…": the second frame's
				}
			case reported != nil:
				// Paul Weber sagte, dass … „…“ Er fuhr fort: „…“: the source
				// named before outranks the pronoun after
				res.f, res.rule = reported.f, "continuation"
			case next[i] != nil:
				res.f, res.rule = next[i].f, "continuation-next"
			case last != nil && (leadIn || last.qi >= 0) && (d.german || d.opensParagraph(d.qs[res.qi])):
				res.f, res.rule = last.f, "previous-paragraph"
				if last.rule == "colon-lead-in" {
					res.rule = "colon-lead-in"
				}
			}
		}
		// said Tom Hill, who noted that prices had "cratered": the quote
		// after it goes on with the speaker quoted before, the antecedent
		if res.f != nil && res.qi >= 0 && !d.saidWithin(prev, res) {
			prev = res
		}
		if res.f != nil && res.qi < 0 && (d.german || res.f.source().named()) {
			reported = res // Jane Roe said the ferry was late. "…": hers too
		}
	}
}

// continueChains gives every segment of a quote that runs over paragraphs
// the speaker found for any of its segments.
func (d *doc) continueChains() {
	byChain := map[int]*frame{}
	for _, res := range d.results {
		if res.qi >= 0 && res.f != nil && d.qs[res.qi].chain != res.qi || res.f != nil && res.qi >= 0 && d.qs[res.qi].continues {
			if byChain[d.qs[res.qi].chain] == nil {
				byChain[d.qs[res.qi].chain] = res.f
			}
		}
	}
	for _, res := range d.results {
		if res.qi < 0 || res.f != nil {
			continue
		}
		if f := byChain[d.qs[res.qi].chain]; f != nil && (d.qs[res.qi].chain != res.qi || d.qs[res.qi].continues) {
			res.f, res.rule = f, "chain"
		}
	}
}

// laterReport reports whether the same source, named again, reports a
// statement without quote marks after the last quote: "…," Jo Hill said.
// The board will vote, Hill says. "…": annotators give the quote to the
// nearer mention.
func (d *doc) laterReport(prev, reported *result) bool {
	if d.german || reported == nil || reported.content.s < prev.content.e || reported.f.class == "belief" {
		return false // nor a belief (…, which Hill thinks will fail. "…"): the quote goes on with what was said
	}
	a, b := d.words(prev.f.source().mention), d.words(reported.f.source().mention)
	if len(b) == 1 && d.has(cPronoun, b[0].lower) && !d.has(cClause, b[0].lower) && d.opensSentence(reported.f.source().mention.s) {
		// "…," Ms. Lee said. She added that … "…": the pronoun is the
		// nearer mention of the source (not: said Ms. Lee, who added …)
		return true
	}
	return len(a) > 0 && len(b) > 0 && a[len(a)-1].lower == b[len(b)-1].lower
}

// opensSentence reports whether the word at p opens a sentence: only
// spaces and closing quote marks lie between it and the end of the one
// before.
func (d *doc) opensSentence(p int) bool {
	for p > 0 && (unicode.IsSpace(d.r[p-1]) || isQuoteChar(d.r[p-1])) {
		p--
	}
	return p == 0 || strings.ContainsRune(".!?", d.r[p-1])
}

// saidWithin reports whether res, a paraphrase with a quoted part, is said
// within the sentence that quotes prev's speaker, so that a quote after it
// goes on with prev's: said Tom Hill, who noted that prices had
// "cratered"; asked Ms. Lee, referring to what she calls the "crooked"
// process.
func (d *doc) saidWithin(prev, res *result) bool {
	if prev == nil || d.german || res.kind != quotes.Mixed || prev.kind != quotes.Direct || prev.f == res.f {
		return false
	}
	from := max(prev.f.cue.e, prev.f.source().mention.e) // past "Ms." in asked Ms. Lee
	return from <= res.f.cue.s && d.sameSentence(from, res.f.cue.s)
}

// opensParagraph reports whether no word stands before the quote q in its
// paragraph. A quote after a sentence of its own paragraph that gave it
// no speaker (He was sent back in May. "…") does not go on with the
// speaker of the paragraph before: on PolNeAR dev none of three did (in
// German news it often does: German output keeps it).
func (d *doc) opensParagraph(q qspan) bool {
	for _, c := range d.r[d.paras[q.para].s:q.s] {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return false
		}
	}
	return true
}
