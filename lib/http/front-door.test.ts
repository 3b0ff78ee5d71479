// The front door in a real node:http server, with a stand-in for Next that reads every body whole (as
// Next's formData() and server actions do) and says what it got. Requests are written by hand on raw
// sockets, so the malformed ones reach the server exactly as sent.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { formBodyLimit, importBodyLimit } from "./body-limits";
import { frontDoor } from "./front-door";

type Harness = { port: number; nextCalls: () => number; close: () => Promise<void> };

async function startHarness(publicOrigin: string | null = null): Promise<Harness> {
  let nextCalls = 0;
  const next = async (request: IncomingMessage, response: ServerResponse) => {
    nextCalls += 1;
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const answer = JSON.stringify({ method: request.method, url: request.url, bytes: body.length, sha1: createHash("sha1").update(body).digest("hex") });
    response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(answer) });
    response.end(answer);
  };
  const door = frontDoor({
    answerStage: (url, response) => {
      const answer = JSON.stringify({ stage: url.search });
      response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(answer) }).end(answer);
    },
    servePage: (request, response) => next(request, response),
    publicOrigin,
  });
  const server: Server = createServer(door.request);
  server.on("checkContinue", door.checkContinue);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    nextCalls: () => nextCalls,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

type RawAnswer = { status: number; headers: string; body: string; ms: number };

/** Sends `head` (and then `body`, chunk by chunk, while the server takes it) and reads the answer. */
function rawRequest(port: number, head: string, body?: { chunk: Buffer; count: number; chunked?: boolean }, timeoutMs = 5000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, "127.0.0.1");
    let received = "";
    let sent = 0;
    let stop = false;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms (got ${JSON.stringify(received.slice(0, 80))})`));
    }, timeoutMs);
    const pump = () => {
      while (body && !stop && sent < body.count) {
        sent += 1;
        const data = body.chunked ? Buffer.concat([Buffer.from(`${body.chunk.length.toString(16)}\r\n`), body.chunk, Buffer.from("\r\n")]) : body.chunk;
        const last = sent === body.count;
        if (!socket.write(last && body.chunked ? Buffer.concat([data, Buffer.from("0\r\n\r\n")]) : data)) return socket.once("drain", pump);
      }
    };
    socket.on("connect", () => {
      socket.write(head);
      pump();
    });
    socket.on("data", (data) => {
      received += data.toString("latin1");
      const end = received.indexOf("\r\n\r\n");
      if (end === -1) return;
      const headers = received.slice(0, end);
      const length = Number(/content-length: *(\d+)/i.exec(headers)?.[1] ?? NaN);
      const bodyText = received.slice(end + 4);
      if (Number.isNaN(length) || Buffer.byteLength(bodyText, "latin1") >= length) {
        stop = true;
        clearTimeout(timer);
        socket.destroy();
        resolve({ status: Number(headers.split(" ")[1]), headers, body: Buffer.from(bodyText, "latin1").toString("utf8"), ms: Date.now() - started });
      }
    });
    socket.on("error", () => {}); // the server may close while we still send: the answer is what counts
    socket.on("close", () => {
      if (stop) return;
      clearTimeout(timer);
      const end = received.indexOf("\r\n\r\n");
      if (end === -1) return reject(new Error(`closed without an answer after ${Date.now() - started} ms`));
      const headers = received.slice(0, end);
      resolve({ status: Number(headers.split(" ")[1]), headers, body: Buffer.from(received.slice(end + 4), "latin1").toString("utf8"), ms: Date.now() - started });
    });
  });
}

const get = (target: string, extra = "") => `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extra}\r\n`;

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("frontDoor: request targets", () => {
  it.each(["//", "//stage", "http://[/x", "http://a:99999/", "http:///", "/\\evil.example/", "http://a//b"])("answers %s with 400 at once", async (target) => {
    harness = await startHarness();
    const answer = await rawRequest(harness.port, get(target));
    expect(answer.status).toBe(400);
    expect(answer.ms).toBeLessThan(1000);
    expect(JSON.parse(answer.body)).toMatchObject({ error: "Bad request", issues: [{ path: ["request-target"] }] });
    expect(harness.nextCalls()).toBe(0);
  });

  it("answers GET * with 400 and OPTIONS * with 204 and the methods", async () => {
    harness = await startHarness();
    expect((await rawRequest(harness.port, get("*"))).status).toBe(400);
    const options = await rawRequest(harness.port, "OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    expect(options.status).toBe(204);
    expect(options.headers).toMatch(/allow: GET, HEAD, POST, OPTIONS/i);
  });

  it("takes a whole URL as the target and hands Next its path", async () => {
    harness = await startHarness();
    const answer = await rawRequest(harness.port, get("http://127.0.0.1/regions?level=province"));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ url: "/regions?level=province" });
    expect(JSON.parse((await rawRequest(harness.port, get("HTTP://a:8080/api/v1/stage?gdp=1"))).body)).toEqual({ stage: "?gdp=1" });
  });

  it("shows a browser a page, not JSON", async () => {
    harness = await startHarness();
    const answer = await rawRequest(harness.port, get("//", "Accept: text/html\r\n"));
    expect(answer.status).toBe(400);
    expect(answer.headers).toMatch(/content-type: text\/html/i);
    expect(answer.body).toContain("请求地址无效");
  });
});

describe("frontDoor: methods", () => {
  it.each(["TRACE", "PUT", "DELETE", "PATCH", "PROPFIND"])("answers %s to a page with 405 naming the allowed methods", async (method) => {
    harness = await startHarness();
    const answer = await rawRequest(harness.port, `${method} / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    expect(answer.status).toBe(405);
    expect(answer.headers).toMatch(/allow: GET, HEAD, POST, OPTIONS/i);
    expect(harness.nextCalls()).toBe(0);
  });
});

