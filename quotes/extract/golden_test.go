package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"saidwho/quotes"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden extracts each article of ../../testdata and compares the
// quotes with testdata/NAME.golden.json; go test -update rewrites them.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob("../../testdata/*.md")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no articles in ../../testdata: %v", err)
	}
	x := New()
	for _, p := range paths {
		name := filepath.Base(p)
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(x.Extract(string(text)), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(bytes.TrimSpace(got), bytes.TrimSpace(want)) {
				t.Errorf("extraction of %s differs from %s; run go test -update and review the diff", name, golden)
			}
		})
	}
}

// goldQuote is one hand-annotated attribution of the seed article.
type goldQuote struct {
	Start        int         `json:"start"`
	End          int         `json:"end"`
	Kind         quotes.Kind `json:"kind"`
	Speaker      string      `json:"speaker"`
	SpeakerStart int         `json:"speaker_start"`
	SpeakerEnd   int         `json:"speaker_end"`
	Addressee    string      `json:"addressee"`
	Channel      string      `json:"channel"`
}

// TestSeedArticleAsAnnotated checks every hand-annotated attribution of the
// seed article: found (spans overlapping by half the longer one), of the
// annotated kind, with the speaker mention, addressee and channel.
func TestSeedArticleAsAnnotated(t *testing.T) {
	b, err := os.ReadFile("../../testdata/macron-putin-2020.gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Text   string      `json:"text"`
		Quotes []goldQuote `json:"quotes"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	got := New().Extract(doc.Text)
	for _, g := range doc.Quotes {
		q, ok := matching(got, g.Start, g.End)
		if !ok {
			t.Errorf("not found: %s %q", g.Kind, []rune(doc.Text)[g.Start:g.End])
			continue
		}
		if q.Kind != g.Kind {
			t.Errorf("%q: kind %s, want %s", q.Text, q.Kind, g.Kind)
		}
		if q.MentionEnd <= g.SpeakerStart || q.MentionStart >= g.SpeakerEnd {
			t.Errorf("%q: speaker mention %q, want %q", q.Text, q.Mention, g.Speaker)
		}
		if g.Addressee != "" && q.Addressee != g.Addressee {
			t.Errorf("%q: addressee %q, want %q", q.Text, q.Addressee, g.Addressee)
		}
		if g.Channel != "" && q.Channel != g.Channel {
			t.Errorf("%q: channel %q, want %q", q.Text, q.Channel, g.Channel)
		}
	}
}

// matching returns the quote whose span overlaps [s, e) by at least half of
// the longer of the two, as the reference scorer matches.
func matching(qs []quotes.Quote, s, e int) (quotes.Quote, bool) {
	for _, q := range qs {
		ov := min(e, q.End) - max(s, q.Start)
		if ov > 0 && 2*ov >= max(e-s, q.End-q.Start) {
			return q, true
		}
	}
	return quotes.Quote{}, false
}
