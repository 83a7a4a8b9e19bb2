package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"saidwho/quotes"
)

// reportedFrame returns the frame a German sentence in the subjunctive
// (Konjunktiv I: er sei, sie habe) continues: the last frame of this or the
// previous paragraph.
func (d *doc) reportedFrame(toks []token, a, b, pi int, adjacent bool) *frame {
	if !d.german {
		return nil
	}
	if len(d.frames) == 0 {
		if adjacent && d.mainSubjunctive(toks, a, b) {
			// Das Mittel könne …, in an article that names no source: the
			// words are reported all the same
			return d.newFrame(frame{class: "speech", rule: "unnamed", para: pi})
		}
		return nil
	}
	n := len(d.frames) - 1
	for n > 0 && len(d.frames)-n < 4 && d.frames[n].rule == "passive" {
		n-- // Es wird vermutet, dass …: no source a report could go on from
	}
	f := d.frames[n]
	if (f.para < pi-1 || adjacent && d.lastReport < d.sentNo-3) && !(adjacent && d.mainSubjunctive(toks, a, b)) {
		return nil // reported speech without quotes continues a report of the last few sentences
	}
	if d.sentenceSubjunctive(toks, a, b) {
		return d.reporter(f, pi)
	}
	return nil
}

// sentenceSubjunctive reports, as hasSubjunctive, whether the sentence
// toks[a:b] holds a verb in the subjunctive; but the words it went over
// in vain are not read again for the next quote of the same sentence, so
// a long sentence of many quotes stays linear.
func (d *doc) sentenceSubjunctive(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if i = d.subjScanned.past(d.sentNo, i); i >= b {
			break
		}
		if toks[i].cls&cSubjunctive != 0 {
			d.subjScanned = d.subjScanned.add(d.sentNo, a, i)
			return true
		}
	}
	d.subjScanned = d.subjScanned.add(d.sentNo, a, b)
	return false
}

// hearsayModal returns the index of the modal of hearsay in the German
// sentence toks[a:b], or -1: a sentence of hearsay passes on what others
// say with the modal sollen and a perfect infinitive (Drei Hallen sollen
// abgebrannt sein; Er soll den Mann geschlagen haben). The participle
// before sein or haben ends in -t or -en, and no zu makes it an
// infinitive (not: Die Schilde sollen wiederverwendbar sein; Die Region
// soll schwer zu überwachen sein).
func (d *doc) hearsayModal(toks []token, a, b int) int {
	modal := -1
	for i := a; i < b; i++ {
		t := toks[i]
		if t.kind != tWord {
			continue
		}
		if modal < 0 && (t.is("soll") || t.is("sollen")) {
			modal = i
			continue
		}
		if modal < 0 || !(t.is("sein") || t.is("haben")) || i+1 < b && toks[i+1].kind == tWord || i-2 <= a {
			continue
		}
		p := toks[i-1]
		if p.is("worden") || p.is("gewesen") {
			return modal // a passive or a state: verletzt worden sein
		}
		if p.kind == tWord && !p.upper && !toks[i-2].is("zu") && (strings.HasSuffix(p.lower, "t") || strings.HasSuffix(p.lower, "en")) {
			return modal
		}
	}
	return -1
}

// hearsayClause returns the part of a sentence of hearsay that is
// reported: all of it, or the main clause that a comma and a subject
// open before the modal (Insgesamt kamen 80 Menschen ums Leben, 120
// sollen verletzt worden sein: the words after the comma). toks[m] is
// its modal (see hearsayModal).
func (d *doc) hearsayClause(toks []token, a, b, m int) span {
	for i := m - 1; i > a; i-- {
		if !toks[i].isComma() {
			continue
		}
		if n := toks[i+1]; i+1 < m && (n.isNumber() || n.upper && !n.isClass(cAdverb|cPrep|cSubordinator)) {
			return span{i + 1, b}
		}
		break
	}
	return span{a, b}
}

// mainSubjunctive reports whether the main clause that opens a German
// sentence has its finite verb in the subjunctive (Das Mittel könne …;
// Allerdings sei es …): reported speech however far its source.
func (d *doc) mainSubjunctive(toks []token, a, b int) bool {
	if a >= b || toks[a].isClass(cSubordinator|cPrep) || d.relativePronoun(toks[a].lower) && !toks[a].upper {
		return false
	}
	for i := a; i < b && i <= a+8; i++ {
		t := toks[i]
		if t.kind != tWord || t.is("ich") || t.is("wir") {
			return false // ich habe, ich lehne ab: the same forms in the first person
		}
		if i > a && t.cls&cSubjunctive != 0 && !t.upper {
			// Konjunktiv II (hätten, würden) far from a report is as often
			// hypothetical (hätten wohl kein Problem)
			return t.cls&cKonjunktivII == 0 && (i+1 >= b || !toks[i+1].is("ich") && !toks[i+1].is("wir"))
		}
	}
	return false
}

// reporter returns the frame whose source a report in the subjunctive
// goes on from: the last frame, unless it only names a document of the
// paragraph's speaker (nach ihren Informationen, laut dem Bericht) and a
// frame just before names a person. A document that a relative clause
// of this sentence makes say something (ein Kommentar, der den Plan als
// „…“ bezeichnet, dem … fehle) is the source itself.
func (d *doc) reporter(f *frame, pi int) *frame {
	if !d.documentOnly(f) || f.rule == "relative-cue" {
		return f
	}
	for i := len(d.frames) - 2; i >= 0 && i >= len(d.frames)-4; i-- {
		g := d.frames[i]
		if g.para < pi-1 {
			break
		}
		if g.named() && !d.documentOnly(g) && g.rule != "asked-within" {
			return g // but not one who only asked within a report (askedWithin)
		}
	}
	return f
}

// documentOnly reports whether a frame's source is a document or
// statement of someone unnamed: ihren Informationen, seiner Meinung.
func (d *doc) documentOnly(f *frame) bool {
	src := f.source()
	if !src.named() {
		return false
	}
	ws := strings.Fields(d.text(src.mention))
	return len(ws) > 0 && len(ws) <= 2 && d.has(cDocument, strings.ToLower(ws[len(ws)-1]))
}

// subjunctiveClause returns the clause, between commas, that holds the
// sentence's first subjunctive verb. A verb right after a comma is in
// second place after a fronted phrase that commas set off (Das Problem …,
// einem Land mit …, könne der Rat nicht lösen): the clause runs from the
// sentence start.
func (d *doc) subjunctiveClause(toks []token, a, b int) span {
	c, _ := d.subjunctiveIn(toks, a, b)
	return c
}

// subjunctiveIn returns subjunctiveClause and whether a subjunctive verb
// stands in it. Each quote of a sentence asks for the same clause: a memo
// of the sentence last asked about keeps a long sentence of quotes from
// being read once for each.
func (d *doc) subjunctiveIn(toks []token, a, b int) (span, bool) {
	if a >= b {
		return span{a, b}, false
	}
	key := [4]int{a, b, toks[a].s, toks[b-1].s}
	if d.subjKey != key {
		c := d.subjunctiveScan(toks, a, b)
		d.subjKey, d.subjClause, d.subjHas = key, c, d.hasSubjunctive(toks, c)
	}
	return d.subjClause, d.subjHas
}

// subjunctiveScan is subjunctiveClause without its memo.
func (d *doc) subjunctiveScan(toks []token, a, b int) span {
	c := span{a, b}
	v := a
	for v < b && toks[v].cls&cSubjunctive == 0 {
		v++
	}
	stops := ",;:"
	if v-1 > a && toks[v-1].isComma() {
		stops = ";:"
	}
	for i := v - 1; i > a; i-- {
		if toks[i].isPunct(stops) {
			c.s = i + 1
			break
		}
	}
	for i := v + 1; i < b; i++ {
		if toks[i].isPunct(";") {
			c.e = i
			break
		}
	}
	return c
}

// perfectAux finds the auxiliary of a perfect whose participle is the cue
// toks[k] (hat … gesagt, hatte … erklärt), in the same clause before it, or
// returns -1. Only haben: wurde … bezeichnet is a passive, its subject no
// source.
//
// lassen with an infinitive cue stands in the auxiliary's place: ließ
// der Sprecher verlauten, dass …; lässt die Firma mitteilen.
func (d *doc) perfectAux(toks []token, a, k int) int {
	w := toks[k].lower
	infinitive := strings.HasSuffix(w, "en")
	reach := 15
	if strings.Contains(w, "ge") && (infinitive || strings.HasSuffix(w, "t")) {
		// a participle of ge- reaches back over a long object (hatte am
		// Montag von der Regierung die Umstellung der … gefordert); a
		// finite verb (forderte) is no participle, whatever stands before it
		reach = 25
	}
	return d.auxBefore(toks, a, k, reach, func(t token) bool {
		return t.isClass(cAux) && (strings.HasPrefix(t.lower, "ha") || strings.HasPrefix(t.lower, "hä")) ||
			infinitive && strings.HasPrefix(t.lower, "l") && d.inSet(setLets, t.lower)
	})
}

// modalPerfect finds the modal verb of a perfect infinitive after the
// cue toks[k] (Weber soll zu Korn gesagt haben: „…“; will es erklärt
// haben), which is the clause's finite verb, or returns -1.
func (d *doc) modalPerfect(toks []token, a, k, ce int) int {
	if ce-1 <= k || !toks[ce-1].is("haben") {
		return -1
	}
	return d.auxBefore(toks, a, k, 15, func(t token) bool { return d.inSet(setModal, t.lower) })
}

// auxBefore returns the auxiliary aux accepts before the cue toks[k] in
// its clause, within reach words and with no other cue between, or -1.
func (d *doc) auxBefore(toks []token, a, k, reach int, aux func(token) bool) int {
	for i := k - 1; i >= a && k-i <= reach; i-- {
		t := toks[i]
		if t.isPunct(",;:") || t.isCue() {
			return -1
		}
		if aux(t) {
			return i
		}
	}
	return -1
}

// soAttributes tells the German attribution "„…“, so der Sprecher." from
// the adverb so: it follows a comma after a quote, or its source ends the
// sentence.
func (d *doc) soAttributes(toks []token, a, b, k int) bool {
	if k > a && toks[k-1].kind == tQuote && !toks[k].upper && d.quoteEndsIn(toks[k-1], ".!?…") {
		return true // „… zu teuer.“ so der Minister: the quote's own stop stands for the comma
	}
	if k < a+2 || !toks[k-1].isComma() {
		return false
	}
	if toks[k-2].kind == tQuote {
		return true
	}
	np, ok := d.npAfter(toks, k+1, b)
	if !ok {
		return false
	}
	// the source ends the sentence, or a comma follows it (so Celebi, die
	// …; so X weiter, …), or a phrase that says where (so X im Fernsehen.)
	e := np.e
	if e < b && toks[e].isClass(cPrep) {
		e = d.skipAdverbials(toks, e, b)
	}
	c := d.pastSoAdverbs(toks, np.e, b)
	return e == b || e == b-1 && toks[b-1].kind == tPunct || c < b && toks[c].isComma() || d.verblessTail(toks, np.e, b)
}

// pastSoAdverbs returns the index after the adverbs that may follow the
// source of a German "so" (so Weber weiter, …; so Weber zudem, …).
func (d *doc) pastSoAdverbs(toks []token, j, b int) int {
	for j < b && !toks[j].upper && toks[j].isClass(cAdverb) {
		j++
	}
	return j
}

