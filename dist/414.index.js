export const id = 414;
export const ids = [414];
export const modules = {

/***/ 67414:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _plain_env_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80425);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85263);


// The action's only side effect: the runner starts this file (action.yml's runs.main is its bundle).
(0,_plain_env_js__WEBPACK_IMPORTED_MODULE_1__/* .usePlainEnv */ .f)();
// A cancelled job gets SIGINT, then SIGTERM 7.5 s later: either stops a sync early, with its
// report, summary and outputs written for what happened.
const stop = new AbortController();
for (const name of ['SIGINT', 'SIGTERM'])
    process.once(name, () => stop.abort(`interrupted by ${name}`));
await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)(stop.signal);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 85263:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./lib/api/pacing.js
var pacing = __webpack_require__(29622);
// EXTERNAL MODULE: ./lib/api/redact.js
var api_redact = __webpack_require__(16279);
// EXTERNAL MODULE: ./lib/printable.js
var printable = __webpack_require__(96072);
;// CONCATENATED MODULE: ./lib/formatters/terminal.js
// Each style closes with its own reset code (not the full reset 0) so styles can nest.
const sgr = (open, close) => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const COLOURS = {
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39),
    cyan: sgr(36, 39),
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    underline: sgr(4, 24),
};
const identity = (text) => text;
const PLAIN = {
    red: identity,
    yellow: identity,
    green: identity,
    cyan: identity,
    bold: identity,
    dim: identity,
    underline: identity,
};
/** The colour functions to use: ANSI styles when `color` is true, plain text otherwise. */
function paint(color) {
    return color ? COLOURS : PLAIN;
}
// The rule lives beside the files code, which refuses file names it would have to escape.


;// CONCATENATED MODULE: ./lib/formatters/sync-progress.js

const SAID_WHY = new Set(['failed', 'unknown', 'rollback-failed']);
/**
 * One line for one flow of a sync as it ends, for logs read as they grow (CI, the action's log):
 * `[3/12] failed flows/a.yaml (65f…): HTTP 422: …`. Pure; control characters shown escaped.
 */
function syncProgressLine({ done, total, result }) {
    const why = SAID_WHY.has(result.outcome) && result.message ? `: ${(0,printable/* printable */.g$)(result.message)}` : '';
    return `[${done}/${total}] ${result.outcome} ${(0,printable/* printable */.g$)(result.path)} (${(0,printable/* printable */.g$)(result.id)})${why}`;
}

// EXTERNAL MODULE: ./lib/git/run-git.js
var run_git = __webpack_require__(73464);
// EXTERNAL MODULE: ./lib/sync/guard.js
var guard = __webpack_require__(29642);
// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(13411);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./lib/action/context.js

/**
 * Reads the workflow's context from the runner's variables, as `@actions/github`'s `Context`
 * does, without loading that package (and Octokit with it) on runs that never call GitHub's
 * API. Outside GitHub, where the variables are missing, the event is empty and the repository
 * unknown (`''`), rather than a crash.
 */
function actionContext(env) {
    let payload = {};
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath && (0,external_node_fs_.existsSync)(eventPath))
        payload = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        repo: repositoryOf(env.GITHUB_REPOSITORY, payload),
        runId: Number.parseInt(env.GITHUB_RUN_ID ?? '', 10),
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    };
}
function repositoryOf(variable, payload) {
    if (variable) {
        const [owner = '', repo = ''] = variable.split('/');
        return { owner, repo };
    }
    const repository = payload.repository;
    const owner = repository?.owner?.login;
    const name = repository?.name;
    return typeof owner === 'string' && typeof name === 'string' ? { owner, repo: name } : { owner: '', repo: '' };
}

;// CONCATENATED MODULE: ./lib/formatters/report-budget.js
const JSON_REPORT = 'the JSON report (the action\'s `report` output; the example pull-request workflow uploads it as the `flowkeeper-report` artifact)';
/** A pull-request comment: GitHub refuses more than 65,536 characters; 536 are kept as a margin. */
const COMMENT_BUDGET = { limit: 65_000, measure: 'characters', elsewhere: `the job summary and ${JSON_REPORT}`, maxProblemRows: 100, maxJourneys: 5 };
/** The job summary: GitHub refuses more than 1 MiB (1,048,576 bytes); this stays well below. */
const SUMMARY_BUDGET = { limit: 1_000_000, measure: 'bytes', elsewhere: `${JSON_REPORT} and the job log`, maxProblemRows: Number.POSITIVE_INFINITY, maxJourneys: 5 };
/** The drift issue: an issue body has the comment's limit. */
const ISSUE_BUDGET = { ...COMMENT_BUDGET, elsewhere: `the job summary of the run that wrote it and ${JSON_REPORT}` };
/** What the note on left-out content may measure at most: a few lines, one per kind of content. */
const NOTE_RESERVE = 2_000;
/** The size of `text` as the budget counts it. */
function measure(text, budget) {
    return budget.measure === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}
