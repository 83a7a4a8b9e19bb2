package extract

import (
	"slices"
	"strings"
	"unicode"

	"saidwho/quotes"
)

// looksLikeFragment tells a quoted fragment of someone's words from a scare
// quote or a title: four words or more (in German, where nouns are
// capitalised, it must also start in lower case).
func (d *doc) looksLikeFragment(q qspan) bool {
	return d.wordsUpTo(q.s, q.e, 4) >= 4 && (!d.german || q.e > q.s && unicode.IsLower(d.r[q.s])) && !d.titleCase(q)
}

// wordsUpTo counts the words of r[s:e] by its spaces, up to n: callers
// ask only whether a quote is shorter than n words, and most are long.
func (d *doc) wordsUpTo(s, e, n int) int {
	words := 1
	for _, r := range d.r[s:e] {
		if r == ' ' {
			if words++; words == n {
				break
			}
		}
	}
	return words
}

// titleCase reports whether every word of four letters or more in a quote
// is capitalised, as in titles and slogans ("Orange Is the New Black",
// "Make America Great Again"), but for a preposition a title leaves in
// lower case ("The Late Show with Ann Roe"); German capitalises nouns,
// so not there.
func (d *doc) titleCase(q qspan) bool {
	if d.german {
		return false
	}
	long := 0
	capitalised := d.everyWord(q, func(w []rune) bool {
		if len(w) < 4 || unicode.IsLower(w[0]) && d.inSet(setTitlesmall, string(w)) {
			return true
		}
		long++
		return unicode.IsUpper(w[0])
	})
	return capitalised && long > 0 && long <= 8
}

// everyWord reports whether ok holds for every word of a quote, a word
// being a run of word runes that starts with a letter; it stops at the
// first word ok refuses.
func (d *doc) everyWord(q qspan, ok func(w []rune) bool) bool {
	for i := q.s; i < q.e; {
		if !unicode.IsLetter(d.r[i]) {
			i++
			continue
		}
		j := i
		for j < q.e && isWordRune(d.r[j]) {
			j++
		}
		if !ok(d.r[i:j]) {
			return false
		}
		i = j
	}
	return true
}

// addContent records the statement in toks[c.s:c.e]: one direct quote, or
// a paraphrase with quoted parts (mixed). Content without quote marks
// (reported speech) is left to the indirect rules.
func (d *doc) addContent(toks []token, c span, f *frame, rule string, covered map[int]bool) {
	that := false // introduced by that or dass (or, in German, a comma)
	// but one "that" only: denied that that was the case
	for c.s < c.e && (toks[c.s].kind == tPunct || !that && (toks[c.s].is("that") || toks[c.s].is("dass"))) {
		that = that || toks[c.s].kind == tWord
		c.s++
	}
	if d.german && c.s > 0 && toks[c.s-1].isPunct(",:") {
		that = true // sagte, er habe …
	}
	if that && d.german {
		c.s = d.pastAppositive(toks, c) // erklärte der Eigentümer, das Medienhaus Berger, dass …
	}
	if !d.german && d.gappedInfinitive(toks, c) {
		return // the divides he promised to bridge have grown: a relative clause, nothing promised
	}
	if that && d.demonstrativeObject(toks, c) {
		that, c.s = false, c.s-1 // reiterated that approach in an interview: an object, not a clause
	}
	// a German source before its content stands first, the verb after it
	// (Laut X kam es …), or in mid-clause, where the words after it go on
	// with the clause (kam es laut X zu Rangeleien, einige …): no phrase
	// is fronted there
	germanAfterSource := d.german && rule == "after-according-to"
	// but not "vowed to fight …", "asked about the toll, …"; nor after
	// that, dass or a German comma, where the phrase opens the reported
	// clause (said that with the votes she had, the debate …): in
	// PolNeAR the annotators keep it 20 times to 2, in German 8 to 0
	if c.s < c.e && !f.object && f.rule != "asked" && !that && !germanAfterSource && !d.keepsFrontedPhrase(toks, c, rule) {
		c.s = d.skipLeadingAdverbial(toks, c)
	}
	if c.s < c.e && rule == "before-according-to" {
		c.s = d.skipConcessive(toks, c)
	}
	if c.s+1 < c.e && strings.HasPrefix(rule, "before-") && d.frontedContentCue(toks, c) {
		c.s++ // Citing "a family matter," the spokeswoman told …: the object is what was said
	}
	c.e = d.beforeBracketTag(toks, c)
	c.e = d.beforeWhileCue(toks, c)
	for c.e > c.s && (toks[c.e-1].kind == tPunct || conjunction(toks[c.e-1]) || d.german && germanConjunction(toks[c.e-1])) {
		c.e-- // …, and the board agreed: the next frame's clause
	}
	if c.s < c.e && d.askedQuestion(toks, c.s, f) {
		// When asked about the toll, Ann Lee "bristled": the question
		// ends at its comma, as reported speech does (see addIndirect)
		c = d.questionToComma(toks, c)
	}
	c = d.mixedObject(toks, c, f, rule, that)
	qt, words := d.quotesIn(toks, c)
	if len(qt) > 0 && allCovered(qt, covered) {
		return // an outer frame's content holds these quotes already
	}
	if len(qt) == 0 {
		if d.german && c.e > c.s && slices.Contains(d.lex.particles[f.cueLower()], toks[c.e-1].lower) {
			return // nahm Paul Weber, der Präsident, zu der Frage Stellung: the cue's own clause up to its particle, no content
		}
		d.addIndirect(toks, c, f, rule, words, that)
		return
	}
	if words > 0 {
		c = d.tightenMixed(toks, c, qt)
		d.beforeColon(toks, qt, c.s, f, rule, covered) // qt: the quotes before tightening
		qt, words = d.quotesIn(toks, c)
		if words > 0 {
			c.s = d.withComplementizer(toks, c.s)
		}
	}
	if words > 0 && !that && (d.plainObject(toks, c, f) || strings.HasPrefix(rule, "after-") && d.writtenWork(toks, c, f.cueLower())) {
		return // added hits including "…", writing a book called "…": an object, the work named; nothing is said
	}
	term := d.namesNoSpeaker(f) // Dies nennt man einen „…“: a term, which no one is said to have said
	if words == 0 && term {
		return
	}
	if words == 0 && that && !d.german && c.s > 0 && toks[c.s-1].is("that") {
		// said that "…": annotators start at that and call the whole a
		// paraphrase with its quote (59 times to 1 in PolNeAR)
		words, c.s = 1, c.s-1
	}
	if words == 0 {
		if g := d.dashNameColon(toks, c.s); g != nil {
			g.para = f.para
			d.frames = append(d.frames, g) // resolved with the others: Jo Hill, not ""
			f, rule = g, g.rule
		}
		for _, i := range qt {
			covered[i] = true
			d.addDirect(toks, i, f, rule)
		}
		return
	}
	// German annotators call a quote direct, not a paraphrase, when only an
	// object stands beside it (nannte sie „fahrlässig“) or it qualifies one;
	// one or two words (words > 0 here) with a subjunctive verb are a
	// clause (Es drohe „…“); so do dass and a subject pronoun before the
	// quote (dass sie „die Türen offen halten werden“)
	paraphrase := !d.german
	if d.german {
		subject := d.dassSubject(toks, c)
		qualifies := !subject && d.qualifies(toks, c, qt, f, that, rule == "before-according-to")
		// what a source spoke of with a word of its own beside the quote
		// and its article is a paraphrase, though the quote qualifies a
		// noun (sprach von der Festnahme „…“; but sprach von einer „…“)
		spokeOf := words > 2 && d.spokenOf(toks, c, f) == c.s
		// after laut X or nach Angaben X (germanAfterSource), the words
		// beside the quote go on with the reported clause (wird nach
		// Angaben der Polizei „sorgfältig“ geprüft; gilt laut X als die
		// „…“): a paraphrase, as annotators mark it
		paraphrase = ((words > 2 || words == 2 && that || subject || d.hasSubjunctive(toks, c)) && !qualifies || germanAfterSource || spokeOf) && !d.slogans(toks, c, qt)
	}
	res := d.newResult(result{kind: quotes.Mixed, content: span{toks[c.s].s, toks[c.e-1].e}, qi: toks[qt[0]].q, f: f, rule: rule, chain: -1})
	for _, i := range qt {
		q := d.qs[toks[i].q]
		covered[i] = true
		res.parts = append(res.parts, span{q.s, q.e})
		if d.german && !term {
			// German reports verbatim fragments inside reported speech
			// (Konjunktiv); each fragment is a quote of its speaker too.
			d.addDirect(toks, i, f, rule)
		}
	}
	if !d.german {
		res.parts = d.titleParts(toks, c, res.parts)
	}
	if paraphrase {
		d.results = append(d.results, res)
	}
}

// titleParts returns the parts of the English paraphrase c with the
// quotes in it that name a work or a slogan added, in text order: a name
// in marks is no statement of its own, but inside words reported (said
// the "Remain" camp had failed to "…"; a rebuttal to Trump's "Make
// America Great Again") annotators list it among the quoted parts too
// (5 of the 7 such names in paraphrases found in PolNeAR dev). parts
// holds the other quotes of c, in order.
func (d *doc) titleParts(toks []token, c span, parts []span) []span {
	var all []span
	for i := c.s; i < c.e; i++ {
		if toks[i].kind == tQuote {
			q := d.qs[toks[i].q]
			all = append(all, span{q.s, q.e})
		}
	}
	if len(all) == len(parts) {
		return parts
	}
	return all
}

// beforeBracketTag returns where content c ends before a tag in square
// brackets after its sentence's last mark (Hill leads in Fenwick. [Ledger
// poll]): the outlet a news digest links to, not part of what was said.
func (d *doc) beforeBracketTag(toks []token, c span) int {
	for j := c.e - 1; j > c.s && j >= c.e-6; j-- {
		if toks[j].isPunct("[") {
			p := toks[j-1]
			if p.isPunct(".!?") || p.kind == tQuote && d.quoteEndsIn(p, ".!?") {
				return j
			}
			return c.e
		}
	}
	return c.e
}

// dashNameColon returns the frame of a name set off by a dash before the
// colon that leads in the quote at toks[s], or nil: in "But polls did
// predict the race - Jo Hill: "…"" the quote is Hill's, not the polls'.
func (d *doc) dashNameColon(toks []token, s int) *frame {
	if d.german || s < 3 || !toks[s-1].isPunct(":") {
		return nil
	}
	for j := s - 2; j >= 0 && s-j <= 6; j-- {
		if toks[j].isPunct("-—–―") {
			if fa, ok := d.nameColon(toks, j+1, len(toks)); ok && fa.hi == s {
				return fa.f
			}
			return nil
		}
		if toks[j].kind != tWord || !toks[j].upper {
			return nil
		}
	}
	return nil
}

// beforeColon records as direct quotes of f the German quotes after als
// in all that stand before s, where content moved past a colon
// (rechtfertigte die Aktion als „…“: „…“): what the source calls
// something is its words too.
func (d *doc) beforeColon(toks []token, all []int, s int, f *frame, rule string, covered map[int]bool) {
	if !d.german {
		return
	}
	for _, i := range all {
		if i >= s || covered[i] || i == 0 || !toks[i-1].is("als") {
			continue
		}
		covered[i] = true
		d.addDirect(toks, i, f, rule)
	}
}

// slogans reports whether every quote in German content is a slogan
// (skandierten Parolen wie „…“ oder „…“): words chanted, with their noun
// no paraphrase.
func (d *doc) slogans(toks []token, c span, qt []int) bool {
	for _, i := range qt {
		if d.sloganAt(toks, c.s, i) < 0 {
			return false
		}
	}
	return true
}

// genericSource reports whether a German frame's source is the generic
// man alone, which names no one.
func (d *doc) genericSource(f *frame) bool {
	m := f.source().mention
	return d.german && m.e-m.s <= len("man") && m.e > m.s && d.inSet(setGeneric, strings.ToLower(d.text(m)))
}

// namesNoSpeaker reports whether a German frame's source says no one
// spoke: the generic man, or a naming noun („…“, so lautet der Titel;
// das Motto lautet „…“).
func (d *doc) namesNoSpeaker(f *frame) bool {
	if d.genericSource(f) {
		return true
	}
	m := f.source().mention
	if !d.german || m.e-m.s > 40 {
		return false // an article and a noun are short: spares building the string of every source
	}
	ws := strings.Fields(d.text(m))
	return len(ws) == 2 && d.has(cDeterminer, strings.ToLower(ws[0])) && d.has(cNaming, strings.ToLower(ws[1]))
}

// qualifies reports whether German content only qualifies an object with
// its quotes: bezeichnete das Schreiben als „Unsensibilität“, wies alle
// Vorwürfe als „haltlos“ zurück. No clause, and "als" before every quote.
// A main clause after its source, set off by a comma or fronted (laut X),
// opens with its verb and qualifies nothing. Before a closing source
// (closing: …, so X) the words are a whole clause, its verb and all, not
// a cue's object (Die Anwohner sähen den Bau „gelassen“, so Korn), unless
// als or von names a thing by the quote (wurden als „Feinde“ verurteilt,
// so X).
func (d *doc) qualifies(toks []token, c span, qt []int, f *frame, that, closing bool) bool {
	if (that || f.rule == "according-to") && d.opensWithVerb(toks, c) && !d.hasWord(toks, span{c.s, qt[len(qt)-1]}, "als") {
		return false // Wie X erklärte, sieht der Rat darin „…“: a main clause after its source
	}
	// nannte das Gerangel „ein Stück aus dem Tollhaus“: one quote that
	// ends the content, after an object, names what the object is
	predicate := len(qt) == 1 && qt[0] == c.e-1 && qt[0] > c.s
	if predicate && toks[qt[0]-1].is("als") && !d.hasSubjunctive(toks, c) {
		return true // kritisierte die Haltung X, der …, als „…“: commas of the object's asides
	}
	for _, i := range qt {
		calls := i > 0 && (toks[i-1].is("als") || toks[i-1].is("von")) // sprach von „…“
		if !calls && (i == c.s || !predicate || closing || d.quoteOpensVerb(d.qs[toks[i].q])) {
			return false
		}
	}
	for _, t := range toks[c.s:c.e] {
		if t.isPunct(",;:") || t.cls&(cSubjunctive|cSubordinator|cAux) != 0 && !t.is("als") {
			return false
		}
	}
	return true
}

// quoteOpensVerb reports whether a German quote's first word is a
// lower-case finite verb the lexicon knows: an auxiliary, a modal or a
// subjunctive (meinte, der Mann „konnte sich nicht abfinden“); a regular
// verb's form is not tested. The words before it are its subject,
// and the whole is a reported clause, not an object the quote names.
func (d *doc) quoteOpensVerb(q qspan) bool {
	verb := false
	d.everyWord(q, func(w []rune) bool {
		if unicode.IsLower(w[0]) {
			lw := string(w)
			verb = d.has(cAux|cSubjunctive, lw) || d.inSet(setModal, lw)
		}
		return false // the first word alone
	})
	return verb
}

// dassSubject reports whether German content c opens with dass (or
// follows it) and a subject pronoun right before a quote (dass sie „die
// Türen offen halten werden“): a clause whose quote says the rest.
func (d *doc) dassSubject(toks []token, c span) bool {
	s := c.s
	if s < c.e && toks[s].is("dass") {
		s++
	} else if s == 0 || !toks[s-1].is("dass") {
		return false
	}
	return s+1 < c.e && toks[s].isClass(cPronoun) && toks[s+1].kind == tQuote
}

// plainObject reports whether English content with quoted words in it is
// a plain object of a cue that reports only clauses: "added Latin hits
// including "…"", "observing drills in a "classroom"" say nothing.
// The object follows the cue right away: content before the cue, or a
// clause going on after an inserted cue, is what was said (Costs, he
// added, were "too high").
func (d *doc) plainObject(toks []token, c span, f *frame) bool {
	if d.german || c.s == 0 || toks[c.s].kind != tWord || toks[c.s-1].e != f.cue.e || !d.inSet(setClauseonly, f.cueLower()) {
		return false
	}
	return !d.reportsClause(toks, c, f)
}

// opensWithVerb reports whether German content opens with its finite
// verb, as a main clause does after a fronted source (Nach Angaben X
// handelte es sich um „…“), where an object opens with an article or a
// name.
func (d *doc) opensWithVerb(toks []token, c span) bool {
	t := toks[c.s]
	return t.kind == tWord && !t.upper && !t.isClass(cDeterminer|cPronoun|cPrep|cAdverb|cNumber|cStop|cSubordinator|cTime|cQuantifier)
}

// hasWord reports whether toks[c] holds the word w.
func (d *doc) hasWord(toks []token, c span, w string) bool {
	for _, t := range toks[c.s:c.e] {
		if t.is(w) {
			return true
		}
	}
	return false
}

// hasSubjunctive reports whether toks[c] holds a German subjunctive verb.
func (d *doc) hasSubjunctive(toks []token, c span) bool {
	for _, t := range toks[c.s:c.e] {
		if t.kind == tWord && t.cls&cSubjunctive != 0 {
			return true
		}
	}
	return false
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
	for _, t := range toks[c.s:max(c.s, c.e)] {
		if t.kind == tQuote {
			return true
		}
	}
	return false
}

// mixedObject ends the object of a cue with quoted words where reported
// speech without them would end (see objectOnly), so long as a quote is
// left in it: "decried the "unfair rents" and highlighted her plans";
// after any cue at the source's next verb ("called him "Captain Toll"
// and made no mention of …"), after a cue of the content class also
// before an adverbial of the cue.
func (d *doc) mixedObject(toks []token, c span, f *frame, rule string, that bool) span {
	if d.german || that || !strings.HasPrefix(rule, "after-") || c.e <= c.s {
		return c
	}
	if e := d.whatCalledEnd(toks, c, f); e > 0 {
		return span{c.s, e}
	}
	if e := d.joinBeforeQuote(toks, c); e > c.s {
		return span{c.s, e} // called it a mistake, but the board rejected it as "folly": the quote is the next clause's
	}
	o := d.objectOnly(toks, c, f.object)
	if o.e >= c.e || !d.hasQuote(toks, o) {
		return c
	}
	if _, words := d.quotesIn(toks, o); words > 0 {
		return o // but not ""illegal immigrant" during the campaign": the quote alone is no object
	}
	return c
}

// joinBeforeQuote returns where an object ends before its first quote
// when a comma or a dash, "and" or "but" and a clause with a subject of
// its own come first (proposed a debate – but the board rejected it as
// "folly"; called it a mistake, but she invoked "…"): the
// writer's next statement, whose quotes are not the object's. Else 0.
func (d *doc) joinBeforeQuote(toks []token, c span) int {
	for i := c.s + 1; i+3 < c.e && toks[i].kind != tQuote; i++ {
		if toks[i].clauseVerb() {
			return 0 // said emails held secrets, but most were not: a clause, which gold keeps whole
		}
		if !toks[i].isPunct(",–—-") || !(toks[i+1].is("and") || toks[i+1].is("but")) {
			continue
		}
		if d.subjectAndVerb(toks, i+2, c.e) {
			return i
		}
		return 0
	}
	return 0
}

// subjectAndVerb reports whether toks[j] opens a clause: a subject
// pronoun (it too) or up to four words from a determiner or a name, then
// a finite verb, an -ed form or an irregular past (the Roe campaign
// rejected; it invoked).
func (d *doc) subjectAndVerb(toks []token, j, e int) bool {
	s := toks[j]
	if s.kind != tWord {
		return false
	}
	k := j + 1
	if !subjectPronoun(s.lower) && !s.is("it") {
		if !s.upper && !s.isClass(cDeterminer) {
			return false
		}
		for k < e && k < j+4 && toks[k].kind == tWord && !toks[k].clauseVerb() {
			k++
		}
	}
	return k < e && (toks[k].clauseVerb() || d.inSet(setPastverb, toks[k].lower))
}

// whatCalledEnd returns where the object of a cue in a "what" clause ends
// when it holds a quote and an adverbial or a verb follows that quote:
// in "led to what Jo Hill called "a new era" in his book" or "what she
// called her "big surprise" last week" the name stops at the quote, and
// in "what critics called "fraud" led to …" the verb is the sentence's.
// Else 0. An "of" phrase goes on with the name (the "lie" of the day),
// and so does all after "as" (what he dismissed as "talk" in a video).
func (d *doc) whatCalledEnd(toks []token, c span, f *frame) int {
	if toks[c.s].is("as") || !d.whatBefore(toks, c.s) || !d.inSet(setCalls, f.cueLower()) {
		return 0
	}
	for i := c.s; i+1 < c.e && i-c.s < 6; i++ { // the name's first quote, within its first few words (her "big surprise")
		if toks[i].kind != tQuote {
			continue
		}
		n := toks[i+1]
		if n.kind == tWord && !n.upper && !n.is("of") && (n.isClass(cPrep|cTime) || n.clauseVerb()) {
			return i + 1
		}
		return 0
	}
	return 0
}

// whatBefore reports whether "what" opens the clause of the cue just
// before toks[s], a few words back (what aide Jo Hill called).
func (d *doc) whatBefore(toks []token, s int) bool {
	for i := s - 1; i >= 0 && s-i <= 6; i-- {
		if toks[i].kind != tWord {
			return false
		}
		if toks[i].is("what") {
			return true
		}
	}
	return false
}

// addAside records one side of content interrupted by its frame ("The
// goal, he said, is to forge …"): annotators mark each side, however short
// (Instead, she said, …), as reported speech, or as a quote where it has
// quote marks.
func (d *doc) addAside(toks []token, c span, f *frame, covered map[int]bool) {
	if qt, _ := d.quotesIn(toks, c); len(qt) > 0 { // but a name in marks is no quote: the "Leave" campaign won, aides said, …
		d.addContent(toks, c, f, "aside", covered)
		return
	}
	if !d.german {
		c = d.beforeLatterGloss(toks, c)
	}
	for c.e > c.s && toks[c.e-1].kind == tPunct {
		c.e--
	}
	if c.e > c.s && !d.bareLink(toks, c) {
		d.addReported(toks, c, f, "aside")
	}
}

// bareLink reports whether the side toks[c] of an aside is only a link to
// the sentence before (And, she said, …; And yet, he said, …): no words
// of the speaker's own (PolNeAR marks 0 of 3, but "But" and "Still" alone
// 3 of 6, so those stay).
func (d *doc) bareLink(toks []token, c span) bool {
	for _, t := range toks[c.s:c.e] {
		if t.kind != tWord || !d.inSet(setBarelink, t.lower) {
			return false
		}
	}
	return true
}

// quotedObjectAs reports whether English content after an active
// "quoted" opens with its object, a short phrase of words, then "as
// saying" and a clause: "The Ledger quoted one of her aides as saying the
// pier would close" reports what the paper quoted, the object and all
// (as annotators mark it).
func (d *doc) quotedObjectAs(toks []token, c span, f *frame) bool {
	cue := f.cueLower()
	if cue != "quoted" && cue != "quotes" {
		return false
	}
	for i := c.s + 1; i+2 < c.e && i <= c.s+8; i++ {
		if toks[i].kind != tWord {
			return false
		}
		if toks[i].is("as") {
			return toks[i+1].is("saying")
		}
	}
	return false
}

