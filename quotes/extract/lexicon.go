package extract

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// lexicon maps a class name to its entries. Single words are kept in a set;
// multi-word entries by their first word, so a lookup stays one map access.
type lexicon struct {
	words  map[string]map[string]bool       // class → lower-case word → true
	phrase map[string]map[string][][]string // class → first word → rest of each phrase
}

// loadLexicon reads "class: entry, entry" lines; # starts a comment.
func loadLexicon(name string) (*lexicon, error) {
	f, err := lexiconFS.Open("lexicon/" + name)
	if err != nil {
		return nil, fmt.Errorf("open lexicon %s: %w", name, err)
	}
	defer f.Close()
	lx := &lexicon{words: map[string]map[string]bool{}, phrase: map[string]map[string][][]string{}}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		class, entries, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("lexicon %s:%d: want \"class: entries\"", name, n)
		}
		class = strings.TrimSpace(class)
		for _, e := range strings.Split(entries, ",") {
			lx.add(class, strings.Fields(strings.ToLower(e)))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read lexicon %s: %w", name, err)
	}
	return lx, nil
}

func (lx *lexicon) add(class string, ws []string) {
	switch len(ws) {
	case 0:
		return
	case 1:
		if lx.words[class] == nil {
			lx.words[class] = map[string]bool{}
		}
		lx.words[class][ws[0]] = true
	default:
		if lx.phrase[class] == nil {
			lx.phrase[class] = map[string][][]string{}
		}
		lx.phrase[class][ws[0]] = append(lx.phrase[class][ws[0]], ws[1:])
	}
}

// has reports whether the lower-case word w is a single-word entry of class.
func (lx *lexicon) has(class, w string) bool { return lx.words[class][w] }

// classOf returns the first class among classes that holds w, or "".
func (lx *lexicon) classOf(w string, classes ...string) string {
	for _, c := range classes {
		if lx.words[c][w] {
			return c
		}
	}
	return ""
}
