import { describe, expect, it } from "vitest";
import { gbtOnlineCitation } from "./citation";

describe("gbtOnlineCitation", () => {
  it("writes publisher, title with table, [EB/OL], dates and URL", () => {
    expect(gbtOnlineCitation({ publisher: "国家统计局", title: "中国统计年鉴2002", table: "3-9", published: "2002", retrieved: "2026-11-27", url: "https://example.org/t" }))
      .toBe("国家统计局. 中国统计年鉴2002:3-9[EB/OL]. (2002)[2026-11-27]. https://example.org/t.");
  });
  it("leaves out what is not known", () => {
    expect(gbtOnlineCitation({ publisher: "某局", title: "公报", table: null, published: "2020", retrieved: null, url: null })).toBe("某局. 公报[EB/OL]. (2020).");
  });
});
