/**
 * The Custom Elements Manifest against the public contract (api.md), so neither drifts:
 * 1. test/fixtures/api-contract.json still says what ../shared/spec/api.md says (when the spec is beside the repo),
 * 2. the manifest generated from src/hibob-link.ts describes every attribute, property, method, event, error code,
 *    part, slot and CSS property of the fixture,
 * 3. what the JSDoc header documents exists in the code (a part is rendered, an event dispatched, …).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { apiMdPath, parseApiContract, readFixture } from '../../scripts/api-contract.mjs';
import {
  elementDeclaration,
  generateManifest,
  manifestPath,
  root,
  type ElementDeclaration,
  type Manifest,
} from '../../scripts/manifest.mjs';
import { ERROR_CODES } from '../../src/core/types.js';
import pkg from '../../package.json' with { type: 'json' };

/**
 * Contract names the code does not have yet, as `kind:name` (e.g. `part:dialog`): their tests show as todo.
 * Empty means the whole contract is in the code.
 */
const PENDING_IN_CODE = new Set<string>([]);

const contract = readFixture();
let manifest: Manifest;
let element: ElementDeclaration;

beforeAll(async () => {
  manifest = await generateManifest();
  element = elementDeclaration(manifest);
}, 60_000);

/** One test per contract name, or a todo while the name is on PENDING_IN_CODE. */
function eachName<T>(kind: string, items: T[], name: (item: T) => string, check: (item: T) => void) {
  for (const item of items) {
    const title = `${kind} ${name(item)}`;
    if (PENDING_IN_CODE.has(`${kind}:${name(item)}`)) it.todo(title);
    else it(title, () => check(item));
  }
}

describe('test/fixtures/api-contract.json', () => {
  it.skipIf(!existsSync(apiMdPath))('matches the spec (../shared/spec/api.md); else `npm run api-contract`', () => {
    expect(contract).toEqual(parseApiContract(readFileSync(apiMdPath, 'utf8')));
  });
});

describe('the manifest describes everything api.md names', () => {
  eachName(
    'attribute',
    contract.attributes,
    (a) => a.name,
    ({ name, property }) => {
      const attribute = element.attributes.find((a) => a.name === name);
      expect(attribute, `attribute ${name}`).toBeDefined();
      expect(attribute!.fieldName).toBe(property);
      expect(attribute!.description).toBeTruthy();
      expect(element.members.find((m) => m.kind === 'field' && m.name === property)?.attribute).toBe(name);
    },
  );

  eachName(
    'property',
    contract.properties,
    (p) => p.name,
    ({ name, readonly }) => {
      const member = element.members.find((m) => m.kind === 'field' && m.name === name);
      expect(member, `property ${name}`).toBeDefined();
      expect(member!.description).toBeTruthy();
      if (readonly) expect(member!.readonly).toBe(true);
    },
  );

  eachName(
    'method',
    contract.methods,
    (m) => m,
    (name) => {
      const member = element.members.find((m) => m.kind === 'method' && m.name === name);
      expect(member, `method ${name}()`).toBeDefined();
      expect(member!.description).toBeTruthy();
    },
  );

  eachName(
    'event',
    contract.events,
    (e) => e,
    (name) => {
      const event = element.events.find((e) => e.name === name);
      expect(event, `event ${name}`).toBeDefined();
      expect(event!.description).toBeTruthy();
      expect(event!.type?.text).toMatch(/^CustomEvent<\w+Detail>$/);
    },
  );

  eachName(
    'error code',
    contract.errorCodes,
    (c) => c,
    (code) => {
      expect(element.errorCodes?.find((c) => c.name === code)?.description, `@errorcode ${code}`).toBeTruthy();
    },
  );

  eachName(
    'part',
    contract.parts,
    (p) => p,
    (name) => {
      expect(element.cssParts.find((p) => p.name === name)?.description, `@csspart ${name}`).toBeTruthy();
    },
  );

  eachName(
    'slot',
    contract.slots,
    (s) => s,
    (name) => {
      expect(element.slots.find((s) => s.name === name)?.description, `@slot ${name}`).toBeTruthy();
    },
  );

  eachName(
    'css property',
    contract.cssProperties,
    (c) => c,
    (name) => {
      expect(element.cssProperties.find((c) => c.name === name)?.description, `@cssprop ${name}`).toBeTruthy();
    },
  );
});

describe('what the manifest documents exists in the code', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? sources(join(dir, entry.name))
        : /\.(ts|css)$/.test(entry.name)
          ? [readFileSync(join(dir, entry.name), 'utf8')]
          : [],
    );
  const code = sources(resolve(root, 'src')).join('\n');
  const pending = (kind: string) => (name: string) => !PENDING_IN_CODE.has(`${kind}:${name}`);
  const matches = (pattern: RegExp, text = code) => new Set([...text.matchAll(pattern)].map((m) => m[1]!));

  it('every documented part is rendered (part="…" or part=${…})', () => {
    const rendered = new Set<string>();
    for (const [, literal, expression] of code.matchAll(/\bpart=(?:"([^"]*)"|\$\{([^}]*)\})/g)) {
      const names = literal ? literal.split(/\s+/) : [...expression!.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
      for (const name of names) for (const part of name.split(/\s+/)) rendered.add(part);
    }
    const documented = element.cssParts.map((p) => p.name).filter(pending('part'));
    expect(documented.filter((name) => !rendered.has(name))).toEqual([]);
  });

  it('every documented event is dispatched', () => {
    const dispatched = matches(/(?:#emit|\.emit|new CustomEvent)\(\s*'(hibob-link-[a-z-]+)'/g);
    const documented = element.events.map((e) => e.name).filter(pending('event'));
    expect(documented.filter((name) => !dispatched.has(name))).toEqual([]);
  });

  it('every documented slot is rendered', () => {
    const slots = matches(/<slot\s+name="([^"]+)"/g);
    expect(element.slots.map((s) => s.name).filter((name) => !slots.has(name))).toEqual([]);
  });

  it('every documented CSS property is read by the styles', () => {
    const used = matches(/var\(\s*(--hibob-link-[\w-]+)/g);
    expect(element.cssProperties.map((c) => c.name).filter((name) => !used.has(name))).toEqual([]);
  });

  it('every error code of the code is documented, and only those', () => {
    expect(element.errorCodes?.map((c) => c.name)).toEqual([...ERROR_CODES]);
  });
});

describe('the published manifest', () => {
  it('lists only the public surface', () => {
    const names = [...element.members.map((m) => m.name), ...element.attributes.map((a) => a.name)];
    expect(names.filter((name) => /^[_#]/.test(name))).toEqual([]);
    expect(element.members.filter((m) => m.privacy === 'private' || m.privacy === 'protected')).toEqual([]);
    for (const event of element.events) expect(event.name).toMatch(/^hibob-link-[a-z-]+$/);
  });

  it('points at published modules, and package.json points at the manifest `npm run build` writes', () => {
    const viteConfig = readFileSync(resolve(root, 'vite.config.ts'), 'utf8');
    for (const module of manifest.modules) {
      expect(module.path).toMatch(/^dist\/[\w-]+\.js$/);
      const entry = module.path.slice('dist/'.length, -'.js'.length);
      expect(viteConfig, `vite.config.ts builds ${module.path}`).toMatch(new RegExp(`\\b${entry}: here\\(`));
    }
    expect(resolve(root, pkg.customElements)).toBe(manifestPath);
    expect(pkg.exports['./custom-elements.json']).toBe(`./${pkg.customElements}`);
    expect(pkg.files).toContain('dist');
  });
});
