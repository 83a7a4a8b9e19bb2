package extract

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"saidwho/quotes"
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

// TestConcurrentExtract runs one extractor from several goroutines, as the
// web server does, over texts of different lengths: the buffers one
// extraction hands on to the next must never leak into another's output.
func TestConcurrentExtract(t *testing.T) {
	x := New()
	var texts []string
	for _, tc := range slices.Concat(hardCases, germanCases) { // German texts take the other lexicon and rules
		texts = append(texts, tc.text, strings.Repeat(tc.text+"\n\n", 3))
	}
	want := make([][]quotes.Quote, len(texts))
	for i, text := range texts {
		want[i] = x.Extract(text)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := range texts {
				i := (k*7 + g*13) % len(texts) // each goroutine its own order
				if got := x.Extract(texts[i]); !reflect.DeepEqual(got, want[i]) {
					errs <- texts[i]
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for text := range errs {
		t.Errorf("concurrent extraction differs from a lone one on %q", text)
	}
}
