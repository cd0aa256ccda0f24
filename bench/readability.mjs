// Runs Readability.js over a folder of pages, for bench/speed: the whole process is timed.
//   node bench/readability.mjs linkedom|jsdom FOLDER OUT.jsonl
// Pages are .html or .html.gz files; each becomes one JSON line with its title and text.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';

const [dom, folder, out] = process.argv.slice(2);
if (!dom || !folder || !out) {
  console.error('usage: node readability.mjs linkedom|jsdom FOLDER OUT.jsonl');
  process.exit(2);
}

let parse;
if (dom === 'linkedom') {
  const { parseHTML } = await import('linkedom');
  parse = (html) => ({ document: parseHTML(html).document, close() {} });
} else if (dom === 'jsdom') {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  // jsdom reports every stylesheet it cannot parse; that is noise here.
  const quiet = new VirtualConsole();
  parse = (html) => {
    const page = new JSDOM(html, { virtualConsole: quiet });
    return { document: page.window.document, close: () => page.window.close() };
  };
} else {
  console.error(`unknown DOM '${dom}': expected linkedom or jsdom`);
  process.exit(2);
}

const files = readdirSync(folder).filter((f) => /\.html?(\.gz)?$/.test(f)).sort();
const lines = [];
for (const file of files) {
  let bytes = readFileSync(join(folder, file));
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  let page = null;
  try {
    page = parse(bytes.toString('utf8'));
    const article = new Readability(page.document).parse();
    lines.push(JSON.stringify({ file, title: article?.title ?? null, text: article?.textContent ?? null }));
  } catch (e) {
    lines.push(JSON.stringify({ file, error: String(e) }));
  } finally {
    page?.close();
  }
}
writeFileSync(out, lines.join('\n') + '\n');
console.error(`readability.js on ${dom}: ${files.length} pages`);