// addIndirect records reported speech: content without quote marks, after
// a cue that reports a clause, or before its source.
func (d *doc) addIndirect(toks []token, c span, f *frame, rule string, words int, that bool) {
	if rule == "before-according-to" && !d.german {
		if w, ok := demonstrativeCopula(toks, c); ok {
			// That's according to a poll: the demonstrative stands for the
			// sentence before it, and the annotators mark the word (4 of 4)
			res := d.reportedResult(toks, span{c.s, c.s + 1}, f, rule)
			res.content.e = toks[c.s].s + w // That, not That's
			d.results = append(d.results, res)
			return
		}
	}
	if words < 2 && !d.oneWordStatement(toks, c, f, rule) || c.e <= c.s || toks[c.s].kind == tQuote {
		return // one word is no statement, but yes or no is (see oneWordStatement); nor a title: said on ABC's "This Week"
	}
	if d.topicBeforeQuote(toks, c) || d.sayingIdiom(f) {
		return
	}
	before := strings.HasPrefix(rule, "before-")
	if before && c.s == 0 && !d.german {
		if d.onlyDateline(toks, c) {
			return // FENWICK, July 29 (UPI) — Fans of the show complain …: the dateline alone is no statement
		}
		c.s = d.contentAfterDateline(toks, c) // LOS ANGELES (AP) — The toll will rise, a poll shows: not the dateline
	}
	if !before && !that && d.timeAfterCue(toks, c, f) {
		return
	}
	var ok bool
	switch {
	case d.german:
		ok = d.germanReports(toks, c, f, rule, words, before, that)
	case before:
		// not "In an interview, he said"; nor before a belief, whose words
		// before it are mostly the writer's (They should be very worried;
		// Look out, I thought): 5 of 14 marked. Before "according to" at
		// the end of a sentence, a long stretch is a statement even when
		// it opens with a fronted clause whose verb the test misses (When
		// the mayor refused, Tom Hill began …, according to aides)
		ok = words >= 3 && (!d.fronted(toks, c) || f.rule == "according-to" && words >= 6) && f.class != "belief"
	default:
		ok = that || d.reportsClause(toks, c, f) || d.quotedObjectAs(toks, c, f)
	}
	if !ok {
		return
	}
	if !before && !f.ledToEnd() { // In a May poll, Hill led, but …; To others, he is a hero, but …: the poll's or the holder's to the sentence end
		if d.german {
			c = d.germanClause(toks, c, f.rule == "according-to")
		} else {
			// a poll's finding goes on; but not in a phrase (With polls
			// showing Hill ahead, Ms. Roe …)
			finding := d.pollFinds(f) && !strings.HasSuffix(f.cueLower(), "ing")
			c = d.clauseOnly(toks, c, finding) // content before its source runs from the sentence start
			c = d.beforeSecondAbsolute(toks, c, f)
			c = beforeParallelBy(toks, c, f)
			c = d.beforeSeenAs(toks, c)
		}
		c = d.beforeTerms(toks, c)
		c = beforePrepWhom(toks, c)
		if !that {
			c = d.objectOnly(toks, c, f.object || d.phoned(f) || d.inSet(setPosts, f.cueLower())) // called him a hero: an object too
			c = d.referentOnly(toks, c, f)
		}
		switch {
		case d.askedQuestion(toks, c.s, f):
			// Asked whether …, Ms. Roe …: addContent ended the question at
			// its comma, and c has only lost words at its end since
		case d.subordinate(toks, c.s, f) || f.rule == "told-when":
			c = d.toComma(toks, c) // While the mayor said X, the council …
		case d.afterTime(toks, c.s, f):
			c = d.toMainClause(toks, c) // weeks after the mayor said X, the council voted …
		case f.antecedent.e > f.antecedent.s || f.gap:
			c = d.beforeMainVerb(toks, c) // voters who said X was key were divided; which they said will open, will …
			c = beforeNextRelative(toks, c)
			if f.antecedent.e > f.antecedent.s {
				c = d.beforeResumedClause(toks, c) // Tom Lee, who denied the charges, resigned: the sentence goes on
			}
		case d.coordinatedRelative(toks, c.s, f):
			c = d.beforeResumedClause(toks, c) // riders who …, and who believe X, are: the sentence goes on
		}
	}
	if !before && d.onlyTime(toks, c) {
		return // the place he proposed two months ago; when asked back in 2008: when it was said, not what
	}
	if d.answerEnds(toks, c) {
		c.e = c.s + 1 // 72 percent said yes while 48 percent …: the answer alone
	}
	if c.e <= c.s {
		return
	}
	c.s = d.withComplementizer(toks, c.s)
	d.addReported(toks, c, f, rule)
}

// beforeTerms ends reported content before the terms its source spoke
// on: "spoke about the fleet only on the condition of anonymity because
// the details are secret", "said the pier would close, on condition that
// she not be named". The terms, and the reason given for them, are the
// writer's account of the source, not what it said (gold runs content on
// over them 1 time in 21).
func (d *doc) beforeTerms(toks []token, c span) span {
	for i := c.s + 1; i+2 < c.e; i++ {
		if !toks[i].is("on") {
			continue
		}
		k := i + 1
		if toks[k].is("the") {
			k++
		}
		if k+1 >= c.e || !d.inSet(setTerms, toks[k].lower) || !(toks[k+1].is("of") || toks[k+1].is("that")) {
			continue
		}
		if toks[i-1].is("only") && i-1 > c.s {
			i-- // spoke only on the condition …: only qualifies the terms
		}
		return endBefore(toks, c, i)
	}
	return c
}

// beforePrepWhom ends reported content before a relative clause that a
// comma, a preposition and whom open: "vouched for Jo Vale and Tom Hill,
// with whom he has worked for years", "backs Ann Roe, for whom he held a
// fundraiser". The writer adds it about the person named; gold ends the
// content before it (3 of 3, where a bare ", whom" is split 3:3).
func beforePrepWhom(toks []token, c span) span {
	for i := c.s + 1; i+2 < c.e; i++ {
		if toks[i].isComma() && toks[i+1].isClass(cPrep) && toks[i+2].is("whom") {
			return endBefore(toks, c, i)
		}
	}
	return c
}

// beforeSecondAbsolute ends the content of a source that "with" opens
// before a second such phrase that "and" joins, a noun and an -ing form:
// in "with 140 members blasting the raids and the White House dispatching
// an aide", what the White House did is no part of what the members said.
func (d *doc) beforeSecondAbsolute(toks []token, c span, f *frame) span {
	if !d.afterWith(toks, c.s, f) {
		return c
	}
	for i := c.s + 1; i+2 < c.e; i++ {
		n := toks[i+1]
		if !toks[i].is("and") || n.kind != tWord || !(n.upper || n.isClass(cDeterminer)) {
			continue
		}
		for k := i + 2; k+1 < c.e && k <= i+6 && toks[k].kind == tWord && !toks[k].finite(); k++ {
			// the -ing form takes an object or a phrase of its own
			// (dispatching an aide, urging calm, calling for calm), not
			// "were failing", "fund-raising arms"
			o := toks[k+1]
			if d.gerund(toks[k]) && !strings.Contains(toks[k].lower, "-") && o.kind == tWord && (!o.isClass(cStop|cFinite) || o.isClass(cPrep)) {
				return span{c.s, i}
			}
		}
	}
	return c
}

// afterWith reports whether the source of f, shortly before the content
// at toks[s], follows "with" (with Jo Hill saying …).
func (d *doc) afterWith(toks []token, s int, f *frame) bool {
	if d.german || !f.named() {
		return false
	}
	i := sourceBack(toks, s, f.mention, 20)
	return i > 0 && toks[i-1].is("with")
}

// contentAfterDateline returns where content that opens a paragraph
// starts after the dateline of a wire story, "CAMBRIDGE, Mass., Dec. 11
// (UPI) — " or "JERUSALEM - ", which the annotators leave out: a word in
// capitals (or a few), then a comma, a parenthesis or the dash itself.
func (d *doc) contentAfterDateline(toks []token, c span) int {
	j := d.afterDateline(toks, c.s, c.e) // before c.e: a dash with words after it
	if j == c.s {
		return c.s
	}
	i := c.s + 1
	for i < j && toks[i].kind == tWord && isAllCaps(d.r[toks[i].s:toks[i].e]) {
		i++ // LOS ANGELES
	}
	if i == j-1 || toks[i].isPunct(",(") {
		return j
	}
	return c.s
}

// onlyDateline reports whether the content before a source that opens a
// paragraph is a wire story's dateline and nothing more: the dash after
// it, past a closing parenthesis (UPI), is the one contentAfterDateline
// would start the content after.
func (d *doc) onlyDateline(toks []token, c span) bool {
	k := c.e
	if k < len(toks) && toks[k].isPunct(")") {
		k++
	}
	return k+1 < len(toks) && toks[k].isPunct("—–-") && d.contentAfterDateline(toks, span{c.s, k + 2}) == k+1
}

// sayingIdiom reports whether f is the idiom "as they say", which brings
// in a saying of no one in particular (as they say in television: stay
// tuned), not reported speech.
func (d *doc) sayingIdiom(f *frame) bool {
	m := f.mention
	if d.german || m.e-m.s != 4 || m.s < 3 || !strings.EqualFold(f.cueText, "say") {
		return false
	}
	return strings.EqualFold(string(d.r[m.s-3:m.e]), "as they")
}

// questionToComma ends an asked question at its comma, past a relative
// clause on "which" that closes before the question's verb: asked whether
// the plan, which the board says would cost $5 billion, would be "a gift".
func (d *doc) questionToComma(toks []token, c span) span {
	q := d.toComma(toks, c)
	if q.e+2 < c.e && toks[q.e+1].is("which") {
		if j := d.relativeClose(toks, q.e+2, c.e); j > 0 {
			return span{c.s, d.toComma(toks, span{j, c.e}).e}
		}
	}
	return q
}

// askedQuestion reports whether content at toks[s] after an "asked"
// frame is the question, a question word or "about" opening it (When
// asked about the toll, …; Asked whether …): it ends at its comma.
func (d *doc) askedQuestion(toks []token, s int, f *frame) bool {
	return f.rule == "asked" && (toks[s].isClass(cQuestion) || toks[s].is("about"))
}

// namedObject reports whether the one word of content c is a name that
// is the object of a cue whose object is what was said about: "Ann Roe
// blasted Doe", "praised Poe" (the annotators mark the name). Not in a
// relative clause (a critic who has criticized Doe), which annotators
// mostly leave unmarked, nor in a clause a question word opens or after a
// modal (whether the board could question Doe; where two members have
// disavowed Doe): what may be or is asked, not what was said.
func (d *doc) namedObject(toks []token, c span, f *frame) bool {
	if d.german || !f.object || c.e != c.s+1 || c.s == 0 || f.antecedent.e > f.antecedent.s || f.cue.e > toks[c.s].s {
		return false // the content after its cue only
	}
	t := toks[c.s]
	if t.kind != tWord || !t.upper || t.isClass(cPronoun) {
		return false
	}
	k := c.s - 1
	for k > 0 && toks[k].s > f.cue.s {
		k--
	}
	if k > 0 && d.inSet(setModal, toks[k-1].lower) {
		return false
	}
	src := f.source()
	if !src.named() {
		return true
	}
	i := k
	for i > 0 && toks[i].s > src.mention.s {
		i--
	}
	return toks[i].s != src.mention.s || i == 0 || !toks[i-1].isClass(cQuestion)
}

// timeAfterCue reports whether English content right after a cue opens
// with "when": the time the source spoke (Ann Lee complained when the
// ferry stopped; what she said when she left), not what was said. But a
// cue that is negated or an infinitive asks the question (did not say
// when the vote will be; declined to say when), and so does asked.
func (d *doc) timeAfterCue(toks []token, c span, f *frame) bool {
	if d.german || !toks[c.s].is("when") || f.rule == "asked" || c.s < 2 {
		return false
	}
	return !d.negatedCue(toks, c.s) && !toks[c.s-2].is("to")
}

// onlyTime reports whether English content is a time phrase and nothing
// else: a few words ending in "ago" (two months ago), or "in" and a year,
// perhaps after "back" (back in 2008).
func (d *doc) onlyTime(toks []token, c span) bool {
	n := c.e - c.s
	if d.german || n < 2 || n > 4 {
		return false
	}
	last := toks[c.e-1]
	if last.is("ago") {
		return !d.hasVerb(toks, c) && !toks[c.s].isClass(cPronoun) // but not "it began years ago"
	}
	s := c.s
	if toks[s].is("back") {
		s++
	}
	return s+2 == c.e && toks[s].is("in") && d.year(last)
}

// asClause reports whether "as" (or "even as") and a subject pronoun at
// toks[i] open a clause of time after an object: tweeted a photo as he
// lined up; voiced support even as she doubted it.
func (d *doc) asClause(toks []token, i, e int) bool {
	if toks[i].is("even") && i+1 < e {
		i++
	}
	return toks[i].is("as") && i+1 < e && subjectPronoun(toks[i+1].lower)
}

// subjectPronoun reports whether w is a personal pronoun that can only be
// a subject (he, not him or it).
func subjectPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "we", "i":
		return true
	}
	return false
}

// answerEnds reports whether content is a lower-case yes or no that a
// conjunction or "while" follows: the answer is all that was said (she
// said yes and left; 72 percent said yes while 48 percent …).
func (d *doc) answerEnds(toks []token, c span) bool {
	if c.s+1 >= c.e || !(toks[c.s].is("yes") || toks[c.s].is("no")) || toks[c.s].upper {
		return false
	}
	return joinsAnswer(toks[c.s+1])
}

// joinsAnswer reports whether n, after a yes or no, ends the answer: a
// conjunction or "while".
func joinsAnswer(n token) bool { return n.is("and") || n.is("but") || n.is("while") }

// topicBeforeQuote reports whether German words after a cue only name the
// topic of the quote a colon introduces (sagte der Minister zu den
// Vorwürfen: „…“): a prepositional phrase, not what was said.
func (d *doc) topicBeforeQuote(toks []token, c span) bool {
	return d.german && c.e+1 < len(toks) && toks[c.e].isPunct(":") && toks[c.e+1].kind == tQuote &&
		toks[c.s].isClass(cPrep) && !d.hasVerb(toks, c)
}

// addReported records toks[c] as reported speech (kind indirect) of f. In
// English, words in marks inside it that read as a name or a scare quote
// still make it a paraphrase with quoted parts (said the "New York
// values" line came from Tom Hill): whatever stands in marks was quoted.
func (d *doc) addReported(toks []token, c span, f *frame, rule string) {
	d.results = append(d.results, d.reportedResult(toks, c, f, rule))
}

// reportedResult is the result of addReported.
func (d *doc) reportedResult(toks []token, c span, f *frame, rule string) *result {
	res := d.newResult(result{kind: quotes.Indirect, content: d.tokSpan(toks, c), qi: -1, f: f, rule: rule, chain: -1})
	if d.german {
		return res
	}
	for i := c.s; i < c.e; i++ {
		if toks[i].kind == tQuote {
			q := d.qs[toks[i].q]
			res.kind = quotes.Mixed
			res.parts = append(res.parts, span{q.s, q.e})
		}
	}
	return res
}

// germanReports tells German reported content from an object or a fronted
// phrase. German reports after a comma or dass (sagte, er habe …), in the
// subjunctive, or before its source (…, so die Studie).
func (d *doc) germanReports(toks []token, c span, f *frame, rule string, words int, before, that bool) bool {
	first := toks[c.s]
	switch {
	case !before && f.rule != "according-to" && purpose(first):
		return false // rief an, um sein Abo zu kündigen: why, not what was said
	case !before && d.relativeOnObject(toks, c):
		return false
	case before && f.rule == "according-to" && d.numberAlternative(toks, c, f):
		return false
	case f.rule == "according-to" && strings.EqualFold(f.cueText, "so"):
		return words >= 2 // …, so der Sprecher, …: what stands on each side is said
	case before:
		// an adverb or an object may come first (Allerdings gebe es …), but
		// not a clause of its own (Wie …), a phrase that runs into the cue
		// (In der „BILD“ sagte er), or a subject and its relative clause
		// (Auch die Bank, die …, kündigte an), nor a purpose (Um die Kosten
		// zu senken, schlug er vor)
		// a fronted clause with its main clause after it is a sentence
		// said whole (Als die Männer kamen, flohen alle, teilte die Polizei mit)
		return words >= 3 && (!first.isClass(cSubordinator) || d.mainClauseComma(toks, c.s, c.e) > c.s) && !first.is("um") &&
			!(first.isClass(cPrep|cClause|cStop|cAdverb) && !toks[c.e].isComma()) && !d.endsInRelative(toks, c) &&
			!d.opensRelative(toks, c.s, c.e) // die vom Rat angenommen wurde
	case f.rule == "according-to" && c.s > 0 && toks[c.s-1].isComma() && !before:
		// nach Ansicht des Generalanwalts, Damazo Colomer: German puts no
		// comma after the source, so one opens its appositive; unless the
		// verb comes right after it (Nach Berichten der AP, rechnen die
		// Firmen …; …, der sich auf X beruft, leben …)
		return d.hasGermanVerb(toks, c) || f.leads && d.opensWithVerb(toks, c)
	case rule == "subjunctive", rule == "unnamed", rule == "hearsay", f.rule == "according-to":
		return true
	case f.rule == "colon-name":
		return false // Gruppe B: …, Bild: …: a label, not a speaker
	case d.spokenOf(toks, c, f) >= 0:
		return true // sprach von einem Erfolg: what was spoken of (speaksOf)
	case d.calledAs(toks, c, f) >= 0:
		return true // bezeichnete den Plan als unsinnig: what was said of the object
	case f.rule == "inverted" && !toks[max(c.s-1, 0)].is("dass") && !toks[max(c.s-1, 0)].is("ob") && !toks[c.s].is("dass") && !toks[c.s].is("ob"):
		// Das bestätigte der Präsident, Susilo Yudhoyono: after an inverted
		// source a comma may open an appositive; reported speech has a verb
		// (er habe, es sei) or an infinitive (kündigte an, … zu schließen)
		return that && (d.hasGermanVerb(toks, c) || d.regularSubjunctive(toks, c)) && !d.narratedClause(toks, c)
	}
	return that // bestätigte die Meldung: an object
}

// regularSubjunctive reports whether German content c opens with a
// subject and a verb in Konjunktiv I that the lexicon does not list:
// the lower-case word right after the subject ending in -e (die Firma
// baue ein Haus; er trete zurück), where the indicative has -t. In the
// second place of a main clause only the finite verb stands.
func (d *doc) regularSubjunctive(toks []token, c span) bool {
	np, ok := d.npAfter(toks, c.s, c.e)
	if !ok || np.s != c.s || np.e >= c.e || !d.nominative(toks, np) {
		return false
	}
	t := toks[np.e]
	return t.kind == tWord && !t.upper && t.cls == 0 && len(t.lower) > 3 && strings.HasSuffix(t.lower, "e")
}

// narratedClause reports whether German content c after an inverted
// source's comma has a past indicative auxiliary (wurde, war, hatte,
// hatten) and none of the verbs of reported speech: no subjunctive, no
// other auxiliary, no Konjunktiv II modal, no infinitive with zu (klagte
// er über Schmerzen, später wurde er ins Krankenhaus gebracht): the
// writer's next sentence, not reported speech.
func (d *doc) narratedClause(toks []token, c span) bool {
	past := false
	for _, t := range toks[c.s:c.e] {
		if t.kind != tWord || t.upper {
			continue
		}
		switch {
		case t.is("wurde") || t.is("war") || t.is("hatte") || t.is("hatten"):
			past = true
		case d.germanVerbWord(t):
			return false
		}
	}
	return past
}

// oneWordStatement reports whether a one-word content is still a
// statement: yes or no, the German predicate closing a clause after a
// source (wurden nach Angaben X obdachlos), or a name after a content cue
// (Reid blasted Rubio).
func (d *doc) oneWordStatement(toks []token, c span, f *frame, rule string) bool {
	return c.e > c.s && (toks[c.s].is("yes") || toks[c.s].is("no") || d.closingPredicate(toks, c, rule) || d.namedObject(toks, c, f)) || d.expressedFeeling(toks, c, f)
}

// expressedFeeling reports whether the one word of content c is the
// feeling an express cue names at the end of its sentence (she also
// expressed concern.): the annotators mark the feeling as what was
// expressed (2 of 2).
func (d *doc) expressedFeeling(toks []token, c span, f *frame) bool {
	if d.german || c.e != c.s+1 || c.e >= len(toks) || !toks[c.e].isPunct(".") {
		return false
	}
	t := toks[c.s]
	return t.kind == tWord && !t.upper && !t.isClass(cPronoun|cObject|cDeterminer|cStop) && d.inSet(setExpresses, f.cueLower())
}

// closingPredicate reports whether German content after a source in
// mid-clause is the one lower-case word that closes the clause (Viele
// wurden nach Angaben des Roten Kreuzes obdachlos): the predicate of what
// was said, which annotators mark as they mark the words before it.
func (d *doc) closingPredicate(toks []token, c span, rule string) bool {
	if !d.german || rule != "after-according-to" || c.e != c.s+1 || c.s < 1 || toks[c.s-1].kind != tWord {
		return false
	}
	t := toks[c.s]
	return t.kind == tWord && !t.upper && !d.germanFinite(t) && (c.e >= len(toks) || toks[c.e].isPunct(".!?"))
}

// relativeOnObject reports whether German content after a comma is a
// relative clause in the indicative on the noun before it (beschloss ein
// Verbot, mit dem die Frist ausgesetzt wurde): it describes that noun. In
// the subjunctive it is reported (…, die darin bestehen solle, …). The pronoun, maybe after a preposition, is
// followed by a lower-case word that is no adjective of a noun phrase (der
// neue Plan sei …).
func (d *doc) relativeOnObject(toks []token, c span) bool {
	j := c.s
	if j+2 < c.e && toks[j].isClass(cPrep) {
		j++
	}
	if j+1 >= c.e || c.s == 0 || !toks[c.s-1].isComma() || toks[j].upper || !d.relativePronoun(toks[j].lower) {
		return false
	}
	n := toks[j+1]
	if n.kind != tWord || n.upper || !unicode.IsLetter(d.r[n.s]) ||
		!n.isClass(cAdverb|cPronoun|cPrep|cStop|cDeterminer) && strings.ContainsAny(n.lower[len(n.lower)-1:], "enrsm") {
		return false // den 10. März; der neue Plan sei …
	}
	for _, t := range toks[c.s:c.e] {
		if t.cls&cSubjunctive != 0 {
			return false
		}
	}
	return true
}

// numberAlternative reports whether German content before an
// according-to source ends in a number and the source is followed by
// another: eine Reichweite von 100, nach anderen Angaben 110 Kilometern.
// The source vouches for the second number only.
func (d *doc) numberAlternative(toks []token, c span, f *frame) bool {
	if c.e <= c.s || !toks[c.e-1].isNumber() {
		return false
	}
	for j := c.e; j < len(toks) && j < c.e+8; j++ {
		if toks[j].s >= f.mention.e {
			return toks[j].isNumber()
		}
	}
	return false
}

// purpose reports whether a German word opens an infinitive of purpose
// or manner (um … zu, ohne … zu, statt … zu), which no cue reports.
func purpose(t token) bool {
	return t.is("um") || t.is("ohne") || t.is("statt") || t.is("anstatt")
}

// hasGermanVerb reports whether German content holds an auxiliary, a
// subjunctive or an infinitive's zu among its words: der Zug habe, es sei,
// die Schalter zu schließen.
func (d *doc) hasGermanVerb(toks []token, c span) bool {
	return slices.ContainsFunc(toks[c.s:c.e], func(t token) bool { return t.kind == tWord && !t.upper && d.germanVerbWord(t) })
}

// germanVerbWord reports whether the lower-case German word t is a verb
// of reported speech's clause: an auxiliary, a subjunctive, a Konjunktiv
// II modal, zu or an infinitive with zu (hasGermanVerb, narratedClause).
func (d *doc) germanVerbWord(t token) bool {
	return t.isClass(cSubjunctive|cAux) || t.is("zu") || zuInfinitive(t.lower) || d.inSet(setKonjunktiv2verb, t.lower)
}

