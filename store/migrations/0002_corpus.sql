-- The corpus: one identity per speaker across articles, one record per
-- quote with its sightings, and the corrections people make.

-- outlet is the publisher ("nyt") or, without one, the URL's host.
ALTER TABLE articles ADD COLUMN outlet TEXT NOT NULL DEFAULT '';
CREATE INDEX articles_outlet ON articles(outlet);

-- status: resolved (a full name, an organisation), ambiguous (a bare
-- surname or title that could be several speakers), scoped (a description
-- such as "a senior official", kept to the article in scope_article).
-- surname is set for resolved people and is what bare surnames look up.
-- merged_into points from a speaker merged away to the one that absorbed
-- it; the row stays so that its slug keeps answering. quote_count counts
-- the quotes whose speaker this is; seen dates come from article dates.
ALTER TABLE speakers ADD COLUMN status TEXT NOT NULL DEFAULT 'resolved';
ALTER TABLE speakers ADD COLUMN surname TEXT NOT NULL DEFAULT '';
ALTER TABLE speakers ADD COLUMN given TEXT NOT NULL DEFAULT '';
ALTER TABLE speakers ADD COLUMN external_id TEXT NOT NULL DEFAULT '';
ALTER TABLE speakers ADD COLUMN merged_into INTEGER REFERENCES speakers(id);
ALTER TABLE speakers ADD COLUMN scope_article INTEGER;
ALTER TABLE speakers ADD COLUMN locked INTEGER NOT NULL DEFAULT 0;
ALTER TABLE speakers ADD COLUMN quote_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE speakers ADD COLUMN first_seen TEXT NOT NULL DEFAULT '';
ALTER TABLE speakers ADD COLUMN last_seen TEXT NOT NULL DEFAULT '';
UPDATE speakers SET quote_count = (SELECT count(*) FROM quotes q WHERE q.speaker_id = speakers.id);
CREATE INDEX speakers_surname ON speakers(surname) WHERE merged_into IS NULL;
CREATE INDEX speakers_ranked ON speakers(quote_count DESC, id) WHERE merged_into IS NULL;

-- Keys that identify a speaker at ingest: the folded forms of its names
-- ("p:hillary rodham clinton"), of organisations ("o:white house"), of
-- bare surnames kept apart ("b:clinton") and of article-scoped
-- descriptions ("a:12:a senior official"). source says where a key came
-- from: ingest, alias-file or correction. A merge moves the keys, so the
-- merge holds for every quote ingested later.
CREATE TABLE speaker_keys (
	key        TEXT PRIMARY KEY,
	speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
	source     TEXT NOT NULL
);
CREATE INDEX speaker_keys_speaker ON speaker_keys(speaker_id);

-- Split rules: a sighting that resolves to speaker_id through the mention
-- mention_fold goes to target_id instead.
CREATE TABLE speaker_rules (
	speaker_id   INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
	mention_fold TEXT NOT NULL,
	target_id    INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
	created_at   TEXT NOT NULL,
	PRIMARY KEY (speaker_id, mention_fold)
);

-- Old slugs of renamed speakers keep answering.
CREATE TABLE speaker_redirects (
	slug       TEXT PRIMARY KEY,
	speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE
);

-- What happened to a speaker: merges, splits, renames, external ids, and
-- the merges ingest made on its own. detail is a short human sentence.
CREATE TABLE speaker_events (
	id         INTEGER PRIMARY KEY,
	speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
	action     TEXT NOT NULL,
	detail     TEXT NOT NULL,
	actor      TEXT NOT NULL,
	created_at TEXT NOT NULL
);
CREATE INDEX speaker_events_speaker ON speaker_events(speaker_id, id);

-- Every correction as asked for, in order: the audit log behind the rules
-- in speaker_keys and speaker_rules.
CREATE TABLE corrections (
	id         INTEGER PRIMARY KEY,
	action     TEXT NOT NULL,
	args       TEXT NOT NULL,
	created_at TEXT NOT NULL
);

ALTER TABLE speaker_aliases ADD COLUMN first_seen TEXT NOT NULL DEFAULT '';
ALTER TABLE speaker_aliases ADD COLUMN last_seen TEXT NOT NULL DEFAULT '';
ALTER TABLE speaker_roles ADD COLUMN first_seen TEXT NOT NULL DEFAULT '';
ALTER TABLE speaker_roles ADD COLUMN last_seen TEXT NOT NULL DEFAULT '';

-- A quote is one statement; text_hash is a hash of its normalised text
-- (case, accents, punctuation, quote marks and spacing ignored) that finds
-- the same statement again. first_seen is its earliest sighting's date.
-- fragment_of links a quote to a longer one that contains it.
ALTER TABLE quotes ADD COLUMN text_hash INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quotes ADD COLUMN head_hash INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quotes ADD COLUMN first_seen TEXT NOT NULL DEFAULT '';
ALTER TABLE quotes ADD COLUMN fragment_of INTEGER REFERENCES quotes(id) ON DELETE SET NULL;
ALTER TABLE quotes ADD COLUMN sighting_count INTEGER NOT NULL DEFAULT 1;
CREATE INDEX quotes_text_hash ON quotes(text_hash);
CREATE INDEX quotes_head_hash ON quotes(head_hash) WHERE head_hash != 0;
CREATE INDEX quotes_fragment_of ON quotes(fragment_of) WHERE fragment_of IS NOT NULL;
CREATE INDEX quotes_first_seen ON quotes(first_seen);

-- A sighting is one article reporting a quote: where, by which outlet, when,
-- and how that article named and resolved the speaker.
CREATE TABLE sightings (
	id            INTEGER PRIMARY KEY,
	quote_id      INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
	article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	speaker_id    INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
	start_pos     INTEGER NOT NULL,
	end_pos       INTEGER NOT NULL,
	speaker       TEXT NOT NULL DEFAULT '',
	mention       TEXT NOT NULL DEFAULT '',
	mention_fold  TEXT NOT NULL DEFAULT '',
	role          TEXT NOT NULL DEFAULT '',
	outlet        TEXT NOT NULL DEFAULT '',
	seen_at       TEXT NOT NULL DEFAULT '',
	created_at    TEXT NOT NULL
);
CREATE INDEX sightings_quote ON sightings(quote_id, id);
CREATE INDEX sightings_article ON sightings(article_id);
CREATE INDEX sightings_speaker ON sightings(speaker_id, mention_fold);
CREATE INDEX sightings_outlet ON sightings(outlet, quote_id);

-- Quotes stored before this migration each become their own sighting.
INSERT INTO sightings (quote_id, article_id, speaker_id, start_pos, end_pos, speaker, mention, mention_fold, role, outlet, seen_at, created_at)
SELECT q.id, q.article_id, q.speaker_id, q.start_pos, q.end_pos, q.speaker, q.mention, lower(q.mention), q.role, '',
	CASE WHEN a.published_at != '' THEN a.published_at ELSE a.created_at END, q.created_at
FROM quotes q JOIN articles a ON a.id = q.article_id;
UPDATE quotes SET first_seen = (SELECT min(seen_at) FROM sightings s WHERE s.quote_id = quotes.id);

-- Names and mention forms of speakers, for search by word prefix that
-- ignores case and accents ("elysee" finds "Élysée"). rowid is the speaker id.
CREATE VIRTUAL TABLE speakers_fts USING fts5(
	names,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '1 2 3'
);
INSERT INTO speakers_fts(rowid, names)
SELECT s.id, s.name || ' ' || COALESCE((SELECT group_concat(mention, ' ') FROM speaker_aliases al WHERE al.speaker_id = s.id), '')
FROM speakers s;
