// Builds the SurveyJS peer for scripts/bench into target/bench/surveyjs/: index.html,
// main.js (bench/surveyjs/main.js with survey-core, survey-js-ui and the questionnaire
// generated from content/ by model.mjs, bundled and minified by esbuild) and SurveyJS's
// default theme CSS from survey-core's package.
//
//   node bench/surveyjs/build.mjs [--out DIR]

import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { surveyJson } from './model.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
export const PEER_OUT = path.join(ROOT, 'target/bench/surveyjs');
const CSS = 'survey-core.fontless.min.css';

/** Writes the peer into `out`; resolves to the list of files written. */
export async function buildPeer(out = PEER_OUT) {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const json = surveyJson(ROOT);
  // The generated JSON, kept beside the build for reading (not served to the page).
  fs.writeFileSync(path.join(path.dirname(out), 'surveyjs.survey.json'), `${JSON.stringify(json, null, 2)}\n`);
  await build({
    entryPoints: [path.join(HERE, 'main.js')],
    outfile: path.join(out, 'main.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    nodePaths: [path.join(ROOT, 'node_modules')],
    plugins: [{
      name: 'digitrappen-survey',
      setup(b) {
        b.onResolve({ filter: /^digitrappen:survey$/ }, (args) => ({ path: args.path, namespace: 'digitrappen-survey' }));
        b.onLoad({ filter: /.*/, namespace: 'digitrappen-survey' }, () => ({ contents: JSON.stringify(json), loader: 'json' }));
      },
    }],
  });
  const require = createRequire(path.join(ROOT, 'package.json'));
  fs.copyFileSync(require.resolve(`survey-core/${CSS}`), path.join(out, CSS));
  fs.copyFileSync(path.join(HERE, 'index.html'), path.join(out, 'index.html'));
  return fs.readdirSync(out);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const out = i > 0 ? path.resolve(process.argv[i + 1]) : PEER_OUT;
  const files = await buildPeer(out);
  console.log(`SurveyJS peer built in ${path.relative(process.cwd(), out) || '.'}: ${files.join(', ')}`);
}
