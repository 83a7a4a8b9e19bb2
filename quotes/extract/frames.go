package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

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
		words := j + 1
		for words < q.e && unicode.IsSpace(d.r[words]) {
			words++
		}
		if words == q.e {
			continue // a label and nothing said: "AA: "
		}
		f := d.newFrame(frame{class: "speech", rule: "transcript", para: pi, mention: span{q.s, j}, cue: span{j, j + 1}})
		f.cueText = ":"
		d.frames = append(d.frames, f)
		q.s = words // the words after the label
		d.labels = append(d.labels, labelled{qi: toks[i].q, f: f})
	}
}

// subjectFrame makes a frame of the subject that opens the sentence, for a
// quoted fragment in a sentence without a cue: in "Mr. Ryan laid out a
// vision for "a reformed tax code"", the words are Mr. Ryan's. A quote
// more than maxContent tokens into its sentence is too far from the
// subject to be its words, and the scans below stay bounded.
func (d *doc) subjectFrame(toks []token, a, i, pi int) *frame {
	if i-a > maxContent {
		return nil
	}
	for a < i && (toks[a].kind == tPunct || toks[a].isClass(cAdverb|cClause) && !d.frontsClause(toks, a, i) && !d.prepOpening(toks[a])) {
		a++
	}
	record := func(s span) *frame {
		f := d.newFrame(frame{class: "speech", rule: "subject", para: pi, mention: d.tokSpan(toks, s)})
		d.frames = append(d.frames, f)
		return f
	}
	if p, ok := d.innerPersonSubject(toks, a, i); ok {
		return record(span{p, p + 1})
	}
	if w := d.innerWho(toks, a, i); w > a {
		f := record(span{w, w + 1})
		f.antecedent = d.antecedentOf(toks, a, span{w, w + 1})
		return f
	}
	if o, ok := d.ownedSpeechNoun(toks, a, i); ok {
		return record(o)
	}
	np, ok, end := span{}, false, i // the subject ends before the quote
	if d.german {
		// after a fronted phrase the subject follows the verb, up to the
		// quote: Mit der Brücke wollte der Bürgermeister „…“ schaffen;
		// Ursprünglich wollte er „…“
		np, ok = d.germanSubject(toks, a, i)
		end++
	} else {
		np, ok = d.clauseSubject(toks, a, i)
		if !ok && a+1 < i && d.frontsClause(toks, a, i) {
			np, ok = d.clauseSubject(toks, a+1, i) // While Mr. Ryan, a leader, laid out "…"
		}
	}
	if !ok || np.e >= end || !(d.properOrPronoun(toks, np) || toks[np.s].isClass(cDeterminer)) {
		return nil
	}
	if !d.german && d.capitalisedModifier(toks, np, a, end) {
		return nil
	}
	if d.german && (!d.nominative(toks, np) || np.e-np.s == 1 && toks[np.s].isClass(cAdverb|cParticle|cPrep)) {
		return nil // Ab 1939 musste dort ein „…“ kleben: no subject
	}
	if d.german && d.copulaBetween(toks, a, i) {
		return nil // Für viele war er „der Buhmann der Nation“: what the subject is, not what it said
	}
	return record(np)
}

// prepOpening reports whether t, opening a sentence, is a preposition
// that may also open a clause (after, before, amid, with): its phrase
// comes before the subject, after the comma (Before Tom Hill's talk, the
// pilot Ann Roe is shown lecturing: "…"), not in it.
func (d *doc) prepOpening(t token) bool {
	return t.isClass(cPrep) && !t.isClass(cConditional)
}

// capitalisedModifier reports whether the English subject np is one
// word capitalised only because it opens the sentence, before a noun:
// in "Good information can still win when "…"", Good is no one. The
// caller has made sure that np ends before end.
func (d *doc) capitalisedModifier(toks []token, np span, a, end int) bool {
	if np.s != a || np.e != np.s+1 || toks[np.s].isClass(cPronoun) {
		return false
	}
	if np.e+1 < end && toks[np.e+1].upper {
		return false // a description before a name: Retired nurse Ann Roe
	}
	n := toks[np.e]
	return n.kind == tWord && !n.upper && !n.finite() && !n.isCue() && !n.isClass(cAdverb|cPronoun|cDeterminer|cPrep|cClause) && !strings.HasSuffix(n.lower, "ly") && !strings.HasSuffix(n.lower, "ed") && !strings.HasSuffix(n.lower, "s")
}

// innerWho returns the "who" that opens a relative clause running on,
// with no mark, to the quote toks[i], or -1: in "Hill contrasted that
// with Roe, who is looking to bring "people together"" the words are
// Roe's, and annotators mark the "who".
func (d *doc) innerWho(toks []token, a, i int) int {
	if d.german {
		return -1
	}
	for j := i - 1; j > a && i-j <= 12; j-- {
		t := toks[j]
		if t.kind != tWord {
			return -1
		}
		if t.is("who") && !t.upper {
			return j
		}
	}
	return -1
}

// innerPersonSubject returns a personal pronoun that opens the clause
// holding the quote toks[i] after a clause word (Perez won applause as he
// kept talking about the "power of we"): the quoted words are that
// clause's subject's, nearer than the sentence's. Not after a conditional
// word (if, when, while, because, unless …: to see if they could "look
// like" him is a supposition, no one's words).
func (d *doc) innerPersonSubject(toks []token, a, i int) (int, bool) {
	if d.german {
		return 0, false
	}
	for j := i - 1; j > a+1 && i-j <= 12; j-- {
		t := toks[j]
		if t.kind == tQuote || t.isPunct(".;:!?") {
			return 0, false
		}
		if t.upper || !(t.is("he") || t.is("she") || t.is("they")) {
			continue
		}
		p := toks[j-1]
		return j, p.isClass(cClause|cSubordinator) && !p.isClass(cConditional)
	}
	return 0, false
}

// ownedSpeechNoun returns the owner of a speech noun a few words before
// the quote toks[i] in its clause: in "Ann Lee drew fire over her remark
// that "…"" or "his call for "…"" the quoted words are the owner's, who
// may not be the sentence's subject.
func (d *doc) ownedSpeechNoun(toks []token, a, i int) (span, bool) {
	if d.german {
		return span{}, false
	}
	for j := i - 1; j > a && i-j <= 10; j-- {
		t := toks[j]
		if t.kind == tQuote || t.isPunct(".;:!?") {
			break
		}
		if !t.isCue() || t.upper || !d.nounForm(t.lower) {
			continue
		}
		return d.ownerBefore(toks, a, j)
	}
	return span{}, false
}

// frontsClause reports whether the word toks[a] that opens a sentence
// opens an adverbial clause that a comma closes before the quote at
// toks[i], so that the subject comes after it (While some staff could
// stay, she added, it would be "…"), and is no conjunction (And, But).
// A comma that opens an appositive closes no clause (While Tom Hill, a
// councillor, laid out "…").
func (d *doc) frontsClause(toks []token, a, i int) bool {
	if !toks[a].isClass(cConditional) {
		return false
	}
	for j := a + 1; j < i && j-a <= maxContent; j++ { // bounded: the scan stays linear
		if toks[j].isComma() {
			np, ok := d.npAfter(toks, j+1, i)
			return !ok || np.e >= i || !toks[np.e].isComma()
		}
	}
	return false
}

// punctFrame attributes a quote by punctuation alone: a dash and a name
// after it ("…" — Jane Doe), a name before a colon (Jones: "…",
// Kasich resisted: "…"), or the signature line of a pull quote.
func (d *doc) punctFrame(toks []token, a, b, i, pi int) *frame {
	f := d.newFrame(frame{class: "speech", para: pi})
	switch sig, pe := d.qs[toks[i].q].sig, d.parenSource(toks, i+1); {
	case sig.e > sig.s:
		// a pull quote signed on its last line: the name is the source
		f.mention, f.cue, f.rule = sig, span{sig.s, sig.s}, "signature"
	case i+2 < b && toks[i+1].isPunct("—–―-"):
		np, ok := d.npAfter(toks, i+2, b)
		if !ok || !d.properOrPronoun(toks, np) && !d.dashSource(toks, np, b) {
			return nil
		}
		f.mention, f.cue, f.rule = d.tokSpan(toks, np), span{toks[i+1].s, toks[i+1].e}, "dash"
		if r, e := d.invertedRole(toks, np.e, b); e >= b-1 {
			f.role = r // "…" — Jo Hill, the union's president: the appositive that ends the line is her role
		}
	case pe > 0:
		// „…“ (Stiftung für Demokratie): the source in parentheses
		f.mention, f.cue, f.rule = d.tokSpan(toks, span{i + 2, pe}), span{toks[i+1].s, toks[i+1].e}, "parenthesis"
	case d.german && i-2 >= a && toks[i-1].isPunct("(") && i+1 < b && toks[i+1].isPunct(")") && d.quoteEndsIn(toks[i], ".!?…"):
		// der Leiter der Behörde, Paul Weber („Wir sind froh.“): a sentence
		// in parentheses right after a name is that person's
		s, ok := d.npBackFrom(toks, a, i-2)
		if !ok || !d.namesSomeone(toks, span{s, i - 1}) {
			return nil
		}
		f.mention, f.cue, f.rule = d.tokSpan(toks, span{s, i - 1}), span{toks[i-1].s, toks[i-1].e}, "parenthesis-name"
	case i-2 >= a && toks[i-1].isPunct(":"):
		if d.german && d.nameAfterColon(toks[i]) {
			return nil // Sein erstes Werk entstand 1970: „Le Grand Macabre“
		}
		if d.colonLabel(toks, a, i-1) {
			return nil // Related: "…": a page's label, no speaker
		}
		j := i - 2
		if np, ok := d.nameClosingList(toks, a, j); ok {
			f.mention = d.tokSpan(toks, np) // gratulierten ihr, darunter der Landrat Peter Zorn: „…“
		} else if np, ok := d.relativeClauseSubject(toks, a, i-1); ok {
			f.mention = d.tokSpan(toks, np) // die Marke, die Paul Weber erklärt hatte: „…“
		} else if np, ok := d.germanSubject(toks, a, i-1); ok {
			f.mention = d.tokSpan(toks, np) // German: the clause's subject
		} else if s, name := d.colonName(toks, a, j); name && s < 0 {
			return nil
		} else if obj := name && d.colonObject(toks, a, s); name && !obj {
			f.mention = d.tokSpan(toks, span{s, j + 1})
		} else {
			// Kasich resisted: "…"; A footnote in the report makes that clear: "…";
			// In a Fox interview, Trump went even further: "…"; and the
			// subject when the name is an object: Ms. Roe later told the
			// Harbor Times: "…"
			start := a
			for c := i - 2; c > a && i-c <= maxContent; c-- { // bounded: hostile text stays linear
				if toks[c].isComma() {
					start = c + 1
					break
				}
			}
			np, ok := d.fromLeadIn(toks, start, i)
			if !ok {
				np, ok = d.colonSubject(toks, start, i, b, obj)
			}
			if !ok {
				return nil // the sentence's other frames may find the source
			}
			if o, owned := d.speechNounOwner(toks, np); owned {
				np = o // Roe's response was: "…": the owner of the response speaks
			}
			f.mention = d.tokSpan(toks, np)
		}
		if d.german && d.adverbMention(toks, a, i-1, f.mention) {
			return nil // Darin steht: „…“; Ab 1939 stand darauf: „…“
		}
		f.cue, f.rule = span{toks[i-1].s, toks[i-1].e}, "colon-name"
	default:
		return nil
	}
	f.cueText = d.text(f.cue)
	return f
}

// dashSource reports whether the noun phrase np after a dash that
// follows a quote is a described source that ends the sentence: "…" —
// the ferry workers' union; "…" — a harbor pilot. A phrase that goes on
// explains the quote instead ("…" — the words that …).
func (d *doc) dashSource(toks []token, np span, b int) bool {
	if d.german || !(np.e == b || np.e+1 == b && toks[np.e].isPunct(".")) {
		return false
	}
	h := toks[np.e-1]
	return !h.upper && h.isClass(cAnonymous|cOrganisation)
}

// relativeClauseSubject finds the subject of a German relative clause
// that ends right before a colon, toks[a:e]: a name after the relative
// pronoun that opens the last clause (die Marke, die Paul Weber zum
// Ziel erklärt hatte: „…“), whose pronoun is then its object.
func (d *doc) relativeClauseSubject(toks []token, a, e int) (span, bool) {
	if !d.german {
		return span{}, false
	}
	for c := e - 1; c > a && e-c <= 24; c-- {
		if toks[c].kind == tQuote || toks[c].isPunct(";:") {
			break
		}
		if !toks[c].isComma() {
			continue
		}
		r := toks[c+1]
		if c+2 >= e || r.upper || !d.relativePronoun(r.lower) {
			break
		}
		if np, ok := d.npAfter(toks, c+2, e); ok && np.e < e && d.nominative(toks, np) && d.namesSomeone(toks, np) {
			return np, true
		}
		break
	}
	return span{}, false
}

// fromLeadIn returns the noun phrase after a "From" that opens the
// sentence toks[a:i-1] before the colon at toks[i-1]: in "From the
// report: "…"" or "From Ann Lee's blog post: "…"" the document or its
// owner is the source, as "More from Tom Hill:" names it. Only a few
// lower-case words may follow the phrase (blog post), as in colonSubject.
func (d *doc) fromLeadIn(toks []token, a, i int) (span, bool) {
	if d.german || a+2 >= i || !toks[a].is("from") {
		return span{}, false
	}
	np, ok := d.npAfter(toks, a+1, i-1)
	if !ok || i-1-np.e > 3 {
		return span{}, false
	}
	for _, t := range toks[np.e : i-1] {
		if t.kind != tWord || t.upper {
			return span{}, false
		}
	}
	for j := np.s; j < np.e; j++ {
		if isPossessive(toks[j].lower) {
			np.e = j + 1 // From Ann Lee's blog post: the owner
		}
	}
	return np, true
}

// colonSubject returns the subject that opens the clause toks[start:i-1]
// before the colon at toks[i-1]: a noun phrase a few lower-case words
// before it, or any words when the name before the colon is an object
// (obj).
func (d *doc) colonSubject(toks []token, start, i, b int, obj bool) (span, bool) {
	np, ok := d.npAfter(toks, start, b)
	if !ok || np.e >= i-1 || i-1-np.e > 5 {
		return span{}, false
	}
	for _, t := range toks[np.e : i-1] {
		if t.kind != tWord || t.upper && !obj {
			return span{}, false
		}
	}
	return np, true
}

// speechNounOwner returns the owner of the English noun phrase np when
// it ends in a speech noun that a possessive owns (Roe's response, his
// answer, the board's reply): the owner said what follows the colon, as
// the annotators name the source.
func (d *doc) speechNounOwner(toks []token, np span) (span, bool) {
	h := toks[np.e-1]
	if d.german || np.e-np.s < 2 || h.kind != tWord || h.upper || !d.inSet(setSpokenthing, h.lower) {
		return span{}, false
	}
	return d.ownerBefore(toks, np.s, np.e-1)
}

// colonName returns the start of the name that ends on toks[j] before a
// colon, or -1 if no noun phrase ends there, and whether toks[j] is a
// name at all.
func (d *doc) colonName(toks []token, a, j int) (int, bool) {
	if toks[j].kind != tWord || !toks[j].upper || toks[j].isClass(cTime) {
		return 0, false
	}
	if s, ok := d.npBackFrom(toks, a, j); ok {
		return s, true
	}
	return -1, true
}

// nameClosingList finds a German name that closes a list or an example just
// before a colon (Viele gratulierten, darunter der Landrat Peter Zorn: „…“;
// …, und der Landrat Peter Zorn: „…“): the quote is that person's, not
// the clause subject's.
func (d *doc) nameClosingList(toks []token, a, j int) (span, bool) {
	if !d.german || toks[j].kind != tWord || !toks[j].upper {
		return span{}, false
	}
	s, ok := d.npBackFrom(toks, a, j)
	if !ok || s-2 <= a || !(toks[s-1].is("und") || toks[s-1].is("darunter")) || !toks[s-2].isComma() {
		return span{}, false
	}
	np := span{s, j + 1}
	return np, d.namesSomeone(toks, np)
}

// colonObject reports whether a preposition or a cue leads the name
// toks[s:] before a colon: it is the clause's object, not its source (Ms.
// Roe later told the Harbor Times: "…"; sent a note to Tom Hill: "…"; Of
// Tom Hill: "…", where a preposition opening the sentence leads the
// topic), but "More from Tom Hill:" names the source.
func (d *doc) colonObject(toks []token, a, s int) bool {
	if s <= a || d.german {
		return false
	}
	t := toks[s-1]
	return t.isClass(cPrep) && (!t.upper || s-1 == a) && !t.is("from") && !t.is("by") || t.isClass(cTells)
}

// nameAfterColon reports whether a German quote after a colon is a name,
// a title or a slogan rather than words said: it reads as a name, and
// none of its words is in lower case but articles, prepositions and
// conjunctions (Confessions on a Dance Floor, Gedenken an Michail Tal).
func (d *doc) nameAfterColon(t token) bool {
	q := d.qs[t.q]
	if !d.looksLikeName(q) || d.quoteEndsSentence(t) {
		return false
	}
	return d.everyWord(q, func(w []rune) bool {
		return unicode.IsUpper(w[0]) || d.classOf(w)&(cDeterminer|cPrep|cStop) != 0 // not: Wir befürchten das Schlimmste
	})
}

// parenSource returns the index of the closing parenthesis when a German
// source in parentheses stands at toks[j], after a quote: „…“ (Paul
// Weber), „…“ (Stiftung für Demokratie). It returns -1 otherwise.
func (d *doc) parenSource(toks []token, j int) int {
	if !d.german || j < 1 || j+2 >= len(toks) || toks[j-1].kind != tQuote || !d.quoteEndsSentence(toks[j-1]) ||
		!toks[j].isPunct("(") || !toks[j+1].upper || toks[j+1].isClass(cDeterminer) {
		return -1 // a name and its abbreviation: die „Volkspartei“ (VP)
	}
	for e := j + 1; e < len(toks) && e-j <= 8; e++ {
		switch {
		case toks[e].isPunct(")"):
			// the parenthesis closes the sentence
			if e > j+1 && (e+1 == len(toks) || toks[e+1].isPunct(".!?")) {
				return e
			}
			return -1
		case toks[e].kind != tWord && !toks[e].isPunct("-"):
			return -1
		}
	}
	return -1
}

// findFrames finds the attribution frames of the sentence toks[a:b]. The
// list is d.fs, reused from sentence to sentence: it holds until the next
// sentence is read.
func (d *doc) findFrames(toks []token, a, b, pi int) []frameAt {
	fs := d.fs[:0]
	for k := a; k < b; k++ {
		if !d.mayFrame(toks, a, k) {
			continue
		}
		fa, ok := d.frameAt(toks, a, b, k, fs)
		if !ok {
			continue
		}
		fa.f.para = pi
		if n := len(fs); n > 0 && fa.lo < fs[n-1].hi && !(fa.f.rule == "appositive" && fa.lo <= fs[n-1].lo) {
			continue // overlaps the previous frame, unless it holds it: Jo Lee, who estimated …, said
		}
		if n := len(fs); n > 0 && !d.german && fs[n-1].right > fa.lo && fa.lo >= fs[n-1].hi && !d.hasPunct(toks, fs[n-1].hi, fa.lo) && !d.subordinateSource(toks, fs[n-1], fa) {
			continue // said in one of her Twitter messages that …: the cue is in the adverbial
		}
		if n := len(fs); n > 0 && fa.f.rule == "according-to" && fs[n-1].f.channel == "" && d.channelOf(toks, fs[n-1], fa, b) {
			// sagte Rech laut einer Pressemitteilung; "…," Tom Hill
			// said, according to a transcript: the channel of that frame,
			// and in German the source of its report
			fs[n-1].f.channel = d.text(fa.f.mention)
			if d.german && fs[n-1].f.via == nil {
				fs[n-1].f.via = d.viaFrame(fs[n-1].f, fa.f.mention)
				fs[n-1].viaAt = fa.lo
			}
			k = max(k, fa.hi-1)
			continue
		}
		if n := len(fs); n > 0 && (fs[n-1].f.ledToEnd() || d.opensLedContent(fs[n-1], fa)) {
			continue // In a May poll, 75 percent said …: all of it is the poll's (To Jo Vale, it …: the holder's)
		}
		if fa.f.channel == "" {
			fa.f.channel = d.channelAfter(toks, fa.hi, b)
		}
		if fa.f.channel == "" && d.german {
			fa.f.channel = d.germanChannelBefore(toks, a, fa.f.cue.s)
			if fa.f.channel == "" {
				fa.f.channel = d.germanChannelInside(toks, fa.lo, fa.f.cue.s)
			}
		} else if fa.f.channel == "" && !fa.inverted {
			fa.f.channel = d.channelBefore(toks, a, fa.lo)
			if fa.f.channel == "" {
				fa.f.channel = d.channelAside(toks, fa.lo, fa.hi, fa.f.cue.s)
			}
		}
		if fa.f.addressee == "" && d.german {
			fa.f.addressee = d.germanGegenueber(toks, a, fa.f.cue, b)
		}
		if fa.f.channel == "" {
			fa.f.channel = d.mediaChannel(fa.f.addressee) // told CNN, gegenüber der Zeitung: the outlet is where it was said
		}
		sameOccasion(fa.f)
		if fa.f.channel == "" && !d.german {
			fa.f.channel = d.channelBeforeParticiple(toks, a, fa)
		}
		if n := len(fs); n > 0 && fs[n-1].f.rule == "according-to" && (fs[n-1].right < 0 || fs[n-1].right >= fa.lo) && fa.f.channel == "" {
			// According to the Kremlin website, Putin told Macron: …
			fa.f.channel = d.text(fs[n-1].f.mention)
		}
		fs = append(fs, fa)
		d.frames = append(d.frames, fa.f)
		if v := fa.f.via; v != nil {
			fa.f.via = d.viaFrame(fa.f, v.mention)
		}
		k = max(k, fa.hi-1) // never step back: the scan stays linear
	}
	if len(fs) > 1 {
		fs = d.dropNestedRelativeBeliefs(toks, fs)
	}
	d.fs = fs
	return fs
}

// sameOccasion gives a participle that shares its source with the frame
// before it (said in a statement, adding that …; told reporters, saying
// …) that frame's channel and addressee when it names none of its own:
// the -ing clause goes on with the same act.
func sameOccasion(f *frame) {
	verb, _, _ := strings.Cut(f.cueText, " ") // referring to: the verb
	p := f.inherit
	if p == nil || !strings.HasSuffix(strings.ToLower(verb), "ing") {
		return
	}
	if f.channel == "" {
		f.channel = p.channel
	}
	if f.addressee == "" {
		f.addressee = p.addressee
	}
}

// subordinateSource reports whether the frame fa, inside the words the
// frame prev passes over to its content, has a source of its own right
// after a word that opens a clause of time or cause (after, when,
// because), and a cue that reports a clause or takes an object: in "Hill
// tweeted after Roe argued that "…"" the that clause and its quote are
// Roe's, not an adverbial of Hill's cue; but in "told the paper before he
// spoke that …" spoke reports nothing, and the clause is told.
func (d *doc) subordinateSource(toks []token, prev, fa frameAt) bool {
	j := fa.lo - 1
	if !fa.f.reports && !fa.f.object || fa.f.mention.e <= fa.f.mention.s || j < prev.hi || toks[j].kind != tWord || toks[j].upper || toks[j].isCue() {
		return false // when asked if …: no source of its own
	}
	return d.inSet(setSubordinate, toks[j].lower) // the set lookup last: a hash and a table probe
}

// dropNestedRelativeBeliefs drops a belief of "who" with a base-form cue
// (voters who believe X) when the sentence holds another frame: there the
// relative clause is most often part of what the other source said
// (Candidates who think X are wrong, she said).
func (d *doc) dropNestedRelativeBeliefs(toks []token, fs []frameAt) []frameAt {
	out := fs[:0]
	var drop map[*frame]bool // made at the first drop: most sentences have none
	for _, fa := range fs {
		if fa.f.class == "belief" && toks[fa.lo].is("who") && fa.lo+1 < len(toks) && (toks[fa.lo+1].cls&cBase != 0 || d.restrictiveBelief(toks, fa.lo)) {
			if drop == nil {
				drop = map[*frame]bool{}
			}
			drop[fa.f] = true
			continue
		}
		out = append(out, fa)
	}
	if len(drop) > 0 {
		kept := d.frames[:0]
		for _, f := range d.frames {
			if !drop[f] {
				kept = append(kept, f)
			}
		}
		d.frames = kept
	}
	return out
}

// restrictiveBelief reports whether the "who" at toks[w] opens a relative
// clause with no comma before it and a present-tense cue after it: "A
// builder who wants to cheat can …, he says" names which builder, and
// is part of what the other source said (but "Jo Hill, who thinks …,"
// stands as an aside of its own).
func (d *doc) restrictiveBelief(toks []token, w int) bool {
	v := toks[w+1]
	return w > 0 && toks[w-1].kind == tWord && v.kind == tWord && strings.HasSuffix(v.lower, "s") && !strings.HasSuffix(v.lower, "ss")
}

// viaFrame adds the frame of the medium at mention that reports the
// source of f: it shares f's cue and all but the source.
func (d *doc) viaFrame(f *frame, mention span) *frame {
	v := d.newFrame(*f)
	v.mention, v.rule, v.via, v.role = mention, "via", nil, ""
	d.frames = append(d.frames, v)
	return v
}

// shortParenthesis returns the index after a German parenthesis of one
// to three words at toks[j] (nach Angaben des Instituts (GD) etwa …), which
// belongs to the source before it, or j.
func (d *doc) shortParenthesis(toks []token, j, b int) int {
	if !d.german || j >= b || !toks[j].isPunct("(") {
		return j
	}
	for k := j + 1; k < b && k <= j+4; k++ {
		if toks[k].isPunct(")") {
			if k == j+1 {
				return j
			}
			return k + 1
		}
		if toks[k].kind != tWord {
			return j
		}
	}
	return j
}

// opensLedContent reports whether a German verb frame that takes no
// content opens the clause a fronted source leads (Nach Angaben der
// Polizei hatten sich die Vorwürfe nicht bestätigt): the clause is what
// the source says, its verb no cue of its own.
func (d *doc) opensLedContent(prev, fa frameAt) bool {
	return d.german && prev.f.leads && prev.f.rule == "according-to" && fa.right < 0 && fa.lo >= prev.right
}

// channelOf reports whether the according-to frame fa names the channel
// of the frame before it: right after it in German (sagte Rech laut einer
// Pressemitteilung), or in English after the attribution of a quote,
// behind a comma and closing the sentence ("…," Tom Hill said, according
// to a transcript.).
func (d *doc) channelOf(toks []token, prev, fa frameAt, b int) bool {
	if d.german {
		return fa.lo-prev.hi <= 2 && !d.hasPunct(toks, prev.hi, fa.lo)
	}
	quoted := prev.lo > 0 && toks[prev.lo-1].kind == tQuote || prev.lo > 1 && toks[prev.lo-1].isComma() && toks[prev.lo-2].kind == tQuote
	j := d.skipAdverbials(toks, prev.hi, fa.lo)
	return quoted && prev.right < 0 && j+1 == fa.lo && toks[j].isComma() && d.closesSentence(toks, fa.hi, b)
}

// mayFrame is a cheap test of whether frameAt can find a frame at toks[k]:
// at the sentence start (NAME:; In a … poll,; To NAME,), at a word that may start a cue (cueAt), or
// right after a quote ("…," NAME VERB; German „…“, sagte X: quoteThenVerb).
// Most tokens are none of these, and the test spares them frameAt's calls.
func (d *doc) mayFrame(toks []token, a, k int) bool {
	return k == a || toks[k].kind == tWord && d.mayCue(&toks[k]) ||
		k > 0 && toks[k-1].kind == tQuote || d.german && k > 1 && toks[k-2].kind == tQuote
}

// frameAt returns the frame whose cue is toks[k], if there is one: a cue
// of the lexicon, or any verb in the layout "QUOTE," NAME VERB.
func (d *doc) frameAt(toks []token, a, b, k int, prev []frameAt) (frameAt, bool) {
	if k == a {
		if fa, ok := d.nameColon(toks, a, b); ok {
			return fa, true
		}
		if fa, ok := d.pollLead(toks, a, b); ok {
			return fa, true
		}
		if fa, ok := d.viewpointLead(toks, a, b); ok {
			return fa, true
		}
	}
	ce, class, ok := d.cueAt(toks, k, b)
	if !ok || !d.cueCanStart(toks, a, k) || d.chargeDescribes(toks, k, b) || d.chargeBills(toks, a, k, b) {
		return d.quoteThenVerb(toks, a, b, k)
	}
	if d.pollParticiple(toks, k, b) {
		return frameAt{}, false // A poll released Monday showed …: the poll's finding is the report
	}
	fa, ok := d.frameFor(toks, a, b, k, ce, class, prev)
	if !ok {
		return fa, false
	}
	if fa.right >= 0 && fa.right < b && toks[fa.right].kind == tQuote && fa.end == 0 && d.inSet(setQuotecue, toks[k].lower) {
		fa.end = fa.right + 1 // a message reading "Thank you" moments later: the words on it are the quote alone
	}
	fa.f.class = className(class)
	fa.f.reports = class&cReports != 0
	fa.f.object = class&cContent != 0 && !d.german || d.negatedMention(toks, k)
	if fa.f.object && !fa.inverted && fa.hi < b && (d.toVerb(toks, fa.hi, b) || toks[fa.hi].is("for") && strings.HasPrefix(toks[k].lower, "ask")) {
		fa.right = fa.hi // vowed to fight, asked for proof: the content, not an adverbial
		if fa.hi > ce && toks[k].isClass(cTells) && toks[fa.hi].is("to") && fa.f.rule != "asked" {
			// urged the board to act: whom it asks to act is content too,
			// as the annotators count it (30 times to 13); but in "Asked
			// by Jo Lee to explain" the one after "by" asks
			fa.hi, fa.right = ce, ce
		}
	}
	if fa.f.object && !fa.inverted && fa.hi == ce && ce < b && fa.right != fa.hi {
		if t := d.timeBeforeTo(toks, fa.hi, b); t > fa.hi {
			fa.right = t // vowed last month to run: the infinitive, past the time phrase
		}
	}
	if !fa.f.object && !fa.inverted && fa.hi > ce && d.infinitiveAfter(toks, fa.hi, b) && d.inSet(setTellsto, toks[k].lower) {
		fa.f.object, fa.right = true, fa.hi // told voters not to worry: what they were told to do
	}
	if fa.right < 0 && fa.f.addressee != "" && !fa.inverted && fa.hi > ce && fa.hi < b && toks[fa.hi].is("about") && strings.HasPrefix(toks[k].lower, "ask") {
		// asked Ann Lee about the toll: what she was asked about, without
		// her; the annotators start after "about" 5 times, at it 3 (asked
		// him about it), never at the addressee
		fa.right = fa.hi
	}
	if fa.f.object && (fa.right < 0 || fa.right > 0 && toks[fa.right-1].isComma()) && fa.f.addressee != "" && !fa.inverted && fa.hi > ce {
		// promised a closer tie with the council, if elected: with no
		// content after it, the object is what was promised; so too
		// before a comma (Tom Lee, who urged a delay of the vote, left)
		fa.f.addressee, fa.hi, fa.right = "", ce, ce
	}
	if fa.f.object && fa.right >= 0 && fa.right < b && d.inSet(setExpresses, toks[k].lower) {
		if toks[fa.right].kind == tQuote {
			// Ms. Roe expressed "deep worries," the official said: the
			// words quoted are the reporting source's
			return fa, false
		}
		fa.right = d.afterFeeling(toks, fa.right, b)
	}
	fa.f.cue = span{toks[k].s, toks[ce-1].e}
	if ce == k+1 {
		fa.f.cueText = d.wordText(&toks[k]) // said: most cues are one word
	} else {
		fa.f.cueText = d.text(fa.f.cue)
	}
	if d.passiveInAside(toks, fa, ce, b) {
		return fa, false // Ann Lee, in a statement released by her campaign, said …
	}
	if d.agentAfterNoun(toks, fa, ce, b) {
		return fa, false // because of "poison pill" measures added by Republicans: no one speaks
	}
	return fa, true
}

// agentAfterNoun reports whether the English frame fa is a past
// participle with its agent right after a bare plural common noun it
// describes: "measures added by Republicans", "rules adopted by the
// board". The agent is a name or a determined noun phrase (not "said by
// phone").
func (d *doc) agentAfterNoun(toks []token, fa frameAt, ce, b int) bool {
	f := fa.f
	if d.german || fa.inverted || ce+1 >= b || !toks[ce].is("by") || !strings.HasSuffix(f.cueText, "ed") || f.cue.s != f.mention.e+1 {
		return false
	}
	w := d.words(f.mention)
	if len(w) != 1 || w[0].upper || !strings.HasSuffix(w[0].lower, "s") || d.has(cPronoun|cAnonymous|cOrganisation, w[0].lower) {
		return false // officials added by phone; they said by way of answer
	}
	g := toks[ce+1]
	return g.kind == tWord && (g.upper || g.isClass(cDeterminer))
}

// passiveInAside reports whether the frame fa is a passive participle
// with its agent (released by) after a common noun in a phrase set off
// by a comma: in "Ann Lee, in a statement released by her campaign,
// said …" it describes the statement, and the main verb reports.
func (d *doc) passiveInAside(toks []token, fa frameAt, ce, b int) bool {
	if ce >= b || !toks[ce].is("by") {
		return false
	}
	i := d.reducedRelative(toks, fa) // where the mention starts, after the preposition; -1 if none
	return i-2 >= 0 && toks[i-2].isComma()
}

// afterFeeling returns where the content of a cue that expresses a
// feeling starts: after the feeling and its preposition when a short
// noun phrase names the feeling (expressed deep concern about the
// policy → the policy), at the "that" of a clause after it (expressed
// alarm that … → that …), else at j. The annotators count the feeling as
// part of the cue.
func (d *doc) afterFeeling(toks []token, j, b int) int {
	for i := j + 1; i < b && i <= j+3; i++ {
		t := toks[i]
		if t.kind != tWord || t.isCue() {
			return j
		}
		if t.is("that") && i+1 < b && toks[i+1].kind == tWord {
			return i // expressed concern that the plan would fail → that the plan would fail
		}
		if d.inSet(setFeelingprep, t.lower) {
			if i+1 < b && toks[i+1].kind == tWord {
				return i + 1
			}
			return j
		}
	}
	return j
}

// chargeDescribes reports whether the cue toks[k] is a charge in a
// relative clause that names what someone stands accused of by a noun:
// "the women who have accused him of fraud" tells who they are, not what
// they said (but "who accused him of lying" reports a claim, as the
// annotators count it).
func (d *doc) chargeDescribes(toks []token, k, b int) bool {
	if d.german || !d.inSet(setChargeof, toks[k].lower) {
		return false
	}
	j := k - 1
	if j > 0 && formOfHave(toks[j]) {
		j--
	}
	if j < 0 || !toks[j].is("who") {
		return false
	}
	for i := k + 1; i+1 < b && i <= k+6 && toks[i].kind == tWord; i++ {
		if toks[i].is("of") {
			n := toks[i+1]
			return n.kind == tWord && !strings.HasSuffix(n.lower, "ing")
		}
	}
	return false
}

// chargeBills reports whether charge at toks[k] bills or describes, and
// reports nothing: with a sum or a fee after it (billsAmount), with a
// short object and "for" (charged his campaign for rent), or as an
// adjective after an -ly adverb before a noun (a politically charged
// vote; but "sharply charged that").
func (d *doc) chargeBills(toks []token, a, k, b int) bool {
	if d.german || k+2 >= b || toks[k+1].kind != tWord && !toks[k+1].isPunct("$") || toks[k+1].is("that") || !d.inSet(setBills, toks[k].lower) {
		return false
	}
	if d.billsAmount(toks, k, b) {
		return true // who charges $500 for a talk; charged fees
	}
	if k > a && !toks[k-1].upper && strings.HasSuffix(toks[k-1].lower, "ly") && !toks[k+1].upper && !toks[k+1].isClass(cDeterminer|cPronoun|cObject) {
		return true
	}
	for i := k + 2; i < b && i <= k+4 && toks[i].kind == tWord; i++ {
		if toks[i].is("for") {
			return true
		}
		if toks[i].is("that") || toks[i].is("with") {
			return false
		}
	}
	return false
}

// billsAmount reports whether a sum or a fee follows the charge at
// toks[k] within three words (charges somewhere between $20 and $30,
// charged a $500 initiation fee, charges fees): it bills.
func (d *doc) billsAmount(toks []token, k, b int) bool {
	for i := k + 1; i < b && i <= k+3; i++ {
		if toks[i].isPunct("$") || toks[i].kind == tWord && d.inSet(setFee, toks[i].lower) {
			return true
		}
		if toks[i].kind != tWord || toks[i].is("that") || toks[i].is("with") {
			return false
		}
	}
	return false
}

// nameColon finds a sentence that opens with a name and a colon, as
// headlines do: `Graham: Trump's 'Hateful Rhetoric' Destroying GOP`.
func (d *doc) nameColon(toks []token, a, b int) (frameAt, bool) {
	if !colonAfterName(toks, a, b) {
		return frameAt{}, false // most sentences: spare npAfter
	}
	np, ok := d.npAfter(toks, a, b)
	if !ok || np.e+1 >= b || np.e-np.s > 4 || !toks[np.e].isPunct(":") || !d.allCapitalised(toks, np) {
		return frameAt{}, false
	}
	if _, _, cue := d.cueAt(toks, np.e-1, b); cue || toks[np.s].isClass(cTime|cDeterminer) || d.colonLabel(toks, a, np.e) {
		return frameAt{}, false
	}
	if t := toks[np.s]; np.e-np.s > 1 && t.isCue() && (strings.HasSuffix(t.lower, "ed") || t.is("said") || t.is("wrote")) {
		return frameAt{}, false // Asked Tom Hill: "…": a past cue inverted before its source (but Hope Hicks: "…")
	}
	if d.topicLabel(toks, np) {
		return frameAt{}, false
	}
	f := d.newFrame(frame{class: "speech", rule: "colon-name", mention: d.tokSpan(toks, np)})
	f.cue = span{toks[np.e].s, toks[np.e].e}
	f.cueText = d.text(f.cue)
	return frameAt{f: f, lo: a, hi: np.e + 1, right: np.e + 1}, true
}

// topicLabel reports whether the German word np before a colon names a
// topic, not a speaker: an article opens a clause of its own after the
// colon (Steuern: Die Partei will …), and the text names no one so.
// A speaker's words follow his name in marks (Weber: „…“).
func (d *doc) topicLabel(toks []token, np span) bool {
	return d.german && np.e-np.s == 1 && np.e+1 < len(toks) && toks[np.e+1].isClass(cDeterminer) &&
		!toks[np.s].isClass(cPronoun|cMale|cFemale) && d.names[toks[np.s].lower] == ""
}

// colonLabel reports whether the one or two English words toks[a:c]
// before the colon at toks[c] are a web page's label (Related:, Read
// more:, Watch:, Photo:, Update:), which names no speaker.
func (d *doc) colonLabel(toks []token, a, c int) bool {
	if d.german || c-a < 1 || c-a > 2 {
		return false
	}
	for _, t := range toks[a:c] {
		if t.kind != tWord || !d.inSet(setColonlabel, t.lower) {
			return false
		}
	}
	return true
}

// colonAfterName is a cheap test for nameColon: a colon where a name of
// one to four words at toks[a] could end.
func colonAfterName(toks []token, a, b int) bool {
	for i := a + 1; i < b && i <= a+4; i++ {
		if toks[i].kind == tPunct && toks[i].lower == ":" {
			return true
		}
	}
	return false
}

// pollLead finds a fronted "In a … poll," whose poll is the source of
// the whole clause after it: "In a May Ledger poll, Jo Hill led Tom Lee 48
// percent to 41." The annotators mark the clause to the sentence end, any
// "N percent said" in it included. The poll must be the phrase's head,
// with only a participle, a time or a preposition other than of after it
// (pollModifier: In a Hill poll released Monday, …; In a poll by the
// Ledger, …; In the latest poll, conducted in May, …), not "In the
// context of the polls".
func (d *doc) pollLead(toks []token, a, b int) (frameAt, bool) {
	if d.german || !toks[a].is("in") || a+2 >= b {
		return frameAt{}, false
	}
	i := a + 1
	for i < b && i-a <= 8 && (toks[i].kind == tWord && (toks[i].upper || !toks[i].isClass(cPrep|cStop|cFinite) || i == a+1 && (toks[i].isClass(cDeterminer) || toks[i].is("that"))) || toks[i].isPunct("-/")) && !d.inSet(setPoll, toks[i].lower) {
		i++
	}
	if i >= b || i-a > 8 || toks[i].kind != tWord || !d.inSet(setPollhead, toks[i].lower) || i+1 < b && toks[i+1].is("of") {
		return frameAt{}, false
	}
	poll := i
	for i++; i < b && i-poll <= 10 && toks[i].kind == tWord && (toks[i].upper || !toks[i].isClass(cFinite|cClause) || namesJoined(toks, i)); i++ {
	} // conducted in May: a month, not the modal; by the Ledger and Harbor Radio
	if i >= b || !toks[i].isComma() || i > poll+1 && !d.pollModifier(toks[poll+1]) {
		return frameAt{}, false
	}
	c := i + 1 // the clause, or a participle set off before it: In the poll, conducted in May, …
	if c < b && strings.HasSuffix(toks[c].lower, "ed") {
		for j := c + 1; j+1 < b && j-c <= 6 && toks[j].kind == tWord; j++ {
			if toks[j+1].isComma() {
				c = j + 2
				break
			}
		}
	}
	if c+2 >= b || toks[c].kind != tWord {
		return frameAt{}, false
	}
	end, ok := d.pollLeadEnd(toks, c, b)
	if !ok {
		return frameAt{}, false
	}
	f := d.newFrame(frame{class: "speech", rule: "poll-lead", mention: d.tokSpan(toks, span{a + 1, i}), leads: true})
	f.cue = span{toks[a].s, toks[a].e}
	f.cueText = d.text(f.cue)
	return frameAt{f: f, lo: a, hi: c, right: c, end: end}, true
}

// viewpointLead finds a fronted "To NAME," whose holder sees the clause
// after it so: "To Jo Vale, the plan is a betrayal"; "But to others, he is
// a hero". The annotators mark the clause as the holder's whenever the
// holder is a name, an object pronoun or many/others (8 of 8); a group
// named by a common noun (To donors, To her supporters) is marked 0 times
// in 5, as often the one the thing was shown or sold to: no frame.
func (d *doc) viewpointLead(toks []token, a, b int) (frameAt, bool) {
	if d.german {
		return frameAt{}, false
	}
	i := a
	if i+1 < b && (toks[i].is("but") || toks[i].is("and")) {
		i++ // But to others, …
	}
	if i+4 >= b || !toks[i].is("to") {
		return frameAt{}, false
	}
	s := i + 1
	e := s
	for e < b && e-s < 5 && toks[e].kind == tWord {
		e++
	}
	if e >= b || !toks[e].isComma() || !d.viewpointHolder(toks, span{s, e}) {
		return frameAt{}, false
	}
	j := d.listEnd(toks, e, b) // To Ann Lee, her aides and the donors, …
	c := j + 1
	if c < b && (toks[c].is("who") || toks[c].is("whose")) {
		for c++; c < b && !toks[c].isComma(); c++ {
		} // To Ann Lee, who ran twice, the race …
		c++
	}
	if c+2 >= b || toks[c].kind != tWord || !d.viewedClause(toks, c, b) {
		return frameAt{}, false
	}
	f := d.newFrame(frame{class: "belief", rule: "viewpoint", mention: d.tokSpan(toks, span{s, j}), leads: true})
	f.cue = span{toks[i].s, toks[i].e}
	f.cueText = d.text(f.cue)
	return frameAt{f: f, lo: a, hi: c, right: c}, true
}

// viewedClause reports whether a clause opens at toks[c], after a fronted
// viewpoint: one looksLikeClause reads (it signals a new phase), a verb
// anywhere after its first word (Tuesday marked a turning point), a
// contracted one in its first word (there's no hurry), or a present in -s
// after a singular subject (the vote signals a new start, the toll seems
// unfair: presentClause).
func (d *doc) viewedClause(toks []token, c, b int) bool {
	w := toks[c].lower
	if strings.HasSuffix(w, "'s") && !isPossessive(w) { // the lower text writes ’ as '
		return true
	}
	return d.looksLikeClause(toks, span{c, b}) || d.hasVerb(toks, span{c, b}) || d.presentClause(toks, span{c, b})
}

// viewpointHolder reports whether toks[np] after a fronted "To" names
// whose view the clause gives: a name, its first and last words
// capitalised (Ann Lee, Vorlian consultant Lee), not an infinitive (To
// stop Ann Lee, …); or a lone object pronoun or "many", "others"
// (the set viewholder); not a date nor a determiner's phrase (To date,
// To that end, To her credit, To his Vorlian rivals).
func (d *doc) viewpointHolder(toks []token, np span) bool {
	first, last := toks[np.s], toks[np.e-1]
	if np.e == np.s+1 && !first.upper {
		return d.inSet(setViewholder, first.lower)
	}
	return first.upper && last.upper && !first.isClass(cDeterminer|cPronoun|cStop|cTime) && !last.isClass(cTime|cStop)
}

// pollLeadEnd returns where the poll's clause toks[c:b] ends: before a
// reason the writer adds (Hill led, largely because …), else 0 for the
// sentence end. It fails on a clause that tells how the poll was taken
// (In a survey by the Ledger, voters were asked …), not what it found.
func (d *doc) pollLeadEnd(toks []token, c, b int) (int, bool) {
	for j := c; j+1 < b; j++ {
		t, n := toks[j], toks[j+1]
		if t.isClass(cPassive) && strings.HasPrefix(n.lower, "ask") {
			return 0, false
		}
		if t.isComma() && (n.is("because") || j+2 < b && strings.HasSuffix(n.lower, "ly") && toks[j+2].is("because")) {
			return j, true
		}
	}
	return 0, true
}

// quoteThenVerb finds `"…," NAME VERB.` and `"…," VERB NAME.` with a verb
// the lexicon lacks (gushed, sniffed): right after a quote that ends on a
// comma, ? or !, a source and a verb that closes the clause.
func (d *doc) quoteThenVerb(toks []token, a, b, k int) (frameAt, bool) {
	qk := k - 1 // the quote before the verb
	if d.german && k > 1 && toks[k-1].isComma() && toks[k-2].kind == tQuote {
		qk = k - 2
		// „…“, sagte er: German puts the comma after the closing mark
		if d.isTitle(toks, k-2) {
			return frameAt{}, false // Im „Grand Prix“, dem Wettbewerb
		}
	} else if k == 0 || toks[k-1].kind != tQuote || !d.quoteEndsOpen(toks[k-1]) {
		return frameAt{}, false
	} else if d.cueBefore(toks, a, qk) {
		return frameAt{}, false // said he would "…," the crowd applauded: the quote is the cue's
	}
	closes := func(j int) bool {
		return j >= b || toks[j].kind == tPunct || toks[j].isClass(cPrep) || toks[j].isClass(cTime)
	}
	isVerb := func(t token) bool {
		return t.kind == tWord && !t.upper && !t.isClass(cStop) && !t.isClass(cDeterminer) && !t.isClass(cPronoun) && !t.isClass(cAdverb)
	}
	f := d.newFrame(frame{class: "speech"})
	// only a quote that opens the sentence or follows a colon: in `Nixon's
	// appeal for "law and order," Ronald Reagan's story of …` the quote
	// sits inside a phrase
	opens := qk == a || qk > a && toks[qk-1].isPunct(":")
	if np, ok := d.npAfter(toks, k, b); opens && ok && np.e < b && isVerb(toks[np.e]) && !toks[np.e].isCue() && closes(np.e+1) && np.e-np.s <= 4 && !d.impersonal(toks, np) {
		f.mention, f.rule = d.tokSpan(toks, np), "quote-name-verb"
		f.cue = d.tokSpan(toks, span{np.e, np.e + 1})
		f.cueText = d.text(f.cue)
		return frameAt{f: f, lo: k, hi: np.e + 1, right: d.contentAfter(toks, np.e+1, b, false)}, true
	}
	// „…“, erinnerte sich X: the word after the comma is a verb, and the
	// quote a statement, not a name set off by commas inside a sentence
	// („Trap“, wie er genannt wird; Im „Pokal“, dem Wettbewerb der …)
	verbAfter := !toks[k].isClass(cDeterminer|cPrep|cStop|cSubordinator|cClause) && !d.relativePronoun(toks[k].lower)
	if d.german && k+1 < b && toks[k].kind == tWord && !toks[k].upper && verbAfter && (qk == a || !d.looksLikeName(d.qs[toks[qk].q])) {
		j := k + 1
		if toks[j].is("sich") {
			j++ // „…“, erinnerte sich Paul Weber
		}
		// a described source (ließ ein Sprecher verlauten) only after a
		// quote that opens the sentence: „Black Stars“, als der Stürmer …
		described := qk == a && j < b && toks[j].isClass(cDeterminer)
		if np, ok := d.npAfter(toks, j, b); ok && (d.properOrPronoun(toks, np) || described && d.nominative(toks, np)) && !d.impersonal(toks, np) {
			f.mention, f.rule = d.tokSpan(toks, np), "quote-verb-name"
			cue := k
			for j := np.e; j < b; j++ {
				if toks[j].isCue() {
					cue = j // hatte X … erklärt
					break
				}
			}
			f.cue = d.tokSpan(toks, span{cue, cue + 1})
			f.cueText = d.text(f.cue)
			return frameAt{f: f, lo: k, hi: np.e, right: -1, inverted: true}, true
		}
	}
	if isVerb(toks[k]) && k+1 < b && !d.beforeTitle(toks, k, b) { // "…," state Rep. Jo Hill said: a description, no verb
		if np, ok := d.npAfter(toks, k+1, b); ok && closes(np.e) && toks[k+1].upper && np.e-np.s <= 4 {
			f.mention, f.rule = d.tokSpan(toks, np), "quote-verb-name"
			f.cue = d.tokSpan(toks, span{k, k + 1})
			f.cueText = d.text(f.cue)
			return frameAt{f: f, lo: k, hi: np.e, right: -1, inverted: true}, true
		}
	}
	return frameAt{}, false
}

// cueBefore reports whether an English cue stands in toks[a:e], so that a
// quote after it is that cue's content; it looks back at most maxContent
// tokens, so that the scan stays linear.
func (d *doc) cueBefore(toks []token, a, e int) bool {
	for i := max(a, e-maxContent); i < e; i++ {
		if toks[i].isCue() { // isCue checks the kind
			return true
		}
	}
	return false
}

// impersonal reports whether a German noun phrase is the impersonal es
// (…“, es stehe im Gegensatz …; …“, denn es könne …), which names no one
// without a cue of its own (heißt es).
func (d *doc) impersonal(toks []token, np span) bool {
	return d.german && np.e-np.s == 1 && toks[np.s].is("es")
}

// quoteEndsOpen reports whether a quote's content ends with a comma, ? or
// ! or a dash: the sentence goes on to its attribution.
func (d *doc) quoteEndsOpen(t token) bool { return d.quoteEndsIn(t, ",?!—–-") }

// cueCanStart rules out cue words used as nouns or infinitives: "a call",
// "to say".
func (d *doc) cueCanStart(toks []token, a, k int) bool {
	if toks[k].upper && k > a && !d.german && !d.cappedPastCue(toks, k) && !d.datelineBefore(toks, a, k) {
		return false // a name or title: Call, Post
	}
	if toks[k].upper && k > a && d.german && toks[k-1].kind == tWord && toks[k].cls&cPrepcue == 0 {
		return false // a noun inside a sentence: in weiten Teilen, die State Oil Company
	}
	if k > a && toks[k-1].kind == tQuote && d.attributiveAls(toks, k-1) {
		return false // die als „…“ bezeichnete Koalition: a participle before its noun
	}
	if !d.german && d.inSet(setNeedsclause, toks[k].lower) && !d.addresseeThenClause(toks, k+1) {
		return false // persuaded the board to act: no statement without "that"
	}
	if k == a {
		return true
	}
	if !d.german && toks[k].is("told") && toks[k-1].is("as") && k+1 < len(toks) && (toks[k+1].is("by") || toks[k+1].is("to")) {
		return false // the story, as told by his daughter, …: who tells a story, not a report of what it says
	}
	if d.unnamedRequest(toks, k) {
		return false // an official who asked not to be named: the terms of the source, nothing reported
	}
	if !d.german && k+1 < len(toks) && toks[k+1].is("against") && d.inSet(setNounagainst, toks[k].lower) {
		return false // criminal charges against the mayor: a noun, no verb of speech
	}
	p := toks[k-1]
	if !d.german && d.idiomCue(toks, a, k) {
		return false // All told, the fund raised …; only time will tell whether …
	}
	if toks[k].is("called") && !(k+1 < len(toks) && (toks[k+1].is("on") || toks[k+1].is("for") || toks[k+1].is("upon"))) && d.namesThing(toks, a, k) {
		return false // a short film called "…", a group called the … Foundation
	}
	if d.thingBodes(toks, k) {
		return false // the debate promised to be close: a likelihood, not a promise
	}
	if !d.german && p.kind == tWord && !p.upper && d.inSet(setSignals, toks[k].lower) && d.thingNoun(p) && !p.isClass(cOrganisation) {
		return false // the rejection of the treaty signals the end: a sign, no one speaks
	}
	if d.pluralBeforeCue(toks, k) {
		return false // Party figures said …: a plural noun, the subject of the cue after it
	}
	if d.pluralObject(toks, a, k) {
		return false // a result which drew murmurs from the crowd: a plural noun, the object of the verb before it
	}
	if d.namedPluralNoun(toks, a, k) {
		return false // after the Fairport attacks, citing …: a noun a name modifies
	}
	if d.ownedParticiple(toks, a, k) {
		return false // Vale's highly criticized press conference: a participle before its noun
	}
	if d.thingHelps(toks, a, k) {
		return false // which helps explain why …: a cause, no one speaks
	}
	if d.pluralAfterDeterminer(toks, a, k) {
		return false // any Hill attacks on; made further demands: a plural noun
	}
	if !d.german && (p.cls&cPassive != 0 || d.adverbInPassive(toks, a, k)) {
		// was told, were asked, was later told: the subject is the addressee; but is
		// saying, was telling are progressive, and "was asked about"
		// reports the question, by someone unnamed; "was accused by a
		// rival of lying" has its speaker in the agent (chargeAgent); "is
		// convinced that", "were worried that" and "was aware, however,
		// that" report the subject's belief; "it was reported that"
		// reports no one's words (impersonalPassive)
		return strings.HasSuffix(toks[k].lower, "ing") || d.askedAbout(toks, k) || d.chargeAgent(toks, k) > 0 || d.declaredWinner(toks, k) ||
			k+1 < len(toks) && (toks[k+1].is("that") || d.asideToThat(toks, k+1, len(toks))) && d.inSet(setAftercopula, toks[k].lower) || d.impersonalPassive(toks, a, k)
	}
	if d.contractedPassive(toks, k-1, k) && !toks[k+2].isClass(cSpeech) && d.inSet(setExpectedcue, toks[k].lower) {
		// which he's expected to win: an expectation (expectations), no
		// one's words; but she's expected to argue that … reports what
		// she will say
		return false
	}
	if d.frontedParticiple(toks, a, len(toks), k, k+1) > 0 {
		return true // In addition to stating …, the platform
	}
	if strings.HasSuffix(toks[k].lower, "ing") && (d.pronounBe(p) || d.lyAfterBe(toks, a, k) || d.lyAfterJoin(toks, a, k)) {
		// he's predicting, they're saying, are quietly admitting: a
		// progressive; and boldly claiming that: a participle, as
		// without the adverb
		return true
	}
	if d.aspectBefore(toks, a, k) {
		return true // she kept asking why …, he began calling it …
	}
	if strings.HasSuffix(toks[k].lower, "ing") && !d.german && !p.isPunct(",—–(") && !d.dashParticiple(toks, k) && !d.commaQuote(p) && !toks[k].is("according") && !p.isClass(cPrep|cClause|cAdverb) && !p.is("by") && !d.adverbAfterComma(toks, a, k) {
		// "the front-runner acknowledging that" is no frame, but "signs
		// saying, "…"" and "Clinton asking, "…"" introduce a quote
		j := d.skipAdverbials(toks, k+1, len(toks))
		return quoteNext(toks, j) ||
			d.withSubject(toks, a, k) || d.absoluteName(toks, a, k) || d.callsObject(toks, k) || d.afterMessage(toks, a, k) > a
	}
	if d.raisedFrom(toks, a, k) < k {
		return true // He went on to say …; she continues to insist …
	}
	if d.owner(p) && d.ownedStatement(toks, k, len(toks)) && (toks[k+1].is("that") || !d.ownerOpens(toks, a, k)) {
		return true // her remark that "…": the owner's words, as Hill's claim that "…"
	}
	if p.is("to") {
		_, ok := d.causedSpeaker(toks, a, k)
		return ok // led her to declare that …: the one led speaks
	}
	if p.is("her") && d.objectHer(toks, a, k) {
		return true // people close to her said: "her" is the object of "to", no owner of "said"
	}
	return !(p.is("the") || p.is("a") || p.is("an") || p.is("his") || p.is("her") || p.is("their") || p.is("its") || p.is("zu"))
}

// idiomCue reports whether the English cue toks[k] (k > a) is part of
// an idiom in which no one speaks: "all told" set off by a comma sums
// up (All told, the fund raised $5 million), and "time will tell" waits
// for the outcome (Only time will tell whether the pier holds).
func (d *doc) idiomCue(toks []token, a, k int) bool {
	p := toks[k-1]
	if toks[k].is("told") && p.is("all") {
		return k+1 < len(toks) && toks[k+1].isComma()
	}
	return toks[k].is("tell") && k-2 >= a && toks[k-2].is("time") && d.inSet(setModal, p.lower)
}

// objectHer reports whether "her" before the English cue toks[k] is an
// object that ends the source phrase, not an owner of a noun: after a
// preposition, with the cue before a mark, a determiner, a pronoun, that
// or a name (sources close to her said the …; those familiar with her
// say.); not "of her claims", "to her stated aim".
func (d *doc) objectHer(toks []token, a, k int) bool {
	if d.german || k-2 < a || !toks[k-2].isClass(cPrep) || toks[k-2].upper {
		return false
	}
	if k+1 >= len(toks) {
		return true
	}
	n := toks[k+1]
	return n.kind != tWord || n.upper || n.isClass(cDeterminer|cPronoun) || n.is("that")
}

// unnamedRequest reports whether the English cue toks[k] asks that the
// source stay unnamed: "asked not to be named", "requested not to be
// identified", the terms a source speaks on, not what it said.
func (d *doc) unnamedRequest(toks []token, k int) bool {
	if d.german || k+4 >= len(toks) || !toks[k+1].is("not") || !toks[k+2].is("to") || !toks[k+3].is("be") {
		return false
	}
	return (strings.HasPrefix(toks[k].lower, "ask") || strings.HasPrefix(toks[k].lower, "request")) && (toks[k+4].is("named") || toks[k+4].is("identified"))
}

// chargeAgent returns where the "of" of the charge stands after an
// accuse cue in the passive with its agent (he was accused by a rival of
// lying; has been accused by the board of fraud), or 0: the agent, a noun
// phrase of up to maxNP words with no comma, makes the charge.
func (d *doc) chargeAgent(toks []token, k int) int {
	if d.german || k < 1 || k+3 >= len(toks) || !toks[k+1].is("by") || toks[k-1].cls&cPassive == 0 || !d.inSet(setChargeof, toks[k].lower) {
		return 0
	}
	np, ok := d.npAfter(toks, k+2, len(toks))
	if !ok || np.e+1 >= len(toks) || !toks[np.e].is("of") || toks[np.e+1].kind != tWord {
		return 0
	}
	return np.e
}

// relativeAsideEnd returns the comma that closes a relative clause set
// off by commas in which the cue toks[k] stands after its auxiliaries
// (The guild, which has been accused by the board of fraud, did not
// reply: the charge ends at the comma), or 0: the content runs on.
func (d *doc) relativeAsideEnd(toks []token, a, b, k, from int) int {
	r := k - 1
	for r > a && k-r <= 3 && toks[r].kind == tWord && (toks[r].cls&(cPassive|cFinite|cAdverb) != 0) {
		r--
	}
	if r <= a || !toks[r].isClass(cRelative) || !toks[r-1].isComma() {
		return 0
	}
	for i := from; i < b && i-from <= maxContent; i++ {
		if toks[i].isComma() {
			return i
		}
	}
	return 0
}

// causedSpeaker returns the object of a verb that causes speech before
// the "to" of the infinitive cue toks[k] (the win led her to declare
// that …; the delay prompted Jo Hill to warn that …): the one caused to
// speak is the source.
func (d *doc) causedSpeaker(toks []token, a, k int) (span, bool) {
	if d.german || k-3 < a || !toks[k-1].is("to") {
		return span{}, false
	}
	end := k - 1 // the end of the speaker: "to", or the comma that opens an aside before it
	if toks[k-2].isComma() {
		end = d.asideOpenBefore(toks, a, k-2)
	}
	if end-2 < a || toks[end-1].kind != tWord {
		return span{}, false
	}
	// back from the word before "to" to the verb, over words only:
	// led advisers like Jo Hill to counter
	for v := end - 2; v >= a && end-v <= maxNP+2; v-- {
		t := toks[v]
		if t.kind != tWord || t.isCue() || t.is("to") || t.is("by") {
			return span{}, false // but not: pushed them to act and to say; spurred by the failure to denounce
		}
		if !t.upper && d.inSet(setCausesspeech, t.lower) {
			return span{v + 1, end}, true
		}
	}
	return span{}, false
}

// asideOpenBefore returns the comma that opens an aside of words only
// closed by the comma at toks[c] (prompted Jo Hill, who runs the board,
// to state), or -1.
func (d *doc) asideOpenBefore(toks []token, a, c int) int {
	for i := c - 1; i > a && c-i <= maxNP+2; i-- {
		if toks[i].isComma() {
			return i
		}
		if toks[i].kind != tWord {
			return -1
		}
	}
	return -1
}

// adverbInPassive reports whether an adverb or a time word stands between
// a form of be and the cue toks[k], which no agent follows: "was later
// told that", "were also asked"; "was later quoted by the Ledger as
// saying" too, where the one saying is the subject. "was first reported
// by the Post" has its source in the agent (see byFrame).
func (d *doc) adverbInPassive(toks []token, a, k int) bool {
	if k+1 < len(toks) && toks[k+1].is("by") && !toks[k].is("quoted") {
		return false
	}
	j := k - 1
	for j > a && toks[j].kind == tWord && !toks[j].upper && toks[j].cls&(cPassive|cStop) == 0 &&
		(toks[j].isClass(cTime) || strings.HasSuffix(toks[j].lower, "ly") || toks[j].isClass(cAdverb) && toks[j].cls&cFinite == 0) {
		j-- // not "and": "had been and said" is no passive
	}
	return j < k-1 && toks[j].cls&cPassive != 0 // j >= a: the loop stops at a
}

// lyAfterBe reports whether an -ly adverb after a form of be stands
// before toks[k] (leaders are increasingly admitting that …): a
// progressive, as "are admitting" is.
func (d *doc) lyAfterBe(toks []token, a, k int) bool {
	return !d.german && k-2 >= a && strings.HasSuffix(toks[k-1].lower, "ly") && toks[k-2].cls&cPassive != 0
}

// pluralBeforeCue reports whether the -s form of a cue at toks[k] is a
// plural noun because a cue in the past or the base form follows it at
// once (GOP figures declared, media reports say): no verb in -s stands
// right before another verb (but "figures according to" is no verb).
func (d *doc) pluralBeforeCue(toks []token, k int) bool {
	if d.german || toks[k].cls&cSForm == 0 || k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	return n.kind == tWord && !n.upper && n.cls&(cSForm|cPrepcue) == 0 && !strings.HasSuffix(n.lower, "ing") && n.isCue()
}

// pluralObject reports whether the -s form of a cue at toks[k] is a
// plural noun, the object of a past verb right before it, because a
// preposition follows it (the vote drew murmurs from the crowd; the plan
// sparked claims of fraud): a verb in -s does not follow a past verb at
// once. After "who" it is the verb of the clause's subject (the woman who
// voted says of the plan …); a cue of several words (prompted calls for
// probes) is left to the rules for noun cues.
func (d *doc) pluralObject(toks []token, a, k int) bool {
	if d.german || toks[k].cls&cSForm == 0 || k+1 >= len(toks) || k-1 <= a {
		return false
	}
	p, n := toks[k-1], toks[k+1]
	if n.kind != tWord || n.upper || !n.isClass(cPrep) || p.kind != tWord || p.upper || p.isCue() || toks[k-2].is("who") {
		return false
	}
	if toks[k].cls&cPhrase != 0 {
		for _, ph := range d.lex.phrases[toks[k].lower] {
			if k+len(ph.rest) < len(toks) && matchWords(toks[k+1:k+1+len(ph.rest)], ph.rest) {
				return false // That prompted calls for probes: a cue of several words keeps its reading
			}
		}
	}
	return d.pastForm(p.lower)
}

// namedPluralNoun reports whether the -s form of a cue at toks[k] is a
// plural noun after a preposition, an article and a name, before a mark
// (after the Fairport attacks, he …; in the Ledger reports, …): a verb
// in -s takes no article-led name as its subject after a preposition and
// ends no phrase at once.
func (d *doc) namedPluralNoun(toks []token, a, k int) bool {
	if d.german || toks[k].cls&cSForm == 0 || k+1 >= len(toks) || toks[k+1].kind != tPunct {
		return false
	}
	j := capitalsBack(toks, a, k, 3, cDeterminer)
	return j < k-1 && j > a && toks[j].is("the") && toks[j-1].isClass(cPrep)
}

// capitalsBack returns the index of the token before the capitalised
// words, at most n of them and none of the classes not, that end right
// before toks[k]: k-1 when there are none. It stops at a, the start of
// what it may read (Fairport attacks → the; Mayor Tom Hill vowing → the
// word before Mayor).
func capitalsBack(toks []token, a, k, n int, not class) int {
	j := k - 1
	for j > a && k-j <= n && toks[j].kind == tWord && toks[j].upper && !toks[j].isClass(not) {
		j--
	}
	return j
}

// capitalsOn returns where the capitalised words, none of the classes
// not, that start at toks[j] end, before b at the latest: j when there
// are none. It is capitalsBack's forward mirror, for the names that
// follow a word (on Harbor News; gegenüber der Hamburger Zeitung; said
// one farmer, Greta Holm); the caller bounds the run by b.
func capitalsOn(toks []token, j, b int, not class) int {
	for j < b && toks[j].kind == tWord && toks[j].upper && !toks[j].isClass(not) {
		j++
	}
	return j
}

// ownedParticiple reports whether the English -ed cue toks[k] stands
// between a possessive and an -ly adverb before it and a bare noun after
// it (Vale's highly criticized press conference): an adjective of the
// noun the possessive owns. A verb after "'s" (has) takes an object with
// a determiner, a name or a clause (Vale's repeatedly criticized the plan).
func (d *doc) ownedParticiple(toks []token, a, k int) bool {
	if d.german || k-2 < a || k+1 >= len(toks) || !strings.HasSuffix(toks[k].lower, "ed") || !strings.HasSuffix(toks[k-1].lower, "ly") || !isPossessive(toks[k-2].lower) {
		return false
	}
	n := toks[k+1]
	return n.kind == tWord && !n.upper && !n.isClass(cDeterminer|cPronoun|cPrep|cClause|cSubordinator|cQuantifier)
}

// thingHelps reports whether the English base-form cue toks[k] follows
// a form of help whose subject is a thing or "which" (which helps
// explain why …; the delay helped explain the loss): the thing accounts
// for something, and no one speaks.
func (d *doc) thingHelps(toks []token, a, k int) bool {
	if d.german || k-2 < a || toks[k].cls&cBase == 0 {
		return false
	}
	h, s := toks[k-1].lower, toks[k-2]
	if h != "help" && h != "helps" && h != "helped" || s.kind != tWord {
		return false
	}
	return d.inSet(setVerbsubject, s.lower) || d.thingNoun(s)
}

// pluralAfterDeterminer reports whether the -s form of a cue at toks[k]
// is a plural noun because a word that only goes with plurals stands
// before it, maybe over a name that modifies it (these claims, any Hill
// attacks on the fund), or a plural noun that would take the base form
// as its verb (police reports she filed; but "a letter to police says":
// the noun ends a phrase of the subject), or a light verb and an
// adjective (made further demands, issued new warnings): no verb in -s
// follows such words (but "the suit further alleges", "what was made
// available suggests").
func (d *doc) pluralAfterDeterminer(toks []token, a, k int) bool {
	if d.german || toks[k].cls&cSForm == 0 || k-1 <= a {
		return false
	}
	j := capitalsBack(toks, a, k, 3, 0)
	p := toks[j]
	if p.kind != tWord || p.upper {
		return false
	}
	if d.inSet(setPluraldet, p.lower) {
		return true
	}
	if j < k-1 {
		return false // a plural noun or an adjective stands right before the cue
	}
	if d.inSet(setPluralonly, p.lower) && !d.prepBefore(toks, a, j) {
		return true // police reports Jo Vale filed: a noun that a plural modifies
	}
	return j-1 > a && toks[j-1].kind == tWord && !toks[j-1].upper && d.inSet(setPluraladj, p.lower) &&
		d.inSet(setLightverb, toks[j-1].lower)
}

// prepBefore reports whether a preposition stands among the three words
// before toks[j] (a letter to the local police): toks[j] may end a phrase
// inside the subject.
func (d *doc) prepBefore(toks []token, a, j int) bool {
	for i := j - 1; i >= a && i >= j-3; i-- {
		if toks[i].isClass(cPrep) {
			return true
		}
	}
	return false
}

// lyAfterJoin reports whether an adverb before the speech cue toks[k]
// (-ly, also, then) follows "and", "but" or "while" (made the case and
// boldly claiming that …; while also saying that …), where the -ing form
// without the adverb is a participle of the clause's subject; after a
// comma adverbAfterComma holds.
func (d *doc) lyAfterJoin(toks []token, a, k int) bool {
	if d.german || k-2 < a || toks[k-1].upper || toks[k-1].kind != tWord || !toks[k].isClass(cSpeech) {
		return false
	}
	if !d.verbAdverb(toks[k-1]) {
		return false
	}
	j := toks[k-2]
	return j.is("and") || j.is("but") || j.is("while")
}

// cappedPastCue reports whether the capitalised cue toks[k] is a past
// verb after the comma that closes an appositive (Tom Hill, the head of
// the board, Tweeted on Friday): an -ed form before a lower-case word or
// a mark, no name.
func (d *doc) cappedPastCue(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k-1].isComma() && strings.HasSuffix(toks[k].lower, "ed") &&
		(toks[k+1].kind != tWord || !toks[k+1].upper)
}

// thingBodes reports whether the cue toks[k] is a verb like promise or
// threaten before "to be" after a noun for a thing (the debate promised to
// be close; the vote threatens to be a rout): it tells what is likely, and
// no one spoke. After a person it is a promise (Jo Lee promised to be fair).
func (d *doc) thingBodes(toks []token, k int) bool {
	p := toks[k-1]
	return !d.german && k+2 < len(toks) && toks[k+1].is("to") && toks[k+2].is("be") && p.kind == tWord && !p.upper &&
		d.thingNoun(p) && d.inSet(setBodes, toks[k].lower)
}

// ownerOpens reports whether the owner of the noun toks[k] opens its
// clause, so that the noun phrase is the subject: in `Even his call for
// "calm" failed` the words are the writer's, unlike after a verb or a
// preposition (and his call for "…"; including his promise to "…").
func (d *doc) ownerOpens(toks []token, a, k int) bool {
	o, ok := d.ownerBefore(toks, a, k)
	return ok && d.opensClause(toks, a, o.s)
}

// thatAhead reports whether "that" opens a clause at toks[j], after a
// few words set off by commas with no verb among them (to announce on
// Monday, after a long meeting, that …) or after a time phrase (to
// announce Tuesday that …, to confirm later this week that …); not after
// a noun (to announce a plan that …: a relative clause).
func (d *doc) thatAhead(toks []token, j int) bool {
	for i := j; i < len(toks) && i < j+20; i++ {
		t := toks[i]
		switch {
		case t.is("that"):
			return i == j || toks[i-1].isComma() || d.timeAfter(toks, j, i) == i
		case t.kind == tQuote || t.isPunct(".;:!?") || t.clauseVerb():
			return false
		}
	}
	return false
}

// raisedFrom returns where the verb stands whose subject also says what
// the infinitive cue toks[k] reports: "He went on to say …", "She
// continues to insist …" (went, continues), "She was quick to add …",
// "He is quoted as saying …" (quick, quoted), "Voters are more likely to
// say …" (more), or the -ing cue after a verb of aspect: "She kept asking
// …" (kept), a verb of seeming: "He appeared to suggest …" (appeared),
// or "go out of one's way" and "take pains": "He went out of his way to
// say …" (went); else k.
func (d *doc) raisedFrom(toks []token, a, k int) int {
	if d.aspectBefore(toks, a, k) {
		return k - 1 // she kept asking …: the subject of kept asks
	}
	if d.german || k-2 < a {
		return k
	}
	v := k - 2
	if toks[k-1].is("as") {
		if q := d.quotedAs(toks, a, k-1); q > a {
			return q // is quoted as saying …, was quoted by the Ledger as saying …
		}
	}
	if !toks[k-1].is("to") {
		return k
	}
	if d.inSet(setBeforesay, toks[v].lower) {
		if d.extraposedIt(toks, a, v) {
			return k // It is correct to say …: the it stands for the infinitive, no one's act
		}
		return v // Ann Lee was quick to add …, was prompted to say …
	}
	if toks[v].is("expected") && toks[k].isClass(cSpeech) && d.thatAhead(toks, k+1) {
		return v // Ann Lee is expected to argue that …: what she will say, not an expectation of no one's
	}
	if toks[k].is("say") && toks[v].is("likely") && v-1 > a && (toks[v-1].is("more") || toks[v-1].is("less")) {
		return v - 1 // voters were more likely to say …: a poll's finding of what they said
	}
	if toks[v].is("on") && v-1 >= a && d.inSet(setGoon, toks[v-1].lower) {
		return v - 1
	}
	if d.inSet(setContinues, toks[v].lower) || d.inSet(setSeem, toks[v].lower) {
		return v
	}
	if w := d.wentOutOfWay(toks, a, v); w < v {
		return w
	}
	if d.addresseeThenClause(toks, k+1) && d.inSet(setTellsclause, toks[k].lower) {
		return v // trying to tell the town that …: the one trying tells
	}
	if t := d.tookTo(toks, a, v); t < v {
		return t
	}
	return k
}

// extraposedIt reports whether "it" and a form of be, with a modal or
// "not" among them, stand right before the adjective toks[v] that takes
// the expletive it (It is correct to say, it would be right to say,
// it's right to say): the it stands for the infinitive after, so no one
// is the subject of its cue.
func (d *doc) extraposedIt(toks []token, a, v int) bool {
	if !d.inSet(setExtraposes, toks[v].lower) {
		return false
	}
	j := v - 1
	for j > a && v-j <= 3 && (d.inSet(setCopula, toks[j].lower) || d.inSet(setModal, toks[j].lower) || toks[j].is("not")) {
		j--
	}
	if j < a || j == v-1 {
		return j >= a && toks[j].is("it's")
	}
	return toks[j].is("it")
}

// wentOutOfWay returns where the verb stands of "go out of one's way"
// or "take pains" whose last word is toks[v], before the "to" of an
// infinitive cue (went out of his way to say; are taking pains to say),
// else v: its subject is the one speaking.
func (d *doc) wentOutOfWay(toks []token, a, v int) int {
	switch {
	case toks[v].is("pains") && v-1 > a && d.inSet(setTakesto, toks[v-1].lower):
		return v - 1
	case toks[v].is("way") && v-4 > a && d.inSet(setPossessive, toks[v-1].lower) && toks[v-2].is("of") && toks[v-3].is("out") && d.inSet(setGoon, toks[v-4].lower):
		return v - 4
	}
	return v
}

// quotedAs returns where "quoted" stands before the "as" at toks[j], right
// before it or with a phrase of where or by whom between (was quoted as
// saying; was quoted by the Ledger as saying; quoted in a local paper as
// saying), else -1: the subject of quoted is the one saying.
func (d *doc) quotedAs(toks []token, a, j int) int {
	if toks[j-1].is("quoted") {
		return j - 1
	}
	for q := j - 2; q > a && j-q <= 7; q-- {
		if toks[q].kind != tWord {
			return -1
		}
		if toks[q].is("quoted") {
			if toks[q+1].is("by") || toks[q+1].is("in") || toks[q+1].is("on") {
				return q
			}
			return -1
		}
	}
	return -1
}

// addresseeThenClause reports whether toks[j] starts a short addressee
// of words only, up to four, that "that" or a question word closes (the
// town that …, their neighbors what …): an infinitive "to tell" with
// both reports what is told, which annotators mark every time (13 of 13),
// unlike a bare "to say" or "to tell the truth".
func (d *doc) addresseeThenClause(toks []token, j int) bool {
	for i := j; i < len(toks) && i-j <= 4; i++ {
		t := toks[i]
		if t.kind != tWord {
			return false
		}
		if i > j && (t.is("that") || t.isClass(cQuestion) && !t.is("which") && !t.is("who")) {
			return true
		}
	}
	return false
}

// aspectBefore reports whether the English -ing cue toks[k] follows a
// verb that only tells when the speaking went on (kept asking, began
// calling, stopped insulting): its subject is the source.
func (d *doc) aspectBefore(toks []token, a, k int) bool {
	return !d.german && k-1 > a && strings.HasSuffix(toks[k].lower, "ing") && toks[k-1].kind == tWord && d.inSet(setAspect, toks[k-1].lower)
}

// tookTo returns where a form of "take to" stands whose channel ends at
// toks[v], before the "to" of an infinitive cue: "took to Twitter to
// call", "has taken to social media overnight to complain" (took,
// taken); else v. The one who took to the channel says it.
func (d *doc) tookTo(toks []token, a, v int) int {
	for j := v; j > a+1 && v-j < 5; j-- {
		if toks[j].kind != tWord {
			return v
		}
		if toks[j].is("to") && j < v && d.inSet(setTakesto, toks[j-1].lower) {
			return j - 1
		}
	}
	return v
}

// linkedFrom returns where the linking verb stands whose subject holds
// the belief an adjective cue toks[k] reports: "I am fully aware that",
// "he came away convinced that", "they remained skeptical that" (am,
// came, remained); else k. Without it the verb was read as the source.
func (d *doc) linkedFrom(toks []token, a, k int) int {
	if d.german || !d.inSet(setAftercopula, toks[k].lower) {
		return k
	}
	j := k - 1
	for j > a && toks[j].kind == tWord && (strings.HasSuffix(toks[j].lower, "ly") || d.inSet(setDegree, toks[j].lower)) {
		j-- // now more convinced, fully aware
	}
	switch {
	case j > a && d.inSet(setLinking, toks[j].lower):
		return j
	case j-1 > a && d.inSet(setAwayout, toks[j].lower) && d.inSet(setGoon, toks[j-1].lower) || j-1 > a && toks[j].is("away") && d.inSet(setComes, toks[j-1].lower):
		return j - 1
	}
	return k
}

// thingNoun reports whether t can head a noun phrase for a thing rather
// than a person: a lower-case noun that is no source's noun and has no
// ending of a person's (a play, a phenomenon, a class; not a teacher, a
// student), or an acronym (a super PAC).
func (d *doc) thingNoun(t token) bool {
	if t.upper {
		w := d.text(span{t.s, t.e})
		return len(w) > 1 && strings.ToUpper(w) == w
	}
	if t.isClass(cAnonymous|cTitle|cPronoun|cSubject|cFinite|cStop|cPrep|cClause) || plural(t.lower) {
		return false
	}
	for _, end := range []string{"er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ee"} {
		if strings.HasSuffix(t.lower, end) {
			return false
		}
	}
	return true
}

// personNoun reports whether t can head a noun phrase for a person: a
// title or a noun for an unnamed source (the treasurer, a spokesperson),
// or a word that names no thing (thingNoun) and is no pronoun, verb,
// function word or time, nor of the classes not, which the caller rules
// out too. It tests a role's head (roleAsideAfter) and a source's head
// before the party it speaks for (npAfter).
func (d *doc) personNoun(t token, not class) bool {
	return t.isClass(cTitle|cAnonymous) || !d.thingNoun(t) && !t.isClass(cPronoun|cFinite|cStop|cPrep|cTime|not)
}

// plural reports whether the English noun w looks plural: it ends in
// -s, but not in -ss or -us, which singulars end in (a class, a bus, a
// campus).
func plural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// pronounBe reports whether t is a pronoun contracted with a form of be
// (he's, they're, I'm), before a progressive cue; not who's, which
// opens an aside (Ann Lee, who's thinking about a run).
func (d *doc) pronounBe(t token) bool {
	w := t.lower
	return !d.german && t.cls&cPronoun != 0 && !strings.HasPrefix(w, "who") && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'re") || strings.HasSuffix(w, "'m"))
}

// namesThing reports whether the words before toks[k] are an indefinite
// noun phrase for a thing, a work or a group (a short film, an advocacy
// group), so that "called" after it names it rather than reports speech.
func (d *doc) namesThing(toks []token, a, k int) bool {
	p := toks[k-1]
	if d.german || p.kind != tWord || !p.isClass(cGenre|cDocument|cOrganisation) && !d.thingNoun(p) {
		return false
	}
	for i := k - 2; i >= a && i >= k-5; i-- {
		if toks[i].is("a") || toks[i].is("an") {
			return true
		}
		if toks[i].kind != tWord {
			return false
		}
	}
	return false
}

// passiveBefore reports whether a form of be stands before toks[k],
// past adverbs between: "Ann Roe was once asked how …", "they were also
// asked to rank …" are passives as "was asked how" is, and name no one
// who asked.
func (d *doc) passiveBefore(toks []token, a, k int) bool {
	j := d.backOverAdverbs(toks, a, k)
	return j >= a && toks[j].cls&cPassive != 0
}

// backOverAdverbs returns the index of the word before toks[k], past
// the adverbs between it and a form of be ("was once asked", "was
// widely reported", "was later quoted" → the index of "was"); it stops
// at a, or at a form of be.
func (d *doc) backOverAdverbs(toks []token, a, k int) int {
	j := k - 1
	for j > a && toks[j].kind == tWord && toks[j].cls&cPassive == 0 && (toks[j].isClass(cAdverb) || strings.HasSuffix(toks[j].lower, "ly") || !toks[j].upper && toks[j].isClass(cTime)) {
		j--
	}
	return j
}

// impersonalPassive reports whether the cue toks[k] is a participle in
// a passive whose subject is "it": "it was widely reported that", "it's
// assumed", "it has been said that" name no source; "it is saying" is
// progressive and "it has reported" active, so both keep "it".
func (d *doc) impersonalPassive(toks []token, a, k int) bool {
	if d.german || strings.HasSuffix(toks[k].lower, "ing") {
		return false
	}
	j := d.backOverAdverbs(toks, a, k)
	if j < a || toks[j].kind != tWord {
		return false
	}
	if toks[j].is("it's") {
		return true
	}
	if toks[j].cls&cPassive == 0 {
		return false
	}
	if toks[j].is("been") && j-1 > a && (toks[j-1].is("has") || toks[j-1].is("had")) {
		j-- // it has been said
	}
	return j > a && (toks[j-1].is("it") || toks[j].is("been") && toks[j-1].is("it's")) // it's been said
}

// askedAbout reports whether toks[k] is "asked" before what the question
// was about: asked about the plan, asked whether it would work.
func (d *doc) askedAbout(toks []token, k int) bool {
	return toks[k].is("asked") && k+1 < len(toks) && (d.askedTopic(toks, k+1, len(toks)) > k ||
		d.infinitiveAt(toks, k+1)) // was asked to name …: the request is reported
}

// askedTopic returns where what a question was about starts after
// "asked", at toks[j] or past a short adverbial that tells who asked,
// when or where (asked by a caller why …, asked at the conference about
// …, asked last month about …), or -1.
func (d *doc) askedTopic(toks []token, j, b int) int {
	if j >= b || toks[j].kind != tWord {
		return -1
	}
	if d.askedWord(toks[j]) {
		return j
	}
	if !toks[j].isClass(cPrep|cTime|cAdverb) && !toks[j].is("by") || toks[j].is("to") || toks[j].is("for") {
		return -1
	}
	for i := j + 1; i < b && i-j <= 10; i++ {
		if toks[i].kind != tWord {
			return -1
		}
		if d.askedWord(toks[i]) {
			return i
		}
	}
	return -1
}

// askerEnd returns where the name of whoever asked ends, from the end j
// of the noun phrase after "asked by": past a title and a name that
// follow it up to the question (asked by Harbor TV host Jo Lee whether
// …), but not into an adverbial (asked by Jo Lee on Monday about …).
func (d *doc) askerEnd(toks []token, j, b int) int {
	for i := j; i < b && i-j <= 6; i++ {
		switch {
		case d.askedWord(toks[i]):
			return i
		case toks[i].kind != tWord || toks[i].isClass(cPrep|cTime|cAdverb|cStop) || toks[i].is("by"):
			return j
		}
	}
	return j
}

// askedWord reports whether t opens what a question was about: "about"
// or a question word, but not when, where or which, which a time or
// place phrase before it may hold (asked at the rally where he spoke).
func (d *doc) askedWord(t token) bool {
	return t.is("about") || t.isClass(cQuestion) && !t.is("when") && !t.is("where") && !t.is("which")
}

// withSubject reports whether a cue in -ing follows its subject after
// "with": with 30 percent of voters saying they …
func (d *doc) withSubject(toks []token, a, k int) bool {
	for i := k - 1; i >= a && k-i <= 10; i-- {
		switch {
		case toks[i].is("with"):
			return i < k-1
		case toks[i].kind != tWord || toks[i].isCue() && !d.nounAfterOf(toks, a, i) || toks[i].isClass(cClause|cPronoun) && !toks[i].is("of"):
			return false
		}
	}
	return false
}

// nounAfterOf reports whether the cue word toks[i] follows "of" and so is
// a noun in a title, no verb (with the secretary of state calling it …).
func (d *doc) nounAfterOf(toks []token, a, i int) bool {
	return i > a && toks[i-1].is("of")
}

// absoluteName reports whether a name of up to three capitalised words
// right after a dash or a comma is the subject of the -ing cue toks[k]
// and a clause follows it (both men issued a statement – Ann Roe saying
// she was hopeful and …): an absolute phrase, as "with Ann Roe saying".
func (d *doc) absoluteName(toks []token, a, k int) bool {
	if d.german || k+1 >= len(toks) || !(toks[k+1].is("that") || subjectPronoun(toks[k+1].lower)) {
		return false
	}
	i := capitalsBack(toks, a, k, 3, cStop|cPronoun|cDeterminer)
	return i < k-1 && i > a && toks[i].isPunct(",—–-")
}

// frameFor builds the frame of the cue toks[k:ce]: its source before it
// (S said), after it (said S; according to S) or borrowed (, saying).
// The frame is made only once a source is found, as most cues find none;
// with ok false the result is not read.
func (d *doc) frameFor(toks []token, a, b, k, ce int, cls class, prev []frameAt) (frameAt, bool) {
	cue := toks[k]
	prepcue := cls&cPrepcue != 0
	raised := d.raisedFrom(toks, a, k) // went, of "went on to say"
	if ce+1 < b && toks[ce+1].isCue() && d.raisedFrom(toks, a, ce+1) == k {
		return frameAt{}, false // went on to say, continued to insist: the cue after "to" reports
	}
	if raised < k && raised > a && toks[raised-1].isComma() {
		return d.participle(toks, a, b, k, ce, prev) // …, Ms. Roe said, going on to say that …
	}
	if !prepcue && d.perfectParticiple(toks, a, b, k, ce) {
		return d.participle(toks, a, b, k-1, ce, prev) // Ann Lee, having argued that …, said …
	}
	if np, ok := d.causedSpeaker(toks, a, k); ok && !prepcue {
		fa := frameAt{f: d.newFrame(frame{mention: d.tokSpan(toks, np), rule: "caused"}), lo: np.s, hi: ce}
		fa.right = d.contentAfter(toks, ce, b, false)
		return fa, true
	}
	if of := d.chargeAgent(toks, k); of > 0 && !prepcue {
		// he was accused by a rival of lying: the agent charges him, and
		// the charge after "of" is what was said
		fa := frameAt{f: d.newFrame(frame{mention: d.tokSpan(toks, span{k + 2, of}), rule: "agent"}), lo: k, hi: of, right: of}
		fa.end = d.relativeAsideEnd(toks, a, b, k, of)
		return fa, true
	}
	conj := -1 // the "and" that joins the cue to a verb before it
	if !prepcue {
		conj = d.coordinated(toks, a, raised) // but not "But according to X, …"; "and went on to say"
	}
	afterBoundary := k == a || toks[k-1].kind == tQuote || toks[k-1].isPunct(",—–-:(")
	if !d.german && !prepcue && d.adjectivePair(toks, a, k) {
		return frameAt{}, false // an awkward but promising start: no cue
	}
	if !d.german && !prepcue && d.sentOut(toks, ce, b) {
		ce++ // blasted out a barrage of releases: the particle is the cue's
	}
	if !d.german && cls&cContent != 0 && d.inSet(setRefersback, cue.lower) && !d.refersBack(toks, a, k, prev) {
		return frameAt{}, false // was referring to, referring to her as …
	}
	switch {
	case d.german && d.inSet(setWhereby, cue.lower):
		return d.wherebyFrame(toks, a, b, k, ce)
	case cue.lower == "citing" || !prepcue && d.opensParticiple(toks, a, b, k, ce):
		return d.participle(toks, a, b, k, ce, prev)
	case conj >= 0 && d.beliefInContent(cls, conj, prev):
		return frameAt{}, false
	case conj >= 0 && d.actorInContent(toks, conj, k, prev):
		return frameAt{}, false
	case conj >= 0 && d.listedAdjective(toks, a, b, k, conj):
		return frameAt{}, false
	case conj >= 0 && d.existentialList(toks, a, k, conj):
		return frameAt{}, false
	case conj >= 0:
		// denied the claims and said …, and has since said …
		fa, ok := d.participle(toks, a, b, k, ce, prev)
		if !d.german {
			fa.lo = conj // the content before ends at the "and"
			if p := d.progressiveBefore(toks, k, prev); ok && p != nil {
				fa.f.inherit, fa.f.mention = p, span{}
			}
		}
		return fa, ok
	case cue.lower == "zufolge" || cue.is("zu") && ce-k == 2 && toks[k+1].is("folge"): // zu Folge, the older spelling
		return d.zufolgeFrame(toks, a, b, k, ce)
	case cls&cSelfSource != 0:
		return d.selfSourceFrame(toks, a, b, k, ce)
	case prepcue:
		return d.prepcueFrame(toks, a, b, k, ce, afterBoundary)
	default:
		if fa, ok := d.quotingRelativeFrame(toks, a, b, k, ce, prev); ok {
			return fa, true
		}
		return d.verbFrame(toks, a, b, k, ce, cls, raised, afterBoundary)
	}
}

// negatedMention reports whether the cue toks[k] is a verb of mention
// negated just before it (did not mention the mayor, has never mentioned
// the pier): what was left unsaid is the content, as annotators mark it
// (18 times of 21), though an object mentioned is only as often as not.
func (d *doc) negatedMention(toks []token, k int) bool {
	if d.german || k < 1 || !(negation(toks[k-1]) || k > 1 && negation(toks[k-2]) && toks[k-1].isClass(cAdverb)) {
		return false
	}
	return d.inSet(setNegatedcontent, toks[k].lower)
}

// negation reports whether t is "not", "never" or a contracted "n't".
func negation(t token) bool {
	return t.kind == tWord && (t.is("not") || t.is("never") || strings.HasSuffix(t.lower, "n't"))
}

// refersBack reports whether the cue toks[k] (referring to, referencing) opens a
// participle after a comma that a speech frame of the sentence comes
// before: `"We need a steady hand," Jo Vale said, referring to the harbor
// master`. What is referred to is then what the speaker meant. The last
// such frame counts, unless it or a cue between is an according-to.
func (d *doc) refersBack(toks []token, a, k int, prev []frameAt) bool {
	if k <= a || !toks[k-1].isComma() {
		return false
	}
	for i := len(prev) - 1; i >= 0; i-- {
		p := prev[i]
		if p.f.class != "speech" || p.hi > k {
			continue
		}
		for j := p.hi; j < k; j++ {
			if toks[j].isClass(cPrepcue) {
				return false // he told aides, according to Jo Vale, referring to …: which source meant it is unclear
			}
		}
		return p.f.rule != "according-to"
	}
	return false
}

// wherebyFrame builds the frame of German "wonach" after a noun and its
// comma (Berichte, wonach die Firma pleite sei, wurden dementiert): the
// noun phrase is the source, also when a name in marks closes it or a
// participle follows it (hatten Berichte gesorgt, wonach …), or else the
// cue, when another verb comes between; the clause after the cue is what
// it says, up to a comma before the main clause's verb. Annotators mark
// 11 of 13.
func (d *doc) wherebyFrame(toks []token, a, b, k, ce int) (frameAt, bool) {
	fa := frameAt{lo: k, hi: ce, right: -1}
	if k < a+2 || ce >= b || !toks[k-1].isComma() {
		return fa, false
	}
	np, ok := d.germanNounBefore(toks, a, k-1)
	if !ok && k-2 > a && toks[k-2].kind == tQuote {
		// Ein Bericht der Agentur „Nordpress“, wonach …: the name in
		// marks closes the noun phrase
		if np, ok = d.germanNounBefore(toks, a, k-2); ok {
			np.e = k - 1
		}
	}
	if !ok && k-2 > a && toks[k-2].kind == tWord && !toks[k-2].upper && strings.HasPrefix(toks[k-2].lower, "ge") {
		// hatten Berichte gesorgt, wonach …: the subject before the
		// participle is the report
		np, ok = d.germanNounBefore(toks, a, k-2)
	}
	if !ok {
		np = span{k, k + 1} // schob die Sache zurück, wonach …: the cue stands for the noun it follows
	}
	fa.f = d.newFrame(frame{mention: d.tokSpan(toks, np), rule: "according-to"})
	fa.right = ce
	for i := ce + 1; i+1 < b; i++ {
		if toks[i].isComma() && d.opensWithFinite(toks[i+1]) || toks[i].isPunct(":") && toks[i+1].kind == tQuote {
			// …, wonach X sei, wurde dementiert; schließt sich dem Verdacht
			// an, wonach X sei: „…“: the quote is the clause subject's
			fa.end = i
			break
		}
	}
	return fa, true
}

// zufolgeFrame builds the frame of German "zufolge", which follows its
// source (Ermittlungen der Polizei zufolge wollte …): the noun phrase
// before the cue is the source, the clause after it what was said.
func (d *doc) zufolgeFrame(toks []token, a, b, k, ce int) (frameAt, bool) {
	fa := frameAt{lo: k, hi: ce, right: -1}
	if k-2 >= a && toks[k-2].isComma() && d.relativePronoun(toks[k-1].lower) && ce < b && toks[ce].kind == tWord {
		// Experten, denen zufolge die Gletscher schmelzen: the relative
		// pronoun is the source (as annotators name it), the rest of its
		// clause what was said
		fa.f = d.newFrame(frame{mention: d.tokSpan(toks, span{k - 1, k}), rule: "according-to"})
		fa.lo, fa.right = k-1, ce
		return fa, true
	}
	np, ok := d.germanNounBefore(toks, a, d.shortFormBefore(toks, a, k))
	if !ok {
		return fa, false
	}
	np.e = k
	fa.f = d.newFrame(frame{mention: d.tokSpan(toks, np), rule: "according-to"})
	fa.lo, fa.right = np.s, d.contentAfter(toks, ce, b, false)
	if ce < b && toks[ce].isComma() {
		fa.right = ce + 1
	} else if ce < b && toks[ce].kind != tPunct && (np.s > a || !toks[ce].upper) {
		// Der Polizei zufolge will die Firma schließen: the finite verb
		// after the fronted phrase goes on the clause, not an adverb
		fa.right = ce // warf Medienberichten zufolge offenbar das Handtuch: the clause goes on
	}
	return fa, true
}

// loudNoun reports whether German laut at toks[k], a comma after it,
// follows a noun of report, toks[k-1], with a form of werden before it
// in the clause (Es wurden Vorwürfe laut, dass …; Erneut wurden Stimmen
// laut, die Firma sei …): laut werden, to be voiced.
func (d *doc) loudNoun(toks []token, a, b, k, ce int) bool {
	if !d.german || k-2 < a || ce+1 >= b || !toks[ce].isComma() || !toks[k].is("laut") || !d.inSet(setVoiced, toks[k-1].lower) {
		return false
	}
	for i := k - 2; i >= a && k-i <= 4; i-- {
		if passiveWord(toks[i]) {
			return true
		}
	}
	return false
}

// loudClauseStart returns where the clause of laut werden opens before
// its noun toks[n]: at the last comma before it, or at a; the words
// there (Es wurden aber) are the frame's, not what was said.
func (d *doc) loudClauseStart(toks []token, a, n int) int {
	for i := n - 1; i > a && n-i <= 4; i-- {
		if toks[i].isPunct(",;:") {
			return i + 1
		}
	}
	return a
}

// shortFormBefore steps back over a short form in brackets that follows
// the source of "zufolge" (Einer Mitteilung des Bundes (BFG) zufolge),
// so that the noun phrase before it is found.
func (d *doc) shortFormBefore(toks []token, a, k int) int {
	if k-3 > a && toks[k-1].isPunct(")") && toks[k-3].isPunct("(") && toks[k-2].kind == tWord && toks[k-2].upper {
		return k - 3
	}
	return k
}

// selfSourceFrame builds the frame of a German cue that is its own
// source: "dem Vernehmen nach", wherever it stands (Dort treffen sich
// dem Vernehmen nach …), the phrase before nach its mention; "Demnach"
// opening a sentence just after a report or a notice (Demnach sei …),
// which it stands for; "Danach" so only just after a sentence that names
// a document and reports nothing itself (Der Bericht liegt vor. Danach
// soll …), where its content follows. What was said is the clause after it.
func (d *doc) selfSourceFrame(toks []token, a, b, k, ce int) (frameAt, bool) {
	fa := frameAt{lo: k, hi: ce, right: ce}
	if ce >= b || toks[ce].kind != tWord {
		return fa, false
	}
	if ce-k > 2 {
		fa.f = d.newFrame(frame{mention: span{toks[k].s, toks[ce-2].e}, rule: "according-to", leads: k == a})
		return fa, true
	}
	if k != a && !d.midClauseDemnach(toks, a, k) || d.lastReport < d.sentNo-1 && d.lastNotice < d.sentNo-1 {
		return fa, false // but not inside a clause, nor after a narrative
	}
	if toks[k].is("danach") && (d.lastDocument < d.sentNo-1 || d.lastReport == d.sentNo-1) {
		return fa, false // Danach ging er: mostly a time; what a document says only right after a sentence that names it and reports nothing itself
	}
	fa.f = d.newFrame(frame{mention: span{toks[k].s, toks[k].e}, rule: "according-to", leads: true})
	return fa, true
}

// midClauseDemnach reports whether "demnach" at toks[k], inside the
// clause that toks[a] opens, points back to the report before as it does
// at the start (Die Rolle der Fed soll demnach gestärkt werden: the words
// on each side of it are what was reported, as annotators mark them, 5
// times of 7 in the German dev set). Not after a subjunctive verb (Er sei
// demnach …), whose sentence goes on with the report as a whole.
func (d *doc) midClauseDemnach(toks []token, a, k int) bool {
	if !toks[k].is("demnach") {
		return false
	}
	for i := k - 1; i >= a && k-i <= 8; i-- {
		if toks[i].kind == tWord && toks[i].cls&cSubjunctive != 0 {
			return false
		}
	}
	return true
}

// accordanceNP reports whether the English noun phrase np after
// "according to" names what something is in line with, not a source: a
// head noun of choice or need (voted according to their preference; paid
// according to ability); or one lower-case singular noun with no
// determiner that names no source kind and ends the phrase, a measure
// things follow (according to size, according to tradition), not police,
// data, officials or polling by a union; a course set beforehand need not
// end it (the vote went according to plan and the pier opened).
func (d *doc) accordanceNP(toks []token, np span) bool {
	if d.german || np.e <= np.s {
		return false
	}
	if !toks[np.e-1].upper && d.inSet(setInaccordance, toks[np.e-1].lower) {
		return true
	}
	if np.e-np.s != 1 {
		return false
	}
	if !toks[np.s].upper && d.inSet(setPlannedcourse, toks[np.s].lower) {
		return true
	}
	if np.e < len(toks) && toks[np.e].kind == tWord && !(toks[np.e].isClass(cPrep) && !toks[np.e].is("by") && !toks[np.e].is("of") && !toks[np.e].is("from")) {
		return false // according to complete but unofficial returns: the phrase goes on
	}
	t := toks[np.s]
	if strings.IndexByte(t.lower, '.') >= 0 {
		return false // according to fenwicknews.org: a web address (addressEnd) names a site
	}
	return t.kind == tWord && !t.upper && !strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "a") && !strings.HasSuffix(t.lower, "ing") &&
		!t.isClass(cAnonymous|cOrganisation|cDocument|cTitle|cPronoun|cObject|cDeterminer) && !t.isCue()
}

// prepcueFrame builds the frame of a prepositional cue, whose source
// follows it: according to X, laut X, nach Angaben von X, so X. Where
// the content stands depends on where the cue does: after the source
// when it opens the clause (According to X, CONTENT), around it inside
// the clause (Zunächst ist laut Stadtblatt an den Bau … gedacht). laut
// after a noun of report is the adjective of laut werden instead, the
// noun before it the source (Es wurden Vorwürfe laut, dass …: loudNoun).
func (d *doc) prepcueFrame(toks []token, a, b, k, ce int, afterBoundary bool) (frameAt, bool) {
	fa := frameAt{lo: k, hi: ce, right: -1}
	if d.relativePrepSource(toks, a, k, ce, b) {
		// die Pläne der Partei, laut denen jeder Bürger …: the relative
		// pronoun is the source (as annotators name it), the rest of its
		// clause what was said; the words before the comma are not
		fa.f = d.newFrame(frame{mention: d.tokSpan(toks, span{ce, ce + 1}), rule: "according-to"})
		fa.hi, fa.right, fa.inverted = ce+1, ce+1, true
		return fa, true
	}
	if d.loudNoun(toks, a, b, k, ce) {
		// Es wurden Vorwürfe laut, dass …: laut is the adjective of laut
		// werden; the noun of report before it is the source, the clause
		// after the comma what it says
		fa.f = d.newFrame(frame{mention: d.tokSpan(toks, span{k - 1, k}), rule: "according-to"})
		fa.lo, fa.right = d.loudClauseStart(toks, a, k-1), ce+1
		return fa, true
	}
	so := toks[k].lower == "so"
	if so && !d.soAttributes(toks, a, b, k) || d.insideNounPhrase(toks, a, k) {
		return fa, false
	}
	np, ok := d.prepcueSource(toks, ce, b)
	if !ok || toks[k].lower == "gemäß" && !d.sourceLike(toks, np) {
		return fa, false // gemäß dem Motto, gemäß der Regelung: no one speaks
	}
	if d.accordanceNP(toks, np) {
		return fa, false // voted according to their preference, according to plan: in line with, no one speaks
	}
	np.e = d.shortParenthesis(toks, np.e, b)
	fa.f = d.newFrame(frame{mention: d.tokSpan(toks, d.withAgent(toks, np, b)), rule: "according-to"})
	fa.hi, fa.inverted = np.e, true
	switch {
	case d.prepcueOpens(toks, a, k):
		if j, role := d.afterLeadingSource(toks, np.e, b); j >= 0 {
			fa.right, fa.f.leads = j, true
			if role > 0 {
				fa.f.role = d.text(d.tokSpan(toks, span{np.e + 1, role})) // According to Tom Hill, the board's treasurer, …
			}
		}
	case !so && !afterBoundary:
		if d.german && np.e < b && toks[np.e].kind != tPunct {
			// Zunächst ist laut Stadtblatt an den Bau … gedacht: the clause
			// the source stands in goes on right after it, prepositions and all
			fa.right = np.e
		} else {
			fa.right = d.contentAfter(toks, np.e, b, false)
			if fa.right > 0 && d.relativeToEnd(toks, fa.right, b, toks[fa.right-1].isComma()) {
				fa.right = -1
			}
		}
	case d.german && so:
		// Die Lage sei, so die Polizei, nicht geplant: the words after
		// the source and its comma (and an appositive: so Paul Weber,
		// Chef des Verbands, dass …) go on with what was said; so too
		// after so X weiter, …
		if j := d.soAsideEnd(toks, np.e, b); j > 0 {
			fa.right = j
		}
		if np.e+1 < b && toks[np.e].isComma() {
			// so der Leiter des Amts, Paul Weber.: the name is who speaks
			if name, ok := d.npAfter(toks, np.e+1, b); ok && d.endsSentence(toks, name.e, b) && toks[name.s].upper && !toks[name.s].isClass(cPronoun|cDeterminer) && d.nameOfRole(toks, fa.f, np, name) {
				fa.hi = name.e
			}
		}
	case !d.german && afterBoundary:
		j := d.sourceEnd(toks, np.e, b)
		if j == np.e && d.asideOpens(toks, j, b) {
			// The toll, according to Tom Hill, a board member, will rise:
			// the role set off by commas is the source's
			if r := d.roleAsideAfter(toks, np.e, j, b); r > 0 && r+1 < b && d.predicateAfterSource(toks, a, k, r+1) {
				fa.f.role, fa.right = d.text(d.tokSpan(toks, span{j + 1, r})), r+1
				return fa, true
			}
		}
		if j+1 < b && toks[j].isComma() && d.predicateAfterSource(toks, a, k, j+1) {
			fa.right = j + 1 // Fundraising, according to the campaign, has surged
		}
	}
	return fa, true
}

// predicateAfterSource reports whether the word at toks[j], right after
// the comma that closes an English "according to" source (its cue at
// toks[k]) set off by commas, goes on with the clause the source stands
// in: a verb of its subject (Fundraising, according to the campaign, has
// surged; Other gaps, according to a person close to the talks, include
// age), or any word that is no function word when the words before the
// source hold no verb, a subject that wants its predicate. The look for a verb goes back at most
// maxContent words: a run-on sentence does not make it quadratic.
func (d *doc) predicateAfterSource(toks []token, a, k, j int) bool {
	t := toks[j]
	if t.kind != tWord || t.upper {
		return false
	}
	if t.isClass(cFinite) || d.presentS(t.lower) {
		return true
	}
	return k-1 > a && !t.isClass(cStop|cClause|cPrep|cDeterminer|cPronoun|cConditional|cSubordinator) && !strings.HasSuffix(t.lower, "ing") && !strings.HasSuffix(t.lower, "ed") && !d.hasVerb(toks, span{max(a, k-1-maxContent), k - 1})
}

// relativePrepSource reports whether the German prepositional cue toks[k:ce]
// opens a relative clause after a comma with its relative pronoun as the
// source: …, laut denen …; …, gemäß welchem ….
func (d *doc) relativePrepSource(toks []token, a, k, ce, b int) bool {
	if !d.german || k-1 <= a || ce+1 >= b || !toks[k-1].isComma() {
		return false
	}
	switch toks[ce].lower {
	case "denen", "welchen", "welcher", "welchem": // not der or dem, which are articles as often (…, laut der Polizei, …)
		return !toks[ce].upper && toks[k].lower != "so" && toks[ce+1].kind == tWord
	}
	return false
}

// soAsideEnd returns where the words after the source of a German "so"
// aside go on, the source ending at toks[e]: after its comma and an
// appositive (so Paul Weber, Chef des Verbands, …), also after adverbs
// (so Weber weiter, …); or -1.
func (d *doc) soAsideEnd(toks []token, e, b int) int {
	e = d.pastSoAdverbs(toks, e, b)
	if e+1 < b && toks[e].isComma() {
		return d.afterAppositive(toks, e+1, b)
	}
	return -1
}

// prepcueOpens reports whether the prepositional cue toks[k] and its
// source open their clause, so the content follows the source: According
// to X, CONTENT; Since May, according to X, CONTENT; RIVERTON, Ohio (AP)
// — According to X, CONTENT (after a wire story's dateline); Die Lage ist
// klar: Nach Meinung von X werden …
func (d *doc) prepcueOpens(toks []token, a, k int) bool {
	return d.opensClause(toks, a, k) || d.datelineBefore(toks, a, k) || !d.german && k-1 > a && toks[k-1].isComma() && (d.adverbial(toks, span{a, k - 1}) || d.timeNoun(toks, span{a, k - 1})) ||
		d.german && k > a && toks[k-1].isPunct(":")
}

// timeNoun reports whether toks[c] is a short noun phrase of time that
// sets the scene as an adverbial does: "The next day", "Last week",
// "Two months later": two to four words, a stretch of time last or
// before a final "later" or "earlier", no verb.
func (d *doc) timeNoun(toks []token, c span) bool {
	n := c.e - c.s
	if n < 2 || n > 4 || toks[c.s].kind != tWord {
		return false
	}
	e := c.e - 1
	if toks[e].is("later") || toks[e].is("earlier") {
		e--
	}
	return e > c.s && toks[e].isClass(cPeriod) && !toks[e].upper && !d.hasVerb(toks, c) // the scan for a verb last
}

// afterLeadingSource returns where the content starts after a source
// that opens its clause and ends at toks[e] or at a comma after its
// modifiers (Nach Angaben der Polizei, die den Fall prüft, ist …; According
// to Tom Hill, the board's treasurer, the fund …), or -1
// at the sentence end (About 9,000 live here, according to X.) or when
// the source goes on (according to fundraising reports through Jan. 31).
// It returns too the comma that closes a role set off right after the
// source (the board's treasurer), or -1.
func (d *doc) afterLeadingSource(toks []token, e, b int) (int, int) {
	j := d.sourceEnd(toks, e, b)
	role := -1
	if r := d.relativeAfterSource(toks, j, b); r > 0 {
		j = r
	} else if r, isRole := d.asideAfterSource(toks, e, j, b); r > 0 {
		if isRole && j == e {
			role = r
		}
		j = r
	}
	comma := j < b && toks[j].isComma()
	if comma {
		j++
	}
	if d.relativeToEnd(toks, j, b, comma) {
		return -1, -1
	}
	if j < b && !toks[j].isPunct(".!?…") && (comma || !d.sourceGoesOn(toks[j]) && !d.documentGoesOn(toks, j)) {
		return j, role
	}
	return -1, -1
}

// relativeToEnd reports whether an English relative clause opens at
// toks[j], right after an according-to source that opens its clause or
// stands inside it, and runs to the sentence end in words only, no comma
// or other mark: it tells about a noun before it (Hill leads in Ohio,
// according to the Ledger's average of polls, where 40 seats are at
// stake; according to budget papers that the office files on Friday),
// and no content follows the source. "that" opens one only without a
// comma before it, where it would be the content's complementizer.
func (d *doc) relativeToEnd(toks []token, j, b int, comma bool) bool {
	if d.german || j >= b || toks[j].upper {
		return false
	}
	t := toks[j]
	if !(t.is("where") || t.isClass(cRelative) || !comma && t.is("that")) {
		return false
	}
	for i := j + 1; i < b; i++ {
		if toks[i].kind != tWord && !toks[i].isPunct(".!?…") {
			return false
		}
	}
	return true
}

// documentGoesOn reports whether a preposition at toks[j] right after a
// document noun that is also a cue word (reports, statements) and ends
// the source, with no comma between, still modifies that noun: no
// content follows (according to budget reports through March that …;
// but: According to a poll from the Ledger the toll is too high).
func (d *doc) documentGoesOn(toks []token, j int) bool {
	return !d.german && j > 0 && toks[j-1].isClass(cDocument) && toks[j-1].isCue() && toks[j].isClass(cPrep)
}

// beliefInContent reports whether an English cue of belief joined by the
// "and" at toks[conj] stands in the content of the frame before it: "X
// said he is proud and expects to win" goes on with what X said, its
// subject the content's.
func (d *doc) beliefInContent(cls class, conj int, prev []frameAt) bool {
	if d.german || cls&cBelief == 0 || len(prev) == 0 {
		return false
	}
	r := prev[len(prev)-1].right
	return r >= 0 && r < conj
}

// actorInContent reports whether the English verb that "and" at
// toks[conj] joins a cue to stands in the clause the frame before
// reports, after a subject of its own: in "Ann Roe said Tom Hill stood up
// and said, "…"" and "said she was met by Hill, who took her arm and
// said" Tom Hill speaks, not Ann Roe, so the cue is no second verb of
// hers; the whole clause is what she reports. The verb is a past one, a
// name, a subject pronoun or who before it, no punctuation after it; a
// passive (the move was made by Tom Hill and said) keeps the outer source.
// Only before a quote, which the clause then holds as its part.
func (d *doc) actorInContent(toks []token, conj, k int, prev []frameAt) bool {
	if d.german || len(prev) == 0 || !quoteNext(toks, k+1) {
		return false // said he voted for Hill and wrote in Roe: the same source's, as often as not
	}
	fa := prev[len(prev)-1]
	if !fa.f.reports || fa.right < 0 || fa.right >= conj {
		return false
	}
	for v := conj - 1; v > fa.right && conj-v <= 8; v-- {
		t := toks[v]
		if t.kind != tWord {
			return false
		}
		if !d.pastOrClauseVerb(t) {
			continue
		}
		p := toks[v-1]
		if t.finite() || t.isCue() || p.kind != tWord || p.finite() {
			return false
		}
		return p.upper && !p.isClass(cDeterminer|cPrep) || p.is("who") || p.isClass(cPronoun) && !p.isClass(cObject|cDeterminer)
	}
	return false
}

// quoteNext reports whether a quote stands at toks[i], or after a comma
// or colon there.
func quoteNext(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i].isPunct(",:") {
		i++
	}
	return i < len(toks) && toks[i].kind == tQuote
}

// insideNounPhrase reports whether a German cue toks[k] stands between a
// determiner and its noun (246 der nach Behördenangaben 350 Passagiere;
// aus einer laut Auskunft der Regierung erstellten Liste): the source
// vouches for a number or a word, and neither side of it was said. A
// der or die after a comma or a preposition is a relative pronoun (die
// Armee, die laut Gesetz …; an der nach Polizeiangaben …) and opens a clause.
func (d *doc) insideNounPhrase(toks []token, a, k int) bool {
	if d.german && k-2 > a && toks[k-1].isPunct("–—-") {
		k-- // die Leitung des – nach Angaben der Zeitung – Vereins: set off by dashes
	}
	if !d.german || k <= a || !toks[k-1].isClass(cDeterminer) || toks[k-1].upper && k-1 > a {
		return false
	}
	if !d.relativePronoun(toks[k-1].lower) {
		return true // einer, seine: no relative clause opens with them
	}
	return k-1 == a || toks[k-2].kind == tWord && !toks[k-2].isClass(cPrep)
}

// opensParticiple reports whether the -ing cue toks[k] opens a participle
// phrase whose source is that of the clause: ", saying", "after noting",
// "by suggesting", "short of calling for", or "Noting that …" at the
// sentence start.
func (d *doc) opensParticiple(toks []token, a, b, k, ce int) bool {
	if !strings.HasSuffix(toks[k].lower, "ing") {
		return false
	}
	if d.frontedParticiple(toks, a, b, k, ce) > 0 {
		return true
	}
	if k == a {
		return ce < b && toks[ce].is("that")
	}
	p := toks[k-1]
	return p.isComma() || d.dashParticiple(toks, k) || d.commaQuote(p) || d.inSet(setParticipleprep, p.lower) ||
		d.frontedPrep(toks, a, k-1) || d.afterMessage(toks, a, k) > a || d.adverbAfterComma(toks, a, k) || d.lyAfterJoin(toks, a, k) ||
		d.afterMedium(toks, a, k)
}

// dashParticiple reports whether the -ing cue toks[k] opens a participle
// after a dash or a hyphen set off by spaces, as after a comma, when it
// reports a clause: "says he saw no one - noting that …", "- saying it failed".
// One that takes an object may go on with the content before it (the
// plan is a counterattack - blasting Hill for …), and stays no cue there.
// A dash that a second one closes sets off an aside, no participle of the
// source (The mayor — noting that the pier was old — said it would close).
func (d *doc) dashParticiple(toks []token, k int) bool {
	if d.german || k == 0 || !d.asideDash(toks[k-1]) { // a dash too: praised the deal — noting that …
		return false
	}
	if !(toks[k].cls&cReports != 0 || k+1 < len(toks) && toks[k+1].is("that")) {
		return false
	}
	for i := k + 1; i < len(toks) && i < k+maxContent && !toks[i].isPunct(".!?"); i++ {
		if d.asideDash(toks[i]) {
			return false
		}
	}
	return true
}

// afterMedium reports whether the -ing cue toks[k] follows the name of
// an outlet or network that "on" or "via" opens after a lower-case word
// (Ann Lee replied to the question on Facebook writing, "…"): the outlet
// is where the clause's subject spoke, no subject of the participle.
func (d *doc) afterMedium(toks []token, a, k int) bool {
	if d.german || k-3 < a {
		return false
	}
	n, p, w := toks[k-1], toks[k-2], toks[k-3]
	return n.kind == tWord && n.upper && (p.is("on") || p.is("via")) && w.kind == tWord && !w.upper && n.isClass(cOrganisation)
}

// perfectParticiple reports whether "having" before the cue toks[k]
// opens a participle phrase as an -ing cue would (…, having argued that
// …; — having suggested that … —; Having said that …, she …): the
// source is the clause's, and "having" is no noun phrase.
func (d *doc) perfectParticiple(toks []token, a, b, k, ce int) bool {
	h := k - 1
	if d.german || h < a || !toks[h].is("having") {
		return false
	}
	return d.opensParticiple(toks, a, b, h, ce) || h > a && toks[h-1].isPunct("—–-")
}

// adverbAfterComma reports whether one or two adverbs stand between a
// comma or dash and the -ing cue toks[k]: "…, even suggesting he …", "he
// said, apparently suggesting that …", "…, not even suggesting …".
func (d *doc) adverbAfterComma(toks []token, a, k int) bool {
	j := k - 1
	for j > a && k-j <= 2 && !toks[j].upper && d.verbAdverb(toks[j]) {
		j--
	}
	if j == k-1 && j-2 > a && d.inSet(setPointintime, toks[j].lower) {
		// …, at one point calling the mayor a "liar"; …, at times saying
		if toks[j-1].is("at") {
			j -= 2
		} else if toks[j-2].is("at") && toks[j-1].kind == tWord && !toks[j-1].upper {
			j -= 3
		}
	}
	return j < k-1 && j >= a && toks[j].isPunct(",—–-")
}

// afterMessage returns where the verb that sent a message stands when
// the -ing cue toks[k] follows that message: "The club issued a statement
// on Monday saying …", "she sent a tweet saying …", "put out a statement
// saying" (the verb before its particle); else a. Only a few words of
// time or place may stand between the noun and the cue; a message that
// is not the object of a verb that sends it (a memo saying, his tweet
// saying) is no frame.
func (d *doc) afterMessage(toks []token, a, k int) int {
	if toks[k].isClass(cContent) && !d.asksTo(toks, k) {
		return a // a letter praising the plan: what it names is no statement
	}
	// the message is one of the five tokens before the cue, or eleven
	// when they name whom it went to (a letter to the city board urging
	// …; a statement to the board of elections on Monday saying …), and
	// those between are words but no cues (the set looked up only for
	// words: a quote or a punctuation rune is no message)
	n := k - 1
	for ; n > a && k-n <= 11; n-- {
		if toks[n].kind != tWord {
			return a
		}
		if d.inSet(setMessage, toks[n].lower) {
			break
		}
		if toks[n].isCue() && !toks[n-1].isClass(cDeterminer) { // but "to the state board": a noun
			return a
		}
	}
	if n <= a || k-n > 11 || k-n > 5 && !toks[n+1].is("to") { // beyond five only after "to"
		return a
	}
	i := n - 1
	if i > a && strings.HasSuffix(toks[n].lower, "s") && d.inSet(setSends, toks[i].lower) {
		return i // sent tweets early Friday saying …: a bare plural needs no article
	}
	for i > a && n-i <= 3 && toks[i].kind == tWord && !toks[i].isClass(cDeterminer) {
		i-- // an extraordinary statement, a fundraising email
	}
	if i <= a || !toks[i].isClass(cDeterminer) || !d.inSet(setSends, toks[i-1].lower) {
		return a
	}
	v := i - 1
	if (toks[v].is("out") || toks[v].is("back")) && v-1 > a {
		v-- // put out, fired back
	}
	return v
}

// asksTo reports whether the cue toks[k] asks someone for an act: an
// object and "to" with a verb follow (urging them to reconsider, urging
// the board to act).
func (d *doc) asksTo(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+4 && toks[j].kind == tWord; j++ {
		if d.infinitiveAfter(toks, j, len(toks)) {
			return j > k+1
		}
	}
	return false
}

// frontedParticiple returns the comma that ends a participle phrase
// which opens its sentence with the cue toks[k:ce] ("Insisting it was
// not rehearsed, Mr. Hill …"; "After saying …, Ms. Roe …"; "Aside from
// stating …"), when a subject follows it; else 0. A quote in the phrase
// goes on with it, and one with a comma inside its marks, or a subject
// pronoun right after it, ends it: the quote is returned instead.
func (d *doc) frontedParticiple(toks []token, a, b, k, ce int) int {
	if d.german || !strings.HasSuffix(toks[k].lower, "ing") || toks[k].is("according") {
		return 0
	}
	opens := k == a || k-1 == a && toks[a].isClass(cPrep|cClause) && !toks[a].is("and") && !toks[a].is("but") ||
		k-2 == a && toks[a].is("aside") && toks[a+1].is("from") ||
		k-3 == a && toks[a].is("in") && toks[a+1].is("addition") && toks[a+2].is("to")
	if !opens {
		return 0
	}
	for i := ce; i < b && i-ce <= maxContent; i++ {
		switch {
		case toks[i].kind == tQuote:
			if i == ce || i+1 == b {
				return 0 // Asked about it, "…": the quote's own frame
			}
			switch n := toks[i+1]; {
			case d.commaQuote(toks[i]):
				if _, ok := d.npAfter(toks, i+1, b); ok {
					return i // Conceding that it would come "down the line," he …: the quote's comma ends the phrase
				}
			case n.kind == tWord && subjectPronoun(n.lower):
				return i // … come "down the line" he warned: a subject pronoun opens the clause
			case n.isComma() || n.kind == tWord && !n.upper:
				continue // … come "down the line", he; denouncing the "greed" of the firms, she: a quoted word of the phrase
			}
			return 0
		case toks[i].isComma():
			np, ok := d.npAfter(toks, i+1, b)
			if ok && np.e+1 < b && toks[np.e].isComma() && toks[np.e+1].kind == tQuote {
				i = np.e // Calling his rival, Tom Hill, "a fraud," Jo Vale …: an appositive in the object
				continue
			}
			if ok {
				return i
			}
			return 0
		case toks[i].isPunct(".!?;:"):
			return 0
		}
	}
	return 0
}

// frontedPrep reports whether the preposition toks[i] opens its clause
// before an -ing cue, so that the cue's source is the clause's subject:
// "Since announcing in May that …, she", "In describing the plan, he",
// "Aside from saying …", "In addition to stating …". Inside a clause
// "since announcing his bid" only dates what is said.
func (d *doc) frontedPrep(toks []token, a, i int) bool {
	p := toks[i]
	atStart := i == a || toks[i-1].isComma()
	switch {
	case p.is("since") || p.is("in") || p.is("upon") || p.is("despite"):
		return atStart
	case p.is("from"):
		return i > a && toks[i-1].is("aside")
	case p.is("to"):
		return i-1 > a && toks[i-1].is("addition") && toks[i-2].is("in")
	}
	return false
}

// commaQuote reports whether t is a quote whose comma before its closing
// mark ends the clause it stands in, as a comma after it would: … has
// "expanded the party," claiming that ….
func (d *doc) commaQuote(t token) bool {
	return t.kind == tQuote && !d.german && d.quoteEndsIn(t, ",")
}

// coordinated returns the index of the "and" or "but" that joins the cue
// toks[k] to a verb before it, over auxiliaries and adverbs (and has
// since said; are wary of it and generally agree; and has been saying),
// or -1; adverbs of a second act go over too (and instead argued, and
// again said: see set-coordadverb). A negated cue joins only before
// "that": "but did not recommend that …" reports a second act of the
// subject, "and did not find ties" reports none.
func (d *doc) coordinated(toks []token, a, k int) int {
	j := k - 1
	negatedThat := k+1 < len(toks) && toks[k+1].is("that")
	for j > a && k-j <= 4 && !d.german {
		if j-1 > a && toks[j].upper && toks[j].isClass(cTime) && toks[j-1].is("on") {
			j -= 2 // but on Tuesday wrote
			continue
		}
		if k-j > 3 || !(toks[j].finite() || toks[j].is("been") && j-1 > a && toks[j-1].finite() || toks[j].is("since") || toks[j].is("not") && negatedThat || toks[j].is("later") || toks[j].is("also") || toks[j].is("then") || d.degreeOfTime(toks, j) || d.mannerAdverb(toks[j]) || d.inSet(setCoordadverb, toks[j].lower)) {
			break
		}
		j--
	}
	if j >= a && j < k && (toks[j].is("and") || toks[j].is("but") || toks[j].is("und")) {
		return j
	}
	return -1
}

// existentialList reports whether the "and" at toks[conj] joins two
// nouns after an existential "there is", not a verb to one before: in
// "Then there's Oakdale and questions about its mayor" the cue in -s is a
// noun, as no verb stands between "there's" and the "and" (but "stating
// there was a need and chiding …" joins a verb).
func (d *doc) existentialList(toks []token, a, k, conj int) bool {
	if d.german || !strings.HasSuffix(toks[k].lower, "s") {
		return false
	}
	for i := conj - 1; i >= a && conj-i < maxContent; i-- { // bounded: stays linear
		t := toks[i]
		if t.is("there's") || i > a && toks[i-1].is("there") && d.inSet(setCopula, t.lower) {
			return true
		}
		if t.clauseVerb() || t.kind == tQuote || t.isPunct(",;:") {
			return false
		}
	}
	return false
}

// progressiveBefore returns the frame of a progressive -ing cue (is
// noting) that an -ing cue toks[k] after "and" is joined to, when other
// frames stand between: in "She is noting the problems Hill had answering
// questions and saying he …" the second -ing form goes with the first,
// not with the nearer clause. Only the last few frames are looked at.
func (d *doc) progressiveBefore(toks []token, k int, prev []frameAt) *frame {
	if !strings.HasSuffix(toks[k].lower, "ing") {
		return nil
	}
	for i := len(prev) - 2; i >= max(0, len(prev)-4); i-- { // not the last: the nearer clause
		p := prev[i]
		if p.f.rule == "subject" && p.hi >= 2 && p.hi <= k && strings.HasSuffix(toks[p.hi-1].lower, "ing") && d.inSet(setCopula, toks[p.hi-2].lower) {
			return p.f
		}
	}
	return nil
}

// listedAdjective reports whether the -ed cue toks[k] after "and" is an
// adjective in a list of nouns that is the subject of a verb after it, not
// a verb joined to one before: in "as reports, failed ventures and alleged
// fraudulent deals have hurt him" no verb stands between the clause's
// start and the "and", and an auxiliary follows the bare noun phrase after
// the cue (but "denied the losses and alleged bribes were paid" has a verb).
func (d *doc) listedAdjective(toks []token, a, b, k, conj int) bool {
	if d.german || !strings.HasSuffix(toks[k].lower, "ed") || conj < 1 || !strings.HasSuffix(toks[conj-1].lower, "s") {
		return false
	}
	e := k + 1
	for e < b && e-k <= 3 && d.bareWord(toks[e]) {
		e++ // alleged fraudulent deals
	}
	if e == k+1 || e >= b || !toks[e].finite() {
		return false
	}
	for i := conj - 1; i >= a && conj-i < maxContent; i-- { // bounded: stays linear
		t := toks[i]
		adjective := i+1 < conj && strings.HasSuffix(t.lower, "ed") && d.bareWord(toks[i+1]) // failed ventures
		if t.kind == tQuote || t.clauseVerb() && !adjective || t.isCue() && !adjective && !strings.HasSuffix(t.lower, "s") {
			return false // a verb the cue may be joined to (a cue in -s is mostly a noun: attacks)
		}
		if t.isClass(cClause) && !t.is("and") || t.is("that") || t.isPunct(";:") {
			return true // seeing as reports and alleged deals have …
		}
	}
	return true
}

// bareWord reports whether t is a lower-case word that may stand in a
// bare noun phrase: no verb, article, pronoun, preposition or connective.
func (d *doc) bareWord(t token) bool {
	return t.kind == tWord && !t.upper && !t.clauseVerb() && !t.isClass(cStop|cClause|cDeterminer|cPronoun|cPrep)
}

// sentOut reports whether the cue ending before toks[ce] goes on with
// "out" and a determiner: in "has blasted out a barrage of releases" the
// object after the particle is what was put out (annotators mark it from
// the determiner on, the particle with the cue). Cues whose "out" is
// their own are read whole (pointed out, called out).
func (d *doc) sentOut(toks []token, ce, b int) bool {
	return ce+1 < b && toks[ce].is("out") && toks[ce+1].isClass(cDeterminer) && !toks[ce+1].isNumber()
}

// adjectivePair reports whether the cue toks[k] after "and" or "but" is
// an adjective joined to one before it in a noun phrase, not a verb
// joined to the clause: "an awkward but promising start", "the most
// significant and criticized move". The word before the conjunction
// follows an article (and a degree word), and a bare noun follows the
// cue, not a determiner, pronoun, adverb or clause (and warned that …);
// a cue that reports clauses (said) may open one with a bare noun.
func (d *doc) adjectivePair(toks []token, a, k int) bool {
	j := k - 1
	if j-2 < a || k+1 >= len(toks) || !toks[j].is("and") && !toks[j].is("but") {
		return false
	}
	w, n := toks[j-1], toks[k+1]
	if toks[k].isClass(cCore|cReports) || n.isClass(cQuantifier) {
		return false // a deal and said funding is needed
	}
	if w.kind != tWord || w.upper || w.finite() || w.isCue() || n.kind != tWord || n.upper ||
		n.isClass(cNounOpener|cDeterminer|cPronoun|cPrep|cClause|cQuestion|cAdverb|cTime) || n.is("that") || strings.HasSuffix(n.lower, "ly") {
		return false
	}
	i := j - 2
	if d.inSet(setDegree, toks[i].lower) && i-1 >= a {
		i-- // the most significant and …
	}
	return article(toks[i])
}

// mannerAdverb reports whether t is a lower-case adverb in -ly, as
// between "and" and a joined cue (and generally agree, and flatly denied).
func (d *doc) mannerAdverb(t token) bool {
	return lyAdverb(&t) && t.isClass(cAdverb)
}

// degreeOfTime reports whether toks[j] is a time adverb, or "most" or
// "more" before one, between a conjunction and its verb: "and most
// recently defended" joins the verb to the subject before the "and".
func (d *doc) degreeOfTime(toks []token, j int) bool {
	t := toks[j]
	if (t.is("most") || t.is("more")) && j+1 < len(toks) && toks[j+1].isClass(cTime) {
		return true
	}
	return t.isClass(cTime) && !t.upper
}

// sourceLike reports whether a German noun phrase can be a source: a
// name, or a person, group or document by its noun (einem Sprecher, der
// Organisation, seiner Aussage, Medienberichten).
func (d *doc) sourceLike(toks []token, np span) bool {
	if d.namesSomeone(toks, np) {
		return true
	}
	for _, t := range toks[np.s:min(np.e, np.s+maxNP)] {
		if t.kind == tQuote || t.kind == tWord && (t.isClass(cAnonymous|cOrganisation|cDocument) || t.upper && d.documentNoun(t.lower) || d.names[t.lower] != "") {
			return true
		}
	}
	return false
}

// relativeAfterSource returns the comma that closes a German relative
// clause right after a source that opens its sentence (Laut einem
// Artikel der Zeitung, der sich auf Daten der Stadt beruft, leben …):
// the first comma after it before a lower-case word that is no article,
// pronoun or preposition, the verb of the main clause. It returns -1
// when there is none.
func (d *doc) relativeAfterSource(toks []token, j, b int) int {
	if !d.german || j+2 >= b || !toks[j].isComma() || !d.relativeOpens(toks, j+1, j+3) && !(d.relativePronoun(toks[j+1].lower) && !toks[j+1].upper) {
		return -1
	}
	for i := j + 2; i+1 < b; i++ {
		if toks[i].isComma() && d.opensWithVerb(toks, span{i + 1, b}) {
			return i
		}
	}
	return -1
}

// titleThenThat returns where "that" stands after the English quote at
// toks[q] and the comma that closes it, inside its marks or after them
// (wrote in her book, "Harbor Days," that …): the quote is a title set
// off as an appositive, and the that clause what was said. Else -1.
func (d *doc) titleThenThat(toks []token, q, b int) int {
	if d.german || q+1 >= b || toks[q].kind != tQuote {
		return -1
	}
	if toks[q+1].is("that") && d.quoteEndsIn(toks[q], ",") {
		return q + 1
	}
	if q+2 < b && toks[q+1].isComma() && toks[q+2].is("that") {
		return q + 2
	}
	return -1
}

// asideAfterSource returns the comma that closes an English aside set
// off by commas after a source that leads its clause, a role, a relative
// clause or a name (roleAsideAfter, whoAsideAfter, nameAsideAfter), or
// -1, and whether the aside is a role. It makes the test the three share
// (asideOpens). A role and a relative clause that both close (whose aide
// …,) close at the same first comma; the role goes first so that it is
// known.
func (d *doc) asideAfterSource(toks []token, e, j, b int) (int, bool) {
	if !d.asideOpens(toks, j, b) {
		return -1, false
	}
	if r := d.roleAsideAfter(toks, e, j, b); r > 0 {
		return r, true
	}
	if r := d.whoAsideAfter(toks, j, b); r > 0 {
		return r, false
	}
	return d.nameAsideAfter(toks, e, j, b), false
}

// asideOpens reports whether toks[j] is a comma that may open an English
// aside after a source, with two tokens or more after it before b: the
// test whoAsideAfter, roleAsideAfter and nameAsideAfter need made first.
func (d *doc) asideOpens(toks []token, j, b int) bool {
	return !d.german && j+2 < b && toks[j].isComma()
}

// whoAsideAfter returns the comma that closes an English relative clause
// of "who" or "whose" set off by commas right after a source that leads
// its clause (According to Tom Hill, who chairs the board, the toll will
// rise): the content follows it. Else -1. The comma that opens it is
// toks[j] (asideAfterSource).
func (d *doc) whoAsideAfter(toks []token, j, b int) int {
	if !(toks[j+1].is("who") || toks[j+1].is("whose")) || toks[j+1].upper {
		return -1
	}
	for i := j + 2; i+1 < b && i-j <= maxContent; i++ {
		if toks[i].kind == tQuote || toks[i].isPunct(".;:!?—–(") {
			return -1
		}
		if toks[i].isComma() {
			return i
		}
	}
	return -1
}

// roleAsideAfter returns the comma that closes an English appositive set
// off by commas after a name that leads its clause as a source, when the
// appositive names the person's role and holds no verb: According to Tom
// Hill, the board's treasurer, the fund is short. Else -1. A name must
// end the source (toks[e-1]) and a noun for a person the appositive:
// after "According to the report, the mayor, …" the mayor is the
// content's, and after "According to Tom Hill, the toll, …" the toll.
// The comma that opens it is toks[j] (asideAfterSource).
func (d *doc) roleAsideAfter(toks []token, e, j, b int) int {
	if !toks[e-1].upper || toks[j+1].upper {
		return -1
	}
	end := -1 // where the role ends: at the comma, or at a "who" whose clause tells about the person
	for i := j + 1; i+1 < b && (i-j <= maxNP || end > 0 && i-end <= maxNP); i++ {
		t := toks[i]
		if t.isComma() {
			if end < 0 {
				end = i
			}
			h := toks[end-1]
			if end > j+1 && (!h.upper && d.personNoun(h, cClause) || d.roleBeforeOf(toks, j, end)) && !d.hasVerb(toks, span{j, end}) {
				return i
			}
			return -1
		}
		if t.kind != tWord {
			return -1
		}
		if end < 0 && i > j+2 && t.is("who") {
			end = i // According to Ann Roe, a friend of his who died in 2000, the mayor …
		}
	}
	return -1
}

// roleBeforeOf reports whether the appositive toks[j+1:end] is a role
// whose "of" phrase names a person (a close friend of Mr. Hill's; an aide
// of the mayor): the words before "of" are a relation to that person.
func (d *doc) roleBeforeOf(toks []token, j, end int) bool {
	for k := j + 2; k+1 < end; k++ {
		if toks[k].is("of") {
			h := toks[end-1]
			return !toks[k-1].upper && (h.upper || h.isClass(cTitle|cAnonymous))
		}
	}
	return false
}

// nameAsideAfter returns the comma that closes a name set off by commas
// after a leading according-to source that ends in a noun for a person:
// According to the mayor's spokesman, Jo Vale, the bridge is safe. Else
// -1. The comma that opens it is toks[j] (asideAfterSource).
func (d *doc) nameAsideAfter(toks []token, e, j, b int) int {
	h := toks[e-1]
	if h.upper || !h.isClass(cTitle|cAnonymous) {
		return -1
	}
	lim := min(b-1, j+5) // one to three words, then the comma, before the last token
	if i := capitalsOn(toks, j+1, lim, 0); i > j+1 && i < lim && toks[i].isComma() {
		return i
	}
	return -1
}

// withTitle extends a German source over the name in marks after it:
// laut der Website „bau.de“, nach Angaben des Magazins „Der Bote“, nach
// einem Bericht der „Kasseler Zeitung“ (the name is part of the source,
// not the first words of what it reports).
func (d *doc) withTitle(toks []token, np span, b int) span {
	if !d.german || np.e >= b || toks[np.e].kind != tQuote {
		return np
	}
	last := toks[np.e-1]
	q := d.qs[toks[np.e].q]
	genre := last.upper && (d.genreNoun(last.lower) || d.genreNoun(strings.TrimSuffix(last.lower, "s"))) // des Magazins
	if (last.isClass(cDeterminer) || genre) && (d.looksLikeName(q) || d.webAddress(q)) {
		np.e++
	}
	return np
}

// prepcueSource finds the source after "according to", "laut" or "nach
// Angaben". In German the noun of the cue is the source when no genitive
// follows it: nach Polizeiangaben, nach einer ersten Analyse.
func (d *doc) prepcueSource(toks []token, ce, b int) (span, bool) {
	if d.german && toks[ce-1].upper && !toks[ce-1].isClass(cPrepcue) {
		switch {
		case ce < b && toks[ce].is("von"):
			ce++ // nach Ansicht von Senator Muster
		case ce < b && toks[ce].upper && d.compoundDocument(toks[ce-1].lower):
			// laut Behördenangaben Einsturzgefahr bestehe: the compound
			// holds its source, and the noun after it opens the clause
			return span{ce - 1, ce}, true
		case ce < b && (toks[ce].upper || genitiveArticle(toks[ce].lower)):
			// nach Angaben der Polizei, nach Angaben Israels
		case ce-2 >= 0 && d.ownedDocument(toks[ce-2], toks[ce-1]):
			return span{ce - 2, ce}, true // nach Webers Angaben
		default:
			return d.withTitle(toks, span{ce - 1, ce}, b), true // laut der Website „bau.de“
		}
	}
	if d.german && toks[ce-1].is("so") && ce+1 < b && toks[ce].kind == tWord && !toks[ce].upper && !toks[ce].isClass(cPronoun|cDeterminer) {
		if toks[ce].isClass(cAux) || toks[ce].is("werden") || toks[ce].is("wurden") {
			return span{}, false // „…“, so werden Verräter genannt: a passive names, no one speaks
		}
		ce++ // „…“, so urteilte Muster
		for ce+1 < b && (toks[ce].isClass(cObject) || toks[ce].is("sich")) {
			ce++ // „…“, so charakterisierte ihn der Vorsitzende
		}
	}
	if e := d.extendedAttribute(toks, ce, b); e > ce {
		return span{ce, e}, true // nach Angaben der in Kassel ansässigen Firma
	}
	if np, ok := d.npAfter(toks, ce, b); ok {
		return d.withTitle(toks, d.beforeVerbalNoun(toks, d.joinedSource(toks, np, b)), b), true
	}
	if d.german {
		if t, ok := d.titleSource(toks, ce, b); ok {
			return t, true // laut „BBC News“, laut der „Zeitung“
		}
		if ce < b && toks[ce].kind == tWord && strings.ContainsAny(d.text(span{toks[ce].s, toks[ce].e}), ".0123456789") {
			return span{ce, ce + 1}, true // nach Angaben von n24, laut ndr.de
		}
		j := ce
		for j < b && j-ce < 2 && toks[j].kind == tWord && !toks[j].upper && !toks[j].isClass(cStop|cPrep|cPronoun|cAdverb|cDeterminer) {
			j++ // laut ägyptischem Innenministerium: adjectives before the noun
		}
		if np, ok := d.npAfter(toks, j, b); ok && j > ce && toks[j].upper {
			return span{ce, np.e}, true
		}
		return span{}, false
	}
	np, ok := d.bareNP(toks, ce, b) // according to exit polls
	if ok && !d.german {
		np.e = d.postmodified(toks, np.s, np.e, b) // according to officials familiar with the plan
	}
	return d.joinedSource(toks, np, b), ok
}

// joinedSource extends an English source after "according to" over "and"
// or "or" and a second noun phrase: "Democratic and independent
// analysts", "Vorlian politicians and officials" name one source (an
// adjective alone is no speaker). Not over a pronoun or a verb, which
// opens a clause of its own.
func (d *doc) joinedSource(toks []token, np span, b int) span {
	if d.german || np.e <= np.s {
		return np
	}
	if np.e == np.s+1 && toks[np.s].upper && np.e < b && d.bareWord(toks[np.e]) && strings.HasSuffix(toks[np.e].lower, "s") {
		np.e++ // Vorlian politicians: a capitalised adjective before its plural noun
	}
	j := np.e
	if j+1 >= b || !toks[j].is("and") && !toks[j].is("or") {
		return np
	}
	n := toks[j+1]
	if n.kind != tWord || n.isClass(cPronoun|cStop|cClause|cFinite|cPrep) || !n.upper && strings.HasSuffix(n.lower, "ed") {
		return np
	}
	if e, ok := d.bareNP(toks, j+1, b); ok && (e.e >= b || toks[e.e].kind != tWord || toks[e.e].is("who")) {
		return span{np.s, e.e} // the phrase ends the clause or a relative clause follows
	}
	return np
}

// compoundDocument reports whether a German noun is a compound that ends
// in a document noun, not that noun alone: Behördenangaben, but not Angaben.
func (d *doc) compoundDocument(w string) bool {
	return !d.has(cDocument, w) && d.documentNoun(w)
}

// beforeVerbalNoun ends a German source np before a plural noun in -ungen
// right after a capitalised word: in "liegen laut Holzwerk Bestellungen
// für 80 Häuser vor" the orders open the clause; no name ends so.
func (d *doc) beforeVerbalNoun(toks []token, np span) span {
	if !d.german {
		return np
	}
	for m := np.s + 1; m < np.e; m++ {
		t := toks[m]
		if t.upper && len(t.lower) >= 9 && strings.HasSuffix(t.lower, "ungen") && toks[m-1].upper && !toks[m-1].isClass(cDeterminer) {
			return span{np.s, m}
		}
	}
	return np
}

// extendedAttribute returns the end of a German noun phrase at toks[j]
// whose article a prepositional attribute separates from its noun (der in
// Bergheim, Sachsen, ansässigen Firma): the article, a preposition, then
// names and commas up to a word in lower case and the noun after it; j
// otherwise. Bounded to a few words.
func (d *doc) extendedAttribute(toks []token, j, b int) int {
	if !d.german || j+3 >= b || !genitiveArticle(toks[j].lower) || !toks[j+1].isClass(cPrep) || toks[j+1].upper {
		return j
	}
	for m := j + 2; m+1 < b && m-j <= 10; m++ {
		t := toks[m]
		switch {
		case t.kind == tWord && !t.upper:
			if toks[m+1].kind == tWord && toks[m+1].upper && !t.isClass(cPrep|cStop|cDeterminer) {
				return m + 2
			}
			return j
		case t.kind != tWord && !t.isComma():
			return j
		}
	}
	return j
}

// withAgent extends the mention of a document after according to over
// whoever made it (a tally by the Associated Press, a court document
// filed by the state attorney, calculations from the institute): the
// annotators name the maker as often as the document, and the mention
// holds both. Where the frame ends stays as it was.
func (d *doc) withAgent(toks []token, np span, b int) span {
	j := np.e
	if d.german || np.e <= np.s || toks[np.e-1].upper || j >= b {
		return np
	}
	if toks[j].kind == tWord && !toks[j].upper && strings.HasSuffix(toks[j].lower, "ed") && !toks[j].isCue() {
		j++ // filed by, compiled by
	}
	if j+1 >= b || !(toks[j].is("by") || toks[j].is("from")) {
		return np
	}
	if agent, ok := d.npAfter(toks, j+1, b); ok {
		return span{np.s, agent.e}
	}
	return np
}

// afterAppositive returns j, or the token after an appositive that runs
// from j to a comma with no verb in it: a noun phrase of capitalised words,
// articles and prepositions (Chef des Verbands, eine Sprecherin der Stadt,);
// -1 when the appositive ends the sentence.
func (d *doc) afterAppositive(toks []token, j, b int) int {
	for i := j; i < b && i-j <= maxNP; i++ {
		t := toks[i]
		switch {
		case t.isComma() && i > j:
			if i+1 < b {
				return i + 1
			}
			return j
		case t.kind == tQuote:
			return j // „Das ist“, so Berger, „ein Skandal.“: the quote goes on
		case t.isPunct(".!?") || i+1 == b:
			return -1 // so der Sprecher, Paul Weber.: an appositive ends the sentence
		case t.kind != tWord, !t.upper && !t.isClass(cDeterminer|cPrep|cStop):
			return j // a verb or punctuation: the content starts at j
		}
	}
	return j
}

// bareDocument reports whether the German document noun w stands without
// an article after the noun prev, which then ends another phrase: in
// "nimmt die Organisation Schätzungen zufolge … ein" the source is the
// estimates alone (but "Webers Angaben": a genitive owns them; the
// caller keeps out a capitalised word that opens the sentence: Ersten
// Angaben zufolge).
func (d *doc) bareDocument(prev, w token) bool {
	return prev.kind == tWord && prev.upper && !strings.HasSuffix(prev.lower, "s") && !prev.isClass(cDeterminer|cPrep|cStop|cPronoun) &&
		w.upper && d.documentNoun(w.lower)
}

// germanNounBefore finds the German noun phrase that ends before toks[k]
// (Berichten zufolge, einem ersten Bericht der Zeitung zufolge): nouns,
// articles, genitives, and words in lower case only between an article
// and its noun, so that a verb before the phrase stays out (befanden sich
// Berichten zufolge).
func (d *doc) germanNounBefore(toks []token, lo, k int) (span, bool) {
	j := k - 1
	if j < lo || toks[j].kind != tWord || !toks[j].upper || toks[j].isClass(cStop|cPrep|cPronoun) {
		return span{}, false
	}
	if j-1 > lo && toks[j-2].kind == tWord && d.bareDocument(toks[j-1], toks[j]) {
		return span{j, j + 1}, true // nimmt die Organisation Schätzungen zufolge …
	}
	s := j
	for i := j - 1; i >= lo && j-i < maxNP; i-- {
		t := toks[i]
		switch {
		case t.kind != tWord:
			return span{s, j + 1}, true
		case t.isClass(cDeterminer):
			s = i
			if i-1 < lo || !(toks[i-1].kind == tWord && toks[i-1].upper && !toks[i-1].isClass(cStop|cPrep)) {
				return span{s, j + 1}, true // a genitive goes on: Angaben der Polizei
			}
		case t.upper && !t.isClass(cStop|cPrep|cPronoun|cTime):
			s = i
		case (t.is("von") || t.is("vom")) && i-1 >= lo && toks[i-1].kind == tWord && toks[i-1].upper:
			s = i // Angaben des Instituts von Athen zufolge
		case !t.upper:
			// an adjective only after an article: einem ersten Bericht
			m := i
			for m >= lo && toks[m].kind == tWord && !toks[m].upper && !toks[m].isClass(cDeterminer) {
				m--
			}
			if m == lo && m < i && d.frontedAttribute(toks, m, i) {
				return span{m, j + 1}, true // Nicht näher genannten Quellen zufolge: the fronted phrase
			}
			if m < lo || !toks[m].isClass(cDeterminer) {
				return span{s, j + 1}, true
			}
			s, i = m, m
		default:
			return span{s, j + 1}, true
		}
	}
	return span{s, j + 1}, true
}

// frontedAttribute reports whether the words toks[m:i+1] that open a
// clause are adverbs and an inflected adjective before a bare noun:
// "Nicht näher genannten Quellen zufolge", "Bisher unbestätigten Berichten
// zufolge". The clause's verb comes after "zufolge", so nothing before the
// noun can be one; a modal or an auxiliary (Damals wollten Berichten
// zufolge …) still stops it.
func (d *doc) frontedAttribute(toks []token, m, i int) bool {
	if !(toks[m].is("nicht") || toks[m].isClass(cAdverb)) || !strings.HasSuffix(toks[i].lower, "en") {
		return false
	}
	for k := m; k <= i; k++ {
		if toks[k].isClass(cAux) || d.inSet(setModal, toks[k].lower) {
			return false
		}
	}
	return true
}

// adverbial reports whether toks[c] is a phrase of time or place without a
// verb (Since last May, In Iowa, By Sept. 30): it sets the scene for a
// clause, but is none.
func (d *doc) adverbial(toks []token, c span) bool {
	t := toks[c.s]
	return (t.isClass(cPrep|cTime|cClause) || t.is("by") || strings.HasSuffix(t.lower, "ly")) && !d.hasVerb(toks, c)
}

// sourceEnd finds the comma that ends the source of a sentence-opening
// "according to": the noun phrase may go on with modifiers (According to
// early results of the exit polls conducted for the network, …).
func (d *doc) sourceEnd(toks []token, j, b int) int {
	if d.german {
		return d.germanSourceEnd(toks, j, b)
	}
	for k := j; k < b && k < j+20; k++ {
		switch {
		case toks[k].kind == tQuote && d.headBefore(toks, k):
			// According to her "fair fares" plan, …: a title in marks
			// after a determiner or a possessive goes on the source
		case toks[k].isComma():
			return d.listEnd(toks, k, b)
		case toks[k].kind == tQuote || toks[k].kind == tPunct && !toks[k].isPunct("/-'’") || toks[k].isCue() && !strings.HasSuffix(toks[k].lower, "ed") && !toks[k].upper && !d.nounInSource(toks, k):
			// According to Smith the plan failed: no comma closes the
			// source (but: the schedule published Monday, …; a poll for
			// the Associated Press, …: a capitalised cue is a name)
			return j
		}
	}
	return j
}

// listEnd returns the comma that closes a list whose first comma is
// toks[k] (interviews with his friends, aides and allies, …): a few
// words with "and" or "or" and then a comma; else k.
func (d *doc) listEnd(toks []token, k, b int) int {
	joined := false
	for i := k + 1; i < b && i <= k+6; i++ {
		switch {
		case toks[i].kind != tWord:
			if joined && toks[i].isComma() {
				return i
			}
			return k
		case toks[i].clauseVerb() || toks[i].isCue():
			return k // According to the report, Tom and Ann will run, …: a clause
		case toks[i].is("and") || toks[i].is("or"):
			joined = i > k+1
		}
	}
	return k
}

// nounInSource reports whether the cue word toks[k] is a document noun
// that goes on the source before it (According to White House pool
// reports, …; According to a new report by the Post, …): a noun after a
// word of the source, not its verb.
func (d *doc) nounInSource(toks []token, k int) bool {
	return k > 0 && toks[k-1].kind == tWord && toks[k].isClass(cDocument)
}

// headBefore reports whether the word before toks[k] still wants its
// noun: a determiner or a possessive (her "fair fares" plan, Tom Hill's
// "Harbor Days").
func (d *doc) headBefore(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	p := toks[k-1]
	return p.kind == tWord && (p.isClass(cDeterminer) && !p.isNumber() || isPossessive(p.lower))
}

// sourceGoesOn reports whether the word after the source of a
// sentence-opening "according to" that no comma closes still belongs to
// the source, so no content follows it: a document noun, a second source
// after "and", or a title in marks (according to Democratic and
// independent analysts; according to fundraising reports through Jan. 31;
// According to her "clawback" plan, …).
func (d *doc) sourceGoesOn(t token) bool {
	return !d.german && (t.kind == tQuote || t.is("and") || t.is("or") || t.isClass(cDocument) && !t.upper)
}

// germanSourceEnd returns where the content after a German source that
// opens its sentence starts: at j, or past a prepositional phrase on the
// source's noun, since the finite verb comes second (Nach Aussage des
// Amtes für Geologie in Mainz lag …; Laut einer Umfrage unter 300 Firmen
// blickt …). The phrase holds capitalised words, numbers, articles,
// prepositions, und and adjectives before a noun; its first other word is
// the verb.
func (d *doc) germanSourceEnd(toks []token, j, b int) int {
	if j >= b || toks[j].upper || !toks[j].isClass(cPrep) {
		return j
	}
	for k := j + 1; k < b && k < j+16; k++ {
		t := toks[k]
		switch {
		case t.kind != tWord:
			if !t.isPunct("-") {
				return j // a comma or a quote: no verb-second clause after the source
			}
		case t.upper || unicode.IsDigit(d.r[t.s]) || t.isClass(cDeterminer|cPrep|cStop):
		case k+1 < b && toks[k+1].upper && strings.ContainsAny(t.lower[len(t.lower)-1:], "enrsm"):
			// an adjective before its noun: des Amtes für öffentliche Sicherheit
		default:
			if k == j+1 {
				return j
			}
			return k
		}
	}
	return j
}

func genitiveArticle(w string) bool {
	switch w {
	case "der", "des", "einer", "eines", "seiner", "seines", "ihrer", "ihres", "dieser", "dieses",
		"vieler", "einiger", "mehrerer", "zahlreicher", "beider": // nach Meinung vieler Experten
		return true
	}
	return false
}

// opensClause reports whether only connectives and punctuation stand
// before toks[k] in its sentence: "However, according to X, …".
func (d *doc) opensClause(toks []token, a, k int) bool {
	for _, t := range toks[a:k] {
		if t.kind == tQuote || t.kind == tWord && !t.isClass(cAdverb|cStop|cClause) && !strings.HasSuffix(t.lower, "ly") {
			return false
		}
	}
	return true
}

// verbFrame handles a reporting verb: "S said", "said S", "sagte S".
// toks[raised] is the verb the cue is raised from (went, of "went on to
// say"), else toks[k].
func (d *doc) verbFrame(toks []token, a, b, k, ce int, cls class, raised int, afterBoundary bool) (frameAt, bool) {
	if d.german {
		fa, ok := d.germanVerbFrame(toks, a, b, k, ce)
		if ok && fa.right > ce && toks[k].lower[0] == 'g' && d.inSet(setNeedsdavonaus, toks[k].lower) {
			fa.right = pastDavonAus(toks, fa.right, b)
		}
		return fa, ok
	}
	// each frame is made once a source is found: most cues find none
	if d.declaredWinner(toks, k) && k-1 > a {
		// Ms. Roe was declared the winner: no source is named; who won
		// and the verdict are what was announced
		return unnamedFrame("declared", k-1, ce, ce)
	}
	if lo := d.firstReported(toks, a, b, k, ce); lo > a {
		// The meeting was first reported by the Post: the outlet is the
		// source, and what it reported is the subject before
		return d.byFrame(toks, b, lo, ce, "reported-by")
	}
	if toks[k].is("asked") && (k == a && !d.askerBeforeColon(toks, b, ce) || k > a && toks[k-1].is("when") || d.askedAbout(toks, k) && d.passiveBefore(toks, a, k)) {
		return d.askedFrame(toks, b, k, ce), true
	}
	if !d.german && toks[k].is("told") && k-1 == a && toks[a].is("when") && ce < b && toks[ce].kind == tWord && !toks[ce].isClass(cPrep) {
		// When told the fares would rise, Ms. Roe …: what someone told
		// the subject, who is no source of it
		return unnamedFrame("told-when", k, ce, ce)
	}
	if d.impersonalPassive(toks, a, k) {
		// though it was widely reported that …: the report is no one's
		return unnamedFrame("impersonal", k, ce, d.contentAfter(toks, ce, b, false))
	}
	if afterBoundary {
		if fa, ok := d.appositiveFrame(toks, a, b, k, ce); ok {
			return fa, true
		}
		if fa, ok := d.invertedFrame(toks, a, b, k, ce); ok {
			return fa, true
		}
	}
	if k == a {
		return frameAt{}, false
	}
	if toks[k-1].is("as") && ce+1 < b && toks[ce].is("by") && d.opensAs(toks, a, k-1) {
		// As reported by the Times, CONTENT
		fa, ok := d.byFrame(toks, b, k-1, ce, "subject")
		if ok {
			d.asLeads(toks, &fa, b)
		}
		return fa, ok && fa.right >= 0
	}
	return d.subjectVerbFrame(toks, a, b, k, ce, cls, raised)
}

// unnamedFrame returns the frame of a cue that names no source (Ms. Roe
// was declared the winner; it was widely reported that …; there have
// been calls for …), from toks[lo] to its content at toks[right]: none
// without content, so no frame is made for nothing.
func unnamedFrame(rule string, lo, ce, right int) (frameAt, bool) {
	if right < 0 {
		return frameAt{}, false
	}
	return frameAt{f: &frame{rule: rule}, lo: lo, hi: ce, right: right}, true
}

// byFrame builds the frame of a passive cue whose source follows the
// "by" at toks[ce] (The meeting was first reported by the Post; As
// reported by the Times, …): the frame runs from toks[lo] to the source.
func (d *doc) byFrame(toks []token, b, lo, ce int, rule string) (frameAt, bool) {
	np, ok := d.npAfter(toks, ce+1, b)
	if !ok {
		return frameAt{}, false
	}
	return frameAt{f: d.newFrame(frame{mention: d.tokSpan(toks, np), rule: rule}), lo: lo, hi: np.e, right: -1}, true
}

// askerBeforeColon reports whether a name right after an "asked" that
// opens its sentence runs to a colon: "Asked Tom Hill: "Who pays?"" is an
// inverted cue, the name its source, as "Said Tom Hill:" is.
func (d *doc) askerBeforeColon(toks []token, b, ce int) bool {
	if d.german || ce >= b || !toks[ce].upper {
		return false
	}
	np, ok := d.npAfter(toks, ce, b)
	return ok && np.e < b && toks[np.e].isPunct(":")
}

// askedFrame builds the frame of an "asked" that opens its clause or is
// passive (Asked whether the plan would work, Ms. Roe said …; she was
// asked whether …): the question is reported, by someone the article
// does not name, or by the one "by" names (When asked by a reporter
// whether …: the reporter asked).
func (d *doc) askedFrame(toks []token, b, k, ce int) frameAt {
	fa := frameAt{f: d.newFrame(frame{rule: "asked"}), lo: k, hi: ce, right: ce}
	by := ce
	if by+2 < b && toks[by].kind == tWord && !toks[by].upper && strings.HasSuffix(toks[by].lower, "ly") && toks[by+1].is("by") {
		by++ // asked directly by a reporter whether …: the adverb before "by"
	}
	if by+1 < b && toks[by].is("by") {
		if np, ok := d.npAfter(toks, by+1, b); ok {
			np.e = d.askerEnd(toks, np.e, b)
			fa.f.mention, fa.hi, fa.right = d.tokSpan(toks, np), np.e, np.e
		}
	}
	// asked at the conference about the merger; asked by Jo Lee on
	// Monday whether … (askedTopic gives -1 when no topic follows)
	fa.right = max(fa.right, d.askedTopic(toks, fa.right, b))
	return fa
}

// appositiveFrame builds the frame of a cue after a comma that closes an
// appositive subject (Kasich, a Republican who …, said): the subject
// comes first, and its appositive is the role.
func (d *doc) appositiveFrame(toks []token, a, b, k, ce int) (frameAt, bool) {
	if k-1 <= a || !toks[k-1].isComma() || toks[k-2].kind == tQuote {
		return frameAt{}, false
	}
	np, role, ok := d.appositiveBefore(toks, a, k-1)
	if !ok || d.sourceClosesSentence(toks, k, ce, b) || d.thatClause(toks, role) {
		return frameAt{}, false
	}
	if o := d.connectiveCommas(toks, a, k-1); o > a && (role.e <= role.s || role.s > o) {
		// The judges who ruled on the tolls, however (for instance), said:
		// a connective, no appositive; the subject that holds the relative
		// clause says it
		np, role = d.outerSubject(toks, a, k, np, span{})
		if n, r, ok := d.appositiveBefore(toks, a, o); ok && r.e > r.s && r.s == np.s {
			// Tom Vale, a member of the board, however, said: the phrase
			// before the connective is an appositive of the name before it
			np, role = n, r
		}
	}
	fa := frameAt{f: d.newFrame(frame{mention: d.tokSpan(toks, np), rule: "appositive", role: d.roleText(toks, role)}), lo: np.s}
	fa.hi = d.addressee(toks, k, ce, b, fa.f)
	if role.e > role.s {
		fa.lo = min(np.s, role.s)
	}
	fa.right = d.contentAfter(toks, fa.hi, b, false)
	return fa, true
}

// thatClause reports whether the words toks[c] open with "that" and a
// subject pronoun: a that-clause, no appositive of a name (insisted, in an
// interview with Radio North, that he really, really wants …), where
// "that" before a noun may still open one (Jo Lee, that famous critic,
// said).
func (d *doc) thatClause(toks []token, c span) bool {
	return !d.german && c.e-c.s >= 2 && toks[c.s].is("that") && toks[c.s+1].isClass(cPronoun)
}

// invertedFrame builds the frame of a cue before its source ("…," said
// Ms. Roe), unless the verb is not inverted after all: the quote before
// it closes an appositive (Joe Roe, host of the "Morning Show," thanked
// Ann), or "called" names the noun before it (a program, called the …).
func (d *doc) invertedFrame(toks []token, a, b, k, ce int) (frameAt, bool) {
	if d.quoteClosesAppositive(toks, a, k) || d.namingParticiple(toks, a, k) {
		return frameAt{}, false
	}
	np, ok := d.npAfter(toks, ce, b)
	if ok {
		np.e = d.invertedConjunct(toks, k, np, b)
	}
	if !ok {
		return frameAt{}, false
	}
	if !d.inversionFits(toks, a, b, k, np) {
		np.e = whoIn(toks, np) // said a city official who asked not to be named.
		if !d.inversionFits(toks, a, b, k, np) {
			return frameAt{}, false
		}
	}
	fa := frameAt{f: d.newFrame(frame{mention: d.tokSpan(toks, np), rule: "inverted"}), lo: k, hi: np.e, inverted: true}
	fa.right = d.contentAfter(toks, fa.hi, b, true)
	if np.e < b && toks[np.e].is("who") {
		// "…, said a city official who asked not to be named.": the
		// relative clause tells about the source, so the frame runs to its
		// end and the content is the words before
		fa.hi, fa.right = d.relativeClauseEnd(toks, np.e, b), -1
	}
	if fa.right < 0 && k-1 > a && toks[k-1].isComma() && toks[k].isClass(cSpeech) {
		fa.right = d.invertedAsideGoesOn(toks, np.e, b)
		if fa.right < 0 && !d.german && d.subjectBeforeAside(toks, a, k-1) {
			fa.right = d.presentAfterAside(toks, np.e, b)
		}
	}
	if r, e := d.invertedRole(toks, np.e, b); fa.right < 0 || e+1 == fa.right {
		fa.f.role = r // and "…," said Jo Hill, the union's president, "and …": the content goes on after it
	}
	if fa.f.role == "" {
		if n := d.nameAfterRole(toks, np, b); n > np.e && (fa.right < 0 || n+1 == fa.right) {
			// "…," said the city's transport chief, Tom Hill.: the name is
			// the source, the noun phrase before it its role; so too when
			// the quote goes on after the name's comma ("…," said the
			// harbor master, Pat Vale, "and …")
			fa.f.role = d.text(d.tokSpan(toks, np))
			fa.f.mention, fa.hi = d.tokSpan(toks, span{np.s, n}), n
		}
	}
	return fa, true
}

// nameAfterRole returns where a name of two to four capitalised words
// ends that a comma sets after the English source np of an inverted cue,
// when np is a noun for a person and the name ends the clause: "…," said
// one farmer, Greta Holm. Else np.e.
func (d *doc) nameAfterRole(toks []token, np span, b int) int {
	h := toks[np.e-1]
	if d.german || np.e+2 >= b || !toks[np.e].isComma() || h.upper || !(h.isClass(cTitle|cAnonymous) || agentSingular(h.lower) || d.inSet(setKin, h.lower)) {
		return np.e
	}
	i := capitalsOn(toks, np.e+1, min(b, np.e+5), cTime|cDeterminer)
	if i-np.e-1 < 2 || i < b && !toks[i].isPunct(".,!?;") {
		return np.e
	}
	return i
}

// invertedRole returns the appositive after the source of an inverted
// cue, up to a comma or the end of the sentence: "…," said Jo Hill, the
// union's president. It must open with an article, a possessive or a
// title ("a lawyer for the campaign", "chief economist at Vale Bank"),
// or with a plain lower-case word when a title or a source noun follows
// (senior vice president of policy; executive director of Parents
// First), and hold no clause: "…," said Jo Hill, adding that …, gives
// none. It returns the mark that ends the role too, else "" and -1.
func (d *doc) invertedRole(toks []token, e, b int) (string, int) {
	if d.german || e+2 >= b || !toks[e].isComma() {
		return "", -1
	}
	s := e + 1
	t := toks[s]
	if t.kind != tWord {
		return "", -1
	}
	marked := article(t) || t.isClass(cTitle) || isPossessive(t.lower) || t.is("his") || t.is("her") || t.is("their")
	if !marked && !plainRoleOpener(t) {
		return "", -1
	}
	j := s
	for j < b && toks[j].kind == tWord && j-s <= 2*maxNP { // bounded: a longer run is no role
		if toks[j].isClass(cFinite|cSpeech|cBelief) || toks[j].is("who") || toks[j].is("which") || toks[j].is("that") || toks[j].is("who's") {
			return "", -1
		}
		marked = marked || toks[j].isClass(cTitle|cAnonymous)
		j++
	}
	if !marked || j < b && !toks[j].isPunct(",.!?;") || j-s > 2*maxNP {
		return "", -1
	}
	return d.text(d.tokSpan(toks, span{s, j})), j
}

// plainRoleOpener reports whether the lower-case word t may open a role
// with no article: an adjective or a noun (senior, executive, chief), no
// preposition, adverb or participle (in a statement; visibly angry;
// speaking at a rally; flanked by aides).
func plainRoleOpener(t token) bool {
	return !t.upper && !t.isClass(cPrep|cAdverb|cStop|cDeterminer|cPronoun|cTime) && !endsAfterStem(t.lower, 0, "ing", "ed", "ly")
}

// invertedConjunct returns where the source np of the inverted cue
// toks[k] ends when "and" joins it to a second noun phrase before a mark
// (…, said Jo Doyle and others, would be …; …, said Doyle and Bell.):
// both speak; else np.e. Only after a common verb of saying: in a list
// of deeds (…, mocked the party and its leaders, and …) the verb has an
// object.
func (d *doc) invertedConjunct(toks []token, k int, np span, b int) int {
	if d.german || np.e+1 >= b || !toks[np.e].is("and") || !d.inSet(setInsertedcue, toks[k].lower) {
		return np.e // the set looked up last: a hash and a table probe
	}
	c, ok := d.npAfter(toks, np.e+1, b)
	if !ok {
		c, ok = d.othersAfter(toks, np.e+1, b)
	}
	if !ok || c.e < b && toks[c.e].kind != tPunct {
		return np.e
	}
	return c.e
}

// othersAfter returns the few lower-case words from toks[k] that end in
// "others" or a noun for anonymous sources (and others; and other
// officials; and many others), which npAfter, looking for a name, leaves.
func (d *doc) othersAfter(toks []token, k, b int) (span, bool) {
	for e := k; e < b && e-k < 3 && toks[e].kind == tWord && !toks[e].upper; e++ {
		if toks[e].is("others") || toks[e].isClass(cAnonymous) {
			return span{k, e + 1}, true
		}
	}
	return span{}, false
}

// whoIn returns where a relative "who" inside np starts (a city official
// who lives here), else np.e.
func whoIn(toks []token, np span) int {
	for i := np.s + 1; i < np.e; i++ {
		if toks[i].is("who") {
			return i
		}
	}
	return np.e
}

// gerundSubjectOfInverted reports whether the -ing cue toks[k] that opens
// its sentence is a gerund, the subject of a clause that an inverted
// source after the first comma reports: "Defending the pier is their
// best hope, said two board members." (not "Saying the pier was safe,
// Ann Roe left.", where a subject follows the comma).
func (d *doc) gerundSubjectOfInverted(toks []token, k, b int) bool {
	for i := k + 1; i+2 < b && i-k <= maxContent; i++ {
		if toks[i].kind == tQuote || toks[i].isPunct(".;:!?—–(") {
			return false
		}
		if toks[i].isComma() {
			return toks[i+1].isClass(cSpeech) && !toks[i+1].upper && strings.HasSuffix(toks[i+1].lower, "d") && toks[i+2].kind == tWord
		}
	}
	return false
}

// relativeClauseEnd returns where the relative clause at toks[i] ends:
// at the first punctuation mark or quote, or at b.
func (d *doc) relativeClauseEnd(toks []token, i, b int) int {
	for ; i < b && i < len(toks); i++ {
		if toks[i].kind == tPunct || toks[i].kind == tQuote {
			return i
		}
	}
	return b
}

// invertedAsideGoesOn returns where the content goes on after an
// inverted source set off by commas inside it, whose name ends at
// toks[e], or -1. It goes on only with the verb of the subject before
// the aside: right after the name (The plan, said Tom Hill, would fail)
// or past an appositive or a relative clause that a second comma closes
// (The plan, said Tom Hill, who runs the board, would fail); else the
// words after the name are about the source (…, said Tom Hill, a
// professor at the college.).
func (d *doc) invertedAsideGoesOn(toks []token, e, b int) int {
	if e+1 >= b || !toks[e].isComma() {
		return -1
	}
	if toks[e+1].clauseVerb() {
		return e + 1
	}
	for i := e + 1; i+1 < b && i-e <= 2*maxNP; i++ {
		if toks[i].kind == tQuote || toks[i].isPunct(".!?;:") {
			return -1
		}
		if toks[i].isComma() {
			if toks[i+1].clauseVerb() {
				return i + 1
			}
			return -1
		}
	}
	return -1
}

// presentAfterAside returns where the content goes on after an inverted
// aside whose source ends at toks[e], when a comma and a lower-case word
// that can only be a verb follow: a present (The figures, say economists,
// point to a recession) that no article, pronoun, preposition, name or
// -ing form is; else -1.
func (d *doc) presentAfterAside(toks []token, e, b int) int {
	if e+2 >= b || !toks[e].isComma() {
		return -1
	}
	t := toks[e+1]
	if t.kind != tWord || t.upper || t.isNumber() || strings.HasSuffix(t.lower, "ing") || strings.HasSuffix(t.lower, "ly") ||
		t.isClass(cDeterminer|cPrep|cPronoun|cStop|cQuantifier|cTitle|cAnonymous|cObject|cAdverb|cTime|cClause|cSubordinator) {
		return -1
	}
	return e + 1
}

// earlierVersion reports whether np is an earlier version of the
// article itself, as a correction names it (An earlier version of this
// story incorrectly said …): the writer corrects a slip; no one spoke.
func (d *doc) earlierVersion(toks []token, np span) bool {
	for i := np.s; i+3 < np.e; i++ {
		if toks[i].is("version") && toks[i+1].is("of") && toks[i+2].is("this") {
			return d.inSet(setOwnpiece, toks[i+3].lower)
		}
	}
	return false
}

// stateBeforeWho reports whether np is the state or country that a comma
// sets after a place a preposition leads, with "who" right after it
// (riders in Fenwick, Florida who took the ferry complained): the who
// clause is on the people before the place; the place says nothing.
func stateBeforeWho(toks []token, np span) bool {
	if np.e-np.s != 1 || np.s-3 < 0 || np.e >= len(toks) || !toks[np.e].is("who") || !toks[np.s-1].isComma() {
		return false
	}
	place, prep := toks[np.s-2], toks[np.s-3]
	return place.kind == tWord && place.upper && prep.kind == tWord && !prep.upper && (prep.is("in") || prep.is("from") || prep.is("at") || prep.is("near"))
}

// subjectVerbFrame builds the frame of a cue after its subject: "S
// said", "the minister, Tomas Vale, said", "her remark that …".
func (d *doc) subjectVerbFrame(toks []token, a, b, k, ce int, cls class, raised int) (frameAt, bool) {
	np, role, ok := d.verbSubject(toks, a, b, k, raised)
	if !ok || d.freeRelativeSubject(toks, a, np) || d.groupBySaying(toks, a, np) || d.thatClause(toks, role) {
		return frameAt{}, false
	}
	if d.participleBeforeMessage(toks, np, k) {
		return frameAt{}, false // the number of deleted Jo Hale emails that …: a noun, no verb
	}
	if d.verbBeforeNounCue(toks, a, np) {
		// there have been few calls for …; That prompted calls for …: the
		// cue is a noun, the object of a verb, and no one is named
		return unnamedFrame("noun", np.e, ce, d.contentAfter(toks, ce, b, false))
	}
	if v := d.nounCueVerb(toks, a, np, k); v > a {
		// Ann Lee made an impassioned call for …: the cue is the object
		// of a verb, and that verb's subject is the source
		if np, role, ok = d.npBefore(toks, a, v); !ok {
			return frameAt{}, false
		}
	} else if d.bareNounCue(toks, np, k, ce) {
		return frameAt{}, false
	} else if v := d.eventObjectVerb(toks, a, np, k); v > a {
		// Lee ended his speech saying "…": an event says nothing; the
		// subject of the verb whose object it is speaks
		if np, role, ok = d.npBefore(toks, a, v); !ok {
			return frameAt{}, false
		}
	}
	np, role = d.outerSubject(toks, a, k, np, role)
	if stateBeforeWho(toks, np) || d.earlierVersion(toks, np) {
		return frameAt{}, false
	}
	mention, np := d.pollFinding(toks, a, np)
	f := d.newFrame(frame{mention: d.tokSpan(toks, mention), rule: "subject", antecedent: d.antecedentOf(toks, a, np)})
	fa := frameAt{f: f, lo: np.s, hi: ce, right: -1}
	if role.e > role.s {
		f.role, f.rule = d.roleText(toks, role), "appositive"
		fa.lo = min(np.s, role.s) // the minister, Tomas Vale, said
	}
	hi := d.addressee(toks, k, ce, b, f)
	fa.hi = hi
	fa.right = d.contentAfter(toks, hi, b, false)
	speech := toks[k].isClass(cSpeech)
	if hi == ce && hi < b && np.s > a && speech && d.relativeGap(toks, np.s-1, hi) {
		f.gap, fa.right = true, hi // what analysts said was a sign: the verb opens the content
	}
	if fa.right < 0 && np.s > a && toks[np.s-1].is("as") && d.opensAs(toks, a, np.s-1) {
		d.asFrame(toks, &fa, np.s-1, k, b, cls)
	}
	if fa.right < 0 && speech && np.s == a {
		fa.right = d.commaClause(toks, hi, b)
	}
	if fa.right < 0 {
		lo := d.pastQuantityOf(toks, a, fa.lo) // The plan, a wide array of experts say, …
		if lo > a && toks[lo-1].isComma() && (speech || d.beliefAside(toks, np, k)) {
			goesOn := speech || d.subjectBeforeAside(toks, a, lo-1) // Riders, she believes, want …
			if j := d.asideGoesOn(toks, b, hi, goesOn); j >= 0 && toks[fa.lo].is("as") && conjunction(toks[j]) {
				// met the mayor, as the Times reported on Monday, and she …:
				// the as clause ends at the comma. fa.lo is "as" only when
				// asFrame took the cue as reporting, so pointsBack has
				// already dropped the content after the conjunction; here
				// the frame only ends at the comma
				fa.hi = j - 1
			} else if j >= 0 {
				fa.right, fa.lo = j, lo
			}
		}
	}
	return fa, true
}

// commaClause returns where a clause with its own subject opens after a
// comma that follows an English cue and its adverbials, or -1. Only for a
// cue whose subject opens the sentence, where nothing before the cue can
// be what was said: in "The Gazette reported on Monday, the board will
// vote in July" the clause is the content, said without "that".
func (d *doc) commaClause(toks []token, hi, b int) int {
	j := d.skipAdverbials(toks, hi, b)
	if j+1 >= b || !toks[j].isComma() || !d.subjectAndVerb(toks, j+1, b) {
		return -1
	}
	for k := j + 1; k < b && k <= j+5; k++ {
		if toks[k].isCue() || toks[k].isComma() {
			return -1 // The documents show, he said, that …: a source set off, not a clause
		}
		if toks[k].clauseVerb() {
			break
		}
	}
	return j + 1
}

// quotingRelativeFrame builds the frame of a speech cue right after a
// relative "that" or "which" whose quote follows at once, after a noun
// (a sign that read "…"; the shirts, which said, "…"): the thing written
// on is the source, the annotators mark the pronoun (13 such of 15), and
// the content is the quote alone, unless a word goes on after it (held
// up a sign — which read "…" — and waved it).
// Not inside what an earlier frame of the sentence reports (ABC reports
// a sign, which read "…", went up), nor after a verb or a preposition,
// where "that" opens a clause or points (he knew that said nothing).
func (d *doc) quotingRelativeFrame(toks []token, a, b, k, ce int, prev []frameAt) (frameAt, bool) {
	r := k - 1
	if d.german || len(prev) > 0 || r-1 < a || !(toks[r].is("that") || toks[r].is("which")) || !toks[k].isClass(cSpeech) {
		return frameAt{}, false
	}
	q := ce
	if q < b && toks[q].isPunct(",:") {
		q++
	}
	if q >= b || toks[q].kind != tQuote {
		return frameAt{}, false
	}
	p := toks[r-1]
	if p.kind == tWord && (p.isCue() || p.isClass(cFinite|cPrep|cPronoun|cDeterminer|cClause|cSubordinator)) || p.kind != tWord && !p.isPunct(",—–-") {
		return frameAt{}, false
	}
	mention := span{r, r + 1}
	f := d.newFrame(frame{mention: d.tokSpan(toks, mention), rule: "subject", antecedent: d.antecedentOf(toks, a, mention)})
	fa := frameAt{f: f, lo: r, hi: ce, right: q, end: q + 1}
	if q+1 < b && toks[q+1].kind == tWord {
		fa.end = 0 // which reported "2,500 incidents" in the city: the words after the quote go on with it
	}
	return fa, true
}

// pastQuantityOf returns where "a" or "an" opens a quantity whose "of"
// stands right before toks[s], the source (a wide array of experts, a
// number of aides), or s.
func (d *doc) pastQuantityOf(toks []token, a, s int) int {
	if d.german || s-3 < a || !toks[s-1].is("of") {
		return s
	}
	for i := s - 2; i > a && s-i <= 4 && toks[i].kind == tWord && !toks[i].upper; i-- {
		if toks[i].is("a") || toks[i].is("an") {
			return i
		}
	}
	return s
}

// verbSubject finds the subject of the cue toks[k], and the appositive
// role it may have: the noun phrase before the verb the cue is linked to
// or raised from (toks[raised]: Ann Lee was quick to add), or the owner
// of a statement noun (her remark that "…").
func (d *doc) verbSubject(toks []token, a, b, k, raised int) (np, role span, ok bool) {
	linked := d.linkedFrom(toks, a, raised)
	np, role, ok = d.npBefore(toks, a, linked)
	if !ok {
		if p, found := d.modifiedPoll(toks, a, span{linked, linked}); found {
			np, role, ok = p, span{}, true // A poll out Monday showed …: Monday is no source
		}
	}
	if !ok && linked != raised {
		np, role, ok = d.npBefore(toks, a, raised)
	}
	if !ok && raised-2 >= a && (toks[raised-1].is("there") || toks[raised-1].is("here")) && toks[raised-2].kind == tWord && !toks[raised-2].isClass(cFinite|cStop|cPrep) {
		np, role, ok = d.npBefore(toks, a, raised-1) // officials there said …: the place after the subject is no part of it
	}
	if !ok {
		np, ok = d.andMannerSubject(toks, a, k)
	}
	if !ok {
		np, role, ok = d.whoClauseSubject(toks, a, raised)
	}
	if d.ownedStatement(toks, k, b) { // first: it fails on the word after most cues, before any owner is looked for
		if o, owned := d.ownerBefore(toks, a, k); owned {
			np, role, ok = o, span{}, true // her remark that "…": the owner said it
		}
	}
	return np, role, ok
}

// whoClauseSubject returns the subject of a cue at toks[k] right after a
// relative clause of who and a verb with its object, when no noun phrase
// stands before the cue (Voters who backed him said; the analyst who
// founded fenwickdata tweeted): the noun before who is the source, the
// clause its role. The clause has no punctuation and a few words.
func (d *doc) whoClauseSubject(toks []token, a, k int) (np, role span, ok bool) {
	if d.german {
		return span{}, span{}, false
	}
	for r := k - 2; r-1 >= a && k-r <= 6; r-- {
		t := toks[r]
		if t.kind != tWord || t.isCue() && r < k-2 {
			return span{}, span{}, false
		}
		if !t.is("who") {
			continue
		}
		v, p := toks[r+1], toks[r-1]
		if v.upper || !(v.finite() || strings.HasSuffix(v.lower, "ed")) {
			return span{}, span{}, false
		}
		if p.kind != tWord || p.isCue() || p.isClass(cStop|cPrep|cFinite|cPronoun|cDeterminer) {
			return span{}, span{}, false
		}
		s, ok := d.npBackFrom(toks, a, r-1)
		return span{s, r}, span{r, k}, ok
	}
	return span{}, span{}, false
}

// andMannerSubject returns the subject of a cue after "and" and a phrase
// in "in" set off by a comma, which is no source (prepObjectAfterComma):
// in "Jo Lee took her arm and, in a low voice, said" the subject of the
// clause before "and" says it.
func (d *doc) andMannerSubject(toks []token, a, k int) (span, bool) {
	if d.german {
		return span{}, false
	}
	j := k - 1
	if j > a && toks[j].isComma() {
		j--
	}
	for i := j; i-2 >= a && j-i < 8; i-- { // bounded: a few words of manner
		if toks[i].kind != tWord {
			return span{}, false
		}
		if toks[i].is("in") && toks[i-1].isComma() && toks[i-2].is("and") {
			if i-2 <= a {
				return span{}, false
			}
			return d.clauseSubject(toks, a, i-2)
		}
	}
	return span{}, false
}

// outerSubject returns the subject that holds the subject np found
// before the cue toks[k], with its role: in "Officials who spoke with
// the Post said" the officials, not the Post (the clause stands as an
// aside does, holding its own frame); in "railed against what she calls
// the "cartel"" the subject's, whose words these are.
func (d *doc) outerSubject(toks []token, a, k int, np, role span) (span, span) {
	if outer, ok := d.relativeSubject(toks, a, np); ok && role.e <= role.s {
		np, role = outer, span{outer.e, np.e}
	}
	if outer, ok := d.whatClauseSubject(toks, a, np); ok && (d.inSet(setCalls, toks[k].lower) || strings.HasPrefix(toks[k].lower, "describ")) {
		np = outer
	}
	return np, role
}

// pollFinding returns the mention of a subject np that is a poll's
// finding, and the subject: In a May poll, 75 percent said (the poll);
// The poll also finds that, while 37 percent say … (the poll); A Fox
// poll released Monday showed … (the poll, not Monday, for both).
func (d *doc) pollFinding(toks []token, a int, np span) (mention, subject span) {
	if p, ok := d.pollBefore(toks, a, np); ok {
		return p, np
	}
	if p, ok := d.pollSubject(toks, a, np); ok {
		return p, np
	}
	if p, ok := d.modifiedPoll(toks, a, np); ok {
		return p, p
	}
	return np, np
}

// asideGoesOn returns where the content goes on after a source set off
// by commas inside it, whose frame ends at toks[hi] (And, Kasich tells
// the crowd, he's been …; The difference, he told me on Friday, is …;
// His lead, many think, is safe), or -1. After a belief it goes on only
// with a verb (not "at that point, many think, Tom Lee would …"), unless
// the words before the aside are the clause's subject (anyVerb tells: speech,
// or a subject before a belief): then any word that opens a verb phrase
// goes on (Riders, she believes, want a cheaper ferry).
func (d *doc) asideGoesOn(toks []token, b, hi int, anyVerb bool) int {
	if j := d.skipAdverbials(toks, hi, b); (j-hi <= 3 || d.earlierIn(toks, hi, j)) && j+1 < b && toks[j].isComma() && d.goesOn(toks, j+1) && (anyVerb || toks[j+1].clauseVerb()) {
		return j + 1
	}
	return -1
}

// earlierIn reports whether toks[hi:j] is "earlier" or "later" and a
// short phrase that places it (said earlier in the hearing, added later
// at the same event): a longer adverbial that still leaves the cue an
// aside.
func (d *doc) earlierIn(toks []token, hi, j int) bool {
	return j-hi <= 6 && hi+2 < j && (toks[hi].is("earlier") || toks[hi].is("later")) && toks[hi+1].isClass(cPrep) && toks[hi+2].isClass(cDeterminer)
}

// relativeGap reports whether a relative pronoun at toks[r] before a
// source is the subject of the content, whose finite verb follows the cue
// at toks[j]: "which she has said was a mistake", "what analysts said was
// a sign". It sets frame.gap, which reportsClause reads; whichGap
// (content.go) makes the same rule again for "which" a few words before
// the cue (which, his aides think, would help), and relativeBeforeSource
// (sentence.go) looks at the same layout after a comma.
func (d *doc) relativeGap(toks []token, r, j int) bool {
	switch toks[r].lower {
	case "which", "what", "that", "who":
		return !d.german && !toks[j].upper && toks[j].finite()
	}
	return false
}

// subjectBeforeAside reports whether the English words toks[a:c] before the
// comma at toks[c] are a noun phrase alone, the subject of a clause that
// an aside interrupts (Riders, she believes, …; The new ferry, many
// think, …; The figures, say economists, point to …), not a fronted
// phrase (At that point, many think, …).
func (d *doc) subjectBeforeAside(toks []token, a, c int) bool {
	if c-1 < a || toks[a].isClass(cPrep|cConditional|cAdverb) {
		return false
	}
	s, ok := d.npBackFrom(toks, a, c-1)
	return ok && s == a
}

// beliefAside reports whether a cue of belief toks[k] after the source np
// can stand between commas inside what is believed (Such efforts, they
// believe, will help; His lead, many think, is safe): annotators mark 5
// such of 6. Not after I or we, a speaker's hedge (It was, I think,
// historic), which they leave out.
func (d *doc) beliefAside(toks []token, np span, k int) bool {
	return !d.german && toks[k].isClass(cBelief) && !(np.e-np.s == 1 && (toks[np.s].is("i") || toks[np.s].is("we")))
}

// nounCueVerb returns the verb whose object the cue toks[k] heads when
// the words before it are an article and its adjectives (made an
// impassioned call for; joined in a thunderous chant of), or a: after
// "a" a base form is a noun, not a verb (a spokesman calls, not call).
func (d *doc) nounCueVerb(toks []token, a int, np span, k int) int {
	if !d.articleCue(toks, np, k) {
		return a
	}
	v := np.s - 1
	if v > a && toks[v].isClass(cPrep) {
		v-- // joined in a chant
	}
	if v <= a || toks[v].kind != tWord || toks[v].upper || toks[v].isCue() || toks[v].isClass(cStop|cDeterminer|cPronoun|cPeriod|cTime) {
		return a
	}
	if !strings.HasSuffix(toks[v].lower, "ed") && !d.inSet(setLightverb, toks[v].lower) {
		return a // It could be a tricky call: no verb that makes a call
	}
	return v
}

// eventObjectVerb returns the verb whose object np is, when np, right
// before the bare -ing cue toks[k], names an event (Lee started out the
// debate saying "…"; Roe closed her speech urging …), else a: an event
// says nothing, the verb's subject does. The verb is a past tense, maybe
// with a particle after it.
func (d *doc) eventObjectVerb(toks []token, a int, np span, k int) int {
	if d.german || np.e != k || np.e-np.s < 2 || !strings.HasSuffix(toks[k].lower, "ing") {
		return a
	}
	if !toks[np.s].isClass(cDeterminer|cPronoun) || !d.inSet(setEvent, toks[np.e-1].lower) {
		return a
	}
	v := np.s - 1
	if v > a && d.inSet(setParticle, toks[v].lower) {
		v-- // started out the debate
	}
	if v <= a || toks[v].kind != tWord || toks[v].upper || !d.pastForm(toks[v].lower) {
		return a
	}
	return v
}

// participleBeforeMessage reports whether the -s form of a cue that is
// also a message noun (emails, tweets) is a plural noun because the words
// read as its subject open with a lower-case participle and no article
// (passing around sensitive office emails; of deleted Jo Hale emails): a
// participle modifies a noun, it does not open a verb's subject.
func (d *doc) participleBeforeMessage(toks []token, np span, k int) bool {
	t := toks[np.s]
	if d.german || toks[k].cls&cSForm == 0 || t.kind != tWord || t.upper || len(t.lower) < 5 {
		return false
	}
	if !strings.HasSuffix(t.lower, "ed") && !strings.HasSuffix(t.lower, "ing") {
		return false
	}
	return d.inSet(setMessage, toks[k].lower)
}

// verbBeforeNounCue reports whether the words read as a cue's subject
// np open with a verb, so that the cue is a plural noun, its object:
// "been" and one word (there have been few calls for), or a past tense after a
// pronoun that is its subject (That prompted calls for; which sparked new
// fears that). "The elected officials said" keeps its subject.
func (d *doc) verbBeforeNounCue(toks []token, a int, np span) bool {
	t := toks[np.s]
	if d.german || t.kind != tWord || t.upper {
		return false
	}
	if t.is("been") && np.s+1 < np.e && strings.HasSuffix(toks[np.s+1].lower, "ing") || strings.HasSuffix(t.lower, "ing") && np.s > a && toks[np.s-1].isClass(cFinite) {
		return true // was hosting fires, has been putting out fires: a verb in -ing after an auxiliary, the cue its object
	}
	if t.is("been") {
		// been few calls, not been made available
		w := toks[np.e-1].lower
		return np.e-np.s == 2 && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
	}
	return strings.HasSuffix(t.lower, "ed") && np.s > a && d.inSet(setVerbsubject, toks[np.s-1].lower)
}

// bareNounCue reports whether the cue toks[k:ce] is a noun that no one
// is named as making: after "a" and its adjectives, with no verb before
// and no clause after (It could be a tricky earnings call for the bank's
// chiefs; a sustained clarion call for reform). A base form after "a"
// is no verb; but "a New York Times report" names its source, "a
// majority of voters call for" and "9 percent say" count people, and
// "a report that …" keeps its clause.
func (d *doc) bareNounCue(toks []token, np span, k, ce int) bool {
	if !toks[k].isClass(cNoun) || !d.articleCue(toks, np, k) {
		return false
	}
	for _, t := range toks[np.s+1 : k] {
		if t.is("of") || t.isNumber() || t.kind != tWord {
			return false
		}
	}
	return ce >= len(toks) || !toks[ce].is("that")
}

// articleCue reports whether the cue toks[k] is a lower-case base form
// right after the words np read as its subject, which open with "a" or
// "an" and hold no capital word: after "a" the base form is a noun (a
// thunderous call for), and a capital word names the source (a New York
// Times report). nounCueVerb and bareNounCue both start from it.
func (d *doc) articleCue(toks []token, np span, k int) bool {
	if np.e != k || toks[k].cls&cBase == 0 || toks[k].upper || !(toks[np.s].is("a") || toks[np.s].is("an")) {
		return false
	}
	for _, t := range toks[np.s+1 : k] {
		if t.upper {
			return false
		}
	}
	return true
}

// freeRelativeSubject reports whether the source np of a cue stands in a
// free relative that opens the sentence, as its subject: What the town
// wants most is a bridge; How she answers will matter; Everything he says
// is spin. What follows the cue is the main clause, not what was said.
func (d *doc) freeRelativeSubject(toks []token, a int, np span) bool {
	return np.s <= a+1 && np.s < np.e && d.inSet(setFreerelative, toks[a].lower) && (np.s > a || np.e-np.s > 1)
}

// groupBySaying reports whether the source np of a cue is "who" after
// "those": the clause names a group by what its members said, and the
// sentence goes on to say what that group did (Those who said fares
// mattered most backed the mayor; a majority of those who said so voted).
// PolNeAR marks 1 such clause in 9.
func (d *doc) groupBySaying(toks []token, a int, np span) bool {
	return !d.german && np.s-1 >= a && np.e-np.s == 1 && toks[np.s].is("who") && d.inSet(setSaidgroup, toks[np.s-1].lower)
}

// sourceClosesSentence reports whether a name after the cue toks[k:ce],
// with no more than an appositive after it, or an indefinite source (see
// indefiniteSource) closes the sentence: the cue is inverted and its
// source comes after it, so the words before are what was said, not an
// appositive subject (Cruz lacks support in Congress, whom he has
// angered, said Tom Hill, a professor at Dover). Not after tell, whose
// name is the addressee (…, Tom Hill, the mayor, told CNN).
func (d *doc) sourceClosesSentence(toks []token, k, ce, b int) bool {
	if toks[k].isClass(cTells) {
		return false
	}
	np, ok := d.npAfter(toks, ce, b)
	if !ok {
		return false
	}
	if d.indefiniteSource(toks, ce, np, b) {
		return true // said an official who was briefed on the talks
	}
	if !toks[ce].upper || toks[ce].isClass(cPronoun|cDeterminer) {
		return false
	}
	if np.e < b && !toks[np.e].isPunct(",.;!?") || b-np.e > maxContent {
		return false // nor when far more than an appositive follows: bounded, so a sentence of cues stays linear
	}
	for _, t := range toks[np.e:b] {
		if t.clauseVerb() || t.kind == tQuote {
			return false // said Tom Hill, the mayor, would lose: he is what was said
		}
	}
	return true
}

// indefiniteSource reports whether the words after a cue from toks[ce]
// are a person with an indefinite article and a relative clause that run
// to the sentence end (said an official who was briefed on the talks): a
// source after its cue, as a name would be.
func (d *doc) indefiniteSource(toks []token, ce int, np span, b int) bool {
	if !(toks[ce].is("a") || toks[ce].is("an")) || b-np.e > maxContent {
		return false
	}
	return whoIn(toks, np) < np.e || np.e < b && toks[np.e].is("who") // the "who" inside the phrase or right after it
}

// declaredWinner reports whether the cue toks[k] is a passive verdict
// on who won: "was declared the winner", "was announced as the winner".
func (d *doc) declaredWinner(toks []token, k int) bool {
	if d.german || k < 1 || toks[k-1].cls&cPassive == 0 || !d.inSet(setVerdict, toks[k].lower) {
		return false
	}
	j := k + 1
	for j < len(toks) && j-k <= 2 && (toks[j].is("as") || toks[j].is("the")) {
		j++
	}
	return j < len(toks) && j > k+1 && d.inSet(setWinner, toks[j].lower)
}

// firstReported returns where the frame "was first reported by X" (or
// ", first reported by X,") starts when the cue toks[k:ce] is its
// "reported", else a: a news item an outlet broke. Without "first" (the
// figures reported by the agency) the phrase only names where a number
// comes from.
func (d *doc) firstReported(toks []token, a, b, k, ce int) int {
	if !toks[k].is("reported") || ce+1 >= b || !toks[ce].is("by") || k-2 < a || !d.inSet(setFirstreport, toks[k-1].lower) {
		return a
	}
	lo := k - 1
	if toks[lo-1].is("as") && lo-2 > a {
		lo-- // …, as first reported by the Times
	}
	if toks[lo-1].isClass(cPassive) {
		lo-- // The meeting was first reported by …
	} else if !toks[lo-1].isComma() {
		return a
	}
	return lo
}

// antecedentOf returns the noun phrase a relative pronoun source stands
// for (Senator Tom Hill, who called on …; Republicans who praised …), or
// an empty span.
func (d *doc) antecedentOf(toks []token, a int, np span) span {
	if d.german || np.e-np.s != 1 || !toks[np.s].is("who") && !toks[np.s].is("which") {
		return span{}
	}
	j := np.s - 1
	if j > a && toks[j].isComma() {
		if toks[np.s].is("who") { // a person's pronoun: no scan for which or that
			if s, e, ok := d.whoAppositiveName(toks, a, j); ok {
				return d.tokSpan(toks, span{s, e + 1}) // Jo Vale, a nurse from Fenwick, who: Jo Vale, not Fenwick
			}
		}
		j--
	}
	if j < a || toks[j].kind != tWord {
		return span{}
	}
	s, ok := d.npBackFrom(toks, a, j)
	if !ok {
		return span{}
	}
	if toks[np.s].is("who") {
		s, j = d.personBeforePrep(toks, a, s, j)
	}
	return d.tokSpan(toks, span{d.pastGroupPrep(toks, s, j), j + 1})
}

// whoAppositiveName returns the name that a relative who after an
// appositive stands for, the appositive ending at the comma toks[c]: Jo
// Vale, a nurse from Fenwick, New Dover, who …; Ann Roe, 24, of Dover,
// who …; Tom Hill of Fenwick, the harbor board's chairman, who …. The
// appositive opens with an article or a number after a comma, holds no
// finite verb, and a person's capitalised name (two words, or a known
// first name) ends before it. It looks back over three commas and 16
// tokens at most.
func (d *doc) whoAppositiveName(toks []token, a, c int) (s, e int, ok bool) {
	commas := 0
	for k := c - 1; k > a && c-k <= 16; k-- {
		t := &toks[k]
		if t.isClass(cFinite) || t.kind == tQuote {
			return 0, 0, false // Tom Hill, the mayor said, who …: a clause, no appositive
		}
		if !t.isComma() {
			continue
		}
		if commas++; commas > 3 || k+1 >= c {
			return 0, 0, false
		}
		if n := &toks[k+1]; !n.is("a") && !n.is("an") && !n.is("the") && !n.isNumber() {
			if p := &toks[k-1]; p.kind == tWord && !p.upper && !p.isNumber() {
				return 0, 0, false // Jo Vale, the mayor, met Kofi Arden, who: the clause went on after the appositive
			}
			continue // Fenwick, New Dover; 24, from Dover: a place's or an age's comma inside the appositive
		}
		j := k - 1
		if j-2 > a && toks[j-1].is("of") && toks[j].upper {
			j -= 2 // Tom Hill of Fenwick
		}
		if j <= a || toks[j].kind != tWord || !toks[j].upper {
			return 0, 0, false
		}
		s, ok := d.npBackFrom(toks, a, j)
		if !ok || !d.personNameIn(toks, s, j) {
			return 0, 0, false
		}
		return s, j, true
	}
	return 0, 0, false
}

// personNameIn reports whether toks[s:j+1] are capitalised words that
// name a person: no organisation word among them, and two words at
// least or a known first name (Jo Vale, Mr. Vale, Kofi).
func (d *doc) personNameIn(toks []token, s, j int) bool {
	first := false
	for k := s; k <= j; k++ {
		t := &toks[k]
		if t.kind != tWord || !t.upper || t.isClass(cOrganisation) || isPossessive(t.lower) {
			return false
		}
		first = first || t.isClass(cMale|cFemale)
	}
	return j > s || first
}

// personBeforePrep returns the person a relative who refers to when the
// noun phrase toks[s:j+1] right before it is an organisation that a
// preposition hangs on a person noun (Tom Hill, a scholar at the Harbor
// Institute, who …; an anchor at Harbor News who …): the person, named
// before the appositive's comma if there, else the person noun. Else s, j.
func (d *doc) personBeforePrep(toks []token, a, s, j int) (int, int) {
	if s-2 < a || !toks[j].upper && !toks[j].isClass(cOrganisation) {
		return s, j
	}
	if toks[s-1].isComma() && toks[s-2].upper && d.personPrepIn(toks, s, j) {
		if s3, ok := d.npBackFrom(toks, a, s-2); ok {
			return s3, s - 2 // Tom Hill, a columnist for the Ledger, who: the walk back took the person noun in
		}
	}
	if p := toks[s-1]; !p.isClass(cPrep) || !workPrep(p) {
		return s, j
	}
	if !d.holdsWork(toks[s-2]) {
		return s, j // no person noun (a scholar, an adviser) before the preposition
	}
	s2, ok := d.npBackFrom(toks, a, s-2)
	if !ok {
		return s, j
	}
	if s2-2 >= a && toks[s2-1].isComma() && toks[s2-2].upper {
		if s3, ok := d.npBackFrom(toks, a, s2-2); ok {
			return s3, s2 - 2 // Tom Hill, a scholar at …, who
		}
	}
	return s2, s - 2
}

// personPrepIn reports whether the noun phrase toks[s:j+1] is a person
// noun with a preposition that hangs what it works at or for on it (a
// columnist for the Ledger, an aide to Jo Vale), as personBeforePrep
// reads them.
func (d *doc) personPrepIn(toks []token, s, j int) bool {
	for k := s + 1; k < j && k-s < 4; k++ {
		if workPrep(toks[k]) {
			return d.holdsWork(toks[k-1])
		}
	}
	return false
}

// workPrep reports whether t is a lower-case at, with, for, of, from or
// to: a preposition that hangs where or for whom a person works on a
// person noun (a scholar at …, an aide to …).
func workPrep(t token) bool {
	return !t.upper && (t.is("at") || t.is("with") || t.is("for") || t.is("of") || t.is("from") || t.is("to"))
}

// holdsWork reports whether t is a lower-case title, source's noun or
// role noun (senator, aide, columnist): a person noun that workPrep may
// follow.
func (d *doc) holdsWork(t token) bool {
	return t.kind == tWord && !t.upper && (t.isClass(cTitle|cAnonymous) || d.inSet(setRolenoun, t.lower))
}

// pastGroupPrep returns where the antecedent toks[s:j+1] of a relative
// who starts after a preposition that picks a group out of what stands
// before it (anxiety among party leaders, who …; a rift between the
// mayors, who …): the group is who, not the anxiety. Else s.
func (d *doc) pastGroupPrep(toks []token, s, j int) int {
	for i := j - 1; i > s; i-- {
		if t := toks[i]; t.kind == tWord && !t.upper && d.inSet(setGroupprep, t.lower) {
			return i + 1
		}
	}
	return s
}

// relativeSubject finds the subject a restrictive relative clause follows
// when the noun phrase np before a cue ends that clause rather than
// opening the sentence (Officials who spoke on condition of anonymity
// said; Jane Roe and others who want to ban the toll said): a word stands
// before np, and who or which after a noun opens the clause, with only
// words between.
func (d *doc) relativeSubject(toks []token, a int, np span) (span, bool) {
	if d.german || np.s-1 < a || toks[np.s-1].kind != tWord {
		return span{}, false
	}
	if toks[np.s].isClass(cPronoun) && toks[np.s-1].isClass(cClause|cSubordinator) && !toks[np.s-1].isClass(cRelative) {
		return span{}, false // the congressman who gained fame when he yelled: the pronoun opens a clause of its own
	}
	if (toks[np.s-1].is("who") || toks[np.s-1].is("which")) && (toks[np.s].upper || toks[np.s].isClass(cPronoun|cDeterminer)) {
		return span{}, false // a hacker who the police say is tied to …: np is the clause's own subject, who its object
	}
	far := 10 // words of the clause between who and np
	if toks[np.e-1].upper {
		far = 16 // a name ends a long clause (leaders who'd rather be working now on a campaign for Jo Hill or Ann Roe said)
	}
	for r := np.s - 1; r > a && np.s-r <= far; r-- {
		t := toks[r]
		if t.kind != tWord {
			return span{}, false
		}
		if !t.is("who") && !t.is("which") && !d.whoContracted(t) {
			continue
		}
		p := toks[r-1]
		if p.kind != tWord || p.isCue() || p.isClass(cStop|cPrep|cFinite|cPronoun|cDeterminer) || d.verbsObject(p) {
			return span{}, false // nor "who supported which bill that Ann Roe said": after a verb which asks
		}
		if r-2 >= a && !p.upper && (d.inSet(setCopula, toks[r-2].lower) || toks[r-2].is("not")) {
			return span{}, false // it is not clear who …: an adjective before a question, no noun
		}
		s, ok := d.npBackFrom(toks, a, r-1)
		return span{s, r}, ok
	}
	return span{}, false
}

// whoContracted reports whether t is "who" with an auxiliary held in it
// (who'd, who've, who's), which opens a relative clause as "who" does:
// "leaders who'd rather work for Tom Hill said".
func (d *doc) whoContracted(t token) bool {
	return !d.german && strings.HasPrefix(t.lower, "who'")
}

// roleText returns the role an appositive gives its source, or "" for a
// clause between source and cue (the official, who spoke …, said).
func (d *doc) roleText(toks []token, role span) string {
	if role.e <= role.s || toks[role.s].isClass(cAside) || d.phraseAside(toks, role) || toks[role.s].isClass(cPrep) || role.e-role.s == 1 && toks[role.s].isClass(cAdverb|cStop) {
		return "" // nor "for his part", "however"
	}
	for i := role.s + 1; !d.german && i < role.e; i++ {
		if t := toks[i]; t.is("who") || t.is("whose") || t.is("which") || t.is("who's") {
			role.e = i // a Republican who calls himself a moderate: the clause tells about the person
			for role.e > role.s+1 && (toks[role.e-1].is("and") || toks[role.e-1].is("or") || toks[role.e-1].kind == tPunct) {
				role.e-- // … at the Vale Fund and whose …
			}
			break
		}
	}
	return d.text(d.tokSpan(toks, role))
}

// asFrame makes the frame of a cue after "as" and its subject lead the
// clause after its comma: a cue that reports a clause (As the Times
// reported on Saturday, …) but not time passing (As the day went on, …),
// or a cue that comments on the clause it leads (As Ann Roe observed,
// …), which after it (…, as Ann Roe observed) or alone (As she spoke, …)
// reports nothing. cls is the class of the whole cue, as cueAt gives it:
// a phrase holds its class apart from its first word (As Ann Roe pointed
// out, the pier …: "pointed" alone is no cue of its own).
func (d *doc) asFrame(toks []token, fa *frameAt, as, k, b int, cls class) {
	w := toks[k].lower
	if cls&cReports != 0 && !d.inSet(setTimepasses, w) {
		fa.lo = as
		d.asLeads(toks, fa, b)
		pointsBack(toks, fa, as)
		return
	}
	if d.inSet(setAscomments, w) {
		if d.asLeads(toks, fa, b); fa.right >= 0 && d.hasQuote(toks, span{fa.right, b}) {
			fa.right, fa.f.leads = -1, false // As Ann Roe observed, "…": the quote is the remark, a quote of its own
		}
		if pointsBack(toks, fa, as); fa.right >= 0 {
			fa.lo = as
		}
	}
}

// pointsBack drops the words after an as clause set off by commas in
// mid-sentence when a conjunction follows it (met the mayor, as the Times
// reported, and she will …): the clause before is what was reported; the
// one the conjunction adds is the writer's. subjectVerbFrame then ends
// the frame at the comma (its aside test finds the same conjunction).
func pointsBack(toks []token, fa *frameAt, as int) {
	if fa.right >= 0 && as > 0 && toks[as-1].isComma() && conjunction(toks[fa.right]) {
		fa.right, fa.f.leads = -1, false
	}
}

// opensAs reports whether the "as" at toks[i] opens its clause: at the
// sentence start, after a comma or after a conjunction (And, as X said, …).
func (d *doc) opensAs(toks []token, a, i int) bool {
	return i == a || toks[i-1].isPunct(",(") || clauseJoiner(toks[i-1]) // (As the Times reported, …)
}

// asLeads makes a frame opened by "as" (As the Times reported, …; As
// reported by X, …) lead the clause after its comma, as according to does.
func (d *doc) asLeads(toks []token, fa *frameAt, b int) {
	j := d.skipAdverbials(toks, fa.hi, b)
	if j+1 < b && toks[j].isComma() {
		fa.right, fa.f.leads = j+1, true
	}
}

// clauseSubject finds the subject of the sentence toks[a:k] opens, or,
// after a fronted clause or adverbial, of the clause after its comma
// (When asked, Ms. Roe smiled and said).
func (d *doc) clauseSubject(toks []token, a, k int) (span, bool) {
	a = d.afterDateline(toks, a, k)
	a = d.afterTimeStretch(toks, a, k)
	a = d.afterTimeOpening(toks, a, k)
	if np, ok := d.countedSubject(toks, a, k); ok {
		return np, true
	}
	if np, ok := d.npAfter(toks, a, k); ok && !d.frontedOpening(toks, a, k) {
		if d.expletiveIs(toks, np, k) {
			return span{}, false // That's partly why Jo Lee quit before announcing …: no one's
		}
		return d.namedAppositive(toks, np, k), true
	}
	// clean is where the tokens from a on stop being known to hold no
	// comma but one that opens a fronted phrase, as commaScanned records
	clean := a
	for c := a; c < k-1 && c-a <= maxContent; c++ { // bounded: every participle of a sentence asks
		if j := d.commaScanned.past(d.sentNo, c); j > c {
			if clean == c {
				clean = j
			}
			c = j - 1 // scanned for an earlier participle
			continue
		}
		comma := toks[c].isComma()
		if comma {
			if np, ok := d.countedSubject(toks, c+1, k); ok {
				return np, true // Outside the hall, about 200 riders gathered, …
			}
		}
		if !comma || d.opensFronted(toks[c+1]) {
			if clean == c {
				clean = c + 1
			}
			continue // no comma, or one before a second fronted phrase: On Thursday, after a debate, Ms. Roe …
		}
		if d.placeAfter(toks, c, k) {
			continue // At a rally in Ames, Iowa, on Sunday, …; which k decides, so it ends the clean stretch
		}
		s := c + 1
		if s+2 < k && toks[s].is("such") && toks[s+1].is("as") && toks[s+2].isClass(cClause) {
			s += 3 // There were jabs, such as when Jo Hill … and called him "…": the example's clause
		}
		if np, ok := d.npAfter(toks, s, k); ok && (d.properOrPronoun(toks, np) || toks[np.s].isClass(cDeterminer) || !d.german && d.endsInName(d.words(d.tokSpan(toks, np)))) {
			return np, true // also a name after a description: At a rally, retired nurse Ann Roe …
		}
		if np, ok := d.bareSubject(toks, s, k); ok {
			return np, true // Without a defense, riders may listen and conclude …
		}
		return span{}, false
	}
	d.commaScanned = d.commaScanned.add(d.sentNo, a, clean)
	return span{}, false
}

// expletiveIs reports whether np, the subject found before the verb
// toks[k], is "that's", "it's", "there's" or "here's" with a complement
// and not the verb after it: in "That's the view of lawyers, saying …"
// or "It's hard to say, wishing …" the words name no source; "It's
// saying …" (it is saying) keeps its subject.
func (d *doc) expletiveIs(toks []token, np span, k int) bool {
	if d.german || np.e != np.s+1 || np.e >= k || strings.HasSuffix(toks[np.e].lower, "ing") {
		return false
	}
	stem, ok := strings.CutSuffix(toks[np.s].lower, "'s") // the lower text writes ’ as '
	return ok && d.inSet(setExpletive, stem)
}

// countedSubject returns the English subject that opens toks[a:k] with
// a rough count, up to its verb: "About 200 riders gathered, chanting
// …"; "More than 40 nurses walked out, saying …"; "An estimated 500
// teachers marched". The count's "About" or "Nearly" is no fronted
// phrase, and "More" no name.
func (d *doc) countedSubject(toks []token, a, k int) (span, bool) {
	if d.german || a+3 >= k || toks[a].kind != tWord {
		return span{}, false
	}
	n := a + 1
	if (toks[a].is("an") || toks[a].is("a")) && strings.HasSuffix(toks[n].lower, "ed") {
		n++ // An estimated 500 teachers marched, a reported 300 riders
	} else if !d.inSet(setApproximator, toks[a].lower) {
		return span{}, false
	} else if toks[n].is("than") || toks[n].is("least") || toks[n].is("to") {
		n++ // more than, at least, up to
	} else if toks[a].is("at") || toks[a].is("up") {
		return span{}, false // At 9 a.m. Tuesday, …
	}
	if !toks[n].isNumber() {
		return span{}, false
	}
	v := n + 1
	for v < k && v-n <= 4 && toks[v].kind == tWord && !toks[v].upper && !toks[v].isClass(cStop|cPrep|cClause|cSubordinator|cPronoun|cDeterminer) && !d.countedVerb(toks[v]) {
		v++ // the noun and its modifiers: 200 striking nurses
	}
	if v == n+1 || v >= k {
		return span{}, false
	}
	if !d.countedVerb(toks[v]) && !d.contactClause(toks, v, k) {
		return span{}, false // About 200 yards from the stage, …: a fronted phrase
	}
	return span{a, v}, true
}

// countedVerb reports whether tok can be the verb after a counted
// subject (gathered, walked) or in its contact clause (the police counted).
func (d *doc) countedVerb(tok token) bool {
	return tok.clauseVerb() || d.inSet(setPastverb, tok.lower)
}

// contactClause reports whether a relative clause with no "that" opens
// at toks[v] after a counted noun and a verb follows it: "200 riders the
// police counted gathered"; "200 riders we met walked out". The
// clause's article or pronoun is no part of the subject, and "About 10
// minutes later the crowd gathered, …" has no second verb.
func (d *doc) contactClause(toks []token, v, k int) bool {
	if !toks[v].isClass(cPronoun | cDeterminer) {
		return false
	}
	for i := v + 1; i < k && i-v <= 3 && toks[i].kind == tWord; i++ {
		if d.countedVerb(toks[i]) {
			return i+1 < k && toks[i+1].kind == tWord && d.countedVerb(toks[i+1])
		}
	}
	return false
}

// bareSubject returns a noun phrase of up to three lower-case words with
// no article at toks[s], after a fronted phrase's comma, that an
// auxiliary after it before the cue toks[k] makes the clause's subject
// (Without a defense, riders may listen and conclude …; In May, local
// officials will meet and decide).
func (d *doc) bareSubject(toks []token, s, k int) (span, bool) {
	if d.german {
		return span{}, false
	}
	n := s
	for n < k && n-s < 3 && toks[n].kind == tWord && !toks[n].upper && !toks[n].finite() &&
		!toks[n].isClass(cStop|cPrep|cPronoun|cDeterminer|cAdverb|cTime|cClause|cSubordinator) && !toks[n].isCue() {
		n++
	}
	if n == s || n >= k || toks[n].kind != tWord || !toks[n].finite() {
		return span{}, false
	}
	return span{s, n}, true
}

// namedAppositive returns the name set off by commas after a description
// that opens the sentence (One of the men, Jo Hill, 70, had …; His wife,
// Ann Roe, later said), as appositiveBefore does; else np.
func (d *doc) namedAppositive(toks []token, np span, k int) span {
	if d.german || !toks[np.s].isClass(cDeterminer|cStandalone|cNumber) && !toks[np.s].isNumber() {
		return np // Tom Vale, Jo Hill and Ann Roe: a list of names
	}
	e := np.e
	if e+1 < k && toks[e].is("of") {
		if of, ok := d.npAfter(toks, e+1, k); ok {
			e = of.e // One of the men, Jo Hill, …
		}
	}
	if e+2 >= k || !toks[e].isComma() {
		return np
	}
	name, ok := d.npAfter(toks, e+1, k)
	if !ok || name.e >= k || !toks[name.e].isComma() || !d.allCapitalised(toks, name) || toks[name.s].isClass(cPronoun|cTime) {
		return np
	}
	return name
}

// afterTimeStretch returns where the clause starts after a stretch of
// time that opens it, "A few minutes later they …", "And a couple of
// years later, he …", or a: the stretch is no subject.
func (d *doc) afterTimeStretch(toks []token, a, k int) int {
	i := a
	if i < k && (toks[i].is("and") || toks[i].is("but")) {
		i++
	}
	if i >= k || !(toks[i].isClass(cDeterminer|cQuantifier) || toks[i].isNumber()) {
		return a
	}
	for s := i; i < k && i-s < 5 && toks[i].kind == tWord && !toks[i].isClass(cPeriod); i++ {
		if i > s && (toks[i].upper || toks[i].isClass(cPronoun) || toks[i].isCue()) {
			return a
		}
	}
	if i+1 >= k || !toks[i].isClass(cPeriod) || !(toks[i+1].is("later") || toks[i+1].is("earlier") || toks[i+1].is("ago")) {
		return a
	}
	i += 2
	if i < k && toks[i].isComma() {
		i++
	}
	return i
}

// afterTimeOpening returns where the subject starts after a short time
// phrase that opens the sentence with no comma, a name or a subject
// pronoun right after it (On Sunday Tom Hill …; Last week she …; By
// Sunday she …), or a.
func (d *doc) afterTimeOpening(toks []token, a, k int) int {
	i := a
	if i < k && (toks[i].is("on") || toks[i].is("in") || toks[i].is("by")) {
		i++
	}
	s := i
	for i < k && i-s < 3 && toks[i].kind == tWord && (toks[i].isClass(cTime) || toks[i].isNumber() || d.periodWord(toks[i])) {
		i++ // periodWord last: its month is a set lookup, a hash and a table probe
	}
	if i == s || i >= k || toks[i].kind != tWord || !toks[i].upper && !subjectPronoun(toks[i].lower) || toks[i].isClass(cTime) {
		return a
	}
	return i
}

// frontedOpening reports whether the sentence toks[a:k] opens with a
// phrase or clause fronted before its subject (When asked, …; Chastened
// by the polls, …) rather than with the subject itself.
func (d *doc) frontedOpening(toks []token, a, k int) bool {
	t := toks[a]
	next := a+1 < k && toks[a+1].kind == tWord
	return t.isClass(cPrep|cTime|cClause|cSubordinator) || t.is("by") ||
		strings.HasSuffix(t.lower, "ly") && !t.is("only") && !(t.upper && next && toks[a+1].upper && !toks[a+1].isClass(cTime|cPeriod)) || // Early Tuesday, she …; but Kelly Roe backed the plan, saying …: a name before a capitalised word that names no time
		!d.german && next && d.inSet(setFrontprep, t.lower) || // Like Tom Hill, Ann Roe …; Unlike her rivals, she …
		strings.HasSuffix(t.lower, "ed") && next && toks[a+1].isClass(cPrep|cStop) || // Chastened by the polls, Ms. Roe …
		strings.HasSuffix(t.lower, "ing") && next && !toks[a+1].upper || // Emerging from the talks, the mayor …
		strings.HasSuffix(t.lower, "ing") && a+1 < k && toks[a+1].kind == tQuote || // Recalling "…", the letter urged …
		t.isNumber() && next && toks[a+1].isClass(cPeriod) || // Two years earlier, she …
		t.isClass(cPeriod) && next && toks[a+1].isClass(cTime) || // Hours later, she …
		next && toks[a+1].isClass(cPrep|cClause) && d.inSet(setFronting, t.lower) // Back in 1999, she …; Ever since …
}

// placeAfter reports whether the comma toks[c] inside a fronted phrase
// sets off the state or country of a place rather than closing the phrase
// (At a rally in Ames, Iowa, on Sunday, Ms. Roe …): one capitalised word
// between a place's name and another comma.
func (d *doc) placeAfter(toks []token, c, k int) bool {
	if c-1 < 0 || c+2 >= k || toks[c-1].kind != tWord || !toks[c-1].upper || toks[c-1].isClass(cTime) {
		return false
	}
	n := toks[c+1]
	return n.kind == tWord && n.upper && !n.isClass(cPronoun|cDeterminer|cTitle) && toks[c+2].isComma()
}

// opensFronted reports whether t opens a phrase fronted before a clause's
// subject: a preposition, a time, a subordinator or an -ing form.
func (d *doc) opensFronted(t token) bool {
	return t.kind == tWord && !t.upper && (t.isClass(cPrep|cTime|cClause|cSubordinator) || strings.HasSuffix(t.lower, "ing"))
}

// datelineBefore reports whether the English word toks[k] opens the
// sentence right after a wire story's dateline and its dash: "RIVERTON,
// Ohio (AP) — According to police, …".
func (d *doc) datelineBefore(toks []token, a, k int) bool {
	return !d.german && k-1 > a && toks[k-1].isPunct("—–-") && d.afterDateline(toks, a, k+1) == k
}

// afterDateline returns where a sentence starts after the dateline that
// opens a wire story, "ORLANDO, Fla. (Reuters) - ", or a.
func (d *doc) afterDateline(toks []token, a, k int) int {
	if toks[a].kind != tWord || !isAllCaps(d.r[toks[a].s:toks[a].e]) {
		return a
	}
	for i := a + 1; i+1 < k && i < a+12; i++ {
		if toks[i].isPunct("—–-") {
			return i + 1
		}
	}
	return a
}

// inversionFits checks an English "said S": right after a quote ("…,"
// said S), or with S closed by punctuation (But, said Solovey, "…").
func (d *doc) inversionFits(toks []token, a, b, k int, np span) bool {
	quoted := k > a && toks[k-1].kind == tQuote || k > a+1 && toks[k-2].kind == tQuote
	if !quoted && d.contentObject(toks, k, np) {
		return false // Jo Vale, a Republican, denounced Ann Roe's remarks.: the words are the object
	}
	if np.e >= b || toks[np.e].kind == tPunct {
		return true
	}
	if toks[np.e].is("who") {
		// "…, said a city official who asked not to be named": a relative
		// clause about the source, which an object of "said" does not take
		return true
	}
	return quoted && !d.ownedThing(toks, np)
}

// contentObject reports whether the phrase np after the cue toks[k] is
// what the cue's object names, not a source inverted after it: a cue
// whose object is the content (denounced, defended) before a phrase a
// cue noun heads (the report, Ann Roe's remarks). With no quote before
// the cue, "…, denounced the remarks." has its subject before the comma.
func (d *doc) contentObject(toks []token, k int, np span) bool {
	if d.german || np.e <= np.s || !toks[k].isClass(cContent) {
		return false
	}
	h := toks[np.e-1]
	return h.kind == tWord && !h.upper && h.isCue() && d.nounForm(h.lower)
}

// namingParticiple reports whether "called" after a comma and no quote
// gives a name to the noun before it rather than inverting a cue: "a visa
// program, called the EB-5 program," (but "…," called Ms. Roe).
func (d *doc) namingParticiple(toks []token, a, k int) bool {
	return toks[k].is("called") && k-2 >= a && toks[k-1].isComma() && toks[k-2].kind != tQuote
}

// ownedThing reports whether np is a possessive and a thing that names no
// source (her record, his plan): after `called her "terrible,"` in
// `attacked her record as mayor` it is the object of a verb, not an
// inverted source, as "said his spokesman" or "read his statement" are.
func (d *doc) ownedThing(toks []token, np span) bool {
	h := toks[np.e-1]
	return np.e-np.s == 2 && d.owner(toks[np.s]) && !isPossessive(toks[np.s].lower) && d.thingNoun(h) &&
		!h.isClass(cOrganisation|cChannel|cAnonymous) && !h.isCue()
}

// quoteClosesAppositive reports whether the quote before the verb toks[k]
// ends an appositive of the name before it: in `Joe Roe, host of the
// "Morning Show," thanked Ann` the quote is a title and the verb is the
// name's, not a cue inverted after a quote ("…," said Ann).
func (d *doc) quoteClosesAppositive(toks []token, a, k int) bool {
	q := k - 1
	if q <= a || toks[q].kind != tQuote {
		return false
	}
	i := q - 1
	for i > a && q-i < maxContent && !toks[i].isPunct(",.;:!?") { // bounded: hostile text stays linear
		i--
	}
	if i <= a || i+1 == q || !toks[i].isComma() {
		return false
	}
	s, ok := d.npBackFrom(toks, a, i-1)
	// the name opens the sentence or follows a comma, also one inside a
	// quote's marks (In an interview on "Live," Jo Hill, the hacker known
	// as "Ghost," said)
	return ok && d.allCapitalised(toks, span{s, i}) && (s == a || toks[s-1].isComma() || d.commaQuote(toks[s-1]))
}

// participle handles ", saying …", ", citing …": the source is that of the
// frame before in the sentence, or the sentence's subject.
func (d *doc) participle(toks []token, a, b, k, ce int, prev []frameAt) (frameAt, bool) {
	f := d.newFrame(frame{rule: "participle"})
	fa := frameAt{f: f, lo: k, hi: ce, right: -1}
	if d.german && toks[a].isClass(cSubordinator) {
		// Als ein Gast kam, biss der Mann … und rief: the main clause
		// after the subordinate one holds the subject
		for i := a + 1; i+1 < k; i++ {
			if toks[i].isComma() {
				a = i + 1
				break
			}
		}
	}
	if !d.german && d.askedAbout(toks, k) && d.passiveBefore(toks, a, k) && !(ce < b && toks[ce].is("by")) {
		// who is not the host and is asked to comment: a passive question,
		// by someone unnamed, as in verbFrame
		f.rule, fa.right = "asked", max(ce, d.askedTopic(toks, ce, b)) // and was asked on Monday whether …
		return fa, true
	}
	a = d.afterFrontedClause(toks, a, k)
	for a < k && toks[a].isClass(cStop|cClause|cAdverb) && !toks[a].isClass(cPrep|cTime) && !toks[a].is("by") && !d.inSet(setFrontprep, toks[a].lower) {
		a++ // But Mr. Sanders …, saying (but not the In of "In May, a judge …", nor By of "By noon, …")
	}
	if a+1 < k && toks[a].isComma() && a > 0 && toks[a-1].isClass(cAdverb) {
		a++ // Now, after arguing that …, his team …: the adverb's comma
	}
	if k == a && d.gerundSubjectOfInverted(toks, k, b) {
		return fa, false
	}
	if c := d.frontedParticiple(toks, a, b, k, ce); c > 0 {
		// Before saying that the plan failed, Ms. Roe …: the subject after
		// the comma says it, and the comma ends what was said
		np, ok := d.npAfter(toks, c+1, b)
		if !ok {
			return fa, false
		}
		f.mention = d.tokSpan(toks, np)
		fa.right, fa.end = d.contentAfter(toks, ce, b, false), c
		if toks[c].kind == tQuote {
			fa.end = c + 1 // the quote that ends the phrase is part of it
		}
		return fa, fa.right >= 0 && fa.right < c
	}
	if w := d.relativeOwner(toks, a, k); w >= 0 {
		// Mr. Hill, who has endorsed Ms. Roe and criticized her …: the
		// cue is inside the relative clause, whose pronoun is its source
		f.mention = d.tokSpan(toks, span{w, w + 1})
		f.antecedent = d.antecedentOf(toks, a, span{w, w + 1})
		fa.hi = d.addressee(toks, k, ce, b, f)
		fa.right = d.contentAfter(toks, fa.hi, b, false)
		return fa, true
	}
	// …, with top officials praising the plan and vowing to …: the
	// absolute phrase's subject vows, not the sentence's; The crowd
	// cheered when Jo Hill spotted a sign and asked …: the second verb of
	// the when clause is its subject's; I remember Mayor Hill going on
	// the radio, declaring …: the chain's first verb names who does all
	// of them; Hill spoke near the hall, where protesters had gathered,
	// chanting …: the clause just before the comma says it
	np, ok := d.absoluteSubject(toks, a, k)
	if !ok {
		np, ok = d.secondVerbSubject(toks, a, k)
	}
	if !ok {
		np, ok = d.chainSubject(toks, a, k)
	}
	if !ok {
		np, ok = d.trailingClauseSubject(toks, a, k, prev)
	}
	if ok {
		f.mention = d.tokSpan(toks, np)
		fa.hi = d.addressee(toks, k, ce, b, f)
		fa.right = d.contentAfter(toks, fa.hi, b, false)
		return fa, true
	}
	var outer *frame
	near, nearOK := d.nearestClauseSubject(toks, a, k)
	if n := len(prev); n > 0 {
		if o := d.outermostOf(toks, prev, n-1); o.lo >= a && d.reducedRelative(toks, o) < 0 && !(nearOK && near.s > o.hi) && !d.restrictiveRelative(toks, o) && !d.embeddedSource(toks, o) && !d.objectRelative(toks, o) && !d.inDashAside(toks, a, o, k) {
			// not the frame of a fronted clause (Although she thanked …, he
			// …, saying), nor of a phrase (In a statement released …, he),
			// nor one a clause with its own subject follows (Critics say
			// …, and the union sued, saying)
			outer = o.f
		}
	}
	if outer != nil && outer.source().antecedent.e > outer.source().antecedent.s {
		// Mr. Hill, who said last week that …, issued a statement saying
		// …: the relative clause is an aside, and the participle is the
		// main clause's, whose subject the "who" stands for
		f.mention = outer.source().antecedent
	} else if outer != nil && outer.source().named() {
		f.inherit = outer // a frame that names a source (Asked whether … names none)
	} else if np, ok := d.germanSubject(toks, a, k); ok {
		// zogen die Demonstranten … und skandierten: the subject after a
		// fronted phrase, or after a subordinate clause (Als …, biss der
		// Mann … und rief)
		f.mention = d.tokSpan(toks, np)
	} else if v := d.afterMessage(toks, a, k); v > a {
		// The club issued a statement saying …: the subject of the verb
		// that sent it
		np, _, ok := d.npBefore(toks, a, v)
		if !ok {
			return fa, false
		}
		f.mention = d.tokSpan(toks, np)
	} else if nearOK {
		f.mention = d.tokSpan(toks, near)
	} else if np, ok := d.asClauseSubject(toks, a, k); ok {
		f.mention = d.tokSpan(toks, np)
	} else if np, ok := d.clauseSubject(toks, a, k); ok {
		f.mention = d.tokSpan(toks, np)
	} else if ce >= b || !toks[ce].is("that") {
		return fa, false // Noting that …, by suggesting that …: a report whose source goes unnamed
	}
	fa.hi = d.addressee(toks, k, ce, b, f)
	fa.right = d.contentAfter(toks, fa.hi, b, false)
	return fa, true
}

// inDashAside reports whether frame fa stands in an aside set off by
// dashes between a and the cue toks[k]: in "Jo Hill railed against the
// plan - "It is a joke," he said - and vowed to …" the aside is no main
// clause, and the one who vows is the sentence's subject.
func (d *doc) inDashAside(toks []token, a int, fa frameAt, k int) bool {
	// the back scan is bounded: a run-on sentence of asides stays linear
	return !d.german && d.dashIn(toks, fa.hi, k) && d.lastDash(toks, max(a, fa.lo-maxContent), fa.lo) >= 0
}

// dashIn reports whether toks[i:e] holds a dash that sets off an aside.
func (d *doc) dashIn(toks []token, i, e int) bool {
	for ; i < e; i++ {
		if d.asideDash(toks[i]) {
			return true
		}
	}
	return false
}

// lastDash returns the index of the last dash that sets off an aside in
// toks[lo:hi], or -1.
func (d *doc) lastDash(toks []token, lo, hi int) int {
	for i := hi - 1; i >= lo; i-- {
		if d.asideDash(toks[i]) {
			return i
		}
	}
	return -1
}

// embeddedSource reports whether the source of frame fa opens a clause
// that "whether", "if" or "that" makes the object of a verb: in "The
// judge put off deciding whether the group could question her but said
// …" the judge says it, not the group; in "Ms. Roe told the crowd that
// she believes …, saying …" Ms. Roe does. So does a free relative
// "what": in "Jo Vale focused on what she said were his failures,
// saying …" the sentence's subject says it.
func (d *doc) embeddedSource(toks []token, fa frameAt) bool {
	i := d.mentionStart(toks, fa)
	if d.german || i <= 0 || toks[i].s != fa.f.source().mention.s {
		return false
	}
	p := toks[i-1]
	return p.is("whether") || p.is("if") || p.is("that") || p.is("what")
}

// absoluteSubject returns the subject of an absolute phrase after a
// comma and "with" whose -ing verb the cue toks[k] is joined to by "and"
// (…, with top officials praising the plan and vowing to …).
func (d *doc) absoluteSubject(toks []token, a, k int) (span, bool) {
	if d.german || k-1 <= a || !toks[k-1].is("and") {
		return span{}, false
	}
	for w := k - 2; w-1 > a && k-w <= maxContent; w-- { // bounded: the scan stays linear
		if toks[w].kind != tWord {
			return span{}, false // a comma or a quote: no absolute phrase that runs on to the cue
		}
		if !toks[w].is("with") {
			continue
		}
		if !toks[w-1].isComma() {
			return span{}, false
		}
		v := w + 1 // the absolute's -ing verb, a few words on
		for v < k && v-w <= 6 && toks[v].kind == tWord && !strings.HasSuffix(toks[v].lower, "ing") {
			v++
		}
		if v == w+1 || v >= k || v-w > 6 || !strings.HasSuffix(toks[v].lower, "ing") {
			return span{}, false
		}
		return span{w + 1, v}, true
	}
	return span{}, false
}

// chainSubject returns the subject of the first -ing verb of a chain
// that the participle cue toks[k] goes on, after a comma or "and": in "I
// remember Mayor Tom Hill going on the radio, declaring a "war" and
// telling voters …" Hill declares and tells, not the writer. The subject
// is a name right before that first verb, after a word of the clause.
func (d *doc) chainSubject(toks []token, a, k int) (span, bool) {
	if d.german || k-1 <= a || !(toks[k-1].isComma() || toks[k-1].is("and")) {
		return span{}, false
	}
	for v := k - 2; v > a+1 && k-v <= maxContent; v-- { // bounded: the scan stays linear
		t := toks[v]
		if t.isPunct(".;:!?") {
			return span{}, false
		}
		if t.kind != tWord || !strings.HasSuffix(t.lower, "ing") || toks[v+1].kind != tWord || t.isClass(cPrep) {
			continue // not "during", a preposition
		}
		if p := toks[v-1]; p.isComma() || p.is("and") {
			continue // an earlier verb of the chain
		}
		s := capitalsBack(toks, a, v, 5, 0) + 1 // the capitalised words of a name: Mayor Tom Hill
		n := toks[v-1].lower
		if s == v || toks[s-1].kind != tWord || toks[s-1].isClass(cPrep) || toks[s].isClass(cDeterminer|cPronoun|cTime) ||
			strings.HasSuffix(n, "'s") {
			return span{}, false // not with Hill vowing …, nor Hill's spending, a gerund
		}
		return span{s, v}, true
	}
	return span{}, false
}

// secondVerbSubject returns the subject of a subordinate clause (when,
// after, because …) that the cue toks[k] is the second verb of, joined
// by "and" or "but" with no comma or quote between, or a list of verbs
// after semicolons: in "The crowd cheered when Jo Hill spotted a sign
// and asked …" Hill asks; so does "in which" open one (a week in which
// Jo Hill was booed; was denounced; and declared …).
func (d *doc) secondVerbSubject(toks []token, a, k int) (span, bool) {
	if d.german || d.coordinated(toks, a, k) < 0 {
		return span{}, false
	}
	list := false
	for i := k - 2; i > a && k-i <= maxContent; i-- { // bounded: the scan stays linear
		t := toks[i]
		if t.isPunct(";") && d.verbOpensItem(toks, i+1) {
			list = true // was booed; was denounced; and declared: a list of the clause's verbs
			continue
		}
		if t.kind != tWord {
			return span{}, false
		}
		if t.is("which") && i-1 > a && toks[i-1].is("in") {
			return d.subjectWithVerb(toks, i+1, k) // a week in which Ann Roe was booed and declared …
		}
		if t.upper || t.isCue() || !t.isClass(cSubordinator|cClause|cPrep) || !d.inSet(setSubordinate, t.lower) {
			continue // the set lookup last: a hash and a table probe
		}
		if np, ok := d.subjectWithVerb(toks, i+1, k); ok || !list {
			return np, ok
		}
		// praised Jo Vale as a fighter; and declared: "as" in an item opens no clause
	}
	return span{}, false
}

// verbOpensItem reports whether the list item at toks[i], after a
// semicolon, opens with a verb, an "and" before it or not: "; was denounced",
// "; and declared" go on with the subject before, "; the mayor cried"
// has its own.
func (d *doc) verbOpensItem(toks []token, i int) bool {
	if i < len(toks) && toks[i].is("and") {
		i++
	}
	if i >= len(toks) {
		return false
	}
	return d.pastOrClauseVerb(toks[i])
}

// subjectWithVerb returns the subject that opens a subordinate clause
// at toks[s], before the cue toks[k]: a name, a pronoun or a phrase with
// an article, followed by a verb (an auxiliary or an -ed form) short of
// the word before the cue.
func (d *doc) subjectWithVerb(toks []token, s, k int) (span, bool) {
	np, ok := d.npAfter(toks, s, k)
	if !ok || np.e >= k-1 || !d.properOrPronoun(toks, np) && !toks[np.s].isClass(cDeterminer) || !toks[np.e].clauseVerb() {
		return span{}, false
	}
	return np, true
}

// trailingClauseSubject returns the subject of a when, where, as or
// in-which clause that follows the main clause and runs on to the comma
// before the participle cue toks[k]: in "He tweeted when Jo Hill ended
// the debate with a joke, remarking …" Hill remarks, and in "Tom Reed
// admitted errors even as he defended the plan, saying …" the "he" is
// the nearest mention. The clause opens no earlier than the sentence's
// last frame, and its subject has a verb. Temporal after, before and
// since are left out: "defended not paying a builder who said he was
// stiffed after he designed a clubhouse, saying" is the main clause's.
func (d *doc) trailingClauseSubject(toks []token, a, k int, prev []frameAt) (span, bool) {
	if d.german || k-2 <= a || !toks[k-1].isComma() {
		return span{}, false
	}
	lo := max(a+1, k-maxContent) // bounded: the scan stays linear
	if n := len(prev); n > 0 {
		lo = max(lo, prev[n-1].lo-1) // the clause's own frame may be the last (even as he defended …)
	}
	for i := k - 2; i >= lo; i-- {
		t := toks[i]
		if t.kind == tQuote && toks[i+1].kind == tWord && !toks[i+1].upper {
			continue // a title in the clause (with a "Star Wars" joke, remarking)
		}
		if t.kind != tWord {
			return span{}, false // a comma or a quote: the clause is not the one before the cue
		}
		if t.is("which") && i-2 > a && toks[i-1].is("in") && (toks[i-2].isComma() || d.commaQuote(toks[i-2])) {
			// a web ad, in which children smash a dock, yelling "…": "in
			// which" opens a clause of place as where does
			return d.inWhichSubject(toks, i+1, k)
		}
		if t.upper || !(t.is("where") || t.is("when") || t.is("as")) {
			continue
		}
		afterPunct := toks[i-1].isPunct(",—–-")
		if p := toks[i-1]; (p.kind != tWord || p.isClass(cPrep)) && !(afterPunct && t.is("where")) {
			return span{}, false // a fronted or comma-led clause, but for where, is asClauseSubject's
		}
		if t.is("where") {
			if np, ok := d.countedOrBare(toks, i+1, k); ok {
				return np, true
			}
		}
		if afterPunct {
			return span{}, false // …, where he spoke, saying: left to the frames before
		}
		return d.subjectWithVerb(toks, i+1, k)
	}
	return span{}, false
}

// inWhichSubject returns the subject at toks[s] of an "in which" clause
// that runs on to the comma before the cue toks[k]: a noun phrase with a
// lower-case verb after it, or a bare noun whose verb the noun phrase took
// for a compound (in which children use a toy).
func (d *doc) inWhichSubject(toks []token, s, k int) (span, bool) {
	if np, ok := d.npAfter(toks, s, k); ok && d.inWhichVerb(toks, np.e, k) {
		return np, true
	}
	if t := toks[s]; t.kind == tWord && !t.upper && !t.isClass(cStop|cPrep|cPronoun|cDeterminer|cAdverb|cClause) && !t.isCue() && d.inWhichVerb(toks, s+1, k) {
		return span{s, s + 1}, true
	}
	return span{}, false
}

// inWhichVerb reports whether toks[v] can be the verb of a clause
// that runs on to the cue toks[k]: a lower-case word that is no article,
// preposition or pronoun, with words after it.
func (d *doc) inWhichVerb(toks []token, v, k int) bool {
	return v < k-1 && toks[v].kind == tWord && !toks[v].upper && !toks[v].isClass(cStop|cPrep|cDeterminer|cPronoun)
}

// countedOrBare returns the subject at toks[s] of a place clause when it
// is a group with no article, counted or bare (…, where about 50
// protesters had gathered, chanting "…"; where workers were waiting,
// holding signs): the ones the participle after the clause goes on, as
// bareSubject finds them before an auxiliary; a name or a pronoun after
// where is left to the frames before (…, where he spoke, saying).
func (d *doc) countedOrBare(toks []token, s, k int) (span, bool) {
	n := s
	if n+1 < k && toks[n+1].isNumber() && d.inSet(setRoughly, toks[n].lower) {
		n++ // about 50 protesters
	}
	np, ok := d.bareSubject(toks, n, k)
	if !ok || np.e >= k-1 || !strings.HasSuffix(toks[np.e-1].lower, "s") {
		return span{}, false
	}
	return span{s, np.e}, true
}

// objectRelative reports whether the frame fa is a relative clause with
// no relative pronoun (no that or which), whose pronoun source follows
// the noun the clause is on: in "Hill wears a suit in clips he calls
// "Harbor TV," pointing to …" the clips are what he calls so, and a
// participle after it is the main clause's.
func (d *doc) objectRelative(toks []token, fa frameAt) bool {
	src := fa.f.source()
	if d.german || src.mention.e-src.mention.s > 4 {
		return false
	}
	i := d.mentionStart(toks, fa)
	if i <= 0 || toks[i].s != src.mention.s || !toks[i].isClass(cPronoun) || i+1 >= len(toks) || toks[i+1].s != fa.f.cue.s {
		return false
	}
	p := toks[i-1]
	return p.kind == tWord && !p.upper && !p.isClass(cStop|cClause|cPrep|cAdverb|cPronoun|cDeterminer) && !p.isCue() && !p.finite()
}

// restrictiveRelative reports whether the frame fa is a relative clause
// with no comma before its pronoun: in "defend not paying a builder who
// said he was cheated, saying …" it names which builder, and a
// participle after it is the main clause's (but "Mr. Hill, who said …,
// issued a statement saying" stands as an aside, see participle).
func (d *doc) restrictiveRelative(toks []token, fa frameAt) bool {
	src := fa.f.source()
	if d.german {
		return false
	}
	i := d.mentionStart(toks, fa)
	if i <= 0 || toks[i].s != src.mention.s || !(toks[i].is("who") || toks[i].is("which")) {
		return false
	}
	// a "chief inspector" who reports to …: a quoted title right before
	// the pronoun is its antecedent, though no name is found in it
	return toks[i-1].kind == tWord && src.antecedent.e > src.antecedent.s || toks[i-1].kind == tQuote && !d.commaQuote(toks[i-1])
}

// relativeOwner returns the index of the relative pronoun (who, which)
// whose clause holds the participle or coordinated cue toks[k], or -1:
// in "Ms. Roe, who ran in May and lost, saying …" a comma closes the
// clause first, and the cue is the main clause's. A question word (asked
// about who won) and a relative that is the object of its clause (which
// he favors) are no source.
func (d *doc) relativeOwner(toks []token, a, k int) int {
	if d.german {
		return -1
	}
	for i := k - 1; i >= a && k-i <= maxContent; i-- { // bounded: the scan stays linear
		t := toks[i]
		switch {
		case t.kind == tQuote || t.kind == tPunct:
			return -1
		case t.is("but"):
			return -1 // He praised those who left but said …: the contrast is the main clause's
		case t.is("who") || t.is("which"):
			if i > a && (toks[i-1].isClass(cPrep) || toks[i-1].isCue()) || i+1 < k && toks[i+1].isClass(cPronoun|cDeterminer) {
				return -1 // asked on who would win; a tax, which he favors but says …: no subject
			}
			return i
		}
	}
	return -1
}

// nearestClauseSubject finds the subject of a second clause that a
// conjunction opens before the participle or coordinated cue toks[k]: in
// "Protesters marched, and the union sued the city, saying …" the union
// says it, not the protesters. The subject must be a name, a pronoun or
// a noun phrase with its article, and a verb must follow it.
func (d *doc) nearestClauseSubject(toks []token, a, k int) (span, bool) {
	if d.german {
		return span{}, false
	}
	lo := max(a+1, k-maxContent) // bounded: the scan stays linear
	for i := k - 2; i >= lo; i-- {
		if j := d.joinScanned.below(d.sentNo, i); j < i {
			i = j + 1 // scanned for an earlier participle: no clause joins there
			continue
		}
		t := toks[i]
		if t.kind != tWord || t.isCue() {
			continue // a cue word joins no clause: a hostile ", saying, saying …" costs no set lookups
		}
		comma := toks[i-1].isComma() || t.is("but")
		if !comma && (toks[i-1].upper || !t.is("and")) {
			continue // Ann Lee and Tom Hill sued: one subject
		}
		if !d.inSet(setClausejoin, t.lower) {
			continue // tested last: the set lookup costs a hash and a table probe
		}
		np, ok := d.npAfter(toks, i+1, k)
		if !ok || np.e >= k-1 || !d.properOrPronoun(toks, np) && !toks[np.s].isClass(cDeterminer) {
			return span{}, false
		}
		v := np.e
		if v+1 < k && toks[v].isComma() {
			if j := d.afterAppositive(toks, v+1, k); j > v+1 {
				v = j // while her rival, Tom Hill, has soared by saying
			} else {
				v = d.afterAdverbAside(toks, v, k) // and he, once again, pledged
			}
		}
		for v < k && (toks[v].isClass(cAdverb|cTime) || strings.HasSuffix(toks[v].lower, "ly")) {
			v++
		}
		if v >= k || toks[v].kind != tWord || toks[v].upper || toks[v].isClass(cStop|cPrep|cDeterminer|cPronoun|cClause) {
			return span{}, false
		}
		if comma || toks[v].finite() || strings.HasSuffix(toks[v].lower, "ed") {
			return np, true // …, but Wallace brought him back; and Ann Lee fired her aide
		}
		return span{}, false
	}
	d.joinScanned = d.joinScanned.add(d.sentNo, lo, k-1)
	return span{}, false
}

// afterAdverbAside returns the index after a short aside of lower-case
// words between the comma toks[c] and the next comma (he, once again,
// pledged; she, in turn, said), or c when none is there.
func (d *doc) afterAdverbAside(toks []token, c, k int) int {
	for j := c + 1; j < k && j-c <= 4; j++ {
		if toks[j].isComma() {
			if j > c+1 {
				return j + 1
			}
			return c
		}
		if toks[j].kind != tWord || toks[j].upper {
			return c
		}
	}
	return c
}

// asClauseSubject returns the subject of the subordinate clause that
// the -ing cue toks[k] ends: in "It was a potent attack, as Jo Hill
// echoed the charge, saying …" Hill says it, not "It". The clause opens
// with "as", "when", "while" … or a joining "and" after a comma, and its
// subject is a name or a pronoun right after that word.
func (d *doc) asClauseSubject(toks []token, a, k int) (span, bool) {
	c := k - 1
	for c > a && k-c <= 3 && toks[c].kind == tWord && !toks[c].upper {
		c-- // …, at one point calling
	}
	if d.german || c <= a || !toks[c].isComma() {
		return span{}, false
	}
	lo := max(a+1, k-maxContent)
	for i := c - 1; i >= lo; i-- {
		if j := d.openerScanned.below(d.sentNo, i); j < i {
			i = j + 1 // scanned for an earlier participle: no clause opens there
			continue
		}
		if toks[i].kind == tQuote || toks[i].isPunct(";:") {
			return span{}, false
		}
		if toks[i].upper || toks[i].isCue() || !toks[i-1].isComma() {
			continue // cheap tests first (a cue word opens no clause): the set lookup below costs a hash and a table probe
		}
		if !d.inSet(setSubordinate, toks[i].lower) && !toks[i].is("and") && !toks[i].is("but") {
			continue // …, and he has battled …, at one point calling
		}
		np, ok := d.npAfter(toks, i+1, k)
		if !ok || !d.properOrPronoun(toks, np) || np.e >= k-1 || toks[np.e].kind != tWord {
			return span{}, false
		}
		return np, true
	}
	d.openerScanned = d.openerScanned.add(d.sentNo, lo, c)
	return span{}, false
}

// whatClauseSubject returns the subject of the clause that holds "what
// PRONOUN calls" as the object of its verb or preposition, when np is
// that pronoun: in "Jo Hill has railed against what she calls the
// 'cartel'" the naming is part of what Hill is reported to have said, and
// the pronoun stands for her. After a comma or a dash (… — what he called
// "our quarrel") the clause stands alone and keeps its own source.
func (d *doc) whatClauseSubject(toks []token, a int, np span) (span, bool) {
	w := np.s - 1
	if d.german || np.e-np.s != 1 || !toks[np.s].isClass(cPronoun) || w-1 <= a || !toks[w].is("what") || toks[w-1].kind != tWord {
		return span{}, false
	}
	outer, ok := d.clauseSubject(toks, a, w)
	if !ok || outer.e > w-1 || !d.properOrPronoun(toks, outer) {
		return span{}, false
	}
	// a verb right after it (Hill has railed, Hill assails), not a noun
	// the phrase goes on with (Radio host Jo Hill, Maybe the key)
	v := toks[outer.e]
	verb := v.isClass(cFinite|cAdverb) || strings.HasSuffix(v.lower, "s") || strings.HasSuffix(v.lower, "ed")
	return outer, v.kind == tWord && !v.upper && !v.isClass(cDeterminer) && verb
}

// reducedRelative returns where the mention of an English frame starts
// when the frame is a past participle right after a common noun it
// describes (a statement released Thursday, a class called "Logic"), else
// -1: no clause of its own, so a participle later in the sentence is not
// its source's.
func (d *doc) reducedRelative(toks []token, fa frameAt) int {
	f := fa.f
	if d.german || fa.inverted || !f.named() || !strings.HasSuffix(f.cueText, "ed") || f.cue.s != f.mention.e+1 {
		return -1
	}
	last := d.words(f.mention)
	if len(last) < 2 {
		return -1 // Hill called, she added: a name or a pronoun has a clause
	}
	w := last[len(last)-1]
	if w.upper || d.has(cPronoun, w.lower) {
		return -1
	}
	i := d.mentionStart(toks, fa)
	if i <= 0 || toks[i].s != f.mention.s {
		return -1
	}
	if !d.has(cDeterminer, last[0].lower) {
		// without an article only after a preposition in lower case: In
		// a letter to Senate colleagues released Monday, … (but "In Iowa
		// officials reported" may be a clause)
		if p := toks[i-1]; !p.upper && p.isClass(cPrep) {
			return i
		}
		return -1
	}
	// inside a phrase: In a statement released …; for a class called …
	// (but "the source recalled" is a clause); or the object of a past
	// verb: shared a map called "Pier Nine" (but "said a man called" is
	// a clause)
	if toks[i-1].isClass(cPrep) || d.verbsObject(toks[i-1]) {
		return i
	}
	return -1
}

// verbsObject reports whether t is a past verb whose object the words
// after it are: "shared" in "shared a map called …", not a cue that
// reports a clause ("said a man called …"), nor a noun (the need, a
// seed, a bed).
func (d *doc) verbsObject(t token) bool {
	return t.kind == tWord && !t.upper && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") && !strings.HasSuffix(t.lower, "eed") && !t.isClass(cReports|cPassive|cFinite)
}

// mentionStart returns the index of the last token at or before fa.lo
// that starts no later than the mention of fa (or 0).
func (d *doc) mentionStart(toks []token, fa frameAt) int {
	// a binary search, not a walk back: a participle's chained subject
	// may stand a whole run-on sentence before it
	m := fa.f.mention.s
	j := sort.Search(fa.lo+1, func(j int) bool { return toks[j].s > m })
	return max(j-1, 0)
}

// afterFrontedClause returns where the main clause of the sentence
// toks[a:k] starts after a fronted subordinate clause, or a: in "And
// although he thanked them, Jo Hill sounded a warning, saying …" Hill
// says it. A quote before the comma ends the search, unless a comma ends
// it inside the marks (When Jo Hill called it "a tax," Ann Lee …).
func (d *doc) afterFrontedClause(toks []token, a, k int) int {
	i := a
	for i < k && (toks[i].is("and") || toks[i].is("but")) {
		i++
	}
	if d.german || i >= k {
		return a
	}
	i = d.afterStretch(toks, i, k)
	if !d.inSet(setSubordinate, toks[i].lower) {
		c := d.frontedPhraseComma(toks, i, k)
		if c < 0 || c+1 >= k || !d.inSet(setSubordinate, toks[c+1].lower) {
			return a
		}
		i = c + 1 // In a debate, while his rivals called for war, Jo Hill …
	}
	if j := d.clauseComma(toks, i, k-1); j >= 0 {
		return j + 1
	}
	if j := d.uncommaedMainSubject(toks, i, k); j > 0 {
		return j
	}
	return a
}

// uncommaedMainSubject returns where the main clause starts after a
// fronted clause that no comma closes, when a subject pronoun follows the
// fronted clause's verb: in "When he returned he began by saying" the
// second "he" can only start a new clause. It returns -1 when the word
// before the pronoun is a cue or a stop word such as "that", whose clause
// it opens (When he said he would stay, …), a preposition, an article or
// a clause word, or when a quote lies between.
func (d *doc) uncommaedMainSubject(toks []token, i, k int) int {
	for j := i + 3; j < k && j-i < maxContent; j++ { // bounded: hostile text stays linear
		t := toks[j]
		if t.kind == tQuote {
			return -1
		}
		if t.kind != tWord || !subjectPronoun(t.lower) {
			continue
		}
		p := toks[j-1]
		if p.kind != tWord || p.isCue() || p.isClass(cStop|cClause|cPrep|cDeterminer) {
			return -1
		}
		return j
	}
	return -1
}

// clauseComma returns the index of the first comma after toks[s] and
// before toks[e] that closes a clause, or -1: a comma token, or a quote
// that ends in one inside its marks ("a tax," Ann Lee …). Another quote
// ends the search. Bounded by maxContent: hostile text stays linear.
func (d *doc) clauseComma(toks []token, s, e int) int {
	for i := s + 1; i < e && i-s < maxContent; i++ {
		switch {
		case d.commaQuote(toks[i]) || toks[i].isComma():
			return i
		case toks[i].kind == tQuote:
			return -1
		}
	}
	return -1
}

// afterStretch returns the subordinating word after a stretch of time
// that opens the sentence at toks[i] (Years after …, Two weeks before …),
// or i.
func (d *doc) afterStretch(toks []token, i, k int) int {
	j := i
	if j+1 < k && toks[j].isClass(cNumber) {
		j++
	}
	if j+1 < k && toks[j].isClass(cPeriod) && d.inSet(setSubordinate, toks[j+1].lower) {
		return j + 1
	}
	return i
}

// frontedPhraseComma returns the comma that closes a short phrase
// opening the sentence at toks[i] (In a debate, …; Last year, …), or -1.
func (d *doc) frontedPhraseComma(toks []token, i, k int) int {
	if !d.frontedOpening(toks, i, k) {
		return -1
	}
	for j := i + 1; j < k && j-i <= 8; j++ { // bounded: a few words
		if toks[j].isComma() {
			return j
		}
		if toks[j].kind != tWord {
			return -1
		}
	}
	return -1
}

// outermostOf follows outerIndex out to the main clause's frame: in "Moe
// said he felt they were saying "…," adding …" the adding is Moe's, not
// the feeler's. It goes back at most maxContent tokens from fs[j], so
// that a run-on sentence of frames nested one in the next stays linear.
func (d *doc) outermostOf(toks []token, fs []frameAt, j int) frameAt {
	lo := fs[j].lo
	for {
		i := d.outerIndex(toks, fs, j)
		if i == j || lo-fs[i].lo > maxContent {
			return fs[j]
		}
		j = i
	}
}

// outerIndex returns the index of the frame that holds fs[j] in its
// content, the way nextOuter reads nesting, or j itself: in "Officials
// said the support she has shown was real, adding …", the adding is the
// officials'.
func (d *doc) outerIndex(toks []token, fs []frameAt, j int) int {
	for i := j - 1; i >= 0 && fs[j].lo-fs[i].lo <= maxContent; i-- { // bounded: hostile text stays linear
		r := fs[i].right
		if r >= 0 && r <= fs[j].lo && fs[i].f.rule != "according-to" && d.runsOn(toks, r, fs[j].lo, false) {
			return i
		}
	}
	return j
}

// addressee notes on f whom a cue like told or asked (toks[k:ce]) names
// as its addressee, and returns where the frame ends after it.
func (d *doc) addressee(toks []token, k, ce, b int, f *frame) int {
	if !toks[k].isClass(cTells) {
		f.addressee = d.toAddressee(toks, k, ce, b)
		return ce
	}
	obj, ok := d.objectAfter(toks, ce, b)
	if !ok || d.subjectOfClause(toks, k, obj, b) {
		return ce
	}
	obj.e = d.ownedShowEnd(toks, obj.s, obj.e, b)
	obj.e = d.addresseeEnd(toks, obj.e, b)
	obj.e = d.addresseeOf(toks, obj.e, b)
	obj.e = d.addresseePlace(toks, obj.e, b)
	f.addressee = d.text(d.tokSpan(toks, obj))
	return obj.e
}

// subjectOfClause reports whether the noun phrase obj after an English
// cue toks[k] that may report a clause with no addressee (warned,
// promised) is the subject of that clause: a finite verb follows it
// right away ("warned the plan would fail"; not "warned voters that").
func (d *doc) subjectOfClause(toks []token, k int, obj span, b int) bool {
	if d.german || obj.e >= b || !d.inSet(setWarns, toks[k].lower) || toks[obj.s].isClass(cObject) {
		return false
	}
	return toks[obj.e].finite()
}

// addresseeOf returns where an English addressee that is a gathering or
// a share ends when "of" and a noun phrase at toks[e] go on it and the
// clause ends after them, or a time or a comma follows: "told a crowd of
// teachers.", "told a meeting of shop stewards on Monday", "told some of
// the miners," (whom: the crowd of teachers). Else e.
func (d *doc) addresseeOf(toks []token, e, b int) int {
	if d.german || e+1 >= b || !toks[e].is("of") || !(toks[e-1].isClass(cQuantifier) || d.inSet(setGathering, toks[e-1].lower)) {
		return e // but reminded Jo Hill of the vote, told the story of the pier: what was said
	}
	o, ok := d.objectAfter(toks, e+1, b)
	if !ok {
		return e
	}
	if n := o.e; n >= b || toks[n].isPunct(".,;!?") || toks[n].isClass(cTime) || n+1 < b && toks[n].isClass(cPrep) && toks[n+1].isClass(cTime) {
		return o.e
	}
	return e
}

// addresseePlace returns where an English addressee ends that "in" or
// "at" and a capitalised place at toks[e] go on, when the clause ends
// there or a time or a comma follows: "told a rally in Fenwick.", "told a
// crowd at Vale Park on Monday" (whom: the crowd at Vale Park). Else e:
// "told a crowd in Ames the ferry would run" leaves the place alone.
func (d *doc) addresseePlace(toks []token, e, b int) int {
	if d.german || e >= b || !(toks[e].is("in") || toks[e].is("at")) || !d.addresseePrep(toks, e, b) || d.inSet(setMonth, toks[e+1].lower) {
		return e // but not a month: told Business Insider in May
	}
	p := capitalsOn(toks, e+1, min(b, e+5), 0)
	if p == b || toks[p].isPunct(".,;!?") || toks[p].isClass(cTime) { // a weekday is a time word (TestSetsInClasses)
		return p
	}
	return e
}

// germanGegenueber returns whom "gegenüber" names in the few words after
// a German cue at rune span cue, up to a mark, a quote or a verb: "sagte
// am Montag gegenüber ausländischen Diplomaten", "äußerte gegenüber dem
// Hamburger Blatt:" give the addressee; so does a gegenüber phrase that
// opens the sentence at toks[a] right before the cue (Gegenüber der
// Zeitung sagte sie, …). Else "".
func (d *doc) germanGegenueber(toks []token, a int, cue span, b int) string {
	k := sort.Search(b, func(i int) bool { return toks[i].s >= cue.e }) // the word after the cue, found without a scan from the text's start
	for g := k; g < b && g-k <= 10 && toks[g].kind == tWord; g++ {
		if toks[g].is("gegenüber") {
			if j := gegenueberEnd(toks, g, b); j > g+1 {
				return d.text(d.tokSpan(toks, span{g + 1, j}))
			}
			return ""
		}
	}
	if a < k && toks[a].is("gegenüber") {
		// the cue, or its auxiliary (Gegenüber der Presse hatte er erklärt),
		// follows the phrase: no other verb between
		if j := gegenueberEnd(toks, a, k); j > a+1 && j < k && (toks[j].s == cue.s || d.perfectAux(toks, a, k-1) == j) {
			return d.text(d.tokSpan(toks, span{a + 1, j}))
		}
	}
	return ""
}

// gegenueberEnd returns where the noun phrase after gegenüber at toks[g]
// ends, within five words and before b: after the capitalised words that
// follow its lower-case ones (gegenüber der Hamburger Zeitung), before a
// lower-case cue (gegenüber Reportern sagte er); g+1 if no noun follows.
func gegenueberEnd(toks []token, g, b int) int {
	b = min(b, g+6)
	j := g + 1
	for j < b && toks[j].kind == tWord && !toks[j].upper && !toks[j].isCue() {
		j++ // der, dem, ausländischen
	}
	if e := capitalsOn(toks, j, b, 0); e > j {
		return e
	}
	return g + 1
}

// germanDative returns the dative object right after a German cue and
// before the comma that opens its content, whom it was said to: Anna
// Berger sagte der Zeitung, …; Er versicherte den Anwohnern, …; sagte
// ihm, …. Else "".
func (d *doc) germanDative(toks []token, j, b int) string {
	if !d.german || j >= b || toks[j].kind != tWord || toks[j].upper {
		return ""
	}
	if d.inSet(setDativepronoun, toks[j].lower) {
		if j+1 < b && toks[j+1].isComma() {
			return d.text(d.tokSpan(toks, span{j, j + 1}))
		}
		return ""
	}
	if !d.inSet(setDativedet, toks[j].lower) {
		return ""
	}
	for e := j + 1; e < b && e-j <= 4; e++ {
		if toks[e].isComma() {
			if e > j+1 && toks[e-1].upper {
				return d.text(d.tokSpan(toks, span{j, e}))
			}
			return ""
		}
		if toks[e].kind != tWord || toks[e].isCue() {
			return ""
		}
	}
	return ""
}

// toAddressee returns whom a cue of speech names with "to" right after
// it, before "that": "said to reporters that …", "explained to the board
// that …"; else "". The frame still ends at the cue.
func (d *doc) toAddressee(toks []token, k, ce, b int) string {
	if d.german || ce+2 >= b || !toks[ce].is("to") || !toks[k].isClass(cSpeech) || d.toVerb(toks, ce, b) {
		return ""
	}
	obj, ok := d.objectAfter(toks, ce+1, b)
	if !ok {
		return ""
	}
	obj.e = d.addresseeEnd(toks, obj.e, b)
	if obj.e >= b || !toks[obj.e].is("that") {
		return ""
	}
	return d.text(d.tokSpan(toks, obj))
}

// addresseeEnd extends an English addressee that the first words of its
// noun phrase end at toks[e] over the rest of it, when "that" follows
// (told her supporters that …; told Fox 35 that …; told co-host Jo Lee
// that …), and returns its end: the words before "that" are whom it was
// told, not what.
func (d *doc) addresseeEnd(toks []token, e, b int) int {
	if d.german {
		return e
	}
	if n := herNounThenSubject(toks, e, b); n > e {
		return n
	}
	j := e
	for j < b && j-e < 6 && toks[j].kind == tWord && !toks[j].is("that") && (!conjunction(toks[j]) || d.joinsAddressee(toks, j, b)) && !toks[j].isCue() && !toks[j].finite() && (!toks[j].isClass(cTime|cPrep) || d.addresseePrep(toks, j, b)) {
		j++
	}
	if j == e || j >= b {
		return e
	}
	if toks[e-1].is("her") && !toks[e].isClass(cDeterminer) && d.infinitiveAfter(toks, j, b) {
		return j // asked her assistant to print the notes: "her" owns the addressee, and the infinitive is what was asked
	}
	// but not a relative clause: a video that depicted him
	if k := d.skipAdverbials(toks, j, b); k+1 < b && toks[k].is("that") && !toks[k+1].clauseVerb() {
		return j
	}
	return e
}

// herNounThenSubject returns where an addressee that ends in "her" at
// toks[e-1] ends when "her" owns the nouns after it and a subject pronoun
// opens the content: "told her followers they would win" (whom: her
// followers; what: they would win). Else e.
func herNounThenSubject(toks []token, e, b int) int {
	if e == 0 || !toks[e-1].is("her") {
		return e
	}
	for i := e; i+1 < b && i-e < 3; i++ {
		t := toks[i]
		if t.kind != tWord || t.upper && i == e {
			return e
		}
		if subjectPronoun(t.lower) {
			if i > e && toks[i+1].kind == tWord {
				return i
			}
			return e
		}
		if t.isClass(cDeterminer|cPrep|cTime) || t.is("that") || t.isCue() || t.finite() {
			return e
		}
	}
	return e
}

// addresseePrep reports whether the preposition toks[j] goes on an
// addressee: "of" (a meeting of farmers), or "in" or "at" and a
// capitalised place (the crowd in Fenwick); not "on Monday".
func (d *doc) addresseePrep(toks []token, j, b int) bool {
	if j+1 >= b || toks[j].isClass(cTime) || toks[j+1].isClass(cTime) {
		return false
	}
	return toks[j].is("of") || (toks[j].is("in") || toks[j].is("at")) && toks[j+1].upper
}

// joinsAddressee reports whether the "and" at toks[j] joins a second
// addressee to the first (told the Times and CNN that …; telling voters
// and supporters that …): a word that is no verb follows it.
func (d *doc) joinsAddressee(toks []token, j, b int) bool {
	n := j + 1
	return toks[j].is("and") && n < b && toks[n].kind == tWord && !toks[n].is("that") && !toks[n].isCue() && !toks[n].finite() && !toks[n].isClass(cTime|cPrep|cAdverb)
}

func (d *doc) properOrPronoun(toks []token, np span) bool {
	t := toks[np.s]
	return t.isClass(cPronoun) || t.upper && !t.isClass(cDeterminer)
}

// namesSomeone reports whether a noun phrase is a name or pronoun or ends
// in a name: "Die Außenministerin Erika Muster".
func (d *doc) namesSomeone(toks []token, np span) bool {
	if d.german && !toks[np.s].isClass(cPronoun) {
		// every German noun is capitalised: only a name makes a name
		return d.endsInName(d.words(d.tokSpan(toks, np)))
	}
	return d.properOrPronoun(toks, np) || d.endsInName(d.words(d.tokSpan(toks, np)))
}

// timeBeforeTo returns where an infinitive opens after a short phrase of
// time at toks[j] (vowed last month to run; promised on Tuesday to
// release it), or j: the time phrase tells when, the infinitive what.
func (d *doc) timeBeforeTo(toks []token, j, b int) int {
	k := j
	if k < b && toks[k].is("on") {
		k++
	}
	n := k
	for k < b && k-n < 3 && toks[k].kind == tWord && (toks[k].isClass(cTime) || d.periodWord(toks[k])) && !toks[k].isCue() {
		k++
	}
	if k > n && d.infinitiveAfter(toks, k, b) {
		return k
	}
	return j
}

// infinitiveAfter reports whether toks[j] opens an infinitive, negated or
// not: "to stay home", "not to worry".
func (d *doc) infinitiveAfter(toks []token, j, b int) bool {
	if j+1 < b && (toks[j].is("not") || toks[j].is("never")) {
		j++
	}
	return j+1 < b && toks[j].is("to") && toks[j+1].kind == tWord && !toks[j+1].upper && !toks[j+1].isClass(cDeterminer|cPronoun|cNumber)
}

// objectAfter finds the addressee of told/asked: a pronoun, a name or a
// plain noun phrase (reporters).
func (d *doc) objectAfter(toks []token, k, b int) (span, bool) {
	if k >= b || toks[k].kind != tWord {
		return span{}, false
	}
	if toks[k].isClass(cObject) {
		return span{k, k + 1}, true
	}
	t := toks[k]
	if t.isClass(cPrep|cStop|cTime|cAdverb) || t.isCue() || !t.upper && t.isClass(cPronoun) {
		return span{}, false // but warned he could fail, told it would: a subject, no addressee
	}
	if !t.upper && !t.isClass(cDeterminer) {
		e := k + 1 // reporters, cheering supporters
		for e < b && e-k < 4 && toks[e].kind == tWord && !toks[e].upper && !toks[e].isClass(cStop|cPrep|cTime|cPronoun|cDeterminer|cClause) && !toks[e].isCue() && !toks[e].finite() {
			e++
		}
		if e < b && toks[e].finite() {
			// told reporters ferry fares were …: a verb ends the run, so
			// the clause's subject is in it, after the first plural noun
			for j := k; j < e-1; j++ {
				if plural(toks[j].lower) {
					return span{k, j + 1}, true
				}
			}
		}
		return span{k, d.holderAfterRole(toks, k, e, b)}, true
	}
	np, ok := d.npAfter(toks, k, b)
	for i := np.s + 1; ok && i < np.e; i++ {
		if toks[i].isClass(cPronoun) && !toks[i].upper || toks[i].finite() {
			np.e = i // told the board he would …: the clause starts at its subject
		}
	}
	return np, ok
}

// holderAfterRole returns where the English addressee toks[k:e], lower-case
// words that end in a singular role noun, ends when the name of whom
// holds the role follows it: "told host Jo Hill", "asked moderator Ann
// Roe" (whom: the host Jo Hill). A plural is no role before a name but
// an addressee before a clause (told voters Hill would win). Else e.
func (d *doc) holderAfterRole(toks []token, k, e, b int) int {
	if e >= b || e == k || !toks[e].upper || !d.holdsWork(toks[e-1]) || plural(toks[e-1].lower) {
		return e
	}
	return capitalsOn(toks, e, min(b, e+4), cTime|cDeterminer|cPronoun|cPrep|cStop|cClause)
}

// contentAfter returns where the content after a frame starts, past
// adverbials (on Thursday, in a statement), or -1. After an inverted frame
// only a colon opens content (sagte er: „…“).
func (d *doc) contentAfter(toks []token, j, b int, colonOnly bool) int {
	if j < b && j > 0 && !d.german && toks[j].is("and") && toks[j-1].isCue() && !toks[j-1].upper {
		// the loss he reported and other losses; 48 percent agreed and 44
		// percent disagreed: "and" right after the cue leaves it no object
		// (but "told ABC and CNN that …" joins addressees)
		return -1
	}
	if d.german {
		if k := d.afterNamedAddressee(toks, j, b); k > 0 {
			return k // sagte der „Zeitung“, dass …; sagte zum „Tagblatt“, …: the paper is whom it was told
		}
		if d.speaksOf(toks, j, b) {
			return j // sprach von einem Erfolg: what was spoken of is what was said
		}
		if k := d.pastInfinitiveAside(toks, j, b); k > 0 {
			return k // sagte, ohne auf den Fall einzugehen, dass …
		}
	}
	if d.backParticle(toks, j, b) {
		j++ // reported back that …: the particle is the cue's
	}
	s := j
	j = d.skipAdverbials(toks, j, b)
	if j >= b || j > s && d.relativeAfterPhrase(toks, j, b) {
		return -1
	}
	t := toks[j]
	if d.german && j > s && t.kind == tQuote && j+2 < b && toks[j+1].isComma() && toks[j+2].is("dass") {
		// berichteten unter Berufung auf die Agentur „Nordpress“, dass …:
		// the name in marks ends the phrase; the dass clause is what was said
		return j + 2
	}
	if d.german && t.isComma() && j+1 < b {
		if toks[j+1].kind != tPunct && (!d.relativeClause(toks, j+1, b) || d.noAntecedent(toks, j)) && !d.relativeAdverbAfter(toks, j) {
			return j + 1 // sagte, der Sohn habe …; erklärte, die neue Verfassung werde …
		}
		if c := d.pastAppositive(toks, span{j + 1, b}); c > j+1 {
			// erklärte der Eigentümer, das die „Post“ verlegende Medienhaus,
			// dass …: an appositive that reads as a relative clause
			return c
		}
	}
	switch {
	case t.isPunct(":"):
		return j + 1
	case colonOnly && !(t.isComma() && d.asideToQuote(toks, j, b) > 0):
		return -1
	case t.isPunct(",—–-"):
		if c := d.titleThenThat(toks, j+1, b); c > 0 {
			return c // wrote in her book, "Harbor Days," that …: the quote names the book
		}
		if j+1 < b && (toks[j+1].kind == tQuote || toks[j+1].is("dass") || toks[j+1].is("that")) {
			return j + 1 // added, "…"; added, that …
		}
		if q := d.asideToQuote(toks, j, b); q > 0 {
			return q
		}
		if !d.german {
			if i := d.asideTo(toks, j, b, func(t token) bool { return t.is("that") || t.is("why") || t.is("how") }); i >= 0 {
				return i // said, in an email, that …; wondered, as I do, why …
			}
			// said, if elected, she would …; says, win or lose, he will
			// stay: an aside set off by commas opens the content when a
			// subject pronoun follows it
			if j+1 < b && d.asideTo(toks, j, b, func(t token) bool {
				return t.cls&cPronoun != 0 && !t.is("it") && !t.is("you") && !t.is("who")
			}) >= 0 {
				return j + 1
			}
		}
		return -1
	case t.kind == tQuote, t.is("that"), t.is("dass"):
		return j
	case d.clauseOfTime(toks, j, b):
		return -1 // said as he left: when it was said, not what
	case d.byParticiple(toks, j, b):
		return -1 // replied by saying …: the participle's content, not this cue's
	case d.german && t.kind == tWord && d.dassAfterObject(toks, j, b) > 0:
		return d.dassAfterObject(toks, j, b) // sagte Reportern, dass …; sagte aber, dass …
	case t.kind == tWord && (!t.isClass(cPrep) || d.approximately(toks, j, b)):
		if _, _, cue := d.cueAt(toks, j, b); !cue {
			return j // but "said states like …" opens content: states is a noun there
		}
	}
	return -1
}

// backParticle reports whether the English "back" at toks[j] is the
// particle of the cue right before it, with "that" after it: "reported
// back that the donor would give", "wrote back that …" (the answer went
// back; what was said follows). Not "added back the week it cut", where
// back goes with an object.
func (d *doc) backParticle(toks []token, j, b int) bool {
	return !d.german && j > 0 && j+1 < b && toks[j].is("back") && toks[j+1].is("that") && toks[j-1].isCue()
}

// pastInfinitiveAside returns where German content starts after an
// infinitive clause on ohne, um or statt that stands between the cue and
// a dass clause (sagte, ohne auf den Fall einzugehen, dass …; sagte ohne
// zu zögern, dass …): the clause tells how it was said; the dass clause
// is what. It returns 0 when no such clause stands at toks[j].
func (d *doc) pastInfinitiveAside(toks []token, j, b int) int {
	if j < b && toks[j].isComma() {
		j++
	}
	if j >= b || !purpose(toks[j]) {
		return 0
	}
	for i := j + 2; i+1 < b && i-j <= 16; i++ { // bounded: the scan stays linear
		if toks[i].kind != tWord {
			if toks[i].isComma() && toks[i+1].is("dass") && (toks[i-2].is("zu") || zuInfinitive(toks[i-1].lower)) {
				return i + 1
			}
			return 0
		}
	}
	return 0
}

// vonAfter returns the von or vom at toks[j] or after up to three
// adverbs and times, with am or an before a time (sprach auch von;
// sprach am Montag von), else -1.
func vonAfter(toks []token, j, b int) int {
	for s := j; j < b && j-s <= 3; j++ {
		switch t := &toks[j]; {
		case t.is("von") || t.is("vom"):
			return j
		case timeAfterAm(toks, j, b):
			j++
		case !t.isClass(cAdverb | cTime):
			return -1
		}
	}
	return -1
}

// spokenOf returns where the von or vom stands that opens the German
// content c, maybe after adverbs and times (vonAfter), when the cue of f
// speaks of something (sprach von): what follows is what was spoken of.
// Else -1.
func (d *doc) spokenOf(toks []token, c span, f *frame) int {
	if !d.inSet(setSpeaksof, f.cueLower()) {
		return -1
	}
	return vonAfter(toks, c.s, c.e)
}

// calledAs returns where the als stands in the German content c after a
// cue of f that calls its object something (bezeichnete den Plan als
// unsinnig): an object of a few words right after the cue, then als and
// a word. A comma or a quote before als ends the search: a clause of its
// own, or a quoted name, which the rules for quotes read. Else -1.
func (d *doc) calledAs(toks []token, c span, f *frame) int {
	if !d.inSet(setCallsas, f.cueLower()) {
		return -1
	}
	for j := c.s + 1; j+1 < c.e && j-c.s <= 8; j++ {
		switch t := toks[j]; {
		case t.kind != tWord:
			return -1
		case t.is("als"):
			if toks[j+1].kind != tWord {
				return -1
			}
			return j
		}
	}
	return -1
}

// speaksOf reports whether German "von" at toks[j] (or after adverbs and
// times there: vonAfter) names what a form of "sprechen" just before it
// spoke of: Die Polizei sprach dennoch von einer friedlichen
// Demonstration; sprach Paula Korn von der Möglichkeit …. The annotators
// mark it as said.
func (d *doc) speaksOf(toks []token, j, b int) bool {
	s := j
	if j = vonAfter(toks, j, b); j < 0 || j+1 >= b || toks[j+1].kind != tWord {
		return false
	}
	for i := s - 1; i >= 0 && s-i <= 5 && toks[i].kind == tWord; i-- {
		if d.inSet(setSpeaksof, toks[i].lower) {
			return true
		}
	}
	return false
}

// byParticiple reports whether English "by" at toks[j] opens an -ing cue
// right after a cue (replied by saying the plan was "a disaster"): the
// participle tells what was said, and how the first cue was done.
func (d *doc) byParticiple(toks []token, j, b int) bool {
	if d.german || !toks[j].is("by") || j+1 >= b || !strings.HasSuffix(toks[j+1].lower, "ing") {
		return false
	}
	return toks[j+1].isCue()
}

// clauseOfTime reports whether English "as" or "because" at toks[j]
// opens a clause with its own subject right after a cue: it tells when or
// why something was said (The plan is dead, Jo Hill said as he left), not
// what. Only before a subject pronoun: "described as the best plan" and
// "said as much" say something.
func (d *doc) clauseOfTime(toks []token, j, b int) bool {
	if d.german || !(toks[j].is("as") || toks[j].is("because")) || j+1 >= b {
		return false
	}
	n := toks[j+1] // a subject: but "described as the best plan", "as many as 30"
	return n.is("he") || n.is("she") || n.is("they") || n.is("we") || n.is("i")
}

// dassAfterObject returns the dass that follows, after a comma, the short
// object or adverb that opens the words after a German cue (sagte
// Reportern, dass …; bestätigte dem Abgeordneten, dass …; sagte aber,
// dass …), or -1: the words before the comma are the cue's, the dass
// clause is what was said. No verb, cue or quote before the comma.
func (d *doc) dassAfterObject(toks []token, j, b int) int {
	// a clause without dass only after an object, not after a verb (laut
	// X sinkt das Risiko, krank zu werden)
	object := toks[j].upper || toks[j].isClass(cAdverb|cTime|cDeterminer|cPrep|cPronoun|cObject|cStop|cClause)
	for k := j; k+1 < b && k-j <= 8; k++ {
		t := toks[k]
		switch {
		case t.isComma() && k > j && (toks[k+1].is("dass") || object && d.reportedClause(toks, k+1, b)):
			return k + 1
		case t.kind != tWord, t.isCue(), t.isClass(cAux | cSubjunctive | cSubordinator):
			return -1
		}
	}
	return -1
}

// reportedClause reports whether the German words from toks[j] to the
// next comma are a clause in the subjunctive (er sei …) or an infinitive
// with zu (der Klage stattzugeben): what a cue reports, not an aside.
func (d *doc) reportedClause(toks []token, j, b int) bool {
	switch {
	case d.relativeClause(toks, j, b), toks[j].isClass(cSubordinator):
		return false
	case purpose(toks[j]):
		return false // …, um den Weg freizumachen: a purpose, not what was said
	}
	for k := j; k < b && k-j <= 30; k++ {
		t := toks[k]
		if t.kind != tWord {
			return k > j && (t.kind == tPunct && t.isPunct(",;.!?") && (toks[k-1].is("zu") || k-2 >= j && toks[k-2].is("zu") || zuInfinitive(toks[k-1].lower)))
		}
		if t.cls&cSubjunctive != 0 && !t.upper {
			return true
		}
	}
	return false
}

// relativeClause reports whether the German words from toks[j] open a
// relative or temporal clause rather than reported speech: "verteidigt,
// der wegen …", "gemeldet, nachdem …"; but "sagte, der Zug habe …", where
// an article opens a noun.
func (d *doc) relativeClause(toks []token, j, b int) bool {
	t := toks[j]
	switch t.lower {
	case "nachdem", "als", "weil", "bevor", "bis", "während", "obwohl", "wenn":
		return true
	}
	return d.opensRelative(toks, j, b)
}

// relativeAdverbAfter reports whether a relative adverb of wo and a
// preposition opens the German clause after the comma toks[c]: it says
// more of the object before the comma (forderte ein Bekenntnis, wozu die
// Partei nicht bereit war), no words said; after a verb of asking it
// opens the question asked (fragte, wofür das Geld sei).
func (d *doc) relativeAdverbAfter(toks []token, c int) bool {
	w := toks[c+1].lower
	if !strings.HasPrefix(w, "wo") || !d.inSet(setWhereprep, w) {
		return false
	}
	return c == 0 || !d.inSet(setAsks, toks[c-1].lower)
}

// noAntecedent reports whether the German word before the comma toks[c]
// is a verb or an adverb that no relative pronoun can refer to, so that
// der, die or das after the comma is an article (erklärte, die neue
// Verfassung werde …), though a lower-case word follows it.
func (d *doc) noAntecedent(toks []token, c int) bool {
	if c < 1 || c+1 >= len(toks) || !d.relativePronoun(toks[c+1].lower) {
		return false
	}
	p := toks[c-1]
	return p.kind == tWord && !p.upper && !p.isClass(cPronoun|cDeterminer)
}

// opensRelative reports whether German toks[j] is a relative pronoun, not
// an article: a lower-case word follows it (die vom Rat …), not a noun
// (die Brücke …).
func (d *doc) opensRelative(toks []token, j, b int) bool {
	// a capitalised Das ergab … opens a sentence with a demonstrative
	return d.relativePronoun(toks[j].lower) && !toks[j].upper && j+1 < b && toks[j+1].kind == tWord && !toks[j+1].upper
}

// asideTo finds, after the comma toks[j], an aside between commas that
// leads to what opens content — a quote ("Beck joked, again using a
// Southern accent, "Amen!"") or that (said in Toledo, Ohio, that …; said
// on CNN, where she works, that …) — and returns its index, or -1. A
// cue ends an aside between commas, but not one between dashes, which
// the second dash closes (argued - rebuking the mayor twice - that …).
func (d *doc) asideTo(toks []token, j, b int, opens func(token) bool) int {
	dashed := toks[j].isPunct("—–-")
	for i := j + 1; i+1 < b && i < j+16; i++ {
		if toks[i].kind == tQuote || toks[i].isPunct(".;:!?") || !dashed && toks[i].isCue() && !toks[i-1].isClass(cDeterminer) {
			break // but a cue word after an article is a noun: said, in an email, that …
		}
		if (toks[i].isComma() || dashed && toks[i].isPunct("—–-")) && opens(toks[i+1]) {
			return i + 1 // said — on Twitter, as it happens — that …
		}
	}
	return -1
}

// asideToThat reports whether the comma at toks[j] opens an aside that
// "that" follows (aware, however, that …).
func (d *doc) asideToThat(toks []token, j, b int) bool {
	return toks[j].isComma() && d.asideTo(toks, j, b, func(t token) bool { return t.is("that") }) >= 0
}

// asideToQuote is asideTo a quote.
func (d *doc) asideToQuote(toks []token, j, b int) int {
	return d.asideTo(toks, j, b, func(t token) bool { return t.kind == tQuote })
}

// periodWord reports whether t names a stretch of time that "last" or
// "this" may open: week, year, or a month's name (tweeted last January).
func (d *doc) periodWord(t token) bool {
	return t.isClass(cPeriod) || t.upper && d.inSet(setMonth, t.lower)
}

// agoBeforeThat returns the index of "that" or a subject pronoun after
// a time phrase with "ago" of up to four words from toks[j] (said two
// weeks ago that …; long ago that …; weeks ago she …), or j.
func (d *doc) agoBeforeThat(toks []token, j, b int) int {
	for k := j + 1; k+1 < b && k <= j+4 && toks[k-1].kind == tWord && !toks[k-1].upper; k++ {
		if toks[k].is("ago") {
			if toks[k+1].is("that") || subjectPronoun(toks[k+1].lower) {
				return k + 1 // said weeks ago he would run
			}
			return j
		}
	}
	return j
}

// lyBeforeParticiple reports whether toks[j] is an -ly adverb right
// before a lower-case -ing or -ed form that is no cue (called for
// immediately cutting tolls; proposed jointly owned piers): it modifies
// that word, in the content, not the cue before it.
func (d *doc) lyBeforeParticiple(toks []token, j, b int) bool {
	t := toks[j]
	if d.german || j+1 >= b || !lyAdverb(&t) {
		return false
	}
	n := toks[j+1]
	return n.kind == tWord && !n.upper && (strings.HasSuffix(n.lower, "ing") || strings.HasSuffix(n.lower, "ed")) && !n.isCue() && !t.isClass(cTime)
}

// degreeBeforeAmount reports whether toks[j] is an English adverb of
// degree or "not" right before a number, a quantifier or "how", or "a"
// and one of those (said nearly 400 riders came, just a few boats run,
// said just how weak it is, says not much): it modifies the amount, in
// the content, not the cue before it ("said only that …" still skips it).
func (d *doc) degreeBeforeAmount(toks []token, j, b int) bool {
	t := toks[j]
	if d.german || j+1 >= b || t.kind != tWord || t.upper || t.isClass(cPrep) {
		return false // about 500, around 20: a preposition's phrase (see approximately)
	}
	n := toks[j+1]
	if n.is("a") && j+2 < b {
		n = toks[j+2] // said just a few boats run: "a few", "a dozen"
	}
	if n.kind != tWord || !(n.isNumber() || n.isClass(cQuantifier) || n.is("how")) {
		return false
	}
	return t.is("not") || d.inSet(setRoughly, t.lower)
}

// skipAdverbials skips phrases between a cue and its content: on Thursday,
// in a statement, in an interview with CNN, last week.
func (d *doc) skipAdverbials(toks []token, j, b int) int {
	start := j
	for j < b && j-start < 14 {
		t := toks[j]
		ago := d.agoBeforeThat(toks, j, b)
		switch {
		case t.kind == tWord && (j+1 >= b || !toks[j+1].isClass(cPeriod|cTime) && !(t.isClass(cTime) && d.periodWord(toks[j+1]))) && d.inSet(setTimebefore, t.lower): // the set lookup last: a hash and a table probe a token
			return j // believes this will help: "this" is time only before one (this week, this morning)
		case d.evenIf(toks, span{j, b}):
			return j // said even if it rains …: "even" opens the content's clause
		case !d.german && j == start && j > 0 && toks[j-1].isCue() && (t.is("not") || t.is("never")) && d.infinitiveAfter(toks, j, b):
			// vowed not to buy tickets until …: the negated infinitive
			// right after the cue is the content, no adverb and phrase
			return j
		case d.lyBeforeParticiple(toks, j, b):
			return j // called for immediately cutting tolls: the adverb goes with the -ing or -ed form after it
		case d.degreeBeforeAmount(toks, j, b):
			return j // said nearly 400 riders came: the adverb counts the riders, in the content
		case !d.german && j+1 < b && toks[j+1].is("that") && !t.upper && d.inSet(setOnlythat, t.lower):
			j++ // saying only that …: the adverb limits what was said, the cue's, not the clause's
		case ago > j:
			j = ago // argued two weeks ago that …; recognized long ago that …
		case !d.german && t.finite() && !(j+1 < b && toks[j+1].is("that")):
			return j // a toll she favors but says would never pass: an auxiliary after the cue opens a clause whose subject went before (but all I'm asking is that …)
		case t.isClass(cTime) && !t.isCue(), t.isClass(cAdverb) && !t.isCue() && !t.upper, lyAdverb(&t):
			p := j
			j++
			if t.isClass(cTime) {
				if j < b && ownerWord(toks[j]) {
					return p // said Sunday night's debate was …: the time owns the subject
				}
				if j < b && d.periodWord(toks[j]) {
					j++ // said this week, last month, last January
				}
				if j < b && toks[j].finite() {
					return p // said this year will be hard: a time phrase before a verb is its subject
				}
			}
		case !d.german && t.is("following") && d.followingThat(toks, j, b):
			j = d.phraseEnd(toks, j, b, false) // said following a vote in 2001 that …: "following" is a preposition of time
		case t.isClass(cPrep) && !t.upper && (!d.approximately(toks, j, b) || j > start && toks[j-1].isClass(cPrep)):
			// "about 300" after a preposition ends its phrase (to a crowd
			// of about 300), it opens no content
			j = d.subjectInPhrase(toks, j, d.phraseEnd(toks, j, b, false))
		case t.is("since") && d.sinceTime(toks, j, b):
			j = d.phraseEnd(toks, j, b, false) // told friends since the spring, at …, that
		case t.is("by"): // marginEnd once; "by" is no quote, so no show title either
			if e := d.marginEnd(toks, j, b); e > 0 {
				j = e // say by a 7-point margin that …
				continue
			}
			return j
		case d.showTitle(toks, j) && j+1 < b && (toks[j+1].is("that") || toks[j+1].isClass(cPrep|cTime)):
			j++ // told MSNBC's "Morning Joe" that …: a show's title
		case j > start && toks[j].kind == tQuote && j+1 < b && toks[j+1].is("that") && toks[j-1].kind == tWord && d.titleCase(d.qs[toks[j].q]):
			j++ // said on the show "Morning Joe" that …: a title that ends the phrase after the cue
		default:
			return j
		}
	}
	return j
}

// followingThat reports whether "following" at toks[j] opens a phrase
// of time before "that" (said following a vote in 2001 that …): a
// preposition, not the gerund that opens what was said (said following
// the rules was hard).
func (d *doc) followingThat(toks []token, j, b int) bool {
	if j+1 >= b || !toks[j+1].isClass(cDeterminer|cTime) {
		return false
	}
	e := d.skipAdverbials(toks, d.phraseEnd(toks, j, b, false), b) // past more phrases: following a vote in 2001
	return e < b && toks[e].is("that")
}

// ownerWord reports whether t is a lower-case English noun with the
// possessive 's (night's, week's), not a pronoun with a contracted "is"
// (he's, it's, that's, there's).
func ownerWord(t token) bool {
	return t.kind == tWord && !t.upper && isPossessive(t.lower)
}

// sinceTime reports whether "since" at toks[j] opens a phrase of time
// (since the spring, since last year, since 2012), not a clause (since
// he left): a determiner, a time word or a number follows it.
func (d *doc) sinceTime(toks []token, j, b int) bool {
	if j+1 >= b || toks[j+1].kind != tWord {
		return false
	}
	n := toks[j+1]
	return n.isClass(cDeterminer|cTime|cPeriod) && !n.isClass(cPronoun) || n.isNumber()
}

// marginEnd returns the end of a "by" phrase at toks[p] that tells by how
// much a poll's respondents say something, or 0: "Voters say by a 7-point
// margin that …", "by an overwhelming margin". Only words up to the noun.
func (d *doc) marginEnd(toks []token, p, b int) int {
	for j := p + 1; j < b && j-p <= 5; j++ {
		if toks[j].kind != tWord {
			return 0
		}
		if d.inSet(setMargin, toks[j].lower) {
			return j + 1
		}
	}
	return 0
}

// phraseEnd returns the end of the phrase that the preposition toks[p]
// opens: before the next preposition (but "with" when with is set: in an
// interview with CNN), "that", an -ing cue, or a second noun phrase.
func (d *doc) phraseEnd(toks []token, p, b int, with bool) int {
	j := p + 1
	for ; j < b && (toks[j].kind == tWord || d.showTitle(toks, j) || d.sPossessive(toks, p, j)) && !toks[j].is("that") && !(toks[j].isCue() && strings.HasSuffix(toks[j].lower, "ing")); j++ {
		if j > p+2 && d.titleSmall(toks[j]) {
			if n := d.ownedShowEnd(toks, p+1, j, b); n > j {
				j = n - 1 // on Harbor TV's Meet the Voters: the show's name goes on over "the"
				continue
			}
		}
		if toks[j].isClass(cPrep) && !toks[j].upper && !(with && toks[j].is("with")) {
			break
		}
		if !d.german && j > p+1 && toks[j].isClass(cNounOpener) && d.endsAdverbial(toks[j-1]) {
			break // said on Tuesday the plan will …: a new noun phrase opens the content
		}
		if !d.german && j > p+1 && (toks[j].is("why") || toks[j].is("how") || toks[j].is("whether") || toks[j].is("if")) && !conjunction(toks[j-1]) {
			break // explained to reporters why …, asked him during a chat if …: an indirect question after the phrase
		}
	}
	return j
}

// subjectInPhrase returns where a subject pronoun and its verb open a
// clause inside the English phrase toks[p:e] after a cue (said after the
// meeting he would …), or e: the phrase ends before the subject.
func (d *doc) subjectInPhrase(toks []token, p, e int) int {
	if d.german || !d.inSet(setPhrasebeforeclause, toks[p].lower) {
		return e // but not "said of the encounter he had", "spoke as he left"
	}
	for j := p + 2; j+1 < e; j++ {
		if toks[j].isClass(cQuestion | cClause | cConditional) {
			return e // on the network unless he is paid: a clause of the phrase's own
		}
		if (subjectPronoun(toks[j].lower) || toks[j].is("it")) && d.verbAfterSubject(toks[j+1]) {
			return j // said in politics it takes time …
		}
	}
	return e
}

// verbAfterSubject reports whether t, right after a subject pronoun, is
// its verb: an auxiliary, a past tense (-ed or irregular) or a present in
// -s (he takes, it was, she won).
func (d *doc) verbAfterSubject(t token) bool {
	return t.clauseVerb() || t.kind == tWord && !t.upper && (d.presentS(t.lower) || d.inSet(setPastverb, t.lower))
}

// showTitle reports whether toks[j] is a quote in title case after a
// possessive, the name of an outlet's show inside an adverbial (on NBC's
// "Meet the Press"), not words someone said. Without the possessive a
// quote in title case may be a term the source used (a chant of "Feel
// the Bern!"), which annotators mark.
func (d *doc) showTitle(toks []token, j int) bool {
	t := toks[j]
	if t.kind != tQuote || j == 0 || !d.titleCase(d.qs[t.q]) {
		return false
	}
	p := toks[j-1].lower
	return toks[j-1].kind == tWord && toks[j-1].upper && strings.HasSuffix(p, "'s")
}

// ownedShowEnd returns where the phrase toks[s:e] ends when an outlet's
// possessive in it owns a show whose title-case name runs on past e over
// an article, "of" or a small preposition between capitalised words: "on
// Harbor TV's Meet the Voters", "told KVLE' State of the Harbor" (the
// noun phrase stops at "the", the show's name does not). Else e.
func (d *doc) ownedShowEnd(toks []token, s, e, b int) int {
	for i := max(s, e-maxShowName); i < e && i < b; i++ { // bounded: phraseEnd asks at each small word
		start := -1
		switch {
		case d.outletOwner(toks[i]):
			start = i + 1 // Harbor TV's
		case !d.german && toks[i].upper && d.outlet(toks[i].lower) && i+1 < b && d.sPossessive(toks, s, i+1):
			start = i + 2 // KVLE'
		}
		if start >= 0 {
			return max(e, d.showNameEnd(toks, start, b))
		}
	}
	return e
}

// showNameEnd returns where a show's title-case name that starts at
// toks[j] ends: capitalised words, and an article, "of" or a small
// preposition of a title between two of them (Meet the Voters, State of
// the Harbor, Nights with Jo Vale); a weekday after the first ends it
// (Meet the Voters Sunday). At most eight words; j if none.
func (d *doc) showNameEnd(toks []token, j, b int) int {
	e := j
	for i := j; i < b && i-j < maxShowName && toks[i].kind == tWord; i++ {
		t := toks[i]
		if t.upper {
			if t.isClass(cTime) && !nameDay(t) && i > j {
				break
			}
			e = i + 1
			continue
		}
		if i == j || !d.titleSmall(t) {
			break
		}
		n := i + 1
		if n < b && d.titleSmall(toks[n]) {
			n++ // State of the Harbor
		}
		if n >= b || toks[n].kind != tWord || !toks[n].upper || toks[n].isClass(cTime) {
			break
		}
	}
	return e
}

// maxShowName bounds the words of a show's name (showNameEnd) and how far
// back ownedShowEnd looks for its owner.
const maxShowName = 8

// titleSmall reports whether t is a lower-case word that a title-case
// name leaves small: an article, "of" or a preposition of setTitlesmall.
func (d *doc) titleSmall(t token) bool {
	return t.kind == tWord && !t.upper && (article(t) || t.is("of") || d.inSet(setTitlesmall, t.lower))
}

// endsAdverbial reports whether t can end an adverbial after which the
// content starts without "that": a time (on Tuesday, for weeks), a place
// (in Ohio) or a channel (in a statement) — not "the answers he got",
// nor a capitalised preposition inside a title (on Fox News’ On the
// Record that …).
func (d *doc) endsAdverbial(t token) bool {
	return t.upper && !t.isClass(cPrep) || t.isClass(cTime|cChannel|cPeriod)
}

// approximately reports whether toks[j] is "about" before a number, which
// opens a noun phrase rather than an adverbial: said about 20 people have
// …; so does "at least" or "at most" when a clause's verb follows (said
// at least six planes flew).
func (d *doc) approximately(toks []token, j, b int) bool {
	at := toks[j].is("at") && j+1 < b && (toks[j+1].is("least") || toks[j+1].is("most"))
	if at {
		j++
	} else if !toks[j].is("about") {
		return false
	}
	if j+1 >= b || toks[j+1].kind != tWord {
		return false
	}
	n := toks[j+1]
	// about 20, about two, about half; the scan for a clause last
	return (unicode.IsDigit(rune(n.lower[0])) || n.isNumber() || n.is("half")) && (!at || d.looksLikeClause(toks, span{j + 1, b}))
}

// mediaChannel returns the news outlet an addressee names, the channel
// of what was told it, else "": the addressee itself when its last word
// names a channel or an outlet (told CNN, told the Valley Times, told Vale
// News), or a lower-case outlet noun is in it (told the Fenwick daily
// Vale); the outlet before a host it owns (told Harbor TV's Jo Hill →
// Harbor TV); in German, the addressee when its last word is a press
// word (der Hamburger Zeitung).
func (d *doc) mediaChannel(a string) string {
	if a == "" {
		return ""
	}
	if d.german {
		// gegenüber der Zeitung, sagte der Leipziger Volkszeitung: German
		// outlets end in a press word
		if d.germanPress(strings.ToLower(a[strings.LastIndexByte(a, ' ')+1:])) {
			return a
		}
		return ""
	}
	full := dropPossessive(a)
	for _, p := range []string{" of ", " in ", " at "} {
		if i := strings.Index(a, p); i > 0 {
			a = a[:i] // the Harbor Times of Fenwick
		}
	}
	ws := strings.Fields(a)
	for i, w := range ws {
		lw := strings.ToLower(dropPossessive(w))
		c, _ := utf8.DecodeRuneInString(w) // the first rune, without a copy of the word as runes
		upper := unicode.IsUpper(c)
		switch {
		case !upper && d.inSet(setOutletnoun, lw):
			return full // told the Fenwick daily Vale
		case upper && i < len(ws)-1 && isPossessive(strings.ToLower(w)) && d.outlet(lw):
			return strings.Join(append(ws[:i:i], dropPossessive(w)), " ") // told Harbor TV's Jo Hill
		case !upper && i > 0 && d.inSet(setRolenoun, lw) && d.outletName(ws[:i]):
			return strings.Join(ws[:i], " ") // told Harbor TV host Jo Hill: the outlet the host works for
		}
	}
	if last := strings.ToLower(dropPossessive(ws[len(ws)-1])); d.outlet(last) && !d.inSet(setGathering, last) {
		return full // but told a panel of experts: the people, no channel
	}
	return ""
}

// outletName reports whether the words ws, all capitalised, name an
// outlet: one of them is an outlet's word (Harbor TV, Vale News Radio).
func (d *doc) outletName(ws []string) bool {
	outlet := false
	for _, w := range ws {
		c, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(c) {
			return false
		}
		outlet = outlet || d.outlet(strings.ToLower(w))
	}
	return outlet
}

// outletOwner reports whether the English word t is an outlet's name
// with 's (CNN's, Harbor TV's), which owns a show or a host.
func (d *doc) outletOwner(t token) bool {
	return !d.german && t.upper && isPossessive(t.lower) && d.outlet(dropPossessive(t.lower))
}

// outlet reports whether the lower-case word w names a channel or ends an
// outlet's name (Vale News, Harbor Press).
func (d *doc) outlet(w string) bool {
	return d.has(cChannel, w) || d.inSet(setOutlet, w)
}

// channelAfter returns the channel named in the adverbials after a frame:
// "in a statement", "on Twitter", "in an interview with CNN".
func (d *doc) channelAfter(toks []token, j, b int) string {
	for j < b && toks[j].isClass(cTime) && !toks[j].isCue() {
		j++ // said Sunday on CNN
	}
	for n := 0; j < b && n < 3; n++ {
		if !toks[j].isClass(cPrep) || toks[j].upper {
			return ""
		}
		if !toks[j].isClass(cChannelPrep) {
			return "" // after a summit: not where it was said
		}
		k := d.phraseEnd(toks, j, b, true)
		for d.german && k > j+2 && !toks[k-1].upper {
			k-- // gab in einer Mitteilung bekannt: the verb's particle is no part of it
		}
		for i := j + 1; i < k; i++ {
			// said on Harbor TV's "Morning Hour": an outlet that owns the show names a channel too
			if (d.channelWord(toks, i) || d.outletOwner(toks[i])) && !(toks[j].is("at") && i == j+1) { // at times, at rallies: no one event
				e := d.channelSite(toks, d.channelHearers(toks, k, b), b)
				if e == k {
					e = d.untilTimeOrAdverb(toks, i+1, d.outletOn(toks, k, b)) // at a news conference last week
				}
				return d.text(d.tokSpan(toks, span{j + 1, d.ownedShowEnd(toks, i, e, b)}))
			}
		}
		j = k
	}
	return ""
}

// bareHearers reports whether the lower-case word toks[i] after "to" is
// a bare noun that ends the phrase, not a verb: a mark, "that" or the end
// follows it (in an email to staff.; in a speech to parliament that …),
// where a verb would go on with its object (in a post to thank voters);
// no cue either (in a letter to apologize.).
func (d *doc) bareHearers(toks []token, i, b int) bool {
	return !toks[i].isCue() && (i+1 >= b || toks[i+1].kind == tPunct || toks[i+1].is("that"))
}

// channelSite returns where an English channel phrase that ends at
// toks[k] ends when "on" and a site or medium go on it: "in a post on
// X", "in a video posted on Instagram", "in a statement on its website";
// not "in a statement on Monday". Else k.
func (d *doc) channelSite(toks []token, k, b int) int {
	if d.german || k+1 >= b || !toks[k].is("on") {
		return k
	}
	e := d.phraseEnd(toks, k, b, false)
	for i := k + 1; i < e; i++ {
		if toks[i].isClass(cChannel) {
			return e
		}
	}
	return k
}

// outletOn returns where "on" and a capitalised name that is no time
// end an English channel phrase that ends at toks[k]: "in an interview on
// Harbor News" (not "on Monday"); else k.
func (d *doc) outletOn(toks []token, k, b int) int {
	if d.german || k+1 >= b || !toks[k].is("on") {
		return k
	}
	if e := capitalsOn(toks, k+1, b, cTime); e > k+1 {
		return e
	}
	return k // on Monday, on its website: no name
}

// nameDay reports whether t is a capitalised today or tonight, a word of
// an outlet's or a show's name (USA Today, Harbor Tonight) rather than a
// time; a capitalised weekday stays a time (told CNN Tuesday).
func nameDay(t token) bool {
	return t.upper && (t.is("today") || t.is("tonight"))
}

// untilTimeOrAdverb returns where a channel phrase toks[j:e] ends before
// a time ("a statement Thursday evening", "an interview Tuesday"), a year
// ("a debate at Vale College in 1998") or an -ly adverb ("a brief speech
// shortly after …"), with the preposition or participle before it (a
// letter dated Tuesday). A capitalised today is a name's (USA Today), and
// so is a capitalised time word an outlet owns (on CNN's Morning Hour).
func (d *doc) untilTimeOrAdverb(toks []token, j, e int) int {
	for i := j; i < e; i++ {
		t := &toks[i]
		if t.isClass(cTime) && !nameDay(*t) && !(t.upper && i > 0 && isPossessive(toks[i-1].lower)) || lyAdverb(t) || d.year(*t) {
			for i > j && (toks[i-1].isClass(cPrep) || !toks[i-1].upper && strings.HasSuffix(toks[i-1].lower, "ed")) {
				i--
			}
			return i
		}
	}
	if e < len(toks) && e > j && toks[e].kind == tQuote && isPossessive(toks[e-1].lower) {
		return e + 1 // an interview on Harbor TV's "Morning Show"
	}
	return e
}

// channelHearers returns where an English channel phrase that ends at
// toks[k] ends when "to" or "for" and those it was given to or made for go
// on it: "in a speech to farmers", "in an interview for the Ledger"; not
// an infinitive (in a post to thank …). Else k.
func (d *doc) channelHearers(toks []token, k, b int) int {
	if d.german || k+1 >= b || !(toks[k].is("to") || toks[k].is("for")) || toks[k+1].kind != tWord || toks[k+1].isClass(cTime) || toks[k].is("to") && d.toVerb(toks, k, b) && !d.bareHearers(toks, k+1, b) {
		return k
	}
	if e := d.phraseEnd(toks, k, b, true); e > k+1 {
		return e
	}
	return k
}

// channelBefore returns the channel an English phrase set off by a comma
// names before a frame's source at toks[lo]: "In a statement, Ann Roe
// said …", "On Monday, in an interview with CNN, he said …", "Speaking on
// Radio 5, Jo Hill said …". The phrase must hold a channel word and no
// verb: "In Ohio, …" or "In a speech he gave, …" name no channel.
func (d *doc) channelBefore(toks []token, a, lo int) string {
	if lo < a+3 || !toks[lo-1].isComma() {
		return ""
	}
	p := lo - 2
	for p > a && toks[p-1].kind == tWord {
		p--
	}
	if p > a && !toks[p-1].isComma() {
		return ""
	}
	return d.channelPhrase(toks, p, lo-1)
}

// channelAside returns the channel an English aside between commas names
// between a source and its cue, which starts at rune cue: "Jo Hill, in a
// statement, said …", "Jo Hill, speaking on Radio 5, said …".
func (d *doc) channelAside(toks []token, lo, hi, cue int) string {
	for i := lo; i < hi && toks[i].s < cue; i++ {
		if !toks[i].isComma() {
			continue
		}
		for j := i + 1; j < hi && toks[j].s < cue; j++ {
			if toks[j].isComma() {
				return d.channelPhrase(toks, i+1, j)
			}
		}
		return ""
	}
	return ""
}

// germanChannelBefore returns the channel a German phrase before the
// finite verb names, the verb being the cue at rune cue: "In einer
// Erklärung sagte Anna Berger, …" (einer Erklärung); else "".
func (d *doc) germanChannelBefore(toks []token, a, cue int) string {
	if a+2 >= len(toks) || !toks[a].isClass(cChannelPrep) {
		return ""
	}
	for i := a + 1; i < len(toks) && i-a <= 8 && toks[i].s < cue; i++ {
		if toks[i].kind != tWord {
			return ""
		}
		if !toks[i].isClass(cChannel) {
			continue
		}
		if i+1 < len(toks) && toks[i+1].s >= cue {
			return d.text(d.tokSpan(toks, span{a + 1, i + 1}))
		}
		if e := germanChannelPartner(toks, i+1, cue); e > 0 {
			return d.text(d.tokSpan(toks, span{a + 1, e})) // In einem Interview mit der BBC erklärte er
		}
	}
	return ""
}

// germanChannelPartner returns where a German "mit" or "gegenüber" phrase
// at toks[j] ends when it names whom a channel was with and runs up to the
// cue at rune cue: "mit der Hafenzeitung" in "In einem Interview mit der
// Hafenzeitung sagte sie"; up to five words, the last capitalised. Else
// -1. (A stop at a verb among them changed no dev prediction and no
// made-up case: the channel phrase is read to the cue elsewhere too.)
func germanChannelPartner(toks []token, j, cue int) int {
	if j >= len(toks) || !(toks[j].is("mit") || toks[j].is("gegenüber")) {
		return -1
	}
	for k := j + 1; k < len(toks) && k-j <= 5; k++ {
		if toks[k].s >= cue {
			if k > j+1 && toks[k-1].upper {
				return k
			}
			return -1
		}
		if toks[k].kind != tWord {
			return -1
		}
	}
	return -1
}

// channelBeforeParticiple returns the channel an English phrase names
// right before the comma of a participle cue (saying, writing, adding):
// "defended the plan Tuesday on Facebook, saying …", "addressed voters in
// an email to supporters, saying …". The phrase must reach the comma,
// times after it aside, with no verb in it.
func (d *doc) channelBeforeParticiple(toks []token, a int, fa frameAt) string {
	if !strings.HasSuffix(fa.f.cueLower(), "ing") {
		return "" // tested first: most cues (said, told) are no participle, and need no search
	}
	c := sort.Search(len(toks), func(i int) bool { return toks[i].s >= fa.f.cue.s }) - 1 // the comma before the cue, found without a scan
	if c <= a || c >= len(toks) || !toks[c].isComma() {
		return ""
	}
	for j := c - 1; j > a && c-j <= maxParticipleChannel; j-- {
		t := &toks[j]
		if t.kind != tWord || (t.isCue() || t.isClass(cFinite)) && !t.isClass(cChannel) {
			return "" // a verb or a mark: the phrase is no adverbial of the participle's clause
		}
		if !t.isClass(cChannelPrep) || t.upper || d.namedOwner(toks, j, c) {
			continue // in New York's Times Square, in Exxon's letter: a place, or what another wrote
		}
		e := d.phraseEnd(toks, j, c, true)
		e = d.channelHearers(toks, e, c)
		for e < c && toks[e].isClass(cTime) {
			e++ // on Facebook on Tuesday, …
		}
		if e != c {
			continue
		}
		if ch := d.channelAfter(toks, j, c); ch != "" && (!t.is("on") || d.siteOn(toks, j, c)) {
			return ch // but not "expand on her statement", "tougher on hate speech": the topic
		}
	}
	return ""
}

// namedOwner reports whether a capitalised name's possessive stands in
// toks[j:c].
func (d *doc) namedOwner(toks []token, j, c int) bool {
	for i := j + 1; i < c; i++ {
		if toks[i].upper && isPossessive(toks[i].lower) {
			return true
		}
	}
	return false
}

// siteOn reports whether the phrase after "on" at toks[j], up to toks[c],
// names a site or a medium one speaks on (on Facebook, on his Twitter
// account, on television), not a topic.
func (d *doc) siteOn(toks []token, j, c int) bool {
	for i := j + 1; i < c; i++ {
		if d.inSet(setSite, toks[i].lower) {
			return true
		}
	}
	return false
}

// maxParticipleChannel bounds the words channelBeforeParticiple reads
// back from the comma.
const maxParticipleChannel = 12

// germanChannelInside returns the channel a German phrase names between
// a frame's start at toks[lo] and its cue, which starts at rune cue and
// follows the phrase: "Ann Roe hatte in einem Interview gesagt, …" (einem
// Interview); else "".
func (d *doc) germanChannelInside(toks []token, lo, cue int) string {
	for i := lo; i < len(toks) && toks[i].s < cue; i++ {
		if !toks[i].isClass(cChannelPrep) || toks[i].upper {
			continue
		}
		if c := d.germanChannelBefore(toks, i, cue); c != "" {
			return c // each try reads eight words at most: the scan stays linear
		}
	}
	return ""
}

// channelWord reports whether toks[i] heads a channel: a word of the
// channel class (statement, interview, panel), or "hall" after "town" (at
// a town hall in Fenwick), an event where one speaks; a hall alone is a
// room (told a packed hall).
func (d *doc) channelWord(toks []token, i int) bool {
	return toks[i].isClass(cChannel) || !d.german && i > 0 && toks[i].is("hall") && toks[i-1].is("town")
}

// channelPhrase returns the channel that the English phrase toks[p:e]
// names: "in a statement", "speaking on Radio 5" (a statement, Radio 5);
// else "".
func (d *doc) channelPhrase(toks []token, p, e int) string {
	if p+1 >= e {
		return ""
	}
	if p+2 < e && d.inSet(setChannelverb, toks[p].lower) {
		p++ // Speaking on Radio 5,
	}
	if !toks[p].isClass(cChannelPrep) || strings.HasSuffix(toks[p+1].lower, "ing") && !toks[p+1].isClass(cChannel) {
		return "" // in releasing the email: a deed, not a channel
	}
	c := -1 // the first channel word
	for i := p + 1; i < e; i++ {
		if toks[i].kind != tWord {
			return ""
		}
		if c < 0 && d.channelWord(toks, i) && !toks[i].isClass(cFinite) && !(toks[p].is("at") && i == p+1) {
			c = i // but not a bare noun after at: At times, …
		}
	}
	if c < 0 {
		return ""
	}
	for i := p + 1; i < e; i++ { // the set lookups last, for a phrase with a channel word
		if d.inSet(setNotchannel, toks[i].lower) {
			// On the day that the footage emerged, …; In the wake of Jo
			// Hill's remarks, …: a time, not a channel
			return ""
		}
	}
	return d.text(d.tokSpan(toks, span{p + 1, d.untilTimeOrAdverb(toks, c+1, e)}))
}

// tokSpan converts a token range into a rune span.
func (d *doc) tokSpan(toks []token, s span) span {
	return span{toks[s.s].s, toks[s.e-1].e}
}

// pollSource reports whether a frame's source is a poll, a survey or a
// record (A new Hill poll shows …; records from 2012 show …), whose
// findings the annotators mark whether or not they are a clause.
func (d *doc) pollSource(f *frame) bool {
	m := f.mention
	if f.antecedent.e > f.antecedent.s {
		m = f.antecedent // the survey, which found …
	}
	if m.e <= m.s || m.e-m.s > 200 {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(d.text(m)), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if d.inSet(setPoll, w) {
			return true
		}
	}
	return false
}

// toVerb reports whether toks[j] is a "to" that opens an infinitive
// (vowed to fight), not one that names whom the words were for
// (reiterated to ABC News that …, announced to the crowd that …,
// stressed to reporters that …: a plural of people is no verb).
func (d *doc) toVerb(toks []token, j, b int) bool {
	if !toks[j].is("to") {
		return false
	}
	if j+1 >= b || toks[j].upper { // To Act in a title-case headline
		return true
	}
	n := toks[j+1]
	return !n.upper && !n.isClass(cDeterminer|cObject) && !pluralNotVerb(n.lower)
}

// callsObject reports whether toks[k] is "calling" after a name, with a
// short object and then a quote, what the object was called: Tom Hill
// saying he was "pleased" and Jane Roe calling it "a great day".
func (d *doc) callsObject(toks []token, k int) bool {
	if d.german || !toks[k].is("calling") || k == 0 || !toks[k-1].upper {
		return false // a name before it: "… and Ms. Roe calling it "…""
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		switch t := toks[j]; {
		case t.kind == tQuote:
			return j > k+1
		case t.kind != tWord || t.isClass(cPrep|cClause|cFinite):
			return false
		}
	}
	return false
}

// pollSubject returns the poll or survey that opens the sentence as its
// subject when np, a subject later in it, counts respondents ("The poll
// has bad news for Hill — 25 percent of voters say …"; "A new poll shows
// how hard it is: Six in 10 said …"): the annotators take the poll as the
// source of what the count said.
func (d *doc) pollSubject(toks []token, a int, np span) (span, bool) {
	if d.german {
		return span{}, false
	}
	if toks[a].is("but") || toks[a].is("and") {
		a++
	}
	c := np.s - 1 // before the count: 25 percent of, six in 10
	for c > a && np.s-c <= 5 && (toks[c].kind == tWord || toks[c].isNumber()) && !toks[c].isClass(cClause) {
		c--
	}
	h := c + 1
	if h+1 < np.e && d.inSet(setRoughly, toks[h].lower) {
		h++ // just 8 percent
	}
	if toks[h].lower == "" || !toks[h].isNumber() && !unicode.IsDigit(rune(toks[h].lower[0])) {
		return span{}, false
	}
	for i := a; i < c && i-a < 6; i++ {
		if !d.pollNameWord(toks[i]) {
			return span{}, false
		}
		if d.inSet(setPoll, toks[i].lower) {
			return span{a, i + 1}, true
		}
	}
	return span{}, false
}

// pollParticiple reports whether the cue toks[k] is a participle that
// describes a poll before it, with the poll's own finding verb a few
// words later: "A poll released Monday showed …", "a survey published on
// Sunday found …".
func (d *doc) pollParticiple(toks []token, k, b int) bool {
	if d.german || k == 0 || !strings.HasSuffix(toks[k].lower, "ed") || !d.inSet(setPoll, toks[k-1].lower) && !documentBefore(toks[k-1]) && !documentOpens(toks, k-1) {
		return false
	}
	for i := k + 1; i < b && i <= k+10; i++ {
		if toks[i].kind != tWord || toks[i].is("that") || toks[i].isClass(cClause|cPronoun) && !namesJoined(toks, i) {
			return false // Figures released that he had …: released is the verb
		}
		if d.inSet(setFinding, toks[i].lower) {
			// a base form other than show frames no clause of its own
			// (Figures reported Sunday suggest that …: reported is the cue)
			return i > k+1 && (toks[i].isClass(cPollCue) || !toks[i].isClass(cBase))
		}
	}
	return false
}

// documentBefore reports whether t, before a participle, is a document
// in lower case (the memo released Monday shows; emails released this
// week showed), which a poll's finding verb may follow as it follows a
// poll.
func documentBefore(t token) bool {
	return !t.upper && t.isClass(cDocument) // isClass tests for a word
}

// documentOpens reports whether toks[i] is a document noun that only the
// sentence start capitalises (Emails obtained by the Ledger show …).
func documentOpens(toks []token, i int) bool {
	return toks[i].isClass(cDocument) && (i == 0 || toks[i-1].isPunct(".!?"))
}

// modifiedPoll returns the whole subject from the clause start a to the
// end of np when np is only what follows a poll or survey at its head: "A
// Fox poll released Monday showed …", "The survey by the Hill Institute
// found …" (np is Monday, the Hill Institute). The poll is the source the
// annotators mark, and only a poll's finding may be a bare noun phrase.
func (d *doc) modifiedPoll(toks []token, a int, np span) (span, bool) {
	if d.german || np.s <= a {
		return span{}, false
	}
	if clauseJoiner(toks[a]) {
		a++
	}
	if !toks[a].isClass(cDeterminer) && !d.inSet(setPoll, toks[a].lower) && !toks[a].upper {
		return span{}, false // a, the, his: the subject's own article, or Polls, Figures, FEC records
	}
	if i := d.pollHead(toks, a, np.e, 12); i >= 0 {
		return span{a, np.e}, i < np.s && i-a <= 5 && d.pollModifier(toks[i+1])
	}
	return span{}, false
}

// pollHead returns the poll or survey that heads the words before
// toks[e], at most n of them and none before toks[lo], or -1 when a word
// that names no poll comes first (modifiedPoll, pollPhraseBefore).
func (d *doc) pollHead(toks []token, lo, e, n int) int {
	for i := e - 1; i >= lo && e-i <= n; i-- {
		t := toks[i]
		if !d.pollNameWord(t) || t.isClass(cFinite|cClause|cPronoun|cRelative) && !namesJoined(toks, i) {
			return -1
		}
		if d.inSet(setPoll, t.lower) {
			return i
		}
	}
	return -1
}

// pollModifier reports whether t can open what follows a poll's noun in
// its own noun phrase: a preposition (of, by, from), a participle
// (released, conducted), "out" (a poll out Monday) or the article of a
// time (a poll the same week), not a verb (the survey marks …).
func (d *doc) pollModifier(t token) bool {
	return t.isClass(cPrep|cTime) || t.is("by") || t.is("out") || t.is("the") || strings.HasSuffix(t.lower, "ed")
}

// namesJoined reports whether toks[i] is an "and" between two
// capitalised words, inside a list of names (the Ledger and Harbor Radio;
// the Treasury and the Harbor Board).
func namesJoined(toks []token, i int) bool {
	if i <= 0 || i+1 >= len(toks) || !toks[i].is("and") || !toks[i-1].upper {
		return false
	}
	return toks[i+1].upper || toks[i+1].is("the") && i+2 < len(toks) && toks[i+2].upper
}

// pollNameWord reports whether t may stand in the words that name a poll
// or survey: a word, or a hyphen or slash inside a name (a CNN-ORC
// survey, the ABC/Post poll).
func (d *doc) pollNameWord(t token) bool {
	return t.kind == tWord || t.isPunct("-/")
}

// pollBefore returns the poll or survey of a fronted "In a … poll," when
// the subject np after it counts or groups respondents (In a May poll, 75
// percent of voters said …; In the survey, Republicans said …): the poll
// is what the annotators take as the source.
func (d *doc) pollBefore(toks []token, a int, np span) (span, bool) {
	if d.german || !toks[a].is("in") {
		return span{}, false
	}
	c := np.s - 1 // the comma, before a count: 75 percent of, six in 10
	for c > a && np.s-c <= 5 && (toks[c].kind == tWord || toks[c].isNumber()) {
		c--
	}
	if c-1 <= a || !toks[c].isComma() {
		return span{}, false
	}
	h := toks[c+1]
	if d.inSet(setRoughly, h.lower) && c+2 < np.e {
		h = toks[c+2] // just 8 percent, nearly half
	}
	if !h.isNumber() && !h.isClass(cQuantifier) && !(np.e-c == 2 && d.pluralNoun(h)) && !(np.e-c == 2 && h.upper && strings.HasSuffix(h.lower, "s")) {
		return span{}, false
	}
	poll := false
	for i := a + 1; i < c; i++ {
		if !d.pollNameWord(toks[i]) {
			return span{}, false
		}
		poll = poll || d.inSet(setPoll, toks[i].lower)
	}
	return span{a + 1, c}, poll
}

// relativeAfterPhrase reports whether the "that" at toks[j], after the
// phrase that skipAdverbials passed, opens a relative clause on that
// phrase's noun rather than the content: a verb follows it at once, where
// a complementizer is followed by its subject ("said in a statement that
// was released Monday", "wants to stop the rules that have hurt them").
func (d *doc) relativeAfterPhrase(toks []token, j, b int) bool {
	return !d.german && toks[j].is("that") && j+1 < b && toks[j-1].kind == tWord && toks[j+1].clauseVerb()
}
