-- Sources from statistical publications (NBS yearbooks, communiqués, provincial bureaux): where the table
-- is published, which table, primary or secondary, and the file that keeps its text as retrieved.
ALTER TABLE "Source" ADD COLUMN "url" TEXT;
ALTER TABLE "Source" ADD COLUMN "tableRef" TEXT;
ALTER TABLE "Source" ADD COLUMN "tier" TEXT;
ALTER TABLE "Source" ADD COLUMN "originZh" TEXT;
ALTER TABLE "Source" ADD COLUMN "reference" TEXT;
ALTER TABLE "Source" ADD COLUMN "retrieved" TEXT;
