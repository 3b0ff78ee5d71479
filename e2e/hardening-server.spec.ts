// The production server against requests no browser sends (issue 14): each gets its 4xx at once, naming
// the problem, and the legitimate form posts still work. Malformed requests are written by hand on raw
// sockets so they reach the server exactly as sent.
import { connect } from "node:net";
import { expect, test } from "@playwright/test";
import { logIn } from "./editor-session";

type RawAnswer = { status: number; headers: string; body: string; ms: number };

/** Writes `head`, then up to `bodyBytes` of body in 1 MB chunks (chunked encoding with `chunked`), and reads the answer's head. */
function rawRequest(port: number, head: string, { bodyBytes = 0, chunked = false } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, "127.0.0.1");
    const chunk = Buffer.alloc(1024 * 1024, "a");
    let received = "";
    let sent = 0;
    let done = false;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within 10 s (got ${JSON.stringify(received.slice(0, 80))})`));
    }, 10_000);
    const finish = () => {
      const end = received.indexOf("\r\n\r\n");
      if (done || end === -1) return false;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const headers = received.slice(0, end);
      resolve({ status: Number(headers.split(" ")[1]), headers, body: Buffer.from(received.slice(end + 4), "latin1").toString("utf8"), ms: Date.now() - started });
      return true;
    };
    const pump = () => {
      while (!done && sent < bodyBytes) {
        sent += chunk.length;
        const data = chunked ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]) : chunk;
        if (!socket.write(data)) return void socket.once("drain", pump);
      }
    };
    socket.on("connect", () => {
      socket.write(head);
      pump();
    });
    socket.on("data", (data) => {
      received += data.toString("latin1");
      const end = received.indexOf("\r\n\r\n");
      const length = Number(/content-length: *(\d+)/i.exec(received.slice(0, end))?.[1] ?? 0);
      if (end !== -1 && Buffer.byteLength(received.slice(end + 4), "latin1") >= length) finish();
    });
    socket.on("error", () => {});
    socket.on("close", () => finish() || done || (clearTimeout(timer), reject(new Error(`closed without an answer after ${Date.now() - started} ms`))));
  });
}

const portOf = (baseURL: string | undefined) => Number(new URL(baseURL!).port);

test.describe("hardening: the server's front door", () => {
  test("malformed request targets get 400 at once, not a hung socket", async ({ baseURL }) => {
    for (const target of ["//", "http://[/x", "http://a:99999/", "http:///", "*"]) {
      const answer = await rawRequest(portOf(baseURL), `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
      expect(answer.status, target).toBe(400);
      expect(answer.ms, target).toBeLessThan(2000);
      expect(JSON.parse(answer.body), target).toMatchObject({ error: "Bad request", issues: [{ path: ["request-target"] }] });
    }
  });

  test("TRACE and other unknown methods get 405, and the site still answers", async ({ request }) => {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH"]) {
      const answer = await request.fetch("/", { method });
      expect(answer.status(), method).toBe(405);
      expect(answer.headers()["allow"]).toBe("GET, HEAD, POST, OPTIONS");
    }
    expect((await request.get("/api/v1/stage?gdp=13953")).status()).toBe(200);
  });

  test("a 300 MB upload is refused with 413 before it is read, with Content-Length or without", async ({ baseURL }) => {
    const head = (framing: string) => `POST /api/v1/stage/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=x\r\n${framing}\r\n`;
    const sized = await rawRequest(portOf(baseURL), head(`Content-Length: ${300 * 1024 * 1024}\r\n`), { bodyBytes: 300 * 1024 * 1024 });
    expect(sized.status).toBe(413);
    expect(sized.ms).toBeLessThan(2000);
    expect(JSON.parse(sized.body)).toEqual({ error: "Payload too large", issues: [{ path: ["body"], message: "the body must be at most 2000000 bytes" }] });
    const chunked = await rawRequest(portOf(baseURL), head("Transfer-Encoding: chunked\r\n"), { bodyBytes: 300 * 1024 * 1024, chunked: true });
    expect(chunked.status).toBe(413);
    expect(chunked.ms).toBeLessThan(2000);
  });

  test("an import form posted without JavaScript over the limit gets a page saying so", async ({ baseURL }) => {
    const answer = await rawRequest(
      portOf(baseURL),
      `POST /admin/import HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 30000000\r\n\r\n`,
    );
    expect(answer.status).toBe(413);
    expect(answer.headers).toMatch(/content-type: text\/html/i);
    expect(answer.body).toContain("上传内容太大");
  });
});

