-- CreateEnum
CREATE TYPE "DoelBesluit" AS ENUM ('HANDHAVEN', 'BIJSTELLEN', 'STOPPEN');

-- CreateEnum
CREATE TYPE "OverdrachtAan" AS ENUM ('MENTOR', 'BPO', 'NETWERKPARTNERS');

-- CreateEnum
CREATE TYPE "ExitVoor" AS ENUM ('OUDERS', 'LEERLING');

-- AlterTable
ALTER TABLE "Doel" ADD COLUMN     "eigenaarId" TEXT;

-- AlterTable
ALTER TABLE "Handelingsadvies" ADD COLUMN     "getest" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "inOpp" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "werkt" "JaNeeOnbekend" NOT NULL DEFAULT 'ONBEKEND';

-- CreateTable
CREATE TABLE "Evaluatie" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "datum" DATE NOT NULL,
    "deelnemers" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evaluatie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DoelEvaluatie" (
    "evaluatieId" TEXT NOT NULL,
    "doelId" TEXT NOT NULL,
    "voortgang" INTEGER NOT NULL,
    "besluit" "DoelBesluit" NOT NULL,
    "toelichting" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "DoelEvaluatie_pkey" PRIMARY KEY ("evaluatieId","doelId")
);

-- CreateTable
CREATE TABLE "Overdracht" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "aan" "OverdrachtAan" NOT NULL,
    "datum" DATE NOT NULL,
    "notitie" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Overdracht_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExitLink" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "voor" "ExitVoor" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "verlooptOp" TIMESTAMP(3) NOT NULL,
    "gebruiktOp" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExitLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExitAntwoord" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "linkId" TEXT NOT NULL,
    "voor" "ExitVoor" NOT NULL,
    "tevredenheid" INTEGER NOT NULL,
    "samenwerking" INTEGER NOT NULL,
    "bruikbaarheid" INTEGER NOT NULL,
    "resultaat" INTEGER NOT NULL,
    "opmerking" TEXT NOT NULL DEFAULT '',
    "ingevuldOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExitAntwoord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Evaluatie_trajectId_datum_idx" ON "Evaluatie"("trajectId", "datum");

-- CreateIndex
CREATE INDEX "DoelEvaluatie_doelId_idx" ON "DoelEvaluatie"("doelId");

-- CreateIndex
CREATE UNIQUE INDEX "Overdracht_trajectId_aan_key" ON "Overdracht"("trajectId", "aan");

-- CreateIndex
CREATE UNIQUE INDEX "ExitLink_tokenHash_key" ON "ExitLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ExitLink_trajectId_idx" ON "ExitLink"("trajectId");

-- CreateIndex
CREATE UNIQUE INDEX "ExitAntwoord_linkId_key" ON "ExitAntwoord"("linkId");

-- CreateIndex
CREATE INDEX "ExitAntwoord_trajectId_idx" ON "ExitAntwoord"("trajectId");

-- AddForeignKey
ALTER TABLE "Doel" ADD CONSTRAINT "Doel_eigenaarId_fkey" FOREIGN KEY ("eigenaarId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluatie" ADD CONSTRAINT "Evaluatie_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DoelEvaluatie" ADD CONSTRAINT "DoelEvaluatie_evaluatieId_fkey" FOREIGN KEY ("evaluatieId") REFERENCES "Evaluatie"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DoelEvaluatie" ADD CONSTRAINT "DoelEvaluatie_doelId_fkey" FOREIGN KEY ("doelId") REFERENCES "Doel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Overdracht" ADD CONSTRAINT "Overdracht_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExitLink" ADD CONSTRAINT "ExitLink_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExitAntwoord" ADD CONSTRAINT "ExitAntwoord_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The scales, enforced by the database as well as by the forms.
ALTER TABLE "DoelEvaluatie" ADD CONSTRAINT "DoelEvaluatie_voortgang_check" CHECK ("voortgang" BETWEEN 1 AND 10);
ALTER TABLE "ExitAntwoord" ADD CONSTRAINT "ExitAntwoord_scores_check" CHECK (
  "tevredenheid" BETWEEN 1 AND 5 AND "samenwerking" BETWEEN 1 AND 5 AND "bruikbaarheid" BETWEEN 1 AND 5 AND "resultaat" BETWEEN 1 AND 5
);
