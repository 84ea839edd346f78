// money-peer.js scores Microsoft Recognizers-Text (recognizeCurrency) on
// money corpus files with the rule of bench/moneycmp: a row asserting one
// amount passes when a result overlaps the expected span and has the
// expected value (in cents too, for rows that count cents). It prints one
// line per file: "recognizers FILE ROWS PASSED NS_PER_ROW".
'use strict';

const fs = require('fs');
const path = require('path');
const Suite = require('@microsoft/recognizers-text-suite');

// canon returns a decimal string without exponent, grouping or trailing
// fractional zeros; "" when the value is not a number.
function canon(v) {
  if (v === undefined || v === null) return '';
  let s = String(v).trim();
  if (/e/i.test(s)) {
    const n = Number(s);
    if (!Number.isFinite(n)) return '';
    s = n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  }
  if (!/^-?\d+(\.\d+)?$/.test(s)) return '';
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  s = s.replace(/^(-?)0+(?=\d)/, '$1');
  return s === '-0' ? '0' : s;
}

// times100 shifts a canonical decimal string two places left.
function times100(s) {
  if (s === '') return '';
  const neg = s.startsWith('-');
  let [i, f = ''] = (neg ? s.slice(1) : s).split('.');
  f = (f + '00');
  const out = canon((neg ? '-' : '') + i + f.slice(0, 2) + (f.length > 2 ? '.' + f.slice(2) : ''));
  return out;
}

// utf16Span converts a code-point span to UTF-16 indices.
function utf16Span(text, span) {
  const cps = Array.from(text);
  const before = (n) => cps.slice(0, n).join('').length;
  return [before(span[0]), before(span[1])];
}

function main(files) {
  Suite.recognizeCurrency('warm up: 1 $', Suite.Culture.English);
  Suite.recognizeCurrency('1 $', Suite.Culture.French);
  for (const file of files) {
    const rows = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l))
      .filter((r) => r.kind === 'amount' && r.value !== null && r.text !== null);
    let passed = 0;
    let ns = 0n;
    for (const r of rows) {
      const culture = r.lang === 'fr' ? Suite.Culture.French : Suite.Culture.English;
      const t0 = process.hrtime.bigint();
      let results = [];
      try {
        results = Suite.recognizeCurrency(r.text, culture);
      } catch (e) {
        results = [];
      }
      ns += process.hrtime.bigint() - t0;
      const want = canon(r.value);
      const [s, e] = r.span ? utf16Span(r.text, r.span) : [0, r.text.length];
      const ok = results.some((res) => {
        if (res.end + 1 <= s || res.start >= e) return false;
        const v = canon(res.resolution && res.resolution.value);
        return v !== '' && (v === want || times100(v) === want);
      });
      if (ok) passed++;
    }
    const perRow = rows.length ? ns / BigInt(rows.length) : 0n;
    console.log(['recognizers', path.basename(file), rows.length, passed, perRow.toString()].join('\t'));
  }
}

main(process.argv.slice(2));
