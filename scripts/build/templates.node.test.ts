// The template minifier: what it may change (whitespace, comments) and what it must keep.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCssChunks, minifyHtmlChunks, minifyTemplatesInSource } from './templates.ts';

test('html: whitespace runs become one space, comments go, attribute values stay as written', () => {
  assert.deepEqual(minifyHtmlChunks(['<div\n    class="a   b"\n    title=\'x  y\'\n  >\n    <!-- why -->\n    <span>', '</span>  \n  </div>\n']), [
    '<div class="a   b" title=\'x  y\'> <span>',
    '</span> </div> ',
  ]);
  // Whitespace between two expressions separates them in text: one space stays.
  assert.deepEqual(minifyHtmlChunks(['<p>', '   ', '</p>']), ['<p>', ' ', '</p>']);
  assert.deepEqual(minifyHtmlChunks(['<a href="', '" class="x"   >']), ['<a href="', '" class="x">']);
});

test('html: left alone where whitespace or escapes matter', () => {
  assert.equal(minifyHtmlChunks(['<pre>\n  a\n</pre>']), undefined);
  assert.equal(minifyHtmlChunks(['<textarea>  </textarea>']), undefined);
  assert.equal(minifyHtmlChunks(['<p>a\\u00a0 b</p>']), undefined);
});

test('css: comments and optional whitespace go; strings, spaces between values and next to expressions stay', () => {
  assert.deepEqual(minifyCssChunks(['\n  /* why */\n  :host {\n    display: block;\n    margin: 0 auto;\n  }\n  a:hover ,\n  b > c { content: "a  b; c" ; }\n']), [
    ':host{display:block;margin:0 auto}a:hover,b > c{content:"a  b; c"}',
  ]);
  assert.deepEqual(minifyCssChunks(['.a { margin: ', ' ', '; }']), ['.a{margin:', ' ', '}']);
  assert.deepEqual(minifyCssChunks(['.a { width: calc(100% - 2em); } .b :is(.c) {}']), ['.a{width:calc(100% - 2em)}.b :is(.c){}']);
  assert.equal(minifyCssChunks(['.a::before { content: "\\2022"; }']), undefined);
  assert.equal(minifyCssChunks(['.a { /* open ', ' */ }']), undefined);
});

test('only html, svg and css tags are touched, nothing that merely looks like a template', () => {
  const source = [
    "const a = html`<p>\n   ${x}   </p>`;",
    'const b = other`<p>\n   keep   </p>`;',
    "const c = '`html`<p>  </p>`';",
    'const d = /html`  `/;',
    'const e = css`a {\n  color: red;\n}`;',
    'const f = msg(str`Hallo   ${name}`);',
  ].join('\n');
  const { code } = minifyTemplatesInSource(source);
  assert.equal(
    code,
    [
      'const a = html`<p> ${x} </p>`;',
      'const b = other`<p>\n   keep   </p>`;',
      "const c = '`html`<p>  </p>`';",
      'const d = /html`  `/;',
      'const e = css`a{color:red}`;',
      'const f = msg(str`Hallo   ${name}`);',
    ].join('\n'),
  );
});
