/**
 * Reading what the office hands the tools: a file or a web address, never more than a size limit,
 * never waiting longer than a timeout. Every way this can fail is an `InputError` with a sentence
 * for the office; the CLI prints it on one line and exits with 2.
 */
import { stat, readFile } from 'node:fs/promises';
import { dirname, relative as relativePath, resolve as resolvePath } from 'node:path';

/** Files and downloads above this size are refused unread (a feed of the whole network is well under 5 MB). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
export const DEFAULT_TIMEOUT_SECONDS = 10;

export interface ReadOptions {
  /** Seconds to wait for a web address (default 10). */
  timeout?: number;
  maxBytes?: number;
  /** CSV files from Excel may be Windows-1252; feeds must be UTF-8. */
  allowLegacyEncoding?: boolean;
}

export interface InputText {
  /** What the office typed: a path or a URL. */
  source: string;
  /** Short name for messages: the file name as typed, or the URL. */
  name: string;
  text: string;
  /** Set when the text was not UTF-8 and was read as Windows-1252 (Excel's "CSV (Trennzeichen-getrennt)"). */
  decodedAs?: 'windows-1252';
}

/** The input could not be read at all (exit code 2). */
export class InputError extends Error {
  override readonly name = 'InputError';
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** A document next to another (split feed parts): relative to the file's folder or the URL. */
export function resolveBeside(base: string, ref: string): string {
  if (isUrl(ref)) return ref;
  if (isUrl(base)) return new URL(ref, base).href;
  return resolvePath(dirname(base), ref);
}

/** How a document is named in messages: a URL as it is, a file relative to the current folder. */
export function displayName(source: string): string {
  if (isUrl(source)) return source;
  const relative = relativePath(process.cwd(), resolvePath(source));
  return relative.startsWith('..') ? source : relative;
}

export async function readInput(source: string, options: ReadOptions = {}): Promise<InputText> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const bytes = isUrl(source) ? await download(source, maxBytes, options.timeout ?? DEFAULT_TIMEOUT_SECONDS) : await readLocal(source, maxBytes);
  const name = displayName(source);
  if (bytes.length === 0) throw new InputError(`${name}: the file is empty (0 bytes). Export or save it again.`);
  const { text, decodedAs } = decode(bytes, options.allowLegacyEncoding ?? false, name);
  if (text.trim() === '') throw new InputError(`${name}: the file is empty (it holds only spaces or line breaks). Export or save it again.`);
  return { source, name, text, ...(decodedAs ? { decodedAs } : {}) };
}

async function readLocal(path: string, maxBytes: number): Promise<Buffer> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(`${path}: file not found. Check the name and the folder (the current folder is ${process.cwd()}).`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`${path}: no permission to read this file.`);
    throw new InputError(`${path}: cannot be opened (${code ?? (error as Error).message}).`);
  }
  if (info.isDirectory()) throw new InputError(`${path}: this is a folder, not a file. Give the path of the file inside it.`);
  if (info.size > maxBytes) throw new InputError(`${path}: the file is ${megabytes(info.size)}; files over ${megabytes(maxBytes)} are refused. Is it the right file?`);
  try {
    return await readFile(path);
  } catch (error) {
    throw new InputError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
}

async function download(url: string, maxBytes: number, timeoutSeconds: number): Promise<Buffer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutSeconds * 1000);
  const tooSlow = () => new InputError(`${url}: no complete answer within ${timeoutSeconds} s. Is the address right and the server up? (a longer wait: --timeout SECONDS)`);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json, text/csv, */*' }, redirect: 'follow' });
    } catch (error) {
      if (controller.signal.aborted) throw tooSlow();
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new InputError(`${url}: the server cannot be reached (${cause?.code ?? cause?.message ?? (error as Error).message}). Check the address and the internet connection.`);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new InputError(`${url}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${response.status === 404 ? ' (not found: check the address)' : ''}.`);
    }
    const length = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(length) && length > maxBytes) {
      await response.body?.cancel().catch(() => {});
      throw new InputError(`${url}: the answer is ${megabytes(length)}; downloads over ${megabytes(maxBytes)} are refused. Is it the right address?`);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      for await (const chunk of response.body ?? []) {
        total += chunk.length;
        if (total > maxBytes) {
          controller.abort();
          throw new InputError(`${url}: the answer is larger than ${megabytes(maxBytes)}; downloads over that are refused. Is it the right address?`);
        }
        chunks.push(Buffer.from(chunk));
      }
    } catch (error) {
      if (error instanceof InputError) throw error;
      if (controller.signal.aborted) throw tooSlow();
      throw new InputError(`${url}: the download broke off (${(error as Error).message}). Try again.`);
    }
    return Buffer.concat(chunks);
  } finally {
    clearTimeout(timer);
  }
}

function decode(bytes: Buffer, allowLegacy: boolean, name: string): { text: string; decodedAs?: 'windows-1252' } {
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    if (allowLegacy) return { text: new TextDecoder('windows-1252').decode(bytes), decodedAs: 'windows-1252' };
    throw new InputError(`${name}: the file is not UTF-8 text. Save it again as UTF-8 (in Excel: "CSV UTF-8"; in an editor: encoding UTF-8).`);
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
