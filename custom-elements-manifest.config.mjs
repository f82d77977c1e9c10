/**
 * Custom Elements Manifest for `<hibob-link>`: `npm run build` writes dist/custom-elements.json (published as
 * `hibob-link/custom-elements.json` and named by package.json's `customElements`), through scripts/manifest.mjs.
 *
 * The source of truth is src/hibob-link.ts: attributes and properties come from `static properties` and the
 * `declare` fields (the analyzer's Lit plugin), events, slots, parts and CSS properties from the JSDoc header of
 * `HibobLink`, plus one tag of ours, `@errorcode name - when`, for the error codes of `hibob-link-error`.
 */
const SOURCE_TO_DIST = {
  // The module the published package exposes each source file through.
  'src/hibob-link.ts': 'dist/element.js',
  'src/define.ts': 'dist/define.js',
};

/** Reads `@errorcode <code> - <description>` tags off the class JSDoc into `declaration.errorCodes`. */
function errorCodesPlugin() {
  return {
    name: 'hibob-link:error-codes',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
      if (!declaration) return;
      const codes = [];
      for (const tag of ts.getJSDocTags(node)) {
        if (tag.tagName.getText() !== 'errorcode') continue;
        const comment = ts.getTextOfJSDocComment(tag.comment) ?? '';
        const match = /^(\S+)\s+-\s+([\s\S]*)$/.exec(comment.trim());
        if (!match) throw new Error(`@errorcode needs "<code> - <description>", got: ${comment}`);
        codes.push({ name: match[1], description: match[2].replace(/\s*\n\s*/g, ' ') });
      }
      if (codes.length) declaration.errorCodes = codes;
    },
  };
}

/** Keeps the manifest to the public surface and points it at the published files. */
function publicSurfacePlugin() {
  const isPrivate = (name = '') => name.startsWith('_') || name.startsWith('#');
  return {
    name: 'hibob-link:public-surface',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.path = SOURCE_TO_DIST[module.path] ?? module.path;
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          // Lit's internal reactive state (`_step`, `state: true`) and #private members are not API.
          declaration.members = declaration.members?.filter(
            (m) => !isPrivate(m.name) && m.privacy !== 'private' && m.privacy !== 'protected',
          );
          declaration.attributes = declaration.attributes?.filter((a) => !isPrivate(a.fieldName ?? a.name));
          // `new CustomEvent(type, …)` inside a helper shows up as an event named after the variable.
          declaration.events = declaration.events?.filter((e) => e.name?.includes('-'));
        }
        for (const entry of module.exports ?? []) {
          if (entry.declaration?.module) {
            entry.declaration.module = SOURCE_TO_DIST[entry.declaration.module] ?? entry.declaration.module;
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/hibob-link.ts', 'src/define.ts'],
  exclude: [],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  dependencies: false,
  plugins: [errorCodesPlugin(), publicSurfacePlugin()],
};
