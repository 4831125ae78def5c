-- AlterTable
ALTER TABLE "AuthSession" ADD COLUMN     "codeNodig" BOOLEAN NOT NULL DEFAULT false;
