-- Diacritics-insensitive substring search over name and numbers (members.search_text is folded in TypeScript).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS members_search_trgm_idx ON members USING gin (search_text gin_trgm_ops);
--> statement-breakpoint
-- The Vietnamese order of people is encoded in sort_key; byte order must not be re-collated.
ALTER TABLE members ALTER COLUMN sort_key TYPE text COLLATE "C";
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS membership_periods_open_idx ON membership_periods (org_id) WHERE valid_to IS NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS org_versions_open_idx ON org_versions (parent_id) WHERE valid_to IS NULL;
--> statement-breakpoint
-- The audit log is append-only: refuse UPDATE and DELETE at the database, not only in the code.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER membership_events_no_update BEFORE UPDATE OR DELETE ON membership_events FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
