/**
 * `pnpm feed <command>`: the coordination office's tools for the shared feed.
 * Exit codes: 0 fine; 1 the feed (or import) has errors; 2 the input could not be read, or the
 * command line is wrong. Expected problems never print a stack trace.
 */
import { InputError, DEFAULT_TIMEOUT_SECONDS, MAX_INPUT_BYTES, megabytes } from './input.ts';
import { countBySeverity, formatFinding, plural, severityCounts, sortFindings } from './messages.ts';
import { describeCounts, validateSource } from './validate.ts';
import { lintSource } from './lint.ts';
import { importFeed, writeAtomically } from './import.ts';
import { exportCalendar } from './ics-export.ts';
import { feedJsonSchemaText } from './json-schema.ts';
import { writeJsonSchema } from './write-json-schema.ts';

export const USAGE = `Feed tools of Netzwerk INFamilie: check, import and export the shared feed.

Usage: pnpm feed <command> [options]

Commands:
  validate <file|url>   Is the feed valid? Lists every problem with its line:column.
                        Follows a split feed into each quarter's part.
  lint <file|url>       validate, plus the quality standards: contacts, ages, quarters,
                        checked within 12 months, places, dates, references, map positions,
                        translations. Ends with a summary per partner.
  import                Builds a feed from the office's spreadsheets (CSV):
                          --partners partners.csv  --offers offers.csv  --events events.csv
                          --out feed.json  [--base feed.json]  [--dry-run]
                        --base: a feed whose network, categories and quarters are kept.
                        An existing --out file is only replaced by a valid feed.
  ics <file|url>        Writes the events as an iCalendar file (.ics) for calendar apps:
                          [--quarter ID] [--category ID] [--partner ID] [--lang de|en|tr|...]
                          [--name "Calendar name"] [--out events.ics]   (default: print it)
  schema                Prints the feed's JSON Schema (--write: update packages/feed/feed.schema.json).
  help                  This text.

Options:
  --format json         validate, lint, import: machine-readable output.
  --today YYYY-MM-DD    lint: the day to check against (default: today in Berlin).
  --timeout SECONDS     for web addresses (default ${DEFAULT_TIMEOUT_SECONDS}).

Files over ${megabytes(MAX_INPUT_BYTES)} are refused.
Exit codes: 0 = fine (warnings allowed), 1 = errors found (for import: something was
skipped or nothing was written), 2 = the input could not be read or the command is wrong.
More: scripts/feed/README.md`;

interface Args {
  command: string;
  positional: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

const VALUE_OPTIONS = new Set(['format', 'today', 'timeout', 'partners', 'offers', 'events', 'out', 'base', 'quarter', 'category', 'partner', 'lang', 'name']);
const FLAG_OPTIONS = new Set(['help', 'dry-run', 'write']);

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const args: Args = { command: '', positional: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h') {
      args.flags.add('help');
      continue;
    }
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (FLAG_OPTIONS.has(name)) args.flags.add(name);
      else if (VALUE_OPTIONS.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
        args.options.set(name, value);
      } else throw new UsageError(`unknown option ${arg}`);
      continue;
    }
    if (!args.command) args.command = arg;
    else args.positional.push(arg);
  }
  return args;
}

function timeoutOf(args: Args): number | undefined {
  const value = args.options.get('timeout');
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--timeout must be a number of seconds, e.g. --timeout 30`);
  return seconds;
}

function formatOf(args: Args): 'text' | 'json' {
  const format = args.options.get('format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be "text" or "json"`);
  return format;
}

function oneInput(args: Args, what: string): string {
  if (args.positional.length !== 1) throw new UsageError(`${args.command} needs one ${what}, e.g. pnpm feed ${args.command} demo/public/feed.json`);
  return args.positional[0];
}

const out = (line = '') => process.stdout.write(line + '\n');

async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.flags.has('help') || args.command === 'help' || args.command === '') {
    out(USAGE);
    return args.command === '' && !args.flags.has('help') ? 2 : 0;
  }
  switch (args.command) {
    case 'validate':
      return validateCommand(args);
    case 'lint':
      return lintCommand(args);
    case 'import':
      return importCommand(args);
    case 'ics':
      return icsCommand(args);
    case 'schema':
      if (args.flags.has('write')) out(`Wrote ${await writeJsonSchema()}`);
      else process.stdout.write(await feedJsonSchemaText());
      return 0;
    default:
      throw new UsageError(`unknown command "${args.command}"`);
  }
}

