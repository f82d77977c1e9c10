import { defineConfig, type UserConfig } from 'vite';
import { resolve } from 'node:path';

const here = (path: string) => resolve(import.meta.dirname, path);

/** dist/hibob-link.js: one minified, self-contained module (lit and zod inlined) for a script tag. */
const cdnBuild: UserConfig['build'] = {
  outDir: here('dist'),
  emptyOutDir: false,
  target: 'es2022',
  sourcemap: true,
  copyPublicDir: false,
  // Lib mode, so Vite adds no ~1 KB preload helper around the language chunks' dynamic imports.
  lib: { entry: here('src/index.ts'), formats: ['es'], fileName: () => 'hibob-link.js' },
  rolldownOptions: {
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
