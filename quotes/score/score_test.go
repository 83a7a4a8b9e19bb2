package score

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func span(s, e int) Quote { return Quote{Start: Int{s, true}, End: Int{e, true}} }

func strp(s string) *string { return &s }

func TestMatch(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []Quote
		thr        float64
		want       []pair
	}{
		{"exact", []Quote{span(0, 10)}, []Quote{span(0, 10)}, 0.5, []pair{{0, 0, 1}}},
		{"half of the longer span matches", []Quote{span(0, 10)}, []Quote{span(5, 20)}, 0.5, nil},
		{"at the threshold", []Quote{span(0, 10)}, []Quote{span(0, 5)}, 0.5, []pair{{0, 0, 0.5}}},
		{"touching spans do not overlap", []Quote{span(0, 10)}, []Quote{span(10, 20)}, 0, nil},
		{"one to one: the better prediction wins", []Quote{span(0, 10)}, []Quote{span(0, 8), span(0, 10)}, 0.5,
			[]pair{{0, 1, 1}}},
		{"one to one: the better gold wins", []Quote{span(0, 8), span(0, 10)}, []Quote{span(0, 10)}, 0.5,
			[]pair{{1, 0, 1}}},
		{"ties go to the lower gold index", []Quote{span(0, 10), span(0, 10)}, []Quote{span(0, 10)}, 0.5,
			[]pair{{0, 0, 1}}},
		{"ties go to the lower prediction index", []Quote{span(0, 10)}, []Quote{span(0, 10), span(0, 10)}, 0.5,
			[]pair{{0, 0, 1}}},
		{"greedy, not optimal", []Quote{span(0, 10), span(2, 12)}, []Quote{span(1, 11)}, 0.5,
			[]pair{{0, 0, 0.9}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := match(tc.gold, tc.pred, tc.thr); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("match = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestIgnoredPreds(t *testing.T) {
	excluded := []Quote{span(0, 10)}
	pred := []Quote{span(0, 4), span(2, 8), span(8, 20), span(0, 10)}
	got := ignoredPreds(pred, map[int]bool{3: true}, excluded, 0.5)
	// by the prediction's own length: 2..8 lies inside, 8..20 mostly outside,
	// 0..10 is matched elsewhere and so not ignored
	want := map[int]bool{0: true, 1: true}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ignored = %v, want %v", got, want)
	}
}

func TestSpeakerMatch(t *testing.T) {
	tests := []struct {
		name            string
		gold, pred      *string
		strict, lenient bool
	}{
		{"equal", strp("Jane Roe"), strp("Jane Roe"), true, true},
		{"case and spacing", strp("Die  BÜRGERMEISTERIN"), strp("die bürgermeisterin"), true, true},
		{"casefold ß", strp("Herr Straße"), strp("herr strasse"), true, true},
		{"punctuation and quote marks trimmed", strp("“Jane Roe,”"), strp("(jane roe)"), true, true},
		{"prediction inside gold", strp("Mayor Jane Roe"), strp("Jane Roe"), false, true},
		{"gold inside prediction", strp("Roe"), strp("Mayor Jane Roe"), false, true},
		{"same last token", strp("Mr. Roe"), strp("Jane Roe"), false, true},
		{"possessive removed", strp("Roe"), strp("Jane Roe's"), false, true},
		{"only the straight possessive is removed", strp("Roe’s"), strp("Jane Roe"), false, false},
		{"tokens keep hyphens", strp("Smith"), strp("Jane Roe-Smith"), false, false},
		{"different", strp("She"), strp("Jane Roe"), false, false},
		{"both null", nil, nil, true, true},
		{"null and empty", nil, strp(" ,"), true, true},
		{"null gold, a prediction", nil, strp("Jane Roe"), false, false},
		{"gold, null prediction", strp("Jane Roe"), nil, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			strict, lenient := speakerMatch(tc.gold, tc.pred)
			if strict != tc.strict || lenient != tc.lenient {
				t.Errorf("speakerMatch = %v, %v; want %v, %v", strict, lenient, tc.strict, tc.lenient)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"jane roe", []string{"jane", "roe"}},
		{"u.s. officials", []string{"u.s", "officials"}},
		{"roe's office", []string{"roe", "office"}},
		{"o'neill-smith, 52", []string{"o'neill-smith", "52"}},
		{"café é\u0301clair", []string{"café", "é", "clair"}}, // combining marks are not \w
		{"-- ' .", nil},
	}
	for _, tc := range tests {
		if got := tokens(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("tokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestIsPronoun(t *testing.T) {
	tests := []struct {
		name string
		q    Quote
		want bool
	}{
		{"english", Quote{Speaker: strp("He")}, true},
		{"german", Quote{Speaker: strp("er")}, true},
		{"a name", Quote{Speaker: strp("Jane Roe")}, false},
		{"two words", Quote{Speaker: strp("he himself")}, false},
		{"gold says so", Quote{Speaker: strp("Jane"), SpeakerIsPronoun: []byte("true")}, true},
		{"gold says not", Quote{Speaker: strp("he"), SpeakerIsPronoun: []byte("false")}, false},
		{"gold null is false", Quote{Speaker: strp("he"), SpeakerIsPronoun: []byte("null")}, false},
	}
	for _, tc := range tests {
		if got := isPronoun(&tc.q); got != tc.want {
			t.Errorf("%s: isPronoun = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestIsSpeechCue(t *testing.T) {
	for cue, want := range map[string]bool{
		"said": true, "According to": true, "told reporters": true, "TWEETED": true,
		"believes": false, "sagte": false, "": false,
	} {
		if got := isSpeechCue(&Quote{Cue: strp(cue)}); got != want {
			t.Errorf("isSpeechCue(%q) = %v, want %v", cue, got, want)
		}
	}
	if isSpeechCue(&Quote{}) {
		t.Error("a quote without a cue has no speech cue")
	}
}

func TestLoose(t *testing.T) {
	text := []rune(`He said: « Oui. » and „So!“ end`)
	tests := []struct {
		name   string
		s, e   int
		want   [2]int
		noText bool
	}{
		{"guillemets and spaces", 9, 17, [2]int{11, 14}, false},
		{"german marks and trailing !", 22, 27, [2]int{23, 25}, false},
		{"nothing to trim", 0, 2, [2]int{0, 2}, false},
		{"without text spans stay", 9, 17, [2]int{9, 17}, true},
		{"out of range stays", 30, 40, [2]int{30, 40}, false},
	}
	for _, tc := range tests {
		if got := loose(text, !tc.noText, tc.s, tc.e); got != tc.want {
			t.Errorf("%s: loose = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestRound4(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{2.0 / 3, "0.6667"},
		{0.03125, "0.0312"}, // an exact half rounds to even, as Python's round does
		{0.03135, "0.0314"},
		{1, "1.0"},
		{0, "0.0"},
		{1.0 / 8, "0.125"},
	}
	for _, tc := range tests {
		if got := round4(tc.in).String(); got != tc.want {
			t.Errorf("round4(%v) = %s, want %s", tc.in, got, tc.want)
		}
	}
	if got := Float(1e-5).String(); got != "1e-05" {
		t.Errorf("Float(1e-5) = %s, want Python's 1e-05", got)
	}
}

func TestMergeGroups(t *testing.T) {
	direct, indirect := "direct", "indirect"
	q := func(s, e int, kind *string, group string) Quote {
		x := span(s, e)
		x.Kind = kind
		if group != "" {
			x.Group = []byte(group)
		}
		return x
	}
	got := mergeGroups([]Quote{
		q(0, 5, &direct, `"a"`), q(10, 12, nil, ""), q(20, 25, &direct, `"a"`),
		q(30, 35, &direct, `1`), q(40, 45, &indirect, `1`), q(50, 55, &direct, `null`),
	})
	var spans []string
	for _, x := range got {
		k := "null"
		if x.Kind != nil {
			k = *x.Kind
		}
		spans = append(spans, fmt.Sprintf("%s %d-%d", k, x.Start.V, x.End.V))
	}
	want := []string{"direct 0-25", "null 10-12", "mixed 30-45", "direct 50-55"}
	if !reflect.DeepEqual(spans, want) {
		t.Errorf("merged = %q, want %q", spans, want)
	}
}

func TestReadErrors(t *testing.T) {
	tests := map[string]string{
		"no id":       `{"text": "x", "quotes": []}`,
		"not json":    `{"id": 1,`,
		"bad part":    `{"id": 1, "quotes": [{"start": 0, "end": 3, "parts": [[1, 2, 3]]}]}`,
		"bad speaker": `{"id": 1, "quotes": [{"start": 0, "end": 3, "speaker": 7}]}`,
	}
	for name, in := range tests {
		if _, err := Read(strings.NewReader("\n"+in+"\n"), "x.jsonl"); err == nil || !strings.Contains(err.Error(), "x.jsonl:2:") {
			t.Errorf("%s: err = %v, want an error at x.jsonl:2", name, err)
		}
	}
}

func TestGoldNeedsOffsets(t *testing.T) {
	gold, err := Read(strings.NewReader(`{"id": "a", "quotes": [{"start": 1.5, "end": 3}]}`), "g")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Score(gold, NewDocs(), Options{Overlap: 0.5}); err == nil {
		t.Error("a gold quote without integer offsets should be an error")
	}
}