/** How many of `pieces`, from the first, fit in `room` when each is followed by a newline. */
function countFitting(pieces, room, budget) {
    let used = 0;
    for (let index = 0; index < pieces.length; index += 1) {
        used += measure(pieces[index], budget) + 1;
        if (used > room)
            return index;
    }
    return pieces.length;
}
/** Lines joined, each ending with a newline; empty for no lines. */
function block(lines) {
    return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
/**
 * The closing note of a report that left things out: one line per kind, already counted, and
 * where the rest is. Empty when nothing was left out.
 */
function leftOutNote(left, budget) {
    if (left.length === 0)
        return '';
    return block(['### Not shown here', '', 'Left out to keep this readable and within GitHub\'s size limit:', '', ...left.map((line) => `- ${line}`), '', `Everything is in ${budget.elsewhere}.`, '']);
}

// EXTERNAL MODULE: ./lib/count-of.js
var count_of = __webpack_require__(37492);
;// CONCATENATED MODULE: ./lib/formatters/drift-summary.js

/** Counts the flows read, drifted and unreadable, and the drifted fields that weaken verification. */
function driftCounts(report) {
    return {
        read: report.flows.length,
        drifted: report.drifted.length,
        unreadable: report.unreadable.length,
        weakening: report.flows.reduce((sum, flow) => sum + flow.changes.filter((c) => c.weakens).length, 0),
    };
}
/**
 * `Drift: 2 of 5 flows differ from their files; 1 field weakens verification; 1 flow could not be
 * read`, or `No drift: …` when the server holds what every file says.
 */
function driftSummaryText(counts) {
    const unreadable = counts.unreadable === 0 ? '' : `; ${(0,count_of/* countOf */.p)(counts.unreadable, 'flow')} could not be read`;
    if (counts.drifted === 0)
        return `No drift: the API holds what ${(0,count_of/* countOf */.p)(counts.read, 'flow file')} ${counts.read === 1 ? 'says' : 'say'}${unreadable}`;
    const weakening = counts.weakening === 0 ? '' : `; ${(0,count_of/* countOf */.p)(counts.weakening, 'field')} on the server ${counts.weakening === 1 ? 'weakens' : 'weaken'} verification`;
    return `Drift: ${counts.drifted} of ${(0,count_of/* countOf */.p)(counts.read, 'flow')} ${counts.drifted === 1 ? 'differs from its file' : 'differ from their files'}${weakening}${unreadable}`;
}

// EXTERNAL MODULE: ./lib/reports/order.js
var order = __webpack_require__(58499);
;// CONCATENATED MODULE: ./lib/formatters/locations.js

/** A repository-relative path with `/` separators and no leading `./`, as annotations expect. */
function repoPath(path) {
    return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
/**
 * The file a diagnostic is in: its own `file` when set (an error found in a base file that this
 * file extends), else the file whose result lists it.
 */
function diagnosticFile(result, diagnostic) {
    return repoPath(diagnostic.file ?? result.path);
}
/** A line or column only when it is a usable 1-based position. */
function position(value) {
    return value !== undefined && Number.isInteger(value) && value >= 1 ? value : undefined;
}
/**
 * Every diagnostic of a file in reading order: `extends` errors first, then its own file, then bases, each by line and
 * column (a stable sort keeps the engine's order among equals, errors before warnings).
 */
function diagnosticsOf(result) {
    const own = repoPath(result.path);
    const rank = (d) => (diagnosticFile(result, d) === own ? 0 : 1);
    return [...result.errors, ...result.warnings].sort((a, b) => 
    // A broken chain of bases first: the flow is not judged past it.
    Number(a.rule !== 'extends') - Number(b.rule !== 'extends') ||
        rank(a) - rank(b) ||
        (0,order/* compareText */.n)(diagnosticFile(result, a), diagnosticFile(result, b)) ||
        (position(a.line) ?? 0) - (position(b.line) ?? 0) ||
        (position(a.column) ?? 0) - (position(b.column) ?? 0));
}
/**
 * The usable range of a finding, or undefined without a line. Columns only on one line: GitHub
 * ignores them on an annotation over several lines, and an end column needs a start column.
 */
function placeRange(d) {
    const line = position(d.line);
    if (line === undefined)
        return undefined;
    const column = position(d.column);
    const endLine = position(d.endLine);
    if (endLine === undefined || endLine < line)
        return { line, ...(column === undefined ? {} : { column }) };
    const endColumn = position(d.endColumn);
    const withEnd = endLine === line && column !== undefined && endColumn !== undefined && endColumn > column ? { endColumn } : {};
    return { line, ...(column === undefined ? {} : { column }), endLine, ...(column === undefined ? {} : withEnd) };
}
/**
 * Which findings of a report to show once where each is one annotation or result (GitHub, SARIF):
 * a base's finding, told in full by one file and referred to by the others that extend the base,
 * is kept where it is told in full (its own file's result, else the first that lists it).
 */
function toldOnce(files) {
    const place = (file, d) => `${d.severity}\u0000${diagnosticFile(file, d)}\u0000${d.line}\u0000${d.column}\u0000${d.rule}\u0000${d.field}`;
    const own = (file, d) => diagnosticFile(file, d) === repoPath(file.path);
    const owner = new Map();
    for (const file of files)
        for (const d of [...file.errors, ...file.warnings])
            if (own(file, d))
                owner.set(place(file, d), file);
    for (const file of files)
        for (const d of [...file.errors, ...file.warnings])
            if (!owner.has(place(file, d)))
                owner.set(place(file, d), file);
    return (file, d) => owner.get(place(file, d)) === file;
}

;// CONCATENATED MODULE: ./lib/formatters/markdown-escape.js

// Text from flow files reaches GitHub's renderer in two shapes. Values, paths and ids go into
// backtick code spans: inside one, GitHub parses no Markdown or HTML, makes no autolink, mention
// or issue reference, and shows every character as written. Prose (messages, the base ref)
// is backslash-escaped, and any word of it that GitHub would turn into a link (a URL, `www.`,
// an e-mail, an @mention, a #42 or owner/repo#1 reference) goes into a code span as well.
// Character references (`&#95;`) are not used: GFM's autolinker runs over them and shows the
// codes in both the visible text and the link's target.
/** ASCII punctuation that can start Markdown syntax or HTML; each is backslash-escaped. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#+!|~&$^]/g;
/** A word that GFM or GitHub would link, ping or reference: kept whole and shown as code. */
const LINKABLE = /\S*(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|www\.|@|#\w|\bGH-\d)\S*/gi;
function backslashEscape(text) {
    return text.replace(MARKDOWN_SPECIAL, (char) => `\\${char}`);
}
/**
 * Shows text as an inline code span: a backtick fence longer than any run of backticks inside,
 * padded with a space on each side when the text starts or ends with a backtick or a space (the
 * renderer strips one from each side). Control and invisible characters become `\u202e`-style
 * escapes first, so the span holds one line and shows what the value really is.
 * In a table cell, use {@link markdownCodeCell}.
 */
function markdown_escape_markdownCode(text) {
    const shown = (0,printable/* printable */.g$)(text);
    if (shown === '')
        return '*empty*';
    const longest = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = /^[` ]|[` ]$/.test(shown) && shown.trim() !== '' ? ' ' : '';
    return `${fence}${pad}${shown}${pad}${fence}`;
}
/**
 * {@link markdownCode} for a GFM table cell: a `|` is written `\|`, which the table parser reads
 * as a pipe even inside a code span, so the value cannot add a cell.
 */
function markdownCodeCell(text) {
    return markdown_escape_markdownCode(text).replace(/\|/g, '\\|');
}
/**
 * Makes prose from flow files safe inside a line of GitHub Markdown (a table cell, a heading, a
 * list item after its marker): no HTML, no formatting, no links, mentions or issue references, no
 * new cells, no new lines. Line breaks become `<br>`; other control and invisible characters
 * become `\u202e`-style escapes. Not for the start of a line, where `#`, `-` or `>` would count.
 */
function markdown_escape_escapeMarkdown(text) {
    const lines = (0,printable/* printableLines */.fk)(text.replace(/\r\n|\r/g, '\n')).split('\n');
    return lines
        .map((line) => {
        let out = '';
        let last = 0;
        for (const match of line.matchAll(LINKABLE)) {
            out += backslashEscape(line.slice(last, match.index));
            out += markdownCodeCell(match[0]);
            last = match.index + match[0].length;
        }
        return out + backslashEscape(line.slice(last));
    })
        .join('<br>');
}
/**
 * Text inside raw HTML (a `<summary>`), where Markdown is not parsed and GFM makes no autolink:
 * `&`, `<`, `>` and quotes as character references, invisible characters as `\u202e` escapes,
 * inside `<code>`, where GitHub links no @mention or #reference. Use it, not
 * {@link markdownCode}, in an HTML block.
 */
function htmlCode(text) {
    const escaped = (0,printable/* printable */.g$)(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
    return `<code>${escaped}</code>`;
}

// EXTERNAL MODULE: ./lib/engine/severity.js
var severity = __webpack_require__(30071);
;// CONCATENATED MODULE: ./lib/formatters/markdown-problems.js


const ICONS = { error: '❌', warning: '⚠️' };
/** A file's findings as table rows in reading order, or only those of one severity. */
function problemRows(file, severity) {
    return diagnosticsOf(file).filter((d) => severity === undefined || d.severity === severity).map((d) => {
        const line = position(d.line);
        const column = line === undefined ? undefined : position(d.column);
        const at = [diagnosticFile(file, d), line, column].filter((part) => part !== undefined).join(':');
        return `| ${ICONS[d.severity]} | ${markdownCodeCell(at)} | ${markdownCodeCell(d.rule)} | ${markdown_escape_escapeMarkdown(d.message)} |`;
    });
}
/** The head of a problems table. */
const PROBLEMS_HEAD = ['| | Where | Rule | Message |', '| --- | --- | --- | --- |'];
/**
 * Every finding of these files as one Markdown table, in reading order: severity, where
 * (`file:line:column`), rule and message, each value escaped so a flow file cannot add Markdown
 * or HTML. Past `limit` rows a line says how many more the log lists. Empty when nothing is found.
 */
function markdown_problems_problemsTable(files, limit = Number.POSITIVE_INFINITY) {
    const rows = files.flatMap((file) => problemRows(file));
    if (rows.length === 0)
        return [];
    const shown = rows.slice(0, limit);
    return [
        ...PROBLEMS_HEAD,
        ...shown,
        ...(rows.length > shown.length ? ['', `… and ${rows.length - shown.length} more; the job log lists every one.`] : []),
    ];
}

;// CONCATENATED MODULE: ./lib/formatters/render-value.js
/** How an absent value (a field added or removed) is shown in text formats. */
const ABSENT = '(absent)';
/**
 * Shows a value of a plan as compact JSON, so strings keep their quotes and `null` is told
 * apart from an absent field. JSON escapes control characters, so the result is one line.
 */
function renderValue(value) {
    if (value === undefined)
        return ABSENT;
    try {
        return JSON.stringify(value) ?? String(value);
    }
    catch {
        // Only non-JSON input (a cycle, a BigInt) lands here; plans come from parsed files.
        return String(value);
    }
}

// EXTERNAL MODULE: ./lib/reports/count-files.js
var count_files = __webpack_require__(52062);
;// CONCATENATED MODULE: ./lib/formatters/summaries.js


/**
 * The closing line of a validation, as ESLint words it: `✖ 3 problems (2 errors, 1 warning)`,
 * or `✔ 4 files valid` when nothing was found.
 */
function validateSummaryText(summary) {
    const problems = summary.errors + summary.warnings;
    if (problems === 0)
        return `✔ ${(0,count_of/* countOf */.p)(summary.files, 'file')} valid`;
    return `✖ ${(0,count_of/* countOf */.p)(problems, 'problem')} (${(0,count_of/* countOf */.p)(summary.errors, 'error')}, ${(0,count_of/* countOf */.p)(summary.warnings, 'warning')})`;
}
/** Counts the flows a plan adds, changes and removes, and the changes that weaken verification. */
function summaries_planCounts(report) {
    const flowsThat = (kind) => report.flows.filter((flow) => flow.change === kind).length;
    return {
        add: flowsThat('added'),
        change: flowsThat('changed'),
        remove: flowsThat('removed'),
        weakening: report.flows.reduce((sum, flow) => sum + flow.changes.filter((c) => c.weakens).length, 0),
    };
}
/**
 * `Plan: 0 to delete, 1 to add, 2 to change; 1 change weakens verification`: deletes first, the
 * one change nothing can undo.
 */
function summaries_planSummaryText(counts) {
    const weakening = `${(0,count_of/* countOf */.p)(counts.weakening, 'change')} ${counts.weakening === 1 ? 'weakens' : 'weaken'} verification`;
    return `Plan: ${counts.remove} to delete, ${counts.add} to add, ${counts.change} to change; ${weakening}`;
}
/** What a plan says of a flow whose file is gone: deleted only when the sync is allowed to. */
const DELETE_NOTE = 'its file is gone: a sync deletes this flow only when deletes are allowed (--allow-delete, or allow-delete: true in the action), pausing it first if it is active; otherwise it is not deleted';
/** `1 file has errors (2 errors, 0 warnings); a sync would send nothing …`, for plans with invalid files. */
function summaries_unplannedText(files) {
    const { errors, warnings } = (0,count_files/* countFiles */.D)(files);
    return `${(0,count_of/* countOf */.p)(files.length, 'file')} ${files.length === 1 ? 'has' : 'have'} errors (${(0,count_of/* countOf */.p)(errors, 'error')}, ${(0,count_of/* countOf */.p)(warnings, 'warning')}); a sync would send nothing until they are fixed`;
}
/** Whether a plan shows a flow: unchanged flows are left out unless their file moved. */
function isShownInPlan(flow) {
    return flow.change !== 'unchanged' || flow.previousPath !== undefined;
}
/** The flows a plan shows, deletes first (the change nothing undoes), the rest in the plan's order. */
function summaries_shownInPlan(flows) {
    const shown = flows.filter(isShownInPlan);
    return [...shown.filter((flow) => flow.change === 'removed'), ...shown.filter((flow) => flow.change !== 'removed')];
}

;// CONCATENATED MODULE: ./lib/formatters/markdown.js








// Every piece of text that comes from a flow file or the command line (paths, ids, values,
// messages, the base ref) goes through escapeMarkdown or markdownCode; only the fixed words
// and table syntax of this file are raw Markdown.
/** How a row that weakens verification is marked, in plans and drift reports alike. */
const WEAKENS_MARK = (0,severity/* severityKind */.aA)('weakens').mark;
/** Values longer than this (in characters) are shortened in a table cell and shown whole below it. */
const CELL_MAX = 48;
/** A value in a table cell: a code span, or *absent*. */
function valueCell(value) {
    return value === undefined ? '*absent*' : markdownCodeCell(renderValue(value));
}
/**
 * Shortens `text` to about {@link CELL_MAX} characters by cutting the middle, keeping the
 * characters from `from` to `to` (the part that changed) in view. Counts code points, so a cut
 * never splits a character.
 */
function shortenAround(text, from, to, max = CELL_MAX) {
    const chars = [...text];
    if (chars.length <= max)
        return text;
    const room = max - 2;
    const changed = Math.min(Math.max(to - from, 0), room);
    const context = Math.max(room - changed, 0);
    // Keep a little of the start (where a URL's scheme and host are), then the changed part.
    const head = Math.min(from, Math.floor(context / 2));
    let start = Math.max(from - Math.floor((context - head) / 2), head);
    let end = Math.min(start + (room - head), chars.length);
    start = Math.max(head, end - (room - head));
    const parts = [chars.slice(0, head).join('')];
    if (start > head)
        parts.push('…');
    parts.push(chars.slice(start, end).join(''));
    if (end < chars.length)
        parts.push('…');
    return parts.join('');
}
/** Where two texts first and last differ, in code points: [start, endInA, endInB]. */
function differingSpan(a, b) {
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start += 1;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA -= 1;
        endB -= 1;
    }
    return [start, endA, endB];
}
/** One `| severity | field | before | after |` row of a plan table; long values shortened around the change. */
function changeRow(change) {
    const before = change.before === undefined ? undefined : (0,printable/* printable */.g$)(renderValue(change.before));
    const after = change.after === undefined ? undefined : (0,printable/* printable */.g$)(renderValue(change.after));
    const [a, b] = [[...(before ?? '')], [...(after ?? '')]];
    const [start, endA, endB] = differingSpan(a, b);
    const cell = (text, end) => (text === undefined ? '*absent*' : markdownCodeCell(shortenAround(text, start, end)));
    const cells = [(0,severity/* severityKind */.aA)(change.severity).mark, markdownCodeCell(change.field), cell(before, endA), cell(after, endB)];
    const shortened = a.length > CELL_MAX || b.length > CELL_MAX;
    return { row: `| ${cells.join(' | ')} |`, ...(shortened ? { full: { field: change.field, before: before ?? '(absent)', after: after ?? '(absent)' } } : {}) };
}
/** The head of a plan table: the severity mark first, so it never scrolls out of view. */
const TABLE_HEAD = ['| | Field | Before | After |', '| --- | --- | --- | --- |'];
/** A fenced block that no backtick run inside the text can close. */
function fenced(text) {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return [`${fence}text`, text, fence];
}
/** The values a table shortened, whole, in a `<details>` block; nothing when none was. */
function fullValues(full) {
    if (full.length === 0)
        return [];
    const lines = ['<details><summary>Shortened values in full</summary>', ''];
    for (const value of full)
        lines.push(`${markdown_escape_markdownCode(value.field)}, before and after:`, '', ...fenced(`${value.before}\n${value.after}`), '');
    lines.push('</details>', '');
    return lines;
}
const SYMBOLS = { added: '+', removed: '-', changed: '~', unchanged: '~' };
/** A flow's heading: change symbol, severity mark, path, id, move and status, each escaped. */
function flowHeading(flow) {
    const parts = [`### ${SYMBOLS[flow.change]} ${(0,severity/* severityKind */.aA)((0,severity/* flowSeverity */.Ee)(flow)).mark} ${markdown_escape_markdownCode(repoPath(flow.path))}`];
    if (flow.id !== null)
        parts.push(`(${markdown_escape_markdownCode(flow.id)})`);
    if (flow.previousPath !== undefined)
        parts.push(`moved from ${markdown_escape_markdownCode(repoPath(flow.previousPath))}`);
    if (flow.status !== undefined)
        parts.push(`· ${markdown_escape_escapeMarkdown(flow.status)}`);
    return parts.join(' ');
}
/** The note under a flow's heading, per kind of change (empty for a changed flow). */
const NOTES = {
    added: 'New flow.',
    removed: `⚠️ ${DELETE_NOTE[0].toUpperCase()}${DELETE_NOTE.slice(1)}.`,
    changed: '',
    unchanged: 'Moved; no field changes.',
};
function flowSection(flow) {
    const lines = [flowHeading(flow), ''];
    const note = NOTES[flow.change];
    if (note !== '')
        lines.push(`*${note}*`, '');
    if (flow.changes.length > 0) {
        const shown = flow.changes.map(changeRow);
        lines.push(...TABLE_HEAD, ...shown.map((change) => change.row), '');
        lines.push(...fullValues(shown.flatMap((change) => (change.full ? [change.full] : []))));
    }
    return lines;
}
function unplannedSection(files) {
    if (files.length === 0)
        return [];
    return [
        '### Files with errors',
        '',
        `${escapeMarkdown(unplannedText(files))}:`,
        '',
        ...problemsTable(files),
        '',
    ];
}
/**
 * Markdown for a pull-request comment or a job summary: a heading, the plan's summary, a table of
 * `Field | Before | After` per changed flow with weakening rows marked, and the problems of files
 * that could not be planned. Flow-file content is escaped so it cannot add Markdown or HTML.
 */
function planMarkdown(report, _context) {
    const counts = planCounts(report);
    const summary = `${counts.weakening > 0 ? '⚠️ ' : ''}**${escapeMarkdown(planSummaryText(counts))}**`;
    const shown = shownInPlan(report.flows);
    const lines = ['## flowkeeper plan', '', `Compared with ${markdownCode(planBaseText(report))}.`, '', summary, ''];
    if (shown.length === 0)
        lines.push('No changes.', '');
    for (const flow of shown)
        lines.push(...flowSection(flow));
    lines.push(...unplannedSection(report.files));
    // One trailing newline, whatever the last section left.
    return `${lines.join('\n').trimEnd()}\n`;
}

;// CONCATENATED MODULE: ./lib/formatters/drift-markdown.js




// Every piece of text from a flow file or from the server (paths, ids, values, messages) goes
// through escapeMarkdown or markdownCode, as in the plan's Markdown.
/** How a row that does not weaken is marked: the mark leads every row, as in the plan's tables. */
const DIFFERS_MARK = '✏️ differs';
function drift_markdown_changeRow(change) {
    // The mark first: a long value in a later cell cannot push it out of view.
    const cells = [change.weakens ? WEAKENS_MARK : DIFFERS_MARK, markdownCodeCell(change.field), valueCell(change.repository), valueCell(change.server)];
    return `| ${cells.join(' | ')} |`;
}
function drift_markdown_flowSection(flow) {
    return [
        `### ~ ${markdown_escape_markdownCode(repoPath(flow.path))} (${markdown_escape_markdownCode(flow.id)}) · ${markdown_escape_escapeMarkdown(flow.status)}`,
        '',
        '| | Field | Repository | Server |',
        '| --- | --- | --- | --- |',
        ...flow.changes.map(drift_markdown_changeRow),
        '',
    ];
}
/**
 * Markdown for a job summary or the drift issue: the count, then per drifted flow a table of
 * `mark | Field | Repository | Server`, the mark saying where the server is weaker, then the flows
 * the API could not show.
 */
function driftMarkdown(report, _context) {
    const counts = driftCounts(report);
    const lines = ['## flowkeeper drift', '', `Compared the flow files with ${markdown_escape_markdownCode(report.apiUrl)}.`, ''];
    lines.push(`${counts.drifted > 0 ? '⚠️ ' : '✅ '}**${markdown_escape_escapeMarkdown(driftSummaryText(counts))}**`, '');
    for (const flow of report.flows)
        if (flow.changes.length > 0)
            lines.push(...drift_markdown_flowSection(flow));
    if (report.unreadable.length > 0) {
        lines.push('### Flows the API could not show', '', 'Their drift is unknown.', '', '| Flow | Id | Why |', '| --- | --- | --- |');
        for (const flow of report.unreadable)
            lines.push(`| ${markdownCodeCell(repoPath(flow.path))} | ${markdownCodeCell(flow.id)} | ${markdown_escape_escapeMarkdown(flow.message)} |`);
        lines.push('');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}

// EXTERNAL MODULE: ./lib/engine/merge.js
var merge = __webpack_require__(40534);
;// CONCATENATED MODULE: ./lib/formatters/mermaid.js


// Only these characters appear as themselves in a label; everything else becomes a Mermaid
// entity code (#NNN;), so a value from a flow file can neither close the label, add nodes or
// links, nor break out of the ```mermaid fence. `:` is coded too: Mermaid deletes the last `;` of
// any line matching `style.*:\S*#.*;` (or `classDef…`), which would corrupt the codes, and with
// every colon of a value coded no such match can start inside one. `$` is coded, so `$$…$$`
// never reaches the math renderer as math.
const SAFE = /[A-Za-z0-9 .,/_@()+\-]/;
/** Lines of a label are at most this long; longer text wraps at a separator, never mid-word. */
const LINE_MAX = 40;
/** Splits text into lines of at most `max` characters, after a space or a URL separator when one is near. */
function wrap(text, max = LINE_MAX) {
    const chars = [...text];
    const lines = [];
    while (chars.length > max) {
        let cut = -1;
        for (let index = max; index > max / 2; index -= 1) {
            if (/[ /?&=.,\-]/.test(chars[index - 1])) {
                cut = index;
                break;
            }
        }
        // A word longer than a line (a token, a long host) is split where the line ends: nothing is
        // dropped, and the next line continues it.
        if (cut === -1)
            cut = max;
        lines.push(chars.splice(0, cut).join(''));
    }
    lines.push(chars.join(''));
    return lines.filter((line, index) => line !== '' || index === 0);
}
/** Text as a Mermaid label: invisible characters as `\u202e` escapes, wrapped, every unsafe character as an entity code. */
function mermaidLabel(text) {
    return wrap((0,printable/* printable */.g$)(text))
        .map((line) => [...line].map((char) => (SAFE.test(char) ? char : `#${char.codePointAt(0)};`)).join(''))
        .join('<br/>');
}
/** Which node of the journey shows a field. */
function nodeOf(field) {
    if (field.startsWith('signUpForm'))
        return 'signup';
    if (field === 'steps.document' || field.startsWith('documents'))
        return 'doc';
    if (field === 'steps.liveness' || field.startsWith('liveness'))
        return 'live';
    if (field === 'integrations.redirectUrl')
        return 'done';
    if (field === 'integrations.webhook')
        return 'hook';
    if (field.startsWith('integrations'))
        return 'list';
    return undefined;
}
/** The journey's nodes that changes touch: weakened (or deactivated) first, then merely changed. */
function changedNodes(changes) {
    const weakened = new Set();
    const changed = new Set();
    for (const change of changes) {
        const node = nodeOf(change.field);
        if (node === undefined || change.severity === 'adds')
            continue;
        (change.weakens ? weakened : changed).add(node);
    }
    return { weakened: [...weakened], changed: [...changed].filter((node) => !weakened.has(node)) };
}
function signUpLine(flow) {
    const form = flow.signUpForm;
    const parts = [form.fullName ? `full name (${form.fullNameStyle})` : '', form.email ? `email (${form.emailGateway})` : '', form.phone ? `phone (${form.phoneGateway})` : ''].filter(Boolean);
    const extra = form.allowAdditionalFields && form.additionalFields.length ? ` + ${form.additionalFields.length} custom field(s)` : '';
    return `${parts.join(', ') || 'no personal details'}${extra}`;
}
/**
 * The journey of an applicant through a flow as a Mermaid flowchart: sign-up form, document
 * step, liveness step, redirect and webhook, each step marked mandatory, optional or skipped.
 * Accepts a PUT body or a resolved flow; missing parts take their defaults.
 */
function flowJourney(body, changes = []) {
    const flow = (0,merge/* applyPatch */.X6)({}, body);
    // An invalid flow (a list where a section belongs) has no journey worth drawing.
    if (!Array.isArray(flow.documents?.documentTypes) || !Array.isArray(flow.documents.verificationMethods) || !Array.isArray(flow.signUpForm?.additionalFields))
        return undefined;
    const { documents, liveness, steps, integrations } = flow;
    const countries = documents.documentTypes.length;
    const docDetail = `${documents.verificationMethods.map(String).join(', ') || 'no methods'} · ${countries} ${countries === 1 ? 'country' : 'countries'} · ${documents.attemptLimit} attempts`;
    const checks = [documents.screening && 'screening', documents.criminalHistoryVerification && 'criminal history', documents.informationVerification && 'information'].filter(Boolean).join(', ');
    const lines = [
        'flowchart LR',
        `  start([Applicant]) --> signup["Sign-up form<br/>${mermaidLabel(signUpLine(flow))}"]`,
        `  signup --> doc["Document step: ${mermaidLabel(String(steps.document))}<br/>${mermaidLabel(docDetail)}${checks ? `<br/>${mermaidLabel(`checks: ${checks}`)}` : ''}"]`,
        `  doc --> live["Liveness step: ${mermaidLabel(String(steps.liveness))}<br/>${mermaidLabel(`min score ${liveness.minScore} · search ${liveness.searchMinScore} ${liveness.searchMode} · ${liveness.attemptLimit} attempts`)}"]`,
        `  live --> done(["Redirect: ${mermaidLabel(integrations.redirectUrl ? String(integrations.redirectUrl) : 'none')}"])`,
    ];
    if (integrations.webhook)
        lines.push(`  live -.-> hook[["Webhook ${mermaidLabel(String(integrations.webhook))}"]]`);
    if (integrations.source !== 'NONE')
        lines.push(`  signup -.-> list[("${mermaidLabel(`${integrations.source} ${integrations.strategy} check`)}")]`);
    lines.push('  classDef skipped stroke-dasharray: 5 5,color:#888', '  classDef optional stroke-dasharray: 2 2');
    lines.push('  classDef weakened stroke:#d1242f,stroke-width:3px,fill:#ffebe9', '  classDef changed stroke:#9a6700,stroke-width:2px,fill:#fff8c5');
    for (const [node, step] of [['doc', steps.document], ['live', steps.liveness]]) {
        if (step === 'skip')
            lines.push(`  class ${node} skipped`);
        if (step === 'optional')
            lines.push(`  class ${node} optional`);
    }
    // Only nodes drawn above can take a class; a change to an absent webhook or list draws nothing.
    const drawn = new Set(['signup', 'doc', 'live', 'done', ...(integrations.webhook ? ['hook'] : []), ...(integrations.source !== 'NONE' ? ['list'] : [])]);
    const { weakened, changed } = changedNodes(changes);
    if (weakened.some((node) => drawn.has(node)))
        lines.push(`  class ${weakened.filter((node) => drawn.has(node)).join(',')} weakened`);
    if (changed.some((node) => drawn.has(node)))
        lines.push(`  class ${changed.filter((node) => drawn.has(node)).join(',')} changed`);
    return lines.join('\n');
}
/**
 * The journey of a flow for a report: a ```mermaid block with changed steps highlighted, or,
 * for a flow with errors, one line saying why there is none (a diagram of an invalid flow would
 * look normal while it cannot be synced as drawn).
 */
function journeyOrReason(body, options = {}) {
    const errors = options.errors ?? 0;
    if (errors > 0)
        return `*No journey: the flow has ${errors === 1 ? '1 error' : `${errors} errors`}; it is drawn once it is valid.*`;
    const diagram = flowJourney(body, options.changes);
    return diagram === undefined ? '*No journey: the flow is not shaped like one.*' : mermaidBlock(diagram);
}
/** A ```mermaid block for Markdown. */
function mermaidBlock(diagram) {
    return `\`\`\`mermaid\n${diagram}\n\`\`\``;
}

;// CONCATENATED MODULE: ./lib/formatters/report-sources.js



/**
 * The plans a report shows: one per environment a change reaches (production first, as the
 * report lists them) when the run covers environments, else the run's own plan.
 */
function planSources(result) {
    if (result.environments) {
        return result.environments
            .filter((section) => section.plan !== undefined && (section.plan.report.flows.some(isShownInPlan) || section.plan.report.files.length > 0))
            .map((section) => ({ environment: { name: section.name, apiUrl: section.apiUrl }, plan: section.plan }));
    }
    return result.plan ? [{ plan: result.plan }] : [];
}
/** The heading of an environment's part of a section; nothing without environments. */
function sourceHeading(source) {
    return source.environment ? [`#### Environment ${markdown_escape_markdownCode(source.environment.name)} (${markdown_escape_escapeMarkdown(source.environment.apiUrl)})`, ''] : [];
}
/** Whether a reviewer must see the change first: it weakens verification or deactivates. */
function isRisky(change) {
    return change.weakens;
}
/** A flow whose change a reviewer must see first: deleted, deactivated or weakened. */
function isRiskyFlow(flow) {
    return flow.change === 'removed' || (flow.change === 'changed' && flow.changes.some(isRisky));
}
/** The risky flows of a plan, most serious first (deletes, deactivates, weakens), else in plan order. */
function riskyFlows(source) {
    const flows = source.plan.report.flows.filter(isRiskyFlow);
    return flows.map((flow, index) => ({ flow, index })).sort((a, b) => (0,severity/* compareSeverity */.zK)((0,severity/* flowSeverity */.Ee)(a.flow), (0,severity/* flowSeverity */.Ee)(b.flow)) || a.index - b.index).map(({ flow }) => flow);
}
/** A flow's risky changes, a deactivation before weakening changes. */
function riskyChanges(flow) {
    return flow.changes.filter(isRisky).sort((a, b) => (0,severity/* compareSeverity */.zK)(a.severity, b.severity));
}

;// CONCATENATED MODULE: ./lib/formatters/report-changes.js









function table(changes) {
    const shown = changes.map(changeRow);
    return [...TABLE_HEAD, ...shown.map((change) => change.row), '', ...fullValues(shown.flatMap((change) => (change.full ? [change.full] : [])))];
}
/** A new flow in one line, its fields in a table folded under it. */
function newFlow(flow) {
    const id = flow.id === null ? '' : ` (${htmlCode(flow.id)})`;
    const status = flow.status === undefined ? '' : ` · ${htmlCode(flow.status)}`;
    const summary = `${(0,severity/* severityKind */.aA)('adds').mark} ${htmlCode(repoPath(flow.path))}${id}${status}: new flow, ${(0,count_of/* countOf */.p)(flow.changes.length, 'field')}`;
    return [`<details><summary>${summary}</summary>`, '', ...table(flow.changes), '</details>', ''];
}
/** The changes of a flow that are not in the risk section: nothing for a deleted flow. */
function otherChanges(flow) {
    if (flow.change === 'removed')
        return [];
    if (flow.change === 'added')
        return newFlow(flow);
    if (isRiskyFlow(flow)) {
        const rest = flow.changes.filter((change) => !isRisky(change));
        return rest.length === 0 ? [] : [`#### Other changes of ${markdown_escape_markdownCode(repoPath(flow.path))}`, '', ...table(rest)];
    }
    const lines = [flowHeading(flow).replace(/^### /, '#### '), ''];
    if (NOTES[flow.change] !== '')
        lines.push(`*${NOTES[flow.change]}*`, '');
    return flow.changes.length === 0 ? lines : [...lines, ...table(flow.changes)];
}
/**
 * Every other change after the risk and the errors: changed flows with their tables, new flows
 * one line each with the table folded, in plan order, as many as fit in `room`; the rest counted.
 */
function otherChangesSection(sources, room, budget) {
    const lines = [];
    let used = 0;
    let leftFlows = 0;
    let leftNew = 0;
    let full = false;
    for (const source of sources) {
        const pieces = source.plan.report.flows.filter(isShownInPlan).map((flow) => ({ flow, text: block(otherChanges(flow)) })).filter((piece) => piece.text !== '');
        if (pieces.length === 0)
            continue;
        const heading = block(lines.length === 0 ? ['### Other changes', '', ...sourceHeading(source)] : sourceHeading(source));
        if (!full && used + measure(heading, budget) + measure(pieces[0].text, budget) <= room) {
            lines.push(heading);
            used += measure(heading, budget);
        }
        else
            full = true;
        for (const piece of pieces) {
            const size = measure(piece.text, budget);
            if (!full && used + size <= room) {
                lines.push(piece.text);
                used += size;
                continue;
            }
            full = true;
            if (piece.flow.change === 'added')
                leftNew += 1;
            else
                leftFlows += 1;
        }
    }
    const left = [leftFlows > 0 ? `other changes of ${(0,count_of/* countOf */.p)(leftFlows, 'flow')}` : '', leftNew > 0 ? `${(0,count_of/* countOf */.p)(leftNew, 'new flow')}` : ''].filter(Boolean);
    return { text: lines.join(''), left };
}
/**
 * Journeys before and after, only of flows a change weakens or deactivates, at most the budget's
 * handful and what fits in `room`; a flow with errors gets a line saying why it has none.
 */
function journeysSection(sources, files, room, budget) {
    const errorsOf = new Map(files.map((file) => [repoPath(file.path), file.errors.length]));
    // Only a flow whose body the plan holds can be drawn (a report read back from JSON has none).
    const candidates = sources.flatMap((source) => riskyFlows(source).filter((flow) => flow.change === 'changed' && source.plan.after.some((f) => f.id === flow.id)).map((flow) => ({ source, flow })));
    const pieces = [];
    let used = 0;
    for (const { source, flow } of candidates) {
        if (pieces.length >= budget.maxJourneys)
            break;
        const before = source.plan.before.find((f) => f.id === flow.id);
        const after = source.plan.after.find((f) => f.id === flow.id);
        if (!after)
            continue;
        const beforeDiagram = before && flowJourney(before.body);
        const where = source.environment ? ` in ${htmlCode(source.environment.name)}` : '';
        const text = block([
            `<details><summary>Journey of ${htmlCode(repoPath(flow.path))}${where}: before → after (${(0,severity/* severityKind */.aA)((0,severity/* flowSeverity */.Ee)(flow)).severity})</summary>`,
            '',
            ...(beforeDiagram ? ['**Before**', '', mermaidBlock(beforeDiagram), ''] : []),
            '**After**',
            '',
            journeyOrReason(after.body, { changes: flow.changes, errors: errorsOf.get(repoPath(flow.path)) ?? 0 }),
            '',
            '</details>',
            '',
        ]);
        const size = measure(text, budget);
        if (used + size > room)
            break;
        pieces.push(text);
        used += size;
    }
    const left = candidates.length - pieces.length;
    const which = pieces.length > 0 ? (0,count_of/* countOf */.p)(left, 'more weakened or deactivated flow') : (0,count_of/* countOf */.p)(left, 'weakened or deactivated flow');
    return { text: pieces.join(''), left: left > 0 ? [`the journeys of ${which} (at most ${budget.maxJourneys} are drawn)`] : [] };
}

;// CONCATENATED MODULE: ./lib/formatters/report-problems.js



/** `3 errors and 1 warning`, leaving out a count of zero. */
function findings(errors, warnings) {
    return [errors > 0 ? (0,count_of/* countOf */.p)(errors, 'error') : '', warnings > 0 ? (0,count_of/* countOf */.p)(warnings, 'warning') : ''].filter(Boolean).join(' and ');
}
/**
 * Every error and warning, listed once (a file that could not be planned is not listed again),
 * errors first: as many rows as fit in `room` and the budget's row cap, then an accurate count of
 * the rest.
 */
function problemsSection(files, room, budget) {
    const errors = files.flatMap((file) => problemRows(file, 'error'));
    const warnings = files.flatMap((file) => problemRows(file, 'warning'));
    if (errors.length + warnings.length === 0)
        return { text: '', left: [] };
    const head = ['### Errors and warnings', '', ...PROBLEMS_HEAD];
    // Room for the head, the closing count and the blank line after the table.
    const rows = [...errors, ...warnings];
    const fits = Math.min(budget.maxProblemRows, countFitting(rows, room - measure(block(head), budget) - 200, budget));
    if (fits === 0)
        return { text: '', left: [`every error and warning: ${findings(errors.length, warnings.length)}`] };
    const hiddenErrors = Math.max(errors.length - fits, 0);
    const hiddenWarnings = warnings.length - Math.max(fits - errors.length, 0);
    const more = hiddenErrors + hiddenWarnings > 0 ? ['', `*… and ${findings(hiddenErrors, hiddenWarnings)} more, not listed here.*`] : [];
    return {
        text: block([...head, ...rows.slice(0, fits), ...more, '']),
        left: hiddenErrors + hiddenWarnings > 0 ? [`${findings(hiddenErrors, hiddenWarnings)} beyond the ${fits} listed`] : [],
    };
}

;// CONCATENATED MODULE: ./lib/formatters/report-risk.js






const HEADING = ['### Deletions, deactivations and weakening changes', ''];
/** Rows per flow tried in turn: all, then the first 10, 3 and 1 of each flow. */
const ROW_LEVELS = [Number.POSITIVE_INFINITY, 10, 3, 1];
/** A risky flow with at most `rows` of its risky changes, and how many more it has. */
function flowDetail(flow, rows) {
    const lines = [flowHeading(flow).replace(/^### /, '#### '), ''];
    const note = NOTES[flow.change];
    if (note !== '')
        lines.push(`*${note}*`, '');
    if (flow.change === 'removed')
        return lines;
    const changes = riskyChanges(flow);
    const shown = changes.slice(0, rows).map(changeRow);
    lines.push(...TABLE_HEAD, ...shown.map((change) => change.row), '');
    if (changes.length > shown.length)
        lines.push(`*… and ${(0,count_of/* countOf */.p)(changes.length - shown.length, 'more weakening change')} of this flow, not shown here.*`, '');
    lines.push(...fullValues(shown.flatMap((change) => (change.full ? [change.full] : []))));
    return lines;
}
function detailed(sources, rows) {
    const lines = [...HEADING];
    for (const source of sources) {
        const flows = riskyFlows(source);
        if (flows.length === 0)
            continue;
        lines.push(...sourceHeading(source));
        for (const flow of flows)
            lines.push(...flowDetail(flow, rows));
    }
    return block(lines);
}
const KINDS = [
    { label: 'Deleted', of: (flow) => flow.change === 'removed' },
    { label: 'Deactivated', of: (flow) => flow.changes.some((c) => c.severity === 'deactivates') },
    { label: 'Weakened', of: (flow) => flow.change === 'changed' && flow.changes.some((c) => c.severity === 'weakens') },
];
/**
 * One line per kind, every flow by path with its count of weakening changes, as many as fit in
 * `room`; the rest counted (flows and changes) on the same line.
 */
function compact(sources, room, budget) {
    const lines = [...HEADING, 'Too many to show in full here: each flow with its count of weakening changes.', ''];
    const left = [];
    let used = measure(block(lines), budget);
    for (const source of sources) {
        const flows = riskyFlows(source);
        if (flows.length === 0)
            continue;
        const heading = sourceHeading(source);
        lines.push(...heading);
        used += measure(block(heading), budget);
        for (const kind of KINDS) {
            const members = flows.filter(kind.of);
            if (members.length === 0)
                continue;
            const weakening = (flow) => flow.changes.filter((c) => c.severity === 'weakens').length;
            const items = members.map((flow) => (kind.label === 'Weakened' ? `${markdown_escape_markdownCode(repoPath(flow.path))} (${weakening(flow)})` : markdown_escape_markdownCode(repoPath(flow.path))));
            const total = kind.label === 'Weakened' ? `, ${(0,count_of/* countOf */.p)(members.reduce((sum, flow) => sum + weakening(flow), 0), 'change')}` : '';
            const lead = `**${kind.label} (${(0,count_of/* countOf */.p)(members.length, 'flow')}${total}):** `;
            // Room for the lead and a closing "and N more" of the longest kind.
            const fits = countFitting(items.map((item) => `${item}, `), room - used - measure(lead, budget) - 120, budget);
            const rest = members.slice(fits);
            const more = rest.length > 0 ? `${fits > 0 ? ', ' : ''}and ${(0,count_of/* countOf */.p)(rest.length, 'more flow')}${kind.label === 'Weakened' ? ` (${(0,count_of/* countOf */.p)(rest.reduce((sum, flow) => sum + weakening(flow), 0), 'change')})` : ''}` : '';
            const line = `${lead}${items.slice(0, fits).join(', ')}${more}`;
            lines.push(line, '');
            used += measure(`${line}\n\n`, budget);
            if (rest.length > 0)
                left.push(`${kind.label.toLowerCase()} flows by name: ${rest.length} of ${members.length}${source.environment ? ` in ${source.environment.name}` : ''}`);
        }
    }
    return { text: block(lines), left, compact: true };
}
/**
 * After a compact risk section (and the errors), the tables of as many risky flows as fit in
 * `room`, the first 3 rows of each, most serious first; the rest counted.
 */
function riskDetailSection(sources, room, budget) {
    const flows = sources.flatMap((source) => riskyFlows(source).map((flow) => ({ source, flow })));
    const lines = ['### The first risky flows in detail', ''];
    let used = measure(block(lines), budget);
    let shown = 0;
    let environment;
    for (const { source, flow } of flows) {
        const heading = source.environment && source.environment.name !== environment ? sourceHeading(source) : [];
        const text = block([...heading, ...flowDetail(flow, 3)]);
        if (used + measure(text, budget) > room)
            break;
        lines.push(text.slice(0, -1));
        used += measure(text, budget);
        environment = source.environment?.name;
        shown += 1;
    }
    const left = flows.length > shown ? [`the tables of ${(0,count_of/* countOf */.p)(flows.length - shown, 'more flow')} deleted, deactivated or weakened (each is named and counted above)`] : [];
    return { text: shown > 0 ? block(lines) : '', left };
}
/**
 * Every deletion, deactivation and weakening change, the first thing after the verdict: all rows
 * when they fit in `room`, else the first 10, 3 or 1 of each flow with an "and N more", else one
 * line per kind naming each flow with its count.
 */
function riskSection(sources, room, budget) {
    if (!sources.some((source) => riskyFlows(source).length > 0))
        return { text: '', left: [] };
    for (const rows of ROW_LEVELS) {
        const text = detailed(sources, rows);
        if (measure(text, budget) <= room) {
            const hidden = sources.flatMap(riskyFlows).reduce((sum, flow) => sum + Math.max(riskyChanges(flow).length - rows, 0), 0);
            return { text, left: hidden > 0 ? [`${(0,count_of/* countOf */.p)(hidden, 'weakening change')} beyond the first ${rows} of each flow (each flow's count is above)`] : [] };
        }
    }
    return compact(sources, room, budget);
}

;// CONCATENATED MODULE: ./lib/formatters/report-verdict.js




/** Counts deletions, deactivations and weakened flows (active or not) over the plans. */
function riskCounts(sources) {
    const counts = { deleted: 0, deletedActive: 0, deactivated: 0, weakenedActive: 0, weakeningActive: 0, weakenedInactive: 0, weakeningInactive: 0 };
    for (const flow of sources.flatMap((source) => source.plan.report.flows)) {
        if (flow.change === 'removed') {
            counts.deleted += 1;
            if (flow.status === 'active')
                counts.deletedActive += 1;
            continue;
        }
        if (flow.change !== 'changed')
            continue;
        if (flow.changes.some((change) => change.severity === 'deactivates'))
            counts.deactivated += 1;
        const weakening = flow.changes.filter((change) => isRisky(change) && change.severity !== 'deactivates').length;
        if (weakening === 0)
            continue;
        // A deactivated flow was active until this change: its weakening counts as an active flow's.
        const active = flow.status === 'active' || flow.changes.some((change) => change.severity === 'deactivates');
        if (active) {
            counts.weakenedActive += 1;
            counts.weakeningActive += weakening;
        }
        else {
            counts.weakenedInactive += 1;
            counts.weakeningInactive += weakening;
        }
    }
    return counts;
}
/** `1 flow deleted (1 active), 2 active flows weakened by 3 changes`, or '' when nothing is risky. */
function riskText(counts) {
    const parts = [];
    if (counts.deleted > 0)
        parts.push(`${(0,count_of/* countOf */.p)(counts.deleted, 'flow')} deleted${counts.deletedActive > 0 ? ` (${counts.deletedActive} active)` : ''}`);
    if (counts.deactivated > 0)
        parts.push(`${(0,count_of/* countOf */.p)(counts.deactivated, 'active flow')} deactivated`);
    if (counts.weakenedActive > 0)
        parts.push(`${(0,count_of/* countOf */.p)(counts.weakenedActive, 'active flow')} weakened by ${(0,count_of/* countOf */.p)(counts.weakeningActive, 'change')}`);
    if (counts.weakenedInactive > 0)
        parts.push(`${(0,count_of/* countOf */.p)(counts.weakenedInactive, 'paused or draft flow', 'paused or draft flows')} weakened by ${(0,count_of/* countOf */.p)(counts.weakeningInactive, 'change')}`);
    return parts.join(', ');
}
function filesWith(files, kind) {
    return files.filter((file) => file[kind].length > 0).length;
}
/**
 * `2 errors in 1 of 7 files, 1 warning in 1 file`: each count with the files it is in, so
 * warnings in a file without errors are not counted as in the invalid ones.
 */
function validationText(result) {
    const { files, summary } = result.validation;
    const warnings = summary.warnings > 0 ? `${(0,count_of/* countOf */.p)(summary.warnings, 'warning')} in ${(0,count_of/* countOf */.p)(filesWith(files, 'warnings'), 'file')}` : '';
    if (summary.errors > 0)
        return `${(0,count_of/* countOf */.p)(summary.errors, 'error')} in ${filesWith(files, 'errors')} of ${(0,count_of/* countOf */.p)(summary.files, 'file')}${warnings ? `, ${warnings}` : ''}`;
    return `${(0,count_of/* countOf */.p)(summary.files, 'file')} valid${warnings ? `, ${warnings}` : ''}`;
}
/** `Weakening changes by environment: production 1, staging 0`, over the environments a change reaches. */
function environmentsLine(sources) {
    const named = sources.filter((source) => source.environment !== undefined);
    if (named.length === 0)
        return [];
    const counts = named.map((source) => ({ name: source.environment.name, text: riskText(riskCounts([source])) }));
    const any = counts.some((c) => c.text !== '');
    return [`${any ? '⚠️ ' : ''}**By environment:** ${counts.map((c) => `${markdown_escape_escapeMarkdown(c.name)}: ${markdown_escape_escapeMarkdown(c.text || 'nothing risky')}`).join('; ')}`, ''];
}
/**
 * The verdict, first in every report: ✅ only when no file has errors and the plan neither
 * deletes, deactivates nor weakens a flow; the validation's counts; the risk per flow; per
 * environment with environments; and the run's notes.
 */
function verdictLines(result) {
    const sources = planSources(result);
    const risk = riskText(riskCounts(sources));
    const { errors, warnings } = result.validation.summary;
    const validation = markdown_escape_escapeMarkdown(validationText(result));
    const lines = [];
    if (errors > 0)
        lines.push(`❌ **${validation}**`, '');
    if (risk !== '')
        lines.push(`⚠️ **Review: ${markdown_escape_escapeMarkdown(risk)}**`, '');
    if (errors === 0)
        lines.push(risk !== '' ? `${validation}` : `${warnings > 0 ? '⚠️' : '✅'} **${validation}**`, '');
    lines.push(...environmentsLine(sources));
    for (const source of sources) {
        const where = source.environment ? `${markdown_escape_markdownCode(source.environment.name)}: ` : '';
        lines.push(`${where}${markdown_escape_escapeMarkdown(summaries_planSummaryText(summaries_planCounts(source.plan.report)))}, compared with ${markdown_escape_markdownCode(source.plan.report.base)}.`, '');
    }
    for (const note of result.notes)
        lines.push(`> ${markdown_escape_escapeMarkdown(note)}`, '');
    return lines;
}

;// CONCATENATED MODULE: ./lib/formatters/sync-stylish.js



const LABELS = {
    updated: '✔ updated',
    unchanged: '· unchanged',
    failed: '✖ failed',
    'not-attempted': '- not attempted',
    'unknown': '? unknown',
    'rolled-back': '↩ rolled back',
    'rollback-failed': '✖ rollback failed',
    'would-update': '→ would update',
    deleted: '✖ deleted',
    'not-deleted': '- not deleted',
    'would-delete': '→ would delete',
};
function colourOf(outcome, colours) {
    if (outcome === 'failed' || outcome === 'rollback-failed' || outcome === 'unknown')
        return colours.red;
    if (outcome === 'updated' || outcome === 'would-update')
        return colours.green;
    if (outcome === 'rolled-back' || outcome === 'deleted' || outcome === 'would-delete' || outcome === 'not-deleted')
        return colours.yellow;
    return colours.dim;
}
function flowLines(flow, width, colours) {
    const label = LABELS[flow.outcome];
    // A flow left alone says why on its own line's end: `· unchanged  a.yaml (…) (matches the server)`.
    const inline = flow.outcome === 'unchanged' && flow.message !== undefined;
    const lines = [`${colourOf(flow.outcome, colours)(label.padEnd(width))}  ${(0,printable/* printable */.g$)(flow.path)} (${(0,printable/* printable */.g$)(flow.id)})${inline ? colours.dim(` (${(0,printable/* printable */.g$)(flow.message)})`) : ''}`];
    if (flow.message && !inline)
        lines.push(`    ${(0,printable/* printable */.g$)(flow.message)}`);
    for (const d of flow.details ?? []) {
        const file = diagnosticFile({ path: flow.path, id: flow.id, valid: false, errors: [], warnings: [] }, d);
        const line = position(d.line);
        const at = line === undefined ? file : `${file}:${line}:${position(d.column) ?? 1}`;
        lines.push(`    ${colours.dim((0,printable/* printable */.g$)(at))}  ${(0,printable/* printable */.g$)(d.field)}: ${(0,printable/* printable */.g$)(d.message)}`);
    }
    return lines;
}
/** `Sync: 2 updated, 1 failed, …`: the counts that are not zero. */
function syncSummaryText(report) {
    const { summary } = report;
    const parts = [
        // A dry run updates nothing: its flows are those that would be updated.
        [summary.updated, report.dryRun ? 'would update' : 'updated'],
        [summary.deleted, report.dryRun ? 'would delete' : 'deleted'],
        [summary.failed, 'failed'],
        [summary.unknown, 'unknown'],
        [summary.rolledBack, 'rolled back'],
        [summary.rollbackFailed, 'rollback failed'],
        [summary.unchanged, 'unchanged'],
        [summary.notDeleted, 'not deleted'],
        [summary.notAttempted, 'not attempted'],
    ]
        .filter(([count]) => count > 0)
        .map(([count, word]) => `${count} ${word}`);
    return `${report.dryRun ? 'Dry run' : 'Sync'}: ${parts.length ? parts.join(', ') : 'no flows'}${sentNothing(report) ? '. No changes.' : ''}`;
}
/** Whether a run that was let through changed nothing on the server and failed nowhere. */
function sentNothing(report) {
    const { summary } = report;
    return !report.dryRun && report.blockedBy.length === 0 && report.stopped === undefined && summary.updated + summary.deleted + summary.failed + summary.unknown + summary.rolledBack + summary.rollbackFailed + summary.notAttempted === 0;
}
/**
 * How the first line words the run: a sync the guard stopped sent nothing, and neither did one
 * stopped before any flow was written, so neither says "Synced with".
 */
function headlineVerb(report) {
    if (report.dryRun)
        return 'Dry run against';
    const { summary } = report;
    const wrote = summary.updated + summary.deleted + summary.failed + summary.unknown + summary.rolledBack + summary.rollbackFailed > 0;
    return report.blockedBy.length > 0 || (report.stopped !== undefined && !wrote) ? 'Not synced with' : 'Synced with';
}
/** Text for `flowkeeper sync`: one line per flow, failures with their reasons and positions. */
function syncStylish(report, context) {
    const colours = paint(context.color);
    const lines = [`${headlineVerb(report)} ${(0,printable/* printable */.g$)(report.apiUrl)}${report.base ? ` (only flows changed since ${(0,printable/* printable */.g$)(report.base)})` : ''}`, ''];
    if (report.stopped !== undefined)
        lines.push(colours.red(colours.bold(`✖ The sync stopped before it finished: ${(0,printable/* printable */.g$)(report.stopped)}`)), '');
    if (report.blockedBy.length > 0) {
        lines.push(colours.red(colours.bold('✖ The guard stopped the sync; nothing was sent. If this is intended, run again with --force:')));
        for (const reason of report.blockedBy)
            lines.push(`  - ${(0,printable/* printable */.g$)(reason)}`);
        lines.push('');
    }
    const width = Math.max(0, ...report.flows.map((f) => LABELS[f.outcome].length));
    for (const flow of report.flows)
        lines.push(...flowLines(flow, width, colours));
    if (report.dryRun && report.requests.length > 0) {
        lines.push('', `${(0,count_of/* countOf */.p)(report.requests.length, 'request')} would be sent; nothing was sent:`);
        for (const request of report.requests) {
            lines.push('', `${request.method} ${(0,printable/* printable */.g$)(request.url)}`, JSON.stringify(request.body, null, 2));
        }
    }
    const failed = report.summary.failed + report.summary.unknown + report.summary.rollbackFailed > 0 || report.blockedBy.length > 0 || report.stopped !== undefined;
    const summary = syncSummaryText(report);
    lines.push('', failed ? colours.red(colours.bold(summary)) : colours.green(colours.bold(summary)));
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./lib/formatters/sync-markdown.js


const sync_markdown_ICONS = {
    updated: '✅ updated',
    unchanged: '⚪ unchanged',
    failed: '❌ failed',
    'not-attempted': '⏸️ not attempted',
    'unknown': '❓ unknown',
    'rolled-back': '↩️ rolled back',
    'rollback-failed': '❌ rollback failed',
    'would-update': '➡️ would update',
    deleted: '🗑️ deleted',
    'not-deleted': '⏸️ not deleted',
    'would-delete': '🗑️ would delete',
};
/** The sync result for a job summary: a table of flows, failures with their reasons. */
function syncMarkdown(report, _context) {
    const lines = [`## flowkeeper sync`, '', `**${markdown_escape_escapeMarkdown(syncSummaryText(report))}** against ${markdown_escape_markdownCode(report.apiUrl)}`, ''];
    if (report.stopped !== undefined)
        lines.push(`❌ **The sync stopped before it finished:** ${markdown_escape_escapeMarkdown(report.stopped)}`, '');
    if (report.blockedBy.length > 0) {
        lines.push('❌ **The guard stopped the sync; nothing was sent.** Run again with `force` if this is intended:', '');
        for (const reason of report.blockedBy)
            lines.push(`- ${markdown_escape_escapeMarkdown(reason)}`);
        lines.push('');
    }
    if (report.flows.length > 0) {
        lines.push('| Flow | Id | Result | Detail |', '| --- | --- | --- | --- |');
        for (const flow of report.flows) {
            const details = (flow.details ?? []).map((d) => `${markdownCodeCell(`${d.file ?? flow.path}:${d.line ?? 1}`)} ${markdown_escape_escapeMarkdown(`${d.field}: ${d.message}`)}`);
            const detail = [flow.message ? markdown_escape_escapeMarkdown(flow.message) : '', ...details].filter(Boolean).join('<br>');
            lines.push(`| ${markdownCodeCell(flow.path)} | ${markdownCodeCell(flow.id)} | ${sync_markdown_ICONS[flow.outcome]} | ${detail} |`);
        }
        lines.push('');
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./lib/formatters/run-markdown.js








/** A whole section (the sync, the drift) when it fits in `room`, else counted as left out. */
function wholeOrLeftOut(text, room, budget, name) {
    return measure(text, budget) <= room ? { text, left: [] } : { text: '', left: [name] };
}
/**
 * The Markdown of a run, for a job summary, a pull-request comment or the drift issue, chosen by
 * priority within the budget, never by section order:
 * 1. the verdict: errors, and the flows the plan deletes, deactivates or weakens;
 * 2. every deletion, deactivation and weakening change (when too many, the first of each flow
 *    and a count, or each flow by name with its count);
 * 3. errors and warnings, each once; then the sync and the drift, whole or not at all;
 * 4. other changes, new flows one line each with their tables folded;
 * 5. journeys of weakened or deactivated flows, a handful at most.
 * What does not fit is counted in a closing note that says where the rest is. With environments,
 * each section is split per environment, production first, each with its own ids.
 */
function reportMarkdown(result, context, budget = SUMMARY_BUDGET, header = '') {
    const sources = planSources(result);
    let out = block([...(header ? [header] : []), '## flowkeeper', '', ...verdictLines(result)]);
    const left = [];
    const room = () => budget.limit - measure(out, budget) - NOTE_RESERVE;
    const add = (section) => {
        out += section.text;
        left.push(...section.left);
    };
    const risk = riskSection(sources, room(), budget);
    add(risk);
    add(problemsSection(result.validation.files, room(), budget));
    // Too many to show whole: the names and counts came first, the errors next, then as many tables as fit.
    if (risk.compact)
        add(riskDetailSection(sources, room(), budget));
    if (result.sync)
        add(wholeOrLeftOut(`${syncMarkdown(result.sync, context)}\n`, room(), budget, `the sync's results (${result.sync.flows.length} flows)`));
    if (result.drift)
        add(wholeOrLeftOut(`${driftMarkdown(result.drift, context)}\n`, room(), budget, `the drift report (${result.drift.drifted.length} drifted flows)`));
    add(otherChangesSection(sources, room(), budget));
    add(journeysSection(sources, result.validation.files, room(), budget));
    return out + leftOutNote(left, budget);
}

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/action/comment.js
/** Finds the action's own pull-request comment among the others. */
const COMMENT_MARKER = '<!-- flowkeeper:pr-comment -->';
/** The login the workflow's own token (`GITHUB_TOKEN`) comments as. */
const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';
/**
 * The login this token comments as: the user of a personal token, else (the workflow's token,
 * which may not ask) `github-actions[bot]`.
 */
async function ownLogin(api) {
    try {
        return (await api.getAuthenticated()).data.login;
    }
    catch {
        return WORKFLOW_TOKEN_LOGIN;
    }
}
async function findOwnComment(api, target) {
    // Anyone can write the marker into a comment; only one this token wrote is ours to edit.
    const login = await ownLogin(api);
    for (let page = 1; page <= 50; page++) {
        const { data } = await api.listComments({ owner: target.owner, repo: target.repo, issue_number: target.pullRequest, per_page: 100, page });
        const found = data.find((comment) => comment.user?.login === login && comment.body?.includes(COMMENT_MARKER));
        if (found)
            return found.id;
        if (data.length < 100)
            return undefined;
    }
    return undefined;
}
/**
 * Keeps one flowkeeper comment per pull request, found by its hidden marker among the comments
 * this token wrote, and edited in place: never a new comment per run, never someone else's. When the run is clean, an existing comment is marked resolved
 * and none is created.
 */
async function upsertComment(api, target, body, clean) {
    const existing = await findOwnComment(api, target);
    if (clean) {
        if (existing === undefined)
            return 'none';
        await api.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing, body: `${COMMENT_MARKER}\n## flowkeeper\n\n✅ Resolved: every flow file is valid and nothing changes.\n` });
        return 'resolved';
    }
    if (existing === undefined) {
        await api.createComment({ owner: target.owner, repo: target.repo, issue_number: target.pullRequest, body });
        return 'created';
    }
    await api.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing, body });
    return 'updated';
}

;// CONCATENATED MODULE: ./lib/action/drift-issue.js




/** Finds the action's own drift issue among the open issues. */
const DRIFT_ISSUE_MARKER = '<!-- flowkeeper:drift-issue -->';
/** The title of the issue the action opens. */
const DRIFT_ISSUE_TITLE = 'flowkeeper: project flows on the server differ from the repository';
async function findOwnIssue(api, target) {
    // Anyone can write the marker into an issue; only one this token opened is ours to edit or close.
    const login = await ownLogin(api);
    for (let page = 1; page <= 50; page++) {
        const { data } = await api.listForRepo({ owner: target.owner, repo: target.repo, state: 'open', per_page: 100, page });
        const found = data.find((issue) => issue.pull_request === undefined && issue.user?.login === login && issue.body?.includes(DRIFT_ISSUE_MARKER));
        if (found)
            return found.number;
        if (data.length < 100)
            return undefined;
    }
    return undefined;
}
/**
 * Keeps one open drift issue, written by this token: opened when drift appears and none is open,
 * its body replaced while drift persists (or while some flow could not be compared, since drift
 * is then not ruled out), closed with a comment once every flow was compared and none drifted.
 */
async function keepDriftIssue(api, target, state, body) {
    const existing = await findOwnIssue(api, target);
    if (existing === undefined) {
        if (!state.drifted)
            return { action: 'none' };
        const { data } = await api.create({ ...target, title: DRIFT_ISSUE_TITLE, body });
        return { action: 'created', number: data.number };
    }
    if (state.drifted || !state.complete) {
        await api.update({ ...target, issue_number: existing, body });
        return { action: 'updated', number: existing };
    }
    await api.createComment({ ...target, issue_number: existing, body: '✅ No drift any more: the API holds what every flow file says. Closing.' });
    await api.update({ ...target, issue_number: existing, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: existing };
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * Publishes a drift run's report to its issue (see {@link keepDriftIssue}) and logs what it did.
 * A token that may not write issues fails the step with the permission it needs: the user asked
 * for the issue, so going green without it would hide the drift.
 */
async function publishDriftIssue(api, target, report, deps) {
    if (!report.drift)
        return { action: 'none' };
    const complete = report.drift.unreadable.length === 0 && report.validation.summary.errors === 0;
    const footer = deps.runUrl === undefined ? '' : `\n[The run that wrote this](${deps.runUrl})\n`;
    const body = reportMarkdown(report, deps.context, { ...ISSUE_BUDGET, limit: ISSUE_BUDGET.limit - footer.length }, DRIFT_ISSUE_MARKER) + footer;
    try {
        const outcome = await keepDriftIssue(api, target, { drifted: report.drift.drifted.length > 0, complete }, body);
        deps.core.info(outcome.action === 'none' ? 'flowkeeper: no drift issue to keep' : `flowkeeper: drift issue #${outcome.number} ${outcome.action}`);
        return outcome;
    }
    catch (error) {
        const status = statusOf(error);
        if (status !== 403 && status !== 404)
            throw error;
        throw new errors/* FlowkeeperError */.tF('github-permission', `the drift issue could not be kept: GitHub answered HTTP ${status}. drift-issue: true needs a github-token with issues: write (permissions: issues: write in the workflow)`, { cause: error });
    }
}

;// CONCATENATED MODULE: ./lib/action/event.js
const ZERO_SHA = /^0+$/;
function field(value, ...path) {
    let current = value;
    for (const key of path)
        current = typeof current === 'object' && current !== null ? current[key] : undefined;
    return current;
}
/** Reads the event from the workflow context (GITHUB_EVENT_PATH, GITHUB_EVENT_NAME). */
function readEvent(context) {
    const { payload } = context;
    const pr = field(payload, 'pull_request');
    const before = field(payload, 'before');
    const prNumber = field(pr, 'number');
    const baseSha = pr !== undefined ? field(pr, 'base', 'sha') : typeof before === 'string' && !ZERO_SHA.test(before) ? before : undefined;
    const headRepo = field(pr, 'head', 'repo', 'full_name');
    const baseRepo = field(pr, 'base', 'repo', 'full_name');
    return {
        name: context.eventName,
        owner: context.repo.owner,
        repo: context.repo.repo,
        ...(typeof prNumber === 'number' ? { pullRequest: prNumber } : {}),
        ...(typeof baseSha === 'string' ? { baseSha } : {}),
        // A fork that was deleted leaves head.repo null; its pull request's token is read-only all the same.
        fromFork: pr !== undefined && typeof baseRepo === 'string' && headRepo !== baseRepo,
    };
}

;// CONCATENATED MODULE: ./lib/action/github-api.js
/**
 * GitHub's API through `@actions/github`'s Octokit, loaded on the first call: a run that never
 * comments (a push, a validate on a clean tree) does not pay for loading it.
 */
function lazyGitHubApi(token) {
    let loading;
    const octokit = () => (loading ??= octokitOf(token));
    return {
        listComments: async (params) => (await octokit()).rest.issues.listComments(params),
        createComment: async (params) => (await octokit()).rest.issues.createComment(params),
        updateComment: async (params) => (await octokit()).rest.issues.updateComment(params),
        getAuthenticated: async () => (await octokit()).rest.users.getAuthenticated(),
        listForRepo: async (params) => (await octokit()).rest.issues.listForRepo(params),
        create: async (params) => (await octokit()).rest.issues.create(params),
        update: async (params) => (await octokit()).rest.issues.update(params),
    };
}
async function octokitOf(token) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 92413));
    return getOctokit(token);
}

// EXTERNAL MODULE: ./lib/app/duration.js
var duration = __webpack_require__(21411);
;// CONCATENATED MODULE: ./lib/action/inputs.js


/**
 * The only events a sync may run under: their code is already on a branch of this repository.
 * An allowlist, not a blocklist: a new event GitHub adds is refused until someone decides.
 */
const SYNC_EVENTS = new Set(['push', 'workflow_dispatch', 'schedule']);
/**
 * The only events a drift check may run under. It only reads the API, but with the API token,
 * and it writes an issue: so, as for a sync, only events whose code (flow files, workflow) is
 * already on a branch of this repository. `schedule` is what drift is for, `workflow_dispatch`
 * runs it on demand, `push` checks right after a change lands. On a pull request the files are
 * not yet what the server should hold (mode plan shows that difference), and may be a fork's.
 */
const DRIFT_EVENTS = new Set(['schedule', 'workflow_dispatch', 'push']);
/** A wrong input value: the step fails with a message naming the input. */
class InputError extends errors/* UsageError */.eb {
}
function choice(read, name, allowed, fallback) {
    const value = read(name).trim();
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new InputError(`input ${name} is ${JSON.stringify(value)}; expected one of ${allowed.join(', ')}`);
}
function bool(read, name, fallback) {
    const value = read(name).trim();
    if (value === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new InputError(`input ${name} is ${JSON.stringify(value)}; expected true or false`);
}
function inputs_duration(read, name, fallback) {
    const value = read(name).trim();
    if (value === '')
        return fallback;
    const ms = (0,duration/* parseDuration */.E9)(value);
    if (ms === undefined)
        throw new InputError(`input ${name} is ${JSON.stringify(value)}; expected a duration such as 90s, 10m or 1h`);
    return ms;
}
function optional(read, name) {
    const value = read(name).trim();
    return value === '' ? undefined : value;
}
/**
 * Reads and checks every input once. `read` is `core.getInput`; the event gives the defaults
 * that depend on it (the base commit, whether to comment) and decides whether a sync may run.
 */
function getInputs(read, event) {
    const mode = choice(read, 'mode', ['validate', 'plan', 'sync', 'drift'], 'validate');
    const files = read('files').split(/[\n,]/).map((f) => f.trim()).filter(Boolean);
    const maxWarningsText = optional(read, 'max-warnings');
    let maxWarnings;
    if (maxWarningsText !== undefined && maxWarningsText !== '-1') {
        if (!/^\d+$/.test(maxWarningsText))
            throw new InputError(`input max-warnings is ${JSON.stringify(maxWarningsText)}; expected a whole number (or -1 for no limit)`);
        maxWarnings = Number(maxWarningsText);
    }
    const apiUrl = optional(read, 'api-url');
    const apiToken = optional(read, 'api-token');
    const baseRef = optional(read, 'base-ref') ?? event.baseSha;
    const inputs = {
        mode,
        files: files.length ? files : ['flows/'],
        filesGiven: files.length > 0,
        onlyChanged: bool(read, 'only-changed', mode === 'sync'),
        dryRun: bool(read, 'dry-run', false),
        comment: bool(read, 'comment', event.pullRequest !== undefined),
        force: bool(read, 'force', false),
        allowDelete: bool(read, 'allow-delete', false),
        blind: bool(read, 'blind', false),
        onFailure: choice(read, 'on-failure', ['continue', 'stop', 'rollback'], 'continue'),
        timeoutMs: inputs_duration(read, 'timeout', duration/* DEFAULT_SYNC_TIMEOUT_MS */.VS),
        failOnDrift: bool(read, 'fail-on-drift', true),
        driftIssue: bool(read, 'drift-issue', false),
        ...(apiUrl ? { apiUrl } : {}),
        ...(optional(read, 'environment') ? { environment: optional(read, 'environment') } : {}),
        ...(apiToken ? { apiToken } : {}),
        ...(baseRef ? { baseRef } : {}),
        ...(maxWarnings !== undefined ? { maxWarnings } : {}),
        ...(optional(read, 'github-token') ? { githubToken: optional(read, 'github-token') } : {}),
        ...(optional(read, 'plan-file') ? { planFile: optional(read, 'plan-file') } : {}),
    };
    if (mode === 'sync' && !SYNC_EVENTS.has(event.name)) {
        throw new InputError(`mode sync refuses to run on ${JSON.stringify(event.name)} events: it runs only on ${[...SYNC_EVENTS].join(', ')}, whose code is already on a branch of this repository. Under other events (pull requests, reviews, comments, workflow_run, merge queues) the code may be unreviewed or a fork's. Use mode plan there, and mode sync on push to the default branch.`);
    }
    if (mode === 'drift' && !DRIFT_EVENTS.has(event.name)) {
        throw new InputError(`mode drift refuses to run on ${JSON.stringify(event.name)} events: it runs only on ${[...DRIFT_EVENTS].join(', ')}, whose code is already on a branch of this repository. It sends the API token and may write an issue; on other events (pull requests, reviews, comments, workflow_run, merge queues) the flow files may be unreviewed or a fork's. Use mode plan on pull requests, and mode drift on a schedule.`);
    }
    if (inputs.driftIssue && mode !== 'drift')
        throw new InputError(`input drift-issue is true with mode ${mode}; it applies only to mode drift`);
    if (inputs.driftIssue && inputs.githubToken === undefined)
        throw new InputError('input drift-issue is true but github-token is empty; give it a token with issues: write (the default github.token, with permissions issues: write)');
    // What a sync needs beyond these (an API URL, a token, a base for rollback) is checked by the
    // sync itself, with the same words for the CLI's flags and these inputs.
    return inputs;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/api/api-url.js
var api_url = __webpack_require__(91268);
// EXTERNAL MODULE: ./lib/api/flow-id.js
var flow_id = __webpack_require__(76598);
// EXTERNAL MODULE: ./lib/engine/diagnostic.js
var diagnostic = __webpack_require__(27931);
// EXTERNAL MODULE: ./lib/engine/error-mapping.js
var error_mapping = __webpack_require__(23335);
// EXTERNAL MODULE: ./lib/engine/json.js
var json = __webpack_require__(4662);
// EXTERNAL MODULE: ./lib/files/discover.js
var discover = __webpack_require__(44116);
// EXTERNAL MODULE: ./lib/files/load.js + 8 modules
var load = __webpack_require__(65189);
// EXTERNAL MODULE: ./lib/files/reader.js
var reader = __webpack_require__(44696);
// EXTERNAL MODULE: ./lib/generated/validator-types.js + 1 modules
var validator_types = __webpack_require__(23039);
// EXTERNAL MODULE: ./lib/parse/decode.js
var decode = __webpack_require__(85365);
// EXTERNAL MODULE: ./lib/parse/locate.js + 2 modules
var locate = __webpack_require__(26989);
// EXTERNAL MODULE: ./lib/parse/parse-yaml.js
var parse_yaml = __webpack_require__(37934);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./lib/config/find-config.js


/** The repository config's file name, looked for from the working directory up to the repository root. */
const CONFIG_FILE_NAME = 'flowkeeper.yaml';
/** The folders from `cwd` up to `root`, nearest first; just `root` when `cwd` is outside it. */
function foldersUp(cwd, root) {
    const inside = external_node_path_.relative(root, cwd);
    if (inside.startsWith('..') || external_node_path_.isAbsolute(inside))
        return [root];
    const folders = [];
    for (let folder = cwd;; folder = external_node_path_.dirname(folder)) {
        folders.push(folder);
        if (folder === root || external_node_path_.dirname(folder) === folder)
            break;
    }
    return folders;
}
/** The nearest flowkeeper.yaml from `cwd` up to `root`, or undefined. */
async function findConfig(cwd, root) {
    for (const folder of foldersUp(external_node_path_.resolve(cwd), external_node_path_.resolve(root))) {
        const candidate = external_node_path_.join(folder, CONFIG_FILE_NAME);
        if ((await (0,promises_.stat)(candidate).catch(() => undefined)) !== undefined)
            return candidate;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/config/load-config.js















/** An environment's name: a letter, then letters, digits, `_` or `-` (it is typed as `--env NAME`). */
const ENVIRONMENT_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Relative to the working directory, with `/` separators, as every report shows paths. */
function displayPath(absolutePath, cwd) {
    return external_node_path_.relative(cwd, absolutePath).split(external_node_path_.sep).join('/') || external_node_path_.basename(absolutePath);
}
/** Environment names are checked in code, where the finding can sit on the key; the schema's propertyNames is for editors. */
function withoutNameErrors(errors) {
    return (errors ?? []).filter((e) => e.keyword !== 'propertyNames' && e.propertyName === undefined);
}
/** Findings that need more than the schema: names, URLs, files claimed twice, ids shared. */
async function environmentProblems(value, folder, cwd) {
    const problems = [];
    const environments = (0,json/* isObject */.Gv)(value.environments) ? value.environments : {};
    const claims = new Map();
    const ids = new Map();
    for (const [name, entry] of Object.entries(environments)) {
        const at = `environments.${name}`;
        if (!ENVIRONMENT_NAME.test(name)) {
            problems.push((0,diagnostic/* diagnostic */.YK)(at, name === ''
                ? 'an environment name is empty; expected an identifier such as staging or production'
                : `the environment name ${(0,json/* quote */.hD)(name)} is not an identifier; expected a letter, then letters, digits, _ or - (such as staging or production)`, 'environment-name'));
        }
        if (!(0,json/* isObject */.Gv)(entry))
            continue;
        if (typeof entry.apiUrl === 'string' && entry.apiUrl !== '') {
            try {
                (0,api_url/* parseApiUrl */.nV)(entry.apiUrl);
            }
            catch (error) {
                problems.push((0,diagnostic/* diagnostic */.YK)(`${at}.apiUrl`, `${at}.${error.message}`, 'api-url'));
            }
        }
        if (!Array.isArray(entry.files))
            continue;
        for (const [index, pattern] of entry.files.entries()) {
            if (typeof pattern !== 'string' || pattern === '')
                continue;
            const field = `${at}.files.${index}`;
            const absolute = external_node_path_.resolve(folder, pattern);
            const inside = external_node_path_.relative(folder, absolute);
            if (inside.startsWith('..') || external_node_path_.isAbsolute(inside)) {
                problems.push((0,diagnostic/* diagnostic */.YK)(field, `${field} is ${(0,json/* quote */.hD)(pattern)}, outside the config's folder; expected a path inside the repository`, 'files'));
                continue;
            }
            let found;
            try {
                found = await (0,discover/* discoverFlowFiles */.x)([pattern], folder);
            }
            catch {
                problems.push((0,diagnostic/* diagnostic */.YK)(field, `${field} is ${(0,json/* quote */.hD)(pattern)}: no such file or folder, and no flow files match it`, 'path-not-found'));
                continue;
            }
            for (const file of found) {
                const shown = displayPath(file, cwd);
                const owner = claims.get(file);
                if (owner !== undefined && owner !== name) {
                    problems.push((0,diagnostic/* diagnostic */.YK)(field, `${field} claims ${shown}, which environment ${owner} claims too; a flow file belongs to one environment (put what they share in a base both extend)`, 'environment-overlap'));
                    continue;
                }
                claims.set(file, name);
                const id = await fileId(file, shown);
                if (id === null)
                    continue;
                const other = ids.get(id);
                if (other !== undefined && other.env !== name) {
                    problems.push((0,diagnostic/* diagnostic */.YK)(field, `${shown} has the flow id ${(0,json/* quote */.hD)(id)}, which ${other.path} of environment ${other.env} has too; each environment is its own project, with its own ids`, 'environment-shared-id'));
                }
                else if (other === undefined) {
                    ids.set(id, { env: name, path: shown });
                }
            }
        }
    }
    return problems;
}
/**
 * A flow file's id, canonical; null for a base, or a file that cannot be read (validate reports
 * it). Read as validate reads it: a FIFO, a device or an oversized file is refused, not read.
 */
async function fileId(absolutePath, shown) {
    const bytes = await reader/* workingTreeReader */.LE.read(absolutePath).catch(() => undefined);
    if (bytes === undefined || (0,reader/* isRefusal */.vu)(bytes))
        return null;
    const id = (0,load/* loadFlowFile */.n)(bytes, absolutePath, shown).id;
    return id === null ? null : (0,flow_id/* canonicalFlowId */._s)(id);
}
/** The checked config, its environments in the order the file lists them. */
function configOf(value, path, folder) {
    const environments = Object.entries(value.environments).map(([name, entry]) => ({
        name,
        apiUrl: entry.apiUrl,
        tokenEnv: entry.tokenEnv,
        files: [...entry.files],
        ...(typeof entry.maxChangeShare === 'number' ? { maxChangeShare: entry.maxChangeShare } : {}),
    }));
    return { path, root: folder, environments };
}
/** A name's finding sits on the name (the key), not on the environment it names. */
function placeOnKey(d, source, shown) {
    const name = d.field.slice('environments.'.length);
    const located = source.find(['environments', name]);
    return { ...d, file: shown, ...source.position(located.depth === 2 ? (located.keyOffset ?? located.valueOffset) : located.valueOffset) };
}
function resultOf(path, diagnostics) {
    const errors = (0,diagnostic/* dedupeDiagnostics */.E_)(diagnostics).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return errors.length === 0 ? [] : [{ path, id: null, valid: false, errors, warnings: [] }];
}
/**
 * Finds and checks the repository config: the nearest `flowkeeper.yaml` from `cwd` up to `root`
 * (the git root). No file: no config and no problems, and every command works as without one.
 * A file with problems gives no config, and its findings positioned as a flow file's are
 * (syntax, unknown keys with did-you-mean, wrong types, names, files claimed by two
 * environments, flow ids two environments share).
 */
async function loadRepositoryConfig(options) {
    const path = options.found ?? (await findConfig(options.cwd, options.root));
    if (path === undefined)
        return { config: undefined, problems: [] };
    const shown = displayPath(path, options.cwd);
    const atFile = (message, rule) => ({ config: undefined, problems: resultOf(shown, [{ ...(0,diagnostic/* diagnostic */.YK)('', message, rule), file: shown, line: 1, column: 1 }]) });
    // Read as a flow file is: a FIFO, a device or an oversized file is refused, never read.
    const bytes = await reader/* workingTreeReader */.LE.read(path).catch((error) => error);
    if (bytes === undefined)
        return { config: undefined, problems: [] };
    if ((0,reader/* isRefusal */.vu)(bytes))
        return atFile(bytes.refused, bytes.rule);
    if (bytes instanceof Error)
        return atFile(`cannot read ${CONFIG_FILE_NAME} (${bytes.code ?? bytes.message})`, 'file');
    const decoded = (0,decode/* decodeFlowFile */.pq)(bytes);
    if (!decoded.ok)
        return { config: undefined, problems: resultOf(shown, [{ ...decoded.problem, file: shown }]) };
    const text = decoded.text.replace(/\r(?!\n)/g, '\n');
    const source = (0,parse_yaml/* parseYaml */.h)(text);
    const layer = { path: shown, source };
    if (source.problems.some((d) => d.severity === 'error'))
        return { config: undefined, problems: resultOf(shown, source.problems.map((d) => ({ ...d, file: shown }))) };
    const value = source.value;
    if (!(0,json/* isObject */.Gv)(value)) {
        const message = value === null || value === undefined
            ? `${CONFIG_FILE_NAME} is empty; expected a mapping with environments`
            : `${CONFIG_FILE_NAME} holds ${(0,json/* quote */.hD)(value)} (${(0,json/* describeType */.MF)(value)}); expected a mapping with environments`;
        return { config: undefined, problems: resultOf(shown, [(0,locate/* placeInFile */.Z)((0,diagnostic/* diagnostic */.YK)('', message, 'type'), layer)]) };
    }
    (0,validator_types/* validateConfigFileSchema */.QP)(value);
    const folder = external_node_path_.dirname(path);
    const problems = [
        ...(0,error_mapping/* mapSchemaErrors */.F)(withoutNameErrors(validator_types/* validateConfigFileSchema */.QP.errors), 'the config'),
        ...(await environmentProblems(value, folder, options.cwd)),
    ].map((d) => (d.rule === 'environment-name' ? placeOnKey(d, source, shown) : (0,locate/* placeInFile */.Z)(d, layer)));
    if (problems.length > 0)
        return { config: undefined, problems: resultOf(shown, problems) };
    return { config: configOf(value, path, folder), problems: [] };
}

;// CONCATENATED MODULE: ./lib/config/config-error.js

/** One finding per line, as `file:line:column: message (rule)`: plain text both edges can print. */
function describeConfigProblems(problems) {
    return problems
        .flatMap((file) => file.errors.map((d) => `  ${d.file ?? file.path}:${d.line ?? 1}:${d.column ?? 1}: ${d.message} (${d.rule})`))
        .join('\n');
}
/**
 * The repository config has problems: nothing runs on a config that may send a token to the
 * wrong place. A usage error (exit 2), its message listing every finding with its position.
 */
class ConfigProblemsError extends errors/* UsageError */.eb {
    problems;
    constructor(problems) {
        const count = problems.reduce((n, file) => n + file.errors.length, 0);
        super(`${problems[0]?.path ?? 'flowkeeper.yaml'} has ${count} problem${count === 1 ? '' : 's'}:\n${describeConfigProblems(problems)}`, { code: 'config' });
        this.problems = problems;
    }
}

// EXTERNAL MODULE: ./lib/config/select-environment.js
var select_environment = __webpack_require__(83884);
;// CONCATENATED MODULE: ./lib/action/names.js
/** How the action spells each input in the messages of src/app. */
const ACTION_NAMES = {
    apiUrl: 'the api-url input',
    token: 'the api-token input',
    base: 'the base ref',
    sendAll: 'set only-changed: false to send every flow',
    force: 'set force: true',
    maxWarnings: 'max-warnings',
    timeout: 'the timeout input',
    concurrency: 'concurrency',
    allowDelete: 'set allow-delete: true',
    blind: 'blind: true',
    credentials: 'the api-token and api-url inputs',
};

;// CONCATENATED MODULE: ./lib/action/environment.js





/**
 * Reads the repository config and selects the environment input's environment. The token is
 * the api-token input: the workflow passes the environment's own secret, so it is handed over
 * only for that environment (never read from the runner's variables), and goes only to the
 * environment's apiUrl; an api-url input that differs is refused. sync and drift write or read
 * with one token: with a config they need the environment input.
 */
async function actionEnvironment(inputs, workspace, root) {
    const { config, problems } = await loadRepositoryConfig({ cwd: workspace, root });
    if (problems.length > 0)
        throw new ConfigProblemsError(problems);
    if (config === undefined) {
        if (inputs.environment !== undefined)
            throw new InputError(`input environment is ${JSON.stringify(inputs.environment)}, but there is no flowkeeper.yaml between the workspace and the repository root, so there are no environments`);
        return { config, patterns: inputs.files, everyEnvironment: false, names: ACTION_NAMES };
    }
    if (inputs.environment === undefined) {
        if (inputs.mode === 'sync' || inputs.mode === 'drift') {
            throw new InputError(`mode ${inputs.mode} without the environment input: ${config.path} defines environments (${config.environments.map((e) => e.name).join(', ')}); one run talks to one environment, with its own token. Set environment, and api-token to that environment's secret`);
        }
        return { config, patterns: inputs.files, everyEnvironment: !inputs.filesGiven, names: ACTION_NAMES };
    }
    const selected = (0,select_environment/* selectEnvironment */.aP)(config, { name: inputs.environment, ...(inputs.apiUrl === undefined ? {} : { apiUrl: inputs.apiUrl }), paths: inputs.filesGiven ? inputs.files : [] }, workspace, () => inputs.apiToken, { env: 'the environment input', apiUrl: 'the api-url input' });
    const name = selected.environment.name;
    return {
        config,
        selected,
        patterns: selected.patterns,
        everyEnvironment: false,
        names: { ...ACTION_NAMES, apiUrl: `apiUrl of environment ${name} in flowkeeper.yaml`, token: `the api-token input (the secret of environment ${name})`, credentials: `the api-token input and the apiUrl of environment ${name}` },
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/formatters/drift-stylish.js




/**
 * Terraform-like text of a drift check, for a log: `~` per drifted flow with its
 * `field: repository → server` lines, weakening ones marked, the unreadable flows, a summary.
 */
function driftStylish(report, context) {
    const colours = paint(context.color);
    const lines = [`Comparing the flow files with ${(0,printable/* printable */.g$)(report.apiUrl)} (repository → server)`, ''];
    for (const flow of report.flows) {
        if (flow.changes.length === 0)
            continue;
        lines.push(`${colours.yellow('~')} ${colours.bold((0,printable/* printable */.g$)(repoPath(flow.path)))} (${(0,printable/* printable */.g$)(flow.id)})${colours.dim(` [${(0,printable/* printable */.g$)(flow.status)}]`)}`);
        for (const c of flow.changes) {
            const text = `    ${(0,printable/* printable */.g$)(c.field)}: ${(0,printable/* printable */.g$)(renderValue(c.repository))} → ${(0,printable/* printable */.g$)(renderValue(c.server))}`;
            lines.push(c.weakens ? `${text}  ${colours.red(colours.bold('(weakens)'))}` : text);
        }
        lines.push('');
    }
    if (report.unreadable.length > 0) {
        lines.push(colours.bold('Flows the API could not show (drift unknown):'));
        for (const flow of report.unreadable)
            lines.push(`  ${(0,printable/* printable */.g$)(repoPath(flow.path))} (${(0,printable/* printable */.g$)(flow.id)}): ${(0,printable/* printable */.g$)(flow.message)}`);
        lines.push('');
    }
    const counts = driftCounts(report);
    const summary = driftSummaryText(counts);
    lines.push(counts.drifted > 0 || counts.unreadable > 0 ? colours.yellow(colours.bold(summary)) : colours.green(colours.bold(summary)));
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./lib/formatters/plan-base.js
/** How many hex digits of a commit git shows by default (`git log --oneline`). */
const SHORT_SHA = 7;
/**
 * What a plan's header says it compared with: the ref's name and its commit, short as git shows
 * it (`origin/main (1a2b3c4)`); a commit given by its id is shown short alone (`1a2b3c4`). Plain
 * text: each format escapes it its own way.
 */
function plan_base_planBaseText(report) {
    const commit = report.baseCommit;
    if (commit === undefined)
        return report.base;
    const short = commit.slice(0, SHORT_SHA);
    return commit.startsWith(report.base.toLowerCase()) ? short : `${report.base} (${short})`;
}

;// CONCATENATED MODULE: ./lib/formatters/stylish.js





/** Where a diagnostic is, as `line:col`, prefixed with its file when that is not the listed one. */
function locationText(result, diagnostic) {
    const line = position(diagnostic.line);
    const column = position(diagnostic.column);
    let at = line === undefined ? '' : column === undefined ? String(line) : `${line}:${column}`;
    const file = diagnosticFile(result, diagnostic);
    if (file !== repoPath(result.path))
        at = at === '' ? (0,printable/* printable */.g$)(file) : `${(0,printable/* printable */.g$)(file)}:${at}`;
    return at === '' ? '-' : at;
}
/**
 * The message, led by the field's path when the message does not name it: the API's own
 * messages (kept word for word) name a field by its key alone, which does not say which section.
 */
function messageText(d) {
    return d.field === '' || d.message.includes(d.field) ? d.message : `${d.field}: ${d.message}`;
}
/** Pads to a width measured before colouring, so ANSI codes do not upset the alignment. */
const pad = (text, width) => text + ' '.repeat(Math.max(0, width - [...text].length));
/** One file's block: its path, then one aligned row per diagnostic (ESLint's stylish layout). */
function fileBlock(result, colours) {
    const rows = diagnosticsOf(result).map((d) => ({
        at: locationText(result, d),
        severity: d.severity,
        message: (0,printable/* printable */.g$)(messageText(d)),
        rule: (0,printable/* printable */.g$)(d.rule),
    }));
    const width = (pick) => Math.max(0, ...rows.map((row) => [...pick(row)].length));
    const [atWidth, severityWidth, messageWidth] = [width((r) => r.at), width((r) => r.severity), width((r) => r.message)];
    const lines = [colours.underline((0,printable/* printable */.g$)(repoPath(result.path)))];
    for (const row of rows) {
        const severity = pad(row.severity, severityWidth);
        lines.push([
            '',
            colours.dim(pad(row.at, atWidth)),
            row.severity === 'error' ? colours.red(severity) : colours.yellow(severity),
            pad(row.message, messageWidth),
            colours.dim(row.rule),
        ].join('  '));
    }
    return lines;
}
/** The blocks of every file that has something to say, a blank line after each. */
function problemBlocks(files, colours) {
    return files
        .filter((file) => file.errors.length + file.warnings.length > 0)
        .flatMap((file) => [...fileBlock(file, colours), '']);
}
function summaryLine(text, errors, warnings, colours) {
    if (errors > 0)
        return colours.red(colours.bold(text));
    return warnings > 0 ? colours.yellow(colours.bold(text)) : colours.green(colours.bold(text));
}
/**
 * ESLint-style text for `flowkeeper validate`: each file with problems and its aligned
 * `line:col  severity  message  rule` rows, then a one-line summary.
 */
function validateStylish(report, context) {
    const colours = paint(context.color);
    const { errors, warnings } = report.summary;
    const lines = [...problemBlocks(report.files, colours), summaryLine(validateSummaryText(report.summary), errors, warnings, colours)];
    return `${lines.join('\n')}\n`;
}
const stylish_SYMBOLS = { added: '+', removed: '-', changed: '~', unchanged: '~' };
function flowHeader(flow, colours) {
    const symbol = stylish_SYMBOLS[flow.change];
    const coloured = flow.change === 'added' ? colours.green(symbol) : flow.change === 'removed' ? colours.red(symbol) : colours.yellow(symbol);
    const path = (0,printable/* printable */.g$)(repoPath(flow.path));
    const where = flow.previousPath === undefined ? path : `${(0,printable/* printable */.g$)(repoPath(flow.previousPath))} → ${path}`;
    const id = flow.id === null ? '' : ` (${(0,printable/* printable */.g$)(flow.id)})`;
    const status = flow.status === undefined ? '' : colours.dim(` [${(0,printable/* printable */.g$)(flow.status)}]`);
    return `${coloured} ${colours.bold(where)}${id}${status}`;
}
function flowBlock(flow, colours) {
    const lines = [flowHeader(flow, colours)];
    for (const c of flow.changes) {
        const text = `    ${(0,printable/* printable */.g$)(c.field)}: ${(0,printable/* printable */.g$)(renderValue(c.before))} → ${(0,printable/* printable */.g$)(renderValue(c.after))}`;
        lines.push(c.weakens ? `${text}  ${colours.red(colours.bold('(weakens)'))}` : text);
    }
    if (flow.changes.length === 0 && flow.change !== 'added' && flow.change !== 'removed') {
        lines.push(colours.dim('    (moved; no field changes)'));
    }
    if (flow.change === 'removed')
        lines.push(colours.red(`    ${DELETE_NOTE}`));
    return lines;
}
/**
 * Terraform-plan-like text for `flowkeeper plan`: `+`, `~` and `-` per flow with its
 * `field: before → after` lines, weakening ones marked, then the invalid files and a summary.
 */
function planStylish(report, context) {
    const colours = paint(context.color);
    const lines = [`Comparing the working tree with ${(0,printable/* printable */.g$)(plan_base_planBaseText(report))}`, ''];
    for (const flow of summaries_shownInPlan(report.flows))
        lines.push(...flowBlock(flow, colours), '');
    if (report.files.length > 0)
        lines.push(colours.bold('Files with errors:'), '', ...problemBlocks(report.files, colours));
    const counts = summaries_planCounts(report);
    lines.push(counts.weakening > 0 ? colours.yellow(colours.bold(summaries_planSummaryText(counts))) : colours.bold(summaries_planSummaryText(counts)));
    if (report.files.length > 0) {
        lines.push(colours.red(colours.bold(`✖ ${summaries_unplannedText(report.files)}`)));
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./lib/action/annotations.js

/** GitHub shows at most 10 annotations of each kind per step (and 50 per job). */
const ANNOTATIONS_PER_KIND = 10;
/**
 * Picks the diagnostics worth an annotation within GitHub's limits: errors of the files' own
 * lines before those found in bases, spread across files (one per file first) so that one
 * broken file cannot hide the others. Pure.
 */
function pickAnnotations(report, limit = ANNOTATIONS_PER_KIND) {
    const pick = (severity) => {
        const all = report.files.flatMap((file) => file[severity].map((d, index) => ({ d: { ...d, file: d.file ?? file.path }, index, full: d.file === undefined || d.file === file.path })));
        // A base's finding is told in full by one file and referred to by the others that extend
        // it (tellBaseFindingsOnce): annotated once, in full, at its place.
        const unique = new Map();
        for (const entry of all) {
            const key = `${entry.d.file}:${entry.d.line}:${entry.d.column}:${entry.d.rule}:${entry.d.field}`;
            const known = unique.get(key);
            if (!known || (entry.full && !known.full))
                unique.set(key, entry);
        }
        const ordered = [...unique.values()].sort((a, b) => a.index - b.index).map((e) => e.d);
        return { chosen: ordered.slice(0, limit), hidden: Math.max(0, ordered.length - limit) };
    };
    const errors = pick('errors');
    const warnings = pick('warnings');
    return { errors: errors.chosen, warnings: warnings.chosen, hiddenErrors: errors.hidden, hiddenWarnings: warnings.hidden };
}
/** A finding's annotation properties: its start (line 1 when unknown) and, when known, its end. */
function annotationProperties(d) {
    const range = placeRange(d);
    return {
        title: `flowkeeper: ${d.rule}`,
        ...(d.file === undefined ? {} : { file: d.file }),
        startLine: range?.line ?? 1,
        ...(range?.endLine === undefined ? {} : { endLine: range.endLine }),
        ...(range === undefined ? { startColumn: 1 } : range.column === undefined ? {} : { startColumn: range.column }),
        ...(range?.endColumn === undefined ? {} : { endColumn: range.endColumn }),
    };
}

;// CONCATENATED MODULE: ./lib/action/publish.js











// The job summary's and the comment's limits (1 MiB, 65,536 characters), and how each is
// measured, are in COMMENT_BUDGET and SUMMARY_BUDGET.
/** The JSON report's name in the report folder (RUNNER_TEMP). */
const REPORT_NAME = 'flowkeeper-report.json';
/** The runner's files as the environment names them. */
function runnerFiles(env) {
    return { summary: Boolean(env.GITHUB_STEP_SUMMARY), outputs: Boolean(env.GITHUB_OUTPUT) };
}
function publish_statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * Prints report text to the log with workflow commands stopped. File names and values from flow
 * files can start a line (a base at the repository root named `::error::x.yaml`), and the runner
 * obeys any line that starts with `::`. The resume token is random, so no file can know it.
 */
function logSafely(core, texts) {
    const resume = (0,external_node_crypto_.randomUUID)();
    core.info(`::stop-commands::${resume}`);
    for (const text of texts)
        core.info(text);
    core.info(`::${resume}::`);
}
function isClean(result) {
    const { summary } = result.validation;
    const changes = result.plan?.report.flows.some((f) => f.change !== 'unchanged') ?? false;
    return summary.errors === 0 && summary.warnings === 0 && !changes && (result.sync?.summary.failed ?? 0) === 0;
}
/**
 * Reports a run everywhere GitHub users look: the full log, annotations within GitHub's limits,
 * the job summary, one pull-request comment kept up to date, the outputs and a JSON report.
 * Throws when reporting fails, so a run never goes green with its errors hidden.
 */
async function publish(report, inputs, event, deps) {
    const { core, context } = deps;
    // The report is the use case's value: what publishing adds (the annotation note) goes on a copy.
    const result = { ...report, notes: [...report.notes] };
    logSafely(core, [
        validateStylish(result.validation, context),
        ...(result.plan ? [planStylish(result.plan.report, context)] : []),
        ...(result.sync ? [syncStylish(result.sync, context)] : []),
        ...(result.drift ? [driftStylish(result.drift, context)] : []),
    ]);
    const picked = pickAnnotations(result.validation);
    for (const d of picked.errors)
        core.error(d.message, annotationProperties(d));
    for (const d of picked.warnings)
        core.warning(d.message, annotationProperties(d));
    if (picked.hiddenErrors + picked.hiddenWarnings > 0) {
        // Not "listed below": the comment lists at most a hundred, and a budget may hold fewer.
        result.notes.push(`GitHub shows 10 annotations of each kind per step: ${(0,count_of/* countOf */.p)(picked.hiddenErrors, 'more error')} and ${(0,count_of/* countOf */.p)(picked.hiddenWarnings, 'more warning')} are not annotated; the job log and the JSON report list every one.`);
    }
    // Outside GitHub the run goes on without what is missing, said once: the report is in the
    // log above and in the JSON report either way.
    const runner = deps.runner ?? { summary: true, outputs: true };
    const missing = [...(runner.summary ? [] : ['GITHUB_STEP_SUMMARY']), ...(runner.outputs ? [] : ['GITHUB_OUTPUT'])];
    if (missing.length > 0) {
        const effects = [...(runner.summary ? [] : ['no job summary is written']), ...(runner.outputs ? [] : ['the outputs are printed to the log as set-output commands'])];
        core.warning(`flowkeeper: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set (not a GitHub runner?): ${effects.join(', and ')}; the report is in the log and in ${external_node_path_.join(deps.reportDir, REPORT_NAME)}.`);
    }
    if (runner.summary)
        await core.summary.addRaw(reportMarkdown(result, context, SUMMARY_BUDGET), true).write();
    // Outputs and the report first: they do not depend on the comment, and a later step may
    // read them even when the comment fails the run.
    const reportPath = external_node_path_.join(deps.reportDir, REPORT_NAME);
    await (0,promises_.writeFile)(reportPath, `${JSON.stringify({ validation: result.validation, plan: result.plan?.report ?? null, sync: result.sync ?? null, ...(result.drift ? { drift: result.drift } : {}), ...(result.environments ? { environments: result.environments.map((e) => ({ name: e.name, apiUrl: e.apiUrl, validation: e.validation, plan: e.plan?.report ?? null })) } : {}), notes: result.notes }, null, 2)}\n`);
    const { summary } = result.validation;
    core.setOutput('valid', String(summary.errors === 0));
    core.setOutput('error-count', String(summary.errors));
    core.setOutput('warning-count', String(summary.warnings));
    core.setOutput('changed', JSON.stringify((result.plan?.report.flows ?? []).filter((f) => f.change !== 'unchanged').map((f) => f.id)));
    core.setOutput('synced', JSON.stringify((result.sync?.flows ?? []).filter((f) => f.outcome === 'updated').map((f) => f.id)));
    core.setOutput('deleted', JSON.stringify((result.sync?.flows ?? []).filter((f) => f.outcome === 'deleted').map((f) => f.id)));
    core.setOutput('failed', JSON.stringify((result.sync?.flows ?? []).filter((f) => f.outcome === 'failed' || f.outcome === 'unknown' || f.outcome === 'rollback-failed').map((f) => f.id)));
    core.setOutput('drifted', JSON.stringify(result.drift?.drifted ?? []));
    core.setOutput('report', reportPath);
    if (inputs.comment && event.pullRequest !== undefined) {
        if (event.fromFork) {
            core.notice('flowkeeper: this pull request comes from a fork, whose token cannot comment; the results are in the job summary and the annotations.');
        }
        else if (!deps.comments) {
            core.notice('flowkeeper: no github-token, so no pull-request comment; the results are in the job summary.');
        }
        else {
            const body = reportMarkdown(result, context, COMMENT_BUDGET, COMMENT_MARKER);
            try {
                const outcome = await upsertComment(deps.comments, { owner: event.owner, repo: event.repo, pullRequest: event.pullRequest }, body, isClean(result));
                core.info(`flowkeeper: pull-request comment ${outcome}`);
            }
            catch (error) {
                const status = publish_statusOf(error);
                // A read-only token (forks, restricted permissions) is not the check's failure.
                if (status !== 403 && status !== 404)
                    throw error;
                core.notice(`flowkeeper: the token may not comment on this pull request (HTTP ${status}); the results are in the job summary and the annotations.`);
            }
        }
    }
}

;// CONCATENATED MODULE: ./lib/action/main.js















/** Runs the use case the mode names, with the inputs as its settings. */
async function runMode(inputs, workspace, core, stop) {
    const root = (await (0,run_git/* repositoryRoot */.Hn)(workspace)) ?? workspace;
    // flowkeeper.yaml: the environment input's files, URL and guard; without it, every environment.
    const environment = await actionEnvironment(inputs, workspace, root);
    const source = { patterns: environment.patterns, cwd: workspace, root, names: environment.names };
    const limits = inputs.maxWarnings === undefined ? {} : { maxWarnings: inputs.maxWarnings };
    const base = { ...(inputs.baseRef === undefined ? {} : { ref: inputs.baseRef }), mergeBaseByDefault: true };
    const every = environment.everyEnvironment ? environment.config : undefined;
    // Each mode loads only its own use case: validate, the most frequent run, starts fastest.
    if (inputs.mode === 'validate') {
        if (every)
            return (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(700), __webpack_require__.e(425), __webpack_require__.e(418)]).then(__webpack_require__.bind(__webpack_require__, 87418))).validateEnvironments({ cwd: workspace, root, names: environment.names, ...limits }, every);
        return (await __webpack_require__.e(/* import() */ 781).then(__webpack_require__.bind(__webpack_require__, 43781))).validate({ ...source, ...limits });
    }
    // A runner's clone is often shallow: a base it lacks is a note on the plan, not a failure.
    if (inputs.mode === 'plan') {
        if (every && inputs.planFile !== undefined)
            throw new InputError('input plan-file with flowkeeper.yaml: a plan file is for one environment; set the environment input');
        const report = every
            ? await (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(700), __webpack_require__.e(425), __webpack_require__.e(418)]).then(__webpack_require__.bind(__webpack_require__, 87418))).planEnvironments({ cwd: workspace, root, names: environment.names, ...limits, base, missingBase: 'note' }, every)
            : await (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(700), __webpack_require__.e(425), __webpack_require__.e(633)]).then(__webpack_require__.bind(__webpack_require__, 58633))).plan({ ...source, ...limits, base, missingBase: 'note' });
        if (inputs.planFile === undefined)
            return report;
        const { savePlanFile } = await __webpack_require__.e(/* import() */ 669).then(__webpack_require__.bind(__webpack_require__, 27669));
        const saved = await savePlanFile(report, inputs.planFile, workspace, `the plan-file ${inputs.planFile}`, version/* VERSION */.x);
        return { ...report, notes: [...report.notes, saved.note] };
    }
    // With an environment, its own URL: the api-url input, if given, was checked to be the same.
    const apiUrl = environment.selected ? environment.selected.apiUrl : inputs.apiUrl;
    const token = environment.selected ? environment.selected.token : inputs.apiToken;
    if (inputs.mode === 'drift')
        return (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(473), __webpack_require__.e(700), __webpack_require__.e(425), __webpack_require__.e(924)]).then(__webpack_require__.bind(__webpack_require__, 13924))).drift({ ...source, ...limits, apiUrl, token, failOnDrift: inputs.failOnDrift });
    const planFile = inputs.planFile;
    const { sync } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(473), __webpack_require__.e(700), __webpack_require__.e(425), __webpack_require__.e(298)]).then(__webpack_require__.bind(__webpack_require__, 91298));
    const { syncReviewedPlanOrReplan } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(473), __webpack_require__.e(700), __webpack_require__.e(425), __webpack_require__.e(298), __webpack_require__.e(527)]).then(__webpack_require__.bind(__webpack_require__, 52527));
    const syncing = planFile === undefined ? sync : (settings, reporter) => syncReviewedPlanOrReplan({ ...settings, planFile }, reporter);
    return syncing({
        ...source,
        ...limits,
        base,
        onlyChanged: inputs.onlyChanged,
        apiUrl,
        token,
        dryRun: inputs.dryRun,
        force: inputs.force,
        allowDelete: inputs.allowDelete,
        readFirst: !inputs.blind,
        onFailure: inputs.onFailure,
        rate: pacing/* DEFAULT_RATE */.L5,
        concurrency: pacing/* DEFAULT_CONCURRENCY */.WH,
        timeoutMs: inputs.timeoutMs,
        ...(stop ? { stop } : {}),
        guard: { ...guard/* DEFAULT_GUARD */._, ...(environment.selected?.environment.maxChangeShare === undefined ? {} : { maxChangeShare: environment.selected.environment.maxChangeShare }) },
    }, {
        // A line per flow as it ends, so a long sync shows where it is; stop-commands keeps a file
        // name or a server's message from being read as a workflow command.
        syncProgress: (progress) => logSafely(core, [syncProgressLine(progress)]),
    });
}
/**
 * The action's entry: resolves the inputs once, runs the use case, publishes the report. The only
 * place that catches; every failure ends the step with a message and never with the token in it.
 * Importing this module does nothing: `index.ts` calls `run()`, as a test or GitHub's local
 * runner may. `stop` (a cancelled job's SIGINT or SIGTERM) ends a sync early, reported.
 */
async function run(stop) {
    // Masked before anything else can print it, even an input error.
    const apiToken = core.getInput('api-token');
    if (apiToken)
        core.setSecret(apiToken);
    const redact = (0,api_redact/* createRedactor */.lY)([apiToken]);
    try {
        const context = actionContext(process.env);
        const event = readEvent(context);
        const inputs = getInputs((name) => core.getInput(name), event);
        const report = await runMode(inputs, process.env.GITHUB_WORKSPACE || process.cwd(), core, stop);
        const github = inputs.githubToken ? lazyGitHubApi(inputs.githubToken) : undefined;
        await publish(report, inputs, event, {
            core: core,
            runner: runnerFiles(process.env),
            ...(github ? { comments: github } : {}),
            reportDir: process.env.RUNNER_TEMP || external_node_os_.tmpdir(),
            context: { color: false, version: version/* VERSION */.x },
        });
        if (github && inputs.driftIssue) {
            const runUrl = context.runId ? `${context.serverUrl}/${event.owner}/${event.repo}/actions/runs/${context.runId}` : undefined;
            await publishDriftIssue(github, { owner: event.owner, repo: event.repo }, report, { core: core, context: { color: false, version: version/* VERSION */.x }, ...(runUrl ? { runUrl } : {}) });
        }
        if (report.failure)
            core.setFailed(`flowkeeper: ${report.failure.message}`);
    }
    catch (error) {
        core.setFailed(redact(error instanceof Error ? error.message : String(error)));
    }
}


/***/ }),

/***/ 91268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vn: () => (/* binding */ projectUrl),
/* harmony export */   nV: () => (/* binding */ parseApiUrl),
/* harmony export */   s8: () => (/* binding */ flowUrl)
/* harmony export */ });
/* unused harmony export isLoopbackHost */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18937);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16279);



