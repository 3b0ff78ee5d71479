// The editor's actions as a form without JavaScript or a hand-made post may call them: one argument, or junk;
// and where they send the editor afterwards, in the language of the page the form was on.
import { describe, expect, it, vi } from "vitest";
import { loginAction, logoutAction } from "./editor";
import { whereTo } from "@/lib/testing/redirects";

vi.mock("@/lib/auth/editor", () => ({
  requireEditor: async () => {},
  signIn: async (password: string) => (password === "right" ? { ok: true } : { ok: false, reason: "wrong-password" }),
  signOut: async () => {},
}));

// redirect() throws, as Next's does, so the test sees where the action sent the editor.
vi.mock("next/navigation", () => import("@/lib/testing/redirects"));

const call = loginAction as unknown as (...args: unknown[]) => Promise<unknown>;


const loginForm = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
};

describe("loginAction", () => {
  it("reads a form passed alone, as a post naming the action by its id sends it", async () => {
    const form = new FormData();
    form.set("password", "");
    expect(await call(form)).toEqual({ error: "required" });
    const long = new FormData();
    long.set("password", "x".repeat(201));
    expect(await call(long)).toEqual({ error: "too-long" });
  });

  it("refuses arguments that are not a form instead of throwing", async () => {
    for (const args of [[], [null, null], [null, {}], [1, "x", 3]]) {
      expect(await call(...args)).toEqual({ error: "required" });
    }
  });

  it("goes on to `next` (or the import page) in the language of the login page", async () => {
    expect(await call(null, loginForm({ password: "wrong" }))).toEqual({ error: "wrong-password" });
    expect(await whereTo(() => call(null, loginForm({ password: "right" })))).toBe("/admin/import");
    expect(await whereTo(() => call(null, loginForm({ password: "right", locale: "en" })))).toBe("/en/admin/import");
    expect(await whereTo(() => call(null, loginForm({ password: "right", locale: "en", next: "/admin/index-specs" })))).toBe("/en/admin/index-specs");
    expect(await whereTo(() => call(null, loginForm({ password: "right", locale: "en", next: "/en/admin/index-specs" })))).toBe("/en/admin/index-specs");
    expect(await whereTo(() => call(null, loginForm({ password: "right", locale: "en", next: "//evil.example" })))).toBe("/en/admin/import");
  });
});

describe("logoutAction", () => {
  it("goes home in the page's language", async () => {
    expect(await whereTo(() => logoutAction(loginForm({ locale: "en" })))).toBe("/en");
    expect(await whereTo(() => logoutAction(new FormData()))).toBe("/");
    expect(await whereTo(() => logoutAction())).toBe("/");
  });
});
