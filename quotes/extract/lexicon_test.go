package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestGermanForms checks the forms the loader makes of German weak verbs,
// which the German cues are matched by.
func TestGermanForms(t *testing.T) {
	cases := []struct {
		inf  string
		want []string // forms that must be made
		not  []string // forms that must not
	}{
		{"sagen", []string{"sagt", "sagte", "sagten", "gesagt"}, nil},
		{"antworten", []string{"antwortet", "antwortete"}, []string{"antwortte"}},
		{"bezeichnen", []string{"bezeichnet", "bezeichnete", "bezeichneten"}, []string{"bezeichnte"}},
		{"rechnen", []string{"rechnete", "gerechnet"}, nil},
		{"lernen", []string{"lernte", "gelernt"}, []string{"lernete"}},
		{"an|kündigen", []string{"ankündigen", "kündigte", "angekündigt", "ankündigte"}, nil},
		{"mit|teilen", []string{"teilte", "mitgeteilt", "mitteilte", "mitteilten"}, nil},
		{"meinen", []string{"meint", "meinte"}, []string{"meine"}},               // my, not I mean
		{"zu|sichern", []string{"sicherte", "zugesichert"}, []string{"sichere"}}, // an adjective too
	}
	for _, c := range cases {
		forms := germanForms(c.inf)
		for _, w := range c.want {
			if !slices.Contains(forms, w) {
				t.Errorf("germanForms(%q) = %v, lacks %q", c.inf, forms, w)
			}
		}
		for _, w := range c.not {
			if slices.Contains(forms, w) {
				t.Errorf("germanForms(%q) = %v, has %q", c.inf, forms, w)
			}
		}
	}
}

// TestJoinWordsAreNoCues checks what nearestClauseSubject and
// asClauseSubject rely on when they skip cue words before looking a word
// up in a set: no word that opens a clause is a cue.
func TestJoinWordsAreNoCues(t *testing.T) {
	x := New()
	for _, lx := range []*lexicon{x.en, x.de} {
		for _, set := range []string{"clausejoin", "subordinate"} {
			for w := range lx.sets[set].words {
				if lx.has(w, cSpeech|cBelief) {
					t.Errorf("%q of set-%s is a cue", w, set)
				}
			}
		}
	}
}

// TestSetsInClasses checks the word sets that rules look up only after a
// cheap test of a class bit all their words have (a weekday is a time
// word): a word added to the set must be added to the class too.
func TestSetsInClasses(t *testing.T) {
	x := New()
	for set, c := range map[string]class{"weekday": cTime, "objectclause": cClause, "needsthat": cBelief | cSpeech} {
		for _, lx := range []*lexicon{x.en, x.de} {
			for w := range lx.sets[set].words {
				if !lx.has(w, c) {
					t.Errorf("%q of set-%s lacks the class the rules test first", w, set)
				}
			}
		}
	}
}

// TestSetNamesExist checks that every word set a rule asks about by name
// (setNames, and any lx.sets["NAME"] in the code) is defined in a lexicon
// file: a misspelt name would make the rule's test quietly false.
func TestSetNamesExist(t *testing.T) {
	x := New()
	for _, set := range setNames {
		if x.en.sets[set] == nil && x.de.sets[set] == nil {
			t.Errorf("set %q is in no lexicon file", set)
		}
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	name := regexp.MustCompile(`sets\["([^"]+)"`) // a set asked for by name, lx.sets["NAME"]
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range name.FindAllSubmatch(src, -1) {
			set := string(m[1])
			if x.en.sets[set] == nil && x.de.sets[set] == nil {
				t.Errorf("%s: set %q is in no lexicon file", f, set)
			}
		}
	}
}