async function validateCommand(args: Args): Promise<number> {
  const source = oneInput(args, 'feed file or web address');
  const result = await validateSource(source, { timeout: timeoutOf(args) });
  const findings = sortFindings(result.findings);
  const counts = countBySeverity(findings);
  if (formatOf(args) === 'json') {
    out(JSON.stringify({ file: result.index.name, valid: counts.error === 0, counts, findings }, null, 2));
    return counts.error ? 1 : 0;
  }
  for (const finding of findings) out(formatFinding(finding));
  if (counts.error) {
    out(`NOT VALID  ${result.index.name}: ${severityCounts(counts)}. Fix the errors above, then run validate again.`);
    return 1;
  }
  out(`OK  ${result.index.name} is valid: ${describeCounts(result)}${counts.warning ? `; ${plural(counts.warning, 'warning')} above` : ''}.`);
  return 0;
}

async function lintCommand(args: Args): Promise<number> {
  const source = oneInput(args, 'feed file or web address');
  const today = args.options.get('today');
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError('--today must be a date written YYYY-MM-DD');
  const result = await lintSource(source, { today, timeout: timeoutOf(args) });
  const findings = sortFindings(result.findings);
  const counts = countBySeverity(findings);
  if (formatOf(args) === 'json') {
    out(JSON.stringify({ file: result.validation.index.name, today: result.today, counts, partners: result.partners, other: result.other, findings }, null, 2));
    return counts.error ? 1 : 0;
  }
  for (const finding of findings) out(formatFinding(finding));
  out();
  out(`Per partner (${result.today}):`);
  for (const partner of result.partners) out(`  ${partner.name} (${partner.id}): ${severityCounts(partner, true)}`);
  if (result.other.error + result.other.warning + result.other.info) out(`  not about one partner: ${severityCounts(result.other, true)}`);
  out(`Total: ${severityCounts(counts, true)} in ${result.validation.index.name}${result.validation.parts.length ? ` and ${plural(result.validation.parts.length, 'part')}` : ''}.`);
  out(counts.error ? 'Fix the errors before publishing.' : 'No errors: the feed can be published.');
  return counts.error ? 1 : 0;
}

async function importCommand(args: Args): Promise<number> {
  if (args.positional.length) throw new UsageError(`import takes its files as options: --partners, --offers, --events, --out (found "${args.positional[0]}")`);
  const outPath = args.options.get('out');
  if (!outPath) throw new UsageError('import needs --out FILE: where to write the feed');
  const result = await importFeed({
    partners: args.options.get('partners'),
    offers: args.options.get('offers'),
    events: args.options.get('events'),
    base: args.options.get('base'),
    out: outPath,
    timeout: timeoutOf(args),
    dryRun: args.flags.has('dry-run'),
  });
  const failed = !result.written && !args.flags.has('dry-run');
  const errors = result.findings.some((f) => f.severity === 'error');
  if (formatOf(args) === 'json') {
    out(JSON.stringify({ written: result.written, summary: result.summary, counts: result.counts, skipped: result.skipped, findings: result.findings }, null, 2));
  } else {
    for (const finding of result.findings) out(formatFinding(finding));
    out(result.summary);
  }
  return failed || errors ? 1 : 0;
}

async function icsCommand(args: Args): Promise<number> {
  const source = oneInput(args, 'feed file or web address');
  const result = await exportCalendar(source, {
    quarter: args.options.get('quarter'),
    category: args.options.get('category'),
    partner: args.options.get('partner'),
    lang: args.options.get('lang'),
    name: args.options.get('name'),
    timeout: timeoutOf(args),
  });
  for (const note of result.notes) process.stderr.write(formatFinding(note) + '\n');
  if (result.unknown) {
    process.stderr.write('Nothing written: check the ids above.\n');
    return 1;
  }
  const target = args.options.get('out');
  if (target) {
    await writeAtomically(target, result.text);
    process.stderr.write(`Wrote ${target}: ${plural(result.count, 'event')}.\n`);
  } else process.stdout.write(result.text);
  return 0;
}

async function main(): Promise<void> {
  let code: number;
  try {
    code = await run(process.argv.slice(2));
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`${error.message}\n`);
      code = 2;
    } else if (error instanceof UsageError) {
      process.stderr.write(`${error.message}. See: pnpm feed help\n`);
      code = 2;
    } else {
      process.stderr.write(`Unexpected problem (please report it to the developers): ${(error as Error)?.stack ?? String(error)}\n`);
      code = 3;
    }
  }
  process.exitCode = code;
  // A request that was given up on may keep a socket open for a moment; the answer is already out.
  setTimeout(() => process.exit(code), 100).unref();
}

await main();
