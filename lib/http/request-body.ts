// A request body read whole in server.ts, within a byte limit counted as it arrives (Content-Length is only
// a claim, and a chunked body has none), then handed to Next as a fresh request that replays it: Next reads
// bodies without a limit of its own (route handlers) or throws past it (server actions).
import { IncomingMessage } from "node:http";

export type BodyRead = { ok: true; body: Buffer } | { ok: false; reason: "too-large" | "aborted" };

/** Reads the body; past `limit` bytes stops keeping it (the stream keeps flowing, for a 413 to drain). */
export function readBody(request: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(request.headers["content-length"]);
  if (declared > limit) return Promise.resolve({ ok: false, reason: "too-large" });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (read: BodyRead) => {
      if (settled) return;
      settled = true;
      chunks.length = 0;
      request.off("data", onData);
      resolve(read);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Keep the socket flowing without keeping what arrives: the caller answers 413 and drains the rest.
        request.pause();
        const read: BodyRead = { ok: false, reason: "too-large" };
        settle(read);
        return;
      }
      chunks.push(chunk);
    };
    request.on("data", onData);
    request.once("end", () => {
      if (settled) return;
      settled = true;
      resolve({ ok: true, body: Buffer.concat(chunks, size) });
    });
    request.once("error", () => settle({ ok: false, reason: "aborted" }));
    request.once("close", () => settle({ ok: false, reason: "aborted" }));
  });
}

/** A request like `original` whose body is `body`, for Next to read as if it came off the socket. */
export function replayRequest(original: IncomingMessage, body: Buffer): IncomingMessage {
  const replay = new IncomingMessage(original.socket);
  replay.method = original.method;
  replay.url = original.url;
  replay.httpVersion = original.httpVersion;
  replay.httpVersionMajor = original.httpVersionMajor;
  replay.httpVersionMinor = original.httpVersionMinor;
  const headers = { ...original.headers, "content-length": String(body.length) };
  delete headers["transfer-encoding"];
  replay.headers = headers;
  const rawHeaders: string[] = [];
  for (let i = 0; i < original.rawHeaders.length; i += 2) {
    const name = original.rawHeaders[i]!;
    if (!/^(content-length|transfer-encoding)$/i.test(name)) rawHeaders.push(name, original.rawHeaders[i + 1]!);
  }
  rawHeaders.push("Content-Length", String(body.length));
  replay.rawHeaders = rawHeaders;
  if (body.length > 0) replay.push(body);
  replay.push(null);
  replay.complete = true;
  return replay;
}
