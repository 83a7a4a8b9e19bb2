package extract

import (
	"sort"

	"saidwho/quotes"
)

// confidence by rule: how often, on the annotated dev data, a quote
// attributed this way has the right span and speaker.
var ruleConfidence = map[string]float64{
	"subject":            0.95,
	"appositive":         0.95,
	"inverted":           0.95,
	"according-to":       0.9,
	"quote-name-verb":    0.85,
	"quote-verb-name":    0.85,
	"colon-name":         0.75,
	"dash":               0.8,
	"participle":         0.9,
	"continuation":       0.9,
	"continuation-next":  0.85,
	"chain":              0.9,
	"colon-lead-in":      0.85,
	"previous-paragraph": 0.75,
	"standalone":         0.5,
	"embedded":           0.15,
}

// output builds the quotes, in text order, with offsets mapped back to the
// input text.
func (d *doc) output(orig []rune, back []int) []quotes.Quote {
	sort.SliceStable(d.results, func(i, j int) bool { return d.results[i].content.s < d.results[j].content.s })
	at := func(i int) int {
		if back == nil {
			return i
		}
		return back[i]
	}
	out := make([]quotes.Quote, 0, len(d.results))
	for _, res := range d.results {
		q := quotes.Quote{
			Text:  string(orig[at(res.content.s):at(res.content.e)]),
			Start: at(res.content.s), End: at(res.content.e),
			Kind: res.kind,
			Rule: res.rule,
		}
		for _, p := range res.parts {
			q.Parts = append(q.Parts, quotes.Span{Start: at(p.s), End: at(p.e)})
		}
		if res.qi >= 0 && res.chain >= 0 {
			q.Group = d.qs[res.qi].chain + 1
		}
		if f := res.f; f != nil {
			src := f.source()
			if src.mention.e > src.mention.s {
				q.Speaker, q.SpeakerKind = f.speaker, f.kind
				q.Mention = string(orig[at(src.mention.s):at(src.mention.e)])
				q.MentionStart, q.MentionEnd = at(src.mention.s), at(src.mention.e)
			}
			q.Cue, q.CueStart, q.CueEnd = f.cueText, at(f.cue.s), at(f.cue.e)
			q.Role, q.Addressee, q.Channel = src.role, f.addressee, f.channel
		}
		q.Confidence = d.confidence(res)
		if q.Confidence < d.x.MinConfidence {
			continue
		}
		out = append(out, q)
	}
	return out
}

func (d *doc) confidence(res *result) float64 {
	c, ok := ruleConfidence[res.rule]
	if !ok {
		c = 0.9 // before-… and after-… rules
		if f := res.f; f != nil {
			c = ruleConfidence[f.source().rule]
		}
	}
	if res.kind == quotes.Mixed {
		c *= 0.9
	}
	if res.qi >= 0 && res.kind == quotes.Direct && !d.qs[res.qi].closed && !d.qs[res.qi].continues {
		c *= 0.8
	}
	return float64(int(c*100+0.5)) / 100
}
