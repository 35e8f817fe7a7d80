/**
 * Host-name matching (reliability.md, T-3.3): RFC 6125 section 6.4 as the C2SP
 * x509-limbo suite reads it. Property tests over label arrays, then a table of examples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesName, wildcardForm } from '../../src/certs/host-names.ts';

/** One DNS label: lowercase LDH, 1-12 characters, no leading or trailing hyphen. */
const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
/** The part under a wildcard: at least two labels (`*.a.b`). */
const base = fc.array(label, { minLength: 2, maxLength: 4 });
/** Any concrete host name of 1 to 6 labels. */
const anyHost = fc.array(label, { minLength: 1, maxLength: 6 });

const join = (labels: readonly string[]): string => labels.join('.');

/** The host name with each letter's case chosen by `flips` (cycled). */
function recase(name: string, flips: readonly boolean[]): string {
  return [...name].map((character, index) => (flips[index % flips.length] ? character.toUpperCase() : character)).join('');
}

describe('wildcard `*.a.b` (T-3.3)', () => {
  it('matches every name with exactly one extra, non-empty left-most label', () => {
    fc.assert(
      fc.property(base, label, (under, extra) => {
        expect(matchesName(`*.${join(under)}`, join([extra, ...under]))).toBe(true);
      }),
    );
  });

  it('matches a host exactly when it is one label followed by the base (against arbitrary hosts)', () => {
    const related = fc.tuple(base, anyHost).chain(([under, other]) =>
      fc.constantFrom<[string[], string[]]>(
        [under, other],
        [under, [...other.slice(0, 1), ...under]],
        [under, [...other, ...under]],
        [under, [...under]],
        [under, [...other.slice(0, 1), ...under.slice(1)]],
      ),
    );
    fc.assert(
      fc.property(related, ([under, host]) => {
        const expected = host.length === under.length + 1 && join(host.slice(1)) === join(under);
        expect(matchesName(`*.${join(under)}`, join(host))).toBe(expected);
      }),
    );
  });

  it('never matches the apex', () => {
    fc.assert(
      fc.property(base, (under) => {
        expect(matchesName(`*.${join(under)}`, join(under))).toBe(false);
      }),
    );
  });

  it('never matches two or more extra labels', () => {
    fc.assert(
      fc.property(base, fc.array(label, { minLength: 2, maxLength: 3 }), (under, extra) => {
        expect(matchesName(`*.${join(under)}`, join([...extra, ...under]))).toBe(false);
      }),
    );
  });

  it('never matches an empty left-most label or a host that itself holds a wildcard', () => {
    fc.assert(
      fc.property(base, (under) => {
        expect(matchesName(`*.${join(under)}`, `.${join(under)}`)).toBe(false);
        expect(matchesName(`*.${join(under)}`, `*.${join(under)}`)).toBe(false);
      }),
    );
  });

  it('is case-insensitive on both sides', () => {
    fc.assert(
      fc.property(base, anyHost, fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), (under, host, hostFlips, patternFlips) => {
        const pattern = `*.${join(under)}`;
        const lower = matchesName(pattern, join(host));
        expect(matchesName(recase(pattern, patternFlips), recase(join(host), hostFlips))).toBe(lower);
        const positive = join([host[0]!, ...under]);
        expect(matchesName(recase(pattern, patternFlips), recase(positive, hostFlips))).toBe(true);
      }),
    );
  });

  it('is a full wildcard exactly when `*` is the whole first label and two or more labels follow', () => {
    fc.assert(
      fc.property(base, (under) => {
        expect(wildcardForm(`*.${join(under)}`)).toBe('full');
        expect(wildcardForm(`*.${under[0]!}`)).toBe('invalid');
        expect(wildcardForm(join(under))).toBe('none');
      }),
    );
  });
});