// verblessTail reports whether the words toks[j:b] that end a sentence
// after the source of "so" hold no verb the lexicon knows (no cue,
// auxiliary, modal or subjunctive): they go on with the source (so der
// Sprecher des Amtes (BA) in Kassel nach der Prüfung; so der „Ausschuss
// Nord“), not with a clause of their own.
func (d *doc) verblessTail(toks []token, j, b int) bool {
	for _, t := range toks[j:b] {
		if t.kind == tWord && !t.upper && (t.isCue() || t.isClass(cSubordinator) || d.germanFinite(t)) {
			return false
		}
	}
	return true
}

// germanVerbFrame finds the subject of a German cue verb. German puts the
// finite verb second: the subject opens the clause (Der Sprecher sagte),
// or, after a fronted phrase, follows the verb (In einem Interview sagte
// der Minister; „…“, sagte er). A verb-final clause (wie X sagte) has it
// before the verb.
func (d *doc) germanVerbFrame(toks []token, a, b, k, ce int) (frameAt, bool) {
	if strings.HasPrefix(toks[k].lower, "zitier") {
		if fa, ok := d.quotedPerson(toks, a, b, k, ce); ok {
			return fa, true
		}
		if fa, ok := d.passiveQuoted(toks, a, b, k, ce); ok {
			return fa, true
		}
	}
	f := d.newFrame(frame{})
	fa := frameAt{f: f, lo: k, hi: ce, right: -1}
	if ce-k == 2 && d.inSet(setBecameknown, toks[k].lower) && d.inSet(setBecameknown, toks[k+1].lower) {
		return d.becameKnown(toks, a, b, ce, fa)
	}
	v, ve := k, ce // the finite verb: the cue, or the auxiliary of a perfect
	aux := d.perfectAux(toks, a, k)
	if aux < 0 {
		aux = d.modalPerfect(toks, a, k, ce)
	}
	if aux >= 0 {
		v, ve = aux, aux+1 // Der Minister hat am Montag gesagt; Gestern hat er gesagt
	} else if d.passiveAux(toks, a, k) >= 0 {
		// Bislang werden 325 km/h angegeben: a passive's subject is no
		// source; but what a passive cue reports (Es wird befürchtet,
		// dass …) is said by someone the sentence does not name
		return d.passiveFrame(toks, a, b, ce, fa)
	}
	if d.inSet(setPassiveonly, toks[k].lower) {
		return fa, false // Die Firma erwartet, dass …: a forecast; Es wird erwartet, dass …: a report
	}
	j := ve
	for j < b && (toks[j].isClass(cAdverb|cTime) || toks[j].is("sich") || toks[j].is("es") && toks[k].lower[0] == 'h' && d.inSet(setNeedsesfür, toks[k].lower)) {
		j++ // hält es der Minister für möglich: es is the object
	}
	j = d.germanTimeAt(toks, j, b) // Der Sender hatte Anfang Juli berichtet: no source
	after, afterOK := d.npAfter(toks, j, b)
	if !afterOK {
		after, afterOK = d.quantifiedAfter(toks, j, b) // betonten beide Seiten, …
	}
	afterOK = afterOK && d.nominative(toks, after)
	addr, tells := span{}, d.inSet(setTellsdative, toks[k].lower)
	if afterOK && tells {
		after, addr = d.nameThenDative(toks, after, b) // sagte Jan Roth der Zeitung
	}
	if afterOK && !(after.e-after.s == 1 && toks[after.s].is("der")) {
		// meldete die Agentur „Xinhua“, …: the name goes with its noun;
		// but a bare der before a name is mostly its dative (sagte der
		// „Zeitung“)
		after = d.withTitle(toks, after, b)
	}
	if !afterOK && j+1 < b && toks[j+1].kind == tPunct && demonstrativePronoun(toks[j].lower) {
		after, afterOK = span{j, j + 1}, true // sagte dieser, dass …
	}
	if t, ok := d.titleSource(toks, j, b); ok && !afterOK {
		after, afterOK = t, true // „…“, schrieb „Die Zeit“
	}
	before, role, beforeOK := d.npBefore(toks, a, v)
	if beforeOK && d.germanTimeAt(toks, before.s, before.e) == before.e {
		beforeOK = false // Vergangene Woche hatte die Polizei erklärt: the subject follows the verb
	}
	if beforeOK && afterOK && (pluralMarked(toks, before) && !pluralMarked(toks, after) && !strings.HasSuffix(toks[v].lower, "en") || !d.nominative(toks, before)) {
		// Die tibetischen Mönche beschrieb die Agentur als „…“: a plural
		// before a singular verb is its object; Den Rat der Stadt,
		// dessen …, forderte er auf: a fronted object in the accusative
		// or dative. The subject follows the verb
		beforeOK = false
	}
	if d.inSet(setRejects, toks[k].lower) {
		// Die Kritik wies der Minister zurück: the criticism is rejected, not the source
		beforeOK = beforeOK && !d.rejectedNoun(toks, before)
		afterOK = afterOK && !d.rejectedNoun(toks, after)
	}
	// a verb-final clause (wie X sagte,) ends at its verb; "Als
	// Begründung sagte ein Wissenschaftler" goes on after it
	final := ce >= b || toks[ce].kind == tPunct || toks[ce].isClass(cAux)
	// where a verb-final clause's subordinator would stand: before the
	// subject, past adverbs (Wie schon die Polizei sagte)
	sub := -1
	if beforeOK {
		first := before.s
		if role.e > role.s && role.s < first {
			first = role.s // Der Vorsitzende des Verbands, Michael Knipper, kritisierte
		}
		start := a
		for start < first && toks[start].isClass(cAdverb) {
			start++ // Auch der Schiedsrichter kritisierte
		}
		sub = d.pastAdverbsBack(toks, a, before.s-1)
		opens := first == start || toks[first-1].kind == tQuote || toks[first-1].isPunct(":;") ||
			final && toks[sub].isClass(cSubordinator) || d.afterMainConjunction(toks, a, first) || d.joinedClause(toks, a, first, before) ||
			role.e == role.s && d.splicedClause(toks, a, first, before, v) && d.reportFollows(toks, ce, b)
		if !opens && role.e == role.s {
			if np, ok := d.joinedSubject(toks, start, first); ok {
				before, opens = np, true // Die Werft und der Verband sagten: the first names the source, as before a colon
			}
		}
		beforeOK = opens && (!toks[before.s].isClass(cAdverb|cStop|cPrep) || d.initialVon(toks, before.s, before.s+1, before.e-1)) && !participleAdverb(toks, before)
		// "Besorgt äußerte sich der Vorsitzende": a lone fronted word that
		// names no one the article knows gives way to the subject after,
		// whatever opens it (an article, a pronoun, a name, bare
		// adjectives: Andererseits haben lokale Medien): but a word
		// written capitalised inside a sentence near by is a noun or a
		// name, so may well be the subject (Stoiber hatte die Rolle
		// betont, after der Vorsitzende Stoiber); the search for it comes
		// last, as it reads text
		if beforeOK && afterOK && before.e-before.s == 1 && role.e == role.s && !toks[before.s].isClass(cPronoun) && d.names[toks[before.s].lower] == "" &&
			(toks[after.s].isClass(cPronoun) || !d.capitalInside(toks[before.s])) {
			beforeOK = false
		}
	}
	quotesSomeone := strings.HasPrefix(toks[k].lower, "zitiert") // X zitiert Y: X is the source
	// sie and es after the verb are mostly its object: Der Chef nannte sie „…“
	objectPronoun := afterOK && after.e-after.s == 1 && (toks[after.s].is("sie") || toks[after.s].is("es"))
	// warf Chávez vor, beschuldigte General Prem: after a subject that
	// opens the sentence, a name after a verb of accusing or calling on
	// is whom it addressed (but: Die Bürger forderte er auf)
	addressed := afterOK && d.inSet(setAddresses, toks[k].lower) && !(after.e-after.s == 1 && nominativePronoun(toks[after.s].lower))
	if beforeOK && (quotesSomeone || objectPronoun || addressed || !(afterOK && d.namesSomeone(toks, after) && !d.namesSomeone(toks, before))) {
		if tells {
			f.addressee = d.germanDative(toks, ce, b) // not: bestätigte den Verdacht, …
			if final {
				if np, to := d.nameThenDative(toks, before, v); to.e > to.s {
					before, f.addressee = np, d.text(d.tokSpan(toks, to)) // Wie Jan Roth der Zeitung sagte
				}
			}
		}
		f.mention, f.rule = d.tokSpan(toks, before), "subject"
		if role.e > role.s {
			f.role, f.rule = d.text(d.tokSpan(toks, role)), "appositive"
		}
		fa.lo = before.s
		fa.right = d.objectContent(toks, ce, b)
		if fa.right < 0 && aux >= 0 && v == aux && d.hasQuote(toks, span{aux + 1, k}) {
			// Die Medien hatten von einem „Volkskrieg“ gesprochen: a perfect
			// puts the object, quote and all, between its auxiliary and the
			// participle
			fa.hi, fa.right, fa.end = aux+1, aux+1, k
		}
		if final && d.subordinateClause(toks, a, before.s) && (!d.reportsAfterComma(toks, ce, b) || d.hypothetical(toks, a, before.s)) {
			fa.right = -1 // Als die Frau der Presse davon erzählte, verdoppelte das Gericht …
		} else if final && sub == a && toks[sub].isClass(cSubordinator) && fa.right > 0 && fa.right < b && (toks[fa.right].is("dass") || toks[fa.right].is("ob")) {
			// Als der Rat bestätigte, dass die Pläne stimmen, begann der
			// Bau: what was said ends before the main clause's verb
			fa.end = d.mainClauseComma(toks, fa.right, b)
		}
		if final && fa.right < 0 && sub-1 > a && toks[sub].is("wie") && toks[sub-1].isComma() {
			fa.lo = sub // Die Brücke ist gesperrt, wie die Polizei mitteilte: the clause before is what was said
		}
		return fa, true
	}
	if !afterOK {
		if np, ok := d.ausSource(toks, a, k); ok {
			// Aus Kreisen der Stadt verlautete, dass …: verlauten has no
			// subject; the aus phrase that opens the clause names the source
			f.mention, f.rule = d.tokSpan(toks, np), "subject"
			fa.lo = a
			j := ce
			if j+1 < b && toks[j].kind == tWord && !toks[j].upper && toks[j+1].isComma() {
				j++ // verlautete ursprünglich, dass …: a lone adverb before the comma
			}
			fa.right = d.contentAfter(toks, j, b, false)
			return fa, true
		}
		if np, lo, ok := d.subordinateSubject(toks, a, k, ce, b); ok {
			f.mention, f.rule = d.tokSpan(toks, np), "subject"
			fa.lo = lo
			if !d.subordinateClause(toks, a, np.s) {
				fa.right = d.contentAfter(toks, ce, b, false)
			} else if d.reportsAfterComma(toks, ce, b) {
				// Nachdem sie dem Richter mitteilte, dass er gesucht werde,
				// griff die Polizei ein: what was said ends before the main
				// clause's verb
				fa.right = d.contentAfter(toks, ce, b, false)
				fa.end = d.mainClauseComma(toks, fa.right, b)
			}
			return fa, true
		}
		np, ok := d.npAfter(toks, a, k)
		ok = ok && np.e == k && d.nominative(toks, np)
		if !ok && !beforeOK {
			// Paul Weber, ein Experte vom Bund erklärte, …: an appositive
			// without its closing comma
			np, ok = d.openingSubject(toks, a, k)
		}
		if !ok {
			return fa, false
		}
		f.mention, f.rule = d.tokSpan(toks, np), "subject"
		fa.lo = np.s
		fa.right = d.contentAfter(toks, ce, b, false)
		return fa, true
	}
	if !beforeOK && !toks[after.s].is("der") && !toks[after.s].is("ein") {
		if np, ok := d.openingSubject(toks, a, k); ok {
			// Paul Weber, Chef des Verbands (PV) nannte den Plan „…“: the
			// appositive hid the subject; what follows the cue is its object
			f.mention, f.rule = d.tokSpan(toks, np), "subject"
			fa.lo = np.s
			fa.right = d.objectContent(toks, ce, b)
			return fa, true
		}
	}
	np := after
	if toks[np.s].is("es") && np.e+1 < b && toks[np.e].isClass(cPrep) {
		// heißt es in einer Mitteilung: the document is the source
		if doc, ok := d.npAfter(toks, np.e+1, b); ok {
			np = doc
		}
	}
	if np == after && toks[np.s].is("es") {
		// but heißt es am Montag: a time, no source after es
		if doc, ok := d.frontedDocument(toks, a, k); ok {
			np = doc // In dem Antrag heißt es
		} else if src, ok := d.frontedHearsay(toks, a, k); ok {
			np = src // Aus Kreisen der Stadt hieß es
		}
	}
	f.mention, f.rule = d.tokSpan(toks, np), "inverted"
	fa.hi, fa.inverted = max(np.e, after.e), true
	if np == after && addr.e > addr.s {
		f.addressee, fa.hi = d.text(d.tokSpan(toks, addr)), max(fa.hi, addr.e)
	}
	if np.e-np.s == 1 && demonstrativePronoun(toks[np.s].lower) {
		f.mention = d.tokSpan(toks, d.demonstrativeAntecedent(toks, a, v, np.s)) // – Karl Braun – sagte dieser
	}
	if aux >= 0 {
		fa.lo, fa.hi = v, max(fa.hi, ce) // Gestern hat er gesagt, …
	}
	if v-2 > a && toks[v-2].isComma() && !toks[v-1].upper && toks[k].cls&cReports != 0 &&
		d.inSet(setAnaphor, toks[v-1].lower) && !d.inSet(setCalled, toks[k].lower) && !(ce < b && toks[ce].is("sich")) {
		// but: …, das heißt …: a name; …, das bestätigte sich: it proved
		// true; nothing said (ce is b when the paragraph ends in the cue
		// without a stop: …, das hat der Sprecher behauptet)
		fa.lo = v - 1 // Die Kamera ist ausgefallen, das teilte das Institut mit: das stands for the clause before
	}
	if fa.lo-2 >= a && toks[fa.lo-1].is("so") && toks[fa.lo-2].isComma() {
		fa.lo-- // „…“ erreicht werden, so heißt es in der Erklärung
	}
	if fa.hi+1 < b && toks[fa.hi].isComma() && d.namesSomeone(toks, np) {
		// nannte Paul Weber, Chef des Verbands, die Kartoffel „…“: the
		// appositive after the source is its role, not what was said
		j := d.afterAppositive(toks, fa.hi+1, b)
		if j > fa.hi+1 {
			f.role = d.text(d.tokSpan(toks, span{fa.hi + 1, j - 1}))
			fa.hi, fa.right = j-1, j
			if k := d.pastInfinitiveAside(toks, j-1, b); k > 0 {
				fa.right = k // sagte Paul Weber, Chef des Verbands, ohne … einzugehen, dass …
			}
			return fa, true
		}
		if j < 0 { // the appositive ends the sentence: is it a role?
			if e := d.sentenceRole(toks, fa.hi+1, b); e > fa.hi+1 {
				f.role, fa.hi = d.text(d.tokSpan(toks, span{fa.hi + 1, e})), e // „…“, sagte Paul Weber, Chef des Verbands.
			}
		}
	}
	if e := d.shortParenthesis(toks, fa.hi, b); e+1 < b && toks[e].isComma() {
		// erklärte der Direktor der Behörde (IAEO), Paul Weber, das Land
		// …: the name set off by commas after the source is who it is
		if name, ok := d.npAfter(toks, e+1, b); ok && toks[name.s].upper && !toks[name.s].isClass(cPronoun|cDeterminer) {
			if name.e+1 < b && toks[name.e].isComma() {
				d.nameOfRole(toks, f, np, name)
				fa.hi, fa.right = name.e, name.e+1
				return fa, true
			}
			if d.endsSentence(toks, name.e, b) && d.nameOfRole(toks, f, np, name) {
				fa.hi = name.e // „…“, sagte die Leiterin des Amts, Eva Korn.
				return fa, true
			}
		}
	}
	fa.right = d.objectContent(toks, fa.hi, b) // warfen die Taliban den Bauern vor, …
	return fa, true
}

