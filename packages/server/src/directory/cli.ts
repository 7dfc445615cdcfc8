/**
 * `confab-server import-people FILE [--prune] [--database URL] [--json]`: the directory import
 * from the command line, on the server's database (`DATABASE_URL` and the `PG*` variables, or
 * `--database`). Prints what it did; exits 0 when the file was imported (also with rejected
 * rows, which it lists), 2 when the arguments, the file or the database cannot be used.
 */
import { parseArgs } from 'node:util';
import { configFromEnv, redactUrl } from '../config.js';
import { openStore } from '../storage/sql/store.js';
import { importPeople, where, type ImportReport } from './import.js';
import { UnusableFileError } from './sources.js';

export const IMPORT_USAGE = `Usage: confab-server import-people FILE [--prune] [--database URL] [--json]

Upserts people from FILE (.csv with a header row, a .json array, or JSON Lines) with the fields
id, name, email, title, department, location, manager and skills (";"-separated in CSV).
  --prune        deactivate people who are not in FILE (their content stays)
  --database URL the database (default: DATABASE_URL, as for the server)
  --json         print the report as JSON`;

/** Console output, for tests. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

const consoleOutput: CliOutput = { out: (l) => console.log(l), err: (l) => console.error(l) };

/** The report as lines of text. */
export function reportLines(report: ImportReport): string[] {
  const lines = report.rejected.map((r) => `${where(r)}: rejected${r.id ? ` (id ${JSON.stringify(r.id)})` : ''}: ${r.reason}`);
  if (report.ignoredFields.length) lines.push(`ignored fields that are not directory fields: ${report.ignoredFields.join(', ')}`);
  lines.push(`created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejected.length}, deactivated ${report.deactivated}`);
  return lines;
}

/** Runs `import-people` with its arguments; resolves with the exit code. */
export async function importPeopleCli(args: string[], env: NodeJS.ProcessEnv, cwd: string, output: CliOutput = consoleOutput): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    output.err(`import-people: ${(error as Error).message}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    output.out(IMPORT_USAGE);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    output.err(`import-people: name exactly one file${parsed.positionals.length ? `, not ${parsed.positionals.length}` : ''}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  let database;
  try {
    database = configFromEnv({ ...env, ...(parsed.values.database !== undefined ? { DATABASE_URL: parsed.values.database } : {}) }, cwd).config.database;
  } catch (error) {
    output.err(`import-people: ${(error as Error).message}`);
    return 2;
  }
  const file = parsed.positionals[0] as string;
  let store;
  try {
    store = await openStore({ url: database.url, poolSize: Math.min(database.poolSize, 4), statementTimeoutMs: database.statementTimeoutMs });
  } catch (error) {
    output.err(`import-people: the database ${redactUrl(database.url)} cannot be opened: ${(error as Error).message}`);
    return 2;
  }
  try {
    const report = await importPeople(store, file, { prune: parsed.values.prune === true });
    if (parsed.values.json) output.out(JSON.stringify(report, null, 2));
    else for (const line of reportLines(report)) output.out(line);
    return 0;
  } catch (error) {
    if (error instanceof UnusableFileError) {
      output.err(`import-people: ${error.message}; nothing was imported`);
      return 2;
    }
    throw error;
  } finally {
    await store.close();
  }
}

function parse(args: string[]) {
  return parseArgs({
    args, allowPositionals: true, strict: true,
    options: { prune: { type: 'boolean' }, database: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
}
