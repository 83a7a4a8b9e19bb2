package extract

import (
	"embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// class is a set of word classes, one bit each, so that a token carries
// all its classes after a single map lookup. All 64 bits are taken: a new
// word list goes in a named set (set-NAME in a lexicon file, d.inSet),
// unless every token is tested against it.
type class uint64

const (
	cSpeech       class = 1 << iota // a reporting cue of speech
	cBelief                         // a cue of belief or feeling
	cBase                           // the base form of a cue verb (say, laugh)
	cDeterminer                     // the, a, his
	cPronoun                        // he, she, they
	cObject                         // him, them: an addressee
	cAdverb                         // also, later: between subject and cue
	cStop                           // ends a noun phrase
	cClause                         // ends the clause of a quoted part
	cTitle                          // Mr., President
	cAbbrev                         // a period after it ends no sentence
	cElision                        // 'em, 'til
	cOrganisation                   // office, Kremlin
	cAnonymous                      // official, sources
	cDocument                       // statement, report
	cTells                          // told X: an addressee may follow
	cPrep                           // opens an adverbial
	cTime                           // Monday, yesterday
	cPrepcue                        // according to X, laut X
	cSubject                        // before a base form: they say, will say
	cNoun                           // a cue verb that is a noun too: comment
	cGerman                         // German only: kept out of the English view
	cSForm                          // the -s form of a cue verb
	cSubjunctive                    // German Konjunktiv I: sei, habe
	cAux                            // German auxiliary: hatte, wurde
	cSubordinator                   // German: wie, dass (verb-final clause)
	cReports                        // a cue that reports a clause: said (that)
	cPassive                        // was, were: a passive cue (was told)
	cChannel                        // head of a channel: statement, Twitter
	cFinite                         // is, would, has: a clause's verb
	cQuantifier                     // none, all: can open a clause
	cMale                           // a first name news refers to as he
	cFemale                         // a first name news refers to as she
	cNaming                         // so-called, Motto: the quote after it is a name
	cState                          // Calif., Ky.: a capitalised state keeps its period
	cContent                        // a cue whose object is what was said: vowed to act, called for a ban
	cAdverbial                      // through, after: opens an adverbial of the cue, not of its object
	cInfinitive                     // a cue only before "to": declined to comment
	cPostmodifier                   // familiar (with), close (to): goes on a source's noun; German: in, für (ein Sprecher in Berlin)
	cGenre                          // German: a kind of work or group whose name follows in marks (Buch „…“)
	cPeriod                         // week, months: a stretch of time (this week, two months ago)
	cHonorific                      // Mr, Ms, Frau: no role
	cNumber                         // two, dozen: counts something
	cAside                          // who, when: opens an aside between a source and its cue
	cConditional                    // if, because: opens an adverbial clause content may start with
	cQuestion                       // whether, how: opens an asked question
	cRelative                       // who, which: opens an English relative clause
	cCore                           // say, tell: report a clause without "that" more often than an object
	cGoesOn                         // or, to: after a comma, reported content goes on
	cNounOpener                     // the, his, he: opens a noun phrase or a clause
	cChannelPrep                    // in, on, via: opens where something was said
	cStandalone                     // another, some: a determiner that stands as a source alone
	cParticle                       // German: a separable particle that ends a cue's clause (vor, zurück)
	cNumbered                       // no, Nr.: an abbreviation only before a number
	cExistential                    // German: gab, gibt: with es after it no cue but "there is"
	cSelfSource                     // German: demnach: opens a sentence as its own source, the words after it the content
	cNameParticle                   // German: al, el: a lower-case particle hyphened to a name (al-Mussawi)
	cRelPronoun                     // German: der, welche: can open a relative clause
	cKonjunktivII                   // German: hätten, würden: a subjunctive that is as often hypothetical
	cPhrase                         // the first word of a multi-word cue: only these look up phrases
	cPollCue                        // show: a cue only right after a poll source (polls show)
	cSeesAs                         // see, view: a belief cue only as "X sees Y as Z" (seesAs)
)

var classNames = map[string]class{
	"speech": cSpeech, "belief": cBelief, "determiner": cDeterminer, "pronoun": cPronoun,
	"object": cObject, "adverb": cAdverb, "stop": cStop, "clause": cClause, "title": cTitle,
	"abbrev": cAbbrev, "elision": cElision, "organisation": cOrganisation, "anonymous": cAnonymous,
	"document": cDocument, "tells": cTells, "prep": cPrep, "time": cTime, "prepcue": cPrepcue,
	"subject": cSubject, "noun": cNoun, "german": cGerman,
	"subjunctive": cSubjunctive, "aux": cAux, "subordinator": cSubordinator, "reports": cReports, "passive": cPassive, "channel": cChannel, "finite": cFinite, "quantifier": cQuantifier, "male": cMale, "female": cFemale,
	"naming": cNaming, "state": cState, "content": cContent, "adverbial": cAdverbial, "infinitive": cInfinitive, "postmodifier": cPostmodifier, "genre": cGenre, "period": cPeriod,
	"honorific": cHonorific, "number": cNumber, "aside": cAside, "conditional": cConditional, "question": cQuestion,
	"relative": cRelative, "core": cCore, "goeson": cGoesOn,
	"nounopener": cNounOpener, "channelprep": cChannelPrep, "standalone": cStandalone,
	"particle": cParticle, "numbered": cNumbered, "existential": cExistential, "selfsource": cSelfSource,
	"pollcue": cPollCue, "seesas": cSeesAs, "nameparticle": cNameParticle, "relpronoun": cRelPronoun, "konjunktiv2": cKonjunktivII,
}

// lexicon maps a lower-case word to its classes; multi-word cues are kept
// by their first word.
type lexicon struct {
	words   map[string]entry // filled while loading; indexWords then builds index from it, and it is dropped
	index   wordIndex        // words again, for every lookup after loading (by bytes or string)
	phrases map[string][]phrase
	// sets are named word sets ("set-slogan: …" in a file) for rules that
	// look a word up now and then; the 64 bits of class are kept for
	// words that every token is checked against
	sets map[string]*wordSet
	// bySet is sets again, by setID, for inSet (nil for a set that this
	// lexicon lacks, which has no word): the name is resolved at load, and
	// d.inSet(setPoll, w), inlined, reads one field of the lexicon
	bySet [numSets]*wordSet
	// particles lists, for a German verb form or phrase that reports only
	// with a separable particle closing its clause, those particles
	// ("needs-vor: warf" for warf … vor; not: warf das Handtuch)
	particles map[string][]string
}

// wordSet is a named word set. first has bit c&63 set for the first byte c
// of each word: a test of it spares the lookup for most words asked
// about, which rules do at many tokens ("for" after "known"?).
type wordSet struct {
	first uint64
	// bloom has bits h&255 and h>>24 set for the quickHash h of each
	// word: a word with either bit clear is not in the set. Of the words
	// asked about that pass first, nineteen in twenty are in no set, and
	// the test spares most of them the table's probe (a cache miss, as
	// the sets' tables lie all over memory).
	bloom [4]uint64
	words map[string]bool
	table strTable // words again, for has (see strTable)
}

// addBloom sets in s.bloom the two bits of a word of the quickHash h.
func (s *wordSet) addBloom(h uint32) {
	for _, b := range [2]uint32{h & 255, h >> 24} {
		s.bloom[b>>6] |= 1 << (b & 63)
	}
}

// mayHave reports whether a word of the quickHash h may be in s: whether
// both its bits are set in s.bloom.
func (s *wordSet) mayHave(h uint32) bool {
	b, c := h&255, h>>24
	return s.bloom[b>>6]&(1<<(b&63)) != 0 && s.bloom[c>>6]&(1<<(c&63)) != 0
}

// inSet reports whether the lower-case word w is in the word set set.
func (lx *lexicon) inSet(set setID, w string) bool { return lx.bySet[set].has(w) }

// has reports whether the lower-case word w is in the set s (none if s is nil).
func (s *wordSet) has(w string) bool {
	if s == nil || w == "" || s.first&(1<<(w[0]&63)) == 0 {
		return false
	}
	h := quickHash(w)
	if !s.mayHave(h) {
		return false
	}
	return s.table.hasHashed(w, h)
}

// strTable is a set of strings, built once after loading, that the
// rules ask at most tokens: the words of each set. It is an
// open-addressing table probed by quickHash, which reads four bytes of a
// key, where a Go map lookup hashes all of them; the lookups of sets in
// Go maps cost about 5% of the extraction time, in these half as much.
type strTable struct {
	keys []string // "" marks a free slot
	mask uint32
}

func newStrTable(m map[string]bool) strTable {
	n := 2
	for n < 2*len(m) {
		n *= 2 // at most half full, so that probes stay short
	}
	t := strTable{keys: make([]string, n), mask: uint32(n - 1)}
	for k := range m {
		if k == "" {
			continue // no one asks for it, and quickHash reads a byte
		}
		i := quickHash(k) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i] = k
	}
	return t
}

