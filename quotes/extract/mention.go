package extract

import (
	"strings"
	"unicode"
)

// asideDash reports whether t is a dash that sets off an aside: a dash,
// or a hyphen with a space on each side (Ann Lee - his aide - said).
func (d *doc) asideDash(t token) bool {
	if t.isPunct("—–") {
		return true
	}
	return t.isPunct("-") && t.s > 0 && t.e < len(d.r) && d.r[t.s-1] == ' ' && d.r[t.e] == ' '
}

// phraseAfterDay reports whether the phrase p of the content class (call
// for, warn of) starts at toks[k] with a weekday, "again" or an -ly
// adverb after its first word, as news writes the day and the manner:
// "called Friday for a recount", "called again for his rival to
// resign", "spoke warmly of the town". It returns the index after it.
func (d *doc) phraseAfterDay(toks []token, k, b int, p phrase) (int, bool) {
	e := k + 2 + len(p.rest)
	if p.cls&cContent == 0 || e > b || toks[k+1].kind != tWord || !matchWords(toks[k+2:e], p.rest) {
		return 0, false
	}
	next := &toks[k+1]
	return e, next.is("again") || lyAdverb(next) || d.inSet(setWeekday, next.lower)
}

// lyAdverb reports whether t is a lower-case word in -ly of five letters
// or more (warmly, repeatedly; not only), an adverb of manner between a
// verb and its particle, and as mannerAdverb, skipAdverbials,
// skipAdverbsBack, lyBeforeParticiple and lyBeforeAdjective read one.
func lyAdverb(t *token) bool {
	return t.kind == tWord && lyForm(t.upper, t.lower)
}

// lyForm reports whether a word, lower-case as lower when upper is
// false, is one in -ly of five letters or more: the one spelling of the
// test that lyAdverb (a token) and lyWord (a word of a mention) make.
func lyForm(upper bool, lower string) bool {
	return !upper && len(lower) > 4 && strings.HasSuffix(lower, "ly")
}

// strandedParticle reports whether the phrase p of the content class
// (spoke of, boasted about) ends at toks[e] before a form of "be": its
// object went before, in a relative (what he spoke of was the war), and
// what follows is no object.
func (d *doc) strandedParticle(toks []token, e, b int, p phrase) bool {
	return p.cls&cContent != 0 && e < b && toks[e].kind == tWord && d.inSet(setCopula, toks[e].lower)
}

// cueAt reports whether a reporting cue starts at toks[k]; it returns the
// index after the cue and the cue's classes.
func (d *doc) cueAt(toks []token, k, b int) (int, class, bool) {
	if toks[k].kind != tWord || !d.mayCue(&toks[k]) {
		return 0, 0, false // most words: tested before t copies the token
	}
	t := toks[k]
	if d.adjectiveNoun(toks, k) {
		return 0, 0, false // Republican attacks on her record, conservative thought leaders
	}
	if !d.german && d.beforeTitle(toks, k, b) {
		return 0, 0, false // his sister, state Sen. Jo Hill, said
	}
	if d.moodAdjective(toks, k, b) {
		return 0, 0, false // the slogan feels bloodless and cold: a mood, no belief
	}
	if t.cls&cPhrase != 0 {
		for _, p := range d.lex.phrases[t.lower] {
			if e := k + 1 + len(p.rest); p.cls&(cSpeech|cBelief) != 0 && e <= b && matchWords(toks[k+1:e], p.rest) {
				if d.german && d.lacksParticle(toks, e-1, b, t.lower+" "+strings.Join(p.rest, " ")) {
					continue // geht aus dem Haus: only geht aus … hervor reports
				}
				if e < b && toks[e].is("to") && !d.german && d.inSet(setGoon, t.lower) {
					continue // who went on to work for him: moved on; "went on to say" has its cue in the infinitive
				}
				if d.strandedParticle(toks, e, b, p) || d.forDuration(toks, e, b) {
					continue
				}
				return e, p.cls, true
			}
			if e, ok := d.phraseAfterDay(toks, k, b, p); ok && !d.strandedParticle(toks, e, b, p) {
				return e, p.cls, true
			}
		}
	}
	if d.german && (t.lower == "nach" || t.lower == "laut") {
		if t.lower == "nach" && k > 0 && toks[k-1].kind == tWord && d.inSet(setTimebeforenach, toks[k-1].lower) {
			return 0, 0, false // erst nach umfangreichen Ermittlungen, kurz nach der Meldung: a time, no source
		}
		if e, ok := d.germanSourcePhrase(toks, k+1, b); ok {
			return e, cSpeech | cPrepcue | cGerman, true
		}
		if t.lower == "nach" && k > 0 && k+2 < b && toks[k-1].isComma() && toks[k+1].is("denen") {
			return k + 1, cSpeech | cPrepcue | cGerman, true // Studien, nach denen …: the relative clause is what they found
		}
	}
	if d.pollShows(toks, k) && (!formOfHave(t) || d.pollStanding(toks, k, b)) {
		return k + 1, cSpeech, true
	}
	if d.seesAs(toks, k, b) {
		return k + 1, cBelief | cContent, true
	}
	if d.nameInfinitive(toks, k, b) {
		return k + 1, t.cls | cContent, true
	}
	if t.cls&(cSpeech|cBelief) == 0 || t.lower == "according" {
		return 0, 0, false // "according" only as "according to"
	}
	if d.ownedStatement(toks, k, b) {
		return k + 1, t.cls, true // her remark that "…", Hill's claim that "…"
	}
	switch {
	case d.german && d.lacksParticle(toks, k, b, t.lower):
		// warf das Handtuch, stellte den Plan vor, führte die Liste an,
		// strich die Wand, nahm das Geld, es gibt, erinnerte die Richter
		// an …: only with their particles (warf … vor, stellte … fest,
		// gibt … bekannt) do these verbs report
		return 0, 0, false
	case d.german && t.lower[0] == 'v' && d.inSet(setNeedsopinion, t.lower) && !d.opinionHeld(toks, k, b):
		return 0, 0, false // vertritt den Minister: stands in, says nothing
	case d.german && t.lower[0] == 'h' && d.inSet(setNeedsesfür, t.lower) && !d.judgedLikely(toks, k, b):
		return 0, 0, false // hält eine Rede, hält den Ball
	case d.german && t.cls&(cBelief|cReports) != 0 && d.inSet(setNeedsdass, t.lower) && !(k+2 < b && toks[k+1].isComma() && toks[k+2].is("dass")):
		return 0, 0, false // schätzt den Schaden auf 250.000 Euro; ergab sich
	case d.german && t.cls&cBelief != 0 && k+1 < b && toks[k+1].is("sie") && toks[b-1].isPunct("?"):
		return 0, 0, false // glauben Sie, dass …?: a question, no belief reported
	case d.german && (t.lower[0] == 'b' || t.lower[0] == 'a') && d.inSet(setNeedscomma, t.lower) && !d.commaSoonAfter(toks, k, b):
		// bestreiten Lopez und Hill die Show: performs; bestreitet
		// jedoch, die Namen gelöscht zu haben: denies a clause
		return 0, 0, false
	case d.german && t.lower[0] == 'g' && d.inSet(setNeedsdavonaus, t.lower) && !d.assumes(toks, k, b):
		return 0, 0, false // geht nach Hause
	case d.german && t.lower[0] == 'e' && d.inSet(setDeclares, t.lower) && d.declaredFor(toks, k, b):
		return 0, 0, false // hat es für zulässig erklärt, erklärte es für nichtig: declared so, said nothing
	case t.cls&cExistential != 0 && k+1 < b && toks[k+1].is("es"):
		return 0, 0, false // gab es zehn Tote: there were
	case k+1 < b && toks[k+1].kind == tWord && d.inSet(setQuotecue, t.lower):
		return 0, 0, false // began targeting, began the year at 4.9
	case t.cls&(cBelief|cSpeech) != 0 && (k+1 >= b || !toks[k+1].is("that") && !d.asideToThat(toks, k+1, b)) && d.inSet(setNeedsthat, t.lower):
		return 0, 0, false // an adamant critic, aware of the risk, ruled out: no belief or ruling reported (but aware, however, that …)
	case t.cls&cSpeech != 0 && k > 0 && (toks[k-1].is("who") || toks[k-1].is("that")) && d.inSet(setNeedsthat, t.lower):
		return 0, 0, false // the judges who ruled that …: a ruling that describes its source, no statement
	case k+1 < b && toks[k+1].is("to") && d.inSet(setPrepbeforeto, t.lower):
		return 0, 0, false // sales soared thanks to the film: a preposition
	case k+2 < b && toks[k+1].is("to") && d.addsTo(toks, k):
		return 0, 0, false // the hiccup adds to the drama; it called to mind the old feud
	case k+2 < b && toks[k+1].is("to") && toks[k+2].kind == tWord && d.inSet(setContinues, t.lower):
		// sales continued to grow at a "slow pace": before an infinitive
		// "continue" says that something goes on, not that anyone speaks
		// (she continued to insist: the infinitive is the cue)
		return 0, 0, false
	case k+1 < b && toks[k+1].is("up") && d.inSet(setSumsup, t.lower):
		return 0, 0, false // the costs add up to $5 million: a sum, nothing said
	case k+1 < b && toks[k+1].is("back") && d.inSet(setRestores, t.lower):
		return 0, 0, false // they should add back the "Golden Week": restores, says nothing
	case k+2 < b && t.lower[0] == 'a' && d.counselsOn(toks, k, b):
		return 0, 0, false // advising the campaign on trade: counsel, nothing said
	case k+1 < b && toks[k+1].is("with") && d.inSet(setCopeswith, t.lower):
		return 0, 0, false // was contending with a new reality: copes, says nothing
	case strings.HasSuffix(t.lower, "ed") && k > 0 && d.datedBeforeCue(toks, k, b):
		return 0, 0, false // a report published Wednesday said: the participle qualifies the report
	case t.cls&cInfinitive != 0 && (k+1 >= b || !toks[k+1].is("to")):
		return 0, 0, false // shares declined 5 percent
	case t.cls&cBase != 0 && !d.german && !d.baseFormIsVerb(toks, k) && !d.negatedMention(toks, k):
		return 0, 0, false // a laugh, the call
	case t.cls&cSForm != 0 && d.isNoun(strings.TrimSuffix(t.lower, "s")) && !d.sFormIsVerb(toks, k):
		return 0, 0, false // similar comments
	case t.cls&cSForm != 0 && !d.german && k > 0 && !toks[k-1].isClass(cPronoun) && k+1 < b && toks[k+1].kind == tWord && d.inSet(setPluralverb, toks[k+1].lower):
		// Health worries have slowed her: a plural noun, the subject of
		// the verb after it (but "what he believes are" after a pronoun)
		return 0, 0, false
	case t.cls&cTells != 0 && d.tellingAdjective(toks, k, b):
		return 0, 0, false // her metaphor is telling in its own right
	case d.participleAdjective(toks, k):
		return 0, 0, false // the party's repeated refusal, a repeated claim
	case d.germanNoReport(toks, k, b):
		return 0, 0, false // hat es nicht bestätigt; bestätigt sich die Sorge
	}
	if d.german && k+2 < b && toks[k+1].is("haben") && toks[k+2].isPunct(",:") {
		return k + 2, t.cls, true // soll gesagt haben, …: the perfect infinitive closes the cue
	}
	return k + 1, t.cls, true
}

// tellingAdjective reports whether the -ing form of a cue that takes an
// addressee, toks[k], is an adjective after a copula: with no one told
// and a preposition or punctuation after it ("the remark is telling in
// its own right", "that was telling."), not "is telling voters".
func (d *doc) tellingAdjective(toks []token, k, b int) bool {
	if d.german || k < 1 || !strings.HasSuffix(toks[k].lower, "ing") || k+1 < b && toks[k+1].kind == tWord && !toks[k+1].isClass(cPrep) {
		return false
	}
	return d.inSet(setCopula, toks[k-1].lower)
}

// addsTo reports whether the cue toks[k] before "to" makes an idiom that
// says nothing: add to a determiner's noun (adds to the drama, added to
// her lead), or call to mind.
func (d *doc) addsTo(toks []token, k int) bool {
	n := toks[k+2]
	return !d.german && n.kind == tWord && (n.isClass(cDeterminer) && d.inSet(setAddsto, toks[k].lower) || d.inSet(setIdiomafterto, n.lower))
}

// datedBeforeCue reports whether the -ed cue word toks[k] is followed by
// a time phrase and another cue or an auxiliary: "a report published
// Wednesday said", "a poll released on Tuesday showed", "a merger
// announced Monday would turn …". It is a participle there.
func (d *doc) datedBeforeCue(toks []token, k, b int) bool {
	e := d.timeAfter(toks, k+1, b)
	return e > 0 && e < b && !toks[e].upper && (toks[e].isCue() || toks[e].finite())
}

// ownedStatement reports whether the English cue word toks[k] is a noun
// of speech owned by its source and followed by what was said: "her
// remark that …", "Hill's claim that …", "her March comment that …", "his
// call for …", "his promise to …".
func (d *doc) ownedStatement(toks []token, k, b int) bool {
	t := toks[k]
	if d.german || k == 0 || k+1 >= b || !(toks[k+1].is("that") || toks[k+1].is("for") || toks[k+1].is("to")) || t.cls&cSpeech == 0 {
		return false
	}
	if !d.quoteSoon(toks, k+2, b) {
		return false // her hopes that …; his claim that the plan works: no words of his in marks
	}
	if !d.nounForm(t.lower) {
		return false // tested after the quote: it costs up to four map lookups, and most cues have no quote soon
	}
	_, ok := d.ownerBefore(toks, 0, k)
	return ok
}

// quoteSoon reports whether a quote mark opens within a few words from
// toks[j], inside the clause.
func (d *doc) quoteSoon(toks []token, j, b int) bool {
	for i := j; i < b && i-j < 8; i++ {
		if toks[i].kind == tQuote {
			return true
		}
		if toks[i].isPunct(".;:") {
			return false
		}
	}
	return false
}

// ownerBefore returns the owner before the noun toks[k], at or after a:
// "her" in "her March comment", "Tom Lee's" in "Tom Lee's claim".
func (d *doc) ownerBefore(toks []token, a, k int) (span, bool) {
	p := k - 1
	if p > a && toks[p].kind == tWord && toks[p].upper && !d.owner(toks[p]) {
		p-- // her March comment
	}
	if p < a || !d.owner(toks[p]) {
		return span{}, false
	}
	s := p
	for s > a && isPossessive(toks[p].lower) && toks[s-1].kind == tWord && toks[s-1].upper && p-s < 4 {
		s-- // Tom Lee's
	}
	return span{s, p + 1}, true
}

// owner reports whether t names whose something is: his, her, their, its,
// or a possessive name (Hill's).
func (d *doc) owner(t token) bool {
	return t.kind == tWord && (t.is("his") || t.is("her") || t.is("their") || t.is("its") || isPossessive(t.lower))
}

// mayCue reports whether the word t can start a cue at all: a phrase, a
// speech or belief word, a poll's "show", "see" or "view" (seesAs), German
// "nach"/"laut". Most words cannot, and this test of their classes spares
// them the rest of cueAt. (It takes a pointer: a copy of each token
// tested cost more than the test.)
func (d *doc) mayCue(t *token) bool {
	return t.cls&(cSpeech|cBelief|cPhrase|cPollCue|cSeesAs) != 0 || d.german && (t.lower == "nach" || t.lower == "laut")
}

// nameInfinitive reports whether toks[k] is "agreed" (or agree) right
// after a name and before "to" and a verb: what the named source
// accepted to do is reported (Tom Hill agreed to pay the fine; but not
// "agreed to a call").
func (d *doc) nameInfinitive(toks []token, k, b int) bool {
	if d.german || k == 0 || k+2 >= b || !toks[k+1].is("to") || !d.inSet(setNameinfinitive, toks[k].lower) {
		return false
	}
	p, v := toks[k-1], toks[k+2]
	return p.kind == tWord && p.upper && !p.isClass(cPronoun|cDeterminer|cStop) && v.kind == tWord && !v.upper && !v.isClass(cDeterminer|cPronoun|cQuantifier)
}

// seesAs reports whether toks[k] is "see" or "view" as a belief about
// someone or something: an object of one to six words, then "as" and
// what it is taken for (voters see him as the stronger candidate). Not
// after a determiner (his views as a judge), nor "as well", "as soon as",
// "such as".
func (d *doc) seesAs(toks []token, k, b int) bool {
	if d.german || toks[k].cls&cSeesAs == 0 || k > 0 && toks[k-1].isClass(cDeterminer) {
		return false
	}
	for j := k + 2; j < b && j <= k+7; j++ {
		if toks[j-1].kind != tWord {
			return false
		}
		if !toks[j].is("as") {
			continue
		}
		return j+1 < b && toks[j+1].kind == tWord && !d.inSet(setNotas, toks[j+1].lower) && !d.inSet(setNotas, toks[j-1].lower)
	}
	return false
}

// adjectiveNoun reports whether the cue word toks[k], a noun too, follows
// an adjective of party or leaning that no determiner makes a noun:
// "Republican attacks on her", "conservative thought leaders" (but "the
// Republican claims that …", "Republicans claim").
func (d *doc) adjectiveNoun(toks []token, k int) bool {
	// the set lookup last: it costs a hash and a table probe, and every cue word asks
	if d.german || k == 0 || toks[k-1].kind != tWord || k > 1 && toks[k-2].isClass(cDeterminer) || !d.inSet(setLeaning, toks[k-1].lower) {
		return false
	}
	return d.nounForm(toks[k].lower)
}

// pollShows reports whether toks[k] is a form of show (or have) right
// after a poll or record (polls show, the survey consistently shows, polls
// released Monday show): a cue only there, since the map shows a rise
// and a talk show are no reports.
func (d *doc) pollShows(toks []token, k int) bool {
	if d.german || !toks[k].isClass(cPollCue) {
		return false
	}
	if toks[k].is("shows") && k > 0 && k+1 < len(toks) && toks[k+1].kind == tWord && toks[k+1].upper && !toks[k+1].is("i") &&
		!toks[k-1].isClass(cDeterminer) && !d.inSet(setShowkind, toks[k-1].lower) {
		return true // the video shows Tom Hill at the rally; but not "the talk shows Tom Hill likes"
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if d.inSet(setPoll, toks[j].lower) || d.inSet(setShowsource, toks[j].lower) && !strings.HasSuffix(toks[k].lower, "ing") {
			return true // the emails show that …; but an email showing …: a participle, the email's sender speaks
		}
		if !toks[j].isClass(cAdverb) && !strings.HasSuffix(toks[j].lower, "ly") {
			return d.participleBefore(toks, j, k) || d.pollPhraseBefore(toks, k)
		}
	}
	return false
}

// participleBefore reports whether a participle after a poll or a
// document stands among the few words before toks[j], which end right
// before the finding verb toks[k]: "polls released Monday show", "the
// memo obtained by the Ledger and Vale Radio shows". The walk stops at a
// clause's verb or a mark, and after ten words.
func (d *doc) participleBefore(toks []token, j, k int) bool {
	for i := j - 1; i > 0 && k-i <= 11; i-- {
		t := toks[i]
		if t.kind != tWord || t.isClass(cFinite|cClause|cPronoun|cRelative) && !namesJoined(toks, i) {
			return false
		}
		if d.pollParticiple(toks, i, k+1) {
			return true
		}
	}
	return false
}

