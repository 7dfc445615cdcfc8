/**
 * Server-side request forgery guard for webhook URLs: an endpoint on a loopback, private,
 * link-local, carrier-grade NAT, unique-local (ULA) or otherwise non-public address is refused,
 * both when an admin saves it (literal addresses) and at every delivery (the host name is
 * resolved then and the connection goes to the address checked, so DNS rebinding cannot slip
 * through). `CONFAB_WEBHOOK_ALLOW_PRIVATE=1` turns the guard off (tests, demos).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

const blocked = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8], ['2001:db8::', 32], ['64:ff9b::', 96], ['100::', 64],
] as const) blocked.addSubnet(net, bits, 'ipv6');

/** Whether an IP address (v4 or v6, IPv4-mapped v6 included) is not a public unicast address. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return blocked.check(mapped[1], 'ipv4');
  return blocked.check(address, 'ipv6');
}

/** A URL's host without IPv6 brackets. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** The message of a refused address. */
export const PRIVATE_REFUSED = 'Webhook endpoints on loopback or private addresses are refused (set CONFAB_WEBHOOK_ALLOW_PRIVATE=1 to allow them)';

/**
 * Checks a URL as an admin saves it: a literal private address, `localhost` or `*.localhost`
 * is refused at once; other host names are checked when delivering (their address may change).
 * Returns the message, or null when the URL may be saved.
 */
export function refusedUrl(value: string, allowPrivate: boolean): string | null {
  if (allowPrivate) return null;
  let url: URL;
  try { url = new URL(value); } catch { return null; } // the domain reports a malformed URL
  const host = hostOf(url).toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return PRIVATE_REFUSED;
  if (isIP(host) && isPrivateAddress(host)) return PRIVATE_REFUSED;
  return null;
}

/** A refused delivery address (turned into the delivery's error). */
export class PrivateAddressError extends Error {
  constructor(host: string, address: string) {
    super(`${host} resolves to ${address}, a loopback or private address (refused; CONFAB_WEBHOOK_ALLOW_PRIVATE=1 allows it)`);
    this.name = 'PrivateAddressError';
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for `http.request` that refuses private addresses: the socket connects to the
 * address this function checked, so a name that resolves elsewhere a moment later changes nothing.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: { all?: boolean } & Record<string, unknown>, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const list = addresses as LookupAddress[];
      if (!allowPrivate) {
        const bad = list.find((a) => isPrivateAddress(a.address));
        if (bad) return callback(new PrivateAddressError(hostname, bad.address) as NodeJS.ErrnoException, '');
      }
      if (options.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '');
      callback(null, first.address, first.family);
    });
  };
}

/** For a URL whose host is a literal IP: refuses a private one (lookup is not called for literals). */
export function literalRefused(url: URL, allowPrivate: boolean): string | null {
  const host = hostOf(url);
  if (allowPrivate || !isIP(host)) return null;
  return isPrivateAddress(host) ? `${host} is a loopback or private address (refused; CONFAB_WEBHOOK_ALLOW_PRIVATE=1 allows it)` : null;
}
