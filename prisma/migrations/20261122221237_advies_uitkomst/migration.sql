-- CreateEnum
CREATE TYPE "AdviesUitkomst" AS ENUM ('VOLDOENDE', 'VOOROVERLEG', 'ANDERE_ONDERSTEUNING');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "StopReden" ADD VALUE 'ADVIES_VOLDOENDE';
ALTER TYPE "StopReden" ADD VALUE 'ANDERE_ONDERSTEUNING';

-- AlterTable
ALTER TABLE "Traject" ADD COLUMN     "adviesUitkomst" "AdviesUitkomst";
