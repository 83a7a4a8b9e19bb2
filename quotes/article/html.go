package article

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"saidwho/quotes"
)

// skipped elements hold page furniture or no visible prose; their text would
// otherwise be read as article paragraphs.
var skipped = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Nav: true, atom.Header: true, atom.Footer: true,
	atom.Aside: true, atom.Form: true, atom.Svg: true, atom.Math: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true,
}

// blocks start and end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Section: true, atom.Article: true,
	atom.Main: true, atom.Figure: true, atom.Figcaption: true, atom.Table: true,
	atom.Tr: true, atom.Hr: true, atom.Br: true, atom.Address: true,
	atom.Details: true, atom.Summary: true, atom.Body: true,
}

// cells get a space around them so that adjacent cells do not run together.
var cells = map[atom.Atom]bool{atom.Td: true, atom.Th: true}

// FromHTML extracts an article from an HTML page: the visible prose as
// paragraphs separated by blank lines, the title and the canonical URL.
// Invalid UTF-8 and binary content must have been dealt with (see Clean).
func FromHTML(src string) (quotes.Article, error) {
	// The parser refuses pathological markup (elements nested hundreds deep);
	// a strings.Reader itself never fails.
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return quotes.Article{}, quotes.Errorf(quotes.EINVALID, "unreadable HTML: %v", err)
	}
	m := readMeta(doc)
	return quotes.Article{Title: m.title(), URL: m.url(), Text: visibleText(doc)}, nil
}

// meta is what the page says about itself.
type meta struct {
	ogTitle, titleTag, h1, canonical, ogURL string
}

func (m meta) title() string {
	for _, t := range []string{m.ogTitle, m.titleTag, m.h1} {
		if t = tidy(t); t != "" {
			return t
		}
	}
	return ""
}

func (m meta) url() string {
	if m.canonical != "" {
		return m.canonical
	}
	return m.ogURL
}

// readMeta walks the whole tree for title and URL hints.
func readMeta(doc *html.Node) meta {
	var m meta
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Meta:
			prop := strings.ToLower(attr(n, "property"))
			if prop == "og:title" && m.ogTitle == "" {
				m.ogTitle = attr(n, "content")
			}
			if prop == "og:url" && m.ogURL == "" {
				m.ogURL = strings.TrimSpace(attr(n, "content"))
			}
		case atom.Link:
			if hasToken(attr(n, "rel"), "canonical") && m.canonical == "" {
				m.canonical = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Title:
			if m.titleTag == "" {
				m.titleTag = textOf(n)
			}
		case atom.H1:
			if m.h1 == "" {
				m.h1 = textOf(n)
			}
		}
		return true
	})
	return m
}

// visibleText collects the prose of the page, one paragraph per block.
func visibleText(doc *html.Node) string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := collapse(cur.String()); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	walkEnterLeave(doc, func(n *html.Node, entering bool) bool {
		switch {
		case n.Type == html.TextNode:
			cur.WriteString(n.Data)
		case n.Type != html.ElementNode:
		case entering && (skipped[n.DataAtom] || isHidden(n)):
			return false
		case blocks[n.DataAtom]:
			flush()
		case cells[n.DataAtom]:
			cur.WriteByte(' ')
		}
		return true
	})
	flush()
	return strings.Join(paras, "\n\n")
}

// isHidden reports elements the page itself hides from readers.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "hidden" || (a.Key == "aria-hidden" && strings.EqualFold(a.Val, "true")) {
			return true
		}
	}
	return false
}

// textOf is the text below n, whitespace collapsed.
func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return c.Type != html.ElementNode || !skipped[c.DataAtom] || c == n
	})
	return collapse(b.String())
}

// collapse turns every run of whitespace into one space and trims the ends.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasToken reports whether a space-separated attribute holds tok.
func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// walk visits n and its descendants in document order; visit returns false
// to skip a node's children.
func walk(n *html.Node, visit func(*html.Node) bool) {
	walkEnterLeave(n, func(c *html.Node, entering bool) bool {
		if entering {
			return visit(c)
		}
		return true
	})
}

// walkEnterLeave visits each node when entering and, if its children were
// walked, when leaving it. It walks iteratively over the parent and sibling
// pointers, so that deeply nested hostile markup cannot exhaust the stack.
func walkEnterLeave(root *html.Node, visit func(n *html.Node, entering bool) bool) {
	n := root
	for n != nil {
		descend := visit(n, true)
		if descend && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		if descend && n.Type == html.ElementNode {
			visit(n, false)
		}
		n = next(root, n, visit)
	}
}

// next climbs from a finished node to the following one, leaving each
// ancestor whose children are done. It returns nil after leaving root.
func next(root, n *html.Node, visit func(*html.Node, bool) bool) *html.Node {
	for n != root {
		if n.NextSibling != nil {
			return n.NextSibling
		}
		n = n.Parent
		visit(n, false)
	}
	return nil
}
