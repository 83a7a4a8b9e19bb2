-- Articles are unique by dedup_key: "url:" + URL when the article has one,
-- else "sha256:" + the hash of its text.
CREATE TABLE articles (
	id           INTEGER PRIMARY KEY,
	dedup_key    TEXT NOT NULL UNIQUE,
	external_id  TEXT NOT NULL DEFAULT '',
	url          TEXT NOT NULL DEFAULT '',
	title        TEXT NOT NULL DEFAULT '',
	published_at TEXT NOT NULL DEFAULT '',
	text         TEXT NOT NULL,
	text_sha256  TEXT NOT NULL,
	created_at   TEXT NOT NULL
);

-- name_fold is the lower-cased, accent-free name that searches compare to.
CREATE TABLE speakers (
	id         INTEGER PRIMARY KEY,
	slug       TEXT NOT NULL UNIQUE,
	name       TEXT NOT NULL,
	name_fold  TEXT NOT NULL,
	kind       TEXT NOT NULL,
	created_at TEXT NOT NULL
);

-- The ways articles have named a speaker ("Putin", "the Russian president").
CREATE TABLE speaker_aliases (
	speaker_id   INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
	mention      TEXT NOT NULL,
	mention_fold TEXT NOT NULL,
	count        INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (speaker_id, mention)
);

CREATE TABLE speaker_roles (
	speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
	role       TEXT NOT NULL,
	count      INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (speaker_id, role)
);

-- Offsets are Unicode code points into articles.text; parts is a JSON list
-- of [start, end] pairs.
CREATE TABLE quotes (
	id            INTEGER PRIMARY KEY,
	article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	speaker_id    INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
	text          TEXT NOT NULL,
	start_pos     INTEGER NOT NULL,
	end_pos       INTEGER NOT NULL,
	kind          TEXT NOT NULL,
	parts         TEXT NOT NULL DEFAULT '[]',
	speaker       TEXT NOT NULL DEFAULT '',
	speaker_kind  TEXT NOT NULL DEFAULT '',
	mention       TEXT NOT NULL DEFAULT '',
	mention_start INTEGER NOT NULL DEFAULT 0,
	mention_end   INTEGER NOT NULL DEFAULT 0,
	cue           TEXT NOT NULL DEFAULT '',
	cue_start     INTEGER NOT NULL DEFAULT 0,
	cue_end       INTEGER NOT NULL DEFAULT 0,
	role          TEXT NOT NULL DEFAULT '',
	addressee     TEXT NOT NULL DEFAULT '',
	channel       TEXT NOT NULL DEFAULT '',
	grp           INTEGER NOT NULL DEFAULT 0,
	rule          TEXT NOT NULL DEFAULT '',
	confidence    REAL NOT NULL DEFAULT 0,
	created_at    TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id, id);
CREATE INDEX quotes_speaker ON quotes(speaker_id, id);

-- Full-text index over quote text, an external-content table kept in sync
-- by triggers. remove_diacritics lets "elysee" find "Élysée".
CREATE VIRTUAL TABLE quotes_fts USING fts5(
	text,
	content = 'quotes',
	content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
	INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
	INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
	INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
	INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
