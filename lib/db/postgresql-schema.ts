// The PostgreSQL twin of prisma/schema.prisma (scripts/write-postgresql-schema.ts writes it): the provider, its
// placeholder URL and the generated client's folder change; the models stay exactly the same. The Kysely row
// types are generated once, from the SQLite schema, for both.

export const postgresqlSchemaHeader =
  "// Generated from prisma/schema.prisma by scripts/write-postgresql-schema.ts (npm run db:generate): do not edit.\n" +
  "// Edit prisma/schema.prisma and add the migration to both prisma/migrations and prisma/postgresql/migrations.\n";

export function postgresqlSchema(sqlite: string): string {
  const replace = (text: string, from: RegExp, to: string) => {
    if (!from.test(text)) throw new Error(`prisma/schema.prisma: expected to find ${from}`);
    return text.replace(from, to);
  };
  let schema = replace(sqlite, /output\s*=\s*"\.\.\/lib\/generated\/prisma"/, 'output     = "../../lib/generated/prisma-postgresql"');
  schema = replace(schema, /\n\/\/ Row types for the typed SQL builder[^\n]*\ngenerator kysely \{[^}]*\}\n/, "\n");
  schema = replace(schema, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  schema = replace(schema, /\n[ \t]*\/\/ Required by the schema parser[^\n]*\n[ \t]*url\s*=\s*"file:[^"]*"/, '\n  url      = "postgresql://localhost/kechan" // required by the parser; the pg adapter\'s URL is the one used');
  return postgresqlSchemaHeader + schema;
}
