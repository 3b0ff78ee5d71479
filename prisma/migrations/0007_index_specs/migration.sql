-- Index frameworks saved by editors (lib/index/spec.ts validates the body). The starter framework lives in
-- code (seed/data/index-specs.ts) and its key is reserved, so every store has it whatever was seeded.
CREATE TABLE "IndexSpec" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "savedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "IndexSpec_key_key" ON "IndexSpec"("key");
