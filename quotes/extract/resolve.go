package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"saidwho/quotes"
)

// word is a token of a mention, for resolution.
type word struct {
	text, lower string
	upper       bool
}

// words splits the span s into words. Their texts and lower-case forms
// are slices of one string, the span's text followed by that text
// lowered: a name of two words costs two allocations, not six.
func (d *doc) words(s span) []word {
	return d.appendWords(make([]word, 0, 2), s) // room for most mentions (Tom Vale, officials)
}

// appendWords is words appending to ws: resolve, which splits every
// mention, reuses one list for all, and allocates only their strings.
func (d *doc) appendWords(ws []word, s span) []word {
	b := d.buf[:0]
	for _, c := range d.r[s.s:s.e] {
		b = utf8.AppendRune(b, c)
	}
	n := len(b)
	for _, c := range d.r[s.s:s.e] {
		b = utf8.AppendRune(b, lowerRune(c)) // as strings.ToLower writes it
	}
	d.buf = b
	both := string(b)
	text, lower := both[:n], both[n:]
	at, lat := 0, 0 // byte offsets of d.r[i] in text and in lower
	for i := s.s; i < s.e; {
		j, isWord := i+1, isWordRune(d.r[i])
		if isWord {
			j = wordEnd(d.r, i, s.e)
			for j+1 < s.e && d.r[j] == '.' && unicode.IsLower(d.r[j+1]) {
				j = wordEnd(d.r, j+1, s.e) // a web address (ndr.de, news.bbc.co.uk) or ver.di is one word
			}
			if j < s.e && d.r[j] == '.' && d.keepsPeriod(d.r[i:j+1], d.classOf(d.r[i:j])) {
				j++
			}
		}
		n, ln := utf8Len(d.r[i:j])
		// a word of maxWordRunes or more is no part of a name: the speaker
		// string is copied into every quote resolved to it (a 20k-rune
		// word next to a name, then he said ×N, wrote N copies of it)
		if isWord && j-i < maxWordRunes {
			ws = append(ws, word{text: text[at : at+n], lower: lower[lat : lat+ln], upper: unicode.IsUpper(d.r[i])})
		}
		i, at, lat = j, at+n, lat+ln
	}
	return ws
}

// lowered writes s in lower case to d.buf, as strings.ToLower writes it,
// for a map lookup by string(d.buf), which allocates nothing.
func (d *doc) lowered(s string) []byte {
	d.buf = d.buf[:0]
	for _, c := range s {
		d.buf = utf8.AppendRune(d.buf, lowerRune(c))
	}
	return d.buf
}

// lowerRune is unicode.ToLower, whose test for ASCII it makes inline: a
// call a rune cost the loops of words, lowered and utf8Len more than the
// rest of their work. It is the one spelling of the ASCII lowering: the
// tokeniser's appendLower, appendLowerHash and lowerPlainWord call it too
// (inlined, the compiler drops its test for ASCII where they made it).
func lowerRune(c rune) rune {
	if c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return c
	}
	return unicode.ToLower(c)
}

// utf8Len returns the UTF-8 length of rs and of rs in lower case, as
// strings.ToLower writes it (İ is two bytes, its lower-case i one).
func utf8Len(rs []rune) (n, lower int) {
	for _, c := range rs {
		n += utf8.RuneLen(c)
		lower += utf8.RuneLen(lowerRune(c))
	}
	return n, lower
}

// resolve gives every frame, in text order, its speaker and speaker kind:
// names to the full name given earlier, pronouns to the person spoken of
// last, "the official" to the earlier "a senior official".
func (d *doc) resolve() {
	names := d.names
	var persons []*frame             // people named so far, the last last
	var lastOther, lastGroup *frame  // the last organisation or document; the last plural source
	var lastAnonymous *frame         // the last unnamed person (a spokesman)
	described := map[string]*frame{} // head noun → first frame described by it
	var ws []word                    // the words of a mention; none is kept past its frame
	outer := d.reportersOf()
	for fi, f := range d.frames {
		if f.inherit != nil || !f.named() {
			continue
		}
		title := d.inTitleLine(f)
		f.mention = d.pronounPart(f.mention)
		ws = d.appendWords(ws[:0], f.mention)
		if len(ws) == 0 {
			continue
		}
		if f.antecedent.e > f.antecedent.s {
			ws = d.appendWords(ws[:0], f.antecedent) // who, which: the noun phrase before it
		}
		switch k := d.placeTail(ws); {
		case d.documentHead(ws):
			// a study by the Vale Institute, a study published in May: the
			// document speaks, whatever place or maker follows it
			d.resolveDescription(f, ws, described)
			f.kind = quotes.Document
		case k > 0:
			// protest organizers in Fenwick: the people are described, the
			// place says where they are
			d.resolveDescription(f, ws[:k], described)
			f.speaker += " " + joinWords(ws[k:])
		case d.namesPair(ws):
			// Tom Hill and Jane Roe said: both of them, never he or she;
			// a list keeps its commas (Ann Roe, Jo Vale and Tom Hill)
			f.kind, f.speaker, f.resolution = quotes.Person, joinWords(ws), "pair"
			if t := d.text(f.mention); strings.Contains(t, ",") {
				f.speaker = strings.Join(strings.Fields(t), " ")
			}
		case len(ws) == 1 && d.has(cPronoun, ws[0].lower):
			d.resolvePronoun(f, ws[0].lower, persons, lastOther, lastGroup, lastAnonymous)
		case d.openingPlural(f, ws, names):
			// Investors fear …: the capital is the sentence's, no name's
			ws[0].upper = false
			d.resolveDescription(f, ws, described)
		case !ws[len(ws)-1].upper || d.has(cDeterminer, ws[0].lower) && (!d.endsInName(ws) || d.countedMembers(ws)) || d.anonymousHead(ws) ||
			len(ws) == 1 && d.has(cAnonymous|cDocument|cOrganisation, ws[0].lower) || d.germanCommonHead(ws):
			// "Officials said" at the start of a sentence is no name
			d.resolveDescription(f, ws, described)
		default:
			d.resolveName(f, ws, names)
		}
		if d.german && f.resolution == "" {
			f.speaker = d.nominativeSpeaker(f.speaker, ws) // laut Angaben des Ministeriums: das Ministerium
		}
		if title {
			continue // Understated Lee raises her profile.: no antecedent of the story's she
		}
		switch f.kind {
		case quotes.Person:
			if f.resolution != "pronoun" && f.resolution != "pair" && f.resolution != "owner" {
				f.gender = d.genderOf(ws, f.speaker)
				if !reportedPerson(outer[fi]) {
					persons = append(persons, f)
				}
			}
			if h := d.roleHead(f.role); h != "" && described[h] == nil && f.resolution != "description" {
				described[h] = f // Governor Ann Lee said …. The governor added
			}
		case quotes.Anonymous:
			head := ws[:d.descriptionHead(ws)+1] // a spokesman for the Harbor Party; not people familiar with …
			if f.resolution != "pronoun" && f.resolution != "people" && !d.plural(head) && !d.inSet(setPluralonly, head[len(head)-1].lower) {
				lastAnonymous = f // a spokesman said …. He added
			}
		case quotes.Organisation, quotes.Document:
			lastOther = f
		}
		if d.plural(ws) && f.resolution != "pronoun" {
			lastGroup = f
		}
	}
	var prev *frame // the frame before f
	for _, f := range d.frames {
		if s := f.source(); s != f {
			f.speaker, f.kind, f.resolution = s.speaker, s.kind, s.resolution
		}
		if full, ok := names[strings.ToLower(f.addressee)]; ok {
			f.addressee = full // told Macron → Emmanuel Macron
		}
		if prev != nil && d.sameChannel(prev, f) {
			f.channel = prev.channel
		}
		prev = f
	}
}

// reportersOf returns, for each frame by its index in d.frames, the
// frame whose content holds the frame's mention, if another's (Tom Hill
// said Jo Vale had told him …; Hill, pointing out that Jo Vale had
// reported …), else nil. Linear but for a sort of the contents.
func (d *doc) reportersOf() []*frame {
	type held struct {
		content span
		f       *frame
	}
	cs := make([]held, 0, len(d.results))
	for _, r := range d.results {
		if r.f != nil && r.content.e > r.content.s {
			cs = append(cs, held{r.content, r.f})
		}
	}
	slices.SortFunc(cs, func(a, b held) int { return a.content.s - b.content.s })
	// reach[i] is the content of cs[:i+1] that ends last: a content that
	// holds a mention starts before it, and the one of those ending last
	// holds it if any does
	reach := make([]held, len(cs))
	for i, c := range cs {
		reach[i] = c
		if i > 0 && reach[i-1].content.e > c.content.e {
			reach[i] = reach[i-1]
		}
	}
	out := make([]*frame, len(d.frames))
	for fi, f := range d.frames {
		i := sort.Search(len(cs), func(i int) bool { return cs[i].content.s > f.mention.s }) - 1
		if !f.named() || i < 0 || reach[i].content.e < f.mention.e || reach[i].f.source() == f.source() {
			continue
		}
		out[fi] = reach[i].f
	}
	return out
}

// reportedPerson reports whether the frame outer, whose content holds a
// person's frame, has a person for its source, or one not resolved yet
// (named after it: "… Jo Vale told him …, Tom Hill said"): the person
// inside is reported, and not whom a he or she after it refers to (Tom
// Hill said Jo Vale told him …. He added: Tom Hill). A pronoun of the
// other gender finds the person inside among the names (lastNamed).
// Not when outer leads its sentence (According to the Post, Jo Vale …;
// As reported by the Post, Jo Vale …): the person is its main clause's
// subject.
func reportedPerson(outer *frame) bool {
	if outer == nil || outer.leads {
		return false
	}
	k := outer.source().kind
	return k == quotes.Person || k == ""
}

// nominativeSpeaker returns a German speaker that a mention in the genitive
// names (laut des Justizministeriums, eines Sprechers des Flughafens) in
// the nominative, as a mention in any other case names it: before the
// head, a word in -en loses its n (Roten Kreuzes → Rote Kreuz), and the
// head loses its genitive -s or -es (Justizministerium, Sprecher des
// Flughafens); the words after the head keep their case. Else speaker.
// The speaker must be the words of the mention after des or eines.
func (d *doc) nominativeSpeaker(speaker string, ws []word) string {
	if len(ws) < 2 || ws[0].lower != "des" && ws[0].lower != "eines" {
		return speaker
	}
	parts := strings.Fields(speaker)
	rest := ws[1:]
	if len(parts) == 0 || len(parts) > len(rest) {
		return speaker
	}
	rest = rest[len(rest)-len(parts):]
	for i, p := range parts {
		if rest[i].text != p {
			return speaker // a name resolved, or words dropped: not the mention's own
		}
	}
	for i, p := range parts {
		if i+1 < len(parts) && strings.HasSuffix(p, "en") {
			parts[i] = strings.TrimSuffix(p, "n") // an adjective: des Auswärtigen Amtes
			continue
		}
		if i+1 < len(parts) && strings.HasSuffix(p, "er") && rest[i].upper {
			continue // Berliner, Schweizer: an adjective of a place, never inflected
		}
		parts[i] = genitiveStem(p)
		break
	}
	return strings.Join(parts, " ")
}

// genitiveStem returns the German noun w, capitalised, without the
// genitive ending of a masculine or neuter noun: -es after a consonant
// (Kreuzes, Amtes, Verbandes; Bündnisses → Bündnis), else -s (Ministeriums,
// Senders, ZDFs); a noun whose nominative ends in -s (Fonds, Status) or
// -ss keeps it, and so does a short word or one in lower case.
func genitiveStem(w string) string {
	rs := []rune(w)
	n := len(rs)
	switch {
	case n >= 3 && rs[n-1] == 's' && unicode.IsUpper(rs[n-2]) && unicode.IsUpper(rs[n-3]):
		return string(rs[:n-1]) // ZDFs: an abbreviation's genitive
	case n < 5 || !unicode.IsUpper(rs[0]) || rs[n-1] != 's' || strings.HasSuffix(w, "fonds"):
		return w
	case strings.HasSuffix(w, "nisses"):
		return string(rs[:n-3]) // Bündnisses
	case rs[n-2] == 'e' && !isVowel(rs[n-3]):
		return string(rs[:n-2]) // Kreuzes, Amtes
	case isVowel(rs[n-2]) && rs[n-2] != 'u' || strings.ContainsRune("bdfghklmnprt", rs[n-2]):
		return string(rs[:n-1]) // Ministeriums, Senders, Berichts, Kosovos (but Status, Kurs-es)
	}
	return w
}

// isVowel reports whether c is a German vowel in lower case.
func isVowel(c rune) bool { return strings.ContainsRune("aeiouäöüy", c) }

