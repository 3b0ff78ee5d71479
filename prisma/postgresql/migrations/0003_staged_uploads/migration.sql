-- Files waiting between the editor's preview and confirmation (lib/import/staging.ts), in the database so
-- that any instance can take the confirmation (prisma/migrations/0010_staged_uploads). Not a data table: no
-- change notice.
CREATE TABLE "StagedUpload" (
    "token" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdMs" BIGINT NOT NULL,

    CONSTRAINT "StagedUpload_pkey" PRIMARY KEY ("token")
);
