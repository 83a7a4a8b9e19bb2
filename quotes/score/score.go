// Package score measures quote extraction and speaker attribution against
// gold annotations. It is a port of the project's reference scorer,
// ../shared/eval/score.py, and gives the same figures: span precision,
// recall and F1 at an overlap threshold, exact and loose-exact spans,
// speaker accuracy (strict, lenient, by mention offsets) and end to end.
//
// Offsets are Unicode code points into the gold document's text, end
// exclusive. Gold and predicted documents are matched by "id".
package score

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Options select what is scored; the zero value of each field but Overlap
// is score.py's default.
type Options struct {
	// Kinds limits scoring to gold quotes of these kinds (nil: all).
	// Predictions that mostly overlap an excluded gold quote are ignored
	// rather than counted as false positives.
	Kinds []string
	// SpeechCues limits scoring to gold quotes whose cue is a speech verb.
	SpeechCues bool
	// MixedAsParts replaces mixed quotes, gold and predicted, by their
	// quoted parts as direct quotes.
	MixedAsParts bool
	// MergeGroups merges gold fragments sharing a "group" into one span.
	MergeGroups bool
	// Overlap is the share of the longer span two spans must share to
	// match (score.py's default is 0.5).
	Overlap float64
	// Errors is how many false negatives, false positives and speaker
	// errors to keep for the report.
	Errors int
}

// Score scores the predictions in pred against the gold documents. It
// fails only on gold quotes without integer offsets.
func Score(gold, pred *Docs, opt Options) (*Result, error) {
	s := &scorer{opt: opt, goldByKind: map[kindKey]int{}, tpByKind: map[kindKey]int{}}
	if opt.Kinds != nil {
		s.kinds = map[string]bool{}
		for _, k := range opt.Kinds {
			s.kinds[k] = true
		}
	}
	for _, gd := range gold.List() {
		if err := s.doc(gd, pred.get(gd.ID)); err != nil {
			return nil, fmt.Errorf("gold document %s: %w", pyJSONValue(gd.ID), err)
		}
	}
	for _, pd := range pred.List() {
		if gold.get(pd.ID) == nil {
			s.c.predDocsNotInGold++
		}
	}
	return s.result(), nil
}

// kindKey is a gold kind, which may be null.
type kindKey struct {
	kind string
	null bool
}

func kindOf(q *Quote) kindKey {
	if q.Kind == nil {
		return kindKey{null: true}
	}
	return kindKey{kind: *q.Kind}
}

func isKind(q *Quote, k string) bool { return q.Kind != nil && *q.Kind == k }

// counts are score.py's counters.
type counts struct {
	gold, pred, tp, exactTP, looseTP       int
	ignored, withoutOffsets                int
	goldDocsWithoutPred, predDocsNotInGold int
	spkN, spkStrict, spkLenient            int
	spkNPN, spkNPStrict, spkNPLenient      int
	spkSpanN, spkSpanOK                    int
	nullGold, nullGoldNullPred             int
	e2eTP, e2eSpanTP                       int
}

// scorer accumulates counts over the documents.
type scorer struct {
	opt                  Options
	kinds                map[string]bool // nil: all kinds
	c                    counts
	goldByKind, tpByKind map[kindKey]int
	errs                 Errors
}

// keep reports whether a gold quote is scored under the options.
func (s *scorer) keep(q *Quote) bool {
	if s.kinds != nil && (q.Kind == nil || !s.kinds[*q.Kind]) {
		return false
	}
	return !s.opt.SpeechCues || isSpeechCue(q)
}

// doc scores one gold document against its predictions (pd may be nil).
func (s *scorer) doc(gd, pd *Doc) error {
	all, err := prepareGold(gd, s.opt)
	if err != nil {
		return err
	}
	var gold, excluded []Quote
	for _, q := range all {
		if s.keep(&q) {
			gold = append(gold, q)
		} else {
			excluded = append(excluded, q)
		}
	}
	var pred []Quote
	if pd == nil {
		s.c.goldDocsWithoutPred++
	} else {
		var dropped int
		pred, dropped = preparePred(pd, s.opt)
		s.c.withoutOffsets += dropped
	}
	text, hasText := []rune(nil), gd.Text != nil
	if hasText {
		text = []rune(*gd.Text)
	}

	m := match(gold, pred, s.opt.Overlap)
	matchedG, matchedP := map[int]bool{}, map[int]bool{}
	for _, p := range m {
		matchedG[p.g], matchedP[p.p] = true, true
	}
	ignored := ignoredPreds(pred, matchedP, excluded, s.opt.Overlap)
	s.c.ignored += len(ignored)
	s.c.gold += len(gold)
	s.c.pred += len(pred) - len(ignored)
	s.c.tp += len(m)
	for i := range gold {
		s.goldByKind[kindOf(&gold[i])]++
	}
	s.exact(gold, pred, ignored, text, hasText)
	for _, p := range m {
		s.pair(gd, &gold[p.g], &pred[p.p], text)
	}
	s.collectMisses(gd, gold, pred, matchedG, matchedP, ignored, text)
	return nil
}

