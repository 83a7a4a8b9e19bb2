package score

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Result is what score.py --json prints, field for field; Errors are the
// examples its text report adds with --errors.
type Result struct {
	Settings         Settings    `json:"settings"`
	SpanOverlap      PRF         `json:"span_overlap"`
	SpanExact        PRF         `json:"span_exact"`
	SpanLooseExact   PRF         `json:"span_loose_exact"`
	RecallByGoldKind KindRecalls `json:"recall_by_gold_kind"`
	Speaker          Speaker     `json:"speaker"`
	EndToEndLenient  PRF         `json:"end_to_end_lenient"`
	EndToEndMention  PRF         `json:"end_to_end_mention"`
	Counts           Counts      `json:"counts"`
	Errors           Errors      `json:"-"`
}

// Settings echo the options.
type Settings struct {
	Overlap      Float `json:"overlap"`
	Kinds        Kinds `json:"kinds"`
	SpeechCues   bool  `json:"speech_cues"`
	MixedAsParts bool  `json:"mixed_as_parts"`
	MergeGroups  bool  `json:"merge_groups"`
}

// Kinds are the scored gold kinds, sorted; nil means all.
type Kinds []string

// MarshalJSON writes "all" for nil, as score.py does.
func (k Kinds) MarshalJSON() ([]byte, error) {
	if k == nil {
		return []byte(`"all"`), nil
	}
	return json.Marshal([]string(k))
}

// String is how score.py's text report prints them.
func (k Kinds) String() string {
	if k == nil {
		return "all"
	}
	reprs := make([]string, len(k))
	for i, s := range k {
		reprs[i] = pyStrRepr(s)
	}
	return "[" + strings.Join(reprs, ", ") + "]"
}

// PRF is precision, recall and F1 over true positives, predictions and
// gold quotes.
type PRF struct {
	Precision Float `json:"precision"`
	Recall    Float `json:"recall"`
	F1        Float `json:"f1"`
	TP        int   `json:"tp"`
	Pred      int   `json:"pred"`
	Gold      int   `json:"gold"`
}

func prf(tp, pred, gold int) PRF {
	var p, r, f float64
	if pred != 0 {
		p = float64(tp) / float64(pred)
	}
	if gold != 0 {
		r = float64(tp) / float64(gold)
	}
	if p+r != 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{Precision: round4(p), Recall: round4(r), F1: round4(f), TP: tp, Pred: pred, Gold: gold}
}

// KindRecall is the recall over the gold quotes of one kind; Kind is nil
// for gold quotes without a kind.
type KindRecall struct {
	Kind   *string
	Recall Float
	TP     int
	Gold   int
}

// label is the kind as Python's str() gives it.
func (k KindRecall) label() string {
	if k.Kind == nil {
		return "None"
	}
	return *k.Kind
}

// KindRecalls are sorted by kind; they marshal to an object keyed by kind.
type KindRecalls []KindRecall

