-- CreateEnum
CREATE TYPE "Zichtbaarheid" AS ENUM ('TOPTEAM', 'GEDEELD');

-- CreateEnum
CREATE TYPE "NetwerkSoort" AS ENUM ('GEZIN', 'VRIENDEN', 'MENTOR', 'DOCENT', 'ZORGCOORDINATOR', 'BPO', 'OUDER_KINDADVISEUR', 'JEUGDHULP', 'JEUGDARTS', 'LEERPLICHT', 'ANDERS');

-- CreateEnum
CREATE TYPE "ActiviteitSoort" AS ENUM ('OBSERVATIE', 'GESPREK', 'VRAGENLIJST', 'DIAGNOSTIEK');

-- CreateEnum
CREATE TYPE "ObservatieSituatie" AS ENUM ('LES_GAAT_GOED', 'LES_LASTIG', 'VRIJE_SITUATIE', 'GESTRUCTUREERDE_SITUATIE');

-- CreateEnum
CREATE TYPE "AfspraakPartij" AS ENUM ('DOCENTENTEAM', 'MENTOR', 'ZORGCOORDINATOR', 'MANAGEMENT');

-- CreateTable
CREATE TABLE "NetwerkContact" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "soort" "NetwerkSoort" NOT NULL,
    "naam" TEXT NOT NULL,
    "organisatie" TEXT NOT NULL DEFAULT '',
    "zichtbaarheid" "Zichtbaarheid" NOT NULL DEFAULT 'TOPTEAM',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetwerkContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activiteit" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "soort" "ActiviteitSoort" NOT NULL,
    "datum" DATE NOT NULL,
    "deelnemers" TEXT NOT NULL,
    "situatie" "ObservatieSituatie",
    "gesprekMetId" TEXT,
    "notitie" TEXT NOT NULL DEFAULT '',
    "zichtbaarheid" "Zichtbaarheid" NOT NULL DEFAULT 'TOPTEAM',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Activiteit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notitie" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "datum" DATE NOT NULL,
    "tekst" TEXT NOT NULL,
    "zichtbaarheid" "Zichtbaarheid" NOT NULL DEFAULT 'TOPTEAM',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notitie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Afspraak" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "partij" "AfspraakPartij" NOT NULL,
    "afspraak" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Afspraak_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Escalatie" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "datum" DATE NOT NULL,
    "niveau" INTEGER NOT NULL,
    "kwestie" TEXT NOT NULL,
    "wie" TEXT NOT NULL,
    "oplossing" TEXT,
    "opgelostOp" DATE,
    "zichtbaarheid" "Zichtbaarheid" NOT NULL DEFAULT 'GEDEELD',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Escalatie_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NetwerkContact_trajectId_idx" ON "NetwerkContact"("trajectId");

-- CreateIndex
CREATE INDEX "Activiteit_trajectId_datum_idx" ON "Activiteit"("trajectId", "datum");

-- CreateIndex
CREATE INDEX "Notitie_trajectId_datum_idx" ON "Notitie"("trajectId", "datum");

-- CreateIndex
CREATE INDEX "Afspraak_trajectId_idx" ON "Afspraak"("trajectId");

-- CreateIndex
CREATE INDEX "Escalatie_trajectId_datum_idx" ON "Escalatie"("trajectId", "datum");

-- AddForeignKey
ALTER TABLE "NetwerkContact" ADD CONSTRAINT "NetwerkContact_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activiteit" ADD CONSTRAINT "Activiteit_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activiteit" ADD CONSTRAINT "Activiteit_gesprekMetId_fkey" FOREIGN KEY ("gesprekMetId") REFERENCES "NetwerkContact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notitie" ADD CONSTRAINT "Notitie_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Afspraak" ADD CONSTRAINT "Afspraak_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalatie" ADD CONSTRAINT "Escalatie_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The ladder has four steps.
ALTER TABLE "Escalatie" ADD CONSTRAINT "Escalatie_niveau_check" CHECK ("niveau" BETWEEN 1 AND 4);