// exact counts exact and loose-exact span matches, one-to-one: each gold
// span can be claimed by one prediction.
func (s *scorer) exact(gold, pred []Quote, ignored map[int]bool, text []rune, hasText bool) {
	spans, loosened := map[[2]int]int{}, map[[2]int]int{}
	for _, g := range gold {
		spans[[2]int{g.Start.V, g.End.V}]++
		loosened[loose(text, hasText, g.Start.V, g.End.V)]++
	}
	for i, p := range pred {
		if ignored[i] {
			continue
		}
		if k := [2]int{p.Start.V, p.End.V}; spans[k] > 0 {
			spans[k]--
			s.c.exactTP++
		}
		if k := loose(text, hasText, p.Start.V, p.End.V); loosened[k] > 0 {
			loosened[k]--
			s.c.looseTP++
		}
	}
}

// pair scores the speaker of one matched gold/predicted pair.
func (s *scorer) pair(gd *Doc, g, p *Quote, text []rune) {
	s.tpByKind[kindOf(g)]++
	strict, lenient := speakerMatch(g.Speaker, p.Speaker)
	if g.SpeakerStart.OK && g.Speaker != nil && *g.Speaker != "" {
		s.c.spkSpanN++
		if mentionOverlaps(g, p) {
			s.c.spkSpanOK++
			s.c.e2eSpanTP++
		}
	}
	if _, ok := normSpeaker(g.Speaker); !ok {
		s.c.nullGold++
		if _, ok := normSpeaker(p.Speaker); !ok {
			s.c.nullGoldNullPred++
			s.c.e2eTP++
			s.c.e2eSpanTP++
		}
		return
	}
	s.c.spkN++
	s.c.spkStrict += b2i(strict)
	s.c.spkLenient += b2i(lenient)
	s.c.e2eTP += b2i(lenient)
	if !isPronoun(g) {
		s.c.spkNPN++
		s.c.spkNPStrict += b2i(strict)
		s.c.spkNPLenient += b2i(lenient)
	}
	if !lenient && len(s.errs.Speaker) < s.opt.Errors {
		s.errs.Speaker = append(s.errs.Speaker, SpeakerError{
			Doc: gd.ID, Text: snippet(text, g.Start.V, g.End.V, 80), Gold: g.Speaker, Pred: p.Speaker,
		})
	}
}

// mentionOverlaps reports whether the predicted mention's offsets overlap
// the gold speaker's. A gold speaker_start without a speaker_end (which
// score.py would fail on) never overlaps.
func mentionOverlaps(g, p *Quote) bool {
	if !p.SpeakerStart.OK || !p.SpeakerEnd.OK || !g.SpeakerEnd.OK {
		return false
	}
	return min(p.SpeakerEnd.V, g.SpeakerEnd.V) > max(p.SpeakerStart.V, g.SpeakerStart.V)
}

