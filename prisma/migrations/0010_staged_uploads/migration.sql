-- Files waiting between the editor's preview and confirmation (lib/import/staging.ts), in the database so
-- that any instance can take the confirmation. They were files beside the store before; none is carried over
-- (a preview lasts minutes: an editor with one open uploads again).
CREATE TABLE "StagedUpload" (
    "token" TEXT NOT NULL PRIMARY KEY,
    "fileName" TEXT NOT NULL,
    "bytes" BLOB NOT NULL,
    "createdMs" BIGINT NOT NULL
);
