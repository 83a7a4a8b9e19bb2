package extract

// continueInParagraph gives a speaker to quotes that stand alone as a
// sentence: the nearest attributed statement before them in the paragraph,
// else the nearest after, else the previous paragraph's (when it led in
// with a colon or ended on an attributed quote).
func (d *doc) continueInParagraph(rs []*result, last *result, leadIn bool) {
	for i, res := range rs {
		if res.f != nil || res.rule != "standalone" || d.qs[res.qi].chain != res.qi {
			continue
		}
		if p := nearestAttributed(rs[:i], -1); p != nil {
			res.f, res.rule = p.f, "continuation"
		} else if n := nearestAttributed(rs[i+1:], 1); n != nil {
			res.f, res.rule = n.f, "continuation-next"
		} else if last != nil && (leadIn || last.qi >= 0) {
			res.f, res.rule = last.f, "previous-paragraph"
			if last.rule == "colon-lead-in" {
				res.rule = "colon-lead-in"
			}
		}
	}
}

// nearestAttributed returns the attributed result nearest to the end
// (dir -1) or the start (dir 1) of rs.
func nearestAttributed(rs []*result, dir int) *result {
	for k := range rs {
		i := k
		if dir < 0 {
			i = len(rs) - 1 - k
		}
		if rs[i].f != nil && rs[i].qi >= 0 {
			return rs[i]
		}
	}
	return nil
}

// continueChains gives every segment of a quote that runs over paragraphs
// the speaker found for any of its segments.
func (d *doc) continueChains() {
	byChain := map[int]*frame{}
	for _, res := range d.results {
		if res.qi >= 0 && res.f != nil && d.qs[res.qi].chain != res.qi || res.f != nil && res.qi >= 0 && d.qs[res.qi].continues {
			if byChain[d.qs[res.qi].chain] == nil {
				byChain[d.qs[res.qi].chain] = res.f
			}
		}
	}
	for _, res := range d.results {
		if res.qi < 0 || res.f != nil {
			continue
		}
		if f := byChain[d.qs[res.qi].chain]; f != nil && (d.qs[res.qi].chain != res.qi || d.qs[res.qi].continues) {
			res.f, res.rule = f, "chain"
		}
	}
}