// collectMisses keeps false negatives and false positives for the report.
func (s *scorer) collectMisses(gd *Doc, gold, pred []Quote, matchedG, matchedP, ignored map[int]bool, text []rune) {
	if s.opt.Errors <= 0 {
		return
	}
	for i, g := range gold {
		if !matchedG[i] && len(s.errs.FN) < s.opt.Errors {
			s.errs.FN = append(s.errs.FN, FalseNegative{Doc: gd.ID, Kind: g.Kind, Text: snippet(text, g.Start.V, g.End.V, 120)})
		}
	}
	for i, p := range pred {
		if !matchedP[i] && !ignored[i] && len(s.errs.FP) < s.opt.Errors {
			s.errs.FP = append(s.errs.FP, FalsePositive{Doc: gd.ID, Text: snippet(text, p.Start.V, p.End.V, 120)})
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// prepareGold applies --mixed-as-parts and --merge-groups to a gold
// document's quotes.
func prepareGold(gd *Doc, opt Options) ([]Quote, error) {
	direct := "direct"
	var qs []Quote
	for i, q := range gd.Quotes {
		if opt.MixedAsParts && isKind(&q, "mixed") {
			for _, part := range q.Parts {
				if !part.Start.OK || !part.End.OK {
					return nil, fmt.Errorf("quote %d: parts must be integer offsets", i)
				}
				nq := q
				nq.Start, nq.End, nq.Kind = part.Start, part.End, &direct
				qs = append(qs, nq)
			}
			continue
		}
		if !q.Start.OK || !q.End.OK {
			return nil, fmt.Errorf("quote %d: start and end must be integers", i)
		}
		qs = append(qs, q)
	}
	if opt.MergeGroups {
		qs = mergeGroups(qs)
	}
	return qs, nil
}

// mergeGroups merges the quotes sharing a group into the first of them,
// spanning all; fragments of different kinds make a mixed quote.
func mergeGroups(qs []Quote) []Quote {
	mixed := "mixed"
	at := map[string]int{} // group → index in out
	var out []Quote
	for _, q := range qs {
		if isNull(q.Group) {
			out = append(out, q)
			continue
		}
		k := jsonKey(q.Group)
		i, seen := at[k]
		if !seen {
			at[k] = len(out)
			out = append(out, q)
			continue
		}
		m := &out[i]
		m.Start.V = min(m.Start.V, q.Start.V)
		m.End.V = max(m.End.V, q.End.V)
		if kindOf(m) != kindOf(&q) {
			m.Kind = &mixed
		}
	}
	return out
}

// preparePred applies --mixed-as-parts to a predicted document's quotes
// and drops those without integer offsets or with an empty span; dropped
// is how many were.
func preparePred(pd *Doc, opt Options) (pred []Quote, dropped int) {
	direct := "direct"
	var all []Quote
	for _, q := range pd.Quotes {
		if opt.MixedAsParts && isKind(&q, "mixed") && len(q.Parts) > 0 {
			for _, part := range q.Parts {
				nq := q
				nq.Start, nq.End, nq.Kind = part.Start, part.End, &direct
				all = append(all, nq)
			}
			continue
		}
		all = append(all, q)
	}
	for _, q := range all {
		if q.Start.OK && q.End.OK && q.End.V > q.Start.V {
			pred = append(pred, q)
		}
	}
	return pred, len(all) - len(pred)
}

// pair is one gold/prediction match and its overlap ratio.
type pair struct {
	g, p int
	r    float64
}

// match pairs gold and predicted quotes one-to-one, greedily by decreasing
// overlap ratio (shared length over the longer span), ties broken by gold
// then prediction index. Pairs below thr never match.
func match(gold, pred []Quote, thr float64) []pair {
	var cands []pair
	for gi, g := range gold {
		for pi, p := range pred {
			ov := min(g.End.V, p.End.V) - max(g.Start.V, p.Start.V)
			if ov <= 0 {
				continue
			}
			longer := max(g.End.V-g.Start.V, p.End.V-p.Start.V)
			r := 0.0
			if longer != 0 {
				r = float64(ov) / float64(longer)
			}
			if r >= thr {
				cands = append(cands, pair{gi, pi, r})
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.r != b.r {
			return a.r > b.r
		}
		if a.g != b.g {
			return a.g < b.g
		}
		return a.p < b.p
	})
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var out []pair
	for _, c := range cands {
		if usedG[c.g] || usedP[c.p] {
			continue
		}
		usedG[c.g], usedP[c.p] = true, true
		out = append(out, c)
	}
	return out
}

// ignoredPreds are the unmatched predictions that lie mostly (thr of their
// own length) on a gold quote excluded by --kinds or --speech-cues: they
// are neither right nor wrong.
func ignoredPreds(pred []Quote, matched map[int]bool, excluded []Quote, thr float64) map[int]bool {
	ignored := map[int]bool{}
	if len(excluded) == 0 {
		return ignored
	}
	for pi, p := range pred {
		if matched[pi] {
			continue
		}
		plen := p.End.V - p.Start.V
		for _, g := range excluded {
			ov := min(g.End.V, p.End.V) - max(g.Start.V, p.Start.V)
			if plen != 0 && float64(ov)/float64(plen) >= thr {
				ignored[pi] = true
				break
			}
		}
	}
	return ignored
}

// loose trims whitespace and quote marks from both ends of [s, e) and
// trailing .,;:!? from the end, so that spans differing only in those
// compare equal. Without a text the span stays as it is; so does an end
// that points outside the text (where score.py would fail).
func loose(text []rune, hasText bool, s, e int) [2]int {
	if !hasText {
		return [2]int{s, e}
	}
	at := func(i int) (rune, bool) {
		if i < 0 {
			i += len(text) // Python's negative index
		}
		if i < 0 || i >= len(text) {
			return 0, false
		}
		return text[i], true
	}
	trim := func(i int, extra string) bool {
		r, ok := at(i)
		return ok && (isSpace(r) || strings.ContainsRune(quoteChars+extra, r))
	}
	for s < e && trim(s, "") {
		s++
	}
	for e > s && trim(e-1, ".,;:!?") {
		e--
	}
	return [2]int{s, e}
}

// settings echo the options the way score.py reports them.
func (s *scorer) settings() Settings {
	st := Settings{
		Overlap: Float(s.opt.Overlap), SpeechCues: s.opt.SpeechCues,
		MixedAsParts: s.opt.MixedAsParts, MergeGroups: s.opt.MergeGroups,
	}
	if s.kinds != nil {
		st.Kinds = make([]string, 0, len(s.kinds))
		for k := range s.kinds {
			st.Kinds = append(st.Kinds, k)
		}
		slices.Sort(st.Kinds)
	}
	return st
}
