package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// family groups the quote marks that can pair with each other.
type family uint8

const (
	noFamily  family = iota
	double           // " “ ” „ '' ``
	single           // ' ‘ ’ ‚
	guillemet        // « »
	angle            // ‹ ›
)

// A mark's role bits: whether its neighbours let it open or close a quote.
const (
	canOpen  = 1
	canClose = 2
)

// mark is one quote mark in the text.
type mark struct {
	pos, width int
	fam        family
	role       uint8
}

// markFamily is the table of quote characters. The two-rune marks (two
// apostrophes, two backticks) are found apart.
func markFamily(r rune) family {
	switch r {
	case '"', '“', '”', '„', '‟':
		return double
	case '\'', '‘', '’', '‚', '‛':
		return single
	case '«', '»':
		return guillemet
	case '‹', '›':
		return angle
	}
	return noFamily
}

// isQuoteChar reports whether r can be a quote mark.
// ASCII, most of any text, is settled without markFamily's search.
func isQuoteChar(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '"' || r == '\'' || r == '`'
	}
	return markFamily(r) != noFamily
}

func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':', '…':
		return true
	}
	return isQuoteChar(r)
}

func isClosePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '/':
		return true
	}
	return isQuoteChar(r)
}

// isWordRune reports whether r is a letter, digit or combining mark. It
// runs for nearly every rune of the text, so ASCII takes a table of its
// own, which skips the table search of unicode.IsMark and keeps the
// function short enough to be inlined.
func isWordRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiWord[byte(r)]
	}
	return isWordRuneTables(r)
}

// asciiWord marks the ASCII runes that are word runes: a-z, A-Z and 0-9.
// It has 256 entries, so that indexing it by a byte needs no bounds check.
var asciiWord = func() (t [256]bool) {
	for r := range utf8.RuneSelf {
		t[r] = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return t
}()

// isWordRuneTables is isWordRune for any rune, by the unicode tables.
func isWordRuneTables(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// findMarks appends to ms the quote marks in r[s:e] with the roles their
// neighbours allow; apostrophes (don't, '90s, 'em) are left out.
func (x *Extractor) findMarks(ms []mark, r []rune, s, e int) []mark {
	at := func(i int) rune {
		if i < s || i >= e {
			return ' '
		}
		return r[i]
	}
	for i := s; i < e; i++ {
		if i = skipPlain(r, i, e); i == e {
			break
		}
		c := r[i]
		if c == '<' {
			if j := tagEnd(r, i, e); j > i {
				i = j // the marks of a markup tag's attributes quote nothing
				continue
			}
		}
		if !isQuoteChar(c) {
			continue // no quote mark: another non-ASCII rune, or a "<" that opens no tag
		}
		fam, width := markFamily(c), 1
		if strayPeriodCloser(at, i) {
			// some feeds mangle a closing '' after a full stop into '.': ''… in half.'.')
			ms = append(ms, mark{pos: i, width: 3, fam: double, role: canClose})
			i += 2
			continue
		}
		closesNested := c == '\'' && at(i+2) == '\'' && at(i+3) != '\'' && !unicode.IsSpace(at(i-1))
		if (c == '\'' && at(i+1) == '\'' && !closesNested) || (c == '`' && at(i+1) == '`') {
			// ''' after a word closes the inner single quote first: 'special case,'''
			fam, width = double, 2
		} else if c == '`' {
			continue // a lone backtick is no mark
		}
		prev, next := at(i-1), at(i+width)
		left := !unicode.IsSpace(next) && (unicode.IsSpace(prev) || isOpenPunct(prev))
		right := !unicode.IsSpace(prev) && (unicode.IsSpace(next) || isClosePunct(next))
		if fam == single && x.isApostrophe(r, i, e, prev, next) {
			continue
		}
		var role uint8
		if left {
			role |= canOpen
		}
		if right {
			role |= canClose
		}
		if role == 0 {
			// Between two spaces or two letters: either, decided by state.
			role = canOpen | canClose
		}
		ms = append(ms, mark{pos: i, width: width, fam: fam, role: role})
		i += width - 1
	}
	return ms
}

// skipPlain returns the index of the first rune of r[i:e] that may be a
// quote mark or open a markup tag, or e: any rune but ASCII letters,
// digits, spaces and most punctuation. Its small loop passes over
// ordinary text for a third of the instructions of findMarks' loop, which
// has all its variables live. It is kept out of line: inlined there, it
// had its registers spilled around the loop and cost as much as before.
//
// It tests four runes a round, sliced with one bounds test, as lineEnd
// does, and the last few one by one.
//
//go:noinline
func skipPlain(r []rune, i, e int) int {
	for ; i+4 <= e; i += 4 {
		q := r[i : i+4 : i+4]
		if markish(q[0]) || markish(q[1]) || markish(q[2]) || markish(q[3]) {
			break
		}
	}
	for ; i < e; i++ {
		if markish(r[i]) {
			return i
		}
	}
	return e
}

// markish reports whether skipPlain stops at c.
func markish(c rune) bool { return uint32(c) >= utf8.RuneSelf || asciiMarkish[byte(c)] }

// asciiMarkish marks the ASCII runes that skipPlain stops at: the quote
// marks (isQuoteChar) and "<". It has 256 entries, so that indexing it by
// a byte needs no bounds check.
var asciiMarkish = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c == '<' || isQuoteChar(rune(c))
	}
	return t
}()

