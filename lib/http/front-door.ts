// Everything server.ts does with a request before Next sees it. Next throws (and answers 500, or nothing at
// all) on requests a browser never sends: request targets that are not paths, methods such as TRACE,
// multipart bodies that do not parse, server-action posts with junk or from another origin; and it reads
// bodies whole before any limit. Here each of those gets its 4xx at once, naming the problem
// (lib/http/refusal.ts), every body is read within its limit (lib/http/body-limits.ts) and the rest goes on
// to the stage API's fast path or to the page cache in front of Next.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { actionPayloadProblem } from "./action-payload";
import { bodyLimit } from "./body-limits";
import { refuse, type Refusal } from "./refusal";
import { readBody, replayRequest } from "./request-body";
import { parseRequestTarget } from "./request-target";

type Listener = (request: IncomingMessage, response: ServerResponse) => void;

type FrontDoorOptions = {
  /** GET /api/v1/stage, answered straight from node:http. */
  answerStage: (url: URL, response: ServerResponse) => void;
  /** Everything else: the page cache in front of Next (lib/http/cached-pages.ts). */
  servePage: (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void>;
  /** KECHAN_PUBLIC_ORIGIN (lib/auth/config.ts): the address readers use behind a proxy, whatever Host it passes. */
  publicOrigin?: string | null;
};

/** The methods pages answer, and those route handlers may (each route answers 405 for the ones it lacks).
 * The rest (TRACE, CONNECT, WebDAV's) get 405 here: Next throws on them. */
const pageMethods = ["GET", "HEAD", "POST", "OPTIONS"];
const apiMethods = [...pageMethods, "PUT", "PATCH", "DELETE"];
const allow = { Allow: pageMethods.join(", ") };
const bodyMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

const tooLarge = (limit: number): Refusal => ({
  status: 413,
  part: "body",
  message: `the body must be at most ${limit} bytes`,
  messageZh: `上传的内容超过 ${Math.floor(limit / 1_000_000)} MB 的上限(导入文件最多 20 MB),请缩小文件后再试。`,
});

/** `{ request, checkContinue }`: the server's two listeners (a client that sends "Expect: 100-continue"
 * learns of a body over the limit before sending it). */
export function frontDoor({ answerStage, servePage, publicOrigin = null }: FrontDoorOptions): { request: Listener; checkContinue: Listener } {
  function failed(response: ServerResponse, error: unknown) {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { "Content-Type": "application/json", Connection: "close" });
    response.end(response.headersSent ? undefined : JSON.stringify({ error: "Internal error" }));
  }

  function onRequest(request: IncomingMessage, response: ServerResponse): void {
    try {
      // The client's socket address, for the login limit (lib/auth/client-address.ts): set on every request,
      // overwriting any x-kechan-client the client sent, since Next gives handlers no socket address.
      request.headers["x-kechan-client"] = request.socket.remoteAddress ?? "";
      const method = request.method ?? "";
      if (request.url === "*") {
        if (method === "OPTIONS") return void response.writeHead(204, allow).end();
        return refuse(request, response, { status: 400, part: "request-target", message: "the request target * is for OPTIONS only", messageZh: "请求地址无效。" });
      }
      const target = parseRequestTarget(request.url);
      if (!target.ok) return refuse(request, response, { status: 400, part: "request-target", message: target.problem, messageZh: "请求地址无效:应为以 / 开头的路径。" });
      if (method === "GET" && target.url.pathname === "/api/v1/stage") return answerStage(target.url, response);
      const methods = target.url.pathname.startsWith("/api/") ? apiMethods : pageMethods;
      if (!methods.includes(method)) {
        const allowed = methods.join(", ");
        return refuse(request, response, { status: 405, part: "method", message: `method ${method} is not allowed: use ${allowed}`, messageZh: `不支持 ${method} 请求。`, headers: { Allow: allowed } });
      }
      request.url = target.path;
      const answer = bodyMethods.has(method) ? acceptBody(request, response, target.url) : servePage(request, response, target.url);
      answer.catch((error: unknown) => failed(response, error));
    } catch (error) {
      failed(response, error);
    }
  }

  /** A request with a body: read within its limit, checked when it posts to a page, then replayed to Next. */
  async function acceptBody(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const isPage = !url.pathname.startsWith("/api/");
    const crossOrigin = isPage ? originRefusal(request.headers, publicOrigin) : null;
    if (crossOrigin) return refuse(request, response, crossOrigin);
    const limit = bodyLimit(url.pathname);
    const read = await readBody(request, limit);
    if (!read.ok) {
      if (read.reason === "too-large") refuse(request, response, tooLarge(limit), { drain: true });
      else response.destroy();
      return;
    }
    const problem = isPage ? await actionPayloadProblem(request.headers, read.body) : null;
    if (problem) return refuse(request, response, { status: 400, part: request.headers["next-action"] === undefined ? "body" : "next-action", message: problem, messageZh: "提交的表单数据无效,请刷新页面后重试。" });
    await servePage(replayRequest(request, read.body), response, url);
  }

  function checkContinue(request: IncomingMessage, response: ServerResponse): void {
    const target = parseRequestTarget(request.url);
    const limit = bodyLimit(target.ok ? target.url.pathname : "/");
    if (Number(request.headers["content-length"]) > limit) return refuse(request, response, tooLarge(limit));
    response.writeContinue();
    onRequest(request, response);
  }

  return { request: onRequest, checkContinue };
}

/**
 * Form posts and server actions come from our own pages only. Next checks this too, but answers a
 * mismatch (or an Origin that is not a URL) with a 500; its rule is kept: the Origin's host must be the
 * X-Forwarded-Host, or else the Host, or the public origin's, which next.config.ts gives Next as an allowed
 * origin (a proxy that passes its upstream's name as the Host would otherwise have every form refused).
 */
function originRefusal(headers: IncomingHttpHeaders, publicOrigin: string | null): Refusal | null {
  const origin = headers.origin;
  if (origin === undefined) return null;
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return { status: 400, part: "origin", message: "the Origin header is not a URL", messageZh: "请求来源无效。" };
  }
  if (publicOrigin !== null && origin.toLowerCase() === publicOrigin) return null;
  const forwarded = headers["x-forwarded-host"];
  const host = (typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined) || headers.host;
  if (originHost === host) return null;
  return { status: 403, part: "origin", message: `posts from ${origin.slice(0, 100)} are refused: forms post from this site only`, messageZh: "只接受本站页面提交的表单。" };
}
