import { describe, expect, it } from "vitest";
import { loginSchema, sessionRequestSchema } from "@/lib/validation/editor";
import { isSameOriginPath, safeNextPath } from "./next-path";

// Each of these, followed as a redirect by a browser, would leave the site (or run script).
const leaving = [
  "//2130706433/x",
  "//x",
  "///x",
  "/\\x",
  "/\\/x",
  "\\\\x",
  "\\/x",
  "/x\\y",
  "http://x",
  "https://evil.example/admin/import",
  "HTTP://x",
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  "data:text/html,x",
  decodeURIComponent("%2F%2Fx"),
  decodeURIComponent("%2F%5Cx"),
  "/%2F/x",
  "/%5Cx",
  "/%2f%2fx",
  "/\t/x",
  "/\n/x",
  "\t//x",
  "/\r\n/x",
  "/ /x".replace(" ", "\u0000"),
  "/x\u007f",
  " /x",
  "x",
  "admin/import",
  "",
  "./x",
  "?next=/x",
  "/%",
];

const staying = ["/", "/admin/import", "/regions/hubei", "/stages?year=2023", "/indicators#top", "/regions/%E6%B1%9F%E8%A5%BF", "/admin/import?a=1&b=/x"];

describe("the page a login goes back to", () => {
  it.each(leaving)("refuses %j", (path) => {
    expect(isSameOriginPath(path)).toBe(false);
    expect(safeNextPath(path)).toBe("/admin/import");
  });

  it.each(staying)("follows %j", (path) => {
    expect(isSameOriginPath(path)).toBe(true);
    expect(safeNextPath(path)).toBe(path);
  });

  it("stays on the site whatever the path, when resolved as a browser would", () => {
    for (const path of [...leaving, ...staying]) {
      const base = "http://kechan.example:3000/admin/login";
      expect(new URL(safeNextPath(path), base).origin, path).toBe("http://kechan.example:3000");
    }
  });

  it("falls back to the import page in the login form and refuses the field in the API", () => {
    expect(loginSchema.parse({ password: "x", next: "//2130706433/x" }).next).toBeUndefined();
    expect(loginSchema.parse({ password: "x", next: "/regions/hubei" }).next).toBe("/regions/hubei");
    const api = sessionRequestSchema.safeParse({ password: "x", next: "//2130706433/x" });
    expect(api.success).toBe(false);
    expect(api.error?.issues[0]?.path).toEqual(["next"]);
    expect(sessionRequestSchema.parse({ password: "x", next: "" }).next).toBeUndefined();
    expect(sessionRequestSchema.safeParse({ password: 12 }).error?.issues[0]?.path).toEqual(["password"]);
    expect(sessionRequestSchema.safeParse({}).error?.issues[0]?.path).toEqual(["password"]);
  });
});
