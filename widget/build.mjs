// Build the widget into one minified file and print its size (minified and gzipped).
// `node build.mjs` (or `./just widget`). The API serves dist/parley-widget.js under a content-hashed name.
import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const pkg = JSON.parse(readFileSync(new URL("../clients/typescript/package.json", import.meta.url)));
const outfile = new URL("dist/parley-widget.js", import.meta.url).pathname;
const result = await build({
  entryPoints: [new URL("src/index.ts", import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  legalComments: "none",
  define: { __VERSION__: JSON.stringify(pkg.version) },
  outfile,
  metafile: true,
  logLevel: "warning",
});
const code = readFileSync(outfile);
const gz = gzipSync(code, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);
const summary = { file: "widget/dist/parley-widget.js", minified_bytes: code.length, gzip_bytes: gz, target_gzip_bytes: 35 * 1024 };
writeFileSync(new URL("dist/size.json", import.meta.url), JSON.stringify(summary, null, 2) + "\n");
console.log(`widget bundle: ${kb(code.length)} KB minified, ${kb(gz)} KB gzipped (target <= 35 KB gzipped)`);
if (gz > 35 * 1024) {
  console.error("widget bundle is over the 35 KB gzipped budget");
  process.exit(1);
}
