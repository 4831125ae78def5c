-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "subject" TEXT;
