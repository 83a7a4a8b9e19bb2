package extract

import (
	"strings"
)

// expectations records the English "X is expected (said) to V" of a sentence:
// PolNeAR marks an expectation with no source, in two parts: the subject
// X as written (Tom Hill is expected to win → Tom Hill; delegates who are
// expected to attend → who; see markedSubject) and the infinitive (to
// win), or the infinitive alone when the subject stands for nothing (It is
// expected to rise → to rise …) or is left out (… and is not expected to
// attend → to attend). They are kept apart in d.expected, with the
// reputations it records too, and joined to the results only at the end
// of attribute, once the text's other statements are found and chains
// continued, so that no rule reads them as a sentence's statement.
func (d *doc) expectations(toks []token, a, b, pi int) {
	if b > a && toks[b-1].isPunct("?") {
		return // Would they prefer a nominee who is expected to …? asks, reports no one's expectation
	}
	// one pass over the sentence for both kinds: the word after the cue
	// decides (expected to, seen as, known for), tested once a token; the
	// reputations are recorded after the expectations, as a pass of their own did
	seen := d.seenAt[:0]
	for k := a + 1; k+1 < b; k++ {
		switch toks[k+1].lower { // a quote's lower text is empty
		case "to":
			d.expectation(toks, a, b, k, pi)
		case "as", "for":
			if k+2 < b {
				seen = append(seen, k)
			}
		}
	}
	for _, k := range seen {
		d.reputation(toks, a, b, k, pi)
	}
	d.seenAt = seen
}

// expectation records the expectation whose cue word toks[k] stands
// before "to" (is expected to …), if it is one.
func (d *doc) expectation(toks []token, a, b, k, pi int) {
	if !d.inSet(setExpectedcue, toks[k].lower) {
		return
	}
	v := d.passiveStart(toks, a, k)
	if v < 0 {
		return
	}
	if k+2 < b && toks[k+2].isClass(cSpeech) && !d.inSet(setContinues, toks[k+2].lower) {
		return // The council is expected to announce …: the council's words, not an expectation; but is expected to continue …
	}
	c, ok := d.expectedSubject(toks, a, v)
	if !ok {
		return
	}
	f := d.expectedFrame(toks, span{v, k + 1}, pi)
	if d.markedSubject(toks, c) {
		d.expect(toks, c, f)
	}
	if inf := d.infinitiveTo(toks, k+1, b); inf.e > inf.s+1 {
		d.expect(toks, inf, f)
	}
}

// reputation records the English "X is seen as Y", "is known for Y":
// PolNeAR marks what X is seen as, with no source (Twitter is
// increasingly seen as a source of news → a source of news): 21 such
// marked, 6 not. A name after it (known for Tom Hill) is no opinion;
// nor is a wish to be seen (he was loath to be seen as …), nor what a
// thing "which" stands for is seen as (which was seen as a failure).
func (d *doc) reputation(toks []token, a, b, k, pi int) {
	set := setSeenas // toks[k+1] is "as" or "for"
	if toks[k+1].lower == "for" {
		set = setKnownfor
	}
	if !d.inSet(set, toks[k].lower) {
		return
	}
	n := toks[k+2]
	if n.kind != tWord || n.isClass(cTime|cQuantifier) || n.isNumber() || n.upper && !n.isClass(cDeterminer) {
		return
	}
	v := d.passiveStart(toks, a, k)
	if v <= a || toks[v-1].is("to") || toks[v-1].is("which") {
		return
	}
	c := d.infinitiveTo(toks, k+2, b)
	if c.e <= c.s+1 {
		return
	}
	f := d.expectedFrame(toks, span{v, k + 2}, pi)
	if subj, ok := d.reputationSubject(toks, a, v); ok {
		d.expect(toks, subj, f)
	}
	d.expect(toks, c, f)
}

// expectedFrame returns the sourceless belief frame of an expectation or
// a reputation whose cue is the words toks[w] (is expected, is seen as).
func (d *doc) expectedFrame(toks []token, w span, pi int) *frame {
	cue := d.tokSpan(toks, w)
	return d.newFrame(frame{cue: cue, cueText: string(d.r[cue.s:cue.e]), class: "belief", rule: "expected", para: pi})
}

// expect records the content c of the expectation f in d.expected.
func (d *doc) expect(toks []token, c span, f *frame) {
	d.expected = append(d.expected, d.reportedResult(toks, c, f, "expected"))
}

// reputationSubject returns the subject of "X is seen as Y" that is
// marked as an expectation's is (Rubio is seen as the favourite → Rubio;
// 15 times of 25): not after an adverb (Russia has long been known for:
// the subject is out of reach), a gerund (not to risk being seen as) or
// a free relative (what is seen as …), which annotators leave out. The
// caller has made sure that v > a.
func (d *doc) reputationSubject(toks []token, a, v int) (span, bool) {
	if strings.HasSuffix(toks[v].lower, "ing") || !toks[v-1].upper && toks[v-1].isClass(cAdverb) {
		return span{}, false
	}
	subj, ok := d.expectedSubject(toks, a, v)
	if !ok || !d.markedSubject(toks, subj) || d.inSet(setFreerelative, toks[subj.e-1].lower) {
		return span{}, false
	}
	return subj, true
}