// pollPhraseBefore reports whether a poll's noun phrase with a modifier
// after the poll ends right before toks[k]: "Polls in New Hampshire
// show", "New polls out Monday show", "a survey of voters shows" (gold
// marks 17 of 20).
func (d *doc) pollPhraseBefore(toks []token, k int) bool {
	i := d.pollHead(toks, 0, k-1, 10) // a modifier at least stands between the poll and toks[k]
	return i >= 0 && d.pollModifier(toks[i+1])
}

// pollStanding reports whether a short object after toks[k], a form of
// have after a poll, is followed by where it stands: "the poll has Hill
// leading Lee", "had him at 4 percent" (but not "has a margin of error").
func (d *doc) pollStanding(toks []token, k, b int) bool {
	for i := k + 2; i < b && i <= k+5; i++ {
		t := toks[i]
		if t.kind != tWord || t.isClass(cFinite) {
			return false
		}
		if strings.HasSuffix(t.lower, "ing") || t.is("at") && i+1 < b && toks[i+1].lower != "" && (toks[i+1].isNumber() || unicode.IsDigit(rune(toks[i+1].lower[0]))) {
			return true
		}
	}
	return false
}

// particleFollows reports whether the separable particle p closes the
// clause of the German verb toks[k], over the commas of an inserted clause
// and parentheses: warf ihm vor, …; warf ihm, nachdem …, vor, …; geht aus
// einer Mitteilung der Liga (HRW) hervor.
func (d *doc) particleFollows(toks []token, k, b int, p string) bool {
	for i := k + 1; i < b && i-k <= 20; i++ {
		if toks[i].kind != tWord && toks[i].kind != tQuote && !toks[i].isPunct(",()") {
			return false // but a quote may stand between (warf ihm „…“ vor)
		}
		if toks[i].is(p) && (i+1 == b || toks[i+1].kind != tWord) {
			return true
		}
	}
	return false
}

// lacksParticle reports whether the German cue w, a verb form or a phrase
// (geht aus), reports only with a particle closing its clause (lexicon
// "needs-vor: warf") and none of its particles follows toks[k].
func (d *doc) lacksParticle(toks []token, k, b int, w string) bool {
	ps := d.lex.particles[w]
	if ps == nil {
		return false
	}
	for _, p := range ps {
		if d.particleFollows(toks, k, b, p) {
			return false
		}
	}
	return true
}

// commaSoonAfter reports whether a comma follows the verb toks[k], right
// after it or after one word (bestreitet jedoch, …).
func (d *doc) commaSoonAfter(toks []token, k, b int) bool {
	for i := k + 1; i < b && i <= k+2; i++ {
		if toks[i].isComma() {
			return true
		}
		if toks[i].kind != tWord {
			return false
		}
	}
	return false
}

// declaredFor reports whether für and a lower-case word, the word the
// clause ends on, stand next to the German verb toks[k]: erklären für
// states a verdict (für zulässig erklärt; erklärte den Plan für nichtig),
// no words said.
func (d *doc) declaredFor(toks []token, k, b int) bool {
	if k >= 2 && toks[k-2].is("für") && toks[k-1].kind == tWord && !toks[k-1].upper {
		return true
	}
	for i := k + 1; i+1 < b && i-k <= 8 && toks[i].kind == tWord; i++ {
		if toks[i].is("für") && toks[i+1].kind == tWord && !toks[i+1].upper && (i+2 == b || toks[i+2].kind == tPunct) {
			return true
		}
	}
	return false
}

// opinionHeld reports whether the German verb vertreten at toks[k] holds
// a view that a dass clause or one in the subjunctive gives: its opinion
// noun comes after it within the clause (Er vertritt wie sein Kollege die
// Ansicht, dass …; vertritt die Ansicht, er habe …) or, for the
// participle at the clause end, just before it (hatte die These
// vertreten, dass …; hatte die Ansicht vertreten, er habe …).
func (d *doc) opinionHeld(toks []token, k, b int) bool {
	if k > 0 && k+2 < b && toks[k+1].isComma() && (toks[k+2].is("dass") || d.hasSubjunctive(toks, span{k + 2, min(b, k+10)})) {
		return d.inSet(setOpinion, toks[k-1].lower) // hatte den Standpunkt vertreten, das Gericht sei …
	}
	for i := k + 1; i+2 < b && i-k <= 8 && toks[i].kind == tWord; i++ {
		if toks[i+1].isComma() && d.inSet(setOpinion, toks[i].lower) && (toks[i+2].is("dass") || d.hasSubjunctive(toks, span{i + 2, min(b, i+10)})) {
			return true // … die Ansicht, dass …; … die Ansicht, die Brücke sei …
		}
	}
	return false
}

// judgedLikely reports whether the German verb halten at toks[k] judges
// how likely a dass clause is: es, für and an adjective come after it,
// then the comma and dass (Analysten halten es jedoch für möglich, dass …).
func (d *doc) judgedLikely(toks []token, k, b int) bool {
	if k+1 >= b || !toks[k+1].is("es") {
		return false
	}
	for i := k + 2; i+3 < b && i-k <= 5 && toks[i].kind == tWord; i++ {
		if toks[i].is("für") && toks[i+1].kind == tWord && !toks[i+1].upper && toks[i+2].isComma() && toks[i+3].is("dass") {
			return true
		}
	}
	return false
}

// pastDavonAus returns the index after "davon aus" and its comma when
// they follow German content that starts at toks[j] within the clause of
// gehen (ging Eva Korn, die Anwältin, noch davon aus, dass …: the dass
// clause is what was assumed, not the appositive before it); else j.
func pastDavonAus(toks []token, j, b int) int {
	for i := j; i+2 < b && i-j <= 16 && (toks[i].kind == tWord || toks[i].isComma()); i++ {
		if toks[i].is("davon") && toks[i+1].is("aus") && toks[i+2].isComma() {
			return i + 3
		}
	}
	return j
}

// assumes reports whether the German verb gehen at toks[k] is davon
// ausgehen with words between its parts: davon aus, a comma and dass
// follow within its clause (Bislang gingen die Forscher davon aus, dass …),
// past an appositive or a name that commas set off (ging Eva Korn, die
// Anwältin der Frau, davon aus; geht nach einem Treffen mit dem Leiter,
// Paul Weber, davon aus).
func (d *doc) assumes(toks []token, k, b int) bool {
	for i := k + 1; i+3 < b && i-k <= 16 && (toks[i].kind == tWord || toks[i].isComma()); i++ {
		if toks[i].is("davon") && toks[i+1].is("aus") && toks[i+2].isComma() && toks[i+3].is("dass") {
			return true
		}
	}
	return false
}

// germanSourcePhrase matches what makes "nach" or "laut" a cue beyond the
// lexicon's phrases: a compound (nach Polizeiangaben) or a statement noun
// after an article (nach einer ersten Stellungnahme der Armee). It returns
// the index after the phrase.
func (d *doc) germanSourcePhrase(toks []token, j, b int) (int, bool) {
	if j >= b || toks[j].kind != tWord {
		return 0, false
	}
	if toks[j].upper && d.documentNoun(toks[j].lower) {
		return j + 1, true // nach Polizeiangaben, nach Aussage des …, laut Medienberichten
	}
	if j+1 < b && d.ownedDocument(toks[j], toks[j+1]) {
		return j + 2, true // nach Webers Angaben, nach Korns Meinung
	}
	start := j
	if toks[j].isClass(cDeterminer) {
		j++
	}
	if e := d.agentAttribute(toks, j, b); j > start && e > 0 {
		return e + 1, d.sourceDocument(toks[e].lower) // nach einer vom Verband veröffentlichten Erklärung
	}
	for m := j; m < b && m-start <= 3 && toks[m].kind == tWord; m++ {
		if toks[m].upper {
			// nach ersten Untersuchungen, nach israelischen Armeeangaben
			if j > start {
				return m + 1, d.sourceDocument(toks[m].lower) // nach einer ersten Stellungnahme, nach den Polizeiangaben
			}
			return m + 1, m > start && d.documentNoun(toks[m].lower)
		}
		if toks[m].isClass(cDeterminer | cStop | cPrep | cPronoun) {
			break
		}
	}
	return 0, false
}

// agentAttribute returns the index of the noun after an attribute that
// opens with vom or von at toks[j] and ends on a participle (einer vom
// Verband veröffentlichten Erklärung: Erklärung), or -1. Bounded to a
// few words: the scan stays linear.
func (d *doc) agentAttribute(toks []token, j, b int) int {
	if j >= b || !toks[j].is("vom") && !toks[j].is("von") {
		return -1
	}
	for m := j + 1; m+1 < b && m-j <= 6 && toks[m].kind == tWord; m++ {
		if !toks[m].upper && strings.HasSuffix(toks[m].lower, "en") && toks[m+1].upper && toks[m+1].kind == tWord {
			return m + 1
		}
	}
	return -1
}

// ownedDocument reports whether a German genitive name and a document
// noun follow "nach" or "laut" (nach Webers Angaben): the name's owner is
// a person the article named in full, so the source is the statement of
// that person, not a time (nach Webers Rücktritt).
func (d *doc) ownedDocument(name, noun token) bool {
	w, ok := strings.CutSuffix(name.lower, "s")
	return ok && name.upper && noun.upper && noun.kind == tWord && d.documentNoun(noun.lower) && strings.Contains(d.names[w], " ")
}

// sourceDocument reports whether the German noun after "nach" and an
// article names a source: a document noun (nach einer Stellungnahme), or
// a compound of one (nach dem vorläufigen Endergebnis, nach den
// Polizeiangaben), but not a compound of an act, which after "nach" is
// mostly a time (nach der Unabhängigkeitserklärung: after it).
func (d *doc) sourceDocument(w string) bool {
	if d.has(cDocument, w) {
		return true
	}
	head := compoundEnd(w, 0, 1, false, func(t string) bool { return d.has(cDocument, t) })
	return head != "" && !d.inSet(setActdocument, head)
}

// documentNoun reports whether a German noun is, or ends in, a noun of
// the document class: Untersuchungen, Armeeangaben, Medienberichten.
func (d *doc) documentNoun(w string) bool { return d.endsInClass(w, cDocument, 5) }

// endsInClass reports whether a German compound is, or ends in, a word of
// class c, of "least" bytes or more: Untersuchungen, Armeeangaben (document),
// Fernsehsender (genre).
func (d *doc) endsInClass(w string, c class, least int) bool {
	return compoundEnd(w, 0, least, false, func(t string) bool { return d.has(c, t) }) != ""
}

func matchWords(toks []token, ws []string) bool {
	for i, w := range ws {
		if toks[i].kind != tWord || toks[i].lower != w {
			return false
		}
	}
	return true
}

// standaloneAfterAnd reports whether toks[j] is a word that stands alone
// as a subject (both, all) right after a conjunction that opens a clause,
// which the lexicon also lists as an adverb: "And both vowed to …" has
// "both" as its subject, no degree word (are both convinced).
func (d *doc) standaloneAfterAnd(toks []token, j int) bool {
	return toks[j].isClass(cStandalone) && toks[j-1].isClass(cClause)
}

// throughAgent returns where a phrase "through" and the agent a source
// speaks through starts when it ends at toks[j] right before the cue
// (who through her lawyer declined; The firm through a spokesman said),
// or 0: a determiner or possessive follows "through", lower-case words
// end it, and no verb stands before it.
func (d *doc) throughAgent(toks []token, lo, j int) int {
	for i := j - 1; i-1 > lo && j-i <= 3; i-- {
		if toks[i+1].kind != tWord || toks[i+1].upper {
			return 0
		}
		if toks[i].is("through") {
			p := toks[i-1] // the source, not a verb going through (protesters marching through the streets said)
			if p.kind != tWord || strings.HasSuffix(p.lower, "ing") || strings.HasSuffix(p.lower, "ed") || p.isCue() {
				return 0
			}
			if toks[i+1].isClass(cDeterminer) || d.inSet(setPossessive, toks[i+1].lower) {
				return i
			}
			return 0
		}
	}
	return 0
}

// skipAdverbsBack moves j back over adverbs and auxiliaries (also, has, later).
func (d *doc) skipAdverbsBack(toks []token, lo, j int) int {
	for j >= lo && toks[j].kind == tWord {
		switch {
		case j-1 >= lo && toks[j-1].is("on") && toks[j].isClass(cTime):
			j -= 2 // Two committees on Monday asked
		case !d.german && j-1 >= lo && toks[j].upper && d.inSet(setMonth, toks[j].lower) && d.inSet(setTimeprep, toks[j-1].lower):
			j -= 2 // Ann Lee in June criticized
		case !d.german && j-1 >= lo && toks[j].e-toks[j].s == 4 && d.year(toks[j]) && j+1 < len(toks) && !toks[j+1].isClass(cClause) && d.inSet(setTimeprep, toks[j-1].lower):
			j -= 2 // a panel in 2001 found (but not "met Abusalha in 2014 and did not find")
		case !d.german && j-1 >= lo && toks[j].upper && (toks[j-1].is("earlier") || toks[j-1].is("later")) && d.inSet(setWeekday, toks[j].lower):
			j -= 2 // Ann Lee earlier Thursday said
		case toks[j].upper:
			return j
		case (toks[j].is("later") || toks[j].is("earlier") || toks[j].is("ago")) && j-1 >= lo && toks[j-1].isClass(cPeriod):
			j = d.amountBack(toks, lo, j-2) // Ann Lee a month later announced; less than two weeks ago said
		case toks[j].is("both") && j-1 >= lo && toks[j-1].kind == tWord && strings.HasSuffix(toks[j-1].lower, "s") && !toks[j-1].isClass(cStop):
			j-- // Two networks both reported
		case (toks[j].is("both") || toks[j].is("all")) && j-1 >= lo && !d.german && d.asideDash(toks[j-1]):
			j-- // Party leaders — whose party was once united — both suggested: the subject is before the aside
		case toks[j].is("both") && j-1 >= lo && !d.german && toks[j-1].isPunct(")"):
			j-- // She and Tom Hill (R-Ore.) both said: the pair is before the parenthesis
		case (toks[j].is("both") || toks[j].is("each")) && j-1 >= lo && !d.german && toks[j-1].upper && d.pairBefore(toks, lo, j-1):
			j-- // Ann Roe and Tom Hill both said: the pair of names is the subject
		case (toks[j].is("been") || toks[j].is("both") || toks[j].is("all")) && j-1 >= lo && !d.german && toks[j-1].isClass(cFinite):
			j-- // Tom Hill has been warning; they have both argued
		case toks[j].is("been") && j-1 >= lo && !d.german && d.pronounHave(toks[j-1]):
			return j - 1 // I've been saying; she'd been warning: the pronoun holds the auxiliary
		case toks[j].isClass(cAdverb|cTime) || lyAdverb(&toks[j]) && !d.lyNoun(toks, lo, j),
			!d.german && toks[j].isClass(cFinite): // the mayor might want, they should say
			j--
		case j-1 >= lo && toks[j].isClass(cPeriod) && toks[j-1].isClass(cTime):
			j -= 2 // The committee this week announced
		case !d.german && !toks[j].upper && d.throughAgent(toks, lo, j) > 0:
			j = d.throughAgent(toks, lo, j) - 1 // Ms. Roe, who through her lawyer declined: the one who speaks through the lawyer
		case toks[j].isClass(cChannel) && !toks[j].upper:
			if i := d.channelBack(toks, lo, j); i < j {
				j = i // Rob Hill in a blog post said
				continue
			}
			return j
		case j-2 >= lo && toks[j].is("past") && toks[j-1].is("the") && toks[j-2].is("in"):
			j -= 3 // Her allies have in the past said
		case toks[j].is("since") && j-1 >= lo && !d.german && toks[j-1].isClass(cFinite):
			j-- // Ann Lee has since said: "since" after an auxiliary tells when
		case j-1 >= lo && toks[j].is("longer") && toks[j-1].is("no"):
			j -= 2 // he no longer believed
		case j-2 >= lo && toks[j].is("time") && toks[j-1].is("the") && toks[j-2].is("at"):
			j -= 3 // Trump at the time said
		case j-1 >= lo && toks[j-1].is("in") && (toks[j].is("particular") || toks[j].is("fact")):
			j -= 2 // critics have in particular noted; he had in fact said
		case !d.german && !toks[j].upper && j-1 >= lo && d.inSet(setSubjectadverb, toks[j].lower) && !toks[j-1].isClass(cDeterminer|cClause):
			j-- // the governor would only say (but not "this only", "which together": the adverb is kept with them)
		case !d.german && !toks[j].upper && j-1 >= lo && d.inSet(setDegree, toks[j].lower) && (toks[j-1].isClass(cFinite|cAdverb) || d.inSet(setMidadverb, toks[j-1].lower)) && !d.standaloneAfterAnd(toks, j):
			j-- // insiders are now more convinced; she is very confident
		case !d.german && d.degreeOfTime(toks, j):
			j-- // and most recently defended (a time word itself was taken above)
		case !d.german && j-2 >= lo && toks[j].isClass(cPeriod|cTime) && toks[j-1].is("the") && d.inSet(setTimeprep, toks[j-2].lower):
			j -= 3 // Ann Lee earlier in the day touted
		default:
			return j
		}
	}
	return j
}

// pairBefore reports whether the name that ends at toks[j] is the last of
// two or more joined by "and" (Ann Roe and Tom Hill; Roe, Hill and Vale):
// a plural subject that a floating both or each can follow.
func (d *doc) pairBefore(toks []token, lo, j int) bool {
	for i := j - 1; i > lo && i >= j-4; i-- {
		t := &toks[i]
		switch {
		case t.is("and"):
			return toks[i-1].upper
		case !t.upper:
			return false
		}
	}
	return false
}

