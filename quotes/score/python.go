package score

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// This file reproduces the bits of Python's number and string formatting
// that score.py's output depends on, so that both print the same text.

// Float is a float64 that prints as Python's repr does: 1.0, not 1.
type Float float64

// String is Python's repr of the float.
func (f Float) String() string {
	x := float64(f)
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	case x == 0 || (math.Abs(x) >= 1e-4 && math.Abs(x) < 1e16):
		s := strconv.FormatFloat(x, 'f', -1, 64)
		if !strings.Contains(s, ".") {
			s += ".0"
		}
		return s
	}
	return strconv.FormatFloat(x, 'e', -1, 64)
}

// MarshalJSON writes the float as json.dumps does.
func (f Float) MarshalJSON() ([]byte, error) {
	if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) {
		return nil, fmt.Errorf("score: cannot encode %v as JSON", float64(f))
	}
	return []byte(f.String()), nil
}

// round4 is Python's round(x, 4): the exact binary value rounded to four
// decimals, halves to even. strconv's fixed formatting rounds the same way.
func round4(x float64) Float {
	v, err := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	if err != nil { // only for NaN or ±Inf, which ratios of counts never are
		return Float(x)
	}
	return Float(v)
}

// optFloat prints an optional float as Python's %s does (None when absent).
func optFloat(f *Float) string {
	if f == nil {
		return "None"
	}
	return f.String()
}

// pyBool is Python's str of a bool.
func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// pyStrRepr is Python's repr of a str: single quotes unless the string
// holds a single quote and no double quote.
func pyStrRepr(s string) string {
	q := '\''
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		q = '"'
	}
	var b strings.Builder
	b.WriteRune(q)
	for _, r := range s {
		switch {
		case r == q || r == '\\':
			b.WriteRune('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteRune(q)
	return b.String()
}

// pyJSONString is json.dumps(s, ensure_ascii=False).
func pyJSONString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// pyJSONOpt is json.dumps of an optional string (null when absent).
func pyJSONOpt(s *string) string {
	if s == nil {
		return "null"
	}
	return pyJSONString(*s)
}

// pyJSONValue is json.dumps(..., ensure_ascii=False) of a raw JSON value
// such as a document id: strings are re-encoded the Python way, anything
// else is written compactly.
func pyJSONValue(v json.RawMessage) string {
	var s string
	if json.Unmarshal(v, &s) == nil {
		return pyJSONString(s)
	}
	var x any
	if json.Unmarshal(v, &x) != nil {
		return string(v)
	}
	b, err := json.Marshal(x)
	if err != nil {
		return string(v)
	}
	return string(b)
}

// pySlice is Python's r[s:e] on a sequence: negative indices count from
// the end and out-of-range indices are clamped, never an error.
func pySlice(r []rune, s, e int) []rune {
	s, e = pyIndex(s, len(r)), pyIndex(e, len(r))
	if s >= e {
		return nil
	}
	return r[s:e]
}

func pyIndex(i, n int) int {
	if i < 0 {
		i += n
	}
	return max(0, min(i, n))
}

// snippet is Python's text[s:e][:n] for an error line.
func snippet(text []rune, s, e, n int) string {
	r := pySlice(text, s, e)
	return string(r[:min(n, len(r))])
}
