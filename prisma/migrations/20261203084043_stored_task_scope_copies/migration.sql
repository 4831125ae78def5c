-- The stored tasks carry their traject's phase beside its team and school (docs/decisions/0020).
-- Rows already stored take it from their traject, so the lists stay on the stored path.
ALTER TABLE "OpenTaak" ADD COLUMN "aanmeldingStap" "AanmeldingStap",
ADD COLUMN "fase" "Fase";

UPDATE "OpenTaak" o SET "fase" = t."fase", "aanmeldingStap" = t."aanmeldingStap" FROM "Traject" t WHERE t."id" = o."trajectId";

ALTER TABLE "OpenTaak" ALTER COLUMN "fase" SET NOT NULL;
