-- English names for the English pages (/en): a source's short title and a zone feature's label. Both are
-- filled by the seed (seed/data/source-names.ts, seed/data/doc-00*.ts); null falls back to titleEn or labelZh.
ALTER TABLE "Source" ADD COLUMN "shortTitleEn" TEXT;
ALTER TABLE "ZoneFeature" ADD COLUMN "labelEn" TEXT;
