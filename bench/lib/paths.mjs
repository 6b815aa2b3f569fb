/** Where the built packages are: bench/ runs against dist/ (run `tsc -b` first; `pnpm bench` does). */
const dist = (name) => new URL(`../../packages/${name}/dist/index.js`, import.meta.url).href;
export const SCHEMA = dist('schema');
export const TRANSFORM = dist('transform');
export const REPORT = dist('report');
export const CLI = dist('cli');
