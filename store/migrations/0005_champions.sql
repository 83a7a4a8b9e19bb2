-- Champion lists (store/champion.go): for each word in very many quotes,
-- the few quotes that can rank first in a search for that word alone, so
-- that such a search scores those instead of every quote with the word.
-- RefreshChampions rewrites these tables; searches check that a page
-- from the champions is exact and else rank every match.

-- edge marks the last champion of a group cut short: every quote of the
-- group left out ranks after it.
CREATE TABLE search_champions (
	term TEXT NOT NULL,
	id   INTEGER NOT NULL,
	edge INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (term, id)
) WITHOUT ROWID;

-- The words that have lists, with how many edges each has.
CREATE TABLE search_champion_terms (
	term  TEXT PRIMARY KEY,
	edges INTEGER NOT NULL
);

-- The one row that says what the lists were made from: the quotes up to
-- max_id and the changes up to seq. Quotes stored later are always scored.
CREATE TABLE search_champion_state (
	seq    INTEGER NOT NULL,
	max_id INTEGER NOT NULL
);

-- Quotes whose indexed row changed or went away since the lists were made:
-- they are always scored. (The speaker id is indexed too; when it comes or
-- goes, the row's length, which bm25 weighs, changes.) AUTOINCREMENT keeps
-- seq rising after the table empties.
CREATE TABLE search_changes (
	seq INTEGER PRIMARY KEY AUTOINCREMENT,
	id  INTEGER NOT NULL
);
CREATE TRIGGER search_changes_update AFTER UPDATE OF text, speaker_id ON quotes
	WHEN old.text IS NOT new.text OR old.speaker_id IS NOT new.speaker_id BEGIN
	INSERT INTO search_changes (id) VALUES (new.id);
END;
-- A deleted id can be given again to a new quote.
CREATE TRIGGER search_changes_delete AFTER DELETE ON quotes BEGIN
	INSERT INTO search_changes (id) VALUES (old.id);
END;

-- Views of the full-text index: how many quotes hold each word, and each
-- occurrence of a word, in quote order.
CREATE VIRTUAL TABLE quotes_fts_col USING fts5vocab(quotes_fts, col);
CREATE VIRTUAL TABLE quotes_fts_instance USING fts5vocab(quotes_fts, instance);
