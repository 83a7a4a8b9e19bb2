package extract

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a half-open range of rune offsets.
type span struct{ s, e int }

// paragraphs splits r at blank lines; a single newline stays inside a
// paragraph (wrapped Markdown), but a line that starts a list item or a
// heading starts a new one, as does the deck after a headline that ends
// in a semicolon (headlineDeck). It appends the paragraphs to out.
func paragraphs(out []span, r []rune) []span {
	start, lineStart := 0, 0
	// i goes from newline to newline, and each line is scanned once: its
	// end, found for capsLine, is where the next round starts. (Testing
	// each rune in this loop's body, with all its live variables, cost
	// about fifteen instructions a rune; lineEnd's small loop costs six.)
	for i := lineEnd(r, 0); i < len(r); {
		j := i + 1
		for j < len(r) && r[j] != '\n' && unicode.IsSpace(r[j]) {
			j++
		}
		next := lineEnd(r, j) // the end of the line after i
		if j < len(r) && r[j] != '\n' && !startsBlock(r, j) && !(len(out) == 0 && headlineDeck(r, start, i)) && !capsLine(r, lineStart, i) && !capsLine(r, j, next) {
			lineStart = i + 1
			i = next
			continue
		}
		lineStart = j
		if i > start {
			out = append(out, span{start, i})
		}
		start = j
		i = next
	}
	if start < len(r) {
		out = append(out, span{start, len(r)})
	}
	return out
}

// capsLine reports whether the line r[s:e] is a heading in capitals
// (OBAMA FOCUSED "ON HIS GOLF GAME"): it has a few letters and none in
// lower case, and it is a paragraph of its own, not part of the sentence
// on the next line.
func capsLine(r []rune, s, e int) bool {
	letters := 0
	for _, c := range r[s:e] {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsLetter(c) {
			letters++
		}
	}
	return letters >= 4
}

// lineEnd returns the index of the newline that ends the line from r[j],
// or len(r). It reads every rune of a text, four at a time: a loop on
// single runes costs eight instructions a rune, this one about five.
func lineEnd(r []rune, j int) int {
	for ; j+4 <= len(r); j += 4 {
		q := r[j : j+4 : j+4] // four runes, with one bounds test
		if q[0] == '\n' || q[1] == '\n' || q[2] == '\n' || q[3] == '\n' {
			break
		}
	}
	for j < len(r) && r[j] != '\n' {
		j++
	}
	return j
}

// headlineDeck reports whether the first line r[s:i] of a text is a
// headline that a semicolon ties to the deck on the next line ("Mayor
// backs toll; \nCritics say it will hurt the harbor"): the two are
// separate lines, not one wrapped sentence.
func headlineDeck(r []rune, s, i int) bool {
	for i > s && (r[i-1] == ' ' || r[i-1] == '\t') {
		i--
	}
	return i > s && r[i-1] == ';'
}

// startsBlock reports whether a line starting at r[j] opens a Markdown
// block, a list item whose hyphen runs into a capital (-Jo Vale finds
// that …) or a bullet (• Jo Vale finds …), as in a news digest of
// one-line items.
func startsBlock(r []rune, j int) bool {
	switch r[j] {
	case '#', '>', '*', '|', '•':
		return true
	case '-', '+':
		// "- item", or a bullet typed with no space before a capital
		// ("-One poll shows …" in a digest of links)
		return j+1 < len(r) && (r[j+1] == ' ' || r[j] == '-' && unicode.IsUpper(r[j+1]))
	}
	return false
}

type tokKind uint8

const (
	tWord tokKind = iota
	tPunct
	tQuote // a whole top-level quote, marks included
)

// token is a word, a punctuation rune or a whole quote. (kind and upper
// come last, side by side, which keeps a token at 56 bytes, not 64.)
type token struct {
	s, e  int
	lower string // lower-case text of a word, or the punctuation rune
	cls   class  // the word's classes in the lexicon
	q     int    // for tQuote: index of its qspan
	kind  tokKind
	upper bool // a word that starts with an upper-case letter
}

// is reports whether t is the word or punctuation s. It takes a pointer:
// rules call it at nearly every token (toks[k+1].is("as")), and a value
// receiver had each call copy the 56-byte token.
func (t *token) is(s string) bool { return t.kind != tQuote && t.lower == s }

// isClass reports whether t is a word of a class of c (toks[k].isClass(cPrep)),
// isPunct whether it is punctuation of set (toks[k].isPunct(",;")). They
// take a pointer for the reason is does: ~1000 call sites, at most tokens.
func (t *token) isClass(c class) bool { return t.kind == tWord && t.cls&c != 0 }

