#!/usr/bin/env node
// flowkeeper's benchmark: flowkeeper against its peers, its own floor and its targets.
//
//   node test/bench/run.mjs [options]          (npm run bench)
//
// Options:
//   --quick          a smoke run: 1 warm-up + 3 runs, no 10,000-file corpora (the cache and
//                    memory figures then come from 1,000 files); writes
//                    test/bench/.work/RESULTS.quick.md unless --output says otherwise
//   --runs N         measured runs per comparison (default 5)
//   --warmup N       unmeasured runs before them (default 1)
//   --output FILE    where to write the report (default test/bench/RESULTS.md)
//   --regenerate     rewrite the generated repositories even when their stamp matches
//
// Needs a build (npm run build: lib/) and the action bundle (npm run bundle: dist/index.js).
// Generated repositories live in test/bench/.work/ (gitignored) and are reused while the
// generator's version and seed match. Nothing leaves the machine: the only server is a sandbox
// on 127.0.0.1. A full run takes about 10 minutes on 2 cores.
//
// Exit codes: 0 the report was written, whatever the figures say; 1 a measured command crashed
// or the benchmark itself failed; 2 something it needs is missing (build, bundle, ajv-cli).

import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { detectParsers } from './floor.mjs';
import { ensureRepository } from './generate.mjs';
import { ensureHistory } from './history.mjs';
import { canMeasureRss, CommandFailed, compareCommands, opsPerSecond, pacingOf, runProcess } from './measure.mjs';
import { renderReport } from './report.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORK = path.join(ROOT, 'test', 'bench', '.work');
const SEED = 20240601;
const NODE = process.execPath;
// The runner's Node for `runs.using: node24` (the `node` dev dependency).
const NODE24 = path.join(ROOT, 'node_modules', 'node', 'bin', 'node');
// What a user runs: the package's bin (the bundled CLI), found as npm finds it.
const CLI = path.normalize(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).bin.flowkeeper);
const SCHEMAS = ['-s', 'schema/flow-file.schema.json', '-r', 'schema/update-body.schema.json', '-r', 'schema/sections.schema.json'];
const SYNC_RATE = { requests: 20, windowMs: 1000 };
const SYNC_FLOWS = 100;

function parseArgs(argv) {
  const options = { quick: false, runs: undefined, warmup: 1, output: undefined, regenerate: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const number = () => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0) usage(`${arg} needs a whole number`);
      return n;
    };
    if (arg === '--quick') options.quick = true;
    else if (arg === '--runs') options.runs = Math.max(1, number());
    else if (arg === '--warmup') options.warmup = number();
    else if (arg === '--output') options.output = path.resolve(argv[++i] ?? usage('--output needs a file'));
    else if (arg === '--regenerate') options.regenerate = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 22).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
      process.exit(0);
    } else usage(`unknown option ${arg}`);
  }
  options.output ??= options.quick ? path.join(WORK, 'RESULTS.quick.md') : path.join(ROOT, 'test', 'bench', 'RESULTS.md');
  return options;
}

function usage(message) {
  process.stderr.write(`bench: ${message} (see --help)\n`);
  process.exit(2);
}

/** Everything the run needs that it does not make itself; missing ones end it with exit 2. */
function checkPrerequisites() {
  const needed = [
    [CLI, 'npm run build'],
    ['lib/index.js', 'npm run build'],
    ['lib/sandbox/index.js', 'npm run build'],
    ['dist/index.js', 'npm run bundle'],
    ['node_modules/.bin/ajv', 'npm ci (ajv-cli is a dev dependency)'],
    ['node_modules/node/bin/node', 'npm ci (node@24 is a dev dependency)'],
  ];
  const missing = needed.filter(([file]) => !existsSync(path.join(ROOT, file)));
  if (missing.length) {
    for (const [file, fix] of missing) process.stderr.write(`bench: ${file} is missing; run ${fix} first\n`);
    process.exit(2);
  }
}

/**
 * How current the measured builds are: src/ files changed after their lib/ output, and after
 * dist/index.js. The benchmark measures the builds as they are and says so; it never rebuilds.
 */
