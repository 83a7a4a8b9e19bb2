package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
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

// hostile builds about n bytes of text of the given kind, for the
// benchmarks that show extraction stays linear on bad input.
func hostile(kind string, n int) string {
	var b strings.Builder
	units := map[string]string{
		"ordinary":    `Jane Roe said the bridge would open in May. "We are ready," she added. `,
		"unbalanced":  `"' „ « ‹ '' "" ' " «« "' `,
		"openers":     `He said "`,
		"standalone":  "\"We are ready.\"\n\n",
		"names":       "Jane Roe Tomas Vale said his office said, ",
		"noparas":     "x ",
		"german":      "Die Bank hat laut Anna Berger, so die Studie, die sagte, ",
		"frames":      "Tom said that ", // one sentence of cues, each nested in the one before
		"asides":      "Tom, who said, ",
		"saying":      ", saying ",
		"appositive":  "Jo Hill, the mayor, said ",                                       // one sentence of cues after appositives
		"expected":    "Tom is expected to win ",                                         // one sentence of expectations
		"adding":      "said, adding that ",                                              // participles chained to one far subject
		"labels":      `"MR. HILL: Yes. MS. ROE: No. `,                                   // transcript labels cutting one quote
		"dashes":      `- "a," he said - and vowed `,                                     // frames in dash asides before participles
		"asidecues":   "the plan — which Tom said was sound — and (as Jo says) ",         // one sentence of frames in dash and parenthesis asides
		"sourcecomma": "Other gaps, according to a person close to the talks, include ",  // a source set off by commas, with no sentence end
		"callers":     "ein Kommentar, der X als „a“ bezeichnet, ",                       // German relative clauses naming a quote, one sentence
		"quotewho":    `a "chief" who reports to him, and called for "a" `,               // who-clauses on quoted titles in one sentence
		"sprach":      "Er sprach von einem „a“ und ",                                    // German und clauses without a comma, one sentence
		"colonlist":   ", darunter der Landrat Weber: „a“ ",                              // German colon quotes after list names, one sentence
		"dashclaims":  "— the mayor of the town and all of her aides — claims ",          // -s cues after dash asides, one sentence
		"commaclaims": ", the mayor of the town and all of her aides , claims it ",       // -s cues after comma asides, one sentence
		"dashnoting":  "Jo Vale says the plan will fail - noting that the fare is high ", // participles nested one in the next, one sentence
		"bypointing":  "denied the charges by pointing out that ",                        // by-participles nested one in the next, one sentence
		"backat":      "hit back at the critics, ",                                       // cues after prepositional phrases between commas, one sentence
		"colonquotes": `The ad targets a crowd: "x" `,                                    // quotes after colons with no comma before them, one sentence
		// quotes before sources with who clauses, one sentence
		"heldby": `"It is over," the official, who spoke on condition of anonymity, said, "We are tired," Tom Hill, who told reporters he was tired, said, `,
		// German quotes without a subjunctive, one sentence
		"wiequote": "Die Stadt baut eine Brücke, Wie ein Vertreter der Firma, Paul Weber heute mitteilte, wurde die Brücke „für einen guten Preis“ verkauft, ",
		// names joined by and before a floating each, one sentence of cues
		"eachsaid": "Ann Roe and Tom Hill and Jo Vale each said ",
		// times that own the subject after cues, one sentence
		"timeowner": "said Sunday night's debate ",
		// quotes in a leading clause of reported words, one sentence
		"leadingwhile": `Ann Roe said that while the riders are "horrified" at the toll `,
		// while and an -ing cue after reported words, one sentence
		"whileadding": `Tom Hill said the toll was "unfair" while adding, "We will fight it," `,
		// German translations in parentheses after quoted names, one sentence
		"glossparen": "Die Aktion „Open Bridge“ („offene Brücke“) ",
		// German addressees after gegenüber in one long paragraph (it was
		// quadratic: each frame scanned from the paragraph's start)
		"gegenueber": "Die Stadt baut eine Brücke, sagte Paul Weber gegenüber der Zeitung, ",
		// subjects whose noun a chain of prepositional objects follows,
		// before each cue, one sentence (prepObjectHead walks back over them)
		"prepchain": "delegates at the convention in the hall of the town said riders in the ferries of the harbor said ",
		// who after appositives of commas, one sentence: each who looks
		// back over the appositive's commas for the name before it
		// (antecedentOf, whoAppositiveName)
		"whoappositive": "said Jo Vale, a nurse from Fenwick, New Dover, who said, ",
		// surname particles and German genitive chains, one sentence
		// (particleSurname, nominativeSpeaker, germanBodyName)
		"particles": "Die Stadt sagte, laut de de von der von der Leyen des Ministeriums des Roten Kreuzes des Landes ",
		// one sentence a subordinating word opens, of frames with no
		// punctuation (leadingClauseComma read back to its start per frame)
		"leadingclause": "Ann Roe said the toll was high ",
		// a show's title-case name after an outlet's possessive, small
		// words between its capitals, one sentence (phraseEnd asks
		// ownedShowEnd at each small word, bounded by maxShowName)
		"showname": "said on Harbor TV's Meet the Voters of the Harbor with a Jo of the ",
		// findings after documents with participles and makers joined by
		// and, one sentence (participleBefore walks back to each participle)
		"showchain": "the memos released by the Ledger and the Harbor Board show emails obtained by Vale and Roe show ",
		// a woman named first, then Mr. and her surname, with other names
		// between: namedOfGender reads back for a man of that surname
		// (bounded by maxNamesBack) at each Mr.
		"honorific": "Ann Vale, Joan Roe and Mary Hill met. Mr. Vale said it was fine. ",
		// reports nested one in the next, one sentence: reportersOf finds
		// the content that holds each frame's mention (a sort, no walk)
		"nested": "Tom Hill said Jo Vale had told him that Ann Roe said ",
		// outlets' possessives before names and shows, one sentence
		// (outletOwnerBefore, ownedShowEnd, mediaChannel)
		"outletowner": "said Harbor TV's Jo Hill on Harbor TV's Meet the Voters of the Harbor, and told Harbor TV host Ann Roe ",
		// German leads of a subjunctive clause after a report, a sentence
		// each (leadSubject, hasSubjunctive over the lead)
		"germanlead": "Anna Berg sagte, die Brücke sei gut. Die BVG begegnet der Kritik mit dem Argument, die Züge seien pünktlich. ",
		// and one lead of one sentence of subjunctive clauses
		"germanleadlong": "der Kritik mit dem Argument, die Züge seien pünktlich und ",
		// German channels with mit and accusing verbs, one sentence
		// (germanChannelPartner, setAddresses)
		"germanmit": "In einem Interview mit der Hafenzeitung sagte er, die Brücke sei gut, Paul Weber warf Anna Berg vor, sie habe gelogen, ",
		// German indefinite genitives, one sentence (indefiniteGenitive
		// reads up to the noun at each einer)
		"germaneiner": "Der Sprecher einer Gruppe sagte, die Brücke sei gut, und die Besitzerin eines Hauses einer Stadt sagte, ",
		// reported sentences each followed by Das berichtete (anaphor's
		// borrowed results)
		"germandas": "Der Zug habe gehalten. Zwei Menschen sollen verletzt sein. Das berichtete die Zeitung. ",
		// quotes that end a reported clause before a source, one sentence
		// (quoteOfNext, quoteEndsClause, quotedClause, leadsIntoQuote)
		"quoteclause": `He said he was "very comfortable with it," the Post reported, that the lawyer, Jo Hill, "made a good case," she wrote, `,
		// polls and documents with participles, times and makers joined by
		// and or slashes, one sentence (documentHead, pollLead,
		// participleBefore, npStepBack's slash)
		"polls": "a Ledger/Vale/Harbor/Roe poll released Monday by the Ledger and Harbor Radio shows a study by the Vale Institute said Polls in Vale County show ",
		// names joined by slashes, one sentence, no other words
		"slashes": "Vale/",
		// apostrophes: possessive chains before a name, one sentence
		"apostrophes": "Harbor TV's Vale's Roe's ",
	}
	// a word of a quarter of the text next to a name of no known gender,
	// then pronouns that look back at that name (it was quadratic: each
	// pronoun read the whole word before or after the name, or the whole
	// run of capitals it took for a name)
	long := strings.Repeat("x", n/4)
	b.WriteString(map[string]string{
		"wordbeforename": long + " Angel Roe lost her bid. ",
		"wordaftername":  "Angel Roe " + long + " ",
		"longname":       "Angel Roe X" + long + " ",
		"wordbeforehe":   long + " Tom Roe lost his bid. ",                    // a name of known gender: nameOpensSentence
		"spacesbeforehe": strings.Repeat(" ", n/4) + "Tom Roe lost his bid. ", // and commaBefore
		"dashbeforehe":   long + " — Tom Roe lost his bid. ",                  // and datelineDash, on a line of a quarter of the text
		// a title after a long word, then descriptions that look back at
		// the titled name (titledBefore read the long word per description)
		"wordbeforetitle": long + " Mayor Tom Roe lost his bid. ",
		// a German capitalised word before a name: each rule that looks
		// for a compound's head in it (roleNoun, personNounBeforeName)
		// hashed every end of the word (compoundEnd: it was quadratic)
		"germanword": "Die Stadt sagte, dass der Plan gut ist. Der X" + long + " Jan Roth sagte, er sei fertig. ",
		// the subordinating word that opens leadingclause's one sentence
		"leadingclause": "When ",
		// a quoted long word after a noun, then pronoun quotes: the
		// speaker took the word (Mann Xxx…) and every quote copied it
		// (appendWords now skips a word of maxWordRunes or more)
		"quotedname": "Der Mann „X" + long + "“ sagte: „Wir gewinnen.“ ",
		// the report whose subjunctive clauses germanleadlong repeats
		"germanleadlong": "Anna Berg sagte, die Brücke sei gut. Die BVG begegnet ",
		// a quote of a quarter of the text with no sentence in it, ending
		// a clause before a source (sentenceInQuote reads it once)
		"bigquote": `He said he was "` + strings.Repeat("very ", n/20) + `," the Post reported. `,
	}[kind])
	for _, k := range []string{"wordbeforename", "wordaftername", "longname", "wordbeforehe", "spacesbeforehe", "dashbeforehe"} {
		units[k] = "he said it was fine, "
	}
	units["wordbeforetitle"] = "the mayor said it was fine, "
	units["germanword"] = "er sagte, sie sei gut, "
	units["quotedname"] = "Er sagte, „Ja.“ "
	units["bigquote"] = `He said he was "fine," the Post reported, `
	for b.Len() < n {
		b.WriteString(units[kind])
	}
	return b.String()
}