// pronounHave reports whether t is a pronoun with a contracted have
// (I've, he's, she'd), as before "been": it is the subject.
func (d *doc) pronounHave(t token) bool {
	w := t.lower
	return t.cls&cPronoun != 0 && (strings.HasSuffix(w, "'ve") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'d"))
}

// amountBack walks back from toks[j] over the amount of a stretch of time
// (a, two, less than two) and returns the index before it.
func (d *doc) amountBack(toks []token, lo, j int) int {
	if j >= lo && (toks[j].isClass(cDeterminer|cQuantifier) || toks[j].isNumber()) {
		j--
	}
	for j-1 >= lo && toks[j].is("than") && (toks[j-1].is("less") || toks[j-1].is("more")) {
		j -= 2
	}
	return j
}

// channelBack returns the index before a channel phrase that ends at
// toks[j] and opens with in or on after a name or a pronoun (Rob Hill in
// a blog post said, he on his website wrote), or j when there is none: "a
// message on the website reads" is a source of its own.
func (d *doc) channelBack(toks []token, lo, j int) int {
	for i := j - 1; i > lo && j-i <= 4; i-- {
		t := toks[i]
		if t.is("in") || t.is("on") {
			if p := toks[i-1]; p.kind == tWord && (p.upper && i-1 > lo || p.isClass(cPronoun)) {
				return i - 1
			}
			return j
		}
		if t.kind != tWord {
			return j
		}
	}
	return j
}

const maxNP = 9 // words in a noun phrase

// npBefore finds the noun phrase that ends just before toks[k], after
// adverbs (he also said): a pronoun, a name with its titles, or a
// description back to its determiner. An appositive between commas
// (Hugh Hill, a doctor, said) is skipped and returned as role.
func (d *doc) npBefore(toks []token, lo, k int) (np span, role span, ok bool) {
	j := d.skipAdverbsBack(toks, lo, k-1)
	if np, ok := d.quotedNameSource(toks, lo, j); ok {
		return np, span{}, true
	}
	if !d.german && j > lo && toks[j].kind == tQuote && d.quoteClosesAppositive(toks, lo, j+1) {
		if np, role, ok := d.appositiveBefore(toks, lo, j); ok {
			return np, role, true // Jo Hill, who calls the plan "a farce," said: the quote ends the aside
		}
	}
	if j > lo && d.asideDash(toks[j]) {
		for i := j - 1; i > lo && j-i < 40; i-- {
			if !d.asideDash(toks[i]) {
				continue
			}
			if !d.german {
				if np, role, ok := d.appositiveBefore(toks, lo, i); ok && d.nameWithRole(toks, lo, np, role) {
					// Jo Hill, the chief of Vale Media -- the firm that runs
					// the ads -- told: the dash closes an appositive as a comma does
					return np, role, true
				}
			}
			j = i - 1 // The justice -- who has been in a scuffle -- said; Ann Lee - his aide - told
			break
		}
	}
	comma := false // a comma after the parenthesis closes an appositive
	if j > lo && toks[j].isComma() && toks[j-1].isPunct(")") {
		j, comma = j-1, true // Gov. John Kasich (R-OH), said: the comma closes the parenthesis
	}
	if j > lo && toks[j].isPunct(")") {
		// a parenthesis after the name: Kristina Schröder (CDU) sagte
		for i := j - 1; i > lo && j-i < 24; i-- {
			if toks[i].isPunct("(") {
				if np, role, ok := d.appositiveBefore(toks, lo, i); ok && comma {
					return np, role, true // Der Senator, Hans Muster (SPD), warnte
				}
				j = i - 1
				break
			}
		}
	}
	if j < lo {
		return span{}, span{}, false
	}
	if toks[j].isComma() {
		return d.appositiveBefore(toks, lo, j)
	}
	for j-1 > lo && toks[j].isClass(cTime) && strings.HasSuffix(toks[j-1].lower, "ed") && !toks[j-1].isCue() {
		j -= 2 // A court document filed Thursday says
	}
	if j-1 >= lo && toks[j].upper && toks[j].isClass(cTime) && d.nounBeforeDay(toks, j) {
		j-- // the officials Tuesday said; voters going to the polls Tuesday say
	}
	if p := d.datedParticiple(toks, lo, j); p > 0 {
		j = p - 1 // A poll released on Tuesday showed; a report published this week says
	}
	j = d.skipContactClause(toks, lo, j)
	a, ok := d.npBackFrom(toks, lo, j)
	if ok && !d.german {
		a = d.countOpening(toks, lo, a)
	}
	if ok && !d.hasNoun(toks, span{a, j + 1}) && !(a == j && d.countSubject(toks, lo, a, k)) {
		return span{}, span{}, false // "roughly 270 pledged"
	}
	if ok && !d.german {
		a = d.withKnowledge(toks, lo, a)
		a = d.participleHead(toks, lo, a, k)
		a = d.prepObjectHead(toks, lo, a, k)
		a = d.bareRelativeHead(toks, a, j)
		a = d.objectRelativeHead(toks, lo, a, j)
		if a < j && a-1 >= lo && !toks[a].upper && toks[a+1].upper && strings.HasSuffix(toks[a].lower, "ed") && d.inSet(setCopula, toks[a-1].lower) {
			a++ // she was pleased Ann Lee had said so: an adjective after "was", no modifier of the name
		}
		if e := d.verbInSubject(toks, a, j, k); e > a {
			j = e - 1
		}
	}
	if ok && !d.german && a < j && a-1 >= lo && toks[a-1].is("to") && !toks[a].upper && d.inSet(setCausative, toks[a].lower) {
		return span{}, span{}, false // uses maps to help farmers find water: a verb and its object, no source
	}
	if ok && !d.german && a-1 >= lo && toks[a-1].isClass(cFinite) && d.inSet(setModal, toks[a-1].lower) {
		return span{}, span{}, false // they will hold banners proclaiming: a verb phrase, no source
	}
	if ok && d.prepObjectAfterComma(toks, lo, a) {
		return span{}, span{}, false // Jo Lee paused and, in a low voice said: the voice is no source
	}
	if ok && d.verbOpens(toks, lo, a) {
		return span{}, span{}, false // critics have demonstrated amid calls for: a verb and its object, no source
	}
	return span{a, j + 1}, span{}, ok
}

// bareGroup returns where a bare plural of people ends when the English
// words toks[k:n] before no name are one, with "and" and a second such
// plural: "…, said state officials.", "said officials and engineers who
// saw it". The group must end the phrase (punctuation, the end, or a
// relative "who"); else 0.
func (d *doc) bareGroup(toks []token, k, n, b int) int {
	people := func(n int) bool {
		return n > k && toks[n-1].kind == tWord && !toks[n-1].upper && (toks[n-1].isClass(cAnonymous) && strings.HasSuffix(toks[n-1].lower, "s") || agentPlural(toks[n-1].lower))
	}
	group := func(n int) bool {
		return people(n) && (n == b || toks[n].kind == tPunct || toks[n].is("who"))
	}
	if d.german || n == k {
		return 0
	}
	if group(n) {
		return n
	}
	if e := d.groupPlace(toks, n, b); e > 0 && people(n) {
		return e
	}
	if n+1 < b && toks[n].is("and") && toks[n-1].isClass(cAnonymous) {
		e := n + 1
		for e < b && e-n <= 3 && d.bareWord(toks[e]) {
			e++
		}
		if e > n+1 && group(e) {
			return e
		}
	}
	return 0
}

// nameSuffix reports whether t is a suffix that a comma may set off
// after a name: Jr., Sr., III.
func nameSuffix(t token) bool {
	switch strings.TrimSuffix(t.lower, ".") {
	case "jr", "sr", "ii", "iii", "iv":
		return t.upper
	}
	return false
}

// surnameAfterParticles returns where a surname ends that opens with up to two
// lower-case particles at toks[e], after a capitalised given name:
// "Peter van der Berg", "Maria da Silva"; else e.
func (d *doc) surnameAfterParticles(toks []token, e, b int) int {
	if !toks[e-1].upper || toks[e-1].isClass(cTitle|cDeterminer) {
		return e
	}
	n := e
	for n < b && n-e < 2 && toks[n].kind == tWord && !toks[n].upper && d.inSet(setSurnameparticle, toks[n].lower) {
		n++
	}
	if n == e || n >= b || toks[n].kind != tWord || !toks[n].upper || toks[n].isClass(cStop|cTime) {
		return e
	}
	return n + 1
}

// agentPlural reports whether w is the plural of a noun for a person by
// its ending: farmers, investors, economists, historians, fishermen.
func agentPlural(w string) bool {
	return endsAfterStem(w, 3, agentPluralEnds...) || endsAfterStem(w, 3, "men")
}

// agentPluralEnds are agentPlural's endings but -men: openingPlural reads
// them on a longer stem.
var agentPluralEnds = []string{"ers", "ors", "ists", "ians"}

// endsAfterStem reports whether w ends in one of ends after a stem of
// "stem" bytes or more (0: any stem): the one suffix test of the word
// shapes (agentPlural, agentNoun, abstractNoun, participleAdjective …).
func endsAfterStem(w string, stem int, ends ...string) bool {
	for _, end := range ends {
		if len(w) >= len(end)+stem && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// groupPlace returns where the place or party of a bare plural of people
// ends when a preposition at toks[n] takes it on to the end of the phrase:
// "…, said residents of Fenwick.", "said lawyers for the family"; else 0.
func (d *doc) groupPlace(toks []token, n, b int) int {
	if n+1 >= b || !(toks[n].is("of") || toks[n].is("in") || toks[n].is("at") || toks[n].is("for") || toks[n].is("from")) {
		return 0
	}
	j := d.objectEnd(toks, n+1, b)
	if j == n+1 || j < b && toks[j].kind != tPunct {
		return 0
	}
	if h := toks[j-1]; !h.upper && (h.isClass(cTime|cDocument|cChannel) || h.is("time")) {
		return 0 // her lawyers in a court filing, the ambassador at the time: when or where it was said
	}
	return j
}

// countSubject reports whether the bare number toks[a], a phrase of its
// own, is the subject of an auxiliary before the cue toks[k], opening its
// clause: "520 members have said they back Vale, 39 have said they back
// Hill" (a count of the nouns before; but "roughly 270 pledged" is no
// subject).
func (d *doc) countSubject(toks []token, lo, a, k int) bool {
	if d.german || a+1 >= k || !toks[a].isNumber() || !toks[a+1].finite() {
		return false
	}
	return a == lo || toks[a-1].isPunct(",;") || toks[a-1].is("and") || toks[a-1].is("while")
}

// lyNoun reports whether the English word in -ly at toks[j] is a noun,
// not an adverb: right after an article or a possessive (lawyers for the
// family said; his ally told), where no adverb stands before the verb,
// or a noun in -ly after any word (Tom Hale's family said; the Hale family said).
func (d *doc) lyNoun(toks []token, lo, j int) bool {
	return !d.german && j-1 >= lo && (article(toks[j-1]) || d.inSet(setPossessive, toks[j-1].lower) || d.inSet(setLynoun, toks[j].lower))
}

// verbOpens reports whether the noun phrase at toks[a] opens with a
// lower-case -ed word after an auxiliary or a subject pronoun: a verb,
// not an adjective (they have demonstrated amid calls for; as they
// entered caucus sites showed), so what follows is its object, no source.
// (After a form of "be" an -ed word before a name is an adjective, dropped
// from the phrase before this test: she was pleased Jo Hill had said.)
func (d *doc) verbOpens(toks []token, lo, a int) bool {
	t := toks[a]
	if d.german || a-1 < lo || t.upper || !strings.HasSuffix(t.lower, "ed") {
		return false
	}
	p := toks[a-1]
	return p.kind == tWord && (p.finite() || p.isClass(cPronoun) && !p.isClass(cDeterminer))
}

// objectRelativeHead returns where the subject starts when the words
// read as it are a relative clause's subject and its past verb (the
// farmers that the Gazette interviewed predicted …): the noun before
// "that" or "whom" heads the subject, the clause is part of it.
func (d *doc) objectRelativeHead(toks []token, lo, a, j int) int {
	if j <= a || a-2 < lo || toks[j].upper || !strings.HasSuffix(toks[j].lower, "ed") || !(toks[a-1].is("that") || toks[a-1].is("whom")) {
		return a
	}
	h := toks[a-2]
	if h.kind != tWord || h.isCue() || h.isClass(cStop|cPronoun|cPrep|cFinite) {
		return a // said that the aides involved said: "that" opens the content
	}
	if s, ok := d.npBackFrom(toks, lo, a-2); ok && d.hasNoun(toks, span{s, a - 1}) {
		return s
	}
	return a
}

// verbInSubject returns where the subject of the -ing cue toks[k] ends
// when the words read as it hold a past verb and its object (Protesters
// carried signs saying "…"; Another featured five photos telling …): the
// one who carried them is the source, the words from the verb on are not
// the subject; else a. Before a preposition the -ed word is a participle
// of the noun (People briefed on the talks saying).
func (d *doc) verbInSubject(toks []token, a, j, k int) int {
	if !strings.HasSuffix(toks[k].lower, "ing") || j-a < 2 {
		return a
	}
	for i := a + 1; i < j; i++ {
		t, n := toks[i], toks[i+1]
		if t.kind != tWord || t.upper || n.kind != tWord || t.isCue() || n.isClass(cPrep|cTime) {
			continue
		}
		if strings.HasSuffix(toks[i-1].lower, "ly") || toks[i-1].isClass(cAdverb|cDeterminer) {
			continue // newly disclosed records: an adverb before a participle
		}
		if d.pastForm(t.lower) && d.hasNoun(toks, span{a, i}) {
			return i
		}
	}
	return a
}

// bareRelativeHead returns where the subject starts when the noun phrase
// at toks[a] opens with a noun, after an article or not, that heads a
// relative clause without "that" or "where" (the way Ann Lee said it; the
// place Pentagon officials say …; the first time Jo Hale said): the name
// after the noun is the cue's subject.
func (d *doc) bareRelativeHead(toks []token, a, j int) int {
	n := a
	if n+2 <= j && toks[n].isClass(cDeterminer) {
		n++
	}
	if n+1 > j || toks[n].upper || toks[n].kind != tWord || !toks[n+1].upper || toks[n+1].kind != tWord {
		return a
	}
	if d.inSet(setRelativehead, toks[n].lower) {
		return n + 1
	}
	return a
}

// nounBeforeDay reports whether the weekday toks[j] stands right after a
// lower-case noun, and so is a time phrase of the verb after it, not part
// of the subject (the officials Tuesday said; not after a capitalised
// word, as in "Officials Tuesday said").
func (d *doc) nounBeforeDay(toks []token, j int) bool {
	p := toks[j-1]
	return p.kind == tWord && !p.upper && !p.isClass(cPrep|cStop|cTime|cDeterminer) && !p.isCue() && d.inSet(setWeekday, toks[j].lower)
}

// prepObjectAfterComma tells whether the noun phrase at toks[a] is the
// object of "in" opening an interposed phrase after a comma (", in a low
// voice said"; ", in an interview told"): a manner or place, not the
// subject of the cue. Other words there open a clause whose subject it is
// (", while Jo Lee said"; ", with Jo Lee saying").
func (d *doc) prepObjectAfterComma(toks []token, lo, a int) bool {
	return a-2 >= lo && toks[a-1].is("in") && toks[a-2].isComma()
}

// timeBefore returns where a time phrase ending at toks[j] starts, or -1:
// Wednesday, on Tuesday, this week, earlier this year.
func (d *doc) timeBefore(toks []token, lo, j int) int {
	t := toks[j]
	switch {
	case t.kind != tWord || t.upper && !t.isClass(cTime):
		return -1
	case t.isClass(cPeriod) && j-1 > lo && toks[j-1].isClass(cTime):
		j-- // this week, last month
		if j-1 > lo && toks[j-1].isClass(cTime) {
			j-- // earlier this year
		}
		if j-1 > lo && toks[j].upper && toks[j-1].is("on") {
			j-- // on Sunday night
		}
		return j
	case t.isClass(cTime) && t.upper:
		if j-1 > lo && toks[j-1].is("on") {
			j-- // on Tuesday
		}
		return j
	}
	return -1
}

// datedParticiple returns where a participle stands that, with the time
// phrase ending at toks[j], qualifies the noun before it, or 0: "a poll
// released on Tuesday showed", "a report published Wednesday said",
// "disclosures filed on Sunday night revealed", "a poll conducted last
// week found". The noun before the participle heads the source, which
// ends there: not on a participle without its phrase (disclosures filed).
func (d *doc) datedParticiple(toks []token, lo, j int) int {
	i := j // the participle; the time phrase may have been skipped as an adverb
	if d.timeAfter(toks, j+1, len(toks)) < 0 {
		i = d.timeBefore(toks, lo, j) - 1
	}
	if i-1 < lo {
		return 0
	}
	p, n := toks[i], toks[i-1]
	if p.kind != tWord || p.upper || !strings.HasSuffix(p.lower, "ed") || n.kind != tWord || n.isClass(cStop|cPronoun|cDeterminer|cFinite) || n.isCue() && !d.nounForm(n.lower) {
		return 0
	}
	return i
}

// timeAfter returns where a time phrase that starts at toks[i] ends, or
// -1: Wednesday, on Tuesday, this week, earlier this year, late Sunday,
// this morning.
func (d *doc) timeAfter(toks []token, i, b int) int {
	if i < b && toks[i].is("on") {
		i++
	}
	if i >= b || !toks[i].isClass(cTime) {
		return -1
	}
	if toks[i].upper {
		return i + 1 // Wednesday
	}
	s := i
	for i < b && toks[i].isClass(cTime) {
		i++ // earlier this
	}
	if i < b && toks[i].isClass(cPeriod) {
		return i + 1 // this week, earlier this year
	}
	if i-s >= 2 && (toks[i-1].upper || d.inSet(setDaytime, toks[i-1].lower)) {
		return i // late Sunday, this morning, early Monday
	}
	return -1
}

// skipContactClause returns where the noun phrase ends that a relative
// clause without a relative pronoun, ending at toks[j], follows: the
// experts I interviewed said → "the experts"; else j.
func (d *doc) skipContactClause(toks []token, lo, j int) int {
	if d.german || j-2 < lo || toks[j].kind != tWord || toks[j].upper || !strings.HasSuffix(toks[j].lower, "ed") || toks[j].isCue() {
		return j
	}
	s, n := toks[j-1], toks[j-2]
	if !s.isClass(cPronoun) || s.is("who") || n.kind != tWord || n.upper || n.isClass(cPrep|cStop|cClause|cFinite|cSubordinator|cDeterminer|cPronoun|cAdverb) {
		return j
	}
	return j - 2
}

// participleHead returns where the noun phrase starts that a participle
// phrase ending at toks[a-1] modifies, or a: the object of its
// preposition is no source (Protesters marching through the streets
// chanted; Officials speaking on condition of anonymity said).
func (d *doc) participleHead(toks []token, lo, a, k int) int {
	if a-1 <= lo || !toks[a-1].isClass(cPrep) && !toks[a-1].is("by") {
		return a
	}
	verb := d.verbCueAfter(toks, a, k)
	for i := a - 2; i > lo && a-i <= 8; i-- {
		t := toks[i]
		if t.kind != tWord || t.isClass(cFinite|cPronoun|cClause|cSubordinator) {
			return a
		}
		if !d.participlePrep(toks, i, verb) {
			continue
		}
		// the participle follows its noun: no determiner, preposition
		// or stop word before it (not: at the hearing in Ohio)
		h := toks[i-1]
		if d.standaloneOpens(toks, lo, i-1) {
			return i - 1 // Those polled in the survey said; several included on the list told
		}
		if h.kind != tWord || h.isClass(cDeterminer|cPrep|cStop|cFinite|cPronoun) {
			return a // nor a pronoun: the scholars I interviewed in May thought
		}
		// nor a noun phrase inside an adverbial (In a March meeting with …)
		if s, ok := d.npBackFrom(toks, lo, i-1); ok && !h.isNumber() && (s == lo || !toks[s-1].isClass(cPrep|cDeterminer)) {
			return s
		}
		return a
	}
	return a
}

// prepObjectHead returns where the source starts when the phrase found
// before the cue, at toks[a], is the object of a preposition after a
// noun: in "Some delegates at the convention in Fenwick said" and "The
// city of Fenwick is demanding" the delegates and the city speak, not
// Fenwick. It goes back over at most three such links, and only to a
// phrase that opens the clause (the sentence start or a mark before it),
// so that a fronted adverbial (In a May interview Jo Vale said) and a
// verb's object (they spoke of the plan the board said) are left; a
// subject pronoun (the uproar after he spoke) is no object, nor is the
// owner of a noun cue (point to Jo Vale's call for). Else a.
func (d *doc) prepObjectHead(toks []token, lo, a, k int) int {
	if toks[a].isClass(cPronoun) || !d.verbCueAfter(toks, a, k) {
		return a
	}
	if !toks[a].upper && strings.HasSuffix(toks[a].lower, "ed") {
		return a // The number of deleted Jo Hale emails: a participle opens no source
	}
	if strings.HasSuffix(toks[k-1].lower, "'s") || d.sPossessive(toks, lo, k-1) { // the lower text writes ’ as '
		return a // leaders point to Jo Vale's call for a ban: the owner of a noun cue
	}
	s := a
	for n := 0; n < 3 && s-2 >= lo && qualifyingPrep(toks[s-1]) && d.nounBeforePrep(&toks[s-2]); n++ {
		if toks[s-1].is("to") && !toks[s].upper && !toks[s].isClass(cDeterminer) && !isPossessive(toks[s].lower) {
			return a // data to help brands: an infinitive, no object
		}
		b, ok := d.npBackFrom(toks, lo, s-2)
		if !ok || b > s-2 {
			return a
		}
		if s = b; s == lo || toks[s-1].isComma() || toks[s-1].isPunct(":") || d.asideDash(toks[s-1]) || s-1 == lo && clauseJoiner(toks[lo]) {
			return s
		}
	}
	return a
}

// clauseJoiner reports whether t is a word that joins a sentence to the
// one before (But, And, Yet): the clause starts after it.
func clauseJoiner(t token) bool {
	return t.is("but") || t.is("and") || t.is("yet")
}

// qualifyingPrep reports whether the English preposition t can qualify
// the noun before it (delegates at the convention, the head of the
// office); a time word such as after or while opens a clause instead (a
// week after Jo Vale said).
func qualifyingPrep(t token) bool {
	if !t.isClass(cPrep) || t.isClass(cSubordinator) {
		return false
	}
	switch t.lower {
	case "after", "before", "during", "while", "since", "until", "amid", "ahead", "upon":
		return false
	}
	return true
}

// nounBeforePrep reports whether the English word t before a preposition
// can end a noun phrase the preposition qualifies: no verb (a cue, an -ed
// or -ing form), function word, adverb (an -ly word too), number or time
// word.
func (d *doc) nounBeforePrep(t *token) bool {
	if t.kind != tWord || t.isCue() || t.isNumber() || lyAdverb(t) || t.isClass(cStop|cPrep|cFinite|cPronoun|cDeterminer|cSubordinator|cAdverb|cClause|cTime) {
		return false
	}
	return !strings.HasSuffix(t.lower, "ed") && !strings.HasSuffix(t.lower, "ing")
}

// withKnowledge returns where the source starts when the phrase found
// before the cue, at toks[a], is what a person "with" it has: in "A
// person with knowledge of the talks said" and "People with ties to the
// board say" the person speaks, not the knowledge. The noun before
// "with" is one for people (person, officials, sources); else a.
func (d *doc) withKnowledge(toks []token, lo, a int) int {
	if a-2 < lo || !toks[a-1].is("with") || !toks[a-2].isClass(cAnonymous) || toks[a-2].upper && a-2 > lo {
		return a
	}
	known := false
	for i := a; i < a+2 && !known; i++ {
		known = toks[i].kind == tWord && d.inSet(setWithnoun, toks[i].lower)
	}
	if !known {
		return a
	}
	if s, ok := d.npBackFrom(toks, lo, a-2); ok {
		return s
	}
	return a
}

// participlePrep reports whether toks[i] is a lower-case participle with
// a preposition after it, which can follow its noun: an -ing form
// (Protesters marching through the streets) or an -ed form, also with an
// agent (Voters interviewed in the town said; Delegates elected in Ohio
// say; the people surveyed by the institute said).
// An -ed form may be a finite verb (Farmers joined in a chant; he died
// before she could ask), so it is taken only before a verb cue (verb) and
// a preposition that opens no clause, and not when it is a cue itself (a
// report released by the institute estimated: the institute released it).
func (d *doc) participlePrep(toks []token, i int, verb bool) bool {
	t, p := toks[i], toks[i+1]
	if t.upper || t.isClass(cPrep|cStop|cPrepcue) {
		return false
	}
	if strings.HasSuffix(t.lower, "ing") {
		return p.isClass(cPrep)
	}
	if verb && p.is("by") && !t.isCue() && d.inSet(setEnparticiple, t.lower) {
		return true // A memo seen by the Ledger says: an irregular participle and its agent
	}
	if verb && p.isClass(cPrep) && !p.isClass(cSubordinator) && !t.isCue() && d.inSet(setEnparticiple, t.lower) && (strings.HasSuffix(t.lower, "n") || t.is("done")) {
		return true // Exit polls taken in Ohio found: an -en form is no finite verb (made, held and sent may be)
	}
	return verb && strings.HasSuffix(t.lower, "ed") && !p.isClass(cSubordinator) && (p.isClass(cPrep) || p.is("by")) && !t.isCue()
}

// verbCueAfter reports whether the cue toks[k] after the noun phrase
// toks[a:k] reads as a finite verb: not an -ing form (ended with Jo Hill
// asking) nor a noun after an indefinite article (joined in a loud chant).
func (d *doc) verbCueAfter(toks []token, a, k int) bool {
	return !strings.HasSuffix(toks[k].lower, "ing") && !toks[a].is("a") && !toks[a].is("an")
}

// standaloneOpens reports whether toks[h] is a word that stands alone as
// a noun phrase (those, several, many) at the start of the clause, so
// that a participle after it goes on it: "Those polled in May said".
func (d *doc) standaloneOpens(toks []token, lo, h int) bool {
	t := toks[h]
	if t.kind != tWord || !t.is("those") && !t.isClass(cStandalone) {
		return false
	}
	return h == lo || toks[h-1].kind != tWord || toks[h-1].isClass(cStop|cClause)
}

// hasNoun reports whether a noun phrase has a word that can head it: not
// only numbers and adverbs.
func (d *doc) hasNoun(toks []token, np span) bool {
	for _, t := range toks[np.s:np.e] {
		if t.kind == tWord && (!unicode.IsDigit(d.r[t.s]) || strings.HasSuffix(t.lower, "%")) && !t.isClass(cAdverb|cPassive) {
			return true
		}
	}
	return false
}

// quotedNameAfter reports whether a German noun before toks[e] goes on
// with von, der or des and a short name in quote marks (ein Vertreter der
// „bau gmbh“, ein Artikel von „Stadt Aktuell“): the name is part of the
// source, not something said.
func (d *doc) quotedNameAfter(toks []token, e, b int) bool {
	if !d.german || e+1 >= b || e == 0 || !toks[e-1].upper || toks[e+1].kind != tQuote {
		return false
	}
	u := toks[e]
	if u.is("von") {
		return d.fewWords(d.qs[toks[e+1].q])
	}
	return (u.is("der") || u.is("des")) && d.genitiveName(d.qs[toks[e+1].q])
}

// genitiveName reports whether a short quote after a genitive article
// reads as a name: all in lower case (der „bau gmbh“), all capitalised
// (der „Stadt Zeitung“) or capitalised words linked by a preposition (der
// „Polizei von Kassel“); not words (sich des „Aufrufs zu Gewalt“ schuldig
// gemacht; der „schwarzen Kasse“).
func (d *doc) genitiveName(q qspan) bool {
	lower := d.everyWord(q, func(w []rune) bool { return !unicode.IsUpper(w[0]) })
	return d.fewWords(q) && (lower || d.capitalisedWords(q) || d.linkedName(q))
}

// quotedNameSource finds a German source that ends in a name in quote
// marks at toks[j] (die Zeitschrift „Stadtblatt“ schrieb; ein Vertreter
// der „Bau AG“ sagte): the noun before it, or before its genitive article;
// or the name alone when it opens the clause („Der Bote“ berichtet).
func (d *doc) quotedNameSource(toks []token, lo, j int) (span, bool) {
	if !d.german || j < lo || toks[j].kind != tQuote || !d.fewWords(d.qs[toks[j].q]) {
		return span{}, false
	}
	if j == lo {
		// „Der Bote“ berichtet, …: a name in marks opens the clause as its subject
		q := d.qs[toks[j].q]
		return span{j, j + 1}, d.looksLikeName(q) && !d.quoteEndsSentence(toks[j])
	}
	if j-1 == lo && toks[lo].is("wie") && d.genitiveName(d.qs[toks[j].q]) && !d.quoteEndsSentence(toks[j]) {
		return span{j, j + 1}, true // Wie „heise online“ berichtet, …: the name is the clause's subject
	}
	e := j - 1
	if opens := e == lo || e-1 == lo && toks[lo].is("wie"); opens && toks[e].isClass(cDeterminer) && d.looksLikeName(d.qs[toks[j].q]) && !d.quoteEndsSentence(toks[j]) {
		return span{e, j + 1}, true // Die „Welt“ berichtete, …; Wie die „Welt“ berichtet, …
	}
	if q := d.qs[toks[j].q]; !d.looksLikeName(q) && !((toks[e].is("der") || toks[e].is("des")) && d.genitiveName(q)) {
		return span{}, false // a name in lower case only after a genitive: ein Vertreter der „bau gmbh“
	}
	if e > lo && (toks[e].is("der") || toks[e].is("des") || toks[e].is("von")) {
		e-- // der Vertreter der „Bau AG“, ein Artikel von „Stadt Aktuell“
	}
	if toks[e].kind != tWord || !toks[e].upper || toks[e].isClass(cDeterminer|cPrep|cStop) {
		return span{}, false
	}
	s, ok := d.npBackFrom(toks, lo, e)
	return span{s, j + 1}, ok
}

// npBackFrom walks back from the last word j of a noun phrase to its
// start, no farther than lo: a pronoun or a word that stands alone is the
// phrase; else npStepBack takes it back a word or a link at a time, up to
// maxNP words.
func (d *doc) npBackFrom(toks []token, lo, j int) (int, bool) {
	if d.particleNoun(toks, lo, j) {
		return j - 2, true // a voice over says: the particle ends a compound noun
	}
	if !d.npEnds(toks, lo, j) {
		return 0, false
	}
	t := toks[j]
	if t.isClass(cPronoun) {
		return j, true
	}
	if t.isClass(cStandalone) && (j == lo || toks[j-1].kind != tWord || toks[j-1].isClass(cStop|cClause)) {
		return j, true // Another said …; Some said …
	}
	if a, ok := d.postmodifiedPronoun(toks, lo, j); ok {
		return a, true // people close to him say
	}
	if (t.isClass(cObject) || t.is("whom")) && j-2 >= lo && toks[j-1].is("of") && (toks[j-2].isClass(cQuantifier|cDeterminer) || toks[j-2].isNumber()) {
		return j - 2, true // most of them said, many of whom say
	}
	if t.isClass(cDeterminer|cObject) && !t.isNumber() {
		return 0, false // but "The two said", "Two in three said"
	}
	a, more := j, true
	for more && a-1 >= lo && j-a < maxNP {
		a, more = d.npStepBack(toks, lo, a, j)
	}
	a = d.attributeArticle(toks, lo, a, j)
	if !d.german && a-2 >= lo && toks[a-1].isComma() && toks[a].upper && namesAnd(toks, a, j) {
		a = d.nameListBack(toks, lo, a) // Ann Roe, Jo Vale and Tom Hill said
	}
	if a == j && (j == lo || toks[j-1].kind != tWord) && d.bareIng(t) {
		return 0, false // the crisis swept Europe, fueling worries that …: a participle, no noun
	}
	return a, true
}

// attributeArticle returns the article that opens a German noun phrase
// whose adjective a phrase of its own leads, when the phrase found so far
// starts at toks[a] inside it: "Die in New York geborene Sängerin Ann
// Roe", "der als Gegner Müllers bekannte Verleger Hans Berger". The
// article opens the clause, or follows a comma or "und"; the words
// between it and the lower-case adjective in the phrase hold no verb and
// no mark. Else a.
func (d *doc) attributeArticle(toks []token, lo, a, j int) int {
	if !d.german || a-2 < lo {
		return a
	}
	adj := false
	for i := a; i < j && !adj; i++ {
		adj = toks[i].kind == tWord && !toks[i].upper && (strings.HasSuffix(toks[i].lower, "e") || strings.HasSuffix(toks[i].lower, "en"))
	}
	if !adj {
		return a
	}
	for i := a - 1; i >= lo && a-i <= 6; i-- {
		t := toks[i]
		if t.kind != tWord || t.finite() || t.isCue() {
			return a
		}
		if !t.isClass(cDeterminer) || i+1 >= a || !d.opensAttribute(toks[i+1]) {
			continue
		}
		if i == lo || toks[i-1].kind != tWord || toks[i-1].is("und") {
			return i
		}
		return a
	}
	return a
}

// attributeAdjective returns the index of the adjective that a phrase of
// its own leads after a German article at toks[j-1] (die zur Universität
// gehörende Stiftung, der 2004 verstorbene Präsident), before its noun;
// else j. The words between hold no mark, verb or cue. Bounded to a few
// words: the scan stays linear.
func (d *doc) attributeAdjective(toks []token, j, b int) int {
	if j >= b || toks[j].kind != tWord || !d.opensAttribute(toks[j]) {
		return j
	}
	for i := j + 1; i+1 < b && i-j <= 8; i++ {
		t := toks[i]
		if t.kind != tWord || t.finite() || t.isCue() {
			return j
		}
		if !t.upper && !t.isClass(cStop|cPrep|cDeterminer|cAdverb|cPronoun) && participleAdjective(t.lower) &&
			toks[i+1].kind == tWord && toks[i+1].upper {
			return i
		}
	}
	return j
}

// participleAdjective reports whether a German word reads as an inflected
// participle (gehörende, ernannte, verstorbenen), the adjective a phrase
// of its own leads; not a plain adjective (parlamentarische).
func participleAdjective(w string) bool {
	return endsAfterStem(w, 0, "nde", "nden", "te", "ten", "ene", "enen")
}

// opensAttribute reports whether t, after a German article, opens a
// phrase that leads an adjective: a preposition or adverb (in Ulm
// geborene), als, the reflexive sich (sich als Retter sehende) or a year
// (der 2004 verstorbene). t is a word: attributeArticle has passed it.
func (d *doc) opensAttribute(t token) bool {
	return t.isNumber() || !t.upper && (t.isClass(cPrep|cAdverb) || t.is("als") || t.is("sich"))
}

// particleNoun reports whether toks[j] is a particle that ends a
// compound noun right after an article and a noun (a voice over, the
// runner up): with nothing after it before the cue, it has no object of
// its own. A stranded preposition has a verb before it (the man she
// spoke to).
func (d *doc) particleNoun(toks []token, lo, j int) bool {
	if d.german || j-2 < lo || toks[j].upper || !toks[j].isClass(cPrep) || !article(toks[j-2]) {
		return false
	}
	n := toks[j-1]
	return n.kind == tWord && !n.upper && !n.isClass(cStop|cPrep|cDeterminer|cPronoun|cAdverb) && !strings.HasSuffix(n.lower, "ed") &&
		d.inSet(setParticle, toks[j].lower) // but not "a point in warning": in takes a gerund
}

// npStepBack takes one step back from toks[a], the first word so far of
// the noun phrase that ends at toks[j], over the word before it or the
// two words that join a noun to what it names. It returns the new start,
// and whether the phrase may go on back.
func (d *doc) npStepBack(toks []token, lo, a, j int) (int, bool) {
	u := toks[a-1]
	if d.sPossessive(toks, lo, a-1) && !d.finiteIn(toks, a, j) {
		return a - 2, true // Tom Rivers’ campaign: the owner goes with its noun, as in Tom Lee's campaign
	}
	if d.nickname(toks, lo, a-1) {
		return a - 2, true // Jo “Tug” Vale: a nickname between the names
	}
	if !d.german && u.isPunct("/") && a-2 >= lo && toks[a].upper && toks[a-2].kind == tWord && toks[a-2].upper {
		return a - 2, true // a Ledger/Vale Radio poll: two makers' names joined by a slash
	}
	if u.kind != tWord {
		return a, false
	}
	if u.isClass(cDeterminer) {
		return d.pastDeterminer(toks, lo, a-1, j)
	}
	if (u.is("in") || u.is("of")) && a-2 >= lo && toks[a].isNumber() && (toks[a-2].isNumber() || toks[a-2].is("one")) {
		return a - 2, true // four in 10 said; two of three; one in four
	}
	if d.germanPostmodifier(toks, lo, a, j) {
		return a - 2, true // Paul Weber vom Institut für Physik; Ein Sprecher in Berlin
	}
	if !d.german && u.is("from") && a-2 >= lo && toks[a-2].isClass(cDocument) && !toks[a-2].upper && j-a < maxNP {
		return a - 2, true // a study from 2011 noted; a poll from May: the document's date or maker goes with it
	}
	if (!toks[a].upper || toks[a-1].is("from")) && d.sourceBeforePlace(toks, lo, a-1) {
		return a - 2, true // Democrats in five states say
	}
	if u.lower == "of" || u.lower == "and" || u.lower == "for" || u.lower == "von" || u.lower == "und" {
		return d.pastLink(toks, lo, a, j)
	}
	if d.aideTo(toks, lo, a) {
		return a - 2, true // aides to Jo Vale say; Advisers to Mr. Hill said: the aides speak, not the one they serve
	}
	if !d.german && a-3 >= lo && u.isClass(cStop) && toks[a-2].isClass(cPostmodifier) && d.headsPostmodifier(toks[a-3]) {
		return a - 2, true // people close to Tom Hill say, sources privy to negotiations say: the object is no source
	}
	if d.german && (u.is("nicht") || u.is("bisher") || u.is("noch")) && a-2 >= lo && toks[a-2].isClass(cDeterminer) && toks[a].kind == tWord && !toks[a].upper {
		return a - 1, true // Ein nicht genannter Vertreter: the adverb goes with the adjective
	}
	if !d.german && !u.upper && !toks[a].upper && a-2 >= lo && u.isCue() && d.participleAdjective(toks, a-1) {
		if !article(toks[a-2]) && !isPossessive(toks[a-2].lower) {
			return a - 2, true // a newly released email, 400 pledged delegates: the adverb or count goes with the adjective
		}
		return a - 1, true // the released report
	}
	if !u.upper && (u.isClass(cStop|cPronoun|cAdverb) || u.isCue() && !d.compoundNoun(toks, a-1)) {
		return a, false
	}
	if !d.german && toks[a].upper && !u.upper && u.isClass(cTime) && d.inSet(setDaypart, u.lower) {
		return a, false // on Tuesday night Jo Vale said: the time phrase is no part of the name
	}
	if !d.german && toks[a].upper && !u.upper && u.isClass(cPeriod) {
		return a, false // Last week Jo Vale said; This year Tom Hale said: no part of the name either
	}
	if (a-1 == lo || a-2 >= lo && toks[a-2].isPunct("(")) && u.isClass(cStop|cSubordinator|cAdverb|cPrep) {
		return a, false // a capitalised first word: Wie, Zugleich, Über; (As Reuters reported, …)
	}
	if u.upper && (u.isClass(cPronoun) || !d.german && u.isClass(cConditional)) {
		return a, false // nor When of "When Mr. Hill criticized"
	}
	return a - 1, true
}

// nickname reports whether the English quote toks[i] is one capitalised
// word between two capitalised names: a nickname (Jo “Tug” Vale), part of
// the name, not something said.
func (d *doc) nickname(toks []token, lo, i int) bool {
	if d.german || toks[i].kind != tQuote || i-1 < lo || i+1 >= len(toks) {
		return false
	}
	p, n, q := toks[i-1], toks[i+1], d.qs[toks[i].q]
	return p.kind == tWord && p.upper && n.kind == tWord && n.upper && d.looksLikeName(q) && d.wordsUpTo(q.s, q.e, 2) == 1
}

// pastDeterminer returns where a noun phrase starts that runs back to the
// determiner toks[a], and whether it may go on back: on when the
// determiner opens a phrase that goes on a noun before it (the director
// of the agency), else the determiner opens the noun phrase.
func (d *doc) pastDeterminer(toks []token, lo, a, j int) (int, bool) {
	u := toks[a]
	if !d.german && a-1 >= lo && u.isNumber() && !u.upper && (toks[a-1].is("the") || toks[a-1].is("these") || toks[a-1].is("those")) {
		return a - 1, false // the two senators said: the article opens the phrase, not the count
	}
	if j-a < maxNP && d.linksToNoun(toks, lo, a) {
		return a - 2, true // a spokesman for the campaign; the director of the agency
	}
	if a-2 >= lo && (toks[a-1].is("by") || toks[a-1].is("from")) && toks[a-2].isClass(cDocument) && !toks[a-2].upper && j-a < maxNP {
		return a - 2, true // a study by the council found; a report from the county noted: the document's author goes with it
	}
	if j-a < maxNP && d.sourceBeforePlace(toks, lo, a-1) {
		return a - 2, true // officials in the two cities; insiders across the states
	}
	if !d.german && a-1 >= lo && toks[a-1].is("and") {
		if s, ok := d.leftConjunct(toks, lo, a, j); ok {
			return s, false // many experts and some lawmakers say: a determiner opens the second conjunct
		}
	}
	if a-2 >= lo && toks[a-1].is("of") && (toks[a-2].isClass(cStandalone|cQuantifier) || toks[a-2].isNumber()) && j-a < maxNP {
		// some of the riders said; two of her aides: the quantifier opens
		// the phrase, unless an "of" before it goes on (the mother of one
		// of the victims)
		return a - 2, a-3 >= lo && toks[a-3].is("of")
	}
	if a-3 >= lo && toks[a-1].isClass(cStop) && toks[a-2].isClass(cPostmodifier) && j-a < maxNP {
		return a - 2, true // an official familiar with the talks; people close to the mayor
	}
	if a-3 >= lo && toks[a-1].is("to") && toks[a-2].isClass(cDocument) && !toks[a-2].upper && j-a < maxNP {
		return a - 2, true // her email to the staff; a letter to the board
	}
	if a-2 >= lo && toks[a-1].is("to") && toks[a-2].isClass(cAnonymous) && !toks[a-2].upper && j-a < maxNP {
		return a - 2, true // an aide to the governor; advisers to the board: the aide speaks, not the governor
	}
	if d.german && j-a < maxNP && a-1 >= lo && toks[a-1].kind == tWord && toks[a-1].upper && !toks[a-1].isClass(cStop|cPrep) && (u.lower == "des" || u.lower == "der" || d.indefiniteGenitive(toks, a, j)) {
		return a, true // a German genitive: der Geschäftsführer des Verbands, der Sprecher einer Bürgerinitiative
	}
	if d.german && (u.lower == "des" || u.lower == "der") && a-2 >= lo && toks[a-1].kind == tQuote && toks[a-2].isClass(cDeterminer) && d.fewWords(d.qs[toks[a-1].q]) {
		return a - 2, false // das „Amt für Presse“ des Ministeriums: a name in marks heads the phrase
	}
	if d.germanVon(toks, lo, a, j) || d.germanPostmodifier(toks, lo, a, j) {
		return a - 2, true // Minister Paul Weber von der Kanzlei des Präsidenten; ein Sprecher in der Stadt
	}
	if d.initialVon(toks, lo, a, j) {
		return a - 1, false // Von der Heide betonte, …
	}
	return a, false
}

// indefiniteGenitive reports whether the German eines or einer at
// toks[a] opens a genitive that goes on the noun before it (der Sprecher
// einer Bürgerinitiative, die Besitzerin eines Hauses); but einer before
// an outlet up to toks[j] is more often whom a source told (wie der
// Minister einer Zeitung sagte). Its caller bounds j-a by maxNP.
func (d *doc) indefiniteGenitive(toks []token, a, j int) bool {
	switch toks[a].lower {
	case "eines":
		return true
	case "einer":
		for i := a + 1; i <= j; i++ {
			if toks[i].kind == tWord && toks[i].upper && d.germanPress(toks[i].lower) {
				return false
			}
		}
		return true
	}
	return false
}

// pastLink returns where a noun phrase starts that runs back over the
// "of", "and", "for", "von" or "und" before toks[a], and whether it may go
// on back; a link that joins no name or source ends the phrase.
func (d *doc) pastLink(toks []token, lo, a, j int) (int, bool) {
	if a-2 >= lo && toks[a].upper && toks[a-2].kind == tWord && toks[a-2].upper {
		return a - 2, true // Joel Pollak of Breitbart; Bill and Hillary Clinton
	}
	if !d.german && d.sourceNounBefore(toks, lo, a) {
		return a - 2, true // a spokesman for Tom Hill, the former secretary of state: the noun before is the source
	}
	if d.germanVon(toks, lo, a, j) {
		return a - 2, true // Minister Paul Weber von der Kanzlei des Präsidenten
	}
	if j-a < maxNP && d.possessiveAfterLink(toks, lo, a) {
		return a - 2, true // a person familiar with the planning for Tuesday's meeting: the meeting is no source
	}
	if !d.german && toks[a-1].lower == "of" && a-2 >= lo && toks[a-2].kind == tWord && d.inSet(setCountnoun, toks[a-2].lower) {
		return a - 2, true // Dozens of riders said; a majority of voters say: the count heads the phrase
	}
	if toks[a-1].lower == "and" { // only "and" joins conjuncts: no leftConjunct scan for of, for, von, und
		if s, ok := d.leftConjunct(toks, lo, a, j); ok {
			return s, false // …, he and Ann Fox said; …, current and former officials said
		}
	}
	return a, false
}

// npEnds reports whether toks[j] can end a noun phrase that starts at lo
// or after: a word, not a stop word or a cue in lower case unless a cue's
// base form, a title or a plural noun heads a noun phrase (the report
// said, voters in five states say); not a first word that
// opens a clause (So heißt es; Zugleich wies); not a time word ("Sunday
// said" is no source) unless it is a surname after a name; in German a
// capitalised noun (not "wie folgt zitiert") or a pronoun, determiner or
// quantifier.
func (d *doc) npEnds(toks []token, lo, j int) bool {
	t := toks[j]
	ofWhom := t.is("whom") && j-1 > lo && toks[j-1].is("of") // many of whom say: npBackFrom takes it
	if t.kind != tWord || t.isClass(cStop) && !t.upper && !ofWhom {
		return false
	}
	if !d.german && (t.is("be") || t.is("been")) && j > lo && toks[j-1].isClass(cFinite) {
		return false // it may be saying, it has been saying: a verb phrase, no noun
	}
	// a lower-case cue word ends one only as a base form, a title or a
	// plural noun after a word: the call, a presidential hopeful (hopeful
	// is also a cue: hopeful that …), voters in five states say; the
	// noun lookup last, as this runs for each word of a walk back
	// (a newly released report: the cue before it is an adjective)
	if t.isCue() && !t.upper && !(j > lo && toks[j-1].kind == tWord && (!toks[j-1].isCue() || d.participleAdjective(toks, j-1)) &&
		(t.cls&(cBase|cTitle) != 0 || t.cls&cSForm != 0 && d.isNoun(strings.TrimSuffix(t.lower, "s")))) {
		return false
	}
	if j == lo && t.isClass(cStop|cSubordinator|cAdverb|cPrep) {
		return false
	}
	if !d.german && !t.upper && t.isClass(cPrep) && j+1 < len(toks) && strings.HasSuffix(toks[j+1].lower, "ing") {
		return false // ready to act immediately upon assuming office: the -ing form is the object of the preposition
	}
	if t.isClass(cTime) && !(t.upper && j > lo && toks[j-1].upper && toks[j-1].kind == tWord) {
		return false
	}
	return !d.german || t.upper || t.isClass(cPronoun|cDeterminer|cQuantifier)
}

// sPossessive reports whether toks[i] is the apostrophe of an English
// possessive after an s (Rivers’, the Joneses'): a lone apostrophe token
// right after a word that ends in s, with no space between.
func (d *doc) sPossessive(toks []token, lo, i int) bool {
	u := toks[i]
	if d.german || u.kind != tPunct || i-1 < lo || u.lower != "’" && u.lower != "'" {
		return false
	}
	w := toks[i-1]
	return w.kind == tWord && w.e == u.s && strings.HasSuffix(w.lower, "s")
}

// finiteIn reports whether a finite verb stands in toks[a:j+1]: then the
// words walked back over are no noun phrase an owner could head (the
// timing of Tom Rivers’ surge doesn’t surprise pollster Ann Lee).
func (d *doc) finiteIn(toks []token, a, j int) bool {
	for _, t := range toks[a : j+1] {
		if t.finite() {
			return true
		}
	}
	return false
}

// sourceBeforePlace reports whether the preposition toks[p] opens a
// place or group that an English source noun or title before it is
// from: officials in both cities, insiders across the four states,
// Democrats in five states, the senator from Ohio. The noun before is
// the source, not the place.
func (d *doc) sourceBeforePlace(toks []token, lo, p int) bool {
	// the class bits of the noun first: this runs for every word npBackFrom
	// walks back over, and d.inSet is a hash and a table probe
	return !d.german && p-1 >= lo && (toks[p-1].isClass(cAnonymous|cOrganisation|cTitle) || toks[p].isClass(cPrep) && d.personBefore(toks[p-1], p-1 == lo)) && d.inSet(setLocative, toks[p].lower)
}

// personBefore reports whether the English word t before a place names
// people: man, woman or person, people by their work (farmers), a
// pronoun for anyone (someone in the audience), or a word that stands for
// people alone (Many in the crowd said), in lower case unless it is the
// first word. A role noun is left out: in "editor in chief" or "editor
// at large" the phrase is its title.
func (d *doc) personBefore(t token, first bool) bool {
	return personWord(t.lower) || t.isClass(cStandalone) && (!t.upper || first) || t.is("someone") || t.is("anyone")
}

// personWord reports whether w is man, woman or person, or a noun for a
// person by its ending (farmers, investors): a man from the Ledger said.
func personWord(w string) bool {
	switch w {
	case "man", "woman", "person", "men", "women":
		return true
	}
	return agentPlural(w)
}

// leftConjunct returns where a source's first conjunct starts, before
// "and" at toks[a-1]: a subject pronoun, a name or a source noun (he and
// Ann Fox; union members and leaders), or one modifier (current and
// former officials, but not "president and CEO"). It must open the clause, at a comma or the sentence
// start, so that a clause's verb is not read as a conjunct (prices rose
// and officials said).
func (d *doc) leftConjunct(toks []token, lo, a, j int) (int, bool) {
	c := a - 2
	if d.german || c < lo || toks[c].kind != tWord || toks[c].is("it") {
		return 0, false
	}
	s, t := -1, toks[c]
	switch {
	case t.isClass(cPronoun) && !t.isClass(cObject|cDeterminer):
		s = c
	case t.upper || t.isClass(cAnonymous|cOrganisation):
		if b, ok := d.npBackFrom(toks, lo, c); ok && j-b < 2*maxNP {
			s = b
		}
	case a < j && !toks[a].upper && !t.isClass(cStop|cFinite|cDeterminer|cPronoun|cAdverb|cTime) && !t.isCue():
		s = c
	}
	if s < 0 || s > lo && !toks[s-1].isPunct(",—–") {
		return 0, false
	}
	return s, true
}

// namesAnd reports whether toks[a:j+1] are capitalised words with one
// "and" between them: two names joined (Jo Vale and Tom Hill).
func namesAnd(toks []token, a, j int) bool {
	and := false
	for i := a; i <= j; i++ {
		t := toks[i]
		switch {
		case t.is("and") && i > a && i < j && !and:
			and = true
		case t.kind != tWord || !t.upper:
			return false
		}
	}
	return and
}

// nameListBack returns where a list of names starts whose last two are
// joined by "and" and begin at toks[s]: back over each name of capitalised
// words set before s by a comma that opens the clause or follows another
// comma (Ann Roe, Jo Vale and Tom Hill said: all three speak). A phrase
// before the comma that is no such name, or one that a preposition or an
// adverb leads (In Fenwick, …; Meanwhile, …), stops the walk.
func (d *doc) nameListBack(toks []token, lo, s int) int {
	for n := 0; n < 6 && s-2 >= lo && toks[s-1].isComma(); n++ { // toks[s] is capitalised: the caller's test, then the walk's
		b := s - 2
		for b-1 >= lo && b > s-5 && toks[b-1].kind == tWord && toks[b-1].upper {
			b--
		}
		for i := b; i < s-1; i++ {
			if t := toks[i]; t.kind != tWord || !t.upper || t.isClass(cAdverb|cTime|cPrep|cStop|cDeterminer|cConditional|cSubordinator|cClause|cPronoun) || t.isCue() {
				return s
			}
		}
		if b > lo && !toks[b-1].isComma() {
			return s
		}
		s = b
	}
	return s
}

// postmodifiedPronoun walks back from an object pronoun toks[j] that a
// postmodifier before it takes (close to him, familiar with her) to the
// noun the phrase goes on: "people close to him say", "a source close to
// her said", "those around him acknowledge". The pronoun alone is no
// source.
func (d *doc) postmodifiedPronoun(toks []token, lo, j int) (int, bool) {
	if d.german || j-2 < lo || !toks[j].isClass(cObject) {
		return 0, false
	}
	if (toks[j-2].is("those") || toks[j-2].is("people")) && toks[j-1].is("around") {
		return j - 2, true // those around him acknowledge, people around her say
	}
	if j-3 < lo || !toks[j-1].isClass(cStop) || !toks[j-2].isClass(cPostmodifier) {
		return 0, false
	}
	if toks[j-3].is("those") {
		return j - 3, true // those close to him say
	}
	if !d.headsPostmodifier(toks[j-3]) {
		return 0, false
	}
	return d.npBackFrom(toks, lo, j-3)
}

// headsPostmodifier reports whether t can be the noun a postmodifier
// (close to, familiar with) goes on: "people" or "those" of "people close
// to Tom Hill", not "is" or "the".
func (d *doc) headsPostmodifier(t token) bool {
	return t.kind == tWord && (t.is("those") || !t.isClass(cDeterminer|cObject|cPronoun|cStop|cFinite|cAdverb))
}

// bareIng reports whether t is a lower-case -ing form that would stand
// alone as a noun phrase after a comma or a dash: a participle (…,
// fueling; — having), which names no source without an article; a
// source noun (a briefing, the hearing) comes with one, and after a
// preposition (accused him of lying said) the -ing form ends a clause
// whose subject is found from there.
func (d *doc) bareIng(t token) bool {
	return !d.german && !t.upper && strings.HasSuffix(t.lower, "ing") && !t.isClass(cAnonymous|cOrganisation|cDocument|cChannel|cPronoun|cStandalone)
}

// sourceNounBefore reports whether the "for" or "of" before toks[a] joins
// a source's noun to what it names: a spokesman for Tom Hill, supporters
// of Ann Roe (a source's noun before a name), the secretary of state (a
// title before a lower-case noun). A title before a name (director of
// Ferry Watch) is left to the appositive or the name.
func (d *doc) sourceNounBefore(toks []token, lo, a int) bool {
	if a-2 < lo {
		return false
	}
	n, p := toks[a-2], toks[a-1]
	if n.upper || n.kind != tWord || n.isClass(cStop) {
		return false
	}
	return p.is("of") && toks[a].upper && n.isClass(cAnonymous) ||
		p.is("for") && toks[a].upper && d.workerWord(n.lower) ||
		p.is("of") && !toks[a].upper && n.isClass(cTitle)
}

// workerWord reports whether the lower-case word w names someone who
// works or speaks for another: a source's noun (an aide, officials), a
// role (a producer, a reporter) or people by their work (prosecutors,
// organizers). Before "for" or "to" and a name, it is the source, and
// the name the one it works for (a producer for Harbor Studios). One
// test for a token (its lower) and a mention's word.
func (d *doc) workerWord(w string) bool {
	return d.has(cAnonymous, w) || !d.has(cTitle, w) && (d.inSet(setRolenoun, w) || agentPlural(w))
}

// aideTo reports whether the "to" before the name at toks[a] joins it to
// a source's noun before it (an aide to Jo Vale, advisers to Mr. Hill):
// the noun is the source, and the name only whom it serves. The noun is
// in lower case, or capitalised as the first word (Aides to Jo Vale say).
func (d *doc) aideTo(toks []token, lo, a int) bool {
	if d.german || a-2 < lo || !toks[a-1].is("to") || !toks[a].upper {
		return false
	}
	n := toks[a-2]
	return n.kind == tWord && d.workerWord(n.lower) && (!n.upper || a-2 == lo)
}

// possessiveAfterLink reports whether the "of" or "for" before toks[a]
// joins a phrase a possessive opens to the lower-case noun before it, as
// one an article opens does (pastDeterminer): a person familiar with the
// planning for Tuesday's meeting; the director of the mayor's office.
func (d *doc) possessiveAfterLink(toks []token, lo, a int) bool {
	return !d.german && d.linksToNoun(toks, lo, a) && !toks[a-2].upper && isPossessive(toks[a].lower)
}

// linksToNoun reports whether the "of" or "for" before toks[a] joins the
// phrase at toks[a] to a noun before it: a word, not a stop word, a
// determiner, a pronoun or a cue (the director of the agency).
func (d *doc) linksToNoun(toks []token, lo, a int) bool {
	if a-2 < lo || !toks[a-1].is("of") && !toks[a-1].is("for") {
		return false
	}
	n := toks[a-2]
	return n.kind == tWord && !n.isClass(cStop|cDeterminer|cPronoun) && !n.isCue()
}

// germanVon reports whether a German source's name runs on back over
// "von" before toks[a] to the capitalised word before it (Minister Paul
// Weber von der Kanzlei, Anna Lind von Siemens).
func (d *doc) germanVon(toks []token, lo, a, j int) bool {
	return d.german && a-2 >= lo && toks[a-1].is("von") && toks[a-2].kind == tWord && toks[a-2].upper && !toks[a-2].isClass(cStop|cPrep|cDeterminer) && j-a < maxNP
}

// germanPostmodifier reports whether a German source's noun phrase runs
// on back over a preposition before toks[a] whose phrase goes on the noun
// before it (Ein Sprecher in Berlin, Paul Weber vom Institut, der
// Beauftragte für den Datenschutz, das Komitee im fernen Oslo): the
// preposition follows a capitalised noun, and its phrase opens with a
// capitalised word, an article or an adjective.
func (d *doc) germanPostmodifier(toks []token, lo, a, j int) bool {
	if !d.german || a-2 < lo || j-a >= maxNP || !toks[a-1].isClass(cPostmodifier) || toks[a-1].upper {
		return false
	}
	n, p := toks[a-2], toks[a]
	return p.kind == tWord && !p.isClass(cStop|cPrep|cPronoun|cAdverb) &&
		n.kind == tWord && n.upper && !n.isClass(cStop|cPrep|cDeterminer|cTime|cAdverb)
}

// initialVon reports whether toks[lo:j+1] is a German surname with its
// particle capitalised at the sentence start (Von der Heide betonte, …):
// Von, der or den, one capitalised word, then a cue and a comma or colon.
// A fronted phrase (Von der Stadt hieß es …) has a subject after the cue.
func (d *doc) initialVon(toks []token, lo, a, j int) bool {
	if !d.german || a-1 != lo || j != a+1 || j+2 >= len(toks) {
		return false
	}
	v, art, name := toks[lo], toks[a], toks[j]
	return v.is("von") && v.upper && (art.is("der") || art.is("den")) && name.upper &&
		toks[j+1].isCue() && toks[j+2].isPunct(",:")
}

// listInAppositive returns the comma that opens a list of lower-case
// words closed by the "and" or "or" after the comma toks[i] (", ports,
// harbors, and ferries,"), or i: the comma before its first item.
func (d *doc) listInAppositive(toks []token, lo, i, j int) int {
	if d.german || j-i > 4 || !toks[i+1].is("and") && !toks[i+1].is("or") || !d.lowerWords(toks, span{i + 2, j}) {
		return i
	}
	k := i
	for n := 0; n < 6; n++ { // bounded: a few items
		p := k - 1
		for p > lo && k-p <= 4 && toks[p].kind == tWord && !toks[p].upper {
			p--
		}
		if p <= lo || p == k-1 || k-p > 4 || !toks[p].isComma() {
			break
		}
		k = p
	}
	return k
}

// lowerWords reports whether toks[s] holds only lower-case words.
func (d *doc) lowerWords(toks []token, s span) bool {
	for _, t := range toks[s.s:s.e] {
		if t.kind != tWord || t.upper {
			return false
		}
	}
	return s.e > s.s
}

// maxAppositives bounds how many appositives appositiveBefore reads back
// from one comma (Jo Hill, facing a race in Iowa, a swing state, said:
// two), so that hostile text stays linear.
const maxAppositives = 4

// appositiveBefore handles "NAME, APPOSITIVE, cue" and "his wife, NAME,
// cue": toks[j] is the comma before the cue. It returns the name as the
// mention and the description as the role.
func (d *doc) appositiveBefore(toks []token, lo, j int) (span, span, bool) {
	if d.appositives >= maxAppositives {
		return span{}, span{}, false
	}
	d.appositives++
	np, role, ok := d.appositiveAt(toks, lo, j)
	d.appositives--
	return np, role, ok
}

// appositiveAt is appositiveBefore's reading of the stretch before the
// comma toks[j]; it calls appositiveBefore for an appositive before that.
func (d *doc) appositiveAt(toks []token, lo, j int) (span, span, bool) {
	i := j - 1
	for ; i >= lo && j-i <= 30; i-- {
		t := toks[i]
		if t.kind == tQuote && d.looksLikeName(d.qs[t.q]) {
			continue // a spokesman for the group "Clean Rivers Now"
		}
		if t.kind == tQuote || t.isPunct(".;:!?\"") {
			return span{}, span{}, false
		}
		if t.isComma() {
			break
		}
	}
	if i < lo+1 || !toks[i].isComma() || i+1 == j {
		return span{}, span{}, false
	}
	inner := span{i + 1, j}
	if k := d.listInAppositive(toks, lo, i, j); k < i {
		// Ann Roe, secretary for ports, harbors, and ferries, said: the
		// commas of a list of lower-case words are inside the appositive
		if np, role, ok := d.appositiveBefore(toks, lo, k); ok {
			return np, span{role.s, j}, true
		}
	}
	if j-i == 2 && d.has(cState, strings.TrimSuffix(toks[i+1].lower, ".")) {
		return d.appositiveBefore(toks, lo, i) // a teacher from Louisville, Ky., said
	}
	if !d.german && toks[i+1].is("who") && i-3 > lo && toks[i-2].isComma() && toks[i-1].upper && toks[i-3].upper && toks[i-3].kind == tWord && !toks[i-3].isClass(cTitle) {
		// Tom Hill, a Democrat from Ames, Iowa, who ran in 2018, said:
		// the relative clause goes on the appositive that the place's
		// state closes, not on the state
		if np, role, ok := d.appositiveBefore(toks, lo, i); ok && role.e > role.s && !toks[role.s].upper {
			return np, role, ok // but not: Of Carson, Levine, who …, said (a name, no role)
		}
	}
	if j-i == 3 && toks[i+1].is("or") && acronym(d.r[toks[i+2].s:toks[i+2].e]) && !d.german {
		// Jo Hill, director of the group Friends of Vale, or FOV, said:
		// the acronym names the group, within the appositive before it
		if np, role, ok := d.appositiveBefore(toks, lo, i); ok {
			return np, span{role.s, j}, true
		}
	}
	if j-i == 2 && d.placeAfter(toks, i, j+1) && !strings.ContainsAny(toks[i+1].lower, "-.") {
		// Jo Hill, at a rally in Ames, Iowa, said: the state closes the
		// place, not the appositive (but Jo Hill, R-Iowa, is a party)
		if np, role, ok := d.earlierAppositive(toks, lo, i); ok {
			return np, role, ok
		}
	}
	if d.german && j-i-1 <= 4 && d.allCapitalised(toks, inner) && toks[i-1].kind == tWord {
		// Der Vorsitzende des Verbands, Michael Knipper, kritisierte
		a := i - 1
		for a > lo && toks[a-1].kind == tWord && i-a < maxNP {
			a--
		}
		return inner, span{a, i}, true
	}
	e := i // the end of the name the appositive follows
	if e-2 > lo && toks[e-1].isNumber() && toks[e-2].isComma() {
		e -= 2 // Jacob Lee, 24, who was visiting …, told: an age
	}
	if e-1 > lo && toks[e-1].isPunct(")") {
		for p := e - 2; p > lo && e-p < 8; p-- {
			if toks[p].isPunct("(") {
				e = p // Rep. Tom Hill (Iowa), a member of …, said
				break
			}
		}
	}
	suffixed := e
	if e-2 > lo && toks[e-2].isComma() && nameSuffix(toks[e-1]) && toks[e-3].upper {
		e -= 2 // Tom Hill, Jr., the board's chair, said: the suffix ends the name
	}
	a, ok := d.npBackFrom(toks, lo, e-1)
	if !ok {
		return span{}, span{}, false
	}
	outer := span{a, suffixed}
	if w := d.whoseNoun(toks, lo, a); w > lo {
		return d.beforeWhose(toks, lo, w)
	}
	capInner := d.allCapitalised(toks, inner) || d.nameOfPlace(toks, inner)
	if a-1 >= lo && toks[a-1].isClass(cPrep) && !toks[a-1].upper && capInner {
		if !d.german {
			if np, role, ok := d.earlierAppositive(toks, lo, i); ok && np.s == lo && toks[np.e-1].upper && role.e > role.s {
				// Jo Hill, the editor of the town's paper, The Ledger, said:
				// the name names the object, one more appositive of the name
				// that opens the clause
				return np, span{role.s, j}, true
			}
		}
		if !d.german && toks[lo].isClass(cDeterminer) && !toks[lo].isClass(cPrep) && !d.hasPunct(toks, lo, i) {
			return inner, span{lo, i}, true // A former aide to the mayor, Jo Hill, said: a description, no adverbial
		}
		return inner, span{}, true // In an interview on CBS, Speaker Tom Hill (R-Wis.) said
	}
	if a-1 > lo && !d.german && toks[a-1].isClass(cPrep) && !toks[a-1].upper && !d.inSet(setRoughly, toks[a-1].lower) {
		// Jo Hill, facing a race in Iowa, a swing state, said: the
		// appositive is the object's, and the phrase holding it one
		// more appositive of the source before it
		if np, role, ok := d.earlierAppositive(toks, lo, i); ok {
			return np, role, ok
		}
	}
	switch {
	case !d.german && j-i == 2 && d.inSet(setConnective, toks[i+1].lower):
		return outer, span{}, true // Backers of the bill, however, say: a connective, no role
	case capInner && !d.allCapitalised(toks, outer):
		return inner, outer, true // his wife, Gabriela Lazar, wrote
	case capInner && toks[outer.s].isClass(cDeterminer):
		return inner, outer, true // The Mayor, Tom Hill, said
	case capInner:
		return outer, inner, true // Senator Tom Hill, Democrat of Iowa, said
	case toks[e-1].upper: // inner is not all capitalised: the case above took that
		return outer, inner, true // Hugh Hill, a doctor, said
	case !d.german && !toks[inner.s].upper && toks[j-1].upper && !toks[inner.s].isClass(cDeterminer) && d.describedName(toks, inner):
		return inner, outer, true // his wife, longtime aide Ann Lee, said
	case !d.german && !toks[outer.s+1].upper && d.titledName(toks, inner):
		return inner, outer, true // The vicar, the Rev. Ann Lee, said: the name, no description
	case toks[outer.s].isClass(cDeterminer) && d.describes(toks, inner) && !d.hasVerb(toks, d.pastModifier(toks, inner)) && !(a > lo && toks[a-1].isClass(cStop)):
		return outer, inner, true // The newspaper, long an advocate of reform, writes
	case !d.german && d.share(toks, inner):
		return outer, span{}, true // About two-thirds, 67 percent, say: the share restated, no role
	case d.hasNoun(toks, outer) && (toks[inner.s].isClass(cAside) || d.phraseAside(toks, inner)):
		return outer, inner, true // The official, who spoke on condition of anonymity, said; The senator, speaking to reporters, said: no role
	}
	return span{}, span{}, false
}

// connectiveCommas returns the comma that opens a connective set off by
// commas and closed by the comma toks[j] (, however, ; , for instance,),
// or -1. English only: the connective says nothing of who speaks.
func (d *doc) connectiveCommas(toks []token, lo, j int) int {
	if d.german || j-3 <= lo || !toks[j].isComma() || toks[j-1].kind != tWord {
		return -1
	}
	if d.connectiveAside(toks, j) {
		return j - 2
	}
	if j-4 > lo && toks[j-3].isComma() && toks[j-2].is("for") && d.inSet(setForconnective, toks[j-1].lower) {
		return j - 3
	}
	return -1
}

// nameWithRole reports whether np is a name that role, a lower-case
// description after its comma, describes (Jo Hill, the chief of Vale
// Media), and no adverbial stands before the name (In Vale, the mayor;
// On Monday, Tom Reeve): only then does a dash aside after the role close
// an appositive.
func (d *doc) nameWithRole(toks []token, lo int, np, role span) bool {
	if role.e <= role.s || np.e <= np.s || role.s < np.e || !toks[np.s].upper || !toks[np.e-1].upper || toks[role.s].upper {
		return false
	}
	return np.s == lo || !toks[np.s-1].isClass(cPrep|cConditional)
}

// describedName reports whether the appositive inner is a name after a
// lower-case description, as npAfter reads one (longtime aide Ann Lee,
// former congressman Tom Hill): it names the source whom the noun
// before it describes, as a bare name would.
func (d *doc) describedName(toks []token, inner span) bool {
	np, ok := d.npAfter(toks, inner.s, inner.e)
	return ok && np.s == inner.s && np.e == inner.e
}

// titledName reports whether the appositive inner is "the", a title and
// a name of capitalised words to its end (the Rev. Ann Lee, the Rev Jo
// Vale): a name, as a bare one would be, though "the" opens it. Three
// to six tokens: the, the title (with its period, Rev.) and a name of up
// to four words; a longer run is a description, no name.
func (d *doc) titledName(toks []token, inner span) bool {
	if inner.e-inner.s < 3 || inner.e-inner.s > 6 || !toks[inner.s].is("the") || !toks[inner.s+1].upper || !toks[inner.s+1].isClass(cTitle) {
		return false
	}
	return d.allCapitalised(toks, span{inner.s + 1, inner.e})
}

// whoseNoun returns where "whose" stands when the name at toks[a] is an
// appositive of the noun after it (Ann Roe, whose firm, Roe Media, ran the
// ads, said): the name is the firm, and the source stands before whose.
func (d *doc) whoseNoun(toks []token, lo, a int) int {
	if d.german || a-3 <= lo || !toks[a-1].isComma() || toks[a-2].kind != tWord {
		return 0
	}
	for w := a - 3; w > lo && a-w <= 5; w-- {
		if toks[w].is("whose") {
			return w
		}
		if toks[w].kind != tWord {
			return 0
		}
	}
	return 0
}

// beforeWhose returns the source before "whose" at toks[w]: the name before
// its comma (Ann Roe, whose firm …), or the name an appositive ending
// at whose follows (Ann Roe, a consultant whose firm …).
func (d *doc) beforeWhose(toks []token, lo, w int) (span, span, bool) {
	if !toks[w-1].isComma() {
		return d.appositiveBefore(toks, lo, w)
	}
	if np, role, ok := d.appositiveBefore(toks, lo, w-1); ok {
		return np, role, true
	}
	if w-2 < lo {
		return span{}, span{}, false
	}
	a, ok := d.npBackFrom(toks, lo, w-2)
	return span{a, w - 1}, span{}, ok
}

// pastModifier returns an appositive past an -ed word right after its
// article, which modifies the noun after it and is no clause's verb (The
// employee, a registered nurse, said; a retired general).
func (d *doc) pastModifier(toks []token, inner span) span {
	s := inner.s
	if s+2 < inner.e && article(toks[s]) && strings.HasSuffix(toks[s+1].lower, "ed") && toks[s+2].kind == tWord {
		s++
	}
	return span{s, inner.e}
}

// share reports whether an appositive is a bare percentage (67 percent,
// 26%), the share of a poll's respondents restated in figures.
func (d *doc) share(toks []token, inner span) bool {
	n := inner.e - inner.s
	if n < 1 || n > 2 || !toks[inner.s].isNumber() {
		return false
	}
	last := toks[inner.e-1]
	return n == 1 && strings.HasSuffix(last.lower, "%") || n == 2 && (last.is("percent") || last.lower == "%")
}

// earlierAppositive returns the appositive before the comma at toks[i],
// when the stretch up to that comma is one more appositive of a source
// before it; but not when that source is the object of a fronted phrase
// (Outside the party, a number of Democrats, …).
func (d *doc) earlierAppositive(toks []token, lo, i int) (span, span, bool) {
	np, role, ok := d.appositiveBefore(toks, lo, i)
	if !ok || np.s != lo && toks[np.s-1].isClass(cPrep) {
		return span{}, span{}, false
	}
	return np, role, true
}

// phraseAside reports whether an English appositive is a participle
// or a prepositional phrase (speaking to reporters, signed by 40
// lawmakers, in a filing with regulators, like their rivals, also known
// as …), which gives no role.
func (d *doc) phraseAside(toks []token, inner span) bool {
	t := toks[inner.s]
	if d.german || t.kind != tWord || t.upper {
		return false
	}
	if inner.s+2 < inner.e && t.isClass(cAdverb) && !t.isClass(cFinite) {
		t = toks[inner.s+1] // also known as Ferry TV
	}
	return (strings.HasSuffix(t.lower, "ing") || strings.HasSuffix(t.lower, "ed")) && len(t.lower) > 4 || t.isClass(cPrep) ||
		t.is("like") || t.is("unlike") || t.is("known") // like their rivals; also known as
}

// describes reports whether an appositive opens as a description: an
// article, after an adverb or not (a doctor; long a critic; once the mayor).
func (d *doc) describes(toks []token, inner span) bool {
	i := inner.s
	if i+1 < inner.e && toks[i].isClass(cAdverb) {
		i++
	}
	return article(toks[i])
}

// formOfHave reports whether t is have, has or had: a perfect's
// auxiliary (who have accused him) or a verb of its own (states have
// claims).
func formOfHave(t token) bool {
	return t.is("have") || t.is("has") || t.is("had")
}

// article reports whether t is an English article: a, an, the.
func article(t token) bool {
	return t.is("a") || t.is("an") || t.is("the")
}

// isNumber reports whether t counts something: 26, two, three.
func (t *token) isNumber() bool {
	return t.isClass(cNumber) || t.kind == tWord && t.lower[0] >= '0' && t.lower[0] <= '9'
}

// allCapitalised reports whether every word of toks[s] starts with a
// capital letter (titles aside): a name, not a description.
func (d *doc) allCapitalised(toks []token, s span) bool {
	words := 0
	for _, t := range toks[s.s:s.e] {
		if t.kind != tWord {
			continue
		}
		words++
		if !t.upper && !(t.lower == "of" || t.lower == "and") {
			return false
		}
	}
	return words > 0
}

// nameOfPlace reports whether toks[s] is a full name with where the
// person comes from: Tom Vale of Harbor Baptist Church in Ames. Its
// words are capitalised but for of, in, from and at before a capital.
func (d *doc) nameOfPlace(toks []token, s span) bool {
	if d.german || s.e-s.s < 4 || !toks[s.s].upper || !toks[s.s+1].upper || toks[s.s+1].kind != tWord {
		return false
	}
	for i := s.s + 2; i < s.e; i++ {
		t := toks[i]
		if t.kind != tWord || !t.upper && !(i+1 < s.e && toks[i+1].upper && (t.is("of") || t.is("in") || t.is("from") || t.is("at"))) {
			return false
		}
	}
	return true
}

// isCue reports whether t is a speech or belief word. Like is, isClass
// and the other token tests it takes a pointer: rules call it at many
// tokens, and a token by value is a 56-byte copy a call.
func (t *token) isCue() bool {
	return t.kind == tWord && t.cls&(cSpeech|cBelief) != 0
}

// descriptionOf reports whether toks[n] is an "of" inside a description
// before a name, with a bare noun after it: "master of ceremonies Jo
// Vale", "director of communications Ann Lee". After an article (the
// director of the harbor) the phrase names no one yet.
func (d *doc) descriptionOf(toks []token, k, n, b int) bool {
	if n == k || n+1 >= b || !toks[n].is("of") {
		return false
	}
	w := toks[n+1]
	return w.kind == tWord && !w.upper && !w.isClass(cStop|cPrep|cDeterminer|cPronoun|cObject) && !w.isCue()
}

// likeName reports whether toks[n] is "like" between a plural noun of a
// description and the name it gives an example of: in "say experts like
// Ann Lee, a geologist," the experts and the name are one source.
func (d *doc) likeName(toks []token, k, n, b int) bool {
	return n > k && n+1 < b && toks[n].is("like") && toks[n+1].kind == tWord && toks[n+1].upper && strings.HasSuffix(toks[n-1].lower, "s")
}

// bareAdjectives reports whether German toks[k:] opens with one or two
// inflected adjectives and then a noun, with no article: lokale Medien,
// staatliche iranische Medien. Adverbs, verbs and other small words are
// no adjectives.
func (d *doc) bareAdjectives(toks []token, k, b int) bool {
	n := k
	for n < b && n-k < 2 && adjectiveWord(toks[n], cStop|cPrep|cAdverb|cTime|cClause|cSubordinator|cAux|cSubjunctive|cPronoun|cQuantifier) && !d.inSet(setArticlelike, toks[n].lower) {
		n++
	}
	return n > k && n < b && toks[n].kind == tWord && toks[n].upper && !toks[n].isClass(cStop|cPrep|cClause|cSubordinator|cTime)
}

// adjectiveWord reports whether the German token t is a lower-case word
// that ends as an inflected adjective does (inflectedAdjective), of no
// class of not and no cue: a word bareAdjectives and genitiveAdjectives
// pass before a noun.
func adjectiveWord(t token, not class) bool {
	return t.kind == tWord && !t.upper && inflectedAdjective(t.lower) && !t.isClass(not) && !t.isCue()
}

// inflectedAdjective reports whether a German word ends as an adjective
// before a noun does: lokale, iranischen, neuer.
func inflectedAdjective(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "e") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "es") || strings.HasSuffix(w, "em"))
}