// pastAppositive returns where German content after a comma starts when
// its first words are an appositive of the source, an article and a noun
// phrase without a verb up to a comma and dass, ob or a reported clause
// (erklärte der Eigentümer, das Medienhaus Berger, dass …): at dass;
// else at c.s.
func (d *doc) pastAppositive(toks []token, c span) int {
	if c.s == 0 || c.s+3 >= c.e || !toks[c.s-1].isComma() || !toks[c.s].isClass(cDeterminer) {
		return c.s // but not after dass: dass der Plan scheitern konnte, dass …
	}
	for j := c.s + 1; j+1 < c.e && j-c.s <= 10; j++ {
		if toks[j].isComma() {
			// …, dass …; …, die Brücke werde …: a reported clause follows
			if toks[j+1].is("dass") || toks[j+1].is("ob") || toks[j+1].isClass(cDeterminer) && (d.reportedClause(toks, j+1, c.e) || d.konjunktiv2Clause(toks, j+1, c.e)) {
				if !d.hasGermanVerb(toks, span{c.s, j}) {
					return j + 1
				}
			}
			return c.s
		}
		if toks[j].kind == tPunct {
			return c.s
		}
	}
	return c.s
}

// glossAfterQuote returns the index of the closing parenthesis of a
// German gloss right after a quote (or after another gloss) when the
// clause goes on with a lower-case word after it (in die „Gruppe“ (mg)
// aufgenommen; „Rat“ (Council) (CNS) umbenennen); else -1.
func (d *doc) glossAfterQuote(toks []token, i, e int) int {
	if !d.german || i == 0 || !toks[i].isPunct("(") || toks[i-1].kind != tQuote && !toks[i-1].isPunct(")") {
		return -1
	}
	for j := i + 1; j+1 < e && j-i <= 8; j++ {
		if toks[j].isPunct(")") {
			if n := toks[j+1]; n.kind == tWord && !n.upper || n.isPunct("(") {
				return j
			}
			return -1
		}
		if toks[j].kind != tWord {
			return -1
		}
	}
	return -1
}

// subjunctiveAnd reports whether German und at toks[i] joins a second
// verb in the subjunctive to reported words (gesteckt und abgedrückt
// habe; der tue und sage): the report goes on; an indicative verb after
// und is the writer's (nannte sie „…“ und verwies auf …).
func (d *doc) subjunctiveAnd(toks []token, i, e int) bool {
	if !toks[i].is("und") {
		return false
	}
	for j := i + 1; j < e && j-i <= 12 && toks[j].kind == tWord; j++ {
		if toks[j].cls&cSubjunctive != 0 && !toks[j].upper {
			return true
		}
	}
	return false
}

// infinitiveAnd reports whether German und at toks[i] joins a second
// infinitive to one that a modal or werde earlier in the content toks[s:i]
// governs (werde sich „…“ nennen und die Regierung stützen): the second
// verb is part of the same report, not the writer's next clause.
func (d *doc) infinitiveAnd(toks []token, s, i int) bool {
	if !toks[i].is("und") || i-1 <= s {
		return false
	}
	v := toks[i-1]
	if v.kind != tWord || v.upper || !strings.HasSuffix(v.lower, "en") && !strings.HasSuffix(v.lower, "ern") && !strings.HasSuffix(v.lower, "eln") {
		return false
	}
	for j := s; j < i-1; j++ {
		if t := toks[j]; !t.upper && (t.is("werde") || t.is("werden") || t.is("würde") || t.is("würden") || d.inSet(setModal, t.lower)) {
			return true
		}
	}
	return false
}

// prepRelative reports whether German toks[j] is a preposition before a
// relative pronoun that opens a clause (…, von denen 958 …; …, auf die
// der Rat zugreift), not an article before a noun (…, für die Leute).
func (d *doc) prepRelative(toks []token, j, e int) bool {
	if j+2 >= e || !toks[j].isClass(cPrep) || toks[j].upper {
		return false
	}
	r := toks[j+1]
	return r.is("denen") || r.is("deren") || r.is("dessen") || d.opensRelative(toks, j+1, e)
}

// zuInfinitive reports whether a German word is the infinitive of a
// separable verb with its zu inside (freizugeben, vorzugehen,
// zurückzuholen): a particle, zu, and a stem ending in -en, -ern or -eln.
func zuInfinitive(w string) bool {
	i := strings.Index(w[min(2, len(w)):], "zu")
	if i < 0 {
		return false
	}
	stem := w[i+2+min(2, len(w)):]
	return len(stem) >= 4 && strings.HasSuffix(stem, "n") && (strings.HasSuffix(stem, "en") || strings.HasSuffix(stem, "ern") || strings.HasSuffix(stem, "eln"))
}

// pollFinds reports whether f is a finding verb with a poll as its
// source (A new poll shows …, the survey found …).
func (d *doc) pollFinds(f *frame) bool {
	return d.inSet(setFinding, f.cueLower()) && (d.pollSource(f) || d.documentSource(f))
}

// documentSource reports whether the English source of f is a document
// named by a lower-case noun (the memo released Monday shows …; emails
// released this week showed …), whose findings count as a poll's do.
func (d *doc) documentSource(f *frame) bool {
	if d.german || f.mention.e <= f.mention.s {
		return false
	}
	ws := d.words(f.mention)
	if len(ws) == 0 {
		return false // a mention of no word runes: nothing to index
	}
	h := ws[len(ws)-1]
	return !h.upper && d.has(cDocument, h.lower)
}

// reportsClause reports whether English content after a cue is what was
// said rather than the cue's object: said he would …, vowed to fight,
// asked whether …, but not "claimed a victory" or "said on Monday".
func (d *doc) reportsClause(toks []token, c span, f *frame) bool {
	first := toks[c.s]
	cue := f.cueLower() // the cue word as the word sets hold it
	switch {
	case f.leads, f.gap:
		return true // According to the poll, 91 percent of voters …; which she said was a mistake
	case f.rule == "agent" && first.is("of"):
		return true // was accused by the board of fraud: the charge (chargeAgent)
	case d.whichGap(toks, c, f):
		return true // the plan, which he believes will fail: "which" is the clause's subject
	case d.pollFinds(f) && !first.isClass(cPrep|cTime):
		return true // A new poll shows Hill with 47 percent: the finding, clause or not
	case strings.EqualFold(f.cueText, "shows") && first.kind == tWord && first.upper:
		return true // the video shows Tom Hill at the rally: what a record shows of someone
	case first.isClass(cPrep) && c.s+1 < c.e && (conjunction(toks[c.s+1]) || toks[c.s+1].isPunct(",.;:")):
		return false // the cards they never asked for or wanted: a stranded preposition, whose object went before
	case (first.isClass(cQuestion) || first.is("about") || first.is("for")) && strings.HasPrefix(cue, "ask"):
		return true // asked whether the plan would work, asked about the plan, asked for proof: an indirect question or request
	case (first.is("whether") || first.is("if")) && d.inSet(setOpenquestion, cue):
		return false // could determine whether the plan works: a question still open, no finding
	case f.class == "speech" && (first.is("how") || first.is("why") || first.is("whether")):
		return true // explained how it works, questioned whether it would
	case f.class == "speech" && first.isClass(cQuestion) && d.negatedCue(toks, c.s):
		return true // did not say who made the call, has not said when: what was left unsaid
	case f.reports && first.isClass(cConditional) && d.looksLikeClause(toks, span{c.s + 1, c.e}):
		return true // said if elected he would …
	case f.reports && d.evenIf(toks, c) && d.looksLikeClause(toks, span{c.s + 2, c.e}):
		return true // said even though it rains, …
	case d.callsSomething(toks, c, f):
		return true // called him a liar
	case d.questionObject(toks, c, f):
		return false // asked him a question, answered questions: no question told
	case d.phoned(f):
		return false // called both candidates on Tuesday: a phone call, not words
	case d.withholds(toks, c, f):
		return false // denied him a second term: a thing withheld, nothing said
	case d.writtenWork(toks, c, cue):
		return false // wrote a letter to the board, writes a column: the work written, not its words
	case d.releasedThing(toks, c, cue):
		return false // the parties release those delegates: nothing said
	case f.object && (first.is("to") || d.infinitiveAfter(toks, c.s, c.e) || !first.isClass(cPrep|cStop|cTime|cAdverb)):
		return true // vowed to fight; told him not to go; called for a ban; denied the claims
	case d.inSet(setProposes, cue) && d.gerund(first):
		return true // suggested raising the toll: the gerund is the proposal put forward
	case f.class == "speech" && !f.reports && strings.HasSuffix(cue, "ed") && d.pastClause(toks, c):
		return true // reported six planes filled the skies; suggested Tom Hill went too far
	case first.isClass(cDeterminer) && !first.upper && d.inSet(setPosts, cue):
		return true // tweeted a photo of the crowd, tweeted her thanks: the post itself
	case d.inSet(setProposes, cue) && d.subjunctive(toks, c):
		return true // suggested the clerk be fired; suggesting the city raise the toll
	case f.class == "speech" && d.pluralPresent(toks, c):
		return true // suggested the attacks highlight the risk; asserts the letters belong to him
	case !f.reports && (f.rule == "colon-name" || !d.opensFiniteClause(toks, c)):
		return false // a cue that takes an object as often as a clause: only a clause
	case first.is("no") && d.looksLikeClause(toks, c):
		return true // said no decision had been made
	case (first.is("yes") || first.is("no")) && d.isCoreSay(f) && (c.e-c.s == 1 || toks[c.s+1].kind == tPunct || !first.upper && joinsAnswer(toks[c.s+1]) || toks[c.s+1].is("to") && f.cueText == cue):
		return true // 46 percent said yes, compared with …; he said no to the war
	case d.isCoreSay(f) && d.leadingAdverbial(toks, c):
		return true // said despite the rain, the fair would open
	case first.isClass(cTime) && c.s+2 < c.e && ownerWord(toks[c.s+1]):
		return d.isCoreSay(f) || d.looksLikeClause(toks, c) // said last week's vote was …: the time owns the subject
	case !d.german && first.finite():
		// a plan he said could work, a toll she says would never pass: the
		// clause's subject went before; whether its verb reports anything
		// is read from the words after the auxiliaries, two at least (not
		// everything he says is true: a predicate of what he says)
		k := c.s
		for k < c.e && toks[k].finite() {
			k = d.skipAdverbials(toks, k+1, c.e)
		}
		return k+1 < c.e && d.reportsClause(toks, span{k, c.e}, f)
	case first.isClass(cPrep|cStop|cAdverb|cClause|cSubordinator) && !first.is("there") && !((d.approximately(toks, c.s, c.e) || d.degreeBeforeAmount(toks, c.s, c.e)) && (d.looksLikeClause(toks, c) || d.isCoreSay(f))) || d.saidNothing(toks, c):
		return false // said on Monday …, said nothing: no clause (but said about 20 people had …, said just a few boats run …; say and tell report one: said about half of it came …)
	}
	return d.looksLikeClause(toks, c) || d.isCoreSay(f) ||
		f.class == "belief" && d.presentClause(toks, c) || f.reports && d.singularPresent(toks, c)
}

// skipNearly returns where the words of degree that open content end,
// up to two (almost, next to, very, barely): c.s when there are none.
func (d *doc) skipNearly(toks []token, c span) int {
	i := c.s
	for i < c.e && i < c.s+2 && toks[i].kind == tWord && (strings.HasSuffix(toks[i].lower, "ly") || d.inSet(setNearly, toks[i].lower)) {
		i++
	}
	return i
}

// saidNothing reports whether content after a cue tells that nothing
// was said, or names what was said by a pronoun alone: "said nothing",
// "said almost nothing about the rates", "says something about the
// times", "a day after he said them, …".
func (d *doc) saidNothing(toks []token, c span) bool {
	first := toks[c.s]
	if first.is("nothing") || first.is("little") {
		return true
	}
	if c.s+1 >= c.e {
		return false
	}
	next := toks[c.s+1]
	if i := d.skipNearly(toks, c); i > c.s {
		// said almost nothing, next to nothing, very little; but "said very
		// little had changed" is a clause
		return i < c.e && (toks[i].is("nothing") || toks[i].is("little")) && !(i+1 < c.e && toks[i+1].clauseVerb())
	}
	if first.is("a") && next.is("lot") {
		// their smiles said a lot; but "said a lot of voters were angry"
		return c.s+2 == c.e || toks[c.s+2].kind == tPunct || toks[c.s+2].is("about")
	}
	if first.is("something") || first.is("anything") {
		// said something about the media, won't say anything myself; but
		// "said something was wrong" is a clause
		return next.kind == tPunct || next.is("like") || next.is("about") || next.is("myself") || next.is("himself") || next.is("herself") || next.is("themselves")
	}
	object := first.is("them") || first.is("him") || first.is("us") || first.is("me")
	return object && next.isPunct(",;:") // he said them, but …: what was said is before
}

// whichGap reports whether content opens with a finite verb right after
// its cue, and "which" stands before the cue's source: the relative
// pronoun is the subject of what is believed or said (the toll, which
// Tom Hill believes will fail; which, his aides think, would help).
// Annotators mark it so 5 times to 1; not after I or we (which I think
// would help: the writer's or speaker's own aside), nor that, what or
// who, which they mark about one time in three. relativeGap (frames.go,
// frame.gap) is the same rule for a relative pronoun right before the
// source, and relativeBeforeSource (sentence.go) a third look at it.
func (d *doc) whichGap(toks []token, c span, f *frame) bool {
	k := c.s - 1
	if k > 0 && toks[k].finite() && !toks[k].upper {
		k-- // which he believes will fail: the frame's content starts after the modal
	} else if !toks[c.s].finite() || toks[c.s].upper {
		return false
	}
	if d.german || k < 1 || toks[k].e != f.cue.e {
		return false
	}
	for i := k - 1; i >= 0 && k-i <= 6; i-- {
		t := toks[i]
		switch {
		case t.is("which"):
			return i < k-1 && toks[i].e <= f.cue.s
		case t.is("i") || t.is("we") || t.kind != tWord && !t.isComma():
			return false
		}
	}
	return false
}

// presentClause reports whether content after a belief cue opens with a
// singular subject and a verb in the present: "believe this provides
// …", "think the argument inadvertently reveals …" (provides, reveals
// after a word that is no plural, determiner or preposition), which the
// auxiliaries and past forms of looksLikeClause miss.
func (d *doc) presentClause(toks []token, c span) bool {
	for i := c.s + 1; i+1 < c.e && i < c.s+6; i++ {
		t := toks[i]
		if n := toks[i+1]; t.kind != tWord || !d.presentS(t.lower) || n.kind != tWord || n.isClass(cPrep|cStop) || conjunction(n) {
			continue // tons of, makers in: a plural noun
		}
		j := i - 1
		if j > c.s && (strings.HasSuffix(toks[j].lower, "ly") || d.inSet(setMidadverb, toks[j].lower)) {
			j-- // the argument inadvertently reveals
		}
		p := toks[j]
		if p.kind != tWord || p.isClass(cDeterminer|cPrep|cStop|cFinite) && !(j == c.s && (p.is("this") || p.is("that"))) {
			return false
		}
		return p.is("this") || p.is("that") || !strings.HasSuffix(p.lower, "s")
	}
	return false
}

// pluralPresent reports whether content opens with a plural subject after
// a determiner and a bare verb in the present that is followed by a
// determiner or "to": "the attacks highlight the risk", "the letters
// belong to him" (not "the votes in Ohio", "the claims last year").
func (d *doc) pluralPresent(toks []token, c span) bool {
	if !toks[c.s].isClass(cDeterminer) || toks[c.s].is("a") || toks[c.s].is("an") {
		return false
	}
	for i := c.s + 1; i+2 < c.e && i < c.s+5; i++ {
		t, v, n := toks[i], toks[i+1], toks[i+2]
		if t.kind != tWord || v.kind != tWord || n.kind != tWord {
			return false
		}
		if t.upper || !d.presentS(t.lower) || !d.bareVerb(v) {
			continue
		}
		return n.is("to") || n.isClass(cDeterminer) && !n.is("one")
	}
	return false
}

// singularPresent reports whether content opens with a determiner, a
// singular noun after a word at most, and a verb in the present third
// person that goes on with a word of what it does: "the pier needs
// repairs", "the report contains no errors" (not "the charges against
// her", "a few days later"). A cue that reports a clause but also takes
// an object (insists, claims, warns) needs the verb to tell a clause.
func (d *doc) singularPresent(toks []token, c span) bool {
	if c.e-c.s < 4 || !toks[c.s].isClass(cDeterminer) {
		return false
	}
	for i := c.s + 1; i+2 < c.e && i <= c.s+2; i++ {
		t, v, n := toks[i], toks[i+1], toks[i+2]
		if t.kind != tWord || v.kind != tWord || n.kind != tWord || t.upper || v.upper {
			return false
		}
		if plural(t.lower) || !d.presentS(v.lower) || v.isClass(cPrep|cStop|cTime|cDeterminer) || d.periodWord(v) {
			continue // the party's claims, a few days: not yet the verb
		}
		return n.is("no") || !n.isClass(cPrep|cStop|cTime) && !conjunction(n)
	}
	return false
}

// pastClause reports whether content opens with a short subject and a
// verb in the past that goes on with a determiner, "too" or the end of
// the sentence: "six planes filled the skies", "Tom Hill went too far"
// (not "a loss reported by …", "the ferry launched in May").
func (d *doc) pastClause(toks []token, c span) bool {
	for i := c.s + 1; i+1 < c.e && i < c.s+6; i++ {
		p, v, n := toks[i-1], toks[i], toks[i+1]
		if p.kind != tWord || v.kind != tWord {
			return false
		}
		if v.upper || p.isClass(cDeterminer|cPrep|cStop) || conjunction(p) || !d.pastForm(v.lower) {
			continue
		}
		return n.is("too") || n.isClass(cDeterminer) && !n.is("one") || n.isPunct(".")
	}
	return false
}

// subjunctive reports whether content after a cue of proposal opens with
// a short subject and a bare verb, or "not": "the clerk be fired", "the
// city raise the toll", "the clerk not return" (the plain form of a verb
// after a singular subject).
func (d *doc) subjunctive(toks []token, c span) bool {
	for i := c.s + 1; i+1 < c.e && i < c.s+5; i++ {
		p, v, n := toks[i-1], toks[i], toks[i+1]
		if p.kind != tWord || v.kind != tWord || n.kind != tWord {
			return false
		}
		if p.isClass(cDeterminer|cPrep|cStop) || conjunction(p) {
			continue
		}
		if v.is("be") || v.is("not") {
			return true
		}
		if d.bareVerb(v) && n.isClass(cDeterminer) && !n.is("one") {
			return true
		}
	}
	return false
}

// notBareVerb holds the classes of a word that is no plain present verb
// of a plural subject: a function word, an adverb, a time or a finite
// verb (bareVerb, bareVerbTo).
const notBareVerb = cPrep | cStop | cDeterminer | cAdverb | cTime | cPronoun | cFinite

// bareVerb reports whether t may be a plain present verb after a plural
// subject: lower case, not a function word, and without the endings of
// nouns, participles and adverbs (belong, highlight, bring; not of,
// cast-offs, raising).
func (d *doc) bareVerb(t token) bool {
	w := t.lower
	if t.upper || len(w) < 3 || t.isClass(notBareVerb) || conjunction(t) {
		return false
	}
	for _, suf := range []string{"s", "ed", "ing", "ly"} { // "s" covers 's and ’s too
		if strings.HasSuffix(w, suf) && (suf != "ing" || strings.ContainsAny(w[:len(w)-3], "aeiouy")) {
			return false // but bring, sing, cling: no vowel before -ing, so no -ing ending
		}
	}
	return !strings.ContainsAny(w, "-0123456789")
}

// presentS reports whether w may be a verb in the present third person:
// provides, reveals (not class, bonus, crisis, Ross's). w is a token's
// lower text, which writes ’ as ' (appendLower): one test covers Ross’s.
func (d *doc) presentS(w string) bool {
	return sEnding(w) && !strings.HasSuffix(w, "'s")
}

// pluralNotVerb reports whether w ends in a plural -s that no bare verb
// has: "reporters", "officials"; not "discuss", "focus", "this", "alias".
func pluralNotVerb(w string) bool {
	return sEnding(w) && !strings.HasSuffix(w, "as")
}

// sEnding reports whether w, of four letters or more, ends in the -s of a
// noun's plural or a verb's third person, not in -ss, -us or -is (class,
// bonus, crisis): the ending presentS and pluralNotVerb share, each
// ruling out its own few more.
func sEnding(w string) bool {
	return len(w) > 3 && plural(w) && !strings.HasSuffix(w, "is")
}

// pastForm reports whether the English word w is a past form: one in
// -ed, or an irregular one of the pastverb set (said, made, held).
func (d *doc) pastForm(w string) bool {
	return strings.HasSuffix(w, "ed") || d.inSet(setPastverb, w)
}

// gerund reports whether t is a lower-case -ing form that can open a
// verb phrase (raising, cutting), not a noun in -thing (nothing).
func (d *doc) gerund(t token) bool {
	return t.kind == tWord && !t.upper && len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing") && !strings.HasSuffix(t.lower, "thing")
}

// negatedCue reports whether the cue before content at toks[s] is
// negated (did not say, has never said, isn't saying, won't say): a
// negation among the three words before it.
func (d *doc) negatedCue(toks []token, s int) bool {
	for i := s - 2; i >= 0 && i >= s-4; i-- {
		if toks[i].kind != tWord {
			return false
		}
		if negation(toks[i]) {
			return true
		}
	}
	return false
}

// callsSomething reports whether content after a form of "call" names
// someone or something as what the source called it: "called him a liar",
// "called Tom Hill a 'moderate'", "called the plan a disaster" — an
// object, then "a" or a quote (after a determiner only "a": in "calls
// the "cartel"" the quote stands alone); or a reflexive: "calls himself a
// socialist".
func (d *doc) callsSomething(toks []token, c span, f *frame) bool {
	if !d.phoned(f) {
		return false // not call for, call on
	}
	first := toks[c.s]
	if first.kind == tWord && (strings.HasSuffix(first.lower, "self") || strings.HasSuffix(first.lower, "selves")) {
		return c.e-c.s > 1 // calls himself a socialist, called themselves very conservative
	}
	det := first.isClass(cDeterminer) && !first.is("a") && !first.is("an") && !first.isNumber()
	if first.kind != tWord || !first.isClass(cObject) && !(first.upper && !first.isClass(cTime)) && !first.is("it") && !det {
		return false
	}
	for i := c.s + 1; i < c.e && i <= c.s+4; i++ {
		if toks[i].kind == tQuote && !det || (toks[i].is("a") || toks[i].is("an")) && !(i+1 < c.e && toks[i+1].isClass(cPeriod|cTime)) {
			return true // called the plan a disaster; not "called the office an hour later"
		}
		if d.adjective(toks[i]) {
			return true // called him divisive, calls Ann Fox unqualified
		}
		if d.possessiveComplement(toks, c, i) {
			return true // called her son her hero, calling Tom Hill his friend
		}
		if toks[i].kind != tWord {
			return false
		}
	}
	return false
}

// possessiveComplement reports whether toks[i], after the object of
// "call" that opens c, is a possessive that opens what the object was
// called: "called her son her hero", "calling Tom Hill his friend" (not
// after a preposition: "called him on his phone", "called Jo Hill at her
// office").
func (d *doc) possessiveComplement(toks []token, c span, i int) bool {
	return i+1 < c.e && toks[i+1].kind == tWord && !toks[i].upper &&
		toks[i].isClass(cDeterminer) && !toks[i-1].isClass(cPrep) && d.inSet(setPossessive, toks[i].lower)
}

// adjective reports whether t is a lower-case word with an adjective's
// ending (divisive, dangerous, unqualified) and no adverbial: what a
// source calls something, not when or how it phoned (called him back).
func (d *doc) adjective(t token) bool {
	if t.kind != tWord || t.upper || t.isClass(cTime|cPeriod|cPrep|cStop|cAdverb|cFinite) || t.isCue() {
		return false
	}
	for n := 2; n <= 5 && n < len(t.lower); n++ {
		if d.inSet(setAdjending, t.lower[len(t.lower)-n:]) {
			return true
		}
	}
	return false
}