// BenchmarkHostile compares 10 MB of ordinary news text with 10 MB of
// unbalanced quote marks and other worst cases: the time per byte must stay
// within a small factor of ordinary text (compare the MB/s columns).
func BenchmarkHostile(b *testing.B) {
	x := New()
	for _, kind := range []string{"ordinary", "unbalanced", "openers", "standalone", "names", "noparas", "german", "frames", "asides", "saying", "appositive", "expected", "adding", "labels", "dashes", "asidecues", "sourcecomma", "callers", "quotewho", "sprach", "colonlist", "dashclaims", "commaclaims", "dashnoting", "bypointing", "backat", "colonquotes", "heldby", "wiequote", "eachsaid", "timeowner", "leadingwhile", "whileadding", "glossparen", "gegenueber", "whoappositive", "wordbeforename", "wordaftername", "longname", "wordbeforehe", "spacesbeforehe", "dashbeforehe", "prepchain", "wordbeforetitle", "particles", "germanword", "leadingclause", "quotedname", "showname", "showchain", "honorific", "nested", "outletowner", "germanlead", "germanleadlong", "germanmit", "germaneiner", "germandas", "quoteclause", "polls", "slashes", "apostrophes", "bigquote"} {
		text := hostile(kind, 10<<20)
		b.Run(kind, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				x.Extract(text)
			}
		})
	}
}