// hasHashed reports whether the key k, which is not "", whose quickHash
// is h, is in t (wordSet.has hashes a word once for its table).
func (t *strTable) hasHashed(k string, h uint32) bool {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return true
		case "":
			return false
		}
	}
}

// quickHash hashes a key by its length and its first, middle and last
// bytes, which tell most words apart (said, says, sad); keys alike in
// those take a probe more.
func quickHash(k string) uint32 {
	n := len(k)
	h := uint32(n)*0x9e3779b1 ^ uint32(k[0])*0x85ebca77 ^ uint32(k[n/2])*0xc2b2ae3d ^ uint32(k[n-1])*0x27d4eb2f
	return h ^ h>>16
}

// entry is a word of the lexicon: the word itself, so that a lookup by a
// byte buffer yields a string without allocating, and its classes.
type entry struct {
	word string
	cls  class
}

// wordIndex holds the lexicon's words in an open-addressing hash table,
// built once after loading. The tokeniser looks up every word of the text,
// by the bytes of its lower-case spelling; a Go map lookup there cost a
// tenth of the extraction time, this table about half of that.
type wordIndex struct {
	slots  []entry
	hashes []uint32 // the words' hashes (never 0); 0 marks a free slot
	mask   uint32
}

func indexWords(words map[string]entry) wordIndex {
	n := 1
	for n < 2*len(words) {
		n *= 2 // at most half full, so that probes stay short
	}
	x := wordIndex{slots: make([]entry, n), hashes: make([]uint32, n), mask: uint32(n - 1)}
	for _, e := range words {
		h := nonZero(hashWord(e.word))
		i := h & x.mask
		for x.hashes[i] != 0 {
			i = (i + 1) & x.mask
		}
		x.slots[i], x.hashes[i] = e, h
	}
	return x
}

