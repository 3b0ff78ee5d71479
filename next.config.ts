import type { NextConfig } from "next";
import { apiContentSecurityPolicy, securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Load a route's code on its first request, not all routes at start: a server that only ever serves a
  // few pages stays smaller (bench/scale measures its memory).
  experimental: { preloadEntriesOnStart: false },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }] },
    ];
  },
};

export default nextConfig;
