ALTER TABLE "membership_periods" ADD COLUMN "exemption" text;--> statement-breakpoint
ALTER TABLE "membership_periods" ADD COLUMN "host_org_id" text;--> statement-breakpoint
ALTER TABLE "membership_periods" ADD COLUMN "start_cause" text DEFAULT 'ADMISSION' NOT NULL;--> statement-breakpoint
ALTER TABLE "membership_periods" ADD COLUMN "end_cause" text;--> statement-breakpoint
ALTER TABLE "membership_periods" ADD CONSTRAINT "membership_periods_host_org_id_orgs_id_fk" FOREIGN KEY ("host_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "membership_periods_from_idx" ON "membership_periods" USING btree ("valid_from");--> statement-breakpoint
CREATE INDEX "membership_periods_to_idx" ON "membership_periods" USING btree ("valid_to");--> statement-breakpoint
-- Periods written before causes existed: a period that follows another began with a recognition
-- (status changed) or a move (org changed); a closed period ended with whatever began the next one.
UPDATE "membership_periods" p SET "start_cause" = CASE WHEN prev."status" <> p."status" THEN 'RECOGNITION' ELSE 'INTERNAL_MOVE' END
  FROM "membership_periods" prev WHERE prev."member_id" = p."member_id" AND prev."valid_to" = p."valid_from";--> statement-breakpoint
UPDATE "membership_periods" p SET "end_cause" = nxt."start_cause"
  FROM "membership_periods" nxt WHERE nxt."member_id" = p."member_id" AND nxt."valid_from" = p."valid_to";
