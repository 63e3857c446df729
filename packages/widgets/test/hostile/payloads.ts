/**
 * The hostile input corpus: script injections for every text field and link field of a feed.
 *
 * Generated here from the classic vector families (tags, attribute breakouts, event handlers, URL
 * schemes and their encodings, SVG and MathML, template and CSS injection, bidi and invisible
 * characters, control characters, lone surrogates, very long strings), so that each payload carries
 * its own number: if one ever runs, it calls `window.__pwned(n)` (or `parent.__pwned(n)` from a frame)
 * and the test names it. `__pwned(n)` is also the payload's marker: shown as text, it must be readable.
 *
 * The corpus stays in the repository: a regression in any element fails CI with the payload's number.
 */

export interface Payload {
  /** The number it passes to `__pwned`. */
  id: number;
  family: string;
  value: string;
  /** A part of the payload that must appear as text wherever the payload is shown as text. */
  marker: string;
}

export interface UrlPayload extends Payload {
  /**
   * `web`: an http(s) address (odd, but a reader may keep it as a link); `unsafe`: must never become
   * a link (another scheme, or one that a URL parser reads as another scheme).
   */
  expect: 'web' | 'unsafe';
}

let next = 1;
const call = (id: number) => `__pwned(${id})`;

function make(family: string, build: (call: string, id: number) => string): Payload {
  const id = next++;
  return { id, family, value: build(call(id), id), marker: call(id) };
}

/** Element vectors: each runs `c` when parsed as HTML (or in a frame, which calls its parent). */
const TAG_VECTORS: ReadonlyArray<[string, (c: string) => string]> = [
  ['script', (c) => `<script>${c}</script>`],
  ['script-src-data', (c) => `<script src="data:text/javascript,${c}"></script>`],
  ['img-onerror', (c) => `<img src=x onerror=${c}>`],
  ['img-onerror-quoted', (c) => `<img src="x" onerror="${c}">`],
  ['img-srcset', (c) => `<img srcset="x" onerror=${c}>`],
  ['image-alias', (c) => `<image src=x onerror=${c}>`],
  ['input-image', (c) => `<input type=image src=x onerror=${c}>`],
  ['svg-onload', (c) => `<svg onload=${c}>`],
  ['svg-script', (c) => `<svg><script>${c}</script></svg>`],
  ['svg-animate', (c) => `<svg><animate onbegin=${c} attributeName=x dur=1s>`],
  ['svg-set', (c) => `<svg><set attributeName=x to=1 onbegin=${c}>`],
  ['svg-a-xlink', (c) => `<svg><a xlink:href="javascript:${c}"><text x=20 y=20>x</text></a></svg>`],
  ['svg-image', (c) => `<svg><image href=x onerror=${c}></image></svg>`],
  ['svg-foreignobject', (c) => `<svg><foreignObject><img src=x onerror=${c}></foreignObject></svg>`],
  ['iframe-srcdoc', (c) => `<iframe srcdoc="<script>parent.${c}</script>"></iframe>`],
  ['iframe-javascript', (c) => `<iframe src="javascript:parent.${c}"></iframe>`],
  ['iframe-onload', (c) => `<iframe onload=${c}></iframe>`],
  ['object-data', (c) => `<object data="data:text/html,<script>parent.${c}</script>"></object>`],
  ['embed-javascript', (c) => `<embed src="javascript:parent.${c}">`],
  ['mxss-math-mglyph', (c) => `<math><mtext><table><mglyph><style><img src=x onerror=${c}>`],
  ['mxss-math-style', (c) => `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src=x onerror=${c}>"></style></h1>`],
  ['mxss-svg-p', (c) => `<svg></p><style><a id="</style><img src=x onerror=${c}>">`],
  ['math-maction', (c) => `<math><maction actiontype=statusline xlink:href="javascript:${c}">x</maction></math>`],
  ['noscript-title', (c) => `<noscript><p title="</noscript><img src=x onerror=${c}>"></noscript>`],
  ['template', (c) => `<template><img src=x onerror=${c}></template>`],
  ['template-shadowroot', (c) => `<div><template shadowrootmode="open"><img src=x onerror=${c}></template></div>`],
  ['details-ontoggle', (c) => `<details open ontoggle=${c}>`],
  ['a-javascript', (c) => `<a href="javascript:${c}">x</a>`],
  ['form-action', (c) => `<form action="javascript:${c}"><button>x</button></form>`],
  ['button-formaction', (c) => `<form><button formaction="javascript:${c}">x</button></form>`],
  ['input-autofocus', (c) => `<input autofocus onfocus=${c}>`],
  ['select-autofocus', (c) => `<select autofocus onfocus=${c}></select>`],
  ['textarea-autofocus', (c) => `<textarea autofocus onfocus=${c}></textarea>`],
  ['video-source', (c) => `<video><source onerror=${c}></video>`],
  ['audio-onerror', (c) => `<audio src=x onerror=${c}></audio>`],
  ['body-onload', (c) => `<body onload=${c}>`],
  ['style-onload', (c) => `<style onload=${c}></style>`],
  ['link-onerror', (c) => `<link rel=stylesheet href=x onerror=${c}>`],
  ['meta-refresh', (c) => `<meta http-equiv="refresh" content="0;url=javascript:${c}">`],
  ['base-href', (c) => `<base href="javascript:${c}//">`],
  ['marquee', (c) => `<marquee onstart=${c}>x</marquee>`],
  ['animation', (c) => `<style>@keyframes x{}</style><div style="animation-name:x" onanimationstart=${c}></div>`],
  ['pointerenter', (c) => `<xss onpointerenter=${c} style="display:block;position:fixed;inset:0">x</xss>`],
  ['frameset', (c) => `<frameset onload=${c}>`],
  ['comment-breakout', (c) => `<!--<img src="--><img src=x onerror=${c}//">`],
  ['cdata', (c) => `<![CDATA[<img src=x onerror=${c}>]]>`],
  ['xmp', (c) => `<xmp></xmp><img src=x onerror=${c}>`],
];

