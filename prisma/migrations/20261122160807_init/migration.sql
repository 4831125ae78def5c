-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ZORGCOORDINATOR', 'ONDERWIJSADVISEUR', 'GEDRAGSWETENSCHAPPER', 'TOPDOCENT', 'HULPVERLENER', 'COORDINATOR', 'SWV', 'ADMIN');

-- CreateEnum
CREATE TYPE "Fase" AS ENUM ('AANMELDING', 'ONDERZOEK', 'INTENSIEF', 'BORGING', 'FOLLOW_UP', 'AFGEROND', 'GESTOPT');

-- CreateEnum
CREATE TYPE "AanmeldingStap" AS ENUM ('ADVIES', 'VOOROVERLEG', 'AANVRAAG', 'DOSSIERCHECK');

-- CreateEnum
CREATE TYPE "StopReden" AS ENUM ('AANVRAAG_AFGEWEZEN', 'NIET_PASSEND_NA_ONDERZOEK', 'TERUGGETROKKEN_OUDERS_LEERLING', 'TERUGGETROKKEN_SCHOOL', 'LEERLING_VERHUISD', 'ANDERS');

-- CreateEnum
CREATE TYPE "ToestemmingDoor" AS ENUM ('OUDERS', 'LEERLING');

-- CreateEnum
CREATE TYPE "FollowUpMoment" AS ENUM ('DRIE_MAANDEN', 'TWAALF_MAANDEN');

-- CreateEnum
CREATE TYPE "JaNeeOnbekend" AS ENUM ('JA', 'NEE', 'ONBEKEND');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('ALLOWED', 'DENIED');