// quantifiedAfter finds a subject after a German cue that a quantifier
// in lower case leads (betonten beide Seiten; sagten mehrere Zeugen;
// berichteten viele Anwohner), which npAfter leaves to the words that
// take an article; not a time (sagte diese Woche).
func (d *doc) quantifiedAfter(toks []token, j, b int) (span, bool) {
	if j+1 >= b || toks[j].kind != tWord || toks[j].upper || !toks[j+1].upper || toks[j+1].isClass(cTime) || !d.inSet(setQuantsubject, toks[j].lower) {
		return span{}, false
	}
	np, ok := d.npAfter(toks, j+1, b)
	return span{j, np.e}, ok
}

// sentenceRole returns where a role that a comma sets after the source
// of an inverted German cue ends with its sentence („…“, sagte Anna
// Berger, Sprecherin der Stadt.): at the stop, or at b when none closes
// the paragraph. The role opens with a title or source noun, or an
// article before one; else s. A clause has a verb in lower case, which
// ends the scan as no role.
func (d *doc) sentenceRole(toks []token, s, b int) int {
	h := s
	if h+1 < b && toks[h].isClass(cDeterminer) {
		h++ // der Sprecher der Stadt
	}
	if h >= b || !toks[h].upper || !d.roleNoun(toks[h].lower) {
		return s
	}
	for i := h + 1; i < b && i-s <= maxNP; i++ {
		t := toks[i]
		switch {
		case t.isPunct(".!?"):
			return i
		case t.kind != tWord, !t.upper && !t.isClass(cDeterminer|cPrep|cStop):
			return s
		}
	}
	if b-s <= maxNP {
		return b
	}
	return s
}

// nameOfRole makes the name set off by a comma after a source that is a
// role (sagte der Direktor des Amts, Paul Weber, …) the mention, the
// role its role, as for a name before its appositive; it reports whether
// it did. A role that names someone itself stays.
func (d *doc) nameOfRole(toks []token, f *frame, role, name span) bool {
	if !toks[role.s].isClass(cDeterminer) || d.namesSomeone(toks, role) || !d.namesSomeone(toks, name) {
		return false
	}
	f.mention, f.role = d.tokSpan(toks, name), d.text(d.tokSpan(toks, span{role.s + 1, role.e}))
	return true
}

// endsSentence reports whether toks[i] ends the sentence toks[:b] or
// its frame: its end, a stop, or a colon before a quote.
func (d *doc) endsSentence(toks []token, i, b int) bool {
	return i >= b || toks[i].isPunct(".") && i+1 == b || toks[i].isPunct(":") && i+1 < b && toks[i+1].kind == tQuote
}

// nameThenDative splits a dative off the name of a source after a cue
// that takes whom it was said to: "sagte Jan Roth der Zeitung" is Jan
// Roth telling the paper, since a genitive does not follow a bare name;
// "sagte Ina Wendt den Reportern" too. It returns the source and the
// addressee (empty when there is none). But "sagte der Sprecher der
// Stadt": a genitive after a common noun stays in the source.
func (d *doc) nameThenDative(toks []token, np span, b int) (span, span) {
	for i := np.s + 1; i <= np.e && i+1 < b; i++ {
		t := toks[i]
		if i == np.e && !t.is("den") && !t.is("dem") {
			break // sagte Paul Weber dem Sender: mostly outside already
		}
		if !(t.is("der") || t.is("dem") || t.is("den")) || !toks[i-1].upper || toks[i-1].isClass(cDeterminer) || toks[i+1].kind != tWord {
			continue
		}
		if !d.namesSomeone(toks, span{np.s, i}) {
			return np, span{}
		}
		addr, ok := d.npAfter(toks, i, b)
		if !ok {
			return np, span{}
		}
		return span{np.s, i}, d.withTitle(toks, addr, b) // dem Sender „Radio Nord“
	}
	return np, span{}
}

// participleAdverb reports whether a German phrase before the verb opens
// with a present participle used as an adverb, a preposition after it
// (Stellvertretend für die Kommission empfahl der Kommissar …;
// Bezugnehmend auf den Bericht sagte sie): no subject, which follows the
// verb.
func participleAdverb(toks []token, np span) bool {
	t := toks[np.s]
	return np.e-np.s > 2 && t.upper && len(t.lower) > 6 && strings.HasSuffix(t.lower, "end") && toks[np.s+1].isClass(cPrep)
}

// pluralMarked reports whether the noun phrase np shows it is plural by
// die and an adjective in -en before its noun (die tibetischen Mönche;
// singular would be die tibetische Frau).
func pluralMarked(toks []token, np span) bool {
	return np.e-np.s >= 3 && toks[np.s].is("die") && !toks[np.s+1].upper && strings.HasSuffix(toks[np.s+1].lower, "en") && toks[np.s+2].upper
}

// rejectedNoun reports whether the noun phrase np is headed by a noun of
// criticism that a rejecting cue takes as its object (die Vorwürfe des
// Verbands, Die Kritik von Paul Weber).
func (d *doc) rejectedNoun(toks []token, np span) bool {
	for i := np.s; i < np.e; i++ {
		if toks[i].kind == tWord && toks[i].upper && !toks[i].isClass(cDeterminer) {
			return d.inSet(setRejected, toks[i].lower)
		}
	}
	return false
}

// afterMainConjunction reports whether a comma and a conjunction that joins main
// clauses stand right before toks[first] (…, doch der Sprecher erklärte,
// …): a subject of its own opens there. German leaves the comma out
// before und: after a main clause whose finite verb is a cue (Die Menge
// sang Lieder und der Redner rief: …) und opens a clause too; with no
// verb before it, und joins two subjects (Die Menge und der Redner
// riefen), and after an auxiliary or a modal whose participle is still
// to come two objects (hatte ein Bekenntnis und eine Anerkennung
// gefordert).
func (d *doc) afterMainConjunction(toks []token, a, first int) bool {
	if first-2 < a || !germanConjunction(toks[first-1]) {
		return false
	}
	if toks[first-2].isComma() {
		return true
	}
	if !toks[first-1].is("und") {
		return false
	}
	// an auxiliary or a modal: the clause is closed only by its
	// participle or infinitive right before und (habe sich …
	// untergeordnet und die Fraktion forderte …)
	last := toks[first-2]
	closed := last.kind == tWord && !last.upper && !last.isClass(cAdverb|cStop)
	verb := false
	// the look back goes at most maxContent words: a long run of und
	// clauses is not read to its start for each und
	for i := first - 2; i >= max(a, first-2-maxContent); i-- {
		t := toks[i]
		if t.kind == tPunct && !t.isPunct("-") {
			a = i + 1 // a comma or a colon, not a hyphen: the clause starts after it
			break
		}
		if t.kind != tWord || t.upper {
			continue
		}
		if d.germanFinite(t) {
			verb = i < first-2 && closed
			continue
		}
		verb = verb || t.cls&cSpeech != 0
	}
	// a relative or subordinate clause has its verb last: …, welche die
	// Lage beklagt und die Regierung auffordert, … (but a die before a
	// noun is its article: …, die Kommission habe …)
	return verb && a+1 < first && !toks[a].isClass(cSubordinator) && !(d.relativePronoun(toks[a].lower) && !toks[a].upper && !toks[a+1].upper)
}