/** What may close the context that feed text would land in, if it were ever put into markup. */
const BREAKOUTS = ['', '">', "'>", '`>', '</title>', '</textarea>', '</script>', '-->'];

/** Event handler attributes: the ones that need no user, and the ones a click, hover or key sets off. */
const HANDLERS = [
  'onerror', 'onload', 'onfocus', 'onblur', 'onfocusin', 'onfocusout', 'onclick', 'ondblclick', 'onauxclick', 'oncontextmenu',
  'onmouseover', 'onmouseenter', 'onmouseleave', 'onmouseout', 'onmousedown', 'onmouseup', 'onmousemove', 'onpointerenter',
  'onpointerover', 'onpointerdown', 'onpointerup', 'onpointermove', 'onpointerleave', 'onkeydown', 'onkeyup', 'onkeypress',
  'oninput', 'onbeforeinput', 'onchange', 'onsubmit', 'onreset', 'onselect', 'oninvalid', 'onsearch', 'onscroll', 'onscrollend',
  'onwheel', 'onanimationstart', 'onanimationend', 'onanimationiteration', 'ontransitionrun', 'ontransitionstart',
  'ontransitionend', 'ontoggle', 'onbeforetoggle', 'onbegin', 'onend', 'onrepeat', 'oncopy', 'oncut', 'onpaste', 'ondrag',
  'ondragstart', 'ondragenter', 'ondrop', 'onresize', 'onpageshow', 'onhashchange', 'onmessage', 'onpopstate', 'onstart',
  'onloadstart', 'oncanplay', 'onplay', 'onselectionchange', 'oncontentvisibilityautostatechange',
];

