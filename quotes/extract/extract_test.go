package extract

import (
	"strings"
	"testing"

	"saidwho/quotes"
)

// want describes one quote a case expects; empty fields are not checked.
type want struct {
	text    string // the quote's text, exactly
	kind    quotes.Kind
	mention string
	speaker string
	cue     string
	// addressee and channel, when set, must match; channel "-" wants none
	addressee, channel string
}

// The hard cases of DESIGN.md, with made-up people.
var hardCases = []hardCase{
	{"straight quotes, said after", `"We will build the bridge," said Jane Roe.`,
		[]want{{text: "We will build the bridge,", kind: quotes.Direct, mention: "Jane Roe", speaker: "Jane Roe", cue: "said"}}},
	{"curly quotes, subject before", "Jane Roe said: “We will build the bridge.”",
		[]want{{text: "We will build the bridge.", kind: quotes.Direct, mention: "Jane Roe", cue: "said"}}},
	{"single British quotes", "‘We will not give in,’ the minister, Tomas Vale, said.",
		[]want{{text: "We will not give in,", kind: quotes.Direct, mention: "Tomas Vale"}}},
	{"AP-style double apostrophes", "''The plan is working,'' Ms. Roe said.",
		[]want{{text: "The plan is working,", mention: "Ms. Roe", cue: "said"}}},
	{"guillemets", "«We stay in Brussels», Anna Lind told reporters.",
		[]want{{text: "We stay in Brussels", mention: "Anna Lind", cue: "told"}}},
	{"German marks", "„Wir bauen die Brücke“, sagte Anna Berger.",
		[]want{{text: "Wir bauen die Brücke", mention: "Anna Berger", cue: "sagte"}}},
	{"German: subject after a fronted adverb", "Hier sparte die Vorsitzende Anna Berger nicht mit Kritik: „Die Schritte sind zu klein.“",
		[]want{{text: "Die Schritte sind zu klein.", mention: "die Vorsitzende Anna Berger"}}},
	{"German: named subject after a fronted object", "Die Anwendung der Regel stellte der Vorsitzende Paul Weber in Frage: „Das ist nicht lebensnah.“",
		[]want{{text: "Das ist nicht lebensnah.", mention: "der Vorsitzende Paul Weber"}}},
	{"German: fronted document before heißt es", "In dem Antrag heißt es: „Die Brücke wird gebaut.“",
		[]want{{text: "Die Brücke wird gebaut.", mention: "dem Antrag"}}},
	{"German: wie … erklärte with adverbials", "Wie der Minister Paul Weber am Dienstag in Kassel erklärte, sei die Brücke „kein Hindernis für den Verkehr“.",
		[]want{{text: "sei die Brücke „kein Hindernis für den Verkehr“", kind: quotes.Mixed, mention: "der Minister Paul Weber"},
			{text: "kein Hindernis für den Verkehr", mention: "der Minister Paul Weber"}}},
	{"German: nach with a compound or a statement noun, the words on each side of it", "Ursache war nach Polizeiangaben ein zu geringer Abstand der Fahrzeuge. Nach einer Stellungnahme der Armee befand sich der Hubschrauber auf dem Flug zwischen zwei Basen.",
		[]want{{text: "Ursache war", kind: quotes.Indirect, mention: "Polizeiangaben"}, {text: "ein zu geringer Abstand der Fahrzeuge", kind: quotes.Indirect, mention: "Polizeiangaben"},
			{text: "befand sich der Hubschrauber auf dem Flug zwischen zwei Basen", kind: quotes.Indirect, mention: "der Armee"}}},
	{"German: a genitive subject before a pronoun object; object and quote are no paraphrase", "Der Geschäftsführer des Verbands nannte sie „fahrlässig und kurzsichtig“ und verwies auf eigene Studien.",
		[]want{{text: "fahrlässig und kurzsichtig", kind: quotes.Direct, mention: "Der Geschäftsführer des Verbands"}}},
	{"appositive with a party in parentheses", "Der frühere Bürgermeister, Hans Mustermann (SPD), warnte die Partei vor einem „populistischen Wahlkampf“.",
		[]want{{text: "populistischen Wahlkampf", kind: quotes.Direct, mention: "Hans Mustermann"}}},
	{"a quoted name inside an appositive", `"The river is dying," Jane Roe, a spokeswoman for "Clean Rivers Now", said.`,
		[]want{{text: "The river is dying,", mention: "Jane Roe"}}},
	{"name, party of state, said", `"The mill is closing," Senator Tom Hill, Democrat of Iowa, said at a hearing.`,
		[]want{{text: "The mill is closing,", mention: "Senator Tom Hill", speaker: "Tom Hill"}}},
	{"a nested quote closing on three apostrophes", "''We hear it all the time, 'the valley is a special case,''' Mr. Vale said.",
		[]want{{text: "We hear it all the time, 'the valley is a special case,'", mention: "Mr. Vale"}}},
	{"subject after a fronted clause, coordinated cue", "When asked whom she backed, Ms. Roe smiled and said, \"I'm waiting for Tom Hill to run.\"",
		[]want{{text: "I'm waiting for Tom Hill to run.", mention: "Ms. Roe", speaker: "Roe"}}},
	{"before saying", "On Tuesday, Mr. Hill dodged questions about the bridge before saying, \"It's time to move on.\"",
		[]want{{text: "It's time to move on.", mention: "Mr. Hill", cue: "saying"}}},
	{"a quote with its own cue after a colon lead-in", `Jane Roe said the town had changed: "It is no longer our town," she claimed. "We miss it," Tom Hill said.`,
		[]want{{kind: quotes.Indirect, mention: "Jane Roe"}, {text: "It is no longer our town,", mention: "she", cue: "claimed"}, {text: "We miss it,", mention: "Tom Hill"}}},
	{"a whole utterance after a dash ends the content", `Jane Roe dismissed the toll plan in blunt terms - "It will never work."`,
		[]want{{text: "It will never work.", kind: quotes.Direct, mention: "Jane Roe"}}},
	{"German: als „…“ qualifies, it does not paraphrase", "Der Sprecher Paul Weber wies die neuen Vorwürfe der Opposition als „reine Spekulation“ zurück.",
		[]want{{text: "reine Spekulation", kind: quotes.Direct, mention: "Der Sprecher Paul Weber"}}},
	{"party and state abbreviations keep their periods", `"Let me be clear," Senator Tom Hill, R-Ky., said. "Jane Roe, a teacher from Louisville, Ky., said so too."`,
		[]want{{text: "Let me be clear,", mention: "Senator Tom Hill", speaker: "Tom Hill"}, {text: "Jane Roe, a teacher from Louisville, Ky., said so too.", mention: "Senator Tom Hill"}}},
	{"a title after a hyphen keeps its period", "Tom Devine argued that the gap between Jane Roe and then-Sen. Rob Hill was narrower than now.",
		[]want{{text: "that the gap between Jane Roe and then-Sen. Rob Hill was narrower than now", kind: quotes.Indirect, mention: "Tom Devine"}}},
	{"reported content goes on over a parenthesis or a pair of dashes", "The candidate pointed out that Sen. Ted Marsh (who has 231 votes) must win most of the rest. The Ledger reported that Dan Brock, founder of Fair Record — a pro-Vale group — was planning a campaign.",
		[]want{{text: "that Sen. Ted Marsh (who has 231 votes) must win most of the rest", kind: quotes.Indirect, mention: "The candidate"},
			{text: "that Dan Brock, founder of Fair Record — a pro-Vale group — was planning a campaign", kind: quotes.Indirect, mention: "The Ledger"}}},
	{"a fronted time before a name with its party in parentheses is no appositive", "On Saturday, Sen. Rob Hill (I-Vt.) called on Gov. Tom Vale (R) to resign over the crisis.",
		[]want{{text: "Gov. Tom Vale (R) to resign over the crisis", kind: quotes.Indirect, mention: "Sen. Rob Hill"}}},
	{"a stretch of time or a channel between the source and its cue", "When Ann Lee a month later announced 600 layoffs, workers left. The board less than two weeks ago said the fares would rise. Rob Hill in a blog post said he would run. \"All are invited,\" a welcome message on the website reads.",
		[]want{{text: "600 layoffs", mention: "Ann Lee"}, {text: "the fares would rise", mention: "The board"}, {text: "he would run", mention: "Rob Hill"}, {text: "All are invited,", mention: "a welcome message on the website"}}},
	{"a belief that opens a statement is part of it", "Tom Tanner, an analyst at the institute, said he thinks the campaign has stayed vague. The officials said they believe that the rules were broken.",
		[]want{{text: "he thinks the campaign has stayed vague", mention: "Tom Tanner", cue: "said"}, {text: "they believe that the rules were broken", mention: "The officials", cue: "said"}}},
	{"a cue inside the channel of the cue before it is no frame", "Tom Vale, a former mayor of Lakeside, said in one of a series of Twitter messages that the truck was carrying arms.",
		[]want{{text: "that the truck was carrying arms", mention: "Tom Vale", cue: "said"}}},
	{"a participle after nested content is the outer source's", "Union officials said the email referred to the support Jane Roe has shown for families, adding that members felt energized.",
		[]want{{text: "the email referred to the support Jane Roe has shown for families", mention: "Union officials"}, {text: "that members felt energized", mention: "Union officials", cue: "adding"}}},
	{"a participle's source after two fronted phrases", "On Thursday, after staying neutral, Jane Roe endorsed Tom Hill, saying, \"He is exactly what this town needs.\"",
		[]want{{text: "He is exactly what this town needs.", mention: "Jane Roe", cue: "saying"}}},
	{"content after an aside closed by a comma and that; content that opens with no", "Jane Roe says at a stop in Toledo, Ohio, that the plan means Tom Hill never paid taxes. Rob Lewin, a rival, said on a talk show, where he is now a guest, that Hill should be held to account. A lawyer for the papers, Dan Shultz, said no decision had been made.",
		[]want{{text: "that the plan means Tom Hill never paid taxes", mention: "Jane Roe"}, {text: "that Hill should be held to account", mention: "Rob Lewin"}, {text: "no decision had been made", mention: "Dan Shultz"}}},
	{"the object of a cue of the content class is what was said when no content follows it", "Tom Hill promised a closer tie with the council, if elected, starting with a meeting. Jane Roe promised voters that taxes would fall.",
		[]want{{text: "a closer tie with the council, if elected", mention: "Tom Hill", addressee: ""}, {text: "that taxes would fall", mention: "Jane Roe", addressee: "voters"}}},
	{"a title-case headline has its cue and clause, a list of names has none", "Lakeside County Says Vale Should Win Party Nomination\n\nMembers: Ann Lee, Christopher Rants, Tom Hill, Jane Roe.\n\nValley State University's Jane Roe agreed.",
		[]want{{text: "Vale Should Win Party Nomination", kind: quotes.Indirect, mention: "Lakeside County", cue: "Says"}}},
	{"an object ends before the source's next verb after but; a cue after of is a participle", "Jane Roe praised Tom Hill for pursuing the case but stopped short of calling for a recount.",
		[]want{{text: "Tom Hill for pursuing the case", mention: "Jane Roe", cue: "praised"}, {text: "a recount", mention: "Jane Roe", cue: "calling for"}}},
	{"a sentence that closes with according to is its content", "About 9.9 million single mothers live in the county, according to federal statistics. Late Sunday, Jane Roe won the primary in Lakeside, according to early returns.",
		[]want{{text: "About 9.9 million single mothers live in the county", mention: "federal statistics"}, {text: "Jane Roe won the primary in Lakeside", mention: "early returns"}}},
	{"a name after a kind of work or a tells cue is a title", "She became a voice for reform after a shooting at a screening of her film, \"Trainwreck.\" \"We will win,\" Tom Hill told \"Fox and Friends\" on Monday.",
		[]want{{text: "We will win,", mention: "Tom Hill"}}},
	{"no longer between a pronoun and its belief", "Tom Hill said on Sunday that he no longer believed Jane Roe had a path to victory. She no longer thinks the bridge will open.",
		[]want{{text: "that he no longer believed Jane Roe had a path to victory", mention: "Tom Hill", cue: "said"}, {text: "the bridge will open", mention: "She", cue: "thinks"}}},
	{"according to after a quote's attribution is its channel, not a second source", "\"We will build it,\" Tom Hill said on Monday, according to the Valley Post.",
		[]want{{text: "We will build it,", mention: "Tom Hill", cue: "said", channel: "the Valley Post"}}},
	{"a yes or a no is what was said; No. is an abbreviation only before a number", "Most voters said yes, compared with a few who said no. Tom Hill said No. 5 bridge would close.",
		[]want{{text: "yes", kind: quotes.Indirect, mention: "Most voters"}, {text: "no", kind: quotes.Indirect, mention: "who"}, {text: "No. 5 bridge would close", mention: "Tom Hill"}}},
	{"a dotted abbreviation can end a sentence", "Jane Roe said the plant would stay in the U.S. The union said it would strike.",
		[]want{{text: "the plant would stay in the U.S.", mention: "Jane Roe"}, {text: "it would strike", mention: "The union"}}},
	{"a letter to someone is one source; at the time between source and cue", "Jane Roe's email to her supporters notes that the vote is close. Tom Hill at the time said he would pay the fees.",
		[]want{{text: "that the vote is close", mention: "Jane Roe's email to her supporters"}, {text: "he would pay the fees", mention: "Tom Hill"}}},
	{"called after an indefinite thing names it", "His campaign paid to broadcast a short film called \"Our Families\" on the channel. A spokesman called the film \"a fine piece of work.\"",
		[]want{{text: "the film \"a fine piece of work.\"", kind: quotes.Mixed, mention: "A spokesman"}}},
	{"called on after an indefinite group still reports", "An advocacy group called on the mayor to resign.",
		[]want{{text: "the mayor to resign", mention: "An advocacy group", cue: "called on"}}},
	{"a restrictive relative clause between the source and its cue; who stands for the name before it", "Officials who spoke on condition of anonymity said the plan would fail. Senate leader Harry Reed, who called on Tom Hill to quit the race, said the party would win.",
		[]want{{text: "the plan would fail", mention: "Officials"}, {text: "Tom Hill to quit the race", mention: "who", speaker: "Harry Reed"}, {text: "the party would win", mention: "Senate leader Harry Reed"}}},
	{"they stands for the last group that spoke", "Officials said the plan would fail. They added that the bridge was safe.",
		[]want{{text: "the plan would fail", mention: "Officials"}, {text: "that the bridge was safe", mention: "They", speaker: "Officials"}}},
	{"two names joined by and are one source, and they", "Tom Hill and Jane Roe said the vote was close. They said they would wait.",
		[]want{{text: "the vote was close", speaker: "Tom Hill and Jane Roe"}, {text: "they would wait", speaker: "Tom Hill and Jane Roe"}}},
	{"asked by someone names the asker; quoted as saying", "When asked by a reporter whether the toll would rise, Tom Hill said it was too early to tell. Ann Lee is quoted as saying that the union would strike.",
		[]want{{text: "whether the toll would rise", mention: "a reporter", cue: "asked"}, {text: "it was too early to tell", mention: "Tom Hill"}, {text: "that the union would strike", mention: "Ann Lee", cue: "saying"}}},
	{"a participle phrase between commas after the source gives no role", "The senator, speaking to reporters after the vote, said the bill \"goes too far.\"",
		[]want{{text: "the bill \"goes too far.\"", kind: quotes.Mixed, mention: "The senator"}}},
	{"a news outlet told or spoken on is the channel; for his part is no role", "Tom Vale told CNN on Tuesday that the campaign had raised $4 million. Tom Hill said Sunday on CNN that he would run. Hill, for his part, insisted that nothing had changed.",
		[]want{{text: "that the campaign had raised $4 million", mention: "Tom Vale", addressee: "CNN", channel: "CNN"}, {text: "that he would run", mention: "Tom Hill", channel: "CNN"}, {text: "that nothing had changed", mention: "Hill", channel: "-"}}},
	{"a fronted asked question ends at its comma", "Asked whether she would run again, Jane Roe smiled.",
		[]want{{text: "whether she would run again", kind: quotes.Indirect, cue: "Asked"}}},
	{"a prepositional or past-participle phrase between commas after a source", "The company, in a filing with regulators, said profits fell 12 percent. The letter, signed by 40 lawmakers, urges the agency to reconsider.",
		[]want{{text: "profits fell 12 percent", mention: "The company"}, {text: "the agency to reconsider", mention: "The letter", cue: "urges"}}},
	{"a city and its state inside an appositive", `Jane Roe, a teacher from Louisville, Ky., said the bridge "will never open."`,
		[]want{{kind: quotes.Mixed, mention: "Jane Roe"}}},
	{"a cue sentence without words leads to the quote after it", "\"It is too late,\" said Tom Hill.\n\nValley State University's Jane Roe agreed. \"The bridge should have opened years ago.\"",
		[]want{{text: "It is too late,", mention: "Tom Hill"}, {text: "The bridge should have opened years ago.", mention: "Valley State University's Jane Roe", speaker: "Jane Roe"}}},
	{"a colon lead-in by a described name", "17-year-old Ann Lee echoed:\n\n\"He speaks his mind.\"",
		[]want{{text: "He speaks his mind.", mention: "17-year-old Ann Lee", speaker: "Ann Lee"}}},
	{"quote over paragraphs", "Jane Roe said:\n\n\"The first part runs on.\n\n\"The second part ends here.\"",
		[]want{{text: "The first part runs on.", mention: "Jane Roe"}, {text: "The second part ends here.", mention: "Jane Roe"}}},
	{"nested quote of the other kind", `"He told me 'never again' last week," Jane Roe said.`,
		[]want{{text: "He told me 'never again' last week,", mention: "Jane Roe"}}},
	{"apostrophes are not quote marks", `"We don't rebuild the '90s or Jones' barn," said Tomas Vale.`,
		[]want{{text: "We don't rebuild the '90s or Jones' barn,", mention: "Tomas Vale"}}},
	{"unclosed quote ends with its paragraph", "Jane Roe said: \"We will win this\n\nThe count starts today.",
		[]want{{text: "We will win this", mention: "Jane Roe"}}},
	{"split quote", `"We will build it," Jane Roe said. "And we will pay for it."`,
		[]want{{text: "We will build it,", mention: "Jane Roe"}, {text: "And we will pay for it.", mention: "Jane Roe"}}},
	{"colon lead-in on the line before", "Mayor Tomas Vale was blunt:\n\n\"The bridge is closed until spring.\"",
		[]want{{text: "The bridge is closed until spring.", mention: "Mayor Tomas Vale", speaker: "Tomas Vale"}}},
	{"dash attribution", "\"Build the bridge now.\" — Jane Roe",
		[]want{{text: "Build the bridge now.", mention: "Jane Roe", cue: "—"}}},
	{"appositive", `"The water is safe," Hugh Hill, a doctor at the clinic, said.`,
		[]want{{text: "The water is safe,", mention: "Hugh Hill", speaker: "Hugh Hill"}}},
	{"he added resolves the pronoun", "Tomas Vale, the mayor, spoke first. \"We are ready,\" Vale said. \"We have waited long enough,\" he added.",
		[]want{{text: "We are ready,", mention: "Vale", speaker: "Tomas Vale"}, {text: "We have waited long enough,", mention: "he", speaker: "Tomas Vale", cue: "added"}}},
	{"she went on", `"It is late," Jane Roe said. She went on: "But not too late."`,
		[]want{{text: "It is late,"}, {text: "But not too late.", mention: "She", speaker: "Jane Roe", cue: "went on"}}},
	{"according to", `According to the council, "the bridge will open in May."`,
		[]want{{text: "the bridge will open in May.", mention: "the council", cue: "According to"}}},
	{"said in a statement", `"We regret the delay," the company said in a statement.`,
		[]want{{text: "We regret the delay,", mention: "the company", cue: "said"}}},
	{"the official resolves to the earlier description", `"Talks went well," a senior Ruritanian official said. "We expect a deal," the official added.`,
		[]want{{speaker: "senior Ruritanian official"}, {mention: "the official", speaker: "senior Ruritanian official"}}},
	{"partial quote is mixed", `Jane Roe said the bridge was "safe and sound" after the storm.`,
		[]want{{kind: quotes.Mixed, mention: "Jane Roe"}}},
	{"scare quotes and titles are not statements", `Fans of the "Wagner group" band watched "Saturday Night Live" on Sunday.`,
		nil},
	{"names after so-called and in hyphen compounds are not statements", `Jane Roe, the "Blue Ribbon"-backed mayor, backed the so-called "plan for a cleaner river" on Sunday.`,
		nil},
	{"German: Motto and compounds name things", "Die Gruppe wurde im Mai gegründet und hat ihren Sitz in der Stadt.\n\nDie „Morgenpost“-Redaktion sprach mit Anna Berger. Die Gruppe, die sich vor allem um ältere Menschen kümmert (Motto: „Wir übernehmen hier Verantwortung“), wuchs im letzten Jahr stark.",
		nil},
	{"a show's name keeps its period inside the marks", `"We will win," Jane Roe said on "Morning Talk."`,
		[]want{{text: "We will win,", mention: "Jane Roe"}}},
	{"German: a name in parentheses", "Die Wahl fand am Sonntag statt und verlief nach Angaben der Beobachter ruhig.\n\nDie führende Oppositionspartei („Demokraten“) hat inzwischen erklärt, sie werde gegen das Ergebnis klagen.",
		[]want{{text: "Die Wahl fand am Sonntag statt und verlief", kind: quotes.Indirect, mention: "der Beobachter"}, {text: "sie werde gegen das Ergebnis klagen", kind: quotes.Indirect}}},
	{"transcript label", "The hearing went on:\n\n\"ROE: We will build the bridge.\"",
		[]want{{text: "We will build the bridge.", mention: "ROE"}}},
	{"reported speech", "Jane Roe said the bridge would open in May.",
		[]want{{text: "the bridge would open in May", kind: quotes.Indirect, mention: "Jane Roe"}}},
	{"reported speech, source after", "The bridge will open in May, the council said.",
		[]want{{text: "The bridge will open in May", kind: quotes.Indirect, mention: "the council"}}},
	{"reported speech keeps its that", "Jane Roe said that the bridge would open in May.",
		[]want{{text: "that the bridge would open in May", kind: quotes.Indirect, mention: "Jane Roe"}}},
	{"a source between commas splits the content in two", "The goal, Jane Roe said, is to open the bridge by May.",
		[]want{{text: "The goal", kind: quotes.Indirect, mention: "Jane Roe"}, {text: "is to open the bridge by May", kind: quotes.Indirect, mention: "Jane Roe"}}},
	{"an aside that tells how it was said is no content", "Sales were slow, Tom Hill said, wiping his face.",
		[]want{{text: "Sales were slow", kind: quotes.Indirect, mention: "Tom Hill"}}},
	{"content before the source holds a cue of its own", "Those talks are continuing, Tom Hill said. The toll, which Ms. Roe hoped to lower, will rise in May, the council said.",
		[]want{{text: "Those talks are continuing", kind: quotes.Indirect, mention: "Tom Hill"}, {text: "The toll, which Ms. Roe hoped to lower, will rise in May", kind: quotes.Indirect, mention: "the council"}}},
	{"according to a source with modifiers, then the content", "According to early results of the polls conducted for the Valley Times, most voters would back a new bridge.",
		[]want{{text: "most voters would back a new bridge", kind: quotes.Indirect, mention: "early results", cue: "According to"}}},
	{"content before according to that starts with there", "There are fewer ferries than there were a decade ago, according to the Valley Ferry Board.",
		[]want{{text: "There are fewer ferries than there were a decade ago", kind: quotes.Indirect, mention: "the Valley Ferry Board"}}},
	{"according to between commas", "Fundraising, according to the campaign, has surged since May.",
		[]want{{text: "Fundraising", kind: quotes.Indirect}, {text: "has surged since May", kind: quotes.Indirect, mention: "the campaign"}}},
	{"content before its source may open with but, about or if", "But the mayor changed course, a source said. About 270 families have moved, officials said. If the state paid, the towns would save, Tom Hill said.",
		[]want{{text: "But the mayor changed course", mention: "a source"}, {text: "About 270 families have moved", mention: "officials"}, {text: "If the state paid, the towns would save", mention: "Tom Hill"}}},
	{"a fronted phrase before the source is no content", "In a July interview with the Valley Times, Jane Roe said:\n\n\"We will win.\"",
		[]want{{text: "We will win.", mention: "Jane Roe"}}},
	{"reported speech may open with if", "Tom Hill said if elected he would open the bridge.",
		[]want{{text: "if elected he would open the bridge", kind: quotes.Indirect, mention: "Tom Hill"}}},
	{"a source whose relative clause has a cue of its own", "Mr. Hill, who estimated that a third of the workers backed Ms. Roe, said he voted for her twice.",
		[]want{{text: "that a third of the workers backed Ms. Roe", kind: quotes.Indirect, mention: "who"}, {text: "he voted for her twice", kind: quotes.Indirect, mention: "Mr. Hill"}}},
	{"a cue that takes an object or a clause, with a clause", "The Valley Post reports the talks have failed. Polls suggest it would pass. A survey found that most riders want a new bridge.",
		[]want{{text: "the talks have failed", kind: quotes.Indirect, mention: "The Valley Post"}, {text: "it would pass", kind: quotes.Indirect, mention: "Polls"},
			{text: "that most riders want a new bridge", kind: quotes.Indirect, mention: "A survey"}}},
	{"a cue that takes an object or a clause, with an object", "The council explained its reasoning. Mayor Tom Hill found himself in trouble after the vote.",
		nil},
	{"a cue whose object is what was said", "Mayor Tom Hill vowed to reopen the bridge. The council called for a new vote. Ms. Roe denied the claims.",
		[]want{{text: "to reopen the bridge", kind: quotes.Indirect, mention: "Mayor Tom Hill", cue: "vowed"}, {text: "a new vote", kind: quotes.Indirect, mention: "The council", cue: "called for"},
			{text: "the claims", kind: quotes.Indirect, mention: "Ms. Roe", cue: "denied"}}},
	{"counted subjects and a subject with a parenthesis", "The two said they would stay. Two in three said they backed the plan. Rep. Tom Hill (Iowa), a member of the panel, said he would vote against it. A court filing filed Thursday says that the toll will rise.",
		[]want{{text: "they would stay", mention: "The two"}, {text: "they backed the plan", mention: "Two in three"}, {text: "he would vote against it", mention: "Rep. Tom Hill"}, {text: "that the toll will rise", mention: "A court filing"}}},
	{"German: content before so and an inverted source", "Allerdings gebe es auch schädliche Mittel, so die Studie. Pro Person stehe nur ein Liter Wasser zur Verfügung, sagte Anna Berger dem Sender „Radio Nord“. Oftmals habe der Mann vor der Tür gewartet, so Berger, die Anwältin der Familie.",
		[]want{{text: "Allerdings gebe es auch schädliche Mittel", kind: quotes.Indirect, mention: "die Studie"}, {text: "Pro Person stehe nur ein Liter Wasser zur Verfügung", kind: quotes.Indirect, mention: "Anna Berger"},
			{text: "Oftmals habe der Mann vor der Tür gewartet", kind: quotes.Indirect, mention: "Berger"}}},
	{"German: a subject with its relative clause is no content", "Auch die größte Bank, die seit 2002 an der Börse ist, kündigte Stellenstreichungen an.",
		nil},
	{"content before an according-to source that runs on", "Including early votes, Ms. Roe now has a lead of 723 votes, according to a count by the Valley Times.",
		[]want{{text: "Including early votes, Ms. Roe now has a lead of 723 votes", kind: quotes.Indirect, mention: "a count", cue: "according to"}}},
	{"reported questions after a cue of speech", "Ms. Roe explained how the toll would work. Tom Hill questioned whether the bridge was safe.",
		[]want{{text: "how the toll would work", kind: quotes.Indirect, mention: "Ms. Roe"}, {text: "whether the bridge was safe", kind: quotes.Indirect, mention: "Tom Hill"}}},
	{"a participle's source after a fronted phrase", "In May, a district judge sided with the town, saying the toll was void. Before the vote, Police Chief Tom Hill lobbied the council, saying the bridge was unsafe.",
		[]want{{text: "the toll was void", mention: "a district judge"}, {text: "the bridge was unsafe", mention: "Police Chief Tom Hill"}}},
	{"a time phrase between the source and its cue", "The Valley Ferry Board this week announced that fares would rise.",
		[]want{{text: "that fares would rise", mention: "The Valley Ferry Board"}}},
	{"reported content goes on over including, from, despite and with after a comma", "Tom Hill said the toll would rise, including for trucks. Ms. Roe said she would stay, despite the vote. Tom Hill said the bridge was safe, with its cables checked in May.",
		[]want{{text: "the toll would rise, including for trucks", kind: quotes.Indirect, mention: "Tom Hill"}, {text: "she would stay, despite the vote", kind: quotes.Indirect, mention: "Ms. Roe"},
			{text: "the bridge was safe, with its cables checked in May", kind: quotes.Indirect, mention: "Tom Hill"}}},
	{"reported speech inside reported speech is the outer source's statement", "Tom Hill said the mayor believed the bridge was safe. Ms. Roe noted that the council has vowed to cut the toll.",
		[]want{{text: "the mayor believed the bridge was safe", kind: quotes.Indirect, mention: "Tom Hill"}, {text: "that the council has vowed to cut the toll", kind: quotes.Indirect, mention: "Ms. Roe"}}},
	{"a paraphrase runs on over as and when after its quote, but not into a clause that as opens", `Tom Hill said the mayor treats the "broken promises" as a joke. Ms. Roe said the bridge was "the gold standard" when she was mayor. Ms. Roe said the toll was "a burden" as she put it.`,
		[]want{{text: `the mayor treats the "broken promises" as a joke`, kind: quotes.Mixed}, {text: `the bridge was "the gold standard" when she was mayor`, kind: quotes.Mixed}, {text: `the toll was "a burden"`, kind: quotes.Mixed}}},
	{"reported content goes on over but before a modal, after not, or before a second that clause", "Tom Hill said the toll would rise, but would fall in May. Ms. Roe said she backs the plan, but not the mayor. Ms. Roe said she backs the plan, but Tom Hill left. Tom Hill said that the toll would rise, but that the trucks would pay it. Tom Hill said that the toll would rise, but that was wrong.",
		[]want{{text: "the toll would rise, but would fall in May", kind: quotes.Indirect}, {text: "she backs the plan, but not the mayor", kind: quotes.Indirect}, {text: "she backs the plan", kind: quotes.Indirect},
			{text: "that the toll would rise, but that the trucks would pay it", kind: quotes.Indirect}, {text: "that the toll would rise", kind: quotes.Indirect}}},
	{"whom a cue asks to act is content", "Tom Hill urged the board to raise the toll. Ms. Roe asked them to support another candidate.",
		[]want{{text: "the board to raise the toll", kind: quotes.Indirect, mention: "Tom Hill", cue: "urged"}, {text: "them to support another candidate", kind: quotes.Indirect, mention: "Ms. Roe"}}},
	{"a paraphrase runs on over a nested frame, unless that frame has quotes of its own", `Tom Hill said the mayor was "absolutely right" when he said the toll was too high. About 30 percent said "very likely" and 14 percent said "not at all likely."`,
		[]want{{text: `the mayor was "absolutely right" when he said the toll was too high`, kind: quotes.Mixed, mention: "Tom Hill"}, {text: "very likely", mention: "30 percent"}, {text: "not at all likely.", mention: "14 percent"}}},
	{"a belief joined by and in reported content goes on with it", "Tom Hill said he was tired of the delays and wanted a new bridge. Ms. Roe smiled and thought the toll would fall.",
		[]want{{text: "he was tired of the delays and wanted a new bridge", kind: quotes.Indirect, mention: "Tom Hill"}, {text: "the toll would fall", kind: quotes.Indirect, mention: "Ms. Roe"}}},
	{"reported content after that goes on over the comma that closes a fronted phrase", "Tom Hill said that despite the vote, the toll would rise. Ms. Roe said that as mayor, she would lower the toll. Ms. Roe said that the toll would rise, the mayor said.",
		[]want{{text: "that despite the vote, the toll would rise", kind: quotes.Indirect, mention: "Tom Hill"}, {text: "that as mayor, she would lower the toll", kind: quotes.Indirect, mention: "Ms. Roe"},
			{text: "Ms. Roe said that the toll would rise", kind: quotes.Indirect, mention: "the mayor"}}},
	{"an appositive or a participle in the subject of reported content before a past tense", "The paper reported that Tom Hill, the board's vice chairman, joined the council last week. Tom Hill said young voters, numbering 75 million, outnumbered the old.",
		[]want{{text: "that Tom Hill, the board's vice chairman, joined the council last week", kind: quotes.Indirect, mention: "The paper"}, {text: "young voters, numbering 75 million, outnumbered the old", kind: quotes.Indirect, mention: "Tom Hill"}}},
	{"a frame in the main clause after a fronted conditional is nested in the content", "Tom Hill said that if the toll were a stock, he would advise buying it. Asked if the bridge was safe, Ms. Roe said it was.",
		[]want{{text: "that if the toll were a stock, he would advise buying it", kind: quotes.Indirect, mention: "Tom Hill"}, {text: "if the bridge was safe", kind: quotes.Indirect, cue: "Asked"}, {text: "it was", kind: quotes.Indirect, mention: "Ms. Roe"}}},
	{"a capitalised cue word in an according-to source is a name", "According to a poll conducted for the Valley Press and local radio, Ms. Roe leads by ten points.",
		[]want{{text: "Ms. Roe leads by ten points", kind: quotes.Indirect, mention: "a poll", cue: "According to"}}},
	{"reported content goes on over a dash that opens an elaboration, not over one that opens a clause", "Tom Hill said the toll would rise — a rise of ten percent over last year. Ms. Roe said the toll would rise — and the mayor left. Tom Hill said the toll would rise — even, perhaps, twice.",
		[]want{{text: "the toll would rise — a rise of ten percent over last year", kind: quotes.Indirect}, {text: "the toll would rise", kind: quotes.Indirect}, {text: "the toll would rise", kind: quotes.Indirect}}},
	{"a paraphrase goes on over a comma after its last quote as reported speech does", `Ms. Roe said the toll "still hurts too much" in Lakeside, including for trucks. Tom Hill said the plan was "a mess" for the town, and that the mayor knew it. Ms. Roe said the bridge was "safe enough" for now, but did not say how long. Tom Hill said the toll was "a burden," with trucks paying most.`,
		[]want{{text: `the toll "still hurts too much" in Lakeside, including for trucks`, kind: quotes.Mixed}, {text: `the plan was "a mess" for the town, and that the mayor knew it`, kind: quotes.Mixed},
			{text: `the bridge was "safe enough" for now`, kind: quotes.Mixed}, {text: `the toll was "a burden," with trucks paying most`, kind: quotes.Mixed}}},
	{"a clause with its own subject after ', and' ends content that that introduced", "Tom Hill said that the toll would rise, and the mayor walked out. Ms. Roe said that the toll would rise, and that trucks would pay. Tom Hill said the toll would rise, and most drivers know it.",
		[]want{{text: "that the toll would rise", kind: quotes.Indirect}, {text: "that the toll would rise, and that trucks would pay", kind: quotes.Indirect}, {text: "the toll would rise, and most drivers know it", kind: quotes.Indirect}}},
	{"a comma inside the subject of reported content", "The campaign said that Tom Hill, whose son was hurt in the crash, will attend the hearing.",
		[]want{{text: "that Tom Hill, whose son was hurt in the crash, will attend the hearing", mention: "The campaign"}}},
	{"German: a perfect with its auxiliary, and a cue verb with a linking e", "Der Minister Paul Weber hat am Montag gesagt, die Brücke werde im Mai eröffnet. Die Sprecherin Anna Berger bezeichnete die Pläne als „unsinnig“.",
		[]want{{text: "die Brücke werde im Mai eröffnet", kind: quotes.Indirect, mention: "Der Minister Paul Weber", cue: "gesagt"}, {text: "unsinnig", kind: quotes.Direct, mention: "Die Sprecherin Anna Berger", cue: "bezeichnete"}}},
	{"German: a relative clause after the cue is no content", "Der Anwalt Paul Weber hatte vor Gericht einen Mann verteidigt, der wegen Diebstahls angeklagt war.",
		nil},
	{"a paraphrase runs on after its quote to the end of the clause", `Jane Roe said he is "a unifier" who plans to end the feud, and left.`,
		[]want{{text: `he is "a unifier" who plans to end the feud`, kind: quotes.Mixed, mention: "Jane Roe"}}},
	{"a capitalised word before a first name is no part of the name", "The Leader of the Year Barack Lee said the bridge would open. Maybe Hill said the toll would rise.",
		[]want{{text: "the bridge would open", speaker: "Barack Lee"}, {text: "the toll would rise", speaker: "Hill"}}},
	{"she does not resolve to the last man named", `Mr. Tom Hill spoke first. "We are ready," she said.`,
		[]want{{text: "We are ready,", mention: "she", speaker: "she"}}},
	{"a sentence-opening according-to gives its clause whatever it opens with", "According to a recent poll, 91 percent of riders have an unfavorable view of the toll. But according to reports emerging in the press, he could not win them. Since last May, according to the Valley Ferry Board, ferries have carried fewer people. According to the schedule published Monday, Ms. Roe is set to speak.",
		[]want{{text: "91 percent of riders have an unfavorable view of the toll", mention: "a recent poll"}, {text: "he could not win them", mention: "reports emerging"},
			{text: "Since last May", mention: "the Valley Ferry Board"}, {text: "ferries have carried fewer people", mention: "the Valley Ferry Board"}, {text: "Ms. Roe is set to speak", mention: "the schedule"}}},
	{"German: the subjunctive goes on a report a few sentences back", "Die Sprecherin Anna Berger sagte, die Brücke werde im Mai eröffnet. Die Stadt plant seit Jahren. Die Kosten stiegen stark. Der Verkehr sei dann schneller.",
		[]want{{text: "die Brücke werde im Mai eröffnet", mention: "Die Sprecherin Anna Berger"}, {text: "Der Verkehr sei dann schneller", mention: "Die Sprecherin Anna Berger"}}},
	{"a connective before a source between commas is content too", "Instead, Jane Roe said, the council raised the toll.",
		[]want{{text: "Instead", kind: quotes.Indirect}, {text: "the council raised the toll", kind: quotes.Indirect, mention: "Jane Roe"}}},
	{"a source with an aside in dashes or a parenthesis in its appositive", "The justice -- who has been in a feud with Mr. Hill -- said she regretted her remarks. Tom Lee, whose study was paid for by the Valley Fund (VF), said he would stay.",
		[]want{{text: "she regretted her remarks", mention: "The justice"}, {text: "he would stay", mention: "Tom Lee"}}},
	{"the words before a relative source, or before an infinitive, are no content", "The council, which reported a loss last year, will meet. Given the poll numbers, the mayor might want to resign.",
		nil},
	{"a modal between the source and its cue", "The council might say the toll would rise.",
		[]want{{text: "the toll would rise", mention: "The council"}}},
	{"a time phrase after the cue", "Tom Hill said this week that the toll would rise.",
		[]want{{text: "that the toll would rise", mention: "Tom Hill"}}},
	{"German: an appositive after an inverted source is no content, an infinitive is", "Das bestätigte der Sprecher der Stadt, Paul Weber. Zudem kündigte der Sprecher an, die Schalter zu schließen.",
		[]want{{text: "die Schalter zu schließen", kind: quotes.Indirect, mention: "der Sprecher"}}},
	{"German: a label before a colon is no speaker of reported speech", "Die zentralen Aussagen sind:\n\nBildung: Die Partei will die Universitäten fördern.",
		nil},
	{"German: an appositive after a nach-Angaben source is no content", "Das Gesetz verstößt nach Ansicht des Generalanwalts, Paul Weber, gegen das Recht.",
		[]want{{text: "Das Gesetz verstößt", kind: quotes.Indirect}}},
	{"German: a relative clause before an inverted source is no content", "In dieser Resolution, die vom Rat angenommen wurde, heißt es, der Krieg müsse enden.",
		[]want{{text: "der Krieg müsse enden", kind: quotes.Indirect}}},
	{"an asked question with no asker named", "Asked whether the bridge would open, Tom Hill said it would.",
		[]want{{text: "whether the bridge would open", kind: quotes.Indirect, mention: "", cue: "Asked"}, {text: "it would", kind: quotes.Indirect, mention: "Tom Hill"}}},
	{"an adverbial phrase between the source and its cue", "Critics have in particular noted that the toll would rise. The mayor has outright denied that the bridge is unsafe.",
		[]want{{text: "that the toll would rise", mention: "Critics"}, {text: "that the bridge is unsafe", mention: "The mayor"}}},
	{"an age and a long parenthesis in the source; with X saying", "Jacob Lee, 24, who was visiting the town from Ohio, told me this week that he could not remember his password. Sen. Tom Hill (a Valley Democrat so young he has been mistaken for a junior staffer) says he was unfocused. Ms. Roe gained ground, with 30 percent of riders saying they back her.",
		[]want{{text: "that he could not remember his password", mention: "Jacob Lee"}, {text: "he was unfocused", mention: "Sen. Tom Hill"}, {text: "they back her", mention: "riders"}}},
	{"German: a quote of words after an article is no name", "Der Minister Paul Weber charakterisierte das Opfer als ein „Beispiel taktlosen Verhaltens“.",
		[]want{{text: "Beispiel taktlosen Verhaltens", kind: quotes.Direct, mention: "Der Minister Paul Weber"}}},
	{"German: an adjective after an article is not the verb the subject follows", "Zur Lage des Vereins und seiner neuen Aufgabe wird Paul Weber wie folgt zitiert: „Wir haben viel vor.“",
		[]want{{text: "Wir haben viel vor.", mention: "Paul Weber"}}},
	{"German: an adverb before the subject", "Auch der frühere Schiedsrichter Paul Weber kritisierte, der Spanier habe „nicht die richtige Linie gefunden“.",
		[]want{{kind: quotes.Mixed, mention: "der frühere Schiedsrichter Paul Weber"}, {text: "nicht die richtige Linie gefunden", mention: "der frühere Schiedsrichter Paul Weber"}}},
	{"German: so before an inverted cue", "Die Kosten sollen „durch mehr Effizienz“ sinken, so heißt es in einer Erklärung des Betriebsrates.",
		[]want{{kind: quotes.Mixed, mention: "einer Erklärung des Betriebsrates"}, {text: "durch mehr Effizienz", mention: "einer Erklärung des Betriebsrates"}}},
	{"reported content runs on through a relative clause before its verb, and past a conditional's comma", "The paper said that the trusts, which include a firm in Vaduz, are still under his control. Tom Hill said if Ms. Roe is elected, she will raise the toll.",
		[]want{{text: "that the trusts, which include a firm in Vaduz, are still under his control", mention: "The paper"}, {text: "if Ms. Roe is elected, she will raise the toll", mention: "Tom Hill"}}},
	{"reported content ends before a comparison", "Some 45 percent of riders said the toll was fair compared with 30 percent last year.",
		[]want{{text: "the toll was fair"}}},
	{"her office is not the office of the last man or organisation named", "The Valley Ferry Board met with Tom Hill. Her office said the fares would rise.",
		[]want{{text: "the fares would rise", speaker: "her office"}}},
	{"a name that opens with a first name keeps its middle name", "James Andrew Hill said the bridge would open.",
		[]want{{text: "the bridge would open", speaker: "James Andrew Hill"}}},
	{"English so is no cue", "The mill worked so well in Iowa that it would open in Ohio next year, Tom Hill said.",
		[]want{{text: "The mill worked so well in Iowa that it would open in Ohio next year", kind: quotes.Indirect, mention: "Tom Hill"}}},
	{"an adverbial after the cue, without that", "Tom Hill said on Tuesday the bridge would open. Ms. Roe told reporters in Ohio she would run. The board said in a statement its members were divided.",
		[]want{{text: "the bridge would open", mention: "Tom Hill", channel: "-"}, {text: "she would run", mention: "Ms. Roe", addressee: "reporters"}, {text: "its members were divided", mention: "The board", channel: "a statement"}}},
	{"an adverbial clause after the cue is no content", "Ms. Roe spoke at the meeting because she was asked to.",
		nil},
	{"a time, both, a share or upon between the source and its cue", "Two ferry boards on Monday asked the city to review the fares. Two papers both reported that the toll would rise. Some 47% say the bridge is safe. Tom Hill called upon Mayor Jan Roe to resign.",
		[]want{{text: "the city to review the fares", mention: "Two ferry boards", addressee: "the city"}, {text: "that the toll would rise", mention: "Two papers"}, {text: "the bridge is safe", mention: "Some 47%"}, {text: "Mayor Jan Roe to resign", mention: "Tom Hill"}}},
	{"an s-form cue that opens the content is a noun", "He said states like Iowa will vote first.",
		[]want{{text: "states like Iowa will vote first", mention: "He"}}},
	{"a relative or temporal clause between a described source and its cue; a surname that is a time word", "The official, who spoke on condition of anonymity, said the fares would rise. The board's office, when reached by phone, said the ferry was late. Rex Early said he would run.",
		[]want{{text: "the fares would rise", mention: "The official"}, {text: "the ferry was late", mention: "The board's office"}, {text: "he would run", mention: "Rex Early"}}},
	{"an object ends where the source's next verb starts; a coordinated cue keeps the source", "Tom Hill describes himself as a moderate and has said that he would cut the toll. Ms. Roe vowed to fight and celebrated the ruling.",
		[]want{{text: "himself as a moderate", mention: "Tom Hill"}, {text: "that he would cut the toll", speaker: "Tom Hill"}, {text: "to fight", mention: "Ms. Roe"}}},
	{"a plural noun before and makes a noun of an s-form cue; a fronted phrase's noun is no source", "In an interview on WXYZ, Speaker Tom Hill (R-Iowa) said the spate of shootings and protests demands more listening.",
		[]want{{text: "the spate of shootings and protests demands more listening", mention: "Speaker Tom Hill"}}},
	{"the object of a content cue ends before an adverbial of the cue, not before a clause", "Ms. Roe denied the charges through her lawyer. Tom Hill blamed the council on Twitter. Jan Lee called for a boycott after the mayor refused to resign.",
		[]want{{text: "the charges", mention: "Ms. Roe"}, {text: "the council", mention: "Tom Hill"}, {text: "a boycott after the mayor refused to resign", mention: "Jan Lee"}}},
	{"the subject before an aside that leads to a quote is said too, but not a fronted phrase", `The new ferry, she said, "is a perfect example." In a statement, Tom Hill said, "We will see."`,
		[]want{{text: "The new ferry", kind: quotes.Indirect, mention: "she"}, {text: "is a perfect example.", kind: quotes.Direct, mention: "she"}, {text: "We will see.", kind: quotes.Direct, mention: "Tom Hill"}}},
	{"declined reports only an infinitive", "Ms. Roe declined to comment. Shares declined 5 percent on Monday.",
		[]want{{text: "to comment", kind: quotes.Indirect, mention: "Ms. Roe", cue: "declined"}}},
	{"called someone something; a quote before a coordinated cue stays with the first", `She called him a liar. Tom Hill called Ms. Roe a "blowhard," and said the plan had failed. Ms. Roe called the meeting to order.`,
		[]want{{text: "him a liar", kind: quotes.Indirect, mention: "She"}, {text: `Ms. Roe a "blowhard,"`, kind: quotes.Mixed, mention: "Tom Hill"}, {text: "the plan had failed", mention: "Tom Hill"}}},
	{"an aside inside the subject of reported content does not end it", "Ms. Roe warned that Tom Hill, even as a candidate, had raised the toll. She added that the mayor and his deputy, Jan Lee, would stay.",
		[]want{{text: "that Tom Hill, even as a candidate, had raised the toll", mention: "Ms. Roe"}, {text: "that the mayor and his deputy, Jan Lee, would stay", mention: "She"}}},
	{"a paraphrase ends after a last quote that closes with a comma, or before an adverbial of the cue", `Tom Hill said the vote was "rigged," angering the council. Ms. Roe criticized the plan as a "crazy system" during a stop in Iowa.`,
		[]want{{text: `the vote was "rigged,"`, kind: quotes.Mixed, mention: "Tom Hill"}, {text: `the plan as a "crazy system"`, kind: quotes.Mixed, mention: "Ms. Roe"}}},
	{"reported content goes on past a comma before and or a name", "Tom Hill said the ferry would run on Monday, and the bridge would open in May. Ms. Roe said the fares rose in Iowa, Ohio and Utah.",
		[]want{{text: "the ferry would run on Monday, and the bridge would open in May", mention: "Tom Hill"}, {text: "the fares rose in Iowa, Ohio and Utah", mention: "Ms. Roe"}}},
	{"a coordinated cue's subject comes after a dateline or a fronted participle", "DES MOINES, Iowa (AP) - Mayor Tom Hill met the families and said the town must act. Chastened by the polls, Ms. Roe changed her plan and promised to cut the toll.",
		[]want{{text: "the town must act", mention: "Mayor Tom Hill"}, {text: "to cut the toll", mention: "Ms. Roe"}}},
	{"a party and state in parentheses; a described source with an appositive that opens with an adverb", "Rep. Tom Hill (D-N.Y.), chairman of the ferry caucus, said members will help. The newspaper, long an advocate of ferry reform, writes that the toll is too high.",
		[]want{{text: "members will help", mention: "Rep. Tom Hill"}, {text: "that the toll is too high", mention: "The newspaper"}}},
	{"a source described by familiar with or close to", "The plan will fail, an official familiar with the talks said Sunday. People close to the mayor say the toll will rise.",
		[]want{{text: "The plan will fail", mention: "an official familiar with the talks"}, {text: "the toll will rise", mention: "People close to the mayor"}}},
	{"a participle that reports a that-clause with no source named", "Noting that the toll had doubled, the board voted no. The plan won support by suggesting that the fares would fall.",
		[]want{{text: "that the toll had doubled", kind: quotes.Indirect, mention: ""}, {text: "that the fares would fall", kind: quotes.Indirect}}},
	{"a source closing the sentence reports the whole clause, the nested report in it", "Mayor Tom Hill told the board he would raise the toll, the Valley Times reported. Ms. Roe told the board she would stay.",
		[]want{{text: "Mayor Tom Hill told the board he would raise the toll", mention: "the Valley Times"}, {text: "she would stay", mention: "Ms. Roe", addressee: "the board"}}},
	{"a source after a quote whose description has a dollar sign", `"They have to decide," Fight for $15 organizing director Kim Lee told reporters.`,
		[]want{{text: "They have to decide,", mention: "Fight for $15 organizing director Kim Lee", speaker: "Kim Lee"}}},
	{"a share like four in 10 as the source; a that-clause after a comma", "About four in 10 said they were angry. He added, that the toll would rise.",
		[]want{{text: "they were angry", mention: "four in 10"}, {text: "that the toll would rise", mention: "He"}}},
	{"a quote after a possessive is a title only when it reads as a name", `The town's "very steep rise in fares over the last year" hurt riders, the board said. He watched WXYZ's "Morning Show" on Monday.`,
		[]want{{text: `The town's "very steep rise in fares over the last year" hurt riders`, kind: quotes.Mixed, mention: "the board"}}},
	{"a passive asked about reports the question; asked for reports the request", "At a rally Friday, Ms. Roe was asked about the fares she set. The clerk asked for proof of citizenship.",
		[]want{{text: "about the fares she set", kind: quotes.Indirect, mention: ""}, {text: "for proof of citizenship", kind: quotes.Indirect, mention: "The clerk"}}},
	{"a source opened by as leads the clause after its comma", "As reported by the Valley Times, the ferry will close in May. But as the mayor noted, riders will pay more.",
		[]want{{text: "the ferry will close in May", mention: "the Valley Times"}, {text: "riders will pay more", mention: "the mayor"}}},
	{"a short quote with no speaker near it is no statement; a long one is kept", "The ferry was late again.\n\n\"Not again.\"\n\n\"We waited for an hour in the rain and nobody from the board came to tell us why.\"",
		[]want{{text: "We waited for an hour in the rain and nobody from the board came to tell us why.", kind: quotes.Direct, mention: ""}}},
	{"noted and recalled take their object as what was said", "Ms. Roe noted the risk of higher fares. Tom Hill recalled his first ride on the ferry.",
		[]want{{text: "the risk of higher fares", mention: "Ms. Roe"}, {text: "his first ride on the ferry", mention: "Tom Hill"}}},
	{"an infinitive or asked-about content keeps its opening preposition; content ends before a trailing and", "Ms. Roe vowed to fight the plan in court, and the board agreed. When asked to leave, he refused.",
		[]want{{text: "to fight the plan in court", mention: "Ms. Roe"}, {text: "to leave", kind: quotes.Indirect, mention: ""}}},
	{"a contraction with a curly apostrophe is the auxiliary it spells", "Tom Hill wouldn’t say how the board would vote.",
		[]want{{text: "how the board would vote", mention: "Tom Hill"}}},
	{"a source between commas with a time after its cue splits its content", "The difference now, he told me on Friday, is that the ferry runs late.",
		[]want{{text: "The difference now", mention: "he"}, {text: "is that the ferry runs late", mention: "he"}}},
	{"a quoted fragment's speaker is the subject after a fronted phrase", `Emerging from two hours of talks, the mayor sounded "ready for a fight." Two years earlier, she had backed the bridge as "the best plan we have." On Monday, Jane Roe went further, endorsing candidates "who share our values."`,
		[]want{{text: "ready for a fight.", mention: "the mayor"}, {text: "the best plan we have.", mention: "she"}, {text: "who share our values.", mention: "Jane Roe"}}},
	{"a cue verb in -s, -ed or began after an aside goes on with the clause", "The trouble, Ann Lee writes, began with the ferry. Moving the harbor, he said, feels right to him.",
		[]want{{text: "The trouble", mention: "Ann Lee"}, {text: "began with the ferry", mention: "Ann Lee"},
			{text: "Moving the harbor", mention: "he"}, {text: "feels right to him", mention: "he"}}},
	{"an infinitive after an aside goes on with the clause; to before whom it was said does not", "It is our duty, she said, to fix the ferry. The ferry is late, he said, to reporters.",
		[]want{{text: "It is our duty", mention: "she"}, {text: "to fix the ferry", mention: "she"}, {text: "The ferry is late", mention: "he"}}},
	{"a pronoun contracted with be before a progressive cue; not who's", "She’s predicting that the ferry will be late. Tom Hill, who's thinking about a run, waited.",
		[]want{{text: "that the ferry will be late", kind: quotes.Indirect, cue: "predicting"}}},
	{"called names a thing after a determiner or a reflexive; not a stretch of time", "Tom Hill called the toll plan a disaster. Ms. Roe calls herself a moderate. Ann Lee called the office an hour later.",
		[]want{{text: "the toll plan a disaster", mention: "Tom Hill", cue: "called"}, {text: "herself a moderate", mention: "Ms. Roe", cue: "calls"}}},
	{"a base-form cue after a plural subject and a time word or an adverb in -ly; data is plural", "Ferry riders today argue that the fares are too high. The data suggest that fewer people ride.",
		[]want{{text: "that the fares are too high", mention: "Ferry riders", cue: "argue"}, {text: "that fewer people ride", mention: "The data", cue: "suggest"}}},
	{"a participle after a quote that ends on its own comma", `Tom Hill said the ferry was "a relic," adding that the town needs a bridge.`,
		[]want{{text: `the ferry was "a relic,"`, mention: "Tom Hill", cue: "said"}, {text: "that the town needs a bridge", kind: quotes.Indirect, mention: "Tom Hill", cue: "adding"}}},
	{"a pronoun contracted with its auxiliary opens a clause after a cue that also takes objects", "Ms. Roe suggested she’ll run for the council.",
		[]want{{text: "she’ll run for the council", kind: quotes.Indirect, mention: "Ms. Roe", cue: "suggested"}}},
	{"report reports a clause: As X reported, CONTENT; a noun before a finite verb is no cue", "As the Ledger reported, the mill will close in June. Rates are up. The strong jobs report has cleared the way for the Fed to begin a retreat from its stimulus.",
		[]want{{text: "the mill will close in June", kind: quotes.Indirect, mention: "the Ledger", cue: "reported"}}},
	{"a participle phrase that opens the sentence: the subject after its comma says it, the comma ends it", "In addition to stating that the fares are too high, the board asked for a vote. Since announcing in May that she would run, Ms. Roe has been busy. Speaking to reporters, Tom Hill smiled.",
		[]want{{text: "that the fares are too high", kind: quotes.Indirect, mention: "the board", cue: "stating"}, {text: "for a vote", mention: "the board"},
			{text: "that she would run", kind: quotes.Indirect, mention: "Ms. Roe", cue: "announcing"}}},
	{"about before a number opens reported content, not a topic", "Ms. Roe has said about 20 people have applied for the job. Tom Hill spoke to a crowd of about 500.",
		[]want{{text: "about 20 people have applied for the job", kind: quotes.Indirect, mention: "Ms. Roe"}}},
	{"reported content that opens with a phrase of concession or time goes on over its comma", "Ms. Roe says despite the rain, the fair will open. Tom Hill said that despite the vote, the board would not move. Ann Lee vowed to run, but she lost.",
		[]want{{text: "despite the rain, the fair will open", kind: quotes.Indirect, mention: "Ms. Roe"}, {text: "that despite the vote, the board would not move", mention: "Tom Hill"},
			{text: "to run", mention: "Ann Lee"}}},
	{"warned of and warned against take what was warned about as their object", "Tom Hill ordered a review and warned against fake ballots. Doctors warned of the risk of a long strike.",
		[]want{{text: "fake ballots", kind: quotes.Indirect, mention: "Tom Hill", cue: "warned against"}, {text: "the risk of a long strike", mention: "Doctors", cue: "warned of"}}},
	{"argued for and called out take what was said about as their object", "Ms. Roe argued for a new bridge. Tom Hill called out the board for its silence.",
		[]want{{text: "a new bridge", kind: quotes.Indirect, mention: "Ms. Roe", cue: "argued for"}, {text: "the board for its silence", mention: "Tom Hill", cue: "called out"}}},
	{"a fronted phrase before according to is said too; a set phrase is not", "Since last May, according to the group, the police have arrested 40 people. In addition, according to the board, fares will rise.",
		[]want{{text: "Since last May", kind: quotes.Indirect, mention: "the group"}, {text: "the police have arrested 40 people", mention: "the group"},
			{text: "fares will rise", mention: "the board"}}},
	{"cannot is finite: it opens a reported clause after suggests", "The new evidence suggests ferry riders cannot wait much longer.",
		[]want{{text: "ferry riders cannot wait much longer", kind: quotes.Indirect, mention: "The new evidence"}}},
	{"a quantifier of them is a source", "The riders waited. Most of them said the ferry was late again.",
		[]want{{text: "the ferry was late again", kind: quotes.Indirect, mention: "Most of them"}}},
	{"a clause of condition or time before a source set off by commas is said; a progressive scene or a bare phrase is not", "If the toll is approved, she said, \"we will move.\"\n\nWhile he was speaking with the press, he said, \"The ferry is late.\"\n\nWhen asked, Tom Hill said, \"No.\"",
		[]want{{text: "If the toll is approved", kind: quotes.Indirect, mention: "she"}, {text: "we will move.", mention: "she"},
			{text: "The ferry is late.", mention: "he"}, {text: "No.", mention: "Tom Hill"}}},
	{"an appositive with like or also known as gives no role", "The riders, like their neighbors, say the fares are too high. The line, also known as the Blue Ferry, reported that it lost money.",
		[]want{{text: "the fares are too high", kind: quotes.Indirect, mention: "The riders"}, {text: "that it lost money", mention: "The line"}}},
	{"a base-form cue after an appositive's comma reports a that-clause", "Tom Hill and Ann Lee, two members of the board, argue that the fares are too high.",
		[]want{{text: "that the fares are too high", kind: quotes.Indirect, mention: "Tom Hill and Ann Lee", cue: "argue"}}},
	{"admitted doubles its t", "Tom Hill admitted that the ferry had been late all week.",
		[]want{{text: "that the ferry had been late all week", kind: quotes.Indirect, mention: "Tom Hill", cue: "admitted"}}},
	{"a participle phrase after the subject holds no source", `Riders waiting at the ferry dock chanted "Fix it now." Officials speaking on condition of anonymity said the fare would rise.`,
		[]want{{text: "Fix it now.", mention: "Riders waiting at the ferry dock"}, {text: "the fare would rise", mention: "Officials speaking on condition of anonymity"}}},
	{"a headline with its byline is no statement", "The news of the week.\n\nFERRIES—\"Fares on the valley ferry will rise again in May,\" by the Ledger's Jane Roe.\n\n\"We will fight it,\" Tom Hill said.",
		[]want{{text: "We will fight it,", mention: "Tom Hill"}}},
	{"a word in marks inside a clause ends no source's name", "Tom Hill backed the “broken” ferry plan and she pledged “a new service for all.”",
		[]want{{text: "a new service for all.", kind: quotes.Direct, mention: "she"}}},
	{"a quoted fragment's speaker is the subject after a fronted clause, or in it when no comma closes it first", "While some riders could wait a day, the mayor sounded “ready for a long fight.” While Tom Hill, a councillor, laid out a plan for “a ferry that runs on time” in May, the board met.",
		[]want{{text: "ready for a long fight.", mention: "the mayor"}, {text: "a ferry that runs on time", mention: "Tom Hill"}}},
	{"a counted time, soon after or an -ing word before a quote is fronted, not the subject", `Thirteen years earlier, she had backed the bridge as "the best plan we have." Soon after, Jane Roe signed "a pledge to keep the two boards apart." Recalling "the hard years of the long strike," the letter urged riders and their families to "stay patient with the crews for now."`,
		[]want{{text: "the best plan we have.", mention: "she"}, {text: "a pledge to keep the two boards apart.", mention: "Jane Roe"},
			{text: "Recalling \"the hard years of the long strike,\"", mention: "the letter"}, {text: "stay patient with the crews for now.", mention: "the letter"}}},
	{"the state after a place in a fronted phrase is no subject", `At a town hall in Lakeside, Iowa, on Sunday, Ms. Roe backed the plan, saying that the ferry would "run on time by the spring."`,
		[]want{{text: `that the ferry would "run on time by the spring."`, kind: quotes.Mixed, mention: "Ms. Roe"}}},
	{"a phrase fronted by by is no subject", `By the end of the day, Mr. Hill was forced into damage control and said that his words had been "misconstrued."`,
		[]want{{text: `that his words had been "misconstrued."`, kind: quotes.Mixed, mention: "Mr. Hill"}}},
	{"a base-form cue after a share of people is a verb", `Forty percent of riders say the fares are "far too high," while 31 percent call them "a fair price for a new boat."`,
		[]want{{text: `the fares are "far too high,"`, mention: "riders"}, {text: `them "a fair price for a new boat."`, kind: quotes.Mixed, mention: "31 percent"}}},
	{"a name and cue after a quote that ends on ! attribute it, though an as clause follows", "The vote began at noon.\n\n\"The great valley casts its votes for the ferry!\" Senator Jo Lee said as he opened the vote.",
		[]want{{text: "The great valley casts its votes for the ferry!", mention: "Senator Jo Lee"}}},
	{"a conjunction or subordinator is no part of a source", "The vote began at noon.\n\n" +
		`Ms. Roe regularly pledges to "keep the ferry running for everyone," as she put it on Monday in Lakeside. ` +
		`Many members describe their home as "the valley of the ferry." When recruiting begins in earnest, members move to other sites. ` +
		"When Mr. Hill criticized the board from the left, riders took notice.",
		[]want{{text: "keep the ferry running for everyone,", mention: "she"}, {text: `their home as "the valley of the ferry."`, mention: "Many members"},
			{text: "the board from the left", mention: "Mr. Hill"}}},
	{"a name in marks inside reported speech makes it a paraphrase with a quoted part", `Tom Hill said that the "Valley First" plan came from Jane Roe herself.`,
		[]want{{text: `that the "Valley First" plan came from Jane Roe herself`, kind: quotes.Mixed, mention: "Tom Hill"}}},
	{"a quote inside a cue's content is not attributed to a name and verb after it", `He said no one in the race is "on pace to get the votes," the number needed to win.`,
		[]want{{text: `no one in the race is "on pace to get the votes,"`, kind: quotes.Mixed, mention: "He"}}},
	{"a quote alone after reported speech in its paragraph is that source's", "The vote began at noon.\n\nAlso, Tom Hill is not a conservative, Jane Roe said. \"He is a liberal!\"",
		[]want{{text: "Also, Tom Hill is not a conservative", kind: quotes.Indirect, mention: "Jane Roe"}, {text: "He is a liberal!", kind: quotes.Direct, mention: "Jane Roe"}}},
	{"a quoted fragment with no subject after reported speech is that source's", `Jane Roe said the fares were too high. Then "a ferry that runs on time every day" was all the town needed.`,
		[]want{{text: "the fares were too high", kind: quotes.Indirect, mention: "Jane Roe"}, {text: "a ferry that runs on time every day", mention: "Jane Roe"}}},
	{"a quoted fragment in a sentence with a named speaker is that speaker's, not the subject's", `Emerging from the talks, the mayor "looked very tired," Tom Hill said, from "the long night of bitter votes."`,
		[]want{{text: `Emerging from the talks, the mayor "looked very tired,"`, kind: quotes.Mixed, mention: "Tom Hill"}, {text: "the long night of bitter votes.", mention: "Tom Hill"}}},
}

