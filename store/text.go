package store

import (
	"hash/fnv"
	"strings"
	"unicode"
)

// normText is the form in which two reports of one statement compare
// equal: folded case and accents, no quote marks, apostrophes or other
// punctuation, single spaces ("Don’t stop," and “don't stop” are one).
func normText(s string) string {
	var b strings.Builder
	space := false
	for _, r := range fold(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
		case r == '\'' || r == '’' || r == 'ʼ' || r == '‘':
			// inside words: "don't" and "dont" are the same word
		default:
			space = true
		}
	}
	return b.String()
}

// hash64 is a 64-bit hash of s, stored as a signed SQLite integer; 0 is
// kept for "none".
func hash64(s string) int64 {
	h := fnv.New64a()
	h.Write([]byte(s)) //nolint:errcheck // hashes never fail
	v := int64(h.Sum64())
	if v == 0 {
		v = 1
	}
	return v
}

// headWords is how many leading words make a quote's head: a quote that
// is a fragment of a longer one is found by its head among the longer
// one's word windows. Shorter quotes are too common to link as fragments.
const headWords = 4

// headHash is the hash of the first headWords words of a normalised text,
// or 0 when it is shorter.
func headHash(norm string) int64 {
	ws := strings.Fields(norm)
	if len(ws) < headWords {
		return 0
	}
	return hash64(strings.Join(ws[:headWords], " "))
}

// windowHashes are the hashes of every headWords-long window of norm.
func windowHashes(norm string) []int64 {
	ws := strings.Fields(norm)
	var hs []int64
	for i := 0; i+headWords <= len(ws); i++ {
		hs = append(hs, hash64(strings.Join(ws[i:i+headWords], " ")))
	}
	return hs
}

// contains reports whether the normalised text long contains short as a
// run of whole words.
func contains(long, short string) bool {
	return len(long) > len(short) && strings.Contains(" "+long+" ", " "+short+" ")
}