// withholds reports whether content after a form of deny names someone
// and then what was withheld from them, which is no statement denied:
// "denied him a second term", "deny them permits", "denied Tom Hill the
// nomination" (but "denied the claims", "denied Hill's account"). "Her"
// is left alone: it is as often a possessive (denied her claims).
func (d *doc) withholds(toks []token, c span, f *frame) bool {
	if !d.inSet(setWithholds, f.cueLower()) || c.e-c.s < 2 {
		return false
	}
	first := toks[c.s]
	if first.is("him") || first.is("them") || first.is("us") || first.is("me") {
		next := toks[c.s+1]
		return next.kind == tWord && !next.finite() && !next.is("to") // not "denied them to be …"
	}
	if first.kind != tWord || !first.upper || first.isClass(cTime|cDeterminer|cPronoun) {
		return false
	}
	i := capitalsOn(toks, c.s+1, min(c.e, c.s+4), 0) // the rest of the name: denied Tom Lee a seat
	return i < c.e && article(toks[i])
}

// writtenWork reports whether the object of write is a work or a
// document named by its noun within the first few words: "wrote a
// six-page letter to the board", "writing a book called …" tell what was
// written, not what it says (the annotators mark none of them). Not a
// clause whose subject such a noun heads (wrote the letter was forged).
func (d *doc) writtenWork(toks []token, c span, cue string) bool {
	return !d.german && d.inSet(setWrites, cue) && d.namesWork(toks, c) == 1
}

// releasedThing reports whether the object of release is no document:
// "most state parties release those delegates", "released two new
// commercials" (but "released a statement", "released a video that
// said …", whose words are reported).
func (d *doc) releasedThing(toks []token, c span, cue string) bool {
	return !d.german && d.inSet(setReleases, cue) && d.namesWork(toks, c) == 0
}

// namesWork tells whether an object names a work or a document by its
// noun within its first few words (a detailed, six-page letter; the
// following statement): 1 if so, 0 if the object names something else,
// -1 if it is no object but a clause (the letter was forged; it said).
// The set lookup comes last, for the few words that reach it.
func (d *doc) namesWork(toks []token, c span) int {
	if toks[c.s].kind != tWord || toks[c.s].upper || subjectPronoun(toks[c.s].lower) || toks[c.s].isClass(cPronoun) {
		return -1
	}
	for i := c.s; i < c.e && i < c.s+5; i++ {
		t := toks[i]
		if t.kind != tWord {
			if t.isComma() || t.isPunct("-") {
				continue // a detailed, six-page letter
			}
			return 0
		}
		if t.is("that") || t.finite() {
			return -1
		}
		if !t.upper && (t.isClass(cGenre|cDocument) || d.inSet(setWrittenworks, t.lower)) {
			if i+1 < c.e && toks[i+1].kind == tWord && toks[i+1].finite() {
				return -1
			}
			return 1
		}
	}
	return 0
}

// questionObject reports whether the object of ask or answer is only the
// word question, which tells nothing of what was asked: "asked him a
// question", "asking her a series of questions", "answered questions
// from the crowd" (but "asked whether …", "asked about …" report it).
func (d *doc) questionObject(toks []token, c span, f *frame) bool {
	cue := f.cueLower()
	if !strings.HasPrefix(cue, "ask") && !strings.HasPrefix(cue, "answer") {
		return false
	}
	for i := c.s; i < c.e && i < c.s+5; i++ {
		t := toks[i]
		switch {
		case t.is("question") || t.is("questions"):
			return true
		case t.kind != tWord || !t.isClass(cObject|cDeterminer) && !t.is("series") && !t.is("of"):
			return false
		}
	}
	return false
}

// phoned reports whether a frame's cue is a bare form of "call" (not call
// for, call on), whose object, unless it is named something
// (callsSomething), is someone phoned or something convened: "called
// both candidates on Tuesday", "called a meeting".
func (d *doc) phoned(f *frame) bool {
	return strings.HasPrefix(f.cueLower(), "call") && !strings.Contains(f.cueText, " ")
}

// withComplementizer moves the start of reported content back over the
// "that" or "dass" that introduces it: annotators count it as content.
func (d *doc) withComplementizer(toks []token, s int) int {
	if s > 0 && (toks[s-1].is("that") || toks[s-1].is("dass")) {
		return s - 1
	}
	if s > 1 && !d.german && toks[s-1].isComma() && toks[s-2].is("that") {
		return s - 2 // said that, in retrospect, …
	}
	return s
}

// fronted reports whether English words before a source ("…, he said")
// open the sentence without being a statement: a phrase without a verb (In
// a July interview with MSNBC) or a subordinate clause without the main
// clause after it (As the parade rolled through town).
func (d *doc) fronted(toks []token, c span) bool {
	for c.s < c.e && (toks[c.s].is("and") || toks[c.s].is("but") || toks[c.s].is("or") || toks[c.s].is("yet")) {
		c.s++ // But a campaign operative decided …
	}
	if c.s >= c.e {
		return true
	}
	first := toks[c.s]
	switch {
	case strings.HasSuffix(first.lower, "ing") || first.isClass(cClause|cConditional):
		// Sitting down with the host on Thursday, …; As the parade
		// passed, …: content only with a main clause after the comma,
		// or when the -ing word is a title (Ranking Democrat Ann Lee is …)
		return d.mainClause(toks, c) < 0 && !d.titleSubject(toks, c) && !d.gerundSubject(toks, c)
	case first.isClass(cPrep) && !d.approximately(toks, c.s, c.e):
		// but "About 270 people live here" opens with its subject; with no
		// mark or auxiliary in it an -ed word is a participle of the
		// phrase (In an appeal to voters inclined to back Hill, …)
		return !d.hasVerb(toks, c) || !d.hasPunct(toks, c.s, c.e) && !d.hasAuxiliary(toks, c)
	}
	// a sentence that opens with its subject; a short one needs a verb to
	// be more than a description (A Warren adviser, …)
	return d.wordsIn(toks, c) <= 3 && !d.hasVerb(toks, c) // Then, last week, Tom Hill called.
}

// hasAuxiliary reports whether toks[c] holds an English auxiliary or modal.
func (d *doc) hasAuxiliary(toks []token, c span) bool {
	for _, t := range toks[c.s:c.e] {
		if t.kind == tWord && !t.upper && t.finite() {
			return true
		}
	}
	return false
}

// gerundSubject reports whether content opens with an -ing phrase that an
// auxiliary follows before any punctuation (Finding the tunnels is not
// simple, he said): the phrase is the clause's subject, not an adverbial.
func (d *doc) gerundSubject(toks []token, c span) bool {
	if !strings.HasSuffix(toks[c.s].lower, "ing") || toks[c.s].isCue() && !d.gerundSubjectOfInverted(toks, c.s, len(toks)) {
		return false // but "Noting that …": a participle that reports
	}
	for i := c.s + 1; i < c.e && i < c.s+16; i++ {
		if toks[i].kind != tWord {
			return false
		}
		if toks[i].finite() {
			return i > c.s+1
		}
	}
	return false
}

// titleSubject reports whether an -ing word opening toks[c] is part of a
// title before a name whose clause has its auxiliary before any comma:
// "Ranking Democrat Ann Lee (Ohio) is waiting for the report"; not
// "Sitting down with Fox News on Thursday" or "Citing Lee's report, …".
func (d *doc) titleSubject(toks []token, c span) bool {
	if c.s+1 >= c.e || !toks[c.s+1].upper || toks[c.s].isCue() {
		return false
	}
	for i := c.s + 2; i < c.e && i < c.s+maxContent; i++ {
		t := toks[i]
		switch {
		case t.isPunct(",;:—–"):
			return false
		case t.kind != tWord || t.upper:
		case t.finite():
			return true
		case !t.isClass(cAdverb):
			return false // the name ends at its verb: Visiting Professor Ann Lee wrote …
		}
	}
	return false
}

// leadingAdverbial reports whether reported content (after its "that")
// opens with a phrase or clause of time, place or concession whose comma
// a main clause follows: "despite the rain, the fair would open", "that
// in the end, he would win"; not an infinitive or "for", which a
// comma ends ("to run, but …").
func (d *doc) leadingAdverbial(toks []token, c span) bool {
	if toks[c.s].is("that") && c.s+1 < c.e {
		c.s++
	}
	first := toks[c.s]
	if first.kind != tWord || !first.isClass(cPrep|cClause) || first.is("to") || first.is("for") || first.isClass(cStop|cRelative) && !first.isClass(cPrep|cConditional) {
		return false
	}
	m := d.mainClause(toks, c)
	return m > 0 && m-c.s <= 12 && d.opensFiniteClause(toks, span{m, c.e})
}

// mainClause returns where the main clause starts after a fronted
// subordinate clause in toks[c] (If the state paid, the towns would
// lose), or -1.
func (d *doc) mainClause(toks []token, c span) int {
	for i := c.s + 1; i+1 < c.e && i < c.s+maxContent; i++ {
		if toks[i].isComma() && (d.opensFiniteClause(toks, span{i + 1, c.e}) || d.hasVerb(toks, span{min(i+2, c.e), min(i+12, c.e)})) {
			return i + 1
		}
	}
	return -1
}

// endsInRelative reports whether German content ends with a relative
// clause or an appositive after its last comma (Die Bank, die seit 2002 …;
// auf die im Bericht hingewiesen wird): the sentence's subject, not
// something said.
func (d *doc) endsInRelative(toks []token, c span) bool {
	for i := c.e - 1; i > c.s; i-- {
		if !toks[i].isComma() {
			continue
		}
		j := i + 1
		if j < c.e && toks[j].isClass(cPrep) {
			j++ // auf die, in der
		}
		// but not an article before a noun: …, um die Armut zu bekämpfen
		// (dessen and deren before a noun still open a relative clause);
		// nor a clause with its own verb before the first comma, which the
		// relative clause only ends (Die Brücke ist so lang wie der
		// Damm, der …, erklärte sie)
		return j < c.e && d.relativePronoun(toks[j].lower) && (j+1 >= c.e || toks[j+1].kind != tWord || !toks[j+1].upper || toks[j].is("dessen") || toks[j].is("deren")) &&
			!(j+1 < c.e && toks[j+1].isNumber()) && // am Samstag, den 6. Februar: a date
			!d.hasGermanVerb(toks, d.toComma(toks, c)) && d.mainClauseComma(toks, c.s, i) <= c.s
	}
	return false
}

// relativePronoun reports whether a lower-case word can open a German
// relative clause (der, deren, welche).
func (d *doc) relativePronoun(w string) bool { return d.has(cRelPronoun, w) }

// hasVerb reports whether toks[c] holds a finite verb after its first word.
func (d *doc) hasVerb(toks []token, c span) bool {
	for _, t := range toks[min(c.s+1, c.e):c.e] {
		if t.clauseVerb() {
			return true
		}
	}
	return false
}

// clauseVerb reports whether t looks like the verb of an English clause:
// a lower-case auxiliary or modal, or an -ed form (would, isn't, walked).
func (t *token) clauseVerb() bool {
	return t.kind == tWord && !t.upper && (t.finite() || strings.HasSuffix(t.lower, "ed"))
}

// finite reports whether t is an English auxiliary or modal, negated or
// not (is, would, didn't): the surest sign of a clause.
func (t *token) finite() bool {
	return t.isClass(cFinite) || strings.HasSuffix(t.lower, "n't")
}

// isCoreSay reports whether a frame's cue is say or tell, which report a
// clause without "that" far more often than they take an object.
func (d *doc) isCoreSay(f *frame) bool { return d.has(cCore, f.cueLower()) }

// looksLikeClause reports whether content after a cue reads as a clause
// rather than an object: a pronoun subject, or a finite verb (would, is,
// has, -ed, an irregular past such as made) among its first words. A
// long subject puts its verb further on: there only an auxiliary or
// modal counts, before any relative clause (argued Tom Hill's plan to
// pay for the road by raising tolls would fail; not: reported a loss for
// the year that was …).
func (d *doc) looksLikeClause(toks []token, c span) bool {
	if c.s >= c.e {
		return false // said even if: no words after the conditional
	}
	if toks[c.s].cls&cPronoun != 0 {
		return true
	}
	for i := c.s + 1; i < c.e && i < c.s+16; i++ {
		t := toks[i]
		if t.kind != tWord {
			if t.isPunct(",;:") {
				return t.isComma() && d.asideThenVerb(toks, i, c.e)
			}
			continue
		}
		if i >= c.s+8 {
			if t.is("that") || t.isClass(cRelative) {
				return false
			}
			if t.finite() {
				return true
			}
			continue
		}
		if strings.HasSuffix(t.lower, "ed") && i+1 < c.e && toks[i+1].is("by") && !toks[i-1].finite() {
			continue // wrote the speech delivered by the mayor: a participle on the noun, no verb
		}
		if t.finite() || strings.HasSuffix(t.lower, "ed") ||
			strings.HasSuffix(t.lower, "'s") && !isPossessive(t.lower) {
			return true
		}
		if !t.upper && d.inSet(setPastverb, t.lower) {
			return true // argued the piece made him look good: an irregular past
		}
	}
	return false
}

// asideThenVerb reports whether the comma at toks[i] opens an aside in
// the subject of a clause that closes with a comma before the subject's
// verb: "believe her record as mayor, for all its flaws, will help",
// "believes the tax, especially among the young, ensures her support".
// A verb in the present must have a determiner or an object after it.
func (d *doc) asideThenVerb(toks []token, i, e int) bool {
	j := d.asideComma(toks, i+1, i+25, e, true)
	if j <= i+1 {
		return false
	}
	n := toks[j+1]
	return n.clauseVerb() || !n.upper && d.presentS(n.lower) && j+2 < e && toks[j+2].isClass(cDeterminer|cObject)
}

// asideComma returns the index of the first comma from toks[j], before
// toks[lim] and with a token after it before toks[e], when no other
// punctuation but a hyphen or apostrophe (and, with cues, no cue) comes
// first: the comma that closes an aside; else -1.
func (d *doc) asideComma(toks []token, j, lim, e int, cues bool) int {
	for ; j+1 < e && j < lim; j++ {
		t := toks[j]
		if t.isComma() {
			return j
		}
		if t.kind == tPunct && !t.isPunct("-'’") || cues && t.isCue() {
			return -1
		}
	}
	return -1
}

// opensFiniteClause reports whether content after a cue that takes an
// object as often as a clause (reports, suggested, found) is a clause: a
// subject pronoun, or an auxiliary or modal among its first words (Polls
// suggest it would pass; The Post reports the talks have failed).
func (d *doc) opensFiniteClause(toks []token, c span) bool {
	w, _, _ := strings.Cut(toks[c.s].lower, "'") // she'll, they're: a subject with its auxiliary
	if w == "you" || subjectPronoun(w) {
		return true
	}
	for i, lim := c.s+1, c.s+8; i < c.e && i < lim; i++ {
		t := toks[i]
		if t.kind != tWord {
			if j := d.dashAsideEnd(toks, i, c.e); j > i {
				lim += j - i + 1 // local officials – not Washington – run it: the aside does not count
				i = j
				continue
			}
			return false
		}
		if t.is("that") || t.isClass(cRelative) {
			return false // began a shift that has …: the verb of a relative clause
		}
		if t.finite() {
			return true
		}
	}
	return false
}

// dashAsideEnd returns the dash that closes an aside a dash at toks[i]
// opens within a few words (officials – and not the federal government –
// are), or -1.
func (d *doc) dashAsideEnd(toks []token, i, e int) int {
	if !d.asideDash(toks[i]) {
		return -1
	}
	for j := i + 1; j < e && j <= i+10; j++ {
		if d.asideDash(toks[j]) {
			return j
		}
		if toks[j].kind != tWord {
			return -1
		}
	}
	return -1
}

// afterCueComma reports whether English content opens right after a cue
// and its comma (says, win or lose, he will stay): the words up to the
// next comma are an aside before the clause said.
func (d *doc) afterCueComma(toks []token, s int) bool {
	return !d.german && s >= 2 && toks[s-1].isComma() && toks[s-2].isCue()
}

// afterThatComma reports whether English content opens right after
// "that" and a comma (found that, on average, …): a phrase set off before
// the clause, which is still to come.
func (d *doc) afterThatComma(toks []token, s int) bool {
	return s >= 2 && toks[s-1].isComma() && toks[s-2].is("that")
}

// leadsToClause reports whether English content at toks[s], right after
// "that" and a comma, is a short phrase with no finite verb up to the
// quote at toks[q]: the quote and its comma close a phrase set off before
// the clause (that, thanks to his "secret method," he won), which is
// still to come.
func (d *doc) leadsToClause(toks []token, s, q int) bool {
	if !d.afterThatComma(toks, s) || q-s > 8 {
		return false
	}
	for _, t := range toks[s:q] {
		if t.finite() {
			return false // that, when it was "a mess," the board …: a clause of its own already
		}
	}
	return true
}

// clauseOnly trims reported content to its first clause: it ends before a
// comma (", even as …", ", which …", ", adding"), a semicolon, a dash, a
// parenthesis or a comparison (… compared with 41 percent); a parenthesis
// or a pair of dashes inside the clause does not end it. A poll's finding
// goes on over a comparison and a contrast (polls show Hill at 40
// percent, while Lee has 35), which annotators mark with it (4 of 4).
func (d *doc) clauseOnly(toks []token, c span, finding bool) span {
	relative := false // inside a relative clause on the content's subject
	verb := false     // a verb so far: the content's subject is behind
	// the first comma ends a leading conditional or adverbial, after
	// "that" too (that since she is not running, she should …): annotators
	// keep the clause from "that" whole 96 times to 2; so too any phrase
	// set off by commas right after "that" (that, unlike his rivals, he …)
	condition := toks[c.s].isClass(cConditional) || d.leadingAdverbial(toks, c) || d.subordinateAfterThat(toks, c.s) || d.evenIf(toks, c) || d.afterCueComma(toks, c.s) || d.afterThatComma(toks, c.s)
	fronted := d.frontedPhrase(toks, c.s) // that despite the vote, …: a phrase before the main clause
	dash := -1                            // the last dash the content went on over
	// plain is where the words from c.s+1 on stop being known to hold no
	// verb, no punctuation, no "compared" and no "that", as wordsScanned
	// records
	plain := c.s + 1
	for i := c.s + 1; i < c.e; i++ {
		t := toks[i]
		if t.kind != tPunct {
			if j := d.wordsScanned.past(d.sentNo, i); j > i {
				if plain == i {
					plain = j
				}
				i = min(j, c.e) - 1 // read for an earlier content: nothing there changes the loop's state
				continue
			}
			// a word or a quote: only "compared" ends the clause (not a
			// poll's finding), and a word may be its verb; the tests below
			// are of punctuation
			compared := t.is("compared")
			if compared && !finding {
				c.e = i
				break
			}
			if t.is("that") && verb && i+1 < c.e && !toks[i+1].clauseVerb() && (toks[i-1].clauseVerb() || toks[i-1].isCue()) {
				verb = false // found that the trusts, which …, are: a new clause, its subject ahead
			}
			verb = verb || t.clauseVerb()
			if !verb && plain == i && !compared && !t.is("that") { // a that may reset verb for a later content
				plain = i + 1
			}
			continue
		}
		if j := d.insertion(toks, i, c.e); j > i {
			i = j // that Tom Hill (who has 20 votes) must win: the clause goes on
			continue
		}
		if t.isComma() && partyAfterName(toks, i-1) {
			continue // who backed Sen. Tom Hill, D-Ore., now support …: the comma closes the name's party, not the clause
		}
		if t.isPunct("(") && !verb && (condition || d.afterThatComma(toks, c.s)) {
			continue // that, on average in 2014 (the latest data), wages …: a gloss in the leading phrase, the clause still ahead
		}
		if t.isPunct(";—–―(") && !d.dashGoesOn(toks, i, c.e) && !d.nameList(toks, i, c.e) || d.asideDash(t) && i+1 < c.e && dashConcession(toks, i+1, c.e) {
			c.e = i // a spaced hyphen too ends it before a concession: - though …
			break
		}
		if t.isPunct("—–―") {
			dash = i
		}
		if t.isComma() && i-1 > c.s && d.thatBeforeComma(toks, i) {
			condition = true // it is fitting that, having lost before, she …: the clause after the aside is the content
			continue
		}
		if fronted && t.isComma() {
			fronted = false
			if !verb {
				// that as mayor, she would …: the main clause follows; that
				// in 2004, while she was 19, she was …: after the clause the
				// phrase leads into
				condition = condition || i+1 < c.e && d.inSet(setSubordinate, toks[i+1].lower)
				continue
			}
		}
		if t.isComma() && d.secondClause(toks, c.s, i+1, c.e) {
			c.e = i
			break
		}
		if !t.isComma() || i+1 >= c.e || !d.endsClause(toks[i+1]) || d.adjectiveComma(toks, i) || d.infinitiveList(toks, c.s, i+1, c.e) || d.butGoesOn(toks, i+1, c.e) || d.phraseGoesOn(toks, i+1, c.e) || finding && (d.contrasts(toks[i+1]) || d.findingGoesOn(toks, i+1, c.e)) {
			continue
		}
		switch {
		case relative:
			relative = false // that Tom Hill, whose son …, will attend: the clause goes on
		case i-c.s <= 4 && !verb && toks[i+1].isClass(cRelative),
			!verb && d.verbAfterAside(toks, i+1, c.e),
			d.infinitiveAfterAside(toks, i+1, c.e),
			d.asideBefore(toks, c.s, i, c.e):
			// … that the entities, which include trusts, are still …; that
			// Tom Hill, even as a candidate, had …: an aside in the subject
			relative = true
		case condition:
			condition = false // if she is elected, she will …: the main clause follows
		case i-c.s <= 8 && !verb && d.verbAfterClosedAside(toks, c.s, i, c.e):
			// that Jo Vale, in fact, told the board …: the subject's verb
			// after an aside that commas set off
		case i-c.s <= 5 && !verb && d.connectiveAside(toks, i):
			// said she, too, wants …; that the plan, however, would
			// fail: the subject's verb follows the aside
		default:
			c.e = i
		}
		if c.e == i {
			break
		}
	}
	d.wordsScanned = d.wordsScanned.add(d.sentNo, c.s+1, plain)
	if dash >= 0 && c.e-dash <= 3 {
		c.e = dash // — even, …: too little after the dash to be said
	}
	for c.e > c.s && toks[c.e-1].kind == tPunct {
		c.e--
	}
	return c
}

// beforeWhileCue returns where English content c ends before "while" or
// "before" and an -ing cue, past "also" (said the toll was unfair while
// adding that …; said it was "unfair" before also noting, "…"): the
// participle reports on its own, with the clause's source; else c.e.
func (d *doc) beforeWhileCue(toks []token, c span) int {
	if d.german {
		return c.e
	}
	for i := c.s + 2; i < c.e && i+2 < len(toks); i++ { // the cue may open the next frame, past c.e
		t := &toks[i]
		if !t.is("while") && !t.is("before") {
			continue
		}
		j := i + 1
		if toks[j].is("also") {
			j++
		}
		if n := &toks[j]; n.isCue() && strings.HasSuffix(n.lower, "ing") {
			return i
		}
	}
	return c.e
}

// partyAfterName reports whether toks[k] is a party and state that
// commas set off after a name (Sen. Tom Hill, D-Ore., …; Ann Roe,
// R-Texas, …): the comma after it closes the name's gloss.
func partyAfterName(toks []token, k int) bool {
	if k < 2 || !toks[k-1].isComma() || !toks[k-2].upper {
		return false
	}
	t := &toks[k]
	return t.kind == tWord && t.upper && len(t.lower) >= 4 && strings.IndexByte("dri", t.lower[0]) >= 0 && t.lower[1] == '-'
}

