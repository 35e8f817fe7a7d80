import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isQuotable, psQuote, UnquotableValueError } from '../../src/emit/powershell-quote.ts';
import { parsePowerShell } from '../support/powershell-grammar.ts';

const QUOTES = ["'", '\u2018', '\u2019', '\u201A', '\u201B'];
const isQuote = (ch: string | undefined): boolean => ch !== undefined && QUOTES.includes(ch);

type ModelToken = { kind: 'string'; value: string } | { kind: 'unterminated'; value: string } | { kind: 'code'; text: string };

/**
 * A model of PowerShell's single-quoted string rule (tokenizer.cs ScanStringLiteral): a string
 * opens with any of the five single quotes; inside it a quote immediately followed by another
 * quote is one literal character (the first); any other quote ends the string. Everything
 * outside a string is reported as `code`.
 */
function modelTokenize(text: string): ModelToken[] {
  const tokens: ModelToken[] = [];
  let i = 0;
  while (i < text.length) {
    if (isQuote(text[i])) {
      i++;
      let value = '';
      let closed = false;
      while (i < text.length) {
        const ch = text[i]!;
        if (isQuote(ch)) {
          if (isQuote(text[i + 1])) {
            value += ch;
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        value += ch;
        i++;
      }
      tokens.push(closed ? { kind: 'string', value } : { kind: 'unterminated', value });
    } else {
      const start = i;
      while (i < text.length && !isQuote(text[i])) i++;
      tokens.push({ kind: 'code', text: text.slice(start, i) });
    }
  }
  return tokens;
}

/** Independent statement of what psQuote must refuse, code point by code point. */
function mustRefuse(value: string): boolean {
  for (const ch of value) {
    const cp = ch.codePointAt(0)!;
    if ((cp < 0x20 && cp !== 0x09) || cp === 0x7f || (cp >= 0xd800 && cp <= 0xdfff)) return true;
  }
  return false;
}

const HOSTILE_CHARS = [
  "'", '\u2018', '\u2019', '\u201A', '\u201B', '"', '\u201C', '\u201D', '\u201E',
  '`', '$', '{', '}', '(', ')', ';', '#', '@', '<', '>', '\n', '\r', '\0', '\t', 'é', '—',
];
const hostileUnit = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...HOSTILE_CHARS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)) },
);
const valueArb = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: hostileUnit, maxLength: 40 }));

const HOSTILE_VALUES = [
  'Acme’; Write-Output INJECTED; ‘x',
  'Bob’s Project',
  "x'; Remove-Item C:\\ -WhatIf; '",
  '$(whoami)',
  '`$env:PATH',
  "'@",
  '#>',
  '<#',
  '"; Write-Output INJECTED; "',
  'a;b',
  '—',
  '‚‛‘’\'',
  '“; Write-Output INJECTED; ”',
];

describe('psQuote', () => {
  it('quotes the documented examples exactly', () => {
    expect(psQuote('Bob’s Project')).toBe("'Bob’’s Project'");
    expect(psQuote("x'; Remove-Item C:\\ -WhatIf; '")).toBe("'x''; Remove-Item C:\\ -WhatIf; '''");
    expect(psQuote('$(whoami)')).toBe("'$(whoami)'");
    expect(psQuote('')).toBe("''");
    expect(psQuote('‘‚‛')).toBe("'‘‘‚‚‛‛'");
    expect(psQuote('😀')).toBe("'😀'");
    expect(psQuote('a\tb')).toBe("'a\tb'");
    expect(isQuotable('😀')).toBe(true);
    expect(isQuotable('a\tb')).toBe(true);
  });

  it.each([
    ['LF', 'a\nb'],
    ['CR', 'a\r'],
    ['NUL', '\u0000'],
    ['DEL', 'x\u007F'],
    ['lone high surrogate', '\uD800'],
    ['lone low surrogate', 'a\uDC00b'],
    ['reversed pair', '\uDE00\uD83D'],
  ])('rejects %s', (_label, value) => {
    expect(isQuotable(value)).toBe(false);
    expect(() => psQuote(value)).toThrow(UnquotableValueError);
  });

  it('the PowerShell string model decodes what it should', () => {
    expect(modelTokenize("'Bob’’s'")).toEqual([{ kind: 'string', value: 'Bob’s' }]);
    expect(modelTokenize("‘a'’b’")).toEqual([{ kind: 'string', value: "a'b" }]);
    expect(modelTokenize("'Acme’; Write-Output INJECTED; ‘x'")).toEqual([
      { kind: 'string', value: 'Acme' },
      { kind: 'code', text: '; Write-Output INJECTED; ' },
      { kind: 'string', value: 'x' },
    ]);
    expect(modelTokenize("'''")).toEqual([{ kind: 'unterminated', value: "'" }]);
  });

  it('either refuses a value or round-trips it through the PowerShell string model', () => {
    fc.assert(
      fc.property(valueArb, (value) => {
        expect(isQuotable(value)).toBe(!mustRefuse(value));
        if (!isQuotable(value)) {
          expect(() => psQuote(value)).toThrow(UnquotableValueError);
          return;
        }
        const quoted = psQuote(value);
        expect(quoted.startsWith("'") && quoted.endsWith("'")).toBe(true);
        expect(modelTokenize(quoted)).toEqual([{ kind: 'string', value }]);
      }),
      { numRuns: 2000 },
    );
  });

  it('produces literals the PowerShell grammar reads back as plain strings, with nothing injected', async () => {
    const samples = fc.sample(valueArb.filter(isQuotable), { numRuns: 300, seed: 42 });
    const values = [...samples, ...HOSTILE_VALUES];
    expect(samples).toHaveLength(300);
    const script = values.map((value, i) => `$v${i} = ${psQuote(value)}`).join('\n');

    const parsed = await parsePowerShell(script);

    expect(parsed.errors).toEqual([]);
    expect(parsed.commands).toEqual([]);
    expect(parsed.parameters).toEqual([]);
    expect(parsed.stringLiterals).toEqual(values);
  });
});

