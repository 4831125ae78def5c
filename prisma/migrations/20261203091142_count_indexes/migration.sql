-- DropIndex
DROP INDEX "Traject_fase_aanmeldingStap_topteamId_idx";

-- CreateIndex
CREATE INDEX "OpenTaak_rol_fase_aanmeldingStap_topteamId_idx" ON "OpenTaak"("rol", "fase", "aanmeldingStap", "topteamId");

-- CreateIndex
CREATE INDEX "Traject_fase_aanmeldingStap_topteamId_windstreekoverstijgen_idx" ON "Traject"("fase", "aanmeldingStap", "topteamId", "windstreekoverstijgend");