/** How a handler gets into markup: a new element, or out of a double-quoted, single-quoted, backtick or unquoted attribute. */
const HANDLER_SHAPES: ReadonlyArray<[string, (handler: string, c: string) => string]> = [
  ['element', (h, c) => `<div ${h}=${c} tabindex=1 autofocus contenteditable style="animation:x 1s;transition:all 1s">x</div>`],
  ['double-quote', (h, c) => `x" ${h}="${c}" autofocus tabindex="1`],
  ['single-quote', (h, c) => `x' ${h}='${c}' autofocus tabindex='1`],
  ['backtick-unquoted', (h, c) => `x\` ${h}=${c} x=\``],
];

const TEMPLATE_INJECTIONS: ReadonlyArray<(c: string) => string> = [
  (c) => `{{${c}}}`,
  (c) => `{{constructor.constructor('${c}')()}}`,
  (c) => `{{$on.constructor('${c}')()}}`,
  (c) => `\${${c}}`,
  (c) => `\${{${c}}}`,
  (c) => `<%= ${c} %>`,
  (c) => `#{${c}}`,
  (c) => `{% ${c} %}`,
  (c) => `[[${c}]]`,
  (c) => `@{${c}}`,
  (c) => `{{html "<img src=x onerror=${c}>"}}`,
  (c) => `\`\${${c}}\``,
  (c) => `<div v-html="'<img src=x onerror=${c}>'"></div>`,
  (c) => `<div ng-app>{{constructor.constructor('${c}')()}}</div>`,
];

/** CSS sinks: text that would end a declaration, a rule or a style element, or load a URL. */
const CSS_INJECTIONS: ReadonlyArray<(c: string) => string> = [
  (c) => `</style><script>${c}</script>`,
  (c) => `red;}</style><img src=x onerror=${c}>`,
  (c) => `expression(${c})`,
  (c) => `red;width:expression(${c})`,
  (c) => `url(javascript:${c})`,
  (c) => `red;background:url("javascript:${c}")`,
  (c) => `red;background-image:url(data:image/svg+xml,<svg onload=${c}>)`,
  (c) => `red}:host{background:url(https://tracker.invalid/${c})}`,
  (c) => `}*{x:expression(${c})}`,
  (c) => `@import 'javascript:${c}';`,
  (c) => `@import url(data:text/css,*{x:expression(${c})});`,
  (c) => `red;-moz-binding:url(data:text/xml,${c})`,
  (c) => `red;behavior:url(${c}.htc)`,
  (c) => `var(--x);}</style><svg onload=${c}>`,
  (c) => `#fff\\3B background:url(javascript:${c})`,
  (c) => `rgb(0 0 0);--x:url(javascript:${c})`,
];

const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
const INVISIBLE: ReadonlyArray<(c: string) => string> = [
  (c) => `<scr\u200Bipt>${c}</scr\u200Bipt>`,
  (c) => `<img src=x o\u200Dnerror=${c}>`,
  (c) => `\uFEFF<svg\u200Conload=${c}>`,
  (c) => `<img\u2060src=x onerror=${c}>`,
  (c) => `Z\u0337\u0322\u034Ea\u0334l\u0336g\u0337o\u0335 <img src=x onerror=${c}>`,
  (c) => `e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301<svg onload=${c}>`,
  (c) => `\u180E<img src=x onerror=${c}>\u180E`,
  (c) => `<a href="java\u200Bscript:${c}">x</a>`,
  (c) => `\u00AD<img\u00ADsrc=x onerror=${c}>`,
  (c) => `\u034F\u115F\u3164<svg onload=${c}>`,
];
const SURROGATES: ReadonlyArray<(c: string) => string> = [
  (c) => `\uD800<img src=x onerror=${c}>`,
  (c) => `<img src=x onerror=${c}>\uDFFF`,
  (c) => `\uDBFF\uD800<svg onload=${c}>`,
  (c) => `<scr\uD83Dipt>${c}</scr\uD83Dipt>`,
  (c) => `\uDC00\uDC00\uDC00 ${c}`,
  (c) => `\uD83D\uDE00\uD83D<img src=x onerror=${c}>`,
];
const ENCODED: ReadonlyArray<(c: string) => string> = [
  (c) => `&lt;img src=x onerror=${c}&gt;`,
  (c) => `&#60;img src=x onerror=${c}&#62;`,
  (c) => `&#x3C;svg onload=${c}&#x3E;`,
  (c) => `%3Cscript%3E${c}%3C/script%3E`,
  (c) => `%253Cscript%253E${c}%253C/script%253E`,
  (c) => `\\u003cimg src=x onerror=${c}\\u003e`,
  (c) => `\\x3cscript\\x3e${c}\\x3c/script\\x3e`,
  (c) => `＜script＞${c}＜/script＞`,
  (c) => `"}]}</script><script>${c}</script>`,
  (c) => `'); ${c}; ('`,
  (c) => `"; ${c}; "`,
  (c) => `\\"; ${c}; //`,
];

