/**
 * The feed's JSON Schema, generated from the zod schema in packages/feed (the source of truth).
 *
 * `zod` is a dependency of @infamilie/feed, not of this package, so it is resolved from there: that
 * way the schemas and `toJSONSchema` come from the same copy of zod.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { feedPartSchema, feedSchema } from '@infamilie/feed/schema';

export type JsonSchema = { [key: string]: unknown };

interface ZodMini {
  toJSONSchema(schema: unknown, options: { io: 'input'; unrepresentable: 'any' }): JsonSchema;
}

export const SCHEMA_FILE = new URL('../../packages/feed/feed.schema.json', import.meta.url);

let zodMini: Promise<ZodMini> | undefined;
function loadZodMini(): Promise<ZodMini> {
  if (!zodMini) {
    const requireFromFeed = createRequire(new URL('../../packages/feed/package.json', import.meta.url));
    // The ESM build, so that it is the very module instance the schemas were made with.
    const esm = requireFromFeed.resolve('zod/mini').replace(/\.cjs$/, '.js');
    zodMini = import(pathToFileURL(esm).href) as Promise<ZodMini>;
  }
  return zodMini;
}

const WEB_LINK_PATTERN = '^[hH][tT][tT][pP][sS]?://';

/**
 * The zod schema's `z.url({ protocol })` becomes `format: uri`, which any scheme satisfies; the
 * pattern adds what the reader enforces (http and https only), so editors flag `javascript:` links too.
 */
function restrictLinks(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(restrictLinks);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as JsonSchema;
  if (schema.type === 'string' && schema.format === 'uri' && schema.pattern === undefined) schema.pattern = WEB_LINK_PATTERN;
  Object.values(schema).forEach(restrictLinks);
}

/** JSON Schema (draft 2020-12) of a whole feed document, as editors and other tools should use it. */
export async function buildFeedJsonSchema(): Promise<JsonSchema> {
  const z = await loadZodMini();
  const generated = z.toJSONSchema(feedSchema, { io: 'input', unrepresentable: 'any' });
  restrictLinks(generated);
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: 'urn:infamilie:feed-schema:1',
    title: 'Netzwerk INFamilie feed, format version 1',
    description:
      'The shared feed of Netzwerk INFamilie (Dortmund): network, categories, quarters, partners, offers and events. ' +
      'Generated from the zod schema in packages/feed (run `pnpm build`); do not edit by hand. Rules that JSON Schema ' +
      'cannot express (an end before its start, a ring that does not close, ages in the wrong order) are checked by `pnpm feed validate`.',
    ...rest,
  };
}

/** JSON Schema of one quarter's part of a split feed (offers and events); used by `validate`. */
export async function buildFeedPartJsonSchema(): Promise<JsonSchema> {
  const z = await loadZodMini();
  const generated = z.toJSONSchema(feedPartSchema, { io: 'input', unrepresentable: 'any' });
  restrictLinks(generated);
  return generated;
}

/** The file's exact text: what `pnpm build` writes and the staleness test compares. */
export async function feedJsonSchemaText(): Promise<string> {
  return JSON.stringify(await buildFeedJsonSchema(), null, 2) + '\n';
}
