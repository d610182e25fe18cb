export const id = 391;
export const ids = [391];
export const modules = {

/***/ 53025:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {


// CommonJS on purpose. The YAML library loads on first use (most runs never need `yaml`, and
// start-up counts), which ESM can only do asynchronously; a `require` inside a function is
// synchronous and lazy, and, unlike createRequire, a bundler sees it and bundles the library.
// The action runs from dist/ with no node_modules beside it: a library left out of the bundle
// is a crash there. Callers cast to the library's type (its ESM typings, which they import).
const bundledRequire = {
    /** The `yaml` package, loaded on first call. */
    yaml: () => __webpack_require__(38815),
};
module.exports = bundledRequire;


/***/ }),

/***/ 37492:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ countOf)
/* harmony export */ });
/**
 * `1 error`, `2 errors`: a count with its noun in the right number. The plural is the noun with
 * an `s` unless given (`1 flow file`, `2 flow files`; `1 difference`, `2 differences`).
 */
function countOf(count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
}


/***/ }),

/***/ 2194:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ fillDefaultsInPlace),
/* harmony export */   m: () => (/* binding */ defaultFlow)
/* harmony export */ });
/* harmony import */ var _generated_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67388);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4662);


const compiled = new WeakMap();
// The model is walked once per node, into a closure that knows its keys and defaults: filling
// defaults runs twice per merge, and walking the model's objects each time dominated the merge.
function fillerOf(node) {
    const known = compiled.get(node);
    if (known)
        return known;
    const properties = Object.entries(node.properties ?? {}).map(([key, child]) => ({
        key,
        child,
        hasDefault: (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOwn */ .$3)(child, 'default'),
        value: child.default,
        shared: typeof child.default !== 'object' || child.default === null,
        fill: undefined,
    }));
    const items = node.items;
    const fill = (value) => {
        if (properties.length > 0 && (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(value)) {
            for (const property of properties) {
                // Model keys are plain names (never `__proto__`), so plain reads and writes are safe.
                let current = value[property.key];
                if (current === undefined && property.hasDefault) {
                    current = property.shared ? property.value : (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .cloneJson */ .Y7)(property.value);
                    value[property.key] = current;
                }
                if (typeof current === 'object' && current !== null)
                    (property.fill ??= fillerOf(property.child))(current);
            }
        }
        else if (items && Array.isArray(value)) {
            const fillItem = fillerOf(items);
            for (const item of value)
                fillItem(item);
        }
    };
    compiled.set(node, fill);
    return fill;
}
/**
 * Fills in documented defaults wherever a value is missing, at any depth, array items included.
 * Mutates `value`, which must be the caller's own copy.
 */
function fillDefaultsInPlace(value, node = _generated_model_js__WEBPACK_IMPORTED_MODULE_0__/* .FLOW_MODEL */ .n) {
    fillerOf(node)(value);
}
/** A flow with every documented default: what a newly created flow holds. */
function defaultFlow() {
    const flow = {};
    fillDefaultsInPlace(flow);
    return flow;
}


/***/ }),

/***/ 23335:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ mapSchemaErrors),
/* harmony export */   w: () => (/* binding */ eachSchemaDiagnostic)
/* harmony export */ });
/* harmony import */ var _diagnostic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27931);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4662);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25592);



/** Keys the server owns: a patch may not carry them. */
const READ_ONLY_ROOT_KEYS = new Set(['_id', 'createdAt', 'updatedAt', 'webhookUrl', 'redirectUrl']);
function pointerToField(pointer) {
    if (pointer === '')
        return '';
    return pointer
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .join('.');
}
function num(value) {
    return typeof value === 'number' ? value : undefined;
}
/** "a number from 0.52 to 0.9", "a whole number of at least 1", "one of "FAST", "ACCURATE"". */
function expectedOf(schema) {
    if (!schema)
        return 'a valid value';
    if (typeof schema['x-expected'] === 'string')
        return schema['x-expected'];
    if (Array.isArray(schema.enum))
        return `one of ${schema.enum.map((v) => (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(v)).join(', ')}`;
    const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
    const min = num(schema.minimum);
    const max = num(schema.maximum);
    const names = types.map((type) => {
        switch (type) {
            case 'integer':
            case 'number': {
                const noun = type === 'integer' ? 'a whole number' : 'a number';
                if (min !== undefined && max !== undefined)
                    return `${noun} from ${min} to ${max}`;
                if (min !== undefined)
                    return `${noun} of at least ${min}`;
                if (max !== undefined)
                    return `${noun} of at most ${max}`;
                return noun;
            }
            case 'boolean':
                return 'true or false';
            case 'array':
                return 'a list';
            case 'object':
                return 'an object';
            case 'string':
                return num(schema.minLength) ? 'a non-empty string' : 'a string';
            case 'null':
                return 'null';
            default:
                return type;
        }
    });
    return names.length ? names.join(' or ') : 'a valid value';
}
function subjectOf(field, root) {
    return field === '' ? root : field;
}
function mapOne(error, root) {
    const field = pointerToField(error.instancePath);
    const parent = error.parentSchema;
    const subject = subjectOf(field, root);
    if (parent && typeof parent['x-message'] === 'string') {
        return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)(field, parent['x-message'], String(parent['x-rule'] ?? 'rule'));
    }
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(error.params.additionalProperty);
            const unknownField = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .joinField */ .Lo)(field, key);
            if (field === '' && READ_ONLY_ROOT_KEYS.has(key)) {
                return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)(unknownField, `${key} is read-only: the server sets it, so it cannot be updated`, 'read-only');
            }
            const known = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(parent?.properties) ? Object.keys(parent.properties) : [];
            const hint = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .k)(key, known);
            return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)(unknownField, `${unknownField} is not a known field${hint ? `; did you mean ${hint}?` : field === '' ? '' : `; expected one of ${known.join(', ')}`}`, 'unknown-key');
        }
        case 'required': {
            const key = String(error.params.missingProperty);
            const missing = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .joinField */ .Lo)(field, key);
            return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)(missing, `${missing} is required`, 'required');
        }
        case 'enum': {
            const allowed = error.params.allowedValues;
            const hint = typeof error.data === 'string' ? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .k)(error.data, allowed.filter((v) => typeof v === 'string')) : undefined;
            return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)(field, `${subject} is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(error.data)}; expected ${expectedOf(parent)}${hint ? `; did you mean ${(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(hint)}?` : ''}`, 'enum');
        }
        case 'type':
            return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)(field, `${subject} is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(error.data)}${typeof error.data === 'string' ? ' (a string)' : ''}; expected ${expectedOf(parent)}`, 'type');
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)(field, `${subject} is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(error.data)}; expected ${expectedOf(parent)}`, 'range');
        case 'minLength':
            return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)(field, `${subject} is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(error.data)}; expected a non-empty string`, 'non-empty');
        case 'minItems':
            return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)(field, `${subject} is an empty list; expected at least one item`, 'non-empty');
        case 'pattern':
        case 'oneOf':
        case 'anyOf':
            return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)(field, `${subject} is ${(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(error.data)}; expected ${expectedOf(parent)}`, String(parent?.['x-rule'] ?? 'format'));
        default:
            return (0,_diagnostic_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnostic */ .YK)(field, `${subject} ${error.message ?? 'is not valid'}`, error.keyword);
    }
}
/**
 * Turns ajv's errors into diagnostics shaped like the API's 422 `details`. Errors that only
 * explain another (the branches of a failed oneOf, the `if` of a conditional) are dropped.
 * `root` names the whole value in messages when the error is at its top.
 */
function mapSchemaErrors(errors, root) {
    const out = [];
    eachSchemaDiagnostic(errors, root, (d) => {
        out.push(d);
        return true;
    });
    return out;
}
/**
 * {@link mapSchemaErrors} one diagnostic at a time, in the same order, to `visit`; stops as soon
 * as `visit` returns false, so that only the diagnostics used are built.
 */
function eachSchemaDiagnostic(errors, root, visit) {
    if (!errors)
        return;
    const umbrellas = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.schemaPath + '/');
    // A value of the wrong type also fails its enum or range; the type error says it all.
    const mistyped = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
    for (const error of errors) {
        if (error.keyword === 'if')
            continue;
        if (error.keyword !== 'type' && mistyped.has(error.instancePath) && error.keyword !== 'additionalProperties' && error.keyword !== 'required')
            continue;
        if (umbrellas.some((prefix) => error.schemaPath.startsWith(prefix)))
            continue;
        const diagnostic = mapOne(error, root);
        if (diagnostic && !visit(diagnostic))
            return;
    }
}


/***/ }),

/***/ 4662:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ hasOwn),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Lo: () => (/* binding */ joinField),
/* harmony export */   MF: () => (/* binding */ describeType),
/* harmony export */   P5: () => (/* binding */ setOwn),
/* harmony export */   Y7: () => (/* binding */ cloneJson),
/* harmony export */   Zm: () => (/* binding */ jsonEqual),
/* harmony export */   hD: () => (/* binding */ quote)
/* harmony export */ });
/** True for objects that are neither null nor arrays. */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** True when `key` is an own property of `object` (never an inherited one such as `toString`). */
function hasOwn(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
}
/**
 * Sets an own data property. Plain assignment of `__proto__` would replace the prototype of
 * `target`; defining it keeps it an ordinary key, so hostile input stays data.
 */
function setOwn(target, key, value) {
    // Only `__proto__` has a setter on Object.prototype; every other key assigns as data, and
    // plain assignment is several times faster than defineProperty on the hot path.
    if (key === '__proto__')
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    else
        target[key] = value;
}
/** A deep copy of JSON-like data that shares no object with its input. */
function cloneJson(value) {
    if (Array.isArray(value))
        return value.map((item) => cloneJson(item));
    if (isObject(value)) {
        const copy = {};
        for (const key of Object.keys(value))
            setOwn(copy, key, cloneJson(value[key]));
        return copy;
    }
    return value;
}
/** Structural equality of JSON-like data (key order ignored). */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a)) {
        return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
    }
    if (isObject(a) && isObject(b)) {
        const keys = Object.keys(a);
        return keys.length === Object.keys(b).length && keys.every((k) => hasOwn(b, k) && jsonEqual(a[k], b[k]));
    }
    return false;
}
/**
 * Shows a value inside a message: JSON, cut short so a huge value cannot flood the output.
 * `redact` scrubs the whole text before the cut: cut first, a secret could be left in a piece
 * that no redactor recognises, and pieces cut at different places would show it all.
 */
function quote(value, max = 60, redact = (text) => text) {
    let text;
    if (value === undefined)
        text = 'undefined';
    // JSON.stringify writes null for these; JSON text such as 1e400 parses to Infinity.
    else if (typeof value === 'number' && !Number.isFinite(value))
        text = String(value);
    else {
        try {
            text = JSON.stringify(value) ?? String(value);
        }
        catch {
            text = String(value);
        }
    }
    const shown = redact(text);
    return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}
/** A JSON type name for messages: `a string`, `a list`, `null`. */
function describeType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    switch (typeof value) {
        case 'object':
            return 'an object';
        case 'string':
            return 'a string';
        case 'number':
            return Number.isInteger(value) ? 'a whole number' : 'a number';
        case 'boolean':
            return 'a boolean';
        default:
            return typeof value;
    }
}
/** Joins path segments into the API's dot notation. */
function joinField(...parts) {
    return parts.filter((p) => p !== '').join('.');
}


/***/ }),

/***/ 40534:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ mergeOnto),
/* harmony export */   J: () => (/* binding */ mergeLayers),
/* harmony export */   X6: () => (/* binding */ applyPatch)
/* harmony export */ });
/* harmony import */ var _generated_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67388);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2194);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4662);



/**
 * The model of a patch's key when its value lands in the flow: the key is the model's (unknown
 * keys are the validator's business, and this keeps `__proto__` and friends out of the flow),
 * the server does not own it, and null only where the model allows null.
 */
function landing(known, key, value) {
    if (value === undefined || !(0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .hasOwn */ .$3)(known, key))
        return undefined;
    const child = known[key];
    if (child.readOnly || (value === null && !child.types?.includes('null')))
        return undefined;
    return child;
}
// What the merge brings in (a list, an object rebuilt from the patch) is filled with defaults
// as it lands, so the flow never needs a walk of its own after a layer, and the parts no layer
// touches are not walked again.
function mergeInto(target, patch, node) {
    const known = node.properties ?? {};
    for (const key of Object.keys(patch)) {
        const value = patch[key];
        const child = landing(known, key, value);
        if (!child)
            continue;
        if ((0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(value) && child.properties) {
            // A section the baseline holds as something else (null, a string) is rebuilt from the
            // patch like any other: known keys only, null only where allowed, defaults after.
            const rebuilt = !(0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(target[key]);
            if (rebuilt)
                (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .setOwn */ .P5)(target, key, {});
            mergeInto(target[key], value, child);
            if (rebuilt)
                (0,_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .fillDefaultsInPlace */ .U)(target[key], child);
        }
        else {
            const copy = cloneKnown(value, child);
            (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .setOwn */ .P5)(target, key, copy);
            // A patch's array items may omit defaulted keys (documentTemplates); the server fills them.
            if (typeof copy === 'object' && copy !== null)
                (0,_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .fillDefaultsInPlace */ .U)(copy, child);
        }
    }
}
/**
 * Copies a value the merge replaces wholesale (a list, a scalar), keeping only the model's keys
 * in the objects of its list items, so unknown and hostile keys stay out of the flow at any
 * depth. Values themselves are kept, null included: a list is stored as the patch gives it.
 */
function cloneKnown(value, node) {
    if (Array.isArray(value))
        return value.map((item) => (node.items ? cloneKnown(item, node.items) : (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .cloneJson */ .Y7)(item)));
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(value) || !node.properties)
        return (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .cloneJson */ .Y7)(value);
    const copy = {};
    for (const key of Object.keys(value)) {
        if ((0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .hasOwn */ .$3)(node.properties, key))
            (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .setOwn */ .P5)(copy, key, cloneKnown(value[key], node.properties[key]));
    }
    return copy;
}
/**
 * Applies a PUT body to a flow the way the API does: objects merge key by key, arrays and
 * scalars replace wholesale, `null` only lands where the schema allows it, and read-only
 * fields stay as the baseline has them. Missing fields of the result take their defaults.
 * Pure: neither argument is changed, and the result shares no object with them.
 */
function applyPatch(baseline, patch) {
    const flow = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(baseline) ? (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .cloneJson */ .Y7)(baseline) : {};
    (0,_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .fillDefaultsInPlace */ .U)(flow);
    if ((0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(patch))
        mergeInto(flow, patch, _generated_model_js__WEBPACK_IMPORTED_MODULE_0__/* .FLOW_MODEL */ .n);
    return flow;
}
/**
 * The merge of {@link mergeInto}, copy-on-write: `target` is read, never written, and the
 * result shares every part the patch leaves alone with it (the same object when nothing
 * changes). What the patch brings in is copied and filled as in mergeInto.
 */
function mergeShared(target, patch, node) {
    const known = node.properties ?? {};
    let out;
    for (const key of Object.keys(patch)) {
        const value = patch[key];
        const child = landing(known, key, value);
        if (!child)
            continue;
        const current = target[key];
        let next;
        if ((0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(value) && child.properties) {
            if ((0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(current)) {
                next = mergeShared(current, value, child);
            }
            else {
                const rebuilt = {};
                mergeInto(rebuilt, value, child);
                (0,_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .fillDefaultsInPlace */ .U)(rebuilt, child);
                next = rebuilt;
            }
        }
        else if (typeof value !== 'object' || isComplete(value, child)) {
            // Nothing to drop and nothing to fill: the value itself, shared like the rest.
            next = value;
        }
        else {
            next = cloneKnown(value, child);
            (0,_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .fillDefaultsInPlace */ .U)(next, child);
        }
        if (next !== current || !(0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .hasOwn */ .$3)(target, key)) {
            // The spread keeps the key order, and defines every key as data (never a prototype).
            out ??= { ...target };
            (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .setOwn */ .P5)(out, key, next);
        }
    }
    return out ?? target;
}
/**
 * Whether {@link cloneKnown} and a fill would give back a copy equal to `value`, key order
 * included: every key of every object is in the model, and every defaulted key is present.
 */
function isComplete(value, node) {
    if (Array.isArray(value)) {
        if (!node.items)
            return true;
        for (const item of value)
            if (!isComplete(item, node.items))
                return false;
        return true;
    }
    if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(value) || !node.properties)
        return true;
    for (const key of Object.keys(value)) {
        if (!(0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .hasOwn */ .$3)(node.properties, key) || !isComplete(value[key], node.properties[key]))
            return false;
    }
    for (const key of defaultedKeys(node))
        if (value[key] === undefined)
            return false;
    return true;
}
const defaulted = new WeakMap();
/** The keys of a model object that have a documented default, listed once per node. */
function defaultedKeys(node) {
    let keys = defaulted.get(node);
    if (!keys) {
        keys = Object.entries(node.properties ?? {}).filter(([, child]) => (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .hasOwn */ .$3)(child, 'default')).map(([key]) => key);
        defaulted.set(node, keys);
    }
    return keys;
}
let sharedDefaults;
/** The documented defaults, built once and frozen: the start of every {@link mergeLayers}. */
function frozenDefaults() {
    return (sharedDefaults ??= deepFreeze((0,_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultFlow */ .m)()));
}
function deepFreeze(value) {
    if (typeof value === 'object' && value !== null) {
        for (const item of Object.values(value))
            deepFreeze(item);
        Object.freeze(value);
    }
    return value;
}
/**
 * Applies one more patch to a flow made by {@link mergeLayers} or by this function, without
 * changing it: the result shares every part the patch leaves alone. Resolving thousands of
 * flow files over a few shared bases merges the bases once and each file onto them.
 */
function mergeOnto(flow, layer) {
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(layer) ? mergeShared(flow, layer, _generated_model_js__WEBPACK_IMPORTED_MODULE_0__/* .FLOW_MODEL */ .n) : flow;
}
/**
 * Applies several patches in order onto the documented defaults: the same result as folding
 * {@link applyPatch} over them from `{}`, key order included. Unlike applyPatch, the result is
 * read-only: it shares parts with other results, with the frozen defaults and with the
 * patches (a list that needs no copy is taken as it is), which is what makes resolving every
 * flow of a large repository cheap. The patches must not change afterwards.
 */
function mergeLayers(layers) {
    let flow = frozenDefaults();
    for (const layer of layers)
        flow = mergeOnto(flow, layer);
    return flow;
}


/***/ }),

/***/ 25592:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21916);

/**
 * The candidate closest to `input`, if it is close enough to be a likely typo: a case-only
 * difference, or an edit distance of at most a third of the word (at least 1, at most 3).
 */
function closest(input, candidates) {
    const lower = input.toLowerCase();
    const caseOnly = candidates.find((c) => c.toLowerCase() === lower);
    if (caseOnly !== undefined)
        return caseOnly;
    // Two letters typed in the wrong order (`tpye`, `stpes`) are one slip, though Levenshtein
    // counts them as two edits.
    const swapped = candidates.find((c) => isAdjacentSwap(lower, c.toLowerCase()));
    if (swapped !== undefined)
        return swapped;
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(lower, candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    const limit = Math.min(3, Math.max(1, Math.floor(input.length / 3)));
    return bestDistance <= limit ? best : undefined;
}
/** Whether `a` becomes `b` by swapping one pair of neighbouring characters. */
function isAdjacentSwap(a, b) {
    if (a.length !== b.length || a === b)
        return false;
    let first = -1;
    for (let i = 0; i < a.length; i++) {
        if (a[i] === b[i])
            continue;
        if (first >= 0)
            return i === first + 1 && a[first] === b[i] && a[i] === b[first] && a.slice(i + 1) === b.slice(i + 1);
        first = i;
    }
    return false;
}


/***/ }),

/***/ 46260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ isFlowFileName)
/* harmony export */ });
/** Whether a path names a flow file by its extension. */
function isFlowFileName(name) {
    return /\.(ya?ml|json)$/i.test(name);
}


/***/ }),

/***/ 65189:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QD: () => (/* reexport */ flow_file_name/* isFlowFileName */.Q),
  n: () => (/* binding */ loadFlowFile),
  Fe: () => (/* binding */ refusedFile)
});

// UNUSED EXPORTS: FILE_ONLY_KEYS

// EXTERNAL MODULE: ./lib/engine/diagnostic.js
var diagnostic = __webpack_require__(27931);
// EXTERNAL MODULE: ./lib/engine/error-mapping.js
var error_mapping = __webpack_require__(23335);
// EXTERNAL MODULE: ./lib/engine/json.js
var json = __webpack_require__(4662);
// EXTERNAL MODULE: ./lib/generated/validator-types.js + 1 modules
var validator_types = __webpack_require__(23039);
// EXTERNAL MODULE: ./lib/parse/decode.js
var decode = __webpack_require__(85365);
// EXTERNAL MODULE: ./lib/parse/locate.js + 2 modules
var locate = __webpack_require__(26989);
;// CONCATENATED MODULE: ./lib/parse/json-locator.js
// Positions for JSON the fast path read (JSON.parse gives none): a scan of the text along one
// field path, skipping whatever lies beside it. It runs only on text JSON.parse accepted, with
// every key written once, so it need not judge syntax. The offsets are the strict parser's
// (jsonc-parser's tree in parse-json.ts): a key at its opening quote, a value at its first
// character. Proven equal by test/parse/locators.test.ts.
const QUOTE = 34;
const BACKSLASH = 92;
function skipSpace(text, i) {
    for (;;) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 9 || c === 10 || c === 13)
            i++;
        else
            return i;
    }
}
/** From an opening quote to just past the closing one. */
function skipString(text, i) {
    i++;
    for (;;) {
        const c = text.charCodeAt(i);
        if (c === QUOTE)
            return i + 1;
        i += c === BACKSLASH ? 2 : 1;
    }
}
/** From a value's first character to just past its last. */
function skipValue(text, i) {
    const c = text.charCodeAt(i);
    if (c === QUOTE)
        return skipString(text, i);
    if (c !== 123 /* { */ && c !== 91 /* [ */) {
        while (i < text.length && !/[\s,\]}]/.test(text[i]))
            i++;
        return i;
    }
    let depth = 0;
    for (;;) {
        const d = text.charCodeAt(i);
        if (d === QUOTE) {
            i = skipString(text, i);
            continue;
        }
        if (d === 123 || d === 91)
            depth++;
        else if (d === 125 || d === 93) {
            depth--;
            if (depth === 0)
                return i + 1;
        }
        i++;
    }
}
function kindAt(text, i) {
    const c = text.charCodeAt(i);
    return c === 123 ? 'map' : c === 91 ? 'seq' : 'scalar';
}
/** The members of the object at `i`: each key's and value's offsets, by name. */
function membersOf(text, i) {
    const members = new Map();
    i = skipSpace(text, i + 1);
    while (text.charCodeAt(i) === QUOTE) {
        const key = i;
        const end = skipString(text, i);
        const written = text.slice(key + 1, end - 1);
        const name = written.includes('\\') ? JSON.parse(`"${written}"`) : written;
        const value = skipSpace(text, skipSpace(text, end) + 1);
        if (!members.has(name))
            members.set(name, { key, value });
        i = skipSpace(text, skipValue(text, value));
        if (text.charCodeAt(i) !== 44 /* , */)
            break;
        i = skipSpace(text, i + 1);
    }
    return members;
}
/** The offsets of the items of the array at `i`. */
function itemsOf(text, i) {
    const items = [];
    i = skipSpace(text, i + 1);
    if (text.charCodeAt(i) === 93 /* ] */)
        return items;
    for (;;) {
        items.push(i);
        i = skipSpace(text, skipValue(text, i));
        if (text.charCodeAt(i) !== 44)
            return items;
        i = skipSpace(text, i + 1);
    }
}
/**
 * A lookup of field paths (walk-path.ts) in JSON text JSON.parse accepted. Each object or array
 * on a path is scanned once, on first use, so a file with thousands of findings stays linear.
 */
function jsonLocator(text) {
    const objects = new Map();
    const arrays = new Map();
    return (path) => {
        let at = skipSpace(text, 0);
        let located = { depth: 0, valueOffset: at, kind: kindAt(text, at), throughList: false };
        let throughList = false;
        for (const segment of path) {
            let next;
            let keyOffset;
            if (located.kind === 'map') {
                let members = objects.get(at);
                if (!members)
                    objects.set(at, (members = membersOf(text, at)));
                const found = members.get(segment);
                if (!found)
                    break;
                keyOffset = found.key;
                next = found.value;
            }
            else if (located.kind === 'seq') {
                let items = arrays.get(at);
                if (!items)
                    arrays.set(at, (items = itemsOf(text, at)));
                const index = Number(segment);
                next = Number.isInteger(index) && index >= 0 ? items[index] : undefined;
                if (next === undefined)
                    break;
                throughList = true;
            }
            else
                break;
            located = { depth: located.depth + 1, valueOffset: next, keyOffset, kind: kindAt(text, next), throughList };
            at = next;
        }
        return located;
    };
}

// EXTERNAL MODULE: ./lib/parse/token-end.js
var token_end = __webpack_require__(54638);
;// CONCATENATED MODULE: ./lib/parse/line-index.js
/** Maps offsets to 1-based lines and columns; built on first use only. */
class LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    position(offset) {
        const starts = (this.starts ??= lineStarts(this.text));
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: offset - starts[low] + 1 };
    }
}
function lineStarts(text) {
    const starts = [0];
    // Without a CR, every line ends at a \n, which indexOf finds far faster than a loop over
    // every character (this runs for every file with a finding).
    if (text.indexOf('\r') === -1) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            starts.push(i + 1);
        return starts;
    }
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        // \r\n counts once; a lone \r ends a line too, as YAML and editors treat it.
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10))
            starts.push(i + 1);
    }
    return starts;
}

// EXTERNAL MODULE: ./lib/parse/nesting.js
var nesting = __webpack_require__(19081);
;// CONCATENATED MODULE: ./lib/parse/placed-node.js
/**
 * Follows a field path (walk-path.ts) through placed nodes as parse-yaml.ts follows it through
 * `yaml`'s, giving the same answer; undefined where `yaml` alone can say (an empty value or
 * document).
 */
function findPlaced(root, path) {
    if (!root)
        return undefined;
    let node = root;
    let located = { depth: 0, valueOffset: node.start, kind: node.kind, throughList: false };
    let throughList = false;
    for (const segment of path) {
        let next;
        let keyOffset;
        if (node.kind === 'map') {
            const pair = node.pairs.get(segment);
            if (!pair)
                break;
            // An empty value: `yaml` places it by rules of its own.
            if (!pair.value)
                return undefined;
            next = pair.value;
            keyOffset = pair.key;
        }
        else if (node.kind === 'seq') {
            const index = Number(segment);
            if (!Number.isInteger(index) || index < 0 || index >= node.items.length)
                break;
            throughList = true;
            next = node.items[index];
        }
        else
            break;
        located = { depth: located.depth + 1, valueOffset: next.start, keyOffset, kind: next.kind, throughList };
        node = next;
    }
    return located;
}

;// CONCATENATED MODULE: ./lib/parse/core-scalars.js
// How YAML 1.2's core schema reads a plain scalar, as the `yaml` package does (the patterns are
// copied from it). The line reader (simple-yaml.ts) resolves plain scalars with it, so both
// readers read `007`, `0x1F`, `.5` or `True` alike.
//
// Module constants, not literals in the resolvers: a literal makes a new RegExp on every call,
// and the resolvers run for every plain scalar of every file.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;
const INF = /inf$/i;
/** The value of a plain scalar that matched {@link BOOL}. */
const constructBool = (s) => s[0] === 't' || s[0] === 'T';
/** The value of a plain scalar that matched {@link INT}. */
const constructInt = (s) => (s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10));
/** The value of a plain scalar that matched {@link FLOAT}. */
const constructFloat = (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : INF.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s));
/** A plain scalar's value under the core schema. */
function plainScalarValue(s) {
    // Most values are words: a first letter other than those of null, true and false settles it.
    // By first character, the rest settle without a regular expression: n/N/~ may be null,
    // t/T/f/F a boolean, and only a digit, a sign or a dot can start a number.
    const c = s.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
        if (c === 110 || c === 78)
            return NULL.test(s) ? null : s;
        if (c === 116 || c === 84 || c === 102 || c === 70)
            return BOOL.test(s) ? constructBool(s) : s;
        return s;
    }
    if (NULL.test(s))
        return null;
    if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46))
        return s;
    if (INT.test(s))
        return constructInt(s);
    if (FLOAT.test(s))
        return constructFloat(s);
    return s;
}