// strayPeriodCloser reports whether the apostrophes at i and i+2, a period
// between them, close a double quote after a sentence's end (… in half.'.')
// or … in half.'.' and): the pair of apostrophes that closes a double
// quote, split by a stray period. Not when a third apostrophe follows:
// then the first closes an inner single quote ('no.') and the next two
// the outer double one.
func strayPeriodCloser(at func(int) rune, i int) bool {
	if at(i) != '\'' || at(i+1) != '.' || at(i+2) != '\'' || at(i+3) == '\'' || isWordRune(at(i+3)) {
		return false
	}
	switch at(i - 1) {
	case '.', '?', '!':
		return true
	}
	return false
}

// maxTag bounds the scan for the end of a markup tag. Embedded posts
// carry their whole text in an attribute too (<tweet title="…" date=
// "…">), a few hundred runes each.
const maxTag = 1200

// tagEnd returns the index of the ">" that closes a markup tag opening at
// r[i] (<tweet author="@jroe" date="May 2">, </p>, <br/>), or -1: a
// letter or "/" after the "<", an "=" or a "/" inside, no "<" before the
// ">". Text kept from web pages has such tags, and the marks around
// their attribute values would pair into quotes.
func tagEnd(r []rune, i, e int) int {
	if i+1 >= e || !unicode.IsLetter(r[i+1]) && r[i+1] != '/' {
		return -1
	}
	attr := false // an "=" or a "/" seen; the loop sees the "/" of </p> too
	for j := i + 1; j < e && j-i <= maxTag; j++ {
		switch r[j] {
		case '<':
			return -1
		case '=', '/':
			attr = true
		case '>':
			if attr {
				return j
			}
			return -1
		}
	}
	return -1
}

// isApostrophe tells an apostrophe from a single quote mark by its
// neighbours: inside a word (don't), before a year ('90s) or an elision
// ('em, 'til).
func (x *Extractor) isApostrophe(r []rune, i, e int, prev, next rune) bool {
	if isWordRune(prev) && isWordRune(next) {
		return true
	}
	if prev == '.' && next == 's' && i >= 2 && unicode.IsLetter(r[i-2]) && (i+2 >= e || !isWordRune(r[i+2])) {
		return true // the possessive of an abbreviation: the F.B.I.'s
	}
	if !unicode.IsSpace(prev) && !isOpenPunct(prev) {
		return false
	}
	if unicode.IsDigit(next) {
		return true
	}
	j := i + 1
	for j < e && j-i <= 6 && unicode.IsLetter(r[j]) {
		j++
	}
	if j == i+1 || (j < e && isWordRune(r[j])) {
		return false
	}
	var buf [24]byte // six letters of up to four bytes: no allocation
	return x.en.has(string(appendLower(buf[:0], r[i+1:j])), cElision)
}

// qspan is one quoted segment: the content r[s:e] between its marks. A
// quote that runs over paragraphs gives one qspan per paragraph, tied by
// chain (the index of the chain's first qspan).
type qspan struct {
	s, e       int
	open       mark
	closed     bool // false: ran to the end of its paragraph
	closeWidth int
	para       int
	chain      int
	continues  bool // the next paragraph reopens this quote
	sig        span // the name on a pull quote's signature line, cut off the quote
}

