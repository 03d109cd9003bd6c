// Gives the built files that never change under one name a name that carries their
// content's hash (`digitrappe_bg.wasm` -> `digitrappe_bg.1a2b3c4d5e.wasm`), and rewrites
// every reference to them, so a static host or CDN can serve them as immutable (see the
// README, "Serving it") and a browser never mixes two versions. Run by scripts/build after
// minifying and before scripts/precache.mjs (which hashes the result).
//
//   node scripts/fingerprint.mjs <distDir>
//
// Files a host page or the browser asks for by a fixed name keep it: index.html, sw.js,
// config.json, static/embed.js (in host pages' snippets), static/icon.svg and
// static/manifest.webmanifest (the browser's install UI), and the language files (their
// address carries the texts' hash as `?v=`, built into the wasm by engine/build.rs).

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './precache.mjs';

/**
 * The fingerprinted files, leaves first: a file's hash is taken after the names it refers
 * to have been rewritten, so a changed wasm changes its glue's name, and so on up to
 * index.html.
 */
export const FINGERPRINTED = [
  'pkg/app/digitrappe_bg.wasm',
  'pkg/app/digitrappe.js',
  'static/more.css',
  'static/app.css',
  'static/boot.js',
];

/** The files whose text refers to fingerprinted files. */
const REFERRING = /\.(js|html|css)$/;

/**
 * A path without its fingerprint or query, for tests and reports:
 * `/pkg/app/digitrappe_bg.1a2b3c4d5e.wasm` -> `/pkg/app/digitrappe_bg.wasm`,
 * `/content/i18n/da.1a2b3c4d5e6f.json` -> `/content/i18n/da.json`.
 */
export const unhashed = (p) => p.replace(/[?#].*$/, '').replace(/\.[0-9a-f]{10,12}(\.(?:wasm|js|css|json))$/, '$1');

/** Renames the fingerprinted files in `dist` and rewrites references; returns old -> new. */
export function fingerprint(dist) {
  const renamed = new Map();
  for (const rel of FINGERPRINTED) {
    const file = path.join(dist, rel);
    const data = fs.readFileSync(file);
    const hash = crypto.createHash('sha256').update(data).digest('hex').slice(0, 10);
    const ext = path.extname(rel);
    const oldName = path.basename(rel);
    const newName = `${path.basename(rel, ext)}.${hash}${ext}`;
    fs.renameSync(file, path.join(path.dirname(file), newName));
    renamed.set(rel, `${path.dirname(rel)}/${newName}`);

    // A reference is the name between a quote or a slash and a quote, `?` or `#`.
    const escaped = oldName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const reference = new RegExp(`(?<=["'\`/])${escaped}(?=["'\`?#])`, 'g');
    let found = 0;
    for (const other of listFiles(dist).filter((p) => REFERRING.test(p))) {
      const otherPath = path.join(dist, other);
      const text = fs.readFileSync(otherPath, 'utf8');
      const rewritten = text.replace(reference, () => { found += 1; return newName; });
      if (rewritten !== text) fs.writeFileSync(otherPath, rewritten);
    }
    if (found === 0) throw new Error(`fingerprint: nothing in ${dist} refers to ${rel}; is the list out of date?`);
  }
  return renamed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2];
  if (!dist || !fs.existsSync(path.join(dist, 'index.html'))) {
    console.error('usage: node scripts/fingerprint.mjs <distDir>   (a built dist/ with index.html)');
    process.exit(2);
  }
  for (const [from, to] of fingerprint(dist)) console.log(`fingerprint: ${from} -> ${to}`);
}