// markedSubject reports whether the subject c of an expectation is
// marked as its content: a pronoun standing for someone (she, they), a
// relative pronoun (who, which the Senate), a name (Tom Hill, Mrs.
// Lee's veto) or a noun phrase (The council is expected to vote → The
// council): 18 of 20 such subjects are marked.
func (d *doc) markedSubject(toks []token, c span) bool {
	if c.e <= c.s || c.e-c.s == 1 && d.inSet(setDummysubject, toks[c.s].lower) {
		return false
	}
	t := toks[c.s]
	if t.isClass(cPronoun|cRelative) || t.is("that") {
		return true
	}
	// Candidate is expected to …: a headline's bare noun, no name the article gives
	return c.e-c.s > 1 || !t.upper || d.names[t.lower] != "" || t.isClass(cOrganisation)
}

// passiveStart returns the index of the verb group before toks[k]
// (expected): a form of be, after adverbs between (is widely expected) and
// an auxiliary before be or been (might be expected, had been expected);
// -1 when there is none.
func (d *doc) passiveStart(toks []token, a, k int) int {
	j := k - 1
	for j > a && d.verbAdverb(toks[j]) {
		j--
	}
	if d.contractedPassive(toks, j, k) {
		return j // which he's expected to win: "he's" holds the form of be
	}
	if !d.inSet(setCopula, toks[j].lower) {
		return -1
	}
	if (toks[j].is("be") || toks[j].is("been")) && j > a && toks[j-1].isClass(cFinite) {
		j--
		if j > a && toks[j-1].isClass(cFinite) {
			return -1 // he might have been expected to: what did not happen
		}
	}
	return j
}

// contractedPassive reports whether toks[j] is a pronoun contracted
// with be (he's, they're) right before the participle toks[k] and an
// infinitive: "he's expected to win" is the passive "he is expected to
// win", not "he has expected"; an object after "to" (she's said to
// reporters) keeps the perfect.
func (d *doc) contractedPassive(toks []token, j, k int) bool {
	return j == k-1 && d.pronounBe(toks[j]) && d.infinitiveAt(toks, k+1)
}

// expectedSubject returns the subject before the verb group at toks[v],
// going back to the start of its clause: a relative pronoun is the whole
// subject (who, that) or opens it (which the Senate); an appositive
// closed by a comma goes with it (The bank, which held rates, is
// expected); a clause opener or a verb ends it. It fails on a subject too
// long to be one noun phrase.
func (d *doc) expectedSubject(toks []token, a, v int) (span, bool) {
	if d.pronounBe(toks[v]) {
		return span{v, v + 1}, true // she's expected → she's: subject and be in one word
	}
	i := v - 1
	if i >= a && toks[i].isClass(cPronoun) {
		return span{i, v}, true // the same night she is expected → she
	}
	// aside counts the words of an appositive or relative clause closed by
	// a comma, which the length limit leaves out: a long aside does not
	// make the subject long (The bank, which has held rates near zero
	// since 2008, is expected to act → the bank and its aside)
	aside := 0
	if i >= a && toks[i].isComma() {
		i-- // the appositive runs back to its opening comma
		for i >= a && !toks[i].isPunct(",;:") {
			i--
		}
		if i < a || !toks[i].isComma() {
			return span{}, false
		}
		aside = v - i
		i--
	}
	for ; i >= a; i-- {
		t := toks[i]
		switch {
		case t.is("whose"):
			return span{}, false // whose campaign was expected to fold: unmarked
		case t.kind == tWord && (t.isClass(cRelative) || t.lower == "that" && i == v-1):
			return span{i, v}, v-i-aside <= 12
		case t.kind == tQuote || t.kind == tPunct && strings.ContainsAny(t.lower, ",;:()—–") ||
			t.kind == tWord && (t.lower == "that" || t.isClass(cFinite|cSpeech|cBelief) || d.inSet(setSubjectstop, t.lower)): // the set lookup last
			return span{i + 1, v}, v-i-aside <= 13
		}
	}
	return span{a, v}, v-a-aside <= 12
}

// infinitiveTo returns the infinitive from toks[j] (to) to the end of its
// clause: the first comma, dash, colon or semicolon, a second verb (and
// will …, and who …) or the sentence end (to sign the bill, potentially …
// → to sign the bill); not a comma between adjectives (to deliver a
// forceful, long speech) nor in a list of infinitives (to sink the ferry,
// close the tolls and …; to spend a day there, and to return …).
func (d *doc) infinitiveTo(toks []token, j, b int) span {
	e := j
	b = min(b, j+maxContent) // bounded as all content is: a sentence of expectations stays linear
	for e < b && !(toks[e].isPunct(",;:—–") && !d.adjectiveComma(toks, e) && !(toks[e].isComma() && (secondTo(toks, e+1, b) || d.infinitiveList(toks, j, e+1, b)))) && !(toks[e].isPunct("-") && toks[e].s > toks[e-1].e) &&
		!(e+1 < b && (toks[e].is("and") || toks[e].is("but")) && toks[e+1].isClass(cRelative|cFinite)) {
		e++
	}
	for e > j && toks[e-1].kind == tPunct {
		e--
	}
	return span{j, e}
}

// secondTo reports whether a conjunction and "to" stand at toks[i]: a
// second infinitive after a comma (to spend a day there, and to return).
func secondTo(toks []token, i, b int) bool {
	return i+1 < b && conjunction(toks[i]) && toks[i+1].is("to")
}