describe('parsePowerShell (the test harness itself)', () => {
  it('reports an unterminated string as an ERROR', async () => {
    const parsed = await parsePowerShell('Write-Host "unterminated');
    expect(parsed.errors.length).toBeGreaterThan(0);
    expect(parsed.errors[0]).toMatchObject({ kind: 'ERROR', line: 1, column: 1 });
  });

  it('reports an unclosed block as a MISSING node', async () => {
    const parsed = await parsePowerShell('Set-StrictMode -Version Latest\nif ($x) { Write-Host 1');
    expect(parsed.errors).toContainEqual(expect.objectContaining({ kind: 'MISSING', text: '}', line: 2 }));
  });

  it('sees a command injected after a closing quote', async () => {
    const spliced = await parsePowerShell("Set-CMSite -Name 'x'; Remove-Item C:\\ -Recurse");
    expect(spliced.errors).toEqual([]);
    expect(spliced.commands).toEqual(['Set-CMSite', 'Remove-Item']);
    expect(spliced.parameters).toEqual([
      { command: 'Set-CMSite', parameter: '-Name' },
      { command: 'Remove-Item', parameter: '-Recurse' },
    ]);

    const fragment = await parsePowerShell("-Name 'x'; Remove-Item C:\\ -Recurse");
    expect(fragment.commands).toContain('Remove-Item');
  });

  it('sees a command injected through typographic quotes, as PowerShell would run it', async () => {
    const naive = await parsePowerShell("$v = 'Acme’; Write-Output INJECTED; ‘x'");
    expect(naive.commands).toEqual(['Write-Output']);
    expect(naive.stringLiterals).toEqual(['Acme', 'x']);

    const curlyDouble = await parsePowerShell('$v = "a”; Write-Output INJECTED; “b"');
    expect(curlyDouble.commands).toEqual(['Write-Output']);
  });

  it('parses a BOM + CRLF script cleanly', async () => {
    const script = "\uFEFFSet-StrictMode -Version Latest\r\n$site = 'Bob''s'\r\nImport-Module ConfigurationManager\r\n";
    const parsed = await parsePowerShell(script);
    expect(parsed.errors).toEqual([]);
    expect(parsed.commands).toEqual(['Set-StrictMode', 'Import-Module']);
    expect(parsed.stringLiterals).toEqual(["Bob's"]);

    const broken = await parsePowerShell('\uFEFFWrite-Host 1\r\nif ($x) {\r\n');
    expect(broken.errors).toContainEqual(expect.objectContaining({ kind: 'MISSING', text: '}' }));
  });

  it('lists commands nested in $( ) inside a double-quoted string', async () => {
    const parsed = await parsePowerShell('Write-Host "done: $(Remove-Item C:\\x)"');
    expect(parsed.errors).toEqual([]);
    expect(parsed.commands).toEqual(['Write-Host', 'Remove-Item']);
    expect(parsed.stringLiterals).toEqual(['"done: $(Remove-Item C:\\x)"']);
  });

  it('decodes single-quoted values and keeps other literals as written', async () => {
    const parsed = await parsePowerShell("$a = 'it''s'\n$b = 'Bob’’s'\n$c = \"x`$y\"\n$d = @'\nraw 'q'\n'@\n");
    expect(parsed.errors).toEqual([]);
    expect(parsed.stringLiterals).toEqual(["it's", 'Bob’s', '"x`$y"', "@'\nraw 'q'\n'@"]);
  });
});