// nonZero returns the hash h, or 1 for 0: a zero in wordIndex.hashes marks
// a free slot, so that a probe reads the small hashes array alone and
// touches a slot (24 bytes) only for a hash that matches.
func nonZero(h uint32) uint32 {
	if h == 0 {
		return 1
	}
	return h
}

// wordKey is a word given as bytes (the tokeniser's buffer) or as a
// string (the rules' lower-case text): the index reads either without
// converting it.
type wordKey interface{ ~[]byte | ~string }

// hashWord is FNV-1a: short words hash in a few cycles.
func hashWord[K wordKey](w K) uint32 {
	h := fnvOffset
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * fnvPrime
	}
	return h
}

// The constants of FNV-1a (hashWord, appendLowerHash).
const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

// get returns the entry of the word w.
func (x *wordIndex) get(w []byte) (entry, bool) { return x.getHashed(w, hashWord(w)) }

// getHashed returns the entry of the word w, whose hashWord is h.
func (x *wordIndex) getHashed(w []byte, h uint32) (entry, bool) { return probe(x, w, h) }

// getString returns the entry of the word w, as get does for bytes.
func (x *wordIndex) getString(w string) (entry, bool) { return probe(x, w, hashWord(w)) }

// probe looks the word w, whose hashWord is h, up in x.
func probe[K wordKey](x *wordIndex, w K, h uint32) (entry, bool) {
	h = nonZero(h)
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		switch x.hashes[i] {
		case 0:
			return entry{}, false
		case h:
			if e := &x.slots[i]; e.word == string(w) {
				return *e, true
			}
		}
	}
}

type phrase struct {
	rest []string // the words after the first
	cls  class
}

// has reports whether the word w is of a class of c. It asks the word
// index, not the Go map of words, which hashes and probes slower: the
// rules ask it at most tokens (d.has(cTitle, w)).
func (lx *lexicon) has(w string, c class) bool {
	e, _ := lx.index.getString(w)
	return e.cls&c != 0
}

// loadLexicon reads the embedded files; each line is "class: entry, entry"
// (classes may be joined with +; set-NAME puts the entries in a named
// word set instead, needs-PARTICLE among the German verbs that report
// only with that particle) and # starts a comment. A class "X-verb"
// lists English base forms, to which the loader adds the regular -s, -ed
// and -ing forms.
func loadLexicon(files ...string) (en, de *lexicon, err error) {
	en = newLexicon()
	de = newLexicon()
	for _, name := range files {
		if err := load(name, en, de); err != nil {
			return nil, nil, err
		}
	}
	en.index, de.index = indexWords(en.words), indexWords(de.words)
	for _, lx := range []*lexicon{en, de} {
		lx.words = nil // index holds them now, and every lookup asks it
		for id, name := range setNames {
			lx.bySet[id] = lx.sets[name]
		}
		for _, s := range lx.sets {
			s.table = newStrTable(s.words)
			for w := range s.words {
				if w != "" {
					s.addBloom(quickHash(w))
				}
			}
		}
	}
	return en, de, nil
}

