export const id = 700;
export const ids = [700];
export const modules = {

/***/ 67700:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FlowFileCache: () => (/* binding */ FlowFileCache),
  bodyOf: () => (/* binding */ bodyOf),
  checkBaseChain: () => (/* binding */ checkBaseChain),
  resolveFlowFile: () => (/* binding */ resolveFlowFile)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/engine/diagnostic.js
var diagnostic = __webpack_require__(27931);
// EXTERNAL MODULE: ./lib/engine/json.js
var json = __webpack_require__(4662);
// EXTERNAL MODULE: ./lib/engine/merge.js
var merge = __webpack_require__(40534);
// EXTERNAL MODULE: ./lib/generated/validator-types.js + 1 modules
var validator_types = __webpack_require__(23039);
// EXTERNAL MODULE: ./lib/engine/error-mapping.js
var error_mapping = __webpack_require__(23335);
;// CONCATENATED MODULE: ./lib/engine/rules/unique-names.js


/** Additional sign-up fields are told apart by name, so a name may appear only once. */
function checkUniqueFieldNames(flow) {
    if (!(0,json/* isObject */.Gv)(flow) || !(0,json/* isObject */.Gv)(flow.signUpForm) || !Array.isArray(flow.signUpForm.additionalFields))
        return [];
    const firstIndex = new Map();
    const out = [];
    flow.signUpForm.additionalFields.forEach((item, index) => {
        if (!(0,json/* isObject */.Gv)(item) || typeof item.name !== 'string' || item.name === '')
            return;
        const first = firstIndex.get(item.name);
        if (first === undefined) {
            firstIndex.set(item.name, index);
            return;
        }
        const field = `signUpForm.additionalFields.${index}.name`;
        out.push((0,diagnostic/* diagnostic */.YK)(field, `${field} is ${(0,json/* quote */.hD)(item.name)}, already used by signUpForm.additionalFields.${first}; expected a unique name`, 'unique-name'));
    });
    return out;
}

// EXTERNAL MODULE: ./lib/count-of.js
var count_of = __webpack_require__(37492);
// EXTERNAL MODULE: ./lib/engine/defaults.js
var defaults = __webpack_require__(2194);
// EXTERNAL MODULE: ./lib/printable.js
var printable = __webpack_require__(96072);
;// CONCATENATED MODULE: ./lib/engine/rules/invisible.js



/** The rule id of a control, bidi or invisible character in a string value. */
const INVISIBLE_RULE = 'invisible-character';
/** Names of the characters a reviewer most needs told apart; others are named by code point alone. */
const NAMES = {
    0x200b: 'zero width space',
    0x200c: 'zero width non-joiner',
    0x200d: 'zero width joiner',
    0x200e: 'left-to-right mark',
    0x200f: 'right-to-left mark',
    0x202a: 'left-to-right embedding',
    0x202b: 'right-to-left embedding',
    0x202c: 'pop directional formatting',
    0x202d: 'left-to-right override',
    0x202e: 'right-to-left override',
    0x2066: 'left-to-right isolate',
    0x2067: 'right-to-left isolate',
    0x2068: 'first strong isolate',
    0x2069: 'pop directional isolate',
    0xfeff: 'zero width no-break space',
};
function describe(char) {
    const code = char.codePointAt(0);
    const name = NAMES[code];
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return name ? `${hex} (${name})` : hex;
}
function check(field, text, out) {
    if (!(0,printable/* hasUnprintable */.BR)(text))
        return;
    const found = (0,printable/* unprintableAt */.WW)(text);
    if (found.length === 0)
        return;
    // Positions count characters as a reader does (code points), from 1.
    const position = (index) => [...text.slice(0, index)].length + 1;
    const listed = found.slice(0, 3).map(({ index, char }) => `${describe(char)} \`${(0,printable/* unicodeEscape */.RT)(char)}\` at character ${position(index)}`);
    const more = found.length > 3 ? ` and ${found.length - 3} more` : '';
    out.push((0,diagnostic/* diagnostic */.YK)(field, `${field} holds ${listed.join(', ')}${more}: "${(0,printable/* printable */.g$)(text)}"; such characters make text read differently from what it is (CVE-2021-42574); expected none`, INVISIBLE_RULE, 'warning'));
}
function walk(field, value, out) {
    if (typeof value === 'string')
        check(field, value, out);
    else if (Array.isArray(value))
        value.forEach((item, index) => walk((0,json/* joinField */.Lo)(field, index), item, out));
    else if ((0,json/* isObject */.Gv)(value)) {
        for (const [key, item] of Object.entries(value)) {
            // A key is a value a reviewer reads too; it is reported at the object that holds it.
            if ((0,printable/* hasUnprintable */.BR)(key))
                check(field === '' ? key : field, key, out);
            walk((0,json/* joinField */.Lo)(field, key), item, out);
        }
    }
}
/**
 * Warns of every string value (and key) of a flow that holds a control, bidirectional or
 * invisible character, naming the field and where in the value it sits: such text can show a
 * reviewer `https://good.example/txt.exe` while it holds `https://good.example/\u202eexe.txt`.
 */
function invisibleCharacterWarnings(flow) {
    // Nearly every flow holds none: find that out without building a field name per value.
    if (!holdsUnprintable(flow))
        return [];
    const out = [];
    walk('', flow, out);
    return out;
}
/** Whether any string value or key of the value holds such a character. */
function holdsUnprintable(value) {
    // Plain loops, strings first: this runs on every flow judged, mostly to find nothing.
    if (typeof value === 'string')
        return (0,printable/* hasUnprintable */.BR)(value);
    if (typeof value !== 'object' || value === null)
        return false;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            if (holdsUnprintable(value[i]))
                return true;
        return false;
    }
    for (const key in value)
        if ((0,printable/* hasUnprintable */.BR)(key) || holdsUnprintable(value[key]))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./lib/engine/rules/warnings.js





const OBJECT_ID = /^[0-9a-fA-F]{24}$/;
// Read once: warnings compare sections with their defaults on every call.
const warnings_defaults = (0,defaults/* defaultFlow */.m)();
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
function section(flow, key) {
    const value = flow[key];
    return (0,json/* isObject */.Gv)(value) ? value : {};
}
function warn(field, rule, message) {
    return (0,diagnostic/* diagnostic */.YK)(field, message, rule, 'warning');
}
function differsFromDefaults(value, defaults) {
    return Object.keys(defaults).some((key) => key in value && !(0,json/* jsonEqual */.Zm)(value[key], defaults[key]));
}
// Verdicts by URL: flows of one repository share a few URLs, and parsing one is the costliest
// step of the warnings. Bounded, so a repository of ever new URLs stops adding, not growing.
const urlVerdicts = new Map();
const MAX_URL_VERDICTS = 1000;
function judgeUrl(value) {
    let verdict = urlVerdicts.get(value);
    if (verdict !== undefined)
        return verdict;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        url = undefined;
    }
    if (!url)
        verdict = 'invalid';
    else if (url.protocol === 'http:')
        verdict = LOOPBACK.has(url.hostname) ? 'ok' : 'insecure';
    else
        verdict = url.protocol === 'https:' ? 'ok' : 'not-http';
    if (urlVerdicts.size < MAX_URL_VERDICTS)
        urlVerdicts.set(value, verdict);
    return verdict;
}
function urlWarnings(field, value) {
    if (typeof value !== 'string' || value === '')
        return [];
    switch (judgeUrl(value)) {
        case 'invalid':
            return [warn(field, 'invalid-url', `${field} is ${(0,json/* quote */.hD)(value)}; expected an absolute https URL`)];
        case 'insecure':
            return [warn(field, 'insecure-url', `${field} is ${(0,json/* quote */.hD)(value)}, plain http; expected https so the data is encrypted in transit`)];
        case 'not-http':
            return [warn(field, 'invalid-url', `${field} is ${(0,json/* quote */.hD)(value)}; expected an https URL`)];
        default:
            return [];
    }
}
/**
 * What the API accepts but is probably a mistake. Runs on any value, valid or not, and
 * looks only at fields whose type is right.
 */