test.describe("hardening: stage scheme names", () => {
  for (const scheme of ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"]) {
    test(`scheme=${scheme} is refused by the API and named on /stage`, async ({ request, page }) => {
      const api = await request.get(`/api/v1/stage?gdp=1&scheme=${scheme}`);
      expect(api.status()).toBe(400);
      expect(await api.json()).toMatchObject({ error: "Invalid input: scheme", issues: [{ path: ["scheme"] }] });
      const answer = await page.goto(`/stage?gdp=1&scheme=${scheme}`);
      expect(answer?.status()).toBe(200);
      await expect(page.getByTestId("stage-errors")).toContainText("不支持该阶段划分方案");
    });
  }
});

test.describe("hardening: form posts and server actions", () => {
  test("garbage multipart, junk action bodies and cross-origin actions get 4xx", async ({ request }) => {
    const garbage = await request.post("/stage", { headers: { "content-type": "multipart/form-data; boundary=xx" }, data: "garbage" });
    expect(garbage.status()).toBe(400);
    const junk = await request.post("/stage/batch", { headers: { "next-action": "60249ed53225d35f9d658c4f987a6afc49481f4f13", "content-type": "text/plain;charset=UTF-8" }, data: "junk{" });
    expect(junk.status()).toBe(400);
    expect(await junk.text()).toContain("not JSON");
    const missingPart = await request.post("/stage/batch", { headers: { "next-action": "60249ed53225d35f9d658c4f987a6afc49481f4f13", "content-type": "text/plain;charset=UTF-8" }, data: '["$Q9"]' });
    expect(missingPart.status()).toBe(400);
    const foreign = await request.post("/stage/batch", { headers: { origin: "http://evil.example" }, multipart: { "1_text": "北京, 13953", "0": '[null,"$K1"]' } });
    expect(foreign.status()).toBe(403);
    const badOrigin = await request.post("/stage/batch", { headers: { origin: "::junk" }, multipart: { "0": "[]" } });
    expect(badOrigin.status()).toBe(400);
  });

  test("the batch page's 测算 still runs its action", async ({ page }) => {
    await page.goto("/stage/batch");
    await page.getByLabel("地区与人均GDP").fill("中国, 13953");
    await page.getByRole("button", { name: "测算", exact: true }).click();
    await expect(page.getByTestId("batch-table").locator("tbody tr")).toHaveCount(1);
  });

  // An old binary Excel file (OLE2 signature, then zeros): the importer names it from its first bytes, so
  // the test costs the upload and not an import, yet fails if the body arrived cut short.
  for (const [megabytes, limit] of [[2, "the 1 MB server-action default"], [12, "the proxy's 10 MB default"]] as const) {
    test(`a ${megabytes} MB file on the import page reaches the importer whole (past ${limit})`, async ({ page }) => {
      const xls = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(megabytes * 1_000_000 + 100_000)]);
      await logIn(page);
      await page.getByLabel("数据文件").setInputFiles({ name: `${megabytes}-megabytes.xls`, mimeType: "application/vnd.ms-excel", buffer: xls });
      await page.getByRole("button", { name: "预览" }).click();
      await expect(page.getByTestId("import-issues")).toContainText("旧版 Excel（.xls）", { timeout: 30_000 });
    });
  }
});
