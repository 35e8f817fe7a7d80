#!/usr/bin/env node
// Regenerates test/powershell/standin/cmdlet-facts.json, the ConfigMgr cmdlet facts the
// PowerShell stand-in is built from, from a local clone of MicrosoftDocs/sccm-docs-powershell-ref:
//
//   node scripts/extract-cmdlet-facts.mjs --git-dir <clone or bare repo> [--commit <sha>] [--out <file>]
//
// --commit defaults to the repository's HEAD; --out to the committed facts file ("-" for stdout).
// Same repository and commit give byte-identical output. Reads git only through `git show`,
// `git log` and `git rev-parse`; needs no network and no dependency.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describedOnly, parsePage, syntaxChanges } from './cmdlet-facts/parse-page.mjs';
import { CMDLETS, DOCS_REPO, EPOCHS, EXAMPLE_PAGES, pagePaths } from './cmdlet-facts/sources.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FACTS_FILE = join(ROOT, 'test/powershell/standin/cmdlet-facts.json');

function gitReader(gitDir) {
  const run = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  const cache = new Map();
  return {
    run,
    /** The file at a commit, or undefined when it does not exist there. */
    show(commit, path) {
      const key = `${commit}:${path}`;
      if (!cache.has(key)) {
        try {
          cache.set(key, run('show', key));
        } catch {
          cache.set(key, undefined);
        }
      }
      return cache.get(key);
    },
  };
}

/** The page of a cmdlet at a commit, from whichever of its historical paths holds it. */
function pageAt(git, commit, cmdlet) {
  for (const path of pagePaths(cmdlet)) {
    const text = git.show(commit, path);
    if (text !== undefined) return { path, text };
  }
  return undefined;
}

/** Every commit up to `commit` that touched the page, oldest first, with the syntax changes each made. */
function syntaxHistory(git, commit, cmdlet) {
  const log = git.run('log', '--format=%H %cI %s', commit, '--', ...pagePaths(cmdlet)).trim();
  if (log === '') return [];
  const entries = [];
  let previous;
  for (const line of log.split('\n').reverse()) {
    const [hash, date, ...subject] = line.split(' ');
    const page = pageAt(git, hash, cmdlet);
    if (!page) continue;
    let facts;
    try {
      facts = parsePage(cmdlet, page.text);
    } catch (error) {
      entries.push({ commit: hash, date, subject: subject.join(' '), unparsable: error.message });
      continue;
    }
    const sets = Object.keys(facts.parameterSets);
    const changes = previous ? [...syntaxChanges(previous, facts), ...describedOnlyChanges(previous, facts)] : [`first version: ${sets.length > 0 ? sets.join(', ') : 'no parameter set documented'}`, ...describedOnlyChanges(undefined, facts)];
    if (changes.length > 0) entries.push({ commit: hash, date, subject: subject.join(' '), changes });
    previous = facts;
  }
  return entries;
}

/**
 * Parameters that came to be described outside every SYNTAX block, or stopped being: not a syntax
 * change (the binder would not see them), but a change of what the page says, so it is listed.
 */
function describedOnlyChanges(before, after) {
  const was = before ? describedOnly(before) : [];
  const now = describedOnly(after);
  return [
    ...now.filter((name) => !was.includes(name)).map((name) => `described outside every set: ${name}`),
    ...was.filter((name) => !now.includes(name)).map((name) => `no longer described outside every set: ${name}`),
  ];
}

/**
 * What release notes say about a range that the page's SYNTAX does not show, each checked against
 * the page at the range's commit so that a later docs change that settles it breaks the extraction:
 * - absent: the parameters are on the page neither in SYNTAX nor in PARAMETERS (VMSSVMSize, Version);
 * - described-only: PARAMETERS describes them, no SYNTAX block has them (TenantId);
 * - separate-sets: no SYNTAX block has all of them together (IsUsingExistingGroup with ServerAppClientId).
 */
