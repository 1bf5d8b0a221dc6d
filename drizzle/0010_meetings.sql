CREATE TABLE "meeting_attendance" (
	"meeting_id" text NOT NULL,
	"member_id" text NOT NULL,
	"expected" boolean DEFAULT true NOT NULL,
	"official" boolean DEFAULT true NOT NULL,
	"status" text,
	"reason" text,
	"reply" text,
	"reply_reason" text,
	"replied_at" timestamp with time zone,
	"held_on" date,
	CONSTRAINT "meeting_attendance_meeting_id_member_id_pk" PRIMARY KEY("meeting_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_documents" (
	"id" text PRIMARY KEY NOT NULL,
	"meeting_id" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_roster" (
	"id" text PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"org_path" text NOT NULL,
	"month" text NOT NULL,
	"user_id" text NOT NULL,
	"assigned_by" text,
	"meeting_id" text,
	"attended" boolean,
	"comment" text,
	"level" text,
	"reported_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"values" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_tasks" (
	"id" text PRIMARY KEY NOT NULL,
	"meeting_id" text NOT NULL,
	"org_id" text NOT NULL,
	"org_path" text NOT NULL,
	"member_id" text NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"review_note" text,
	"reviewed_in_meeting_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" text PRIMARY KEY NOT NULL,
	"org_id" text NOT NULL,
	"org_path" text NOT NULL,
	"kind" text NOT NULL,
	"model" boolean DEFAULT false NOT NULL,
	"month" text NOT NULL,
	"planned_date" date NOT NULL,
	"start_time" text,
	"place" text,
	"topic" text NOT NULL,
	"agenda" text,
	"planned_on" date NOT NULL,
	"status" text DEFAULT 'PLANNED' NOT NULL,
	"held_on" date,
	"minutes" jsonb,
	"expected_count" integer,
	"present_count" integer,
	"excused_count" integer,
	"unexcused_count" integer,
	"quorum_met" boolean,
	"self_assessment" jsonb,
	"confirmed_assessment" jsonb,
	"quality_level" text,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_documents" ADD CONSTRAINT "meeting_documents_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_roster" ADD CONSTRAINT "meeting_roster_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_roster" ADD CONSTRAINT "meeting_roster_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_tasks" ADD CONSTRAINT "meeting_tasks_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_tasks" ADD CONSTRAINT "meeting_tasks_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_tasks" ADD CONSTRAINT "meeting_tasks_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_attendance_member_idx" ON "meeting_attendance" USING btree ("member_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_documents_content_key" ON "meeting_documents" USING btree ("meeting_id","sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_roster_key" ON "meeting_roster" USING btree ("org_id","month","user_id");--> statement-breakpoint
CREATE INDEX "meeting_roster_user_idx" ON "meeting_roster" USING btree ("user_id","month");--> statement-breakpoint
CREATE INDEX "meeting_roster_path_idx" ON "meeting_roster" USING btree ("org_path","month");--> statement-breakpoint
CREATE INDEX "meeting_tasks_member_idx" ON "meeting_tasks" USING btree ("member_id","status");--> statement-breakpoint
CREATE INDEX "meeting_tasks_path_idx" ON "meeting_tasks" USING btree ("org_path","status","due_on");--> statement-breakpoint
CREATE INDEX "meeting_tasks_meeting_idx" ON "meeting_tasks" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_tasks_same_key" ON "meeting_tasks" USING btree ("meeting_id","member_id","title");--> statement-breakpoint
CREATE INDEX "meetings_org_date_idx" ON "meetings" USING btree ("org_id","planned_date");--> statement-breakpoint
CREATE INDEX "meetings_path_month_idx" ON "meetings" USING btree ("org_path","month");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_regular_month_key" ON "meetings" USING btree ("org_id","month") WHERE kind = 'REGULAR' AND status <> 'CANCELLED';--> statement-breakpoint
-- Paths compare byte by byte (as orgs.path, migration 0003): the subtree filters are prefix ranges.
ALTER TABLE "meetings" ALTER COLUMN "org_path" TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "meeting_tasks" ALTER COLUMN "org_path" TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "meeting_roster" ALTER COLUMN "org_path" TYPE text COLLATE "C";
