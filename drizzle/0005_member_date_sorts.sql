CREATE INDEX "members_birth_date_idx" ON "members" USING btree ("birth_date");--> statement-breakpoint
CREATE INDEX "members_ceremony_date_idx" ON "members" USING btree ("ceremony_date");