// The session API for scripts (POST/DELETE /api/v1/session) and the login limit it shares with the form.
// Failed logins are sent from loopback addresses of their own (fromAddress), so the browser's 127.0.0.1,
// which the other specs log in from, is never blocked.
import { expect, test } from "@playwright/test";
import { editorPassword } from "../playwright.config";
import { figuresCsv, freshLoopbackAddress, fromAddress } from "./editor-session";

const json = { "content-type": "application/json" };

test.describe("session API", () => {
  test("a JSON login gives the session cookie, which an import then uses; DELETE ends it", async ({ request, baseURL }) => {
    const login = await request.post("/api/v1/session", { data: { password: editorPassword } });
    expect(login.status()).toBe(200);
    const body = await login.json();
    expect(body.ok).toBe(true);
    const expires = Date.parse(body.expires);
    expect(expires - Date.now()).toBeGreaterThan(7.9 * 3600_000);
    expect(expires - Date.now()).toBeLessThanOrEqual(8 * 3600_000);
    expect(login.headers()["set-cookie"]).toMatch(/kechan_session=v1\..*HttpOnly/i);
    expect(login.headers()["set-cookie"]).toMatch(/SameSite=Strict/i);

    const multipart = { file: figuresCsv(["industrial-rnd-intensity,hubei,2020,1,x,y"]) };
    const imported = await request.post("/api/v1/import?dryRun=1", { multipart, headers: { origin: baseURL! } });
    expect(imported.status()).toBe(200);

    const logout = await request.delete("/api/v1/session");
    expect(logout.status()).toBe(204);
    expect(logout.headers()["set-cookie"]).toMatch(/kechan_session=;/);
    const after = await request.post("/api/v1/import?dryRun=1", { multipart, headers: { origin: baseURL! } });
    expect(after.status()).toBe(401);
  });

  test("a form login with a same-origin next answers 303 to it; a foreign next is refused", async ({ request }) => {
    const login = await request.post("/api/v1/session", { form: { password: editorPassword, next: "/admin/import" }, maxRedirects: 0 });
    expect(login.status()).toBe(303);
    expect(login.headers()["location"]).toBe("/admin/import");
    expect(login.headers()["set-cookie"]).toMatch(/kechan_session=v1\./);

    for (const next of ["//2130706433/x", "https://evil.example/", "/\\\\evil.example"]) {
      const refused = await request.post("/api/v1/session", { form: { password: editorPassword, next }, maxRedirects: 0 });
      expect(refused.status(), next).toBe(400);
      expect((await refused.json()).issues.map((i: { path: string[] }) => i.path[0]), next).toEqual(["next"]);
      expect(refused.headers()["set-cookie"], next).toBeUndefined();
    }
  });

  test("bad bodies answer 400 naming the field; a foreign origin 403", async ({ request }) => {
    for (const [headers, body] of [[json, "{}"], [json, '{"password": 12}'], [json, "{not json"], [json, "[]"], [{ "content-type": "text/plain" }, "hunter2"], [{}, ""]] as const) {
      const response = await request.post("/api/v1/session", { headers, data: body });
      expect(response.status(), body).toBe(400);
      const answer = await response.json();
      expect(answer.error, body).toMatch(/password/);
    }
    const foreign = await request.post("/api/v1/session", { data: { password: editorPassword }, headers: { origin: "https://evil.example" } });
    expect(foreign.status()).toBe(403);
    expect(foreign.headers()["set-cookie"]).toBeUndefined();
    const foreignLogout = await request.delete("/api/v1/session", { headers: { origin: "null" } });
    expect(foreignLogout.status()).toBe(403);
  });

  test("a wrong password answers 401 JSON; five block the client with 429 and Retry-After, however X-Forwarded-For rotates", async ({ baseURL }) => {
    const attacker = freshLoopbackAddress();
    const send = (password: string, forwardedFor: string) =>
      fromAddress(attacker, baseURL!, "POST", "/api/v1/session", { headers: { ...json, "x-forwarded-for": forwardedFor }, body: JSON.stringify({ password }) });
    for (let i = 1; i <= 5; i++) {
      const wrong = await send("not-the-password", `203.0.113.${i}`);
      expect(wrong.status).toBe(401);
      expect(JSON.parse(wrong.body)).toEqual({ error: "Wrong password" });
    }
    for (const password of ["not-the-password", editorPassword]) {
      const limited = await send(password, "203.0.113.200");
      expect(limited.status).toBe(429);
      expect(Number(limited.headers["retry-after"])).toBeGreaterThan(850);
      expect(Number(limited.headers["retry-after"])).toBeLessThanOrEqual(900);
      expect(limited.headers["set-cookie"]).toBeUndefined();
    }
  });

  test("failures sent with a victim's address in X-Forwarded-For do not lock the victim out", async ({ baseURL }) => {
    const attacker = freshLoopbackAddress();
    const victim = freshLoopbackAddress();
    for (let i = 0; i < 6; i++) {
      await fromAddress(attacker, baseURL!, "POST", "/api/v1/session", {
        headers: { ...json, "x-forwarded-for": victim, "x-real-ip": victim, "x-kechan-client": victim },
        body: JSON.stringify({ password: "not-the-password" }),
      });
    }
    const login = await fromAddress(victim, baseURL!, "POST", "/api/v1/session", { headers: json, body: JSON.stringify({ password: editorPassword }) });
    expect(login.status).toBe(200);
  });
});