describe("frontDoor: API methods", () => {
  it("leaves PUT, PATCH and DELETE on the API to its routes, with their bodies, and refuses TRACE", async () => {
    harness = await startHarness();
    const answer = await rawRequest(harness.port, "DELETE /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}");
    expect(JSON.parse(answer.body)).toMatchObject({ method: "DELETE", bytes: 2 });
    const trace = await rawRequest(harness.port, "TRACE /api/v1/regions HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    expect(trace.status).toBe(405);
    expect(trace.headers).toMatch(/allow: GET, HEAD, POST, OPTIONS, PUT, PATCH, DELETE/i);
    const huge = await rawRequest(harness.port, `PUT /api/v1/regions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ${formBodyLimit + 1}\r\n\r\n`);
    expect(huge.status).toBe(413);
  });
});

describe("frontDoor: body limits", () => {
  const megabyte = Buffer.alloc(1024 * 1024, "a");
  const post = (path: string, headers: string) => `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n${headers}\r\n`;

  it("refuses a body whose Content-Length is over the limit before reading it", async () => {
    harness = await startHarness();
    const answer = await rawRequest(harness.port, post("/api/v1/stage/batch", `Content-Length: ${300 * 1024 * 1024}\r\n`), { chunk: megabyte, count: 300 }, 5000);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ error: "Payload too large", issues: [{ path: ["body"], message: `the body must be at most ${formBodyLimit} bytes` }] });
    expect(harness.nextCalls()).toBe(0);
  });

  it("refuses before the body is sent when the client asks first (Expect: 100-continue)", async () => {
    harness = await startHarness();
    const answer = await rawRequest(harness.port, post("/api/v1/import", `Content-Length: ${importBodyLimit + 1}\r\nExpect: 100-continue\r\n`));
    expect(answer.status).toBe(413);
  });

  it("counts a chunked body as it arrives and refuses it past the limit, keeping none of it", async () => {
    harness = await startHarness();
    const before = process.memoryUsage().arrayBuffers;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().arrayBuffers)), 5);
    const answer = await rawRequest(harness.port, post("/api/v1/stage/batch", "Transfer-Encoding: chunked\r\n"), { chunk: megabyte, count: 200, chunked: true }, 10_000);
    clearInterval(sampler);
    expect(answer.status).toBe(413);
    expect(answer.ms).toBeLessThan(3000);
    expect(harness.nextCalls()).toBe(0);
    // 200 MB were offered; the server held at most the limit (plus socket buffers) at any time.
    expect(peak - before).toBeLessThan(20 * 1024 * 1024);
  });

  it("hands Next a body within the limit exactly as sent, chunked or not", async () => {
    harness = await startHarness();
    const body = Buffer.alloc(formBodyLimit - 10, "b");
    const sha1 = createHash("sha1").update(body).digest("hex");
    const sized = await rawRequest(harness.port, post("/api/v1/stage/batch", `Content-Length: ${body.length}\r\n`), { chunk: body, count: 1 });
    expect(JSON.parse(sized.body)).toEqual({ method: "POST", url: "/api/v1/stage/batch", bytes: body.length, sha1 });
    const chunked = await rawRequest(harness.port, post("/api/v1/stage/batch", "Transfer-Encoding: chunked\r\n"), { chunk: body, count: 1, chunked: true });
    expect(JSON.parse(chunked.body)).toMatchObject({ bytes: body.length, sha1 });
  });

  it("lets the import take its 20 MB file", async () => {
    harness = await startHarness();
    const body = Buffer.alloc(20_000_000, "c");
    const answer = await rawRequest(harness.port, post("/api/v1/import", `Content-Length: ${body.length}\r\n`), { chunk: body, count: 1 }, 10_000);
    expect(JSON.parse(answer.body)).toMatchObject({ bytes: body.length });
  });
});

