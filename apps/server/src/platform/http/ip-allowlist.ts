/** Whether an address is inside an account's IP allowlist (CIDR ranges, IPv4 and IPv6). */
import { BlockList, isIPv4 } from 'node:net';

const cache = new Map<string, BlockList>();
const CACHE_LIMIT = 500;

export function isIpAllowed(ip: string, allowlist: readonly string[]): boolean {
  if (allowlist.length === 0) return true;
  const address = ip.startsWith('::ffff:') && isIPv4(ip.slice(7)) ? ip.slice(7) : ip;
  return blockListOf(allowlist).check(address, isIPv4(address) ? 'ipv4' : 'ipv6');
}

function blockListOf(allowlist: readonly string[]): BlockList {
  const key = allowlist.join(',');
  let list = cache.get(key);
  if (!list) {
    list = new BlockList();
    for (const cidr of allowlist) {
      const [network = '', prefix = ''] = cidr.split('/');
      list.addSubnet(network, Number(prefix), isIPv4(network) ? 'ipv4' : 'ipv6');
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, list);
  }
  return list;
}