-- CreateTable
CREATE TABLE "Windstreek" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "naam" TEXT NOT NULL,

    CONSTRAINT "Windstreek_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "School" (
    "id" TEXT NOT NULL,
    "brin" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "windstreekId" TEXT NOT NULL,

    CONSTRAINT "School_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topteam" (
    "id" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "windstreekId" TEXT NOT NULL,
    "capaciteit" INTEGER NOT NULL,

    CONSTRAINT "Topteam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "schoolId" TEXT,
    "windstreekId" TEXT,
    "topteamId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "AuthSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Student" (
    "id" TEXT NOT NULL,
    "voornaam" TEXT NOT NULL,
    "achternaam" TEXT NOT NULL,
    "geboortedatum" DATE NOT NULL,
    "schoolId" TEXT NOT NULL,

    CONSTRAINT "Student_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Traject" (
    "id" TEXT NOT NULL,
    "studentId" TEXT,
    "schoolId" TEXT NOT NULL,
    "topteamId" TEXT,
    "windstreekoverstijgend" BOOLEAN NOT NULL DEFAULT false,
    "fase" "Fase" NOT NULL DEFAULT 'AANMELDING',
    "aanmeldingStap" "AanmeldingStap" DEFAULT 'ADVIES',
    "stopReden" "StopReden",
    "lisaReferentie" TEXT,
    "intensiefWeken" INTEGER NOT NULL DEFAULT 12,
    "aangemeldOp" DATE NOT NULL,
    "aanvraagOp" DATE,
    "goedgekeurdOp" DATE,
    "onderzoekStart" DATE,
    "intensiefStart" DATE,
    "borgingStart" DATE,
    "followUpStart" DATE,
    "afgeslotenOp" DATE,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Traject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrajectAssignment" (
    "trajectId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrajectAssignment_pkey" PRIMARY KEY ("trajectId","userId")
);

-- CreateTable
CREATE TABLE "TrajectTransition" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "vanFase" "Fase",
    "vanStap" "AanmeldingStap",
    "naarFase" "Fase" NOT NULL,
    "naarStap" "AanmeldingStap",
    "datum" DATE NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT NOT NULL,
    "notitie" TEXT NOT NULL DEFAULT '',
    "correctsId" TEXT,

    CONSTRAINT "TrajectTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "gegevenDoor" "ToestemmingDoor" NOT NULL,
    "naamGever" TEXT NOT NULL,
    "gegevenOp" DATE NOT NULL,
    "deelMetSwv" BOOLEAN NOT NULL DEFAULT true,
    "deelMetTopteam" BOOLEAN NOT NULL DEFAULT true,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ingetrokkenOp" DATE,
    "withdrawnById" TEXT,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "moment" "FollowUpMoment" NOT NULL,
    "contactOp" DATE NOT NULL,
    "contactDoorId" TEXT NOT NULL,
    "opUitstroomniveau" "JaNeeOnbekend" NOT NULL,
    "diplomaVerwacht" "JaNeeOnbekend" NOT NULL,
    "notitie" TEXT NOT NULL DEFAULT '',
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "role" "Role",
    "organisatie" TEXT,
    "trajectId" TEXT,
    "studentId" TEXT,
    "onderdeel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "outcome" "AuditOutcome" NOT NULL,
    "ip" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Windstreek_code_key" ON "Windstreek"("code");

-- CreateIndex
CREATE UNIQUE INDEX "School_brin_key" ON "School"("brin");

-- CreateIndex
CREATE INDEX "School_windstreekId_idx" ON "School"("windstreekId");

-- CreateIndex
CREATE UNIQUE INDEX "Topteam_naam_key" ON "Topteam"("naam");

-- CreateIndex
CREATE UNIQUE INDEX "Topteam_windstreekId_key" ON "Topteam"("windstreekId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_schoolId_idx" ON "User"("schoolId");

-- CreateIndex
CREATE INDEX "User_windstreekId_idx" ON "User"("windstreekId");

-- CreateIndex
CREATE INDEX "User_topteamId_idx" ON "User"("topteamId");

-- CreateIndex
CREATE INDEX "AuthSession_userId_idx" ON "AuthSession"("userId");

-- CreateIndex
CREATE INDEX "Student_schoolId_idx" ON "Student"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "Traject_lisaReferentie_key" ON "Traject"("lisaReferentie");

-- CreateIndex
CREATE INDEX "Traject_schoolId_fase_idx" ON "Traject"("schoolId", "fase");

-- CreateIndex
CREATE INDEX "Traject_topteamId_fase_idx" ON "Traject"("topteamId", "fase");

-- CreateIndex
CREATE INDEX "Traject_fase_idx" ON "Traject"("fase");

-- CreateIndex
CREATE INDEX "TrajectAssignment_userId_idx" ON "TrajectAssignment"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "TrajectTransition_correctsId_key" ON "TrajectTransition"("correctsId");

-- CreateIndex
CREATE INDEX "TrajectTransition_trajectId_recordedAt_idx" ON "TrajectTransition"("trajectId", "recordedAt");

-- CreateIndex
CREATE INDEX "Consent_trajectId_idx" ON "Consent"("trajectId");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUp_trajectId_moment_key" ON "FollowUp"("trajectId", "moment");

-- CreateIndex
CREATE INDEX "AuditLog_studentId_at_idx" ON "AuditLog"("studentId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_trajectId_at_idx" ON "AuditLog"("trajectId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_windstreekId_fkey" FOREIGN KEY ("windstreekId") REFERENCES "Windstreek"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Topteam" ADD CONSTRAINT "Topteam_windstreekId_fkey" FOREIGN KEY ("windstreekId") REFERENCES "Windstreek"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_windstreekId_fkey" FOREIGN KEY ("windstreekId") REFERENCES "Windstreek"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_topteamId_fkey" FOREIGN KEY ("topteamId") REFERENCES "Topteam"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Student" ADD CONSTRAINT "Student_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Traject" ADD CONSTRAINT "Traject_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Traject" ADD CONSTRAINT "Traject_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Traject" ADD CONSTRAINT "Traject_topteamId_fkey" FOREIGN KEY ("topteamId") REFERENCES "Topteam"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrajectAssignment" ADD CONSTRAINT "TrajectAssignment_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrajectAssignment" ADD CONSTRAINT "TrajectAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrajectTransition" ADD CONSTRAINT "TrajectTransition_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrajectTransition" ADD CONSTRAINT "TrajectTransition_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrajectTransition" ADD CONSTRAINT "TrajectTransition_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "TrajectTransition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;