function warnings_flowWarnings(flow) {
    if (!(0,json/* isObject */.Gv)(flow))
        return [];
    const out = [];
    const form = section(flow, 'signUpForm');
    const documents = section(flow, 'documents');
    const liveness = section(flow, 'liveness');
    const steps = section(flow, 'steps');
    const integrations = section(flow, 'integrations');
    if (Array.isArray(form.additionalFields) && form.additionalFields.length > 0 && form.allowAdditionalFields === false) {
        out.push(warn('signUpForm.allowAdditionalFields', 'additional-fields-not-allowed', `signUpForm.additionalFields lists ${(0,count_of/* countOf */.p)(form.additionalFields.length, 'field')} but signUpForm.allowAdditionalFields is false, so ${form.additionalFields.length === 1 ? 'it is not shown; set it to true or remove the field' : 'they are not shown; set it to true or remove them'}`));
    }
    if (steps.document === 'skip' && differsFromDefaults(documents, section(warnings_defaults, 'documents'))) {
        out.push(warn('steps.document', 'step-skipped-but-configured', 'steps.document is "skip" but the documents section is configured; the document checks will not run'));
    }
    if (steps.liveness === 'skip' && differsFromDefaults(liveness, section(warnings_defaults, 'liveness'))) {
        out.push(warn('steps.liveness', 'step-skipped-but-configured', 'steps.liveness is "skip" but the liveness section is configured; the liveness check will not run'));
    }
    if (flow.status === 'active' && steps.document === 'skip' && steps.liveness === 'skip') {
        out.push(warn('steps', 'active-flow-verifies-nothing', 'the flow is active but skips both the document and the liveness step, so it verifies no identity'));
    }
    if (Array.isArray(documents.verificationMethods)) {
        const seen = new Set();
        documents.verificationMethods.forEach((method, index) => {
            if (seen.has(method)) {
                out.push(warn(`documents.verificationMethods.${index}`, 'duplicate-verification-method', `documents.verificationMethods.${index} is ${(0,json/* quote */.hD)(method)}, listed already; expected each method once`));
            }
            seen.add(method);
        });
    }
    if (typeof integrations.webhook === 'string' && !OBJECT_ID.test(integrations.webhook)) {
        out.push(warn('integrations.webhook', 'webhook-not-object-id', `integrations.webhook is ${(0,json/* quote */.hD)(integrations.webhook)}; expected a 24-hex webhook id, or null for no webhook`));
    }
    out.push(...urlWarnings('integrations.redirectUrl', integrations.redirectUrl));
    if (integrations.source === 'API') {
        out.push(...urlWarnings('integrations.apiUrl', integrations.apiUrl));
    }
    else if (typeof integrations.source === 'string') {
        for (const key of ['apiUrl', 'apiTestValue']) {
            const value = integrations[key];
            if (typeof value === 'string' && value !== '') {
                out.push(warn(`integrations.${key}`, 'unused-api-settings', `integrations.${key} is set but integrations.source is ${(0,json/* quote */.hD)(integrations.source)}, so it is not used`));
            }
        }
    }
    if (integrations.strategy === 'blacklist' && integrations.source === 'NONE') {
        out.push(warn('integrations.strategy', 'strategy-without-source', 'integrations.strategy is "blacklist" but integrations.source is "NONE", so there is no list to check against'));
    }
    out.push(...invisibleCharacterWarnings(flow));
    return out;
}