// npAfter finds the noun phrase starting at toks[k] (said Mr. Obama, sagte
// er, according to the Kremlin website): a pronoun, or words up to a comma,
// a preposition or a quote.
func (d *doc) npAfter(toks []token, k, b int) (span, bool) {
	if k >= b || toks[k].kind != tWord {
		return span{}, false
	}
	t := toks[k]
	if t.isClass(cPronoun) {
		return span{k, k + 1}, true
	}
	if t.isClass(cPrep | cStop | cClause | cSubordinator | cTime) {
		return span{}, false // also capitalised: On Thursday, But, Thursday
	}
	nameAt := b // where the name after a description starts
	// German adjectives with no article before a plural noun open a
	// phrase too: berichteten lokale Medien
	if !(t.upper || t.isClass(cDeterminer|cTitle)) && !(d.german && d.bareAdjectives(toks, k, b)) {
		if d.german {
			return span{}, false // German capitalises its nouns: sparte der Präsident
		}
		// a description before a name: pollster Frank Luntz
		n := k
		for n < b && n-k < 5 && (toks[n].kind == tWord && !toks[n].upper && !toks[n].isClass(cStop|cPrep) && (!toks[n].isCue() || d.beforeTitle(toks, n, b)) || d.numberSlash(toks, n, b) || d.descriptionOf(toks, k, n, b) || d.likeName(toks, k, n, b)) {
			n++
		}
		if e := d.bareGroup(toks, k, n, b); e > 0 {
			return span{k, e}, true // said state officials.
		}
		if n == b || n == k || toks[n].kind != tWord || !toks[n].upper {
			return span{}, false
		}
		nameAt = n
	}
	name := t.upper && !t.isClass(cDeterminer|cTitle)
	noun := name // German: a capitalised word seen; lower case after it ends the phrase
	e := k + 1
	ownedAt := 0      // where the words a possessive owns start
	genitive := false // a German genitive was taken
	if d.german && t.isClass(cDeterminer) {
		e = d.attributeAdjective(toks, e, b) // teilte die zur Universität Ulm gehörende Stiftung mit
	}
	for e < b && e-k < maxNP {
		u := toks[e]
		name = name || e > nameAt // 17-year-old Ann Lee echoed: the verb ends the name
		owned := !d.german && isPossessive(toks[e-1].lower)
		if owned {
			name, ownedAt = false, e // what a name owns goes on: NBC's Today show, the paper's weekly video series
		}
		if ownedAt > 0 && e > ownedAt && !u.upper && strings.HasSuffix(u.lower, "ly") {
			break // Tom Hill's campaign quickly said: an adverb ends the owned noun
		}
		if name && !d.german && !u.upper && u.isClass(cTitle) && e+1 < b && toks[e+1].kind == tWord && toks[e+1].upper {
			nameAt = e // Republican Presidential hopeful Tom Hill: a lower-case title goes on to the name
			e++
			continue
		}
		if !name && d.numberSlash(toks, e, b) {
			e++ // said 9/11 widow Ann Lee
			continue
		}
		if d.sPossessive(toks, k, e) && e+1 < b && toks[e+1].kind == tWord && !toks[e+1].isCue() {
			name, ownedAt = false, e+1 // the ferry workers' union: what the plural owner owns goes on
			e += 2
			continue
		}
		if u.kind == tQuote && d.nickname(toks, k, e) {
			e++ // state Sen. Jo “Tug” Vale: a nickname between the names, as npStepBack reads it
			continue
		}
		if name {
			if n := d.roleBeforeName(toks, e, b); n > e {
				nameAt = n // MSNBC host Chris Matthews: a role after an owner goes on to the name
				e = n
				continue
			}
		}
		if name && !u.upper && (!d.german || toks[e-1].isClass(cMale|cFemale)) {
			// German: only after a given name (Ursula von der Heide), as
			// von der also opens a place or body (Hill von der Polizei)
			if n := d.surnameAfterParticles(toks, e, b); n > e {
				e = n // said Peter van der Berg: the particles go on to the surname
				continue
			}
		}
		if u.kind != tWord || name && !u.upper && !(u.lower == "of" || u.lower == "von" || u.lower == "for") && !d.german {
			break
		}
		if u.is("who") && !u.upper {
			break // said one source who asked not to be named: the relative clause tells of the source, no part of its name
		}
		if d.sVerbBeforeObject(toks, k, e) {
			e-- // The Vale ad targets a "…": the verb ends the subject
			break
		}
		if d.german && strings.HasSuffix(toks[e-1].lower, "-") && e+1 < b && toks[e+1].kind == tWord && toks[e+1].upper {
			// der Handels- und Entwicklungskonferenz: the second noun
			// completes the first. Only the tokeniser's truncatedCompound
			// leaves a word with a hyphen at its end, and only before und,
			// oder or sowie, so u is one of those three.
			e += 2
			continue
		}
		if d.german && noun && !u.upper && !u.isClass(cDeterminer) && u.lower != "von" && u.lower != "vom" {
			break // der Wirtschaftsrat befürwortet: the verb
		}
		noun = noun || u.upper && d.german
		if t.isClass(cTitle) && u.upper && !u.isClass(cTitle) && !isPossessive(u.lower) {
			name = true // Ms. Sherry smiled: a verb ends a titled name
		}
		if (u.lower == "of" || u.lower == "von" || u.lower == "for") && e+1 < b && toks[e+1].upper || nameAt < b && e < nameAt && d.descriptionOf(toks, k, e, b) {
			e += 2 // the Sheriff of Nottingham; master of ceremonies Jo Vale
			continue
		}
		if d.german && (u.lower == "des" || u.lower == "der") && toks[e-1].upper && e+1 < b && toks[e+1].kind == tWord && !(u.lower == "der" && toks[k].isClass(cMale|cFemale)) &&
			!(e > k+1 && !toks[e+1].upper && isAllCaps(d.r[toks[e-1].s:toks[e-1].e])) {
			// but: nach Auskunft der NASA der größte Teil …: an
			// abbreviation takes no genitive; the article opens the clause
			e++ // a German genitive: eine Sprecherin des Ministeriums (but sagte Paul Weber der Zeitung: whom he told)
			if !genitive {
				// only the first: nach Einschätzung der Ermittler der
				// Täter des jungen …: a second der may open the clause
				e = d.genitiveAdjectives(toks, e, b)
			}
			genitive = true
			continue
		}
		if d.quotedNameAfter(toks, e, b) {
			e += 2 // ein Artikel von „Stadt Aktuell“, ein Vertreter der „bau gmbh“
			break
		}
		if d.cueNounHeads(toks, k, e) {
			// a recent report, an explosive report that …: the cue word is
			// the noun the article opens, and ends the phrase but for a
			// name or a noun it modifies (the state Gaming Division, a
			// press release) or "of Name" (a report for Oxfam)
			e++
			if e < b && toks[e].kind == tWord && (toks[e].upper || toks[e].isClass(cDocument|cChannel) || d.isNoun(toks[e].lower)) ||
				e+1 < b && (toks[e].is("of") || toks[e].is("for")) && toks[e+1].upper {
				continue
			}
			break
		}
		if e+1 == nameAt && d.likeName(toks, k, e, b) {
			e++ // experts like Ann Lee: the name goes on the description
			continue
		}
		// a determiner or adverb right after an article modifies the noun
		// to come: the other candidate, the most recent data, the newly
		// released report (an article alone is no speaker)
		modifier := !d.german && article(toks[e-1]) && e+1 < b && toks[e+1].kind == tWord
		// the newly released report: a participle after an article and an
		// adverb modifies the noun to come, a cue word or not
		participle := e == k+2 && article(t) && strings.HasSuffix(toks[e-1].lower, "ly") && e+1 < b && toks[e+1].kind == tWord
		// the recently released report: an adverb of time in -ly before it too
		lyBefore := modifier && d.lyParticiple(toks, e, b)
		if !u.upper && !lyBefore && (u.isCue() && !(participle && strings.HasSuffix(u.lower, "ed")) || u.isClass(cStop|cPrep|cTime|cFinite) || !modifier && u.isClass(cDeterminer|cAdverb)) {
			break // also a modal: most voters may listen and conclude
		}
		if u.upper && u.isClass(cTime) && !(e == k+1 && article(t)) && !owned && !(!d.german && toks[e-1].upper && nameDay(u)) {
			break // a capitalised cue word is a name here: the Washington Post (but a Wednesday editorial; but USA Today)
		}
		if !d.german && !u.upper && e >= k+2 && (strings.HasSuffix(u.lower, "ed") && !participle || d.inSet(setPastverb, u.lower)) {
			break // the judge sided with …, the board met on Monday: a verb, not a noun (but the retired general)
		}
		e++
	}
	if name && e < b && !toks[e].upper && toks[e].isClass(cAnonymous|cOrganisation|cDocument) && !toks[e].isClass(cStop|cPrep) {
		e++ // Federal Election Commission filings, Trump campaign officials
		if n, ok := d.nameAfterNoun(toks, e, b); ok {
			e = n // Ohio lawmaker Ann Roe, Fenwick Labs analyst Jo Vale: the noun is the name's title
		}
	}
	if !d.german && e+2 < b && toks[e].is("and") && toks[e-1].isClass(cTitle) && toks[e+1].upper {
		// said former Vermont Gov. and party chair Al Lee: a title and
		// "and" join a second title, which the name ends
		if np, ok := d.npAfter(toks, e+1, b); ok && np.e-np.s >= 2 && toks[np.e-1].upper && !toks[np.e-1].isClass(cTitle) {
			e = np.e
		}
	}
	if d.german && toks[k].isClass(cDeterminer) {
		if n, ok := d.germanNameAfterRole(toks, e, b); ok {
			return n, true // sagte der Chef der Behörde, Jo Vale, in Fenwick: the name speaks
		}
	}
	e = d.postmodified(toks, k, e, b) // according to a person close to the talks
	if !d.german && e < b && !toks[e-1].upper {
		if n := d.groupPlace(toks, e, b); n > 0 && d.personNoun(toks[e-1], cSpeech|cBelief) {
			e = n // said a spokesperson for the two senators.: the party the source speaks for
		}
	}
	return span{k, e}, true
}

