/**
 * Markdown as a renderer reads it, for the tests that say a value cannot become markup. The
 * oracle is markdown-it (a CommonMark-conformant parser) with raw HTML on, as GitHub and most
 * viewers have it, and linkify on with fuzzy links, which recognises at least what the GFM
 * autolink extension does (`www.` and `https://` text, e-mail addresses): a checker written
 * here would share the assumptions of the code it checks.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

const parser = new MarkdownIt({ html: true, linkify: true });
parser.linkify.set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true });

export function parseMarkdown(text: string): Token[] {
  return parser.parse(text, {});
}

/** The inline tokens of one line of Markdown (a paragraph). */
export function parseInline(text: string): Token[] {
  return parser.parseInline(text, {})[0]?.children ?? [];
}

function walk(tokens: readonly Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    if (token.children) walk(token.children, visit);
  }
}

/** The content of every inline code span, in document order. */
export function codeSpans(tokens: readonly Token[]): string[] {
  const spans: string[] = [];
  walk(tokens, (token) => {
    if (token.type === 'code_inline') spans.push(token.content);
  });
  return spans;
}

/** The fenced code blocks: info string and content. */
export function fences(tokens: readonly Token[]): Array<{ info: string; content: string }> {
  return tokens.filter((token) => token.type === 'fence').map((token) => ({ info: token.info, content: token.content }));
}

/**
 * Where text carrying `marker` (which every user value holds, at both ends and between any two
 * of its parts) is read as something other than an inline code span or the content of a fence
 * whose info string is in `fenceInfos`; and every piece of raw HTML, whatever it holds (the
 * tool's own texts never write any). Empty: every value is inert.
 */
export function markupProblems(tokens: readonly Token[], marker: string, fenceInfos: readonly string[]): string[] {
  const problems: string[] = [];
  walk(tokens, (token) => {
    if (token.type === 'html_block' || token.type === 'html_inline') problems.push(`${token.type}: ${token.content}`);
    else if (token.type === 'fence') {
      if (token.content.includes(marker) && !fenceInfos.includes(token.info)) problems.push(`fence ${token.info}: ${token.content}`);
    } else if (token.type !== 'code_inline' && token.type !== 'inline') {
      const attributes = (token.attrs ?? []).map((attribute) => attribute[1]).join(' ');
      if (token.content.includes(marker) || attributes.includes(marker)) problems.push(`${token.type}: ${token.content}${attributes ? ` [${attributes}]` : ''}`);
    }
  });
  return problems;
}
