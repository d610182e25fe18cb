// Turns a benchmark run's results into RESULTS.md: targets and verdicts first, then the figures
// behind them, the corpora, the exact commands and how to read it all. Pure: results in, text out.

/** The targets for flowkeeper ÷ ajv-cli, by corpus: twice as fast at every size, 0.6× at 10,000 files. */
const AJV_TARGETS = { 'yaml-1': 0.5, 'json-1': 0.5, 'yaml-1000': 0.5, 'json-1000': 0.5, 'yaml-10000': 0.6, 'json-10000': 0.6 };
/** validate ÷ its single-thread read-and-parse floor. */
const FLOOR_TARGET = 1.5;
const MERGE_TARGET = 100_000;
/** Peak RSS on 10,000 files, with parallelism on. */
const RSS_TARGET_MIB = 200;
const CACHE_TARGET = 0.2;
const SYNC_SHARE_TARGET = 0.95;
/** `plan --base` ÷ `validate` on the same working tree. */
const PLAN_TARGET = 1.5;
/**
 * The action ÷ ajv-cli on the same files. The issue's target is the action ÷ GrantBirki/json-yaml-validate's
 * action ≤ 0.4×, measured outside the project (that action is not on the npm registry); this
 * stands in for it with the CLI's own target against ajv-cli at 10,000 files.
 */
const ACTION_TARGET = 0.6;

const MET = '✅ met';
const NOT_MET = '❌ not met';
const NOT_MEASURED = '— not measured';
const verdict = (ok) => (ok ? MET : NOT_MET);

const secs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const range = (s, fmt = secs) => `${fmt(s.min)}–${fmt(s.max)}`;
const times = (x) => `${x.toFixed(2)}×`;
const mib = (kb) => `${(kb / 1024).toFixed(0)} MiB`;
const count = (n) => Math.round(n).toLocaleString('en-US');
const files = (n) => `${count(n)} ${n === 1 ? 'file' : 'files'}`;
const label = (run) => `${files(run.files)}, ${run.format.toUpperCase()}`;

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function ratios(run) {
  const ajv = run.flowkeeper.time.median / run.ajv.time.median;
  const floor = run.flowkeeper.time.median / run.floor.time.median;
  return { ajv, floor, ajvTarget: AJV_TARGETS[run.corpus] };
}

function targetRows(results) {
  const rows = [];
  for (const run of results.runs) {
    const r = ratios(run);
    rows.push([`flowkeeper ÷ ajv-cli, ${label(run)}`, `≤ ${r.ajvTarget}×`, times(r.ajv), verdict(r.ajv <= r.ajvTarget)]);
  }
  for (const run of results.runs) {
    const r = ratios(run);
    rows.push([`flowkeeper ÷ its floor, ${label(run)}`, `≤ ${FLOOR_TARGET}×`, times(r.floor), verdict(r.floor <= FLOOR_TARGET)]);
  }
  const merge = results.merge.typical.median;
  rows.push(['mergeAndValidate, typical patch (calls per second)', `≥ ${count(MERGE_TARGET)}`, count(merge), verdict(merge >= MERGE_TARGET)]);
  const big = results.runs.find((r) => r.corpus === 'yaml-10000');
  if (big?.flowkeeper.rssKb) rows.push(['peak RSS, flowkeeper on 10,000 YAML files', `≤ ${RSS_TARGET_MIB} MiB`, mib(big.flowkeeper.rssKb.max), verdict(big.flowkeeper.rssKb.max / 1024 <= RSS_TARGET_MIB)]);
  else {
    const thousand = results.runs.find((r) => r.corpus === 'yaml-1000')?.flowkeeper.rssKb;
    const instead = thousand ? `; 1,000 files: ${mib(thousand.max)}` : '';
    rows.push(['peak RSS, flowkeeper on 10,000 YAML files', `≤ ${RSS_TARGET_MIB} MiB`, big ? 'no /usr/bin/time' : `no 10,000-file run (--quick)${instead}`, NOT_MEASURED]);
  }
  const { cache } = results;
  if (cache.skipped) rows.push(['re-validation with --cache ÷ cold run', `≤ ${CACHE_TARGET}×`, 'skipped: no --cache', NOT_MEASURED]);
  else {
    const ratio = cache.cached.time.median / cache.cold.time.median;
    rows.push([`re-validation with --cache ÷ cold run, ${cache.corpus}`, `≤ ${CACHE_TARGET}×`, times(ratio), verdict(ratio <= CACHE_TARGET && cache.sameReport)]);
  }
  const { pacing, rate } = results.sync;
  rows.push([
    `sync pacing (${rate.requests} per ${rate.windowMs} ms)`,
    `≥ ${SYNC_SHARE_TARGET * 100}% of the rate, 0 × 429`,
    `${(pacing.share * 100).toFixed(1)}%, ${pacing.tooMany} × 429`,
    verdict(pacing.share >= SYNC_SHARE_TARGET && pacing.tooMany === 0),
  ]);
  if (results.sync.changed) {
    for (const [name, phase, per] of [['changed flows (GET + PUT)', results.sync.changed, 2], ['unchanged flows (GET only)', results.sync.unchanged, 1]]) {
      rows.push([
        `sync throughput, ${name}, per ${rate.windowMs} ms window`,
        `≥ ${SYNC_SHARE_TARGET * 100}% of ${rate.requests / per} flows`,
        `${phase.flowsPerWindow.toFixed(2)} (${(phase.share * 100).toFixed(1)}%; ${phase.flowsPerMinuteAt50.toFixed(1)} per minute at 50/60s)`,
        verdict(phase.share >= SYNC_SHARE_TARGET),
      ]);
    }
  }
  for (const run of results.actionRuns ?? []) {
    const ratio = run.action.time.median / run.ajv.time.median;
    rows.push([`action (node24 dist/index.js) ÷ ajv-cli, ${files(run.files)}, ${run.format.toUpperCase()}`, `≤ ${ACTION_TARGET}×`, times(ratio), verdict(ratio <= ACTION_TARGET)]);
  }
  if (results.plan) {
    const ratio = results.plan.plan.time.median / results.plan.validate.time.median;
    rows.push([`plan --base ÷ validate, 1,000 flows, ${results.plan.changed} changed`, `≤ ${PLAN_TARGET}×`, times(ratio), verdict(ratio <= PLAN_TARGET && results.plan.planned === results.plan.changed)]);
  }
  rows.push(['action cold start, validate on examples/', 'none set', secs(results.action.time.median), '—']);
  return rows;
}

