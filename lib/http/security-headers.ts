// Response headers every answer carries (the pages' Content-Security-Policy, with its per-request nonce,
// is set in proxy.ts). Shared by next.config.ts and the stage API's fast path in server.ts.

export const securityHeaders: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** API answers are data, never documents: nothing may run in or frame them. */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