function describeBuilds() {
  const mtime = (file) => {
    try {
      return statSync(file).mtimeMs;
    } catch {
      return 0;
    }
  };
  const sources = readdirSync(path.join(ROOT, 'src'), { recursive: true }).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  const dist = mtime(path.join(ROOT, 'dist', 'index.js'));
  const bin = mtime(path.join(ROOT, CLI));
  const newer = (f, than) => mtime(path.join(ROOT, 'src', f)) > than;
  return {
    libStale: sources.filter((f) => newer(f, mtime(path.join(ROOT, 'lib', f.replace(/\.ts$/, '.js'))))).length,
    bin: CLI.split(path.sep).join('/'),
    binStale: sources.filter((f) => newer(f, bin)).length,
    distBuilt: new Date(dist).toISOString(),
    distStale: sources.filter((f) => newer(f, dist)).length,
  };
}

function describeMachine() {
  const cpus = os.cpus();
  let distro = '';
  try {
    distro = /PRETTY_NAME="?([^"\n]+)/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
  } catch {}
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: os.totalmem() / 2 ** 30,
    node: process.version,
    os: `${distro ? `${distro}, ` : ''}${os.type()} ${os.release()} ${os.arch()}`,
  };
}

const rel = (p) => path.relative(ROOT, p).split(path.sep).join('/');
const log = (line) => process.stdout.write(`${line}\n`);
const secs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/**
 * A command as it runs (cwd: the repository root) and as the report shows it: `shownAs` and
 * `shownArgs` name it the way a person would type it, `shownEnv` the environment it needs.
 */
