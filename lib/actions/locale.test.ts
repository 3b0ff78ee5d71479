import { describe, expect, it } from "vitest";
import { formLocale, localizedRedirect } from "./locale";

const form = (locale?: string) => {
  const data = new FormData();
  if (locale !== undefined) data.set("locale", locale);
  return data;
};

describe("the language of a server action's answer", () => {
  it("reads the form's hidden field, Chinese when it is absent or unknown", () => {
    expect(formLocale(form("en"))).toBe("en");
    expect(formLocale(form("zh-CN"))).toBe("zh-CN");
    expect(formLocale(form("fr"))).toBe("zh-CN");
    expect(formLocale(form())).toBe("zh-CN");
    expect(formLocale(null)).toBe("zh-CN");
  });

  it("redirects within the page's language, never prefixing twice", () => {
    expect(localizedRedirect("en", "/admin/import")).toBe("/en/admin/import");
    expect(localizedRedirect("en", "/admin/index-specs?created=x")).toBe("/en/admin/index-specs?created=x");
    expect(localizedRedirect("en", "/")).toBe("/en");
    expect(localizedRedirect("en", "/en/admin/import")).toBe("/en/admin/import");
    expect(localizedRedirect("zh-CN", "/admin/import")).toBe("/admin/import");
    expect(localizedRedirect("zh-CN", "/en/regions")).toBe("/en/regions");
  });
});