// joinedSubject returns the noun phrase that opens the clause at
// toks[start] when und or sowie join it to the subject at toks[first]:
// "Die Firma und der Verband sagten, dass …" has two sources; the first
// stands for both.
func (d *doc) joinedSubject(toks []token, start, first int) (span, bool) {
	if first-2 < start || !toks[first-1].is("und") && !toks[first-1].is("sowie") || !toks[first].upper && !toks[first].isClass(cDeterminer) {
		return span{}, false // but Arabische und iranische Medien: two adjectives of one noun
	}
	np, ok := d.npAfter(toks, start, first-1)
	return np, ok && np.s == start && np.e == first-1 && d.nominative(toks, np)
}

// pastAdverbsBack steps back from toks[j] over adverbs, not past a:
// in "Wie schon die Polizei sagte" the subject follows wie all the same.
func (d *doc) pastAdverbsBack(toks []token, a, j int) int {
	for j > a && toks[j].isClass(cAdverb) {
		j--
	}
	return j
}

// openingSubject finds a subject that opens the sentence toks[a:k] and
// runs into an appositive, a parenthesis or a quoted name before the cue
// toks[k]: a determiner or a name first, nominative, no clause break.
func (d *doc) openingSubject(toks []token, a, k int) (span, bool) {
	if k-a > 30 || toks[a].kind != tWord || !toks[a].upper || toks[a].isClass(cAdverb|cStop|cPrep|cSubordinator|cTime|cPronoun) {
		return span{}, false
	}
	np, ok := d.npAfter(toks, a, k)
	if !ok || np.s != a || np.e >= k || !d.nominative(toks, np) ||
		!toks[a].isClass(cDeterminer) && !d.namesSomeone(toks, np) {
		return span{}, false
	}
	if t := toks[np.e]; t.kind != tQuote && !t.isPunct(",(") {
		return span{}, false
	}
	if np.e+1 < k && toks[np.e].isComma() && toks[np.e+1].isClass(cRelPronoun|cSubordinator) && !d.articleAppositive(toks, np.e+1, k) {
		return span{}, false // Die Junta, die sich „…“ nennt: the cue is the relative clause's
	}
	for _, t := range toks[np.e:k] {
		if t.isPunct(":;") || t.isCue() {
			return span{}, false
		}
	}
	return np, true
}

// articleAppositive reports whether the words toks[j:k] after a comma
// are a noun phrase with its article, not a relative clause, up to the
// cue at k: a noun follows der, and every lower-case word is an article,
// a preposition or an adjective before a noun (Karl Braun, der Präsident
// des Vereins im Westen der Stadt sagte …: its closing comma left out).
// A relative clause has a verb of its own (der Zeitungen liest).
func (d *doc) articleAppositive(toks []token, j, k int) bool {
	if j+2 >= k || !toks[j].isClass(cDeterminer) || !toks[j+1].upper && !(toks[j+2].upper && toks[j+2].kind == tWord) {
		return false
	}
	for i := j + 1; i < k; i++ {
		t := toks[i]
		if t.kind != tWord {
			return false
		}
		if !t.upper && !t.isClass(cDeterminer|cPrep) && !(i+1 < k && toks[i+1].upper) {
			return false
		}
	}
	return true
}

// passiveFrame makes a frame without a source for a German cue in the
// passive whose clause goes on after a comma with dass or a clause in the
// subjunctive (Es wird vermutet, dass …; Aus Hamburg wird gemeldet, dass …).
func (d *doc) passiveFrame(toks []token, a, b, ce int, fa frameAt) (frameAt, bool) {
	if ce+1 >= b || !toks[ce].isComma() || !toks[ce+1].is("dass") && !d.reportedClause(toks, ce+1, b) {
		return fa, false
	}
	fa.f.rule, fa.lo, fa.right = "passive", a, ce+1
	return fa, true
}

// becameKnown builds the frame of "bekannt werden", which names no
// source: its content is a dass clause after it (Im Mai wurde bekannt,
// dass …) or the main clause after a wie clause (Wie gestern bekannt
// wurde, ist …); elsewhere it says nothing (der bekannt wurde, durch …).
func (d *doc) becameKnown(toks []token, a, b, ce int, fa frameAt) (frameAt, bool) {
	if ce < b && (toks[ce].is("war") || toks[ce].is("ist") || toks[ce].is("sei")) {
		ce++ // nachdem bekannt geworden war, dass …: the auxiliary ends the clause
		fa.hi = ce
	}
	if ce+1 >= b || !toks[ce].isComma() {
		return fa, false
	}
	if toks[ce+1].is("dass") || toks[a].is("wie") && ce-a <= 6 {
		fa.f.rule, fa.lo, fa.right = "passive", a, ce+1
		return fa, true
	}
	return fa, false
}

// subordinateSubject finds the subject of a verb-final clause that a
// subordinator opens, with adverbials between it and the verb: "Wie der
// Minister am Dienstag in Hannover erklärte, …". It also returns where
// the frame starts: a, or the wie after a comma, the clause before
// which is what was said.
func (d *doc) subordinateSubject(toks []token, a, k, ce, b int) (span, int, bool) {
	lo := a
	if k-a > 2 && toks[a].isClass(cClause) && !toks[a].isClass(cSubordinator) {
		a++ // Aber wie der Minister erklärte, …
	}
	if w := d.wieAfterComma(toks, a, k); w > a {
		a, lo = w, w // Die Brücke ist gesperrt, wie die Polizei am Montag mitteilte.
	}
	if k-a < 2 || !toks[a].isClass(cSubordinator) || ce < b && toks[ce].kind != tPunct && !toks[ce].isClass(cAux) {
		return span{}, lo, false // but: nachdem sie es gesagt hatte, …
	}
	if toks[a+1].is("aus") {
		// Wie aus Kreisen der Stadt verlautete: the aus phrase names
		// where the words came from
		np, ok := d.npAfter(toks, a+2, k)
		return np, lo, ok && d.onlyAdverbs(toks, np.e, k)
	}
	np, ok := d.npAfter(toks, a+1, k)
	if !ok || np.e >= k || !d.nominative(toks, span{a + 1, k}) {
		return span{}, lo, false
	}
	after := np.e
	if np.s > a+1 && toks[after].isComma() {
		after++ // Wie der Sprecher der Stadt, Paul Weber, mitteilte: npAfter gave the name
	} else if toks[after].isComma() {
		// Wie der Sprecher der Stadt, Paul Weber, am Montag mitteilte, …:
		// past the appositive and its closing comma
		if j := d.afterAppositive(toks, after+1, k); j > after+1 && j < k {
			after = j
		} else if app, ok := d.npAfter(toks, after+1, k); ok && app.e < k && d.onlyAdverbs(toks, app.e, k) && toks[app.s].upper {
			// Wie ein Vertreter der Firma, Paul Weber heute mitteilte: the
			// appositive runs to the verb without its closing comma
			return np, lo, true
		}
	}
	if !toks[after].isClass(cPrep | cTime | cAdverb) {
		// but an object before the cue: Nachdem die Anwältin dem Richter
		// mitgeteilt hatte
		if obj, ok := d.npAfter(toks, after, k); !ok || obj.e != k || d.nominative(toks, obj) {
			return span{}, lo, false
		}
	}
	if toks[np.s].is("es") && np.e+1 < k && toks[np.e].isClass(cPrep) {
		// wie es aus Kreisen der Stadt hieß: es is no one; the phrase
		// after it names where the words came from
		np, ok = d.npAfter(toks, np.e+1, k)
	}
	return np, lo, ok
}

// ausSource returns the noun phrase of an aus phrase that opens the main
// clause toks[a:k] of a cue that takes its source so (Aus Kreisen der
// Stadt verlautete; Aus Militärkreisen verlautete gestern), adverbs and
// times between it and the cue.
func (d *doc) ausSource(toks []token, a, k int) (span, bool) {
	if k-a < 2 || !toks[a].is("aus") || !d.inSet(setFromsource, toks[k].lower) {
		return span{}, false
	}
	return d.frontedSource(toks, a, k)
}

// frontedSource returns the noun phrase after the preposition toks[a]
// that opens the clause of the cue toks[k], and whether one stands there
// with only adverbs and times between it and the cue: the source that
// ausSource and frontedHearsay find.
func (d *doc) frontedSource(toks []token, a, k int) (span, bool) {
	np, ok := d.npAfter(toks, a+1, k)
	return np, ok && d.onlyAdverbs(toks, np.e, k)
}

// timeAfterAm reports whether toks[i] is am or an before a time, both
// before e (am Montag), which onlyAdverbs and vonAfter pass as a time.
func timeAfterAm(toks []token, i, e int) bool {
	return i+1 < e && (toks[i].is("am") || toks[i].is("an")) && toks[i+1].isClass(cTime)
}

// onlyAdverbs reports whether toks[i:k] are adverbs and times only
// (none at all too): Wie aus Kreisen der Stadt gestern verlautete; a
// time may take am or an before it (Paul Weber am Montag mitteilte).
func (d *doc) onlyAdverbs(toks []token, i, k int) bool {
	for ; i < k; i++ {
		if timeAfterAm(toks, i, k) {
			continue
		}
		if !toks[i].isClass(cAdverb | cTime) {
			return false
		}
	}
	return true
}

// mainClauseComma returns the comma after toks[j] that a finite verb
// follows, where the main clause resumes after a fronted subordinate
// clause and its content, or 0 when there is none.
func (d *doc) mainClauseComma(toks []token, j, b int) int {
	if j < 0 {
		return 0 // no content: nothing for a comma to end
	}
	for i := j; i+1 < b; i++ {
		if toks[i].isComma() && (d.opensWithFinite(toks[i+1]) || d.verbBeforeSubject(toks, i+1, b)) {
			return i
		}
	}
	return 0
}

// verbBeforeSubject reports whether German toks[j] is a lower-case word
// that no small word class claims, with a pronoun, an article or sich
// after it: the finite verb of a main clause (griff sich dieser …; wurde
// er verhaftet).
func (d *doc) verbBeforeSubject(toks []token, j, b int) bool {
	t := toks[j]
	if j+1 >= b || t.kind != tWord || t.upper || t.isClass(cClause|cSubordinator|cPrep|cStop|cAdverb|cTime|cDeterminer|cPronoun) || d.relativePronoun(t.lower) {
		return false
	}
	n := toks[j+1]
	return n.is("sich") || n.isClass(cPronoun|cDeterminer) || n.kind == tWord && !n.upper && d.inSet(setArticlelike, n.lower) // flohen viele Menschen
}

// wieAfterComma returns the index of a wie that opens the clause of the
// German cue toks[k] after a comma (…, wie die Polizei am Montag
// mitteilte), or -1.
func (d *doc) wieAfterComma(toks []token, a, k int) int {
	for i := k - 1; i > a && k-i <= 12; i-- {
		if toks[i].kind != tWord {
			if toks[i].isComma() && toks[i+1].is("wie") {
				return i + 1
			}
			return -1
		}
	}
	return -1
}

