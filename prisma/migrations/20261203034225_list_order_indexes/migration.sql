-- DropIndex
DROP INDEX "Traject_fase_idx";

-- CreateIndex
CREATE INDEX "Traject_fase_aanmeldingStap_topteamId_idx" ON "Traject"("fase", "aanmeldingStap", "topteamId");

-- CreateIndex
CREATE INDEX "Traject_termijnOp_aangemeldOp_id_idx" ON "Traject"("termijnOp", "aangemeldOp", "id");