;// CONCATENATED MODULE: ./lib/parse/simple-yaml.js


// The fastest path: flow files are nearly always block YAML of a plain kind (mappings of plain
// names, lists, one-line scalars, comments). This reader takes exactly that kind, line by line,
// many times faster than `yaml` and with positions on request, and declines everything else
// (returns undefined), which `yaml` then reads. What it takes it reads exactly as `yaml` does
// (YAML 1.2 core schema), value and positions: whenever it is not certain, it declines rather
// than guess. Proven against the YAML test suite and a differential fuzzer
// (test/parse/yaml-test-suite.test.ts, test/parse/differential-fuzz.test.ts), and over the
// benchmark's corpus by test/parse/simple-yaml.test.ts and test/parse/locators.test.ts.
//
// Declined, among others: tabs, flow mappings other than `{}`, block scalars (`|`, `>`), scalars
// over several lines, quoted keys, empty values, `- ` items holding a list, anchors and tags,
// escapes other than JSON's in double quotes, and characters YAML does not allow in a stream.
/** Thrown to decline; caught at the top. A file is declined whole, never half read. */
const DECLINE = Symbol('decline');
// Keys `yaml` would read as something other than their name, and the one key an object cannot hold as data.
const SPECIAL_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;
// What YAML refuses in a stream, any surrogate (an emoji, say: rare, and left to `yaml` with
// the rest) and tabs: one character class, which the regexp engine scans fast.
const UNREADABLE = /[\t\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;
// A CR that does not end a line with the LF after it.
const LONE_CR = /\r(?!\n)/;
// Characters that cannot start a plain scalar (YAML's indicators), and escapes JSON reads alike.
const NOT_PLAIN_START = new Uint8Array(128);
for (const c of ",[]{}#&*!|>'\"%@`")
    NOT_PLAIN_START[c.charCodeAt(0)] = 1;
const JSON_ESCAPE = /["\\/bfnrt]/;
const FLOW_ITEM_DECLINED = /[[\]{}"'#:]/;
// YAML limits an implicit key to 1,024 characters up to its `:`; keys near that go to `yaml`,
// which rejects the ones over it.
const MAX_KEY_LENGTH = 1000;
// Keys, reused across lines and files: a key cut from the text is a new string, which the
// engine must hash and look up in its string table before it can name a property; the same key
// found here by its own hash is one it already knows. Flow files share nearly all their keys.
const KEY_SLOTS = 1024;
const keySlots = new Array(KEY_SLOTS);
// The key grammar of PLAIN_KEY in fast-parse.ts, by character code: it runs on every line.
function isKeyStart(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
}
function isKeyPart(c) {
    return isKeyStart(c) || (c >= 48 && c <= 57) || c === 45;
}
function isSpecialKey(key) {
    // Only keys starting n, N, t, T, f, F or _ can be special.
    const c = key.charCodeAt(0);
    return (c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70 || c === 95) && SPECIAL_KEY.test(key);
}
function decline() {
    throw DECLINE;
}
/**
 * Reads block YAML of the plain kind flow files are written in; undefined for anything else.
 * With `track`, also records where every node starts (for diagnostics; a second read is
 * cheaper than keeping positions for every file).
 */
function parseSimpleYaml(text, track = false) {
    // Windows line ends (\r\n, as git checks files out with core.autocrlf) are read; a lone CR,
    // tabs and unprintable characters are declined.
    if (UNREADABLE.test(text) || (text.indexOf('\r') !== -1 && LONE_CR.test(text)))
        return undefined;
    try {
        return new Reader(text, track).document();
    }
    catch (error) {
        if (error === DECLINE)
            return undefined;
        throw error;
    }
}
class Reader {
    text;
    track;
    n;
    /** Where to look for the next line with content. */
    scanFrom = 0;
    // The current content line: its start, its first character, its end (before \n), and EOF.
    lineStart = 0;
    content = 0;
    lineEnd = 0;
    eof = false;
    constructor(text, track) {
        this.text = text;
        this.track = track;
        this.n = text.length;
    }
    document() {
        this.nextLine();
        if (this.eof || this.indent() !== 0 || this.isItem(this.content))
            decline();
        const value = this.mapping(0, this.content, 0);
        if (!this.eof)
            decline();
        return { value, root: this.placed };
    }
    /** Moves to the next line that holds more than spaces and a comment. */
    nextLine() {
        const { text, n } = this;
        let at = this.scanFrom;
        while (at < n) {
            let first = at;
            while (text.charCodeAt(first) === 32)
                first++;
            let end = text.indexOf('\n', first);
            if (end === -1)
                end = n;
            // A CRLF line's content ends before its CR (lone CRs were declined up front).
            const lineEnd = end > first && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
            if (first < lineEnd && text.charCodeAt(first) !== 35 /* # */) {
                this.lineStart = at;
                this.content = first;
                this.lineEnd = lineEnd;
                this.scanFrom = end + 1;
                return;
            }
            at = end + 1;
        }
        this.eof = true;
    }
    indent() {
        return this.content - this.lineStart;
    }
    /** A `-` that starts a list item: followed by a space or the end of the line. */
    isItem(at) {
        return this.text.charCodeAt(at) === 45 && (at + 1 === this.lineEnd || this.text.charCodeAt(at + 1) === 32);
    }
    /**
     * The length of a plain key at `at` (a letter, `_` or `$`, then letters, digits, `_`, `$` or
     * `-`) followed by `:` and a space or the line's end; else 0.
     */
    keyAt(at) {
        const { text } = this;
        let c = text.charCodeAt(at);
        if (!isKeyStart(c))
            return 0;
        let hash = c;
        let colon = at + 1;
        while (isKeyPart((c = text.charCodeAt(colon)))) {
            hash = (Math.imul(hash, 31) + c) | 0;
            colon++;
        }
        if (c !== 58 /* : */ || colon - at > MAX_KEY_LENGTH)
            return 0;
        this.keyHash = hash;
        return colon + 1 === this.lineEnd || text.charCodeAt(colon + 1) === 32 ? colon - at : 0;
    }
    /** The hash of the key {@link keyAt} last found. */
    keyHash = 0;
    /**
     * Where the value just read was written, when tracking: set by every reading method beside
     * the value it returns (a pair per value would be a large share of the reader's garbage).
     */
    placed;
    /** The key of `length` characters at `at` that {@link keyAt} just found, from the cache when it is there. */
    keyText(at, length) {
        const slot = this.keyHash & (KEY_SLOTS - 1);
        const cached = keySlots[slot];
        if (cached !== undefined && cached.length === length && this.text.startsWith(cached, at))
            return cached;
        const key = this.text.slice(at, at + length);
        // A special key is never cached, so a cached key needs no second look.
        if (isSpecialKey(key))
            decline();
        keySlots[slot] = key;
        return key;
    }
    /** A block mapping whose keys stand at column `indent`, the first at offset `first`. */
    mapping(indent, first, depth) {
        if (depth >= nesting/* MAX_NESTING */.M)
            decline();
        const { text } = this;
        const value = {};
        const pairs = this.track ? new Map() : undefined;
        let at = first;
        for (;;) {
            const length = this.keyAt(at);
            if (length === 0)
                decline();
            const key = this.keyText(at, length);
            if (Object.hasOwn(value, key))
                decline();
            let p = at + length + 1;
            while (text.charCodeAt(p) === 32)
                p++;
            let child;
            if (p >= this.lineEnd || text.charCodeAt(p) === 35) {
                // Nothing after the colon: a block below it, or (declined) an empty value.
                this.nextLine();
                if (this.eof)
                    decline();
                if (this.indent() > indent)
                    child = this.block(depth + 1);
                else if (this.indent() === indent && this.isItem(this.content))
                    child = this.sequence(indent, depth + 1);
                else
                    decline();
            }
            else {
                child = this.inline(p, depth + 1);
                this.nextLine();
                // A deeper line after a scalar would continue it over several lines.
                if (!this.eof && this.indent() > indent)
                    decline();
            }
            value[key] = child;
            pairs?.set(key, { key: at, value: this.placed });
            if (this.eof || this.indent() < indent)
                break;
            if (this.indent() > indent || this.isItem(this.content))
                decline();
            at = this.content;
        }
        if (pairs)
            this.placed = { start: first, kind: 'map', pairs };
        return value;
    }
    /** A block list whose `-` stand at column `indent`; the current line is its first item. */
    sequence(indent, depth) {
        if (depth >= nesting/* MAX_NESTING */.M)
            decline();
        const { text } = this;
        const start = this.content;
        const value = [];
        const items = this.track ? [] : undefined;
        for (;;) {
            let p = this.content + 1;
            while (text.charCodeAt(p) === 32)
                p++;
            // An item empty or holding a list of its own: declined.
            if (p >= this.lineEnd || text.charCodeAt(p) === 35 || this.isItem(p))
                decline();
            let child;
            if (this.keyAt(p) > 0) {
                // `- key: value`: a mapping whose keys stand at the column of this one.
                child = this.mapping(p - this.lineStart, p, depth + 1);
            }
            else {
                child = this.inline(p, depth + 1);
                this.nextLine();
                if (!this.eof && this.indent() > indent)
                    decline();
            }
            value.push(child);
            if (items)
                items.push(this.placed);
            if (this.eof || this.indent() < indent)
                break;
            if (this.indent() > indent)
                decline();
            // A key at the list's column: the list was the value of the key above it, which goes on.
            if (!this.isItem(this.content))
                break;
        }
        if (items)
            this.placed = { start, kind: 'seq', items };
        return value;
    }
    /** The block starting on the current line: a list or a mapping. */
    block(depth) {
        const indent = this.indent();
        return this.isItem(this.content) ? this.sequence(indent, depth) : this.mapping(indent, this.content, depth);
    }
    /** The rest of the line from `at` holds nothing but spaces and maybe a comment. */
    expectLineEnd(at) {
        const { text } = this;
        let p = at;
        while (text.charCodeAt(p) === 32)
            p++;
        if (p < this.lineEnd && !(text.charCodeAt(p) === 35 && p > at))
            decline();
    }
    /** A value written on one line from `at`: a scalar, `[...]` of plain scalars, or `{}`. */
    inline(at, depth) {
        const { text } = this;
        const c = text.charCodeAt(at);
        // A flow list places itself; anything else on the line is one node starting here.
        if (this.track && c !== 91 /* [ */)
            this.placed = c === 123 /* { */ ? { start: at, kind: 'map', pairs: new Map() } : { start: at, kind: 'scalar' };
        if (c === 34 /* " */) {
            let p = at + 1;
            let escaped = false;
            for (;;) {
                if (p >= this.lineEnd)
                    decline();
                const d = text.charCodeAt(p);
                if (d === 34)
                    break;
                if (d === 92 /* \ */) {
                    if (!JSON_ESCAPE.test(text[p + 1] ?? ''))
                        decline();
                    escaped = true;
                    p += 2;
                }
                else
                    p++;
            }
            this.expectLineEnd(p + 1);
            return escaped ? JSON.parse(text.slice(at, p + 1)) : text.slice(at + 1, p);
        }
        if (c === 39 /* ' */) {
            let p = at + 1;
            for (;;) {
                if (p >= this.lineEnd)
                    decline();
                if (text.charCodeAt(p) === 39) {
                    if (text.charCodeAt(p + 1) !== 39)
                        break;
                    p += 2;
                }
                else
                    p++;
            }
            this.expectLineEnd(p + 1);
            return text.slice(at + 1, p).replaceAll("''", "'");
        }
        if (c === 123 /* { */) {
            if (text.charCodeAt(at + 1) !== 125 || depth >= nesting/* MAX_NESTING */.M)
                decline();
            this.expectLineEnd(at + 2);
            return {};
        }
        if (c === 91 /* [ */)
            return this.flowList(at, depth);
        const end = this.plainEnd(at, this.lineEnd);
        return this.plainValue(text.slice(at, end));
    }
    /** `[a, b, c]` on one line, of plain scalars only. */
    flowList(at, depth) {
        if (depth >= nesting/* MAX_NESTING */.M)
            decline();
        const { text } = this;
        let close = at + 1;
        // A `#` anywhere inside: after a space it starts a comment that hides the rest of the line,
        // `]` included (`[x #y, z]` is unclosed), and the item rules below decline it otherwise.
        while (close < this.lineEnd && text.charCodeAt(close) !== 93) {
            if (text.charCodeAt(close) === 35 /* # */)
                decline();
            close++;
        }
        if (close >= this.lineEnd)
            decline();
        this.expectLineEnd(close + 1);
        const value = [];
        const items = this.track ? [] : undefined;
        let p = at + 1;
        while (text.charCodeAt(p) === 32)
            p++;
        if (items)
            this.placed = { start: at, kind: 'seq', items };
        if (p === close)
            return value;
        for (;;) {
            let comma = p;
            while (comma < close && text.charCodeAt(comma) !== 44)
                comma++;
            const end = this.plainEnd(p, comma);
            const written = text.slice(p, end);
            // Brackets, braces, quotes, colons or a comment inside: more than this reader takes.
            if (FLOW_ITEM_DECLINED.test(written))
                decline();
            value.push(this.plainValue(written));
            items?.push({ start: p, kind: 'scalar' });
            if (comma === close)
                break;
            p = comma + 1;
            while (text.charCodeAt(p) === 32)
                p++;
        }
        return value;
    }
    /** Where a plain scalar starting at `at` ends, before `limit`: at a ` #` comment, trailing spaces trimmed. */
    plainEnd(at, limit) {
        const { text } = this;
        if (at >= limit)
            decline();
        const c = text.charCodeAt(at);
        // Indicators cannot start a plain scalar; `-`, `?` and `:` can, when not followed by a space.
        if (c < 128 && NOT_PLAIN_START[c] === 1)
            decline();
        if ((c === 45 || c === 63 || c === 58) && (at + 1 >= limit || text.charCodeAt(at + 1) === 32))
            decline();
        let end = at;
        // Searched within the line only: indexOf would run on to the end of the file every time.
        while (end < limit && !(text.charCodeAt(end) === 35 && text.charCodeAt(end - 1) === 32))
            end++;
        while (end > at && text.charCodeAt(end - 1) === 32)
            end--;
        return end;
    }
    plainValue(written) {
        // `a: b` inside a value is a mapping where none may be; a final `:` likewise.
        if (written === '' || written.includes(': ') || written.endsWith(':'))
            decline();
        const value = plainScalarValue(written);
        if (typeof value === 'number' && !Number.isFinite(value))
            decline();
        return value;
    }
}

;// CONCATENATED MODULE: ./lib/parse/fast-parse.js






// Two readers per format, fastest first. YAML: flowkeeper's line reader (simple-yaml.ts) takes
// the plain block YAML nearly every flow file is, and declines the moment it is not certain to
// read a file as `yaml`'s YAML 1.2 core schema would; `yaml` reads everything else, with
// positions of its own. JSON: JSON.parse when it reads a file as the strict reader would.
//
// There is no middle tier. js-yaml once sat between the two, for speed, but could not be made
// to read as `yaml` does (15 distinct divergences against the YAML test suite and a fuzzer,
// issue 17), and no realistic file reached it: the line reader takes every file of the
// benchmark's corpus (test/parse/fast-path-share.test.ts keeps that true).
// Flow files use plain names as keys. Any other key (empty, null, a number, a list written as
// a key) is left to the slow path, which alone decides what such a key means.
const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;
// A plain `null` key is YAML's null, not the word: a JSON key "null" is left to the slow path too.
const NULL_KEY = /^(?:null|Null|NULL)$/;
// Keys that passed the tests below, so the next file's same keys cost a set lookup instead of
// two regular expressions. Bounded: a repository with ever new keys stops adding, not growing.
const PLAIN_KEYS = new Set();
const MAX_PLAIN_KEYS = 4096;
/**
 * Walks a parsed value once, without recursion: its nesting depth stays within limits, every
 * key is a plain name, and every number is finite. Returns the number of keys seen, or
 * undefined when the value must go the slow way.
 */
function plainShape(value) {
    let keys = 0;
    // Two parallel stacks, not a stack of pairs: this walk runs over every node of every file,
    // and a pair per node would be a large share of a run's garbage.
    const values = [value];
    const depths = [0];
    while (values.length) {
        const current = values.pop();
        const depth = depths.pop();
        if (typeof current === 'number' && !Number.isFinite(current))
            return undefined;
        if (typeof current !== 'object' || current === null)
            continue;
        if (depth >= nesting/* MAX_NESTING */.M)
            return undefined;
        if (Array.isArray(current)) {
            for (const item of current) {
                values.push(item);
                depths.push(depth + 1);
            }
            continue;
        }
        for (const key in current) {
            if (!Object.hasOwn(current, key))
                continue;
            if (!PLAIN_KEYS.has(key)) {
                if (!PLAIN_KEY.test(key) || NULL_KEY.test(key))
                    return undefined;
                if (PLAIN_KEYS.size < MAX_PLAIN_KEYS)
                    PLAIN_KEYS.add(key);
            }
            keys++;
            values.push(current[key]);
            depths.push(depth + 1);
        }
    }
    return keys;
}
/**
 * A fast-path reading: positions come from a locator of the fast path's own (`fastFind`, built
 * on first use); a lookup it cannot answer falls back to a parse by the slow path, made then.
 */
function lazy(text, slow, value, fastFind) {
    let full;
    let find = null;
    const lines = new LineIndex(text);
    return {
        value,
        problems: [],
        find: (path) => {
            if (find === null)
                find = fastFind();
            return find?.(path) ?? (full ??= slow(text)).find(path);
        },
        position: (offset) => lines.position(offset),
        endOf: (offset) => lines.position((0,token_end/* tokenEnd */.$)(text, offset)),
    };
}
/**
 * Parses YAML with the line reader when it takes the text; undefined sends the text the slow
 * way. Positions, when a diagnostic asks for one, come from a second read by the line reader,
 * or from a `yaml` parse of the text for a lookup it cannot answer alike (an empty value).
 */
function parseYamlFast(text, slow) {
    const simple = parseSimpleYaml(text);
    if (!simple)
        return undefined;
    return lazy(text, slow, simple.value, () => {
        // Read again, keeping positions this time: once per file, whatever the number of lookups.
        const root = parseSimpleYaml(text, true)?.root;
        return (path) => findPlaced(root, path);
    });
}
/**
 * Counts the keys written in JSON text: strings followed by a colon. Scans string by string
 * (a regular expression could start inside a string and miscount), jumping from quote to quote.
 */
function writtenKeys(text) {
    // Nearly always enough: count the colons that follow a quote (and spaces). Every key written
    // has one; a string can add more only through an escaped quote before a colon (`\":`). So
    // this count is never below the exact one, and equal to the keys parsed means no repeats.
    let colons = 0;
    for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) {
        let before = i - 1;
        for (let c = text.charCodeAt(before); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(--before))
            ;
        if (text.charCodeAt(before) === 34 /* " */)
            colons++;
    }
    return colons;
}
/** The exact count of keys written: see {@link writtenKeys}, which is enough when it agrees. */
function exactWrittenKeys(text) {
    let keys = 0;
    let i = text.indexOf('"');
    while (i !== -1) {
        // The closing quote: the next one not escaped by an odd run of backslashes.
        let end = text.indexOf('"', i + 1);
        for (;;) {
            if (end === -1)
                return keys;
            let slashes = 0;
            while (text.charCodeAt(end - 1 - slashes) === 92 /* \ */)
                slashes++;
            if (slashes % 2 === 0)
                break;
            end = text.indexOf('"', end + 1);
        }
        let next = end + 1;
        for (let c = text.charCodeAt(next); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++next))
            ;
        if (text.charCodeAt(next) === 58 /* : */)
            keys++;
        i = text.indexOf('"', end + 1);
    }
    return keys;
}
/**
 * Parses JSON with JSON.parse when that reads it exactly as the strict parser would: no
 * duplicate keys, no overflowing numbers, no deep nesting. Undefined sends it the slow way.
 */
function parseJsonFast(text, slow) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const keys = plainShape(value);
    // Fewer keys in the parsed value than written means a key was written twice in one object.
    if (keys === undefined || (keys !== writtenKeys(text) && keys !== exactWrittenKeys(text)))
        return undefined;
    return lazy(text, slow, value, () => jsonLocator(text));
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
// EXTERNAL MODULE: ./lib/parse/walk-path.js
var walk_path = __webpack_require__(46872);
;// CONCATENATED MODULE: ./lib/parse/parse-json.js







const MESSAGES = {
    ValueExpected: 'a missing value (a trailing comma?)',
    PropertyNameExpected: 'a missing property name (a trailing comma?)',
    CommaExpected: 'a missing comma',
    ColonExpected: 'a missing colon',
    CloseBraceExpected: 'a missing }',
    CloseBracketExpected: 'a missing ]',
    EndOfFileExpected: 'more than one value (expected the end of the file)',
    InvalidCommentToken: 'a comment (JSON has none)',
    UnexpectedEndOfComment: 'an unterminated comment',
    UnexpectedEndOfString: 'an unterminated string',
    UnexpectedEndOfNumber: 'an unterminated number',
    InvalidUnicode: 'an invalid unicode escape',
    InvalidEscapeCharacter: 'an invalid escape character',
    InvalidCharacter: 'an invalid character in a string',
};
/** Names a syntax error, quoting the offending text where that helps (`NaN`, `'single'`). */
function syntaxMessage(error, text) {
    const code = (0,main.printParseErrorCode)(error.error);
    if (code === 'InvalidSymbol') {
        const symbol = text.slice(error.offset, error.offset + Math.max(1, error.length));
        if (symbol.startsWith("'"))
            return 'a single-quoted string; JSON strings use double quotes';
        return `the invalid symbol ${(0,json/* quote */.hD)(symbol, 40)} (JSON has no NaN, Infinity, comments, single quotes or unquoted words)`;
    }
    return MESSAGES[code] ?? code;
}
/** The deepest bracket nesting, skipping strings: checked before parsing, which recurses. */
function bracketDepth(text) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
        }
        else if (c === '"')
            inString = true;
        else if (c === '{' || c === '[') {
            if (++depth > nesting/* MAX_NESTING */.M)
                return { depth, offset: i };
        }
        else if (c === '}' || c === ']')
            depth--;
    }
    return { depth, offset: 0 };
}
/** Parses a JSON flow file strictly (no comments, no trailing commas, unique keys). */
function parseJson(text) {
    const lines = new LineIndex(text);
    const position = (offset) => lines.position(offset);
    const at = (offset, message, firstAt) => {
        const end = position((0,token_end/* tokenEnd */.$)(text, offset));
        const placed = { ...(0,diagnostic/* diagnostic */.YK)('', message, 'parse'), ...position(offset), endLine: end.line, endColumn: end.column };
        if (firstAt === undefined)
            return placed;
        const first = position(firstAt);
        const firstEnd = position((0,token_end/* tokenEnd */.$)(text, firstAt));
        return { ...placed, related: [{ line: first.line, column: first.column, endLine: firstEnd.line, endColumn: firstEnd.column, message: 'first written here' }] };
    };
    const problems = [];
    let root;
    const deep = bracketDepth(text);
    if (deep.depth > nesting/* MAX_NESTING */.M) {
        problems.push(at(deep.offset, `the file nests deeper than ${nesting/* MAX_NESTING */.M} levels; a flow file needs fewer than 10`));
    }
    else if (text.trim() !== '') {
        // An empty file parses to no value and no problem: the loader reports it, as for YAML.
        const errors = [];
        root = (0,main.parseTree)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        const first = errors[0];
        if (first) {
            problems.push(at(first.offset, `JSON syntax error: ${syntaxMessage(first, text)}`));
            root = undefined;
        }
    }
    let value;
    if (root) {
        const converted = toValue(root, text, at, position);
        if (converted.problem)
            problems.push(converted.problem);
        else
            value = converted.value;
    }
    const propertyOf = (0,walk_path/* entriesByName */.l)((object) => object.children ?? [], (property) => {
        const key = property.children?.[0]?.value;
        return typeof key === 'string' ? key : undefined;
    });
    // A field path as walk-path.ts says, through jsonc-parser's tree.
    function find(path) {
        let node = root;
        let located = { depth: 0, valueOffset: node?.offset ?? 0, kind: kindOf(node), throughList: false };
        let throughList = false;
        for (const segment of path) {
            let next;
            let keyOffset;
            if (node?.type === 'object') {
                const property = propertyOf(node, segment);
                if (!property)
                    break;
                keyOffset = property.children?.[0]?.offset;
                next = property.children?.[1];
            }
            else if (node?.type === 'array') {
                const index = Number(segment);
                next = Number.isInteger(index) && index >= 0 ? node.children?.[index] : undefined;
                if (!next)
                    break;
                throughList = true;
            }
            else
                break;
            located = { depth: located.depth + 1, valueOffset: next?.offset ?? keyOffset ?? 0, keyOffset, kind: kindOf(next), throughList };
            node = next;
        }
        return located;
    }
    return { value, problems, find, position, endOf: (offset) => position((0,token_end/* tokenEnd */.$)(text, offset)) };
}
function kindOf(node) {
    if (node?.type === 'object')
        return 'map';
    if (node?.type === 'array')
        return 'seq';
    return 'scalar';
}
// Builds the value from the tree (rather than JSON.parse) so a duplicate key or an overflowing
// number is caught with its position, and `__proto__` stays an ordinary key.
function toValue(node, text, at, lines) {
    switch (node.type) {
        case 'object': {
            const object = {};
            const seen = new Map();
            for (const property of node.children ?? []) {
                const [keyNode, valueNode] = property.children ?? [];
                if (!keyNode || !valueNode)
                    continue;
                const key = String(keyNode.value);
                if (key === '')
                    return { problem: at(keyNode.offset, 'JSON: a key is empty; expected a field name') };
                const firstAt = seen.get(key);
                if (firstAt !== undefined) {
                    const first = lines(firstAt);
                    return { problem: at(keyNode.offset, `JSON: the key ${JSON.stringify(key)} appears twice in one object (first at ${first.line}:${first.column}); keys must be unique`, firstAt) };
                }
                seen.set(key, keyNode.offset);
                const child = toValue(valueNode, text, at, lines);
                if (child.problem)
                    return child;
                (0,json/* setOwn */.P5)(object, key, child.value);
            }
            return { value: object };
        }
        case 'array': {
            const array = [];
            for (const item of node.children ?? []) {
                const child = toValue(item, text, at, lines);
                if (child.problem)
                    return child;
                array.push(child.value);
            }
            return { value: array };
        }
        case 'number':
            if (!Number.isFinite(node.value)) {
                const written = text.slice(node.offset, node.offset + Math.min(node.length, 40));
                return { problem: at(node.offset, `JSON: the number ${written} is too large to represent; expected a finite number`) };
            }
            return { value: node.value };
        default:
            return { value: node.value };
    }
}

// EXTERNAL MODULE: ./lib/parse/parse-yaml.js
var parse_yaml = __webpack_require__(37934);
;// CONCATENATED MODULE: ./lib/parse/read-flow-text.js



// A CR not followed by LF: YAML 1.2 (§5.4) makes it a line break, as the `yaml` package does
// not (it rejects it). Turned into \n, it keeps every offset and suits every reader.
const read_flow_text_LONE_CR = /\r(?!\n)/g;
/**
 * Reads a flow file's decoded text as every command does: the fast reader when it takes the
 * text, else the strict one, which alone reports problems. One function, so the CLI, the
 * action and `flowkeeper/parse` cannot read a file differently.
 */
function readFlowText(text, format) {
    // Most files have no CR at all, which indexOf tells faster than the expression.
    const normalized = text.indexOf('\r') === -1 ? text : text.replace(read_flow_text_LONE_CR, '\n');
    if (format === 'json')
        return parseJsonFast(normalized, parseJson) ?? parseJson(normalized);
    return parseYamlFast(normalized, parse_yaml/* parseYaml */.h) ?? (0,parse_yaml/* parseYaml */.h)(normalized);
}

// EXTERNAL MODULE: ./lib/files/flow-file-name.js
var flow_file_name = __webpack_require__(46260);
;// CONCATENATED MODULE: ./lib/files/load.js







/** Keys of a flow file that are not part of the PUT body. */
const FILE_ONLY_KEYS = ['id', 'extends', '$schema'];

/**
 * An unquoted YAML id of digits is read as a number (`000000000000000000000001` is 1,
 * `6e1234567890123456789012` is Infinity); the message shows what was written and the fix.
 */
