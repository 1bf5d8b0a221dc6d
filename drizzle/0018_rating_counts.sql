-- The ratings report (docs/ratings.md, "Report") reads counts, not ratings: 15 years of a province
-- are ≈ 3 million rows, and scanning them took longer than the report's 1 s on PGlite. rating_counts
-- holds, for every org path and each of its ancestors' paths (scope_path, '/' being the whole
-- installation), the decided annual ratings per year, group, rule set and level. Statement triggers on
-- `ratings` keep it exact, so the rounds service and the import write ratings as before. Not in the
-- Drizzle schema: nothing but these triggers writes it, and only the report reads it.
CREATE TABLE IF NOT EXISTS "rating_counts" (
	"scope_path" text NOT NULL,
	"year" integer NOT NULL,
	-- 'MEMBER', or the org's group when rated: 'GRASSROOTS' | 'CELL' | 'PARTIAL'.
	"grp" text NOT NULL,
	"rule_set" text NOT NULL,
	"level" text NOT NULL,
	"n" integer NOT NULL,
	PRIMARY KEY ("scope_path", "year", "grp", "rule_set", "level")
);
--> statement-breakpoint
-- '/ROOT/A/B/' → '/', '/ROOT/', '/ROOT/A/', '/ROOT/A/B/'.
CREATE OR REPLACE FUNCTION rating_scope_paths(p text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
  SELECT array_to_string((string_to_array(p, '/'))[1:i], '/') || '/'
  FROM generate_series(1, cardinality(string_to_array(p, '/')) - 1) AS i
$$;
--> statement-breakpoint
-- Deltas of counted rows (annual, decided, of a known group) applied to every scope of their path. The
-- ORDER BY takes the rows' locks in one order, so two concurrent decisions cannot deadlock on them.
CREATE OR REPLACE FUNCTION rating_counts_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO rating_counts AS c (scope_path, year, grp, rule_set, level, n)
  SELECT s, r.year, CASE WHEN r.subject = 'MEMBER' THEN 'MEMBER' ELSE r.org_group END, r.rule_set, r.level, count(*)::int
  FROM new_rows r CROSS JOIN LATERAL rating_scope_paths(r.org_path) AS s
  WHERE r.period_kind = 'YEAR' AND r.level IS NOT NULL AND (r.subject = 'MEMBER' OR r.org_group IS NOT NULL)
  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (scope_path, year, grp, rule_set, level) DO UPDATE SET n = c.n + EXCLUDED.n;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION rating_counts_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO rating_counts AS c (scope_path, year, grp, rule_set, level, n)
  SELECT s, d.year, d.grp, d.rule_set, d.level, sum(d.sign)::int
  FROM (
    SELECT org_path, year, CASE WHEN subject = 'MEMBER' THEN 'MEMBER' ELSE org_group END AS grp, rule_set, level, 1 AS sign
    FROM new_rows WHERE period_kind = 'YEAR' AND level IS NOT NULL AND (subject = 'MEMBER' OR org_group IS NOT NULL)
    UNION ALL
    SELECT org_path, year, CASE WHEN subject = 'MEMBER' THEN 'MEMBER' ELSE org_group END, rule_set, level, -1
    FROM old_rows WHERE period_kind = 'YEAR' AND level IS NOT NULL AND (subject = 'MEMBER' OR org_group IS NOT NULL)
  ) d CROSS JOIN LATERAL rating_scope_paths(d.org_path) AS s
  GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.sign) <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (scope_path, year, grp, rule_set, level) DO UPDATE SET n = c.n + EXCLUDED.n;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION rating_counts_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE rating_counts c SET n = c.n - d.n
  FROM (
    SELECT s AS scope_path, r.year, CASE WHEN r.subject = 'MEMBER' THEN 'MEMBER' ELSE r.org_group END AS grp, r.rule_set, r.level, count(*)::int AS n
    FROM old_rows r CROSS JOIN LATERAL rating_scope_paths(r.org_path) AS s
    WHERE r.period_kind = 'YEAR' AND r.level IS NOT NULL AND (r.subject = 'MEMBER' OR r.org_group IS NOT NULL)
    GROUP BY 1, 2, 3, 4, 5
  ) d
  WHERE c.scope_path = d.scope_path AND c.year = d.year AND c.grp = d.grp AND c.rule_set = d.rule_set AND c.level = d.level;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION rating_counts_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM rating_counts;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- One trigger per event: PostgreSQL takes transition tables only on single-event triggers.
CREATE TRIGGER rating_counts_insert AFTER INSERT ON ratings REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rating_counts_on_insert();
--> statement-breakpoint
CREATE TRIGGER rating_counts_update AFTER UPDATE ON ratings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rating_counts_on_update();
--> statement-breakpoint
CREATE TRIGGER rating_counts_delete AFTER DELETE ON ratings REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rating_counts_on_delete();
--> statement-breakpoint
CREATE TRIGGER rating_counts_truncate AFTER TRUNCATE ON ratings
  FOR EACH STATEMENT EXECUTE FUNCTION rating_counts_on_truncate();
--> statement-breakpoint
-- Ratings written before this migration (imports, demo) are counted once here.
INSERT INTO rating_counts (scope_path, year, grp, rule_set, level, n)
SELECT s, r.year, CASE WHEN r.subject = 'MEMBER' THEN 'MEMBER' ELSE r.org_group END, r.rule_set, r.level, count(*)::int
FROM ratings r CROSS JOIN LATERAL rating_scope_paths(r.org_path) AS s
WHERE r.period_kind = 'YEAR' AND r.level IS NOT NULL AND (r.subject = 'MEMBER' OR r.org_group IS NOT NULL)
GROUP BY 1, 2, 3, 4, 5;
