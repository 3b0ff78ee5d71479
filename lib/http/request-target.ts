// The request target (the URL in the request line) as server.ts accepts it: a path such as /stage?gdp=1, or
// a whole http(s) URL, which is cut down to its path. Anything else ("//", "http://[/x", "*") is refused here,
// before `new URL` can throw outside every handler and leave the socket hanging.

export type RequestTarget = { ok: true; url: URL; path: string } | { ok: false; problem: string };

const base = "http://localhost";

export function parseRequestTarget(target: string | undefined): RequestTarget {
  if (!target) return refused(target);
  if (target[0] === "/") {
    // "//host/…" and "/\host" would name another host: WHATWG URL parsing reads them as authorities.
    if (target[1] === "/" || target[1] === "\\") return refused(target);
    try {
      const url = new URL(target, base);
      return url.host === "localhost" ? { ok: true, url, path: target } : refused(target);
    } catch {
      return refused(target);
    }
  }
  if (/^https?:\/\//i.test(target)) {
    try {
      const absolute = new URL(target);
      if (absolute.host === "") return refused(target);
      const path = absolute.pathname + absolute.search;
      if (path[1] === "/") return refused(target);
      return { ok: true, url: new URL(path, base), path };
    } catch {
      return refused(target);
    }
  }
  return refused(target);
}

function refused(target: string | undefined): RequestTarget {
  const shown = JSON.stringify((target ?? "").slice(0, 100));
  return { ok: false, problem: `the request target ${shown} is not a path such as /stage or a URL such as http://host/stage` };
}
