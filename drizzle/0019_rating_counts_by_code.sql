-- The ratings report looks an org's counts up by its code, not its path (docs/ratings.md, "Report").
-- A rating keeps the path its subject had when rated; an org that moved since (the 2025 merger of
-- communes and districts) has its earlier ratings under its old path. Its code is the same on every
-- path it ever had, so the counts of "everything under X when it was rated" are the rows whose scope
-- ends in X's code, whichever parent X had then. '/' (the whole installation) has the code ''.
ALTER TABLE "rating_counts" ADD COLUMN "scope_code" text
  GENERATED ALWAYS AS (split_part("scope_path", '/', cardinality(string_to_array("scope_path", '/')) - 1)) STORED;
--> statement-breakpoint
CREATE INDEX "rating_counts_code_idx" ON "rating_counts" ("scope_code", "year");
