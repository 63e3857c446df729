/**
 * Writes packages/feed/feed.schema.json from the zod schema (`pnpm build`, or `pnpm feed schema --write`).
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FILE, feedJsonSchemaText } from './json-schema.ts';

export async function writeJsonSchema(): Promise<string> {
  const path = fileURLToPath(SCHEMA_FILE);
  await writeFile(path, await feedJsonSchemaText(), 'utf8');
  return path;
}

if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1] ?? '').href) {
  const path = await writeJsonSchema();
  console.log(`Wrote ${path}`);
}