/** The path of the endpoint, under the API's base URL. */
const FLOWS_PATH = '/v3/project-flows/';
/** The path of the projects endpoint, under the API's base URL. */
const PROJECTS_PATH = '/v3/projects/';
/** True for hosts that never leave the machine: 127.0.0.0/8, localhost and [::1]. */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase();
    if (host === 'localhost' || host === '[::1]' || host === '::1')
        return true;
    return (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) === 4 && host.startsWith('127.');
}
/**
 * Checks the API's base URL (the host, without `/v3`) and returns it parsed. Only https is accepted,
 * except on loopback hosts (the sandbox), because the token would otherwise cross the network in
 * clear. Credentials, queries and fragments are refused: nothing but the flow id reaches a URL.
 * Messages show the URL as {@link shownApiUrl} does, with `redact` hiding the token, and call the
 * setting `name`: as the user gave it (`--api-url`, `the api-url input`), since `apiUrl` alone is
 * also a field of flows.
 */
function parseApiUrl(apiUrl, redact = (text) => text, name = 'apiUrl') {
    let url;
    try {
        url = new URL(apiUrl);
    }
    catch {
        // The parser's own error keeps the raw input, which may hold a password: it is left off as
        // the cause on purpose, and the message shows a redacted copy.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiConfigError */ .Vg(`${name} ${JSON.stringify((0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .shownApiUrl */ .jK)(apiUrl, redact))} is not a valid URL; expected https://host[/path]`);
    }
    const shown = JSON.stringify((0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .shownApiUrl */ .jK)(apiUrl, redact));
    if (url.username !== '' || url.password !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiConfigError */ .Vg(`${name} ${shown} contains credentials; remove them and pass the API token separately`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiConfigError */ .Vg(`${name} ${shown} must use https; plain http is allowed only for loopback hosts (127.0.0.1, localhost, [::1])`);
    }
    if (url.search !== '' || url.hash !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiConfigError */ .Vg(`${name} ${shown} has a query or fragment; expected only scheme, host, port and path`);
    }
    return url;
}
/** The endpoint URL of one flow: the base URL's path, then `/v3/project-flows/`, then the encoded id. */
function flowUrl(base, id) {
    const url = new URL(base.href);
    url.pathname = `${base.pathname.replace(/\/+$/, '')}${FLOWS_PATH}${encodeURIComponent(id)}`;
    return url.href;
}
/** The endpoint URL of one project: the base URL's path, then `/v3/projects/`, then the encoded id. */
function projectUrl(base, id) {
    const url = new URL(base.href);
    url.pathname = `${base.pathname.replace(/\/+$/, '')}${PROJECTS_PATH}${encodeURIComponent(id)}`;
    return url.href;
}


/***/ }),

