-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL DEFAULT 'document',
    "file" TEXT,
    "slug" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "authors" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "published" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "summaryZh" TEXT NOT NULL
);
INSERT INTO "new_Source" ("authors", "file", "id", "language", "organisation", "published", "slug", "summaryZh", "titleEn", "titleZh") SELECT "authors", "file", "id", "language", "organisation", "published", "slug", "summaryZh", "titleEn", "titleZh" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_file_key" ON "Source"("file");
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

