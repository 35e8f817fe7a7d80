import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, assertBuilt, freshDir, removeDir, runCli, type CliResult } from '../support/run-cli.ts';

// Odd but honest inputs (issue 9, point 4): an answers file the way Windows PowerShell 5.1 saves
// it (`>` and Out-File write UTF-16LE with a BOM), and --now dates that do not exist.

const USAGE_HEADER = 'cmg-setup: the command line or answers file cannot be used as given:';
const NOW_FLAG = ['--now', '2026-03-01T00:00:00Z'];

/** The README's answers-file example (the first ```yaml block), as the README gives it. */
function readmeAnswers(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block?.includes('serviceName:')) throw new Error('README.md has no ```yaml block with the example answers');
  return block;
}

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = freshDir('cmg-odd-inputs-');
});

afterAll(() => {
  if (dir) removeDir(dir);
});

/** `plan --json` on `bytes` saved as cmg.yaml, always in the same folder (plan writes nothing), so the runs compare byte for byte. */
async function planOf(bytes: Buffer): Promise<CliResult> {
  writeFileSync(join(dir, 'cmg.yaml'), bytes);
  const result = await runCli(['plan', '--answers', 'cmg.yaml', '--json', ...NOW_FLAG], { cwd: dir, env: { CMG_SERVER_CERT_PASSWORD: 'unused' }, timeoutMs: 15_000 });
  expect(result.timedOut).toBe(false);
  return result;
}

describe('an answers file in the encodings Windows writes', () => {
  let reference: CliResult;

  beforeAll(async () => {
    reference = await planOf(Buffer.from(readmeAnswers(), 'utf8'));
  }, 30_000);

  it('the UTF-8 README example is read (the reference: the certificate files it names are not here, so exit 3)', () => {
    expect(reference.stderr).not.toContain('ANSWERS_');
    const document = JSON.parse(reference.stdout) as { inputs: Record<string, { value?: unknown }> };
    expect(document.inputs.serviceName?.value).toBe('contosocmg.contoso.com');
    expect(document.inputs.managementPoints?.value).toEqual(['mp01.contoso.com', 'mp02.contoso.com']);
    expect(reference.code).toBe(3);
  });

  const variants: Array<[string, () => Buffer]> = [
    ['UTF-16LE with BOM and CRLF (Windows PowerShell 5.1 `>` / Out-File)', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(crlf(readmeAnswers()), 'utf16le')])],
    ['UTF-16BE with BOM', () => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(readmeAnswers())])],
    ['UTF-8 with BOM and CRLF (Out-File -Encoding utf8)', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf(readmeAnswers()), 'utf8')])],
  ];
  for (const [label, bytes] of variants) {
    it(`${label}: the same plan, byte for byte`, async () => {
      const result = await planOf(bytes());
      expect(result.stderr).toBe(reference.stderr);
      expect(result.stdout).toBe(reference.stdout);
      expect(result.code).toBe(reference.code);
    });
  }

  it('a Latin-1 byte (0xE9, "é" in Windows-1252) is refused with exit 2: never read as U+FFFD', async () => {
    const text = `${readmeAnswers()}description: Passerelle de gestion cloud de Contoso, r\u00e9seau\n`;
    const result = await planOf(Buffer.from(text, 'latin1'));
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).error.code).toBe('ANSWERS_ENCODING');
    expect(result.stderr).toBe(
      `${USAGE_HEADER}\n  ANSWERS_ENCODING: answers file cmg.yaml is not UTF-8 text (nor UTF-16 with a byte order mark): save it as UTF-8, e.g. in PowerShell with Set-Content -Encoding UTF8 or Out-File -Encoding UTF8.\n`,
    );
  });

  it('UTF-16LE without a BOM (NUL bytes) is refused the same way', async () => {
    const result = await planOf(Buffer.from(readmeAnswers(), 'utf16le'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('  ANSWERS_ENCODING: answers file cmg.yaml is not UTF-8 text');
  });
});

describe('--now must be a date and time that exists', () => {
  // The dates that do not exist (exit 2, NOW_INVALID) are checked in process: test/commands/usage-errors.test.ts.
  it('2028-02-29 (a leap year) is a date: plan --example runs on it', async () => {
    const result = await runCli(['plan', '--example', '--now', '2028-02-29', '--json'], { cwd: dir, timeoutMs: 20_000 });
    expect(result.stderr).not.toContain('NOW_INVALID');
    expect(result.code).toBe(0);
  });
});
