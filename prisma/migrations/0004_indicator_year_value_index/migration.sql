-- DropIndex
DROP INDEX "Observation_indicatorId_year_idx";

-- CreateIndex
CREATE INDEX "Observation_indicatorId_year_value_idx" ON "Observation"("indicatorId", "year", "value");

