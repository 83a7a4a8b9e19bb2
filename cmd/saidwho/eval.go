package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"saidwho/quotes"
	"saidwho/quotes/extract"
	"saidwho/quotes/score"
)

// runEval scores quote extraction against a gold file: the extractor's own
// output, or the predictions of --pred. The figures are those of
// ../shared/eval/score.py.
func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval", stderr)
	predPath := fs.String("pred", "", "score the predictions in `PRED.jsonl` instead of extracting the gold texts")
	kinds := fs.String("kinds", "", "score only gold quotes of these comma-separated `kinds` (direct,mixed,indirect)")
	mixedAsParts := fs.Bool("mixed-as-parts", false, "score mixed quotes, gold and predicted, by their quoted parts")
	speechCues := fs.Bool("speech-cues", false, "score only gold quotes whose cue is a speech verb")
	mergeGroups := fs.Bool("merge-groups", false, "merge gold fragments sharing a group into one span")
	overlap := fs.Float64("overlap", 0.5, "share `f` of the longer span two spans must share to match")
	asJSON := fs.Bool("json", false, "print the figures as JSON")
	nErrors := fs.Int("errors", 0, "print up to `n` false negatives, false positives and speaker errors")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: saidwho eval GOLD.jsonl [flags]")
		fs.PrintDefaults()
	}
	files, done, err := parseInterspersed(fs, args)
	if done {
		return err
	}
	if len(files) != 1 {
		return fmt.Errorf("%w: eval wants one gold file, got %d", errUsage, len(files))
	}
	opt := score.Options{
		SpeechCues: *speechCues, MixedAsParts: *mixedAsParts, MergeGroups: *mergeGroups,
		Overlap: *overlap, Errors: *nErrors,
	}
	if *kinds != "" {
		opt.Kinds = strings.Split(*kinds, ",")
	}

	gold, err := score.ReadFile(files[0])
	if err != nil {
		return fmt.Errorf("read gold: %w", err)
	}
	var pred *score.Docs
	if *predPath != "" {
		pred, err = score.ReadFile(*predPath)
	} else {
		pred, err = predict(ctx, gold)
	}
	if err != nil {
		return fmt.Errorf("predictions: %w", err)
	}
	res, err := score.Score(gold, pred, opt)
	if err != nil {
		return fmt.Errorf("score: %w", err)
	}
	if *asJSON {
		return res.WriteJSON(stdout)
	}
	return res.WriteText(stdout)
}

// predict extracts the quotes of every gold text. Each document goes
// through the JSON that `saidwho extract` writes, so that eval scores
// exactly what extract outputs.
func predict(ctx context.Context, gold *score.Docs) (*score.Docs, error) {
	x := extract.New()
	pred := score.NewDocs()
	for _, gd := range gold.List() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var qs []quotes.Quote
		if gd.Text != nil {
			qs = x.Extract(*gd.Text)
		}
		line, err := json.Marshal(struct {
			ID     json.RawMessage `json:"id"`
			Quotes []quotes.Quote  `json:"quotes"`
		}{gd.ID, qs})
		if err != nil {
			return nil, fmt.Errorf("encode %s: %w", gd.ID, err)
		}
		d, err := score.ParseDoc(line)
		if err != nil {
			return nil, fmt.Errorf("decode %s: %w", gd.ID, err)
		}
		pred.Add(d)
	}
	return pred, nil
}

// parseInterspersed parses flags that may come before and after the
// positional arguments (`eval GOLD.jsonl --kinds direct`), as score.py
// accepts them; the flag package alone stops at the first argument.
func parseInterspersed(fs *flag.FlagSet, args []string) (positional []string, done bool, err error) {
	for {
		if done, err := parseFlags(fs, args); done {
			return nil, true, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, false, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			// after "--" everything is positional
			return append(positional, rest...), false, nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}
