import type { NextConfig } from "next";
import { publicOriginHosts } from "./lib/auth/public-origin";
import { importBodyLimit } from "./lib/http/body-limits";
import { apiContentSecurityPolicy, securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // Load a route's code on its first request, not all routes at start: a server that only ever serves a
    // few pages stays smaller (bench/scale measures its memory).
    preloadEntriesOnStart: false,
    // The import page's action takes the importer's 20 MB file (Next's default is 1 MB), and proxy.ts,
    // which runs on every page, must pass such a body on whole (its default cuts it at 10 MB). server.ts
    // refuses anything larger before Next reads it (lib/http/body-limits.ts).
    // Behind a proxy, forms posted from the public origin (KECHAN_PUBLIC_ORIGIN) are ours whatever Host the
    // proxy passes; read when the server starts, as the front door's same check (lib/http/front-door.ts).
    serverActions: { bodySizeLimit: importBodyLimit, allowedOrigins: publicOriginHosts(process.env.KECHAN_PUBLIC_ORIGIN) },
    proxyClientMaxBodySize: importBodyLimit,
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }] },
    ];
  },
};

export default nextConfig;