;// CONCATENATED MODULE: ./lib/engine/validate.js







function notAnObject(what, value) {
    return (0,diagnostic/* diagnostic */.YK)('', `${what} is ${(0,json/* quote */.hD)(value)} (${(0,json/* describeType */.MF)(value)}); expected an object`, 'type');
}
/**
 * Checks the shape of a PUT body on its own: only the nine writable fields, each with the
 * right type, enum value and range. Cross-field rules need the merged flow; see
 * {@link mergeAndValidate}.
 */
function validatePatch(patch) {
    if (!isObject(patch))
        return resultOf([notAnObject('the patch', patch)], []);
    validateUpdateBodySchema(patch);
    return resultOf(mapSchemaErrors(validateUpdateBodySchema.errors, 'the patch'), []);
}
/** The complete flow's errors, schema and cross-field rules, into `sink` until it is full. */
function collectFlowErrors(flow, sink) {
    if (!(0,validator_types/* validateFlowSchema */.kn)(flow))
        (0,error_mapping/* eachSchemaDiagnostic */.w)(validator_types/* validateFlowSchema */.kn.errors, 'the flow', (d) => sink.add(d));
    for (const d of checkUniqueFieldNames(flow))
        if (!sink.add(d))
            return;
}
/**
 * Judges a complete flow, as the API does after merging: every field present, types, enums,
 * ranges and the cross-field rules. Warnings point out what is accepted but likely a mistake.
 */
