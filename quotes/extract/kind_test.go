package extract

import (
	"strings"
	"testing"

	"saidwho/quotes"
)

// TestSourceKinds checks the kind of source a reader sees on a quote: a
// newspaper or a county is an organisation, statistics and returns are
// documents, an official is anonymous, a name is a person.
func TestSourceKinds(t *testing.T) {
	cases := []struct {
		text string
		want quotes.SpeakerKind
	}{
		{"The Lakeside Ledger reported that the bridge would close.", quotes.Organisation},
		{"Lakeside County says the bridge will close.", quotes.Organisation},
		{"Some 9,000 people live in the valley, according to federal statistics.", quotes.Document},
		{"Jane Roe won the primary, according to early returns.", quotes.Document},
		{"A senior official said the bridge would close.", quotes.Anonymous},
		{"A spokeswoman said the bridge would close.", quotes.Anonymous},
		{"Tom Hill said the bridge would close.", quotes.Person},
		{"The judge wrote that the bridge would close.", quotes.Person},
		{"The FBI director told lawmakers that the bridge would close.", quotes.Person},
		// the head noun before a phrase that follows it decides
		{"Sources close to the minister said the bridge would close.", quotes.Anonymous},
		{"A spokesman for the harbor ministry said the bridge would close.", quotes.Anonymous},
		{"An aide to the governor said the bridge would close.", quotes.Anonymous},
		{"Two people familiar with the talks said the bridge would close.", quotes.Anonymous},
		{"A person with knowledge of the talks said the bridge would close.", quotes.Anonymous},
		{"A memo seen by the harbor board says the bridge will close.", quotes.Document},
		{"The harbor board’s reply was blunt: “The bridge will close.”", quotes.Organisation},
		{"A letter obtained by the harbor board says the bridge will close.", quotes.Document},
		{"The bridge will close, according to officials familiar with the plan.", quotes.Anonymous},
		{"The chairman of the harbor board said the bridge would close.", quotes.Person},
		{"Three-quarters of the voters said the bridge would close.", quotes.Anonymous},
		{"Four in 10 voters said the bridge would close.", quotes.Anonymous},
		{"Downing Street said the bridge would close.", quotes.Organisation},
		// a plural noun for people that only the sentence start capitalises is no name
		{"Investors fear the bridge will close.", quotes.Anonymous},
		{"Demonstrators said the bridge would close.", quotes.Anonymous},
		{"Tollers said the bridge would close.", quotes.Person},
		{"Vale Bank said the bridge would close.", quotes.Organisation},
		{"Oslo and Rome said the bridge would close.", quotes.Organisation}, // two governments, not a person Rome
		{"The airline said the bridge would close.", quotes.Organisation},
		{"Vale Motors announced that the bridge would close.", quotes.Organisation},
		// a trust, a museum, a league or a company by its trade or its legal
		// ending is a body, not a person named so
		{"The Fenwick Wildlife Trust said the bridge would close.", quotes.Organisation},
		{"The Fenwick Maritime Museum says the bridge will close.", quotes.Organisation},
		{"The league said the bridge would close.", quotes.Organisation},
		{"Vale Marine Ltd said the bridge would close.", quotes.Organisation},
		{"Tarn Energy said the bridge would close.", quotes.Organisation},
		{"Fenwick Foods said the bridge would close.", quotes.Organisation},
		{"A spokesperson for Vale Bank said the bridge would close.", quotes.Anonymous},
		// a noun for people the classes lack, by its ending or as kin: unnamed people
		{"The bridge will close, organisers said.", quotes.Anonymous},
		{"One farmer said the bridge would close.", quotes.Anonymous},
		{"The city engineer insists the bridge will close.", quotes.Anonymous},
		{"The victim's mother said the bridge would close.", quotes.Anonymous},
		{"The indictment says the bridge would close.", quotes.Document},
		{"The bridge will close, according to the fire brigade.", quotes.Organisation},
		// a document noun heads its phrase: its maker's name in it, or the
		// newsroom that saw it, does not make it an organisation
		{"A Vale Bank poll shows the bridge will close.", quotes.Document},
		{"The bridge will close, according to its website.", quotes.Document},
		{"The bridge will close, according to a draft seen by the Harbor Ledger.", quotes.Document},
		{"Economists expect that the bridge will close.", quotes.Anonymous},
		{"Opponents of the toll say the bridge will close.", quotes.Anonymous},
		{"Some of the mayor's allies said the bridge would close.", quotes.Anonymous},
		// a document noun before by or from and its maker heads the
		// mention: the document speaks, not a person named in it
		{"A study by the Vale Institute found that the bridge would close.", quotes.Document},
		{"New data from Harbor Research shows that the bridge will close.", quotes.Document},
		// a document noun before its time, place or a participle heads the
		// mention though names stand before it: the maker's, not a speaker
		{"In a Harbor Ledger/Vale Radio poll released Monday, 31% of riders said the bridge would close.", quotes.Document},
		{"In a Fenwick Courier poll last month, Jo Vale had a 10-point lead.", quotes.Document},
		{"In a Vale Radio Harbor Poll the same week, Ann Roe led by four points.", quotes.Document},
		{"Polls in Fenwick County show Jo Vale ahead.", quotes.Document},
		{"A harbor transport study published in March found that traffic fell.", quotes.Document},
		// figures after a party or a realm are people; alone or after a
		// maker or a topic they are numbers
		{"Harbor Party establishment figures said the toll was too high.", quotes.Anonymous},
		{"Some Republican figures said the toll was too high.", quotes.Anonymous},
		{"The figures show the toll was too high.", quotes.Document},
		{"Toll revenue figures show the bridge lost money.", quotes.Document},
		{"A January 2019 study by the Vale Institute found that the bridge would close.", quotes.Document},
		{"The Fenwick Press reported that the bridge would close.", quotes.Organisation},
		{"Ein Sprecher des Hafenamts sagte, die Brücke werde geschlossen.", quotes.Anonymous},
		// German people by what they do, as a group or one of many, are
		// anonymous as researchers and a resident are; one the article
		// describes (der Forscher), one woman (die Witwe) and a title are not
		{"Die Forscher sagten, die Brücke werde geschlossen.", quotes.Anonymous},
		{"Ein Bewohner sagte, die Brücke werde geschlossen.", quotes.Anonymous},
		{"Laut den Demonstranten wird die Brücke geschlossen.", quotes.Anonymous},
		{"Der Forscher sagte, die Brücke werde geschlossen.", quotes.Person},
		{"Die Witwe sagte, die Brücke werde geschlossen.", quotes.Person},
		{"Die Aktivistin sagte, die Brücke werde geschlossen.", quotes.Person},
		{"Ein Minister sagte, die Brücke werde geschlossen.", quotes.Person},
		{"Der Kreml teilte mit, die Brücke werde geschlossen.", quotes.Organisation},
		// a German compound ending in an organisation noun, in any case
		{"Das Hafenamt teilte mit, die Brücke werde geschlossen.", quotes.Organisation},
		{"Laut einer Mitteilung des Finanzministeriums wird die Brücke geschlossen.", quotes.Organisation},
		{"Dem Gesetzesentwurf zufolge wird die Brücke geschlossen.", quotes.Document},
		{"Laut dem Gesetzesentwurf wird die Brücke geschlossen.", quotes.Document},
		// every German noun is capitalised: an acronym or a noun in -schaft
		// is an organisation, an abstract noun (-ung, -ion) no person
		{"Nach Angaben der HVB wird die Brücke geschlossen.", quotes.Organisation},
		{"Die Resolution fordert, dass die Brücke geschlossen wird.", quotes.Document},
		{"Die Vereinsführung teilte mit, die Brücke werde geschlossen.", quotes.Unknown},
		{"Die Hafengesellschaft teilte mit, die Brücke werde geschlossen.", quotes.Organisation},
		{"Der Hafenmeister teilte mit, die Brücke werde geschlossen.", quotes.Person},
		// a compound in the plural (-n) and common German words for firms
		// and broadcasters
		{"Nach Angaben der Hafenbehörden wird die Brücke geschlossen.", quotes.Organisation},
		{"Nach Angaben der Behörden wird die Brücke geschlossen.", quotes.Organisation},
		{"Die Firma teilte mit, die Brücke werde geschlossen.", quotes.Organisation},
		{"Die Tageszeitung Hafenblatt berichtete, die Brücke werde geschlossen.", quotes.Organisation},
		{"Ein Radiosender berichtete, die Brücke werde geschlossen.", quotes.Organisation},
		// a German common noun heading the mention, capitalised like a
		// name, makes a description; a name heading it stays a person
		{"Die Behörden in Vallstadt teilten mit, die Brücke werde geschlossen.", quotes.Organisation},
		{"Die Oppositionsparteien erklärten, die Brücke werde geschlossen.", quotes.Organisation},
		{"Nicht näher genannten Quellen zufolge wird die Brücke geschlossen.", quotes.Anonymous},
		{"Politiker aus anderen Parteien erklärten, die Brücke werde geschlossen.", quotes.Anonymous},
		{"Die Hafenstädter Zeitung berichtete, die Brücke werde geschlossen.", quotes.Organisation},
		{"Laut der Nachrichtenagentur Vala wird die Brücke geschlossen.", quotes.Organisation},
		{"Marktanalyst Jonas Wendt von der Hafenbank sagte, die Brücke werde geschlossen.", quotes.Person},
		{"Der Vorsitzende der Stiftung Hafenblick Jonas Wendt sagte, die Brücke werde geschlossen.", quotes.Person},
		{"Jonas Hadeking sagte, die Brücke werde geschlossen.", quotes.Person},
		// a lone German name that is an abbreviation, a title in marks or
		// a name the article gave after a word for an outlet is no person
		{"Laut HVB wird die Brücke geschlossen.", quotes.Organisation},
		{"Laut der „Hafenwoche“ wird die Brücke geschlossen.", quotes.Organisation},
		{"Die Zeitung Hafenblatt meldete den Fund. Wie Hafenblatt berichtet, wird die Brücke geschlossen.", quotes.Organisation},
		// a count or a share of people is some unnamed people, not the
		// party their plural names alone nor an unknown figure
		{"Some Fenwick Democrats said the bridge would close.", quotes.Anonymous},
		{"The Fenwick Democrats said the bridge would close.", quotes.Organisation},
		{"Most Republicans in Fenwick say the bridge will close.", quotes.Anonymous},
		{"One senior Fenwick Democrat said the bridge would close.", quotes.Anonymous},
		{"Both Democrats and Republicans in Fenwick say the bridge will close.", quotes.Anonymous},
		{"Many Fenwickians said the bridge would close.", quotes.Anonymous},
		{"The Democrats said the bridge would close.", quotes.Organisation},
		{"Nearly three in five said the bridge would close.", quotes.Anonymous},
		{"Among riders, 42% say the bridge will close.", quotes.Anonymous},
		{"Of the riders, only 22 percent say the bridge will close.", quotes.Anonymous},
		{"Several Vale associates said the bridge would close.", quotes.Anonymous},
		{"Article 12 says the bridge will close.", quotes.Unknown},
		// plans, polling and columns are documents; a team, groups and
		// outlets are bodies; a crowd and respondents are people
		{"His plan calls for a toll on the bridge.", quotes.Document},
		{"Exit polling shows that the bridge will close.", quotes.Document},
		{"The column said the bridge would close.", quotes.Document},
		{"Jo Vale's team said the bridge would close.", quotes.Organisation},
		{"Harbor advocacy groups say the bridge will close.", quotes.Organisation},
		{"The crowd chanted “Close the bridge!”", quotes.Anonymous},
		{"Respondents said the bridge would close.", quotes.Anonymous},
		{"Proponents of the new toll say the bridge will close.", quotes.Anonymous},
		// a capitalised German head is no person by its case: a body, a
		// party or an outlet is an organisation, a thing is unknown; a
		// title in the genitive, a person noun or an agent ending is a person
		{"Der Hafenrat der Stadt teilte mit, die Brücke werde geschlossen.", quotes.Organisation},
		{"Nach Angaben der Hafenrundschau wird die Brücke geschlossen.", quotes.Organisation},
		{"Der Bau des Hafens sei ein Fehler, sagte der Landes-VHP.", quotes.Organisation},
		{"Laut dem Hafenprojekt wird die Brücke geschlossen.", quotes.Unknown},
		{"Die Brücke werde geschlossen, sagte der Hausarzt.", quotes.Person},
		{"Laut des Hafenchefs wird die Brücke geschlossen.", quotes.Person},
		{"Die Brücke werde geschlossen, sagte der Abgeordnete Jo Vale von der Hafenpartei.", quotes.Person},
		{"Die Brücke werde geschlossen, hieß es in einer Meldung des Bauprojekts.", quotes.Document},
		// a German name of two words or more that ends in a body noun, in
		// any case, is a body, though its adjective is capitalised too; a
		// surname that ends in one after a given name is a person
		{"Nach Angaben des Blauen Kreuzes wird die Brücke geschlossen.", quotes.Organisation},
		{"Nach Angaben des Nordischen Amtes wird die Brücke geschlossen.", quotes.Organisation},
		{"Der Hafenstädter Senat teilte mit, die Brücke werde geschlossen.", quotes.Organisation},
		{"Der Nordische Wetterdienst teilte mit, die Brücke werde geschlossen.", quotes.Organisation},
		{"Der Hafenmeister Thorvald Weßland teilte mit, die Brücke werde geschlossen.", quotes.Person},
		// German "Kreise" (circles) are unnamed sources: aus Hafenkreisen
		{"Aus Hafenkreisen verlautete, dass die Brücke geschlossen werde.", quotes.Anonymous},
		// people a court or a match reports, bodies a town has, and the
		// record of a meeting: no name, but their kind is known
		{"The defendant told the court the bridge was closed.", quotes.Anonymous},
		{"“Is the bridge closed?” asked one fan outside the ground.", quotes.Anonymous},
		{"“The bridge is closed,” said the referee.", quotes.Anonymous},
		{"The club said the bridge would close.", quotes.Organisation},
		{"The Fenwick Harbour charity said the bridge would close.", quotes.Organisation},
		{"The bridge will close, according to the fire service.", quotes.Organisation},
		{"According to the minutes of the meeting, the bridge will close.", quotes.Document},
		{"Eine Zeugin gab an, die Brücke sei geschlossen gewesen.", quotes.Anonymous},
	}
	x := New()
	for _, tc := range cases {
		if q, ok := onlyQuote(t, x, tc.text); ok && q.SpeakerKind != tc.want {
			t.Errorf("%q: speaker kind %q, want %q", tc.text, q.SpeakerKind, tc.want)
		}
	}
}

