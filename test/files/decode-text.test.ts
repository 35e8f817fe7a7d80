import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/files/decode-text.ts';

// src/files/decode-text.ts: UTF-8 (BOM or not) and UTF-16 with a BOM, what Windows PowerShell 5.1
// writes with `>` / Out-File; anything else refused, never replaced by U+FFFD (issue 9, point 4a).

const TEXT = 'description: Passerelle réseau ’€ 𝄞\r\nsiteCode: P01\r\n';
const bom = (bytes: number[], body: Buffer) => Buffer.concat([Buffer.from(bytes), body]);

describe('decodeText', () => {
  it('reads UTF-8, with and without a BOM, and UTF-16LE and UTF-16BE with one, to the same text', () => {
    expect(decodeText(Buffer.from(TEXT, 'utf8'))).toBe(TEXT);
    expect(decodeText(bom([0xef, 0xbb, 0xbf], Buffer.from(TEXT, 'utf8')))).toBe(TEXT);
    expect(decodeText(bom([0xff, 0xfe], Buffer.from(TEXT, 'utf16le')))).toBe(TEXT);
    expect(decodeText(bom([0xfe, 0xff], Buffer.from(TEXT, 'utf16le').swap16()))).toBe(TEXT);
    expect(decodeText(Buffer.alloc(0))).toBe('');
  });

  it('refuses bytes that are none of these: Latin-1, a lone surrogate, an odd UTF-16 length, UTF-16 without a BOM', () => {
    expect(decodeText(Buffer.from('r\u00e9seau', 'latin1'))).toBeUndefined();
    expect(decodeText(bom([0xff, 0xfe], Buffer.from([0x00, 0xd8, 0x41, 0x00])))).toBeUndefined();
    expect(decodeText(bom([0xfe, 0xff], Buffer.from([0x00, 0x41, 0x00])))).toBeUndefined();
    expect(decodeText(Buffer.from('siteCode: P01\n', 'utf16le'))).toBeUndefined();
  });
});