func (t *token) isPunct(set string) bool {
	return t.kind == tPunct && strings.Contains(set, t.lower)
}

// isComma is isPunct(","), the test rules make most (~270 call sites): one
// comparison, where Contains costs two calls.
func (t *token) isComma() bool { return t.kind == tPunct && t.lower == "," }

// tokenize splits the paragraph p into tokens; each quote of qs inside p
// (sorted, starting at index qi) becomes one tQuote token.
func (d *doc) tokenize(p span, qi int) []token {
	r, qs := d.r, d.qs
	toks := d.toks[:0]
	d.spell, d.unknown = d.spell[:0], d.unknown[:0]
	for i := p.s; i < p.e; {
		c := r[i]
		switch {
		case c == ' ':
			i++ // most runes between tokens: tested first (no quote opens at a space)
		case qi < len(qs) && qs[qi].open.pos == i:
			q := qs[qi]
			toks = append(toks, token{s: i, e: q.end(), kind: tQuote, q: qi})
			i = q.end()
			qi++
		case isWordRune(c) || shortYear(r, i, p.e):
			dotted, slashed := false, false
			spell, j, h, plain := lowerPlainWord(d.spell, r, i, p.e)
			// a German word before a slash or a hyphen may join what follows
			// (CDU/CSU, Such- und), which only the other path tests
			n := len(d.spell) // where the word's spelling starts
			if plain && !(d.german && j < p.e && (r[j] == '/' || r[j] == '-')) {
				d.spell = spell
				toks = d.appendSpelled(toks, r, i, j, p.e, n, h)
			} else {
				d.spell = spell[:n] // as lowerPlainWord may have grown it, without the word
				j = i + 3           // in '08: the apostrophe is part of the year
				if isWordRune(c) {
					j = wordEnd(r, i, p.e)
				}
				for d.german && j+1 < p.e && r[j] == '.' && unicode.IsLower(r[j+1]) {
					j, dotted = wordEnd(r, j+1, p.e), true // ver.di, ndr.de: a name, no sentence end
				}
				if !d.german && j < p.e && r[j] == '.' && (i == p.s || r[i-1] != '/' && r[i-1] != '.') {
					j = d.addressEnd(r, j, p.e) // but a link's host (http://on.ledger.com/x) names no one
				}
				if d.german && truncatedCompound(r, j, p.e) {
					j++ // Such- und Rettungsdienst: the hyphen stands for the shared part of the noun
				}
				for d.german && j+1 < p.e && r[j] == '/' && unicode.IsUpper(r[j+1]) {
					j, slashed = wordEnd(r, j+1, p.e), true // CDU/CSU, Bündnis 90/Die Grünen: one name
				}
				toks = d.appendWord(toks, r, i, j, p.e)
			}
			t, upper := &toks[len(toks)-1], unicode.IsUpper(c)
			if upper && len(toks) > 1 && toks[len(toks)-2].kind == tWord {
				t.cls &^= cSubjunctive // a noun inside a sentence: im Laufe, die Suche
			}
			t.upper = upper || dotted || slashed || d.german && (d.particleName(r[t.s:t.e]) || hyphenNoun(r[t.s:t.e]))
			i = t.e
		case unicode.IsSpace(c):
			i++ // after the word runes, which no space is: most tokens are words
		default:
			j := i + 1
			if (c == '-' || c == '.') && j < p.e && r[j] == c {
				for j < p.e && r[j] == c {
					j++
				}
			}
			toks = append(toks, token{s: i, e: j, kind: tPunct, lower: punctText(r[i:j])})
			i = j
		}
	}
	d.spellUnknown(toks)
	return toks
}

// truncatedCompound reports whether the German word that ends at r[j]
// is the first part of a compound cut short by a hyphen before und, oder
// or sowie (Such- und Rettungsagentur, Bundes- oder Landesrecht): the
// hyphen belongs to the word, no dash sets off what follows.
func truncatedCompound(r []rune, j, e int) bool {
	if j+5 >= e || r[j] != '-' || r[j+1] != ' ' {
		return false
	}
	w := r[j+2:]
	for _, c := range []string{"und ", "oder ", "sowie "} {
		if len(w) >= len(c) && string(w[:len(c)]) == c {
			return true
		}
	}
	return false
}

// hyphenNoun reports whether a German word in lower case is a compound
// noun whose last part is capitalised (verdi-Verhandlungsführer,
// ai-Bericht): a noun, as capitalised as any other.
func hyphenNoun(w []rune) bool {
	for i := len(w) - 2; i > 0; i-- {
		if w[i] == '-' {
			return unicode.IsUpper(w[i+1])
		}
	}
	return false
}

