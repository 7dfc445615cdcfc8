import { expect } from '@open-wc/testing';
// Every widget, so that every `stringTables()` call has run; and the parts a widget loads later.
import '../index.js';
import '../feedback/feedback.flow.strings.js';
import '../ask/ask-thread.strings.js';
import '../idea-board/campaign-form.strings.js';
import './content-forms.strings.js';
import { LANGUAGES, declaredStringTables, type StringLoader } from './localize.js';
import { formatNumber } from './format.js';

type Table = Record<string, unknown>;

/** Argument lists to call a string function with: numbers (plural forms), then text. */
const NUMBERS = [0, 1, 2, 3, 5, 11, 12, 22, 101, 1.5, 1234];
const NAME = 'Kwame Mensah';

/** What is wrong with `table` (one language) against `en` (English, the source), path by path. */
function problems(en: Table, table: Table, lang: string, path = ''): string[] {
  const found: string[] = [];
  for (const key of Object.keys(en)) if (!(key in table)) found.push(`${path}${key} is missing`);
  for (const key of Object.keys(table)) if (!(key in en)) found.push(`${path}${key} is not in English`);
  for (const key of Object.keys(en).filter((k) => k in table)) {
    const [source, value, at] = [en[key], table[key], `${path}${key}`];
    if (typeof source !== typeof value || Array.isArray(source) !== Array.isArray(value)) {
      found.push(`${at} is a ${typeof value}, English has a ${typeof source}`);
    } else if (Array.isArray(value)) {
      if (!value.length || value.some((item) => typeof item !== 'string' || !item.trim())) found.push(`${at} is not a list of texts`);
    } else if (typeof value === 'function' && typeof source === 'function') {
      found.push(...callProblems(source as Fn, value as Fn, lang, at));
    } else if (typeof value === 'object' && value) {
      found.push(...problems(source as Table, value as Table, lang, `${at}.`));
    } else if (typeof value === 'string' && !value.trim()) {
      found.push(`${at} is empty`);
    }
  }
  return found;
}

type Fn = (...args: unknown[]) => unknown;

/**
 * A string function must take what English takes, give text, and keep every number and name it
 * is given. It is called with numbers (each plural form; a number also stands in for a name, so a
 * dropped name shows), or with names where English does not take numbers.
 */
function callProblems(source: Fn, value: Fn, lang: string, at: string): string[] {
  if (source.length !== value.length) return [`${at} takes ${value.length} arguments, English takes ${source.length}`];
  const found: string[] = [];
  const numbers = NUMBERS.map((n) => [n, 37, 41, 43].slice(0, source.length));
  const takesNumbers = numbers.some((args) => {
    try {
      return !/NaN/.test(String(source(...args)));
    } catch {
      return false;
    }
  });
  for (const args of takesNumbers ? numbers : [Array<unknown>(source.length).fill(NAME)]) {
    let english: string;
    try {
      english = String(source(...args));
    } catch {
      continue; // not an argument English takes (a number where it expects text)
    }
    let text: unknown;
    try {
      text = value(...args);
    } catch (error) {
      found.push(`${at}(${args.join(', ')}) throws: ${String(error)}`);
      continue;
    }
    if (typeof text !== 'string' || !text.trim() || /undefined|NaN|\[object/.test(text)) {
      found.push(`${at}(${args.join(', ')}) gives ${JSON.stringify(text)}`);
      continue;
    }
    args.forEach((arg, i) => {
      if (typeof arg === 'number' && i === 0 && arg <= 2) return; // "one", "two" may be words
      const forms = typeof arg === 'number' ? [String(arg), formatNumber(lang, arg)] : [String(arg)];
      if (english.includes(forms[0]!) && !forms.some((f) => text.includes(f))) found.push(`${at}(${args.join(', ')}) drops ${forms[0]}: ${JSON.stringify(text)}`);
    });
  }
  return found;
}

describe('locale tables', () => {
  const declared = declaredStringTables();

  it('ships ten languages or more, two of them right-to-left, each table with a loader per language', () => {
    expect(LANGUAGES.length).to.be.at.least(10);
    expect(LANGUAGES).to.include.members(['ar', 'he']);
    expect(declared.map((d) => d.name)).to.include.members(['common', 'status', 'feedback', 'feedback.question', 'ask', 'ask.thread', 'campaign', 'campaign.form', 'idea-card', 'idea-board', 'expert-badge', 'expert-finder', 'feedback-inbox']);
    for (const { name, tables } of declared) {
      expect(Object.keys(tables).sort(), name).to.deep.equal([...LANGUAGES].sort());
      for (const lang of LANGUAGES.filter((l) => l !== 'en')) expect(typeof tables[lang], `${name}.${lang}`).to.equal('function');
    }
  });

  it('has, in every language, exactly the keys of English (a locale lacking one, or with one English lacks, fails)', async function () {
    // ~200 locale modules, each compiled by the test server on first request: more than mocha's
    // default on a busy two-core machine. They load in parallel.
    this.timeout(60_000);
    // Tables that share their loaders (a first-view part and the whole) share a module per language:
    // that module must hold the union of their English keys.
    const groups = new Map<StringLoader<object>, { names: string[]; en: Table; loaders: Record<string, StringLoader<object>> }>();
    for (const { name, tables } of declared) {
      const group = groups.get(tables.fr) ?? { names: [], en: {}, loaders: tables as unknown as Record<string, StringLoader<object>> };
      group.names.push(name);
      Object.assign(group.en, tables.en);
      groups.set(tables.fr, group);
    }
    const checks = [...groups.values()].flatMap(({ names, en, loaders }) => LANGUAGES.filter((l) => l !== 'en').map(async (lang) => {
      const module = await loaders[lang]!();
      return problems(en, module.strings as Table, lang).map((problem) => `${names.join('/')} [${lang}] ${problem}`);
    }));
    const report = (await Promise.all(checks)).flat();
    expect(report, `\n${report.join('\n')}\n`).to.deep.equal([]);
  });

  it('catches a missing and an extra key', () => {
    const en = { a: 'A', nested: { x: 'X' }, f: (n: number) => `${n} things` };
    expect(problems(en, { nested: { x: 'X', y: 'Y' }, f: (n: number) => `${n} choses`, b: 'B' }, 'fr')).to.deep.equal([
      'a is missing', 'b is not in English', 'nested.y is not in English',
    ]);
    expect(problems(en, { a: 'A', nested: { x: 'X' }, f: () => 'des choses' }, 'fr')[0]).to.equal('f takes 0 arguments, English takes 1');
  });
});
