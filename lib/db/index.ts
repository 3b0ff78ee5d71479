// lib/db/: the one room for the doors to the database. Every connection the app, the importer, the seed,
// the tests and the bench open is opened here; no other module imports a driver (better-sqlite3, pg,
// @prisma/*, lib/generated/*). eslint.config.mjs enforces it. Import a door by its name; this file exports
// nothing.
//
// Two databases, one code path. DATABASE_URL picks the provider (lib/env.ts): a `file:` URL (or nothing) is the
// embedded SQLite file, `postgresql://…` a PostgreSQL server shared by several app instances. Every door below
// works on both unless it says otherwise.
//
// Which door to use:
//
//   @/lib/db/query   Kysely, the typed SQL builder (`query()`): the hot reads in lib/queries, a page's many
//                    figures. Row types come from the Prisma schema (prisma-kysely), so a schema change fails
//                    the typecheck; the SQL must be portable (the file says how). Read-only on SQLite.
//   @/lib/db/prisma  The app's one PrismaClient (`db`). Schema-shaped CRUD: the editor's writes (index
//                    specs, the login limit), reads whose shape follows the schema's relations and that are not
//                    on a hot path. Slower per query (4-6 ms a round trip, bench/scale). Tests replace it with
//                    vi.mock("@/lib/db/prisma", ...).
//   @/lib/db/prisma-client  `createPrismaClient(url)` and the `Db` type: the seed (seed/cli.ts) and the tests'
//                    throwaway databases make their own client; importing it opens nothing.
//   @/lib/db/writer  The importer's door: one transaction that holds the import lock from its start, all of a
//                    file or none of it. Only lib/import uses it.
//   @/lib/db/changes `watchDataChanges()` gives server.ts the page cache's `dataVersion()`: SQLite's
//                    data_version, or PostgreSQL's notifications (prisma/postgresql/migrations/0002_data_changes).
//   @/lib/db/reader  SQLite only: the read-only handle under the query door, the start-up repairs
//                    `recoverHotJournal()` and `enableWriteAheadLog()` that server.ts runs, and
//                    `checkpointWriteAheadLog()` when it stops.
//   @/lib/db/migrate-postgresql  Applies prisma/postgresql/migrations (scripts/db-deploy.ts, the tests).
//   @/lib/db/migration-files  Each provider's migration folder and their order; runs SQLite's files into the
//                    tests' throwaway stores.
//   @/lib/db/migration-status  `unappliedMigrations(url)`: server.ts refuses to serve a store behind the code.
//   @/lib/db/bind    Long lists cut into slices under the databases' limits on bound values (no door; a helper
//                    for the queries and the importer's writes).
//   @/lib/db/postgres  PostgreSQL pools, and the tests' throwaway databases copied from a template.
//   @/lib/db/file    A plain handle on a SQLite file (`openDatabaseFile`). Tools only: tests and their
//                    fixtures, lib/testing, applying migrations to throwaway files (seed/test-database.ts),
//                    the bench's synthetic store. Never on a request path (the lint rule keeps it out).
//   @/lib/db/adapter Prisma's driver adapters, shared by the clients and prisma.config.ts.
//
// Pages, components and the pure layers (lib/domain, lib/charts, lib/validation) open no door at all: they
// go through lib/queries and lib/actions.
export {};
