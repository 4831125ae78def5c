-- AlterTable
ALTER TABLE "Traject" ADD COLUMN     "geanonimiseerdOp" DATE;