// adjectiveComma reports whether the comma at toks[i] follows an article
// and an adjective and comes before another lower-case word: a comma
// between two adjectives of one noun (was a wasteful, self-serving body),
// which ends no clause.
func (d *doc) adjectiveComma(toks []token, i int) bool {
	if i < 2 || i+1 >= len(toks) || !(toks[i-2].is("a") || toks[i-2].is("an")) {
		return false
	}
	n := toks[i+1] // no verb, cue or function word: a disappointment, said that …
	if n.kind != tWord || n.upper || n.clauseVerb() || n.isCue() || n.isClass(cStop|cClause|cPrep|cPronoun|cDeterminer|cSubordinator) {
		return false
	}
	return d.adjective(toks[i-1])
}

// nameList reports whether the semicolon at toks[i] separates items of a
// list of names that "and" closes, with no verb in them: "along with Tom
// Hill; Rep. Ann Roe, R-Ohio; and Jo Vale", "Hill at 23 percent; Roe at
// 12 percent, and Vale": the list is part of what was said.
func (d *doc) nameList(toks []token, i, e int) bool {
	if !toks[i].isPunct(";") || i+1 >= e || !toks[i+1].upper || d.german {
		return false
	}
	for k := i + 1; k < e && k < i+60; k++ {
		t := toks[k]
		switch {
		case t.kind == tPunct:
			if t.isPunct(".!?:") && (k+1 >= e || toks[k+1].upper && !toks[k-1].upper) {
				return false // the sentence ends (not the period of "Rep.")
			}
		case t.is("and"):
			return toks[k-1].isPunct(";,") && k+1 < e && toks[k+1].upper
		case t.kind == tQuote || !t.upper && !unicode.IsDigit(d.r[t.s]) && !t.is("percent") && !t.isClass(cPrep|cDeterminer):
			return false // a verb or any other word: a clause, no list
		}
	}
	return false
}

// evenIf reports whether content opens with "even" and a conditional
// (even if Tom Hill wins, he would …; even when it rains, …): a leading
// conditional all the same.
func (d *doc) evenIf(toks []token, c span) bool {
	return c.s+1 < c.e && toks[c.s].is("even") && toks[c.s+1].isClass(cConditional)
}

// contrasts reports whether t opens the other side of a finding (polls
// show Hill ahead, while Lee …; compared with …).
func (d *doc) contrasts(t token) bool {
	return t.is("while") || t.is("whereas") || t.is("compared")
}

// findingGoesOn reports whether a participle at toks[i], after a comma
// and perhaps "but", adds to a poll's finding (Hill with a lead, earning
// 51 percent …; Hill even statewide, but losing the south …): annotators
// mark it with the finding.
func (d *doc) findingGoesOn(toks []token, i, e int) bool {
	if toks[i].is("but") && i+1 < e {
		i++
	}
	t := toks[i]
	return t.kind == tWord && strings.HasSuffix(t.lower, "ing") && !t.isCue()
}

// subordinateAfterThat reports whether content right after "that" opens
// with a subordinating word (that since she is not running, she should
// …; that by the time it came, it was too late): the main clause follows
// its comma.
func (d *doc) subordinateAfterThat(toks []token, s int) bool {
	p := s - 1
	if p > 0 && toks[p].isComma() {
		p--
	}
	if p < 0 || !toks[p].is("that") {
		return false
	}
	t := toks[s]
	if s+1 < len(toks) && toks[s+1].isComma() && t.kind == tWord && !t.upper && strings.HasSuffix(t.lower, "ly") {
		return true // that ultimately, it was …; that lately, when he speaks, he …: an adverb set off by its comma
	}
	return d.inSet(setSubordinate, t.lower) || t.is("given") || t.is("by") && s+2 < len(toks) && toks[s+1].is("the") && toks[s+2].is("time")
}

// thatBeforeComma reports whether the comma at toks[i] follows "that",
// or "that" and an -ly adverb: a clause opened and not yet begun (it is
// fitting that, having lost before, she …; he was glad that lately, when
// he speaks, he …). The caller sees to i-1 being past the content's
// first word.
func (d *doc) thatBeforeComma(toks []token, i int) bool {
	p := toks[i-1]
	if p.kind == tWord && !p.upper && strings.HasSuffix(p.lower, "ly") {
		p = toks[i-2]
	}
	return p.is("that")
}

// secondClause reports whether ", and" at toks[j] opens a clause with a
// subject and a verb of its own after reported content: a clause the
// speaker said would take its own that (that the toll would rise, and
// that …), so this one is the writer's: "that the toll would rise, and
// the mayor walked out" (4 times to 1 in PolNeAR; without that, "said the
// toll would rise, and the mayor walked out", 7 times to 2). Where the
// content stops at a name or determiner after the words that follow
// "and", the next frame's source starts there and those words are its
// subject too.
func (d *doc) secondClause(toks []token, s, j, e int) bool {
	if s == 0 || j+1 >= e || !toks[j].is("and") {
		return false
	}
	n := toks[j+1]
	if n.kind != tWord || !(n.upper || n.isClass(cPronoun|cDeterminer)) || n.is("that") {
		return false
	}
	limit := j + 7
	for k := j + 2; k < e && k < limit; k++ {
		t := toks[k]
		if t.isPunct("'’") && strings.HasSuffix(toks[k-1].lower, "s") {
			limit++
			continue // and the miners' union stepped in: a plural possessive
		}
		if t.kind != tWord {
			return false
		}
		if (t.upper || t.is("of")) && toks[k-1].upper && limit < j+12 {
			limit++ // and the Civil Liberties Union of Ohio has sued: a long name, one subject
		}
		if t.clauseVerb() {
			// and the mayor walked out; and both sides aren't …; but
			// without that, a modal goes on with what was said: said the
			// ferry would run, and the bridge would open in May
			return toks[s-1].is("that") || !d.inSet(setModal, t.lower)
		}
	}
	// the content stops mid-sentence at the words after "and": the next
	// frame's source starts there, the noun before it is its own (and the
	// civil rights group the Harbor League denounced …)
	return e-j <= 8 && e < len(toks) && toks[e].kind == tWord && (toks[e].upper || toks[e].isClass(cDeterminer)) && !d.hasPunct(toks, j, e)
}

// dashGoesOn reports whether a dash at toks[i] in reported content opens
// an elaboration the annotators count as content (that it would be fun —
// something she could understand; he expects two to drop out — including
// Jeb Lee), not a new clause (— and the …, — but he …) or the writer's
// own words (— according to …, — lambasting …).
func (d *doc) dashGoesOn(toks []token, i, e int) bool {
	if !toks[i].isPunct("—–―") || i+1 >= e {
		return false
	}
	n := toks[i+1]
	if conjunction(n) && i+2 < e && d.secondClauseAfterDash(toks, i+2, e) {
		return true // that riders may be restless — and that the board …
	}
	// a participle opens the writer's comment (— lambasting …), but not
	// "including" or "something"
	participle := strings.HasSuffix(n.lower, "ing") && !n.is("including") && !n.isClass(cQuantifier)
	return n.kind == tWord && !conjunction(n) && !participle && !n.isCue() && !n.isClass(cPrepcue) && !dashConcession(toks, i+1, e)
}

// dashConcession reports whether toks[j], right after a dash, opens a
// concession: "though", "although" or "even though" (will seek reelection
// — though it is unclear …): the writer's own qualification, where
// PolNeAR content stops 6 times of 6 in the dev text.
func dashConcession(toks []token, j, e int) bool {
	n := toks[j]
	return n.is("though") || n.is("although") || n.is("even") && j+1 < e && toks[j+1].is("though")
}

// secondClauseAfterDash reports whether toks[j], after a dash and a
// conjunction, opens a second clause the same reported words go on with:
// "that" and its own subject (— and that the board should wait; not: —
// and that was a shame), or "if" or "whether" (— or if the mayor steps in).
func (d *doc) secondClauseAfterDash(toks []token, j, e int) bool {
	return d.secondThatClause(toks, j, e) || toks[j].is("if") || toks[j].is("whether")
}

// conjunction reports whether t is "and", "but" or "or", which join
// clauses: "…, and the board agreed" opens a clause of its own.
func conjunction(t token) bool {
	return t.is("and") || t.is("but") || t.is("or")
}

// germanConjunction reports whether t joins German main clauses: und,
// oder, aber, doch, sondern (…, Korn sei tot, doch der Sprecher …).
func germanConjunction(t token) bool {
	return t.is("und") || t.is("oder") || t.is("aber") || t.is("doch") || t.is("sondern")
}

// butGoesOn reports whether "but" at toks[i] goes on with the reported
// clause: before a modal or an auxiliary, the clause's own subject does
// more (that he would stay, but would not run); after "not", it gives the
// other half (not a failure, but a catastrophe); before "that" and a
// subject, a second that clause follows (that …, but that they …); "but
// rather" corrects a "not" before it (would not "close" the camp, but
// rather move it): PolNeAR content runs over it 8 times of 8.
func (d *doc) butGoesOn(toks []token, i, e int) bool {
	if !toks[i].is("but") || i+1 >= e {
		return false
	}
	n := toks[i+1]
	if n.is("that") {
		return d.secondThatClause(toks, i+1, e) // but that they …, not "but that was …"
	}
	// a form of do is more often the source's own next verb: said she
	// would stay, but did not say how long
	do := strings.HasPrefix(n.lower, "d")
	return n.finite() && !do || n.is("not") || n.is("also") || n.is("only") || n.is("because") || n.is("rather") || d.notButPhrase(toks, i, e)
}

// notButPhrase reports whether "but" at toks[i] gives the other half of a
// "not" a few words before it (was not just a failure, but a catastrophe;
// competes not with radio, but with cable; is not about the past but the
// future): a phrase with no verb of its own, up to the end of the content,
// goes on with what was said. A clause after "but" (was not an event, but
// the mayor was there; but he agreed) is the writer's or another report.
// Its caller, butGoesOn, has checked that a token follows "but" before e.
func (d *doc) notButPhrase(toks []token, i, e int) bool {
	if e-i > maxContent || toks[i+1].kind != tWord || toks[i+1].isClass(cPronoun) {
		return false
	}
	j := i - 1
	if j >= 0 && toks[j].isComma() {
		j--
	}
	for ; j >= 0 && i-j <= 8 && toks[j].kind == tWord; j-- {
		if toks[j].is("not") || strings.HasSuffix(toks[j].lower, "n't") {
			for k := i + 1; k < e; k++ {
				if toks[k].clauseVerb() || toks[k].isCue() {
					return false
				}
			}
			return true
		}
	}
	return false
}

// secondThatClause reports whether the "that" at toks[j] opens a second
// that clause, its subject right after it (but that they …; but that
// there is …; but that Jo Hill …; — and that riders would …), not a
// pronoun that is the subject itself (but that was wrong).
func (d *doc) secondThatClause(toks []token, j, e int) bool {
	if j+1 >= e || !toks[j].is("that") {
		return false
	}
	m := toks[j+1]
	if m.kind != tWord || m.finite() {
		return false
	}
	if pluralNotVerb(m.lower) && j+2 < e && toks[j+2].finite() {
		return true // a bare plural and its verb: that riders would pay
	}
	return m.isClass(cPronoun|cDeterminer|cAdverb) || m.upper || d.inSet(setDummysubject, m.lower)
}

// phraseGoesOn reports whether the words after a comma in reported
// content go on with it though their first word often ends it: "as well
// as" adds to a list (a new clubhouse, as well as a pool) and "as" before
// an article gives a role (the town, as the new owner); "even" before
// if or a preposition qualifies what was said (no problem with it, even
// if they disagree; even during a crisis), where "even as" and "even
// though" mostly open the writer's own clause; "the" or "a" opens the next
// item of a list that "and" or "or" closes before any verb (differ on
// taxes, the deal and the court).
func (d *doc) phraseGoesOn(toks []token, i, e int) bool {
	if i+2 >= e {
		return false
	}
	n, m := toks[i], toks[i+1]
	switch {
	case n.is("as"):
		// as well as a pool; as the perfect day off: a role, not "as
		// police said"
		return m.is("well") && toks[i+2].is("as") || article(m) && !d.hasVerb(toks, span{i + 1, min(e, i+8)}) // not "as the Fed prepared"
	case n.is("even"):
		// even one word and a comma: an aside on a modifier (the dark,
		// even grim, vision)
		return m.is("if") || m.isClass(cPrep) && !m.is("while") || m.kind == tWord && !m.upper && toks[i+2].isComma()
	case n.is("when"):
		return d.year(toks[i-2])
	case n.is("so"):
		// so that it takes effect …; so they should …: a purpose or a
		// result the source gives (6 times to 0 in PolNeAR)
		return m.is("that") || m.isClass(cPronoun) && !m.is("who")
	case n.is("though") || n.is("although"):
		// though his family did not: the other side of what was said (7
		// times to 1 in PolNeAR); but "though she said …" is the writer's
		return m.kind == tWord && !d.cueWithin(toks, i+1, min(e, i+5))
	case n.isClass(cPrep) && d.setOffBeforeObject(toks, i, e):
		return true
	case article(n):
		return d.listItem(toks, i+1, e)
	case d.gerund(n):
		return d.gerundList(toks, i, e)
	case n.kind == tWord && !n.upper && !n.is("yet") && !n.isClass(cClause|cSubordinator|cPronoun|cPrep|cStop) && !strings.HasSuffix(n.lower, "ing"):
		return d.bareList(toks, i, e)
	}
	return false
}

// setOffBeforeObject reports whether the comma before toks[i] opens a
// short prepositional aside, closed by a comma, between a verb and its
// number object (users were spending, on average, 50 minutes a day; it
// will cost, at most, 20 dollars): the clause goes on past the aside.
func (d *doc) setOffBeforeObject(toks []token, i, e int) bool {
	if i < 2 || !toks[i-2].clauseVerb() && !d.gerund(toks[i-2]) {
		return false
	}
	for j := i + 1; j < e && j <= i+2; j++ {
		if toks[j].isComma() {
			return j+1 < e && toks[j+1].isNumber()
		}
		if toks[j].kind != tWord || toks[j].upper {
			return false
		}
	}
	return false
}

// bareList reports whether the words from toks[i] after a comma are the
// next items of a list of nouns that "and" or "or" closes before any
// verb, though an item looks like a cue or an adverb: lacks the money,
// message, time and staff; the first mate, first officer or even first
// hand.
func (d *doc) bareList(toks []token, i, e int) bool {
	for k := i; k+1 < e && k < i+10; k++ {
		t := toks[k]
		if t.isComma() && k > i {
			continue
		}
		if t.kind != tWord || t.upper || t.finite() || strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ing") {
			return false
		}
		if k > i && (t.is("and") || t.is("or")) {
			return toks[k+1].kind == tWord
		}
	}
	return false
}

// gerundList reports whether the -ing form at toks[i], after a comma, is
// the next item of a list of them that "and" or "or" closes, with an -ing
// form before the comma too: accused him of covering up, delaying, and
// withholding facts; not ", adding that …".
func (d *doc) gerundList(toks []token, i, e int) bool {
	before := false
	for k := i - 2; !before && k >= 0 && k >= i-4 && toks[k].kind == tWord; k-- {
		before = d.gerund(toks[k])
	}
	if !before {
		return false
	}
	for k := i + 1; k+1 < e && k < i+8; k++ {
		t := toks[k]
		switch {
		case t.isComma():
		case t.is("and") || t.is("or"):
			return d.gerund(toks[k+1])
		case t.kind != tWord || t.is("that") || t.finite() || t.isCue():
			return false
		}
	}
	return false
}

// cueWithin reports whether a cue stands in toks[s:e] before any mark:
// though she said …, although he did not say …
func (d *doc) cueWithin(toks []token, s, e int) bool {
	for k := s; k < e && toks[k].kind == tWord; k++ {
		if toks[k].isCue() {
			return true
		}
	}
	return false
}

// year reports whether t is a year (1978, the 1990s): a time that ends a
// channel phrase (untilTimeOrAdverb), and one after which ", when
// …" tells what happened then and goes on with the reported clause (was
// born in 1975, when the war ended), 9 times to 1 in PolNeAR; after a
// date or a month the annotators end it as often as not.
func (d *doc) year(t token) bool {
	n := 0
	for i := t.s; i < t.e && unicode.IsDigit(d.r[i]); i++ {
		n++
	}
	return n == 4 && (t.e-t.s == 4 || t.e-t.s == 5 && d.r[t.e-1] == 's')
}

// listItem reports whether the words from toks[j] run, without a verb, a
// participle or a mark, to "and" or "or" followed by a further item: the
// deal and the court; the ACA or Planned Parenthood; not an appositive
// (Ann Lee, a clerk managing records and files).
func (d *doc) listItem(toks []token, j, e int) bool {
	for k := j; k+1 < e && k < j+12; k++ {
		t := toks[k]
		if t.kind != tWord || !t.upper && (t.finite() || strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ing")) {
			return false
		}
		if k > j && (t.is("and") || t.is("or")) {
			return k+2 < e && toks[k+2].kind == tWord
		}
	}
	return false
}

// frontedPhrase reports whether reported content after "that" opens with
// a phrase (that despite the vote, …; that as mayor, …; that even then,
// …) which a comma closes before the main clause; the annotators run the
// content on over that comma (9 times to 0).
func (d *doc) frontedPhrase(toks []token, s int) bool {
	t := toks[s]
	if s == 0 || !toks[s-1].is("that") || t.upper || t.isClass(cConditional) {
		return false
	}
	return t.isClass(cPrep|cClause) && !t.is("to") && !conjunction(t) || d.inSet(setFrontprep, t.lower)
}

// insertion returns the closing mark of a parenthesis or a pair of dashes
// that opens at toks[i] and closes before e with the clause going on in a
// lower-case word after it, or i when there is none: "that Tom Hill (who
// has 20 votes) must win", "that Ann Lee — a teacher — was there".
func (d *doc) insertion(toks []token, i, e int) int {
	closer := ")"
	switch {
	case toks[i].isPunct("("):
	case toks[i].isPunct("—–―"):
		closer = "—–―"
	default:
		return i
	}
	for j := i + 1; j+1 < e && j < i+20; j++ {
		if toks[j].isPunct(closer) {
			n := toks[j+1]
			if n.kind == tWord && !n.upper {
				return j
			}
			return i
		}
		if toks[j].kind == tPunct && toks[j].isPunct(";()—–―") {
			return i
		}
	}
	return i
}

// subjunctiveSemicolon reports whether a German semicolon at toks[i] in
// reported content opens a main clause whose verb is in Konjunktiv I
// (…, die Brücke sei gesperrt; man werde …): the report goes on over it,
// as the annotators count it (2 of 2 on the dev set); an indicative
// clause after it is mostly the writer's (…; es wird geprüft, ob …: 2 of 3).
func (d *doc) subjunctiveSemicolon(toks []token, i, e int) bool {
	return d.german && toks[i].isPunct(";") && d.mainSubjunctive(toks, i+1, e)
}

// germanClause trims German reported content at a semicolon and where a
// comma opens the writer's own main clause (…, wurde dementiert): else the
// annotators run it to the end of the sentence, over the subordinate
// clauses a comma opens (…, sei es rechtens, Abfälle zu lagern; …, weil es
// keine Beweise gebe). After an according-to source a verbless phrase
// before that comma is the source's appositive, and the content starts
// behind it.
func (d *doc) germanClause(toks []token, c span, afterSource bool) span {
	lead := toks[c.s].isClass(cSubordinator) // wenn es regnet, wird …: the main clause follows
	if afterSource && sourceAside(toks, c.s) && d.nextAct(toks, c.s, c.e) {
		// Die Maßnahme sollte beruhigen, so der Chef, bewirkte aber das
		// Gegenteil: the subject's next verb after the source, not its words
		return span{c.s, c.s}
	}
	for i := c.s + 1; i < c.e; i++ {
		if toks[i].isPunct(";") && !d.subjunctiveSemicolon(toks, i, c.e) || i-2 >= c.s && i+1 < c.e && d.infinitiveEnds(toks, i, c.e) ||
			(toks[i].is("und") || toks[i].isComma()) && !lead && d.nextAct(toks, i+1, c.e) && d.hasGermanVerb(toks, span{c.s, i}) {
			c.e = i // er sei unschuldig, erkannte das Gericht nicht an: the source's next act
			break
		}
		if !toks[i].isComma() || i+1 >= c.e {
			continue
		}
		switch {
		case d.writersComment(toks, i, c.e), afterSource && i-c.s <= 3 && d.relativeAfterVerb(toks, i, c.e):
			c.e = i
		case !d.newMainClause(toks[i+1]) || lead:
		case afterSource && toks[c.s].isClass(cDeterminer) && !d.hasGermanVerb(toks, span{c.s, i}):
			// nach Angaben von Paul Weber, einem Sprecher der Stadt, wurde …:
			// the words before the comma were the source's appositive
			c.s = i + 1
		default:
			c.e = i
		}
		lead = false
	}
	for c.e > c.s && toks[c.e-1].kind == tPunct {
		c.e--
	}
	return c
}

// infinitiveEnds reports whether the comma or dash toks[i] ends German
// content that closes on a zu-infinitive (forderte die Stadt auf, Daten
// zu sammeln, wobei die Aufgabe beim Amt lag; die Häuser zu verlassen –
// die Hälfte davon in Hiroshima): a clause in the indicative that wobei,
// nachdem, als or bevor opens (set afterinfinitive), or any indicative
// words after a dash, are the writer's, not part of the demand. A condition (falls, wenn) or a
// subjunctive (…, nachdem er gelogen habe) goes on with it.
func (d *doc) infinitiveEnds(toks []token, i, e int) bool {
	p := &toks[i-1]
	if !toks[i].isPunct(",–—") || p.kind != tWord || p.upper || !toks[i-2].is("zu") && !zuInfinitive(p.lower) {
		return false
	}
	if toks[i].isComma() {
		n := &toks[i+1]
		return n.kind == tWord && !n.upper && d.inSet(setAfterinfinitive, n.lower) && d.indicativeTo(toks, i+2, i+25, e, ",.;") > i+2
	}
	return d.indicativeTo(toks, i+1, i+25, e, "–—.;") > i+1
}

// sourceAside reports whether the German source before content at
// toks[s] is an aside that commas set off inside the sentence, opened by
// so, laut or nach (…, so der Chef, bewirkte …), not a phrase that opens
// the sentence, after which the verb is the report's own (Nach Angaben
// der Polizei sprengte sich …).
func sourceAside(toks []token, s int) bool {
	if s < 3 || !toks[s-1].isComma() {
		return false
	}
	for k := s - 2; k > 0 && s-k <= 10; k-- {
		if toks[k].kind == tPunct {
			n := toks[k+1]
			return toks[k].isComma() && (n.is("so") || n.is("laut") || n.is("nach"))
		}
	}
	return false
}

// nextAct reports whether German toks[j], right after a comma or und in
// reported content that has its verb, is the source's own next verb in
// the indicative, with no subject of its own (er sei unschuldig, erkannte
// das Gericht nicht an und weigerte sich …; sie müssten verzichten und
// mahnte die Firma; …, so der Chef, bewirkte aber das Gegenteil): a
// lower-case weak past in -te or -ten of no word class the lexicon knows,
// before an article, a pronoun, an adverb, a preposition, sich or aber. A
// subjunctive or a modal (und solle gehen) goes on with the report, an
// adjective before a noun (und bekannte Namen) or a participle before its
// auxiliary too.
func (d *doc) nextAct(toks []token, j, e int) bool {
	if j+1 >= e {
		return false
	}
	v, n := &toks[j], &toks[j+1]
	if v.kind != tWord || v.upper || len(v.lower) < 5 || v.cls != 0 {
		return false
	}
	if !strings.HasSuffix(v.lower, "te") && !strings.HasSuffix(v.lower, "ten") {
		return false // a present in -t is too often an adverb the lexicon lacks (somit, statt)
	}
	return n.kind == tWord && !n.upper && (n.isClass(cDeterminer|cPronoun|cAdverb|cPrep) || n.is("sich") || n.is("aber"))
}