func newLexicon() *lexicon {
	return &lexicon{words: map[string]entry{}, phrases: map[string][]phrase{}, sets: map[string]*wordSet{}, particles: map[string][]string{}}
}

// load reads one file into the English and the German lexicon; a class
// marked german goes to the German one only ("die", "man" and "an" mean
// something else in English).
func load(name string, en, de *lexicon) error {
	return dataLines(name, func(n int, line string) error {
		label, entries, ok := strings.Cut(line, ":")
		if !ok {
			return fmt.Errorf("lexicon %s:%d: want \"class: entries\"", name, n)
		}
		label = strings.TrimSpace(label)
		base, inflect := strings.CutSuffix(label, "-verb")
		base, german := strings.CutSuffix(base, "-de")
		var c class
		set := ""          // a named word set (set-slogan) rather than a class
		var needs []string // particles the words report only with (needs-vor)
		for _, part := range strings.Split(base, "+") {
			if name, ok := strings.CutPrefix(part, "set-"); ok {
				set = name
				continue
			}
			if p, ok := strings.CutPrefix(part, "needs-"); ok {
				needs = append(needs, p)
				continue
			}
			pc, ok := classNames[part]
			if !ok {
				return fmt.Errorf("lexicon %s:%d: unknown class %q", name, n, part)
			}
			c |= pc
		}
		add := func(words string, c class) {
			de.add(words, c, set, needs)
			if c&cGerman == 0 {
				en.add(words, c, set, needs)
			}
		}
		for _, e := range strings.Split(entries, ",") {
			e = strings.Join(strings.Fields(strings.ToLower(e)), " ")
			if german {
				for _, form := range germanForms(e) {
					add(form, c|cGerman)
				}
				continue
			}
			if !inflect {
				add(e, c)
				continue
			}
			for i, form := range inflections(e) {
				switch i {
				case 0:
					add(form, c|cBase)
				case 1:
					add(form, c|cSForm)
				default:
					add(form, c)
				}
			}
		}
		return nil
	})
}

// dataLines calls fn with each line of an embedded lexicon file, trimmed,
// and its number; blank lines and # comments are skipped.
func dataLines(name string, fn func(n int, line string) error) error {
	b, err := lexiconFS.ReadFile("lexicon/" + name)
	if err != nil {
		return fmt.Errorf("read lexicon %s: %w", name, err)
	}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(i+1, line); err != nil {
			return err
		}
	}
	return nil
}

// add records words in the classes c, or, when set is named, in that set,
// or, when particles are needed, among the particle verbs.
func (lx *lexicon) add(words string, c class, set string, needs []string) {
	if needs != nil {
		lx.particles[words] = append(lx.particles[words], needs...)
		return
	}
	if set != "" {
		s := lx.sets[set]
		if s == nil {
			s = &wordSet{words: map[string]bool{}}
			lx.sets[set] = s
		}
		if words != "" {
			s.first |= 1 << (words[0] & 63)
		}
		s.words[words] = true
		return
	}
	ws := strings.Fields(words)
	switch len(ws) {
	case 0:
	case 1:
		e := lx.words[ws[0]]
		lx.words[ws[0]] = entry{word: ws[0], cls: e.cls | c}
	default:
		lx.addPhrase(ws, c)
		e := lx.words[ws[0]]
		lx.words[ws[0]] = entry{word: ws[0], cls: e.cls | cPhrase}
	}
}

// addPhrase records the phrase ws in the classes c. A phrase listed
// twice keeps the classes of both lines, as a word does (point out is
// speech, and on a second line speech that reports a clause).
func (lx *lexicon) addPhrase(ws []string, c class) {
	ps := lx.phrases[ws[0]]
	for i := range ps {
		if slices.Equal(ps[i].rest, ws[1:]) {
			ps[i].cls |= c
			return
		}
	}
	lx.phrases[ws[0]] = append(ps, phrase{rest: ws[1:], cls: c})
}

