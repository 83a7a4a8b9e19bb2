package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// devTexts reads the article texts of a dev set from ../shared/eval, which
// is third-party data that lives outside the repository.
func devTexts(tb testing.TB, name string) []string {
	tb.Helper()
	f, err := os.Open("../../../shared/eval/" + name)
	if err != nil {
		tb.Skipf("dev set not here: %v", err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var d struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, d.Text)
	}
	return texts
}

func BenchmarkExtractPolNeAR(b *testing.B) {
	texts := devTexts(b, "polnear.dev.jsonl")
	x := New()
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			x.Extract(t)
		}
	}
}
