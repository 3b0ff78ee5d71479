// Who a login attempt comes from, for the failed-login limit. Not a header the client wrote: the socket
// address, which server.ts copies into x-kechan-client on every request (overwriting whatever came in),
// or, behind reverse proxies the deployment trusts (KECHAN_TRUST_PROXY=n), the address n hops from the
// right of X-Forwarded-For: the one the outermost trusted proxy saw.
import { isIPv6 } from "node:net";

export type HeaderReader = { get(name: string): string | null };

export const clientAddressHeader = "x-kechan-client";

/** No socket address (a server other than server.ts, e.g. `next dev`): every client shares one count. */
export const unknownClient = "unknown";

export function loginClient(headers: HeaderReader, trustedHops: number): string {
  const socket = headers.get(clientAddressHeader)?.trim() || unknownClient;
  if (trustedHops <= 0) return socket;
  // Several X-Forwarded-For headers arrive joined with ", ", in order: one list.
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  if (forwarded.length === 0) return socket;
  // Fewer entries than trusted hops: the farthest address there is.
  return forwarded[Math.max(0, forwarded.length - trustedHops)]!;
}

/**
 * The key failures are counted under: an IPv4 address as is (also when IPv4-mapped), an IPv6 address by
 * its /64, since one subscriber is usually given a whole /64 and could otherwise try from each address.
 */
export function rateLimitKey(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1]!;
  const withoutZone = address.replace(/%.*$/, "");
  if (isIPv6(withoutZone)) return `${ipv6Groups(withoutZone).slice(0, 4).map((group) => group.toString(16)).join(":")}::/64`;
  return address.toLowerCase();
}

/** The eight 16-bit groups of a valid IPv6 address (`::` expanded, a trailing dotted quad converted). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase();
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const groups = (part: string) => (part ? part.split(":").map((group) => parseInt(group, 16)) : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}
