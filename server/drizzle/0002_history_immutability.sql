-- History and audit rows are immutable (issue: program tracking). Custom migration: drizzle-kit
-- does not model triggers. Works on PostgreSQL and PGlite (plpgsql is built in).
CREATE FUNCTION "reject_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% on "%" is not allowed: the table is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END
$$;
--> statement-breakpoint
-- An update record may only gain its verification (who, when), once; nothing else changes.
CREATE FUNCTION "program_updates_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'DELETE on "program_updates" is not allowed: history is immutable'
      USING ERRCODE = 'restrict_violation';
  END IF;
  IF OLD.verified_at IS NOT NULL OR OLD.verified_by IS NOT NULL THEN
    RAISE EXCEPTION 'program update % is already verified and cannot change', OLD.id
      USING ERRCODE = 'restrict_violation';
  END IF;
  IF NEW.verified_at IS NULL OR NEW.verified_by IS NULL
     OR (to_jsonb(NEW) - 'verified_at' - 'verified_by')
        IS DISTINCT FROM (to_jsonb(OLD) - 'verified_at' - 'verified_by') THEN
    RAISE EXCEPTION 'program update % is immutable: only its verification can be set, once', OLD.id
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "program_updates_immutable" BEFORE UPDATE OR DELETE ON "program_updates"
  FOR EACH ROW EXECUTE FUNCTION "program_updates_guard"();
--> statement-breakpoint
CREATE TRIGGER "program_updates_no_truncate" BEFORE TRUNCATE ON "program_updates"
  FOR EACH STATEMENT EXECUTE FUNCTION "reject_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_log_immutable" BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "reject_change"();
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "reject_change"();