// openingPlural reports whether an English mention of one word is a
// plural noun for people that the sentence start capitalises
// (Investors fear …, Prosecutors believe …): no name, unless the article
// named someone so in full. agentPlural's endings on a stem of five
// letters at least: surnames end so on shorter ones (Sanders, Rogers,
// Summers).
func (d *doc) openingPlural(f *frame, ws []word, names map[string]string) bool {
	return !d.german && len(ws) == 1 && endsAfterStem(ws[0].lower, 5, agentPluralEnds...) && names[ws[0].lower] == "" && d.nameOpensSentence(f.mention.s)
}

// sameChannel reports whether the frame f goes on with the channel of
// the frame prev before it: the same speaker in the same paragraph, with
// no channel of its own ("In a statement, Ann Roe said …. She added that
// …"; Jo Vale told the Ledger that …. "…," said Vale). A belief has no
// channel, and a channel word before f's cue in its sentence is a channel
// of its own that no rule read (In a later interview, Vale went further:).
// A channel longer than maxNameBytes is no outlet's name but a long word
// before one, and is not copied: each he said after it would repeat it.
func (d *doc) sameChannel(prev, f *frame) bool {
	if f.channel != "" || prev.channel == "" || len(prev.channel) > maxNameBytes || f.para != prev.para || f.speaker == "" || f.speaker != prev.speaker ||
		f.class == "belief" || d.german || f.cue.e <= f.cue.s || d.channelVerb(f.cueText) {
		return false
	}
	start := max(prev.cue.e, f.cue.s-maxChannelLook)
	for e := f.cue.s; e > start; {
		c := d.r[e-1]
		if strings.ContainsRune(".!?\"“”„«»", c) {
			break // the sentence, or the quote before the cue, starts here
		}
		if !unicode.IsLetter(c) {
			e--
			continue
		}
		w := e
		for w > start && (unicode.IsLetter(d.r[w-1]) || d.r[w-1] == '-') {
			w--
		}
		if d.classOf(d.r[w:e])&cChannel != 0 {
			return false // up to maxChannelLook runes a frame, each word looked up with no string made
		}
		e = w
	}
	return true
}

// channelVerb reports whether a cue names its own channel: tweeted,
// posted, emailed (a tweet, a post, an email).
func (d *doc) channelVerb(cue string) bool {
	verb := firstWordLower(cue)
	stem := strings.TrimSuffix(verb, "ed")
	return stem != verb && stem != "call" && d.has(cChannel, stem) // called X a liar names no phone call
}

// maxChannelLook bounds the runes sameChannel reads back from a cue.
const maxChannelLook = 200

// inTitleLine reports whether an English frame stands in a title line:
// a first paragraph of one short sentence with more text after it. A
// pronoun of the story refers to no one named there alone.
func (d *doc) inTitleLine(f *frame) bool {
	return f.para == 0 && d.titleLine()
}

// titleLine reports whether the first paragraph of an English text is a
// title line: one short sentence, with more text after it.
func (d *doc) titleLine() bool {
	if d.german || len(d.paras) < 2 {
		return false
	}
	p := d.paras[0]
	if p.e-p.s > 150 {
		return false
	}
	for _, c := range d.r[p.s : p.e-1] {
		if c == '.' || c == '!' || c == '?' {
			return false // more than one sentence: a lead, not a title (Mr. too: rare in titles)
		}
	}
	return true
}

// pronounPart returns the mention m cut before the apostrophe when it is
// one pronoun with an auxiliary held in it (as he’s often said; they've
// argued; She's been saying): the pronoun is the mention, and resolves
// as one. Else m.
func (d *doc) pronounPart(m span) span {
	if d.german {
		return m
	}
	for i := m.s + 1; i < m.e && i-m.s <= 5; i++ {
		switch c := d.r[i]; {
		case c == '\'' || c == '’':
			if d.pronounText(span{m.s, i}) {
				return span{m.s, i}
			}
			return m
		case !unicode.IsLetter(c):
			return m
		}
	}
	return m
}

// resolvePronoun resolves he or she to the person named last of that
// gender, else to the unnamed person who spoke last (A spokeswoman said
// …. She added …); it and they to the last organisation or group.
func (d *doc) resolvePronoun(f *frame, p string, persons []*frame, lastOther, lastGroup, lastAnonymous *frame) {
	f.resolution = "pronoun"
	switch p {
	case "they":
		if lastGroup != nil && lastGroup.para >= f.para-1 {
			// Officials said …. They added …; but a group named two
			// paragraphs back or more is no longer the one spoken of
			f.speaker, f.kind = lastGroup.speaker, lastGroup.kind
			return
		}
	case "it", "es":
		if lastOther != nil {
			f.speaker, f.kind = lastOther.speaker, lastOther.kind
			return
		}
	case "he", "she", "er", "sie":
		gender := byte('m')
		if p == "she" || p == "sie" {
			gender = 'f'
		}
		ante := antecedent(persons, gender)
		if d.german && gender == 'f' && ante != nil && ante.gender == 0 {
			// German sie is also they, and a feminine noun's (die
			// Partei, die Stadt): no person of no known gender
			ante = nil
		}
		if n := len(persons); ante != nil && n > 0 && persons[n-1] != ante && d.namedUnknown(persons[n-1], f) {
			ante = persons[n-1] // Xeno Pard, an aide, said …. "…," he said: the last one named, of no known gender, not an older man
		}
		if name := d.subjectSince(ante, f, gender); name != "" {
			f.speaker, f.kind = name, quotes.Person // Tom Hill met the board. He said …
			return
		}
		if ante != nil {
			f.speaker, f.kind = ante.speaker, quotes.Person
			return
		}
		if lastAnonymous != nil && !(d.german && pluralCue(lastAnonymous.cueText)) {
			f.speaker, f.kind = lastAnonymous.speaker, quotes.Anonymous
			return
		}
		f.kind = quotes.Person
		if name := d.lastNamed(f.mention.s, gender); name != "" && (!d.german || gender == 'm' || singularCue(f.cueText)) {
			f.speaker = name // Ann Lee had given the papers to the board, which she said …: no one spoke before
			return
		}
	}
	if f.kind == "" {
		f.kind = quotes.Unknown
	}
	f.speaker = d.text(f.mention)
}

// namedUnknown reports whether the person p, named in the paragraph of
// f or the one before, is given by a full name whose first name tells no
// gender (Xeno Pard): the nearest antecedent of f's he or she, though an
// older one's gender is known. Not a description (the Ohio senator) nor a
// plural: those name someone already known. English only: German
// capitalises every noun (der Arzt Lahms).
func (d *doc) namedUnknown(p, f *frame) bool {
	if d.german || p.gender != 0 || p.para < f.para-1 || p.resolution == "description" {
		return false
	}
	return d.unknownFirstName(p.speaker)
}

// unknownFirstName reports whether the English full name opens with a
// first name the lexicon does not know, so that it tells no gender
// (Xeno Pard), and ends in a word that can be a surname.
func (d *doc) unknownFirstName(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	if c, _ := utf8.DecodeRuneInString(first); d.german || !ok || first == "" || !unicode.IsUpper(c) || strings.Contains(rest, " and ") {
		return false
	}
	_, known := d.lex.index.get(d.lowered(first)) // as genderOf asks it: no string made
	last := strings.ToLower(rest[strings.LastIndexByte(rest, ' ')+1:])
	// a word of the lexicon (Republican, Former, Kentucky) is no first
	// name; a title or organisation word (the Ohio senator, Harbor
	// Review) ends no person's name
	return !known && !d.has(cTitle|cOrganisation|cDocument|cAnonymous, last)
}

// lastNamed returns the full name of the person of the given gender
// named last before rune pos, as far back as namesBefore looks; "" if
// none. Only a first name tells the gender: not Palo Alto. (German sie
// is she only before a singular verb: sie sagten is they.)
func (d *doc) lastNamed(pos int, gender byte) string {
	ns := d.namesBefore(pos)
	for j := len(ns) - 1; j >= 0; j-- {
		if d.genderOf(nil, ns[j].name) == gender {
			return ns[j].name
		}
	}
	return ""
}

// unknownGenderOpener reports whether the English full name n, whose
// first name tells no gender, opens its sentence as a person does, and
// so is whom a he or she of the given gender after it can refer to:
// "Angel Roe came to the rally. He said …" (see personOpens, ownGender);
// not a place that a word of places opens (New Fenwick).
func (d *doc) unknownGenderOpener(n namedAt, gender byte) bool {
	if len(n.name) > maxNameBytes {
		return false // no person's name; and each pronoun after it would read it whole
	}
	return d.genderOf(nil, n.name) == 0 && !d.placeOpens(n.name) && d.unknownFirstName(n.name) &&
		d.personOpens(n.pos, n.name) && d.ownGender(n.pos, gender)
}

// placeOpens reports whether the first word of name is one that opens
// the name of a place (New Fenwick, Fort Worth, United States), so that
// the name is no person's.
func (d *doc) placeOpens(name string) bool {
	return d.inSet(setPlaceopener, firstWordLower(name))
}

// firstWordLower returns the first space-separated word of s in lower
// case: only that word is lower-cased, not the whole of s.
func firstWordLower(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return strings.ToLower(w)
}

// titledOpener reports whether the German full name n, whose first
// name tells no gender, follows a role noun and opens its sentence (Der
// Italiener Xeno Pard gehört …; UN-Generalsekretär Ban Ki-moon erhielt
// …), so that an er after it can refer to it: er is never they, and the
// role tells a person, not a place or body. Not sie: sie is also they
// and a body's (die Partei).
func (d *doc) titledOpener(n namedAt, gender byte) bool {
	return d.german && gender == 'm' && n.titled && d.genderOf(nil, n.name) == 0 && d.nameOpensSentence(n.pos)
}

// subjectSince returns the full name of a person of the given gender
// who opens a sentence after the one where the speaker ante (nil: none)
// is named and before the pronoun that f's mention is, though that person
// said nothing: "Tom Hill met the board. He said …" — he is Tom Hill. Only
// names whose first name tells the gender, or a name whose first name
// tells none but opens its sentence as a person does
// (unknownGenderOpener); in German for sie only before a singular verb
// (sie is also they); else "".
func (d *doc) subjectSince(ante, f *frame, gender byte) string {
	if d.german && gender != 'm' && !singularCue(f.cueText) {
		return "" // German sie is also they, but not in sie sagte
	}
	ns := d.namesBefore(f.mention.s)
	comma := d.commaBefore(f.mention.s) >= 0 // the same for every name
	for j := len(ns) - 1; j >= 0; j-- {
		n := ns[j]
		if ante != nil && (n.pos < ante.mention.e || d.sameSentence(ante.mention.e, n.pos)) {
			return "" // Tom Hill said he met Jo Vale. He added …: the speaker still
		}
		if n.described || comma && d.sameSentence(n.pos, f.mention.s) {
			continue // Hill's aide said …; Hill was wrong, he said: not Hill
		}
		if d.genderOf(nil, n.name) == gender && (n.subject || d.nameOpensSentence(n.pos)) || d.unknownGenderOpener(n, gender) || d.titledOpener(n, gender) {
			return n.name // Angel Roe came to the rally. He said: a first name of no known gender
		}
	}
	return ""
}

// markSubject marks the names that stand in the subject of the English
// sentence toks[a:b], as clauseSubject reads it past a fronted phrase or
// clause: "After Jo Hill spoke, Vale met the board. He said …" — he is
// Vale, though Hill spoke last. The names are those collectNames gave
// for the paragraph; a binary search finds the first, and the subject's
// span bounds the walk.
func (d *doc) markSubject(toks []token, a, b int) {
	if a >= b || !d.nameWithin(toks[a].s, toks[b-1].e) {
		return // no name to mark: spare the clause reading
	}
	np, ok := d.clauseSubject(toks, a, b)
	if !ok || np.s < a || np.e > b || np.s >= np.e {
		return
	}
	for t := np.s; t < np.e; t++ {
		if toks[t].is("and") || toks[t].is("or") {
			return // Both Jo Hill and Tom Vale spoke: neither alone is the subject
		}
	}
	s, e := toks[np.s].s, toks[np.e-1].e
	i := d.nameFrom(s)
	for t := np.s; i < len(d.nameSeq) && d.nameSeq[i].pos < e; i++ {
		for t < np.e && toks[t].s < d.nameSeq[i].pos {
			if toks[t].isClass(cPrep) || !toks[t].upper && strings.HasSuffix(toks[t].lower, "ing") {
				return // the rise of Vale's party, a pastor backing Vale: the name is no subject (but Reading mayor Vale is)
			}
			t++
		}
		if d.headName(toks, t, np.e) {
			d.nameSeq[i].subject = true
		}
	}
}

// nameWithin reports whether collectNames found a name at a rune
// position in [s, e).
func (d *doc) nameWithin(s, e int) bool {
	i := d.nameFrom(s)
	return i < len(d.nameSeq) && d.nameSeq[i].pos < e
}

// nameFrom returns the index in d.nameSeq, which collectNames fills in
// text order, of the first name at rune pos or after it.
func (d *doc) nameFrom(pos int) int {
	return sort.Search(len(d.nameSeq), func(i int) bool { return d.nameSeq[i].pos >= pos })
}