// germanNameAfterRole returns the name that commas set after a German
// role phrase ending at toks[e], past a short phrase of place or
// body before the comma: sagte der Chef der Bundesagentur für Arbeit, Jo
// Vale, in Fenwick; laut dem Sprecher der Stadt, Ann Roe, sei …. The name
// holds the role, so it is the source (as appositiveAt reads the same
// words before a cue). The name is two to four capitalised words closed
// by a comma or the sentence's end.
func (d *doc) germanNameAfterRole(toks []token, e, b int) (span, bool) {
	c := e
	if c < b && toks[c].kind == tWord && toks[c].isClass(cPrep) && !toks[c].upper {
		// für Arbeit, im Deutschen Bundestag: capitalised words, articles
		// and inflected adjectives after one preposition
		c++
		for c < b && c-e <= 5 && toks[c].kind == tWord && (toks[c].upper && !toks[c].isClass(cTime) || toks[c].isClass(cDeterminer) || inflectedAdjective(toks[c].lower) && !toks[c].isCue() && !toks[c].isClass(cFinite|cPrep|cStop)) {
			c++
		}
	}
	if c+3 >= b || !toks[c].isComma() || toks[c-1].kind != tWord || !toks[c-1].upper {
		return span{}, false
	}
	n := c + 1
	for n < b && n-c <= 5 && toks[n].kind == tWord && toks[n].upper && !toks[n].isClass(cDeterminer|cTime|cPrep|cPronoun|cStop|cOrganisation) && !toks[n].isCue() {
		n++
	}
	if words := n - c - 1; words < 2 || words > 4 || n < b && !toks[n].isPunct(",.!?") {
		return span{}, false
	}
	return span{c + 1, n}, true
}

