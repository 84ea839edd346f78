// lang-peer.js scores franc (npm, pinned in bench/package.json) on the
// labelled sentences of bench/testdata/lang-sentences.jsonl with the rule of
// bench/langcmp: a sentence passes when franc, restricted to the seven
// languages depeche detects, names its expected language. franc sees each
// sentence alone (it has no notion of an article) with its default minimum
// length. Times are averaged over five rounds after one untimed round, as
// in bench/langcmp. It prints one line: "franc SENTENCES PASSED NS_PER_SENTENCE".
'use strict';

const fs = require('fs');

// ISO 639-3 codes franc returns, mapped to the ISO 639-1 codes of the labels.
const codes = { eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl' };
const only = Object.keys(codes);

async function main(file) {
  const { franc } = await import('franc');
  const rows = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
  const rounds = 5;
  let passed = 0;
  for (const r of rows) {
    if (codes[franc(r.sentence, { only })] === r.lang) passed++; // untimed round
  }
  let ns = 0n;
  for (let i = 0; i < rounds; i++) {
    for (const r of rows) {
      const t0 = process.hrtime.bigint();
      franc(r.sentence, { only });
      ns += process.hrtime.bigint() - t0;
    }
  }
  const perRow = rows.length ? ns / BigInt(rows.length * rounds) : 0n;
  console.log(['franc', rows.length, passed, perRow.toString()].join('\t'));
}

main(process.argv[2]).catch((e) => {
  console.error(`lang-peer.js: ${e.message}`);
  process.exit(2);
});