/***/ 29622:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ DEFAULT_RATE),
/* harmony export */   WH: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   g3: () => (/* binding */ createPacer),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/** The documented limit: 50 requests per minute. */
const DEFAULT_RATE = { requests: 50, windowMs: 60_000 };
/** Flows in flight at once unless told otherwise: enough to keep the paced rate busy through slow answers. */
const DEFAULT_CONCURRENCY = 4;
/** Real sleep on a timer that is cleared when `signal` aborts, so no stray timer keeps a CLI alive. */
const realSleep = (ms, signal) => new Promise((resolve) => {
    if (signal?.aborted)
        return resolve();
    const timer = setTimeout(done, Math.max(0, ms));
    function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
});
/**
 * A sliding-window pacer. A slot is held from the moment a send starts until `windowMs` after its
 * attempt settles, not after it starts: the server stamps a request somewhere between our send
 * and its answer, so counting from the answer keeps every server-side window within the limit
 * whatever the latency, at the cost of one round trip per window.
 */
function createPacer(limit, clock) {
    if (!(Number.isInteger(limit.requests) && limit.requests > 0) || !(limit.windowMs > 0)) {
        throw new RangeError(`rate limit ${limit.requests} per ${limit.windowMs} ms is not valid; expected a positive whole number of requests and a positive window`);
    }
    let inFlight = 0;
    /** When each settled send stops counting against the window. */
    let freedAt = [];
    let pausedUntil = 0;
    let settled = deferred();
    let queue = Promise.resolve();
    function release() {
        inFlight -= 1;
        freedAt.push(clock.now() + limit.windowMs);
        const wake = settled;
        settled = deferred();
        wake.resolve();
    }
    async function nextSlot() {
        for (;;) {
            const now = clock.now();
            if (now < pausedUntil) {
                await clock.sleep(pausedUntil - now);
                continue;
            }
            freedAt = freedAt.filter((at) => at > now);
            if (inFlight + freedAt.length < limit.requests) {
                inFlight += 1;
                let released = false;
                return () => {
                    if (released)
                        return;
                    released = true;
                    release();
                };
            }
            // Wake on whichever comes first: the oldest send leaving the window, or one in flight settling.
            const abort = new AbortController();
            const waits = [settled.promise];
            if (freedAt.length > 0)
                waits.push(clock.sleep(Math.min(...freedAt) - now, abort.signal));
            await Promise.race(waits);
            abort.abort();
        }
    }
    return {
        acquire() {
            // One waiter at a time goes through nextSlot, so slots are granted first come, first served.
            const turn = queue.then(nextSlot);
            queue = turn.catch(() => undefined);
            return turn;
        },
        pauseUntil(atMs) {
            pausedUntil = Math.max(pausedUntil, atMs);
        },
    };
}
function deferred() {
    let resolve;
    const promise = new Promise((r) => (resolve = r));
    return { promise, resolve };
}


