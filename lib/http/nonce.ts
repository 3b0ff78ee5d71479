// A fresh CSP nonce: 128 random bits, base64 as the CSP grammar wants. Used per response by proxy.ts and,
// for pages sent from the page cache, by server.ts.
export function newNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}

/** The nonce proxy.ts gave this request, as the Pages Router sees the request's headers. */
export function requestNonce(headers: Record<string, string | string[] | undefined>): string | null {
  const nonce = headers["x-nonce"];
  return typeof nonce === "string" ? nonce : null;
}