// shortYear reports whether r[i] is an apostrophe that opens a year cut
// to two digits after a space (in '08, in ’16), not a quote mark.
func shortYear(r []rune, i, e int) bool {
	c := r[i]
	if c != '\'' && c != '’' && c != '‘' || i == 0 || !unicode.IsSpace(r[i-1]) || i+2 >= e {
		return false
	}
	return unicode.IsDigit(r[i+1]) && unicode.IsDigit(r[i+2]) && (i+3 == e || !isWordRune(r[i+3]))
}

// spelled is a word token whose lower-case text is d.spell[s:e].
type spelled struct{ tok, s, e int }

// appendWord appends to toks the token of the word r[i:j], with the
// period at r[j] when the word keeps it (Mr., U.S., No. 5). A word of the
// lexicon takes its lower-case text from there; the text of any other is
// written to d.spell, and spellUnknown fills it in with the others of the
// paragraph: one string a paragraph, not one a word.
func (d *doc) appendWord(toks []token, r []rune, i, j, e int) []token {
	n := len(d.spell)
	var h uint32
	d.spell, h = appendLowerHash(d.spell, r[i:j])
	return d.appendSpelled(toks, r, i, j, e, n, h)
}

// lowerPlainWord appends to buf in lower case the word at r[i] when it is
// a plain one, ASCII letters and digits that a space or an ASCII
// punctuation mark ends, one that joins no word to them (said, Vale,
// 2024; said. Vale,), and returns its end and the hashWord of the bytes
// it appended. Most words are plain: read in this one pass, they spare
// wordEnd's pass and appendLowerHash's. For any other word (don't, U.S,
// café, 47%) plain is false, and out's length is where the caller had
// buf's (out may be a grown buf).
func lowerPlainWord(buf []byte, r []rune, i, e int) (out []byte, j int, h uint32, plain bool) {
	rs := r[i:e]
	n := len(buf)
	// room for the rest of the paragraph, written by index: an append in
	// the loop, with its call to grow the slice, had the loop's variables
	// spilled to the stack, about twice the instructions a rune. (The
	// buffer is the doc's, kept from paragraph to paragraph, so it grows
	// to the longest paragraph once.)
	buf = slices.Grow(buf, len(rs))
	w := buf[n : n+len(rs)]
	h = fnvOffset
	k := 0
	for ; k < len(rs); k++ {
		c := rs[k]
		if uint32(c) >= utf8.RuneSelf {
			break
		}
		b := plainLower[byte(c)] // one lookup for asciiWord and lowerRune
		if b == 0 {
			break
		}
		w[k] = b
		h = (h ^ uint32(b)) * fnvPrime
	}
	j = i + k
	if k == 0 || j < e && (r[j] >= utf8.RuneSelf || r[j] == '%' || joinsWord(r[j]) && j+1 < e && isWordRune(r[j+1])) {
		return buf[:n], j, h, false
	}
	return buf[:n+k], j, h, true
}

// plainLower maps each ASCII word rune (asciiWord) to its lower case
// and any other byte to 0, for lowerPlainWord. It has 256 entries, so
// that indexing it by a byte needs no bounds check.
var plainLower = func() (t [256]byte) {
	for c := range utf8.RuneSelf {
		if asciiWord[c] {
			t[c] = byte(lowerRune(rune(c)))
		}
	}
	return t
}()

// appendSpelled is appendWord for the word r[i:j] whose lower-case
// text is d.spell[n:], of the hash h.
func (d *doc) appendSpelled(toks []token, r []rune, i, j, e, n int, h uint32) []token {
	w, known := d.lex.index.getHashed(d.spell[n:], h)
	if j < e && r[j] == '.' && (d.keepsPeriod(r[i:j+1], w.cls) || d.numbered(w.cls, r, j, e)) {
		j++
		d.spell = append(d.spell, '.') // the word with its period: mr., u.s.
		w, known = d.lex.index.get(d.spell[n:])
	}
	if known {
		d.spell = d.spell[:n]
		cls := w.cls
		if d.german && cls&cGerman == 0 && acronym(r[i:j]) {
			cls = 0 // wie die WHO sagte: a German acronym, not English "who"
		}
		return append(toks, token{s: i, e: j, kind: tWord, lower: w.word, cls: cls})
	}
	d.unknown = append(d.unknown, spelled{tok: len(toks), s: n, e: len(d.spell)})
	return append(toks, token{s: i, e: j, kind: tWord, cls: d.contractionClass(d.spell[n:])})
}

