-- CreateIndex
CREATE INDEX "ExitAntwoord_ingevuldOp_idx" ON "ExitAntwoord"("ingevuldOp");

-- CreateIndex
CREATE INDEX "FollowUp_contactOp_idx" ON "FollowUp"("contactOp");

-- CreateIndex
CREATE INDEX "Traject_aangemeldOp_idx" ON "Traject"("aangemeldOp");

-- CreateIndex
CREATE INDEX "Traject_afgeslotenOp_idx" ON "Traject"("afgeslotenOp");
