/**
 * The house rule of DESIGN.md (rule 2), over the real import graph: every import of src/, type-only
 * and dynamic ones included, read with the TypeScript compiler. A folder may import only the layers
 * below it; a step's folder imports no other step's; no two folders import each other, however
 * indirectly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

/** What each layer may import besides itself, lowest first (the diagram in README.md, "Development"). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  model: [],
  domain: ['model'],
  messages: ['model', 'domain'],
  files: ['model'],
  emit: ['model', 'domain', 'messages'],
  steps: ['model', 'domain', 'messages', 'emit'],
  certs: ['model', 'domain', 'messages', 'files'],
  azure: ['model', 'domain', 'messages'],
  output: ['model', 'domain', 'messages', 'files', 'emit'],
  wizard: ['model', 'domain', 'messages', 'files', 'emit', 'steps', 'certs', 'azure', 'output'],
  ui: ['model', 'domain', 'messages', 'wizard'],
  cli: ['model', 'domain', 'messages', 'files', 'emit', 'steps', 'certs', 'azure', 'output', 'wizard', 'ui'],
};

interface Edge {
  from: string;
  to: string;
  names: string[];
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import of a file, with the names it takes (`*` for a namespace or a dynamic import). */
function importsOf(file: string): Edge[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const edges: Edge[] = [];
  const add = (specifier: ts.Expression | undefined, names: string[]) => {
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) return;
    edges.push({ from: relative(ROOT, file), to: relative(ROOT, resolve(dirname(file), specifier.text)), names });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const names = [...(clause?.name ? [clause.name.text] : []), ...(bindings && ts.isNamedImports(bindings) ? bindings.elements.map((element) => element.name.text) : bindings ? ['*'] : [])];
      add(node.moduleSpecifier, names);
    } else if (ts.isExportDeclaration(node)) {
      const clause = node.exportClause;
      add(node.moduleSpecifier, clause && ts.isNamedExports(clause) ? clause.elements.map((element) => element.name.text) : ['*']);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], ['*']);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

/** A file's layer (`steps`), and its unit: a step's own folder (`steps/gateway`), else the layer. */
function placeOf(path: string): { layer: string; unit: string } {
  const parts = relative('src', path).split('/');
  const layer = parts.length === 1 ? '(src)' : parts[0]!;
  const unit = layer === 'steps' && parts.length > 2 ? `steps/${parts[1]}` : layer;
  return { layer, unit };
}

const EDGES = sourceFiles(SRC).flatMap(importsOf);

/** The cycles among units (Tarjan's strongly connected components of more than one unit). */
function unitCycles(edges: readonly Edge[]): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const edge of edges) {
    const from = placeOf(edge.from).unit;
    const to = placeOf(edge.to).unit;
    if (from === to) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    graph.get(from)!.add(to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const connect = (unit: string): void => {
    index.set(unit, counter);
    low.set(unit, counter);
    counter += 1;
    stack.push(unit);
    onStack.add(unit);
    for (const next of graph.get(unit) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(unit, Math.min(low.get(unit)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(unit, Math.min(low.get(unit)!, index.get(next)!));
      }
    }
    if (low.get(unit) === index.get(unit)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== unit);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const unit of graph.keys()) if (!index.has(unit)) connect(unit);
  return cycles;
}

const describeEdge = (edge: Edge) => `${edge.from} imports ${edge.names.join(', ')} from ${edge.to}`;

describe('layers (DESIGN.md rule 2, over the real import graph)', () => {
  it('reads the graph: every layer has files, and the model imports something of its own', () => {
    const layers = new Set(sourceFiles(SRC).map((file) => placeOf(relative(ROOT, file)).layer));
    expect([...layers].sort()).toEqual(Object.keys(MAY_IMPORT).sort());
    expect(EDGES.some((edge) => edge.from === 'src/model/step.ts' && edge.to === 'src/model/answers.ts' && edge.names.includes('Answers'))).toBe(true);
  });

  it('every import goes to its own layer or one below it', () => {
    const forbidden = EDGES.filter((edge) => {
      const from = placeOf(edge.from).layer;
      const to = placeOf(edge.to).layer;
      return from !== to && !(MAY_IMPORT[from] ?? []).includes(to);
    });
    expect(forbidden.map(describeEdge)).toEqual([]);
  });

  it("a step's folder imports no other step's folder (what several share is in steps/shared/)", () => {
    const across = EDGES.filter((edge) => {
      const from = placeOf(edge.from).unit;
      const to = placeOf(edge.to).unit;
      return from.startsWith('steps/') && to.startsWith('steps/') && from !== to && to !== 'steps/shared';
    });
    expect(across.map(describeEdge)).toEqual([]);
  });

  it('no folders import each other, however indirectly', () => {
    expect(unitCycles(EDGES)).toEqual([]);
  });

  it('the cycle finder finds a cycle of three folders, and the rule check a forbidden import', () => {
    const made = (from: string, to: string): Edge => ({ from, to, names: ['x'] });
    expect(unitCycles([made('src/a/x.ts', 'src/b/y.ts'), made('src/b/y.ts', 'src/c/z.ts'), made('src/c/z.ts', 'src/a/w.ts')])).toEqual([['a', 'b', 'c']]);
    expect(unitCycles([made('src/steps/gateway/a.ts', 'src/steps/azure/b.ts'), made('src/steps/azure/b.ts', 'src/steps/gateway/c.ts')])).toEqual([['steps/azure', 'steps/gateway']]);
    expect(describeEdge(made('src/domain/site.ts', 'src/wizard/answers.ts'))).toBe('src/domain/site.ts imports x from src/wizard/answers.ts');
  });
});
