-- Failed editor logins, kept in the database so the limit on guessing holds across instances and restarts
-- (lib/auth/rate-limit.ts).
CREATE TABLE "LoginFailure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "client" TEXT NOT NULL,
    "atMs" BIGINT NOT NULL
);

CREATE INDEX "LoginFailure_client_atMs_idx" ON "LoginFailure"("client", "atMs");
