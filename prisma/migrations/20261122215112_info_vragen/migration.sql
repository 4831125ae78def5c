-- CreateTable
CREATE TABLE "InfoVraag" (
    "id" TEXT NOT NULL,
    "trajectId" TEXT NOT NULL,
    "vraag" TEXT NOT NULL,
    "gesteldOp" DATE NOT NULL,
    "gesteldDoorId" TEXT NOT NULL,
    "antwoord" TEXT,
    "beantwoordOp" DATE,
    "beantwoordDoorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InfoVraag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InfoVraag_trajectId_idx" ON "InfoVraag"("trajectId");

-- AddForeignKey
ALTER TABLE "InfoVraag" ADD CONSTRAINT "InfoVraag_trajectId_fkey" FOREIGN KEY ("trajectId") REFERENCES "Traject"("id") ON DELETE CASCADE ON UPDATE CASCADE;
