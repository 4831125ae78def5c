-- AlterTable
ALTER TABLE "User" ADD COLUMN     "agendaSleutel" TEXT,
ADD COLUMN     "meldingenUit" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "Weekoverzicht" (
    "userId" TEXT NOT NULL,
    "week" DATE NOT NULL,
    "aantal" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Weekoverzicht_pkey" PRIMARY KEY ("userId","week")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_agendaSleutel_key" ON "User"("agendaSleutel");

-- AddForeignKey
ALTER TABLE "Weekoverzicht" ADD CONSTRAINT "Weekoverzicht_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