// roleBeforeName returns where a full name starts after one to three
// lower-case words from toks[e] that end in a role noun (MSNBC host Chris
// Matthews, Hill campaign spokesman Jo Vale): the name before is the
// owner of the role, and the person holding it speaks. Else -1.
func (d *doc) roleBeforeName(toks []token, e, b int) int {
	if d.german || toks[e].kind != tWord || toks[e].upper {
		return -1
	}
	n := e
	for n < b && n-e < 3 && toks[n].kind == tWord && !toks[n].upper && !toks[n].isClass(cStop|cPrep|cFinite|cDeterminer|cPronoun) && !toks[n].isCue() {
		n++
	}
	if n == e || n+1 >= b || !toks[n].upper || !toks[n+1].upper || toks[n+1].kind != tWord || toks[n].isClass(cTitle|cTime) {
		return -1
	}
	r := toks[n-1]
	if !r.isClass(cAnonymous) && !d.inSet(setRolenoun, r.lower) {
		return -1
	}
	return n
}

// sVerbBeforeObject reports whether toks[e-1], a lower-case word in -s
// after the noun an article opens the phrase toks[k:e] with, or an
// owner's name goes with, is the phrase's verb rather than a plural noun in a
// compound, because an article follows it: "The Vale ad targets a "…"",
// "Roe's letter makes the case". A compound's plural ends the subject
// before its own verb (the campaign aides said), not before an article.
func (d *doc) sVerbBeforeObject(toks []token, k, e int) bool {
	if d.german || e-k < 3 || !article(toks[e]) || !article(toks[k]) && !isPossessive(toks[e-3].lower) {
		return false
	}
	v := toks[e-1]
	return v.kind == tWord && !v.upper && len(v.lower) > 3 && strings.HasSuffix(v.lower, "s") && !strings.HasSuffix(v.lower, "ss") && !strings.HasSuffix(v.lower, "us") && !isPossessive(v.lower)
}

