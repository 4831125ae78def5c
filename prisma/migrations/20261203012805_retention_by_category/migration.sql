-- CreateEnum
CREATE TYPE "Bewaarcategorie" AS ENUM ('SCHOOLDOSSIER', 'WERKAANTEKENINGEN');

-- CreateEnum
CREATE TYPE "VerzochtDoor" AS ENUM ('OUDERS', 'LEERLING', 'ANDERS');

-- AlterTable
ALTER TABLE "Traject" ADD COLUMN     "schooldossierGewistOp" DATE,
ADD COLUMN     "werkaantekeningenGewistOp" DATE;

-- CreateTable
CREATE TABLE "Vernietiging" (
    "id" TEXT NOT NULL,
    "studentRef" TEXT NOT NULL,
    "verzochtDoor" "VerzochtDoor" NOT NULL,
    "verzochtOp" DATE NOT NULL,
    "categorieen" "Bewaarcategorie"[],
    "toelichting" TEXT NOT NULL DEFAULT '',
    "uitkomst" TEXT NOT NULL,
    "uitgevoerdOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uitgevoerdDoorId" TEXT NOT NULL,

    CONSTRAINT "Vernietiging_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Vernietiging_studentRef_idx" ON "Vernietiging"("studentRef");

-- Students anonymised before retention by category had both parts wiped at once.
UPDATE "Traject" SET "schooldossierGewistOp" = "geanonimiseerdOp", "werkaantekeningenGewistOp" = "geanonimiseerdOp"
WHERE "geanonimiseerdOp" IS NOT NULL;

-- NEN 7513: the access log is kept at least five years. The append-only trigger now lets a row
-- older than that be deleted, and nothing else; the retention run deletes through the function
-- below, which runs as the schema's owner (the app's role has no DELETE on the log).
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND OLD."at" < now() - interval '5 years' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- Deletes the rows from before `tot`, never one younger than five years; returns how many.
CREATE FUNCTION audit_log_purge(tot timestamptz) RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  WITH weg AS (DELETE FROM "AuditLog" WHERE "at" < LEAST(tot, now() - interval '5 years') RETURNING 1)
  SELECT count(*) FROM weg;
$$;
REVOKE ALL ON FUNCTION audit_log_purge(timestamptz) FROM PUBLIC;
