CREATE TABLE "disciplines" (
	"id" text PRIMARY KEY NOT NULL,
	"subject" text NOT NULL,
	"subject_id" text NOT NULL,
	"member_id" text,
	"org_id" text NOT NULL,
	"org_path" text NOT NULL,
	"form" text NOT NULL,
	"decided_on" date NOT NULL,
	"decision_number" text,
	"issuing_body" text,
	"reason" text,
	"self_detected_and_remedied" boolean DEFAULT false NOT NULL,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_commitments" (
	"id" text PRIMARY KEY NOT NULL,
	"member_id" text NOT NULL,
	"year" integer NOT NULL,
	"content" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_reopenings" (
	"id" text PRIMARY KEY NOT NULL,
	"rating_id" text NOT NULL,
	"previous_level" text,
	"reason" text NOT NULL,
	"reopened_by" text,
	"reopened_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_rounds" (
	"id" text PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"org_path" text NOT NULL,
	"period_kind" text NOT NULL,
	"period_key" text NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"rule_set" text NOT NULL,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"note" text,
	"opened_by" text,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"values" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text,
	"source" text NOT NULL,
	"subject" text NOT NULL,
	"subject_id" text NOT NULL,
	"member_id" text,
	"org_id" text NOT NULL,
	"org_path" text NOT NULL,
	"org_group" text,
	"period_kind" text NOT NULL,
	"period_key" text NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer,
	"rule_set" text NOT NULL,
	"self_assessment" jsonb,
	"self_level" text,
	"self_submitted_at" timestamp with time zone,
	"proposed_level" text,
	"proposal_note" text,
	"proposed_by" text,
	"proposed_at" timestamp with time zone,
	"level" text,
	"score" numeric(5, 2),
	"score_general" numeric(5, 2),
	"score_tasks" numeric(5, 2),
	"decision_note" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"locked" boolean DEFAULT false NOT NULL,
	"findings" jsonb,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "remediation_plans" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text,
	"subject" text NOT NULL,
	"subject_id" text NOT NULL,
	"member_id" text,
	"org_id" text NOT NULL,
	"org_path" text NOT NULL,
	"year" integer NOT NULL,
	"shortcoming" text NOT NULL,
	"actions" text NOT NULL,
	"responsible" text,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"done_on" date,
	"result" text,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "disciplines" ADD CONSTRAINT "disciplines_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disciplines" ADD CONSTRAINT "disciplines_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_commitments" ADD CONSTRAINT "rating_commitments_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_reopenings" ADD CONSTRAINT "rating_reopenings_rating_id_ratings_id_fk" FOREIGN KEY ("rating_id") REFERENCES "public"."ratings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_rounds" ADD CONSTRAINT "rating_rounds_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_round_id_rating_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rating_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remediation_plans" ADD CONSTRAINT "remediation_plans_round_id_rating_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rating_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remediation_plans" ADD CONSTRAINT "remediation_plans_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remediation_plans" ADD CONSTRAINT "remediation_plans_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disciplines_subject_idx" ON "disciplines" USING btree ("subject_id","decided_on");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_commitments_member_year_key" ON "rating_commitments" USING btree ("member_id","year");--> statement-breakpoint
CREATE INDEX "rating_reopenings_rating_idx" ON "rating_reopenings" USING btree ("rating_id");--> statement-breakpoint
CREATE INDEX "rating_rounds_path_idx" ON "rating_rounds" USING btree ("org_path");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_rounds_org_period_key" ON "rating_rounds" USING btree ("org_id","period_key") WHERE status <> 'CANCELLED';--> statement-breakpoint
CREATE UNIQUE INDEX "ratings_subject_period_key" ON "ratings" USING btree ("subject","subject_id","period_key");--> statement-breakpoint
CREATE INDEX "ratings_round_idx" ON "ratings" USING btree ("round_id","org_path");--> statement-breakpoint
CREATE INDEX "ratings_path_year_idx" ON "ratings" USING btree ("org_path","year");--> statement-breakpoint
CREATE INDEX "ratings_member_idx" ON "ratings" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "remediation_plans_path_idx" ON "remediation_plans" USING btree ("org_path","year");--> statement-breakpoint
CREATE INDEX "remediation_plans_subject_idx" ON "remediation_plans" USING btree ("subject_id");