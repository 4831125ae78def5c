-- CreateEnum
CREATE TYPE "TaakRol" AS ENUM ('GEDRAGSWETENSCHAPPER', 'TEAMLID', 'ONDERWIJSADVISEUR', 'ZORGCOORDINATOR', 'COORDINATOR');

-- CreateTable
CREATE TABLE "OpenTaak" (
    "trajectId" TEXT NOT NULL,
    "rol" "TaakRol" NOT NULL,
    "volgorde" INTEGER NOT NULL,
    "eigenaarId" TEXT,
    "soort" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "nummer" INTEGER NOT NULL,
    "topteamId" TEXT,
    "schoolId" TEXT NOT NULL,

    CONSTRAINT "OpenTaak_pkey" PRIMARY KEY ("trajectId","rol","volgorde")
);

-- CreateTable
CREATE TABLE "TakenStand" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "dag" DATE NOT NULL,
    "weken" INTEGER NOT NULL,

    CONSTRAINT "TakenStand_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OpenTaak_rol_dueOn_nummer_volgorde_idx" ON "OpenTaak"("rol", "dueOn", "nummer", "volgorde");

-- CreateIndex
CREATE INDEX "OpenTaak_rol_topteamId_dueOn_nummer_volgorde_idx" ON "OpenTaak"("rol", "topteamId", "dueOn", "nummer", "volgorde");

-- CreateIndex
CREATE INDEX "OpenTaak_rol_schoolId_dueOn_nummer_volgorde_idx" ON "OpenTaak"("rol", "schoolId", "dueOn", "nummer", "volgorde");

-- CreateIndex
CREATE INDEX "Traject_studentId_idx" ON "Traject"("studentId");

-- AddForeignKey
ALTER TABLE "OpenTaak" ADD CONSTRAINT "OpenTaak_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;
