// Every document's seed, in file order, plus the shared regions and the stage scheme.
import type { DocumentSeed } from "@/lib/validation/catalog";
import { doc000 } from "./data/doc-000";
import { doc001 } from "./data/doc-001";
import { doc002 } from "./data/doc-002";
import { doc003 } from "./data/doc-003";
import { doc004 } from "./data/doc-004";

export { regions } from "./data/regions";
export { statistics } from "./statistics";

export const documents: DocumentSeed[] = [doc000, doc001, doc002, doc003, doc004];

/** Where document 000 cites the GCR 2014-2015 stages. */
export const stageSchemeCitation = {
  source: "doc-000",
  locator: "内在逻辑·现实逻辑:从效率驱动到创新驱动",
  economiesCovered: 143,
} as const;