// openQuote is an entry of the pairing stack: an opener and the quotes
// already closed inside it.
type openQuote struct {
	m        mark
	children []int // indexes into the nested list
	wrongWay int   // 1 + the position of a ’ that may close a “ the wrong way, or 0 (see wrongWayCloser)
}

// maxNesting bounds the stack so that hostile input stays linear.
const maxNesting = 4

// pairMarks pairs the marks of each paragraph into top-level quote spans.
// A paragraph that ends inside a double (or guillemet) quote continues when
// the next paragraph opens with a mark of the same family; otherwise the
// quote closes at the paragraph's end. An unclosed single quote was an
// apostrophe after all and is dropped, its nested quotes promoted, unless
// it cannot close and the next paragraph reopens with a single mark.
// It appends the spans to out.
func (x *Extractor) pairMarks(out []qspan, r []rune, paras []span, pg *pairing) []qspan {
	ms := pg.marks[:0]
	carry := -1 // index in out of a quote the previous paragraph continues
	for pi, p := range paras {
		ms = x.findMarks(ms[:0], r, p.s, p.e)
		first := len(out)
		var cont bool
		// a single mark left open runs on when the next paragraph reopens
		// with one: 'We have the votes.¶'We have the money.' (British)
		singleOn := pi+1 < len(paras) && reopens(r, paras[pi+1], single)
		out, cont = pg.pairParagraph(out, r, p, ms, singleOn)
		out = splitAtLabels(out, first, r)
		spans := out[first:]
		for k := range spans {
			spans[k].para = pi
			spans[k].chain = first + k
			signatureLine(r, p, &spans[k])
		}
		if carry >= 0 && len(spans) > 0 && len(ms) > 0 && spans[0].open.pos == ms[0].pos && ms[0].pos == firstNonSpace(r, p) {
			spans[0].chain = out[carry].chain
		}
		carry = -1
		if cont && len(spans) > 0 {
			last := len(out) - 1
			if pi+1 < len(paras) && reopens(r, paras[pi+1], out[last].open.fam) {
				out[last].continues = true
				carry = last
			}
		}
	}
	pg.marks = ms
	return out
}

// splitAtLabels cuts each quote of out[first:] before a transcript label
// inside it ("MR. LEE: Thank you. MS. ROE: You are welcome."): each
// speaker's turn becomes a quote of its own, which opens with its label
// (see transcriptLabels).
func splitAtLabels(out []qspan, first int, r []rune) []qspan {
	var split []qspan // made at the first label: most texts have none
	for k := first; k < len(out); k++ {
		q := out[k]
		for i := q.s + 1; i < q.e; i++ {
			if r[i] != ':' {
				continue
			}
			start := labelStart(r, q.s, i)
			if start < 0 {
				continue
			}
			if split == nil {
				split = append(make([]qspan, 0, len(out)+8), out[:k]...)
			}
			head := q
			head.e, head.closed, head.closeWidth, head.continues = trimEnd(r, q.s, start), true, 0, false
			split = append(split, head)
			q.s, q.open = start, mark{pos: start, fam: q.open.fam}
			i = start // the tail is cut in turn
		}
		if split != nil {
			split = append(split, q)
		}
	}
	if split == nil {
		return out
	}
	return split
}

// labelStart returns where the transcript label that the colon at r[i]
// closes starts, or -1: two capitals or more, with spaces, periods,
// apostrophes and hyphens (MS. ROE:, MR. O'NEILL:), right after a
// sentence's end inside the quote that opens at s.
func labelStart(r []rune, s, i int) int {
	if i+1 >= len(r) || r[i+1] != ' ' || !unicode.IsUpper(r[i-1]) {
		return -1
	}
	j := i
	for j > s && i-j < 30 && labelRune(r[j-1]) {
		j--
	}
	for j < i && !unicode.IsLetter(r[j]) {
		j++ // the end of the sentence before: ". "
	}
	capitals := 0
	for _, c := range r[j:i] {
		if unicode.IsUpper(c) {
			capitals++
		}
	}
	if capitals < 2 || !sentenceStart(r, s, j) {
		return -1
	}
	return j
}

// labelRune reports whether c can be part of a transcript label.
func labelRune(c rune) bool {
	return unicode.IsUpper(c) || c == ' ' || c == '.' || c == '\'' || c == '’' || c == '-'
}