// frontedDocument finds the document a clause opens with: "In dem Antrag"
// or "Im letzten Satz der Anordnung" before "heißt es".
func (d *doc) frontedDocument(toks []token, a, k int) (span, bool) {
	if k-a < 3 || !toks[a].is("in") && !toks[a].is("im") {
		return span{}, false
	}
	j := a + 1
	for j < k-1 && j-a < 3 && toks[j].kind == tWord && !toks[j].upper && !toks[j].isClass(cDeterminer) {
		j++ // im letzten Satz: the article is in "im"
	}
	np, ok := d.npAfter(toks, j, k)
	return span{a + 1, np.e}, ok
}

// frontedHearsay finds where the words of "hieß es" came from when a
// phrase on aus, von or bei opens its clause: "Aus Kreisen der Stadt
// hieß es", "Von der Polizei hieß es am Montag", "Bei der Agentur hieß
// es": es is no one, the phrase names the source (as after es: hieß es
// aus dem Rathaus). Adverbs and times may stand before the verb.
func (d *doc) frontedHearsay(toks []token, a, k int) (span, bool) {
	if k-a < 2 || !d.inSet(setCalled, toks[k].lower) || !d.inSet(setHearsayfrom, toks[a].lower) {
		return span{}, false
	}
	np, ok := d.frontedSource(toks, a, k)
	// but Von Anfang an hieß es: an idiom of time, no source
	return np, ok && (np.e == k || !toks[np.e].isClass(cPrep))
}

// nominative reports whether a German noun phrase can be a subject: not
// led by a dative or accusative article or pronoun (dem, den, ihn).
func (d *doc) nominative(toks []token, np span) bool {
	switch toks[np.s].lower {
	case "dem", "den", "einem", "einen", "ihm", "ihn", "ihnen", "uns", "mir", "mich", "des", "eines":
		return false
	case "der":
		// sagte der Zeitung, der Leipziger Volkszeitung: der before a
		// feminine noun is its dative or genitive, never the subject. The
		// head is the last of the capitalised words after der (der
		// Präsident der Kommission: Präsident).
		return !feminineNoun(toks[capitalsOn(toks, np.s+1, np.e, 0)-1].lower)
	}
	return true
}

// feminineNoun reports whether a German noun is feminine by its suffix:
// -ung, -heit, -keit, -schaft, -ion, -tät, -tur (Zeitung, Kommission,
// Gewerkschaft, Nachrichtenagentur), after a stem of three bytes at least:
// bare suffixes are no nouns.
func feminineNoun(w string) bool {
	return endsAfterStem(w, 3, "ung", "heit", "keit", "schaft", "ion", "tät", "tur")
}

// germanSubject finds the subject of a German clause toks[a:e] that has no
// cue: it opens the clause after any adverbs (Auch die Delegationsleiterin
// äußerte sich), or, after a fronted phrase, follows the finite verb (Hier
// sparte der Bundespräsident nicht mit Kritik). A fronted object that names
// no one gives way to a named subject after the verb (Die Anwendung stellte
// der Vorsitzende Franz Muster in Frage).
func (d *doc) germanSubject(toks []token, a, e int) (span, bool) {
	if !d.german {
		return span{}, false
	}
	for a < e && toks[a].isClass(cAdverb|cClause) {
		a++
	}
	first, ok := d.npAfter(toks, a, e)
	if !ok || first.e >= e || !d.nominative(toks, first) {
		return d.subjectAfterVerb(toks, a, e)
	}
	if later, ok := d.subjectAfterVerb(toks, first.e, e); ok && toks[later.s].is("der") &&
		d.endsInName(d.words(d.tokSpan(toks, later))) && !d.namesSomeone(toks, first) {
		return later, true
	}
	if !d.namesSomeone(toks, first) {
		for i := first.e + 1; i < e; i++ {
			// Das Angebot, Verletzte aufzunehmen, lehnt er jedoch ab: a
			// subject pronoun after a verb; the phrase before is its object
			if nominativePronoun(toks[i].lower) && toks[i].kind == tWord && toks[i-1].kind == tWord && !toks[i-1].upper && !toks[i-1].isClass(cDeterminer|cPrep|cStop) {
				return span{i, i + 1}, true
			}
		}
	}
	return first, true
}

// subjectAfterVerb finds the subject that follows the first verb in
// toks[v:e]: a name, a pronoun or a phrase with an article.
func (d *doc) subjectAfterVerb(toks []token, v, e int) (span, bool) {
	for ; v < e-1; v++ {
		t := toks[v]
		if v > 0 && toks[v-1].isClass(cDeterminer|cPrep) && !t.isClass(cAux|cSpeech) {
			continue // seiner neuen Aufgabe: an adjective, not the verb
		}
		if t.kind == tWord && !t.upper && !t.isClass(cDeterminer|cPrep|cStop|cAdverb) && !t.isNumber() {
			j := v + 1
			for j < e && (toks[j].isClass(cAdverb|cTime) || toks[j].is("sich")) {
				j++
			}
			if np, ok := d.npAfter(toks, j, e); ok && d.nominative(toks, np) && (d.properOrPronoun(toks, np) || toks[np.s].isClass(cDeterminer)) {
				return np, true
			}
			return span{}, false
		}
	}
	return span{}, false
}

// germanStatement tells a German quote that reads as a statement from a
// title or a name, which German capitalises like a sentence: it opens its
// sentence or follows a colon, with four words or more of which two are in
// lower case (no noun, no name), or it ends a sentence inside its marks.
func (d *doc) germanStatement(toks []token, a, i int) bool {
	if !d.german || d.isTitle(toks, i) {
		return false
	}
	q := d.qs[toks[i].q]
	words, lower := 0, 0
	start := true
	for _, c := range d.r[q.s:q.e] {
		if start && unicode.IsLetter(c) {
			words++
			if unicode.IsLower(c) {
				lower++
			}
		}
		start = c == ' '
	}
	opens := i == a || toks[i-1].isPunct(":") && !d.nameAfterColon(toks[i]) // but vor: „Songs of a Summer“
	return opens && words >= 4 && lower >= 2 || words >= 3 && d.quoteEndsSentence(toks[i])
}

// namedSubjectFrame makes a frame of the subject of a German clause
// toks[a:i] before a quote when it is a surname the article gave: the
// annotators give a quote in the subjunctive to the clause's own named
// subject (Dennoch, so Nacke, habe Paul Weber „…“) rather than to the
// source of the report it continues.
func (d *doc) namedSubjectFrame(toks []token, a, i, pi int) *frame {
	if toks[a].isClass(cSubordinator) {
		// Da sie Angst hatte, habe Korn „…“: the main clause's subject
		// follows the fronted clause's comma
		for c := a + 1; c < i; c++ {
			if toks[c].isComma() {
				a = c + 1
				break
			}
		}
	}
	np, ok := d.germanSubject(toks, a, i)
	if !ok && a+2 <= i && toks[a].kind == tWord && !toks[a].upper && toks[a+1].kind == tWord {
		np, ok = span{a + 1, a + 2}, true // habe Korn „…“: the surname right after the verb, checked below
	}
	// a bare surname of a full name given before; German capitalises its
	// nouns, so longer capitalised runs (Jeder Pädagoge) name no one, and
	// a pronoun stands for the source of the report (Er habe …)
	if !ok || np.e != np.s+1 || np.e > i || !toks[np.s].upper || toks[np.s].isClass(cPronoun|cDeterminer) ||
		!strings.Contains(d.names[toks[np.s].lower], " ") {
		return nil
	}
	f := d.newFrame(frame{class: "speech", rule: "subject", para: pi, mention: d.tokSpan(toks, np)})
	d.frames = append(d.frames, f)
	return f
}

// leadSubject makes a frame of the subject that opens a German sentence
// whose main clause in the indicative leads, after a comma, into the
// clause in the subjunctive at toks[s] (Der Kommissar verweist darauf,
// dass die Kommission … könne; Die BVG begegnet der Kritik mit dem
// Argument, die Züge seien …): the annotators give the reported clause to
// that subject, not to the source of the report before (German dev: 8 of
// 8 such sentences). Not after a passive (Zwölf Gäste wurden verletzt,
// die Verletzten seien …), nor when the clause opens with a conjunction
// or a relative pronoun: it goes on with the writer's clause (…, als er …;
// …, und so würden sie …; …, die dann … würden).
func (d *doc) leadSubject(toks []token, a, s, b, pi int) *frame {
	if s-2 <= a || s+1 >= b || !toks[s-1].isComma() || d.hasSubjunctive(toks, span{a, s - 1}) || d.hearsayModal(toks, a, s-1) >= 0 {
		return nil // Der Zug habe …; Der Mann soll … haben: the lead is reported too
	}
	first := toks[s]
	if first.kind != tWord || first.isClass(cSubordinator|cClause) && !first.is("dass") && !first.is("ob") ||
		first.isClass(cDeterminer|cPronoun) && !toks[s+1].upper {
		return nil
	}
	np, ok := d.npAfter(toks, a, s-1)
	if !ok || np.s != a || np.e >= s-1 || !d.nominative(toks, np) || toks[a].isClass(cAdverb) {
		return nil // Außerdem stand in …: no subject opens the clause
	}
	if np.e-np.s == 1 && (d.inSet(setAnaphor, toks[a].lower) || d.inSet(setGeneric, toks[a].lower) || toks[a].is("es")) ||
		!toks[a].isClass(cDeterminer|cPronoun) && !d.namesSomeone(toks, np) {
		return nil // Dies passt zu …; Man sagt …; Zwölf andere Gäste …: an article, a pronoun or a name opens a subject
	}
	v := toks[np.e]
	if v.kind != tWord || v.upper || v.isClass(cDeterminer|cPrep|cStop|cAdverb) || passiveWord(v) {
		return nil
	}
	f := d.newFrame(frame{class: "speech", rule: "subject", para: pi, mention: d.tokSpan(toks, np)})
	d.frames = append(d.frames, f)
	return f
}

// actorSubject returns a frame, not yet recorded, of the subject of a
// German sentence toks[a:b] with no cue and no quote when it names a
// person or a body and acts in the indicative (Das Gericht beurteilte die
// Lage anders; Abhisit machte zur Bedingung, dass …): a report in the
// subjunctive right after it gives that actor's view. Not a passive, nor
// hearsay (Der Mann soll … haben), nor a sentence in the subjunctive.
func (d *doc) actorSubject(toks []token, a, b, pi int) *frame {
	if !d.german || b-a < 3 || b-a > 60 || d.hasSubjunctive(toks, span{a, b}) || d.hearsayModal(toks, a, b) >= 0 {
		return nil
	}
	np, ok := d.germanSubject(toks, a, b)
	if !ok || np.e >= b || np.e-np.s > 8 {
		return nil
	}
	for _, t := range toks[a:b] {
		if passiveWord(t) {
			return nil // Die Forderungen wurden von … bezeichnet
		}
	}
	if toks[np.s].isClass(cPronoun) || !d.knownPerson(toks, np) && !d.speakerHead(toks, np) {
		return nil // Die Zahl der Toten stieg; Die Mutter hatte …: no one who speaks for others
	}
	return d.newFrame(frame{class: "speech", rule: "actor", para: pi, mention: d.tokSpan(toks, np)})
}