// postmodified returns where the phrase toks[k:e] ends when its last word
// is a postmodifier with its preposition and object after it: "a person
// close to the talks", "a source familiar with his remarks", "an aide
// familiar with Tom Hill's thinking said". The object runs over at most
// maxNP words up to a function word, an auxiliary, an -ed verb or a cue
// word that owns no noun before it and has words after it (said). Else e.
func (d *doc) postmodified(toks []token, k, e, b int) int {
	if d.german || e+1 >= b || e-2 < k || !toks[e-1].isClass(cPostmodifier) || !toks[e].isClass(cStop|cPrep) || !d.headsPostmodifier(toks[e-2]) {
		return e
	}
	j := d.objectEnd(toks, e+1, b)
	if j == e+1 {
		return e // no object: the preposition is not the phrase's
	}
	return j
}

// objectEnd returns where the object of a preposition that starts at
// toks[s] ends, before b: at most maxNP words that go on it (inObject),
// as after "close to" (postmodified) or "residents of" (groupPlace).
func (d *doc) objectEnd(toks []token, s, b int) int {
	j := s
	for j < b && j-s < maxNP && d.inObject(toks, s, j, b) {
		j++
	}
	return j
}

// inObject reports whether toks[j] goes on the object of a preposition
// that starts at toks[s] (see objectEnd).
func (d *doc) inObject(toks []token, s, j, b int) bool {
	t := toks[j]
	if t.kind != tWord || t.isClass(cStop|cPrep|cClause|cFinite) {
		return false
	}
	if j > s && !t.upper && strings.HasSuffix(t.lower, "ed") {
		return false // a person close to the talks declined: the verb
	}
	if j > s && t.isCue() && !d.owner(toks[j-1]) && j+1 < b && toks[j+1].kind == tWord {
		return false // familiar with the plan said
	}
	return true
}

// moodAdjective reports whether toks[k] is feel, feels or felt before a
// lone lower-case word that a conjunction, a preposition or punctuation
// ends (feels bloodless and cold, feels free to attack, felt betrayed
// when …): an adjective, so no clause of belief follows (but: feel
// strongly that …, feel voters want …).
func (d *doc) moodAdjective(toks []token, k, b int) bool {
	if d.german || k+2 >= b || toks[k].upper {
		return false
	}
	n, e := toks[k+1], toks[k+2]
	if n.kind != tWord || n.upper || n.isClass(cDeterminer|cPronoun|cNumber|cQuestion|cPrep|cClause) || n.is("that") {
		return false
	}
	if e.is("that") || !(e.kind == tPunct || e.isClass(cPrep|cClause)) {
		return false
	}
	return d.inSet(setMoodverb, toks[k].lower)
}

// beforeTitle reports whether a capitalised title follows toks[n], so that
// a word that may be a cue is a description here: state Sen. Jo Hill,
// state Del. Ann Roe (not a verb: "state" then a title).
func (d *doc) beforeTitle(toks []token, n, b int) bool {
	return n+1 < b && toks[n+1].kind == tWord && toks[n+1].upper && !toks[n].upper && toks[n+1].isClass(cTitle) && d.inSet(setTitledescription, toks[n].lower)
}

// numberSlash reports whether toks[n] is a slash set between two numbers
// with no space, as in a date or a rate (9/11 widow, 24/7 coverage): part
// of a description, not the end of a phrase.
func (d *doc) numberSlash(toks []token, n, b int) bool {
	return n >= 1 && n+1 < b && toks[n].isPunct("/") && toks[n-1].e == toks[n].s && toks[n].e == toks[n+1].s &&
		toks[n-1].isNumber() && toks[n+1].isNumber()
}

// cueNounHeads reports whether the cue word toks[e] is the noun that
// heads the phrase an article opens at toks[k], after nothing but words
// that describe a document or a time (a report, a recent report, a
// Wednesday editorial, the latest statement): "a recent" names no one.
// A possessive determines the noun as an article does (the company's
// annual report, the board's own figures, Fenwick's estimate): the owner
// alone is not the source the article names.
func (d *doc) cueNounHeads(toks []token, k, e int) bool {
	u := toks[e]
	if d.german || u.upper || !u.isCue() || !d.nounForm(u.lower) {
		return false
	}
	from := -1 // where the describing words start, after the article or the owner
	for i := e - 1; i >= k; i-- {
		if isPossessive(toks[i].lower) {
			from = i + 1
			break
		}
	}
	if from < 0 {
		if !article(toks[k]) {
			return false
		}
		from = k + 1
	}
	if k > 0 && toks[k-1].isClass(cTells) {
		return false // told a joke, asked a question: the object of tell is whom, and a thing is none
	}
	for i := from; i < e; i++ {
		if d.lyParticiple(toks, i, e) {
			i++ // the newly published report, a recently released annual report
			continue
		}
		m := toks[i]
		if !(m.upper && m.isClass(cTime) || !m.upper && d.inSet(setDocmodifier, m.lower)) {
			return false
		}
	}
	return true
}