// sentenceStart reports whether r[j] starts a sentence inside a quote that
// opens at s: a space after . ! or ? (and a closing mark) before it.
func sentenceStart(r []rune, s, j int) bool {
	k := j
	for k > s && r[k-1] == ' ' {
		k--
	}
	if k == j || k <= s {
		return false
	}
	for k > s && isQuoteChar(r[k-1]) {
		k--
	}
	return k > s && strings.ContainsRune(".!?", r[k-1])
}

// cutInsertedFrames ends an unclosed English quote before the frame its
// writer set inside it, the closing mark left out: in `"… papers to keep,
// said Ann Roe, whose …` and `"… on the ground, he added, "this is …` the
// quote ends at the comma before the frame. A quote the next paragraph
// continues runs on.
func (d *doc) cutInsertedFrames() {
	if d.german {
		return
	}
	for k := range d.qs {
		q := &d.qs[k]
		if q.closed || q.continues {
			continue
		}
		if c := d.insertedFrame(q.s, q.e); c > q.s {
			q.e = c
		}
	}
}

// insertedFrame returns the end of the quote's words before a frame at
// the end of r[s:e] (", he added," or ", said Ann Roe, a …" up to e), or
// -1. The frame is a clause of two to four words up to the next comma:
// a cue of set insertedcue and a capitalised name after it, or a pronoun
// or a capitalised name and the cue after it.
func (d *doc) insertedFrame(s, e int) int {
	for i := e - 2; i > s && e-i <= 120; i-- {
		if d.r[i] != ',' || d.r[i+1] != ' ' {
			continue
		}
		j := i + 2
		for j < e && d.r[j] != ',' {
			j++
		}
		if j < e-1 && d.r[j+1] != ' ' {
			continue
		}
		if d.frameClause(strings.Fields(strings.TrimRight(string(d.r[i+2:j]), ".,"))) {
			return trimEnd(d.r, s, i)
		}
	}
	return -1
}

// frameClause reports whether words make a frame: said Ann Roe; he added;
// Ann Roe said.
func (d *doc) frameClause(words []string) bool {
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	capital := func(w string) bool { r, _ := utf8.DecodeRuneInString(w); return unicode.IsUpper(r) }
	first, last := strings.ToLower(words[0]), strings.ToLower(words[len(words)-1])
	if d.inSet(setInsertedcue, first) {
		return capital(words[1])
	}
	if !d.inSet(setInsertedcue, last) {
		return false
	}
	return len(words) == 2 && d.has(cPronoun, first) || capital(words[0])
}

// firstNonSpace returns the index of the first rune of p that is no
// space, or p.e.
func firstNonSpace(r []rune, p span) int {
	i := p.s
	for i < p.e && unicode.IsSpace(r[i]) {
		i++
	}
	return i
}

// reopens reports whether paragraph p starts with an opening mark of fam.
func reopens(r []rune, p span, fam family) bool {
	i := firstNonSpace(r, p)
	if i >= p.e {
		return false
	}
	f := markFamily(r[i])
	if r[i] == '`' && i+1 < p.e && r[i+1] == '`' {
		f = double
	}
	return f == fam
}

// pairing holds the lists of pairParagraph, reused from one paragraph to
// the next.
type pairing struct {
	marks  []mark // the marks of a paragraph
	stack  []openQuote
	nested []qspan // every closed span; top-level ones are collected after
	top    []int   // indexes into nested of spans closed at depth 0
}

