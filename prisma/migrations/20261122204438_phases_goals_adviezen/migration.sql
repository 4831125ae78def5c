-- CreateEnum
CREATE TYPE "DoelGebied" AS ENUM ('DIDACTIEK', 'GEDRAG_SOCIAAL_EMOTIONEEL', 'THUIS');

-- CreateEnum
CREATE TYPE "DoelStatus" AS ENUM ('ACTIEF', 'BEREIKT', 'GESTOPT');

-- CreateEnum
CREATE TYPE "AdviesVoor" AS ENUM ('SCHOOL', 'DOCENTEN', 'OUDERS', 'LEERLING');

-- AlterEnum
ALTER TYPE "AanmeldingStap" ADD VALUE 'GOEDGEKEURD';

-- AlterTable
ALTER TABLE "FollowUp" ADD COLUMN     "transitionId" TEXT;

-- AlterTable
ALTER TABLE "TrajectTransition" ADD COLUMN     "voorToestand" JSONB;

-- CreateTable
CREATE TABLE "Doel" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "omschrijving" TEXT NOT NULL,
    "gebied" "DoelGebied" NOT NULL,
    "status" "DoelStatus" NOT NULL DEFAULT 'ACTIEF',
    "afgesprokenOp" DATE NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "transitionId" TEXT,

    CONSTRAINT "Doel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Handelingsadvies" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "voor" "AdviesVoor" NOT NULL,
    "tekst" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "transitionId" TEXT,

    CONSTRAINT "Handelingsadvies_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Doel_trajectId_idx" ON "Doel"("trajectId");

-- CreateIndex
CREATE INDEX "Handelingsadvies_trajectId_idx" ON "Handelingsadvies"("trajectId");

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_transitionId_fkey" FOREIGN KEY ("transitionId") REFERENCES "TrajectTransition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Doel" ADD CONSTRAINT "Doel_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Doel" ADD CONSTRAINT "Doel_transitionId_fkey" FOREIGN KEY ("transitionId") REFERENCES "TrajectTransition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handelingsadvies" ADD CONSTRAINT "Handelingsadvies_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handelingsadvies" ADD CONSTRAINT "Handelingsadvies_transitionId_fkey" FOREIGN KEY ("transitionId") REFERENCES "TrajectTransition"("id") ON DELETE SET NULL ON UPDATE CASCADE;
