CREATE TABLE "attribute_sets" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"gender" text,
	"ethnicity" text,
	"education" text,
	"professional" text,
	"political_theory" text,
	"occupation" text,
	"religion" text,
	"religious_adherence" text,
	"status" text NOT NULL,
	"exemption" text,
	CONSTRAINT "attribute_sets_key_unique" UNIQUE("key")
);
--> statement-breakpoint
ALTER TABLE "membership_periods" ADD COLUMN "attribute_set_id" integer;--> statement-breakpoint
-- The key of a combination (lifecycle/attributeSets.ts builds the same text): the values joined by
-- U+001F, U+001E standing for null, so one unique text column names it and an index finds it.
CREATE OR REPLACE FUNCTION attribute_set_key(gender text, ethnicity text, education text, professional text,
    political_theory text, occupation text, religion text, religious_adherence text, status text, exemption text)
  RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_string(ARRAY[gender, ethnicity, education, professional, political_theory, occupation,
    religion, religious_adherence, status, exemption], E'\x1f', E'\x1e')
$$;
--> statement-breakpoint
-- Existing periods: every combination once, then each period its set's id (one pass over the periods).
INSERT INTO attribute_sets (key, gender, ethnicity, education, professional, political_theory, occupation, religion, religious_adherence, status, exemption)
SELECT DISTINCT attribute_set_key(gender, ethnicity, education, professional, political_theory, occupation, religion, religious_adherence, status, exemption), gender, ethnicity, education, professional, political_theory, occupation, religion, religious_adherence, status, exemption
FROM membership_periods;
--> statement-breakpoint
UPDATE membership_periods p SET attribute_set_id = s.id
FROM attribute_sets s WHERE s.key = attribute_set_key(p.gender, p.ethnicity, p.education, p.professional, p.political_theory, p.occupation, p.religion, p.religious_adherence, p.status, p.exemption);
--> statement-breakpoint
ALTER TABLE "membership_periods" ADD CONSTRAINT "membership_periods_attribute_set_id_attribute_sets_id_fk" FOREIGN KEY ("attribute_set_id") REFERENCES "public"."attribute_sets"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
-- The sets of some keys, each created the first time it is seen: the one place a key becomes a row.
-- The bulk writers call it once per batch (AttributeSetIds), the trigger below once per key. A
-- concurrent writer may create a set meanwhile: DO NOTHING, then read every id back.
CREATE OR REPLACE FUNCTION ensure_attribute_sets(keys text[]) RETURNS TABLE (set_id integer, set_key text)
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO attribute_sets (key, gender, ethnicity, education, professional, political_theory, occupation, religion, religious_adherence, status, exemption)
  SELECT k, NULLIF(a[1], E'\x1e'), NULLIF(a[2], E'\x1e'), NULLIF(a[3], E'\x1e'), NULLIF(a[4], E'\x1e'), NULLIF(a[5], E'\x1e'), NULLIF(a[6], E'\x1e'), NULLIF(a[7], E'\x1e'), NULLIF(a[8], E'\x1e'), NULLIF(a[9], E'\x1e'), NULLIF(a[10], E'\x1e')
  FROM (SELECT DISTINCT k, string_to_array(k, E'\x1f') AS a FROM unnest(keys) AS k) p
  ON CONFLICT (key) DO NOTHING;
  RETURN QUERY SELECT s.id, s.key FROM attribute_sets s WHERE s.key = ANY(keys);
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION attribute_set_id(k text) RETURNS integer LANGUAGE sql AS $$
  SELECT COALESCE((SELECT id FROM attribute_sets WHERE key = k),
                  (SELECT set_id FROM ensure_attribute_sets(ARRAY[k])))
$$;
--> statement-breakpoint
-- Periods written one at a time (the services) leave the id out: the insert trigger that already takes
-- the member's attributes (migration 0015) now also finds their set. Bulk writers pass both, and the
-- WHEN clause spares them the call.
CREATE OR REPLACE FUNCTION membership_periods_take_member_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.gender IS NULL THEN
    SELECT m.gender, m.ethnicity, m.birth_date, m.education, m.professional, m.political_theory,
           m.occupation, m.religion, m.religious_adherence
      INTO NEW.gender, NEW.ethnicity, NEW.birth_date, NEW.education, NEW.professional, NEW.political_theory,
           NEW.occupation, NEW.religion, NEW.religious_adherence
      FROM members m WHERE m.id = NEW.member_id;
  END IF;
  NEW.attribute_set_id := attribute_set_id(attribute_set_key(NEW.gender, NEW.ethnicity, NEW.education, NEW.professional, NEW.political_theory, NEW.occupation, NEW.religion, NEW.religious_adherence, NEW.status, NEW.exemption));
  RETURN NEW;
END $$;
--> statement-breakpoint
DROP TRIGGER membership_periods_take_member_facts ON membership_periods;
--> statement-breakpoint
CREATE TRIGGER membership_periods_take_member_facts BEFORE INSERT ON membership_periods
  FOR EACH ROW WHEN (NEW.gender IS NULL OR NEW.attribute_set_id IS NULL)
  EXECUTE FUNCTION membership_periods_take_member_facts();
--> statement-breakpoint
-- A profile edit copied to the periods (migration 0015), or any other change of these columns, moves the
-- period to its new set.
CREATE OR REPLACE FUNCTION membership_periods_follow_attribute_set() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.attribute_set_id := attribute_set_id(attribute_set_key(NEW.gender, NEW.ethnicity, NEW.education, NEW.professional, NEW.political_theory, NEW.occupation, NEW.religion, NEW.religious_adherence, NEW.status, NEW.exemption));
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER membership_periods_follow_attribute_set BEFORE UPDATE ON membership_periods
  FOR EACH ROW WHEN ((OLD.gender, OLD.ethnicity, OLD.education, OLD.professional, OLD.political_theory, OLD.occupation, OLD.religion, OLD.religious_adherence, OLD.status, OLD.exemption) IS DISTINCT FROM (NEW.gender, NEW.ethnicity, NEW.education, NEW.professional, NEW.political_theory, NEW.occupation, NEW.religion, NEW.religious_adherence, NEW.status, NEW.exemption))
  EXECUTE FUNCTION membership_periods_follow_attribute_set();
--> statement-breakpoint
ANALYZE attribute_sets;
--> statement-breakpoint
ANALYZE membership_periods;
