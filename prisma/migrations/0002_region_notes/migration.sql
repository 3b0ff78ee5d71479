-- CreateTable
CREATE TABLE "RegionNote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "regionId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "bodyZh" TEXT NOT NULL,
    "period" TEXT,
    "sourceId" INTEGER NOT NULL,
    "locator" TEXT NOT NULL,
    CONSTRAINT "RegionNote_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RegionNote_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "RegionNote_regionId_key_key" ON "RegionNote"("regionId", "key");