// spellUnknown gives the words of toks that the lexicon lacks their
// lower-case text, cut from one string of d.spell.
func (d *doc) spellUnknown(toks []token) {
	text := string(d.spell)
	for _, u := range d.unknown {
		toks[u.tok].lower = text[u.s:u.e]
	}
}

// particleName reports whether a German word is a name that opens with a
// lower-case particle and a hyphen (al-Mussawi, el-Baradei): it is
// capitalised for the noun phrase rules like any name. The tokeniser
// calls it for German words only.
func (d *doc) particleName(rs []rune) bool {
	n := slices.Index(rs, '-')
	if n < 0 || d.classOf(rs[:n])&cNameParticle == 0 {
		return false
	}
	return n+1 < len(rs) && unicode.IsUpper(rs[n+1])
}

// punctText returns the text of a punctuation token: its rune, or a dash
// for -- and an ellipsis for ...
func punctText(rs []rune) string {
	if len(rs) > 1 && rs[0] == '-' {
		return "—" // -- is a dash
	}
	if len(rs) > 1 && rs[0] == '.' {
		return "…"
	}
	if rs[0] < utf8.RuneSelf {
		return asciiText[rs[0]] // most punctuation, and no allocation
	}
	return string(rs[0])
}

// asciiText holds each ASCII rune as a string.
var asciiText = func() (t [utf8.RuneSelf]string) {
	for i := range t {
		t[i] = string(rune(i))
	}
	return t
}()

// wordEnd returns the end of the word starting at i: letters and digits,
// joined by an apostrophe, hyphen, period or comma that a letter or digit
// follows (don't, well-known, U.S, 2.5, 1,000), and a percent sign after
// digits.
func wordEnd(r []rune, i, e int) int {
	j := i + 1
	for j < e {
		c := r[j]
		if isWordRune(c) {
			j++
			continue
		}
		if joinsWord(c) && j+1 < e && isWordRune(r[j+1]) && isWordRune(r[j-1]) {
			switch {
			case c == '\'' || c == '’' || c == '-' || c == '‐':
				j++
				continue
			case c == '‘' && r[j+1] == 's' && (j+2 >= e || !isWordRune(r[j+2])):
				j++ // Tom Lee‘s plan: an opening mark typed for the apostrophe of a possessive
				continue
			case (c == '.' || c == ',') && unicode.IsDigit(r[j-1]) && unicode.IsDigit(r[j+1]):
				j++
				continue
			case c == '.' && unicode.IsLetter(r[j+1]) && (j+2 >= e || !isWordRune(r[j+2])) && (j-i == 1 || r[j-2] == '-'):
				j++ // U.S, a.m, D-N.Y
				continue
			case c == '.' && unicode.IsLetter(r[j+1]) && j-i > 1 && r[j-2] == '.':
				j++
				continue
			}
		}
		break
	}
	if j < e && r[j] == '%' && unicode.IsDigit(r[j-1]) {
		j++ // 47%: a share, which can head a source (47% say)
	}
	return j
}

// joinsWord reports whether c can join two parts of a word (see wordEnd):
// tested first, since most words end at a space.
func joinsWord(c rune) bool {
	switch c {
	case '\'', '’', '-', '‐', '‘', '.', ',':
		return true
	}
	return false
}

// addressEnd returns the end of a web address whose first part ends at
// r[j] (Harborwatch.com, www.fenwick.gov): dotted parts in lower case with
// no space around their dots, the last a known top-level domain. The
// address is one word, not a word, a period and another word (a photo
// captured by Harborwatch.com showed …: the site shows, not "com"); any
// other dot leaves j as it is. The address keeps the case of its first
// letter, so that a headline's link (NEW CHIEF—"…" http://on.ledger.com/x)
// does not make it look like title case.
func (d *doc) addressEnd(r []rune, j, e int) int {
	k, last := j, j
	for k+1 < e && r[k] == '.' && unicode.IsLower(r[k+1]) {
		last, k = k+1, wordEnd(r, k+1, e)
	}
	if k == j || k-last > 6 || !d.inSet(setWebdomain, string(r[last:k])) {
		return j
	}
	return k
}

// domainTail reports whether the word w ends in a dot and two or more
// letters in lower case, as a web address or a dotted name does (bote.de,
// ver.di), unlike an abbreviation of single letters (U.S, z.B).
func domainTail(w []rune) bool {
	n := 0
	for i := len(w) - 1; i >= 0; i-- {
		switch {
		case w[i] == '.':
			return n >= 2
		case !unicode.IsLower(w[i]):
			return false
		}
		n++
	}
	return false
}

