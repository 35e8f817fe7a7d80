import type { Model } from '../model/answers.ts';

export interface PortRange {
  protocol: 'HTTPS' | 'TCP-TLS';
  first: number;
  last: number;
}

/**
 * Outbound ports from the CMG connection point to the CMG (cmg-reference.md "Network facts"):
 * one VM uses HTTPS 443; n VMs use 10124.. one port per VM. Classic CMGs prefer TCP-TLS
 * 10140.. (one per VM), which cannot cross a proxy, and fall back to HTTPS.
 */
export function connectionPointPorts(model: Model, vmCount: number): PortRange[] {
  const https: PortRange = vmCount === 1 ? { protocol: 'HTTPS', first: 443, last: 443 } : { protocol: 'HTTPS', first: 10124, last: 10124 + vmCount - 1 };
  if (model === 'vmss') return [https];
  return [{ protocol: 'TCP-TLS', first: 10140, last: 10140 + vmCount - 1 }, https];
}

export function formatPortRange(range: PortRange): string {
  const ports = range.first === range.last ? `${range.first}` : `${range.first}-${range.last}`;
  return `${range.protocol} ${ports}`;
}
