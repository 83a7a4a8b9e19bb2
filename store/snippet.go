package store

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"saidwho/quotes"
)

// addSnippets gives each quote of a search page its highlighted snippet.
// The words are marked here rather than by FTS5's snippet(), which would
// run the whole query again for every row of the page.
func addSnippets(query string, qs []quotes.Quote) {
	terms := searchTerms(query)
	for i := range qs {
		qs[i].Snippet = snippet(qs[i].Text, terms)
	}
}

// searchTerm is one word of a full-text query; prefix for "word*".
type searchTerm struct {
	word   string
	prefix bool
}

// ftsKeywords are FTS5 operators, not words to mark.
var ftsKeywords = map[string]bool{"AND": true, "OR": true, "NOT": true, "NEAR": true}

// searchTerms are the words of an FTS5 query, folded as the index folds
// them; operators and column names are left out.
func searchTerms(query string) []searchTerm {
	var terms []searchTerm
	for _, field := range strings.Fields(query) {
		if ftsKeywords[field] || strings.HasSuffix(field, ":") {
			continue
		}
		if i := strings.Index(field, ":"); i >= 0 {
			field = field[i+1:]
		}
		prefix := strings.HasSuffix(strings.TrimRight(field, `")`), "*")
		for _, w := range strings.FieldsFunc(fold(field), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			terms = append(terms, searchTerm{word: w, prefix: prefix})
		}
	}
	return terms
}

// snippetWords is how many words a snippet shows around the first match.
const snippetWords = 16

// span is one word of a text, by byte offsets, and whether a search term
// matched it.
type span struct {
	start, end int
	hit        bool
}

// wordSpans splits text into words and marks those matching terms.
func wordSpans(text string, terms []searchTerm) []span {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) }
	var out []span
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWord(r) {
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isWord(r) {
				break
			}
			j += size
		}
		w := fold(text[i:j])
		hit := false
		for _, t := range terms {
			if w == t.word || (t.prefix && strings.HasPrefix(w, t.word)) {
				hit = true
			}
		}
		out = append(out, span{i, j, hit})
		i = j
	}
	return out
}

// snippet is the part of text around its first matched word, as HTML with
// the matched words in <mark>, and "…" where the text was cut.
func snippet(text string, terms []searchTerm) string {
	words := wordSpans(text, terms)
	if len(words) == 0 {
		return html.EscapeString(text)
	}
	first := 0
	for i, w := range words {
		if w.hit {
			first = i
			break
		}
	}
	from := max(0, first-snippetWords/4)
	to := min(len(words), from+snippetWords)
	from = max(0, to-snippetWords)
	start, end := 0, len(text)
	var b strings.Builder
	if from > 0 {
		start = words[from].start
		b.WriteString("…")
	}
	if to < len(words) {
		end = words[to-1].end
	}
	pos := start
	for _, w := range words[from:to] {
		if w.hit {
			b.WriteString(html.EscapeString(text[pos:w.start]))
			b.WriteString("<mark>" + html.EscapeString(text[w.start:w.end]) + "</mark>")
			pos = w.end
		}
	}
	b.WriteString(html.EscapeString(text[pos:end]))
	if end < len(text) {
		b.WriteString("…")
	}
	return b.String()
}