function explainNumericId(d, value, source, text) {
    if (d.field !== 'id' || typeof value.id !== 'number')
        return d;
    const written = /^[^\s#,\]}]+/.exec(text.slice(source.find(['id']).valueOffset))?.[0];
    if (written === undefined || written === String(value.id))
        return d;
    return { ...d, message: `id is ${written}, which YAML reads as the number ${(0,json/* quote */.hD)(value.id)}; expected a 24-hex ObjectId in quotes: id: "${written}"` };
}
/**
 * Problems of an `extends` value that is not a path or a list of paths. The schema's oneOf
 * for extends maps to no diagnostic at all when every branch fails (the type errors explain
 * the oneOf, and the oneOf hides them), so the loader says it itself.
 */
function extendsProblems(value) {
    const expected = 'a relative path to a base file, or a non-empty list of them';
    if (value === undefined || (typeof value === 'string' && value !== ''))
        return [];
    if (!Array.isArray(value))
        return [(0,diagnostic/* diagnostic */.YK)('extends', `extends is ${(0,json/* quote */.hD)(value)}; expected ${expected}`, 'extends')];
    if (value.length === 0)
        return [(0,diagnostic/* diagnostic */.YK)('extends', `extends is an empty list; expected ${expected}`, 'extends')];
    return value.flatMap((entry, index) => typeof entry === 'string' && entry !== '' ? [] : [(0,diagnostic/* diagnostic */.YK)(`extends.${index}`, `extends.${index} is ${(0,json/* quote */.hD)(entry)}; expected a relative path to a base file`, 'extends')]);
}
/** A path the reader would not read (see {@link Refusal}): unreadable, with the reason as its one finding. */
function refusedFile(refused, absolutePath, path) {
    const problem = { ...(0,diagnostic/* diagnostic */.YK)('', refused.refused, refused.rule), file: path, line: 1, column: 1 };
    return { path, absolutePath, source: undefined, id: null, isBase: false, extends: [], layer: {}, readable: false, diagnostics: [problem] };
}
/**
 * Reads one flow file: decoding (unless given text already decoded, see cleanUtf8Text), syntax,
 * and the flow-file schema.
 */
function loadFlowFile(content, absolutePath, path) {
    const file = { path, absolutePath, source: undefined, id: null, isBase: false, extends: [], layer: {}, readable: false, diagnostics: [] };
    const decoded = typeof content === 'string' ? { ok: true, text: content } : (0,decode/* decodeFlowFile */.pq)(content);
    if (!decoded.ok) {
        file.diagnostics.push({ ...decoded.problem, file: path });
        return file;
    }
    const text = decoded.text;
    const source = readFlowText(text, /\.json$/i.test(absolutePath) ? 'json' : 'yaml');
    file.source = source;
    file.diagnostics.push(...source.problems.map((d) => ({ ...d, file: path })));
    if (source.problems.some((d) => d.severity === 'error'))
        return file;
    const value = source.value;
    if (!(0,json/* isObject */.Gv)(value)) {
        const message = value === null || value === undefined
            ? 'the file is empty; expected a mapping with id and the flow settings'
            : `the file holds ${(0,json/* quote */.hD)(value)} (${(0,json/* describeType */.MF)(value)}); expected a mapping with id and the flow settings`;
        file.diagnostics.push((0,locate/* placeInFile */.Z)((0,diagnostic/* diagnostic */.YK)('', message, 'type'), { path, source }));
        return file;
    }
    file.readable = true;
    file.isBase = !('id' in value);
    (0,validator_types/* validateFlowFileSchema */.ko)(value);
    const isYaml = !/\.json$/i.test(absolutePath);
    const schemaErrors = (0,error_mapping/* mapSchemaErrors */.F)(validator_types/* validateFlowFileSchema */.ko.errors, 'the file').map((d) => (isYaml ? explainNumericId(d, value, source, text) : d));
    file.diagnostics.push(...schemaErrors.map((d) => (0,locate/* placeInFile */.Z)(d, { path, source })));
    if (!schemaErrors.some((d) => d.field === 'extends' || d.field.startsWith('extends.'))) {
        file.diagnostics.push(...extendsProblems(value.extends).map((d) => (0,locate/* placeInFile */.Z)(d, { path, source })));
    }
    const idBroken = schemaErrors.some((d) => d.field === 'id');
    if (typeof value.id === 'string' && !idBroken)
        file.id = value.id;
    if (typeof value.extends === 'string')
        file.extends = [value.extends];
    else if (Array.isArray(value.extends))
        file.extends = value.extends.filter((e) => typeof e === 'string' && e !== '');
    for (const key of Object.keys(value)) {
        if (!FILE_ONLY_KEYS.includes(key))
            (0,json/* setOwn */.P5)(file.layer, key, value[key]);
    }
    return file;
}


/***/ }),