// relativeAfterVerb reports whether the comma toks[i] in German content
// after a source opens a relative clause in the indicative after a verb
// (waren laut der Agentur zu hören, die sich auf Zeugen beruft): with no
// noun before it to qualify, it is the writer's clause on the source.
// germanClause asks only after a few words, the end of a clause that the
// source interrupted.
func (d *doc) relativeAfterVerb(toks []token, i, e int) bool {
	p, r := toks[i-1], toks[i+1]
	if p.kind != tWord || p.upper || r.upper || !d.relativePronoun(r.lower) || i+2 >= e || toks[i+2].upper {
		return false // but: versuchen könnte, die Kinder zu entführen: an article
	}
	j := d.indicativeTo(toks, i+2, i+25, e, ",.;")
	return j > i+2 && !toks[j-2].is("zu") // an infinitive clause (…, den Rivalen ermordet zu haben) goes on
}

// writersComment reports whether the comma toks[i] in German reported
// content opens a was clause in the indicative on all that was said
// before it (…, dass die Brücke sicher sei, was der Rat bestreitet): the
// writer's comment, not part of the report. A was clause after a cue or
// nicht asks what (wisse nicht, was …) and goes on.
func (d *doc) writersComment(toks []token, i, e int) bool {
	if i+2 >= e || !toks[i+1].is("was") || toks[i-1].isCue() || toks[i-1].is("nicht") {
		return false
	}
	return d.indicativeTo(toks, i+2, i+25, e, ",") >= 0
}

// indicativeTo reads German content from toks[j] up to a mark in stops,
// toks[lim] or toks[e], and returns where it stopped; or -1 at a quote or
// a verb in the subjunctive, where what follows is reported, not the
// writer's.
func (d *doc) indicativeTo(toks []token, j, lim, e int, stops string) int {
	for ; j < e && j < lim && !toks[j].isPunct(stops); j++ {
		if toks[j].kind == tQuote || toks[j].cls&cSubjunctive != 0 {
			return -1
		}
	}
	return j
}

// newMainClause reports whether the German word after a comma in
// reported content opens a main clause of the writer's: an indicative
// auxiliary or a cue (…, wurde dementiert; …, verlautbarte der Sprecher)
// or denn. The reported clause ended at the comma; a subjunctive (…, sei
// es …) goes on with it.
func (d *doc) newMainClause(n token) bool {
	if n.kind != tWord || n.upper {
		return false
	}
	if n.is("denn") {
		return true
	}
	if n.is("so") {
		return false // …, so dass …; …, so der Sprecher: the clause goes on
	}
	return !n.isClass(cSubjunctive) && (n.isClass(cAux) || n.isCue())
}

// objectOnly ends content that is an object or an infinitive, not a
// clause, where the source's own next verb starts: "vowed to fight
// and celebrated the ruling", "denied the claims and was acquitted"; the
// object of a cue of the content class also ends before an adverbial of
// the cue: "denied the charges through his lawyer".
func (d *doc) objectOnly(toks []token, c span, object bool) span {
	if toks[c.s].isClass(cPronoun | cQuestion) {
		return c // said he would fight and was sure …, recalled how Tom Lee lost and was …: a clause
	}
	// to: the content is an infinitive, negated or not (vowed not to
	// take calls until …), which no adverbial or clause word cuts short
	to := toks[c.s].is("to") || c.s+1 < c.e && (toks[c.s].is("not") || toks[c.s].is("never")) && toks[c.s+1].is("to")
	// hasTo and hasVerb record, as the loop goes, whether the object so
	// far holds a "to", or a "to", "of" or -ing form: a verb of its own
	hasTo, hasVerb := to, d.verbInObject(toks[c.s])
	commas := 0 // commas so far: a negated auxiliary lists a verb only after the first
	for i := c.s + 1; i < c.e; i++ {
		t := toks[i]
		if to && toks[i-1].isComma() && i+1 < c.e && d.listedPast(t, toks[i+1], commas == 1) {
			return endBefore(toks, c, i) // declined to comment, didn't respond …: the source's next verb in a list
		}
		if t.isComma() {
			commas++
		}
		if t.clauseVerb() || d.irregularAfterSubject(toks, i) {
			return c // a verb of the content's own: a clause
		}
		if object && !to && (d.adverbialAt(toks, i, c.e) || !hasTo && d.dayAfterObject(toks, i, c.e) || !hasVerb && t.isClass(cClause) && d.inSet(setObjectclause, t.lower) || d.asClause(toks, i, c.e)) {
			c.e = i // denied the charges through his lawyer; blamed officials on Twitter; tweeted a photo as he left
			return c
		}
		hasTo = hasTo || t.is("to")
		hasVerb = hasVerb || d.verbInObject(t)
		if !(t.is("and") || t.is("but")) || i+2 >= c.e {
			continue
		}
		// the source's next verb after and or but: "denied the claims and
		// was acquitted", "praised the plan but stopped short of …",
		// "questioned the deal and refused to back it"; or a clause of its
		// own: "calling him a nice guy and he did not mention …", after a
		// comma with any subject: "called for a boycott, and the union
		// denounced him"
		v, n := toks[i+1], toks[i+2]
		comma := toks[i-1].isComma()
		if v.finite() || d.joinedVerb(v, n, t.is("but"), hasVerb) || d.cueAfterJoin(toks, i+1, c.e) || subjectPronoun(v.lower) && (n.clauseVerb() || d.inSet(setPastverb, n.lower)) ||
			comma && (object && d.clauseAfterJoin(toks, i+1, c.e) || d.opensFiniteClause(toks, span{i + 1, c.e}) || d.pastClause(toks, span{i + 1, c.e})) {
			c.e = i
			if comma {
				c.e--
			}
			return c
		}
	}
	return c
}

// referentOnly ends what a speaker referred to (", referring to the
// harbor master, who …") or left unmentioned (did not mention the mayor
// directly) where the noun phrase ends: before a dash, an aside or
// relative clause after a comma (, his aide at the time; , who …; , as
// he …), "but not", an adverbial (since the debate, during his speech)
// or an -ly adverb that closes it or comes before a preposition other
// than to (not "who was likely to win"). Annotators mark the referent
// alone; a list (herself, Jo Vale and Tom Hill) or a comma between
// adjectives stays whole.
func (d *doc) referentOnly(toks []token, c span, f *frame) span {
	if !f.object {
		return c
	}
	cue := f.cueLower()
	if first, _, _ := strings.Cut(cue, " "); !d.inSet(setRefersback, first) && !d.inSet(setNegatedcontent, cue) {
		return c
	}
	for i := c.s + 1; i < c.e; i++ {
		t := toks[i]
		next := i+1 < c.e && toks[i+1].kind == tWord
		if d.asideDash(t) || t.is("but") && next && toks[i+1].is("not") || t.is("since") || t.isClass(cAdverbial) ||
			t.isComma() && next && !toks[i+1].upper && toks[i+1].isClass(cDeterminer|cRelative|cConditional|cPrep) && !d.adjectiveComma(toks, i) ||
			t.kind == tWord && !t.upper && strings.HasSuffix(t.lower, "ly") && !t.is("only") && (i+1 == c.e || toks[i+1].isClass(cPrep) && !toks[i+1].is("to") || toks[i+1].kind == tPunct) {
			return endBefore(toks, c, i)
		}
	}
	return c
}

// listedPast reports whether t, after a comma that follows an
// infinitive, is the source's next verb in a list of its acts: a negated
// past (didn't, did not) or a past in -ed with an object after it
// (declined to comment, didn't respond …; vowed to fight, opposed the
// deal and …; declined to say more, hung up the phone); not a modal (to
// sell it, if approved, will …). After the infinitive's first comma
// (first) any negated auxiliary lists a verb too (declined to comment,
// wouldn't confirm …), but not one after an inserted clause (a pier
// that, if approved, would not …).
func (d *doc) listedPast(t, n token, first bool) bool {
	if t.kind != tWord || t.upper {
		return false
	}
	if t.lower == "didn't" || t.is("did") && n.is("not") { // a word's lower text writes ’ as ' (appendLower)
		return true
	}
	if first && (t.finite() && n.is("not") || strings.HasSuffix(t.lower, "n't")) {
		return true
	}
	// opposed the deal, left the room; but not "built in 1920"
	return d.pastForm(t.lower) && (n.is("to") || n.isClass(cDeterminer|cObject|cPronoun))
}

// irregularAfterSubject reports whether toks[i] is an irregular past
// right after a name or a pronoun: the verb of a clause in the object
// (cited reports that Tom Hill said in a call …), which the phrases after
// it belong to.
func (d *doc) irregularAfterSubject(toks []token, i int) bool {
	t, p := toks[i], toks[i-1]
	return t.kind == tWord && !t.upper && p.kind == tWord && (p.upper || p.isClass(cPronoun)) && d.inSet(setPastverb, t.lower)
}

// clauseAfterJoin reports whether the words from toks[j], after a comma
// and an and or but in an object, are a clause with a subject of its own:
// a determiner or a name, then a finite verb or a cue in -ed (and the
// union strongly denounced him; and his papers, which had served him,
// were not enough); objectOnly leaves a subject pronoun to
// opensFiniteClause. A verb right after a relative pronoun is the
// relative clause's.
func (d *doc) clauseAfterJoin(toks []token, j, e int) bool {
	s := toks[j]
	if s.kind != tWord || !(s.upper || s.isClass(cDeterminer)) {
		return false
	}
	for k := j + 1; k < e && k < j+16; k++ {
		t := toks[k]
		if t.isPunct(";:(.!?") || t.kind == tQuote {
			return false
		}
		if t.kind != tWord || t.upper || toks[k-1].kind == tWord && d.relativePronoun(toks[k-1].lower) {
			continue
		}
		if t.finite() || strings.HasSuffix(t.lower, "ed") && t.isCue() {
			return true
		}
	}
	return false
}

// joinedVerb reports whether v, after an and or but in an object, is
// the source's next verb by its form and the word n after it: "denied
// the claims and blamed them", "touting her record and pounding him",
// "questioned the plan and made clear …".
// An -ing form joins another verb of the object when the object has one
// (hasVerb: "the way to stop him from winning and gaining ground"), and
// after "but" it goes on with a finding (Hill even statewide, but losing
// the coast).
func (d *doc) joinedVerb(v, n token, but, hasVerb bool) bool {
	switch {
	case strings.HasSuffix(v.lower, "ed"):
		return but || n.is("to") || n.isClass(cDeterminer|cObject|cPronoun)
	case !v.upper && d.inSet(setPastverb, v.lower):
		// an irregular past is no noun: "chanted "…" and kept going",
		// "questioned the plan and made clear …"
		return true
	case strings.HasSuffix(v.lower, "ing") && len(v.lower) > 5 && !v.upper && !hasVerb && !but:
		return n.isClass(cDeterminer | cObject) // but not "the hiring and training of staff"
	}
	return false
}

// verbAdverb reports whether t is an adverb that may stand before a verb
// without ending its clause: an -ly word or also, then, later and the like
// (and later fessed up; who said he would run, ultimately did not).
func (d *doc) verbAdverb(t token) bool {
	return t.kind == tWord && (strings.HasSuffix(t.lower, "ly") || d.inSet(setParticipleadverb, t.lower))
}

// cueAfterJoin reports whether the words from toks[j], right after an
// and or but in an object, are the source's next reporting verb in -ed
// or -ing, after an adverb or not: "proposed new taxes and signaled
// support for a ferry", "blaming her and speaking about the bridge",
// "praised the work but also had doubts". Annotators end the object
// there 20 times to 2.
func (d *doc) cueAfterJoin(toks []token, j, e int) bool {
	adverb := j < e && d.verbAdverb(toks[j])
	if adverb {
		j++
	}
	if j >= e || toks[j].upper {
		return false
	}
	v := toks[j]
	if adverb && strings.HasSuffix(toks[j-3].lower, "ly") && strings.HasSuffix(toks[j-1].lower, "ly") {
		return false // was secretly and improperly financed: two adverbs of one verb
	}
	if adverb && v.clauseVerb() {
		return true // but also had doubts, and later fessed up
	}
	if v.isCue() && j+2 < e && toks[j+1].is("to") && d.bareVerb(toks[j+2]) && !d.inSet(setQuotecue, v.lower) {
		return true // are denouncing the plan and vow to fight it: a cue with its infinitive (not "began to")
	}
	return v.isCue() && (strings.HasSuffix(v.lower, "ed") || strings.HasSuffix(v.lower, "ing"))
}

// dayAfterObject reports whether toks[i] is a bare weekday that tells
// when an object was named, closing it: "defended his father Tuesday on
// Facebook". Not after a preposition (on Monday), nor before a noun or
// "to" (Sunday night's debate; urged them Tuesday to vote); objectOnly
// leaves out objects with a "to" whose verb the day may belong to.
func (d *doc) dayAfterObject(toks []token, i, e int) bool {
	// the class bit first: a weekday is a time word, and a set lookup costs a hash and a table probe
	if !toks[i].isClass(cTime) || !d.inSet(setWeekday, toks[i].lower) || toks[i-1].isClass(cPrep) || toks[i-1].isClass(cTime) {
		return false
	}
	return i+1 >= e || !(toks[i+1].kind == tWord && !toks[i+1].isClass(cPrep) || toks[i+1].is("to"))
}

// verbInObject reports whether t gives an object a verb of its own (to,
// of, an -ing form), so that a when, because or while clause after it
// may belong to that verb (accused him of lying while he was mayor)
// rather than close the object (defended the remarks when critics came;
// see the objectclause set).
func (d *doc) verbInObject(t token) bool {
	return t.is("to") || t.is("of") || strings.HasSuffix(t.lower, "ing")
}

// adverbialAt reports whether toks[i] opens an adverbial that tells when
// or how something was said rather than qualifying a noun: through his
// lawyer, after the debate, on Twitter, in a statement.
func (d *doc) adverbialAt(toks []token, i, e int) bool {
	t := toks[i]
	switch {
	case t.kind != tWord || t.upper:
		return false
	case t.isClass(cAdverbial):
		if i+1 < e && d.gerund(toks[i+1]) && toks[i+1].isCue() {
			return true // called him a hero before explaining why: the source's next statement
		}
		return !d.hasVerb(toks, span{i, min(e, i+8)}) // but "after Ms. Roe refused to …": a clause the annotators keep
	case t.is("in") || t.is("on"):
		for j := i + 1; j < e && j <= i+3; j++ {
			if toks[j].isClass(cChannel) {
				return true
			}
		}
	}
	return false
}

// verbAfterAside reports whether the relative clause or appositive from
// toks[j] closes with a comma followed by a verb, an auxiliary or a past
// tense: the clause it interrupts goes on (that Tom Hill, the board's
// chairman, joined …).
func (d *doc) verbAfterAside(toks []token, j, e int) bool {
	i := d.asideComma(toks, j, j+25, e, false)
	return i >= 0 && d.pastOrClauseVerb(toks[i+1]) // an irregular past too: that Tom Hill, the board's chairman, said …
}

// pastOrClauseVerb reports whether t is a clause verb (clauseVerb) or a
// lower-case irregular past (said, told, came).
func (d *doc) pastOrClauseVerb(t token) bool {
	return t.clauseVerb() || t.kind == tWord && !t.upper && d.inSet(setPastverb, t.lower)
}

// verbAfterClosedAside reports whether the comma at toks[i] closes an
// aside that an earlier comma after toks[s] opened, and a past verb that
// is no aside frame of its own (said Roe,) follows it: that Jo Vale, in
// fact, told the board …
func (d *doc) verbAfterClosedAside(toks []token, s, i, e int) bool {
	if i+2 >= e {
		return false
	}
	n, after := toks[i+1], toks[i+2]
	if n.kind != tWord || n.upper || after.upper || after.isClass(cPronoun) {
		return false
	}
	if !d.pastOrClauseVerb(n) {
		return false
	}
	for k := s + 1; k < i-1; k++ {
		if toks[k].isComma() {
			return true
		}
	}
	return false
}

// connectiveAside reports whether the comma at toks[i] closes a
// connective that a comma opened (she, too, wants …; the plan, however,
// would fail): an aside after the subject, whose verb comes next.
func (d *doc) connectiveAside(toks []token, i int) bool {
	return i >= 2 && toks[i-2].isComma() && toks[i-1].kind == tWord && d.inSet(setConnective, toks[i-1].lower)
}

// infinitiveAfterAside reports whether the aside that toks[j] opens ends
// in a comma before "to" and a verb, or "into": the object it sits in
// goes on (vowed to form a task force, which would include the army, to
// fight hackers; plans to make the shoal, an atoll it seized, into a fort;
// called for the toll, now $7 a car, to be cut).
// An appositive on a name before "and" and another name is in a list of
// names (lobbied Jo Hill of Ames, the board's head, and Tom Vale).
func (d *doc) infinitiveAfterAside(toks []token, j, e int) bool {
	for i := j; i+2 < e && i < j+25; i++ {
		if toks[i].isComma() {
			n, v := toks[i+1], toks[i+2]
			if n.is("and") && v.upper && v.kind == tWord && toks[j].isClass(cDeterminer) && toks[j-2].upper {
				return true
			}
			return n.is("into") || n.is("to") && v.kind == tWord && !v.upper && !v.isClass(cStop|cDeterminer|cPronoun) && !v.clauseVerb()
		}
		if toks[i].kind == tPunct && !toks[i].isPunct("-'’$%") || toks[i].isCue() {
			return false
		}
	}
	return false
}

// asideBefore reports whether the comma at toks[i] closes an aside that
// a comma after toks[s] opened before "into" or "to" and a verb, an aside
// the loop let pass since a word that goes on opened it (moved cash,
// with the help of two banks, into accounts abroad): the object goes on.
func (d *doc) asideBefore(toks []token, s, i, e int) bool {
	for p := i - 1; p > s && i-p < 25; p-- {
		if toks[p].kind == tPunct {
			return toks[p].isComma() && d.infinitiveAfterAside(toks, p+1, e)
		}
	}
	return false
}

// subordinate reports whether the frame of content that starts at
// toks[s] opens with a subordinating word (While the mayor said …, When
// Ms. Roe said …), so that its content ends where the main clause starts.
// Not for content after the frame's comma: that is the main clause
// itself (As the Ledger reported, even if Hill wins, he …).
// Not after a main clause, with its comma or without: nothing follows
// there but the content (Roe stretched the truth, when she claimed that
// the Guard, or HG, had …).
func (d *doc) subordinate(toks []token, s int, f *frame) bool {
	m := f.source().mention
	impersonal := f.rule == "impersonal"
	if impersonal {
		m = f.cue // at a time when it was said that …: the clause opens at "it"
	}
	i := s - 1
	for i > 0 && toks[i].s > m.s && s-i < 40 {
		i--
	}
	if impersonal {
		i = d.itBefore(toks, i)
	}
	if i <= 0 || !impersonal && toks[i].s != m.s || toks[i-1].kind != tWord || toks[s-1].isComma() {
		return false
	}
	if !toks[i-1].isClass(cConditional) && !toks[i-1].is("as") {
		return false
	}
	if i < 2 {
		return true
	}
	p := toks[i-2]
	// after a main clause, with a comma or without (Roe nodded as he
	// urged the party to act, cut taxes and …); but not inside a clause
	// that opens with it (said that when the mayor said X, …)
	comma := p.isComma()
	if !comma && (p.kind != tWord || p.is("that") || conjunction(p) || p.isCue()) {
		return true
	}
	from := d.sentenceFrom(toks, i-2) // one walk back for both tests
	return !comma && d.frontedSubordinate(toks, from, i-2) || !d.verbBefore(toks, from, i-2)
}

// sentenceFrom returns the index of the first token of the sentence of
// toks[e], looking back 40 tokens at most.
func (d *doc) sentenceFrom(toks []token, e int) int {
	i := e
	for i > 0 && e-i < 40 && !toks[i-1].isPunct(".!?") {
		i--
	}
	return i
}

// frontedSubordinate reports whether the sentence of toks[e], which
// starts at toks[i] (sentenceFrom), opens, after a but or and, with a
// subordinating word (But now that Tom Hill is losing staff as his allies
// urge him to quit, …): a main clause still follows.
func (d *doc) frontedSubordinate(toks []token, i, e int) bool {
	if i < e && conjunction(toks[i]) {
		i++
	}
	return i < e && (d.inSet(setSubordinate, toks[i].lower) || toks[i].is("now") && toks[i+1].is("that"))
}

// itBefore returns the index of the "it" (or "it's") that opens the
// impersonal passive whose participle is toks[k] (it was said, it has
// been reported), or k when there is none near.
func (d *doc) itBefore(toks []token, k int) int {
	for i := k - 1; i >= 0 && k-i <= 4 && toks[i].kind == tWord; i-- {
		if toks[i].is("it") || toks[i].is("it's") {
			return i
		}
	}
	return k
}

// verbBefore reports whether a clause verb stands before toks[e] in its
// sentence, which starts at toks[from] (sentenceFrom): Roe stretched the
// truth, …; not Since June 16, ….
func (d *doc) verbBefore(toks []token, from, e int) bool {
	for i := e - 1; i >= from && e-i < 40; i-- {
		if d.pastOrClauseVerb(toks[i]) { // an irregular past too: came in May, when he said …
			return true
		}
	}
	return false
}

// beforeSeenAs ends English content before ", seen as …" on its last
// noun: a reputation, which the annotators mark apart (to favor Tom
// Hill, seen as the friendlier candidate → to favor Tom Hill), also with
// its holders between (, seen by many voters as …).
func (d *doc) beforeSeenAs(toks []token, c span) span {
	for i := c.s + 1; i+2 < c.e; i++ {
		if toks[i].isComma() && toks[i+1].kind == tWord && d.asAfterSeen(toks, i+2, c.e) && d.inSet(setReputation, toks[i+1].lower) {
			return span{c.s, i}
		}
	}
	return c
}

// asAfterSeen reports whether "as" follows at toks[j], or after "by" and
// up to three words (seen by many as, viewed by most voters as).
func (d *doc) asAfterSeen(toks []token, j, e int) bool {
	if toks[j].is("as") {
		return true
	}
	if !toks[j].is("by") {
		return false
	}
	for k := j + 1; k < e && k <= j+4; k++ {
		if toks[k].is("as") {
			return true
		}
		if toks[k].kind != tWord {
			return false
		}
	}
	return false
}

// beforeLatterGloss ends the English content of an aside before the
// writer's gloss that "the latter" or "the former" opens as a pronoun
// after a comma: "have involved public and semi-private courses, the
// latter a reference to clubs …" (but "Tom Hill, the former mayor, said"
// keeps its appositive).
func (d *doc) beforeLatterGloss(toks []token, c span) span {
	for i := c.s + 1; i+3 < c.e; i++ {
		if (toks[i+2].is("latter") || toks[i+2].is("former")) && toks[i+1].is("the") && toks[i].isComma() {
			if n := toks[i+3]; n.kind == tWord && (n.isClass(cDeterminer) || n.finite()) {
				return span{c.s, i}
			}
		}
	}
	return c
}

// coordinatedRelative reports whether the source of content that starts
// at toks[s] is a relative pronoun after "and" or "but", a second relative
// clause on a noun further back (riders who are inclined to doubt it, and
// who believe the board is lying, are …), whose antecedent antecedentOf
// does not reach.
func (d *doc) coordinatedRelative(toks []token, s int, f *frame) bool {
	m := f.source().mention
	if m.e-m.s > 5 {
		return false // who or which only
	}
	i := sourceBack(toks, s, m, 10)
	return i > 0 && (toks[i].is("who") || toks[i].is("which")) && (toks[i-1].is("and") || toks[i-1].is("but"))
}