// MarshalJSON writes {"direct": {"recall": ..., "tp": ..., "gold": ...}, ...}.
func (ks KindRecalls) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range ks {
		if i > 0 {
			b.WriteByte(',')
		}
		key := []byte("null")
		if k.Kind != nil {
			var err error
			if key, err = json.Marshal(*k.Kind); err != nil {
				return nil, err
			}
		}
		val, err := json.Marshal(struct {
			Recall Float `json:"recall"`
			TP     int   `json:"tp"`
			Gold   int   `json:"gold"`
		}{k.Recall, k.TP, k.Gold})
		if err != nil {
			return nil, err
		}
		b.Write(key)
		b.WriteByte(':')
		b.Write(val)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// Speaker are the speaker figures over matched pairs. Accuracies are nil
// when there is nothing to measure them on.
type Speaker struct {
	MatchedWithGoldSpeaker           int    `json:"matched_with_gold_speaker"`
	StrictAccuracy                   *Float `json:"strict_accuracy"`
	LenientAccuracy                  *Float `json:"lenient_accuracy"`
	MatchedWithNonpronounGoldSpeaker int    `json:"matched_with_nonpronoun_gold_speaker"`
	StrictAccuracyNonpronoun         *Float `json:"strict_accuracy_nonpronoun"`
	LenientAccuracyNonpronoun        *Float `json:"lenient_accuracy_nonpronoun"`
	MatchedWithGoldSpeakerSpan       int    `json:"matched_with_gold_speaker_span"`
	MentionOverlapAccuracy           *Float `json:"mention_overlap_accuracy"`
	MatchedWithNullGoldSpeaker       int    `json:"matched_with_null_gold_speaker"`
	OfWhichPredNull                  int    `json:"of_which_pred_null"`
}

// Counts are the documents and predictions that were not scored as such.
type Counts struct {
	GoldDocsWithoutPrediction int `json:"gold_docs_without_prediction"`
	PredDocsNotInGold         int `json:"pred_docs_not_in_gold"`
	IgnoredPred               int `json:"ignored_pred"`
	PredQuotesWithoutOffsets  int `json:"pred_quotes_without_offsets"`
}

// Errors are examples of mistakes, up to Options.Errors of each sort.
type Errors struct {
	FN      []FalseNegative
	FP      []FalsePositive
	Speaker []SpeakerError
}

// FalseNegative is a gold quote no prediction matched.
type FalseNegative struct {
	Doc  json.RawMessage
	Kind *string
	Text string // the first 120 characters
}

// FalsePositive is a prediction that matched no gold quote.
type FalsePositive struct {
	Doc  json.RawMessage
	Text string // the first 120 characters
}

// SpeakerError is a matched quote whose speaker is wrong even leniently.
type SpeakerError struct {
	Doc        json.RawMessage
	Text       string // the first 80 characters
	Gold, Pred *string
}

// result turns the counts into figures.
func (s *scorer) result() *Result {
	c := &s.c
	acc := func(k, n int) *Float {
		if n == 0 {
			return nil
		}
		f := round4(float64(k) / float64(n))
		return &f
	}
	return &Result{
		Settings:         s.settings(),
		SpanOverlap:      prf(c.tp, c.pred, c.gold),
		SpanExact:        prf(c.exactTP, c.pred, c.gold),
		SpanLooseExact:   prf(c.looseTP, c.pred, c.gold),
		RecallByGoldKind: s.kindRecalls(),
		Speaker: Speaker{
			MatchedWithGoldSpeaker:           c.spkN,
			StrictAccuracy:                   acc(c.spkStrict, c.spkN),
			LenientAccuracy:                  acc(c.spkLenient, c.spkN),
			MatchedWithNonpronounGoldSpeaker: c.spkNPN,
			StrictAccuracyNonpronoun:         acc(c.spkNPStrict, c.spkNPN),
			LenientAccuracyNonpronoun:        acc(c.spkNPLenient, c.spkNPN),
			MatchedWithGoldSpeakerSpan:       c.spkSpanN,
			MentionOverlapAccuracy:           acc(c.spkSpanOK, c.spkSpanN),
			MatchedWithNullGoldSpeaker:       c.nullGold,
			OfWhichPredNull:                  c.nullGoldNullPred,
		},
		EndToEndLenient: prf(c.e2eTP, c.pred, c.gold),
		EndToEndMention: prf(c.e2eSpanTP, c.pred, c.gold),
		Counts: Counts{
			GoldDocsWithoutPrediction: c.goldDocsWithoutPred,
			PredDocsNotInGold:         c.predDocsNotInGold,
			IgnoredPred:               c.ignored,
			PredQuotesWithoutOffsets:  c.withoutOffsets,
		},
		Errors: s.errs,
	}
}

// kindRecalls are sorted as score.py sorts them: by str(kind), so a null
// kind sorts as "None".
func (s *scorer) kindRecalls() KindRecalls {
	out := KindRecalls{}
	for k, n := range s.goldByKind {
		kr := KindRecall{Recall: round4(float64(s.tpByKind[k]) / float64(n)), TP: s.tpByKind[k], Gold: n}
		if !k.null {
			kind := k.kind
			kr.Kind = &kind
		}
		out = append(out, kr)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].label() < out[j].label() })
	return out
}

