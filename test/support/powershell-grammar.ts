/**
 * Test-only PowerShell syntax check built on tree-sitter-powershell (web-tree-sitter, WASM).
 *
 * The grammar only knows the ASCII forms of quotes and dashes, but PowerShell's tokenizer also
 * treats U+2018..U+201B as single quotes, U+201C..U+201E as double quotes and U+2013..U+2015 as
 * dashes. Left alone, the grammar would read `'Acme’; Write-Output INJECTED; ‘x'` as ONE string
 * where PowerShell runs Write-Output. So the source is parsed with each of those characters
 * replaced by its ASCII twin (one UTF-16 unit for one, so offsets stay valid) and every piece
 * of text reported here is sliced from the caller's source, as written.
 */
import v8 from 'node:v8';
import { createRequire } from 'node:module';
import type { Node as SyntaxNode, Parser as TreeSitterParser } from 'web-tree-sitter';

export interface ParsedScript {
  /** 1-based line/column (columns in UTF-16 code units, counted after a leading BOM is dropped). */
  errors: Array<{ line: number; column: number; kind: 'ERROR' | 'MISSING'; text: string }>;
  /** Names of every command invoked, in source order, including nested ones; the name text as written. */
  commands: string[];
  /**
   * The value of every string literal, in source order. Single-quoted: outer quotes removed and
   * doubled quote characters (any of ' ‘ ’ ‚ ‛) collapsed to one. Others (double-quoted,
   * here-strings): the literal's text as written, delimiters included.
   */
  stringLiterals: string[];
  /** Every `-Param` token used with each command, as written (no trailing `:`). */
  parameters: Array<{ command: string; parameter: string }>;
}

const BOM = '\uFEFF';
const SINGLE_QUOTE = /[\u2018-\u201B]/g;
const DOUBLE_QUOTE = /[\u201C-\u201E]/g;
const DASH = /[\u2013-\u2015]/g;
const IS_SINGLE_QUOTE = /['\u2018-\u201B]/;
const MAX_ERROR_TEXT = 120;

let parserPromise: Promise<TreeSitterParser> | undefined;

async function loadParser(): Promise<TreeSitterParser> {
  // Without this a plain node process stalls for seconds on exit while V8's optimising tier
  // compiles the grammar's WASM in the background. Must precede the first compile.
  v8.setFlagsFromString('--liftoff-only');
  const { Parser, Language } = await import('web-tree-sitter');
  await Parser.init();
  const wasm = createRequire(import.meta.url).resolve('tree-sitter-powershell/tree-sitter-powershell.wasm');
  const language = await Language.load(wasm);
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

function getParser(): Promise<TreeSitterParser> {
  parserPromise ??= loadParser().catch((error: unknown) => {
    parserPromise = undefined;
    throw error;
  });
  return parserPromise;
}

/** Same length as the input, with PowerShell's typographic quotes and dashes made ASCII. */
function asciiTwins(source: string): string {
  return source.replace(SINGLE_QUOTE, "'").replace(DOUBLE_QUOTE, '"').replace(DASH, '-');
}

/** The value of a single-quoted literal written `text` (PowerShell's rule, with all five quotes). */
function singleQuotedValue(text: string): string {
  const inner = text.slice(1, -1);
  let value = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    value += ch;
    if (IS_SINGLE_QUOTE.test(ch) && i + 1 < inner.length && IS_SINGLE_QUOTE.test(inner[i + 1]!)) i++;
  }
  return value;
}

export async function parsePowerShell(source: string): Promise<ParsedScript> {
  const parser = await getParser();
  const text = source.startsWith(BOM) ? source.slice(1) : source;
  const tree = parser.parse(asciiTwins(text));
  if (!tree) throw new Error('tree-sitter returned no tree');
  const slice = (node: SyntaxNode): string => text.slice(node.startIndex, node.endIndex);

  const result: ParsedScript = { errors: [], commands: [], stringLiterals: [], parameters: [] };
  try {
    const cursor = tree.walk();
    try {
      // Pre-order walk: parents before children, siblings left to right, i.e. source order.
      for (;;) {
        const type = cursor.nodeType;
        if (cursor.nodeIsMissing) {
          const node = cursor.currentNode;
          result.errors.push({
            line: node.startPosition.row + 1,
            column: node.startPosition.column + 1,
            kind: 'MISSING',
            text: type, // the token the parser inserted, e.g. '}'
          });
        } else if (type === 'ERROR') {
          const node = cursor.currentNode;
          const snippet = slice(node);
          result.errors.push({
            line: node.startPosition.row + 1,
            column: node.startPosition.column + 1,
            kind: 'ERROR',
            text: snippet.length > MAX_ERROR_TEXT ? `${snippet.slice(0, MAX_ERROR_TEXT)}…` : snippet,
          });
        } else if (type === 'command') {
          const node = cursor.currentNode;
          const nameNode = node.childForFieldName('command_name');
          const name = nameNode ? slice(nameNode) : '';
          result.commands.push(name);
          const elements = node.childForFieldName('command_elements');
          for (const child of elements?.children ?? []) {
            if (child.type === 'command_parameter') result.parameters.push({ command: name, parameter: slice(child) });
          }
        } else if (type === 'command_name' && cursor.currentNode.parent?.type === 'ERROR') {
          // Error recovery can leave a command's name without its `command` node around it.
          result.commands.push(slice(cursor.currentNode));
        } else if (type === 'verbatim_string_characters') {
          result.stringLiterals.push(singleQuotedValue(slice(cursor.currentNode)));
        } else if (
          type === 'expandable_string_literal' ||
          type === 'expandable_here_string_literal' ||
          type === 'verbatim_here_string_characters'
        ) {
          result.stringLiterals.push(slice(cursor.currentNode));
        }

        if (cursor.gotoFirstChild()) continue;
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) return result;
        }
      }
    } finally {
      cursor.delete();
    }
  } finally {
    tree.delete();
  }
}
