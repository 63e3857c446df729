/**
 * Minifies the static text of Lit's `html`, `svg` and `css` tagged templates, which esbuild leaves as
 * written (it never looks inside template literals). The rules are deliberately conservative, so that
 * what the browser renders does not change:
 *
 * - HTML/SVG: runs of whitespace in text and inside tags become one space (the browser collapses them
 *   the same way; no element of ours uses `white-space: pre*`); whitespace before a tag's `>` goes;
 *   complete comments go. Quoted attribute values are left exactly as written. Templates with a
 *   backslash (escapes) or a `<pre>`, `<textarea>`, `<style>` or `<script>` are left alone.
 * - CSS: comments go, whitespace collapses, and whitespace around `{ } ; ,` and after `:` goes, outside
 *   quoted strings. A space next to an expression (`${a} ${b}`) stays: it may separate two values.
 *   Templates with a backslash, or a string or comment open across an expression, are left alone.
 *
 * Templates are found with Vite's (Rolldown's) parser, a direct dependency, so strings, comments and
 * regular expressions that merely look like templates are never touched.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import { parseAst } from 'vite';

type Kind = 'html' | 'css';
const TAGS: Record<string, Kind> = { html: 'html', svg: 'html', css: 'css' };

/** Minified chunks of one template (the strings between expressions), or undefined to leave it. */
export function minifyHtmlChunks(chunks: readonly string[]): string[] | undefined {
  const joined = chunks.join('');
  if (joined.includes('\\') || /<(pre|textarea|style|script)\b/i.test(joined)) return undefined;
  let state: 'text' | 'tag' | 'dq' | 'sq' | 'comment' = 'text';
  const out: string[] = [];
  for (const chunk of chunks) {
    let result = '';
    for (let i = 0; i < chunk.length; i++) {
      const char = chunk[i];
      if (state === 'comment') {
        if (chunk.startsWith('-->', i)) {
          result += '-->';
          i += 2;
          state = 'text';
        } else result += char;
        continue;
      }
      if (state === 'dq' || state === 'sq') {
        result += char;
        if (char === (state === 'dq' ? '"' : "'")) state = 'tag';
        continue;
      }
      if (/\s/.test(char)) {
        let end = i;
        while (end + 1 < chunk.length && /\s/.test(chunk[end + 1])) end++;
        const next = chunk[end + 1];
        // Inside a tag, whitespace before the closing `>` or `/>` is not needed; nor a second space
        // (left where a comment between two runs of whitespace was removed).
        if (!(state === 'tag' && (next === '>' || (next === '/' && chunk[end + 2] === '>'))) && !result.endsWith(' ')) result += ' ';
        i = end;
        continue;
      }
      if (state === 'text') {
        if (chunk.startsWith('<!--', i)) {
          const close = chunk.indexOf('-->', i + 4);
          if (close >= 0) {
            i = close + 2; // a complete comment: dropped
            continue;
          }
          state = 'comment';
          result += '<!--';
          i += 3;
          continue;
        }
        if (char === '<' && /[a-zA-Z/]/.test(chunk[i + 1] ?? '')) state = 'tag';
      } else if (state === 'tag') {
        if (char === '>') state = 'text';
        else if (char === '"') state = 'dq';
        else if (char === "'") state = 'sq';
      }
      result += char;
    }
    out.push(result);
  }
  return out;
}

/** Minified chunks of one `css` template, or undefined to leave it. */
export function minifyCssChunks(chunks: readonly string[]): string[] | undefined {
  if (chunks.some((chunk) => chunk.includes('\\'))) return undefined;
  const out: string[] = [];
  for (const [index, chunk] of chunks.entries()) {
    const parts: string[] = [];
    // Split into quoted strings (kept) and the rest (minified); an unclosed string or comment: give up.
    let rest = '';
    for (let i = 0; i < chunk.length; i++) {
      const char = chunk[i];
      if (char === '/' && chunk[i + 1] === '*') {
        const close = chunk.indexOf('*/', i + 2);
        if (close < 0) return undefined;
        rest += ' ';
        i = close + 1;
        continue;
      }
      if (char === '"' || char === "'") {
        const close = chunk.indexOf(char, i + 1);
        if (close < 0) return undefined;
        parts.push(squeezeCss(rest), chunk.slice(i, close + 1));
        rest = '';
        i = close;
        continue;
      }
      rest += char;
    }
    parts.push(squeezeCss(rest));
    let result = parts.join('');
    // Only the template's outer ends may be trimmed; next to an expression one space may matter.
    if (index === 0) result = result.replace(/^ /, '');
    if (index === chunks.length - 1) result = result.replace(/ $/, '');
    out.push(result);
  }
  return out;
}

function squeezeCss(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

interface TemplateNode {
  type: string;
  tag?: { type: string; name?: string };
  quasi?: { quasis: { start: number; value: { raw: string } }[] };
}

/** The source with every `html`/`svg`/`css` template minified; the same source when nothing applies. */
export function minifyTemplatesInSource(source: string, lang: 'ts' | 'js' = 'ts'): { code: string; saved: number } {
  if (!/\b(html|svg|css)`/.test(source)) return { code: source, saved: 0 };
  const edits: { start: number; end: number; text: string }[] = [];
  visit(parseAst(source, { lang }), (node) => {
    const kind = node.type === 'TaggedTemplateExpression' && node.tag?.type === 'Identifier' ? TAGS[node.tag.name ?? ''] : undefined;
    if (!kind || !node.quasi) return;
    const raws = node.quasi.quasis.map((quasi) => quasi.value.raw);
    const minified = kind === 'html' ? minifyHtmlChunks(raws) : minifyCssChunks(raws);
    if (!minified) return;
    // A template element's `start` is its opening backtick or `}`; its raw text begins one later.
    node.quasi.quasis.forEach((quasi, i) => edits.push({ start: quasi.start + 1, end: quasi.start + 1 + raws[i].length, text: minified[i] }));
  });
  let code = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    code = code.slice(0, edit.start) + edit.text + code.slice(edit.end);
  }
  return { code, saved: source.length - code.length };
}

function visit(node: unknown, callback: (node: TemplateNode) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) visit(child, callback);
    return;
  }
  if (!node || typeof node !== 'object') return;
  if (typeof (node as TemplateNode).type === 'string') callback(node as TemplateNode);
  for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value, callback);
}

/** esbuild plugin: minifies the templates of the project's own TypeScript sources as they load. */
export function minifyTemplatesPlugin(stats?: { saved: number }): Plugin {
  return {
    name: 'infamilie-minify-templates',
    setup(build) {
      build.onLoad({ filter: /[/\\]packages[/\\](widgets|feed)[/\\]src[/\\].*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const { code, saved } = minifyTemplatesInSource(source);
        if (stats) stats.saved += saved;
        return { contents: code, loader: 'ts' };
      });
    },
  };
}