// pairParagraph runs the pairing state machine over one paragraph's marks.
// It appends the top-level spans to out in text order, and reports
// whether the last one was left open at the paragraph's end. An
// unclosed single opener stays open only when singleOn (the next
// paragraph reopens with a single mark); else it was an apostrophe.
func (pg *pairing) pairParagraph(out []qspan, r []rune, p span, ms []mark, singleOn bool) ([]qspan, bool) {
	stack, nested, top := pg.stack[:0], pg.nested[:0], pg.top[:0]
	closeAt := func(j int, closed bool, end, cw int) {
		o := stack[j]
		if !closed && o.wrongWay > 0 {
			closed, end, cw = true, o.wrongWay-1, 1 // “We can win.’ He left: the ’ closes it
		}
		// entries above j were never closed: promote their children to j's
		for k := len(stack) - 1; k > j; k-- {
			stack[j].children = append(stack[j].children, stack[k].children...)
		}
		stack = stack[:j]
		q := qspan{s: o.m.pos + o.m.width, e: end, open: o.m, closed: closed, closeWidth: cw}
		nested = append(nested, q)
		idx := len(nested) - 1
		if j == 0 {
			top = append(top, idx)
		} else {
			stack[j-1].children = append(stack[j-1].children, idx)
		}
	}
	for i, m := range ms {
		if m.role&canClose != 0 {
			if j := lastOfFamily(stack, m.fam); j >= 0 && (m.role&canOpen == 0 || j == len(stack)-1) {
				closeAt(j, true, m.pos, m.width)
				continue
			}
			if m.role&canOpen == 0 {
				if n := len(stack); n > 0 && stack[n-1].wrongWay == 0 && wrongWayCloser(r, m, stack[n-1].m) {
					stack[n-1].wrongWay = m.pos + 1
				}
				continue // a stray closer
			}
		}
		if n := len(stack); n > 0 && stack[n-1].wrongWay == 0 && loneInnerOpener(r, ms, i, stack[n-1].m) {
			continue // the one closer left ends the outer quote
		}
		if n := len(stack); n > 0 && stack[n-1].m.fam == m.fam && m.fam != single && !nestsOpener(r, ms, i, stack[n-1].m) {
			// An opener of the same family inside an open quote: the
			// first one was never closed; end it here.
			closeAt(n-1, false, trimEnd(r, stack[n-1].m.pos, m.pos), 0)
		}
		if len(stack) < maxNesting {
			stack = append(stack, openQuote{m: m})
		}
	}
	open := false
	for len(stack) > 0 {
		j := len(stack) - 1
		o := stack[j]
		if j == 0 && (o.m.fam != single || singleOn && o.m.role&canClose == 0) {
			closeAt(0, false, trimEnd(r, o.m.pos, p.e), 0)
			open = o.wrongWay == 0
			break
		}
		// an unclosed single mark was an apostrophe: drop it, keep its children
		stack = stack[:j]
		if j == 0 {
			top = append(top, o.children...)
		} else {
			stack[j-1].children = append(stack[j-1].children, o.children...)
		}
	}
	first := len(out)
	for _, i := range top {
		if nested[i].e > nested[i].s {
			out = append(out, nested[i])
		}
	}
	spans := out[first:]
	slices.SortFunc(spans, func(a, b qspan) int { return a.s - b.s }) // sort.Slice would allocate
	if open && (len(spans) == 0 || spans[len(spans)-1].closed) {
		open = false // the open quote was empty and dropped
	}
	pg.stack, pg.nested, pg.top = stack, nested, top
	return out, open
}

// nestsOpener reports whether the opener at ms[i], met inside an open
// quote of its family (outer), a „ or a “ inside a “, opens a nested
// quote rather than ending the first: the next two marks of the family
// both close, so the inner quote and then the outer one end („Wir haben
// „Kunden“ gewonnen“, sagte er; “His claim that it “has to go” is
// wrong,” she wrote). A straight mark before “ is a stray opener more
// often than an outer quote. It looks at a few marks only, to stay
// linear.
func nestsOpener(r []rune, ms []mark, i int, outer mark) bool {
	m := ms[i]
	if c := r[m.pos]; c != '„' && (c != '“' || r[outer.pos] != '“') {
		return false
	}
	closers := 0
	for k := i + 1; k < len(ms) && k <= i+8; k++ {
		if ms[k].fam != m.fam {
			continue
		}
		if ms[k].role&canClose == 0 || closers == 0 && ms[k].role&canOpen != 0 {
			return false
		}
		if closers++; closers == 2 {
			return true
		}
	}
	return false
}

