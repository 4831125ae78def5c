-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('WACHT', 'VERZONDEN', 'BEWAARD', 'MISLUKT');

-- CreateTable
CREATE TABLE "MailBericht" (
    "id" TEXT NOT NULL,
    "aan" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "onderwerp" TEXT NOT NULL,
    "tekst" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "status" "MailStatus" NOT NULL DEFAULT 'WACHT',
    "pogingen" INTEGER NOT NULL DEFAULT 0,
    "laatsteFout" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verzondenOp" TIMESTAMPTZ(3),

    CONSTRAINT "MailBericht_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MailBericht_status_createdAt_idx" ON "MailBericht"("status", "createdAt");

-- CreateIndex
CREATE INDEX "MailBericht_createdAt_idx" ON "MailBericht"("createdAt");