// onlyQuote extracts text, which must give exactly one quote.
func onlyQuote(t *testing.T, x *Extractor, text string) (quotes.Quote, bool) {
	t.Helper()
	got := x.Extract(text)
	if len(got) != 1 {
		t.Errorf("%q: got %d quotes, want 1", text, len(got))
		return quotes.Quote{}, false
	}
	return got[0], true
}

// TestRoles checks the role a quote carries from the text: an appositive
// or a title before the name, and no role from an aside that is none.
func TestRoles(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Tom Vale, the city's finance director, said the bridge would close.", "city's finance director"},
		{"Finance Director Tom Vale said the bridge would close.", "Finance Director"},
		// titles of local office are titles too, before a first name the
		// lexicon lacks: the role, not part of the name
		{"Councilwoman Jo Vale said the bridge would close.", "Councilwoman"},
		{"State Treasurer Kofi Arden said the bridge would close.", "State Treasurer"},
		{"Alderman Bram Tolley said the bridge would close.", "Alderman"},
		{"Tom Vale, for his part, said the bridge would close.", ""},
		{"A former aide to the mayor, Tom Vale, said the bridge would close.", "former aide to the mayor"},
		{"In an interview on Radio 5, Tom Vale said the bridge would close.", ""},
		{"Jonas Wendt, der Vorsitzende des Hafenvereins, sagte, der Steg werde geschlossen.", "Vorsitzende des Hafenvereins"},
		{"Jonas Wendt, der den Verein seit 2010 führt, sagte, der Steg werde geschlossen.", ""},
		// a German title compound before the name is the role, not a part
		// of the name, with the adjectives before it
		{"Der hafenstädtische Innenminister Jonas Wendt sagte, der Steg werde geschlossen.", "hafenstädtische Innenminister"},
		{"Werft-Chef Jonas Wendt sagte, der Steg werde geschlossen.", "Werft-Chef"},
		{"Der oppositionelle Abgeordnete Jonas Wendt sagte, der Steg werde geschlossen.", "oppositionelle Abgeordnete"},
		{"Jonas Hadeking sagte, der Steg werde geschlossen.", ""}, // -king is an English title, no German one
		{`"The bridge will close," said Tom Vale, the union's president.`, "union's president"},
		// a dash attribution's appositive that ends the line is the role too
		{`"The bridge will close." — Tom Vale, the union's president`, "union's president"},
		{`"The bridge will close." — Tom Vale, a lawyer for the harbor board.`, "lawyer for the harbor board"},
		{`"The bridge will close," said Tom Vale, a lawyer for the harbor board, on Monday.`, "lawyer for the harbor board"},
		{`"The bridge will close," said Tom Vale, who chairs the board.`, ""},
		{"Tom Vale, however, said the bridge would close.", ""},
		{"According to Tom Vale, the union's president, the bridge will close.", "union's president"},
		{"Tom Vale, a 52-year-old teacher from Fenwick who lost his home in the flood, said the bridge would close.", "52-year-old teacher from Fenwick"},
		{"Tom Vale, a Harbor Party member who voted for the toll, said the bridge would close.", "Harbor Party member"},
		// a person the article describes, not named: the description is
		// the role, as an anonymous source's is
		{"The Fenwick harbor chairman said the bridge would close.", "Fenwick harbor chairman"},
		{"Tom Vale, speaking to reporters, said the bridge would close.", ""},
		// an owner inside the description keeps its possessive
		{"Ms. Vale's aides said the bridge would close.", "Ms. Vale's aides"},
		{"Some Fenwick Democrats said the bridge would close.", "Fenwick Democrats"},
		{"The senator, speaking to reporters, said the bridge would close.", "senator"}, // the description, not the aside
		// an inverted source's appositive with no article: a plain word
		// opens it when a title or a source noun follows, up to a comma
		// that a relative clause comes after; a long one is still a role
		{`"The bridge will close," said Tom Vale, senior vice president of policy at the Harbor Trust, which runs the pier.`, "senior vice president of policy at the Harbor Trust"},
		{`"The bridge will close," said Tom Vale, executive director of the Fenwick Riders Union and a former harbor pilot in Oakdale.`, "executive director of the Fenwick Riders Union and a former harbor pilot in Oakdale"},
		{`"The bridge will close," said Tom Vale, visibly angry at the senator.`, ""},
		{`"The bridge will close," said Tom Vale, speaking to the governor.`, ""},
		{`"The bridge will close," said Tom Vale, a harbor pilot who's worked the ferry for years.`, ""},
		// a surname's particle, a describing word after a or an and an
		// -ly adverb before the name are no role; a title after the is
		{`"The bridge will close," said Mr. de Vaal.`, ""},
		{"A defiant Tom Vale said the bridge would close.", ""},
		{"An angry Vale said the bridge would close.", ""},
		{"But ultimately Vale said the bridge would close.", ""},
		{"The harbor pilot Tom Vale said the bridge would close.", "harbor pilot"},
		// an outlet that owns the name with a possessive is where the
		// person speaks, no role (see the channel in hardCases); another
		// owner stays the role
		{"The Ledger's Tom Vale said the bridge would close.", ""},
		{"Harbor News’ Tom Vale said the bridge would close.", ""},
		{"Fenwick College's Tom Vale said the bridge would close.", "Fenwick College"},
		// a description that names the person named before keeps what it
		// says of her as the role
		{"Governor Ann Lee signed the bill on Monday. The governor said the bridge would close.", "governor"},
		{"Innenminister Jonas Wendt besuchte am Montag den Hafen. Der Innenminister sagte, der Steg werde geschlossen.", "Innenminister"},
		{"A Harbor Party delegate, Tom Vale, said the bridge would close.", "Harbor Party delegate"},
		// a German inverted source's appositive that ends the sentence: a
		// title or source noun opens it, or an article before one; a
		// relative clause is none
		{"„Der Steg wird geschlossen“, erklärte Svenja Rademacher, Sprecherin der Feuerwehr.", "Sprecherin der Feuerwehr"},
		{"Der Steg werde geschlossen, sagte Jannik Overbeck, der Sprecher des Hafenamts.", "Sprecher des Hafenamts"},
		{"„Der Steg wird geschlossen“, sagte Jannik Overbeck, der gestern kam.", ""},
	}
	x := New()
	for _, tc := range cases {
		if q, ok := onlyQuote(t, x, tc.text); ok && q.Role != tc.want {
			t.Errorf("%q: role %q, want %q", tc.text, q.Role, tc.want)
		}
	}
	// a role between the inverted source and the quote that goes on
	// belongs to both halves
	text := `"The bridge will close," said Tom Vale, the union's president, "and the ferry will stop."`
	got := x.Extract(text)
	if len(got) != 2 {
		t.Fatalf("%q: got %d quotes, want 2", text, len(got))
	}
	for _, q := range got {
		if q.Role != "union's president" {
			t.Errorf("%q: role %q, want %q", q.Text, q.Role, "union's president")
		}
	}
}

// TestMixedParts checks the quoted parts listed on a paraphrase: every
// quoted stretch of it, as annotators list them, a word said (a
// "Bolshevik") or a name in marks inside words reported (a "Harbor Line"
// plan, the "Harbor First" camp) alike.
func TestMixedParts(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{`Ann Lee called the mayor a "tyrant" and a "Bolshevik." He left.`, []string{"tyrant", "Bolshevik."}},
		{`Ann Lee called the mayor a "tyrant" over a "Harbor Line" plan.`, []string{"tyrant", "Harbor Line"}},
		{`Jo Vale said the "Harbor First" camp had failed to "reach the crews." He left.`, []string{"Harbor First", "reach the crews."}},
	}
	x := New()
	for _, tc := range cases {
		q, ok := onlyQuote(t, x, tc.text)
		if !ok {
			continue
		}
		r := []rune(tc.text)
		var got []string
		for _, p := range q.Parts {
			got = append(got, string(r[p.Start:p.End]))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: parts %q, want %q", tc.text, got, tc.want)
		}
	}
}
