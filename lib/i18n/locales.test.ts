import { describe, expect, it } from "vitest";
import { acceptedLanguages, cookieLocale, languageRedirect, localizedPath, negotiatedLocale, splitLocale } from "./locales";
import { switchAnswer, switchHref, switchQuery } from "./switch";

describe("splitLocale", () => {
  it("takes the /en prefix off and names the locale", () => {
    expect(splitLocale("/en/regions/cn")).toEqual({ locale: "en", path: "/regions/cn" });
    expect(splitLocale("/en")).toEqual({ locale: "en", path: "/" });
    expect(splitLocale("/en/")).toEqual({ locale: "en", path: "/" });
    expect(splitLocale("/regions")).toEqual({ locale: "zh-CN", path: "/regions" });
  });
  it("does not mistake a path that only starts with the letters en", () => {
    expect(splitLocale("/energy")).toEqual({ locale: "zh-CN", path: "/energy" });
  });
});

describe("localizedPath", () => {
  it("prefixes site paths in English and leaves Chinese ones alone", () => {
    expect(localizedPath("en", "/regions?year=2023#map")).toBe("/en/regions?year=2023#map");
    expect(localizedPath("en", "/")).toBe("/en");
    expect(localizedPath("en", "/?x=1")).toBe("/en?x=1");
    expect(localizedPath("zh-CN", "/regions")).toBe("/regions");
  });
  it("leaves the API, assets, fragments and other sites alone", () => {
    for (const path of ["/api/v1/regions", "/_next/static/x.js", "/scripts/chart-downloads.js", "#answer", "https://data.stats.gov.cn/", "//evil.example/"]) {
      expect(localizedPath("en", path)).toBe(path);
    }
  });
});

describe("negotiation at the home page", () => {
  it("orders languages by q, then by position", () => {
    expect(acceptedLanguages("zh-CN;q=0.8, en-GB, en;q=0.9, *;q=0.1")).toEqual(["en-gb", "en", "zh-cn", "*"]);
    expect(acceptedLanguages("12!;;, ;q=x, en;q=2")).toEqual([]);
  });
  it("sends a browser that prefers English to /en, keeping the query", () => {
    expect(languageRedirect("/", "?a=1", "en-US,en;q=0.9", undefined)).toBe("/en?a=1");
    expect(languageRedirect("/", "", "en-US,en;q=0.9,zh-CN;q=0.8", undefined)).toBe("/en");
  });
  it("keeps Chinese for Chinese-first browsers, unknown languages and no header", () => {
    expect(languageRedirect("/", "", "zh-CN,zh;q=0.9,en;q=0.8", undefined)).toBeNull();
    expect(languageRedirect("/", "", "fr-FR", undefined)).toBeNull();
    expect(languageRedirect("/", "", undefined, undefined)).toBeNull();
  });
  it("lets the switch's cookie win over the browser", () => {
    expect(languageRedirect("/", "", "en-US", "a=b; kechan-lang=zh-CN")).toBeNull();
    expect(negotiatedLocale("zh-CN", "kechan-lang=en")).toBe("en");
    expect(cookieLocale("kechan-lang=fr")).toBeNull();
  });
  it("never redirects a deep link", () => {
    expect(languageRedirect("/regions/cn", "", "en-US", undefined)).toBeNull();
  });
});

describe("the language switch", () => {
  it("leads to the same page and query in the other language and remembers the choice", () => {
    const href = switchHref("en", "/regions/compare?r=jiangsu&r=zhejiang");
    const params = new URL(href, "http://x").searchParams;
    const query = switchQuery.parse({ to: params.get("to"), next: params.get("next") });
    expect(switchAnswer(query)).toEqual({
      location: "/en/regions/compare?r=jiangsu&r=zhejiang",
      cookie: "kechan-lang=en; Path=/; Max-Age=31536000; SameSite=Lax",
    });
    expect(switchAnswer({ to: "zh-CN", next: "/stage?gdp=1" }).location).toBe("/stage?gdp=1");
  });
  it("refuses other sites and unknown languages, naming the field", () => {
    const bad = switchQuery.safeParse({ to: "en", next: "//evil.example/" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["next"]);
    expect(switchQuery.safeParse({ to: "fr", next: "/" }).error?.issues[0]?.path).toEqual(["to"]);
    expect(switchQuery.safeParse({ to: "en", next: "https://evil.example/" }).success).toBe(false);
  });
});
