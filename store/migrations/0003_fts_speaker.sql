-- The full-text index also holds each quote's speaker id, as a token of
-- its own column, so that a search filtered by speaker intersects the two
-- lists inside the index ("speaker_id : 12 AND text : (tax)") instead of
-- reading every quote that matches the words. Searches name the text
-- column, so that words never match speaker ids; bm25 gives the speaker
-- column no weight.
DROP TRIGGER quotes_fts_insert;
DROP TRIGGER quotes_fts_delete;
DROP TRIGGER quotes_fts_update;
DROP TABLE quotes_fts;
CREATE VIRTUAL TABLE quotes_fts USING fts5(
	text,
	speaker_id,
	content = 'quotes',
	content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
	INSERT INTO quotes_fts(rowid, text, speaker_id) VALUES (new.id, new.text, new.speaker_id);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
	INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_id) VALUES ('delete', old.id, old.text, old.speaker_id);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker_id ON quotes BEGIN
	INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_id) VALUES ('delete', old.id, old.text, old.speaker_id);
	INSERT INTO quotes_fts(rowid, text, speaker_id) VALUES (new.id, new.text, new.speaker_id);
END;
-- Index the quotes stored so far.
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
