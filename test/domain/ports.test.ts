import { describe, it, expect } from 'vitest';
import { connectionPointPorts, formatPortRange, type PortRange } from '../../src/domain/ports.ts';

describe('connectionPointPorts', () => {
  it.each<['vmss' | 'classic', number, PortRange[], string]>([
    ['vmss', 1, [{ protocol: 'HTTPS', first: 443, last: 443 }], 'HTTPS 443'],
    ['vmss', 2, [{ protocol: 'HTTPS', first: 10124, last: 10125 }], 'HTTPS 10124-10125'],
    ['vmss', 3, [{ protocol: 'HTTPS', first: 10124, last: 10126 }], 'HTTPS 10124-10126'],
    ['vmss', 16, [{ protocol: 'HTTPS', first: 10124, last: 10139 }], 'HTTPS 10124-10139'],
    [
      'classic',
      1,
      [
        { protocol: 'TCP-TLS', first: 10140, last: 10140 },
        { protocol: 'HTTPS', first: 443, last: 443 },
      ],
      'TCP-TLS 10140, HTTPS 443',
    ],
    [
      'classic',
      2,
      [
        { protocol: 'TCP-TLS', first: 10140, last: 10141 },
        { protocol: 'HTTPS', first: 10124, last: 10125 },
      ],
      'TCP-TLS 10140-10141, HTTPS 10124-10125',
    ],
    [
      'classic',
      16,
      [
        { protocol: 'TCP-TLS', first: 10140, last: 10155 },
        { protocol: 'HTTPS', first: 10124, last: 10139 },
      ],
      'TCP-TLS 10140-10155, HTTPS 10124-10139',
    ],
  ])('%s with %i VM(s)', (model, vmCount, ranges, text) => {
    const ports = connectionPointPorts(model, vmCount);
    expect(ports).toEqual(ranges);
    expect(ports.map(formatPortRange).join(', ')).toBe(text);
  });
});

describe('formatPortRange', () => {
  it.each<[PortRange, string]>([
    [{ protocol: 'HTTPS', first: 443, last: 443 }, 'HTTPS 443'],
    [{ protocol: 'HTTPS', first: 10124, last: 10126 }, 'HTTPS 10124-10126'],
    [{ protocol: 'TCP-TLS', first: 10140, last: 10140 }, 'TCP-TLS 10140'],
    [{ protocol: 'TCP-TLS', first: 10140, last: 10155 }, 'TCP-TLS 10140-10155'],
  ])('%j → %s', (range, text) => {
    expect(formatPortRange(range)).toBe(text);
  });
});