// headName reports whether the name that starts at toks[t] is the head
// of the noun phrase that ends before toks[e], or owns it: Vale in "a
// newly elected Vale" or "Vale's campaign", not in "the Vale campaign".
func (d *doc) headName(toks []token, t, e int) bool {
	for ; t < e && toks[t].kind == tWord && toks[t].upper; t++ {
		if isPossessive(toks[t].lower) {
			return true
		}
	}
	return t == e
}

// personOpens reports whether the name at rune pos stands first in its
// sentence, after two titles at most (Rep. Jo Roe), and a verb, an
// apposition or a possessive follows it: a person the sentence is about.
// A name of no known gender must show it so: South Carolina polls
// close, Fenwick and Dover passed laws, Gender Equality. are places and
// headings; Harbor Review’s Jo Roe is the review's.
func (d *doc) personOpens(pos int, name string) bool {
	first, _, _ := strings.Cut(name, " ")
	full := string(d.r[pos:min(len(d.r), pos+utf8.RuneCountInString(first)+1)]) == first+" "
	if !full && !d.wordAt(pos, name[strings.LastIndexByte(name, ' ')+1:]) || !surnameLike(name) {
		// States typically …: a lone word, no person named in full; but
		// Pard alone after Xeno Pard was named (collectNames keeps a
		// lone word only so) is the person again: Pard, 47, voted …
		return false
	}
	for at, words := pos, 0; ; words++ {
		s, e, ok := d.shortWordBefore(at)
		title := ok && s < e && d.classOf(dropPeriod(d.r[s:e]))&(cTitle|cHonorific) != 0
		if ok && s == e || e > 0 && strings.ContainsRune(".!?", d.r[e-1]) && !title {
			break // the sentence opens here
		}
		if words == 2 || !title {
			return false
		}
		at = s
	}
	// each word and space run after the name is read up to maxWordRunes:
	// pronouns call this for the same name again and again, so a scan to
	// the end of a long word would make their cost the word's length each
	e := pos
	for words := 0; words < 5 && e < len(d.r) && unicode.IsUpper(d.r[e]); words++ {
		start := e
		if e = wordEnd(d.r, e, min(len(d.r), e+maxWordRunes)); e-start == maxWordRunes {
			return false // a capitalised run that long is no name
		}
		if e < len(d.r) && (d.r[e] == '\'' || d.r[e] == '’') {
			return true // Jo Roe's fate is unclear
		}
		for start = e; e < len(d.r) && e-start < maxWordRunes && (d.r[e] == ' ' || d.r[e] == '.' && e > 0 && unicode.IsUpper(d.r[e-1])); {
			e++ // Jo A. Roe
		}
	}
	if e >= len(d.r) || d.r[e] == ',' || d.r[e] == '(' {
		return e < len(d.r) // Jo Roe, 13, of Fenwick; Jo Roe (D-Vt.)
	}
	end := wordEnd(d.r, e, min(len(d.r), e+maxWordRunes))
	if end-e == maxWordRunes {
		return false // no verb is that long
	}
	w := strings.ToLower(string(d.r[e:end]))
	if !unicode.IsLower(d.r[e]) || w == "and" || w == "or" || d.inSet(setPluralverb, w) {
		return false // Tarn Levies were raised: a plural verb tells of no person
	}
	// a plural noun (polls, voters) makes the name a place's; an -s verb
	// (says, votes) tells of a person
	return !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || d.has(cFinite|cSForm|cSpeech, w)
}

// wordAt reports whether the text at rune pos is the word w, followed
// by no letter or digit: Pard in "Pard, 47," or "Pard voted", not
// "Pardon".
func (d *doc) wordAt(pos int, w string) bool {
	end := pos + utf8.RuneCountInString(w)
	return w != "" && end <= len(d.r) && string(d.r[pos:end]) == w && (end == len(d.r) || !isWordRune(d.r[end]))
}

// surnameLike reports whether the last word of a name can be a surname:
// not a compound in lower case (Prize-winning) nor a plural of capitals
// (PACs).
func surnameLike(name string) bool {
	last := []rune(name[strings.LastIndexByte(name, ' ')+1:])
	if i := slices.Index(last, '-'); i >= 0 && i+1 < len(last) && unicode.IsLower(last[i+1]) {
		return false
	}
	n := len(last)
	return n < 2 || !(last[n-1] == 's' && unicode.IsUpper(last[n-2]))
}

// ownGender reports whether the first of he, his, him, she, her after
// rune pos in the same sentence, if any, has the given gender: Jo Roe
// learned of her status tells Jo Roe is no he. Bounded by 200 runes.
func (d *doc) ownGender(pos int, gender byte) bool {
	last := pos // where the last word scanned starts
	for i := pos; i < len(d.r) && i < pos+200; i++ {
		c := d.r[i]
		if c == '.' && i > last && d.keepsPeriod(d.r[last:i+1], d.classOf(d.r[last:i])) {
			continue // Xeno A. Pard, of Dover, Del., learned of her loss: an initial or abbreviation ends no sentence
		}
		if c == '.' || c == '!' || c == '?' || c == '\n' {
			return true
		}
		if i > 0 && isWordRune(d.r[i-1]) || !unicode.IsLetter(c) {
			continue
		}
		// a word that starts in the 200 runes is read only to 16 runes past
		// them: longer, it is no pronoun, and the loop ends after it
		j := wordEnd(d.r, i, min(len(d.r), pos+216))
		last = i
		d.buf = appendLower(d.buf[:0], d.r[i:j]) // the word in lower case, no string made
		switch string(d.buf) {
		case "he", "his", "him", "himself":
			return gender == 'm'
		case "she", "her", "hers", "herself":
			return gender == 'f'
		}
		i = j - 1
	}
	return true
}

// singularCue reports whether a German cue is a verb in the singular
// (sagte, erklärt), not the plural (sagten, erklären). A cue with its
// particle (teilte mit, gab bekannt) ends in the particle and counts as
// no singular: a -t particle says nothing of the verb's number.
func singularCue(cue string) bool {
	w := strings.ToLower(cue)
	return !strings.Contains(w, " ") && strings.HasSuffix(w, "t") || strings.HasSuffix(w, "te")
}

// pluralCue reports whether a German cue's verb is in the plural
// (Augenzeugen berichteten, Anwohner gaben an): whom it reports are
// several, no antecedent of er or sie sagte.
func pluralCue(cue string) bool {
	return strings.HasSuffix(firstWordLower(cue), "en")
}

// nameOpensSentence reports whether the name at rune pos opens its
// sentence, after three capitalised words or lower-case titles and role
// nouns at most: "Harbor Mayor Tom Hill met …" and "Ashby manager Gary
// Flint was …" do, "… with Gov. Tom Hill" does not.
func (d *doc) nameOpensSentence(pos int) bool {
	if c := d.commaBefore(pos); c >= 0 && d.frontedBefore(c) {
		return true // In his statement Monday, Tom Hill went further
	}
	for words := 0; words <= 3; words++ {
		j, i, ok := d.shortWordBefore(pos) // bounded: each pronoun asks this of the same names
		if i == 0 || d.r[i-1] == '\n' {
			return true
		}
		if strings.ContainsRune(".!?", d.r[i-1]) {
			if d.classOf(d.r[j:i])&(cTitle|cAbbrev) == 0 && d.classOf(dropPeriod(d.r[j:i]))&(cTitle|cHonorific) == 0 {
				return true // the sentence before ends here
			}
		}
		if ok && d.datelineDash(j, i) {
			return true // WASHINGTON (AP) — Attorney General Ann Roe said …: the dateline is no part of the sentence
		}
		if !ok {
			return false
		}
		w := strings.ToLower(string(d.r[j:i])) // made once, for roleWord and the sets below
		if !unicode.IsUpper(d.r[j]) && !d.roleWord(d.r[j:i], w) {
			return false // but Ashby manager Gary Flint …: a role before the name is the subject's
		}
		if d.has(cPrep, w) || !d.german && d.has(cDeterminer, w) || d.inSet(setSubordinate, w) {
			return false // When Tom Hill …, In Tom Hill's view: no subject; But Tom Hill …, Der Landrat Jan Roth …: one
		}
		pos = j
	}
	return false
}

// roleWord reports whether the lower-case word rs, lower the same
// word as a string, is a title or a role noun (manager, striker's coach,
// senator) that a name after it holds.
func (d *doc) roleWord(rs []rune, lower string) bool {
	return d.classOf(rs)&cTitle != 0 || d.inSet(setRolenoun, lower)
}

// datelineDash reports whether the word at runes [s, e) is the dash
// after a wire story's dateline that opens its line, "FENWICK, Del. (AP)
// —": the line's first word is in capitals (as afterDateline reads it).
// English only; the line start is looked for at most 60 runes back. An
// empty word (shortWordBefore after a tab) is none.
func (d *doc) datelineDash(s, e int) bool {
	if d.german || e == s || e-s > 2 || !strings.ContainsRune("—–-", d.r[s]) || e-s == 2 && d.r[s+1] != '-' {
		return false
	}
	ls := s
	for ls > 0 && d.r[ls-1] != '\n' {
		if s-ls >= 60 {
			return false
		}
		ls--
	}
	we := ls
	for we < s && isWordRune(d.r[we]) {
		we++
	}
	return we < s && isAllCaps(d.r[ls:we])
}

// frontedBefore reports whether the comma at rune comma closes an
// adverbial that opens the sentence with a preposition or a
// subordinating word (In his statement Monday, At the rally, When Ann
// Roe spoke,): the name after it is the main clause's subject. English
// only; at most 8 words back, and no other comma: In Fenwick, Dover,
// Tom Hill … is a list.
func (d *doc) frontedBefore(comma int) bool {
	if d.german {
		return false
	}
	i := comma
	for words := 0; words < 8 && i > 0; words++ {
		s, e, ok := d.shortWordBefore(i)
		if !ok || s == e || slices.ContainsFunc(d.r[s:e], func(c rune) bool { return strings.ContainsRune(",;:\"“”()", c) }) {
			return false
		}
		if s == 0 || d.r[s-1] == '\n' || s > 1 && strings.ContainsRune(".!?", d.r[s-2]) && d.r[s-1] == ' ' {
			return unicode.IsUpper(d.r[s]) && d.classOf(d.r[s:e])&(cPrep|cAdverbial|cConditional) != 0
		}
		i = s
	}
	return false
}

// commaBefore returns the rune index of the comma that stands right
// before rune pos, past spaces only (the pier is safe, he said), else
// -1: the index, so that frontedBefore reads on from it.
func (d *doc) commaBefore(pos int) int {
	i := pos
	for i > 0 && d.r[i-1] == ' ' && pos-i < maxWordRunes { // bounded: nameOpensSentence asks it per pronoun and name
		i--
	}
	if i > 0 && d.r[i-1] == ',' {
		return i - 1
	}
	return -1
}

// namesPair reports whether an English source joins two people's names
// with and (Tom Hill and Jane Roe, Mr. Hill and Ms. Roe, Professors Hill
// and Roe), so that neither
// alone is the speaker: each side opens with a first name or a title and
// ends in a word the lexicon does not know, as surnames are (not "Citizenship
// and Immigration Services", nor "Secretary of State and …"); a side may
// also be a full name the article gives (Rosa Delane) and, two words
// alone, surnames of names given (Trump and Sanders).
func (d *doc) namesPair(ws []word) bool {
	opensName := func(w word) bool {
		return w.upper && (d.has(cMale|cFemale|cTitle, w.lower) || d.isHonorific(w.lower))
	}
	surname := func(w word) bool { _, known := d.lex.index.getString(w.lower); return w.upper && !known }
	if len(ws) == 3 && !d.german && ws[1].lower == "and" {
		// Trump and Sanders, Cruz and Rubio: two people the article named
		// in full before, by their surnames
		return d.givenName(ws[:1]) && d.givenName(ws[2:])
	}
	for i := 2; i+2 < len(ws) && !d.german; i++ {
		if ws[i].lower == "and" {
			return (opensName(ws[0]) || d.givenName(ws[:i])) && (opensName(ws[i+1]) || d.givenName(ws[i+1:])) && surname(ws[i-1]) && surname(ws[len(ws)-1])
		}
	}
	// Professors Hill and Roe, Sens. Hill and Roe: a plural title before
	// two surnames
	return len(ws) == 4 && !d.german && ws[0].upper && d.inSet(setPluraltitle, ws[0].lower) && ws[2].lower == "and" && surname(ws[1]) && surname(ws[3])
}

// givenName reports whether the words ws are a person's full name the
// article gives (Rosa Delane, first name known or not) or the surname of
// one (Delane): the names collected for the article hold it.
func (d *doc) givenName(ws []word) bool {
	if len(ws) == 0 || !ws[len(ws)-1].upper {
		return false
	}
	full := d.names[ws[len(ws)-1].lower]
	if full == "" || d.placeOpens(full) {
		return false // United States Citizenship and Immigration Services: a body
	}
	return len(ws) == 1 && strings.Contains(full, " ") || strings.EqualFold(full, joinWords(ws))
}

