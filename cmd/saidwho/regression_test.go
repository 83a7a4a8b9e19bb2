package main

import (
	"context"
	"os"
	"testing"

	"saidwho/quotes/score"
)

// floor is a figure the extractor must keep on a fixed subset of a dev set.
type floor struct {
	name string
	opt  score.Options
	get  func(*score.Result) float64
	min  float64
}

func spanF1(r *score.Result) float64     { return float64(r.SpanOverlap.F1) }
func endToEnd(r *score.Result) float64   { return float64(r.EndToEndMention.F1) }
func mentionAcc(r *score.Result) float64 { return float64(*r.Speaker.MentionOverlapAccuracy) }

// TestDevRegression scores every fourth PolNeAR dev document and every
// second German one, read from ../shared/eval (third-party data, never in
// the repository; the test skips when it is absent), and fails when a
// figure drops below the level the extractor has reached. Raise a floor
// when the extractor improves. The direct span floor went from 0.90 to
// 0.88 when reported speech grew (reported content the annotators cut
// differently counts against direct precision too), and back up to 0.89
// since.
func TestDevRegression(t *testing.T) {
	direct := score.Options{Kinds: []string{"direct"}, Overlap: 0.5}
	parts := score.Options{Kinds: []string{"direct", "mixed"}, MixedAsParts: true, Overlap: 0.5}
	speech := score.Options{SpeechCues: true, Overlap: 0.5}
	all := score.Options{Overlap: 0.5}
	sets := []struct {
		file   string
		every  int
		floors []floor
	}{
		{"polnear.dev.jsonl", 4, []floor{
			{"direct span F1", direct, spanF1, 0.90},
			{"direct mention accuracy", direct, mentionAcc, 0.97},
			{"direct end-to-end", direct, endToEnd, 0.88},
			{"direct+mixed parts span F1", parts, spanF1, 0.90},
			{"direct+mixed parts end-to-end", parts, endToEnd, 0.86},
			{"speech cues span F1", speech, spanF1, 0.89},
			{"speech cues end-to-end", speech, endToEnd, 0.88},
			{"all kinds span F1", all, spanF1, 0.715},
			{"all kinds end-to-end", all, endToEnd, 0.695},
		}},
		{"de_wikinews.dev.jsonl", 2, []floor{
			{"German direct span F1", direct, spanF1, 0.945},
			{"German direct mention accuracy", direct, mentionAcc, 0.93},
			{"German all kinds span F1", all, spanF1, 0.805},
		}},
	}
	for _, set := range sets {
		t.Run(set.file, func(t *testing.T) {
			gold := devSubset(t, "../../../shared/eval/"+set.file, set.every)
			pred, err := predict(context.Background(), gold)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range set.floors {
				res, err := score.Score(gold, pred, f.opt)
				if err != nil {
					t.Fatal(err)
				}
				got := f.get(res)
				t.Logf("%s: %.4f (floor %.3f)", f.name, got, f.min)
				if got < f.min {
					t.Errorf("%s fell to %.4f, below %.2f", f.name, got, f.min)
				}
			}
		})
	}
}

// devSubset reads every n-th document of a dev set.
func devSubset(t *testing.T, path string, n int) *score.Docs {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		t.Skipf("dev set not here: %v", err)
	}
	all, err := score.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sub := score.NewDocs()
	for i, d := range all.List() {
		if i%n == 0 {
			sub.Add(*d)
		}
	}
	return sub
}
