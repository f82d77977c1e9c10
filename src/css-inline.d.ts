/** `import css from './x.css?inline'`: Vite hands the (minified) stylesheet over as a string. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