// plural reports whether an English source names a group: a plural head
// (officials, Republicans, the two campaigns) or a coordination (Tom Hill
// and Jane Roe).
func (d *doc) plural(ws []word) bool {
	if d.german || len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if w.lower == "and" {
			return true
		}
	}
	head := ws[len(ws)-1].lower
	return len(head) > 3 && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") && !strings.HasSuffix(head, "'s") && !ws[len(ws)-1].upper ||
		d.has(cAnonymous|cOrganisation, head) && strings.HasSuffix(head, "s") && len(ws) == 1
}

// antecedent picks the person a he or she refers to: the last one named of
// that gender, else the last one of unknown gender, among the last few;
// never one of the other gender.
func antecedent(persons []*frame, gender byte) *frame {
	var unknown *frame
	for i := len(persons) - 1; i >= 0 && i >= len(persons)-6; i-- {
		switch persons[i].gender {
		case gender:
			return persons[i]
		case 0:
			if unknown == nil {
				unknown = persons[i]
			}
		}
	}
	return unknown // none: "she" is not the last man named
}

// genderOf tells a person's gender from an honorific in the mention (Mr.,
// Ms., Frau) or the first name of the resolved name; 0 when unknown.
func (d *doc) genderOf(ws []word, name string) byte {
	for _, w := range ws {
		if g := honorificGender(w.lower); g != 0 {
			return g
		}
	}
	first, _, _ := strings.Cut(name, " ")
	e, _ := d.lex.index.get(d.lowered(first))
	switch c := e.cls; {
	case c&cMale != 0 && c&cFemale == 0:
		return 'm'
	case c&cFemale != 0 && c&cMale == 0:
		return 'f'
	}
	return 0
}

// resolveDescription handles "a senior French presidential official", "the
// official", "his office", "the Kremlin website".
func (d *doc) resolveDescription(f *frame, ws []word, described map[string]*frame) {
	h := d.descriptionHead(ws)
	headWord, beforeHead := ws[h], ws[:h]
	first := ws[0].lower                   // the determiner or quantifier, if any
	head := dropPossessive(headWord.lower) // the board's: an owner named by its noun
	det := ""
	if d.has(cDeterminer, first) && !(len(ws) > 1 && (ws[1].lower == "of" || !d.german && (d.has(cPrep, ws[1].lower) || ws[1].lower == "out"))) { // but "some of the riders", "Many in the crowd", "two out of three" keep their quantifier
		det, ws = first, ws[1:]
	}
	if len(ws) == 0 {
		f.kind, f.speaker = quotes.Unknown, d.text(f.mention)
		return
	}
	name := joinWords(ws)
	describedAs := func(full string) {
		// The governor said …: the person named before, and the
		// description is the role the text gives her here
		f.kind, f.speaker, f.resolution = quotes.Person, full, "description"
		if f.role == "" {
			f.role = name
		}
	}
	if prev := described[head]; det == "the" && len(ws) <= 3 && prev != nil && prev.kind == quotes.Person && prev.resolution != "description" && d.sameRole(ws, prev.role) {
		// Jo Hill, the harbor master, said …. The harbor master added
		describedAs(prev.speaker)
		return
	}
	if d.german && len(ws) == 1 && d.definiteGerman(det) {
		if full := d.titledBefore(f.mention.s, head, ""); full != "" {
			// der Linkspolitiker Jan Roth sagte …. Der Linkspolitiker fügte hinzu
			describedAs(full)
			return
		}
	}
	if det == "the" && (len(ws) == 1 || len(ws) == 2 && !ws[0].upper && !ws[1].upper) {
		mod := ""
		if len(ws) == 2 {
			mod = ws[0].lower // Chief Justice Jo Hill … the chief justice
		}
		if full := d.titledBefore(f.mention.s, head, mod); full != "" {
			// Governor Ann Lee signed the bill. The governor said …
			describedAs(full)
			return
		}
	}
	if det == "the" && len(ws) <= 3 && d.has(cTitle, head) && !d.has(cOrganisation|cAnonymous|cDocument, head) && !ws[len(ws)-1].upper {
		if full := d.subjectBefore(f.mention.s); full != "" {
			// Ann Lee met the board on Monday. The candidate said …: the
			// person the sentence before was about
			describedAs(full)
			return
		}
	}
	switch {
	case d.countedPeople(det, ws, head):
		f.kind = quotes.Anonymous // some Democrats, one senior Republican, 42 percent, three in 10
		if f.role == "" && !isDigits(head) && !d.inSet(setPartitive, head) {
			f.role = name
		}
	case d.has(cTitle, head) && !d.has(cOrganisation|cAnonymous, head) && !ws[len(ws)-1].upper:
		f.kind = quotes.Person // the FBI director: a person the article describes
	case d.figuresOfPeople(beforeHead, head):
		f.kind = quotes.Anonymous // Republican establishment figures, some party figures: people, not numbers
	case !d.german && d.has(cDocument, head) && !headWord.upper:
		f.kind = quotes.Document // its website, the company's website: a page, though a site may be a body too
	case d.has(cOrganisation, head) || ws[0].upper && d.has(cOrganisation, strings.ToLower(ws[0].text)) || d.germanOrganisationWord(head) || !d.german && d.inSet(setBodies, head):
		f.kind = quotes.Organisation
	case d.has(cDocument, head) || d.germanCompound(head, cDocument):
		f.kind = quotes.Document
	case d.has(cAnonymous, head) || d.has(cAnonymous, strings.TrimSuffix(head, "s")) || d.germanCompound(head, cAnonymous):
		f.kind = quotes.Anonymous
		if f.role == "" {
			f.role = name // a senior French presidential official
		}
		if (det == "the" || det == "der" || det == "die" || det == "this") && described[head] != nil {
			prev := described[head]
			f.speaker, f.resolution = prev.speaker, "description"
			return
		}
	case d.german && (isAllCaps([]rune(headWord.text)) || slices.Contains(d.r[f.mention.s:f.mention.e], '„')):
		f.kind = quotes.Organisation // die NASA, der BBC; die „Computerwoche“: a title in marks
	case d.german && strings.HasSuffix(head, "schaft"):
		f.kind = quotes.Organisation // die Gewerkschaft, der Bundesanwaltschaft
	case d.german && abstractNoun(head):
		f.kind = quotes.Unknown // die Resolution, die Vereinsführung: no person, though capitalised
	case d.german && ws[len(ws)-1].upper:
		f.kind = d.germanHeadKind(head, headWord.text, beforeHead) // German capitalises every noun: the head tells, not its case
	case ws[len(ws)-1].upper, d.has(cTitle, head) && !d.has(cOrganisation, head):
		f.kind = quotes.Person // the mayor, the judge: a person the article describes
	default:
		f.kind = d.peopleKind(head)
		if f.kind == quotes.Anonymous {
			f.resolution = "people" // no antecedent of he or she: the class knows no such noun
		}
	}
	if f.kind == quotes.Person && d.germanGroup(first, head) {
		f.kind = quotes.Anonymous // die Forscher, ein Bewohner: people by what they do, as researchers are
		if f.role == "" {
			f.role = name
		}
	}
	if f.kind == quotes.Person && f.role == "" && !d.german && !ws[len(ws)-1].upper && (det == "the" || det == "a" || det == "an") {
		f.role = name // the Republican presidential nominee: the role names the person
	}
	if det == "his" || det == "her" || det == "their" || det == "its" {
		name = det + " " + name
		if owner := d.lastNameBefore(f.mention.s, det); owner != "" && det != "its" {
			name = owner + "'s " + joinWords(ws) // his office → Emmanuel Macron's office
		}
	}
	f.speaker = name
	if described[head] == nil {
		described[head] = f
	}
}

// figuresOfPeople reports whether an English head "figures" names people
// by the word before it: a party or a realm (Republican establishment
// figures, some GOP figures, prominent public figures), where figures
// alone or after a maker are numbers (the figures, FEC figures).
func (d *doc) figuresOfPeople(beforeHead []word, head string) bool {
	if d.german || head != "figures" || len(beforeHead) == 0 {
		return false
	}
	w := beforeHead[len(beforeHead)-1].lower
	return d.inSet(setPeoplefigure, w) || d.partyMember(w)
}

// countedPeople reports whether an English source, its determiner det
// taken off, names some unnamed people by a count or a share: a quantifier
// before a party's members (some Democrats, most Republicans, one senior
// Democrat; but "the Democrats" and "Democrats" stay the party), or a
// number or share as the head (42%, 22 percent, three in 10, a third,
// 520 superdelegates: those polled or counted).
func (d *doc) countedPeople(det string, ws []word, head string) bool {
	if d.german {
		return false
	}
	counted := det != "" && d.countsSome(det) ||
		len(ws) > 2 && d.inSet(setPartitive, ws[0].lower) && ws[1].lower == "of" // half of the Democrats, a number of Republicans
	if counted && (d.partyMember(head) || nationals(ws[len(ws)-1])) {
		return true
	}
	if d.inSet(setPartitive, head) || isDigits(head) && d.countBefore(ws) {
		return true // 42%, 22 percent, three in 10, two-thirds, nearly half, the two
	}
	// 520 superdelegates, at least 50 riders: a figure before a plural
	// head that names people by its class or its ending
	counted = counted || slices.ContainsFunc(ws[:len(ws)-1], func(w word) bool { return isDigits(w.lower) })
	return len(ws) >= 2 && counted && d.plural(ws) && (personWord(head) || d.has(cTitle, strings.TrimSuffix(head, "s")))
}

// countBefore reports whether the figure that ends ws is a count of
// people: alone (42%, 39), or after "in", "than" or a rough count (three
// in 10, more than 4 in 10, at least 21,000); not a year or a number in a
// name (a study from 2011, Article 33).
func (d *doc) countBefore(ws []word) bool {
	if len(ws) == 1 {
		return true
	}
	w := ws[len(ws)-2].lower
	return w == "in" || w == "than" || w == "least" || d.inSet(setApproximator, w)
}

// countedMembers reports whether an English mention counts some members
// of a party, whose name ends it like a name: some Fenwick Democrats,
// one senior Republican; but the Fenwick Democrats is the party.
func (d *doc) countedMembers(ws []word) bool {
	return len(ws) > 1 && d.countsSome(ws[0].lower) && d.partyMember(ws[len(ws)-1].lower)
}

// countsSome reports whether the determiner det picks some of a group
// out by a count or a share (some, most, one, several, other, both),
// where "the" or none names the whole group.
func (d *doc) countsSome(det string) bool {
	return d.inSet(setPartitive, det) || d.has(cQuantifier, det) || det == "other" || det == "both"
}

// nationals reports whether w is a capitalised plural of a people's name
// (Americans, Germans, African-Americans), which a count before it makes
// some of them rather than a country.
func nationals(w word) bool {
	return w.upper && (strings.HasSuffix(w.lower, "ans") || strings.HasSuffix(w.lower, "ese")) && len(w.lower) > 5
}

// partyMember reports whether w names a member or members of a party or a
// political camp: Democrat, Republicans, conservatives, liberals.
func (d *doc) partyMember(w string) bool {
	one := strings.TrimSuffix(w, "s")
	return one == "democrat" || one != "democratic" && d.inSet(setLeaning, one) && !strings.HasSuffix(one, "partisan")
}

// germanGroup reports whether a German description that first opens
// and head heads names people by a noun that is no title, as a group or
// one of many: die Forscher, den Demonstranten, ein Bewohner, einige
// Juristen; not der Forscher (a person the article describes), die
// Aktivistin or die Witwe (one woman), ein Minister (a title).
func (d *doc) germanGroup(first, head string) bool {
	if !d.german || !d.inSet(setGermangroup, first) || d.roleNoun(head) || d.germanTitle(head) {
		return false
	}
	switch first {
	case "die":
		return !strings.HasSuffix(head, "in") && !d.inSet(setGermanshe, head)
	case "den":
		return strings.HasSuffix(head, "n") // den Anwohnern: a dative plural, not den Prediger
	}
	return true
}

// germanHeadKind returns the kind of a German description whose head
// the classes before it left open: a person when the head is a title or
// source noun, a person noun or a noun for a person by its ending (der
// Linkspolitiker, des Angestellten, der Hausarzt), or a surname after a
// given name (before holds the words before the head); an organisation when
// it is a body, a party or an outlet, or an acronym after a hyphen (das
// Nobelkomitee, die Grünen, der Landes-SPD); else unknown. Every German
// noun is capitalised, so the case of the head tells nothing (das
// Bahnprojekt, dem Vernehmen, die Wahlen).
func (d *doc) germanHeadKind(head, text string, before []word) quotes.SpeakerKind {
	switch {
	case d.roleNoun(head) || d.germanTitle(head) || d.germanPersonNoun(head):
		return quotes.Person
	case len(before) > 0 && d.has(cMale|cFemale, before[len(before)-1].lower):
		return quotes.Person // der Abgeordnete Jo Vale von der Partei: the head is a surname
	case slices.ContainsFunc(before, func(w word) bool { return d.germanOrganisationWord(w.lower) }):
		return quotes.Organisation // die Zeitung The Ledger: the name of what the noun before it names
	case d.germanBody(head) || acronymTail(text):
		return quotes.Organisation // before the agent endings: das Nobelkomitee is no -e person
	case germanAgentNoun(head):
		return quotes.Person
	}
	return quotes.Unknown
}