// loneInnerOpener reports whether the “ at ms[i], met inside an open “
// (outer), opens a nested quote whose closing mark the writer left out:
// it stands after a space in mid-sentence, and the paragraph holds one
// more mark of the family only, a closer, which ends the outer quote
// (“When do they ask, “Is it us?” he wrote.). The inner mark is then
// passed over, so that the quote is one. After a sentence's end the “
// opens a new quote instead, the first one left unclosed (“We won.
// “And now we rest,” she said.). It looks at a few marks only, to stay
// linear.
func loneInnerOpener(r []rune, ms []mark, i int, outer mark) bool {
	m := ms[i]
	if r[m.pos] != '“' || r[outer.pos] != '“' || m.role&canClose != 0 || m.pos < 2 || r[m.pos-1] != ' ' {
		return false
	}
	if c := r[m.pos-2]; strings.ContainsRune(".!?…", c) || isQuoteChar(c) {
		return false
	}
	closers := 0
	for k := i + 1; k < len(ms); k++ {
		if k > i+8 {
			return false
		}
		if ms[k].fam != m.fam {
			continue
		}
		if ms[k].role&canOpen != 0 || closers > 0 {
			return false
		}
		closers++
	}
	return closers == 1
}

// wrongWayCloser reports whether the stray closer m, a ’ after the end
// of a sentence, may close the open quote outer, a “ (Hill wrote: “We
// can win.’ He left the hall.): a typo for ”. It closes the quote only if
// nothing else does before the paragraph ends or a new “ opens.
func wrongWayCloser(r []rune, m, outer mark) bool {
	if r[m.pos] != '’' || r[outer.pos] != '“' || m.pos < 1 {
		return false
	}
	switch r[m.pos-1] {
	case '.', '?', '!':
		return m.pos+1 >= len(r) || unicode.IsSpace(r[m.pos+1])
	}
	return false
}

func lastOfFamily(stack []openQuote, f family) int {
	for j := len(stack) - 1; j >= 0; j-- {
		if stack[j].m.fam == f {
			return j
		}
	}
	return -1
}

// trimEnd moves end back over trailing spaces, not before from.
func trimEnd(r []rune, from, end int) int {
	for end > from && unicode.IsSpace(r[end-1]) {
		end--
	}
	return end
}

// signatureLine cuts the signature line off a pull quote: a paragraph that
// is one quote whose last line names its speaker, as web pages set them
// ("We will win the state.\nJane Roe, campaign chair."). The quote then ends
// at the line break and q.sig holds the name (Jane Roe); the words of the
// signature line are read as text after the quote, like a dash attribution.
func signatureLine(r []rune, p span, q *qspan) {
	if !q.closed || q.open.pos != firstNonSpace(r, p) {
		return
	}
	for i := q.e + q.closeWidth; i < p.e; i++ {
		if !unicode.IsSpace(r[i]) && r[i] != '.' {
			return // more words after the quote
		}
	}
	nl := q.e - 1
	for nl > q.s && r[nl] != '\n' {
		nl--
	}
	body := trimEnd(r, q.s, nl)
	if body == q.s || !strings.ContainsRune(".!?…", r[body-1]) {
		return // no line break, or the quote's sentence goes on
	}
	line := span{firstNonSpace(r, span{nl + 1, q.e}), q.e}
	name, ok := signatureName(r, line)
	if !ok {
		return
	}
	q.e, q.sig = body, name
}

// signatureName returns the name that opens a signature line, up to its
// first comma (Jane Roe, campaign chair; Former state senator Jane Roe): a
// few words, the first and the last capitalised, at most two lower-case
// ones between; the whole line short and free of quote marks.
func signatureName(r []rune, line span) (span, bool) {
	words, lower, comma := 0, 0, line.e
	var last rune
	for i := line.s; i < line.e; {
		c := r[i]
		if isQuoteChar(c) || c == '\n' {
			return span{}, false
		}
		if c == ',' && comma == line.e {
			comma = i
		}
		if unicode.IsSpace(c) || c == ',' {
			i++
			continue
		}
		j := i
		for j < line.e && !unicode.IsSpace(r[j]) && r[j] != ',' {
			j++
		}
		if words++; words > 16 {
			return span{}, false
		}
		if comma == line.e {
			if !unicode.IsUpper(c) {
				lower++
			}
			last = c
			if words == 1 && !unicode.IsUpper(c) || words > 6 || lower > 2 {
				return span{}, false
			}
		}
		i = j
	}
	name := span{line.s, trimEnd(r, line.s, comma)}
	if comma == line.e { // but keep Jr. before a comma
		for name.e > name.s && r[name.e-1] == '.' {
			name.e-- // Jane Roe.
		}
	}
	return name, words > 0 && unicode.IsUpper(last) && name.e > name.s
}
