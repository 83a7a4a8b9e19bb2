package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestDevTextsMangled runs the extractor over the dev texts (read from
// ../shared/eval, skipped when absent) with their quote marks, dashes and
// commas scrambled, and checks the same invariants as FuzzExtract: real
// news layouts with broken punctuation reach code paths fuzzing rarely does.
func TestDevTextsMangled(t *testing.T) {
	x := New()
	x.MinConfidence = 0
	marks := []rune(`"'“”‘’„«»‹›—,:`)
	rng := rand.New(rand.NewPCG(1, 2))
	var texts []string
	for _, set := range []string{"polnear.dev.jsonl", "de_wikinews.dev.jsonl"} {
		texts = append(texts, devTexts(t, set)...)
	}
	for pass := 0; pass < 3; pass++ {
		for _, text := range texts {
			rs := []rune(text)
			for i, r := range rs {
				if strings.ContainsRune(string(marks), r) && rng.IntN(3) == 0 {
					rs[i] = marks[rng.IntN(len(marks))]
				}
			}
			mangled := string(rs)
			for _, q := range x.Extract(mangled) {
				if q.Start < 0 || q.End > len(rs) || q.Start >= q.End || string(rs[q.Start:q.End]) != q.Text {
					t.Fatalf("bad span [%d,%d) %q", q.Start, q.End, q.Text)
				}
				for _, p := range q.Parts {
					if p.Start < q.Start || p.End > q.End {
						t.Fatalf("part [%d,%d) outside quote [%d,%d)", p.Start, p.End, q.Start, q.End)
					}
				}
			}
		}
	}
}
