// Builds the site into dist/: each page in src/pages wrapped in the shared layout, the scripts bundled by
// esbuild (Chart.js only in the dashboard's chunk), GOV.UK Frontend's styles and fonts, and a config.json
// for the local runtime (deploy replaces it; see README).
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const out = 'dist';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const layout = readFileSync('src/layout.html', 'utf8');
// <!-- date-input: Legend --> stands for GOV.UK's day, month and year boxes (id date; named day, month, year).
const dateInput = readFileSync('src/date-input.html', 'utf8');
for (const file of readdirSync('src/pages')) {
  const page = readFileSync(`src/pages/${file}`, 'utf8')
    .replace(/<!--\s*date-input:\s*(.*?)\s*-->\n?/g, (comment, legend) => dateInput.replaceAll('{{legend}}', legend));
  const [, title] = page.match(/<!--\s*title:\s*(.*?)\s*-->/) ?? [null, 'Hub Returns'];
  const [, name] = page.match(/<!--\s*page:\s*(.*?)\s*-->/) ?? [null, file.replace('.html', '')];
  writeFileSync(`${out}/${file}`, layout.replaceAll('{{title}}', title).replaceAll('{{page}}', name).replace('{{content}}', page));
}

await build({
  entryPoints: ['src/js/main.js'],
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  sourcemap: false,
  target: ['es2020'],
  outdir: `${out}/js`,
  logLevel: 'warning',
});

const govuk = 'node_modules/govuk-frontend/dist/govuk';
mkdirSync(`${out}/css`, { recursive: true });
cpSync(`${govuk}/govuk-frontend.min.css`, `${out}/css/govuk-frontend.min.css`);
cpSync(`${govuk}/assets/fonts`, `${out}/assets/fonts`, { recursive: true });
cpSync('src/site.css', `${out}/css/site.css`);
cpSync('src/volunteer-hours-template.csv', `${out}/volunteer-hours-template.csv`);
writeFileSync(`${out}/config.json`, JSON.stringify({ apiBaseUrl: '', auth: { mode: 'local' } }, null, 2) + '\n');
console.log(`Built the site into ${out}/`);
