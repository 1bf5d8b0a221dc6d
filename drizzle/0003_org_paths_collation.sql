-- Paths compare byte by byte: a prefix range scan must not depend on the server's locale.
ALTER TABLE orgs ALTER COLUMN path TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE members ALTER COLUMN org_path TYPE text COLLATE "C";
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS orgs_path_idx ON orgs (path);