function checkReleaseNoteFacts(git, head, items, facts, pageText, context) {
  return items.map((item) => {
    const check = item.check;
    for (const name of item.parameters) {
      if (check === 'absent') {
        if (name in facts.parameters || new RegExp(`^### -${name}\\s*$`, 'm').test(pageText)) throw new Error(`${context}: release notes say ${name} exists, and the page now documents it: update the range`);
      } else if (check === 'described-only') {
        if (!describedOnly(facts).includes(name)) throw new Error(`${context}: ${name} is no longer described outside every set: update the range`);
      } else if (check !== 'separate-sets') {
        throw new Error(`${context}: unknown release-note check ${check}`);
      }
    }
    if (check === 'separate-sets' && Object.values(facts.parameterSets).some((set) => item.parameters.every((name) => name in set.parameters))) {
      throw new Error(`${context}: a SYNTAX block now has ${item.parameters.join(' and ')} together: update the range`);
    }
    return {
      parameters: item.parameters,
      onPage: check,
      says: item.says,
      ...(item.evidence ? { evidence: item.evidence.map((evidence) => checkEvidence(git, head.hash, [evidence], context)[0]) } : {}),
      ...(item.external ? { external: { ...item.external, checkedByExtractor: false } } : {}),
    };
  });
}

/** Checks each quote is in the file at the commit (within the named `###` section when given); returns the evidence as recorded. */
function checkEvidence(git, commit, evidence, context) {
  return evidence.map((item) => {
    const text = git.show(commit, item.path);
    if (text === undefined) throw new Error(`${context}: evidence file ${item.path} is not at ${commit}`);
    let scope = text.replace(/\r\n/g, '\n');
    if (item.section) {
      const start = scope.indexOf(`\n${item.section}\n`);
      if (start < 0) throw new Error(`${context}: no section "${item.section}" in ${item.path}`);
      const next = scope.indexOf('\n### ', start + item.section.length + 2);
      scope = scope.slice(start, next < 0 ? undefined : next);
    }
    for (const quote of item.quotes) {
      if (!scope.includes(quote)) throw new Error(`${context}: "${quote}" not found in ${item.path}${item.section ? ` (${item.section})` : ''} at ${commit}`);
    }
    return { commit, path: item.path, ...(item.section ? { section: item.section } : {}), says: item.quotes };
  });
}

function commitInfo(git, commit) {
  const [hash, date, ...subject] = git.run('log', '-1', '--format=%H %cI %s', commit).trim().split(' ');
  return { hash, date, subject: subject.join(' ') };
}

/** The `Verb-CM...` names in src/ and in the golden files: what the tool emits today. */
function emittedCmdlets() {
  const names = new Set();
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|ps1|md)$/.test(entry.name)) for (const match of readFileSync(path, 'utf8').matchAll(/\b(?:Add|Get|New|Remove|Set|Start|Stop|Sync|Import|Invoke)-CM[A-Za-z]+\b/g)) names.add(match[0]);
    }
  };
  walk(join(ROOT, 'src'));
  walk(join(ROOT, 'test/emit/__golden__'));
  return [...names].sort();
}

function epochFacts(git, cmdlet, epoch, head, context) {
  const commit = epoch.commit ?? head.hash;
  const info = commitInfo(git, commit);
  const range = { from: epoch.from ?? null, until: epoch.until ?? null };
  const evidence = (epoch.evidence ?? []).map((item) => checkEvidence(git, head.hash, [item], context)[0]);
  if (epoch.absent) return { siteVersions: range, absent: true, evidence };
  const page = pageAt(git, commit, cmdlet);
  if (!page) throw new Error(`${context}: no page at ${commit}`);
  const facts = parsePage(cmdlet, page.text);
  if (epoch.replacedBy) {
    // The named commit must be the last one with this syntax: the next change to the page is replacedBy, and it changes the syntax.
    const next = git.run('log', '--format=%H', `${commit}..${head.hash}`, '--', ...pagePaths(cmdlet)).trim().split('\n').filter(Boolean).at(-1);
    if (next !== epoch.replacedBy) throw new Error(`${context}: the page's next commit after ${commit} is ${next}, not ${epoch.replacedBy}`);
    const after = parsePage(cmdlet, pageAt(git, next, cmdlet).text);
    if (syntaxChanges(facts, after).length === 0 && describedOnlyChanges(facts, after).length === 0) throw new Error(`${context}: ${next} does not change the syntax of ${commit}, nor the parameters it describes outside every set`);
  }
  return {
    siteVersions: range,
    commit: info.hash,
    date: info.date,
    page: page.path,
    ...(epoch.replacedBy ? { replacedBy: commitInfo(git, epoch.replacedBy) } : {}),
    evidence,
    ...(epoch.releaseNotes ? { releaseNoteFacts: checkReleaseNoteFacts(git, head, epoch.releaseNotes, facts, page.text, context) } : {}),
    ...facts,
  };
}