function processRows(results) {
  return results.runs.map((run) => {
    const r = ratios(run);
    const fk = run.flowkeeper;
    return [
      label(run),
      `${secs(fk.time.median)} (${range(fk.time)})`,
      `${secs(run.ajv.time.median)} (${range(run.ajv.time)})`,
      `${secs(run.floor.time.median)} (${range(run.floor.time)})`,
      `${times(r.ajv)} (${range(run.ajv.pairedRatio, times)})`,
      `≤ ${r.ajvTarget}× ${verdict(r.ajv <= r.ajvTarget)}`,
      `${times(r.floor)} (${range(run.floor.pairedRatio, times)})`,
      `≤ ${FLOOR_TARGET}× ${verdict(r.floor <= FLOOR_TARGET)}`,
      fk.rssKb ? `${mib(fk.rssKb.median)} (${range(fk.rssKb, mib)})` : 'n/a',
      run.ajv.rssKb ? mib(run.ajv.rssKb.median) : 'n/a',
    ];
  });
}

function corpusRows(results) {
  return results.corpora.map(({ name, summary }) => {
    const run = results.runs.find((r) => r.corpus === name);
    const found = run?.found;
    const check = !found ? '—' : found.error ? `could not read the report: ${found.error}` : `${count(found.invalid)} invalid ${found.agree ? '(exactly the planned files)' : `(planned ${count(found.expectedInvalid)}: they differ)`}`;
    return [name, count(summary.files), count(summary.bases), count(summary.flows), count(summary.invalid), `${count(summary.meanBytes)} B`, check, found ? `${count(found.ajvInvalid)} invalid` : '—'];
  });
}

function cacheSection(cache) {
  if (cache.skipped) return `Skipped: ${cache.skipped}. The measurement runs by itself once the flag exists.`;
  const ratio = cache.cached.time.median / cache.cold.time.median;
  return [
    table(
      ['run', 'median (min–max)', 'ratio to cold'],
      [
        ['cold, no cache', `${secs(cache.cold.time.median)} (${range(cache.cold.time)})`, '1.00×'],
        ['first run with --cache (fills the cache; the warm-up)', cache.cached.warmupMs.map(secs).join(', '), times(cache.cached.warmupMs[0] / cache.cold.time.median)],
        ['later runs with --cache, nothing changed', `${secs(cache.cached.time.median)} (${range(cache.cached.time)})`, `${times(ratio)} (paired ${range(cache.cold.pairedRatio, times)})`],
      ],
    ),
    '',
    `Cached and cold runs report ${cache.sameReport ? 'the same' : '**different**'} results for every file.`,
  ].join('\n');
}