// germanPersonNoun reports whether the lower-case German noun w, in any
// case, names a person as a word of the germanperson set, in full or
// ending a compound (Staatsanwalt, Ehemann, Feuerwehrmänner), or as a
// title in the genitive (des Polizeichefs, des Generalsekretärs).
func (d *doc) germanPersonNoun(w string) bool {
	person := d.lex.bySet[setGermanperson].has
	return germanInflected(w, func(stem, ending string) bool {
		return person(stem) || compoundEnd(stem, 3, 4, false, person) != "" || ending != "" && (d.roleNoun(stem) || d.germanTitle(stem))
	})
}

// germanAgentNoun reports whether the lower-case German noun w, in any
// case, names a person by an agent ending (germanAgent) that its
// inflection fits: der Betreiber, des Betreibers, des Angestellten.
func germanAgentNoun(w string) bool {
	return germanInflected(w, func(stem, ending string) bool {
		return germanAgent(stem) && agentInflection(ending, stem)
	})
}

// germanInflected reports whether ok holds for w after its last hyphen
// (der BA-Sachbearbeiter) as it stands or with a case or plural ending
// cut off: the stems germanPersonNoun, germanAgentNoun and roleNoun read.
func germanInflected(w string, ok func(stem, ending string) bool) bool {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	for _, ending := range [...]string{"", "s", "es", "n", "en", "nen"} {
		if stem, cut := strings.CutSuffix(w, ending); cut && ok(stem, ending) {
			return true
		}
	}
	return false
}

// agentInflection reports whether a German agent noun stem, cut from a
// word by germanAgentNoun before the ending, was cut at an inflection
// of it: no ending; -s after any stem but one in -e (des Betreibers; des
// Verlages is no Verlage); -n after -e (des Abgeordneten); -en after -or,
// -ent, -ant, -ist or -eur (die Organisatoren, die Demonstranten); -nen
// after -in (die Sängerinnen); -es never: agent nouns take -s in the
// genitive (des Betreibers).
func agentInflection(ending, stem string) bool {
	switch ending {
	case "":
		return true
	case "s":
		return !strings.HasSuffix(stem, "e")
	case "n":
		return strings.HasSuffix(stem, "e")
	case "en":
		return endsAfterStem(stem, 0, "or", "ent", "ant", "ist", "eur")
	case "nen":
		return strings.HasSuffix(stem, "in")
	}
	return false
}

// germanAgent is agentNoun, with -ling, and with a narrower -e: the endings of the
// adjectives and participles used as nouns (die Abgeordnete, der
// Vorsitzende, der Verantwortliche, die Gefangene), not any noun in -e
// (die Menschenmenge, dem Vernehmen, die Sprachschule).
func germanAgent(w string) bool {
	if strings.HasSuffix(w, "ling") || strings.HasSuffix(w, "linge") {
		return utf8.RuneCountInString(w) >= 7 // der Flüchtling, die Häftlinge
	}
	if !agentNoun(w) {
		return false
	}
	return !strings.HasSuffix(w, "e") || endsAfterStem(w, 0, "te", "de", "che", "ene")
}

// germanBody reports whether the lower-case German noun w names a body,
// a party or an outlet: a word of the germanbody or press set, in full
// or ending a compound (Wirtschaftsrat, Nobelkomitee, Tagesthemen); not
// a noun in -krat (Demokrat), which is a person.
func (d *doc) germanBody(w string) bool {
	body := d.lex.bySet[setGermanbody].has
	if body(w) || d.germanPress(w) {
		return true
	}
	return !strings.HasSuffix(w, "krat") && compoundEnd(w, 3, 3, false, body) != ""
}

// acronymTail reports whether the word w ends, after a hyphen, in an
// acronym: three runes or more with no lower-case letter (isAllCaps), as
// in der Landes-SPD, die Bundes-CDU. A two-letter acronym (Landes-FW) is
// too short for isAllCaps, and a tail of digits (Bus-2000) passes it.
func acronymTail(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 0 {
		return false
	}
	return isAllCaps([]rune(w[i+1:]))
}

// abstractNoun reports whether a German noun ends in a suffix of
// abstract and collective nouns, which name no person: -ung, -heit,
// -keit, -ion, -tät, -ei, -ium, -enz, -anz, -ik, -ie (die Meldung, die
// Kommission, die Akademie). A noun in -schaft (die Gewerkschaft) is an
// organisation, which resolveDescription tells first.
func abstractNoun(w string) bool {
	return endsAfterStem(w, 3, "ung", "heit", "keit", "ion", "tät", "ei", "ium", "enz", "anz", "ik", "ie")
}

// anonymousHead reports whether a mention is an unnamed person described
// by the name after the head: "a spokesperson for Vale Bank", or
// "Attorneys for Jo Vale" and "Supporters of Ann Roe", whose head only
// the sentence start capitalises: the attorneys speak, not Jo Vale.
func (d *doc) anonymousHead(ws []word) bool {
	h := d.descriptionHead(ws)
	return h < len(ws)-1 && (!ws[h].upper || h == 0 && !ws[1].upper) && (d.workerWord(ws[h].lower) || !d.german && h+1 < len(ws) && d.sourceParticiple(ws[h+1].lower) && d.has(cDocument, ws[h].lower))
}

// descriptionHead returns the index of a description's head noun: the
// last word before a phrase that follows it (sources close to the
// minister, a spokesman for the ministry, the head of the Harbor Agency),
// else the last word.
func (d *doc) descriptionHead(ws []word) int {
	for i := 1; i+1 < len(ws); i++ {
		if i >= 2 && !d.german && ws[i].lower == "by" && d.participleWord(ws[i-1].lower) {
			return i - 2 // a memo seen by the board, records obtained by the Ledger: the noun before the participle
		}
		if ws[i].upper || !d.has(cPrep, ws[i].lower) && !d.inSet(setPostmodifier, ws[i].lower) {
			continue
		}
		name := ws[i-1].upper && !d.german && !(i == 1 && d.has(cAnonymous, ws[0].lower)) // but Sources close to …
		if name || d.partitive(ws[i-1].lower) || isDigits(ws[i+1].lower) {
			continue // Club for Growth, three-quarters of the voters, four in 10 voters
		}
		if i >= 2 && !d.german && !ws[i-2].upper && d.sourceParticiple(ws[i-1].lower) {
			return i - 2 // a memo obtained by the Ledger, a study published in March: the noun before the participle
		}
		return i - 1
	}
	return len(ws) - 1
}

// sourceParticiple reports whether the English w is a past participle
// that may follow a source's noun: obtained, published, seen, written.
// It is participleWord but for the -ed words of four letters or fewer
// (bed, red), which without "by" after them are seldom participles.
func (d *doc) sourceParticiple(w string) bool {
	return (len(w) > 4 || !strings.HasSuffix(w, "ed")) && d.participleWord(w)
}

// peopleKind returns the kind of an English source whose lower-case head
// the word classes do not know: unnamed people when the head is a noun
// for people by its ending, a man or woman, or kin (organisers said, one
// farmer, the city engineer, the victim's mother); else unknown.
func (d *doc) peopleKind(head string) quotes.SpeakerKind {
	if !d.german && (personWord(head) || agentSingular(head) || d.inSet(setKin, head)) {
		return quotes.Anonymous
	}
	return quotes.Unknown
}

// agentSingular reports whether w is a noun for a person by its ending:
// farmer, auditor, engineer, economist, historian.
func agentSingular(w string) bool {
	return endsAfterStem(w, 4, "er", "or", "ist", "ian")
}

// participleWord reports whether the lower-case English word w is a
// past participle: in -ed, or an irregular one (seen, written).
func (d *doc) participleWord(w string) bool {
	return strings.HasSuffix(w, "ed") || d.inSet(setEnparticiple, w)
}

// partitive reports whether w names a share or a number of what follows
// of: "three-quarters of the voters", "most of them".
func (d *doc) partitive(w string) bool {
	return d.has(cQuantifier, w) || isDigits(w) || d.inSet(setPartitive, w)
}

// isDigits reports whether w is a number written in figures (12, 1,200,
// 3.5, 40%).
func isDigits(w string) bool {
	return w != "" && strings.Trim(w, "0123456789,.%") == ""
}

// namesTitle reports whether w, the word before a name, is the title
// head, in full or abbreviated with a dot: Governor or Gov. for the
// governor, Sen. for the senator.
func (d *doc) namesTitle(w, head string, dot bool) bool {
	if d.german {
		return strings.HasSuffix(strings.ToLower(w), head) // Innenminister Jan Roth … der Minister
	}
	if !dot {
		return strings.EqualFold(w, head)
	}
	w = strings.ToLower(w)
	return len(w) >= 3 && strings.HasPrefix(head, w) && d.has(cTitle, w+".")
}

// titledBefore returns the full name of a person named shortly before
// rune pos right after the title head ("Governor Ann Lee" or "Gov. Ann
// Lee" for the governor), else "". A title of two words matches when mod,
// its first word, stands right before it ("Chief Justice Jo Hill" for the
// chief justice).
func (d *doc) titledBefore(pos int, head, mod string) string {
	if d.german && !d.roleNoun(head) && !agentNoun(head) || !d.german && !d.has(cTitle, head) {
		return ""
	}
	ns := d.namesBefore(pos)
	for j := len(ns) - 1; j >= 0; j-- {
		// each description reads the same names again: the spaces and
		// the title before a name are read up to maxWordRunes
		e := ns[j].pos
		for e > 0 && d.r[e-1] == ' ' && ns[j].pos-e < maxWordRunes {
			e--
		}
		dot := e > 0 && d.r[e-1] == '.'
		if dot {
			e-- // Gov. Ann Lee: an abbreviated title
		}
		s := e
		for s > 0 && unicode.IsLetter(d.r[s-1]) && e-s < maxWordRunes {
			s--
		}
		if s == e || s > 0 && unicode.IsLetter(d.r[s-1]) || !d.namesTitle(string(d.r[s:e]), head, dot) {
			continue
		}
		if mod == "" {
			if d.german || !d.capitalisedBefore(s) { // German capitalises its nouns: Der Hafenpolitiker Jan Roth
				return ns[j].name // but not World Bank President Jim Kim: the bank's president
			}
		} else if ms, me, ok := d.shortWordBefore(s); ok && ms < me && strings.EqualFold(string(d.r[ms:me]), mod) && !d.capitalisedBefore(ms) {
			return ns[j].name
		}
	}
	return ""
}

// subjectBefore returns the full name of the person who opens the
// sentence right before rune pos (its subject), or "": the holder a
// role description after it most likely names.
func (d *doc) subjectBefore(pos int) string {
	ends := 0 // sentence ends between the name and pos
	i := pos
	for i > 0 && ends < 2 && pos-i < 400 {
		c := d.r[i-1]
		if c != '\n' && !((c == '.' || c == '!' || c == '?') && i < len(d.r) && unicode.IsSpace(d.r[i])) {
			i--
			continue
		}
		ends++ // one end, however many marks and breaks: June 7.\n\n
		for i > 0 && strings.ContainsRune(" \n.!?", d.r[i-1]) {
			i--
		}
	}
	ns := d.namesBefore(pos)
	for j := len(ns) - 1; j >= 0 && ns[j].pos >= i; j-- {
		if !ns[j].possessive && d.nameOpensSentence(ns[j].pos) && !d.sameSentence(ns[j].pos, pos) {
			if s, e, ok := d.shortWordBefore(ns[j].pos); ok && s < e && unicode.IsUpper(d.r[s]) {
				if w := strings.ToLower(string(d.r[s:e])); d.has(cTitle, w) && !d.isHonorific(w) {
					return "" // Vice Mayor Ann Lee …. The mayor: a title of her own, which titledBefore read
				}
			}
			return ns[j].name
		}
	}
	return ""
}

// definiteGerman reports whether det is a German definite article: der,
// die, das, des, dem, den.
func (d *doc) definiteGerman(det string) bool {
	switch det {
	case "der", "die", "das", "des", "dem", "den":
		return true
	}
	return false
}

// maxWordRunes bounds the words and space runs that the rules run per
// name or pronoun read (shortWordBefore, personOpens): no title, verb or
// name is that long, and text with no spaces must not make each such
// rule scan it whole.
const maxWordRunes = 64

// maxNameBytes bounds the full names the rules run per pronoun read
// (unknownGenderOpener) and the channels a pronoun's quote copies
// (sameChannel): a run of capitalised words longer than that is no
// person's or outlet's name (the longest speaker on the dev sets is
// 121 bytes, the longest channel 67).
const maxNameBytes = 200