// knownPerson reports whether the German noun phrase np names a person
// for sure: a given name stands in it (Klaus Wowereit), or it ends in a
// surname the article gave before with a given name (Gall, after Claus
// Gall). Every German noun is capitalised, so a capital alone names no
// one (Besondere Probleme), nor a run of two (d.names holds those too).
func (d *doc) knownPerson(toks []token, np span) bool {
	last := toks[np.e-1]
	if full, _, ok := strings.Cut(d.names[last.lower], " "); ok && last.upper && last.kind == tWord && d.has(cMale|cFemale, strings.ToLower(full)) {
		return true
	}
	for _, t := range toks[np.s:np.e] {
		if t.kind == tWord && t.upper && d.has(cMale|cFemale, t.lower) {
			return true
		}
	}
	return false
}

// speakerHead reports whether the head of the German noun phrase np, its
// first noun after the article and adjectives, names an office or a body
// (der Dekan, das Oberverwaltungsgericht, die Regierung), whose acts a
// report goes on from; not a noun for any person (die Mutter, der
// Attentäter), nor a genitive's noun (der Versuch des Präsidenten).
func (d *doc) speakerHead(toks []token, np span) bool {
	i := np.s
	for i < np.e && (toks[i].isClass(cDeterminer) || !toks[i].upper) {
		i++
	}
	if i >= np.e || toks[i].kind != tWord {
		return false
	}
	w := toks[i].lower
	return d.roleNoun(w) || d.germanTitle(w) || d.germanBody(w) || d.germanOrganisationWord(w)
}

// joinReported joins reported speech in the subjunctive, added from
// d.results[n] on, to the subjunctive sentence of the same source right
// before it: the annotators mark a run of such sentences as one statement
// (Die Brücke sei sicher. Sie werde im Mai eröffnet.), a paraphrase if any
// of them quotes (Sie werde „bald“ eröffnet.).
func (d *doc) joinReported(n int) {
	// the sentence before has at most a few quoted parts after its
	// paraphrase: a bounded look back keeps the pass linear
	cur, prev := d.reportedAt(n, len(d.results)), d.reportedAt(max(0, n-16), n)
	if cur < 0 || prev < 0 {
		return
	}
	p, c := d.results[prev], d.results[cur]
	if p.rule != "subjunctive" && !d.afterColon(p.content.s) || c.rule != "subjunctive" || p.f != c.f || p.content.e > c.content.s {
		return
	}
	for _, r := range d.results[prev+1 : n] {
		if r.content.s < p.content.s || r.content.e > p.content.e {
			return // a quote of its own between them
		}
	}
	for _, ch := range d.r[p.content.e:c.content.s] {
		if ch == '\n' || !unicode.IsSpace(ch) && !strings.ContainsRune(".!?", ch) {
			return // another paragraph, or words between them
		}
	}
	p.content.e = c.content.e
	p.parts = append(p.parts, c.parts...)
	if c.kind == quotes.Mixed && p.kind != quotes.Mixed {
		p.kind, p.qi = quotes.Mixed, c.qi
	}
	d.results = append(d.results[:cur], d.results[cur+1:]...)
}

// reportedAt returns the index of the last result in d.results[lo:hi]
// that is reported speech or a paraphrase, not a quote, or -1.
func (d *doc) reportedAt(lo, hi int) int {
	for i := hi - 1; i >= lo; i-- {
		if d.results[i].kind != quotes.Direct {
			return i
		}
	}
	return -1
}

// quotedPerson finds whom a German "zitieren" quotes: the object after
// its subject (Die Zeitung zitierte Paul Weber mit den Worten: „…“; „…“,
// zitiert Radio Nord den Minister). The words are the quoted person's,
// and the annotators name that person as the source.
func (d *doc) quotedPerson(toks []token, a, b, k, ce int) (frameAt, bool) {
	f := d.newFrame(frame{rule: "quoted-person"})
	fa := frameAt{f: f, lo: k, right: -1}
	j := ce
	for j < b && toks[j].isClass(cAdverb|cTime) {
		j++
	}
	var medium span // the subject: who quotes
	if k > a && (toks[k-1].kind == tQuote || toks[k-1].isComma()) {
		// the subject follows the verb: a name, or a title in marks
		s := j
		if j < b && toks[j].isClass(cDeterminer) && j+1 < b && toks[j+1].kind == tQuote {
			j++ // die „Stadtzeitung“
		}
		if j < b && (toks[j].kind == tQuote || d.dottedName(toks[j])) {
			j++ // zitiert ndr.de Polizeisprecher Paul Weber: the address is the medium
		} else if np, ok := d.npAfter(toks, j, b); ok {
			j = np.e
		} else {
			return fa, false
		}
		medium, fa.inverted = span{s, j}, true
	} else if np, _, ok := d.npBefore(toks, a, k); ok {
		medium, fa.lo = np, np.s
	} else {
		return fa, false
	}
	obj, ok := d.npAfter(toks, j, b)
	if !ok || !d.properOrPronoun(toks, obj) && !toks[obj.s].isClass(cDeterminer) || toks[obj.s].isClass(cPronoun) && toks[obj.s].is("es") {
		return fa, false
	}
	f.mention = d.tokSpan(toks, obj)
	f.via = d.newFrame(frame{mention: d.tokSpan(toks, medium)}) // completed by viaFrame
	fa.hi = obj.e
	fa.right = d.contentAfter(toks, obj.e, b, false)
	return fa, true
}

// passiveQuoted finds whom a German passive of zitieren quotes, and the
// medium it names: "In der Mitteilung wird Paul Weber wie folgt zitiert:
// „…“", "wird Weber auf der Website der Stadt zitiert: „…“". The
// annotators give the words to both, as with an active zitieren; without
// a medium, or in a verb-final clause (wie Weber zitiert wird), other
// rules read the sentence.
func (d *doc) passiveQuoted(toks []token, a, b, k, ce int) (frameAt, bool) {
	aux := d.passiveAux(toks, a, k)
	if aux < 0 {
		return frameAt{}, false
	}
	lo := aux
	who, ok := d.npAfter(toks, aux+1, k) // wird Weber … zitiert: the subject follows the auxiliary
	from := who.e
	if !ok && aux > a && (toks[aux+1].is("von") || toks[aux+1].is("vom")) {
		// Paul Weber, Sprecher der Firma, wird von der Agentur zitiert:
		// the subject opens the clause before the auxiliary
		var role span
		if who, role, ok = d.npBefore(toks, a, aux); ok && (who.s == a || role.e > role.s && role.s == a) {
			lo, from = who.s, aux+1
			if role.e > role.s {
				lo = min(lo, role.s) // Sprecher der Firma, Paul Weber, wird …
			}
		} else {
			ok = false
		}
	}
	if !ok || !d.properOrPronoun(toks, who) {
		return frameAt{}, false
	}
	medium, ok := d.mediumAfter(toks, from, k)
	if !ok {
		medium, ok = d.frontedDocument(toks, a, aux)
	}
	if !ok {
		return frameAt{}, false
	}
	f := d.newFrame(frame{rule: "quoted-person", mention: d.tokSpan(toks, who)})
	f.via = d.newFrame(frame{mention: d.tokSpan(toks, medium)}) // completed by viaFrame
	return frameAt{f: f, lo: lo, hi: ce, right: d.contentAfter(toks, ce, b, true)}, true
}

// mediumAfter finds the medium named by a phrase at toks[j] before the
// cue at k: von der Zeitung, auf der Website der Stadt, im Bericht.
func (d *doc) mediumAfter(toks []token, j, k int) (span, bool) {
	if j+1 >= k || !toks[j].is("von") && !toks[j].is("vom") && !toks[j].isClass(cChannelPrep) {
		return span{}, false
	}
	return d.npAfter(toks, j+1, k)
}

// dottedName reports whether t is a lower-case web address (ndr.de),
// a name of its own that no noun after it continues.
func (d *doc) dottedName(t token) bool {
	return t.kind == tWord && strings.Contains(t.lower, ".") && unicode.IsLower(d.r[t.s])
}

// subordinateClause reports whether the German clause holding toks[s]
// opens with a subordinator or a relative or question word (als, wenn, ob,
// was, in der): after such a clause with its verb last, the comma opens
// the main clause, not what was said. "Wie X sagte, …" is the exception:
// the main clause is X's words.
func (d *doc) subordinateClause(toks []token, a, s int) bool {
	c := a
	for i := s - 1; i > a; i-- {
		if toks[i].isPunct(",;:") {
			c = i + 1
			break
		}
	}
	if c < s && toks[c].isClass(cPrep) && c+1 < s {
		c++ // in der, mit dem
	}
	if c >= s {
		return false
	}
	w := toks[c]
	return w.kind == tWord && !w.is("wie") && (w.isClass(cSubordinator) || w.is("was") || c < s-1 && d.relativePronoun(w.lower) && c > a)
}

// hypothetical reports whether the German subordinate clause of a source
// at toks[s] opens with a word of condition or of a time to come (…,
// wenn die Kommission bestätigt, dass …; bis das Gericht entscheidet,
// ob …): what it would say is no report yet.
func (d *doc) hypothetical(toks []token, a, s int) bool {
	for i := s - 1; i >= a && s-i <= 3; i-- {
		if i == a || toks[i-1].isPunct(",;:") {
			return toks[i].kind == tWord && d.inSet(setHypothetical, toks[i].lower)
		}
	}
	return false
}

// reportsAfterComma reports whether a comma at toks[ce], after the cue
// that ends a German subordinate clause, opens what was said: a dass
// clause or one in the subjunctive (…, indem er sagte, die Brücke sei
// …), not the main clause (Als sie davon erzählte, lachte der Rat).
func (d *doc) reportsAfterComma(toks []token, ce, b int) bool {
	if ce < b && toks[ce].isClass(cAux) {
		ce++ // nachdem sie gesagt hatte, dass …: the auxiliary closes the clause
	}
	return ce+1 < b && toks[ce].isComma() && (toks[ce+1].is("dass") || d.reportedClause(toks, ce+1, b) || d.konjunktiv2Clause(toks, ce+1, b))
}

// konjunktiv2Clause reports whether the German clause from toks[j] has a
// modal or auxiliary in Konjunktiv II before its first punctuation
// (indem er sagte, die Zusammenarbeit würde …): reported speech after a
// cue and its comma.
func (d *doc) konjunktiv2Clause(toks []token, j, b int) bool {
	if d.relativeClause(toks, j, b) || toks[j].isClass(cSubordinator) {
		return false
	}
	for k := j; k < b && k-j <= 30 && toks[k].kind == tWord; k++ { // bounded: the scan stays linear
		if !toks[k].upper && d.inSet(setKonjunktiv2verb, toks[k].lower) {
			return true
		}
	}
	return false
}

// demonstrativePronoun reports whether a German word is a demonstrative
// that stands for a person or a body as a subject on its own (sagte
// dieser, …; erklärte diese, …).
func demonstrativePronoun(w string) bool {
	return w == "dieser" || w == "diese" || w == "jener" || w == "jene"
}

// demonstrativeAntecedent returns the mention a demonstrative subject
// toks[j] after the verb toks[v] stands for: the name or noun phrase
// that ends right before the verb, past a dash or a comma (Mit dem Anwalt
// – Karl Braun – sprach die Zeitung; … – Karl Braun – sagte dieser, …),
// or the demonstrative itself.
func (d *doc) demonstrativeAntecedent(toks []token, a, v, j int) span {
	e := v - 1
	if e > a && toks[e].isPunct("–—-,") {
		e--
	}
	if e > a && toks[e].kind == tWord && toks[e].upper {
		if s, ok := d.npBackFrom(toks, a, e); ok && d.namesSomeone(toks, span{s, e + 1}) {
			return span{s, e + 1}
		}
	}
	return span{j, j + 1}
}

