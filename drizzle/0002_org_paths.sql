ALTER TABLE "members" ADD COLUMN "org_path" text;--> statement-breakpoint
ALTER TABLE "orgs" ADD COLUMN "path" text;--> statement-breakpoint
CREATE INDEX "members_facts_idx" ON "members" USING btree ("org_path","status","gender","ethnicity","birth_date","education","professional","political_theory","occupation");