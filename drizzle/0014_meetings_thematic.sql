-- Thematic meetings held, by subtree and month: the dashboard's quarters and the report's thematic
-- figures count distinct cells per quarter over these ~20 % of the rows only (docs/meetings.md).
CREATE INDEX IF NOT EXISTS "meetings_thematic_idx" ON "meetings" ("org_path", "month") INCLUDE ("org_id")
  WHERE kind = 'THEMATIC' AND status IN ('HELD', 'CLOSED');
