package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestIsWordRuneASCII checks that the ASCII shortcut of isWordRune agrees
// with the unicode tables it skips.
func TestIsWordRuneASCII(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		want := isWordRuneTables(r)
		if got := isWordRune(r); got != want {
			t.Errorf("isWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}

// TestWordsSlices checks that the words of a span, cut from one string of
// it and one lowered string, are the words taken one by one.
func TestWordsSlices(t *testing.T) {
	x := New()
	for _, text := range []string{
		"Sen. Tom Vale (R-Ky.), the U.S. envoy",
		"İlker Şahin and ÅSA Ödmark’s office",
		"a spokesman for Ärzte ohne Grenzen",
		"— ‘well-known’ Dr. J. R. Hale, 47% of voters",
	} {
		d := &doc{x: x, r: []rune(text), lex: x.en, slabs: &slabs{}}
		var want []word
		for i := 0; i < len(d.r); {
			if !isWordRune(d.r[i]) {
				i++
				continue
			}
			j := wordEnd(d.r, i, len(d.r))
			if j < len(d.r) && d.r[j] == '.' && d.keepsPeriod(d.r[i:j+1], d.classOf(d.r[i:j])) {
				j++
			}
			w := string(d.r[i:j])
			want = append(want, word{text: w, lower: strings.ToLower(w), upper: unicode.IsUpper(d.r[i])})
			i = j
		}
		if got := d.words(span{0, len(d.r)}); !slices.Equal(got, want) {
			t.Errorf("words(%q) = %+v, want %+v", text, got, want)
		}
	}
}

// TestScanned checks the stretches the participle and content scans skip:
// they grow while they meet, belong to one sentence, and send a scan to
// just outside them.
func TestScanned(t *testing.T) {
	var m scanned
	m = m.add(1, 10, 20)
	m = m.add(1, 15, 30) // meets: the union
	if m != (scanned{1, 10, 30}) {
		t.Fatalf("add = %v, want {1 10 30}", m)
	}
	if m.add(1, 5, 5) != m {
		t.Error("an empty stretch changed the stretch")
	}
	if got := m.below(1, 25); got != 9 {
		t.Errorf("below(25) = %d, want 9", got)
	}
	if got := m.past(1, 12); got != 30 {
		t.Errorf("past(12) = %d, want 30", got)
	}
	if got := m.past(2, 12); got != 12 {
		t.Errorf("past in another sentence = %d, want 12", got)
	}
	if m = m.add(1, 40, 50); m != (scanned{1, 40, 50}) {
		t.Errorf("apart: add = %v, want the new stretch", m)
	}
}

// TestPlainNFC checks plainNFC against the normalisation tables: each rune
// it accepts is its own NFC and has a boundary before it (it combines
// with nothing before it), so a text of such runes is in NFC.
func TestPlainNFC(t *testing.T) {
	for c := rune(0); c <= 0x10FFFF; c++ {
		if !plainNFC(c) {
			continue
		}
		p := norm.NFC.PropertiesString(string(c))
		if !norm.NFC.IsNormalString(string(c)) || !p.BoundaryBefore() || p.CCC() != 0 {
			t.Errorf("plainNFC(%U) but NFC changes it or it combines", c)
		}
	}
	for _, s := range []string{"Zoë said “no” — e\u0301", "caf\u00e9", "bad \xff byte", "Ω\u2126", "plain", ""} {
		got, back, ascii := normalize(nil, nil, s)
		want, wantBack := nfcWhole(s)
		if string(got) != string(want) || !slices.Equal(back, wantBack) {
			t.Errorf("normalize(%q) = %q %v, want %q %v", s, string(got), back, string(want), wantBack)
		}
		if wantASCII := len(s) == len(want) && utf8.ValidString(s); ascii != wantASCII {
			t.Errorf("normalize(%q) reports ASCII %v, want %v", s, ascii, wantASCII)
		}
	}
}

// TestAppendLowerHash checks that appendLowerHash writes what appendLower
// writes and hashes it as hashWord does.
func TestAppendLowerHash(t *testing.T) {
	for _, w := range []string{"", "Tom", "wouldn’t", "Lee‘s", "ÄRGER", "İstanbul", "U.S"} {
		buf, h := appendLowerHash([]byte("x"), []rune(w))
		want := appendLower([]byte("x"), []rune(w))
		if string(buf) != string(want) || h != hashWord(want[1:]) {
			t.Errorf("appendLowerHash(%q) = %q %d, want %q %d", w, buf, h, want, hashWord(want[1:]))
		}
	}
}

// TestLowerPlainWord checks that a word lowerPlainWord takes ends where
// wordEnd ends it and is spelled and hashed as appendLowerHash does, and
// that it leaves its buffer as it found it for any other word.
func TestLowerPlainWord(t *testing.T) {
	for _, s := range []string{"Tom said", "Vale, who", "2024.", "said", "don't", "U.S. aid", "café", "47% say", "well-known", "Lee‘s", "x’s", "5,000", "a.m.", "Ä", "ab\u0301", "said.", "said. Then", "U.S.", "Mr. Vale", "ver.di", "x-"} {
		r := []rune(s)
		buf, j, h, plain := lowerPlainWord([]byte("x"), r, 0, len(r))
		if !plain {
			if string(buf) != "x" {
				t.Errorf("lowerPlainWord(%q) left %q, want %q", s, buf, "x")
			}
			continue
		}
		want, wantH := appendLowerHash([]byte("x"), r[:wordEnd(r, 0, len(r))])
		if string(buf) != string(want) || h != wantH || j != len(want)-1 {
			t.Errorf("lowerPlainWord(%q) = %q %d %d, want %q %d %d", s, buf, j, h, want, len(want)-1, wantH)
		}
	}
}

// TestLowerPlainWordBounds checks which words lowerPlainWord reads as
// plain, from inside a text and up to a paragraph end that cuts it, and
// that a plain one ends where wordEnd ends it, spelled and hashed as
// appendLowerHash does.
func TestLowerPlainWordBounds(t *testing.T) {
	for _, tc := range []struct {
		s     string
		i, e  int
		plain bool
	}{
		{"said", 0, 4, true},        // a word at the end of the text
		{"Tom Said it", 4, 8, true}, // a word inside it
		{"don't", 0, 3, true},       // the paragraph ends before the apostrophe
		{"Vale, who", 0, 9, true},
		{"said. Then", 0, 10, true},
		{"2024.", 0, 5, true},
		{"x-", 0, 2, true},
		{"Tom's", 0, 5, false},
		{"5,000", 0, 5, false},
		{"47% say", 0, 7, false},
		{"well-known", 0, 10, false},
		{"ver.di", 0, 6, false},
		{"café", 0, 4, false},    // ASCII but one rune
		{"said it", 0, 7, false}, // a space that is no ASCII
		{"ab́", 0, 3, false},
		{"Ärger", 0, 5, false},
		{"'08", 0, 3, false},
	} {
		r := []rune(tc.s)
		buf, j, h, plain := lowerPlainWord([]byte("x"), r, tc.i, tc.e)
		if plain != tc.plain {
			t.Errorf("lowerPlainWord(%q, %d, %d) plain = %v, want %v", tc.s, tc.i, tc.e, plain, tc.plain)
			continue
		}
		if !plain {
			if string(buf) != "x" {
				t.Errorf("lowerPlainWord(%q) left %q, want %q", tc.s, buf, "x")
			}
			continue
		}
		end := wordEnd(r, tc.i, tc.e)
		want, wantH := appendLowerHash([]byte("x"), r[tc.i:end])
		if string(buf) != string(want) || h != wantH || j != end {
			t.Errorf("lowerPlainWord(%q, %d, %d) = %q %d %d, want %q %d %d", tc.s, tc.i, tc.e, buf, j, h, want, end, wantH)
		}
	}
}

// FuzzLowerPlainWord checks, for any text, that a word lowerPlainWord
// takes as plain ends where wordEnd ends it and is spelled and hashed as
// appendLowerHash does, and that it leaves its buffer as it found it for
// any other: the tokeniser's fast path reads a word as its slow one does.
func FuzzLowerPlainWord(f *testing.F) {
	for _, s := range []string{"Tom said", "don't", "U.S. aid", "café", "47% say", "5,000", "ver.di", "said\u00a0it", "ab\u0301"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, i int) {
		r := []rune(s)
		if i < 0 || i >= len(r) {
			return
		}
		buf, j, h, plain := lowerPlainWord([]byte("x"), r, i, len(r))
		if !plain {
			if string(buf) != "x" {
				t.Fatalf("lowerPlainWord(%q, %d) left %q, want %q", s, i, buf, "x")
			}
			return
		}
		end := wordEnd(r, i, len(r))
		want, wantH := appendLowerHash([]byte("x"), r[i:end])
		if string(buf) != string(want) || h != wantH || j != end {
			t.Fatalf("lowerPlainWord(%q, %d) = %q %d %d, want %q %d %d", s, i, buf, j, h, want, end, wantH)
		}
	})
}

// TestDropPossessiveRunes checks that nameOf drops a possessive from a
// word's runes as dropPossessive does from its string.
func TestDropPossessiveRunes(t *testing.T) {
	for _, w := range []string{"Putin's", "Putin’s", "Putin", "s", "'s", "’s", "Ross'", "Jo's’s", "Jo’s's", "Müller’s"} {
		if got, want := string(dropPossessiveRunes([]rune(w))), dropPossessive(w); got != want {
			t.Errorf("dropPossessiveRunes(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestUnrolledScans checks the scans that read four runes a round
// (lineEnd, skipPlain) and copyASCII's single bound against their plain
// one-rune loops, for every length up to a few rounds and a stop at every
// place (or none): the tail after the last whole round is where such a
// loop goes wrong.
func TestUnrolledScans(t *testing.T) {
	for n := 0; n <= 13; n++ {
		for at := -1; at < n; at++ { // at: the stop rune's index, -1 for none
			for _, stop := range []rune{'\n', '"', '<', 'é', '’', 0xFFFD} {
				r := []rune(strings.Repeat("a", n))
				if at >= 0 {
					r[at] = stop
				}
				for i := 0; i <= n; i++ {
					want := i
					for want < n && r[want] != '\n' {
						want++
					}
					if got := lineEnd(r, i); got != want {
						t.Errorf("lineEnd(%q, %d) = %d, want %d", string(r), i, got, want)
					}
					for e := i; e <= n; e++ {
						want := i
						for want < e && !markish(r[want]) {
							want++
						}
						if got := skipPlain(r, i, e); got != want {
							t.Errorf("skipPlain(%q, %d, %d) = %d, want %d", string(r), i, e, got, want)
						}
					}
				}
				text := string(r)
				for room := 0; room <= n+1; room++ {
					want := 0
					for want < len(text) && want < room && text[want] < utf8.RuneSelf {
						want++
					}
					buf := make([]rune, room)
					if got := copyASCII(buf, text); got != want || string(buf[:got]) != text[:want] {
						t.Errorf("copyASCII(room %d, %q) = %d %q, want %d", room, text, got, string(buf[:got]), want)
					}
				}
			}
		}
	}
}

// nfcWhole is the reference for normalizeNFC: one norm.Iter over the
// whole text, each output rune mapped to its segment's offset.
func nfcWhole(text string) ([]rune, []int) {
	if !utf8.ValidString(text) {
		text = string([]rune(text))
	}
	if norm.NFC.IsNormalString(text) {
		return []rune(text), nil
	}
	var it norm.Iter
	it.InitString(norm.NFC, text)
	var out []rune
	var back []int
	orig := 0
	for !it.Done() {
		from := it.Pos()
		seg := it.Next()
		for _, r := range string(seg) {
			out = append(out, r)
			back = append(back, orig)
		}
		orig += utf8.RuneCountInString(text[from:it.Pos()])
	}
	return out, append(back, orig)
}

// TestNormalizeStretches checks that normalizeNFC, which runs norm.Iter
// over the stretches around marks alone, gives the runes and map of one
// Iter over the whole text, on random texts of marks, bases, jamo,
// singletons and invalid bytes.
func TestNormalizeStretches(t *testing.T) {
	parts := []string{"a", "n", "e", " ", ".", "é", "—", "€", "\u0301", "\u0303", "\u0327", "\u0316", "\u0345", "\xff", "\xe2\x80",
		"\u1100", "\u1161", "\u11a8", "\uac00", "\u2126", "\u0f73", "\u0cd5", "\u0cc6", "\u09be", "\u09c7", "語", "\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300"}
	// the edges the random texts reach rarely or never: no text, marks
	// alone, a mark first or last, a run of marks past norm's 30 (where
	// Iter inserts U+034F), invalid bytes next to a mark
	edges := []string{"", "\u0301", "\u0301\u0301abc", "abc\u0301", "ab\xff", "\xff\u0301", "\xe2\x80\u0301", "é\u0301",
		"a" + strings.Repeat("\u0300", 31) + "b", strings.Repeat("\u0316\u0300", 20), "\u0345a"}
	for _, s := range edges {
		got, back, _ := normalize(nil, nil, s)
		want, wantBack := nfcWhole(s)
		if string(got) != string(want) || !slices.Equal(back, wantBack) {
			t.Errorf("normalize(%q) = %q %v, want %q %v", s, string(got), back, string(want), wantBack)
		}
	}
	seed := uint32(7)
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := int(seed % 12); k >= 0; k-- {
			seed = seed*1664525 + 1013904223
			b.WriteString(parts[(seed>>8)%uint32(len(parts))])
		}
		s := b.String()
		got, back := normalizeNFC(nil, nil, s)
		want, wantBack := nfcWhole(s)
		if string(got) != string(want) || !slices.Equal(back, wantBack) {
			t.Fatalf("normalizeNFC(%q) = %q %v, want %q %v", s, string(got), back, string(want), wantBack)
		}
	}
}
