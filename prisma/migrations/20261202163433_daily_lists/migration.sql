-- Search by part of a name: trigram indexes (PGlite loads the same extension, lib/db/connect.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "aantal" INTEGER;

-- AlterTable
ALTER TABLE "Traject" ADD COLUMN     "kenmerk" TEXT,
ADD COLUMN     "nummer" SERIAL NOT NULL,
ADD COLUMN     "termijnOp" DATE;

-- CreateIndex
CREATE INDEX "Student_voornaam_idx" ON "Student" USING GIN ("voornaam" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Student_achternaam_idx" ON "Student" USING GIN ("achternaam" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Traject_nummer_key" ON "Traject"("nummer");

-- CreateIndex
CREATE INDEX "Traject_fase_termijnOp_idx" ON "Traject"("fase", "termijnOp");

-- The running term's last day for every traject recorded so far, as currentTerm computes it
-- (lib/trajecten/terms.ts): onderzoek 4 weeks, intensief its planned weeks (16 at most),
-- borging 3 months, then the follow-ups at 3 and 12 months; from here on every transition sets it.
UPDATE "Traject" t SET "termijnOp" = CASE t."fase"
  WHEN 'ONDERZOEK' THEN t."onderzoekStart" + 27
  WHEN 'INTENSIEF' THEN t."intensiefStart" + (LEAST(t."intensiefWeken", 16) * 7 - 1)
  WHEN 'BORGING' THEN (t."borgingStart" + interval '3 months')::date - 1
  WHEN 'FOLLOW_UP' THEN CASE
    WHEN NOT EXISTS (SELECT 1 FROM "FollowUp" f WHERE f."trajectId" = t.id AND f.moment = 'DRIE_MAANDEN') THEN (t."followUpStart" + interval '3 months')::date
    WHEN NOT EXISTS (SELECT 1 FROM "FollowUp" f WHERE f."trajectId" = t.id AND f.moment = 'TWAALF_MAANDEN') THEN (t."followUpStart" + interval '12 months')::date
  END
END;
