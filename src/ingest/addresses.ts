/**
 * Which IP addresses ingestion may connect to. Anything that is not a public unicast address —
 * private, loopback, link-local, unique-local, unspecified, carrier-grade NAT, multicast, reserved,
 * documentation — is refused unless private fetching is allowed, so a feed URL cannot be used to
 * reach the machine's own services or its network (SSRF). IPv4 addresses embedded in IPv6
 * (IPv4-mapped, IPv4-compatible, NAT64, 6to4) are judged by the IPv4 address they carry.
 */
import { isIP } from 'node:net';

type Range = readonly [network: number[], prefix: number, why: string];

const V4: readonly Range[] = [
  [[0, 0, 0, 0], 8, 'unspecified ("this network")'],
  [[10, 0, 0, 0], 8, 'private'],
  [[100, 64, 0, 0], 10, 'carrier-grade NAT'],
  [[127, 0, 0, 0], 8, 'loopback'],
  [[169, 254, 0, 0], 16, 'link-local'],
  [[172, 16, 0, 0], 12, 'private'],
  [[192, 0, 0, 0], 24, 'IETF protocol assignments'],
  [[192, 0, 2, 0], 24, 'documentation'],
  [[192, 88, 99, 0], 24, '6to4 relay'],
  [[192, 168, 0, 0], 16, 'private'],
  [[198, 18, 0, 0], 15, 'benchmarking'],
  [[198, 51, 100, 0], 24, 'documentation'],
  [[203, 0, 113, 0], 24, 'documentation'],
  [[224, 0, 0, 0], 4, 'multicast'],
  [[240, 0, 0, 0], 4, 'reserved'],
];

const V6: readonly Range[] = [
  [[0, 0, 0, 0, 0, 0, 0, 0], 128, 'unspecified'],
  [[0, 0, 0, 0, 0, 0, 0, 1], 128, 'loopback'],
  [[0x100, 0, 0, 0, 0, 0, 0, 0], 64, 'discard-only'],
  [[0x2001, 0xdb8, 0, 0, 0, 0, 0, 0], 32, 'documentation'],
  [[0xfc00, 0, 0, 0, 0, 0, 0, 0], 7, 'unique-local'],
  [[0xfe80, 0, 0, 0, 0, 0, 0, 0], 10, 'link-local'],
  [[0xfec0, 0, 0, 0, 0, 0, 0, 0], 10, 'site-local'],
  [[0xff00, 0, 0, 0, 0, 0, 0, 0], 8, 'multicast'],
];

/**
 * Why `address` must not be fetched from ("loopback", "private", ...), or null when it is a public
 * address. Anything that is not an IP address at all is refused too.
 */
export function nonPublicReason(address: string): string | null {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  // A zone id (fe80::1%eth0) only ever qualifies link-local addresses.
  const ip = bare.replace(/%.*$/, '');
  const family = isIP(ip);
  if (family === 4) return v4Reason(parseV4(ip));
  if (family === 6) return v6Reason(parseV6(ip));
  return 'not an IP address';
}

function v4Reason(octets: number[]): string | null {
  for (const [network, prefix, why] of V4) if (inRange(octets, network, prefix, 8)) return why;
  return null;
}

function v6Reason(words: number[]): string | null {
  for (const [network, prefix, why] of V6) if (inRange(words, network, prefix, 16)) return why;
  const embedded = embeddedV4(words);
  if (embedded) {
    const why = v4Reason(embedded);
    return why ? `${why} (IPv4 inside IPv6)` : null;
  }
  return null;
}

/** The IPv4 address an IPv6 address carries, for the forms that route to it. */
function embeddedV4(w: number[]): number[] | null {
  const low = (): number[] => [w[6]! >> 8, w[6]! & 0xff, w[7]! >> 8, w[7]! & 0xff];
  const zeros = (from: number, to: number) => w.slice(from, to).every((x) => x === 0);
  // ::ffff:a.b.c.d (IPv4-mapped), ::a.b.c.d (IPv4-compatible, deprecated), ::ffff:0:a.b.c.d (translated)
  if (zeros(0, 5) && (w[5] === 0xffff || w[5] === 0)) return low();
  if (zeros(0, 4) && w[4] === 0xffff && w[5] === 0) return low();
  // 64:ff9b::a.b.c.d and 64:ff9b:1::/48 (NAT64)
  if (w[0] === 0x64 && w[1] === 0xff9b) return low();
  // 2002:AABB:CCDD::/16 (6to4)
  if (w[0] === 0x2002) return [w[1]! >> 8, w[1]! & 0xff, w[2]! >> 8, w[2]! & 0xff];
  return null;
}

function inRange(parts: number[], network: number[], prefix: number, bits: number): boolean {
  let left = prefix;
  for (let i = 0; i < parts.length && left > 0; i++) {
    const take = Math.min(bits, left);
    const mask = ((1 << take) - 1) << (bits - take);
    if ((parts[i]! & mask) !== (network[i]! & mask)) return false;
    left -= take;
  }
  return true;
}

function parseV4(ip: string): number[] {
  return ip.split('.').map((p) => Number.parseInt(p, 10));
}

/** Eight 16-bit words; `ip` is already known to be valid IPv6 (net.isIP). */
function parseV6(ip: string): number[] {
  let text = ip.toLowerCase();
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = parseV4(dotted[1]!);
    tail.push((a! << 8) | b!, (c! << 8) | d!);
    text = text.slice(0, -dotted[1]!.length);
    if (text.endsWith(':') && !text.endsWith('::')) text = text.slice(0, -1);
  }
  const [head, rest] = text.includes('::') ? text.split('::') : [text, undefined];
  const words = (s: string | undefined) => (s ? s.split(':').filter((x) => x !== '') : []);
  const front = words(head).map((h) => Number.parseInt(h, 16));
  const back = [...words(rest).map((h) => Number.parseInt(h, 16)), ...tail];
  const fill = 8 - front.length - back.length;
  return [...front, ...Array<number>(Math.max(0, fill)).fill(0), ...back];
}