// keepsPeriod reports whether the period that ends rs belongs to the word
// before it: a known abbreviation (Mr.), an initial (W.) or a dotted
// abbreviation (U.S.). cls is the lexicon's classes of that word, which the
// caller has looked up already.
func (d *doc) keepsPeriod(rs []rune, cls class) bool {
	w := rs[:len(rs)-1]
	if len(w) == 1 && unicode.IsUpper(w[0]) {
		return true
	}
	if d.german && grouped(w) {
		return false // zirka 1.000. Zu …: the sentence rules tell a count from an ordinal
	}
	tail := w // the part after the last hyphen: R-Ky., then-Sen., ex-Gov.
	for i, c := range w {
		switch c {
		case '.':
			// U.S.; but laut bote.de. Nach …: the period ends the
			// sentence (domainTail reads only words with a dot)
			return !domainTail(w)
		case '-':
			tail = w[i+1:]
		}
	}
	tailCls := cls
	if len(tail) < len(w) {
		tailCls = d.classOf(tail)
	}
	if len(w) > 0 && unicode.IsUpper(w[0]) && len(tail) > 0 && unicode.IsUpper(tail[0]) && tailCls&cState != 0 {
		return true
	}
	return (cls|tailCls)&cAbbrev != 0
}

// grouped reports whether w is a number with digit groups (1.000, 2.5).
func grouped(w []rune) bool {
	for _, c := range w {
		if c != '.' && !unicode.IsDigit(c) {
			return false
		}
	}
	return len(w) > 0
}

// numbered reports whether the word before r[j], of the lexicon classes
// cls, is an abbreviation like No. or Nr. whose period at r[j] is kept
// because a number follows (No. 5).
func (d *doc) numbered(cls class, r []rune, j, e int) bool {
	if cls&cNumbered == 0 {
		return false
	}
	k := j + 1
	for k < e && r[k] == ' ' {
		k++
	}
	return k < e && unicode.IsDigit(r[k])
}

// classOf returns the classes of rs in the lexicon, without allocating.
func (d *doc) classOf(rs []rune) class {
	e, _ := d.find(rs)
	return e.cls
}

// find writes rs in lower case to d.buf and returns its lexicon entry;
// looking a byte buffer up allocates nothing.
func (d *doc) find(rs []rune) (entry, bool) {
	d.buf = appendLower(d.buf[:0], rs)
	return d.lex.index.get(d.buf)
}

// appendLower appends rs in lower case to buf, as the lexicon spells
// words: wouldn’t is written wouldn't.
func appendLower(buf []byte, rs []rune) []byte {
	for _, c := range rs {
		if c == '’' || c == '‘' { // Lee‘s: see wordEnd
			c = '\''
		}
		buf = utf8.AppendRune(buf, lowerRune(c))
	}
	return buf
}

// appendLowerHash is appendLower that returns with buf the hashWord of
// the bytes it appended, computed in the same pass: the tokeniser looks
// up every word it lowers, and a second pass over the bytes for the hash
// cost about one instruction in a hundred.
func appendLowerHash(buf []byte, rs []rune) ([]byte, uint32) {
	h := fnvOffset
	for k, c := range rs {
		if c < utf8.RuneSelf { // most runes
			c = lowerRune(c)
			buf = append(buf, byte(c))
			h = (h ^ uint32(c)) * fnvPrime
			continue
		}
		m := len(buf)
		buf = appendLower(buf, rs[k:k+1])
		for _, b := range buf[m:] {
			h = (h ^ uint32(b)) * fnvPrime
		}
	}
	return buf, h
}

// contractionClass gives a contraction the pronoun class of its first part,
// and with it the class of a word that opens a clause: they'll, he's, I'm
// (said for weeks he's the only one: "he's" opens the content as "he"
// would). w is in lower case as appendLower writes it.
func (d *doc) contractionClass(w []byte) class {
	i := bytes.IndexByte(w, '\'')
	if i <= 0 {
		return 0
	}
	e, _ := d.lex.index.get(w[:i])
	return e.cls & (cPronoun | cNounOpener)
}

// end returns the offset just after the quote's closing mark, or its
// content's end when it ran to the end of its paragraph.
func (q qspan) end() int {
	if q.closed {
		return q.e + q.closeWidth
	}
	return q.e
}

// acronym reports whether w is written in capitals only, two letters or
// more (WHO, UN).
func acronym(w []rune) bool {
	if len(w) < 2 {
		return false
	}
	for _, c := range w {
		if !unicode.IsUpper(c) {
			return false
		}
	}
	return true
}