// lyParticiple reports whether toks[i] is a lower-case adverb in -ly and
// a participle in -ed follows it before e: newly published, recently
// released, which modify the noun to come.
func (d *doc) lyParticiple(toks []token, i, e int) bool {
	m := toks[i]
	return i+1 < e && m.kind == tWord && !m.upper && strings.HasSuffix(m.lower, "ly") && strings.HasSuffix(toks[i+1].lower, "ed")
}

// namesJoined reports whether two names joined by "and" end right before
// toks[k], the second of two words or more: a plural subject (Tom Hill
// and Ann Lee believe …; Mr. Lee and Mr. Roe say …). Not two places
// (Georgia and Virginia want), nor surnames alone (Lee and Roe call them
// "…"), which name no one as surely, unless a plural title names them
// people (Professors Lee and Roe say …).
func (d *doc) namesJoined(toks []token, k int) bool {
	j := capitalsBack(toks, 0, k, 3, cDeterminer|cPronoun|cPrep)
	if j <= 0 || !toks[j].is("and") || toks[j-1].kind != tWord || !toks[j-1].upper {
		return false
	}
	// surnames alone after a plural title name people (Professors Hill
	// and Bell suggest …)
	return j < k-2 || j == k-2 && j-2 >= 0 && toks[j-2].kind == tWord && d.inSet(setPluraltitle, toks[j-2].lower)
}

// baseFormIsVerb tells "they laugh" from "a belly laugh": a base form is a
// verb after a plural subject, a modal or "to"-less auxiliary.
func (d *doc) baseFormIsVerb(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	p := toks[k-1]
	if p.isPunct(",—–-") && k+1 < len(toks) && toks[k+1].is("that") {
		return true // Critics of the plan, many of them riders, argue that …
	}
	if j := d.adverbAside(toks, k); j > 0 {
		return d.baseFormIsVerb(toks, j) // Some critics, however, question the plan: the subject before the aside
	}
	if p.kind != tWord {
		return false
	}
	if d.baseBeforeThat(toks, k) && !isPossessive(p.lower) && !p.isClass(cRelative) {
		// those around him acknowledge that …; Tom Hill and Ann Roe of Ames
		// College suggest that …; but not after who, whose clause is an
		// aside in someone else's words (three who allege that …)
		return true
	}
	if p.is("who") && toks[k].isClass(cBelief) {
		return true // experts who believe that …: a plural antecedent takes the base form
	}
	if isPossessive(p.lower) || !p.upper && d.inSet(setNounmodifier, p.lower) {
		return false // a news report said: "news" modifies the noun, it is no plural subject
	}
	if k+1 < len(toks) && toks[k+1].isClass(cFinite) && d.isNoun(toks[k].lower) {
		return false // the jobs report has …: a noun before its verb
	}
	if k > 1 && !p.upper && !p.isClass(cSubject|cFinite|cDeterminer) && (p.isClass(cTime) || d.inSet(setMidadverb, p.lower) || strings.HasSuffix(p.lower, "ly") && !p.is("only") ||
		p.is("only") && toks[k-2].isClass(cSubject|cFinite)) {
		return d.baseFormIsVerb(toks, k-1) // Defenders today argue; critics generally suggest; voters still feel; he could only quip
	}
	if p.is("some") && k+1 < len(toks) && toks[k].isClass(cBelief) && (k < 2 || toks[k-2].isPunct(",;:.!?")) {
		// Some believe the toll will rise: "some" opens the clause as its
		// subject (not "causing some worry", "there is some doubt")
		return !d.pluralNoun(toks[k+1])
	}
	if d.inSet(setPluralquantifier, p.lower) && (k < 2 || !toks[k-2].isClass(cDeterminer)) {
		// many fear, few believe, both think: the quantifier is the
		// subject; but not "the most hope", nor a noun modifier before a
		// plural (most state parties)
		return k+1 >= len(toks) || !d.pluralNoun(toks[k+1])
	}
	return p.isClass(cSubject) || !p.upper && strings.HasSuffix(p.lower, "s") && !p.isClass(cDeterminer) && !strings.HasSuffix(p.lower, "ss") ||
		d.inSet(setPluralonly, p.lower) && toks[k].isClass(cBelief) || // Police suspect …: a plural with no -s
		p.upper && (strings.HasSuffix(p.lower, "s") || d.namesJoined(toks, k)) ||
		p.is("percent") || strings.HasSuffix(p.lower, "%") || // 31 percent call them "…"
		!d.german && toks[k].isClass(cBelief|cTells) && d.pluralBeforePhrase(toks, k)
}

// adverbAside returns where a one-word adverb set off by commas starts
// when it stands right before toks[k] (Some critics, however, question
// …; Voters, meanwhile, fear …): the comma that opens it, after a word;
// else 0.
func (d *doc) adverbAside(toks []token, k int) int {
	if k < 4 || !toks[k-1].isComma() || !toks[k-3].isComma() || toks[k-4].kind != tWord {
		return 0
	}
	if a := toks[k-2]; a.upper || !a.isClass(cAdverb) {
		return 0 // isClass holds only words
	}
	return k - 3
}

// baseBeforeThat reports whether the base form of a speech cue toks[k],
// one that is no noun, opens a that-clause: "acknowledge that they are
// …" is a verb whatever its subject looks like (those around him, Tom
// Hill of Ames College, the experts all). Not "mention that on the
// trail", where that is the object.
func (d *doc) baseBeforeThat(toks []token, k int) bool {
	if k+2 >= len(toks) || !toks[k+1].is("that") || toks[k].cls&cSpeech == 0 || d.isNoun(toks[k].lower) {
		return false
	}
	n := toks[k+2]
	return n.kind == tWord && !(n.isClass(cPrep) && !n.isClass(cConditional))
}

// pluralBeforePhrase reports whether a prepositional phrase of a few
// words ends right before the base form of a belief cue or of tell, ask,
// warn … toks[k], after a subject a base form may follow: "many officials
// on the island believe", "progressives in particular wish", "my friends
// on the council tell me" (on, in after officials, progressives, friends).
func (d *doc) pluralBeforePhrase(toks []token, k int) bool {
	for j := k - 1; j > 0 && k-j <= 5; j-- {
		t := toks[j]
		if t.kind != tWord || t.isClass(cFinite|cRelative|cStop) && !t.isClass(cPrep) || t.isCue() {
			return false
		}
		if t.isClass(cPrep) && j < k-1 {
			p := toks[j-1]
			return p.kind == tWord && !p.isClass(cPrep|cDeterminer) && d.baseFormIsVerb(toks, j)
		}
	}
	return false
}

// isNoun reports whether the base form of a cue verb is a noun too.
func (d *doc) isNoun(base string) bool {
	return d.has(cNoun, base) || d.has(cNoun, strings.TrimSuffix(base, "e"))
}

// nounForm reports whether the cue word w is a noun, singular or plural
// (remark, remarks, claims).
func (d *doc) nounForm(w string) bool {
	return d.isNoun(w) || d.isNoun(strings.TrimSuffix(w, "s"))
}

// sFormIsVerb tells "the official claims" from "similar claims": after a
// name, a pronoun or a source's head noun, or after the comma of an
// appositive when an object follows.
func (d *doc) sFormIsVerb(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	p := toks[k-1]
	if p.is("and") && k > 1 && d.pluralNoun(toks[k-2]) {
		return false // police shootings and protests
	}
	if formOfHave(p) {
		return false // six states have claims: no verb takes -s after have
	}
	if p.upper && d.countedName(toks, k-1) {
		return false // 22 Lee emails: a name after a number modifies the noun
	}
	if !p.upper && d.inSet(setNounmodifier, p.lower) {
		return false // news reports, news tweets: a noun that heads no source before a noun
	}
	if k+2 < len(toks) && toks[k+1].is("that") && d.inSet(setPluralverb, toks[k+2].lower) {
		return false // farm states that have suffered: "that" opens a relative clause on the noun
	}
	if p.isComma() && k+1 < len(toks) && !d.german {
		if toks[k+1].isClass(cDeterminer | cObject) {
			return true // Tom Hill, her aide, calls her record a "…": after an appositive
		}
		if toks[k+1].isClass(cQuestion|cPronoun) || toks[k+1].is("that") {
			// Jo Hill, a critic of the plan, questions whether it works;
			// claims it will fail; notes that it failed: a clause follows
			// the cue
			o := d.openingMark(toks, k-1, false)
			return o > 0 && d.sourceHeadBefore(toks[o-1]) && !d.afterPrep(toks, o-1)
		}
	}
	if o := d.openingDash(toks, k-1); o > 0 && !d.german {
		return d.sourceHeadBefore(toks[o-1]) // a nominee -- Jo Hill -- questions the plan
	}
	if d.describedPerson(toks, k) {
		return true // The senator fears the bill will fail; the cyclist hopes that …
	}
	return p.kind == tWord && !isPossessive(p.lower) && (p.upper || p.isClass(cPronoun|cAnonymous|cOrganisation|cDocument|cAdverb))
}

// describedPerson reports whether the -s form toks[k] follows a person
// described by a determiner and a title or agent noun (the senator, a
// cyclist) and a clause opens after it (a determiner, a pronoun or
// that): "The senator fears the bill will fail" is a verb, though fears
// is a noun too; "the border claims of …" is none.
func (d *doc) describedPerson(toks []token, k int) bool {
	if d.german || k < 2 || k+1 >= len(toks) {
		return false
	}
	p, n := toks[k-1], toks[k+1]
	return p.kind == tWord && !p.upper && (p.isClass(cTitle) || agentSingular(p.lower)) && toks[k-2].isClass(cDeterminer) &&
		n.kind == tWord && (n.isClass(cDeterminer|cPronoun) || n.is("that"))
}

// maxDashAside bounds the back scan for the dash or comma that opens an
// aside, so that a run-on sentence of dashes or commas stays linear.
const maxDashAside = 40

// openingDash returns the index of the dash that opens an aside closed by
// the dash toks[c] (The mayor — who took office in May — claims …), or -1
// when toks[c] is no dash or none opens (openingMark).
func (d *doc) openingDash(toks []token, c int) int {
	if c < 2 || !d.asideDash(toks[c]) {
		return -1
	}
	return d.openingMark(toks, c, true)
}

// openingMark returns the index of the dash (dash) or comma before the
// mark toks[c] within maxDashAside tokens of the same sentence, the one
// that opens the appositive or aside toks[c] closes (Jo Hill, a critic of
// the plan, claims …), or -1.
func (d *doc) openingMark(toks []token, c int, dash bool) int {
	for i := c - 1; i > 0 && c-i <= maxDashAside; i-- {
		t := toks[i]
		if t.kind == tWord {
			continue
		}
		if t.isPunct(".!?;") || t.kind == tQuote {
			return -1
		}
		if dash && d.asideDash(t) || !dash && t.isComma() {
			return i
		}
	}
	return -1
}

// afterPrep reports whether the capitalised words ending at toks[j] follow
// a preposition or a conjunction of condition (In New York, …; When Jo
// Hill, …): an adverbial set off by its comma, no subject.
func (d *doc) afterPrep(toks []token, j int) bool {
	i := capitalsBack(toks, 0, j+1, maxNP, cPrep|cConditional) // In, a capitalised preposition, opens the sentence
	return i < j && toks[i].isClass(cPrep|cConditional)
}

// sourceHeadBefore reports whether p, the word before a dash aside or a
// comma appositive, can head the subject of a cue's -s form after it: a
// name, a pronoun or a source's noun (the mayor, a nominee), not a thing
// (the plan). After an aside the -s word can no longer be a noun p
// modifies, so the role words of titles count too.
func (d *doc) sourceHeadBefore(p token) bool {
	return p.kind == tWord && !isPossessive(p.lower) && (p.upper || p.isClass(cPronoun|cAnonymous|cOrganisation|cDocument|cTitle))
}

// countedName reports whether the capitalised words ending at toks[j]
// follow a number that counts the noun after them (22 Lee emails, 20,000
// Party Committee emails); a year (In 2016 Lee said) counts nothing.
func (d *doc) countedName(toks []token, j int) bool {
	for i := j; i >= 0 && j-i < 5; i-- {
		t := toks[i]
		if t.kind == tWord && t.upper {
			continue
		}
		w := d.text(span{t.s, t.e})
		return i < j && w != "" && w[0] >= '0' && w[0] <= '9' && !(len(w) == 4 && (w[:2] == "19" || w[:2] == "20"))
	}
	return false
}

// pluralNoun reports whether t looks like a lower-case plural noun.
func (d *doc) pluralNoun(t token) bool {
	return t.kind == tWord && !t.upper && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") && !t.isCue() && !t.isClass(cPronoun|cStop|cAdverb|cFinite)
}

// className names a cue's class: speech, or belief for a belief-only cue.
func className(c class) string {
	if c&cSpeech != 0 {
		return "speech"
	}
	return "belief"
}

// bareNP finds a noun phrase without article or capital: "exit polls
// reported by CNN" after "according to" — words up to a preposition, a
// clause word or punctuation.
func (d *doc) bareNP(toks []token, k, b int) (span, bool) {
	e := k
	for e < b && e-k < maxNP && toks[e].kind == tWord && !toks[e].isClass(cStop|cPrep|cClause|cSubordinator) && (!toks[e].isCue() || e == k || toks[e].isClass(cDocument) && !toks[e].upper) {
		e++ // according to reports emerging …: a cue word may head it; a document noun ends it (according to fundraising reports)
	}
	return span{k, e}, e > k
}

// compoundNoun reports whether the cue word toks[i] is the first noun of a
// compound, as "press" in "press secretary": a base form with a lower-case
// noun right after it.
func (d *doc) compoundNoun(toks []token, i int) bool {
	n := toks[i+1]
	return toks[i].cls&cBase != 0 && n.kind == tWord && !n.upper && !n.isCue()
}

// participleAdjective reports whether the English -ed form toks[k] of a
// cue stands as an adjective after a possessive or an article: "the
// party's repeated refusal", "a repeated claim", "its stated aim" report
// nothing; "he repeated the claim" does, and so does a noun with
// its clause after it (Lee's repeated insistence that …).
func (d *doc) participleAdjective(toks []token, k int) bool {
	if d.german || k == 0 || !strings.HasSuffix(toks[k].lower, "ed") || k+2 < len(toks) && toks[k+2].is("that") {
		return false
	}
	p := toks[k-1]
	if k >= 2 && d.lyBeforeAdjective(toks, k) {
		p = toks[k-2] // a newly released email, the widely reported claim: an adverb before the adjective
		return p.kind == tWord && (isPossessive(p.lower) || article(p))
	}
	return p.kind == tWord && (isPossessive(p.lower) || article(p) || countBeforeNoun(toks, k))
}

// lyBeforeAdjective reports whether the -ly word before the -ed form
// toks[k] reads as an adverb on an adjective: long enough to be no
// short noun (the rally denounced, a tally showed), and a noun after the
// -ed form, no determiner, pronoun or preposition (the newly released
// email; not "the family released a statement").
func (d *doc) lyBeforeAdjective(toks []token, k int) bool {
	p := toks[k-1]
	if !lyAdverb(&p) || k+1 >= len(toks) {
		return false
	}
	if len(p.lower) == 5 && strings.HasSuffix(p.lower, "lly") || strings.HasSuffix(p.lower, "ply") {
		return false
	}
	n := toks[k+1]
	return n.kind == tWord && !n.isClass(cDeterminer|cPronoun|cObject|cPrep|cStop|cTime) && !n.is("that")
}

// counselsOn reports whether the cue toks[k] counsels someone on a topic:
// an advise form with "on" within a few words after it and no "to",
// "that" or punctuation before it ("advises her father on pay"; not
// "advised him to wait", "advised that …", "…," advises Ann Roe.).
func (d *doc) counselsOn(toks []token, k, b int) bool {
	if !d.inSet(setCounselson, toks[k].lower) {
		return false
	}
	for i := k + 1; i < b && i <= k+6; i++ {
		switch {
		case toks[i].is("on"):
			return i > k+1
		case toks[i].kind != tWord || toks[i].is("to") || toks[i].is("that"):
			return false
		}
	}
	return false
}

// countBeforeNoun reports whether a count in digits, not a year, stands
// before the -ed form toks[k] and a lower-case word after it: "400
// pledged delegates" (but "in 2015 pledged to", "400 pledged that").
func countBeforeNoun(toks []token, k int) bool {
	p := toks[k-1].lower
	if strings.Trim(p, "0123456789,") != "" || len(p) == 4 && (strings.HasPrefix(p, "19") || strings.HasPrefix(p, "20")) {
		return false // the 43-year-old asked
	}
	if k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	return n.kind == tWord && !n.upper && !n.is("to") && !n.is("that") && !article(n)
}

// nameAfterNoun returns where a name of two words or more that starts at
// toks[e] ends, right after a source noun that a capitalised word opened
// (Ohio lawmaker Ann Roe): the noun is the name's title, the name goes
// on the mention.
func (d *doc) nameAfterNoun(toks []token, e, b int) (int, bool) {
	n := capitalsOn(toks, e, min(b, e+4), cDeterminer|cPronoun|cStop|cPrep|cTime|cTitle)
	return n, n-e >= 2
}

// genitiveAdjectives returns where the noun of a German genitive whose
// words open at toks[e], right after its article, starts: past inflected
// adjectives (ein Sprecher des britischen Ministeriums), which German
// writes in lower case. Else e: no capitalised noun follows them. It
// is bareAdjectives with other word classes and up to three adjectives.
func (d *doc) genitiveAdjectives(toks []token, e, b int) int {
	n := e
	for n < b && n-e < 3 && adjectiveWord(toks[n], cStop|cPrep|cFinite|cDeterminer|cPronoun|cAdverb) {
		n++
	}
	if n > e && n < b && toks[n].kind == tWord && toks[n].upper {
		return n
	}
	return e
}

// countOpening moves a, the start of a subject that opens with a number,
// back over the two words of a rough count before it (and more than 4 in
// 10 said; and at least 200 residents said): they belong to the subject,
// so the clause before it ends ahead of them, not after "more than".
func (d *doc) countOpening(toks []token, lo, a int) int {
	p := a - 1
	if p < lo || !toks[a].isNumber() || toks[p].kind != tWord {
		return a
	}
	if p-1 >= lo && (toks[p].is("than") || toks[p].is("least") || toks[p].is("to")) && d.inSet(setApproximator, toks[p-1].lower) {
		return p - 1 // more than, at least, up to
	}
	return a
}

// forDuration reports whether the "for" that ends an English phrase cue
// before toks[e] opens a stretch of time that "that" follows (argued for
// years that …, has argued for a decade that …): no particle of the cue,
// whose verb alone reports the clause.
func (d *doc) forDuration(toks []token, e, b int) bool {
	if d.german || e+1 >= b || !toks[e-1].is("for") {
		return false
	}
	j := e
	if toks[j].is("a") || toks[j].is("some") || toks[j].isNumber() {
		j++
	}
	return j+1 < b && d.periodWord(toks[j]) && toks[j+1].is("that")
}
