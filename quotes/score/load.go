package score

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Doc is one document of a gold or prediction file. Text is only needed in
// the gold file (for loose-exact matching and error snippets).
type Doc struct {
	ID     json.RawMessage `json:"id"`
	Text   *string         `json:"text"`
	Quotes []Quote         `json:"quotes"`
}

// Quote holds the fields of a gold or predicted quote that scoring reads.
// Pointers and Int tell an absent or null field from an empty one, as
// score.py's q.get(...) does.
type Quote struct {
	Start        Int     `json:"start"`
	End          Int     `json:"end"`
	Kind         *string `json:"kind"`
	Parts        []Part  `json:"parts"`
	Speaker      *string `json:"speaker"`
	SpeakerStart Int     `json:"speaker_start"`
	SpeakerEnd   Int     `json:"speaker_end"`
	Cue          *string `json:"cue"`
	// SpeakerIsPronoun and Group are kept raw: score.py uses any JSON
	// value there (truthiness, and equality as a group key).
	SpeakerIsPronoun json.RawMessage `json:"speaker_is_pronoun"`
	Group            json.RawMessage `json:"group"`
}

// Int is an integer offset as Python's json module would read one: OK only
// when the field is present and written as an integer (not null, 1.5 or "3").
type Int struct {
	V  int
	OK bool
}

// UnmarshalJSON never fails: whatever is not an integer is simply not OK,
// as score.py's isinstance(x, int) checks treat it.
func (n *Int) UnmarshalJSON(b []byte) error {
	v, err := strconv.Atoi(string(b))
	*n = Int{V: v, OK: err == nil}
	return nil
}

// MarshalJSON writes the integer, or null when it is not OK.
func (n Int) MarshalJSON() ([]byte, error) {
	if !n.OK {
		return []byte("null"), nil
	}
	return []byte(strconv.Itoa(n.V)), nil
}

// Part is one quoted sub-span of a mixed quote, written as [start, end] or
// as {"start": ..., "end": ...}.
type Part struct {
	Start, End Int
}

// UnmarshalJSON reads either form of a part.
func (p *Part) UnmarshalJSON(b []byte) error {
	var pair []Int
	if err := json.Unmarshal(b, &pair); err == nil {
		if len(pair) != 2 {
			return fmt.Errorf("part %s: want [start, end]", b)
		}
		p.Start, p.End = pair[0], pair[1]
		return nil
	}
	var obj struct {
		Start Int `json:"start"`
		End   Int `json:"end"`
	}
	if err := json.Unmarshal(b, &obj); err != nil {
		return fmt.Errorf(`part %s: want [start, end] or {"start", "end"}: %w`, b, err)
	}
	p.Start, p.End = obj.Start, obj.End
	return nil
}

// Docs are the documents of one file by id, in file order. A repeated id
// replaces the earlier document but keeps its place, like score.py's
// OrderedDict.
type Docs struct {
	order []string
	byKey map[string]*Doc
}

// NewDocs returns an empty set of documents.
func NewDocs() *Docs { return &Docs{byKey: map[string]*Doc{}} }

// Add adds d, replacing a document with the same id.
func (ds *Docs) Add(d Doc) {
	k := jsonKey(d.ID)
	if _, ok := ds.byKey[k]; !ok {
		ds.order = append(ds.order, k)
	}
	ds.byKey[k] = &d
}

// List returns the documents in file order.
func (ds *Docs) List() []*Doc {
	out := make([]*Doc, 0, len(ds.order))
	for _, k := range ds.order {
		out = append(out, ds.byKey[k])
	}
	return out
}

// Len is the number of distinct ids.
func (ds *Docs) Len() int { return len(ds.order) }

func (ds *Docs) get(id json.RawMessage) *Doc { return ds.byKey[jsonKey(id)] }

// ParseDoc reads one document line; it must be an object with an "id".
func ParseDoc(line []byte) (Doc, error) {
	var d Doc
	if err := json.Unmarshal(line, &d); err != nil {
		return Doc{}, err
	}
	if d.ID == nil {
		return Doc{}, errors.New(`document without "id"`)
	}
	return d, nil
}

// Read reads a JSONL file of documents; blank lines are skipped. name is
// used in error messages.
func Read(r io.Reader, name string) (*Docs, error) {
	ds := NewDocs()
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		line, err := br.ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if t := strings.TrimFunc(line, isSpace); t != "" {
			d, perr := ParseDoc([]byte(t))
			if perr != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, n, perr)
			}
			ds.Add(d)
		}
		if err != nil { // io.EOF
			return ds, nil
		}
	}
}

// ReadFile reads the JSONL file at path.
func ReadFile(path string) (*Docs, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, path)
}

// jsonKey makes a map key of a JSON value that treats equal values as
// equal: strings by their decoded text, other values by compact JSON.
func jsonKey(v json.RawMessage) string {
	var s string
	if json.Unmarshal(v, &s) == nil {
		return "s" + s
	}
	var buf bytes.Buffer
	if json.Compact(&buf, v) != nil {
		return "r" + string(v)
	}
	return "j" + buf.String()
}

// isNull reports whether a raw field is absent or JSON null, which
// score.py's q.get(...) both read as None.
func isNull(v json.RawMessage) bool {
	return v == nil || string(bytes.TrimSpace(v)) == "null"
}

// truthy is Python's bool() of a JSON value.
func truthy(v json.RawMessage) bool {
	var x any
	if json.Unmarshal(v, &x) != nil {
		return false
	}
	switch x := x.(type) {
	case nil:
		return false
	case bool:
		return x
	case float64:
		return x != 0
	case string:
		return x != ""
	case []any:
		return len(x) > 0
	case map[string]any:
		return len(x) > 0
	}
	return true
}
