DROP INDEX "members_facts_idx";--> statement-breakpoint
CREATE INDEX "members_facts_idx" ON "members" USING btree ("org_path","status","gender","ethnicity","birth_date","education","professional","political_theory","occupation") WHERE status IS NOT NULL;--> statement-breakpoint
-- The roll's search (docs/performance.md). Both partial: former members are never listed. A broad
-- term ("thi") matches a quarter of a province, where counting through the trigram index visits
-- most of the wide members heap; the narrow covering index lets the planner count such matches by
-- an index-only scan instead, and keeps the trigram index for selective terms. INCLUDE is not
-- expressible in the Drizzle schema.
DROP INDEX IF EXISTS members_search_trgm_idx;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS members_search_trgm_idx ON members USING gin (search_text gin_trgm_ops) WHERE status IS NOT NULL;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS members_search_cover_idx ON members (org_path) INCLUDE (search_text) WHERE status IS NOT NULL;
--> statement-breakpoint
-- PGlite runs no autovacuum: without fresh statistics for the new indexes the planner picked the
-- trigram index for broad terms (a 0.9 s search on a province).
ANALYZE members;