func TestHardCases(t *testing.T) { runCases(t, hardCases) }

// hardCase is a text and the quotes saidwho must find in it, in order.
type hardCase struct {
	name string
	text string
	want []want
}

func runCases(t *testing.T, cases []hardCase) {
	t.Helper()
	x := New()
	for _, tc := range cases {
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

func checkQuote(t *testing.T, q quotes.Quote, w want) {
	t.Helper()
	check := func(field, got, want string) {
		if want != "" && got != want {
			t.Errorf("%s = %q, want %q (quote %q)", field, got, want, q.Text)
		}
	}
	check("text", q.Text, w.text)
	check("kind", string(q.Kind), string(w.kind))
	check("mention", q.Mention, w.mention)
	check("speaker", q.Speaker, w.speaker)
	check("cue", q.Cue, w.cue)
	check("addressee", q.Addressee, w.addressee)
	if w.channel == "-" && q.Channel != "" {
		t.Errorf("channel = %q, want none (quote %q)", q.Channel, q.Text)
	} else if w.channel != "-" {
		check("channel", q.Channel, w.channel)
	}
}

func dump(qs []quotes.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("  " + string(q.Kind) + " " + q.Text + " | " + q.Mention + " → " + q.Speaker + " | " + q.Cue + " | " + q.Rule + "\n")
	}
	return b.String()
}

// German quotes take their confidence from the table measured on German
// news, English quotes of the same rule keep the English value.
func TestGermanConfidenceTable(t *testing.T) {
	x := New()
	en := x.Extract(`"We will build the bridge," said Jane Roe. Jane Roe said that it would open in May.`)
	de := x.Extract("„Wir bauen die Brücke“, sagte Anna Berger. Anna Berger sagte, dass sie im Mai öffnet.")
	if len(en) != 2 || len(de) != 2 {
		t.Fatalf("want two quotes each, got %d and %d:\n%s%s", len(en), len(de), dump(en), dump(de))
	}
	for i := range en {
		key := string(en[i].Kind) + " " + en[i].Rule
		if key != string(de[i].Kind)+" "+de[i].Rule {
			t.Fatalf("quote %d: English rule %q, German rule %q: want the same", i, key, de[i].Rule)
		}
		wantEN, wantDE := x.confidence[key], x.confidenceDE[key]
		if wantEN == wantDE {
			t.Fatalf("%s: English and German tables agree (%.2f); pick a rule where they differ", key, wantEN)
		}
		if en[i].Confidence != wantEN {
			t.Errorf("English %s confidence = %.2f, want %.2f", key, en[i].Confidence, wantEN)
		}
		if de[i].Confidence != wantDE {
			t.Errorf("German %s confidence = %.2f, want %.2f", key, de[i].Confidence, wantDE)
		}
	}
}