function command(key, label, args, extra = {}) {
  const c = { key, label, command: NODE, args, cwd: ROOT, logFile: path.join(WORK, 'logs', `${key}.log`), ...extra };
  const quote = (a) => (/[\s*'"]/.test(a) ? `'${a}'` : a);
  const env = Object.entries(c.shownEnv ?? {}).map(([k, v]) => `${k}=${quote(v)} `).join('');
  return { ...c, shown: `${env}${c.shownAs ?? 'node'} ${(c.shownArgs ?? args).map(quote).join(' ')}` };
}

/** ajv-cli judging each file of a corpus on its own against the flow-file schema: no bases, no positions. */
function ajvCommand(key, corpus) {
  const dir = rel(corpus.dir);
  const ext = corpus.format === 'json' ? 'json' : 'yaml';
  const ajvScript = rel(realpathSync(path.join(ROOT, 'node_modules/.bin/ajv')));
  const ajvArgs = ['validate', '--spec=draft2020', '--strict=false', ...SCHEMAS, '-d', `${dir}/**/*.${ext}`];
  // Run on the same Node as everything else; the report shows it by its bin name.
  return command(key, 'ajv-cli', [ajvScript, ...ajvArgs], { codes: [0, 1], shownAs: 'node_modules/.bin/ajv', shownArgs: ajvArgs });
}

async function measureCorpus(corpus, parsers, schedule) {
  const dir = rel(corpus.dir);
  const commands = [
    command(`fk-${corpus.name}`, 'flowkeeper', [CLI, 'validate', dir, '--root', dir, '--format', 'json', '--output', rel(path.join(WORK, 'out', `${corpus.name}.json`))], { codes: [0, 1] }),
    ajvCommand(`ajv-${corpus.name}`, corpus),
    command(`floor-${corpus.name}`, 'floor', ['test/bench/floor.mjs', '--yaml', parsers.yaml, '--json', parsers.json, dir]),
  ];
  const results = await compareCommands(commands, { ...schedule, onSample: (c, r, warm) => log(`  ${corpus.name} ${c.label}${warm ? ' (warm-up)' : ''}: ${secs(r.ms)}`) });
  const found = checkCorpus(corpus);
  return { corpus: corpus.name, format: corpus.format, files: corpus.summary.files, commands: commands.map((c) => ({ label: c.label, shown: c.shown })), flowkeeper: results[commands[0].key], ajv: results[commands[1].key], floor: results[commands[2].key], found };
}

const lines = (file, pattern) => {
  try {
    return readFileSync(file, 'utf8').split('\n').filter((l) => pattern.test(l)).length;
  } catch {
    return 0;
  }
};

/**
 * What each tool made of the corpus in its last run: whether flowkeeper's report names exactly
 * the files generated with mistakes, how many files ajv-cli judged (its glob must match them
 * all) and found invalid, and how many the floor parsed.
 */
function checkCorpus(corpus) {
  const logs = (key) => path.join(WORK, 'logs', `${key}-${corpus.name}.log`);
  const ajvInvalid = lines(logs('ajv'), / invalid$/);
  const ajvJudged = ajvInvalid + lines(`${logs('ajv')}.out`, / valid$/);
  const floorParsed = Number(/^(\d+) files parsed/m.exec(readFileSync(`${logs('floor')}.out`, 'utf8'))?.[1] ?? 0);
  if (ajvJudged !== corpus.summary.files || floorParsed !== corpus.summary.files) {
    throw new Error(`${corpus.name}: ajv-cli judged ${ajvJudged} and the floor parsed ${floorParsed} of ${corpus.summary.files} files; the comparison would be void`);
  }
  return { ajvInvalid, ...flowkeeperVerdicts(corpus) };
}

function flowkeeperVerdicts(corpus) {
  try {
    const report = JSON.parse(readFileSync(path.join(WORK, 'out', `${corpus.name}.json`), 'utf8'));
    const prefix = `${rel(corpus.dir)}/`;
    const expected = new Set(corpus.summary.invalid.map((p) => prefix + p));
    const invalid = report.files.filter((f) => !f.valid).map((f) => f.path);
    const agree = invalid.length === expected.size && invalid.every((p) => expected.has(p));
    return { files: report.summary.files, invalid: invalid.length, expectedInvalid: expected.size, agree };
  } catch (error) {
    return { error: error.message };
  }
}

async function measureMerge() {
  const { mergeAndValidate } = await import(pathToFileURL(path.join(ROOT, 'lib', 'index.js')).href);
  const read = (file) => parseYaml(readFileSync(path.join(ROOT, file), 'utf8'));
  // A typical sync: the example high-assurance flow's body onto a flow stored from its base.
  const { id, extends: _, ...patch } = read('examples/flows/high-assurance.yaml');
  const baseline = { ...read('examples/flows/bases/lumen-standard.yaml'), _id: id, status: 'active' };
  const broken = { ...patch, liveness: { ...patch.liveness, minScore: 0.95 }, steps: { document: 'mandatroy', liveness: 'mandatory' } };
  const valid = mergeAndValidate(baseline, patch);
  const invalid = mergeAndValidate(baseline, broken);
  if (!valid.valid || invalid.valid) throw new Error('mergeAndValidate judged the benchmark inputs unexpectedly; the inputs need a look');
  return {
    typical: opsPerSecond(() => mergeAndValidate(baseline, patch).valid, { sliceMs: 250, slices: 8 }),
    withErrors: opsPerSecond(() => mergeAndValidate(baseline, broken).valid, { sliceMs: 250, slices: 4 }),
  };
}

async function measureCache(corpus, schedule) {
  const help = execFileSync(NODE, [CLI, 'validate', '--help'], { cwd: ROOT, encoding: 'utf8' });
  if (!/--cache\b/.test(help)) return { skipped: '`flowkeeper validate --help` lists no --cache flag in this build' };
  if (!/--cache-location\b/.test(help)) return { skipped: '`flowkeeper validate --help` lists --cache but no --cache-location' };
  const dir = rel(corpus.dir);
  const cacheFile = path.join(WORK, 'cache', `${corpus.name}.cache`);
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  rmSync(cacheFile, { force: true });
  const out = (name) => rel(path.join(WORK, 'out', `${name}.json`));
  const base = [CLI, 'validate', dir, '--root', dir, '--format', 'json'];
  // Cached first: its warm-up is the run that fills the cache (the file was just deleted).
  const commands = [
    command(`cached-${corpus.name}`, 'flowkeeper --cache', [...base, '--output', out('cached'), '--cache', '--cache-location', rel(cacheFile)], { codes: [0, 1] }),
    command(`cold-${corpus.name}`, 'flowkeeper (no cache)', [...base, '--output', out('cold')], { codes: [0, 1] }),
  ];
  const results = await compareCommands(commands, { warmup: Math.max(1, schedule.warmup), runs: schedule.runs, onSample: (c, r, warm) => log(`  cache ${c.label}${warm ? ' (warm-up)' : ''}: ${secs(r.ms)}`) });
  const strip = (file) => JSON.stringify(JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')).files);
  const sameReport = strip(out('cached')) === strip(out('cold'));
  return { corpus: corpus.name, commands: commands.map((c) => c.shown), cached: results[commands[0].key], cold: results[commands[1].key], sameReport };
}

/**
 * The action in validate mode as the runner starts it: `node24 dist/index.js` from the
 * repository root, with a clean environment holding only what the runner gives. `files` is
 * what it validates; `key` names its logs.
 */
function actionCommand(key, files, options = {}) {
  const temp = path.join(WORK, 'action', key);
  mkdirSync(temp, { recursive: true });
  const event = path.join(temp, 'event.json');
  writeFileSync(event, '{}');
  // Relative paths (the action runs from the repository root), so the report shows the command as run.
  const githubEnv = {
    INPUT_MODE: 'validate',
    INPUT_FILES: files,
    GITHUB_WORKSPACE: ROOT,
    GITHUB_OUTPUT: rel(path.join(temp, 'output')),
    GITHUB_STEP_SUMMARY: rel(path.join(temp, 'summary')),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: rel(event),
    GITHUB_REPOSITORY: 'o/r',
    RUNNER_TEMP: rel(temp),
    // Nothing could leave the machine even if the action tried: port 9 on loopback.
    GITHUB_API_URL: 'http://127.0.0.1:9',
  };
  for (const file of ['output', 'summary']) writeFileSync(path.join(temp, file), '');
  // A clean environment: the runner's own GITHUB_*/INPUT_* variables must not leak in.
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.homedir(), ...githubEnv };
  const shownEnv = { ...githubEnv, GITHUB_WORKSPACE: '$PWD' };
  return command(key, 'action', ['dist/index.js'], { env, shownEnv, command: options.node ?? NODE, shownAs: options.node ? 'node24' : 'node', codes: [0, 1] });
}

async function measureAction(schedule) {
  const action = actionCommand('action', 'examples/flows');
  const results = await compareCommands([action], { ...schedule, onSample: (c, r, warm) => log(`  action${warm ? ' (warm-up)' : ''}: ${secs(r.ms)}`) });
  return { command: action.shown, ...results.action };
}

/** The action under Node 24 on a corpus, against ajv-cli on the same files, round-robin. */
async function measureActionCorpus(corpus, schedule) {
  const commands = [actionCommand(`action-${corpus.name}`, rel(corpus.dir), { node: NODE24 }), ajvCommand(`ajv-action-${corpus.name}`, corpus)];
  const results = await compareCommands(commands, { ...schedule, onSample: (c, r, warm) => log(`  ${corpus.name} ${c.label}${warm ? ' (warm-up)' : ''}: ${secs(r.ms)}`) });
  return { corpus: corpus.name, files: corpus.files, format: corpus.format, commands: commands.map((c) => c.shown), action: results[commands[0].key], ajv: results[commands[1].key] };
}

/**
 * `plan --base` against `validate` on the same working tree: a repository with a history whose
 * last commit changed a few flows, planned against the commit before it, as a pull request is.
 */
async function measurePlan(history, schedule) {
  const cli = path.join(ROOT, CLI);
  const out = (name) => path.join(WORK, 'out', `${name}.json`);
  const inRepo = { cwd: history.dir, codes: [0, 1] };
  const commands = [
    command('plan-history', 'flowkeeper plan --base', [cli, 'plan', 'flows', '--base', history.base, '--format', 'json', '--output', out('plan-history')], { ...inRepo, shownArgs: [CLI, 'plan', 'flows', '--base', history.base, '--format', 'json', '--output', 'plan.json'] }),
    command('validate-history', 'flowkeeper validate', [cli, 'validate', 'flows', '--format', 'json', '--output', out('validate-history')], { ...inRepo, shownArgs: [CLI, 'validate', 'flows', '--format', 'json', '--output', 'validate.json'] }),
  ];
  const results = await compareCommands(commands, { ...schedule, onSample: (c, r, warm) => log(`  ${c.label}${warm ? ' (warm-up)' : ''}: ${secs(r.ms)}`) });
  const plan = JSON.parse(readFileSync(out('plan-history'), 'utf8'));
  const changed = (plan.flows ?? []).filter((flow) => flow.change === 'changed').length;
  return { commits: history.commits, changed: history.changed, planned: changed, commands: commands.map((c) => c.shown), plan: results['plan-history'], validate: results['validate-history'] };
}

/** Flows per window of a sync phase, from its slice of the sandbox's log, as a share of what the limit allows. */
function throughputOf(entries, flows, requestsPerFlow) {
  const pacing = pacingOf(entries, SYNC_RATE);
  const times = entries.map((e) => e.at);
  const span = times.length ? Math.max(...times) - Math.min(...times) : 0;
  const flowsPerWindow = (flows * SYNC_RATE.windowMs) / (span + SYNC_RATE.windowMs);
  const allowed = SYNC_RATE.requests / requestsPerFlow;
  return { pacing, flows, requestsPerFlow, flowsPerWindow, flowsPerMinuteAt50: (flowsPerWindow / SYNC_RATE.requests) * 50, share: flowsPerWindow / allowed };
}

/**
 * Sync throughput against the sandbox with a short rate window: first every flow changes (a GET
 * and a PUT each), then the same sync again with nothing to change (a GET each).
 */
async function measureSync(corpus) {
  const { startSandbox } = await import(pathToFileURL(path.join(ROOT, 'lib', 'sandbox', 'index.js')).href);
  const token = `bench-${randomBytes(12).toString('hex')}`;
  const flows = corpus.summary.ids.map((id) => ({ id, flow: { status: 'draft' } }));
  const handle = await startSandbox({ host: '127.0.0.1', tokens: token, rateLimit: SYNC_RATE, flows });
  const rate = `${SYNC_RATE.requests}/${SYNC_RATE.windowMs % 1000 ? `${SYNC_RATE.windowMs}ms` : `${SYNC_RATE.windowMs / 1000}s`}`;
  const dir = rel(corpus.dir);
  const out = path.join(WORK, 'out', 'sync.json');
  const sync = command('sync', 'flowkeeper sync', [CLI, 'sync', dir, '--root', dir, '--api-url', handle.url, '--rate', rate, '--force', '--format', 'json', '--output', rel(out)], {
    env: { ...process.env, FLOWKEEPER_TOKEN: token },
    shownEnv: { FLOWKEEPER_TOKEN: '…' },
    codes: [0, 1],
  });
  try {
    const run = await runProcess(sync);
    const first = handle.log.entries();
    const summary = JSON.parse(readFileSync(out, 'utf8')).summary;
    // The server counts the first run's last window against the same token: a second process
    // started at once meets a 429 a user's next run would not. Wait that window out.
    await new Promise((resolve) => setTimeout(resolve, SYNC_RATE.windowMs));
    const again = await runProcess(sync);
    const second = handle.log.entries().slice(first.length);
    const againSummary = JSON.parse(readFileSync(out, 'utf8')).summary;
    const pacing = pacingOf(first, SYNC_RATE);
    const changed = throughputOf(first, summary.updated, 2);
    const unchanged = throughputOf(second, againSummary.unchanged ?? 0, 1);
    log(`  sync: ${pacing.requests} requests in ${secs(pacing.spanMs)}, ${pacing.perWindow.toFixed(1)} per window, ${pacing.tooMany} × 429`);
    log(`  changed flows: ${changed.flowsPerWindow.toFixed(2)} per window (${(changed.share * 100).toFixed(1)}%); unchanged: ${unchanged.flowsPerWindow.toFixed(2)} per window (${(unchanged.share * 100).toFixed(1)}%)`);
    return { command: sync.shown.replace(handle.url, 'http://127.0.0.1:PORT'), rate: SYNC_RATE, flows: flows.length, wallMs: run.ms, againWallMs: again.ms, pacing, summary, againSummary, changed, unchanged };
  } finally {
    await handle.close();
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  checkPrerequisites();
  for (const sub of ['repos', 'out', 'logs']) mkdirSync(path.join(WORK, sub), { recursive: true });
  const started = Date.now();
  const loadBefore = os.loadavg();
  if (loadBefore[0] > os.cpus().length) log(`note: load average ${loadBefore[0].toFixed(2)} on ${os.cpus().length} cores; other work shares the machine and absolute figures will be inflated`);
  const small = { warmup: options.warmup, runs: options.runs ?? (options.quick ? 3 : 5) };
  const large = { warmup: options.warmup, runs: options.runs ?? 5 };

  const builds = describeBuilds();
  if (builds.libStale || builds.binStale || builds.distStale) log(`note: ${builds.libStale} src/ files are newer than their lib/ output, ${builds.binStale} newer than ${builds.bin}, ${builds.distStale} newer than dist/index.js; measuring the builds as they are`);
  const parsers = detectParsers(ROOT);
  log(`floor parsers: YAML ${parsers.yaml}, JSON ${parsers.json}`);

  const sizes = options.quick ? [1, 1000] : [1, 1000, 10_000];
  const corpora = [];
  for (const files of sizes) {
    for (const format of ['yaml', 'json']) {
      const name = `${format}-${files}`;
      const dir = path.join(WORK, 'repos', name);
      const summary = ensureRepository(dir, { files, format, seed: SEED }, { force: options.regenerate });
      log(`${name}: ${summary.reused ? 'reused' : 'generated'} (${summary.files} files, ${summary.invalid.length} with mistakes, ${summary.meanBytes} bytes on average)`);
      corpora.push({ name, format, files, dir, summary });
    }
  }
  const syncDir = path.join(WORK, 'repos', `sync-${SYNC_FLOWS}`);
  const syncCorpus = { name: 'sync', dir: syncDir, summary: ensureRepository(syncDir, { files: SYNC_FLOWS + 3, format: 'yaml', seed: SEED + 1, errorShare: 0 }, { force: options.regenerate }) };

  log('mergeAndValidate, in process');
  const merge = await measureMerge();
  log(`  ${Math.round(merge.typical.median).toLocaleString('en-US')} calls/s`);

  const runsByCorpus = [];
  for (const corpus of corpora) {
    log(`validate ${corpus.name}`);
    runsByCorpus.push(await measureCorpus(corpus, parsers, corpus.files >= 10_000 ? large : small));
  }

  const cacheCorpus = corpora.find((c) => c.name === (options.quick ? 'yaml-1000' : 'yaml-10000'));
  log(`re-validation with --cache, ${cacheCorpus.name}`);
  const cache = await measureCache(cacheCorpus, cacheCorpus.files >= 10_000 ? large : small);
  if (cache.skipped) log(`  skipped: ${cache.skipped}`);

  log('action cold start');
  const action = await measureAction(small);
  const actionRuns = [];
  for (const corpus of corpora.filter((c) => c.format === 'yaml' && c.files >= 1000)) {
    log(`action (node24 dist/index.js) ${corpus.name}`);
    actionRuns.push(await measureActionCorpus(corpus, corpus.files >= 10_000 ? large : small));
  }

  const history = ensureHistory(path.join(WORK, 'repos', 'history-1000'), { seed: SEED + 2, force: options.regenerate });
  log(`plan --base against validate, 1,000 flows, ${history.commits} commits, the last changing ${history.changed} (${history.reused ? 'reused' : 'generated'})`);
  const plan = await measurePlan(history, small);

  log(`sync pacing, ${SYNC_FLOWS} flows at ${SYNC_RATE.requests} per ${SYNC_RATE.windowMs} ms`);
  const sync = await measureSync(syncCorpus);

  const results = {
    date: new Date(),
    quick: options.quick,
    schedule: { small, large },
    machine: describeMachine(),
    builds,
    load: { before: loadBefore, after: os.loadavg() },
    canMeasureRss,
    seed: SEED,
    parsers,
    // Counts only: the lists of ids and invalid files stay in the stamps.
    corpora: corpora.map(({ name, format, files, summary: { ids, invalid, ...counts } }) => ({ name, format, files, summary: { ...counts, invalid: invalid.length } })),
    runs: runsByCorpus,
    merge,
    cache,
    action,
    actionRuns,
    plan,
    sync,
    elapsedMs: Date.now() - started,
  };
  mkdirSync(path.dirname(options.output), { recursive: true });
  writeFileSync(options.output, renderReport(results));
  writeFileSync(path.join(WORK, options.quick ? 'results.quick.json' : 'results.json'), JSON.stringify(results, null, 2));
  log(`wrote ${rel(options.output)} after ${secs(results.elapsedMs)}`);
}

try {
  await main();
} catch (error) {
  process.stderr.write(`bench: ${error instanceof CommandFailed ? 'a measured command failed: ' : ''}${error?.stack ?? error}\n`);
  process.exit(1);
}
