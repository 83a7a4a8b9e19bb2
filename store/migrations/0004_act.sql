-- What a quote's cue reports: a statement (said, told) or a belief (thinks,
-- fears). Quotes stored before this migration were all taken as said.
ALTER TABLE quotes ADD COLUMN act TEXT NOT NULL DEFAULT 'statement';
CREATE INDEX quotes_act ON quotes(act);
