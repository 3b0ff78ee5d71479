import { describe, expect, it } from "vitest";
import { regions } from "@/seed/data/regions";
import { findAdminDivision, resolveAdminDivision, shortAdminName } from "./admin-divisions";

describe("GB/T 2260 divisions", () => {
  it("shortens official names the way the dashboard writes them", () => {
    expect(shortAdminName("江西省")).toBe("江西");
    expect(shortAdminName("北京市")).toBe("北京");
    expect(shortAdminName("广西壮族自治区")).toBe("广西");
  });

  it("resolves a region by code, official name or short name", () => {
    expect(resolveAdminDivision("360000")?.name).toBe("江西省");
    expect(resolveAdminDivision("江西省")?.code).toBe("360000");
    expect(resolveAdminDivision("苏州")?.code).toBe("320500");
    expect(resolveAdminDivision("999999")).toBeUndefined();
  });

  it.each(regions.filter((r) => r.adminCode).map((r) => [r.slug, r] as const))(
    "seeded region %s carries its official code",
    (_slug, region) => {
      const division = findAdminDivision(region.adminCode!);
      expect(division, `${region.adminCode} is not a GB/T 2260 code`).toBeDefined();
      expect(shortAdminName(division!.name)).toBe(region.nameZh);
      expect(division!.level).toBe(region.level === "province" ? "province" : "city");
    },
  );
});
