package store

import (
	"encoding/base64"
	"encoding/json"

	"saidwho/quotes"
)

// cursor is where the previous page ended: the last row's id and, for
// ranked lists, its rank (a bm25 score or a quote count). Callers see it
// only as an opaque string.
type cursor struct {
	Rank float64 `json:"r,omitempty"`
	ID   int64   `json:"i"`
	// Max is the highest quote id when a search began: later pages leave
	// out quotes stored since, so pages do not shift under a client.
	Max int64 `json:"m,omitempty"`
}

func (c cursor) encode() string {
	b, _ := json.Marshal(c) // a struct of numbers always marshals
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor reads a cursor; "" is the first page, reported by ok=false.
func decodeCursor(s string) (c cursor, ok bool, err error) {
	if s == "" {
		return cursor{}, false, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		err = json.Unmarshal(b, &c)
	}
	if err != nil || c.ID <= 0 {
		return cursor{}, false, quotes.Errorf(quotes.EINVALID, "invalid cursor")
	}
	return c, true, nil
}
