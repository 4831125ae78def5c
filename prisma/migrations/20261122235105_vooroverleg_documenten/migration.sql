-- CreateEnum
CREATE TYPE "DoelgroepGebied" AS ENUM ('EXECUTIEVE_FUNCTIES', 'MOTIVATIE', 'VERZUIM', 'EXTERNALISEREND_GEDRAG', 'INTERNALISEREND_GEDRAG', 'COMPLEXE_THUISSITUATIE', 'COMPLEXE_VRIJE_TIJD');

-- CreateEnum
CREATE TYPE "NietPassend" AS ENUM ('ENKELVOUDIGE_VRAAG', 'REGULIER_NIET_HAALBAAR', 'ZEER_INTENSIEVE_HULP', 'NIET_GEMOTIVEERD');

-- CreateEnum
CREATE TYPE "VooroverlegBesluit" AS ENUM ('TOPTRAJECT', 'ANDERE_ONDERSTEUNING');

-- CreateEnum
CREATE TYPE "DocumentSoort" AS ENUM ('OPP');

-- CreateTable
CREATE TABLE "Vooroverleg" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "geplandOp" DATE,
    "gehoudenOp" DATE,
    "deelnemers" TEXT NOT NULL,
    "anoniem" BOOLEAN NOT NULL,
    "hoeGaatHet" TEXT,
    "ingezetteHulp" TEXT,
    "betrokkenInstanties" TEXT,
    "motivatie" TEXT,
    "afspraken" TEXT,
    "gebieden" "DoelgroepGebied"[],
    "nietPassend" "NietPassend"[],
    "besluit" "VooroverlegBesluit",
    "andereOndersteuning" TEXT,
    "recordedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Vooroverleg_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "soort" "DocumentSoort" NOT NULL,
    "bestandsnaam" TEXT NOT NULL,
    "grootte" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "inhoud" BYTEA NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Vooroverleg_trajectId_key" ON "Vooroverleg"("trajectId");

-- CreateIndex
CREATE INDEX "Document_trajectId_soort_idx" ON "Document"("trajectId", "soort");

-- AddForeignKey
ALTER TABLE "Vooroverleg" ADD CONSTRAINT "Vooroverleg_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;