// nominativePronoun reports whether a German personal pronoun can only be
// a subject (er, ich, wir), unlike sie and es, which are objects as often.
func nominativePronoun(w string) bool {
	return w == "er" || w == "ich" || w == "wir"
}

// titleSource finds a newspaper or a work in marks that a German cue names
// as its source: „…“, schrieb „Die Zeit“; zitiert die „Stadtzeitung“.
func (d *doc) titleSource(toks []token, j, b int) (span, bool) {
	s := j
	if j+1 < b && toks[j].isClass(cDeterminer) && d.nominative(toks, span{j, j + 1}) {
		j++
	}
	if j >= b || toks[j].kind != tQuote || !d.looksLikeName(d.qs[toks[j].q]) && !d.webAddress(d.qs[toks[j].q]) {
		return span{}, false // but laut „news.example.org“: an address is a name too
	}
	return span{s, j + 1}, true
}

// joinedClause reports whether a named subject opens a main clause joined
// by a comma to a clause that ended on a quote: X nannte A „…“, Y
// bezeichnete B als „…“. Y is the source of what follows.
func (d *doc) joinedClause(toks []token, a, first int, np span) bool {
	return first-2 >= a && toks[first-1].isComma() && toks[first-2].kind == tQuote && !d.isTitle(toks, first-2) &&
		d.nominative(toks, np) && d.namesSomeone(toks, np)
}

// splicedClause reports whether the German noun phrase np, right before
// the finite verb toks[v], opens a main clause of its own after the comma
// at toks[first-1] that ends a clause with a verb (Der Mann wurde
// festgenommen, andere Quellen berichten, dass …; kamen laut Polizei
// 2.000 Menschen, die Veranstalter sprechen von 3.000): a new source,
// not an appositive or a relative clause. The caller asks for a report
// after the verb too (a dass clause, von after sprechen).
func (d *doc) splicedClause(toks []token, a, first int, np span, v int) bool {
	if first-3 < a || !toks[first-1].isComma() || np.e != v || np.e-np.s < 2 || !d.nominative(toks, np) {
		return false
	}
	if t := toks[np.s]; t.kind != tWord || t.upper || !toks[np.s+1].upper || !t.isClass(cDeterminer) && !d.inSet(setArticlelike, t.lower) {
		return false // die Veranstalter, andere Quellen: not a name after a comma (Paul Weber, Anna Roth sagte), nor a pronoun
	}
	return d.hasGermanVerb(toks, span{a, first - 1}) || d.lowerUnclassed(toks, a+1, first-1)
}

// reportFollows reports whether a report follows the German cue that
// ends at ce, past adverbs and the cue's particle: a dass clause or
// a reported clause after a comma (bezweifelt aber, dass …; teilte mit,
// dass …), or von after sprechen.
func (d *doc) reportFollows(toks []token, ce, b int) bool {
	j := ce
	for j < b && j-ce < 3 && toks[j].kind == tWord && !toks[j].upper && toks[j].isClass(cAdverb|cClause) {
		j++ // bezweifelt aber, dass …
	}
	if j < b && toks[j].kind == tWord && !toks[j].upper && toks[j].isClass(cParticle) {
		j++ // teilte mit, dass …
	}
	return d.reportsAfterComma(toks, j, b) || d.speaksOf(toks, ce, b)
}

// lowerUnclassed reports whether toks[i:e] holds a lower-case word that
// no word class of the lexicon claims: in German mostly a verb (kamen,
// demonstrierten).
func (d *doc) lowerUnclassed(toks []token, i, e int) bool {
	for ; i < e; i++ {
		if t := toks[i]; t.kind == tWord && !t.upper && t.cls == 0 {
			return true
		}
	}
	return false
}

// indicativeLeadIn reports whether the quote toks[i] follows a colon that
// ends a clause in the indicative with a subject of its own (Der Minister
// zeigte sich besorgt, dass … würden: „…“): the subject leads in the quote,
// though a subjunctive in a clause after the first comma would make the
// sentence continue an earlier report.
func (d *doc) indicativeLeadIn(toks []token, a, b, i int) bool {
	if !d.german || i-2 < a || !toks[i-1].isPunct(":") {
		return false
	}
	if c := d.subjunctiveClause(toks, a, b); c.s == a && d.hasSubjunctive(toks, span{a, i - 1}) {
		return false // Die Pflichten seien klar festgelegt: „…“
	}
	_, ok := d.germanSubject(toks, a, i-1)
	return ok
}

// namedIndicative reports whether the German clause toks[a:i] before a
// quote is in the indicative and names its own subject (Auch der Sprecher,
// Tom Korn, will „…“, ob … solle): the quote is that subject's, however
// subjunctive the clauses after it.
func (d *doc) namedIndicative(toks []token, a, i int) bool {
	if !d.german || d.hasSubjunctive(toks, span{a, i}) {
		return false
	}
	np, ok := d.germanSubject(toks, a, i)
	return ok && np.e <= i && (d.namesSomeone(toks, np) || d.appositiveName(toks, np.e, i))
}

// appositiveName reports whether a name set off by commas follows the
// subject that ends at toks[j] of the German clause up to i, after a
// phrase or two (der Sprecher der Partei im Landtag, Tom Korn, will …):
// it names that subject.
func (d *doc) appositiveName(toks []token, j, i int) bool {
	for k := j; k+1 < i && k-j <= 6; k++ {
		if toks[k].kind == tWord {
			continue
		}
		np, ok := d.npAfter(toks, k+1, i)
		return toks[k].isComma() && ok && np.e < i && toks[np.e].isComma() && d.namesSomeone(toks, np)
	}
	return false
}

// passiveAux returns the form of werden before the German cue toks[k]
// when the cue is a participle in its clause (wurde … angegeben, werden …
// bezeichnet), or -1: the clause's subject is what was spoken about, not
// who spoke.
func (d *doc) passiveAux(toks []token, a, k int) int {
	w := toks[k].lower
	if !strings.HasSuffix(w, "t") && !strings.Contains(w, "ge") {
		return -1
	}
	return d.auxBefore(toks, a, k, 15, passiveWord)
}

// passiveWord reports whether t is a form of werden that makes a passive.
func passiveWord(t token) bool {
	switch t.lower {
	case "wird", "werden", "wurde", "wurden", "worden":
		return t.kind == tWord
	}
	return false
}

// objectContent returns where the content of a German cue whose clause
// ends at ce starts, or -1: right after the cue (contentAfter), past an
// object and a particle before a comma (pastObject), or past an object
// before a colon that opens reported speech in the subjunctive
// (kritisierte den Kurs: Es sei bedauerlich, …).
func (d *doc) objectContent(toks []token, ce, b int) int {
	for i := ce; i+1 < b && i-ce <= 10; i++ { // bounded: the scan stays linear
		if toks[i].kind != tWord {
			if i > ce && toks[i].isPunct(":") && d.mainSubjunctive(toks, i+1, b) {
				return i + 1
			}
			break
		}
	}
	return d.pastObject(toks, d.contentAfter(toks, ce, b, false), b)
}

// afterNamedAddressee returns the index after a name in marks right
// after a German cue, as whom it was told (der „Zeitung“, dem „Boten“,
// zum „Tagblatt“, gegenüber der „Post“), and its comma; or -1.
func (d *doc) afterNamedAddressee(toks []token, ce, b int) int {
	i := ce
	if i < b && (toks[i].is("zum") || toks[i].is("zur") || toks[i].is("gegenüber")) {
		i++
	}
	if i < b && (toks[i].is("der") || toks[i].is("dem")) {
		i++
	}
	if i == ce || i+2 >= b || toks[i].kind != tQuote || !toks[i+1].isComma() || !d.looksLikeName(d.qs[toks[i].q]) {
		return -1
	}
	return i + 2
}

// pastObject moves the start of German content at j past an object and the
// separable particle that closes the cue's clause before a comma: warf dem
// Minister vor, er habe …; wies die Kritik zurück, es sei …; or past a
// pronominal adverb that stands for the clause after the comma (warnte
// davor, …) or an opinion noun whose view follows it (vertritt die
// Ansicht, er habe …). It returns j when no such word ends the words
// before the first comma.
func (d *doc) pastObject(toks []token, j, b int) int {
	if j < 0 || j >= b || toks[j].kind != tWord || toks[j].is("dass") {
		return j
	}
	for i := j + 1; i+1 < b && i-j <= 10; i++ {
		if toks[i].kind != tWord {
			if p := toks[i-1]; toks[i].isComma() {
				if !p.upper && (p.cls&cParticle != 0 || d.inSet(setKorrelat, p.lower)) && !d.opensSubordinate(toks, i+1, b) {
					return i + 1 // warnte davor, die Brücke zu bauen: what davor stands for follows
				}
				if p.upper && d.inSet(setOpinion, p.lower) {
					return i + 1 // vertritt die Ansicht, er habe …: the view follows
				}
			}
			return j
		}
	}
	return j
}

// opensSubordinate reports whether German toks[j] opens a relative or
// subordinate clause that is not what was said (…, da er …; …, der …), as
// dass and ob clauses are.
func (d *doc) opensSubordinate(toks []token, j, b int) bool {
	t := toks[j]
	return d.relativeClause(toks, j, b) || t.isClass(cSubordinator) && !t.is("dass") && !t.is("ob")
}

// agentFrame attributes a German quote that a passive cue calls something
// to the agent of the passive: Die Lage wird vom Minister als „sehr
// ernst“ bezeichnet. The quote follows als, the agent stands between von
// (or vom) and als, and the participle cue closes the clause within a few
// words after the quote, its werden before it or, in a verb-final clause,
// after it (der vom Richter als „…“ eingestuft wurde).
func (d *doc) agentFrame(toks []token, a, b, i, pi int) *frame {
	if !d.german || i-3 < a || !toks[i-1].is("als") {
		return nil
	}
	k := i + 1
	for k < b && k-i <= 6 && !toks[k].isCue() && !toks[k].isPunct(".;:!?") && toks[k].kind != tQuote {
		k++
	}
	if k >= b || !toks[k].isCue() || toks[k].upper || d.passiveAux(toks, a, k) < 0 && !(k+1 < b && passiveWord(toks[k+1])) {
		return nil
	}
	v := i - 2
	for v > a && i-v <= 6 && toks[v].kind == tWord && (toks[v].upper || toks[v].isClass(cDeterminer)) {
		v-- // the agent's noun phrase: vom Deutschen Wetterdienst, but not von der Sonne ausgeht und
	}
	if !toks[v].is("von") && !toks[v].is("vom") || v+1 >= i-1 || !toks[v+1].upper && !toks[v+1].isClass(cDeterminer) {
		return nil
	}
	f := d.newFrame(frame{class: "speech", rule: "agent", para: pi, mention: d.tokSpan(toks, span{v + 1, i - 1}),
		cue: d.tokSpan(toks, span{k, k + 1}), cueText: d.text(d.tokSpan(toks, span{k, k + 1}))})
	d.frames = append(d.frames, f)
	return f
}

