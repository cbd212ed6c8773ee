// Validates an AsyncAPI document with the AsyncAPI parser (its schema and its rules): prints each diagnostic and
// exits 1 on any error, or warning, so a document that only parses with complaints fails too.
// Usage: node check.mjs <document.json>
import { readFile } from 'node:fs/promises';
import { Parser } from '@asyncapi/parser';

const path = process.argv[2];
const { document, diagnostics } = await new Parser().parse(await readFile(path, 'utf8'));
const severities = ['error', 'warning', 'info', 'hint'];
for (const diagnostic of diagnostics) {
  console.log(`${severities[diagnostic.severity]} ${diagnostic.code} at ${diagnostic.path.join('.')}: ${diagnostic.message}`);
}
const failing = diagnostics.filter(diagnostic => diagnostic.severity <= 1);
if (!document || failing.length > 0) {
  console.log(`${path}: ${failing.length} error(s) or warning(s)`);
  process.exit(1);
}
console.log(`${path}: valid AsyncAPI ${document.version()}, ${document.allMessages().length} messages, ${document.allChannels().length} channels`);