/***/ }),

/***/ 16279:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XF: () => (/* binding */ REDACTED),
/* harmony export */   jK: () => (/* binding */ shownApiUrl),
/* harmony export */   lY: () => (/* binding */ createRedactor)
/* harmony export */ });
/* unused harmony exports secretForms, LEAK_WINDOW, redactUrl */
/** What a secret is replaced with wherever text leaves the client. */
const REDACTED = '[REDACTED]';
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Every spelling in which a secret may show up in text it did not write itself: as is, URL-encoded
 * (a proxy echoing a query), base64 in both alphabets with and without padding (a Basic header
 * echoed back) and JSON-escaped (a body quoting it).
 */
function secretForms(secret) {
    const base64 = Buffer.from(secret, 'utf8').toString('base64');
    const base64url = Buffer.from(secret, 'utf8').toString('base64url');
    const forms = [
        secret,
        encodeURIComponent(secret),
        encodeURI(secret),
        base64,
        base64.replace(/=+$/, ''),
        base64url,
        JSON.stringify(secret).slice(1, -1),
    ];
    // Longest first, so a form that contains another is replaced whole.
    return [...new Set(forms)].filter((form) => form.length > 0).sort((a, b) => b.length - a.length);
}
/**
 * How many consecutive characters of a secret count as showing it: no output holds a run this
 * long, wherever the run comes from. A server that echoes half the token, or a message
 * cut after the token began, shows a run no whole-token match would find.
 */
