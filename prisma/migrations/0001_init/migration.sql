-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "file" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "authors" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "published" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "summaryZh" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Region" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "parentId" INTEGER,
    "adminCode" TEXT,
    "designation" TEXT,
    "designationNoteZh" TEXT,
    "sourceId" INTEGER,
    "locator" TEXT,
    CONSTRAINT "Region_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Region_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "definitionZh" TEXT NOT NULL,
    "higherIsBetter" BOOLEAN
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "indicatorId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "periodStart" INTEGER,
    "yearBasis" TEXT NOT NULL DEFAULT 'observed',
    "value" REAL NOT NULL,
    "qualifier" TEXT,
    "valueText" TEXT NOT NULL,
    "locator" TEXT NOT NULL,
    "noteZh" TEXT NOT NULL,
    CONSTRAINT "Observation_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Observation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Observation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StageScheme" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "economiesCovered" INTEGER,
    "sourceId" INTEGER,
    "locator" TEXT,
    CONSTRAINT "StageScheme_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StageBand" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "schemeId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "minUsd" REAL,
    "maxUsd" REAL,
    "maxInclusive" BOOLEAN NOT NULL,
    "isTransition" BOOLEAN NOT NULL,
    "weightBasic" REAL,
    "weightEfficiency" REAL,
    "weightInnovation" REAL,
    CONSTRAINT "StageBand_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "StageScheme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ZoneCase" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "established" INTEGER,
    "summaryZh" TEXT NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "locator" TEXT NOT NULL,
    CONSTRAINT "ZoneCase_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ZoneCase_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ZoneFeature" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "zoneCaseId" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "labelZh" TEXT NOT NULL,
    "evidenceZh" TEXT NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "locator" TEXT NOT NULL,
    CONSTRAINT "ZoneFeature_zoneCaseId_fkey" FOREIGN KEY ("zoneCaseId") REFERENCES "ZoneCase" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ZoneFeature_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_file_key" ON "Source"("file");

-- CreateIndex
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Region_slug_key" ON "Region"("slug");

-- CreateIndex
CREATE INDEX "Region_level_idx" ON "Region"("level");

-- CreateIndex
CREATE INDEX "Region_parentId_idx" ON "Region"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");

-- CreateIndex
CREATE INDEX "Observation_regionId_indicatorId_year_idx" ON "Observation"("regionId", "indicatorId", "year");

-- CreateIndex
CREATE INDEX "Observation_indicatorId_year_idx" ON "Observation"("indicatorId", "year");

-- CreateIndex
CREATE INDEX "Observation_sourceId_idx" ON "Observation"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Observation_indicatorId_regionId_year_sourceId_key" ON "Observation"("indicatorId", "regionId", "year", "sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "StageScheme_key_key" ON "StageScheme"("key");

-- CreateIndex
CREATE UNIQUE INDEX "StageBand_schemeId_key_key" ON "StageBand"("schemeId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "StageBand_schemeId_order_key" ON "StageBand"("schemeId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "ZoneCase_slug_key" ON "ZoneCase"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ZoneFeature_zoneCaseId_category_key_key" ON "ZoneFeature"("zoneCaseId", "category", "key");

