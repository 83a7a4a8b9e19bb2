package score

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// The reference scorer lives next to the repository, in ../shared/eval.
const (
	scorePy  = "../../../shared/eval/score.py"
	miniGold = "../../testdata/eval/mini.gold.jsonl"
	miniPred = "../../testdata/eval/mini.pred.jsonl"
)

// scoreCases are option sets with score.py's command-line spelling.
var scoreCases = []struct {
	name string
	args []string
	opt  Options
}{
	{"defaults", nil, Options{}},
	{"kinds direct", []string{"--kinds", "direct"}, Options{Kinds: []string{"direct"}}},
	{"direct and mixed as parts", []string{"--kinds", "direct,mixed", "--mixed-as-parts"},
		Options{Kinds: []string{"direct", "mixed"}, MixedAsParts: true}},
	{"speech cues", []string{"--speech-cues"}, Options{SpeechCues: true}},
	{"merge groups", []string{"--merge-groups"}, Options{MergeGroups: true}},
	{"overlap 0.9", []string{"--overlap", "0.9", "--kinds", "indirect"}, Options{Overlap: 0.9, Kinds: []string{"indirect"}}},
}

// TestAgreesWithScorePy scores the mini gold file with score.py and with
// Score, and wants every figure of the JSON result, and every line of the
// text report, to be the same.
func TestAgreesWithScorePy(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	if _, err := os.Stat(scorePy); err != nil {
		t.Skipf("reference scorer absent: %v", err)
	}
	gold, pred := readMini(t)
	for _, tc := range scoreCases {
		t.Run(tc.name, func(t *testing.T) {
			opt := tc.opt
			if opt.Overlap == 0 {
				opt.Overlap = 0.5
			}
			opt.Errors = 20
			res, err := Score(gold, pred, opt)
			if err != nil {
				t.Fatal(err)
			}
			var goJSON, goText bytes.Buffer
			if err := res.WriteJSON(&goJSON); err != nil {
				t.Fatal(err)
			}
			if err := res.WriteText(&goText); err != nil {
				t.Fatal(err)
			}
			pyJSON := runScorePy(t, python, append(tc.args, "--json"))
			compareJSON(t, pyJSON, goJSON.Bytes())
			pyText := runScorePy(t, python, append(tc.args, "--errors", "20"))
			if got, want := goText.String(), string(pyText); got != want {
				t.Errorf("text report differs\n--- score.py\n%s--- Go\n%s", want, got)
			}
		})
	}
}

func readMini(t *testing.T) (gold, pred *Docs) {
	t.Helper()
	gold, err := ReadFile(miniGold)
	if err != nil {
		t.Fatal(err)
	}
	pred, err = ReadFile(miniPred)
	if err != nil {
		t.Fatal(err)
	}
	return gold, pred
}

func runScorePy(t *testing.T, python string, args []string) []byte {
	t.Helper()
	cmd := exec.Command(python, append([]string{scorePy, miniGold, miniPred}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score.py %v: %v\n%s", args, err, stderr.String())
	}
	return out
}

// compareJSON decodes both results and reports each field that differs.
func compareJSON(t *testing.T, want, got []byte) {
	t.Helper()
	var w, g map[string]any
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatalf("score.py JSON: %v", err)
	}
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatalf("Go JSON: %v", err)
	}
	for _, d := range diffJSON("", w, g) {
		t.Error(d)
	}
}

// diffJSON lists the paths at which two decoded JSON values differ,
// keys of objects included.
func diffJSON(path string, want, got any) []string {
	wm, wok := want.(map[string]any)
	gm, gok := got.(map[string]any)
	if !wok || !gok {
		if !reflect.DeepEqual(want, got) {
			return []string{fmt.Sprintf("%s: score.py %v, Go %v", path, want, got)}
		}
		return nil
	}
	keys := map[string]bool{}
	for k := range wm {
		keys[k] = true
	}
	for k := range gm {
		keys[k] = true
	}
	var sorted []string
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	var diffs []string
	for _, k := range sorted {
		diffs = append(diffs, diffJSON(strings.TrimPrefix(path+"."+k, "."), wm[k], gm[k])...)
	}
	return diffs
}
