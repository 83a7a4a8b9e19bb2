package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

const sampleGold = "../../testdata/macron-putin-2020.gold.jsonl"

var spanOverlapLine = regexp.MustCompile(`(?m)^span_overlap\s+P=[\d.]+ R=[\d.]+ F1=[\d.]+\s+\(tp=(\d+) pred=(\d+) gold=(\d+)\)$`)

// TestEvalSample runs the extractor over the sample gold file and checks
// the report's shape; the figures themselves belong to the extractor.
func TestEvalSample(t *testing.T) {
	out, _, err := runCmd(t, "", "eval", sampleGold)
	if err != nil {
		t.Fatal(err)
	}
	m := spanOverlapLine.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no span_overlap line in\n%s", out)
	}
	tp, pred, gold := atoi(t, m[1]), atoi(t, m[2]), atoi(t, m[3])
	if want := goldQuotes(t, sampleGold); gold != want {
		t.Errorf("gold = %d, want the %d quotes of the file", gold, want)
	}
	if tp < 1 || tp > gold || tp > pred {
		t.Errorf("tp = %d with pred = %d, gold = %d", tp, pred, gold)
	}
	for _, want := range []string{"settings: overlap>=0.50", "span_exact", "end_to_end_mention", "recall by gold kind:", "counts: {"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

// TestEvalScoresWhatExtractWrites checks that eval without --pred scores
// exactly the output of `saidwho extract`, and that flags may follow the
// gold file.
func TestEvalScoresWhatExtractWrites(t *testing.T) {
	extracted, _, err := runCmd(t, "", "extract", sampleGold)
	if err != nil {
		t.Fatal(err)
	}
	pred := writeFile(t, t.TempDir(), "pred.jsonl", extracted)
	self, _, err := runCmd(t, "", "eval", sampleGold, "--json", "--kinds", "direct,mixed", "--mixed-as-parts")
	if err != nil {
		t.Fatal(err)
	}
	given, _, err := runCmd(t, "", "eval", "--json", "--kinds", "direct,mixed", "--mixed-as-parts", "--pred", pred, sampleGold)
	if err != nil {
		t.Fatal(err)
	}
	if self != given {
		t.Errorf("eval and eval --pred of extract's output differ:\n%s\n%s", self, given)
	}
	var res struct {
		Settings struct {
			Kinds        []string `json:"kinds"`
			MixedAsParts bool     `json:"mixed_as_parts"`
		} `json:"settings"`
		SpanOverlap struct{ TP, Gold int } `json:"span_overlap"`
	}
	if err := json.Unmarshal([]byte(self), &res); err != nil {
		t.Fatalf("--json output: %v", err)
	}
	if strings.Join(res.Settings.Kinds, ",") != "direct,mixed" || !res.Settings.MixedAsParts {
		t.Errorf("settings = %+v, want the flags given after the file", res.Settings)
	}
	if res.SpanOverlap.TP > res.SpanOverlap.Gold {
		t.Errorf("span_overlap = %+v", res.SpanOverlap)
	}
}

func TestEvalErrorsListing(t *testing.T) {
	out, _, err := runCmd(t, "", "eval", "../../testdata/eval/mini.gold.jsonl",
		"--pred", "../../testdata/eval/mini.pred.jsonl", "--errors", "2")
	if err != nil {
		t.Fatal(err)
	}
	for _, tag := range []string{"FN", "FP", "SPEAKER"} {
		n := strings.Count(out, "\n"+tag+" [")
		if n < 1 || n > 2 {
			t.Errorf("%d %s lines, want 1 or 2 in\n%s", n, tag, out)
		}
	}
}

func TestEvalCommandErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.jsonl")
	tests := []struct {
		name     string
		args     []string
		usage    bool
		inOutput string
	}{
		{"no gold file", []string{"eval"}, true, "one gold file"},
		{"two gold files", []string{"eval", sampleGold, sampleGold}, true, "one gold file"},
		{"bad overlap", []string{"eval", sampleGold, "--overlap", "half"}, true, "overlap"},
		{"missing gold", []string{"eval", missing}, false, "nope.jsonl"},
		{"missing pred", []string{"eval", sampleGold, "--pred", missing}, false, "nope.jsonl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runCmd(t, "", tt.args...)
			if err == nil || errors.Is(err, errUsage) != tt.usage || !strings.Contains(err.Error(), tt.inOutput) {
				t.Errorf("err = %v; want usage=%v mentioning %q", err, tt.usage, tt.inOutput)
			}
		})
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// goldQuotes counts the quotes of a gold file.
func goldQuotes(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var d struct{ Quotes []json.RawMessage }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		n += len(d.Quotes)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return n
}