// loadCapitals reads capitals.txt: "Country: capital, capital" lines. It
// returns a map from a lower-case capital to its country.
func loadCapitals() (map[string]string, error) {
	out := map[string]string{}
	err := dataLines("capitals.txt", func(n int, line string) error {
		country, capitals, ok := strings.Cut(line, ":")
		if !ok {
			return fmt.Errorf("capitals.txt:%d: want \"Country: capital\"", n)
		}
		for _, c := range strings.Split(capitals, ",") {
			out[strings.ToLower(strings.TrimSpace(c))] = strings.TrimSpace(country)
		}
		return nil
	})
	return out, err
}

// loadConfidence reads a confidence table: "kind rule value" lines.
func loadConfidence(name string) (map[string]float64, error) {
	out := map[string]float64{}
	err := dataLines(name, func(n int, line string) error {
		f := strings.Fields(line)
		v, err := strconv.ParseFloat(f[len(f)-1], 64)
		if len(f) != 3 || err != nil || v < 0 || v > 1 {
			return fmt.Errorf("%s:%d: want \"kind rule value\" with a value in 0..1", name, n)
		}
		out[f[0]+" "+f[1]] = v
		return nil
	})
	return out, err
}

// inflections returns an English verb's base form with its regular -s, -ed
// and -ing forms: joke → jokes, joked, joking; reply → replies, replied;
// slam → slams, slammed, slamming.
func inflections(v string) []string {
	n := len(v)
	if n < 2 || strings.Contains(v, " ") {
		return []string{v}
	}
	last, prev := v[n-1], v[n-2]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case last == 'e':
		return []string{v, v + "s", v + "d", v[:n-1] + "ing"}
	case last == 'y' && !vowel(prev):
		return []string{v, v[:n-1] + "ies", v[:n-1] + "ied", v + "ing"}
	case strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || last == 's' || last == 'x' || last == 'z':
		return []string{v, v + "es", v + "ed", v + "ing"}
	case n <= 4 && !vowel(last) && vowel(prev) && (n < 3 || !vowel(v[n-3]) || strings.HasPrefix(v, "qu")) && last != 'w' && last != 'y':
		// one syllable ending consonant-vowel-consonant doubles the consonant
		return []string{v, v + "s", v + string(last) + "ed", v + string(last) + "ing"}
	}
	return []string{v, v + "s", v + "ed", v + "ing"}
}

// germanForms returns a weak German verb's forms from its infinitive:
// sagen → sagen, sage, sagt, sagte, sagten, gesagt; antworten → antwortet,
// antwortete; kritisieren → kritisiert (no ge-); mitteilen → teilte …
// mit is found by its finite part, teilte.
func germanForms(inf string) []string {
	particle, inf, separable := strings.Cut(inf, "|") // an|kündigen: the finite verb stands alone
	if !separable {
		particle, inf = "", particle
	}
	stem, ok := strings.CutSuffix(inf, "en")
	if !ok {
		stem = strings.TrimSuffix(inf, "n")
	}
	t := "t"
	if strings.HasSuffix(stem, "t") || strings.HasSuffix(stem, "d") || needsLinkingE(stem) {
		t = "et" // antwortete, begründete, bezeichnete
	}
	// no stem+e: the first person (ich sage) is rare in reports, and the
	// form is an adjective or a possessive as often (sichere, meine)
	forms := []string{particle + inf, stem + t, stem + t + "e", stem + t + "en"}
	prefixed := strings.HasSuffix(stem, "ier")
	for _, p := range []string{"be", "er", "ver", "ent", "zer", "ge", "über", "unter"} {
		if strings.HasPrefix(stem, p) {
			prefixed = true
		}
	}
	switch {
	case prefixed:
		forms = append(forms, stem+t)
	case particle != "":
		// angekündigt, mitgeteilt; and joined in a verb-final clause:
		// wie die Polizei mitteilte, als er ankündigt
		forms = append(forms, particle+"ge"+stem+t, particle+stem+t, particle+stem+t+"e", particle+stem+t+"en")
	default:
		forms = append(forms, "ge"+stem+t)
	}
	return forms
}

// needsLinkingE reports whether a German stem ends in m or n after a
// consonant that cannot carry the t on its own: bezeichn-ete, rechn-ete,
// atm-ete; but lern-te, wohn-te.
func needsLinkingE(stem string) bool {
	r := []rune(stem)
	n := len(r)
	if n < 3 || (r[n-1] != 'n' && r[n-1] != 'm') {
		return false
	}
	prev := r[n-2]
	switch {
	case strings.ContainsRune("aeiouäöüylrmn", prev):
		return false
	case prev == 'h':
		return r[n-3] == 'c' // rechn-ete, but wohn-te
	}
	return true
}
