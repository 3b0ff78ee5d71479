-- The whole schema as of prisma/migrations/0009_login_failures, for PostgreSQL: written by
-- prisma migrate diff --from-empty --to-schema-datamodel prisma/postgresql/schema.prisma --script.

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'document',
    "file" TEXT,
    "slug" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "authors" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "published" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "summaryZh" TEXT NOT NULL,
    "url" TEXT,
    "tableRef" TEXT,
    "tier" TEXT,
    "originZh" TEXT,
    "reference" TEXT,
    "retrieved" TEXT,
    "shortTitleZh" TEXT,
    "shortTitleEn" TEXT,
    "citeType" TEXT,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
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

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "definitionZh" TEXT NOT NULL,
    "higherIsBetter" BOOLEAN,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "periodStart" INTEGER,
    "yearBasis" TEXT NOT NULL DEFAULT 'observed',
    "value" DOUBLE PRECISION NOT NULL,
    "qualifier" TEXT,
    "valueText" TEXT NOT NULL,
    "locator" TEXT NOT NULL,
    "noteZh" TEXT NOT NULL,

    CONSTRAINT "Observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StageScheme" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "economiesCovered" INTEGER,
    "sourceId" INTEGER,
    "locator" TEXT,

    CONSTRAINT "StageScheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StageBand" (
    "id" SERIAL NOT NULL,
    "schemeId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "minUsd" DOUBLE PRECISION,
    "maxUsd" DOUBLE PRECISION,
    "maxInclusive" BOOLEAN NOT NULL,
    "isTransition" BOOLEAN NOT NULL,
    "weightBasic" DOUBLE PRECISION,
    "weightEfficiency" DOUBLE PRECISION,
    "weightInnovation" DOUBLE PRECISION,

    CONSTRAINT "StageBand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ZoneCase" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "established" INTEGER,
    "summaryZh" TEXT NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "locator" TEXT NOT NULL,

    CONSTRAINT "ZoneCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ZoneFeature" (
    "id" SERIAL NOT NULL,
    "zoneCaseId" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "labelZh" TEXT NOT NULL,
    "labelEn" TEXT,
    "evidenceZh" TEXT NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "locator" TEXT NOT NULL,

    CONSTRAINT "ZoneFeature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegionNote" (
    "id" SERIAL NOT NULL,
    "regionId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "bodyZh" TEXT NOT NULL,
    "period" TEXT,
    "sourceId" INTEGER NOT NULL,
    "locator" TEXT NOT NULL,

    CONSTRAINT "RegionNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndexSpec" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "savedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndexSpec_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginFailure" (
    "id" SERIAL NOT NULL,
    "client" TEXT NOT NULL,
    "atMs" BIGINT NOT NULL,

    CONSTRAINT "LoginFailure_pkey" PRIMARY KEY ("id")
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
CREATE INDEX "Observation_indicatorId_year_value_idx" ON "Observation"("indicatorId", "year", "value");

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

-- CreateIndex
CREATE UNIQUE INDEX "RegionNote_regionId_key_key" ON "RegionNote"("regionId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "IndexSpec_key_key" ON "IndexSpec"("key");

-- CreateIndex
CREATE INDEX "LoginFailure_client_atMs_idx" ON "LoginFailure"("client", "atMs");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageScheme" ADD CONSTRAINT "StageScheme_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageBand" ADD CONSTRAINT "StageBand_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "StageScheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZoneCase" ADD CONSTRAINT "ZoneCase_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZoneCase" ADD CONSTRAINT "ZoneCase_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZoneFeature" ADD CONSTRAINT "ZoneFeature_zoneCaseId_fkey" FOREIGN KEY ("zoneCaseId") REFERENCES "ZoneCase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZoneFeature" ADD CONSTRAINT "ZoneFeature_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionNote" ADD CONSTRAINT "RegionNote_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionNote" ADD CONSTRAINT "RegionNote_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

