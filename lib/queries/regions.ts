// Reads of regions.
import "server-only";
import { db } from "@/lib/db";

export type CentreView = {
  slug: string;
  nameZh: string;
  nameEn: string;
  level: string;
  designation: "international-innovation-centre" | "regional-innovation-centre";
  designationNoteZh: string | null;
  source: { slug: string; titleZh: string } | null;
  locator: string | null;
};

/** The S&T innovation centres the national plan names, international ones first. */
export async function listInnovationCentres(): Promise<CentreView[]> {
  const rows = await db.region.findMany({
    where: { designation: { in: ["international-innovation-centre", "regional-innovation-centre"] } },
    select: {
      slug: true, nameZh: true, nameEn: true, level: true, designation: true, designationNoteZh: true, locator: true,
      source: { select: { slug: true, titleZh: true } },
    },
    orderBy: [{ designation: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({ ...r, designation: r.designation as CentreView["designation"] }));
}
