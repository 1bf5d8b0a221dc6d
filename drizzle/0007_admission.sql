CREATE TABLE "admission_candidates" (
	"id" text PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"full_name" text NOT NULL,
	"birth_name" text,
	"gender" text NOT NULL,
	"birth_date" date NOT NULL,
	"ethnicity" text NOT NULL,
	"religion" text,
	"religious_adherence" text,
	"hometown" text,
	"residence" text,
	"citizen_id" text,
	"phone" text,
	"education" text,
	"professional" text,
	"political_theory" text,
	"foreign_language" text,
	"occupation" text,
	"job_title" text,
	"workplace" text,
	"youth_union" boolean DEFAULT false NOT NULL,
	"rural" boolean DEFAULT false NOT NULL,
	"highland_area" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'ACTIVE' NOT NULL,
	"member_id" text,
	"withdrawn_date" date,
	"withdrawn_reason" text,
	"ceremony_date" date,
	"search_text" text NOT NULL,
	"sort_key" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "admission_plans" (
	"id" text PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"year" integer NOT NULL,
	"target_total" integer NOT NULL,
	"target_youth_union" integer,
	"target_women" integer,
	"target_ethnic_minority" integer,
	"target_rural" integer,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "admission_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"values" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "admission_steps" (
	"candidate_id" text NOT NULL,
	"step" text NOT NULL,
	"date" date NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "admission_steps_candidate_id_step_pk" PRIMARY KEY("candidate_id","step")
);
--> statement-breakpoint
ALTER TABLE "admission_candidates" ADD CONSTRAINT "admission_candidates_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admission_candidates" ADD CONSTRAINT "admission_candidates_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admission_plans" ADD CONSTRAINT "admission_plans_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admission_steps" ADD CONSTRAINT "admission_steps_candidate_id_admission_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."admission_candidates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admission_candidates_org_idx" ON "admission_candidates" USING btree ("org_id","status");--> statement-breakpoint
CREATE INDEX "admission_candidates_ceremony_idx" ON "admission_candidates" USING btree ("ceremony_date");--> statement-breakpoint
CREATE UNIQUE INDEX "admission_candidates_citizen_id_key" ON "admission_candidates" USING btree ("citizen_id") WHERE status = 'ACTIVE';--> statement-breakpoint
CREATE UNIQUE INDEX "admission_plans_org_year_key" ON "admission_plans" USING btree ("org_id","year");