function validateFlow(flow) {
    if (!(0,json/* isObject */.Gv)(flow))
        return (0,diagnostic/* resultOf */.Bg)([notAnObject('the flow', flow)], []);
    const errors = new diagnostic/* DistinctDiagnostics */.Pg();
    collectFlowErrors(flow, errors);
    return (0,diagnostic/* resultOf */.Bg)(errors.items, warnings_flowWarnings(flow));
}
/**
 * Applies `patch` to `baseline` and validates the result the way the API does: the patch's
 * shape first, then the complete merged flow. The baseline may be partial; missing fields take
 * their documented defaults. Never throws on bad data: problems come back as diagnostics, all
 * of them or the first `options.maxErrors`.
 */
function mergeAndValidate(baseline, patch, options = {}) {
    const errors = new DistinctDiagnostics(Math.max(1, options.maxErrors ?? Number.POSITIVE_INFINITY));
    if (!isObject(baseline))
        errors.add(notAnObject('the baseline', baseline));
    if (!isObject(patch))
        errors.add(notAnObject('the patch', patch));
    else if (!validateUpdateBodySchema(patch))
        eachSchemaDiagnostic(validateUpdateBodySchema.errors, 'the patch', (d) => errors.add(d));
    const flow = applyPatch(baseline, patch);
    // Past the limit the flow's errors could only come after those kept: its check is skipped.
    if (!errors.overflowed)
        collectFlowErrors(flow, errors);
    return { ...resultOf(errors.items, flowWarnings(flow)), flow, ...(errors.overflowed ? { errorsTruncated: true } : {}) };
}

// EXTERNAL MODULE: ./lib/parse/decode.js
var decode = __webpack_require__(85365);
// EXTERNAL MODULE: ./lib/files/load.js + 8 modules
var load = __webpack_require__(65189);
// EXTERNAL MODULE: ./lib/parse/locate.js + 2 modules
var locate = __webpack_require__(26989);
// EXTERNAL MODULE: ./lib/files/reader.js
var reader = __webpack_require__(44696);
;// CONCATENATED MODULE: ./lib/files/resolve.js