/***/ 67388:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ FLOW_MODEL)
/* harmony export */ });
/* eslint-disable */
// Generated by `npm run generate` from schema/. Do not edit: change the schema and regenerate.
/** The complete flow as a tree of keys, types, defaults and read-only marks. */
const FLOW_MODEL = {
    "types": [
        "object"
    ],
    "properties": {
        "status": {
            "types": [
                "string"
            ],
            "default": "draft"
        },
        "target": {
            "types": [
                "string"
            ],
            "default": "personal"
        },
        "type": {
            "types": [
                "string"
            ],
            "default": "onboarding"
        },
        "version": {
            "types": [
                "integer"
            ],
            "default": 1
        },
        "signUpForm": {
            "types": [
                "object"
            ],
            "default": {},
            "properties": {
                "fullName": {
                    "types": [
                        "boolean"
                    ],
                    "default": true
                },
                "fullNameStyle": {
                    "types": [
                        "string"
                    ],
                    "default": "separate"
                },
                "email": {
                    "types": [
                        "boolean"
                    ],
                    "default": false
                },
                "emailGateway": {
                    "types": [
                        "string"
                    ],
                    "default": "none"
                },
                "phone": {
                    "types": [
                        "boolean"
                    ],
                    "default": false
                },
                "phoneGateway": {
                    "types": [
                        "string"
                    ],
                    "default": "sms"
                },
                "showTermsAndConditions": {
                    "types": [
                        "boolean"
                    ],
                    "default": false
                },
                "showPrivacyNotice": {
                    "types": [
                        "boolean"
                    ],
                    "default": false
                },
                "additionalFields": {
                    "types": [
                        "array"
                    ],
                    "default": [],
                    "items": {
                        "types": [
                            "object"
                        ],
                        "properties": {
                            "name": {
                                "types": [
                                    "string"
                                ]
                            },
                            "label": {
                                "types": [
                                    "string"
                                ]
                            },
                            "type": {
                                "types": [
                                    "string"
                                ]
                            },
                            "required": {
                                "types": [
                                    "boolean"
                                ]
                            }
                        }
                    }
                },
                "allowAdditionalFields": {
                    "types": [
                        "boolean"
                    ],
                    "default": false
                }
            }
        },
        "documents": {
            "types": [
                "object"
            ],
            "default": {},
            "properties": {
                "attemptLimit": {
                    "types": [
                        "integer"
                    ],
                    "default": 3
                },
                "criminalHistoryVerification": {
                    "types": [
                        "boolean"
                    ],
                    "default": false
                },
                "informationVerification": {
                    "types": [
                        "boolean"
                    ],
                    "default": false
                },
                "screening": {
                    "types": [
                        "boolean"
                    ],
                    "default": false
                },
                "verificationMethods": {
                    "types": [
                        "array"
                    ],
                    "default": [],
                    "items": {
                        "types": [
                            "string"
                        ]
                    }
                },
                "documentTypes": {
                    "types": [
                        "array"
                    ],
                    "default": [],
                    "items": {
                        "types": [
                            "object"
                        ],
                        "properties": {
                            "country": {
                                "types": [
                                    "string"
                                ]
                            },
                            "configurations": {
                                "types": [
                                    "array"
                                ],
                                "items": {
                                    "types": [
                                        "object"
                                    ],
                                    "properties": {
                                        "active": {
                                            "types": [
                                                "boolean"
                                            ]
                                        },
                                        "documentCategory": {
                                            "types": [
                                                "string"
                                            ]
                                        },
                                        "documentTemplates": {
                                            "types": [
                                                "array"
                                            ],
                                            "default": []
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
        "liveness": {
            "types": [
                "object"
            ],
            "default": {},
            "properties": {
                "attemptLimit": {
                    "types": [
                        "integer"
                    ],
                    "default": 3
                },
                "minScore": {
                    "types": [
                        "number"
                    ],
                    "default": 0.65
                },
                "searchMinScore": {
                    "types": [
                        "number"
                    ],
                    "default": 0.8
                },
                "searchMode": {
                    "types": [
                        "string"
                    ],
                    "default": "FAST"
                }
            }
        },
        "steps": {
            "types": [
                "object"
            ],
            "default": {},
            "properties": {
                "document": {
                    "types": [
                        "string"
                    ],
                    "default": "skip"
                },
                "liveness": {
                    "types": [
                        "string"
                    ],
                    "default": "skip"
                }
            }
        },
        "integrations": {
            "types": [
                "object"
            ],
            "default": {},
            "properties": {
                "redirectUrl": {
                    "types": [
                        "string"
                    ],
                    "default": ""
                },
                "webhook": {
                    "types": [
                        "string",
                        "null"
                    ],
                    "default": null
                },
                "source": {
                    "types": [
                        "string"
                    ],
                    "default": "NONE"
                },
                "strategy": {
                    "types": [
                        "string"
                    ],
                    "default": "none"
                },
                "apiUrl": {
                    "types": [
                        "string"
                    ],
                    "default": ""
                },
                "apiTestType": {
                    "types": [
                        "string"
                    ],
                    "default": "email"
                },
                "apiTestValue": {
                    "types": [
                        "string"
                    ],
                    "default": ""
                }
            }
        },
        "_id": {
            "types": [
                "string"
            ],
            "readOnly": true
        },
        "createdAt": {
            "types": [
                "string"
            ],
            "readOnly": true
        },
        "updatedAt": {
            "types": [
                "string"
            ],
            "readOnly": true
        },
        "webhookUrl": {
            "types": [
                "string"
            ],
            "readOnly": true
        },
        "redirectUrl": {
            "types": [
                "string"
            ],
            "readOnly": true
        }
    }
};


/***/ }),

/***/ 23039:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QP: () => (/* binding */ validator_types_validateConfigFileSchema),
  ko: () => (/* binding */ validator_types_validateFlowFileSchema),
  kn: () => (/* binding */ validator_types_validateFlowSchema),
  Ny: () => (/* binding */ validator_types_validatePlanFileSchema)
});

// UNUSED EXPORTS: validateUpdateBodySchema

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
var ucs2length_namespaceObject = /*#__PURE__*/__webpack_require__.t(ucs2length, 2);
;// CONCATENATED MODULE: ./lib/generated/validators.js
/* eslint-disable */
// Generated by `npm run generate` from schema/. Do not edit: change the schema and regenerate.
// @ts-nocheck

const runtime0 = ucs2length ?? ucs2length_namespaceObject;
const validateFlowSchema = validate20;
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://flowkeeper.dev/schema/flow.schema.json", "title": "Flow", "description": "A complete project flow as the API returns it: the nine writable fields, every sub-field filled in, plus read-only fields the server owns. Holds the cross-field rules the API applies to the merged flow.", "type": "object", "additionalProperties": false, "required": ["status", "target", "type", "version", "signUpForm", "documents", "liveness", "steps", "integrations"], "properties": { "status": { "$ref": "sections.schema.json#/$defs/status", "description": "Flow status (draft, active, paused)." }, "target": { "$ref": "sections.schema.json#/$defs/target", "description": "Target audience (personal)." }, "type": { "$ref": "sections.schema.json#/$defs/type", "description": "Flow type (onboarding)." }, "version": { "$ref": "sections.schema.json#/$defs/version", "description": "Flow version." }, "signUpForm": { "$ref": "sections.schema.json#/$defs/signUpForm", "description": "Sign-up form configuration.", "required": ["fullName", "fullNameStyle", "email", "emailGateway", "phone", "phoneGateway", "showTermsAndConditions", "showPrivacyNotice", "additionalFields", "allowAdditionalFields"] }, "documents": { "$ref": "sections.schema.json#/$defs/documents", "description": "Document verification settings.", "required": ["attemptLimit", "criminalHistoryVerification", "informationVerification", "screening", "verificationMethods", "documentTypes"] }, "liveness": { "$ref": "sections.schema.json#/$defs/liveness", "description": "Biometric verification settings.", "required": ["attemptLimit", "minScore", "searchMinScore", "searchMode"] }, "steps": { "$ref": "sections.schema.json#/$defs/steps", "description": "Step configuration.", "required": ["document", "liveness"] }, "integrations": { "$ref": "sections.schema.json#/$defs/integrations", "description": "Integration settings.", "required": ["redirectUrl", "webhook", "source", "strategy", "apiUrl", "apiTestType", "apiTestValue"] }, "_id": { "type": "string", "readOnly": true, "description": "Identifier of the flow, set by the server." }, "createdAt": { "type": "string", "readOnly": true, "description": "When the flow was created (ISO 8601), set by the server." }, "updatedAt": { "type": "string", "readOnly": true, "description": "When the flow was last updated (ISO 8601), set by the server." }, "webhookUrl": { "type": "string", "readOnly": true, "description": "URL of the configured webhook, set by the server." }, "redirectUrl": { "type": "string", "readOnly": true, "description": "Success redirect URL as the server reports it at the top level; set it through integrations.redirectUrl." } }, "allOf": [{ "$comment": "documents.verificationMethods and documents.documentTypes are required when steps.document is not skip (mandatory or optional; a misspelt value is reported by its enum alone).", "if": { "required": ["steps"], "properties": { "steps": { "required": ["document"], "properties": { "document": { "enum": ["mandatory", "optional"] } } } } }, "then": { "properties": { "documents": { "properties": { "verificationMethods": { "minItems": 1, "x-rule": "required-when", "x-message": "verificationMethods is required when documents step is not skipped" }, "documentTypes": { "minItems": 1, "x-rule": "required-when", "x-message": "documentTypes is required when documents step is not skipped" } } } } } }, { "$comment": "integrations.apiUrl, apiTestType and apiTestValue are required when integrations.source is API.", "if": { "required": ["integrations"], "properties": { "integrations": { "required": ["source"], "properties": { "source": { "const": "API" } } } } }, "then": { "properties": { "integrations": { "properties": { "apiUrl": { "minLength": 1, "x-rule": "required-when", "x-message": "apiUrl is required when integrations source is API" }, "apiTestType": { "minLength": 1, "x-rule": "required-when", "x-message": "apiTestType is required when integrations source is API" }, "apiTestValue": { "minLength": 1, "x-rule": "required-when", "x-message": "apiTestValue is required when integrations source is API" } } } } } }] };
const schema33 = { "type": "string", "enum": ["draft", "active", "paused"], "default": "draft", "description": "Flow status. The spec lists draft, active and paused; flowkeeper assumes draft when nothing says otherwise." };
const schema34 = { "type": "string", "enum": ["personal"], "default": "personal", "description": "Target audience. Only personal flows are documented." };
const schema35 = { "type": "string", "enum": ["onboarding"], "default": "onboarding", "description": "Flow type. Only onboarding flows are documented." };
const schema36 = { "type": "integer", "minimum": 1, "default": 1, "description": "Flow version, a whole number from 1." };
const schema42 = { "type": "object", "additionalProperties": false, "default": {}, "description": "Biometric (liveness) verification settings.", "properties": { "attemptLimit": { "type": "integer", "minimum": 1, "maximum": 5, "default": 3, "description": "Maximum liveness attempts, a whole number from 1 to 5." }, "minScore": { "type": "number", "minimum": 0.52, "maximum": 0.9, "default": 0.65, "description": "Minimum liveness score, from 0.52 to 0.9." }, "searchMinScore": { "type": "number", "minimum": 0.7, "maximum": 0.95, "default": 0.8, "description": "Minimum search score, from 0.7 to 0.95." }, "searchMode": { "type": "string", "enum": ["FAST", "ACCURATE"], "default": "FAST", "description": "Search mode." } } };
const schema43 = { "type": "object", "additionalProperties": false, "default": {}, "description": "Which verification steps the flow runs.", "properties": { "document": { "type": "string", "enum": ["mandatory", "optional", "skip"], "default": "skip", "description": "Document step requirement." }, "liveness": { "type": "string", "enum": ["mandatory", "optional", "skip"], "default": "skip", "description": "Liveness step requirement." } } };
const schema44 = { "type": "object", "additionalProperties": false, "default": {}, "description": "Integration settings: redirect, webhook and the API or CSV list check.", "properties": { "redirectUrl": { "type": "string", "default": "", "description": "URL the user is sent to after success." }, "webhook": { "type": ["string", "null"], "default": null, "description": "Webhook ID (a 24-hex ObjectId), or null for none." }, "source": { "type": "string", "enum": ["API", "CSV", "NONE"], "default": "NONE", "description": "Integration source." }, "strategy": { "type": "string", "enum": ["blacklist", "none"], "default": "none", "description": "Integration strategy." }, "apiUrl": { "type": "string", "default": "", "description": "API endpoint URL. Required (non-empty) when source is API." }, "apiTestType": { "type": "string", "enum": ["email", "phone"], "default": "email", "description": "API test type. Required when source is API." }, "apiTestValue": { "type": "string", "default": "", "description": "API test value. Required (non-empty) when source is API." } } };
const func1 = runtime0.default;
const func4 = Object.prototype.hasOwnProperty;
const schema37 = { "type": "object", "additionalProperties": false, "default": {}, "description": "Sign-up form configuration: which personal details the flow collects and how they are verified.", "properties": { "fullName": { "type": "boolean", "default": true, "description": "Whether to collect the full name." }, "fullNameStyle": { "type": "string", "enum": ["together", "separate"], "default": "separate", "description": "Name input style: one field (together) or first and last name (separate)." }, "email": { "type": "boolean", "default": false, "description": "Whether to collect an email address." }, "emailGateway": { "type": "string", "enum": ["mailgun", "none"], "default": "none", "description": "Email verification gateway." }, "phone": { "type": "boolean", "default": false, "description": "Whether to collect a phone number." }, "phoneGateway": { "type": "string", "enum": ["sms", "whatsapp", "both", "none"], "default": "sms", "description": "Phone verification gateway." }, "showTermsAndConditions": { "type": "boolean", "default": false, "description": "Show the terms and conditions." }, "showPrivacyNotice": { "type": "boolean", "default": false, "description": "Show the privacy notice." }, "additionalFields": { "type": "array", "default": [], "description": "Custom additional fields shown on the form. Names must be unique within the list.", "items": { "$ref": "#/$defs/additionalField" } }, "allowAdditionalFields": { "type": "boolean", "default": false, "description": "Allow the custom fields listed in additionalFields." } } };
const schema38 = { "type": "object", "additionalProperties": false, "required": ["name", "label", "type"], "description": "One custom field of the sign-up form.", "properties": { "name": { "type": "string", "minLength": 1, "description": "Machine name of the field, unique within additionalFields." }, "label": { "type": "string", "minLength": 1, "description": "Label shown to the user." }, "type": { "type": "string", "minLength": 1, "description": "Input type of the field, for example text." }, "required": { "type": "boolean", "description": "Whether the user must fill in the field." } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate22.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func4.call(schema37.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.fullName !== undefined) {
        let data0 = data.fullName;
        if (typeof data0 !== "boolean") {
            const err1 = { instancePath: instancePath + "/fullName", schemaPath: "#/properties/fullName/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.fullName.type, parentSchema: schema37.properties.fullName, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.fullNameStyle !== undefined) {
        let data1 = data.fullNameStyle;
        if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/fullNameStyle", schemaPath: "#/properties/fullNameStyle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.fullNameStyle.type, parentSchema: schema37.properties.fullNameStyle, data: data1 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (!((data1 === "together") || (data1 === "separate"))) {
            const err3 = { instancePath: instancePath + "/fullNameStyle", schemaPath: "#/properties/fullNameStyle/enum", keyword: "enum", params: { allowedValues: schema37.properties.fullNameStyle.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.fullNameStyle.enum, parentSchema: schema37.properties.fullNameStyle, data: data1 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.email !== undefined) {
        let data2 = data.email;
        if (typeof data2 !== "boolean") {
            const err4 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.email.type, parentSchema: schema37.properties.email, data: data2 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.emailGateway !== undefined) {
        let data3 = data.emailGateway;
        if (typeof data3 !== "string") {
            const err5 = { instancePath: instancePath + "/emailGateway", schemaPath: "#/properties/emailGateway/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.emailGateway.type, parentSchema: schema37.properties.emailGateway, data: data3 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (!((data3 === "mailgun") || (data3 === "none"))) {
            const err6 = { instancePath: instancePath + "/emailGateway", schemaPath: "#/properties/emailGateway/enum", keyword: "enum", params: { allowedValues: schema37.properties.emailGateway.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.emailGateway.enum, parentSchema: schema37.properties.emailGateway, data: data3 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.phone !== undefined) {
        let data4 = data.phone;
        if (typeof data4 !== "boolean") {
            const err7 = { instancePath: instancePath + "/phone", schemaPath: "#/properties/phone/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.phone.type, parentSchema: schema37.properties.phone, data: data4 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.phoneGateway !== undefined) {
        let data5 = data.phoneGateway;
        if (typeof data5 !== "string") {
            const err8 = { instancePath: instancePath + "/phoneGateway", schemaPath: "#/properties/phoneGateway/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.phoneGateway.type, parentSchema: schema37.properties.phoneGateway, data: data5 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (!((((data5 === "sms") || (data5 === "whatsapp")) || (data5 === "both")) || (data5 === "none"))) {
            const err9 = { instancePath: instancePath + "/phoneGateway", schemaPath: "#/properties/phoneGateway/enum", keyword: "enum", params: { allowedValues: schema37.properties.phoneGateway.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.phoneGateway.enum, parentSchema: schema37.properties.phoneGateway, data: data5 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.showTermsAndConditions !== undefined) {
        let data6 = data.showTermsAndConditions;
        if (typeof data6 !== "boolean") {
            const err10 = { instancePath: instancePath + "/showTermsAndConditions", schemaPath: "#/properties/showTermsAndConditions/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.showTermsAndConditions.type, parentSchema: schema37.properties.showTermsAndConditions, data: data6 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.showPrivacyNotice !== undefined) {
        let data7 = data.showPrivacyNotice;
        if (typeof data7 !== "boolean") {
            const err11 = { instancePath: instancePath + "/showPrivacyNotice", schemaPath: "#/properties/showPrivacyNotice/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.showPrivacyNotice.type, parentSchema: schema37.properties.showPrivacyNotice, data: data7 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.additionalFields !== undefined) {
        let data8 = data.additionalFields;
        if (Array.isArray(data8)) {
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data9 = data8[i0];
                if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                    if (data9.name === undefined) {
                        const err12 = { instancePath: instancePath + "/additionalFields/" + i0, schemaPath: "#/$defs/additionalField/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema38.required, parentSchema: schema38, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                    if (data9.label === undefined) {
                        const err13 = { instancePath: instancePath + "/additionalFields/" + i0, schemaPath: "#/$defs/additionalField/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property '" + "label" + "'", schema: schema38.required, parentSchema: schema38, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                    if (data9.type === undefined) {
                        const err14 = { instancePath: instancePath + "/additionalFields/" + i0, schemaPath: "#/$defs/additionalField/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema38.required, parentSchema: schema38, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                    for (const key1 in data9) {
                        if (!((((key1 === "name") || (key1 === "label")) || (key1 === "type")) || (key1 === "required"))) {
                            const err15 = { instancePath: instancePath + "/additionalFields/" + i0, schemaPath: "#/$defs/additionalField/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                    }
                    if (data9.name !== undefined) {
                        let data10 = data9.name;
                        if (typeof data10 === "string") {
                            if (func1(data10) < 1) {
                                const err16 = { instancePath: instancePath + "/additionalFields/" + i0 + "/name", schemaPath: "#/$defs/additionalField/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.name, data: data10 };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err17 = { instancePath: instancePath + "/additionalFields/" + i0 + "/name", schemaPath: "#/$defs/additionalField/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.name.type, parentSchema: schema38.properties.name, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    if (data9.label !== undefined) {
                        let data11 = data9.label;
                        if (typeof data11 === "string") {
                            if (func1(data11) < 1) {
                                const err18 = { instancePath: instancePath + "/additionalFields/" + i0 + "/label", schemaPath: "#/$defs/additionalField/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.label, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err19 = { instancePath: instancePath + "/additionalFields/" + i0 + "/label", schemaPath: "#/$defs/additionalField/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.label.type, parentSchema: schema38.properties.label, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                    }
                    if (data9.type !== undefined) {
                        let data12 = data9.type;
                        if (typeof data12 === "string") {
                            if (func1(data12) < 1) {
                                const err20 = { instancePath: instancePath + "/additionalFields/" + i0 + "/type", schemaPath: "#/$defs/additionalField/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.type, data: data12 };
                                if (vErrors === null) {
                                    vErrors = [err20];
                                }
                                else {
                                    vErrors.push(err20);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err21 = { instancePath: instancePath + "/additionalFields/" + i0 + "/type", schemaPath: "#/$defs/additionalField/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.type.type, parentSchema: schema38.properties.type, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                    }
                    if (data9.required !== undefined) {
                        let data13 = data9.required;
                        if (typeof data13 !== "boolean") {
                            const err22 = { instancePath: instancePath + "/additionalFields/" + i0 + "/required", schemaPath: "#/$defs/additionalField/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema38.properties.required.type, parentSchema: schema38.properties.required, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err23 = { instancePath: instancePath + "/additionalFields/" + i0, schemaPath: "#/$defs/additionalField/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
        }
        else {
            const err24 = { instancePath: instancePath + "/additionalFields", schemaPath: "#/properties/additionalFields/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.additionalFields.type, parentSchema: schema37.properties.additionalFields, data: data8 };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
    if (data.allowAdditionalFields !== undefined) {
        let data14 = data.allowAdditionalFields;
        if (typeof data14 !== "boolean") {
            const err25 = { instancePath: instancePath + "/allowAdditionalFields", schemaPath: "#/properties/allowAdditionalFields/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.allowAdditionalFields.type, parentSchema: schema37.properties.allowAdditionalFields, data: data14 };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
    }
}
else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
        vErrors = [err26];
    }
    else {
        vErrors.push(err26);
    }
    errors++;
} validate22.errors = vErrors; return errors === 0; }
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema39 = { "type": "object", "additionalProperties": false, "default": {}, "description": "Document verification settings.", "properties": { "attemptLimit": { "type": "integer", "minimum": 1, "maximum": 5, "default": 3, "description": "Maximum verification attempts, a whole number from 1 to 5." }, "criminalHistoryVerification": { "type": "boolean", "default": false, "description": "Enable the criminal history check." }, "informationVerification": { "type": "boolean", "default": false, "description": "Enable information verification." }, "screening": { "type": "boolean", "default": false, "description": "Enable database screening." }, "verificationMethods": { "type": "array", "default": [], "description": "Verification methods. Required (non-empty) when steps.document is not skip.", "items": { "type": "string", "enum": ["SCAN_ZERO", "SCAN_PROMPT", "SCAN_STUDIO"], "description": "A verification method." } }, "documentTypes": { "type": "array", "default": [], "description": "Supported document types by country. Required (non-empty) when steps.document is not skip.", "items": { "$ref": "#/$defs/documentType" } } } };
const schema40 = { "type": "object", "additionalProperties": false, "required": ["country", "configurations"], "description": "The documents accepted from one country.", "properties": { "country": { "type": "string", "minLength": 1, "description": "Country name, for example United States." }, "configurations": { "type": "array", "description": "The document categories accepted from this country.", "items": { "$ref": "#/$defs/documentConfiguration" } } } };
const schema41 = { "type": "object", "additionalProperties": false, "required": ["documentCategory"], "description": "One accepted document category.", "properties": { "active": { "type": "boolean", "description": "Whether this document category is accepted." }, "documentCategory": { "type": "string", "minLength": 1, "description": "Document category, for example government_id or passport." }, "documentTemplates": { "type": "array", "default": [], "description": "Document templates of this category. The spec documents only the empty list." } } };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate25.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.country === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "country" }, message: "must have required property '" + "country" + "'", schema: schema40.required, parentSchema: schema40, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.configurations === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "configurations" }, message: "must have required property '" + "configurations" + "'", schema: schema40.required, parentSchema: schema40, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((key0 === "country") || (key0 === "configurations"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.country !== undefined) {
        let data0 = data.country;
        if (typeof data0 === "string") {
            if (func1(data0) < 1) {
                const err3 = { instancePath: instancePath + "/country", schemaPath: "#/properties/country/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.properties.country, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/country", schemaPath: "#/properties/country/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.country.type, parentSchema: schema40.properties.country, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.configurations !== undefined) {
        let data1 = data.configurations;
        if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data2 = data1[i0];
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    if (data2.documentCategory === undefined) {
                        const err5 = { instancePath: instancePath + "/configurations/" + i0, schemaPath: "#/$defs/documentConfiguration/required", keyword: "required", params: { missingProperty: "documentCategory" }, message: "must have required property '" + "documentCategory" + "'", schema: schema41.required, parentSchema: schema41, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err5];
                        }
                        else {
                            vErrors.push(err5);
                        }
                        errors++;
                    }
                    for (const key1 in data2) {
                        if (!(((key1 === "active") || (key1 === "documentCategory")) || (key1 === "documentTemplates"))) {
                            const err6 = { instancePath: instancePath + "/configurations/" + i0, schemaPath: "#/$defs/documentConfiguration/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data: data2 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                        }
                    }
                    if (data2.active !== undefined) {
                        let data3 = data2.active;
                        if (typeof data3 !== "boolean") {
                            const err7 = { instancePath: instancePath + "/configurations/" + i0 + "/active", schemaPath: "#/$defs/documentConfiguration/properties/active/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema41.properties.active.type, parentSchema: schema41.properties.active, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    if (data2.documentCategory !== undefined) {
                        let data4 = data2.documentCategory;
                        if (typeof data4 === "string") {
                            if (func1(data4) < 1) {
                                const err8 = { instancePath: instancePath + "/configurations/" + i0 + "/documentCategory", schemaPath: "#/$defs/documentConfiguration/properties/documentCategory/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties.documentCategory, data: data4 };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err9 = { instancePath: instancePath + "/configurations/" + i0 + "/documentCategory", schemaPath: "#/$defs/documentConfiguration/properties/documentCategory/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.documentCategory.type, parentSchema: schema41.properties.documentCategory, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                    if (data2.documentTemplates !== undefined) {
                        let data5 = data2.documentTemplates;
                        if (!(Array.isArray(data5))) {
                            const err10 = { instancePath: instancePath + "/configurations/" + i0 + "/documentTemplates", schemaPath: "#/$defs/documentConfiguration/properties/documentTemplates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.properties.documentTemplates.type, parentSchema: schema41.properties.documentTemplates, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err11 = { instancePath: instancePath + "/configurations/" + i0, schemaPath: "#/$defs/documentConfiguration/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
        }
        else {
            const err12 = { instancePath: instancePath + "/configurations", schemaPath: "#/properties/configurations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.configurations.type, parentSchema: schema40.properties.configurations, data: data1 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
}
else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
        vErrors = [err13];
    }
    else {
        vErrors.push(err13);
    }
    errors++;
} validate25.errors = vErrors; return errors === 0; }
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate24.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!((((((key0 === "attemptLimit") || (key0 === "criminalHistoryVerification")) || (key0 === "informationVerification")) || (key0 === "screening")) || (key0 === "verificationMethods")) || (key0 === "documentTypes"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.attemptLimit !== undefined) {
        let data0 = data.attemptLimit;
        if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
            const err1 = { instancePath: instancePath + "/attemptLimit", schemaPath: "#/properties/attemptLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.attemptLimit.type, parentSchema: schema39.properties.attemptLimit, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if ((typeof data0 == "number") && (isFinite(data0))) {
            if (data0 > 5 || isNaN(data0)) {
                const err2 = { instancePath: instancePath + "/attemptLimit", schemaPath: "#/properties/attemptLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5", schema: 5, parentSchema: schema39.properties.attemptLimit, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if (data0 < 1 || isNaN(data0)) {
                const err3 = { instancePath: instancePath + "/attemptLimit", schemaPath: "#/properties/attemptLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.properties.attemptLimit, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
    }
    if (data.criminalHistoryVerification !== undefined) {
        let data1 = data.criminalHistoryVerification;
        if (typeof data1 !== "boolean") {
            const err4 = { instancePath: instancePath + "/criminalHistoryVerification", schemaPath: "#/properties/criminalHistoryVerification/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.criminalHistoryVerification.type, parentSchema: schema39.properties.criminalHistoryVerification, data: data1 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.informationVerification !== undefined) {
        let data2 = data.informationVerification;
        if (typeof data2 !== "boolean") {
            const err5 = { instancePath: instancePath + "/informationVerification", schemaPath: "#/properties/informationVerification/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.informationVerification.type, parentSchema: schema39.properties.informationVerification, data: data2 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.screening !== undefined) {
        let data3 = data.screening;
        if (typeof data3 !== "boolean") {
            const err6 = { instancePath: instancePath + "/screening", schemaPath: "#/properties/screening/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.screening.type, parentSchema: schema39.properties.screening, data: data3 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.verificationMethods !== undefined) {
        let data4 = data.verificationMethods;
        if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data5 = data4[i0];
                if (typeof data5 !== "string") {
                    const err7 = { instancePath: instancePath + "/verificationMethods/" + i0, schemaPath: "#/properties/verificationMethods/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.verificationMethods.items.type, parentSchema: schema39.properties.verificationMethods.items, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (!(((data5 === "SCAN_ZERO") || (data5 === "SCAN_PROMPT")) || (data5 === "SCAN_STUDIO"))) {
                    const err8 = { instancePath: instancePath + "/verificationMethods/" + i0, schemaPath: "#/properties/verificationMethods/items/enum", keyword: "enum", params: { allowedValues: schema39.properties.verificationMethods.items.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.verificationMethods.items.enum, parentSchema: schema39.properties.verificationMethods.items, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/verificationMethods", schemaPath: "#/properties/verificationMethods/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.verificationMethods.type, parentSchema: schema39.properties.verificationMethods, data: data4 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.documentTypes !== undefined) {
        let data6 = data.documentTypes;
        if (Array.isArray(data6)) {
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
                if (!(validate25(data6[i1], { instancePath: instancePath + "/documentTypes/" + i1, parentData: data6, parentDataProperty: i1, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/documentTypes", schemaPath: "#/properties/documentTypes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.documentTypes.type, parentSchema: schema39.properties.documentTypes, data: data6 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
}
else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
        vErrors = [err11];
    }
    else {
        vErrors.push(err11);
    }
    errors++;
} validate24.errors = vErrors; return errors === 0; }
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://flowkeeper.dev/schema/flow.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate20.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} const _errs3 = errors; let valid1 = true; const _errs4 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.steps === undefined) && (missing0 = "steps")) {
        const err0 = {};
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    else {
        if (data.steps !== undefined) {
            let data0 = data.steps;
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                let missing1;
                if ((data0.document === undefined) && (missing1 = "document")) {
                    const err1 = {};
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
                else {
                    if (data0.document !== undefined) {
                        let data1 = data0.document;
                        if (!((data1 === "mandatory") || (data1 === "optional"))) {
                            const err2 = {};
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                    }
                }
            }
        }
    }
} var _valid0 = _errs4 === errors; errors = _errs3; if (vErrors !== null) {
    if (_errs3) {
        vErrors.length = _errs3;
    }
    else {
        vErrors = null;
    }
} if (_valid0) {
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.documents !== undefined) {
            let data2 = data.documents;
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                if (data2.verificationMethods !== undefined) {
                    let data3 = data2.verificationMethods;
                    if (Array.isArray(data3)) {
                        if (data3.length < 1) {
                            const err3 = { instancePath: instancePath + "/documents/verificationMethods", schemaPath: "#/allOf/0/then/properties/documents/properties/verificationMethods/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.allOf[0].then.properties.documents.properties.verificationMethods, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                        }
                    }
                }
                if (data2.documentTypes !== undefined) {
                    let data4 = data2.documentTypes;
                    if (Array.isArray(data4)) {
                        if (data4.length < 1) {
                            const err4 = { instancePath: instancePath + "/documents/documentTypes", schemaPath: "#/allOf/0/then/properties/documents/properties/documentTypes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.allOf[0].then.properties.documents.properties.documentTypes, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                    }
                }
            }
        }
    }
    var _valid0 = _errs7 === errors;
    valid1 = _valid0;
    if (valid1) {
        var props0 = {};
        props0.documents = true;
        props0.steps = true;
    }
} if (!valid1) {
    const err5 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema31.allOf[0].if, parentSchema: schema31.allOf[0], data };
    if (vErrors === null) {
        vErrors = [err5];
    }
    else {
        vErrors.push(err5);
    }
    errors++;
} const _errs13 = errors; let valid6 = true; const _errs14 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if ((data.integrations === undefined) && (missing2 = "integrations")) {
        const err6 = {};
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    else {
        if (data.integrations !== undefined) {
            let data5 = data.integrations;
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                let missing3;
                if ((data5.source === undefined) && (missing3 = "source")) {
                    const err7 = {};
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                else {
                    if (data5.source !== undefined) {
                        if ("API" !== data5.source) {
                            const err8 = {};
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                }
            }
        }
    }
} var _valid1 = _errs14 === errors; errors = _errs13; if (vErrors !== null) {
    if (_errs13) {
        vErrors.length = _errs13;
    }
    else {
        vErrors = null;
    }
} if (_valid1) {
    const _errs17 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.integrations !== undefined) {
            let data7 = data.integrations;
            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (data7.apiUrl !== undefined) {
                    let data8 = data7.apiUrl;
                    if (typeof data8 === "string") {
                        if (func1(data8) < 1) {
                            const err9 = { instancePath: instancePath + "/integrations/apiUrl", schemaPath: "#/allOf/1/then/properties/integrations/properties/apiUrl/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.allOf[1].then.properties.integrations.properties.apiUrl, data: data8 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                }
                if (data7.apiTestType !== undefined) {
                    let data9 = data7.apiTestType;
                    if (typeof data9 === "string") {
                        if (func1(data9) < 1) {
                            const err10 = { instancePath: instancePath + "/integrations/apiTestType", schemaPath: "#/allOf/1/then/properties/integrations/properties/apiTestType/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.allOf[1].then.properties.integrations.properties.apiTestType, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                }
                if (data7.apiTestValue !== undefined) {
                    let data10 = data7.apiTestValue;
                    if (typeof data10 === "string") {
                        if (func1(data10) < 1) {
                            const err11 = { instancePath: instancePath + "/integrations/apiTestValue", schemaPath: "#/allOf/1/then/properties/integrations/properties/apiTestValue/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.allOf[1].then.properties.integrations.properties.apiTestValue, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                }
            }
        }
    }
    var _valid1 = _errs17 === errors;
    valid6 = _valid1;
    if (valid6) {
        var props1 = {};
        props1.integrations = true;
    }
} if (!valid6) {
    const err12 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema31.allOf[1].if, parentSchema: schema31.allOf[1], data };
    if (vErrors === null) {
        vErrors = [err12];
    }
    else {
        vErrors.push(err12);
    }
    errors++;
} if (props0 !== true && props1 !== undefined) {
    if (props1 === true) {
        props0 = true;
    }
    else {
        props0 = props0 || {};
        Object.assign(props0, props1);
    }
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.status === undefined) {
        const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err13];
        }
        else {
            vErrors.push(err13);
        }
        errors++;
    }
    if (data.target === undefined) {
        const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property '" + "target" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err14];
        }
        else {
            vErrors.push(err14);
        }
        errors++;
    }
    if (data.type === undefined) {
        const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err15];
        }
        else {
            vErrors.push(err15);
        }
        errors++;
    }
    if (data.version === undefined) {
        const err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err16];
        }
        else {
            vErrors.push(err16);
        }
        errors++;
    }
    if (data.signUpForm === undefined) {
        const err17 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "signUpForm" }, message: "must have required property '" + "signUpForm" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err17];
        }
        else {
            vErrors.push(err17);
        }
        errors++;
    }
    if (data.documents === undefined) {
        const err18 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "documents" }, message: "must have required property '" + "documents" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err18];
        }
        else {
            vErrors.push(err18);
        }
        errors++;
    }
    if (data.liveness === undefined) {
        const err19 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "liveness" }, message: "must have required property '" + "liveness" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err19];
        }
        else {
            vErrors.push(err19);
        }
        errors++;
    }
    if (data.steps === undefined) {
        const err20 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property '" + "steps" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err20];
        }
        else {
            vErrors.push(err20);
        }
        errors++;
    }
    if (data.integrations === undefined) {
        const err21 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "integrations" }, message: "must have required property '" + "integrations" + "'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err21];
        }
        else {
            vErrors.push(err21);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func4.call(schema31.properties, key0))) {
            const err22 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
    }
    if (data.status !== undefined) {
        let data11 = data.status;
        if (typeof data11 !== "string") {
            const err23 = { instancePath: instancePath + "/status", schemaPath: "sections.schema.json#/$defs/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data11 };
            if (vErrors === null) {
                vErrors = [err23];
            }
            else {
                vErrors.push(err23);
            }
            errors++;
        }
        if (!(((data11 === "draft") || (data11 === "active")) || (data11 === "paused"))) {
            const err24 = { instancePath: instancePath + "/status", schemaPath: "sections.schema.json#/$defs/status/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data11 };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
    if (data.target !== undefined) {
        let data12 = data.target;
        if (typeof data12 !== "string") {
            const err25 = { instancePath: instancePath + "/target", schemaPath: "sections.schema.json#/$defs/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data12 };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
        if (!(data12 === "personal")) {
            const err26 = { instancePath: instancePath + "/target", schemaPath: "sections.schema.json#/$defs/target/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values", schema: schema34.enum, parentSchema: schema34, data: data12 };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data13 = data.type;
        if (typeof data13 !== "string") {
            const err27 = { instancePath: instancePath + "/type", schemaPath: "sections.schema.json#/$defs/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data13 };
            if (vErrors === null) {
                vErrors = [err27];
            }
            else {
                vErrors.push(err27);
            }
            errors++;
        }
        if (!(data13 === "onboarding")) {
            const err28 = { instancePath: instancePath + "/type", schemaPath: "sections.schema.json#/$defs/type/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values", schema: schema35.enum, parentSchema: schema35, data: data13 };
            if (vErrors === null) {
                vErrors = [err28];
            }
            else {
                vErrors.push(err28);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data14 = data.version;
        if (!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) {
            const err29 = { instancePath: instancePath + "/version", schemaPath: "sections.schema.json#/$defs/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.type, parentSchema: schema36, data: data14 };
            if (vErrors === null) {
                vErrors = [err29];
            }
            else {
                vErrors.push(err29);
            }
            errors++;
        }
        if ((typeof data14 == "number") && (isFinite(data14))) {
            if (data14 < 1 || isNaN(data14)) {
                const err30 = { instancePath: instancePath + "/version", schemaPath: "sections.schema.json#/$defs/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36, data: data14 };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
    }
    if (data.signUpForm !== undefined) {
        let data15 = data.signUpForm;
        if (!(validate22(data15, { instancePath: instancePath + "/signUpForm", parentData: data, parentDataProperty: "signUpForm", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
        }
        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.fullName === undefined) {
                const err31 = { instancePath: instancePath + "/signUpForm", schemaPath: "#/properties/signUpForm/required", keyword: "required", params: { missingProperty: "fullName" }, message: "must have required property '" + "fullName" + "'", schema: schema31.properties.signUpForm.required, parentSchema: schema31.properties.signUpForm, data: data15 };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
            if (data15.fullNameStyle === undefined) {
                const err32 = { instancePath: instancePath + "/signUpForm", schemaPath: "#/properties/signUpForm/required", keyword: "required", params: { missingProperty: "fullNameStyle" }, message: "must have required property '" + "fullNameStyle" + "'", schema: schema31.properties.signUpForm.required, parentSchema: schema31.properties.signUpForm, data: data15 };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
            if (data15.email === undefined) {
                const err33 = { instancePath: instancePath + "/signUpForm", schemaPath: "#/properties/signUpForm/required", keyword: "required", params: { missingProperty: "email" }, message: "must have required property '" + "email" + "'", schema: schema31.properties.signUpForm.required, parentSchema: schema31.properties.signUpForm, data: data15 };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
            if (data15.emailGateway === undefined) {
                const err34 = { instancePath: instancePath + "/signUpForm", schemaPath: "#/properties/signUpForm/required", keyword: "required", params: { missingProperty: "emailGateway" }, message: "must have required property '" + "emailGateway" + "'", schema: schema31.properties.signUpForm.required, parentSchema: schema31.properties.signUpForm, data: data15 };
                if (vErrors === null) {
                    vErrors = [err34];
                }
                else {
                    vErrors.push(err34);
                }
                errors++;
            }
            if (data15.phone === undefined) {
                const err35 = { instancePath: instancePath + "/signUpForm", schemaPath: "#/properties/signUpForm/required", keyword: "required", params: { missingProperty: "phone" }, message: "must have required property '" + "phone" + "'", schema: schema31.properties.signUpForm.required, parentSchema: schema31.properties.signUpForm, data: data15 };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
            if (data15.phoneGateway === undefined) {
                const err36 = { instancePath: instancePath + "/signUpForm", schemaPath: "#/properties/signUpForm/required", keyword: "required", params: { missingProperty: "phoneGateway" }, message: "must have required property '" + "phoneGateway" + "'", schema: schema31.properties.signUpForm.required, parentSchema: schema31.properties.signUpForm, data: data15 };
                if (vErrors === null) {
                    vErrors = [err36];
                }
                else {
                    vErrors.push(err36);
                }
                errors++;
            }
            if (data15.showTermsAndConditions === undefined) {
                const err37 = { instancePath: instancePath + "/signUpForm", schemaPath: "#/properties/signUpForm/required", keyword: "required", params: { missingProperty: "showTermsAndConditions" }, message: "must have required property '" + "showTermsAndConditions" + "'", schema: schema31.properties.signUpForm.required, parentSchema: schema31.properties.signUpForm, data: data15 };
                if (vErrors === null) {
                    vErrors = [err37];
                }
                else {
                    vErrors.push(err37);
                }
                errors++;
            }
            if (data15.showPrivacyNotice === undefined) {
                const err38 = { instancePath: instancePath + "/signUpForm", schemaPath: "#/properties/signUpForm/required", keyword: "required", params: { missingProperty: "showPrivacyNotice" }, message: "must have required property '" + "showPrivacyNotice" + "'", schema: schema31.properties.signUpForm.required, parentSchema: schema31.properties.signUpForm, data: data15 };
                if (vErrors === null) {
                    vErrors = [err38];
                }
                else {
                    vErrors.push(err38);
                }
                errors++;
            }
            if (data15.additionalFields === undefined) {
                const err39 = { instancePath: instancePath + "/signUpForm", schemaPath: "#/properties/signUpForm/required", keyword: "required", params: { missingProperty: "additionalFields" }, message: "must have required property '" + "additionalFields" + "'", schema: schema31.properties.signUpForm.required, parentSchema: schema31.properties.signUpForm, data: data15 };
                if (vErrors === null) {
                    vErrors = [err39];
                }
                else {
                    vErrors.push(err39);
                }
                errors++;
            }
            if (data15.allowAdditionalFields === undefined) {
                const err40 = { instancePath: instancePath + "/signUpForm", schemaPath: "#/properties/signUpForm/required", keyword: "required", params: { missingProperty: "allowAdditionalFields" }, message: "must have required property '" + "allowAdditionalFields" + "'", schema: schema31.properties.signUpForm.required, parentSchema: schema31.properties.signUpForm, data: data15 };
                if (vErrors === null) {
                    vErrors = [err40];
                }
                else {
                    vErrors.push(err40);
                }
                errors++;
            }
        }
    }
    if (data.documents !== undefined) {
        let data16 = data.documents;
        if (!(validate24(data16, { instancePath: instancePath + "/documents", parentData: data, parentDataProperty: "documents", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
        }
        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.attemptLimit === undefined) {
                const err41 = { instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/required", keyword: "required", params: { missingProperty: "attemptLimit" }, message: "must have required property '" + "attemptLimit" + "'", schema: schema31.properties.documents.required, parentSchema: schema31.properties.documents, data: data16 };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
            if (data16.criminalHistoryVerification === undefined) {
                const err42 = { instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/required", keyword: "required", params: { missingProperty: "criminalHistoryVerification" }, message: "must have required property '" + "criminalHistoryVerification" + "'", schema: schema31.properties.documents.required, parentSchema: schema31.properties.documents, data: data16 };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
            if (data16.informationVerification === undefined) {
                const err43 = { instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/required", keyword: "required", params: { missingProperty: "informationVerification" }, message: "must have required property '" + "informationVerification" + "'", schema: schema31.properties.documents.required, parentSchema: schema31.properties.documents, data: data16 };
                if (vErrors === null) {
                    vErrors = [err43];
                }
                else {
                    vErrors.push(err43);
                }
                errors++;
            }
            if (data16.screening === undefined) {
                const err44 = { instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/required", keyword: "required", params: { missingProperty: "screening" }, message: "must have required property '" + "screening" + "'", schema: schema31.properties.documents.required, parentSchema: schema31.properties.documents, data: data16 };
                if (vErrors === null) {
                    vErrors = [err44];
                }
                else {
                    vErrors.push(err44);
                }
                errors++;
            }
            if (data16.verificationMethods === undefined) {
                const err45 = { instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/required", keyword: "required", params: { missingProperty: "verificationMethods" }, message: "must have required property '" + "verificationMethods" + "'", schema: schema31.properties.documents.required, parentSchema: schema31.properties.documents, data: data16 };
                if (vErrors === null) {
                    vErrors = [err45];
                }
                else {
                    vErrors.push(err45);
                }
                errors++;
            }
            if (data16.documentTypes === undefined) {
                const err46 = { instancePath: instancePath + "/documents", schemaPath: "#/properties/documents/required", keyword: "required", params: { missingProperty: "documentTypes" }, message: "must have required property '" + "documentTypes" + "'", schema: schema31.properties.documents.required, parentSchema: schema31.properties.documents, data: data16 };
                if (vErrors === null) {
                    vErrors = [err46];
                }
                else {
                    vErrors.push(err46);
                }
                errors++;
            }
        }
    }
    if (data.liveness !== undefined) {
        let data17 = data.liveness;
        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key1 in data17) {
                if (!((((key1 === "attemptLimit") || (key1 === "minScore")) || (key1 === "searchMinScore")) || (key1 === "searchMode"))) {
                    const err47 = { instancePath: instancePath + "/liveness", schemaPath: "sections.schema.json#/$defs/liveness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
            }
            if (data17.attemptLimit !== undefined) {
                let data18 = data17.attemptLimit;
                if (!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))) {
                    const err48 = { instancePath: instancePath + "/liveness/attemptLimit", schemaPath: "sections.schema.json#/$defs/liveness/properties/attemptLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema42.properties.attemptLimit.type, parentSchema: schema42.properties.attemptLimit, data: data18 };
                    if (vErrors === null) {
                        vErrors = [err48];
                    }
                    else {
                        vErrors.push(err48);
                    }
                    errors++;
                }
                if ((typeof data18 == "number") && (isFinite(data18))) {
                    if (data18 > 5 || isNaN(data18)) {
                        const err49 = { instancePath: instancePath + "/liveness/attemptLimit", schemaPath: "sections.schema.json#/$defs/liveness/properties/attemptLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5", schema: 5, parentSchema: schema42.properties.attemptLimit, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err49];
                        }
                        else {
                            vErrors.push(err49);
                        }
                        errors++;
                    }
                    if (data18 < 1 || isNaN(data18)) {
                        const err50 = { instancePath: instancePath + "/liveness/attemptLimit", schemaPath: "sections.schema.json#/$defs/liveness/properties/attemptLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema42.properties.attemptLimit, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err50];
                        }
                        else {
                            vErrors.push(err50);
                        }
                        errors++;
                    }
                }
            }
            if (data17.minScore !== undefined) {
                let data19 = data17.minScore;
                if ((typeof data19 == "number") && (isFinite(data19))) {
                    if (data19 > 0.9 || isNaN(data19)) {
                        const err51 = { instancePath: instancePath + "/liveness/minScore", schemaPath: "sections.schema.json#/$defs/liveness/properties/minScore/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.9 }, message: "must be <= 0.9", schema: 0.9, parentSchema: schema42.properties.minScore, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err51];
                        }
                        else {
                            vErrors.push(err51);
                        }
                        errors++;
                    }
                    if (data19 < 0.52 || isNaN(data19)) {
                        const err52 = { instancePath: instancePath + "/liveness/minScore", schemaPath: "sections.schema.json#/$defs/liveness/properties/minScore/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0.52 }, message: "must be >= 0.52", schema: 0.52, parentSchema: schema42.properties.minScore, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err52];
                        }
                        else {
                            vErrors.push(err52);
                        }
                        errors++;
                    }
                }
                else {
                    const err53 = { instancePath: instancePath + "/liveness/minScore", schemaPath: "sections.schema.json#/$defs/liveness/properties/minScore/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema42.properties.minScore.type, parentSchema: schema42.properties.minScore, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err53];
                    }
                    else {
                        vErrors.push(err53);
                    }
                    errors++;
                }
            }
            if (data17.searchMinScore !== undefined) {
                let data20 = data17.searchMinScore;
                if ((typeof data20 == "number") && (isFinite(data20))) {
                    if (data20 > 0.95 || isNaN(data20)) {
                        const err54 = { instancePath: instancePath + "/liveness/searchMinScore", schemaPath: "sections.schema.json#/$defs/liveness/properties/searchMinScore/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.95 }, message: "must be <= 0.95", schema: 0.95, parentSchema: schema42.properties.searchMinScore, data: data20 };
                        if (vErrors === null) {
                            vErrors = [err54];
                        }
                        else {
                            vErrors.push(err54);
                        }
                        errors++;
                    }
                    if (data20 < 0.7 || isNaN(data20)) {
                        const err55 = { instancePath: instancePath + "/liveness/searchMinScore", schemaPath: "sections.schema.json#/$defs/liveness/properties/searchMinScore/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0.7 }, message: "must be >= 0.7", schema: 0.7, parentSchema: schema42.properties.searchMinScore, data: data20 };
                        if (vErrors === null) {
                            vErrors = [err55];
                        }
                        else {
                            vErrors.push(err55);
                        }
                        errors++;
                    }
                }
                else {
                    const err56 = { instancePath: instancePath + "/liveness/searchMinScore", schemaPath: "sections.schema.json#/$defs/liveness/properties/searchMinScore/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema42.properties.searchMinScore.type, parentSchema: schema42.properties.searchMinScore, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err56];
                    }
                    else {
                        vErrors.push(err56);
                    }
                    errors++;
                }
            }
            if (data17.searchMode !== undefined) {
                let data21 = data17.searchMode;
                if (typeof data21 !== "string") {
                    const err57 = { instancePath: instancePath + "/liveness/searchMode", schemaPath: "sections.schema.json#/$defs/liveness/properties/searchMode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.searchMode.type, parentSchema: schema42.properties.searchMode, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err57];
                    }
                    else {
                        vErrors.push(err57);
                    }
                    errors++;
                }
                if (!((data21 === "FAST") || (data21 === "ACCURATE"))) {
                    const err58 = { instancePath: instancePath + "/liveness/searchMode", schemaPath: "sections.schema.json#/$defs/liveness/properties/searchMode/enum", keyword: "enum", params: { allowedValues: schema42.properties.searchMode.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties.searchMode.enum, parentSchema: schema42.properties.searchMode, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err58];
                    }
                    else {
                        vErrors.push(err58);
                    }
                    errors++;
                }
            }
        }
        else {
            const err59 = { instancePath: instancePath + "/liveness", schemaPath: "sections.schema.json#/$defs/liveness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data17 };
            if (vErrors === null) {
                vErrors = [err59];
            }
            else {
                vErrors.push(err59);
            }
            errors++;
        }
        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.attemptLimit === undefined) {
                const err60 = { instancePath: instancePath + "/liveness", schemaPath: "#/properties/liveness/required", keyword: "required", params: { missingProperty: "attemptLimit" }, message: "must have required property '" + "attemptLimit" + "'", schema: schema31.properties.liveness.required, parentSchema: schema31.properties.liveness, data: data17 };
                if (vErrors === null) {
                    vErrors = [err60];
                }
                else {
                    vErrors.push(err60);
                }
                errors++;
            }
            if (data17.minScore === undefined) {
                const err61 = { instancePath: instancePath + "/liveness", schemaPath: "#/properties/liveness/required", keyword: "required", params: { missingProperty: "minScore" }, message: "must have required property '" + "minScore" + "'", schema: schema31.properties.liveness.required, parentSchema: schema31.properties.liveness, data: data17 };
                if (vErrors === null) {
                    vErrors = [err61];
                }
                else {
                    vErrors.push(err61);
                }
                errors++;
            }
            if (data17.searchMinScore === undefined) {
                const err62 = { instancePath: instancePath + "/liveness", schemaPath: "#/properties/liveness/required", keyword: "required", params: { missingProperty: "searchMinScore" }, message: "must have required property '" + "searchMinScore" + "'", schema: schema31.properties.liveness.required, parentSchema: schema31.properties.liveness, data: data17 };
                if (vErrors === null) {
                    vErrors = [err62];
                }
                else {
                    vErrors.push(err62);
                }
                errors++;
            }
            if (data17.searchMode === undefined) {
                const err63 = { instancePath: instancePath + "/liveness", schemaPath: "#/properties/liveness/required", keyword: "required", params: { missingProperty: "searchMode" }, message: "must have required property '" + "searchMode" + "'", schema: schema31.properties.liveness.required, parentSchema: schema31.properties.liveness, data: data17 };
                if (vErrors === null) {
                    vErrors = [err63];
                }
                else {
                    vErrors.push(err63);
                }
                errors++;
            }
        }
    }
    if (data.steps !== undefined) {
        let data22 = data.steps;
        if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            for (const key2 in data22) {
                if (!((key2 === "document") || (key2 === "liveness"))) {
                    const err64 = { instancePath: instancePath + "/steps", schemaPath: "sections.schema.json#/$defs/steps/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data: data22 };
                    if (vErrors === null) {
                        vErrors = [err64];
                    }
                    else {
                        vErrors.push(err64);
                    }
                    errors++;
                }
            }
            if (data22.document !== undefined) {
                let data23 = data22.document;
                if (typeof data23 !== "string") {
                    const err65 = { instancePath: instancePath + "/steps/document", schemaPath: "sections.schema.json#/$defs/steps/properties/document/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.document.type, parentSchema: schema43.properties.document, data: data23 };
                    if (vErrors === null) {
                        vErrors = [err65];
                    }
                    else {
                        vErrors.push(err65);
                    }
                    errors++;
                }
                if (!(((data23 === "mandatory") || (data23 === "optional")) || (data23 === "skip"))) {
                    const err66 = { instancePath: instancePath + "/steps/document", schemaPath: "sections.schema.json#/$defs/steps/properties/document/enum", keyword: "enum", params: { allowedValues: schema43.properties.document.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.document.enum, parentSchema: schema43.properties.document, data: data23 };
                    if (vErrors === null) {
                        vErrors = [err66];
                    }
                    else {
                        vErrors.push(err66);
                    }
                    errors++;
                }
            }
            if (data22.liveness !== undefined) {
                let data24 = data22.liveness;
                if (typeof data24 !== "string") {
                    const err67 = { instancePath: instancePath + "/steps/liveness", schemaPath: "sections.schema.json#/$defs/steps/properties/liveness/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.liveness.type, parentSchema: schema43.properties.liveness, data: data24 };
                    if (vErrors === null) {
                        vErrors = [err67];
                    }
                    else {
                        vErrors.push(err67);
                    }
                    errors++;
                }
                if (!(((data24 === "mandatory") || (data24 === "optional")) || (data24 === "skip"))) {
                    const err68 = { instancePath: instancePath + "/steps/liveness", schemaPath: "sections.schema.json#/$defs/steps/properties/liveness/enum", keyword: "enum", params: { allowedValues: schema43.properties.liveness.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.liveness.enum, parentSchema: schema43.properties.liveness, data: data24 };
                    if (vErrors === null) {
                        vErrors = [err68];
                    }
                    else {
                        vErrors.push(err68);
                    }
                    errors++;
                }
            }
        }
        else {
            const err69 = { instancePath: instancePath + "/steps", schemaPath: "sections.schema.json#/$defs/steps/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data: data22 };
            if (vErrors === null) {
                vErrors = [err69];
            }
            else {
                vErrors.push(err69);
            }
            errors++;
        }
        if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.document === undefined) {
                const err70 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/required", keyword: "required", params: { missingProperty: "document" }, message: "must have required property '" + "document" + "'", schema: schema31.properties.steps.required, parentSchema: schema31.properties.steps, data: data22 };
                if (vErrors === null) {
                    vErrors = [err70];
                }
                else {
                    vErrors.push(err70);
                }
                errors++;
            }
            if (data22.liveness === undefined) {
                const err71 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/required", keyword: "required", params: { missingProperty: "liveness" }, message: "must have required property '" + "liveness" + "'", schema: schema31.properties.steps.required, parentSchema: schema31.properties.steps, data: data22 };
                if (vErrors === null) {
                    vErrors = [err71];
                }
                else {
                    vErrors.push(err71);
                }
                errors++;
            }
        }
    }
    if (data.integrations !== undefined) {
        let data25 = data.integrations;
        if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            for (const key3 in data25) {
                if (!(((((((key3 === "redirectUrl") || (key3 === "webhook")) || (key3 === "source")) || (key3 === "strategy")) || (key3 === "apiUrl")) || (key3 === "apiTestType")) || (key3 === "apiTestValue"))) {
                    const err72 = { instancePath: instancePath + "/integrations", schemaPath: "sections.schema.json#/$defs/integrations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data: data25 };
                    if (vErrors === null) {
                        vErrors = [err72];
                    }
                    else {
                        vErrors.push(err72);
                    }
                    errors++;
                }
            }
            if (data25.redirectUrl !== undefined) {
                let data26 = data25.redirectUrl;
                if (typeof data26 !== "string") {
                    const err73 = { instancePath: instancePath + "/integrations/redirectUrl", schemaPath: "sections.schema.json#/$defs/integrations/properties/redirectUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.redirectUrl.type, parentSchema: schema44.properties.redirectUrl, data: data26 };
                    if (vErrors === null) {
                        vErrors = [err73];
                    }
                    else {
                        vErrors.push(err73);
                    }
                    errors++;
                }
            }
            if (data25.webhook !== undefined) {
                let data27 = data25.webhook;
                if ((typeof data27 !== "string") && (data27 !== null)) {
                    const err74 = { instancePath: instancePath + "/integrations/webhook", schemaPath: "sections.schema.json#/$defs/integrations/properties/webhook/type", keyword: "type", params: { type: schema44.properties.webhook.type }, message: "must be string,null", schema: schema44.properties.webhook.type, parentSchema: schema44.properties.webhook, data: data27 };
                    if (vErrors === null) {
                        vErrors = [err74];
                    }
                    else {
                        vErrors.push(err74);
                    }
                    errors++;
                }
            }
            if (data25.source !== undefined) {
                let data28 = data25.source;
                if (typeof data28 !== "string") {
                    const err75 = { instancePath: instancePath + "/integrations/source", schemaPath: "sections.schema.json#/$defs/integrations/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.source.type, parentSchema: schema44.properties.source, data: data28 };
                    if (vErrors === null) {
                        vErrors = [err75];
                    }
                    else {
                        vErrors.push(err75);
                    }
                    errors++;
                }
                if (!(((data28 === "API") || (data28 === "CSV")) || (data28 === "NONE"))) {
                    const err76 = { instancePath: instancePath + "/integrations/source", schemaPath: "sections.schema.json#/$defs/integrations/properties/source/enum", keyword: "enum", params: { allowedValues: schema44.properties.source.enum }, message: "must be equal to one of the allowed values", schema: schema44.properties.source.enum, parentSchema: schema44.properties.source, data: data28 };
                    if (vErrors === null) {
                        vErrors = [err76];
                    }
                    else {
                        vErrors.push(err76);
                    }
                    errors++;
                }
            }
            if (data25.strategy !== undefined) {
                let data29 = data25.strategy;
                if (typeof data29 !== "string") {
                    const err77 = { instancePath: instancePath + "/integrations/strategy", schemaPath: "sections.schema.json#/$defs/integrations/properties/strategy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.strategy.type, parentSchema: schema44.properties.strategy, data: data29 };
                    if (vErrors === null) {
                        vErrors = [err77];
                    }
                    else {
                        vErrors.push(err77);
                    }
                    errors++;
                }
                if (!((data29 === "blacklist") || (data29 === "none"))) {
                    const err78 = { instancePath: instancePath + "/integrations/strategy", schemaPath: "sections.schema.json#/$defs/integrations/properties/strategy/enum", keyword: "enum", params: { allowedValues: schema44.properties.strategy.enum }, message: "must be equal to one of the allowed values", schema: schema44.properties.strategy.enum, parentSchema: schema44.properties.strategy, data: data29 };
                    if (vErrors === null) {
                        vErrors = [err78];
                    }
                    else {
                        vErrors.push(err78);
                    }
                    errors++;
                }
            }
            if (data25.apiUrl !== undefined) {
                let data30 = data25.apiUrl;
                if (typeof data30 !== "string") {
                    const err79 = { instancePath: instancePath + "/integrations/apiUrl", schemaPath: "sections.schema.json#/$defs/integrations/properties/apiUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.apiUrl.type, parentSchema: schema44.properties.apiUrl, data: data30 };
                    if (vErrors === null) {
                        vErrors = [err79];
                    }
                    else {
                        vErrors.push(err79);
                    }
                    errors++;
                }
            }
            if (data25.apiTestType !== undefined) {
                let data31 = data25.apiTestType;
                if (typeof data31 !== "string") {
                    const err80 = { instancePath: instancePath + "/integrations/apiTestType", schemaPath: "sections.schema.json#/$defs/integrations/properties/apiTestType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.apiTestType.type, parentSchema: schema44.properties.apiTestType, data: data31 };
                    if (vErrors === null) {
                        vErrors = [err80];
                    }
                    else {
                        vErrors.push(err80);
                    }
                    errors++;
                }
                if (!((data31 === "email") || (data31 === "phone"))) {
                    const err81 = { instancePath: instancePath + "/integrations/apiTestType", schemaPath: "sections.schema.json#/$defs/integrations/properties/apiTestType/enum", keyword: "enum", params: { allowedValues: schema44.properties.apiTestType.enum }, message: "must be equal to one of the allowed values", schema: schema44.properties.apiTestType.enum, parentSchema: schema44.properties.apiTestType, data: data31 };
                    if (vErrors === null) {
                        vErrors = [err81];
                    }
                    else {
                        vErrors.push(err81);
                    }
                    errors++;
                }
            }
            if (data25.apiTestValue !== undefined) {
                let data32 = data25.apiTestValue;
                if (typeof data32 !== "string") {
                    const err82 = { instancePath: instancePath + "/integrations/apiTestValue", schemaPath: "sections.schema.json#/$defs/integrations/properties/apiTestValue/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.apiTestValue.type, parentSchema: schema44.properties.apiTestValue, data: data32 };
                    if (vErrors === null) {
                        vErrors = [err82];
                    }
                    else {
                        vErrors.push(err82);
                    }
                    errors++;
                }
            }
        }
        else {
            const err83 = { instancePath: instancePath + "/integrations", schemaPath: "sections.schema.json#/$defs/integrations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data25 };
            if (vErrors === null) {
                vErrors = [err83];
            }
            else {
                vErrors.push(err83);
            }
            errors++;
        }
        if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            if (data25.redirectUrl === undefined) {
                const err84 = { instancePath: instancePath + "/integrations", schemaPath: "#/properties/integrations/required", keyword: "required", params: { missingProperty: "redirectUrl" }, message: "must have required property '" + "redirectUrl" + "'", schema: schema31.properties.integrations.required, parentSchema: schema31.properties.integrations, data: data25 };
                if (vErrors === null) {
                    vErrors = [err84];
                }
                else {
                    vErrors.push(err84);
                }
                errors++;
            }
            if (data25.webhook === undefined) {
                const err85 = { instancePath: instancePath + "/integrations", schemaPath: "#/properties/integrations/required", keyword: "required", params: { missingProperty: "webhook" }, message: "must have required property '" + "webhook" + "'", schema: schema31.properties.integrations.required, parentSchema: schema31.properties.integrations, data: data25 };
                if (vErrors === null) {
                    vErrors = [err85];
                }
                else {
                    vErrors.push(err85);
                }
                errors++;
            }
            if (data25.source === undefined) {
                const err86 = { instancePath: instancePath + "/integrations", schemaPath: "#/properties/integrations/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property '" + "source" + "'", schema: schema31.properties.integrations.required, parentSchema: schema31.properties.integrations, data: data25 };
                if (vErrors === null) {
                    vErrors = [err86];
                }
                else {
                    vErrors.push(err86);
                }
                errors++;
            }
            if (data25.strategy === undefined) {
                const err87 = { instancePath: instancePath + "/integrations", schemaPath: "#/properties/integrations/required", keyword: "required", params: { missingProperty: "strategy" }, message: "must have required property '" + "strategy" + "'", schema: schema31.properties.integrations.required, parentSchema: schema31.properties.integrations, data: data25 };
                if (vErrors === null) {
                    vErrors = [err87];
                }
                else {
                    vErrors.push(err87);
                }
                errors++;
            }
            if (data25.apiUrl === undefined) {
                const err88 = { instancePath: instancePath + "/integrations", schemaPath: "#/properties/integrations/required", keyword: "required", params: { missingProperty: "apiUrl" }, message: "must have required property '" + "apiUrl" + "'", schema: schema31.properties.integrations.required, parentSchema: schema31.properties.integrations, data: data25 };
                if (vErrors === null) {
                    vErrors = [err88];
                }
                else {
                    vErrors.push(err88);
                }
                errors++;
            }
            if (data25.apiTestType === undefined) {
                const err89 = { instancePath: instancePath + "/integrations", schemaPath: "#/properties/integrations/required", keyword: "required", params: { missingProperty: "apiTestType" }, message: "must have required property '" + "apiTestType" + "'", schema: schema31.properties.integrations.required, parentSchema: schema31.properties.integrations, data: data25 };
                if (vErrors === null) {
                    vErrors = [err89];
                }
                else {
                    vErrors.push(err89);
                }
                errors++;
            }
            if (data25.apiTestValue === undefined) {
                const err90 = { instancePath: instancePath + "/integrations", schemaPath: "#/properties/integrations/required", keyword: "required", params: { missingProperty: "apiTestValue" }, message: "must have required property '" + "apiTestValue" + "'", schema: schema31.properties.integrations.required, parentSchema: schema31.properties.integrations, data: data25 };
                if (vErrors === null) {
                    vErrors = [err90];
                }
                else {
                    vErrors.push(err90);
                }
                errors++;
            }
        }
    }
    if (data._id !== undefined) {
        let data33 = data._id;
        if (typeof data33 !== "string") {
            const err91 = { instancePath: instancePath + "/_id", schemaPath: "#/properties/_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties._id.type, parentSchema: schema31.properties._id, data: data33 };
            if (vErrors === null) {
                vErrors = [err91];
            }
            else {
                vErrors.push(err91);
            }
            errors++;
        }
    }
    if (data.createdAt !== undefined) {
        let data34 = data.createdAt;
        if (typeof data34 !== "string") {
            const err92 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.createdAt.type, parentSchema: schema31.properties.createdAt, data: data34 };
            if (vErrors === null) {
                vErrors = [err92];
            }
            else {
                vErrors.push(err92);
            }
            errors++;
        }
    }
    if (data.updatedAt !== undefined) {
        let data35 = data.updatedAt;
        if (typeof data35 !== "string") {
            const err93 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/properties/updatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.updatedAt.type, parentSchema: schema31.properties.updatedAt, data: data35 };
            if (vErrors === null) {
                vErrors = [err93];
            }
            else {
                vErrors.push(err93);
            }
            errors++;
        }
    }
    if (data.webhookUrl !== undefined) {
        let data36 = data.webhookUrl;
        if (typeof data36 !== "string") {
            const err94 = { instancePath: instancePath + "/webhookUrl", schemaPath: "#/properties/webhookUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.webhookUrl.type, parentSchema: schema31.properties.webhookUrl, data: data36 };
            if (vErrors === null) {
                vErrors = [err94];
            }
            else {
                vErrors.push(err94);
            }
            errors++;
        }
    }
    if (data.redirectUrl !== undefined) {
        let data37 = data.redirectUrl;
        if (typeof data37 !== "string") {
            const err95 = { instancePath: instancePath + "/redirectUrl", schemaPath: "#/properties/redirectUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.redirectUrl.type, parentSchema: schema31.properties.redirectUrl, data: data37 };
            if (vErrors === null) {
                vErrors = [err95];
            }
            else {
                vErrors.push(err95);
            }
            errors++;
        }
    }
}
else {
    const err96 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
        vErrors = [err96];
    }
    else {
        vErrors.push(err96);
    }
    errors++;
} validate20.errors = vErrors; return errors === 0; }
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validateUpdateBodySchema = validate28;
const schema45 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://flowkeeper.dev/schema/update-body.schema.json", "title": "UpdateBody", "description": "The body of PUT /v3/project-flows/{id}: any combination of the nine writable fields. Objects merge key by key into the stored flow; arrays and scalars replace.", "type": "object", "additionalProperties": false, "properties": { "status": { "$ref": "sections.schema.json#/$defs/status", "description": "Flow status (draft, active, paused)." }, "target": { "$ref": "sections.schema.json#/$defs/target", "description": "Target audience (personal)." }, "type": { "$ref": "sections.schema.json#/$defs/type", "description": "Flow type (onboarding)." }, "version": { "$ref": "sections.schema.json#/$defs/version", "description": "Flow version." }, "signUpForm": { "$ref": "sections.schema.json#/$defs/signUpForm", "title": "SignUpFormPatch", "description": "Sign-up form configuration." }, "documents": { "$ref": "sections.schema.json#/$defs/documents", "title": "DocumentsPatch", "description": "Document verification settings." }, "liveness": { "$ref": "sections.schema.json#/$defs/liveness", "title": "LivenessPatch", "description": "Biometric verification settings." }, "steps": { "$ref": "sections.schema.json#/$defs/steps", "title": "StepsPatch", "description": "Step configuration." }, "integrations": { "$ref": "sections.schema.json#/$defs/integrations", "title": "IntegrationsPatch", "description": "Integration settings." } } };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate29.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func4.call(schema37.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.fullName !== undefined) {
        let data0 = data.fullName;
        if (typeof data0 !== "boolean") {
            const err1 = { instancePath: instancePath + "/fullName", schemaPath: "#/properties/fullName/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.fullName.type, parentSchema: schema37.properties.fullName, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.fullNameStyle !== undefined) {
        let data1 = data.fullNameStyle;
        if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/fullNameStyle", schemaPath: "#/properties/fullNameStyle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.fullNameStyle.type, parentSchema: schema37.properties.fullNameStyle, data: data1 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (!((data1 === "together") || (data1 === "separate"))) {
            const err3 = { instancePath: instancePath + "/fullNameStyle", schemaPath: "#/properties/fullNameStyle/enum", keyword: "enum", params: { allowedValues: schema37.properties.fullNameStyle.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.fullNameStyle.enum, parentSchema: schema37.properties.fullNameStyle, data: data1 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.email !== undefined) {
        let data2 = data.email;
        if (typeof data2 !== "boolean") {
            const err4 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.email.type, parentSchema: schema37.properties.email, data: data2 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.emailGateway !== undefined) {
        let data3 = data.emailGateway;
        if (typeof data3 !== "string") {
            const err5 = { instancePath: instancePath + "/emailGateway", schemaPath: "#/properties/emailGateway/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.emailGateway.type, parentSchema: schema37.properties.emailGateway, data: data3 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (!((data3 === "mailgun") || (data3 === "none"))) {
            const err6 = { instancePath: instancePath + "/emailGateway", schemaPath: "#/properties/emailGateway/enum", keyword: "enum", params: { allowedValues: schema37.properties.emailGateway.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.emailGateway.enum, parentSchema: schema37.properties.emailGateway, data: data3 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.phone !== undefined) {
        let data4 = data.phone;
        if (typeof data4 !== "boolean") {
            const err7 = { instancePath: instancePath + "/phone", schemaPath: "#/properties/phone/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.phone.type, parentSchema: schema37.properties.phone, data: data4 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.phoneGateway !== undefined) {
        let data5 = data.phoneGateway;
        if (typeof data5 !== "string") {
            const err8 = { instancePath: instancePath + "/phoneGateway", schemaPath: "#/properties/phoneGateway/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.phoneGateway.type, parentSchema: schema37.properties.phoneGateway, data: data5 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (!((((data5 === "sms") || (data5 === "whatsapp")) || (data5 === "both")) || (data5 === "none"))) {
            const err9 = { instancePath: instancePath + "/phoneGateway", schemaPath: "#/properties/phoneGateway/enum", keyword: "enum", params: { allowedValues: schema37.properties.phoneGateway.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.phoneGateway.enum, parentSchema: schema37.properties.phoneGateway, data: data5 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.showTermsAndConditions !== undefined) {
        let data6 = data.showTermsAndConditions;
        if (typeof data6 !== "boolean") {
            const err10 = { instancePath: instancePath + "/showTermsAndConditions", schemaPath: "#/properties/showTermsAndConditions/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.showTermsAndConditions.type, parentSchema: schema37.properties.showTermsAndConditions, data: data6 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.showPrivacyNotice !== undefined) {
        let data7 = data.showPrivacyNotice;
        if (typeof data7 !== "boolean") {
            const err11 = { instancePath: instancePath + "/showPrivacyNotice", schemaPath: "#/properties/showPrivacyNotice/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.showPrivacyNotice.type, parentSchema: schema37.properties.showPrivacyNotice, data: data7 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.additionalFields !== undefined) {
        let data8 = data.additionalFields;
        if (Array.isArray(data8)) {
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data9 = data8[i0];
                if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                    if (data9.name === undefined) {
                        const err12 = { instancePath: instancePath + "/additionalFields/" + i0, schemaPath: "#/$defs/additionalField/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema38.required, parentSchema: schema38, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                    if (data9.label === undefined) {
                        const err13 = { instancePath: instancePath + "/additionalFields/" + i0, schemaPath: "#/$defs/additionalField/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property '" + "label" + "'", schema: schema38.required, parentSchema: schema38, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                    if (data9.type === undefined) {
                        const err14 = { instancePath: instancePath + "/additionalFields/" + i0, schemaPath: "#/$defs/additionalField/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema38.required, parentSchema: schema38, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                    for (const key1 in data9) {
                        if (!((((key1 === "name") || (key1 === "label")) || (key1 === "type")) || (key1 === "required"))) {
                            const err15 = { instancePath: instancePath + "/additionalFields/" + i0, schemaPath: "#/$defs/additionalField/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                    }
                    if (data9.name !== undefined) {
                        let data10 = data9.name;
                        if (typeof data10 === "string") {
                            if (func1(data10) < 1) {
                                const err16 = { instancePath: instancePath + "/additionalFields/" + i0 + "/name", schemaPath: "#/$defs/additionalField/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.name, data: data10 };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err17 = { instancePath: instancePath + "/additionalFields/" + i0 + "/name", schemaPath: "#/$defs/additionalField/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.name.type, parentSchema: schema38.properties.name, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    if (data9.label !== undefined) {
                        let data11 = data9.label;
                        if (typeof data11 === "string") {
                            if (func1(data11) < 1) {
                                const err18 = { instancePath: instancePath + "/additionalFields/" + i0 + "/label", schemaPath: "#/$defs/additionalField/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.label, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err19 = { instancePath: instancePath + "/additionalFields/" + i0 + "/label", schemaPath: "#/$defs/additionalField/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.label.type, parentSchema: schema38.properties.label, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                    }
                    if (data9.type !== undefined) {
                        let data12 = data9.type;
                        if (typeof data12 === "string") {
                            if (func1(data12) < 1) {
                                const err20 = { instancePath: instancePath + "/additionalFields/" + i0 + "/type", schemaPath: "#/$defs/additionalField/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.type, data: data12 };
                                if (vErrors === null) {
                                    vErrors = [err20];
                                }
                                else {
                                    vErrors.push(err20);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err21 = { instancePath: instancePath + "/additionalFields/" + i0 + "/type", schemaPath: "#/$defs/additionalField/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.type.type, parentSchema: schema38.properties.type, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                    }
                    if (data9.required !== undefined) {
                        let data13 = data9.required;
                        if (typeof data13 !== "boolean") {
                            const err22 = { instancePath: instancePath + "/additionalFields/" + i0 + "/required", schemaPath: "#/$defs/additionalField/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema38.properties.required.type, parentSchema: schema38.properties.required, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err23 = { instancePath: instancePath + "/additionalFields/" + i0, schemaPath: "#/$defs/additionalField/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
        }
        else {
            const err24 = { instancePath: instancePath + "/additionalFields", schemaPath: "#/properties/additionalFields/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.additionalFields.type, parentSchema: schema37.properties.additionalFields, data: data8 };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
    if (data.allowAdditionalFields !== undefined) {
        let data14 = data.allowAdditionalFields;
        if (typeof data14 !== "boolean") {
            const err25 = { instancePath: instancePath + "/allowAdditionalFields", schemaPath: "#/properties/allowAdditionalFields/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.allowAdditionalFields.type, parentSchema: schema37.properties.allowAdditionalFields, data: data14 };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
    }
}
else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
        vErrors = [err26];
    }
    else {
        vErrors.push(err26);
    }
    errors++;
} validate29.errors = vErrors; return errors === 0; }
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate31.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!((((((key0 === "attemptLimit") || (key0 === "criminalHistoryVerification")) || (key0 === "informationVerification")) || (key0 === "screening")) || (key0 === "verificationMethods")) || (key0 === "documentTypes"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.attemptLimit !== undefined) {
        let data0 = data.attemptLimit;
        if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
            const err1 = { instancePath: instancePath + "/attemptLimit", schemaPath: "#/properties/attemptLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.attemptLimit.type, parentSchema: schema39.properties.attemptLimit, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if ((typeof data0 == "number") && (isFinite(data0))) {
            if (data0 > 5 || isNaN(data0)) {
                const err2 = { instancePath: instancePath + "/attemptLimit", schemaPath: "#/properties/attemptLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5", schema: 5, parentSchema: schema39.properties.attemptLimit, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if (data0 < 1 || isNaN(data0)) {
                const err3 = { instancePath: instancePath + "/attemptLimit", schemaPath: "#/properties/attemptLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.properties.attemptLimit, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
    }
    if (data.criminalHistoryVerification !== undefined) {
        let data1 = data.criminalHistoryVerification;
        if (typeof data1 !== "boolean") {
            const err4 = { instancePath: instancePath + "/criminalHistoryVerification", schemaPath: "#/properties/criminalHistoryVerification/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.criminalHistoryVerification.type, parentSchema: schema39.properties.criminalHistoryVerification, data: data1 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.informationVerification !== undefined) {
        let data2 = data.informationVerification;
        if (typeof data2 !== "boolean") {
            const err5 = { instancePath: instancePath + "/informationVerification", schemaPath: "#/properties/informationVerification/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.informationVerification.type, parentSchema: schema39.properties.informationVerification, data: data2 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.screening !== undefined) {
        let data3 = data.screening;
        if (typeof data3 !== "boolean") {
            const err6 = { instancePath: instancePath + "/screening", schemaPath: "#/properties/screening/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.screening.type, parentSchema: schema39.properties.screening, data: data3 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.verificationMethods !== undefined) {
        let data4 = data.verificationMethods;
        if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data5 = data4[i0];
                if (typeof data5 !== "string") {
                    const err7 = { instancePath: instancePath + "/verificationMethods/" + i0, schemaPath: "#/properties/verificationMethods/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.verificationMethods.items.type, parentSchema: schema39.properties.verificationMethods.items, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (!(((data5 === "SCAN_ZERO") || (data5 === "SCAN_PROMPT")) || (data5 === "SCAN_STUDIO"))) {
                    const err8 = { instancePath: instancePath + "/verificationMethods/" + i0, schemaPath: "#/properties/verificationMethods/items/enum", keyword: "enum", params: { allowedValues: schema39.properties.verificationMethods.items.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.verificationMethods.items.enum, parentSchema: schema39.properties.verificationMethods.items, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/verificationMethods", schemaPath: "#/properties/verificationMethods/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.verificationMethods.type, parentSchema: schema39.properties.verificationMethods, data: data4 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.documentTypes !== undefined) {
        let data6 = data.documentTypes;
        if (Array.isArray(data6)) {
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
                if (!(validate25(data6[i1], { instancePath: instancePath + "/documentTypes/" + i1, parentData: data6, parentDataProperty: i1, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/documentTypes", schemaPath: "#/properties/documentTypes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.documentTypes.type, parentSchema: schema39.properties.documentTypes, data: data6 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
}
else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
        vErrors = [err11];
    }
    else {
        vErrors.push(err11);
    }
    errors++;
} validate31.errors = vErrors; return errors === 0; }
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://flowkeeper.dev/schema/update-body.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate28.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func4.call(schema45.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.status !== undefined) {
        let data0 = data.status;
        if (typeof data0 !== "string") {
            const err1 = { instancePath: instancePath + "/status", schemaPath: "sections.schema.json#/$defs/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (!(((data0 === "draft") || (data0 === "active")) || (data0 === "paused"))) {
            const err2 = { instancePath: instancePath + "/status", schemaPath: "sections.schema.json#/$defs/status/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.target !== undefined) {
        let data1 = data.target;
        if (typeof data1 !== "string") {
            const err3 = { instancePath: instancePath + "/target", schemaPath: "sections.schema.json#/$defs/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (!(data1 === "personal")) {
            const err4 = { instancePath: instancePath + "/target", schemaPath: "sections.schema.json#/$defs/target/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values", schema: schema34.enum, parentSchema: schema34, data: data1 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data2 = data.type;
        if (typeof data2 !== "string") {
            const err5 = { instancePath: instancePath + "/type", schemaPath: "sections.schema.json#/$defs/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data2 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (!(data2 === "onboarding")) {
            const err6 = { instancePath: instancePath + "/type", schemaPath: "sections.schema.json#/$defs/type/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values", schema: schema35.enum, parentSchema: schema35, data: data2 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data3 = data.version;
        if (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) {
            const err7 = { instancePath: instancePath + "/version", schemaPath: "sections.schema.json#/$defs/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.type, parentSchema: schema36, data: data3 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if ((typeof data3 == "number") && (isFinite(data3))) {
            if (data3 < 1 || isNaN(data3)) {
                const err8 = { instancePath: instancePath + "/version", schemaPath: "sections.schema.json#/$defs/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36, data: data3 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
    }
    if (data.signUpForm !== undefined) {
        if (!(validate29(data.signUpForm, { instancePath: instancePath + "/signUpForm", parentData: data, parentDataProperty: "signUpForm", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
            errors = vErrors.length;
        }
    }
    if (data.documents !== undefined) {
        if (!(validate31(data.documents, { instancePath: instancePath + "/documents", parentData: data, parentDataProperty: "documents", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
            errors = vErrors.length;
        }
    }
    if (data.liveness !== undefined) {
        let data6 = data.liveness;
        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (const key1 in data6) {
                if (!((((key1 === "attemptLimit") || (key1 === "minScore")) || (key1 === "searchMinScore")) || (key1 === "searchMode"))) {
                    const err9 = { instancePath: instancePath + "/liveness", schemaPath: "sections.schema.json#/$defs/liveness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            if (data6.attemptLimit !== undefined) {
                let data7 = data6.attemptLimit;
                if (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) {
                    const err10 = { instancePath: instancePath + "/liveness/attemptLimit", schemaPath: "sections.schema.json#/$defs/liveness/properties/attemptLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema42.properties.attemptLimit.type, parentSchema: schema42.properties.attemptLimit, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
                if ((typeof data7 == "number") && (isFinite(data7))) {
                    if (data7 > 5 || isNaN(data7)) {
                        const err11 = { instancePath: instancePath + "/liveness/attemptLimit", schemaPath: "sections.schema.json#/$defs/liveness/properties/attemptLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5", schema: 5, parentSchema: schema42.properties.attemptLimit, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                    if (data7 < 1 || isNaN(data7)) {
                        const err12 = { instancePath: instancePath + "/liveness/attemptLimit", schemaPath: "sections.schema.json#/$defs/liveness/properties/attemptLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema42.properties.attemptLimit, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
            }
            if (data6.minScore !== undefined) {
                let data8 = data6.minScore;
                if ((typeof data8 == "number") && (isFinite(data8))) {
                    if (data8 > 0.9 || isNaN(data8)) {
                        const err13 = { instancePath: instancePath + "/liveness/minScore", schemaPath: "sections.schema.json#/$defs/liveness/properties/minScore/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.9 }, message: "must be <= 0.9", schema: 0.9, parentSchema: schema42.properties.minScore, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                    if (data8 < 0.52 || isNaN(data8)) {
                        const err14 = { instancePath: instancePath + "/liveness/minScore", schemaPath: "sections.schema.json#/$defs/liveness/properties/minScore/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0.52 }, message: "must be >= 0.52", schema: 0.52, parentSchema: schema42.properties.minScore, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                }
                else {
                    const err15 = { instancePath: instancePath + "/liveness/minScore", schemaPath: "sections.schema.json#/$defs/liveness/properties/minScore/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema42.properties.minScore.type, parentSchema: schema42.properties.minScore, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
            }
            if (data6.searchMinScore !== undefined) {
                let data9 = data6.searchMinScore;
                if ((typeof data9 == "number") && (isFinite(data9))) {
                    if (data9 > 0.95 || isNaN(data9)) {
                        const err16 = { instancePath: instancePath + "/liveness/searchMinScore", schemaPath: "sections.schema.json#/$defs/liveness/properties/searchMinScore/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.95 }, message: "must be <= 0.95", schema: 0.95, parentSchema: schema42.properties.searchMinScore, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                    if (data9 < 0.7 || isNaN(data9)) {
                        const err17 = { instancePath: instancePath + "/liveness/searchMinScore", schemaPath: "sections.schema.json#/$defs/liveness/properties/searchMinScore/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0.7 }, message: "must be >= 0.7", schema: 0.7, parentSchema: schema42.properties.searchMinScore, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                }
                else {
                    const err18 = { instancePath: instancePath + "/liveness/searchMinScore", schemaPath: "sections.schema.json#/$defs/liveness/properties/searchMinScore/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema42.properties.searchMinScore.type, parentSchema: schema42.properties.searchMinScore, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
            }
            if (data6.searchMode !== undefined) {
                let data10 = data6.searchMode;
                if (typeof data10 !== "string") {
                    const err19 = { instancePath: instancePath + "/liveness/searchMode", schemaPath: "sections.schema.json#/$defs/liveness/properties/searchMode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.searchMode.type, parentSchema: schema42.properties.searchMode, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
                if (!((data10 === "FAST") || (data10 === "ACCURATE"))) {
                    const err20 = { instancePath: instancePath + "/liveness/searchMode", schemaPath: "sections.schema.json#/$defs/liveness/properties/searchMode/enum", keyword: "enum", params: { allowedValues: schema42.properties.searchMode.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties.searchMode.enum, parentSchema: schema42.properties.searchMode, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
        }
        else {
            const err21 = { instancePath: instancePath + "/liveness", schemaPath: "sections.schema.json#/$defs/liveness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data6 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
    if (data.steps !== undefined) {
        let data11 = data.steps;
        if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            for (const key2 in data11) {
                if (!((key2 === "document") || (key2 === "liveness"))) {
                    const err22 = { instancePath: instancePath + "/steps", schemaPath: "sections.schema.json#/$defs/steps/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
            }
            if (data11.document !== undefined) {
                let data12 = data11.document;
                if (typeof data12 !== "string") {
                    const err23 = { instancePath: instancePath + "/steps/document", schemaPath: "sections.schema.json#/$defs/steps/properties/document/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.document.type, parentSchema: schema43.properties.document, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
                if (!(((data12 === "mandatory") || (data12 === "optional")) || (data12 === "skip"))) {
                    const err24 = { instancePath: instancePath + "/steps/document", schemaPath: "sections.schema.json#/$defs/steps/properties/document/enum", keyword: "enum", params: { allowedValues: schema43.properties.document.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.document.enum, parentSchema: schema43.properties.document, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
            if (data11.liveness !== undefined) {
                let data13 = data11.liveness;
                if (typeof data13 !== "string") {
                    const err25 = { instancePath: instancePath + "/steps/liveness", schemaPath: "sections.schema.json#/$defs/steps/properties/liveness/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.liveness.type, parentSchema: schema43.properties.liveness, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
                if (!(((data13 === "mandatory") || (data13 === "optional")) || (data13 === "skip"))) {
                    const err26 = { instancePath: instancePath + "/steps/liveness", schemaPath: "sections.schema.json#/$defs/steps/properties/liveness/enum", keyword: "enum", params: { allowedValues: schema43.properties.liveness.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.liveness.enum, parentSchema: schema43.properties.liveness, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
        }
        else {
            const err27 = { instancePath: instancePath + "/steps", schemaPath: "sections.schema.json#/$defs/steps/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data: data11 };
            if (vErrors === null) {
                vErrors = [err27];
            }
            else {
                vErrors.push(err27);
            }
            errors++;
        }
    }
    if (data.integrations !== undefined) {
        let data14 = data.integrations;
        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            for (const key3 in data14) {
                if (!(((((((key3 === "redirectUrl") || (key3 === "webhook")) || (key3 === "source")) || (key3 === "strategy")) || (key3 === "apiUrl")) || (key3 === "apiTestType")) || (key3 === "apiTestValue"))) {
                    const err28 = { instancePath: instancePath + "/integrations", schemaPath: "sections.schema.json#/$defs/integrations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err28];
                    }
                    else {
                        vErrors.push(err28);
                    }
                    errors++;
                }
            }
            if (data14.redirectUrl !== undefined) {
                let data15 = data14.redirectUrl;
                if (typeof data15 !== "string") {
                    const err29 = { instancePath: instancePath + "/integrations/redirectUrl", schemaPath: "sections.schema.json#/$defs/integrations/properties/redirectUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.redirectUrl.type, parentSchema: schema44.properties.redirectUrl, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
            }
            if (data14.webhook !== undefined) {
                let data16 = data14.webhook;
                if ((typeof data16 !== "string") && (data16 !== null)) {
                    const err30 = { instancePath: instancePath + "/integrations/webhook", schemaPath: "sections.schema.json#/$defs/integrations/properties/webhook/type", keyword: "type", params: { type: schema44.properties.webhook.type }, message: "must be string,null", schema: schema44.properties.webhook.type, parentSchema: schema44.properties.webhook, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
            }
            if (data14.source !== undefined) {
                let data17 = data14.source;
                if (typeof data17 !== "string") {
                    const err31 = { instancePath: instancePath + "/integrations/source", schemaPath: "sections.schema.json#/$defs/integrations/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.source.type, parentSchema: schema44.properties.source, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
                if (!(((data17 === "API") || (data17 === "CSV")) || (data17 === "NONE"))) {
                    const err32 = { instancePath: instancePath + "/integrations/source", schemaPath: "sections.schema.json#/$defs/integrations/properties/source/enum", keyword: "enum", params: { allowedValues: schema44.properties.source.enum }, message: "must be equal to one of the allowed values", schema: schema44.properties.source.enum, parentSchema: schema44.properties.source, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
            }
            if (data14.strategy !== undefined) {
                let data18 = data14.strategy;
                if (typeof data18 !== "string") {
                    const err33 = { instancePath: instancePath + "/integrations/strategy", schemaPath: "sections.schema.json#/$defs/integrations/properties/strategy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.strategy.type, parentSchema: schema44.properties.strategy, data: data18 };
                    if (vErrors === null) {
                        vErrors = [err33];
                    }
                    else {
                        vErrors.push(err33);
                    }
                    errors++;
                }
                if (!((data18 === "blacklist") || (data18 === "none"))) {
                    const err34 = { instancePath: instancePath + "/integrations/strategy", schemaPath: "sections.schema.json#/$defs/integrations/properties/strategy/enum", keyword: "enum", params: { allowedValues: schema44.properties.strategy.enum }, message: "must be equal to one of the allowed values", schema: schema44.properties.strategy.enum, parentSchema: schema44.properties.strategy, data: data18 };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
            }
            if (data14.apiUrl !== undefined) {
                let data19 = data14.apiUrl;
                if (typeof data19 !== "string") {
                    const err35 = { instancePath: instancePath + "/integrations/apiUrl", schemaPath: "sections.schema.json#/$defs/integrations/properties/apiUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.apiUrl.type, parentSchema: schema44.properties.apiUrl, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
            }
            if (data14.apiTestType !== undefined) {
                let data20 = data14.apiTestType;
                if (typeof data20 !== "string") {
                    const err36 = { instancePath: instancePath + "/integrations/apiTestType", schemaPath: "sections.schema.json#/$defs/integrations/properties/apiTestType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.apiTestType.type, parentSchema: schema44.properties.apiTestType, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
                if (!((data20 === "email") || (data20 === "phone"))) {
                    const err37 = { instancePath: instancePath + "/integrations/apiTestType", schemaPath: "sections.schema.json#/$defs/integrations/properties/apiTestType/enum", keyword: "enum", params: { allowedValues: schema44.properties.apiTestType.enum }, message: "must be equal to one of the allowed values", schema: schema44.properties.apiTestType.enum, parentSchema: schema44.properties.apiTestType, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
            }
            if (data14.apiTestValue !== undefined) {
                let data21 = data14.apiTestValue;
                if (typeof data21 !== "string") {
                    const err38 = { instancePath: instancePath + "/integrations/apiTestValue", schemaPath: "sections.schema.json#/$defs/integrations/properties/apiTestValue/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.apiTestValue.type, parentSchema: schema44.properties.apiTestValue, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
            }
        }
        else {
            const err39 = { instancePath: instancePath + "/integrations", schemaPath: "sections.schema.json#/$defs/integrations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data14 };
            if (vErrors === null) {
                vErrors = [err39];
            }
            else {
                vErrors.push(err39);
            }
            errors++;
        }
    }
}
else {
    const err40 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
        vErrors = [err40];
    }
    else {
        vErrors.push(err40);
    }
    errors++;
} validate28.errors = vErrors; return errors === 0; }
validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validateFlowFileSchema = validate34;
const schema56 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://flowkeeper.dev/schema/flow-file.schema.json", "title": "FlowFile", "description": "One flow file in a repository: the flow's id, optional bases to extend, and any of the nine writable fields. Judges what one file can know on its own; rules a base may satisfy are left to flowkeeper validate.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string", "description": "Path or URL of this schema, for editors." }, "id": { "type": "string", "pattern": "^[0-9a-fA-F]{24}$", "description": "The flow's id on the server: a 24-hex ObjectId. A file without id is a base that other files extend.", "x-rule": "object-id", "x-expected": "a 24-hex ObjectId such as \"64a1b2c3d4e5f67890123456\"" }, "extends": { "description": "A relative path, or a list of them, to base files whose settings this file builds on, in order.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }], "x-rule": "extends", "x-expected": "a relative path to a base file, or a non-empty list of them" }, "status": { "$ref": "update-body.schema.json#/properties/status" }, "target": { "$ref": "update-body.schema.json#/properties/target" }, "type": { "$ref": "update-body.schema.json#/properties/type" }, "version": { "$ref": "update-body.schema.json#/properties/version" }, "signUpForm": { "$ref": "update-body.schema.json#/properties/signUpForm" }, "documents": { "$ref": "update-body.schema.json#/properties/documents" }, "liveness": { "$ref": "update-body.schema.json#/properties/liveness" }, "steps": { "$ref": "update-body.schema.json#/properties/steps" }, "integrations": { "$ref": "update-body.schema.json#/properties/integrations" } } };
const pattern4 = new RegExp("^[0-9a-fA-F]{24}$", "u");
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate35.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func4.call(schema37.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.fullName !== undefined) {
        let data0 = data.fullName;
        if (typeof data0 !== "boolean") {
            const err1 = { instancePath: instancePath + "/fullName", schemaPath: "#/properties/fullName/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.fullName.type, parentSchema: schema37.properties.fullName, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.fullNameStyle !== undefined) {
        let data1 = data.fullNameStyle;
        if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/fullNameStyle", schemaPath: "#/properties/fullNameStyle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.fullNameStyle.type, parentSchema: schema37.properties.fullNameStyle, data: data1 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (!((data1 === "together") || (data1 === "separate"))) {
            const err3 = { instancePath: instancePath + "/fullNameStyle", schemaPath: "#/properties/fullNameStyle/enum", keyword: "enum", params: { allowedValues: schema37.properties.fullNameStyle.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.fullNameStyle.enum, parentSchema: schema37.properties.fullNameStyle, data: data1 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.email !== undefined) {
        let data2 = data.email;
        if (typeof data2 !== "boolean") {
            const err4 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.email.type, parentSchema: schema37.properties.email, data: data2 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.emailGateway !== undefined) {
        let data3 = data.emailGateway;
        if (typeof data3 !== "string") {
            const err5 = { instancePath: instancePath + "/emailGateway", schemaPath: "#/properties/emailGateway/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.emailGateway.type, parentSchema: schema37.properties.emailGateway, data: data3 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (!((data3 === "mailgun") || (data3 === "none"))) {
            const err6 = { instancePath: instancePath + "/emailGateway", schemaPath: "#/properties/emailGateway/enum", keyword: "enum", params: { allowedValues: schema37.properties.emailGateway.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.emailGateway.enum, parentSchema: schema37.properties.emailGateway, data: data3 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.phone !== undefined) {
        let data4 = data.phone;
        if (typeof data4 !== "boolean") {
            const err7 = { instancePath: instancePath + "/phone", schemaPath: "#/properties/phone/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.phone.type, parentSchema: schema37.properties.phone, data: data4 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.phoneGateway !== undefined) {
        let data5 = data.phoneGateway;
        if (typeof data5 !== "string") {
            const err8 = { instancePath: instancePath + "/phoneGateway", schemaPath: "#/properties/phoneGateway/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.phoneGateway.type, parentSchema: schema37.properties.phoneGateway, data: data5 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (!((((data5 === "sms") || (data5 === "whatsapp")) || (data5 === "both")) || (data5 === "none"))) {
            const err9 = { instancePath: instancePath + "/phoneGateway", schemaPath: "#/properties/phoneGateway/enum", keyword: "enum", params: { allowedValues: schema37.properties.phoneGateway.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.phoneGateway.enum, parentSchema: schema37.properties.phoneGateway, data: data5 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.showTermsAndConditions !== undefined) {
        let data6 = data.showTermsAndConditions;
        if (typeof data6 !== "boolean") {
            const err10 = { instancePath: instancePath + "/showTermsAndConditions", schemaPath: "#/properties/showTermsAndConditions/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.showTermsAndConditions.type, parentSchema: schema37.properties.showTermsAndConditions, data: data6 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.showPrivacyNotice !== undefined) {
        let data7 = data.showPrivacyNotice;
        if (typeof data7 !== "boolean") {
            const err11 = { instancePath: instancePath + "/showPrivacyNotice", schemaPath: "#/properties/showPrivacyNotice/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.showPrivacyNotice.type, parentSchema: schema37.properties.showPrivacyNotice, data: data7 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.additionalFields !== undefined) {
        let data8 = data.additionalFields;
        if (Array.isArray(data8)) {
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data9 = data8[i0];
                if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                    if (data9.name === undefined) {
                        const err12 = { instancePath: instancePath + "/additionalFields/" + i0, schemaPath: "#/$defs/additionalField/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema38.required, parentSchema: schema38, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                    if (data9.label === undefined) {
                        const err13 = { instancePath: instancePath + "/additionalFields/" + i0, schemaPath: "#/$defs/additionalField/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property '" + "label" + "'", schema: schema38.required, parentSchema: schema38, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                    if (data9.type === undefined) {
                        const err14 = { instancePath: instancePath + "/additionalFields/" + i0, schemaPath: "#/$defs/additionalField/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema38.required, parentSchema: schema38, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                    for (const key1 in data9) {
                        if (!((((key1 === "name") || (key1 === "label")) || (key1 === "type")) || (key1 === "required"))) {
                            const err15 = { instancePath: instancePath + "/additionalFields/" + i0, schemaPath: "#/$defs/additionalField/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                    }
                    if (data9.name !== undefined) {
                        let data10 = data9.name;
                        if (typeof data10 === "string") {
                            if (func1(data10) < 1) {
                                const err16 = { instancePath: instancePath + "/additionalFields/" + i0 + "/name", schemaPath: "#/$defs/additionalField/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.name, data: data10 };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err17 = { instancePath: instancePath + "/additionalFields/" + i0 + "/name", schemaPath: "#/$defs/additionalField/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.name.type, parentSchema: schema38.properties.name, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    if (data9.label !== undefined) {
                        let data11 = data9.label;
                        if (typeof data11 === "string") {
                            if (func1(data11) < 1) {
                                const err18 = { instancePath: instancePath + "/additionalFields/" + i0 + "/label", schemaPath: "#/$defs/additionalField/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.label, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err19 = { instancePath: instancePath + "/additionalFields/" + i0 + "/label", schemaPath: "#/$defs/additionalField/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.label.type, parentSchema: schema38.properties.label, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                    }
                    if (data9.type !== undefined) {
                        let data12 = data9.type;
                        if (typeof data12 === "string") {
                            if (func1(data12) < 1) {
                                const err20 = { instancePath: instancePath + "/additionalFields/" + i0 + "/type", schemaPath: "#/$defs/additionalField/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.type, data: data12 };
                                if (vErrors === null) {
                                    vErrors = [err20];
                                }
                                else {
                                    vErrors.push(err20);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err21 = { instancePath: instancePath + "/additionalFields/" + i0 + "/type", schemaPath: "#/$defs/additionalField/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.type.type, parentSchema: schema38.properties.type, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                    }
                    if (data9.required !== undefined) {
                        let data13 = data9.required;
                        if (typeof data13 !== "boolean") {
                            const err22 = { instancePath: instancePath + "/additionalFields/" + i0 + "/required", schemaPath: "#/$defs/additionalField/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema38.properties.required.type, parentSchema: schema38.properties.required, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err23 = { instancePath: instancePath + "/additionalFields/" + i0, schemaPath: "#/$defs/additionalField/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
        }
        else {
            const err24 = { instancePath: instancePath + "/additionalFields", schemaPath: "#/properties/additionalFields/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.additionalFields.type, parentSchema: schema37.properties.additionalFields, data: data8 };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
    if (data.allowAdditionalFields !== undefined) {
        let data14 = data.allowAdditionalFields;
        if (typeof data14 !== "boolean") {
            const err25 = { instancePath: instancePath + "/allowAdditionalFields", schemaPath: "#/properties/allowAdditionalFields/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema37.properties.allowAdditionalFields.type, parentSchema: schema37.properties.allowAdditionalFields, data: data14 };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
    }
}
else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
        vErrors = [err26];
    }
    else {
        vErrors.push(err26);
    }
    errors++;
} validate35.errors = vErrors; return errors === 0; }
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate37.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!((((((key0 === "attemptLimit") || (key0 === "criminalHistoryVerification")) || (key0 === "informationVerification")) || (key0 === "screening")) || (key0 === "verificationMethods")) || (key0 === "documentTypes"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.attemptLimit !== undefined) {
        let data0 = data.attemptLimit;
        if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
            const err1 = { instancePath: instancePath + "/attemptLimit", schemaPath: "#/properties/attemptLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties.attemptLimit.type, parentSchema: schema39.properties.attemptLimit, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if ((typeof data0 == "number") && (isFinite(data0))) {
            if (data0 > 5 || isNaN(data0)) {
                const err2 = { instancePath: instancePath + "/attemptLimit", schemaPath: "#/properties/attemptLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5", schema: 5, parentSchema: schema39.properties.attemptLimit, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if (data0 < 1 || isNaN(data0)) {
                const err3 = { instancePath: instancePath + "/attemptLimit", schemaPath: "#/properties/attemptLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.properties.attemptLimit, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
    }
    if (data.criminalHistoryVerification !== undefined) {
        let data1 = data.criminalHistoryVerification;
        if (typeof data1 !== "boolean") {
            const err4 = { instancePath: instancePath + "/criminalHistoryVerification", schemaPath: "#/properties/criminalHistoryVerification/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.criminalHistoryVerification.type, parentSchema: schema39.properties.criminalHistoryVerification, data: data1 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.informationVerification !== undefined) {
        let data2 = data.informationVerification;
        if (typeof data2 !== "boolean") {
            const err5 = { instancePath: instancePath + "/informationVerification", schemaPath: "#/properties/informationVerification/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.informationVerification.type, parentSchema: schema39.properties.informationVerification, data: data2 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.screening !== undefined) {
        let data3 = data.screening;
        if (typeof data3 !== "boolean") {
            const err6 = { instancePath: instancePath + "/screening", schemaPath: "#/properties/screening/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema39.properties.screening.type, parentSchema: schema39.properties.screening, data: data3 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.verificationMethods !== undefined) {
        let data4 = data.verificationMethods;
        if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data5 = data4[i0];
                if (typeof data5 !== "string") {
                    const err7 = { instancePath: instancePath + "/verificationMethods/" + i0, schemaPath: "#/properties/verificationMethods/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.properties.verificationMethods.items.type, parentSchema: schema39.properties.verificationMethods.items, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (!(((data5 === "SCAN_ZERO") || (data5 === "SCAN_PROMPT")) || (data5 === "SCAN_STUDIO"))) {
                    const err8 = { instancePath: instancePath + "/verificationMethods/" + i0, schemaPath: "#/properties/verificationMethods/items/enum", keyword: "enum", params: { allowedValues: schema39.properties.verificationMethods.items.enum }, message: "must be equal to one of the allowed values", schema: schema39.properties.verificationMethods.items.enum, parentSchema: schema39.properties.verificationMethods.items, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/verificationMethods", schemaPath: "#/properties/verificationMethods/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.verificationMethods.type, parentSchema: schema39.properties.verificationMethods, data: data4 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.documentTypes !== undefined) {
        let data6 = data.documentTypes;
        if (Array.isArray(data6)) {
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
                if (!(validate25(data6[i1], { instancePath: instancePath + "/documentTypes/" + i1, parentData: data6, parentDataProperty: i1, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/documentTypes", schemaPath: "#/properties/documentTypes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.properties.documentTypes.type, parentSchema: schema39.properties.documentTypes, data: data6 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
}
else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
        vErrors = [err11];
    }
    else {
        vErrors.push(err11);
    }
    errors++;
} validate37.errors = vErrors; return errors === 0; }
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://flowkeeper.dev/schema/flow-file.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate34.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func4.call(schema56.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.$schema !== undefined) {
        let data0 = data.$schema;
        if (typeof data0 !== "string") {
            const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.$schema.type, parentSchema: schema56.properties.$schema, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.id !== undefined) {
        let data1 = data.id;
        if (typeof data1 === "string") {
            if (!pattern4.test(data1)) {
                const err2 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{24}$" }, message: "must match pattern \"" + "^[0-9a-fA-F]{24}$" + "\"", schema: "^[0-9a-fA-F]{24}$", parentSchema: schema56.properties.id, data: data1 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        else {
            const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.id.type, parentSchema: schema56.properties.id, data: data1 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.extends !== undefined) {
        let data2 = data.extends;
        const _errs7 = errors;
        let valid1 = false;
        let passing0 = null;
        const _errs8 = errors;
        if (typeof data2 === "string") {
            if (func1(data2) < 1) {
                const err4 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.extends.oneOf[0], data: data2 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.extends.oneOf[0].type, parentSchema: schema56.properties.extends.oneOf[0], data: data2 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        var _valid0 = _errs8 === errors;
        if (_valid0) {
            valid1 = true;
            passing0 = 0;
        }
        const _errs10 = errors;
        if (Array.isArray(data2)) {
            if (data2.length < 1) {
                const err6 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema56.properties.extends.oneOf[1], data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data3 = data2[i0];
                if (typeof data3 === "string") {
                    if (func1(data3) < 1) {
                        const err7 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema56.properties.extends.oneOf[1].items, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
                else {
                    const err8 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.properties.extends.oneOf[1].items.type, parentSchema: schema56.properties.extends.oneOf[1].items, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema56.properties.extends.oneOf[1].type, parentSchema: schema56.properties.extends.oneOf[1], data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        var _valid0 = _errs10 === errors;
        if (_valid0 && valid1) {
            valid1 = false;
            passing0 = [passing0, 1];
        }
        else {
            if (_valid0) {
                valid1 = true;
                passing0 = 1;
            }
        }
        if (!valid1) {
            const err10 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema56.properties.extends.oneOf, parentSchema: schema56.properties.extends, data: data2 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        else {
            errors = _errs7;
            if (vErrors !== null) {
                if (_errs7) {
                    vErrors.length = _errs7;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.status !== undefined) {
        let data4 = data.status;
        if (typeof data4 !== "string") {
            const err11 = { instancePath: instancePath + "/status", schemaPath: "update-body.schema.json#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data4 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
        if (!(((data4 === "draft") || (data4 === "active")) || (data4 === "paused"))) {
            const err12 = { instancePath: instancePath + "/status", schemaPath: "update-body.schema.json#/properties/status/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data4 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.target !== undefined) {
        let data5 = data.target;
        if (typeof data5 !== "string") {
            const err13 = { instancePath: instancePath + "/target", schemaPath: "update-body.schema.json#/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data5 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
        if (!(data5 === "personal")) {
            const err14 = { instancePath: instancePath + "/target", schemaPath: "update-body.schema.json#/properties/target/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values", schema: schema34.enum, parentSchema: schema34, data: data5 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data6 = data.type;
        if (typeof data6 !== "string") {
            const err15 = { instancePath: instancePath + "/type", schemaPath: "update-body.schema.json#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data6 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
        if (!(data6 === "onboarding")) {
            const err16 = { instancePath: instancePath + "/type", schemaPath: "update-body.schema.json#/properties/type/enum", keyword: "enum", params: { allowedValues: schema35.enum }, message: "must be equal to one of the allowed values", schema: schema35.enum, parentSchema: schema35, data: data6 };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data7 = data.version;
        if (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) {
            const err17 = { instancePath: instancePath + "/version", schemaPath: "update-body.schema.json#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.type, parentSchema: schema36, data: data7 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
        if ((typeof data7 == "number") && (isFinite(data7))) {
            if (data7 < 1 || isNaN(data7)) {
                const err18 = { instancePath: instancePath + "/version", schemaPath: "update-body.schema.json#/properties/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36, data: data7 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
    }
    if (data.signUpForm !== undefined) {
        if (!(validate35(data.signUpForm, { instancePath: instancePath + "/signUpForm", parentData: data, parentDataProperty: "signUpForm", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
        }
    }
    if (data.documents !== undefined) {
        if (!(validate37(data.documents, { instancePath: instancePath + "/documents", parentData: data, parentDataProperty: "documents", rootData, dynamicAnchors }))) {
            vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
            errors = vErrors.length;
        }
    }
    if (data.liveness !== undefined) {
        let data10 = data.liveness;
        if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key1 in data10) {
                if (!((((key1 === "attemptLimit") || (key1 === "minScore")) || (key1 === "searchMinScore")) || (key1 === "searchMode"))) {
                    const err19 = { instancePath: instancePath + "/liveness", schemaPath: "update-body.schema.json#/properties/liveness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
            }
            if (data10.attemptLimit !== undefined) {
                let data11 = data10.attemptLimit;
                if (!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) {
                    const err20 = { instancePath: instancePath + "/liveness/attemptLimit", schemaPath: "update-body.schema.json#/properties/liveness/properties/attemptLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema42.properties.attemptLimit.type, parentSchema: schema42.properties.attemptLimit, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
                if ((typeof data11 == "number") && (isFinite(data11))) {
                    if (data11 > 5 || isNaN(data11)) {
                        const err21 = { instancePath: instancePath + "/liveness/attemptLimit", schemaPath: "update-body.schema.json#/properties/liveness/properties/attemptLimit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5", schema: 5, parentSchema: schema42.properties.attemptLimit, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                    if (data11 < 1 || isNaN(data11)) {
                        const err22 = { instancePath: instancePath + "/liveness/attemptLimit", schemaPath: "update-body.schema.json#/properties/liveness/properties/attemptLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema42.properties.attemptLimit, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
            }
            if (data10.minScore !== undefined) {
                let data12 = data10.minScore;
                if ((typeof data12 == "number") && (isFinite(data12))) {
                    if (data12 > 0.9 || isNaN(data12)) {
                        const err23 = { instancePath: instancePath + "/liveness/minScore", schemaPath: "update-body.schema.json#/properties/liveness/properties/minScore/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.9 }, message: "must be <= 0.9", schema: 0.9, parentSchema: schema42.properties.minScore, data: data12 };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                    if (data12 < 0.52 || isNaN(data12)) {
                        const err24 = { instancePath: instancePath + "/liveness/minScore", schemaPath: "update-body.schema.json#/properties/liveness/properties/minScore/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0.52 }, message: "must be >= 0.52", schema: 0.52, parentSchema: schema42.properties.minScore, data: data12 };
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                }
                else {
                    const err25 = { instancePath: instancePath + "/liveness/minScore", schemaPath: "update-body.schema.json#/properties/liveness/properties/minScore/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema42.properties.minScore.type, parentSchema: schema42.properties.minScore, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
            }
            if (data10.searchMinScore !== undefined) {
                let data13 = data10.searchMinScore;
                if ((typeof data13 == "number") && (isFinite(data13))) {
                    if (data13 > 0.95 || isNaN(data13)) {
                        const err26 = { instancePath: instancePath + "/liveness/searchMinScore", schemaPath: "update-body.schema.json#/properties/liveness/properties/searchMinScore/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.95 }, message: "must be <= 0.95", schema: 0.95, parentSchema: schema42.properties.searchMinScore, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                    if (data13 < 0.7 || isNaN(data13)) {
                        const err27 = { instancePath: instancePath + "/liveness/searchMinScore", schemaPath: "update-body.schema.json#/properties/liveness/properties/searchMinScore/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0.7 }, message: "must be >= 0.7", schema: 0.7, parentSchema: schema42.properties.searchMinScore, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
                            vErrors.push(err27);
                        }
                        errors++;
                    }
                }
                else {
                    const err28 = { instancePath: instancePath + "/liveness/searchMinScore", schemaPath: "update-body.schema.json#/properties/liveness/properties/searchMinScore/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema42.properties.searchMinScore.type, parentSchema: schema42.properties.searchMinScore, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err28];
                    }
                    else {
                        vErrors.push(err28);
                    }
                    errors++;
                }
            }
            if (data10.searchMode !== undefined) {
                let data14 = data10.searchMode;
                if (typeof data14 !== "string") {
                    const err29 = { instancePath: instancePath + "/liveness/searchMode", schemaPath: "update-body.schema.json#/properties/liveness/properties/searchMode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.searchMode.type, parentSchema: schema42.properties.searchMode, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
                if (!((data14 === "FAST") || (data14 === "ACCURATE"))) {
                    const err30 = { instancePath: instancePath + "/liveness/searchMode", schemaPath: "update-body.schema.json#/properties/liveness/properties/searchMode/enum", keyword: "enum", params: { allowedValues: schema42.properties.searchMode.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties.searchMode.enum, parentSchema: schema42.properties.searchMode, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
            }
        }
        else {
            const err31 = { instancePath: instancePath + "/liveness", schemaPath: "update-body.schema.json#/properties/liveness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data: data10 };
            if (vErrors === null) {
                vErrors = [err31];
            }
            else {
                vErrors.push(err31);
            }
            errors++;
        }
    }
    if (data.steps !== undefined) {
        let data15 = data.steps;
        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key2 in data15) {
                if (!((key2 === "document") || (key2 === "liveness"))) {
                    const err32 = { instancePath: instancePath + "/steps", schemaPath: "update-body.schema.json#/properties/steps/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
            }
            if (data15.document !== undefined) {
                let data16 = data15.document;
                if (typeof data16 !== "string") {
                    const err33 = { instancePath: instancePath + "/steps/document", schemaPath: "update-body.schema.json#/properties/steps/properties/document/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.document.type, parentSchema: schema43.properties.document, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err33];
                    }
                    else {
                        vErrors.push(err33);
                    }
                    errors++;
                }
                if (!(((data16 === "mandatory") || (data16 === "optional")) || (data16 === "skip"))) {
                    const err34 = { instancePath: instancePath + "/steps/document", schemaPath: "update-body.schema.json#/properties/steps/properties/document/enum", keyword: "enum", params: { allowedValues: schema43.properties.document.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.document.enum, parentSchema: schema43.properties.document, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
            }
            if (data15.liveness !== undefined) {
                let data17 = data15.liveness;
                if (typeof data17 !== "string") {
                    const err35 = { instancePath: instancePath + "/steps/liveness", schemaPath: "update-body.schema.json#/properties/steps/properties/liveness/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.properties.liveness.type, parentSchema: schema43.properties.liveness, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
                if (!(((data17 === "mandatory") || (data17 === "optional")) || (data17 === "skip"))) {
                    const err36 = { instancePath: instancePath + "/steps/liveness", schemaPath: "update-body.schema.json#/properties/steps/properties/liveness/enum", keyword: "enum", params: { allowedValues: schema43.properties.liveness.enum }, message: "must be equal to one of the allowed values", schema: schema43.properties.liveness.enum, parentSchema: schema43.properties.liveness, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
            }
        }
        else {
            const err37 = { instancePath: instancePath + "/steps", schemaPath: "update-body.schema.json#/properties/steps/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data: data15 };
            if (vErrors === null) {
                vErrors = [err37];
            }
            else {
                vErrors.push(err37);
            }
            errors++;
        }
    }
    if (data.integrations !== undefined) {
        let data18 = data.integrations;
        if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key3 in data18) {
                if (!(((((((key3 === "redirectUrl") || (key3 === "webhook")) || (key3 === "source")) || (key3 === "strategy")) || (key3 === "apiUrl")) || (key3 === "apiTestType")) || (key3 === "apiTestValue"))) {
                    const err38 = { instancePath: instancePath + "/integrations", schemaPath: "update-body.schema.json#/properties/integrations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data: data18 };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
            }
            if (data18.redirectUrl !== undefined) {
                let data19 = data18.redirectUrl;
                if (typeof data19 !== "string") {
                    const err39 = { instancePath: instancePath + "/integrations/redirectUrl", schemaPath: "update-body.schema.json#/properties/integrations/properties/redirectUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.redirectUrl.type, parentSchema: schema44.properties.redirectUrl, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
            }
            if (data18.webhook !== undefined) {
                let data20 = data18.webhook;
                if ((typeof data20 !== "string") && (data20 !== null)) {
                    const err40 = { instancePath: instancePath + "/integrations/webhook", schemaPath: "update-body.schema.json#/properties/integrations/properties/webhook/type", keyword: "type", params: { type: schema44.properties.webhook.type }, message: "must be string,null", schema: schema44.properties.webhook.type, parentSchema: schema44.properties.webhook, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err40];
                    }
                    else {
                        vErrors.push(err40);
                    }
                    errors++;
                }
            }
            if (data18.source !== undefined) {
                let data21 = data18.source;
                if (typeof data21 !== "string") {
                    const err41 = { instancePath: instancePath + "/integrations/source", schemaPath: "update-body.schema.json#/properties/integrations/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.source.type, parentSchema: schema44.properties.source, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err41];
                    }
                    else {
                        vErrors.push(err41);
                    }
                    errors++;
                }
                if (!(((data21 === "API") || (data21 === "CSV")) || (data21 === "NONE"))) {
                    const err42 = { instancePath: instancePath + "/integrations/source", schemaPath: "update-body.schema.json#/properties/integrations/properties/source/enum", keyword: "enum", params: { allowedValues: schema44.properties.source.enum }, message: "must be equal to one of the allowed values", schema: schema44.properties.source.enum, parentSchema: schema44.properties.source, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
            }
            if (data18.strategy !== undefined) {
                let data22 = data18.strategy;
                if (typeof data22 !== "string") {
                    const err43 = { instancePath: instancePath + "/integrations/strategy", schemaPath: "update-body.schema.json#/properties/integrations/properties/strategy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.strategy.type, parentSchema: schema44.properties.strategy, data: data22 };
                    if (vErrors === null) {
                        vErrors = [err43];
                    }
                    else {
                        vErrors.push(err43);
                    }
                    errors++;
                }
                if (!((data22 === "blacklist") || (data22 === "none"))) {
                    const err44 = { instancePath: instancePath + "/integrations/strategy", schemaPath: "update-body.schema.json#/properties/integrations/properties/strategy/enum", keyword: "enum", params: { allowedValues: schema44.properties.strategy.enum }, message: "must be equal to one of the allowed values", schema: schema44.properties.strategy.enum, parentSchema: schema44.properties.strategy, data: data22 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
            if (data18.apiUrl !== undefined) {
                let data23 = data18.apiUrl;
                if (typeof data23 !== "string") {
                    const err45 = { instancePath: instancePath + "/integrations/apiUrl", schemaPath: "update-body.schema.json#/properties/integrations/properties/apiUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.apiUrl.type, parentSchema: schema44.properties.apiUrl, data: data23 };
                    if (vErrors === null) {
                        vErrors = [err45];
                    }
                    else {
                        vErrors.push(err45);
                    }
                    errors++;
                }
            }
            if (data18.apiTestType !== undefined) {
                let data24 = data18.apiTestType;
                if (typeof data24 !== "string") {
                    const err46 = { instancePath: instancePath + "/integrations/apiTestType", schemaPath: "update-body.schema.json#/properties/integrations/properties/apiTestType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.apiTestType.type, parentSchema: schema44.properties.apiTestType, data: data24 };
                    if (vErrors === null) {
                        vErrors = [err46];
                    }
                    else {
                        vErrors.push(err46);
                    }
                    errors++;
                }
                if (!((data24 === "email") || (data24 === "phone"))) {
                    const err47 = { instancePath: instancePath + "/integrations/apiTestType", schemaPath: "update-body.schema.json#/properties/integrations/properties/apiTestType/enum", keyword: "enum", params: { allowedValues: schema44.properties.apiTestType.enum }, message: "must be equal to one of the allowed values", schema: schema44.properties.apiTestType.enum, parentSchema: schema44.properties.apiTestType, data: data24 };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
            }
            if (data18.apiTestValue !== undefined) {
                let data25 = data18.apiTestValue;
                if (typeof data25 !== "string") {
                    const err48 = { instancePath: instancePath + "/integrations/apiTestValue", schemaPath: "update-body.schema.json#/properties/integrations/properties/apiTestValue/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.properties.apiTestValue.type, parentSchema: schema44.properties.apiTestValue, data: data25 };
                    if (vErrors === null) {
                        vErrors = [err48];
                    }
                    else {
                        vErrors.push(err48);
                    }
                    errors++;
                }
            }
        }
        else {
            const err49 = { instancePath: instancePath + "/integrations", schemaPath: "update-body.schema.json#/properties/integrations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data18 };
            if (vErrors === null) {
                vErrors = [err49];
            }
            else {
                vErrors.push(err49);
            }
            errors++;
        }
    }
}
else {
    const err50 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.type, parentSchema: schema56, data };
    if (vErrors === null) {
        vErrors = [err50];
    }
    else {
        vErrors.push(err50);
    }
    errors++;
} validate34.errors = vErrors; return errors === 0; }
validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validatePlanFileSchema = validate40;
const schema67 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://flowkeeper.dev/schema/plan.schema.json", "title": "PlanFile", "description": "A reviewed plan, written by `flowkeeper plan --out FILE` and applied by `flowkeeper sync --plan FILE`: per flow, the action, the exact PUT body and the field changes, and (planned with --api-url) the live version and updatedAt the plan was made against. `digest` ties the plan to the repository content it came from: sync --plan refuses the whole plan when the working tree no longer resolves to it. A plan is written only when every flow file is valid and every flow could be read (the plan is of valid flows only).", "type": "object", "additionalProperties": false, "required": ["version", "flowkeeperVersion", "against", "digest", "flows"], "properties": { "$schema": { "type": "string", "description": "The schema this file follows, for editors." }, "version": { "const": 1, "description": "The format version of this file; sync --plan reads version 1 only." }, "flowkeeperVersion": { "type": "string", "minLength": 1, "description": "The version of flowkeeper that wrote the plan." }, "against": { "type": "object", "additionalProperties": false, "required": ["kind", "label"], "description": "What the working tree was compared with.", "properties": { "kind": { "enum": ["git", "api"], "description": "git: a base commit (--base); api: the flows as the API held them (--api-url)." }, "label": { "type": "string", "description": "The base as the plan's report names it: a ref and commit, or the API's URL without credentials." }, "commit": { "type": "string", "pattern": "^[0-9a-f]{40}$", "description": "git plans: the base commit the working tree was compared with. sync --plan deletes a flow only when this commit is an ancestor of HEAD and holds the flow, so a plan file cannot name a flow the repository never had." } } }, "digest": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$", "description": "sha256 of the repository content the plan came from: the flows (files with an id) the paths resolve to, each as [path, id, body] with the id in lower case and the body the PUT body resolved through every base it extends, sorted by path (UTF-16 code units), written as canonical JSON (no whitespace, object keys sorted by UTF-16 code units) and hashed as UTF-8; `sha256:` then 64 lower-case hex digits. A change to any flow's body, a base that changes a body, or a flow file added, removed or moved changes it; a comment or key order does not." }, "flows": { "type": "array", "description": "Every planned flow, in the plan's order: those in the working tree by path, then those removed since the base.", "items": { "$ref": "#/$defs/plannedFlow" } } }, "$defs": { "plannedFlow": { "title": "PlanFileFlow", "type": "object", "additionalProperties": false, "required": ["path", "id", "action", "body", "changes"], "properties": { "path": { "type": "string", "minLength": 1, "description": "The flow file, relative to the working directory, with / separators (for a delete: where it was)." }, "previousPath": { "type": "string", "description": "Where the file was at the base, when it was moved or renamed." }, "id": { "type": "string", "pattern": "^[0-9a-f]{24}$", "description": "The flow's id, in lower case." }, "action": { "enum": ["update", "delete", "none"], "description": "update: sync --plan sends `body` with PUT; delete: the flow's file is gone since the base and sync --plan deletes the flow (only with --allow-delete); none: the flow is unchanged and nothing is sent." }, "status": { "type": "string", "description": "The flow's status after the change (for a delete, its last known status)." }, "body": { "type": "object", "tsType": "UpdateBody", "description": "The exact PUT body (update-body.schema.json) a sync sends for this flow; for a delete, the last body known at the base." }, "changes": { "type": "array", "description": "The fields the body changes, before → after (empty for none and delete).", "items": { "$ref": "#/$defs/fieldChange" } }, "live": { "$ref": "#/$defs/liveStamp" } } }, "fieldChange": { "title": "PlanFileFieldChange", "type": "object", "additionalProperties": false, "required": ["field", "weakens"], "properties": { "field": { "type": "string", "description": "Dot path, as in diagnostics." }, "before": { "tsType": "unknown", "description": "The value before; absent when the field is added." }, "after": { "tsType": "unknown", "description": "The value after; absent when the field is removed." }, "weakens": { "type": "boolean", "description": "True when the change lowers the bar of verification." } } }, "liveStamp": { "title": "PlanFileLiveStamp", "type": "object", "additionalProperties": false, "description": "Planned with --api-url: the version and updatedAt the flow's GET answered with. sync --plan refuses a flow whose live version or updatedAt differs now (unless --force).", "properties": { "version": { "type": "number", "description": "The flow's version field as the server held it." }, "updatedAt": { "type": "string", "description": "The flow's updatedAt as the server held it." } } } } };
const pattern5 = new RegExp("^[0-9a-f]{40}$", "u");
const pattern6 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const schema68 = { "title": "PlanFileFlow", "type": "object", "additionalProperties": false, "required": ["path", "id", "action", "body", "changes"], "properties": { "path": { "type": "string", "minLength": 1, "description": "The flow file, relative to the working directory, with / separators (for a delete: where it was)." }, "previousPath": { "type": "string", "description": "Where the file was at the base, when it was moved or renamed." }, "id": { "type": "string", "pattern": "^[0-9a-f]{24}$", "description": "The flow's id, in lower case." }, "action": { "enum": ["update", "delete", "none"], "description": "update: sync --plan sends `body` with PUT; delete: the flow's file is gone since the base and sync --plan deletes the flow (only with --allow-delete); none: the flow is unchanged and nothing is sent." }, "status": { "type": "string", "description": "The flow's status after the change (for a delete, its last known status)." }, "body": { "type": "object", "tsType": "UpdateBody", "description": "The exact PUT body (update-body.schema.json) a sync sends for this flow; for a delete, the last body known at the base." }, "changes": { "type": "array", "description": "The fields the body changes, before → after (empty for none and delete).", "items": { "$ref": "#/$defs/fieldChange" } }, "live": { "$ref": "#/$defs/liveStamp" } } };
const schema69 = { "title": "PlanFileFieldChange", "type": "object", "additionalProperties": false, "required": ["field", "weakens"], "properties": { "field": { "type": "string", "description": "Dot path, as in diagnostics." }, "before": { "tsType": "unknown", "description": "The value before; absent when the field is added." }, "after": { "tsType": "unknown", "description": "The value after; absent when the field is removed." }, "weakens": { "type": "boolean", "description": "True when the change lowers the bar of verification." } } };
const schema70 = { "title": "PlanFileLiveStamp", "type": "object", "additionalProperties": false, "description": "Planned with --api-url: the version and updatedAt the flow's GET answered with. sync --plan refuses a flow whose live version or updatedAt differs now (unless --force).", "properties": { "version": { "type": "number", "description": "The flow's version field as the server held it." }, "updatedAt": { "type": "string", "description": "The flow's updatedAt as the server held it." } } };
const pattern7 = new RegExp("^[0-9a-f]{24}$", "u");
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate41.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'", schema: schema68.required, parentSchema: schema68, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.id === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema68.required, parentSchema: schema68, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.action === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property '" + "action" + "'", schema: schema68.required, parentSchema: schema68, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.body === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "body" }, message: "must have required property '" + "body" + "'", schema: schema68.required, parentSchema: schema68, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.changes === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "changes" }, message: "must have required property '" + "changes" + "'", schema: schema68.required, parentSchema: schema68, data };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((((((key0 === "path") || (key0 === "previousPath")) || (key0 === "id")) || (key0 === "action")) || (key0 === "status")) || (key0 === "body")) || (key0 === "changes")) || (key0 === "live"))) {
            const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema68, data };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.path !== undefined) {
        let data0 = data.path;
        if (typeof data0 === "string") {
            if (func1(data0) < 1) {
                const err6 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.properties.path, data: data0 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.properties.path.type, parentSchema: schema68.properties.path, data: data0 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.previousPath !== undefined) {
        let data1 = data.previousPath;
        if (typeof data1 !== "string") {
            const err8 = { instancePath: instancePath + "/previousPath", schemaPath: "#/properties/previousPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.properties.previousPath.type, parentSchema: schema68.properties.previousPath, data: data1 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.id !== undefined) {
        let data2 = data.id;
        if (typeof data2 === "string") {
            if (!pattern7.test(data2)) {
                const err9 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{24}$" }, message: "must match pattern \"" + "^[0-9a-f]{24}$" + "\"", schema: "^[0-9a-f]{24}$", parentSchema: schema68.properties.id, data: data2 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.properties.id.type, parentSchema: schema68.properties.id, data: data2 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.action !== undefined) {
        let data3 = data.action;
        if (!(((data3 === "update") || (data3 === "delete")) || (data3 === "none"))) {
            const err11 = { instancePath: instancePath + "/action", schemaPath: "#/properties/action/enum", keyword: "enum", params: { allowedValues: schema68.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema68.properties.action.enum, parentSchema: schema68.properties.action, data: data3 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.status !== undefined) {
        let data4 = data.status;
        if (typeof data4 !== "string") {
            const err12 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.properties.status.type, parentSchema: schema68.properties.status, data: data4 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.body !== undefined) {
        let data5 = data.body;
        if (!(data5 && typeof data5 == "object" && !Array.isArray(data5))) {
            const err13 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema68.properties.body.type, parentSchema: schema68.properties.body, data: data5 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.changes !== undefined) {
        let data6 = data.changes;
        if (Array.isArray(data6)) {
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data7 = data6[i0];
                if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                    if (data7.field === undefined) {
                        const err14 = { instancePath: instancePath + "/changes/" + i0, schemaPath: "#/$defs/fieldChange/required", keyword: "required", params: { missingProperty: "field" }, message: "must have required property '" + "field" + "'", schema: schema69.required, parentSchema: schema69, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                    if (data7.weakens === undefined) {
                        const err15 = { instancePath: instancePath + "/changes/" + i0, schemaPath: "#/$defs/fieldChange/required", keyword: "required", params: { missingProperty: "weakens" }, message: "must have required property '" + "weakens" + "'", schema: schema69.required, parentSchema: schema69, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                    for (const key1 in data7) {
                        if (!((((key1 === "field") || (key1 === "before")) || (key1 === "after")) || (key1 === "weakens"))) {
                            const err16 = { instancePath: instancePath + "/changes/" + i0, schemaPath: "#/$defs/fieldChange/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema69, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                    }
                    if (data7.field !== undefined) {
                        let data8 = data7.field;
                        if (typeof data8 !== "string") {
                            const err17 = { instancePath: instancePath + "/changes/" + i0 + "/field", schemaPath: "#/$defs/fieldChange/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.properties.field.type, parentSchema: schema69.properties.field, data: data8 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    if (data7.weakens !== undefined) {
                        let data9 = data7.weakens;
                        if (typeof data9 !== "boolean") {
                            const err18 = { instancePath: instancePath + "/changes/" + i0 + "/weakens", schemaPath: "#/$defs/fieldChange/properties/weakens/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema69.properties.weakens.type, parentSchema: schema69.properties.weakens, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err19 = { instancePath: instancePath + "/changes/" + i0, schemaPath: "#/$defs/fieldChange/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema69.type, parentSchema: schema69, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
            }
        }
        else {
            const err20 = { instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.properties.changes.type, parentSchema: schema68.properties.changes, data: data6 };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
    if (data.live !== undefined) {
        let data10 = data.live;
        if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key2 in data10) {
                if (!((key2 === "version") || (key2 === "updatedAt"))) {
                    const err21 = { instancePath: instancePath + "/live", schemaPath: "#/$defs/liveStamp/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema70, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
            }
            if (data10.version !== undefined) {
                let data11 = data10.version;
                if (!((typeof data11 == "number") && (isFinite(data11)))) {
                    const err22 = { instancePath: instancePath + "/live/version", schemaPath: "#/$defs/liveStamp/properties/version/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema70.properties.version.type, parentSchema: schema70.properties.version, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
            }
            if (data10.updatedAt !== undefined) {
                let data12 = data10.updatedAt;
                if (typeof data12 !== "string") {
                    const err23 = { instancePath: instancePath + "/live/updatedAt", schemaPath: "#/$defs/liveStamp/properties/updatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.properties.updatedAt.type, parentSchema: schema70.properties.updatedAt, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
        }
        else {
            const err24 = { instancePath: instancePath + "/live", schemaPath: "#/$defs/liveStamp/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema70.type, parentSchema: schema70, data: data10 };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
}
else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema68.type, parentSchema: schema68, data };
    if (vErrors === null) {
        vErrors = [err25];
    }
    else {
        vErrors.push(err25);
    }
    errors++;
} validate41.errors = vErrors; return errors === 0; }
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://flowkeeper.dev/schema/plan.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate40.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema67.required, parentSchema: schema67, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.flowkeeperVersion === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "flowkeeperVersion" }, message: "must have required property '" + "flowkeeperVersion" + "'", schema: schema67.required, parentSchema: schema67, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.against === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "against" }, message: "must have required property '" + "against" + "'", schema: schema67.required, parentSchema: schema67, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.digest === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property '" + "digest" + "'", schema: schema67.required, parentSchema: schema67, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.flows === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "flows" }, message: "must have required property '" + "flows" + "'", schema: schema67.required, parentSchema: schema67, data };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((((key0 === "$schema") || (key0 === "version")) || (key0 === "flowkeeperVersion")) || (key0 === "against")) || (key0 === "digest")) || (key0 === "flows"))) {
            const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67, data };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.$schema !== undefined) {
        let data0 = data.$schema;
        if (typeof data0 !== "string") {
            const err6 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.$schema.type, parentSchema: schema67.properties.$schema, data: data0 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data1 = data.version;
        if (1 !== data1) {
            const err7 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema67.properties.version, data: data1 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.flowkeeperVersion !== undefined) {
        let data2 = data.flowkeeperVersion;
        if (typeof data2 === "string") {
            if (func1(data2) < 1) {
                const err8 = { instancePath: instancePath + "/flowkeeperVersion", schemaPath: "#/properties/flowkeeperVersion/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema67.properties.flowkeeperVersion, data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/flowkeeperVersion", schemaPath: "#/properties/flowkeeperVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.flowkeeperVersion.type, parentSchema: schema67.properties.flowkeeperVersion, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.against !== undefined) {
        let data3 = data.against;
        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.kind === undefined) {
                const err10 = { instancePath: instancePath + "/against", schemaPath: "#/properties/against/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'", schema: schema67.properties.against.required, parentSchema: schema67.properties.against, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            if (data3.label === undefined) {
                const err11 = { instancePath: instancePath + "/against", schemaPath: "#/properties/against/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property '" + "label" + "'", schema: schema67.properties.against.required, parentSchema: schema67.properties.against, data: data3 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            for (const key1 in data3) {
                if (!(((key1 === "kind") || (key1 === "label")) || (key1 === "commit"))) {
                    const err12 = { instancePath: instancePath + "/against", schemaPath: "#/properties/against/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67.properties.against, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            if (data3.kind !== undefined) {
                let data4 = data3.kind;
                if (!((data4 === "git") || (data4 === "api"))) {
                    const err13 = { instancePath: instancePath + "/against/kind", schemaPath: "#/properties/against/properties/kind/enum", keyword: "enum", params: { allowedValues: schema67.properties.against.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema67.properties.against.properties.kind.enum, parentSchema: schema67.properties.against.properties.kind, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
            if (data3.label !== undefined) {
                let data5 = data3.label;
                if (typeof data5 !== "string") {
                    const err14 = { instancePath: instancePath + "/against/label", schemaPath: "#/properties/against/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.against.properties.label.type, parentSchema: schema67.properties.against.properties.label, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
            if (data3.commit !== undefined) {
                let data6 = data3.commit;
                if (typeof data6 === "string") {
                    if (!pattern5.test(data6)) {
                        const err15 = { instancePath: instancePath + "/against/commit", schemaPath: "#/properties/against/properties/commit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: "must match pattern \"" + "^[0-9a-f]{40}$" + "\"", schema: "^[0-9a-f]{40}$", parentSchema: schema67.properties.against.properties.commit, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
                else {
                    const err16 = { instancePath: instancePath + "/against/commit", schemaPath: "#/properties/against/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.against.properties.commit.type, parentSchema: schema67.properties.against.properties.commit, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
        }
        else {
            const err17 = { instancePath: instancePath + "/against", schemaPath: "#/properties/against/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.properties.against.type, parentSchema: schema67.properties.against, data: data3 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
    }
    if (data.digest !== undefined) {
        let data7 = data.digest;
        if (typeof data7 === "string") {
            if (!pattern6.test(data7)) {
                const err18 = { instancePath: instancePath + "/digest", schemaPath: "#/properties/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: "must match pattern \"" + "^sha256:[0-9a-f]{64}$" + "\"", schema: "^sha256:[0-9a-f]{64}$", parentSchema: schema67.properties.digest, data: data7 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        else {
            const err19 = { instancePath: instancePath + "/digest", schemaPath: "#/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema67.properties.digest.type, parentSchema: schema67.properties.digest, data: data7 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data.flows !== undefined) {
        let data8 = data.flows;
        if (Array.isArray(data8)) {
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate41(data8[i0], { instancePath: instancePath + "/flows/" + i0, parentData: data8, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                    vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err20 = { instancePath: instancePath + "/flows", schemaPath: "#/properties/flows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema67.properties.flows.type, parentSchema: schema67.properties.flows, data: data8 };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
}
else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.type, parentSchema: schema67, data };
    if (vErrors === null) {
        vErrors = [err21];
    }
    else {
        vErrors.push(err21);
    }
    errors++;
} validate40.errors = vErrors; return errors === 0; }
validate40.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validateConfigFileSchema = validate43;
const schema71 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://flowkeeper.dev/schema/config.schema.json", "title": "ConfigFile", "description": "The repository config, flowkeeper.yaml at the repository root: the environments one repository drives (a vendor project each, with its own flow ids, API URL and token). Optional: without it flowkeeper works on the paths it is given, with one API URL and one token per run.", "type": "object", "additionalProperties": false, "required": ["environments"], "properties": { "$schema": { "type": "string", "description": "The schema this file follows, for editors." }, "environments": { "type": "object", "minProperties": 1, "x-rule": "environments", "x-message": "environments must be a mapping of at least one environment by name, such as staging: {apiUrl, tokenEnv, files}", "description": "The environments, by name (a letter, then letters, digits, _ or -), in the order reports show them. `--env NAME` selects one; without it, validate and plan cover them all.", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_-]*$" }, "additionalProperties": { "$ref": "#/$defs/environment" } } }, "$defs": { "environment": { "type": "object", "additionalProperties": false, "required": ["apiUrl", "tokenEnv", "files"], "description": "One environment: a vendor project with its own ids, API URL and token.", "properties": { "apiUrl": { "type": "string", "minLength": 1, "description": "The API's base URL for this environment (https; http only for loopback). This environment's token is sent nowhere else, and `--api-url` with `--env` must match it.", "examples": ["https://api.verifik.co"] }, "tokenEnv": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "x-expected": "an environment variable name such as FLOWKEEPER_PRODUCTION_TOKEN", "description": "The name of the environment variable holding this environment's token. FLOWKEEPER_TOKEN is not used for this environment, and a run for another environment never reads this variable.", "examples": ["FLOWKEEPER_PRODUCTION_TOKEN"] }, "files": { "type": "array", "minItems": 1, "description": "This environment's flow files: folders, files or globs, relative to this config's folder. No file may belong to two environments, and no two environments may share a flow id.", "items": { "type": "string", "minLength": 1 }, "examples": [["envs/production"]] }, "maxChangeShare": { "type": "number", "minimum": 0, "maximum": 1, "description": "The sync guard for this environment: the largest share of flows that may change at once (with 10 or more flows). Default 0.3; --max-change-share overrides it." } } } } };
const schema72 = { "type": "object", "additionalProperties": false, "required": ["apiUrl", "tokenEnv", "files"], "description": "One environment: a vendor project with its own ids, API URL and token.", "properties": { "apiUrl": { "type": "string", "minLength": 1, "description": "The API's base URL for this environment (https; http only for loopback). This environment's token is sent nowhere else, and `--api-url` with `--env` must match it.", "examples": ["https://api.verifik.co"] }, "tokenEnv": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "x-expected": "an environment variable name such as FLOWKEEPER_PRODUCTION_TOKEN", "description": "The name of the environment variable holding this environment's token. FLOWKEEPER_TOKEN is not used for this environment, and a run for another environment never reads this variable.", "examples": ["FLOWKEEPER_PRODUCTION_TOKEN"] }, "files": { "type": "array", "minItems": 1, "description": "This environment's flow files: folders, files or globs, relative to this config's folder. No file may belong to two environments, and no two environments may share a flow id.", "items": { "type": "string", "minLength": 1 }, "examples": [["envs/production"]] }, "maxChangeShare": { "type": "number", "minimum": 0, "maximum": 1, "description": "The sync guard for this environment: the largest share of flows that may change at once (with 10 or more flows). Default 0.3; --max-change-share overrides it." } } };
const pattern8 = new RegExp("^[A-Za-z][A-Za-z0-9_-]*$", "u");
const pattern9 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://flowkeeper.dev/schema/config.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate43.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.environments === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environments" }, message: "must have required property '" + "environments" + "'", schema: schema71.required, parentSchema: schema71, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((key0 === "$schema") || (key0 === "environments"))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema71, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.$schema !== undefined) {
        let data0 = data.$schema;
        if (typeof data0 !== "string") {
            const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema71.properties.$schema.type, parentSchema: schema71.properties.$schema, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.environments !== undefined) {
        let data1 = data.environments;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (Object.keys(data1).length < 1) {
                const err3 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema71.properties.environments, data: data1 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            for (const key1 in data1) {
                const _errs6 = errors;
                if (typeof key1 === "string") {
                    if (!pattern8.test(key1)) {
                        const err4 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: "must match pattern \"" + "^[A-Za-z][A-Za-z0-9_-]*$" + "\"", schema: "^[A-Za-z][A-Za-z0-9_-]*$", parentSchema: schema71.properties.environments.propertyNames, data: key1, propertyName: key1 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                var valid1 = _errs6 === errors;
                if (!valid1) {
                    const err5 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema71.properties.environments.propertyNames, parentSchema: schema71.properties.environments, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            for (const key2 in data1) {
                let data2 = data1[key2];
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    if (data2.apiUrl === undefined) {
                        const err6 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/environment/required", keyword: "required", params: { missingProperty: "apiUrl" }, message: "must have required property '" + "apiUrl" + "'", schema: schema72.required, parentSchema: schema72, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                    if (data2.tokenEnv === undefined) {
                        const err7 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/environment/required", keyword: "required", params: { missingProperty: "tokenEnv" }, message: "must have required property '" + "tokenEnv" + "'", schema: schema72.required, parentSchema: schema72, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                    if (data2.files === undefined) {
                        const err8 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/environment/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property '" + "files" + "'", schema: schema72.required, parentSchema: schema72, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                    for (const key3 in data2) {
                        if (!((((key3 === "apiUrl") || (key3 === "tokenEnv")) || (key3 === "files")) || (key3 === "maxChangeShare"))) {
                            const err9 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/environment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema72, data: data2 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                    if (data2.apiUrl !== undefined) {
                        let data3 = data2.apiUrl;
                        if (typeof data3 === "string") {
                            if (func1(data3) < 1) {
                                const err10 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/apiUrl", schemaPath: "#/$defs/environment/properties/apiUrl/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema72.properties.apiUrl, data: data3 };
                                if (vErrors === null) {
                                    vErrors = [err10];
                                }
                                else {
                                    vErrors.push(err10);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err11 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/apiUrl", schemaPath: "#/$defs/environment/properties/apiUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.properties.apiUrl.type, parentSchema: schema72.properties.apiUrl, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                    if (data2.tokenEnv !== undefined) {
                        let data4 = data2.tokenEnv;
                        if (typeof data4 === "string") {
                            if (!pattern9.test(data4)) {
                                const err12 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/tokenEnv", schemaPath: "#/$defs/environment/properties/tokenEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_]*$" + "\"", schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema72.properties.tokenEnv, data: data4 };
                                if (vErrors === null) {
                                    vErrors = [err12];
                                }
                                else {
                                    vErrors.push(err12);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err13 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/tokenEnv", schemaPath: "#/$defs/environment/properties/tokenEnv/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.properties.tokenEnv.type, parentSchema: schema72.properties.tokenEnv, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                    }
                    if (data2.files !== undefined) {
                        let data5 = data2.files;
                        if (Array.isArray(data5)) {
                            if (data5.length < 1) {
                                const err14 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/files", schemaPath: "#/$defs/environment/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema72.properties.files, data: data5 };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                            const len0 = data5.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                                let data6 = data5[i0];
                                if (typeof data6 === "string") {
                                    if (func1(data6) < 1) {
                                        const err15 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/files/" + i0, schemaPath: "#/$defs/environment/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema72.properties.files.items, data: data6 };
                                        if (vErrors === null) {
                                            vErrors = [err15];
                                        }
                                        else {
                                            vErrors.push(err15);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err16 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/files/" + i0, schemaPath: "#/$defs/environment/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.properties.files.items.type, parentSchema: schema72.properties.files.items, data: data6 };
                                    if (vErrors === null) {
                                        vErrors = [err16];
                                    }
                                    else {
                                        vErrors.push(err16);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err17 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/files", schemaPath: "#/$defs/environment/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema72.properties.files.type, parentSchema: schema72.properties.files, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    if (data2.maxChangeShare !== undefined) {
                        let data7 = data2.maxChangeShare;
                        if ((typeof data7 == "number") && (isFinite(data7))) {
                            if (data7 > 1 || isNaN(data7)) {
                                const err18 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxChangeShare", schemaPath: "#/$defs/environment/properties/maxChangeShare/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema72.properties.maxChangeShare, data: data7 };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                            if (data7 < 0 || isNaN(data7)) {
                                const err19 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxChangeShare", schemaPath: "#/$defs/environment/properties/maxChangeShare/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema72.properties.maxChangeShare, data: data7 };
                                if (vErrors === null) {
                                    vErrors = [err19];
                                }
                                else {
                                    vErrors.push(err19);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err20 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxChangeShare", schemaPath: "#/$defs/environment/properties/maxChangeShare/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema72.properties.maxChangeShare.type, parentSchema: schema72.properties.maxChangeShare, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err21 = { instancePath: instancePath + "/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/environment/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema72.type, parentSchema: schema72, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
            }
        }
        else {
            const err22 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema71.properties.environments.type, parentSchema: schema71.properties.environments, data: data1 };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
    }
}
else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema71.type, parentSchema: schema71, data };
    if (vErrors === null) {
        vErrors = [err23];
    }
    else {
        vErrors.push(err23);
    }
    errors++;
} validate43.errors = vErrors; return errors === 0; }
validate43.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

;// CONCATENATED MODULE: ./lib/generated/validator-types.js
/* eslint-disable */
// Generated by `npm run generate` from schema/. Do not edit: change the schema and regenerate.

/** The complete flow (flow.schema.json), cross-field rules included. */
const validator_types_validateFlowSchema = validateFlowSchema;
/** The PUT body (update-body.schema.json). */
const validator_types_validateUpdateBodySchema = validateUpdateBodySchema;
/** One flow file on its own (flow-file.schema.json). */
const validator_types_validateFlowFileSchema = validateFlowFileSchema;
/** A reviewed plan file (plan.schema.json), as `plan --out` writes it. */
const validator_types_validatePlanFileSchema = validatePlanFileSchema;
/** The repository config, flowkeeper.yaml (config.schema.json). */
const validator_types_validateConfigFileSchema = validateConfigFileSchema;


/***/ }),

/***/ 19081:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ MAX_NESTING),
/* harmony export */   Q: () => (/* binding */ nestingDepth)
/* harmony export */ });
/** A flow nests about six levels; far deeper input is hostile, and deep recursion can crash. */
const MAX_NESTING = 64;
/** The depth of the deepest container in a parsed value, walked without recursion. */
function nestingDepth(value, limit = MAX_NESTING) {
    let deepest = 0;
    const stack = [[value, 0]];
    while (stack.length) {
        const [current, depth] = stack.pop();
        if (typeof current !== 'object' || current === null)
            continue;
        const level = depth + 1;
        if (level > deepest)
            deepest = level;
        if (deepest > limit)
            return deepest;
        for (const child of Object.values(current))
            stack.push([child, level]);
    }
    return deepest;
}


/***/ }),

/***/ 37934:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ parseYaml)
/* harmony export */ });
/* unused harmony export MAX_ALIAS_COUNT */
/* harmony import */ var _engine_diagnostic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27931);
/* harmony import */ var _bundled_require_cjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53025);
/* harmony import */ var _engine_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4662);
/* harmony import */ var _nesting_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19081);
/* harmony import */ var _token_end_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54638);
/* harmony import */ var _walk_path_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46872);






// Loaded on first use: the fast path reads most files without it, and loading the yaml package
// takes longer than the rest of a one-file validate run.
let yamlModule;
function yaml() {
    return (yamlModule ??= _bundled_require_cjs__WEBPACK_IMPORTED_MODULE_0__.yaml());
}
const isAlias = (node) => yaml().isAlias(node);
const isCollection = (node) => yaml().isCollection(node);
const isMap = (node) => yaml().isMap(node);
const isScalar = (node) => yaml().isScalar(node);
const isSeq = (node) => yaml().isSeq(node);
/** Aliases are rare in flow files; a handful is plenty, and the cap stops "billion laughs". */
const MAX_ALIAS_COUNT = 50;
// One YAML semantics for every file: YAML 1.2 core schema, no `<<` merge keys (a `<<` key is
// then an unknown field, reported as such), no tags beyond the core ones.
const PARSE_OPTIONS = {
    version: '1.2',
    schema: 'core',
    // Keys are checked in one pass below; the parser's own check compares each key with every
    // other one, which takes minutes on a 1 MiB file of distinct keys.
    uniqueKeys: false,
    merge: false,
    // With these on, !!set, !!omap, !!binary and !!timestamp build a Set, Map, bytes or Date,
    // which are not JSON; off, they are unresolved tags and reported as such.
    resolveKnownTags: false,
    // Never write to the process's stderr: everything the parser finds becomes a diagnostic.
    logLevel: 'error',
    prettyErrors: false,
    strict: true,
};
// The parser's stack holds the document and one entry per open collection (plus a scalar being
// read). Well past MAX_NESTING the file is refused before composing, which recurses per level,
// and before the parser slows down with depth. nestingDepth below still gives the exact verdict.
const MAX_PARSER_STACK = _nesting_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING */ .M * 2;
const TOO_DEEP = `the file nests deeper than ${_nesting_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING */ .M} levels; a flow file needs fewer than 10`;
const TOO_DEEP_THROUGH_ALIASES = `the file nests deeper than ${_nesting_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING */ .M} levels once its aliases (*name) are expanded; does an alias point at a mapping or list that contains it?`;
/** Warnings of the yaml library that change what the data means: errors for a flow file. */
const MEANING_CHANGING = new Set(['TAG_RESOLVE_FAILED', 'BAD_COLLECTION_TYPE']);
function nodeStart(node, fallback) {
    const range = node?.range;
    return range ? range[0] : fallback;
}
/** Lexes and parses to the syntax tree, stopping early once the nesting is hopelessly deep. */
function parseTokens(text, lineCounter) {
    const parser = new (yaml().Parser)(lineCounter.addNewLine);
    lineCounter.addNewLine(0);
    const tokens = [];
    // Where the nesting first went past the limit: the place to show when the parse is cut short.
    let deepFrom;
    for (const lexeme of new (yaml().Lexer)().lex(text)) {
        const offset = parser.offset;
        for (const token of parser.next(lexeme))
            tokens.push(token);
        if (deepFrom === undefined && parser.stack.length > _nesting_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING */ .M + 1)
            deepFrom = offset;
        if (parser.stack.length > MAX_PARSER_STACK)
            return { tokens, tooDeepAt: deepFrom ?? offset };
    }
    for (const token of parser.end())
        tokens.push(token);
    return { tokens };
}
/** The first document, and where a second one starts (a flow file holds exactly one). */
function compose(tokens, length) {
    let doc;
    for (const next of new (yaml().Composer)(PARSE_OPTIONS).compose(tokens, true, length)) {
        if (doc)
            return { doc, secondAt: next.range[0] };
        doc = next;
    }
    // compose() with forceDoc always yields a document.
    return { doc: doc };
}
/** A map key as the JS object will hold it, or a problem when it cannot be a field name. */
function keyName(key, doc) {
    const node = isAlias(key) ? key.resolve(doc) : key;
    if (isCollection(node))
        return { problem: 'a key is a list or a mapping; expected a field name' };
    const value = isScalar(node) ? node.value : node;
    if (value === null || value === undefined || value === '')
        return { problem: 'a key is empty or null; expected a field name' };
    return { name: String(value) };
}
function syntaxMessage(error, text) {
    const source = text.slice(error.pos[0], error.pos[1]);
    if (error.code === 'TAG_RESOLVE_FAILED' && source.startsWith('!')) {
        return `YAML: the tag ${source} is not supported; flow files hold plain values (remove the tag)`;
    }
    return `YAML syntax error: ${error.message}`;
}
/**
 * Walks the document without recursion: duplicate keys (as the JS object would see them, so
 * `1` and `"1"` collide), keys that are not names, and nesting too deep to be a flow.
 */
function checkNodes(doc) {
    const problems = [];
    const stack = [[doc.contents, 1]];
    while (stack.length) {
        const [node, depth] = stack.pop();
        if (!isCollection(node))
            continue;
        if (depth > _nesting_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING */ .M)
            return [{ offset: nodeStart(node, 0), message: TOO_DEEP }];
        if (isSeq(node)) {
            for (const item of node.items)
                stack.push([item, depth + 1]);
            continue;
        }
        const seen = new Map();
        for (const pair of node.items) {
            const offset = nodeStart(pair.key, nodeStart(pair.value, 0));
            const key = keyName(pair.key, doc);
            const firstAt = 'name' in key ? seen.get(key.name) : undefined;
            if ('problem' in key)
                problems.push({ offset, message: `YAML: ${key.problem}` });
            // The message says where the first one is once positions are known (parseYaml).
            else if (firstAt !== undefined)
                problems.push({ offset, firstAt, message: `YAML: the key ${(0,_engine_json_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(key.name)} appears twice in one mapping; keys must be unique` });
            else
                seen.set(key.name, offset);
            stack.push([pair.value, depth + 1]);
        }
    }
    return problems.sort((a, b) => a.offset - b.offset);
}
/** Where the first alias (with that name, if given) is written: the place to point at. */
function aliasOffset(doc, name) {
    let offset = 0;
    // Recursive, but only run on documents already known to nest no deeper than MAX_NESTING.
    const { visit } = yaml();
    visit(doc, {
        Alias(_, node) {
            if (name !== undefined && node.source !== name)
                return undefined;
            offset = nodeStart(node, 0);
            return visit.BREAK;
        },
    });
    return offset;
}
/** Names what toJS refused, after the checks above: an alias without anchor, or too many. */
function aliasProblem(error, doc) {
    const message = error instanceof Error ? error.message : String(error);
    const unresolved = /^Unresolved alias.*: (.*)$/.exec(message)?.[1];
    if (unresolved !== undefined) {
        return { offset: aliasOffset(doc, unresolved), message: `YAML: the alias *${unresolved} has no anchor &${unresolved} before it` };
    }
    if (/alias count/i.test(message)) {
        return { offset: aliasOffset(doc), message: `YAML aliases (*name) expand too many times, as in a "billion laughs" attack; a flow file may expand at most ${MAX_ALIAS_COUNT}` };
    }
    return { offset: 0, message: `YAML could not be read: ${message}` };
}
/** Reads the document's value, or the problems that keep it from being a plain JSON-like value. */
function readDocument(text, lineCounter) {
    const { tokens, tooDeepAt } = parseTokens(text, lineCounter);
    if (tooDeepAt !== undefined)
        return { problems: [{ offset: tooDeepAt, message: TOO_DEEP }] };
    const { doc, secondAt } = compose(tokens, text.length);
    // The first syntax error is the one to fix; the ones after it are usually its echoes.
    const first = doc.errors[0];
    if (first)
        return { doc, problems: [{ offset: first.pos[0], message: syntaxMessage(first, text) }] };
    if (secondAt !== undefined) {
        return { doc, problems: [{ offset: secondAt, message: 'the file holds more than one YAML document (a line with --- starts another); expected one flow per file' }] };
    }
    const problems = doc.warnings.map((warning) => ({
        offset: warning.pos[0],
        message: MEANING_CHANGING.has(warning.code) ? syntaxMessage(warning, text) : `YAML: ${warning.message}`,
        severity: MEANING_CHANGING.has(warning.code) ? 'error' : 'warning',
    }));
    problems.push(...checkNodes(doc));
    if (problems.some((p) => p.severity !== 'warning'))
        return { doc, problems };
    try {
        const value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        if (value !== undefined && (0,_nesting_js__WEBPACK_IMPORTED_MODULE_1__/* .nestingDepth */ .Q)(value) > _nesting_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING */ .M) {
            return { doc, problems: [...problems, { offset: aliasOffset(doc), message: TOO_DEEP_THROUGH_ALIASES }] };
        }
        return { doc, value, problems };
    }
    catch (error) {
        return { doc, problems: [...problems, aliasProblem(error, doc)] };
    }
}
/** Parses a YAML flow file, keeping the document so positions can be found on demand. */
function parseYaml(text) {
    const lineCounter = new (yaml().LineCounter)();
    const position = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const read = readDocument(text, lineCounter);
    const doc = read.doc;
    const endOf = (offset) => position((0,_token_end_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenEnd */ .$)(text, offset));
    const problems = read.problems.map((p) => {
        const end = endOf(p.offset);
        const placed = { ...(0,_engine_diagnostic_js__WEBPACK_IMPORTED_MODULE_4__/* .diagnostic */ .YK)('', p.message, 'parse', p.severity ?? 'error'), ...position(p.offset), endLine: end.line, endColumn: end.column };
        if (p.firstAt === undefined)
            return placed;
        const first = position(p.firstAt);
        const firstEnd = endOf(p.firstAt);
        return {
            ...placed,
            message: p.message.replace(/; keys must be unique$/, ` (first at ${first.line}:${first.column}); keys must be unique`),
            related: [{ line: first.line, column: first.column, endLine: firstEnd.line, endColumn: firstEnd.column, message: 'first written here' }],
        };
    });
    const pairOf = (0,_walk_path_js__WEBPACK_IMPORTED_MODULE_5__/* .entriesByName */ .l)((map) => map.items, (pair) => {
        const key = doc ? keyName(pair.key, doc) : { problem: '' };
        return 'name' in key ? key.name : undefined;
    });
    // A field path as walk-path.ts says, through `yaml`'s document; an alias steps into what it
    // names.
    function find(path) {
        let node = doc?.contents;
        let located = { depth: 0, valueOffset: nodeStart(node, 0), kind: kindOf(node), throughList: false };
        let throughList = false;
        for (const segment of path) {
            if (isAlias(node) && doc)
                node = node.resolve(doc);
            let next;
            let keyOffset;
            if (isMap(node)) {
                const pair = pairOf(node, segment);
                if (!pair)
                    break;
                next = pair.value;
                keyOffset = nodeStart(pair.key, 0);
            }
            else if (isSeq(node)) {
                const index = Number(segment);
                if (!Number.isInteger(index) || index < 0 || index >= node.items.length)
                    break;
                throughList = true;
                next = node.items[index];
            }
            else
                break;
            const offset = next ? nodeStart(next, keyOffset ?? 0) : (keyOffset ?? 0);
            located = { depth: located.depth + 1, valueOffset: offset, keyOffset, kind: kindOf(next), throughList };
            node = next;
        }
        return located;
    }
    return { value: read.value, problems, find, position, endOf };
}
function kindOf(node) {
    if (isMap(node))
        return 'map';
    if (isSeq(node))
        return 'seq';
    return 'scalar';
}


/***/ }),

/***/ 54638:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ tokenEnd)
/* harmony export */ });
/**
 * Where the token written at `start` ends (exclusive), on its line: a quoted string at its
 * closing quote, a flow collection's bracket on its own, a plain scalar or key before a `: `,
 * a ` #` comment, a flow indicator or the line's end (trailing blanks left out). Never before
 * `start + 1`, so a range is never empty. What a finding's end position is made of.
 */
function tokenEnd(text, start) {
    const newline = text.indexOf('\n', start);
    const lineEnd = newline === -1 ? text.length : newline;
    if (start >= lineEnd)
        return start + 1;
    const first = text[start];
    if (first === '"' || first === "'") {
        for (let i = start + 1; i < lineEnd; i++) {
            if (first === '"' && text[i] === '\\')
                i++;
            else if (text[i] === first) {
                if (first === "'" && text[i + 1] === "'")
                    i++;
                else
                    return i + 1;
            }
        }
        return trimmed(text, start, lineEnd);
    }
    if (first === '[' || first === '{' || first === '|' || first === '>')
        return start + 1;
    let end = start;
    for (; end < lineEnd; end++) {
        const c = text[end];
        if (c === ',' || c === ']' || c === '}')
            break;
        if (c === ':' && (end + 1 >= lineEnd || /[\s,\]}]/.test(text[end + 1])))
            break;
        if (c === '#' && end > start && /\s/.test(text[end - 1]))
            break;
    }
    return trimmed(text, start, end);
}
function trimmed(text, start, end) {
    while (end > start + 1 && /\s/.test(text[end - 1]))
        end--;
    return Math.max(end, start + 1);
}


/***/ }),

/***/ 46872:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ entriesByName)
/* harmony export */ });
// What a field path means, for every reader. Four walks follow one: `find` in parse-yaml.ts and
// parse-json.ts through their parsers' trees, findPlaced in placed-node.ts through the fast
// YAML readers' nodes, and jsonLocator in json-locator.ts through JSON text read in place. Each
// places a field where the others do (test/parse/locators.test.ts and simple-yaml.test.ts
// compare them path by path):
//
// - From the root, a segment steps into a mapping by key, the first entry of a name winning
//   (entriesByName below, for the two parsers' trees), or into a list by index: a segment that
//   reads as a whole number of zero or more, as Number reads it (`Number.isInteger(index) &&
//   index >= 0`: "" and " 1" count, "1.5" and "-1" do not).
// - The walk stops where a step finds nothing, or at a scalar, and reports how far it got
//   (Located): the depth, where that value and its key are written, its kind, and whether a
//   list was passed on the way.
//
// Four loops, each spelling the index test out, not one walk over accessor functions: lookups
// are on the path of every finding, and one walk over accessors makes them 15–20% slower (the
// calls are not inlined), a shared index function about 8% slower on the fast readers' walk.
/**
 * Finds a mapping's entry by name, the first entry of a name winning. Each mapping is indexed
 * on first use, so one lookup per diagnostic stays cheap even in a file of thousands of keys.
 * `nameOf` gives an entry's name, or undefined for a key that is not one.
 */
function entriesByName(entriesOf, nameOf) {
    const indexes = new WeakMap();
    return (map, name) => {
        let index = indexes.get(map);
        if (!index) {
            index = new Map();
            for (const entry of entriesOf(map)) {
                const key = nameOf(entry);
                if (key !== undefined && !index.has(key))
                    index.set(key, entry);
            }
            indexes.set(map, index);
        }
        return index.get(name);
    };
}


/***/ })

};