const LEAK_WINDOW = 12;
/**
 * The spellings that keep a secret's characters in order, so that part of the secret shows as
 * a run of the spelling: as is, URL-encoded and JSON-escaped. Base64 regroups the bits of every
 * three characters, so a piece of it spells no run of the secret: base64 is redacted whole.
 */
function orderedSpellings(secret) {
    return [secret, encodeURIComponent(secret), encodeURI(secret), JSON.stringify(secret).slice(1, -1)];
}
/** Every run of {@link LEAK_WINDOW} characters of the secrets' ordered spellings. */
function windowsOf(secrets) {
    const windows = new Set();
    for (const spelling of secrets.flatMap(orderedSpellings)) {
        for (let i = 0; i + LEAK_WINDOW <= spelling.length; i++)
            windows.add(spelling.slice(i, i + LEAK_WINDOW));
    }
    return windows;
}
/** Replaces each stretch of text covered by windows of a secret with one {@link REDACTED}. */
function hideWindows(text, windows, firsts) {
    const parts = [];
    let copied = 0;
    let start = -1;
    let end = -1;
    for (let i = 0; i + LEAK_WINDOW <= text.length; i++) {
        if (!firsts.has(text[i]) || !windows.has(text.slice(i, i + LEAK_WINDOW)))
            continue;
        // Overlapping or touching windows make one stretch, so one marker and nothing between.
        if (i > end) {
            if (start >= 0) {
                parts.push(text.slice(copied, start), REDACTED);
                copied = end;
            }
            start = i;
        }
        end = i + LEAK_WINDOW;
    }
    if (start < 0)
        return text;
    parts.push(text.slice(copied, start), REDACTED, text.slice(end));
    return parts.join('');
}
/**
 * Builds a function that blanks out secrets in text: every form of a whole secret (see
 * {@link secretForms}), then every run of {@link LEAK_WINDOW} or more of its characters as is,
 * URL-encoded or JSON-escaped. Apply it before text is cut, quoted or formatted: a piece cut
 * from a secret is found by the second rule only while it is at least that long.
 *
 * Secrets shorter than {@link LEAK_WINDOW} are ignored: a token that short is refused anyway
 * (see src/token-rules.ts), and blanking out every `t` of a one-character token would mangle
 * every message (`h[REDACTED][REDACTED]p://`). Empty and unset secrets are ignored too.
 */