/** Loads files once each, by absolute path, and turns absolute paths into display paths. */
class FlowFileCache {
    reader;
    cwd;
    root;
    files = new Map();
    constructor(reader, 
    /** Display paths are relative to this folder. */
    cwd, 
    /** Bases must live inside this folder (the repository root). */
    root) {
        this.reader = reader;
        this.cwd = cwd;
        this.root = root;
        this.cwdPrefix = cwd.endsWith(external_node_path_.sep) ? cwd : cwd + external_node_path_.sep;
    }
    cwdPrefix;
    displayPath(absolutePath) {
        // Most paths lie under the working directory: a slice, not path.relative's normalizing walk.
        const relative = absolutePath.startsWith(this.cwdPrefix) && !absolutePath.includes(`${external_node_path_.sep}..`) ? absolutePath.slice(this.cwdPrefix.length) : external_node_path_.relative(this.cwd, absolutePath);
        return external_node_path_.sep === '/' ? relative : relative.split(external_node_path_.sep).join('/');
    }
    targets = new Map();
    resolved = new Map();
    /**
     * Where an `extends` entry written in a file of `folder` leads, and whether it stays inside the
     * root: the path once per folder and entry, the rest once per base, since thousands of flows
     * in hundreds of folders share a few bases.
     */
    baseTarget(folder, entry) {
        const key = `${folder}\0${entry}`;
        let absolutePath = this.resolved.get(key);
        if (absolutePath === undefined) {
            absolutePath = external_node_path_.resolve(folder, entry);
            this.resolved.set(key, absolutePath);
        }
        return this.targetOf(absolutePath);
    }
    /** Where a path leads, symlinks resolved, and whether it stays inside the root: once per path. */
    targetOf(absolutePath) {
        let target = this.targets.get(absolutePath);
        if (!target) {
            target = this.findTarget(absolutePath);
            this.targets.set(absolutePath, target);
        }
        return target;
    }
    /**
     * Loads a file named on its own (not as a base), or says why it is not read because of where
     * it leads: a symlink (the file or a folder on its way) from inside the repository to
     * somewhere outside it. A path outside the repository (named so by the user) is read as it is.
     */
    async loadNamed(absolutePath) {
        // The folder's real path once per folder; the file's own only when it is a link itself: a
        // real-path lookup per file costs a thread-pool round trip, thousands of times over.
        const folder = await this.targetOf(external_node_path_.dirname(absolutePath));
        if (!folder.named)
            return this.loadOnce(absolutePath);
        if (!folder.inside)
            return leadsOutside(external_node_path_.join(folder.real, external_node_path_.basename(absolutePath)));
        // A base already loaded passed its own check of where it leads.
        const cached = this.files.get(absolutePath);
        if (cached)
            return cached;
        const direct = await this.loadDirect(absolutePath);
        if (direct !== reader/* LINK */.ps && direct !== RAW)
            return direct;
        const real = await this.realPath(absolutePath);
        return isInside(await this.realPath(this.root), real) ? this.loadCarefully(absolutePath, direct === RAW) : leadsOutside(real);
    }
    async findTarget(absolutePath) {
        const real = await this.realPath(absolutePath);
        const named = isInside(this.root, absolutePath);
        return { absolutePath, real, shown: this.displayPath(absolutePath), named, inside: named && isInside(await this.realPath(this.root), real) };
    }
    realPaths = new Map();
    /**
     * The chains of bases that resolved without an error, by base. Such a chain does not depend on
     * the files that led to it: had one of them been among its bases, the chain would have met
     * itself and reported a cycle. Thousands of flows share a few bases; each is walked once.
     */
    chains = new Map();
    mergedBases = new Map();
    /**
     * The bases of a chain merged onto the defaults, once per distinct chain: each file is then
     * merged onto that (copy-on-write), not the whole chain again. Read-only, like every merge.
     */
    mergeBases(bases) {
        const key = bases.length === 0 ? '' : bases.length === 1 ? bases[0].absolutePath : bases.map((base) => base.absolutePath).join('\0');
        let merged = this.mergedBases.get(key);
        if (!merged) {
            merged = (0,merge/* mergeLayers */.J)(bases.map((base) => base.layer));
            this.mergedBases.set(key, merged);
        }
        return merged;
    }
    /** The path with symlinks resolved, asked of the file system once per path (bases are shared by many files). */
    realPath(absolutePath) {
        let real = this.realPaths.get(absolutePath);
        if (!real) {
            real = this.reader.realPath(absolutePath);
            this.realPaths.set(absolutePath, real);
        }
        return real;
    }
    /** Loads a file without keeping it: for files nobody extends, so memory stays flat. */
    async loadOnce(absolutePath) {
        const cached = this.files.get(absolutePath);
        if (cached)
            return cached;
        const direct = await this.loadDirect(absolutePath);
        return direct !== reader/* LINK */.ps && direct !== RAW ? direct : this.loadCarefully(absolutePath, direct === RAW);
    }
    /**
     * A file read at its own path, no link followed: LINK when the path is a link (or the reader
     * cannot tell), RAW when the text is not clean UTF-8 and its bytes must say what is wrong.
     */
    async loadDirect(absolutePath) {
        if (!this.reader.readTextUnlessLink)
            return reader/* LINK */.ps;
        const text = await this.reader.readTextUnlessLink(absolutePath);
        return text === reader/* LINK */.ps ? reader/* LINK */.ps : this.fromText(text, absolutePath, true);
    }
    /** A file read the careful way, links followed: as text unless that is known to fail, else as bytes. */
    async loadCarefully(absolutePath, asBytes) {
        if (this.reader.readText && !asBytes) {
            const loaded = this.fromText(await this.reader.readText(absolutePath), absolutePath, false);
            if (loaded !== RAW)
                return loaded;
        }
        const bytes = await this.reader.read(absolutePath);
        if (bytes === undefined)
            return undefined;
        if ((0,reader/* isRefusal */.vu)(bytes))
            return (0,load/* refusedFile */.Fe)(bytes, absolutePath, this.displayPath(absolutePath));
        return (0,load/* loadFlowFile */.n)(bytes, absolutePath, this.displayPath(absolutePath));
    }
    /** A file from its text, or RAW when the text is not clean UTF-8 and the bytes must tell. */
    fromText(text, absolutePath, direct) {
        if (text === undefined)
            return undefined;
        if ((0,reader/* isRefusal */.vu)(text))
            return (0,load/* refusedFile */.Fe)(text, absolutePath, this.displayPath(absolutePath));
        const clean = (0,decode/* cleanUtf8Text */.Ag)(text);
        if (clean === undefined)
            return RAW;
        const file = (0,load/* loadFlowFile */.n)(clean, absolutePath, this.displayPath(absolutePath));
        // Clean text is valid UTF-8 decoded: encoded again, it is the file's bytes exactly.
        if (direct)
            file.directText = text;
        return file;
    }
    /** Loads a file and keeps it, for bases that many files extend. */
    load(absolutePath) {
        let entry = this.files.get(absolutePath);
        if (!entry) {
            entry = this.loadOnce(absolutePath);
            this.files.set(absolutePath, entry);
        }
        return entry;
    }
}
const RAW = Symbol('raw');
function leadsOutside(real) {
    return { outside: `the file is a symlink to ${(0,reader/* shownPath */.pS)(real)}, outside the repository; expected a symlink to a regular file inside the repository` };
}
function isInside(root, target) {
    const relative = external_node_path_.relative(root, target);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_.isAbsolute(relative));
}
const NO_CHAIN = Object.freeze({ layers: Object.freeze([]), errors: Object.freeze([]) });
async function collectLayers(file, cache, stack) {
    const chain = { layers: [], errors: [] };
    // The stack holds absolute paths; messages show display paths only (made for a message only).
    const trail = (shown) => [...stack.map((p) => cache.displayPath(p)), file.path, shown].join(' → ');
    for (const [index, entry] of file.extends.entries()) {
        const field = Array.isArray(file.source?.value?.extends) ? `extends.${index}` : 'extends';
        const fail = (message) => chain.errors.push((0,locate/* placeInFile */.Z)((0,diagnostic/* diagnostic */.YK)(field, message, 'extends'), file));
        if (external_node_path_.isAbsolute(entry)) {
            fail(`extends ${(0,json/* quote */.hD)(entry)} is an absolute path; expected a path relative to ${file.path}`);
            continue;
        }
        if (!(0,load/* isFlowFileName */.QD)(entry)) {
            fail(`extends ${(0,json/* quote */.hD)(entry)} is not a .yaml, .yml or .json file`);
            continue;
        }
        const { absolutePath: target, shown, inside } = await cache.baseTarget(external_node_path_.dirname(file.absolutePath), entry);
        if (!inside) {
            fail(`extends ${(0,json/* quote */.hD)(entry)} resolves outside the repository root (${trail(shown)}); bases must live inside the repository`);
            continue;
        }
        if (stack.includes(target) || target === file.absolutePath) {
            fail(`extends ${(0,json/* quote */.hD)(entry)} makes a cycle: ${trail(shown)}`);
            continue;
        }
        const base = await cache.load(target);
        if (!base) {
            fail(`extends ${(0,json/* quote */.hD)(entry)}: no such file (${trail(shown)})`);
            continue;
        }
        if (!base.readable) {
            // A base that is not text or not a regular file has one finding, which says why here too.
            const why = base.source === undefined && base.diagnostics[0] ? `: ${base.diagnostics[0].message}` : '; see its own errors';
            fail(`extends ${(0,json/* quote */.hD)(entry)}: the base ${base.path} cannot be read${why}`);
            continue;
        }
        let inner = cache.chains.get(base.absolutePath);
        if (!inner) {
            inner = await collectLayers(base, cache, [...stack, file.absolutePath]);
            if (inner.errors.length === 0)
                cache.chains.set(base.absolutePath, inner);
        }
        // Errors deep in the chain are reported where the chain breaks, in the base's own file.
        chain.errors.push(...inner.errors);
        chain.layers.push(...inner.layers, base);
    }
    return chain;
}
/** The declared top-level fields of the layers: what the file (with its bases) owns. */
function declaredKeys(layers) {
    const keys = new Set();
    for (const layer of layers)
        for (const key of Object.keys(layer.layer))
            keys.add(key);
    return keys;
}
/**
 * Exactly what a sync sends for a resolved flow: the top-level fields the file or its bases
 * declare, copied from the merged flow. Made on request: validation alone never needs it, and
 * copying it for every file of a large repository would be a visible share of a run.
 */
