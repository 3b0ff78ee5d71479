import { describe, expect, it } from "vitest";
import { indexSpecSchema } from "./spec";
import { specLabel, specTitle, storedLang, withSpecLabels } from "./stored-text";
import { sampleSpecInput } from "./test-fixtures";

describe("storedLang", () => {
  it("marks Chinese text on an English page only", () => {
    expect(storedLang("en", "科技链")).toBe("zh-CN");
    expect(storedLang("en", "R&D 经费")).toBe("zh-CN");
    expect(storedLang("en", "Science chain")).toBeUndefined();
    expect(storedLang("en", null)).toBeUndefined();
    expect(storedLang("zh-CN", "科技链")).toBeUndefined();
  });
});

describe("specLabel and specTitle", () => {
  const pillar = { label: "科技链", labelEn: "Technology chain" };
  it("give the English label on an English page and the stored one otherwise", () => {
    expect(specLabel("en", pillar)).toBe("Technology chain");
    expect(specLabel("zh-CN", pillar)).toBe("科技链");
    expect(specTitle("en", { title: "指数", titleEn: "Index" })).toBe("Index");
    expect(specTitle("zh-CN", { title: "指数", titleEn: "Index" })).toBe("指数");
  });

  it("fall back to the stored label, marked as Chinese, where there is no English one", () => {
    const label = specLabel("en", { label: "科技链" });
    expect(label).toBe("科技链");
    expect(storedLang("en", label)).toBe("zh-CN");
    expect(specTitle("en", { title: "指数" })).toBe("指数");
  });

  it("relabel a copy of a spec for display and leave the spec alone", () => {
    const spec = indexSpecSchema.parse({
      ...sampleSpecInput,
      titleEn: "Sample (en)",
      pillars: sampleSpecInput.pillars.map((p, n) => (n === 0 ? { ...p, label: "科学", labelEn: "Science (en)" } : p)),
    });
    const shown = withSpecLabels(spec, "en");
    expect(shown.title).toBe("Sample (en)");
    expect(shown.pillars.map((p) => p.label)).toEqual(["Science (en)", "Industry"]);
    expect(spec.pillars[0]!.label).toBe("科学");
    expect(withSpecLabels(spec, "zh-CN")).toBe(spec);
  });
});