/** CertificateStore and the like: enum types the docs show only in examples, with the values they use. */
function exampleTypes(git, head) {
  const types = {};
  for (const cmdlet of EXAMPLE_PAGES) {
    const page = pageAt(git, head.hash, cmdlet);
    if (!page) continue;
    for (const match of page.text.matchAll(/\[(Microsoft\.ConfigurationManagement\.[A-Za-z.]+)\]::([A-Za-z0-9]+)/g)) {
      const fullName = match[1];
      const name = fullName.split('.').at(-1);
      const type = (types[name] ??= { fullName, values: [], seenIn: [] });
      if (!type.values.includes(match[2])) type.values.push(match[2]);
      if (!type.seenIn.includes(page.path)) type.seenIn.push(page.path);
    }
  }
  return types;
}

/** JSON with two-space indentation, but any object or array that fits in 160 characters on one line: a readable diff at a third of the size. */
export function formatJson(value, indent = '') {
  const flat = JSON.stringify(value);
  if (flat === undefined || typeof value !== 'object' || value === null || indent.length + flat.length <= 160) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((item) => inner + formatJson(item, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${formatJson(item, inner)}`).join(',\n')}\n${indent}}`;
}

export function extract(gitDir, commit = 'HEAD') {
  const git = gitReader(gitDir);
  const head = commitInfo(git, commit);
  const emitted = emittedCmdlets();
  const wanted = [...new Set([...CMDLETS, ...emitted])];
  const cmdlets = {};
  const missingPages = [];
  for (const cmdlet of wanted) {
    if (!pageAt(git, head.hash, cmdlet)) {
      missingPages.push(cmdlet);
      continue;
    }
    const epochs = (EPOCHS[cmdlet] ?? [{ commit: null }]).map((epoch) => epochFacts(git, cmdlet, epoch, head, cmdlet));
    cmdlets[cmdlet] = {
      page: pageAt(git, head.hash, cmdlet).path,
      emitted: emitted.includes(cmdlet),
      epochs,
      syntaxHistory: syntaxHistory(git, head.hash, cmdlet),
    };
  }
  return {
    comment: [
      'Generated by scripts/extract-cmdlet-facts.mjs from the docs repository below: do not edit by hand; regenerate.',
      'Each cmdlet has one entry per site-version range (from inclusive, until exclusive, YYMM); the stand-in is built for one site version.',
      'Parameter sets, mandatory flags and positions come from the SYNTAX blocks; types, aliases, accepted values and pipeline input from the PARAMETERS section.',
      'Where the two sections disagree the SYNTAX block wins (it is what platyPS wrote from the cmdlet itself) and the disagreement is listed under the range.',
      'syntaxHistory lists every commit that changed a page\'s syntax (or the parameters it describes outside every SYNTAX block), for the ranges the scripts do not depend on yet.',
      'releaseNoteFacts: what release notes say about a range that no SYNTAX block shows, checked against the page at the range\'s commit; evidence from outside the docs repository is recorded as read (checkedByExtractor: false).',
    ],
    source: { repo: DOCS_REPO, commit: head.hash, date: head.date },
    cmdlets,
    missingPages,
    exampleTypes: exampleTypes(git, head),
  };
}

function main(argv) {
  const args = { commit: 'HEAD', out: FACTS_FILE };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    const value = argv[index + 1];
    if (flag === '--git-dir' || flag === '--commit' || flag === '--out') {
      if (value === undefined) throw new Error(`${flag} needs a value`);
      args[flag.slice(2).replace('-dir', 'Dir')] = value;
      index++;
    } else throw new Error(`unknown argument: ${flag}`);
  }
  if (!args.gitDir) throw new Error('usage: extract-cmdlet-facts.mjs --git-dir <sccm-docs-powershell-ref clone> [--commit <sha>] [--out <file>|-]');
  // A clone's .git or a bare repository both work: git --git-dir wants the git directory itself.
  const gitDir = execFileSync('git', ['-C', args.gitDir, 'rev-parse', '--absolute-git-dir'], { encoding: 'utf8' }).trim();
  const json = `${formatJson(extract(gitDir, args.commit))}\n`;
  if (args.out === '-') process.stdout.write(json);
  else {
    writeFileSync(args.out, json);
    process.stderr.write(`wrote ${relative(process.cwd(), args.out) || args.out}\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`extract-cmdlet-facts: ${error.message}\n`);
    process.exit(1);
  }
}