function bodyOf(resolved) {
    const body = {};
    for (const key of declaredKeys(resolved.layers)) {
        if ((0,json/* hasOwn */.$3)(resolved.flow, key))
            body[key] = (0,json/* cloneJson */.Y7)(resolved.flow[key]);
    }
    return body;
}
/**
 * Resolves a flow file: loads its bases (recursively, each once, in order), merges them onto
 * the documented defaults with the file last, and validates the result as a complete flow.
 * Every diagnostic points into the file where its field is written.
 */
async function resolveFlowFile(file, cache) {
    // Most flows of a repository extend nothing: no chain to walk, and no promise to wait for.
    const chain = file.extends.length === 0 ? NO_CHAIN : await collectLayers(file, cache, []);
    // A base reached twice (a diamond) applies once, at its first place.
    const layers = chain.layers.length === 0 ? [file] : [...new Set([...chain.layers, file])];
    const flow = (0,merge/* mergeOnto */.$4)(cache.mergeBases(layers.slice(0, -1)), file.layer);
    // A broken chain is the cause: the flow without its missing base would only show its echoes.
    if (chain.errors.length > 0)
        return { file, layers, flow, errors: (0,diagnostic/* dedupeDiagnostics */.E_)([...chain.errors]), warnings: [] };
    const judged = validateFlow(flow);
    const place = (d) => (0,locate/* placeAcrossLayers */.D)(d, layers);
    return {
        file,
        layers,
        flow,
        errors: (0,diagnostic/* dedupeDiagnostics */.E_)(judged.errors.map(place)),
        warnings: judged.warnings.map(place),
    };
}
/**
 * The chain of a base (a file without an id): a missing base, an escape or a cycle among bases
 * is reported even when no flow extends it. Not judged as a flow: a base is only part of one.
 */
async function checkBaseChain(file, cache) {
    if (file.extends.length === 0)
        return { errors: [], layers: [] };
    const chain = await collectLayers(file, cache, []);
    return { errors: (0,diagnostic/* dedupeDiagnostics */.E_)(chain.errors), layers: chain.layers };
}


/***/ })

};