function createRedactor(secrets) {
    const kept = [...new Set(secrets.filter((s) => typeof s === 'string' && s.length >= LEAK_WINDOW))];
    if (kept.length === 0)
        return (text) => text;
    const forms = [...new Set(kept.flatMap(secretForms))].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(forms.map(escapeRegExp).join('|'), 'g');
    const windows = windowsOf(kept);
    const firsts = new Set([...windows].map((window) => window[0]));
    return (text) => hideWindows(text.replace(pattern, REDACTED), windows, firsts);
}
/**
 * Shows a URL without the credentials it may carry (`https://user:pass@host` becomes
 * `https://***@host`). Text that does not parse as a URL is scrubbed with a pattern instead,
 * since a malformed URL can still hold a password.
 */
function redactUrl(url) {
    try {
        const parsed = new URL(url);
        if (parsed.username === '' && parsed.password === '')
            return url;
        parsed.username = '***';
        parsed.password = '';
        return parsed.href;
    }
    catch {
        // Up to the last `@`: a malformed URL's password may hold `/`, `?` or `#` unencoded, and
        // hiding too much of a broken URL is better than showing a secret.
        return url.replace(/(\/\/)[^@]*@/, '$1***@');
    }
}
/**
 * How every message and report shows an API URL: without the credentials it may carry (see
 * {@link redactUrl}), and without the token should it have been pasted into the URL (its path,
 * say). The token is looked for before the URL is parsed and after, since parsing re-encodes
 * some characters. One function, so that plan, sync and every error spell a URL alike.
 */
function shownApiUrl(url, redact) {
    return redact(redactUrl(redact(url)));
}


/***/ }),

/***/ 21411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Ts: () => (/* binding */ STOP_GRACE_MS),
/* harmony export */   VS: () => (/* binding */ DEFAULT_SYNC_TIMEOUT_MS),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * Reads a duration as both edges take it: a whole number with a unit, `500ms`, `90s`, `10m` or
 * `1h`. Undefined for anything else (no unit, a fraction, a sign, zero), so each edge can say which
 * of its settings was wrong.
 */
function parseDuration(text) {
    const match = /^(\d+)(ms|s|m|h)$/.exec(text.trim());
    if (!match)
        return undefined;
    const ms = Number(match[1]) * UNITS[match[2]];
    return ms >= 1 && Number.isSafeInteger(ms) ? ms : undefined;
}
/** A duration in the largest unit that states it exactly (`90s`, `10m`, `1500ms`), as parseDuration reads it. */
function formatDuration(ms) {
    for (const unit of ['h', 'm', 's'])
        if (ms % UNITS[unit] === 0)
            return `${ms / UNITS[unit]}${unit}`;
    return `${ms}ms`;
}
/** How long a sync may run unless told otherwise: about 700 changed flows at the documented rate. */
const DEFAULT_SYNC_TIMEOUT_MS = 30 * 60_000;
/** How long flows in flight may take to finish once a sync is stopped, before their requests are cut. */
const STOP_GRACE_MS = 5_000;


/***/ }),

/***/ 83884:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ reportOrder),
/* harmony export */   LH: () => (/* binding */ environmentPatterns),
/* harmony export */   aP: () => (/* binding */ selectEnvironment)
/* harmony export */ });
/* unused harmony export findEnvironment */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _api_api_url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91268);
/* harmony import */ var _engine_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25592);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(452);




/** Two API URLs name one place when they parse to the same address (a trailing slash aside). */
function sameApiUrl(a, b) {
    try {
        const strip = (url) => url.href.replace(/\/+$/, '');
        return strip((0,_api_api_url_js__WEBPACK_IMPORTED_MODULE_1__/* .parseApiUrl */ .nV)(a)) === strip((0,_api_api_url_js__WEBPACK_IMPORTED_MODULE_1__/* .parseApiUrl */ .nV)(b));
    }
    catch {
        return false;
    }
}
/** An environment's `files`, relative to the working directory (they are written relative to the config's folder). */
function environmentPatterns(config, environment, cwd) {
    return environment.files.map((pattern) => node_path__WEBPACK_IMPORTED_MODULE_0__.relative(cwd, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(config.root, pattern)).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/') || '.');
}
/** The environment of that name; an unknown name is a usage error naming the closest one. */
function findEnvironment(config, name, names) {
    const environment = config.environments.find((e) => e.name === name);
    if (environment !== undefined)
        return environment;
    const known = config.environments.map((e) => e.name);
    const hint = (0,_engine_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(name, known);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${names.env} ${JSON.stringify(name)}: no such environment in ${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(config.path)}${hint ? `; did you mean ${hint}?` : ''} (expected one of ${known.join(', ')})`);
}
/**
 * The settings of a run for one environment: its files (unless paths are given), its API URL,
 * and its token. The token guards hold here: an API URL given beside the environment must be
 * the environment's own (a token goes nowhere else), and the token is asked of `token` for this
 * environment's variable only, so a run never reads another environment's token nor the
 * general FLOWKEEPER_TOKEN.
 */
function selectEnvironment(config, request, cwd, token, names) {
    const environment = findEnvironment(config, request.name, names);
    if (request.apiUrl !== undefined && !sameApiUrl(request.apiUrl, environment.apiUrl)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${names.apiUrl} is not the API URL of environment ${environment.name} (${environment.apiUrl}); its token goes to that URL only: leave out ${names.apiUrl}, or use the environment it belongs to`);
    }
    const value = token(environment.tokenEnv)?.trim();
    return {
        environment,
        apiUrl: environment.apiUrl,
        token: value ? value : undefined,
        patterns: request.paths.length > 0 ? [...request.paths] : environmentPatterns(config, environment, cwd),
    };
}
/**
 * The environment order reports use: an environment named `production` or `prod` first (what a
 * reviewer must see), then the others as the config lists them.
 */
function reportOrder(environments) {
    const isProduction = (e) => /^prod(uction)?$/i.test(e.name);
    return [...environments.filter(isProduction), ...environments.filter((e) => !isProduction(e))];
}


/***/ }),

/***/ 51483:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CY: () => (/* binding */ diffSent),
/* harmony export */   MA: () => (/* binding */ diffBodies),
/* harmony export */   Oi: () => (/* binding */ judgedChange)
/* harmony export */ });
/* harmony import */ var _generated_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67388);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4662);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30071);
/* harmony import */ var _weakens_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16878);




/**
 * Keys to compare, in a stable order: the model's keys in schema order, then keys the model does
 * not know in the order `after` has them, then those only `before` has. Keys whose value is
 * `undefined` count as absent.
 */
function orderedKeys(before, after, node) {
    const present = (value, key) => (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value) && (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .hasOwn */ .$3)(value, key) && value[key] !== undefined;
    const keys = [];
    for (const key of Object.keys(node?.properties ?? {})) {
        if (present(before, key) || present(after, key))
            keys.push(key);
    }
    for (const side of [after, before]) {
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(side))
            continue;
        for (const key of Object.keys(side)) {
            if (!keys.includes(key) && present(side, key))
                keys.push(key);
        }
    }
    return keys;
}
function childNode(node, key) {
    return node?.properties && (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .hasOwn */ .$3)(node.properties, key) ? node.properties[key] : undefined;
}
function valueAt(value, key) {
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value) && (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .hasOwn */ .$3)(value, key) ? value[key] : undefined;
}
/**
 * Lists of objects (documentTypes, configurations, additionalFields) are compared item by item so
 * a reviewer sees which item changed; any other list (verificationMethods) is one value.
 */
function comparedPerItem(before, after) {
    const items = [...before, ...after];
    return items.length > 0 && items.every(_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv);
}
function change(field, before, after, severity = (0,_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSeverity */ .E4)(field, before, after)) {
    // Absent sides are left out rather than set to undefined, so the object's keys say what exists.
    return {
        field,
        ...(before !== undefined ? { before } : {}),
        ...(after !== undefined ? { after } : {}),
        severity,
        weakens: severity === 'weakens' || severity === 'deactivates',
    };
}
/** A field change as a plan file or an old report gives it: its severity judged again here. */
function judgedChange(field, before, after) {
    return change(field, before, after);
}
function walk(path, before, after, node, out) {
    // One value on both sides (a flow a plan reuses from the working tree for its base, a section
    // shared by both): nothing under it differs.
    if (before === after)
        return;
    const objectOrAbsent = (value) => value === undefined || (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value);
    if (objectOrAbsent(before) && objectOrAbsent(after)) {
        // A section that appears or disappears is shown leaf by leaf, like any other object.
        for (const key of orderedKeys(before, after, node)) {
            walk((0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .joinField */ .Lo)(path, key), valueAt(before, key), valueAt(after, key), childNode(node, key), out);
        }
        return;
    }
    if (Array.isArray(before) && Array.isArray(after) && comparedPerItem(before, after)) {
        const length = Math.max(before.length, after.length);
        for (let index = 0; index < length; index += 1) {
            const itemPath = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .joinField */ .Lo)(path, index);
            const [from, to] = [before[index], after[index]];
            // An added or removed item is one change at the item's path, whole.
            if (from === undefined || to === undefined)
                out.push(change(itemPath, from, to));
            else
                walk(itemPath, from, to, node?.items, out);
        }
        return;
    }
    // Scalars, lists of scalars, a list that appears or disappears, or a change of type.
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonEqual */ .Zm)(before, after))
        out.push(change(path, before, after));
}
/**
 * Compares two PUT bodies (or resolved flows) field by field and lists what differs, each change
 * marked when it weakens verification. `undefined` stands for no body at all (a flow added or
 * removed). Pure and deterministic: fields come in schema order, list items by index.
 */
function diffBodies(before, after) {
    const out = [];
    walk('', before, after, _generated_model_js__WEBPACK_IMPORTED_MODULE_0__/* .FLOW_MODEL */ .n, out);
    // A new flow weakens nothing that existed: each of its fields is shown as added.
    return before === undefined ? out.map((c) => ({ ...c, severity: 'adds', weakens: false })) : out;
}
/** A field path that passes through a list item (`documents.documentTypes.0.country`). */
const THROUGH_LIST = /(^|\.)\d+(\.|$)/;
/**
 * The changes a PUT of `after` makes to a server that holds `before` (a body, or the owned part
 * of a flow): what {@link diffBodies} lists, less the fields `after` leaves out. A PUT never
 * removes a field it does not send: objects merge key by key, so such a field keeps its value on
 * the server. Only an item that a list, sent whole, no longer holds goes away. Pure.
 */
function diffSent(before, after) {
    return diffBodies(before, after).filter((change) => change.after !== undefined || THROUGH_LIST.test(change.field));
}


/***/ }),

/***/ 30071:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ changeSeverity),
/* harmony export */   Ee: () => (/* binding */ flowSeverity),
/* harmony export */   aA: () => (/* binding */ severityKind),
/* harmony export */   zK: () => (/* binding */ compareSeverity)
/* harmony export */ });
/* unused harmony exports SEVERITY_KINDS, worstSeverity, deactivates, severityTablesMarkdown */
/* harmony import */ var _weakens_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16878);

/** Every kind, most serious first (the order views sort by). */
const SEVERITY_KINDS = [
    { severity: 'deletes', mark: '🗑️ **deletes**', guarded: true, description: 'A flow file is removed: the flow is set to paused, then deleted on the server. A sync cannot undo it.' },
    { severity: 'deactivates', mark: '⛔ **deactivates**', guarded: true, description: '`status` goes from `active` to `paused` or `draft`: the flow stops onboarding people.' },
    { severity: 'weakens', mark: '⚠️ **weakens**', guarded: true, description: 'A field changes so that a person gets through with less evidence, or their data travels less safely (see the table of weakening changes).' },
    { severity: 'changes', mark: '✏️ changes', guarded: false, description: 'Any other change of a field of an existing flow.' },
    { severity: 'adds', mark: '➕ adds', guarded: false, description: 'A new flow: its fields are shown for reading, but it weakens nothing that existed.' },
];
const RANK = new Map(SEVERITY_KINDS.map((kind, index) => [kind.severity, index]));
/** The kind's entry in {@link SEVERITY_KINDS}. */
function severityKind(severity) {
    return SEVERITY_KINDS[RANK.get(severity)];
}
/** Sorts severities most serious first: negative when `a` is more serious than `b`. */
function compareSeverity(a, b) {
    return RANK.get(a) - RANK.get(b);
}
/** The more serious of the given severities; `fallback` when there are none. */
function worstSeverity(severities, fallback) {
    let worst;
    for (const severity of severities)
        if (worst === undefined || compareSeverity(severity, worst) < 0)
            worst = severity;
    return worst ?? fallback;
}
const OUT_OF_SERVICE = new Set(['paused', 'draft']);
/** Whether a status change takes an active flow out of service (absent stands for `draft`). */
function deactivates(before, after) {
    return before === 'active' && OUT_OF_SERVICE.has(typeof after === 'string' ? after : 'draft');
}
/**
 * The severity of changing `field` (dot path with numeric indexes) of an existing flow from
 * `before` to `after` (undefined: absent, standing for the documented default): `deactivates`
 * for `status` leaving `active`, `weakens` per {@link WEAKENING_RULES}, `changes` otherwise.
 */
function changeSeverity(field, before, after) {
    if (field === 'status')
        return deactivates(before, after) ? 'deactivates' : 'changes';
    // A whole body replaced at the root holds its status too.
    if (field === '' && isRecord(before) && isRecord(after) && deactivates(before.status, after.status))
        return 'deactivates';
    return (0,_weakens_js__WEBPACK_IMPORTED_MODULE_0__/* .weakensVerification */ .I)(field, before, after) ? 'weakens' : 'changes';
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The severity of a flow's plan: `deletes` for a removed flow, `adds` for a new one, else the
 * most serious of its field changes (`changes` when it has none, a move for one).
 */
function flowSeverity(flow) {
    if (flow.change === 'removed')
        return 'deletes';
    if (flow.change === 'added')
        return 'adds';
    return worstSeverity(flow.changes.map((change) => change.severity ?? changeSeverity(change.field, change.before, change.after)), 'changes');
}
/** The Markdown of the README's two severity tables: kinds, then weakening changes per field. */
function severityTablesMarkdown() {
    const kinds = SEVERITY_KINDS.map((kind) => `| ${kind.mark} | \`${kind.severity}\` | ${kind.description} | ${kind.guarded ? 'yes, on an active flow' : 'no'} |`);
    const rules = WEAKENING_RULES.map((rule) => `| \`${rule.field}\` | ${rule.when} | ${rule.why} |`);
    return [
        '| mark | severity | when | sync needs --force |',
        '| --- | --- | --- | --- |',
        ...kinds,
        '',
        '| field | weakens when it | why a reviewer must see it |',
        '| --- | --- | --- |',
        ...rules,
    ].join('\n');
}


/***/ }),

