/** The secret sweep of reliability.md T-1.1: every form a leaked secret could take. */
import { expect } from 'vitest';

/** Raw UTF-8, UTF-16LE, base64 of both at any alignment (-EncodedCommand is base64 UTF-16LE), URL-encoded. */
export function leakForms(secret: string): Array<[string, Buffer]> {
  const forms: Array<[string, Buffer]> = [];
  for (const [encoding, bytes] of [
    ['utf8', Buffer.from(secret, 'utf8')],
    ['utf16le', Buffer.from(secret, 'utf16le')],
  ] as const) {
    forms.push([encoding, bytes]);
    for (let shift = 0; shift < 3; shift++) {
      // The characters that depend only on the secret's bytes, whatever precedes or follows it.
      const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
      forms.push([`base64(${encoding}, shift ${shift})`, Buffer.from(encoded.slice(shift === 0 ? 0 : 4, -4), 'ascii')]);
    }
  }
  forms.push(['url', Buffer.from(encodeURIComponent(secret), 'ascii')]);
  return forms;
}

export function expectNoLeak(secret: string, where: string, bytes: Buffer): void {
  for (const [form, needle] of leakForms(secret)) expect(bytes.includes(needle), `${form} of the secret in ${where}`).toBe(false);
}