// relativeCueFrame attributes a German quote that a verb-final relative
// clause calls something, its cue right after the quote, to the clause's
// subject: the relative pronoun's antecedent (ein Kommentar, der den Plan
// als „…“ bezeichnet, …), or a name after the pronoun, which is then its
// object (der Plan, den Paul Weber als „…“ bezeichnete). A passive cue
// is agentFrame's; a verb of naming (heißt, sich … nennt) names.
func (d *doc) relativeCueFrame(toks []token, a, b, i, pi int) *frame {
	k := i + 1
	if !d.german || k >= b || !toks[k].isCue() || toks[k].upper || k+1 < b && passiveWord(toks[k+1]) {
		return nil
	}
	c := i - 1
	for c > a && i-c <= 12 && toks[c].kind == tWord {
		c--
	}
	if c <= a || c+2 >= i || !toks[c].isComma() || toks[c+1].upper || !d.relativePronoun(toks[c+1].lower) {
		return nil
	}
	if d.inSet(setCalled, toks[k].lower) || d.hasWord(toks, span{c + 2, i}, "sich") {
		return nil // die Fahne, die „…“ heißt; die Junta, die sich „…“ nennt: a name, not words said
	}
	np, ok := d.npAfter(toks, c+2, i)
	if !ok || np.e >= i || !d.nominative(toks, np) || !d.namesSomeone(toks, np) {
		s, found := d.npBackFrom(toks, a, c-1)
		if !found {
			return nil
		}
		np = span{s, c}
	}
	cue := span{toks[k].s, toks[k].e}
	f := d.newFrame(frame{class: "speech", rule: "relative-cue", para: pi, mention: d.tokSpan(toks, np), cue: cue, cueText: d.text(cue)})
	d.frames = append(d.frames, f)
	return f
}

// sloganAt returns the index of the German slogan noun that the quote
// toks[i] follows (die Aufschrift „…“; Parolen wie „…“, Parolen wie zum
// Beispiel „…“), looking back over und, oder or a comma to a slogan
// before it (Parolen wie „…“ und „…“); -1 when there is none.
func (d *doc) sloganAt(toks []token, a, i int) int {
	if !d.german {
		return -1
	}
	for n := 0; n < 4 && i-2 >= a && toks[i-2].kind == tQuote; n++ {
		if p := toks[i-1]; !p.is("und") && !p.is("oder") && !p.isComma() {
			break
		}
		i -= 2
	}
	if i-1 >= a && d.inSet(setSlogan, toks[i-1].lower) {
		return i - 1
	}
	for j := i - 1; j > a && i-j <= 3 && toks[j].kind == tWord; j-- {
		if toks[j].is("wie") {
			if d.inSet(setSlogan, toks[j-1].lower) {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// sloganFrame makes the frame of a slogan whose noun is toks[k]: the thing
// that shows it (Bänder mit der Aufschrift „…“; Auf dem Transparent stand
// die Parole „…“), as the annotators name it, else the subject of the
// clause (Die Menge skandierte Parolen wie „…“).
func (d *doc) sloganFrame(toks []token, a, i, k, pi int) *frame {
	var np span
	if k-3 >= a && toks[k-2].is("mit") && toks[k-1].isClass(cDeterminer) && toks[k-3].upper {
		np = span{k - 3, k - 2}
	} else if on, ok := d.shownOn(toks, a, k); ok {
		np = on
	} else {
		return d.subjectFrame(toks, a, i, pi)
	}
	f := d.newFrame(frame{class: "speech", rule: "slogan", para: pi, mention: d.tokSpan(toks, np)})
	d.frames = append(d.frames, f)
	return f
}

// shownOn returns what shows a slogan whose noun is toks[k] when auf opens
// its clause (Auf Transparenten standen Parolen …).
func (d *doc) shownOn(toks []token, a, k int) (span, bool) {
	if k-2 < a || !toks[a].is("auf") {
		return span{}, false
	}
	np, ok := d.npAfter(toks, a+1, k)
	return np, ok && np.e < k
}

// viewFrame makes a frame of whose view a German clause with sein gives
// in a quote: the noun phrase after für, with the verb right after it or
// right before für (Für den Minister ist die Lage „ernst“; war für die
// Verbände „ein Wortbruch“), or after the quote and its article (was für
// die Ministerin eine „…“ ist). The phrase names someone or has an
// article.
func (d *doc) viewFrame(toks []token, a, b, i, pi int) *frame {
	if !d.german {
		return nil
	}
	s := i // the clause, looked back over no further than a long source (the scan stays linear)
	for s > a && i-s < 2*maxNP+6 && !toks[s-1].isPunct(",;:") {
		s--
	}
	for j := s; j+1 < i; j++ {
		if !toks[j].is("für") {
			continue
		}
		np, ok := d.npAfter(toks, j+1, i)
		if !ok || !d.properOrPronoun(toks, np) && !toks[np.s].isClass(cDeterminer) {
			return nil
		}
		after := i+1 < b && d.copula(toks[i+1]) && toks[i-1].isClass(cDeterminer)
		if !d.copula(toks[np.e]) && !(j > s && d.copula(toks[j-1])) && !after {
			return nil
		}
		f := d.newFrame(frame{class: "speech", rule: "view", para: pi, mention: d.tokSpan(toks, np)})
		d.frames = append(d.frames, f)
		return f
	}
	return nil
}

// copula reports whether t is a German form of sein in the third person:
// ist, war, sei.
func (d *doc) copula(t token) bool {
	return t.isClass(cAux) && !strings.HasPrefix(t.lower, "ha") && !strings.HasPrefix(t.lower, "hä") && !passiveWord(t)
}

// copulaBetween reports whether a lower-case form of sein (copula)
// stands in the German words toks[a:i] before a quote: the quote then
// says what the subject is (Er war „der Buhmann der Nation“).
func (d *doc) copulaBetween(toks []token, a, i int) bool {
	for k := a; k < i; k++ {
		if !toks[k].upper && d.copula(toks[k]) { // copula tests the word kind
			return true
		}
	}
	return false
}

// germanTerm reports whether the German quote toks[i] is a term the writer
// uses, not a fragment of someone's words: after a preposition or adverb
// that takes a charge or an estimate (wegen „schwerer Körperverletzung“,
// etwa „zwei Stunden früher“), or a noun naming a maxim (den Grundsatz „…“),
// or sung (als er „…“ sang).
func (d *doc) germanTerm(toks []token, i int) bool {
	if !d.german {
		return false
	}
	if i > 0 && toks[i-1].kind == tWord && (d.inSet(setTerm, toks[i-1].lower) || toks[i-1].upper && d.inSet(setMaxim, toks[i-1].lower)) {
		return true
	}
	return i+1 < len(toks) && toks[i+1].kind == tWord && d.inSet(setSung, toks[i+1].lower)
}

// germanNoReport reports whether the German cue toks[k] reports nothing:
// negated right before it (Tests haben den Verdacht nicht bestätigt, dass
// …), heißen with no es in its clause (der früher „…“ hieß; see
// esWith), or a verb whose reflexive use means "prove true" (Damit bestätigt
// sich die Sorge, dass …). The annotators mark none of them.
func (d *doc) germanNoReport(toks []token, k, b int) bool {
	if !d.german {
		return false
	}
	if k > 0 && toks[k-1].is("nicht") {
		return true
	}
	if d.inSet(setCalled, toks[k].lower) && !d.esWith(toks, k, b) {
		// Der Verein heißt „Freunde des Sees“, der früher „Nordhafen“
		// hieß: a name; but heißt es, „…“ hieß es, wie es im Bericht heißt
		return true
	}
	return k+1 < b && toks[k+1].is("sich") && d.inSet(setProves, toks[k].lower)
}

// esWith reports whether es goes with the German verb of naming toks[k]
// (heißt, hieß) as its report needs: right after it (heißt es in dem
// Bericht) or earlier in its clause (Es hieß; wie es in dem Bericht
// heißt). Without es the verb names (Der Verein heißt „Nordwind“).
func (d *doc) esWith(toks []token, k, b int) bool {
	if k+1 < b && toks[k+1].is("es") {
		return true
	}
	for i := k - 1; i >= 0 && k-i <= 20 && toks[i].kind == tWord; i-- {
		if toks[i].is("es") {
			return true
		}
	}
	return false
}

// wieThenSpeaker reports whether the German verb-final clause of fs[i]
// (Wie die Zeitung berichtete,) is followed at once by a main clause whose
// verb is a speech cue of its own (sagte Weber: „…“; soll Weber gesagt
// haben: „…“): the main clause's source said the words, as after laut X.
func (d *doc) wieThenSpeaker(toks []token, fs []frameAt, i int) bool {
	if !d.german || i+1 >= len(fs) || fs[i].lo < 1 || !toks[fs[i].lo-1].is("wie") {
		return false
	}
	// but in the subjunctive the main clause is still the report's (Wie X
	// mitteilte, habe sich ein Zeuge dahingehend geäußert, …)
	next := fs[i+1]
	return next.lo == fs[i].right && next.f.class == "speech" && next.f.source().named() && !toks[next.lo].isClass(cSubjunctive)
}

// adverbMention reports whether the mention m found in toks[a:e] is one
// word that German capitalises only because it opens the sentence: an
// adverb or a particle (Darin steht: „…“; Ab 1939 stand dort: „…“) names
// no one. The token is found by binary search: a sentence of many quotes
// stays linear.
func (d *doc) adverbMention(toks []token, a, e int, m span) bool {
	k := a + sort.Search(max(e-a, 0), func(n int) bool { return toks[a+n].s >= m.s })
	return k < e && toks[k].s == m.s && toks[k].e == m.e && toks[k].isClass(cAdverb|cParticle|cPrep)
}

// afterColon reports whether the text before offset s, past spaces, ends
// in a colon.
func (d *doc) afterColon(s int) bool {
	for s > 0 && unicode.IsSpace(d.r[s-1]) {
		s--
	}
	return s > 0 && d.r[s-1] == ':'
}

// capitalInside reports whether the word t, capitalised at a clause
// start, is written so inside a sentence within a few thousand letters
// of it (der Vorsitzende Stoiber; the word after a lower-case word or a
// comma): German capitalises only nouns and names, so the word is one,
// and no fronted adverb (Besorgt äußerte sich …). The window keeps the
// search linear in the text.
func (d *doc) capitalInside(t token) bool {
	w := d.r[t.s:t.e]
	lo, hi := max(2, t.s-capitalWindow), min(len(d.r), t.e+capitalWindow)
	for i := lo; i+len(w) <= hi; i++ {
		if i == t.s || d.r[i] != w[0] || d.r[i-1] != ' ' {
			continue
		}
		if e := i + len(w); e < len(d.r) && unicode.IsLetter(d.r[e]) || !slices.Equal(d.r[i:e], w) {
			continue
		}
		if p := d.r[i-2]; unicode.IsLower(p) || p == ',' {
			return true
		}
	}
	return false
}

// capitalWindow is how far capitalInside looks, in letters each way.
const capitalWindow = 3000

// germanTimeAt returns the end of a time phrase of two words at toks[j]
// before e, a stretch or a month after a word that places it (vergangene
// Woche, Ende Mai), or j if there is none. Such a phrase
// names no source, whether fronted (Ende Mai schrieb die Zeitung) or after
// the verb (Der Sender hatte Anfang Juli berichtet).
func (d *doc) germanTimeAt(toks []token, j, e int) int {
	if j+2 > e || toks[j].kind != tWord || toks[j+1].kind != tWord {
		return j
	}
	if !d.inSet(setTimestretch, toks[j+1].lower) || !d.inSet(setTimeopen, toks[j].lower) {
		return j
	}
	return j + 2
}