describe("frontDoor: form posts and server actions", () => {
  const multipart = (fields: [string, string][], boundary = "kechanboundary") =>
    fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
  const postForm = (path: string, body: string, headers = "", contentType = "multipart/form-data; boundary=kechanboundary") =>
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:3000\r\nContent-Type: ${contentType}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${headers}\r\n${body}`;
  const action = "Next-Action: 60249ed53225d35f9d658c4f987a6afc49481f4f13\r\n";

  it("refuses multipart that does not parse", async () => {
    harness = await startHarness();
    const answer = await rawRequest(harness.port, postForm("/stage", "garbage"));
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ issues: [{ path: ["body"], message: "the body is not valid multipart/form-data" }] });
    expect(harness.nextCalls()).toBe(0);
  });

  it.each([
    ["junk text", "junk{", "text/plain;charset=UTF-8"],
    ["arguments that are not a list", '{"a":1}', "text/plain;charset=UTF-8"],
    ["a reference to a missing part", '["$Q9"]', "text/plain;charset=UTF-8"],
    ["a server reference", '["$h1","$K1"]', "text/plain;charset=UTF-8"],
    ["an outlined part", '["$1","$K1"]', "text/plain;charset=UTF-8"],
    ["no form data last", '[null,null]', "text/plain;charset=UTF-8"],
    ["an empty argument list", "[]", "text/plain;charset=UTF-8"],
    ["an object for the form data", multipart([["0", "[null,{}]"]]), undefined],
    ["multipart without arguments", multipart([["a", "b"]]), undefined],
    ["multipart with junk arguments", multipart([["0", "junk"]]), undefined],
    ["junk multipart", "junk", undefined],
  ])("refuses a server action with %s", async (_name, body, contentType) => {
    harness = await startHarness();
    const answer = await rawRequest(harness.port, postForm("/stage/batch", body, action, contentType));
    expect(answer.status).toBe(400);
    expect(answer.headers).toMatch(/content-type: text\/plain/i); // Next's client shows this text as the error
    expect(harness.nextCalls()).toBe(0);
  });

  it("refuses a form without JavaScript whose action reference is junk", async () => {
    harness = await startHarness();
    const answer = await rawRequest(harness.port, postForm("/stage/batch", multipart([["$ACTION_REF_1", ""], ["$ACTION_1:0", '{"id":"abc","bound":"$@1"}']])));
    expect(answer.status).toBe(400);
  });

  it("passes on the actions our pages send", async () => {
    harness = await startHarness();
    const batch = multipart([["1_text", "北京, 13953"], ["1_file", ""], ["0", '[null,"$K1"]']]);
    expect((await rawRequest(harness.port, postForm("/stage/batch", batch, action + "Origin: http://127.0.0.1:3000\r\n"))).status).toBe(200);
    const again = multipart([["1_text", "$dollar"], ["0", '[{"ok":false,"field":"text","problem":"no-lines","note":"$$x","missing":"$undefined"},"$K1"]']]);
    expect((await rawRequest(harness.port, postForm("/stage/batch", again, action))).status).toBe(200);
    const noScript = multipart([["$ACTION_REF_1", ""], ["$ACTION_1:0", '{"id":"60249ed53225d35f9d658c4f987a6afc49481f4f13","bound":"$@1"}'], ["$ACTION_1:1", "[null]"], ["$ACTION_KEY", "k1"], ["text", "北京, 13953"]]);
    expect((await rawRequest(harness.port, postForm("/stage/batch", noScript))).status).toBe(200);
    expect((await rawRequest(harness.port, postForm("/stage", "gdp=1", "", "application/x-www-form-urlencoded"))).status).toBe(200);
    expect(harness.nextCalls()).toBe(4);
  });

  it("passes on a form post from the public origin when the proxy passes another Host, and no other", async () => {
    harness = await startHarness("https://kechan.example.org");
    const body = multipart([["1_text", "北京, 13953"], ["0", '[null,"$K1"]']]);
    // postForm's Host is 127.0.0.1:3000, the upstream's name as nginx passes it by default.
    expect((await rawRequest(harness.port, postForm("/stage/batch", body, `${action}Origin: https://kechan.example.org\r\n`))).status).toBe(200);
    expect((await rawRequest(harness.port, postForm("/stage/batch", body, `${action}Origin: http://kechan.example.org\r\n`))).status).toBe(403);
    expect((await rawRequest(harness.port, postForm("/stage/batch", body, `${action}Origin: https://evil.example\r\n`))).status).toBe(403);
    expect(harness.nextCalls()).toBe(1);
  });

  it.each([
    ["another site", "http://evil.example", 403],
    ["an opaque origin", "null", 403],
    ["an Origin that is not a URL", "::junk", 400],
  ])("refuses a form post from %s", async (_name, origin, status) => {
    harness = await startHarness();
    const body = multipart([["1_text", "北京, 13953"], ["0", '[null,"$K1"]']]);
    const answer = await rawRequest(harness.port, postForm("/stage/batch", body, `${action}Origin: ${origin}\r\n`));
    expect(answer.status).toBe(status);
    expect(harness.nextCalls()).toBe(0);
  });
});
