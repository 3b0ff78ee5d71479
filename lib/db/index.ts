// lib/db/: the one room for the doors to the database. Every connection the app, the importer, the seed,
// the tests and the bench open is opened here; no other module imports a driver (better-sqlite3,
// @prisma/*, lib/generated/prisma). eslint.config.mjs enforces it. Import a door by its name; this file
// exports nothing.
//
// Which door to use:
//
//   @/lib/db/prisma  The app's one PrismaClient (`db`). Schema-shaped CRUD: the editor's writes (index
//                    specs), reads whose shape follows the schema's relations and that are not on a hot
//                    path. Slow per query (4-6 ms a round trip, bench/scale), so not for a page's many
//                    figures. Tests replace it with vi.mock("@/lib/db/prisma", ...).
//   @/lib/db/prisma-client  `createPrismaClient(url)` and the `Db` type: the seed (seed/cli.ts) and the
//                    tests' throwaway databases make their own client; importing it opens nothing.
//   @/lib/db/reader  The read-only better-sqlite3 handle (`reader()`), `dataVersion()` for the page cache,
//                    and the start-up repairs `recoverHotJournal()` and `enableWriteAheadLog()`. Hot read
//                    paths in lib/queries: plain SQL on the indexes, well under a millisecond. Never writes.
//   @/lib/db/writer  The importer's writable handle (`openImportDatabase`, `inWriteTransaction`) and its
//                    short read-only look (`readImportDatabase`). Only lib/import uses it, for the import's
//                    one transaction: all of a file or none of it, safe against a kill mid-write.
//   @/lib/db/file    A plain handle on a SQLite file (`openDatabaseFile`). Tools only: tests and their
//                    fixtures, lib/testing, applying migrations to throwaway files (seed/test-database.ts),
//                    the bench's synthetic store. Never on a request path (the lint rule keeps it out).
//   @/lib/db/adapter Prisma's better-sqlite3 driver adapter, shared by the client and prisma.config.ts.
//
// Pages, components and the pure layers (lib/domain, lib/charts, lib/validation) open no door at all: they
// go through lib/queries and lib/actions.
export {};
