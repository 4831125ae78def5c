-- CreateIndex
CREATE INDEX "Traject_topteamId_schoolId_idx" ON "Traject"("topteamId", "schoolId");
