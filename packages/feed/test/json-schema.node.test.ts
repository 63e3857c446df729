/**
 * feed.schema.json is generated from the zod schema (scripts/feed/write-json-schema.ts, run by `pnpm build`).
 * These tests fail when the committed file is stale, and check that it says what the format says.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { feedJsonSchemaText, SCHEMA_FILE } from '../../../scripts/feed/json-schema.ts';
import { miniFeed } from './fixtures.ts';

type Schema = Record<string, any>;

test('feed.schema.json is up to date with the zod schema', async () => {
  const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
  const generated = await feedJsonSchemaText();
  assert.ok(committed === generated, 'packages/feed/feed.schema.json is out of date (or missing): run `pnpm build` and commit the file');
});

/** The part of JSON Schema 2020-12 that the generated file uses; enough to check documents against it. */
function check(schema: Schema | boolean, value: unknown, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: not allowed`];
  const errors: string[] = [];
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  if (schema.type) {
    const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
    const fits = types.some((t) => t === type || (t === 'integer' && Number.isInteger(value)));
    if (!fits) return [`${path}: expected ${types.join('|')}`];
  }
  if ('const' in schema && value !== schema.const) errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'string' && schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: does not match ${schema.pattern}`);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${path}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(`${path}: too few items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) errors.push(`${path}: too many items`);
    value.forEach((item, i) => {
      const itemSchema = schema.prefixItems?.[i] ?? schema.items;
      if (itemSchema !== undefined) errors.push(...check(itemSchema, item, `${path}[${i}]`));
    });
  }
  if (type === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) errors.push(`${path}.${key}: required`);
    for (const [key, child] of Object.entries(record)) {
      if (schema.properties?.[key] !== undefined) errors.push(...check(schema.properties[key], child, `${path}.${key}`));
      else if (schema.additionalProperties !== undefined) errors.push(...check(schema.additionalProperties, child, `${path}.${key}`));
    }
  }
  if (schema.anyOf && !schema.anyOf.some((option: Schema) => check(option, value, path).length === 0)) errors.push(`${path}: matches none of the options`);
  if (schema.oneOf && schema.oneOf.filter((option: Schema) => check(option, value, path).length === 0).length !== 1) errors.push(`${path}: must match exactly one option`);
  for (const part of schema.allOf ?? []) errors.push(...check(part, value, path));
  return errors;
}

test('the committed schema accepts valid documents and rejects invalid ones', async () => {
  const schema = JSON.parse(await readFile(SCHEMA_FILE, 'utf8')) as Schema;
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.ok(schema.title && schema.$id && schema.description);
  assert.deepEqual(check(schema, { version: 1, network: { id: 'n', name: 'N' } }), [], 'the minimal feed');
  assert.deepEqual(check(schema, miniFeed()), [], 'the test fixture feed');

  const invalid: Array<[string, unknown, RegExp]> = [
    ['no version', { network: { id: 'n', name: 'N' } }, /\$\.version: required/],
    ['another version', { version: 2, network: { id: 'n', name: 'N' } }, /\$\.version: expected 1/],
    ['a network without a name', { version: 1, network: { id: 'n' } }, /\$\.network\.name: required/],
    ['an id with capitals', { version: 1, network: { id: 'Netzwerk', name: 'N' } }, /\$\.network\.id: does not match/],
    ['a text without German', { version: 1, network: { id: 'n', name: { en: 'N' } } }, /\$\.network\.name: matches none/],
    ['a javascript: link', { version: 1, network: { id: 'n', name: 'N' }, offers: [{ id: 'o', title: 'O', url: 'javascript:alert(1)' }] }, /\$\.offers\[0\]\.url: does not match/],
    ['an unknown partner kind', { version: 1, network: { id: 'n', name: 'N' }, partners: [{ id: 'p', name: 'P', kind: 'castle' }] }, /\$\.partners\[0\]\.kind: not one of/],
    ['an event without start', { version: 1, network: { id: 'n', name: 'N' }, events: [{ id: 'e', title: 'E' }] }, /\$\.events\[0\]\.start: required/],
    ['a position with three numbers', { version: 1, network: { id: 'n', name: 'N' }, partners: [{ id: 'p', name: 'P', geo: [7, 51, 3] }] }, /\$\.partners\[0\]\.geo: too many items/],
  ];
  for (const [name, document, expected] of invalid) {
    const errors = check(schema, document);
    assert.ok(errors.some((error) => expected.test(error)), `${name}: ${errors.join('; ') || 'accepted'}`);
  }
});
