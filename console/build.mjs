// Build the operator console into dist/ (console.js, console.css, index.html) and print the script's size
// (minified and gzipped). `node build.mjs` (or `./just console`). The API serves dist/ at /console.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const BUDGET = 150 * 1024;
const here = (p) => new URL(p, import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(new URL("../clients/typescript/package.json", import.meta.url)));
mkdirSync(here("dist"), { recursive: true });
await build({
  entryPoints: [here("src/main.tsx")],
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  jsx: "automatic",
  jsxImportSource: "preact",
  legalComments: "none",
  define: { __VERSION__: JSON.stringify(pkg.version) },
  outfile: here("dist/console.js"),
  logLevel: "warning",
});
copyFileSync(here("src/console.css"), here("dist/console.css"));
copyFileSync(here("src/index.html"), here("dist/index.html"));
const files = ["console.js", "console.css", "index.html"].map((f) => readFileSync(here(`dist/${f}`)));
const raw = files.reduce((n, b) => n + b.length, 0);
const gz = files.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
const kb = (n) => (n / 1024).toFixed(1);
const summary = { files: ["console/dist/console.js", "console/dist/console.css", "console/dist/index.html"], minified_bytes: raw, gzip_bytes: gz, target_gzip_bytes: BUDGET };
writeFileSync(here("dist/size.json"), JSON.stringify(summary, null, 2) + "\n");
console.log(`console bundle: ${kb(raw)} KB minified, ${kb(gz)} KB gzipped (target <= 150 KB gzipped)`);
if (gz > BUDGET) {
  console.error("console bundle is over the 150 KB gzipped budget");
  process.exit(1);
}
