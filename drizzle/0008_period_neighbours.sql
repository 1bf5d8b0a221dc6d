ALTER TABLE "membership_periods" ADD COLUMN "prev_org_id" text;--> statement-breakpoint
ALTER TABLE "membership_periods" ADD COLUMN "next_org_id" text;--> statement-breakpoint
UPDATE "membership_periods" p SET "prev_org_id" = prev."org_id"
  FROM "membership_periods" prev WHERE prev."member_id" = p."member_id" AND prev."valid_to" = p."valid_from";--> statement-breakpoint
UPDATE "membership_periods" p SET "next_org_id" = nxt."org_id"
  FROM "membership_periods" nxt WHERE nxt."member_id" = p."member_id" AND nxt."valid_from" = p."valid_to";
