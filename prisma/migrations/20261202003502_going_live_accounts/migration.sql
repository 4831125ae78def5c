-- CreateEnum
CREATE TYPE "TokenDoel" AS ENUM ('UITNODIGING', 'HERSTEL');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'PRIVACY_OFFICER';

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "wijziging" JSONB;

-- AlterTable
ALTER TABLE "School" ADD COLUMN     "actief" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Topteam" ADD COLUMN     "actief" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "User" ALTER COLUMN "passwordHash" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Windstreek" ADD COLUMN     "actief" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "AccountToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "doel" "TokenDoel" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AccountToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccountToken_tokenHash_key" ON "AccountToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AccountToken_userId_doel_idx" ON "AccountToken"("userId", "doel");

-- AddForeignKey
ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
