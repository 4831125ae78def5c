-- CreateTable
CREATE TABLE "FigurenCache" (
    "sleutel" TEXT NOT NULL,
    "tot" DATE NOT NULL,
    "figuren" JSONB NOT NULL,
    "berekendOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FigurenCache_pkey" PRIMARY KEY ("sleutel")
);

-- CreateIndex
CREATE INDEX "FigurenCache_tot_idx" ON "FigurenCache"("tot");
