/**
 * The public contract's lists, read from the spec's api.md into test/fixtures/api-contract.json, so the package's
 * tests know every attribute, property, method, event, error code, part, slot and CSS property the contract names
 * without depending on the spec being beside the repo (a published package must not).
 *
 *   node scripts/api-contract.mjs            rewrite the fixture from ../shared/spec/api.md (or API_MD)
 *   node scripts/api-contract.mjs --check    exit 1 if the fixture no longer matches api.md
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const apiMdPath = resolve(root, process.env.API_MD ?? '../shared/spec/api.md');
export const fixturePath = resolve(root, 'test/fixtures/api-contract.json');

/** The text under a markdown heading (up to the next heading of the same or a higher level). */
function section(markdown, heading) {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.replace(/^#+\s*/, '').startsWith(heading) && /^#+\s/.test(line));
  if (start < 0) throw new Error(`api.md has no heading "${heading}"`);
  const level = /^#+/.exec(lines[start])[0].length;
  const end = lines.findIndex((line, i) => i > start && /^#+\s/.test(line) && /^#+/.exec(line)[0].length <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** First cells of a markdown table's body rows. */
function firstCells(text) {
  return text
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) => line.split('|')[1].trim());
}

const ticked = (text) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
const unique = (list) => [...new Set(list)];

/** Every list of names api.md fixes for `<hibob-link>`. */
export function parseApiContract(markdown) {
  const element = section(markdown, '`<hibob-link>`');

  const attributes = firstCells(section(element, 'Attributes')).map((cell) => {
    const [name, property] = ticked(cell);
    if (!name || !property) throw new Error(`unreadable attribute row: ${cell}`);
    return { name, property };
  });

  const code = /```ts\n([\s\S]*?)```/.exec(section(element, 'JS-only properties'))?.[1] ?? '';
  const properties = [...code.matchAll(/^(readonly\s+)?([A-Za-z]\w*)\??:/gm)].map((m) => ({
    name: m[2],
    readonly: Boolean(m[1]),
  }));

  const methods = unique([...section(element, 'Methods').matchAll(/`(\w+)\(/g)].map((m) => m[1]));

  const eventsText = section(element, 'Events');
  const events = firstCells(eventsText).map((cell) => ticked(cell)[0]);
  const errorCodeUnion = /`ErrorCode\s*=([^`]*)`/.exec(eventsText)?.[1] ?? '';
  const errorCodes = [...errorCodeUnion.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);

  const styling = section(element, 'Styling');
  const item = (label) => {
    const match = new RegExp(`^- ${label}:([\\s\\S]*?)(?=^- |$(?![\\s\\S]))`, 'm').exec(styling);
    if (!match) throw new Error(`api.md's Styling has no "${label}:" item`);
    return match[1];
  };
  const cssProperties = ticked(item('CSS custom properties')).filter((name) => name.startsWith('--'));
  const parts = ticked(item('Parts'));
  const slots = ticked(item('Slots'));

  const contract = { attributes, properties, methods, events, errorCodes, cssProperties, parts, slots };
  for (const [key, list] of Object.entries(contract)) {
    if (list.length === 0) throw new Error(`read no ${key} from api.md: did its layout change?`);
  }
  return contract;
}

export function readFixture() {
  return JSON.parse(readFileSync(fixturePath, 'utf8'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(apiMdPath)) {
    console.error(`no api.md at ${apiMdPath} (set API_MD)`);
    process.exit(1);
  }
  const contract = parseApiContract(readFileSync(apiMdPath, 'utf8'));
  const text = `${JSON.stringify(contract, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    const current = existsSync(fixturePath) ? readFileSync(fixturePath, 'utf8') : '';
    if (JSON.stringify(JSON.parse(current || 'null')) !== JSON.stringify(contract)) {
      console.error('test/fixtures/api-contract.json is stale: run `node scripts/api-contract.mjs`');
      process.exit(1);
    }
    console.log('test/fixtures/api-contract.json matches api.md');
  } else {
    writeFileSync(fixturePath, text);
    console.log(`wrote ${fixturePath.slice(root.length + 1)}`);
  }
}
