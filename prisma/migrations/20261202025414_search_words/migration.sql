-- CreateTable
CREATE TABLE "search_words" (
    "word" TEXT NOT NULL,
    "head" TEXT NOT NULL,
    "tail" TEXT NOT NULL,
    "length" INTEGER NOT NULL,

    CONSTRAINT "search_words_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "search_words_head_length_idx" ON "search_words"("head", "length");

-- CreateIndex
CREATE INDEX "search_words_tail_length_idx" ON "search_words"("tail", "length");

-- The vocabulary grows with every write to roles and openings: one statement-level trigger per table and
-- operation reading the transition table, so a bulk COPY costs one pass. Words are split at anything that is
-- not a–z in the normalised search_text (accents are already folded there).
CREATE OR REPLACE FUNCTION atlas_search_words_add() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO search_words (word, head, tail, length)
  SELECT w, left(w, 2), right(w, 2), length(w)
  FROM (SELECT DISTINCT w FROM new_rows, regexp_split_to_table(new_rows.search_text, '[^a-z]+') AS w
        WHERE length(w) BETWEEN 5 AND 40) words
  ORDER BY w
  ON CONFLICT (word) DO NOTHING;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER roles_search_words_insert AFTER INSERT ON roles
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION atlas_search_words_add();
CREATE TRIGGER roles_search_words_update AFTER UPDATE ON roles
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION atlas_search_words_add();
CREATE TRIGGER openings_search_words_insert AFTER INSERT ON openings
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION atlas_search_words_add();
CREATE TRIGGER openings_search_words_update AFTER UPDATE ON openings
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION atlas_search_words_add();

-- The vocabulary from scratch (words of edited or deleted listings dropped): run once here, and whenever stale
-- words should go (tests call it after resetting the catalogue).
CREATE OR REPLACE FUNCTION atlas_search_words_rebuild() RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM search_words;
  INSERT INTO search_words (word, head, tail, length)
  SELECT w, left(w, 2), right(w, 2), length(w)
  FROM (SELECT search_text FROM roles UNION ALL SELECT search_text FROM openings) t,
       regexp_split_to_table(t.search_text, '[^a-z]+') AS w
  WHERE length(w) BETWEEN 5 AND 40
  GROUP BY w;
END
$fn$;

SELECT atlas_search_words_rebuild();
