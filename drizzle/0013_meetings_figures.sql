-- Covering indexes for the meetings dashboard and report (docs/meetings.md): the figures come from the
-- counts cached on each meeting, and the wide rows (minutes, assessments) made every aggregate a scan
-- of the whole heap (3.3 s over a province's 240,000 meetings). INCLUDE is not expressible in the
-- Drizzle schema.
CREATE INDEX IF NOT EXISTS "meetings_figures_idx" ON "meetings" ("org_path", "month")
  INCLUDE ("org_id", "kind", "status", "present_count", "expected_count", "quality_level", "planned_on");--> statement-breakpoint
-- Overdue tasks: only open tasks, by due date.
CREATE INDEX IF NOT EXISTS "meeting_tasks_open_idx" ON "meeting_tasks" ("due_on", "org_path") WHERE status = 'OPEN';