describe('partial and misplaced wildcards never match (T-3.3)', () => {
  /** `f*.a.b`, `*f.a.b`, `f*g.a.b`, `a.*.b` and `*.*.b` built around generated labels. */
  const partial = fc
    .tuple(label, label, base)
    .chain(([left, right, under]) =>
      fc.constantFrom(`${left}*.${join(under)}`, `*${left}.${join(under)}`, `${left}*${right}.${join(under)}`, `${left}.*.${join(under)}`, `*.*.${join(under)}`, `${join(under)}.*`),
    );

  it('are invalid', () => {
    fc.assert(
      fc.property(partial, (pattern) => {
        expect(wildcardForm(pattern)).toBe('invalid');
      }),
    );
  });

  it('match no host, not even the ones they were built to cover', () => {
    fc.assert(
      fc.property(partial, anyHost, label, (pattern, host, fill) => {
        expect(matchesName(pattern, join(host))).toBe(false);
        // Every '*' replaced by a label: the name a partial-wildcard-accepting matcher would take.
        expect(matchesName(pattern, pattern.replaceAll('*', fill))).toBe(false);
        expect(matchesName(pattern, pattern.replaceAll('*', ''))).toBe(false);
      }),
    );
  });
});

describe('names without a wildcard', () => {
  it('match only themselves, ignoring case', () => {
    fc.assert(
      fc.property(anyHost, anyHost, fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), (name, other, flips) => {
        expect(matchesName(join(name), recase(join(name), flips))).toBe(true);
        expect(matchesName(join(name), join(other))).toBe(join(name) === join(other));
      }),
    );
  });
});

describe('RFC 6125 section 6.4 examples, read as x509-limbo does', () => {
  const cases: Array<[pattern: string, host: string, matches: boolean, why: string]> = [
    ['www.example.com', 'www.example.com', true, 'identical'],
    ['www.example.com', 'WWW.Example.COM', true, 'DNS is case-insensitive'],
    ['WWW.EXAMPLE.COM', 'www.example.com', true, 'either side'],
    ['www.example.com', 'example.com', false, 'not the parent'],
    ['www.example.com', 'www.example.com.evil.net', false, 'no prefix match'],
    ['*.example.com', 'foo.example.com', true, '6.4.3: one left-most label'],
    ['*.example.com', 'FOO.Example.Com', true, 'wildcard, case-insensitive'],
    ['*.example.com', 'bar.foo.example.com', false, '6.4.3: only one label'],
    ['*.example.com', 'example.com', false, '6.4.3: not the apex'],
    ['*.example.com', 'fooexample.com', false, 'label boundary'],
    ['*.example.com', 'foo.example.net', false, 'other domain'],
    ['*.example.com', 'foo.example.com.', false, 'trailing dot is another name'],
    ['baz*.example.net', 'baz1.example.net', false, '6.4.3 allows it; CA/B and limbo do not'],
    ['*baz.example.net', 'foobaz.example.net', false, 'partial wildcard'],
    ['b*z.example.net', 'buzz.example.net', false, 'partial wildcard'],
    ['foo.*.example.com', 'foo.bar.example.com', false, 'wildcard not left-most'],
    ['*.*.example.com', 'a.b.example.com', false, 'two wildcards'],
    ['*.com', 'example.com', false, 'wildcard on a top-level domain'],
    ['*', 'localhost', false, 'bare wildcard'],
    ['*.', 'example', false, 'empty labels'],
    ['*..example.com', 'a..example.com', false, 'empty label under the wildcard'],
    ['*.xn--caf-dma.example', 'shop.xn--caf-dma.example', true, 'A-labels are plain labels'],
    ['xn--*.example.com', 'xn--caf-dma.example.com', false, 'no wildcard inside an A-label'],
  ];

  it.each(cases)('%s vs %s → %s (%s)', (pattern, host, expected) => {
    expect(matchesName(pattern, host)).toBe(expected);
  });

  it.each([
    ['cmg.contoso.com', 'none'],
    ['*.contoso.com', 'full'],
    ['*.westeurope.cloudapp.azure.com', 'full'],
    ['cm*.contoso.com', 'invalid'],
    ['*cmg.contoso.com', 'invalid'],
    ['cmg.*.com', 'invalid'],
    ['*.com', 'invalid'],
    ['*', 'invalid'],
    ['*.contoso.com.', 'invalid'],
  ] as const)('wildcardForm(%s) = %s', (pattern, form) => {
    expect(wildcardForm(pattern)).toBe(form);
  });
});