function builds(b) {
  const lib = b.libStale ? `lib/ is older than ${b.libStale} of its src/ files` : 'lib/ is up to date with src/';
  const bin = b.binStale ? `the CLI bundle ${b.bin} is older than ${b.binStale} src/ files` : `the CLI bundle ${b.bin} is newer than every src/ file`;
  const dist = b.distStale ? `dist/index.js (built ${b.distBuilt.slice(0, 16).replace('T', ' ')} UTC) is older than ${b.distStale} src/ files` : 'dist/index.js is newer than every src/ file';
  return `${lib}; ${bin}; ${dist}`;
}

/** The whole RESULTS.md. */
export function renderReport(results) {
  const m = results.machine;
  const s = results.schedule;
  const load = (l) => l.map((x) => x.toFixed(2)).join(' / ');
  const { sync, merge, action } = results;
  const commands = [
    ...results.runs.flatMap((run) => [`# ${label(run)}`, ...run.commands.map((c) => c.shown)]),
    ...(results.cache.skipped ? [] : [`# re-validation, ${results.cache.corpus}`, ...results.cache.commands]),
    '# action cold start',
    action.command,
    ...(results.actionRuns ?? []).flatMap((run) => [`# action, ${files(run.files)}`, ...run.commands]),
    ...(results.plan ? ['# plan --base against validate (in test/bench/.work/repos/history-1000)', ...results.plan.commands] : []),
    '# sync pacing (sandbox started in process by run.mjs)',
    sync.command,
  ];
  return `# flowkeeper benchmark results

Written by \`npm run bench\` (test/bench/run.mjs) on ${results.date.toISOString().replace('T', ' ').slice(0, 16)} UTC${results.quick ? ', a **--quick** smoke run: fewer runs, no 10,000-file corpora' : ''}; the run took ${secs(results.elapsedMs)}.

## Machine

${table(['CPU', 'cores', 'memory', 'Node', 'OS'], [[m.cpu, String(m.cores), `${m.memoryGiB.toFixed(1)} GiB`, m.node, m.os]])}

Builds measured as they were: ${builds(results.builds)}.

Load average (1 / 5 / 15 min) at the start: ${load(results.load.before)}; at the end: ${load(results.load.after)}. A load above the core count means other work shared the machine and the times are inflated; ratios, measured round-robin in the same run, suffer least.

## Targets

${table(['figure', 'target', 'measured (median)', 'verdict'], targetRows(results))}

## Whole-process runs

Wall time from spawn to exit, median of ${s.small.runs} runs after ${s.small.warmup} warm-up (10,000 files: ${s.large.runs} runs after ${s.large.warmup}), min–max in parentheses. The commands of a corpus run round-robin, the order rotated every round; a ratio is the ratio of medians, with the range of the per-round ratios in parentheses. Peak RSS is "Maximum resident set size" from /usr/bin/time -v${results.canMeasureRss ? '' : ' (not available on this machine)'}.

${table(['corpus', 'flowkeeper', 'ajv-cli', 'floor', 'flowkeeper ÷ ajv-cli', 'target', 'flowkeeper ÷ floor', 'target', 'flowkeeper peak RSS', 'ajv-cli peak RSS'], processRows(results))}

- **flowkeeper**, run as npm runs its bin (${results.builds.bin}, the CLI bundled by ncc), validates every file on its own, resolves each flow through its bases, judges the complete flow (cross-field rules, warnings) and places every finding at a line and column.
- **ajv-cli** validates each file on its own against schema/flow-file.schema.json: no bases, no cross-field rules, no positions. It exits 1 when a file is invalid, as expected here.
- **floor** (test/bench/floor.mjs) finds the same files, reads them and parses them with the parsers flowkeeper uses, in one process, and does nothing else. Found in lib/parse/ at run time: ${results.parsers.evidence.join('; ')}; so YAML with \`${results.parsers.yaml}\`, JSON with \`${results.parsers.json}\`.

## In process: mergeAndValidate

The high-assurance example's body applied to a flow stored from its base (examples/flows/), calls per second over ${merge.typical.n} slices of 250 ms after 500 ms of warm-up.

${table(['input', 'calls per second, median (min–max)', 'target'], [
    ['typical, valid', `${count(merge.typical.median)} (${range(merge.typical, count)})`, `≥ ${count(MERGE_TARGET)} ${verdict(merge.typical.median >= MERGE_TARGET)}`],
    ['with two errors (a range, an enum typo)', `${count(merge.withErrors.median)} (${range(merge.withErrors, count)})`, '—'],
  ])}

## Re-validating an unchanged repository with --cache

${cacheSection(results.cache)}

## Action cold start

\`node dist/index.js\` in validate mode on examples/flows (5 files), with a clean environment: median ${secs(action.time.median)} (${range(action.time)}) over ${action.time.n} runs after ${s.small.warmup} warm-up.

## The action on the corpora

\`node24 dist/index.js\` (the runner's Node 24, from the \`node\` dev dependency) in validate mode on a whole corpus, round-robin with ajv-cli on the same files; median (min–max).

${table(['corpus', 'action', 'ajv-cli', 'action ÷ ajv-cli', 'action peak RSS'], (results.actionRuns ?? []).map((run) => [
    files(run.files),
    `${secs(run.action.time.median)} (${range(run.action.time)})`,
    `${secs(run.ajv.time.median)} (${range(run.ajv.time)})`,
    `${times(run.action.time.median / run.ajv.time.median)} (${range(run.ajv.pairedRatio, times)})`,
    run.action.rssKb ? mib(run.action.rssKb.median) : 'n/a',
  ]))}

## plan --base against validate

${results.plan ? `A repository of 1,000 YAML files (test/bench/history.mjs) with ${results.plan.commits} commits; the last changed ${results.plan.changed} flows and the plan compares the working tree with the commit before it (the plan found ${results.plan.planned} changed flows). Round-robin, median (min–max):

${table(['command', 'median', 'ratio to validate'], [
    ['flowkeeper validate flows', `${secs(results.plan.validate.time.median)} (${range(results.plan.validate.time)})`, '1.00×'],
    ['flowkeeper plan flows --base HEAD~1', `${secs(results.plan.plan.time.median)} (${range(results.plan.plan.time)})`, `${times(results.plan.plan.time.median / results.plan.validate.time.median)} (paired ${range(results.plan.validate.pairedRatio, times)})`],
  ])}` : 'Not measured in this run.'}

## Sync pacing

${sync.flows} valid flows synced by the CLI (\`--rate ${sync.rate.requests}/${sync.rate.windowMs / 1000}s\`) to the sandbox on 127.0.0.1, limited to ${sync.rate.requests} requests per ${sync.rate.windowMs} ms per token. From the sandbox's request log:

${table(['requests', 'span, first to last', 'sustained rate per window', 'share of the limit', 'most in any window', 'statuses', 'CLI wall time'], [[
    count(sync.pacing.requests),
    secs(sync.pacing.spanMs),
    sync.pacing.perWindow.toFixed(2),
    `${(sync.pacing.share * 100).toFixed(1)}% ${verdict(sync.pacing.share >= SYNC_SHARE_TARGET)}`,
    `${sync.pacing.maxInWindow} of ${sync.rate.requests}`,
    Object.entries(sync.pacing.statuses).map(([k, v]) => `${v} × ${k}`).join(', '),
    secs(sync.wallMs),
  ]])}

The sustained rate is requests × window ÷ (span + window): a client that sends the full limit at the start of every window scores exactly the limit. The CLI reported ${sync.summary.updated} updated, ${sync.summary.failed} failed.${sync.changed ? ` Every flow is read before it is written, so a changed flow costs two requests and an unchanged one costs one: the first sync moved ${sync.changed.flowsPerWindow.toFixed(2)} changed flows per window (${(sync.changed.share * 100).toFixed(1)}% of the ${sync.rate.requests / 2} the limit allows); the same sync again, with nothing to change, read ${sync.unchanged.flowsPerWindow.toFixed(2)} flows per window (${(sync.unchanged.share * 100).toFixed(1)}% of ${sync.rate.requests}) and reported ${sync.againSummary.unchanged} unchanged in ${secs(sync.againWallMs)}.` : ''}

## Corpora

Generated by test/bench/generate.mjs from seed ${results.seed}: realistic flow files (a header comment, sign-up form, documents by country, liveness, steps, integrations), half of the flows extending one or two shared bases (base files have no id). About 20% of the flows carry one to three mistakes: out-of-range scores and attempt limits, enum typos, unknown keys, missing cross-field requirements. The last two columns are each tool's verdict in its last measured run.

${table(['corpus', 'files', 'bases', 'flows', 'flows with mistakes', 'mean size', 'flowkeeper found', 'ajv-cli found'], corpusRows(results))}

ajv-cli finds fewer invalid files: a missing cross-field requirement (a rule of the complete flow) is invisible to the file schema on its own.

## Commands

Run from the repository root, all on the same Node binary (\`node\` below; ajv-cli's bin script too), each wrapped in \`/usr/bin/time -v -o FILE\`, stdout and stderr to files under test/bench/.work/logs/.

\`\`\`sh
${commands.join('\n')}
\`\`\`
`;
}
