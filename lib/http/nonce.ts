// A fresh CSP nonce: 128 random bits, base64 as the CSP grammar wants. Used per response by proxy.ts and,
// for pages sent from the page cache, by server.ts.
export function newNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}
