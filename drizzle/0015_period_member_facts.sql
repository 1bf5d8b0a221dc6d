ALTER TABLE "membership_periods" ADD COLUMN "gender" text;--> statement-breakpoint
ALTER TABLE "membership_periods" ADD COLUMN "ethnicity" text;--> statement-breakpoint
ALTER TABLE "membership_periods" ADD COLUMN "birth_date" date;--> statement-breakpoint
ALTER TABLE "membership_periods" ADD COLUMN "education" text;--> statement-breakpoint
ALTER TABLE "membership_periods" ADD COLUMN "professional" text;--> statement-breakpoint
ALTER TABLE "membership_periods" ADD COLUMN "political_theory" text;--> statement-breakpoint
ALTER TABLE "membership_periods" ADD COLUMN "occupation" text;--> statement-breakpoint
ALTER TABLE "membership_periods" ADD COLUMN "religion" text;--> statement-breakpoint
ALTER TABLE "membership_periods" ADD COLUMN "religious_adherence" text;--> statement-breakpoint
-- Each period carries its member's coded attributes so the structure report counts the periods in
-- force alone: joining them to members hashed all 5.7M members' index entries per report at nation
-- scale (docs/performance.md, run 4). The database keeps the copy true for every writer: a period
-- inserted without them takes them from members, and a profile edit is copied to all its periods.
CREATE OR REPLACE FUNCTION membership_periods_take_member_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT m.gender, m.ethnicity, m.birth_date, m.education, m.professional, m.political_theory,
         m.occupation, m.religion, m.religious_adherence
    INTO NEW.gender, NEW.ethnicity, NEW.birth_date, NEW.education, NEW.professional, NEW.political_theory,
         NEW.occupation, NEW.religion, NEW.religious_adherence
    FROM members m WHERE m.id = NEW.member_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
-- Bulk writers (the demo loader, the import) pass the attributes; gender is never null on members,
-- so the WHEN clause spares them the function call.
CREATE TRIGGER membership_periods_take_member_facts BEFORE INSERT ON membership_periods
  FOR EACH ROW WHEN (NEW.gender IS NULL) EXECUTE FUNCTION membership_periods_take_member_facts();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION members_copy_facts_to_periods() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE membership_periods SET gender = NEW.gender, ethnicity = NEW.ethnicity, birth_date = NEW.birth_date,
    education = NEW.education, professional = NEW.professional, political_theory = NEW.political_theory,
    occupation = NEW.occupation, religion = NEW.religion, religious_adherence = NEW.religious_adherence
  WHERE member_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER members_copy_facts_to_periods AFTER UPDATE OF gender, ethnicity, birth_date, education,
    professional, political_theory, occupation, religion, religious_adherence ON members
  FOR EACH ROW WHEN ((OLD.gender, OLD.ethnicity, OLD.birth_date, OLD.education, OLD.professional,
      OLD.political_theory, OLD.occupation, OLD.religion, OLD.religious_adherence)
    IS DISTINCT FROM (NEW.gender, NEW.ethnicity, NEW.birth_date, NEW.education, NEW.professional,
      NEW.political_theory, NEW.occupation, NEW.religion, NEW.religious_adherence))
  EXECUTE FUNCTION members_copy_facts_to_periods();
--> statement-breakpoint
UPDATE membership_periods p SET gender = m.gender, ethnicity = m.ethnicity, birth_date = m.birth_date,
  education = m.education, professional = m.professional, political_theory = m.political_theory,
  occupation = m.occupation, religion = m.religion, religious_adherence = m.religious_adherence
FROM members m WHERE m.id = p.member_id;
--> statement-breakpoint
ANALYZE membership_periods;
