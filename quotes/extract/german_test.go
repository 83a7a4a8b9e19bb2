package extract

import (
	"testing"

	"saidwho/quotes"
)

// germanCases are hard German cases, with made-up people and sentences.
var germanCases = []struct {
	name string
	text string
	want []want
}{
	{"reported speech runs over its subordinate clauses to the sentence end",
		"Die Sprecherin Paula Korn sagte, die Brücke sei sicher, weil sie erst geprüft worden sei.",
		[]want{{text: "die Brücke sei sicher, weil sie erst geprüft worden sei", kind: quotes.Indirect, mention: "Die Sprecherin Paula Korn"}}},
	{"a subjunctive sentence after a fronted phrase set off by commas",
		"Die Sprecherin Paula Korn sagte, die Brücke sei sicher. Das Problem der alten Fähre, einem Boot aus Holz, könne die Stadt nicht lösen.",
		[]want{{text: "die Brücke sei sicher", kind: quotes.Indirect},
			{text: "Das Problem der alten Fähre, einem Boot aus Holz, könne die Stadt nicht lösen", kind: quotes.Indirect, mention: "Die Sprecherin Paula Korn"}}},
	{"a quote that opens its sentence and reads as one is a statement without a cue",
		"Die Stadt baut weiter. „Die Brücke ist für uns alle viel zu teuer geworden“ steht auf einem Plakat am Rathaus.",
		[]want{{text: "Die Brücke ist für uns alle viel zu teuer geworden", kind: quotes.Direct}}},
	{"a verb the lexicon lacks, with sich, after a quote",
		"„Wir haben die Brücke zu spät geplant“, erinnerte sich Paul Weber später.",
		[]want{{text: "Wir haben die Brücke zu spät geplant", mention: "Paul Weber"}}},
	{"a described source after a verb the lexicon lacks, when the quote opens the sentence",
		"„Der Rat unterstützt die Stadt dabei“, ließ ein Sprecher aus Kassel kurz verlauten.",
		[]want{{text: "Der Rat unterstützt die Stadt dabei", mention: "ein Sprecher"}}},
	{"a title inside a sentence takes no described source after it",
		"In der „Trostrunde“, dem „Pokal der Städte“, schieden die Frauen früh aus.",
		[]want{}},
	{"laut inside a clause: the words after the source are content, prepositions and all",
		"Die Stadt baut eine Brücke. Zunächst ist laut Stadtblatt an den Bau einer Fähre gedacht.",
		[]want{{text: "Zunächst ist", kind: quotes.Indirect, mention: "Stadtblatt"},
			{text: "an den Bau einer Fähre gedacht", kind: quotes.Indirect, mention: "Stadtblatt"}}},
	{"nach with an adjective before a statement noun",
		"Die Stadt baut eine Brücke. Heute wurden nach ersten Untersuchungen zehn Brücken geprüft.",
		[]want{{text: "Heute wurden", kind: quotes.Indirect, mention: "Untersuchungen"},
			{text: "zehn Brücken geprüft", kind: quotes.Indirect, mention: "Untersuchungen"}}},
	{"a run of subjunctive sentences of one source is one statement",
		"Die Sprecherin Paula Korn sagte, die Brücke sei sicher. Sie werde im Mai eröffnet. Der Bau habe zwei Jahre gedauert.",
		[]want{{text: "die Brücke sei sicher", kind: quotes.Indirect},
			{text: "Sie werde im Mai eröffnet. Der Bau habe zwei Jahre gedauert", kind: quotes.Indirect, mention: "Die Sprecherin Paula Korn"}}},
	{"a quote in the subjunctive goes to the surname its clause names",
		"Der Pfleger Tom Weber war am Abend im Dienst. Die Ärztin Paula Korn sagte, die Lage sei ernst. Dennoch habe Weber seiner „Pflicht zur Sorgfalt“ nicht genügt.",
		[]want{{kind: quotes.Indirect, mention: "Die Ärztin Paula Korn"},
			{kind: quotes.Mixed, mention: "Weber", speaker: "Tom Weber"},
			{text: "Pflicht zur Sorgfalt", mention: "Weber"}}},
	{"zitieren: the quoted person after the subject is the source",
		"Die Stadt baut eine Brücke. Ein Sender zitierte Paul Weber mit den Worten: „Wir bauen sie bis Mai.“ „Sie wird teuer“, zitiert Radio Nord den Minister.",
		[]want{{text: "Wir bauen sie bis Mai.", kind: quotes.Direct, mention: "Paul Weber", cue: "zitierte"},
			{text: "Sie wird teuer", kind: quotes.Direct, mention: "den Minister", cue: "zitiert"}}},
	{"ausführen is a cue",
		"Wie der Richter Paul Weber ausführte, sei die Lage „sehr ernst“.",
		[]want{{kind: quotes.Mixed, mention: "der Richter Paul Weber", cue: "ausführte"}, {text: "sehr ernst", mention: "der Richter Paul Weber"}}},
	{"after a subordinate clause with its cue last, the main clause is not what was said",
		"Als die Ärztin Paula Korn dann von dem Fall erzählte, verdoppelte das Gericht die Strafe.",
		[]want{}},
	{"a separable cue joined at the end of a wie clause",
		"Wie die Polizei mitteilte, sei der Zug nicht entgleist.",
		[]want{{text: "sei der Zug nicht entgleist", kind: quotes.Indirect, mention: "die Polizei", cue: "mitteilte"}}},
	{"a quoted fragment goes to the subject after the verb when a phrase is fronted",
		"Die Stadt plant. Mit der Brücke wollte der Bürgermeister Paul Weber „eine Verbindung für alle Bürger der Stadt“ schaffen.",
		[]want{{text: "eine Verbindung für alle Bürger der Stadt", mention: "der Bürgermeister Paul Weber"}}},
	{"Konjunktiv II plural and other subjunctive forms go on reporting",
		"Die Sprecherin Paula Korn sagte, die Brücke sei sicher. Techniker hätten sie am Montag geprüft. Die Prüfung gelte für ein Jahr.",
		[]want{{text: "die Brücke sei sicher", kind: quotes.Indirect},
			{text: "Techniker hätten sie am Montag geprüft. Die Prüfung gelte für ein Jahr", kind: quotes.Indirect, mention: "Die Sprecherin Paula Korn"}}},
	{"a coordinated cue takes the subject after a fronted phrase",
		"Unter dem Motto „Brücken statt Mauern“ zogen die Demonstranten zum Rathaus und skandierten dabei „Baut die Brücke jetzt“.",
		[]want{{text: "Baut die Brücke jetzt", mention: "die Demonstranten", cue: "skandierten"}}},
	{"a coordinated cue takes the subject of the main clause after a subordinate one",
		"Als ein Gast zu Hilfe eilte, biss der Mann den Gast und rief: „Lasst mich sofort raus!“",
		[]want{{text: "Lasst mich sofort raus!", mention: "der Mann", cue: "rief"}}},
	{"a described source with its appositive after a colon",
		"Auch die Partei schloss sich an: Der Sprecher der Fraktion, Paul Weber, bewertete den Plan als „kluge Entscheidung“.",
		[]want{{text: "kluge Entscheidung", mention: "Paul Weber"}}},
	{"a single quoted noun after von or als in a cue's content is a quote, not a name",
		"Die Händler sprachen in diesem Zusammenhang von „Panikverkäufen“.",
		[]want{{text: "Panikverkäufen", kind: quotes.Direct, mention: "Die Händler"}}},
	{"a source with von and a genitive after the name",
		"Minister Paul Weber von der Kanzlei des Präsidenten erklärte, die Lage bleibe weiterhin „kritisch“.",
		[]want{{kind: quotes.Mixed, mention: "Minister Paul Weber von der Kanzlei des Präsidenten"}, {text: "kritisch", mention: "Minister Paul Weber von der Kanzlei des Präsidenten"}}},
	{"konstatieren is a cue",
		"Der Forscher Paul Weber konstatierte eine wachsende „Kluft zwischen Arm und Reich“.",
		[]want{{text: "Kluft zwischen Arm und Reich", mention: "Der Forscher Paul Weber", cue: "konstatierte"}}},
	{"an object and a quote that ends the content name what the object is: no paraphrase",
		"Die Ministerin Paula Korn nannte das Gerangel um die Brücke „ein Stück aus dem Tollhaus“.",
		[]want{{text: "ein Stück aus dem Tollhaus", kind: quotes.Direct, mention: "Die Ministerin Paula Korn"}}},
	{"a clause with a quote at its end stays a paraphrase",
		"Die Ministerin Paula Korn sagte, die Brücke sei „ein Stück aus dem Tollhaus“.",
		[]want{{kind: quotes.Mixed}, {text: "ein Stück aus dem Tollhaus", kind: quotes.Direct}}},
	{"a name in marks set off by commas inside a sentence has no verb and source after it",
		"Im „Großen Preis der Stadt“, dem Wettbewerb der Herren, siegte Paul Weber.",
		[]want{}},
	{"a fronted object before a colon: the subject pronoun after the verb",
		"Das Angebot, Verletzte in der Stadt zu behandeln, lehnt er jedoch ab: „Das lasse ich nicht zu.“",
		[]want{{text: "Das lasse ich nicht zu.", mention: "er"}}},
	{"so, a verb and an object pronoun before the source",
		"„Er ist die eiserne Hand im Handschuh“, so charakterisierte ihn der Gewerkschafter Paul Weber.",
		[]want{{text: "Er ist die eiserne Hand im Handschuh", mention: "der Gewerkschafter Paul Weber"}}},
	{"a source in parentheses after a quote that ends a sentence",
		"Die Wahl ist vorbei. „Die Wahlen sind frei und fair abgelaufen.“ (Stiftung für Demokratie).",
		[]want{{text: "Die Wahlen sind frei und fair abgelaufen.", mention: "Stiftung für Demokratie", cue: "("}}},
	{"a name in marks with its abbreviation in parentheses is no source",
		"Die Partei „Liga für die Stadt“ (LS) hat gewonnen.",
		[]want{}},
	{"a capitalised word inside a German sentence is a noun, not a cue",
		"In weiten Teilen der Stadt gilt die Gefahr von Bränden nach Angaben der Feuerwehr als „sehr hoch“.",
		[]want{{kind: quotes.Indirect, mention: "der Feuerwehr"}, {text: "sehr hoch", mention: "der Feuerwehr"}}},
	{"a source inside a relative clause: the content on each side is the clause's",
		"In vielen Städten gilt eine neue Regel, die nach Einschätzung des Umweltamts die Luft verbessert, aber viel Geld kostet.",
		[]want{{text: "die", kind: quotes.Indirect, mention: "des Umweltamts"}, {text: "die Luft verbessert", kind: quotes.Indirect, mention: "des Umweltamts"}}},
	{"a title after a colon is no statement",
		"Sein erstes großes Werk entstand in den 1970er Jahren: „Der Große Dirigent“. Die Stadt ehrt ihn.",
		[]want{}},
	{"a short statement after a colon is one",
		"Der Verband sieht die Lage ernst: „Wir befürchten das Schlimmste“.",
		[]want{{text: "Wir befürchten das Schlimmste", mention: "Der Verband"}}},
	{"dessen and deren open a described source",
		"Nach Gerüchten über eine Festnahme teilte dessen Stellvertreter über die Pläne seines Chefs mit: „Er ruft uns an, wenn er zurückkommt.“",
		[]want{{text: "Er ruft uns an, wenn er zurückkommt.", mention: "dessen Stellvertreter"}}},
	{"a newspaper in marks as the source after the cue",
		"„Er war der kreative Kopf der Band“, schrieb „Die Woche“ in einem Nachruf.",
		[]want{{text: "Er war der kreative Kopf der Band", mention: "„Die Woche“", cue: "schrieb"}}},
	{"zufolge takes the noun phrase before it, not the verb, and the clause goes on after it",
		"An Bord waren 60 Menschen. Der Kapitän warf Medienberichten zufolge am Abend das Handtuch.",
		[]want{{text: "Der Kapitän warf", kind: quotes.Indirect, mention: "Medienberichten"},
			{text: "am Abend das Handtuch", kind: quotes.Indirect, mention: "Medienberichten"}}},
	{"a source written in lower case with a digit or a dot",
		"Die Lage ist ernst. Nach Angaben von n24 sind die Gruppen sehr mobil.",
		[]want{{text: "sind die Gruppen sehr mobil", kind: quotes.Indirect, mention: "n24"}}},
	{"a source and cue that open reported speech of their own do not attribute the quote before",
		"Paul Weber sagte: „Wir sind froh.“ „Wir haben es geschafft.“ Ein Sprecher des Ministeriums sagte, dass die Brücke sicher sei.",
		[]want{{text: "Wir sind froh.", mention: "Paul Weber"}, {text: "Wir haben es geschafft.", mention: "Paul Weber"},
			{text: "dass die Brücke sicher sei", kind: quotes.Indirect, mention: "Ein Sprecher des Ministeriums"}}},
}

func TestGermanCases(t *testing.T) {
	x := New()
	for _, tc := range germanCases {
		t.Run(tc.name, func(t *testing.T) {
			got := x.Extract(tc.text)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d quotes, want %d:\n%s", len(got), len(tc.want), dump(got))
			}
			for i, w := range tc.want {
				checkQuote(t, got[i], w)
			}
		})
	}
}