// sourceBack returns the index of the token at which the source mention m
// starts, looking back from content at toks[s] over fewer than n tokens,
// or -1 if it starts at none of them after the first token.
func sourceBack(toks []token, s int, m span, n int) int {
	i := s - 1
	for i > 0 && toks[i].s > m.s && s-i < n {
		i--
	}
	if i <= 0 || toks[i].s != m.s {
		return -1
	}
	return i
}

// afterTime reports whether the frame of content that starts at toks[s]
// opens with a preposition of time (after the mayor said …, weeks before
// Ms. Roe announced …): the content ends where the sentence's main clause
// starts, which toMainClause finds.
func (d *doc) afterTime(toks []token, s int, f *frame) bool {
	i := sourceBack(toks, s, f.source().mention, 40)
	if i < 0 {
		return false
	}
	w := toks[i-1]
	return w.kind == tWord && !w.upper && (w.isClass(cAdverbial) || w.is("since"))
}

// beforeParallelBy ends the content of a gerund cue after "by" before
// "and by": the next means in a list, not part of what was said (angers
// voters by suggesting that the vote was rigged and by mocking the judges
// → that the vote was rigged).
func beforeParallelBy(toks []token, c span, f *frame) span {
	k := c.s - 1
	if k > 0 && toks[k].is("that") {
		k-- // by suggesting that …
	}
	if k < 1 || toks[k].e != f.cue.e || !toks[k-1].is("by") {
		return c
	}
	for i := c.s + 1; i+1 < c.e; i++ {
		if toks[i].is("and") && toks[i+1].is("by") {
			return endBefore(toks, c, i)
		}
	}
	return c
}

// beforeNextRelative ends the content of a relative clause's source
// before "and" or "but" with who or which: a second relative clause on the
// same noun, not part of what was said (a hacker who the police say is
// tied to a gang and who stole the car → is tied to a gang).
func beforeNextRelative(toks []token, c span) span {
	for i := c.s + 1; i+1 < c.e; i++ {
		if (toks[i].is("and") || toks[i].is("but")) && (toks[i+1].is("who") || toks[i+1].is("which")) {
			return endBefore(toks, c, i)
		}
	}
	return c
}

// endBefore ends the content c before toks[i] and the punctuation before
// it (…, and by mocking: the comma goes too).
func endBefore(toks []token, c span, i int) span {
	c.e = i
	for c.e > c.s && toks[c.e-1].kind == tPunct {
		c.e--
	}
	return c
}

// beforeMainVerb ends the content of a relative clause's source (voters
// who said the economy was key were divided) before a second finite verb
// that no clause word or mark has introduced: the verb of the sentence
// whose subject the relative clause qualifies, not part of what was said.
func (d *doc) beforeMainVerb(toks []token, c span) span {
	seen := false // the content's own finite verb so far
	for i := c.s; i < c.e; i++ {
		t := toks[i]
		if t.kind != tWord || t.isClass(cClause|cSubordinator|cRelPronoun|cPronoun) || t.is("that") {
			if seen {
				return c // a new clause: its verb is its own
			}
			continue
		}
		if !t.upper && t.finite() && !toks[i-1].finite() {
			if seen {
				return span{c.s, i} // but not the second of "may have", "would do"
			}
			seen = true
		}
	}
	return c
}

// toMainClause ends content at the first comma that a main clause follows:
// a verb (…, sits on the table) or a subject and its verb (…, the council
// voted); not a list (Ann, Tom and Jan) or the comma that closes a phrase
// fronted after "that" (that despite the vote, he …). An irregular past
// right after a name or a pronoun is a verb too (years after Tom Hill
// said X, Ann Roe won …).
func (d *doc) toMainClause(toks []token, c span) span {
	fronted := d.frontedPhrase(toks, c.s)
	for i := c.s + 1; i+1 < c.e; i++ {
		if !toks[i].isComma() {
			continue
		}
		if fronted {
			fronted = false
			continue
		}
		for k := i + 1; k < c.e && k <= i+5 && toks[k].kind == tWord; k++ {
			if toks[k].clauseVerb() || d.irregularAfterSubject(toks, k) {
				return span{c.s, i}
			}
		}
		if n := toks[i+1]; n.kind == tWord && !n.upper && d.presentS(n.lower) && i+2 < c.e && toks[i+2].kind == tWord && !toks[i+2].is("and") {
			// His appeal, even after he criticized the mayor, shows …: the
			// clause set inside its subject closes, and the main verb follows
			return span{c.s, i}
		}
	}
	return c
}

// beforeResumedClause ends the content of a source in a relative clause
// set off by commas at its first comma when a verb follows it right
// away: the sentence the clause interrupts goes on (Tom Lee, who denied
// the charges, resigned on Monday; not "…, when he was mayor"), after an
// -ly adverb too (Tom Lee, who said he would run, ultimately did not).
func (d *doc) beforeResumedClause(toks []token, c span) span {
	e := d.toComma(toks, c).e
	v := e + 1
	if v+1 < c.e && !toks[v].upper && d.verbAdverb(toks[v]) {
		v++
	}
	if v < c.e && (toks[v].clauseVerb() || d.bareVerbTo(toks, v, c.e)) {
		return span{c.s, e}
	}
	return c
}

// bareVerbTo reports whether toks[v] is a plural subject's present verb
// before an infinitive: a lower-case word that no class makes anything
// else, then "to" and a lower-case word (Teachers, who say pay is too
// low, plan to strike; but not "close to 10 percent", "next to him").
func (d *doc) bareVerbTo(toks []token, v, e int) bool {
	t := toks[v]
	if v+2 >= e || t.kind != tWord || t.upper || !toks[v+1].is("to") {
		return false
	}
	n := toks[v+2]
	return n.kind == tWord && !n.upper && !n.isClass(cDeterminer|cPronoun|cObject) && !t.isClass(notBareVerb)
}

// toComma ends content at its first comma, but not at one between
// adjectives (adjectiveComma) or between German nouns of a list
// (nounListComma), which ends no clause.
func (d *doc) toComma(toks []token, c span) span {
	for i := c.s + 1; i < c.e; i++ {
		if toks[i].isComma() && !d.adjectiveComma(toks, i) && !d.nounListComma(toks, i, c.e) {
			return span{c.s, i}
		}
	}
	return c
}

// nounListComma reports whether the German comma at toks[i] stands
// between nouns of a list that und, oder or sowie closes within a few
// words (der Planung, Finanzierung und Unterstützung): it ends no clause.
func (d *doc) nounListComma(toks []token, i, e int) bool {
	if !d.german || i < 1 || i+3 >= e || !toks[i-1].upper || !toks[i+1].upper || toks[i+1].kind != tWord || toks[i+1].isClass(cDeterminer|cPronoun) {
		return false
	}
	for k := i + 2; k < e-1 && k <= i+4; k++ {
		t := toks[k]
		if t.kind != tWord {
			return false
		}
		if t.is("und") || t.is("oder") || t.is("sowie") {
			return toks[k+1].upper && toks[k+1].kind == tWord
		}
	}
	return false
}

// endsClause reports whether the word after a comma in reported content
// starts something the content does not take in, as the annotated
// corpora count it: a new clause (but, which, he), an appositive (, the
// latter …), a participle (, adding); not a list or a qualifier (, or,
// in, to, not, such, -ly), a second clause joined by "and", or a name.
func (d *doc) endsClause(n token) bool {
	if d.has(cGoesOn, n.lower) {
		return false
	}
	switch n.lower {
	case "the", "a", "an":
		return true
	}
	if n.kind != tWord || strings.HasSuffix(n.lower, "ing") || n.isCue() {
		return true
	}
	if n.upper || !d.german && n.finite() {
		return false // a name; his deputy, Jan Lee, would stay: an aside closed before the verb
	}
	return n.isClass(cClause | cSubordinator | cPronoun | cAdverb | cPrep | cStop)
}

// quotesIn lists the quote tokens in toks[c] that are statements, and
// counts the other words; a title after a possessive (CNN's "State of the
// Union") counts as a word.
func (d *doc) quotesIn(toks []token, c span) (qt []int, words int) {
	for i := c.s; i < c.e; i++ {
		switch {
		case toks[i].kind == tQuote && (!d.isTitle(toks, i) || d.quotedWord(toks, i)):
			qt = append(qt, i)
		case toks[i].kind != tPunct:
			words++
		}
	}
	return qt, words
}

// isTitle reports whether the quote toks[i] names a work rather than
// quoting a statement: it follows a possessive (NBC's "Today") or a naming
// word (so-called "X", Motto: „X“), or heads a compound („Bild“-Zeitung).
func (d *doc) isTitle(toks []token, i int) bool {
	return d.titleAt(toks, i, 4)
}

// byline reports whether the English quote toks[i] closes on a comma
// right before "by" and a name: a headline or a book with its author or
// outlet ("Ferry fares to rise," by the Ledger's Jane Roe), not words said
// ("unfair" by the board has no comma).
func (d *doc) byline(toks []token, i int) bool {
	if d.german || i+2 >= len(toks) || !d.quoteEndsIn(toks[i], ",") || !toks[i+1].is("by") {
		return false
	}
	n := i + 2
	if toks[n].is("the") && n+1 < len(toks) {
		n++ // by the Ledger's Jane Roe
	}
	return toks[n].kind == tWord && toks[n].upper
}

// dashedName reports whether the English quote toks[i] is a name in title
// case that a pair of dashes sets after a lower-case noun (called a
// referendum — "No to Night Tolls" — for June): the noun's name, no words
// said; a plain sentence there (his answer — "I will stay" —) is.
func (d *doc) dashedName(toks []token, i int) bool {
	if d.german || i < 2 || i+1 >= len(toks) || !toks[i-1].isPunct("—–―") || !toks[i+1].isPunct("—–―") {
		return false
	}
	p := toks[i-2]
	return p.kind == tWord && !p.upper && d.titleCase(d.qs[toks[i].q])
}

// relativeNamer reports whether the naming word toks[k] (dubbed) is the
// verb of a relative clause with a subject pronoun of its own, after the
// relative that stands for its object: in "Jo Vale, who he dubbed "the
// little captain"" the quote is the name he gave, his words, not a
// name the thing goes by (a plan dubbed "Green Deal"). Annotated 2 of 2
// in the PolNeAR dev set.
func (d *doc) relativeNamer(toks []token, k int) bool {
	if d.german || k < 2 {
		return false
	}
	s, r := toks[k-1], toks[k-2]
	return s.isClass(cPronoun) && !s.is("it") && (r.is("who") || r.is("whom"))
}

// titleAt is isTitle; a German name in marks after a title and und, oder
// or a comma is a title too (die Modelle „Touareg“ und „Phaeton“), looking
// back over at most depth names.
func (d *doc) titleAt(toks []token, i, depth int) bool {
	q := d.qs[toks[i].q]
	if d.headlineOf(q.para) {
		return false
	}
	if j := d.listedBefore(toks, i); depth > 0 && j >= 0 && d.looksLikeName(q) && d.titleAt(toks, j, depth-1) {
		return true
	}
	if d.compoundHead(toks, i) || d.german && d.webAddress(q) || d.showBeforeRole(toks, i) {
		return true
	}
	if i > 1 && toks[i-1].isPunct(":(") && toks[i-2].isClass(cNaming) {
		return true // Motto: „…“
	}
	if d.attributiveAls(toks, i) {
		return true
	}
	if d.german && i >= 2 && (toks[i-1].is("der") || toks[i-1].is("des")) && toks[i-2].kind == tWord && toks[i-2].upper && d.genitiveName(q) {
		return true // ein Vertreter der „bau gmbh“: a name in the genitive of a noun
	}
	if d.german && i+2 < len(toks) && toks[i+1].isComma() && toks[i+2].isClass(cNaming) {
		// der „Deutsche Fußball-Bund“, kurz DFB: a name with its short
		// form (but a translation in parentheses may follow words said:
		// er rief „…“ (deutsch „…“))
		return true
	}
	if d.namedAfterColon(toks, i) || d.listedName(toks, i) {
		return true
	}
	if i > 0 && toks[i-1].isPunct("(") && d.looksLikeName(q) && !d.quoteEndsIn(toks[i], ",") {
		return true // die Oppositionspartei („Demokraten“); but not ("We won," she said)
	}
	if d.german && i > 1 && toks[i-1].isPunct("(") && toks[i-2].kind == tQuote {
		return true // die Operation „Cast Lead“ („gegossenes Blei“): the translation of a name
	}
	if d.byline(toks, i) || d.dashedName(toks, i) {
		return true
	}
	if i == 0 {
		return false
	}
	if !d.german {
		// her film, "…"; but not what was said of it: said of the episode, "…"
		commaGenre := i > 1 && toks[i-1].isComma() && toks[i-2].isClass(cGenre) && !d.topicOfCue(toks, i-2)
		// the word before first: looksLikeName reads the whole quote
		if (toks[i-1].isClass(cGenre|cTells) || commaGenre) && d.looksLikeName(q) {
			return true // her film, "Trainwreck."; told "Fox and Friends"
		}
		if (toks[i-1].isClass(cGenre) || commaGenre) && d.titleCase(q) {
			return true // his podcast, "Well, That Went Badly.": a title's capitals, its comma and all
		}
	}
	if toks[i-1].kind != tWord {
		return false
	}
	if toks[i-1].isClass(cNaming) && !d.relativeNamer(toks, i-1) || isPossessive(toks[i-1].lower) && (d.german || d.looksLikeName(q)) || d.german && toks[i-1].upper && d.genreNoun(toks[i-1].lower) {
		return true // but Arizona's "alarmingly inadequate number of …" is a statement
	}
	// a short capitalised name right after an article, a preposition or a
	// noun: the "Wagner group", der Zeitung „Hoy Bolivia“
	p := toks[i-1]
	if !d.german && (p.is("a") || p.is("an")) && (i+1 == len(toks) || toks[i+1].kind != tWord || d.quoteEndsIn(toks[i], ".,!?")) {
		// called him a "Stalinist.": a name takes no indefinite article
		// unless it qualifies a noun after it (a "Wagner" unit)
		return false
	}
	before := p.isClass(cDeterminer|cPrep) || p.upper && i > 1 && toks[i-2].kind == tWord
	return before && d.looksLikeName(q) && (!d.german || d.capitalisedWords(q) || d.relativePronoun(p.lower) && d.linkedName(q))
}

// listedBefore returns the German quote that a quote toks[i] is listed
// after, with und, oder or a comma before it and at most a short phrase
// between (die Modelle „A“ und „B“; nennt „A“ in Syrien oder „B“), or -1.
func (d *doc) listedBefore(toks []token, i int) int {
	if !d.german || i < 2 || !toks[i-1].is("und") && !toks[i-1].is("oder") && !toks[i-1].isComma() {
		return -1
	}
	for j := i - 2; j >= 0 && i-j <= 4; j-- {
		switch {
		case toks[j].kind == tQuote:
			return j
		case toks[j].kind != tWord:
			return -1
		}
	}
	return -1
}

// linkedName reports whether a German quote reads as a name of capitalised
// words linked by a lower-case preposition (and maybe und), ending in a
// capital: der „Polizei von Neustadt“, In der „Zeitung am Sonntag“ (isTitle
// asks it after a definite article only, not after a possessive: seiner
// „Pflicht zur Sorgfalt“). An
// article inside makes it words (der „Streit in den Schulen“), and so
// does a preposition that is also a verb particle (des „Aufrufs zu
// Gewalt“), or und alone (die „Ruhe und Ordnung“).
func (d *doc) linkedName(q qspan) bool {
	caps, preps, last := 0, 0, false
	for _, w := range strings.Fields(string(d.r[q.s:q.e])) {
		last = unicode.IsUpper([]rune(w)[0])
		switch cls := d.classOf([]rune(w)); {
		case last:
			caps++
		case cls&(cDeterminer|cParticle) != 0 || cls&(cPrep|cStop) == 0:
			return false
		case cls&cPrep != 0:
			preps++
		}
	}
	return caps >= 2 && preps > 0 && last
}

// listedName reports whether a German quote right after nennen reads as
// a name: a cue that lists (nennt „Twitter“ und „Facebook“), where a quote
// it calls something follows the object (nannte ihn einen „Verräter“).
func (d *doc) listedName(toks []token, i int) bool {
	if !d.german || i == 0 || !toks[i-1].isCue() {
		return false
	}
	w := toks[i-1].lower
	q := d.qs[toks[i].q]
	return (strings.HasPrefix(w, "nenn") || strings.HasPrefix(w, "nann")) && d.looksLikeName(q) && d.capitalisedWords(q)
}

// namedAfterColon reports whether a German quote after a colon is the
// name a naming noun of its clause announces: Den Namen der Sendung gab
// der Sender bekannt: „…“. The look back stops at other punctuation.
func (d *doc) namedAfterColon(toks []token, i int) bool {
	if !d.german || i < 2 || !toks[i-1].isPunct(":") {
		return false
	}
	for j := i - 2; j >= 0 && j > i-14 && toks[j].kind == tWord; j-- {
		if toks[j].isClass(cNaming) && toks[j].upper {
			return true
		}
	}
	return false
}

// quotedWord reports whether a German quote that reads as a name in the
// content of a cue is a quoted word instead: a single noun after als, von
// or an indefinite article (bezeichnete es als „Skandal“, sprach von
// „Panikverkäufen“, nannte ihn einen „Verräter“), where a name would not
// stand.
func (d *doc) quotedWord(toks []token, i int) bool {
	if !d.german || i == 0 || d.compoundHead(toks, i) || d.attributiveAls(toks, i) {
		return false
	}
	switch toks[i-1].lower {
	case "als", "von", "vom", "ein", "eine", "einen", "einem", "einer":
		return toks[i-1].kind == tWord
	}
	return false
}

// attributiveAls reports whether a German quote follows an article and
// als: it stands in an attribute of the noun after it (die als „…“
// bezeichnete Koalition) and names something, said by no one.
func (d *doc) attributiveAls(toks []token, i int) bool {
	return d.german && i >= 2 && toks[i-1].is("als") && toks[i-2].isClass(cDeterminer)
}

// webAddress reports whether a quote is a web address, a name that is
// never words said: „tagesschau.de“, „news.bbc.co.uk“.
func (d *doc) webAddress(q qspan) bool {
	dot := false
	for i := q.s; i < q.e; i++ {
		switch c := d.r[i]; {
		case unicode.IsSpace(c):
			return false
		case c == '.' && i > q.s && i+2 < q.e && unicode.IsLetter(d.r[i+1]):
			dot = true
		}
	}
	return dot
}

// genreNoun reports whether a German noun names a kind of work, medium or
// group, or ends in one, so that a quote after it is that work's name:
// Sarrazins Buch „…“, der Fernsehsender „…“, die Internetseite „…“.
func (d *doc) genreNoun(w string) bool { return d.endsInClass(w, cGenre, 4) }

// capitalisedWords reports whether every word of a quote starts with a
// capital: in German, where nouns do, a name (der Zeitung „Hoy Bolivia“)
// rather than words (ein „Beispiel taktlosen Verhaltens“).
func (d *doc) capitalisedWords(q qspan) bool {
	start := true
	for _, c := range d.r[q.s:q.e] {
		if start && unicode.IsLetter(c) && !unicode.IsUpper(c) {
			return false
		}
		start = c == ' '
	}
	return true
}

// compoundHead reports whether the quote toks[i] is joined by a hyphen to
// the word after it: „Firefox“-Entwickler, "Tea Party"-backed.
func (d *doc) compoundHead(toks []token, i int) bool {
	return i+2 < len(toks) && toks[i+1].isPunct("-") && toks[i+1].s == toks[i].e &&
		toks[i+2].kind == tWord && toks[i+2].s == toks[i+1].e
}

// showBeforeRole reports whether the English quote toks[i], opening a
// sentence or clause, names a show or a work that a role noun and a name
// follow ("Morning Hour" host Ann Lee said …; "Harbor Days" star Tom Hill
// …): it modifies the subject's noun, as a title does, and no one said
// it. The quote has a title's capitals and no closing stop or comma, and
// the noun is no cue ("Lock Them Up" chanted Ann Lee). Inside a
// paraphrase (the inaugural "Harbor Days" winner Jo Vale) the annotators
// mark such a title as a quoted part, so a word before it rules it out.
func (d *doc) showBeforeRole(toks []token, i int) bool {
	if d.german || i > 0 && toks[i-1].kind == tWord || i+2 >= len(toks) || toks[i+1].kind != tWord || toks[i+1].upper || toks[i+2].kind != tWord || !toks[i+2].upper {
		return false
	}
	q := d.qs[toks[i].q]
	if q.e <= q.s || !unicode.IsLetter(d.r[q.e-1]) || !d.titleCase(q) || !d.fewWords(q) {
		return false
	}
	return !toks[i+1].isCue()
}

// looksLikeName reports whether a quote's content reads as a name: at most
// five words, starting with a capital, with no sentence punctuation but a
// final stop that American style puts inside the marks (on "Meet the Press.").
func (d *doc) looksLikeName(q qspan) bool {
	return d.startsUpper(q) && d.fewWords(q)
}

// fewWords reports whether a quote is as short as a name: five words at
// most, with no punctuation but a closing full stop or comma. It stops at
// the sixth word, so that a long quote costs no more than a short one.
func (d *doc) fewWords(q qspan) bool {
	e := q.e
	for e > q.s && strings.ContainsRune(".,", d.r[e-1]) {
		e--
	}
	words := 1
	for _, c := range d.r[q.s:e] {
		switch {
		case c == ' ':
			words++
			if words > 5 {
				return false
			}
		case strings.ContainsRune(",.!?;", c):
			return false
		}
	}
	return true
}

// headlineOf reports whether paragraph pi, the one being read, is a
// headline (see readHeadline).
func (d *doc) headlineOf(pi int) bool { return d.headPara == pi+1 && d.isHead }

// readHeadline notes whether paragraph pi, tokenised as toks, is written in
// title case, as headlines are: most of its first forty words capitalised.
// Numbers have no case and count neither way (Roe Wins 3 Of 4 Races).
func (d *doc) readHeadline(toks []token, pi int) {
	words, caps := 0, 0
	lowerCue := false
	for i := range toks {
		t := &toks[i] // not a copy of each token: this runs for every paragraph
		if t.kind != tWord || unicode.IsDigit(d.r[t.s]) {
			continue
		}
		if words++; t.upper {
			caps++
		} else if t.isClass(cSpeech) {
			// title case capitalises its verbs (Roe Says): a cue in lower
			// case is a sentence's, whose quote the tokeniser holds as one
			// token and leaves only its attribution to count ("…," said
			// Mayor Ray Holt.: three capitals in four words)
			lowerCue = true
		}
		if words == 40 {
			break
		}
		if words-caps > 12 {
			// thirteen words in lower case: even at forty words the
			// capitals fall short of seven in ten (3·40 < 10·13), so a
			// paragraph of prose stops here, not at its fortieth word
			d.headPara, d.isHead = pi+1, false
			return
		}
	}
	d.headPara, d.isHead = pi+1, words > 2 && caps*10 >= words*7 && !lowerCue
}

// headlineWords are the classes of words that title case capitalises but
// that are no names: cues, verbs, articles, pronouns, prepositions.
const headlineWords = cSpeech | cBelief | cFinite | cStop | cClause | cPrep | cDeterminer | cPronoun | cObject | cAdverb | cSubject | cReports | cQuantifier | cConditional | cNounOpener

