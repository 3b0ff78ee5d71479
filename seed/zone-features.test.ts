// Every seeded zone feature has our English name for its label (shown on the English pages), the same label
// always named the same way.
import { describe, expect, it } from "vitest";
import { zoneFeatureRecordSchema } from "@/lib/validation/catalog";
import { documents } from "./documents";

const han = /\p{Script=Han}/u;
const features = documents.flatMap((d) => (d.zoneCases ?? []).flatMap((z) => z.features.map((f) => ({ zone: z.slug, ...f }))));

describe("zone feature labels", () => {
  it("are seeded", () => {
    expect(features.length).toBeGreaterThan(0);
  });

  it.each(features.map((f) => [`${f.zone}/${f.category}/${f.key}`, f] as const))("%s has an English label", (_name, f) => {
    expect(f.labelEn, f.key).toBeTruthy();
    expect(f.labelEn!.trim()).toBe(f.labelEn);
    expect(f.labelEn, f.key).not.toMatch(han);
    expect(f.labelEn, f.key).toMatch(/^[A-Z0-9]/);
  });

  it("name the same label and the same key the same way in every case", () => {
    for (const pick of [(f: (typeof features)[number]) => f.labelZh, (f: (typeof features)[number]) => `${f.category}/${f.key}`]) {
      const names = new Map<string, string>();
      for (const f of features) {
        const held = names.get(pick(f)) ?? f.labelEn!;
        expect(f.labelEn, `${f.zone}: ${pick(f)}`).toBe(held);
        names.set(pick(f), held);
      }
    }
  });

  it("leave the English label optional for records from elsewhere", () => {
    const { labelEn: _labelEn, zone: _zone, ...record } = features[0]!;
    expect(zoneFeatureRecordSchema.safeParse(record).success).toBe(true);
  });
});