// shortWordBefore returns where the word before rune pos starts and
// ends, the spaces after it skipped (s == e where a line or the text
// begins), for the rules that run per name or pronoun and look for a
// short word (a title, a preposition): ok is false when the spaces or the
// word before pos run to maxWordRunes, and then e is where the scan
// stopped (the word's end when only the word is long), s no word's start.
func (d *doc) shortWordBefore(pos int) (s, e int, ok bool) {
	e = pos
	for e > 0 && d.r[e-1] == ' ' {
		if pos-e >= maxWordRunes {
			return e, e, false
		}
		e--
	}
	s = e
	for s > 0 && !unicode.IsSpace(d.r[s-1]) {
		if e-s >= maxWordRunes {
			return s, e, false
		}
		s--
	}
	return s, e, true
}

// capitalisedBefore reports whether the word before rune pos, in the same
// sentence, is capitalised (a word of maxWordRunes or more is not: no
// title or name is that long).
func (d *doc) capitalisedBefore(pos int) bool {
	s, e, ok := d.shortWordBefore(pos)
	return ok && s < e && unicode.IsUpper(d.r[s]) && !strings.ContainsRune(".!?\"”", d.r[e-1])
}

// sameRole reports whether a description (the words after "the") names
// the role a person was given: every word of it is in the role, and a
// word that makes the role another (vice, deputy) is in the description
// too. "the Florida senator" is not "Vermont senator", "the president" not
// "Vice President".
func (d *doc) sameRole(ws []word, role string) bool {
	if d.has(cOrganisation|cDocument, ws[len(ws)-1].lower) {
		return false // the party: no person's role
	}
	rs := strings.Fields(strings.ToLower(role))
	in := func(w string, list []string) bool {
		for _, x := range list {
			if dropPossessive(strings.Trim(x, ",;")) == w {
				return true
			}
		}
		return false
	}
	var desc []string
	for _, w := range ws {
		if !in(w.lower, rs) {
			return false
		}
		desc = append(desc, w.lower)
	}
	for _, r := range rs {
		if d.inSet(setTitleprefix, r) && !in(r, desc) {
			return false
		}
	}
	return true
}

// roleHead returns the lower-case head noun of a person's role: "mayor"
// of "Harbor Mayor", "chairwoman" of "the interim chairwoman of the
// DNC"; "" for no role.
func (d *doc) roleHead(role string) string {
	if role == "" || d.german {
		return ""
	}
	ws := strings.Fields(strings.ToLower(role))
	head := ""
	for i, w := range ws {
		if i > 0 && d.has(cPrep, w) {
			break
		}
		head = dropPossessive(strings.Trim(w, ",;"))
	}
	return head
}

// endsInName reports whether a description ends in a person's name: "the
// paper's Robert Costa", "the economist Jared Bernstein".
func (d *doc) endsInName(ws []word) bool {
	run, at := d.nameRun(ws)
	if len(run) == 0 || at+len(run) != len(ws) {
		return false
	}
	if _, known := d.names[run[len(run)-1].lower]; known || len(run) >= 2 {
		return true
	}
	// der italienische Ministerpräsident Berlusconi: a name after a role
	return d.german && len(ws) >= 2 && d.roleNoun(ws[len(ws)-2].lower)
}

// capitalIsPerson reports whether a mention that is a capital's name
// names a person: the article gave someone that surname ("Ann Paris …
// Paris said"), or a relative who follows it (Paris, who used to work on
// the Hill, said). Else Paris said stands for France's government.
func (d *doc) capitalIsPerson(f *frame, full string) bool {
	if full != "" {
		return true
	}
	rest := d.r[f.mention.e:min(len(d.r), f.mention.e+6)]
	return strings.HasPrefix(string(rest), ", who ")
}

// capitalList returns the governments a mention of two or more capitals
// joined by "and" (or commas) stands for: "Washington and London said" is
// "United States (government) and United Kingdom (government)", two
// organisations, not a person London with the role Washington. It returns
// "" when any part is no capital or a person of the article bears its name.
func (d *doc) capitalList(ws []word, names map[string]string) string {
	var govs []string
	part := ws[:0]
	flush := func() bool {
		if len(part) == 0 || !part[0].upper {
			return false
		}
		name := joinWords(part)
		country, ok := d.x.capitals[string(d.lowered(name))]
		if full, person := names[part[len(part)-1].lower]; !ok || person && !strings.EqualFold(full, name) {
			return false
		}
		govs, part = append(govs, country+" (government)"), part[len(part):]
		return true
	}
	joined := false
	for i, w := range ws {
		lw := strings.Trim(w.lower, ",")
		if lw == "and" || w.lower == "," {
			if (len(part) > 0 || len(govs) == 0) && !flush() { // Oslo, and Rome: the comma flushed Oslo
				return ""
			}
			joined = joined || lw == "and"
			continue
		}
		part = ws[i-len(part) : i+1]
		if strings.HasSuffix(w.lower, ",") {
			part = append(part[:len(part)-1:len(part)-1], word{text: strings.TrimSuffix(w.text, ","), lower: lw, upper: w.upper})
			if !flush() {
				return ""
			}
		}
	}
	if !joined || !flush() || len(govs) < 2 {
		return ""
	}
	return strings.Join(govs, " and ")
}

// germanCompound reports whether a German noun is a compound whose head,
// a tail of the word, is a word of class c, in any case (des
// Gesetzesentwurfs: a document; das Hafenamt, des Finanzministeriums: an
// organisation). German writes its compounds as one word; the part before
// the head is at least three letters long (not Samt for Amt), and a tail
// cut inside a letter like ü matches no word.
func (d *doc) germanCompound(w string, c class) bool {
	if !d.german || len(w) < 7 {
		return false
	}
	stems := [3]string{w, "", ""}
	if s, ok := strings.CutSuffix(w, "s"); ok {
		stems[1] = strings.TrimSuffix(s, "e") // des Finanzministeriums, des Landgerichtes
	}
	if s, ok := strings.CutSuffix(w, "n"); ok {
		stems[2] = s // die Gesundheitsbehörden: a plural in -n
	}
	in := func(t string) bool { return d.has(c, t) }
	for k, stem := range stems {
		if k > 0 && stem != "" && d.has(c, stem) {
			return true // die Behörden: the word itself, inflected
		}
		if compoundEnd(stem, 3, 3, false, in) != "" {
			return true
		}
	}
	return false
}

// maxHeadBytes bounds the compound heads compoundEnd tries: a word of
// maxWordRunes runes of four bytes each, far above the longest word of
// the lexicon.
const maxHeadBytes = 4 * maxWordRunes

// compoundEnd returns the first end of the German word w, after its
// first "from" bytes and of "least" bytes or more, that "in" accepts: the
// head of a compound (Tages|zeitung, Innen|minister, Armee|angaben); or
// "" when none does. With afterASCII the end must follow an ASCII letter
// or open w. The rules that look for a compound's head differ only in
// these bounds and in what a head is. An end cut inside a letter like ü
// is no word of the lexicon, and matches nothing. Only the last
// maxHeadBytes bytes are tried: no head is longer, and in hashes its
// whole argument, so trying every end of a 20k-rune word was quadratic.
func compoundEnd(w string, from, least int, afterASCII bool, in func(string) bool) string {
	for i := max(from, len(w)-maxHeadBytes); i+least <= len(w); i++ {
		if (!afterASCII || i == 0 || w[i-1] < utf8.RuneSelf) && in(w[i:]) {
			return w[i:]
		}
	}
	return ""
}

// documentHead reports whether an English mention is headed by a
// document noun before what names its maker, its time or its place: "a
// study by the Vale Institute", "new data from Harbor Research", "a
// Ledger poll released Monday", "a Fenwick Times poll last month",
// "Polls in Vale County". The document speaks, no one named after it; the
// names before it (the Ledger, Fenwick Times) are its maker's, and a poll
// may be capitalised as a title (the Harbor Voter Poll the same week).
func (d *doc) documentHead(ws []word) bool {
	if d.german {
		return false
	}
	for h := 0; h+1 < len(ws) && h < 8; h++ {
		w := ws[h]
		if w.lower == "by" || w.lower == "from" || d.has(cPrep|cFinite|cClause|cPronoun, w.lower) && !d.has(cDeterminer, w.lower) {
			return false // the first word may be the sentence's capital: New data from …
		}
		if !d.has(cDocument, w.lower) || w.upper && h > 0 && !d.inSet(setPollhead, w.lower) {
			continue // Tom Hill's: a name before the document
		}
		n := ws[h+1].lower
		if n == "by" || n == "from" {
			return h+2 < len(ws)
		}
		return d.documentModifier(ws, h+1)
	}
	return false
}

// documentModifier reports whether ws[i], after a document noun, opens
// what says when or where it came out rather than who wrote it: a
// participle (released, conducted, taken), a time (Monday, last month,
// the same week), "out" (a poll out Monday), or "in" (polls in Vale
// County).
func (d *doc) documentModifier(ws []word, i int) bool {
	w := ws[i].lower
	switch {
	case d.sourceParticiple(w) || d.has(cTime, w) || w == "out" || w == "in":
		return true
	case w == "the":
		return i+1 < len(ws) && ws[i+1].lower == "same"
	}
	return false
}

// germanCommonHead reports whether a German mention is headed by a
// common noun of a kind of source, which German capitalises like a name:
// die Behörden in Singapur, Nicht näher genannten Quellen, die
// Oppositionsparteien, der Ärzte. The mention is a description, no name.
func (d *doc) germanCommonHead(ws []word) bool {
	if !d.german {
		return false
	}
	w := ws[d.descriptionHead(ws)].lower // Marktanalyst Jo Hall von der Vale Bank: a name heads it
	// a German word of the lists, not an English one that ends a name
	// (Michael Bloomberg, General Motors)
	return d.has(cOrganisation|cAnonymous|cDocument, w) && d.has(cGerman, w) || d.germanCompound(w, cOrganisation|cAnonymous) || d.germanPress(w)
}

// nounBefore reports whether a capitalised word other than a determiner
// is among the words before a name run: "Der Vorsitzende der Stiftung
// Vale" names the chairman, not the foundation.
func (d *doc) nounBefore(before []word) bool {
	return slices.ContainsFunc(before, func(w word) bool { return w.upper && !d.has(cDeterminer, w.lower) })
}

// germanTitle reports whether the German word w ends in a German title
// of four letters or more after a stem of three: Innenminister, VW-Chef,
// Oberbürgermeister; not Wiedeking or Insassen, whose ends are English
// titles or abbreviations (king, sen).
func (d *doc) germanTitle(w string) bool {
	if !d.german {
		return false
	}
	return compoundEnd(w, 3, 4, true, func(t string) bool { return d.has(cTitle, t) && d.has(cGerman, t) }) != ""
}

// germanOrganisationWord reports whether the German word w names an
// organisation or an outlet, in full or as the end of a compound
// (Nachrichtenagentur, Tageszeitung).
func (d *doc) germanOrganisationWord(w string) bool {
	return d.german && (d.has(cOrganisation, w) || d.germanCompound(w, cOrganisation) || d.germanPress(w))
}

// germanPress reports whether the German word w is, or ends in, a word
// for a news outlet (Zeitung, Tageszeitung, Computerwoche, Wiki): the
// press set.
func (d *doc) germanPress(w string) bool {
	if !d.german {
		return false
	}
	return compoundEnd(w, 0, 4, true, d.lex.bySet[setPress].has) != ""
}