/** Own polyglots: one string that runs in as many contexts as possible. */
const POLYGLOTS: ReadonlyArray<(c: string) => string> = [
  (c) => `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */${c} )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=${c}//>\\x3e`,
  (c) => `'"--></style></script><svg onload=${c}><img src=x onerror=${c}>`,
  (c) => `"'><img src=x onerror=${c}>{{${c}}}\${${c}}<%= ${c} %>`,
];

function textPayloads(): Payload[] {
  const payloads: Payload[] = [];
  for (const prefix of BREAKOUTS) {
    for (const [name, vector] of TAG_VECTORS) payloads.push(make(`tag:${name}${prefix ? ` after ${prefix}` : ''}`, (c) => `${prefix}${vector(c)}`));
  }
  for (const handler of HANDLERS) {
    for (const [shape, build] of HANDLER_SHAPES) payloads.push(make(`handler:${handler}:${shape}`, (c) => build(handler, c)));
  }
  TEMPLATE_INJECTIONS.forEach((build, i) => payloads.push(make(`template:${i}`, build)));
  CSS_INJECTIONS.forEach((build, i) => payloads.push(make(`css:${i}`, build)));
  for (const mark of BIDI) {
    payloads.push(make(`bidi:U+${mark.codePointAt(0)!.toString(16).toUpperCase()}`, (c) => `${mark}exe.gnp<img src=x onerror=${c}>${mark}`));
    payloads.push(make(`bidi:isolate:U+${mark.codePointAt(0)!.toString(16).toUpperCase()}`, (c) => `Kita ${mark}"><svg onload=${c}>`));
  }
  INVISIBLE.forEach((build, i) => payloads.push(make(`invisible:${i}`, build)));
  for (let code = 0; code < 0x20; code++) {
    const char = String.fromCharCode(code);
    payloads.push(make(`control:U+${code.toString(16).padStart(4, '0')}`, (c) => `${char}<scr${char}ipt>${c}</script><img${char}src=x onerror=${c}>`));
  }
  for (const code of [0x7f, 0x80, 0x85, 0x8d, 0x9b, 0x9f, 0x2028, 0x2029]) {
    const char = String.fromCharCode(code);
    payloads.push(make(`control:U+${code.toString(16).padStart(4, '0')}`, (c) => `${char}<img src=x onerror=${c}>${char}`));
  }
  SURROGATES.forEach((build, i) => payloads.push(make(`surrogate:${i}`, build)));
  ENCODED.forEach((build, i) => payloads.push(make(`encoded:${i}`, build)));
  POLYGLOTS.forEach((build, i) => payloads.push(make(`polyglot:${i}`, build)));
  return payloads;
}