// TestLongWordNoName: a word of maxWordRunes or more next to a name is no
// part of it. The speaker string (and a channel) is copied into every
// quote resolved to the name, so with the word in it N pronoun quotes
// after the name wrote N copies of the word (400 KB of text gave 2 GB of
// output). The quote that names the speaker may show the word once.
func TestLongWordNoName(t *testing.T) {
	long := "X" + strings.Repeat("x", 5000)
	for _, text := range []string{
		long + " Angel Roe said: \u201cWe won.\u201d ",
		"Angel Roe " + long + " said: \u201cWe won.\u201d ",
		"Tom Roe told " + long + " Radio: \u201cWe won.\u201d ", // the channel goes on to each he said
		"Der Mann \u201e" + long + "\u201c sagte: \u201eWir gewinnen.\u201c ",
	} {
		unit := "He said, \u201cYes.\u201d "
		if strings.HasPrefix(text, "Der") {
			unit = "Er sagte, \u201eJa.\u201c "
		}
		text += strings.Repeat(unit, 50)
		fields := 0
		for i, q := range New().Extract(text) {
			for _, s := range []string{q.Speaker, q.Role, q.Addressee, q.Channel} {
				fields += len(s)
				if len(s) > maxNameBytes && i > 0 { // a pronoun's quote copies it
					t.Fatalf("%.20q…: a field of %d bytes: %.40q…", text, len(s), s)
				}
			}
		}
		if fields > 3*len(text) {
			t.Errorf("%.20q…: speaker fields sum to %d bytes, the text is %d", text, fields, len(text))
		}
	}
}