// lowerHeadline reads the known words of a title-case headline after its
// first word as lower case, so that "Lakeside County Says Vale Should
// Win" has a cue and a clause; names and titles keep their capitals. A
// list of names (Ann Lee, Christopher Rants, …) is no headline, nor a
// sentence of names with a verb in lower case (Valley State's Jane Roe
// agreed): title case capitalises every word but the short ones.
func (d *doc) lowerHeadline(toks []token) {
	commas := 0
	for i, t := range toks {
		if t.isComma() {
			commas++
		}
		if i > 0 && d.headlineWord(t) && !t.upper && t.e-t.s > 3 {
			return
		}
	}
	if commas > 2 {
		return
	}
	for i := 1; i < len(toks); i++ {
		if d.headlineWord(toks[i]) {
			toks[i].upper = false
		}
	}
}

// headlineWord reports whether title case capitalises t though it is no
// name: a known word of the headlineWords classes, not a title or a name.
func (d *doc) headlineWord(t token) bool {
	return t.kind == tWord && t.cls&headlineWords != 0 && t.cls&(cTitle|cOrganisation|cAnonymous|cTime|cMale|cFemale|cState) == 0
}

// onlyTimeAfter reports whether toks[i:e] is a time phrase and nothing
// else: on Friday, on Friday afternoon, this week.
func (d *doc) onlyTimeAfter(toks []token, i, e int) bool {
	j := d.timeAfter(toks, i, e)
	for j > 0 && j < e && !toks[j].upper && toks[j].isClass(cTime) {
		j++ // Friday afternoon
	}
	return j == e
}

// tightenMixed narrows the content of a paraphrase with quoted parts: it
// starts after a colon that introduces a quote (added: "…") and ends with
// the clause of its last quote (… "a prayer" for the nominee, but did not
// …); English annotators run it on past who, and, as (German: nannte sie
// „…“ und verwies …).
func (d *doc) tightenMixed(toks []token, c span, qt []int) span {
	for i := c.s; i < qt[len(qt)-1]; i++ {
		if toks[i].isPunct(":") && (toks[i+1].kind == tQuote && !d.clauseBeforeColon(toks, c.s, i) || d.german && i < qt[0] && !unicode.IsDigit(d.r[toks[i+1].s])) {
			c.s = i + 1 // bezweifelte die Eignung: Er habe „…“: the clause after the colon
		}
	}
	if first := qt[0]; !d.german && first == c.s && first+1 < c.e && (d.quoteEndsIn(toks[first], ".!?") || d.onlyTimeAfter(toks, first+1, c.e)) {
		// chanted "Who needs a toll?" and marched on: a quote that opens
		// the content and ends its sentence inside the marks is the whole
		// statement; what follows is the writer's. So is one that only a
		// time follows (tweeted, "Thank you Fenwick!" on Friday afternoon)
		return span{first, first + 1}
	}
	last := qt[len(qt)-1]
	lead := d.leadingClause(toks, c.s, last) // if riders are "horrified," they will vote: the main clause is still to come
	if !d.german && d.quoteEndsIn(toks[last], ",") && !(lead && last+1 < c.e && d.opensFiniteClause(toks, span{last + 1, c.e})) && !d.leadsToClause(toks, c.s, last) && !d.goesOnAt(toks, last+1, c.e) && !d.quoteAnd(toks, c.s, last+1, c.e) && !d.infinitiveList(toks, c.s, last+1, c.e) {
		c.e = last + 1 // said it was "rigged," angering …: the comma inside the marks ends the clause
	}
	from := last + 1
	if j := d.subjectAside(toks, c.s, last, c.e); j > 0 {
		from = j + 1 // that "a number of our friends" - including the union - wanted …
	}
	for i := from; i < c.e; i++ {
		t := toks[i]
		if j := d.glossAfterQuote(toks, i, c.e); j > 0 {
			i = j // „Rat für Sicherheit“ (CNS) umbenennen: the clause goes on after the gloss
			continue
		}
		if j := d.insertion(toks, i, c.e); j > i && (!d.german || germanInsertion(toks, i)) {
			i = j // that her call to "fix the harbor" — a reply to him — was weak: the clause goes on after the aside
			continue
		}
		if lead && t.isComma() {
			lead = false // the first comma closes the leading clause
			if i+1 < c.e && d.opensFiniteClause(toks, span{i + 1, c.e}) {
				continue // said that while riders are "angry" at the toll, they like the mayor
			}
		}
		if t.isPunct(",;—–(:") && !d.commaGoesOn(toks, i, c.e) && !(t.isComma() && d.infinitiveList(toks, c.s, i+1, c.e)) || t.is("but") && !d.butGoesOn(toks, i, c.e) || d.german && t.isClass(cClause) && !t.upper && !d.subjunctiveAnd(toks, i, c.e) && !d.infinitiveAnd(toks, c.s, i) || !d.german && (t.isPunct("-") || d.opensAdverbial(toks, i, c.e) || d.channelAfterQuote(toks, i, c.e)) {
			c.e = i
			break
		}
	}
	for c.e-1 > last && toks[c.e-1].isComma() {
		c.e-- // … for her actions, but that …: the comma goes
	}
	// were told, "You sell feelings.": a whole utterance set off by a comma
	// or a dash at the end of the content is the content; but after that
	// the words before it are reported too (said that if she lost, "I will
	// run again."), 10 times to 1 in PolNeAR
	that := c.s > 0 && toks[c.s-1].is("that")
	if last == c.e-1 && last > c.s && toks[last-1].isPunct(",—–-") && d.startsUpper(d.qs[toks[last].q]) && !that && !d.innerFrameClause(toks, c.s, last-1, qt) {
		c.s = last
	}
	return c
}

// leadingClause reports whether English content at toks[s] opens with a
// subordinate clause (if, while, although, because …) that holds the
// quote toks[q] before any comma: the comma after the quote closes that
// clause, and the main clause after it was reported with it. Not "as",
// which after a cue names what something was called (slammed as
// "careless").
func (d *doc) leadingClause(toks []token, s, q int) bool {
	if d.german || toks[s].is("as") || !(toks[s].isClass(cConditional) || d.inSet(setSubordinate, toks[s].lower)) {
		return false
	}
	for _, t := range toks[s:q] {
		if t.isPunct(",;:—–") {
			return false
		}
	}
	return true
}

// innerFrameClause reports whether English content toks[s:e] before a
// quote that closes it is a reported clause, a subject and its verb, with
// a frame of its own (said he felt they were saying, "…"; said Lee
// grabbed her arm and said, "…"): the whole clause is what the outer
// source reports, the quote a part of it, as after that. Not an object
// with a relative frame (posted a headline that said, "…") nor a passive
// (his staff were told, "…"); the only quote must be the last one.
func (d *doc) innerFrameClause(toks []token, s, e int, qt []int) bool {
	if d.german || len(qt) != 1 || s == 0 || !toks[s].isClass(cPronoun) && !toks[s].upper || !d.looksLikeClause(toks, span{s, e}) {
		return false
	}
	for k := s + 1; k < e; k++ {
		t := &toks[k]
		if t.kind != tWord || t.upper || !t.isCue() {
			continue
		}
		p := toks[k-1].lower
		passive := !strings.HasSuffix(t.lower, "ing") && d.inSet(setCopula, p)
		return !passive && p != "that" && p != "which" && p != "who"
	}
	return false
}

// infinitiveList reports whether the English words from toks[j], after a
// comma, are the next bare verbs of a list of infinitives that a "to" in
// toks[s:j] opened and an "and" or "or" closes: vowed to "sink the
// ferry," bring back the night boats and close the tolls. The list is
// what was vowed, not the writer's words.
func (d *doc) infinitiveList(toks []token, s, j, e int) bool {
	if d.german || j+1 >= e {
		return false
	}
	to := false
	for k := s; k+1 < j && !to; k++ {
		to = toks[k].is("to") && (toks[k+1].kind == tQuote || d.bareVerb(toks[k+1]))
	}
	if !to {
		return false
	}
	if toks[j].is("and") || toks[j].is("or") {
		// …, cut the tolls, and close the pier: after an item of the list
		// (not "plans to end the feud, and left")
		for k := j - 2; k > s; k-- {
			if (toks[k].isComma() || toks[k].kind == tQuote && d.quoteEndsIn(toks[k], ",")) && d.bareVerb(toks[k+1]) {
				return d.bareVerb(toks[j+1])
			}
		}
		return false
	}
	if !d.bareVerb(toks[j]) {
		return false
	}
	for k := j + 1; k+1 < e && k < j+14; k++ {
		if toks[k].kind != tWord && !toks[k].isComma() {
			return false
		}
		if toks[k].is("and") || toks[k].is("or") {
			return d.bareVerb(toks[k+1])
		}
	}
	return false
}

// clauseBeforeColon reports whether English reported words toks[s:i]
// before a colon and a quote form a clause of their own (added that voters
// have two choices: "…"): annotators start the paraphrase there (3 such
// in PolNeAR, all marked so).
func (d *doc) clauseBeforeColon(toks []token, s, i int) bool {
	if !d.german && s > 0 && toks[s-1].isCue() && !strings.HasSuffix(toks[s-1].lower, "ing") && subjectPronoun(toks[s].lower) && s+1 < i && toks[s+1].kind == tWord {
		// said she believes the charges were made up: "…"; said he came
		// up with the idea: "…": a reported clause with its own subject,
		// whose colon brings in the quote it goes on with (5 of 6 marked
		// so); after a participle (explaining he …: "…") the quote is
		// mostly set apart
		return true
	}
	if d.german || s == 0 || !toks[s-1].is("that") || toks[s].clauseVerb() {
		return false // a phrase that could have come from him: "…": a relative clause
	}
	for k := s; k < i; k++ {
		if toks[k].isCue() {
			return false // noting that …, added: "…": the colon follows a frame of its own
		}
	}
	return true
}

// subjectAside returns the dash that closes an aside after a quote that
// opens English reported content as its subject, when the clause's verb
// follows (argued that "every candidate" - including Lee - favored …), or
// -1: the clause goes on past the aside.
func (d *doc) subjectAside(toks []token, s, last, e int) int {
	if d.german || last != s || last+2 >= e || !toks[last+1].isPunct("-—–") {
		return -1
	}
	for j := last + 2; j+1 < e && j < last+25; j++ {
		if toks[j].kind == tQuote {
			return -1
		}
		if toks[j].isPunct("-—–") {
			if toks[j+1].clauseVerb() {
				return j
			}
			return -1
		}
	}
	return -1
}

// commaGoesOn reports whether a paraphrase goes on over the comma toks[i]
// after its last quote, as reported speech does: in English before a
// qualifier (, including …; , with …) or a second that clause (, and that
// …; , but that …); in German before a clause of its own.
func (d *doc) commaGoesOn(toks []token, i, e int) bool {
	if !toks[i].isComma() {
		return false
	}
	if d.german {
		// sei „kaputt“, denn es könne …; „Probleme“, die …; nicht „X“,
		// sondern Y; „Taten“, von denen …; einen „Plan B“ für den Fall,
		// dass …: a German clause after the comma goes on with what was
		// reported
		return i+1 < e && (d.opensSubordinate(toks, i+1, e) || d.focusedSubordinate(toks, i+1, e) || toks[i+1].is("dass") || toks[i+1].is("denn") || toks[i+1].is("sondern") || d.zuClause(toks, i+1, e) || d.prepRelative(toks, i+1, e))
	}
	return d.goesOnAt(toks, i+1, e)
}

// germanInsertion reports whether toks[i], which opens an insertion in
// German content after its last quote, is a dash right after a
// subordinator, whose clause cannot end there (…, auch wenn – juristisch
// betrachtet – das Mandat den Einsatz abdecke): the aside is read over,
// as in English.
func germanInsertion(toks []token, i int) bool {
	return toks[i].isPunct("—–―") && i > 0 && toks[i-1].isClass(cSubordinator)
}

// focusedSubordinate reports whether German toks[j] is a focus word
// (auch, selbst, sogar) before a subordinator that opens a clause (…,
// auch wenn das Mandat den Einsatz abdecke): a concession, which goes on
// with what was reported as the clause alone would.
func (d *doc) focusedSubordinate(toks []token, j, e int) bool {
	return j+1 < e && (toks[j].is("auch") || toks[j].is("selbst") || toks[j].is("sogar")) && d.opensSubordinate(toks, j+1, e)
}

// zuClause reports whether the German words from toks[j] up to the next
// punctuation form an infinitive clause with zu (den Rat einzubeziehen;
// die Brücke zu bauen), which goes on with the clause before its comma.
// Its test of the last word is not zuInfinitive's, which also takes a
// stem in -ern or -eln (abzuändern).
func (d *doc) zuClause(toks []token, j, e int) bool {
	for i := j; i < e && i-j <= 12 && toks[i].kind == tWord; i++ {
		t := toks[i]
		if i+1 == e || toks[i+1].kind != tWord {
			if t.upper {
				return false
			}
			k := strings.Index(t.lower, "zu")
			return i > j && toks[i-1].is("zu") || k > 1 && strings.HasSuffix(t.lower, "en") && len(t.lower) > k+4
		}
	}
	return false
}

// goesOnAt reports whether an English paraphrase goes on with the word
// toks[j] after a comma: see commaGoesOn.
func (d *doc) goesOnAt(toks []token, j, e int) bool {
	if d.german || j >= e {
		return false
	}
	t := toks[j]
	if t.is("and") {
		return j+1 < e && toks[j+1].is("that") // but not "…, and left": the source's own verb
	}
	if j > 0 && toks[j-1].isComma() {
		if t.kind == tWord && !t.upper && len(t.lower) > 5 && strings.HasSuffix(t.lower, "ly") {
			// is "flexibility" in the regime, particularly when …: a qualifier
			// of what was said; but not after a comma inside the marks ("You
			// tell me," repeatedly): the writer's words
			return true
		}
		if d.listItem(toks, j, e) {
			return true // "particularly burdensome" on its black, Hispanic and Native communities: a list goes on
		}
	}
	return d.has(cGoesOn, t.lower) || d.butGoesOn(toks, j, e)
}

// quoteAnd reports whether "and" at toks[j], after a quote whose comma
// stands inside its marks, goes on with a reported clause that starts at
// toks[s]: it does when a verb stands before the quote (polls could be
// "way off," and have been wrong; was watching with "bemused interest,"
// and there was …), not after an object (called the pact "insanity," and
// Ann Lee …), nor before a cue of the source's own within two words ("a
// blowhard," and said …; and then tweeted …; and he said …). In PolNeAR
// the paraphrase went on 14 times, and stopped 10, mostly after objects.
func (d *doc) quoteAnd(toks []token, s, j, e int) bool {
	if j >= e || !toks[j].is("and") || !d.hasVerb(toks, span{s, j - 1}) {
		return false
	}
	for k := j + 1; k < e && k <= j+2; k++ {
		if toks[k].isCue() {
			return false
		}
	}
	return true
}

// opensAdverbial reports whether the English word toks[i] after a
// paraphrase's last quote opens an adverbial that tells when or how it was
// said rather than going on with what was said: during a stop in Flint,
// as they had, while trying to explain. "As" opens one before a subject
// only: the annotators run on over "as a joke", "as president" (22 times
// to 4); and over "when she was mayor".
func (d *doc) opensAdverbial(toks []token, i, e int) bool {
	t := toks[i]
	if t.is("as") {
		return (i+1 >= e || toks[i+1].upper || toks[i+1].isClass(cPronoun)) && !comparativeAs(toks, i)
	}
	if t.kind != tWord || t.upper {
		return false
	}
	if t.isClass(cAdverbial) {
		if toks[i-1].clauseVerb() && !toks[i-1].isCue() {
			return false // "secret" files that passed through her email server: the phrase of the content's own verb
		}
		// was "fully funded," despite …: the comma inside the marks closed it
		return toks[i-1].kind == tQuote && d.quoteEndsIn(toks[i-1], ",") || d.saidWhen(toks, i+1, e)
	}
	return t.is("while")
}

// comparativeAs reports whether "as" at toks[i] closes a comparison that
// "same" or a first "as" opens a few words before it (on the same level
// as Jo Vale's plan; as costly as the old pier): a phrase, no clause.
func comparativeAs(toks []token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 3 && toks[j].kind == tWord; j-- {
		if toks[j].is("same") || toks[j].is("as") {
			return true
		}
	}
	return false
}

// channelAfterQuote reports whether "in" or "on" at toks[i], right after
// a quote, names where the quoted words were said (called it "rigged" in
// a tweet; "a new era" in his 1999 book): that ends the paraphrase.
func (d *doc) channelAfterQuote(toks []token, i, e int) bool {
	if toks[i-1].kind != tQuote || !(toks[i].is("in") || toks[i].is("on")) {
		return false
	}
	return d.adverbialAt(toks, i, e) || i+1 < e && toks[i+1].is("response") // said "pray for him" in response
}

// saidWhen reports whether the words after a preposition of time at the
// end of a paraphrase tell when it was said, not when what was said holds:
// a clause (after she lost) or an occasion of speech (during a speech in
// Iowa, after his remarks) ends the paraphrase; a plain noun phrase goes on
// with it (said the toll "accelerated" after the vote; had "enough money"
// during the event), as the annotators count it 9 times to 3.
func (d *doc) saidWhen(toks []token, j, e int) bool {
	if j >= e {
		return true // nothing after it here: the content is not going on
	}
	for k := j; k < e && k < j+5; k++ {
		t := toks[k]
		if t.kind != tWord {
			return k == j
		}
		if k > j && (t.is("that") || t.isClass(cRelative)) {
			return false // through the barriers that had been set up: the verb of a relative clause on the noun
		}
		if t.isClass(cChannel|cPronoun) || d.inSet(setOccasion, t.lower) || t.clauseVerb() {
			return true
		}
	}
	return false
}

// startsUpper reports whether a quote's words start with a capital letter.
func (d *doc) startsUpper(q qspan) bool {
	return q.e > q.s && unicode.IsUpper(d.r[q.s])
}

// skipConcessive moves the start of content that an according-to source
// after it reports past an opening concessive phrase or clause, which the
// annotators leave to the writer (5 times to 1): "Despite the vote, the
// toll rose, according to …", "Although she lost, she leads, according
// to …".
func (d *doc) skipConcessive(toks []token, c span) int {
	if d.german || !d.inSet(setConcessive, toks[c.s].lower) {
		return c.s
	}
	if i := d.closingComma(toks, c.s, c.e-1, 30, ";:—–―("); i >= 0 {
		return i + 1
	}
	return c.s
}

// closingComma returns the comma that closes a phrase opening at toks[s]:
// the first comma in toks[s+1:e] within n tokens of s, not one between
// German nouns of a list (nounListComma), or -1 when a quote or a mark in
// stops comes first ("Despite the vote, the toll rose": the comma after
// vote).
func (d *doc) closingComma(toks []token, s, e, n int, stops string) int {
	for i := s + 1; i < e && i-s < n; i++ {
		switch {
		case toks[i].kind == tQuote || toks[i].isPunct(stops):
			return -1
		case toks[i].isComma() && !d.nounListComma(toks, i, e):
			return i
		}
	}
	return -1
}

// keepsFrontedPhrase reports whether English content before its source
// keeps the phrase of time, place or occasion that opens its sentence (In
// 2014, the toll rose, according to …; At private clubs, members pay more,
// she said): the annotators mark it 25 times to 6. The exceptions are
// connectives of two words (In fact, In contrast, In all), the writer's.
func (d *doc) keepsFrontedPhrase(toks []token, c span, rule string) bool {
	if d.german || !strings.HasPrefix(rule, "before-") || !toks[c.s].isClass(cPrep) {
		return false // but not a time alone: Late Sunday, …
	}
	i := d.closingComma(toks, c.s, c.e-1, 8, "")
	if i < 0 {
		return true
	}
	for _, t := range toks[c.s:i] {
		if d.inSet(setOccasion, t.lower) {
			return false // In the talks, …: where it was said, not what
		}
	}
	return i-c.s > 2 || toks[c.s+1].upper || toks[c.s+1].isNumber()
}

// skipLeadingAdverbial moves the start of content past an opening phrase
// that ends in a comma before any quote: "In the talks, Macron expressed …".
func (d *doc) skipLeadingAdverbial(toks []token, c span) int {
	t := toks[c.s]
	if !(t.isClass(cPrep) || t.isClass(cTime)) {
		return c.s
	}
	if i := d.closingComma(toks, c.s, c.e-1, 8, ""); i >= 0 {
		return i + 1
	}
	return c.s
}

// frontedContentCue reports whether English content before a frame opens
// with an -ing cue whose object is what was said, and a quote follows in
// it: "Citing "a family matter," the spokeswoman told …", "Recalling
// "…," the statement urged …". The phrase reports the quote as the
// subject's, and the cue is no part of it (annotators: 4 of 4).
func (d *doc) frontedContentCue(toks []token, c span) bool {
	t := toks[c.s]
	return !d.german && t.upper && strings.HasSuffix(t.lower, "ing") && t.isClass(cContent) && d.hasQuote(toks, span{c.s + 1, c.e})
}

// demonstrativeCopula reports whether c is only "that" or "this" and a
// copula (That's, This is, That was), and the length in runes of the
// demonstrative: the whole content before "according to" in "That's
// according to the poll".
func demonstrativeCopula(toks []token, c span) (int, bool) {
	first := toks[c.s].lower
	if w, ok := strings.CutSuffix(first, "'s"); ok && c.e == c.s+1 && (w == "that" || w == "this") {
		return len(w), true // a token's lower text writes ’ as ' (appendLower)
	}
	if c.e == c.s+2 && (first == "that" || first == "this") && (toks[c.s+1].is("is") || toks[c.s+1].is("was") || toks[c.s+1].is("'s")) {
		return len(first), true
	}
	return 0, false
}

// gappedInfinitive reports whether English content c is "to", a verb and
// then a finite verb (to bridge have grown, to fix was): the infinitive
// lacks its object, so the cue stands in a relative clause on the noun
// before it (the divides he promised to bridge have only grown), and the
// finite verb is the outer clause's.
func (d *doc) gappedInfinitive(toks []token, c span) bool {
	if c.e-c.s < 3 || !toks[c.s].is("to") {
		return false
	}
	v, f := toks[c.s+1], toks[c.s+2]
	return v.kind == tWord && !v.upper && !v.isClass(cFinite) && f.kind == tWord && !f.upper && f.finite()
}

// demonstrativeObject reports whether the "that" before content is a
// determiner, not a complementizer: "that" and a noun of talk (notion,
// approach) followed by a preposition or the end, with no verb after
// (dismissed that notion in an interview); or a pronoun, with a
// preposition or a time word and no verb after it (denied that in a
// statement). The content is then an object.
func (d *doc) demonstrativeObject(toks []token, c span) bool {
	if d.german || c.s == 0 || !toks[c.s-1].is("that") || c.s >= c.e {
		return false
	}
	n := toks[c.s]
	if n.kind == tWord && !n.upper && !n.is("of") && n.isClass(cPrep|cTime) && !d.hasVerb(toks, c) && !d.hasQuote(toks, c) {
		return true // hinted at that in an interview; denied that on Tuesday: a pronoun, what it stands for said before
	}
	if n.kind != tWord || n.upper || c.s+1 < c.e && !toks[c.s+1].isClass(cPrep) {
		return false
	}
	return !d.hasVerb(toks, c) && d.inSet(setTalknoun, n.lower)
}

// wordsIn counts the words in toks[c], leaving out punctuation and quotes.
func (d *doc) wordsIn(toks []token, c span) int {
	n := 0
	for _, t := range toks[c.s:c.e] {
		if t.kind == tWord {
			n++
		}
	}
	return n
}

// topicOfCue reports whether the noun toks[n] ends a short "of" or
// "about" phrase right after a speech cue: it names what was spoken of,
// and the quote after its comma is what was said of it, not its title
// (said of the episode, "I don't like it").
func (d *doc) topicOfCue(toks []token, n int) bool {
	for j := n - 1; j > 0 && n-j <= 4; j-- {
		t := toks[j]
		if t.kind != tWord {
			return false
		}
		if (t.is("of") || t.is("about")) && toks[j-1].isClass(cSpeech) {
			return true
		}
	}
	return false
}
