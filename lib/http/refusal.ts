// How server.ts turns a request away before Next sees it: a 4xx that names the problem, as JSON
// ({ error, issues: [{ path, message }] }, like every API error), as a short page for a browser's form post
// or page load, or as plain text for a server action's fetch (Next's client shows a text/plain error body
// as the error's message).
import type { IncomingMessage, ServerResponse } from "node:http";
import { apiContentSecurityPolicy, securityHeaders } from "./security-headers";

export type Refusal = {
  status: 400 | 403 | 405 | 413;
  /** What part of the request is at fault: "request-target", "method", "origin", "body", "next-action". */
  part: string;
  /** The problem in English, for API clients. */
  message: string;
  /** The problem in Chinese, for readers of the page. */
  messageZh: string;
  headers?: Record<string, string>;
};

const titles = { 400: "Bad request", 403: "Forbidden", 405: "Method not allowed", 413: "Payload too large" } as const;
const titlesZh = { 400: "请求无法处理", 403: "拒绝跨站提交", 405: "不支持的请求方法", 413: "上传内容太大" } as const;

/** After a 413 the rest of the body is read and dropped, so a browser still uploading sees the answer;
 * past this many more bytes the connection is closed instead. */
const maxDrainBytes = 64 * 1024 * 1024;

const baseHeaders = Object.fromEntries(securityHeaders.map((h) => [h.key, h.value]));

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function wantsPage(request: IncomingMessage): boolean {
  return !(request.url ?? "").startsWith("/api/") && /\btext\/html\b/.test(String(request.headers.accept ?? ""));
}

function refusalBody(request: IncomingMessage, refusal: Refusal): { type: string; body: string } {
  if (request.headers["next-action"] !== undefined) {
    return { type: "text/plain", body: `${refusal.messageZh}(${refusal.message})` };
  }
  if (wantsPage(request)) {
    const title = titlesZh[refusal.status];
    const body = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · 科产融合指标看板</title></head><body><h1>${title}</h1><p>${escapeHtml(refusal.messageZh)}</p><p lang="en">${escapeHtml(refusal.message)}</p><p><a href="/">返回首页</a></p></body></html>`;
    return { type: "text/html; charset=utf-8", body };
  }
  return { type: "application/json", body: JSON.stringify({ error: titles[refusal.status], issues: [{ path: [refusal.part], message: refusal.message }] }) };
}

/**
 * Answers with the refusal and closes the connection: the body may be unread, and reading the next request
 * from the same socket would mean reading it first. With `drain`, what is still arriving is read and dropped
 * (up to maxDrainBytes) before the response ends.
 */
export function refuse(request: IncomingMessage, response: ServerResponse, refusal: Refusal, { drain = false } = {}): void {
  const { type, body } = refusalBody(request, refusal);
  const payload = Buffer.from(body);
  response.writeHead(refusal.status, {
    ...baseHeaders,
    "Content-Security-Policy": apiContentSecurityPolicy,
    ...refusal.headers,
    "Content-Type": type,
    "Content-Length": String(payload.length),
    "Cache-Control": "no-store",
    Connection: "close",
  });
  if (!drain || request.readableEnded) {
    response.end(payload);
    return;
  }
  response.write(payload);
  let drained = 0;
  const finish = () => {
    if (!response.writableEnded) response.end();
  };
  request.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > maxDrainBytes) finish();
  });
  request.once("end", finish);
  request.once("close", finish);
  request.resume();
}