// resolveName picks the name out of a mention ("Former Secretary of State
// Hillary Clinton", "Joel Pollak of Breitbart") and completes a bare
// surname from the full names in the article.
func (d *doc) resolveName(f *frame, ws []word, names map[string]string) {
	owner := false
	if n := len(ws); n > 0 && ws[n-1].upper && isPossessive(ws[n-1].lower) {
		// Hale’s claim that …: the owner of what was said, named with
		// 's (not WEDNESDAY’S of a heading); no antecedent of a pronoun
		// after it, as it stands inside another's sentence
		last := word{text: dropPossessive(ws[n-1].text), lower: dropPossessive(ws[n-1].lower), upper: true}
		if !d.has(cTime, last.lower) {
			ws, owner = append(ws[:n-1:n-1], last), true
		}
	}
	if govs := d.capitalList(ws, names); govs != "" {
		f.kind, f.speaker = quotes.Organisation, govs
		return
	}
	run, at := d.nameRun(ws)
	if len(run) == 0 {
		f.kind, f.speaker = quotes.Unknown, d.text(f.mention)
		return
	}
	// die Tageszeitung Haaretz, die Staatsanwaltschaft Kiel: an
	// organisation's name; but der Verbandschef Jan Roth is a person
	orgNoun := d.german && len(run) == 2 && d.orgNoun(run[0].lower)
	last := run[len(run)-1].lower
	name := joinWords(run)
	lower := d.lowered(name)
	if country, ok := d.x.capitals[string(lower)]; ok && len(ws) == len(run) {
		full := names[last]
		if strings.EqualFold(full, name) {
			full = "" // Downing Street: the place's own name, no person's
		}
		if !d.capitalIsPerson(f, full) {
			f.kind, f.speaker = quotes.Organisation, country+" (government)"
			return
		}
	}
	if orgNoun || d.has(cOrganisation, last) || d.has(cOrganisation, string(lower)) || d.germanOrganisationWord(last) ||
		len(run) > 1 && d.germanOrganisationWord(run[0].lower) && !d.nounBefore(ws[:at]) || d.germanBodyName(run) {
		// die Nachrichtenagentur SPA, die Süddeutsche Zeitung: an outlet
		f.kind, f.speaker = quotes.Organisation, name
		return
	}
	if len(run) == 1 && d.germanCompound(last, cDocument) {
		f.kind, f.speaker = quotes.Document, name // laut Gesetzesentwurf
		return
	}
	if len(run) == 1 && d.german {
		if full := names[last]; d.germanOutlet(f, run[0], full) {
			f.kind, f.speaker = quotes.Organisation, name
			if full != "" {
				f.speaker = full
			}
			return
		}
	}
	f.kind = quotes.Person
	f.speaker = name
	if f.role == "" {
		f.role = d.roleBefore(ws[:at])
		if o := d.outletOwnerBefore(f, run[0]); o != "" {
			// MSNBC’s Jo Hill: the outlet she works for is no role but
			// where she speaks, unless the cue names its own (tweeted)
			f.role = ""
			if f.channel == "" && !d.channelVerb(f.cueText) {
				f.channel = o
			}
		}
	}
	if surname := d.particleSurname(ws, at, run); surname != "" {
		// De Blasio, von der Leyen: the particles belong to the surname
		f.speaker = surname
		if full, ok := names[last]; ok && hasSuffixFold(full, " "+surname) {
			f.speaker, f.resolution = full, "surname"
		}
	} else if len(run) == 1 {
		if full, ok := names[last]; ok {
			if g := d.genderOf(ws, ""); g != 0 && !d.fitsGender(full, g) {
				// Mr. Clinton after Hillary Clinton and Bill Clinton; but
				// Ms. Epstein is Lee Epstein, if no other Epstein is named
				if other := d.namedOfGender(f.mention.s, last, g); other != "" {
					full = other
				}
			}
			f.speaker, f.resolution = full, "surname"
		}
	}
	if owner {
		f.resolution = "owner" // kept out of the antecedents of pronouns
	}
}

// fitsGender reports whether the first name of the full name tells no
// gender other than g.
func (d *doc) fitsGender(full string, g byte) bool {
	fg := d.genderOf(nil, full)
	return fg == 0 || fg == g
}

// namedOfGender returns the full name, given before rune pos, of the
// surname last (in lower case) whose first name tells no gender other
// than g, which an honorific gives (Mr. Khan: not Ghazala Khan, who was
// named first, but Khizr Khan); "" if none. It looks back over the last
// maxNamesBack names.
func (d *doc) namedOfGender(pos int, last string, g byte) string {
	i := d.nameFrom(pos)
	for j := i - 1; j >= 0 && j >= i-maxNamesBack; j-- {
		n := d.nameSeq[j].name
		if k := strings.LastIndexByte(n, ' '); k > 0 && strings.EqualFold(n[k+1:], last) && d.fitsGender(n, g) {
			return n
		}
	}
	return ""
}

// maxNamesBack bounds how many names namedOfGender reads back.
const maxNamesBack = 64

// particleSurname returns the surname of a name run with the particles
// that open it, as written: a run of one word after two particles at
// most (de Maizière, Von der Leyen: German leaves von der out of the
// run) or a run of two words the first of which is a capitalised
// particle (De Blasio, Van Voorhis). Else "". run starts at ws[i], as
// nameRun returns it.
func (d *doc) particleSurname(ws []word, i int, run []word) string {
	switch {
	case len(run) == 2 && d.inSet(setSurnameparticle, run[0].lower):
		return run[0].text + " " + run[1].text
	case len(run) != 1:
		return ""
	}
	k := i
	for k > 0 && i-k < 2 && d.inSet(setSurnameparticle, ws[k-1].lower) {
		k--
	}
	if k == i || d.has(cDeterminer, ws[k].lower) {
		return "" // der Insassen: German der is an article, von der a particle
	}
	return joinWords(ws[k : i+1])
}

// hasSuffixFold reports whether s ends in suffix, upper and lower case
// alike (Bill de Blasio ends in De Blasio).
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// germanBodyName reports whether a German name of two words or more ends
// in a noun for a body, in any case (das Rote Kreuz, des Roten Kreuzes,
// des Auswärtigen Amtes, der Geological Survey): an organisation, though
// every word is capitalised, unless a given name opens it (Jo Dienst). A
// compound of a body noun ends a body's name only after an adjective
// (der Deutsche Wetterdienst), as surnames end in such words too
// (Thorbjørn Jagland).
func (d *doc) germanBodyName(run []word) bool {
	if !d.german || len(run) < 2 || d.has(cMale|cFemale, run[0].lower) {
		return false
	}
	last := run[len(run)-1].lower
	if d.inSet(setGermanbody, last) {
		return true // an outlet (Zeitung) the caller's germanOrganisationWord has tested already
	}
	if stem, cut := strings.CutSuffix(last, "es"); cut && len(stem) >= 3 && d.has(cOrganisation, stem) {
		return true // des Amtes
	}
	return inflectedAdjective(run[0].lower) && d.germanBody(last) // der Deutsche Wetterdienst
}

// germanOutlet reports whether the lone German name w of f's mention
// names a body or an outlet, not a person: an abbreviation (ZDF, BASF:
// German writes no person's name in capitals), a title in quote marks
// (die „Computerwoche“), or a name the article gave after a word for a
// body (die Zeitung Haaretz … Haaretz berichtet).
func (d *doc) germanOutlet(f *frame, w word, full string) bool {
	if isAllCaps([]rune(w.text)) {
		return true
	}
	if slices.Contains(d.r[f.mention.s:f.mention.e], '„') {
		return true
	}
	first, _, ok := strings.Cut(full, " ")
	return ok && d.germanOrganisationWord(strings.ToLower(first))
}

// orgNoun reports whether a German noun names an organisation or a
// document (Tageszeitung, Nachrichtenagentur), or is a compound of one.
func (d *doc) orgNoun(w string) bool {
	return d.has(cOrganisation|cDocument, w) || d.germanCompound(w, cOrganisation|cDocument)
}

// roleBefore returns the role among the words a mention puts before its
// name run (nameRun): "French President" in "French President Emmanuel Macron"; articles and
// honorifics (the, Mr.) are no role, nor the particles that open a surname
// (Mr. de Vos), nor what only describes the person: words in lower case
// after a or an (a defiant Jo Vale, an angry Hill: a title goes with
// "the" or none) or an adverb in -ly (ultimately Hill).
func (d *doc) roleBefore(role []word) string {
	indefinite := false // the role opens with a or an
	for len(role) > 0 && (d.has(cDeterminer, role[0].lower) || d.isHonorific(role[0].lower)) {
		indefinite = indefinite || role[0].lower == "a" || role[0].lower == "an"
		role = role[1:]
	}
	for len(role) > 0 && d.inSet(setSurnameparticle, role[len(role)-1].lower) {
		role = role[:len(role)-1] // Mr. de Vos, Von der Heide at a sentence start: the particle is the surname's
	}
	if len(role) == 0 || len(role) == 1 && (d.isHonorific(role[0].lower) || lyWord(role[0])) ||
		indefinite && !d.german && !slices.ContainsFunc(role, func(w word) bool { return w.upper }) {
		return ""
	}
	return joinWords(role)
}

// outletOwnerBefore returns the outlet that owns the English mention of
// f with a possessive right before its name's first word: "The Post's
// Ruth Marcus" (The Post), "Harbor News’ Jo Vale" (Harbor News). Else "".
func (d *doc) outletOwnerBefore(f *frame, first word) string {
	if d.german || f.mention.e-f.mention.s > maxNameBytes {
		return ""
	}
	m := d.text(f.mention)
	i := strings.Index(m, first.text)
	if i <= 0 {
		return ""
	}
	p := strings.TrimRightFunc(m[:i], unicode.IsSpace)
	owner := p
	for _, suffix := range []string{"'s", "’s", "'", "’"} {
		owner = strings.TrimSuffix(owner, suffix)
		if owner != p {
			break
		}
	}
	ws := strings.Fields(owner)
	if owner == p || len(ws) == 0 || len(ws) > 4 {
		return ""
	}
	if ws[0] == "the" {
		ws = ws[1:] // said the Post's Ruth Marcus
	}
	if !d.outletName(ws) {
		return ""
	}
	return owner
}

// lyWord reports whether the word w is an adverb in -ly, as lyAdverb
// reads a token.
func lyWord(w word) bool {
	return lyForm(w.upper, w.lower)
}

func (d *doc) isHonorific(w string) bool { return d.has(cHonorific, strings.TrimSuffix(w, ".")) }

