import { defineConfig, type UserConfig } from 'vite';
import { resolve } from 'node:path';

const here = (path: string) => resolve(import.meta.dirname, path);

/**
 * dist/hibob-link.js: one minified module for a script tag, lit inlined, with what the first screen needs; the
 * later steps (zod inside) and the other languages are chunks in dist/chunks/, loaded by it from beside it.
 */
const cdnBuild: UserConfig['build'] = {
  outDir: here('dist'),
  emptyOutDir: false,
  target: 'es2022',
  sourcemap: true,
  copyPublicDir: false,
  // Lib mode, so Vite adds no ~1 KB preload helper around the language chunks' dynamic imports.
  lib: { entry: here('src/cdn.ts'), formats: ['es'], fileName: () => 'hibob-link.js' },
  // The stylesheets (src/styles/*.css?inline) are minified into the JS strings.
  cssMinify: 'lightningcss',
  rolldownOptions: {
    // Lets what the first screen shares with the flow chunk (lit, the icons) stay inside hibob-link.js, instead
    // of a third file every page would have to fetch before its first render.
    preserveEntrySignatures: 'allow-extension',
    // Lib mode alone keeps whitespace in ES output; minify fully here.
    output: { minify: true, comments: false, chunkFileNames: 'chunks/[name]-[hash].js' },
  },
};

/** The npm entry points; lit, zod, @lit/react, react and msw stay (peer) dependencies so hosts share one copy. */
const libraryBuild: UserConfig['build'] = {
  outDir: here('dist'),
  emptyOutDir: true,
  target: 'es2022',
  sourcemap: true,
  minify: false,
  cssMinify: 'lightningcss',
  copyPublicDir: false,
  lib: {
    entry: {
      index: here('src/index.ts'),
      element: here('src/element.ts'),
      define: here('src/define.ts'),
      react: here('src/react.ts'),
      server: here('src/server/index.ts'),
      testing: here('src/testing/index.ts'),
      'testing-node': here('src/testing/node.ts'),
      'server-node': here('src/server/node.ts'),
    },
    formats: ['es'],
  },
  rolldownOptions: {
    external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^msw($|\/)/, /^react($|\/)/, /^react-dom($|\/)/, /^node:/],
  },
};

/** dist/demo: the demo page for `npm start`'s host server. */
const demoBuild: UserConfig['build'] = {
  outDir: here('dist/demo'),
  emptyOutDir: true,
  target: 'es2022',
  sourcemap: true,
  copyPublicDir: false,
};

/**
 * `vite` / `npm run dev`: the demo page with hot reload.
 * `vite build`: the npm entry points. `--mode cdn`: dist/hibob-link.js. `--mode demo`: dist/demo.
 */
export default defineConfig(({ command, mode }) => ({
  root: command === 'serve' || mode === 'demo' ? 'demo' : '.',
  publicDir: here('public'),
  server: { fs: { allow: [here('.')] } },
  build: mode === 'cdn' ? cdnBuild : mode === 'demo' ? demoBuild : libraryBuild,
}));