/***/ 16878:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ weakensVerification)
/* harmony export */ });
/* unused harmony export WEAKENING_RULES */
/* harmony import */ var _generated_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67388);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4662);


const STEP_RANK = { skip: 0, optional: 1, mandatory: 2 };
/** A step goes down the ladder mandatory → optional → skip. */
const stepLowered = (before, after) => {
    const from = typeof before === 'string' && (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(STEP_RANK, before) ? STEP_RANK[before] : undefined;
    const to = typeof after === 'string' && (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(STEP_RANK, after) ? STEP_RANK[after] : undefined;
    return from !== undefined && to !== undefined && to < from;
};
const numberDecreased = (before, after) => typeof before === 'number' && typeof after === 'number' && after < before;
const numberIncreased = (before, after) => typeof before === 'number' && typeof after === 'number' && after > before;
const switchedOff = (before, after) => before === true && after === false;
const asList = (value) => (Array.isArray(value) ? value : []);
/** Some value of the list before is no longer in it after (order and additions do not matter). */
const memberRemoved = (before, after) => {
    const kept = new Set(asList(after));
    return asList(before).some((item) => !kept.has(item));
};
/** An identity (country, document category) was replaced by another in the same slot. */
const identityReplaced = (before, after) => typeof before === 'string' && typeof after === 'string' && before !== after;
/** A list item (document type, configuration) existed before and is gone after. */
const itemRemoved = (before, after) => (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(before) && after === undefined;
const HTTPS = /^https:\/\//i;
const HTTP = /^http:\/\//i;
/** A URL moves from https to plain http: its traffic (and any token in it) can be read and changed. */
const httpsDropped = (before, after) => typeof before === 'string' && typeof after === 'string' && HTTPS.test(before.trim()) && HTTP.test(after.trim());
const STEP = 'goes down mandatory → optional → skip (absent means `skip`)';
/**
 * Every rule marks a change that lets a person through with less evidence than before, or sends
 * their data less safely, which is what a reviewer must see before such a flow is synced.
 */
const ENTRIES = [
    { field: 'steps.document', when: STEP, why: 'users can finish without a document', rule: stepLowered },
    { field: 'steps.liveness', when: STEP, why: 'users can finish without a selfie', rule: stepLowered },
    { field: 'liveness.minScore', when: 'is lowered', why: 'weaker liveness evidence is accepted', rule: numberDecreased },
    { field: 'liveness.searchMinScore', when: 'is lowered', why: 'looser face-search matches are accepted', rule: numberDecreased },
    { field: 'liveness.searchMode', when: '`ACCURATE` → `FAST`', why: 'FAST search trades match accuracy for speed', rule: (before, after) => before === 'ACCURATE' && after === 'FAST' },
    { field: 'documents.attemptLimit', when: 'is raised', why: 'more tries at passing with a fake document', rule: numberIncreased },
    { field: 'liveness.attemptLimit', when: 'is raised', why: 'more tries at passing with a fake face', rule: numberIncreased },
    { field: 'documents.screening', when: '`true` → `false`', why: 'a background check is switched off', rule: switchedOff },
    { field: 'documents.criminalHistoryVerification', when: '`true` → `false`', why: 'a background check is switched off', rule: switchedOff },
    { field: 'documents.informationVerification', when: '`true` → `false`', why: 'a background check is switched off', rule: switchedOff },
    { field: 'documents.verificationMethods', when: 'loses a method', why: 'a way the document is checked is gone', rule: memberRemoved },
    { field: 'integrations.strategy', when: '`blacklist` → `none`', why: 'listed people are no longer stopped', rule: (before, after) => before === 'blacklist' && after === 'none' },
    { field: 'integrations.redirectUrl', when: '`https://` → `http://`', why: 'the applicant is sent on over plain http', rule: httpsDropped },
    { field: 'integrations.apiUrl', when: '`https://` → `http://`', why: 'sign-ups are checked over plain http, readable and changeable on the way', rule: httpsDropped },
    // Replacing a country or category in place is a removal too (the old one is no longer
    // accepted there); a mere reorder is flagged as well, which errs on the side of review.
    { field: 'documents.documentTypes.*', when: 'an item is removed', why: 'which documents are accepted changes without an explicit "accept less"', rule: itemRemoved },
    { field: 'documents.documentTypes.*.country', when: 'is replaced', why: 'the old country is no longer accepted there', rule: identityReplaced },
    { field: 'documents.documentTypes.*.configurations.*', when: 'an item is removed', why: 'a document category is no longer accepted', rule: itemRemoved },
    { field: 'documents.documentTypes.*.configurations.*.documentCategory', when: 'is replaced', why: 'the old category is no longer accepted there', rule: identityReplaced },
    { field: 'documents.documentTypes.*.configurations.*.active', when: '`true` → `false` (absent means `true`)', why: 'a document category is switched off', rule: switchedOff },
];
/** The weakening rules, field by field, for documentation (README's "Severity of changes"). */
const WEAKENING_RULES = ENTRIES.map(({ field, when, why }) => ({ field, when, why }));
const RULES = new Map(ENTRIES.map((entry) => [entry.field, entry.rule]));
/** Rules on a list item that still look inside the item when it was not removed. */
const ITEM_RULES = new Set(['documents.documentTypes.*', 'documents.documentTypes.*.configurations.*']);
function patternOf(segments) {
    return segments.map((segment) => (/^\d+$/.test(segment) ? '*' : segment)).join('.');
}
function modelNodeAt(segments) {
    let node = _generated_model_js__WEBPACK_IMPORTED_MODULE_0__/* .FLOW_MODEL */ .n;
    for (const segment of segments) {
        if (!node)
            return undefined;
        node = /^\d+$/.test(segment) ? node.items : node.properties && (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(node.properties, segment) ? node.properties[segment] : undefined;
    }
    return node;
}
/**
 * What a missing value stands for. The API fills missing fields with their documented default
 * (steps default to `skip`, so removing `steps.document` lowers it); a listed document
 * configuration without `active` is taken as accepted, since listing it is how it is accepted.
 */
function effective(segments, value) {
    if (value !== undefined)
        return value;
    if (patternOf(segments) === 'documents.documentTypes.*.configurations.*.active')
        return true;
    const node = modelNodeAt(segments);
    return node && (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(node, 'default') ? node.default : undefined;
}
function childKeys(before, after) {
    const keys = [];
    const add = (key) => {
        if (!keys.includes(key))
            keys.push(key);
    };
    for (const side of [before, after]) {
        if (Array.isArray(side))
            side.forEach((_, index) => add(String(index)));
        else if ((0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(side))
            Object.keys(side).forEach(add);
    }
    return keys;
}
function childOf(value, key) {
    if (Array.isArray(value))
        return value[Number(key)];
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value) && (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(value, key) ? value[key] : undefined;
}
function weakensAt(segments, before, after) {
    const pattern = patternOf(segments);
    const rule = RULES.get(pattern);
    if (rule && rule(effective(segments, before), effective(segments, after)))
        return true;
    if (rule && !ITEM_RULES.has(pattern))
        return false;
    // A change reported above the leaves (a whole section added, removed or replaced) weakens
    // when any leaf inside it does, so look inside with the same rules.
    if (!isContainer(before) && !isContainer(after))
        return false;
    return childKeys(before, after).some((key) => weakensAt([...segments, key], childOf(before, key), childOf(after, key)));
}
function isContainer(value) {
    return Array.isArray(value) || (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value);
}
/**
 * Whether changing `field` (a dot path with numeric indexes, as in diagnostics) from `before` to
 * `after` lowers the bar of verification. `undefined` means the field is absent and stands for
 * its documented default. A change to a whole section or list item is judged by the leaves in it.
 */
function weakensVerification(field, before, after) {
    return weakensAt(field === '' ? [] : field.split('.'), before, after);
}


/***/ }),

/***/ 44116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fg: () => (/* binding */ isGlob),
/* harmony export */   x: () => (/* binding */ discoverFlowFiles)
/* harmony export */ });
/* unused harmony export PathNotFoundError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(452);
/* harmony import */ var _flow_file_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46260);





const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** A path the user named that does not exist or matches nothing: a usage error (exit 2). */
class PathNotFoundError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FlowkeeperError */ .tF {
    pattern;
    constructor(pattern) {
        super('path-not-found', `${pattern}: no such file or folder, and no flow files match it`, { exit: 'usage' });
        this.pattern = pattern;
    }
}
/** Whether a pattern is a glob rather than a plain path. */
function isGlob(pattern) {
    return /[*?[\]{}!]/.test(pattern);
}
/**
 * Whether a link found by the walk is listed. A link with a flow file's name is, whatever it
 * leads to: the check reads it like the file itself when that is a regular file inside the
 * repository, and says why not otherwise. A link to a folder is listed too, and never followed
 * (that could loop): its check says so. Any other link is no more a flow file than a regular
 * file of that name would be.
 */
function listsLink(full, name) {
    if ((0,_flow_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .isFlowFileName */ .Q)(name))
        return true;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full, { throwIfNoEntry: false })?.isDirectory() === true;
    }
    catch {
        return false;
    }
}
/**
 * Every flow file under a folder, skipping dot folders and node_modules. Links and anything that
 * is not a regular file (a FIFO, a socket) are listed rather than skipped, so that each is
 * either read or refused with a finding; links to folders are not followed.
 * Synchronous on purpose: a repository of thousands of flows has hundreds of folders, and a
 * thread-pool round trip per folder costs more than the listing itself.
 */
function walk(folder) {
    const found = [];
    const pending = [folder];
    while (pending.length) {
        const current = pending.pop();
        // Folders come from path.resolve, normalized already, and a name holds no separator: a
        // concatenation gives what path.join would, without its normalizing pass per entry.
        const prefix = current.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? current : current + node_path__WEBPACK_IMPORTED_MODULE_2__.sep;
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(current, { withFileTypes: true })) {
            const full = prefix + entry.name;
            if (entry.isDirectory()) {
                if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name))
                    pending.push(full);
            }
            else if (entry.isSymbolicLink() ? listsLink(full, entry.name) : (0,_flow_file_name_js__WEBPACK_IMPORTED_MODULE_4__/* .isFlowFileName */ .Q)(entry.name)) {
                found.push(full);
            }
        }
    }
    return found;
}
/**
 * Expands what the user named (files, folders searched recursively for .yaml/.yml/.json, or
 * globs) into absolute paths, sorted and without repeats. Throws PathNotFoundError for a path
 * that matches nothing.
 */
async function discoverFlowFiles(patterns, cwd) {
    const found = new Set();
    for (const pattern of patterns) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(cwd, pattern);
        // lstat when stat finds nothing: a named link that leads nowhere is a finding, not a typo.
        const info = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(absolute).catch(() => undefined)) ?? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(absolute).catch(() => undefined));
        let matches;
        if (info && !info.isDirectory()) {
            // A file, a FIFO or a link named on its own: the check reads it or says why not.
            matches = [absolute];
        }
        else if (info?.isDirectory()) {
            matches = walk(absolute);
        }
        else if (isGlob(pattern)) {
            // The folder before the first wildcard, walked as any folder is (links and FIFOs listed,
            // not skipped), then matched as at a commit.
            // Loaded only for globs: most runs name folders, and start-up time counts in CI.
            const { globFolder, matchFlowPaths } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(7)]).then(__webpack_require__.bind(__webpack_require__, 31007));
            const from = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(cwd, globFolder(pattern));
            matches = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(from).catch(() => undefined))?.isDirectory() ? matchFlowPaths(walk(from), [pattern], cwd) : [];
        }
        else {
            matches = [];
        }
        if (matches.length === 0 && !info?.isDirectory())
            throw new PathNotFoundError(pattern);
        for (const match of matches)
            found.add(match);
    }
    return [...found].sort();
}


/***/ }),

/***/ 82598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ gitEnvironment)
/* harmony export */ });
/**
 * The variables a git child process is given, by name: what git reads to find the program and
 * its helpers, the repository, its configuration, a temporary folder and a language. The rule is
 * an allowlist, never the parent's environment: FLOWKEEPER_TOKEN, the action's INPUT_* (its
 * api-token among them) and whatever else a CI job exports stay in this process, so neither git
 * nor `NODE_DEBUG=child_process` (which prints the environment of every child) sees them.
 */
const NAMES = new Set([
    // Finding git, and running it on Windows.
    'PATH',
    'PATHEXT',
    'SYSTEMROOT',
    'WINDIR',
    // The user's global configuration (~/.gitconfig, $XDG_CONFIG_HOME/git/config, Git for
    // Windows's %PROGRAMDATA%\Git\config): safe.directory, core.* settings.
    'HOME',
    'USERPROFILE',
    'HOMEDRIVE',
    'HOMEPATH',
    'XDG_CONFIG_HOME',
    'PROGRAMDATA',
    // A temporary folder, and the language of messages and the encoding of paths.
    'TMPDIR',
    'TMP',
    'TEMP',
    'LANG',
    'LANGUAGE',
    // Where the repository is, when the caller says rather than git's discovery from cwd.
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_COMMON_DIR',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_CEILING_DIRECTORIES',
    'GIT_DISCOVERY_ACROSS_FILESYSTEM',
    'GIT_NAMESPACE',
    'GIT_REPLACE_REF_BASE',
    'GIT_NO_REPLACE_OBJECTS',
    'GIT_EXEC_PATH',
    'GIT_OPTIONAL_LOCKS',
]);
/**
 * Prefixes of further names: the locale's categories, and git's configuration from the
 * environment (GIT_CONFIG, GIT_CONFIG_GLOBAL, GIT_CONFIG_SYSTEM, GIT_CONFIG_NOSYSTEM,
 * GIT_CONFIG_COUNT with GIT_CONFIG_KEY_n and GIT_CONFIG_VALUE_n, and GIT_CONFIG_PARAMETERS, which
 * carries `git -c`), which a job may use for safe.directory in a container.
 */
const PREFIXES = ['LC_', 'GIT_CONFIG'];
/**
 * The environment of a git child: the variables of `env` that {@link NAMES} and
 * {@link PREFIXES} allow, and no other. Names are matched as the platform does: exactly, or
 * ignoring case on Windows (where `Path` is `PATH`).
 */
function gitEnvironment(env = process.env, platform = process.platform) {
    const allowed = {};
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined)
            continue;
        const key = platform === 'win32' ? name.toUpperCase() : name;
        if (NAMES.has(key) || PREFIXES.some((prefix) => key.startsWith(prefix)))
            allowed[name] = value;
    }
    return allowed;
}


/***/ }),

/***/ 73464:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   Hn: () => (/* binding */ repositoryRoot),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   mK: () => (/* binding */ defaultBaseRef)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _git_env_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82598);



/** git failed or is missing where flowkeeper needs it. */
class GitError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FlowkeeperError */ .tF {
    constructor(message, options) {
        super('git', message, options);
    }
}
/** Runs git without a shell, with the allowed environment only; resolves with stdout, or undefined when git exits non-zero. */
function tryGit(args, cwd) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', [...args], { cwd, env: (0,_git_env_js__WEBPACK_IMPORTED_MODULE_2__/* .gitEnvironment */ ._)(), maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout) => {
            resolve(error ? undefined : stdout);
        });
    });
}
/** Runs git (without a shell, with the allowed environment only) and throws a GitError naming the command when it fails. */
function git(args, cwd) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', [...args], { cwd, env: (0,_git_env_js__WEBPACK_IMPORTED_MODULE_2__/* .gitEnvironment */ ._)(), maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
            if (error)
                reject(new GitError(`git ${args.join(' ')} failed: ${stderr.trim() || error.message}`, { cause: error }));
            else
                resolve(stdout);
        });
    });
}
/** The top folder of the git work tree around `cwd`, or undefined outside one. */
async function repositoryRoot(cwd) {
    return (await tryGit(['rev-parse', '--show-toplevel'], cwd))?.trim() || undefined;
}
/**
 * The commit a plan compares with when none is given, with how to name it: the merge base with
 * the default branch (origin's HEAD, else main or master), else HEAD; undefined in a repository
 * with no commits.
 */
async function defaultBaseRef(cwd) {
    const head = (await tryGit(['rev-parse', '--verify', '--quiet', 'HEAD'], cwd))?.trim();
    if (!head)
        return undefined;
    const originHead = (await tryGit(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], cwd))?.trim();
    for (const branch of [originHead, 'origin/main', 'origin/master', 'main', 'master']) {
        if (!branch)
            continue;
        const base = (await tryGit(['merge-base', 'HEAD', branch], cwd))?.trim();
        if (base && base !== head)
            return { commit: base, name: `the merge base with ${branch}` };
    }
    return { commit: head, name: 'HEAD' };
}
/** Resolves a ref to a commit id; undefined when it names no commit here. */
async function resolveCommit(ref, cwd) {
    return (await tryGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd))?.trim() || undefined;
}


/***/ }),

/***/ 29642:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ DEFAULT_GUARD),
/* harmony export */   z: () => (/* binding */ guardReasons)
/* harmony export */ });
/* harmony import */ var _engine_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51483);
/* harmony import */ var _engine_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30071);


/** The documented defaults of the guard. */
const DEFAULT_GUARD = { maxChangeShare: 0.3, minFlowsForShare: 10 };
/**
 * Why a sync should not run without --force: too many flows changing at once (deletes count),
 * a change that weakens verification on an active flow, an active flow taken out of service,
 * or an active flow deleted. Pure; an
 * empty list lets the sync through. Judged against the base ref, so without one only what the
 * bodies themselves show is judged.
 */
function guardReasons(changing, totalFlows, options = DEFAULT_GUARD) {
    const reasons = [];
    const known = changing.filter((flow) => flow.before !== undefined);
    if (totalFlows >= options.minFlowsForShare && changing.length / totalFlows > options.maxChangeShare) {
        const share = Math.round((100 * changing.length) / totalFlows);
        reasons.push(`${changing.length} of ${totalFlows} flows (${share}%) would change at once; more than ${Math.round(options.maxChangeShare * 100)}% needs --force`);
    }
    for (const { after } of changing.filter((flow) => flow.action === 'delete')) {
        if (after.status === 'active')
            reasons.push(`${after.path} (${after.id}): deletes an active flow (it is set to paused first, then deleted)`);
    }
    for (const { after, before } of known.filter((flow) => flow.action !== 'delete')) {
        const wasActive = before.status === 'active';
        // The same severity model as the plan's (src/engine/severity.ts), so a plan marks what this stops.
        if ((0,_engine_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .changeSeverity */ .E4)('status', before.status, after.status) === 'deactivates') {
            reasons.push(`${after.path} (${after.id}): takes an active flow out of service (status active → ${after.status})`);
        }
        if (wasActive || after.status === 'active') {
            const weakening = (0,_engine_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .diffSent */ .CY)(before.body, after.body).filter((change) => change.severity === 'weakens');
            if (weakening.length > 0) {
                const fields = weakening.map((c) => `${c.field} ${JSON.stringify(c.before ?? null)} → ${JSON.stringify(c.after ?? null)}`).join(', ');
                reasons.push(`${after.path} (${after.id}): weakens verification of an active flow: ${fields}`);
            }
        }
    }
    return reasons;
}


/***/ }),

/***/ 13411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);

// Read at run time from the package itself so the version cannot drift; found one folder up from
// src/ under jest and from lib/ when installed, and inlined by ncc into both bundles.
const require = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
function readVersion() {
    for (const candidate of ['../package.json', '../../package.json']) {
        try {
            const pkg = require(candidate);
            if (pkg.name === 'flowkeeper' && pkg.version)
                return pkg.version;
        }
        catch {
            // try the next location
        }
    }
    return '0.0.0';
}
/** flowkeeper's version, from package.json. */
const VERSION = readVersion();


/***/ })

};