/** 100 KB and more: each ends (or is made of) an injection, so nothing is gained by cutting it short. */
function longPayloads(): Payload[] {
  return [
    make('long:letters', (c) => `${'A'.repeat(100_000)}<img src=x onerror=${c}>`),
    make('long:words', (c) => `${'Elterncafé '.repeat(10_000)}<svg onload=${c}>`),
    make('long:tags', (c) => `${'<b>'.repeat(34_000)}<img src=x onerror=${c}>`),
    make('long:nested', (c) => `${'<div>'.repeat(20_000)}<img src=x onerror=${c}>${'</div>'.repeat(20_000)}`),
    make('long:combining', (c) => `a${'\u0301'.repeat(100_000)}<svg onload=${c}>`),
  ];
}

/** How a scheme can be written so that some parser still reads it as that scheme. */
const SCHEME_SPELLINGS: ReadonlyArray<[string, (scheme: string) => string]> = [
  ['plain', (s) => `${s}:`],
  ['upper', (s) => `${s.toUpperCase()}:`],
  ['mixed', (s) => `${[...s].map((ch, i) => (i % 2 ? ch.toUpperCase() : ch)).join('')}:`],
  ['leading-space', (s) => `  ${s}:`],
  ['leading-tab-newline', (s) => `\t\n${s}:`],
  ['leading-nul', (s) => `\u0000${s}:`],
  ['leading-control', (s) => `\u0001\u001F${s}:`],
  ['leading-nbsp', (s) => `\u00A0${s}:`],
  ['tab-inside', (s) => `${s.slice(0, 4)}\t${s.slice(4)}:`],
  ['newline-inside', (s) => `${s.slice(0, 3)}\n${s.slice(3)}:`],
  ['cr-inside', (s) => `${s.slice(0, 2)}\r${s.slice(2)}:`],
  ['entity-hex', (s) => `&#x${s.charCodeAt(0).toString(16)};${s.slice(1)}:`],
  ['entity-decimal', (s) => `&#${s.charCodeAt(0)};${s.slice(1)}:`],
  ['entity-padded', (s) => `&#x0000${s.charCodeAt(0).toString(16)}${s.slice(1)}&#58`],
  ['entity-tab', (s) => `${s.slice(0, 3)}&#x09;${s.slice(3)}:`],
  ['entity-colon', (s) => `${s}&colon;`],
  ['percent-first', (s) => `%${s.charCodeAt(0).toString(16)}${s.slice(1)}:`],
  ['percent-colon', (s) => `${s}%3A`],
  ['unicode-escape', (s) => `\\u00${s.charCodeAt(0).toString(16)}${s.slice(1)}:`],
  ['fullwidth', (s) => `${[...s].map((ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).join('')}\uFF1A`],
  ['zero-width', (s) => `${s.slice(0, 4)}\u200B${s.slice(4)}:`],
  ['space-before-colon', (s) => `${s} :`],
  ['relative-slashes', (s) => `//${s}:`],
];

const URL_BODIES: ReadonlyArray<[string, (c: string) => string]> = [
  ['javascript', (c) => `${c}`],
  ['javascript', (c) => `//%0A${c}`],
  ['data', (c) => `text/html,<script>parent.${c}</script>`],
  ['data', (c) => `image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="parent.${c}"/>`],
  ['vbscript', (c) => `msgbox(${c})`],
];

/** http(s) addresses with injections in their path, query, fragment or user part: links, but odd ones. */
const WEB_URLS: ReadonlyArray<(c: string) => string> = [
  (c) => `https://infamilie.example/"><script>${c}</script>`,
  (c) => `https://infamilie.example/?q=<img src=x onerror=${c}>`,
  (c) => `https://infamilie.example/#javascript:${c}`,
  (c) => `http://infamilie.example/' onmouseover='${c}`,
  (c) => `https://infamilie.example/\` onfocus=${c} autofocus \``,
  (c) => `https://user:"><svg onload=${c}>@infamilie.example/`,
  (c) => `https://infamilie.example/redirect?to=javascript:${c}`,
  (c) => `https://infamilie.example/\u202Egnp.exe?${c}`,
  (c) => `HTTPS://INFAMILIE.EXAMPLE/${c}`,
  (c) => ` https://infamilie.example/${c}`,
  (c) => `https://infamilie.example/${'a'.repeat(2000)}/${c}`,
];

