import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const config = JSON.parse(readFileSync(`${root}/lit-localize.json`, 'utf8')) as { targetLocales: string[] };

function units(locale: string): { id: string; source: string; target?: string }[] {
  const xliff = readFileSync(`${root}/xliff/${locale}.xlf`, 'utf8');
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: /<source>([\s\S]*?)<\/source>/.exec(body)![1],
    target: /<target>([\s\S]*?)<\/target>/.exec(body)?.[1],
  }));
}

for (const locale of config.targetLocales) {
  test(`${locale}: every message is translated, with the same placeholders, and built into the locale module`, () => {
    const list = units(locale);
    assert.ok(list.length > 20, 'the XLIFF file lists the messages');
    const untranslated = list.filter((unit) => !unit.target?.trim()).map((unit) => unit.source);
    assert.deepEqual(untranslated, [], `untranslated in ${locale}.xlf`);
    for (const unit of list) {
      const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();
      assert.deepEqual(placeholders(unit.target!), placeholders(unit.source), `placeholders of "${unit.source}" in ${locale}`);
    }
    const generated = readFileSync(`${root}/src/generated/locales/${locale}.ts`, 'utf8');
    const missing = list.filter((unit) => !generated.includes(`'${unit.id}'`)).map((unit) => unit.source);
    assert.deepEqual(missing, [], `run "pnpm --filter @infamilie/widgets localize:build": ${locale}.ts lacks messages`);
  });
}

test('every locale has the same messages', () => {
  const ids = (locale: string) => units(locale).map((u) => u.id).sort();
  for (const locale of config.targetLocales) assert.deepEqual(ids(locale), ids(config.targetLocales[0]), locale);
});