// WriteJSON writes the result as score.py --json does (indent 1).
func (r *Result) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("encode result: %w", err)
	}
	return nil
}

// WriteText writes score.py's text report, error examples included.
func (r *Result) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	s := r.Settings
	fmt.Fprintf(bw, "settings: overlap>=%.2f of longer span, kinds=%s, mixed_as_parts=%s, merge_groups=%s\n",
		float64(s.Overlap), s.Kinds, pyBool(s.MixedAsParts), pyBool(s.MergeGroups))
	for _, line := range []struct {
		name string
		prf  PRF
	}{
		{"span_overlap", r.SpanOverlap}, {"span_exact", r.SpanExact}, {"span_loose_exact", r.SpanLooseExact},
		{"end_to_end_lenient", r.EndToEndLenient}, {"end_to_end_mention", r.EndToEndMention},
	} {
		p := line.prf
		fmt.Fprintf(bw, "%-20s P=%.4f R=%.4f F1=%.4f  (tp=%d pred=%d gold=%d)\n",
			line.name, float64(p.Precision), float64(p.Recall), float64(p.F1), p.TP, p.Pred, p.Gold)
	}
	kinds := make([]string, len(r.RecallByGoldKind))
	for i, k := range r.RecallByGoldKind {
		kinds[i] = fmt.Sprintf("%s=%.4f (%d/%d)", k.label(), float64(k.Recall), k.TP, k.Gold)
	}
	fmt.Fprintf(bw, "recall by gold kind: %s\n", strings.Join(kinds, ", "))
	sp := r.Speaker
	fmt.Fprintf(bw, "speaker accuracy over %d matched quotes with gold speaker: strict=%s lenient=%s\n",
		sp.MatchedWithGoldSpeaker, optFloat(sp.StrictAccuracy), optFloat(sp.LenientAccuracy))
	fmt.Fprintf(bw, "  excluding pronoun gold speakers (%d): strict=%s lenient=%s\n",
		sp.MatchedWithNonpronounGoldSpeaker, optFloat(sp.StrictAccuracyNonpronoun), optFloat(sp.LenientAccuracyNonpronoun))
	fmt.Fprintf(bw, "  speaker mention span overlaps gold speaker span (%d with spans): %s\n",
		sp.MatchedWithGoldSpeakerSpan, optFloat(sp.MentionOverlapAccuracy))
	fmt.Fprintf(bw, "  matched quotes with null gold speaker: %d (prediction also null: %d)\n",
		sp.MatchedWithNullGoldSpeaker, sp.OfWhichPredNull)
	c := r.Counts
	fmt.Fprintf(bw, `counts: {"gold_docs_without_prediction": %d, "pred_docs_not_in_gold": %d, "ignored_pred": %d, "pred_quotes_without_offsets": %d}`+"\n",
		c.GoldDocsWithoutPrediction, c.PredDocsNotInGold, c.IgnoredPred, c.PredQuotesWithoutOffsets)
	r.Errors.write(bw)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// write prints the error examples as score.py does: a tag, then the tuple
// as JSON.
func (e Errors) write(w io.Writer) {
	for _, x := range e.FN {
		fmt.Fprintf(w, "FN [%s, %s, %s]\n", pyJSONValue(x.Doc), pyJSONOpt(x.Kind), pyJSONString(x.Text))
	}
	for _, x := range e.FP {
		fmt.Fprintf(w, "FP [%s, %s]\n", pyJSONValue(x.Doc), pyJSONString(x.Text))
	}
	for _, x := range e.Speaker {
		fmt.Fprintf(w, "SPEAKER [%s, %s, %s, %s]\n", pyJSONValue(x.Doc), pyJSONString(x.Text), pyJSONOpt(x.Gold), pyJSONOpt(x.Pred))
	}
}
