// LHC-Forms is used from its published tarball's self-contained dist/ (npm install lforms pulls all of Angular and
// hung here for 17 minutes). Packs lforms@40.1.3 from the npm registry, checks the tarball against the registry's
// sha512 pinned below, and extracts the four files the page loads into tests/interop/dist-lforms/lforms/ (Vite's
// public folder: the build copies them into dist/lforms/ as they are). Skips all of it when they are already there.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const VERSION = '40.1.3';
const INTEGRITY = 'sha512-WLruTm+BcVnafC0rSAQ3/cNqhxvclBUxyBG68aub/uha2NaK9H8ZZcEXTTuORuGzzCt0wa7fvhuieZtcDIdPzQ==';
const FILES = ['webcomponent/lhc-forms.js', 'webcomponent/styles.css', 'webcomponent/assets/lib/zone.min.js', 'fhir/R4/lformsFHIR.min.js'];

const here = resolve(import.meta.dirname, '..');
const out = join(here, 'dist-lforms', 'lforms');
if (FILES.every((f) => existsSync(join(out, f)))) process.exit(0);

const cache = join(here, '.cache');
mkdirSync(cache, { recursive: true });
const tarball = join(cache, `lforms-${VERSION}.tgz`);
if (!existsSync(tarball)) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['pack', `lforms@${VERSION}`, '--pack-destination', cache, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const actual = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
if (actual !== INTEGRITY) {
  rmSync(tarball);
  throw new Error(`lforms-${VERSION}.tgz does not match the pinned integrity (got ${actual}); removed it.`);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
execFileSync('tar', ['-xzf', tarball, '-C', out, '--strip-components=3', ...FILES.map((f) => `package/dist/lforms/${f}`)]);
for (const f of FILES) if (!existsSync(join(out, f))) throw new Error(`lforms-${VERSION}.tgz has no dist/lforms/${f}`);
