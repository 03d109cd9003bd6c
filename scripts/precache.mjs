// Makes a built dist/ work offline: lists every file in it with the SHA-256 of its
// contents, names the build by a hash of that list (the version), writes the service
// worker dist/sw.js from the template sw.js at the repository's root, and puts the
// version into dist/index.html (`data-version` on the mode element), so the page says
// which build it is. Run by scripts/build as its last step; running it again on the same
// directory (after changing a file in it) gives the new version.
//
//   node scripts/precache.mjs <distDir>
//
// The version hashes every file except index.html as it is, and index.html with
// `data-version="dev"` (its template text), so it does not depend on its own output.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATE = path.join(ROOT, 'sw.js');
const WORKER = 'sw.js';
const VERSION_ATTR = /data-version="[^"]*"/g;
/** A language's texts (`content/i18n/<code>.<hash>.json`): kept per language (see sw.js). */
const LANGUAGE_FILE = /^content\/i18n\/([a-z]{2})\.[0-9a-f]{12}\.json$/;
/** Files a site owner may edit after the build: precached, but not checked against a hash. */
const EDITABLE = new Set(['config.json']);

const sha256 = (data) => crypto.createHash('sha256').update(data).digest('hex');

/** Every file under `dir`, as sorted paths relative to it with "/" separators. */
export function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out.sort();
}

/** Writes dist/sw.js and the version into dist/index.html; returns { version, files }. */
export function precache(dist) {
  const indexPath = path.join(dist, 'index.html');
  const index = fs.readFileSync(indexPath, 'utf8');
  const matches = index.match(VERSION_ATTR) ?? [];
  if (matches.length !== 1) throw new Error(`${indexPath}: expected one data-version attribute, found ${matches.length}`);
  const template = index.replace(VERSION_ATTR, 'data-version="dev"');

  const paths = listFiles(dist).filter((p) => p !== WORKER);
  const content = (p) => (p === 'index.html' ? template : fs.readFileSync(path.join(dist, p)));
  const version = sha256(paths.map((p) => `${p}\0${sha256(content(p))}\n`).join('')).slice(0, 12);

  const stamped = template.replace(VERSION_ATTR, `data-version="${version}"`);
  fs.writeFileSync(indexPath, stamped);

  // [path relative to the worker, SHA-256 of what the worker must receive or null, and
  // for a language's texts its code]: the worker keeps those only
  // for the languages a page uses (see sw.js).
  const files = paths.map((p) => {
    const entry = [p, EDITABLE.has(p) ? null : sha256(p === 'index.html' ? stamped : content(p))];
    const lang = LANGUAGE_FILE.exec(p)?.[1];
    return lang ? [...entry, lang] : entry;
  });
  const worker = fs.readFileSync(TEMPLATE, 'utf8');
  const placeholder = /\/\*\s*@precache\s*\*\/[^]*?\/\*\s*@end\s*\*\//;
  if (!placeholder.test(worker)) throw new Error(`${TEMPLATE}: no /* @precache */ … /* @end */ placeholder`);
  const manifest = `{\n  "version": "${version}",\n  "files": [\n${files.map((f) => `    ${JSON.stringify(f)}`).join(',\n')}\n  ]\n}`;
  fs.writeFileSync(path.join(dist, WORKER), worker.replace(placeholder, () => manifest));
  return { version, files };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2];
  if (!dist || !fs.existsSync(path.join(dist, 'index.html'))) {
    console.error('usage: node scripts/precache.mjs <distDir>   (a built dist/ with index.html)');
    process.exit(2);
  }
  const { version, files } = precache(dist);
  console.log(`precache: version ${version}, ${files.length} files listed in ${path.join(dist, WORKER)}`);
}
