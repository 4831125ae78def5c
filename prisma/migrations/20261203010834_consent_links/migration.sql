-- CreateEnum
CREATE TYPE "ToestemmingBron" AS ENUM ('PAPIER', 'LINK');

-- CreateEnum
CREATE TYPE "LinkAntwoord" AS ENUM ('GEGEVEN', 'GEWEIGERD');

-- AlterTable
ALTER TABLE "Consent" ADD COLUMN     "bron" "ToestemmingBron" NOT NULL DEFAULT 'PAPIER',
ADD COLUMN     "linkId" TEXT,
ADD COLUMN     "tekstVersie" TEXT;

-- CreateTable
CREATE TABLE "ToestemmingLink" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "voor" "ToestemmingDoor" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "adresHash" TEXT NOT NULL,
    "tekstVersie" TEXT NOT NULL,
    "verlooptOp" TIMESTAMPTZ(3) NOT NULL,
    "antwoord" "LinkAntwoord",
    "antwoordOp" TIMESTAMPTZ(3),
    "antwoordIp" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ToestemmingLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ToestemmingLink_tokenHash_key" ON "ToestemmingLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ToestemmingLink_trajectId_idx" ON "ToestemmingLink"("trajectId");

-- CreateIndex
CREATE UNIQUE INDEX "Consent_linkId_key" ON "Consent"("linkId");

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "ToestemmingLink"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ToestemmingLink" ADD CONSTRAINT "ToestemmingLink_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;
