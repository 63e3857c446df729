/**
 * From JSON paths to line:column, so that every message points where the office's editor shows it.
 * jsonc-parser gives each value's offset; offsets become 1-based lines and columns (columns count
 * characters, as editors do).
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export type PathSegment = string | number;

export interface Position {
  line: number;
  column: number;
}

export interface JsonDocument {
  text: string;
  value: unknown;
  root: Node | undefined;
  /** Where the value at `path` is written; for a missing field, where its nearest parent is. */
  locate(path: readonly PathSegment[]): Position;
  /** The offset's line and column. */
  position(offset: number): Position;
  /** Keys written twice in one object (JSON.parse keeps the last), with their paths. */
  duplicateKeys(): Array<{ path: PathSegment[]; key: string; position: Position }>;
}

/** A JSON syntax error, located. */
export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  constructor(
    message: string,
    readonly position: Position,
    readonly more: number,
  ) {
    super(message);
  }
}

const SYNTAX_HINTS: Record<string, string> = {
  InvalidSymbol: 'unexpected character here (text must be in "double quotes"; true, false, null are lower case)',
  InvalidNumberFormat: 'this number is written wrongly (use a point for decimals: 51.52, no leading zeros)',
  PropertyNameExpected: 'a field name in "double quotes" is expected here (is there a comma too many before it?)',
  ValueExpected: 'a value is expected here (is there a comma too many, or a value missing after a colon?)',
  ColonExpected: 'a colon ":" is expected between the field name and its value',
  CommaExpected: 'a comma "," is missing before this point',
  CloseBraceExpected: 'a closing brace "}" is missing before this point (or a comma)',
  CloseBracketExpected: 'a closing bracket "]" is missing before this point (or a comma)',
  EndOfFileExpected: 'the document should end here: is there something after the last closing brace?',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a text is not closed: a closing double quote " is missing',
  UnexpectedEndOfNumber: 'a number breaks off here',
  InvalidUnicode: 'a \\u escape is written wrongly',
  InvalidEscapeCharacter: 'a backslash \\ starts an escape that JSON does not know (write \\\\ for a backslash)',
  InvalidCharacter: 'a control character (tab or line break) inside a text: write it as \\t or \\n',
};

/**
 * Reads JSON text strictly (no comments, no trailing commas).
 * @throws {JsonSyntaxError} with the first problem's position.
 */
export function readJson(text: string): JsonDocument {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const position = (offset: number): Position => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
  };
  if (errors.length) {
    const first = errors[0];
    const code = printParseErrorCode(first.error);
    throw new JsonSyntaxError(SYNTAX_HINTS[code] ?? `JSON syntax error (${code})`, position(first.offset), errors.length - 1);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // jsonc-parser is more lenient in a few corners (e.g. lone surrogates); JSON.parse has the last word.
    throw new JsonSyntaxError(`not valid JSON (${(error as Error).message})`, { line: 1, column: 1 }, 0);
  }
  const locate = (path: readonly PathSegment[]): Position => {
    if (!root) return { line: 1, column: 1 };
    for (let end = path.length; end >= 0; end--) {
      const node = findNodeAtLocation(root, path.slice(0, end) as PathSegment[]);
      if (!node) continue;
      // A field points at its name, where the eye looks for it; a list entry at its value.
      const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
      return position(at);
    }
    return position(root.offset);
  };
  const duplicateKeys = () => {
    const found: Array<{ path: PathSegment[]; key: string; position: Position }> = [];
    const walk = (node: Node | undefined, path: PathSegment[]) => {
      if (!node) return;
      if (node.type === 'object') {
        const seen = new Set<string>();
        for (const property of node.children ?? []) {
          const key = String(property.children?.[0]?.value);
          if (seen.has(key)) found.push({ path: [...path, key], key, position: position(property.offset) });
          seen.add(key);
          walk(property.children?.[1], [...path, key]);
        }
      } else if (node.type === 'array') {
        (node.children ?? []).forEach((child, index) => walk(child, [...path, index]));
      }
    };
    walk(root, []);
    return found;
  };
  return { text, value, root, locate, position, duplicateKeys };
}