// nameRun returns the capitalised words of the name in a mention: the run
// before "of" (Joel Pollak of Breitbart), else the last run, titles and
// possessives left out. The run is a slice of ws, starting at ws[at].
func (d *doc) nameRun(ws []word) (run []word, at int) {
	var last, beforeOf span // the last run; the last run before the first "of"
	runs, ofAfter := 0, -1  // runs so far; how many came before the first "of"
	start := -1             // where the current run starts
	for i, w := range ws {
		// no title (in German also a compound of one: Innenminister,
		// VW-Chef), no word that opens sentences (Neither, Maybe, Also), no
		// possessive (Breitbart's)
		isName := w.upper && !d.has(cTitle|cDeterminer|cQuantifier|cAdverb, w.lower) && !isPossessive(w.lower) && !d.germanTitle(w.lower)
		if isName {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && d.particleInName(ws, i) {
			continue // Maria della Rovere: the particle goes on to the surname
		}
		if start >= 0 {
			last, start = span{start, i}, -1
			runs++
		}
		if (w.lower == "of" || w.lower == "von") && ofAfter < 0 {
			ofAfter, beforeOf = runs, last
		}
	}
	if start >= 0 {
		last = span{start, len(ws)}
		runs++
	}
	if runs == 0 {
		return nil, 0
	}
	if ofAfter > 0 && ofAfter == runs-1 {
		last = beforeOf // one run after "of": the name is before it
	}
	if d.german {
		last.s += d.germanRole(last.s, last.e, func(i int) (string, bool) { return ws[i].lower, ws[i].upper })
	}
	run = ws[last.s:last.e]
	at = last.s + nameStart(len(run), func(i int) bool { return d.has(cMale|cFemale, run[i].lower) })
	return ws[at:last.e], at
}

// germanRole returns how many words a German run of capitalised words
// from s to e opens with that are a role, not the name: a title or
// source noun or a compound of one (Innenminister, Regierungssprecher,
// FIFA-Schiedsrichter Urs Meier), else a first noun for a person right
// after an article or adjective that a first name and surname follow (der
// Technologieexperte Adrian Vale), as German writes every noun
// capitalised. word(i) gives the lower-case word i and whether it is
// capitalised (or no word). One word of the run is always left.
func (d *doc) germanRole(s, e int, word func(i int) (string, bool)) int {
	n := 0
	for i := s; i < e-1; i++ {
		if w, _ := word(i); d.roleNoun(w) || i < e-2 && d.personNounBeforeName(w) {
			n = i - s + 1
		}
	}
	if n > 0 || e-s < 3 || s == 0 {
		return n
	}
	if before, upper := word(s - 1); !upper || d.has(cDeterminer, before) {
		first, _ := word(s)
		if last, _ := word(e - 1); agentNoun(first) && !d.has(cMale|cFemale, first) && !d.orgNoun(last) {
			return 1 // but die Frankfurter Allgemeine Zeitung: a paper's name
		}
	}
	return 0
}

// personNounBeforeName reports whether a German word that two more
// capitalised words follow in a name's run is a noun for a person, no
// first name: a word of the germanperson set or a compound of one, in
// the genitive too (Kapitän Ole Brink, Rechtsanwalt Timo Brandt, des
// Preisträgers Jan Roth). Not an agent noun by its ending alone: the
// capitalised adjectives of names end so too (Deutscher, Vereinten).
func (d *doc) personNounBeforeName(w string) bool {
	return !d.has(cMale|cFemale, w) && d.germanPersonNoun(w)
}

// roleNoun reports whether a German word is a title or source noun, a
// compound of one, or one in the plural or a case ending in -n or -en
// (des Staatspräsidenten), after any hyphened prefix (SPD-Vorsitzender).
func (d *doc) roleNoun(w string) bool {
	role := func(t string) bool { return d.has(cTitle|cAnonymous, t) }
	return germanInflected(w, func(stem, ending string) bool {
		// a head of five letters at least: Gülsen is no compound of Sen.
		return (ending == "" || ending == "n" || ending == "en") && (role(stem) || compoundEnd(stem, 3, 5, false, role) != "")
	})
}

// agentNoun reports whether a German word looks like a noun for a person
// by its ending (Technologieexperte, Linkspolitiker, Abgeordnete): a
// word of seven letters or more in -er, -e, -in, -ent, -ist, -or, -eur
// or -ant.
func agentNoun(w string) bool {
	return utf8.RuneCountInString(w) >= 7 && endsAfterStem(w, 0, "er", "e", "in", "ent", "ist", "or", "eur", "ant")
}

// particleInName reports whether the word ws[i], inside a run of
// capitalised words (in German after a given name), is a surname
// particle that one more particle at most separates from the surname
// after it (Peter van der Berg), as surnameAfterParticles reads the
// mention: the surname no stop or time word (the van on Monday).
func (d *doc) particleInName(ws []word, i int) bool {
	if d.german && !d.givenBefore(ws, i) {
		return false // German von der after a given name only (Ursula von der Heide, not Hill von der Polizei)
	}
	for n := i; n < len(ws) && n-i < 3; n++ {
		if ws[n].upper {
			return n > i && !d.has(cStop|cTime, ws[n].lower)
		}
		if !d.inSet(setSurnameparticle, ws[n].lower) {
			return false
		}
	}
	return false
}

// givenBefore reports whether a given name comes right before the
// particles that end at ws[i] (Ursula von der).
func (d *doc) givenBefore(ws []word, i int) bool {
	for i > 0 && !ws[i-1].upper {
		i--
	}
	return i > 0 && d.has(cMale|cFemale, ws[i-1].lower)
}

// nameStart returns where a run of n capitalised words starts its name:
// at a first name the run does not open with, if one comes before the
// last word (Liar of the Year Barack Obama), else at 0 (Mary Ann Lee).
func nameStart(n int, firstName func(i int) bool) int {
	if n == 0 || firstName(0) {
		return 0
	}
	for i := 1; i < n-1; i++ {
		if firstName(i) {
			return i
		}
	}
	return 0
}

// placeTail returns where "in" or "at" and a capitalised place end a
// description that a lower-case or organisation noun heads (protest
// organizers in Fenwick, the Harbor Embassy in Fenwick), else 0.
func (d *doc) placeTail(ws []word) int {
	for k := len(ws) - 2; k >= 1; k-- {
		if !ws[k+1].upper {
			return 0 // nor a count: three in 10
		}
		if ws[k].lower == "in" || ws[k].lower == "at" {
			if ws[k-1].upper && !d.has(cOrganisation, ws[k-1].lower) && !(k == 1 && d.has(cAnonymous, ws[0].lower)) {
				return 0 // Tom Lee at Harbor Bank: a name, which resolveName reads; but Officials in Fenwick
			}
			return k
		}
	}
	return 0
}

// joinWords writes a mention's words with single spaces. The last word
// loses its possessive (the board's: the owner itself); a word inside
// keeps it (Jo Vale's allies, the victim's mother).
func joinWords(ws []word) string {
	s := make([]string, len(ws))
	for i, w := range ws {
		s[i] = w.text
		if i == len(ws)-1 || !isPossessive(w.lower) {
			s[i] = dropPossessive(w.text)
		}
	}
	return strings.Join(s, " ")
}

// lastNameBefore returns the person named last before rune offset pos whom
// the possessive det (his, her, their) can refer to.
func (d *doc) lastNameBefore(pos int, det string) string {
	ns := d.namesBefore(pos)
	for j := len(ns) - 1; j >= 0; j-- {
		if name := ns[j].name; d.owns(name, det) {
			return name
		}
	}
	return ""
}

// namesBefore returns the last six full names the article gives before
// rune offset pos, in text order: how far back a reference looks.
func (d *doc) namesBefore(pos int) []namedAt {
	i := d.nameFrom(pos)
	return d.nameSeq[max(0, i-6):i]
}

// owns reports whether a full name can be what "his", "her" or "their"
// refers to: a person of that gender (or of unknown gender), and for
// "their" also an organisation or a place. A name that a word of places
// opens (New York, United States Pacific Command) is no person's: his
// ex-wife is not New York's.
func (d *doc) owns(name, det string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 0 {
		return false
	}
	if d.has(cOrganisation, words[len(words)-1]) || d.placeOpens(name) {
		return det == "their"
	}
	e, _ := d.lex.index.getString(words[0])
	c := e.cls
	switch det {
	case "his":
		return c&cFemale == 0 || c&cMale != 0
	case "her":
		return c&cMale == 0 || c&cFemale != 0
	}
	return true
}

// collectNames records, for each surname, the first full name (two to
// four capitalised words, titles left out) the article gives for it.
func (d *doc) collectNames(toks []token, pi int) {
	if len(toks) == 0 || d.headlineOf(pi) {
		return // title case makes every word look like a name
	}
	// a title line opens with a capital, name or not: Understated Lee
	// raises …, Top Lee aide quits (but Ann Lee wins)
	titleStart := pi == 0 && toks[0].cls&(cMale|cFemale) == 0 && d.titleLine()
	// isName takes a pointer: it runs for every token, and a token is
	// 56 bytes to copy
	isName := func(t *token) bool {
		return t.kind == tWord && t.upper && t.cls&(cTitle|cDeterminer|cPronoun|cStop|cPrep|cFinite|cClause|cSubordinator|cAdverb|cTime) == 0 &&
			!isAllCaps(d.r[t.s:t.e])
	}
	for i := 0; i < len(toks); {
		if !isName(&toks[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && !isPossessive(toks[j-1].lower) {
			if isName(&toks[j]) {
				j++
				continue
			}
			n := j
			if !d.german || toks[j-1].cls&(cMale|cFemale) != 0 {
				// German only after a given name: Ursula von der Leyen,
				// not Hill von der Polizei
				n = d.surnameAfterParticles(toks, j, len(toks))
			}
			if n == j || !isName(&toks[n-1]) {
				break
			}
			j = n // Maria della Rovere: the particles go on to the surname
		}
		titled := false
		if d.german {
			r := d.germanRole(i, j, func(k int) (string, bool) { return toks[k].lower, toks[k].upper || toks[k].kind != tWord })
			i, titled = i+r, r > 0
		}
		i += nameStart(j-i, func(k int) bool { return toks[i+k].cls&(cMale|cFemale) != 0 })
		if i == 0 && titleStart {
			i = j
			continue
		}
		switch n := j - i; {
		case n >= 2 && n <= 4:
			last := dropPossessive(toks[j-1].lower)
			full, ok := d.names[last]
			if !ok {
				full = d.nameOf(toks[i:j])
				d.names[last] = full
			} else if toks[i].cls&(cMale|cFemale) != 0 && !sameFirst(full, &toks[i]) {
				full = d.nameOf(toks[i:j]) // Bill Lee after Ann Lee: he, not she
			}
			d.nameSeq = append(d.nameSeq, namedAt{pos: toks[i].s, name: full, described: d.ownsPerson(toks, j), possessive: isPossessive(toks[j-1].lower), titled: titled})
		case n == 1:
			// Lee alone, after Ann Lee was named: she opens the sentence
			// a pronoun after it may refer to (Lee met the board. She
			// said …); but not Mr. Lee after Ann Lee: her husband. German
			// capitalises every noun: there only a name whose first name
			// tells the gender (Stolpe after Manfred Stolpe), not Bank
			// after Deutsche Bank
			full, ok := d.names[dropPossessive(toks[i].lower)]
			if ok && d.german {
				ok = d.genderOf(nil, full) != 0
			}
			if ok && (i == 0 || honorificGender(toks[i-1].lower) == 0 || honorificGender(toks[i-1].lower) == d.genderOf(nil, full)) {
				d.nameSeq = append(d.nameSeq, namedAt{pos: toks[i].s, name: full, described: d.ownsPerson(toks, j), possessive: isPossessive(toks[j-1].lower)})
			}
		}
		i = j
	}
}

// ownsPerson reports whether the name that ends before toks[j] is a
// possessive of a person noun at most one word later: Hill's spokesman,
// Hill's campaign manager.
func (d *doc) ownsPerson(toks []token, j int) bool {
	if j == 0 || !isPossessive(toks[j-1].lower) {
		return false
	}
	for k := j; k < len(toks) && k <= j+1; k++ {
		if toks[k].isClass(cTitle | cAnonymous) {
			return true
		}
	}
	return false
}

// honorificGender returns the gender the lower-case honorific w (Mr.,
// Mrs., Ms., Herr) gives the name after it, else 0.
func honorificGender(w string) byte {
	switch w {
	case "mr.", "mr", "herr":
		return 'm'
	case "mrs.", "mrs", "ms.", "ms", "miss", "frau":
		return 'f'
	}
	return 0
}

// sameFirst reports whether the full name opens with the word t: Ann
// Lee and Ann, not Bill.
func sameFirst(full string, t *token) bool {
	first, _, _ := strings.Cut(full, " ")
	return strings.EqualFold(first, t.lower)
}

// isPossessive reports whether a lower-case word is a possessive (Trump's,
// NBC’s) rather than a contraction (he's, it’s, that's).
func isPossessive(w string) bool {
	stem, ok := strings.CutSuffix(w, "'s")
	if !ok {
		stem, ok = strings.CutSuffix(w, "’s")
	}
	if !ok {
		return false
	}
	switch stem {
	case "he", "she", "it", "that", "there", "what", "who", "here", "where", "let", "this", "how", "why", "when", "one", "everyone", "nobody", "everybody", "somebody", "someone":
		return false
	}
	return true
}

// nameOf joins the words of a name, a possessive 's dropped: "Vladimir
// Putin's" → "Vladimir Putin".
func (d *doc) nameOf(toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	var b strings.Builder
	b.Grow(toks[len(toks)-1].e - toks[0].s) // the runes it spans: room for most names at once
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		// the runes written one by one: a string of each word cost an
		// allocation
		for _, c := range dropPossessiveRunes(d.r[t.s:t.e]) {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// dropPeriod returns the word w without the period that may end it
// (Gov. → Gov), as the lexicon lists titles and honorifics.
func dropPeriod(w []rune) []rune {
	if n := len(w); n > 0 && w[n-1] == '.' {
		return w[:n-1]
	}
	return w
}

// dropPossessiveRunes is dropPossessive on runes: it drops 's, then ’s.
func dropPossessiveRunes(w []rune) []rune {
	for _, a := range [...]rune{'\'', '’'} {
		if n := len(w); n >= 2 && w[n-2] == a && w[n-1] == 's' {
			w = w[:n-2]
		}
	}
	return w
}

// dropPossessive drops the possessive 's or ’s that ends a word: Putin's
// → Putin.
func dropPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// isAllCaps reports whether a word of three letters or more is all capitals,
// as datelines are (CHARLOTTE, N.C.).
func isAllCaps(rs []rune) bool {
	if len(rs) < 3 {
		return false
	}
	for _, c := range rs {
		if unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// sameSpeakerOuter gives the quote of a nested "what he calls" or "whom
// she called" back to the frame that names the same speaker earlier in the
// sentence (Tom Hill said the plan is what he calls "a mess"; Jo Roe said
// she would back Tim Lee, whom she called "a fighter"): annotators mark
// the outer, named mention. The outer statement starts before the he, and
// the quote after it.
func (d *doc) sameSpeakerOuter() {
	if d.german {
		return
	}
	for i, r := range d.results {
		if r.qi < 0 || r.f == nil {
			continue
		}
		f := r.f.source()
		if f.speaker == "" || f.mention.e-f.mention.s > len("she") { // cheap tests first: this runs for every quote
			continue
		}
		if w := d.words(f.mention); len(w) != 1 || w[0].lower != "he" && w[0].lower != "she" || !d.sameSentence(f.mention.e, r.content.s) {
			continue
		}
		if w := d.words(span{max(0, f.mention.s-8), f.mention.s}); len(w) == 0 || !d.inSet(setNamesquote, w[len(w)-1].lower) {
			continue // but "…, and he added": a statement of its own
		}
		for j := i - 1; j >= 0 && j >= i-8; j-- {
			g := d.results[j].f
			if g == nil {
				continue
			}
			c := d.results[j].content
			if g = g.source(); g != f && g.speaker == f.speaker && g.named() && c.s > g.mention.e && c.s < f.mention.s && d.sameSentence(g.mention.e, f.mention.s) {
				r.f = d.results[j].f
				break
			}
		}
	}
}

// sameSentence reports whether the text from a to b, a short stretch,
// holds no sentence end or paragraph break (nor an abbreviation: Mr.).
func (d *doc) sameSentence(a, b int) bool {
	if a > b || b-a > 300 {
		return false
	}
	for _, c := range d.r[a:b] {
		if c == '\n' || c == '.' || c == '!' || c == '?' {
			return false
		}
	}
	return true
}