/** Not links at all: relative references, other hosts written as paths, bare words. */
const NOT_URLS: ReadonlyArray<(c: string) => string> = [
  (c) => `//evil.example/${c}`,
  (c) => `\\\\evil.example/${c}`,
  (c) => `/\\evil.example/${c}`,
  (c) => `/relative/${c}`,
  (c) => `${c}`,
  (c) => `file:///etc/passwd#${c}`,
  (c) => `blob:https://infamilie.example/${c}`,
  (c) => `about:blank#${c}`,
  (c) => `view-source:https://infamilie.example/${c}`,
  (c) => `filesystem:https://infamilie.example/temporary/${c}`,
  (c) => `ws://infamilie.example/${c}`,
  (c) => `ftp://infamilie.example/${c}`,
];

function urlPayloads(): UrlPayload[] {
  const payloads: UrlPayload[] = [];
  const url = (family: string, expect: UrlPayload['expect'], build: (c: string) => string) => payloads.push({ ...make(family, build), expect });
  for (const [scheme, body] of URL_BODIES) {
    for (const [spelling, spell] of SCHEME_SPELLINGS) url(`url:${scheme}:${spelling}`, 'unsafe', (c) => `${spell(scheme)}${body(c)}`);
  }
  WEB_URLS.forEach((build, i) => url(`url:web:${i}`, 'web', build));
  NOT_URLS.forEach((build, i) => url(`url:not-a-link:${i}`, 'unsafe', build));
  return payloads;
}

/** Hostile contact details: e-mail addresses and phone numbers that try to become something else. */
function contactPayloads(): UrlPayload[] {
  const shapes: ReadonlyArray<[string, (c: string) => string]> = [
    ['email-breakout', (c) => `x@y.de"><img src=x onerror=${c}>`],
    ['email-javascript', (c) => `javascript:${c}//@infamilie.example`],
    ['email-quoted', (c) => `"<svg onload=${c}>"@infamilie.example`],
    ['email-header', (c) => `x@y.de?bcc=all@y.de&body=${c}`],
    ['email-newline', (c) => `x@y.de\r\nBcc: all@y.de\r\n${c}`],
    ['phone-javascript', (c) => `javascript:${c}`],
    ['phone-breakout', (c) => `+49 231 "><img src=x onerror=${c}>`],
    ['phone-letters', (c) => `0231-${c}`],
    ['phone-extension', (c) => `+49 (231) 12-34;ext=<script>${c}</script>`],
    ['phone-tel', (c) => `tel:+49231;${c}`],
  ];
  return shapes.map(([name, build]) => ({ ...make(`contact:${name}`, build), expect: 'unsafe' as const }));
}

export const TEXT_PAYLOADS: readonly Payload[] = textPayloads();
export const LONG_PAYLOADS: readonly Payload[] = longPayloads();
export const URL_PAYLOADS: readonly UrlPayload[] = urlPayloads();
export const CONTACT_PAYLOADS: readonly UrlPayload[] = contactPayloads();
/** Every payload, by its number. */
export const ALL_PAYLOADS: readonly Payload[] = [...TEXT_PAYLOADS, ...LONG_PAYLOADS, ...URL_PAYLOADS, ...CONTACT_PAYLOADS];

/** How many payloads of each family (the part of the family name before the first colon). */
export function corpusSummary(): Record<string, number> {
  const summary: Record<string, number> = {};
  for (const payload of ALL_PAYLOADS) {
    const family = payload.family.split(':')[0];
    summary[family] = (summary[family] ?? 0) + 1;
  }
  return summary;
}
