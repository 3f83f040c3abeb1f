export const id = 876;
export const ids = [876];
export const modules = {

/***/ 69828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ DURATION_PATTERN),
/* harmony export */   Rx: () => (/* binding */ DURATION_BOUNDS),
/* harmony export */   fU: () => (/* binding */ checkDuration),
/* harmony export */   om: () => (/* binding */ DURATION_EXPECTED),
/* harmony export */   uH: () => (/* binding */ formatDurationMs),
/* harmony export */   yi: () => (/* binding */ parseDurationMs)
/* harmony export */ });
/* unused harmony export MAX_TIMER_MS */
/**
 * Durations as written in configs, on the command line and in the action's inputs: `500ms`,
 * `5s`, `2m`, `1h`, or a bare number of seconds (`10` is ten seconds everywhere). One parser and
 * one set of bounds, so the CLI, the action and the config files accept and refuse the same
 * values, and no duration can overflow a timer (Node's timers hold at most 2^31 - 1 ms).
 */
/** Pattern of a duration string; also published in the JSON Schema. */
const DURATION_PATTERN = '^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?\\s*$';
/** What a duration should look like, for messages. */
const DURATION_EXPECTED = "a duration such as '500ms', '5s', '2m' or '1h' (a bare number means seconds)";
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };
/** Longest value any timer can wait, ms (Node clamps longer ones to 1 ms). */
const MAX_TIMER_MS = (/* unused pure expression or super */ null && (2 ** 31 - 1));
/** The bounds of each kind of duration. */
const DURATION_BOUNDS = {
    /** Measured window of a level: at least 100 ms (one interval needs time), at most a day. */
    measured: { minMs: 100, maxMs: 24 * 3_600_000 },
    /** Warm-up and cool-down: may be zero, at most a day. */
    phase: { minMs: 0, maxMs: 24 * 3_600_000 },
    /** Connect, request and health timeouts: at least 1 ms, at most an hour. */
    timeout: { minMs: 1, maxMs: 3_600_000 },
    /** Pause between health probes: 1 ms to a minute. */
    interval: { minMs: 1, maxMs: 60_000 },
};
/**
 * Milliseconds in a duration (`'5s'` → 5000, `'10'` or `10` → 10000), or `undefined` when the
 * input is not a duration. Fractions are allowed (`'1.5s'`); results are rounded to whole
 * milliseconds. Bounds are not checked here: see `checkDuration`.
 */
function parseDurationMs(input) {
    if (typeof input === 'number') {
        return Number.isFinite(input) && input >= 0 ? Math.round(input * 1_000) : undefined;
    }
    const match = new RegExp(DURATION_PATTERN).exec(input);
    if (!match)
        return undefined;
    const unitMs = UNIT_MS[match[2] ?? 's'];
    // Stryker disable next-line ConditionalExpression: equivalent, the pattern admits only the units of UNIT_MS
    if (unitMs === undefined)
        return undefined;
    const ms = Math.round(Number(match[1]) * unitMs);
    return Number.isFinite(ms) ? ms : undefined;
}
/** Parses `input` and checks it against the bounds of `kind`. */
function checkDuration(input, kind) {
    const bounds = DURATION_BOUNDS[kind];
    const range = `from ${formatDurationMs(bounds.minMs)} to ${formatDurationMs(bounds.maxMs)}`;
    const ms = parseDurationMs(input);
    if (ms === undefined) {
        return { ok: false, message: 'not a duration', expected: `${DURATION_EXPECTED}, ${range}` };
    }
    if (ms < bounds.minMs) {
        return {
            ok: false,
            message: bounds.minMs === 1 ? 'a duration of zero is not allowed here' : 'too short',
            expected: range,
        };
    }
    if (ms > bounds.maxMs)
        return { ok: false, message: 'too long', expected: range };
    return { ok: true, ms };
}
/** Shortest readable form of a duration in milliseconds (`5000` → `'5s'`), for messages. */
function formatDurationMs(durationMs) {
    if (durationMs >= 3_600_000 && durationMs % 3_600_000 === 0)
        return `${durationMs / 3_600_000}h`;
    if (durationMs >= 60_000 && durationMs % 60_000 === 0)
        return `${durationMs / 60_000}m`;
    if (durationMs >= 1_000 && durationMs % 1_000 === 0)
        return `${durationMs / 1_000}s`;
    return `${durationMs}ms`;
}
//# sourceMappingURL=duration.js.map

/***/ }),

/***/ 82107:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O0: () => (/* binding */ compileJsonCheck),
/* harmony export */   Yu: () => (/* binding */ parseJsonCheck),
/* harmony export */   tA: () => (/* binding */ JSON_CHECK_EXPECTED)
/* harmony export */ });
/* unused harmony export parseFilter */
/* harmony import */ var jsonpath_plus__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96229);
/**
 * JSON-path predicates on response bodies: `<JSONPath> <op> <literal>` or `<JSONPath> exists`.
 * Parsed once at config time; compiled into a function the engine calls per response. Simple
 * paths (`$.a.b[0]`) are walked directly because this runs on the hot path; filters, wildcards
 * and recursive descent fall back to jsonpath-plus.
 *
 * Filters are restricted to a safe subset, checked when the config is read (so `bench
 * validate` refuses the rest) and evaluated by this module, never by jsonpath-plus's script
 * engine: `@` paths (`@.a.b`, `@['a b']`, `@[0]`, `.length`), literals (numbers, quoted
 * strings, true, false, null), comparisons (`==`, `!=`, `===`, `!==`, `<`, `<=`, `>`, `>=`),
 * `&&`, `||`, `!` and parentheses. A missing key is `undefined` rather than an error, so a
 * filter cannot throw on an unexpected body; method calls (`.match(…)`), regular expressions,
 * arithmetic and script expressions (`[(@.length-1)]`) are refused.
 */

/** What a JSON check should look like, for messages. */
const JSON_CHECK_EXPECTED = "'<JSONPath> <op> <literal>' or '<JSONPath> exists', e.g. '$.success == true'";
const OPERATORS = ['==', '!=', '<=', '>=', '<', '>'];
/** Parses a predicate such as `$.success == true`; returns `{ error }` when it is not one. */
function parseJsonCheck(source) {
    const text = source.trim();
    if (!text.startsWith('$'))
        return { error: 'a JSON check must start with a JSONPath such as $.success' };
    const opAt = findOperator(text);
    if (opAt === undefined) {
        const exists = /^(.*\S)\s+exists$/.exec(text);
        if (exists?.[1]) {
            const pathError = checkPath(exists[1]);
            if (pathError)
                return { error: pathError };
            return { source, path: exists[1], operator: 'exists' };
        }
        return { error: 'no operator: use ==, !=, <, <=, >, >= followed by a literal, or exists' };
    }
    const path = text.slice(0, opAt.index).trim();
    const pathError = checkPath(path);
    if (pathError)
        return { error: pathError };
    const literalText = text.slice(opAt.index + opAt.operator.length).trim();
    if (literalText === '')
        return { error: `nothing after ${opAt.operator}: give a literal such as true, 0 or 'text'` };
    const literal = parseLiteral(literalText);
    if (literal === undefined) {
        return {
            error: `${shorten(literalText)} is not a literal: use true, false, null, a number or a quoted string`,
        };
    }
    if ((opAt.operator === '<' ||
        opAt.operator === '<=' ||
        opAt.operator === '>' ||
        opAt.operator === '>=') &&
        typeof literal.value !== 'number') {
        return { error: `${opAt.operator} compares numbers: give a number after it` };
    }
    return { source, path, operator: opAt.operator, value: literal.value };
}
/**
 * A function deciding whether a parsed JSON body satisfies the check. With several matches
 * (wildcards, filters) every matched value must satisfy it, and there must be at least one.
 * Filters in the safe subset cannot throw; anything else jsonpath-plus might throw on is for
 * the caller to count as a failed check.
 */
function compileJsonCheck(plan) {
    const segments = simpleSegments(plan.path);
    const select = segments
        ? (body) => {
            const value = walk(body, segments);
            return value === undefined ? [] : [value];
        }
        : compileGeneralPath(plan.path);
    const test = comparator(plan.operator, plan.value);
    return (body) => {
        const values = select(body);
        if (values.length === 0)
            return false;
        for (const value of values)
            if (!test(value))
                return false;
        return true;
    };
}
function comparator(operator, expected) {
    switch (operator) {
        case 'exists':
            return () => true;
        case '==':
            return (value) => value === expected;
        case '!=':
            return (value) => value !== expected;
        case '<':
            return (value) => typeof value === 'number' && value < expected;
        case '<=':
            return (value) => typeof value === 'number' && value <= expected;
        case '>':
            return (value) => typeof value === 'number' && value > expected;
        case '>=':
            return (value) => typeof value === 'number' && value >= expected;
    }
}
/** Finds the first comparison operator outside brackets, parentheses and quotes. */
function findOperator(text) {
    let depth = 0;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote) {
            if (ch === '\\')
                i++;
            else if (ch === quote)
                quote = undefined;
            continue;
        }
        if (ch === "'" || ch === '"')
            quote = ch;
        else if (ch === '[' || ch === '(')
            depth++;
        else if (ch === ']' || ch === ')')
            depth--;
        else if (depth === 0 && (ch === '=' || ch === '!' || ch === '<' || ch === '>')) {
            const operator = OPERATORS.find((op) => text.startsWith(op, i));
            if (operator)
                return { index: i, operator };
            return undefined;
        }
    }
    return undefined;
}
function checkPath(path) {
    if (!path.startsWith('$'))
        return 'a JSON check must start with a JSONPath such as $.success';
    if (hasSpaceOutsideBrackets(path))
        return `${shorten(path)} is not a JSONPath (spaces outside brackets)`;
    let segments;
    try {
        segments = jsonpath_plus__WEBPACK_IMPORTED_MODULE_0__/* .JSONPath */ .E.toPathArray(path);
    }
    catch (error) {
        return `${shorten(path)} is not a JSONPath: ${error.message}`;
    }
    if (segments.length === 0 || segments[0] !== '$')
        return `${shorten(path)} is not a JSONPath`;
    if (segments.some((s) => s === ''))
        return `${shorten(path)} has an empty segment`;
    for (const segment of segments) {
        if (segment.startsWith('?(') && segment.endsWith(')')) {
            const parsed = parseFilter(segment.slice(2, -1));
            if ('error' in parsed)
                return `filter [${shorten(segment)}]: ${parsed.error}`;
        }
        else if (segment.startsWith('?')) {
            return `filter [${shorten(segment)}]: a filter must be written [?(…)]`;
        }
        else if (segment.startsWith('(')) {
            return `script expressions such as [${shorten(segment)}] are not supported: use an index, a slice such as [-1:] or a filter`;
        }
    }
    return undefined;
}
/** True when whitespace appears outside brackets (and outside quotes inside them). */
function hasSpaceOutsideBrackets(path) {
    let depth = 0;
    let quote;
    for (let i = 0; i < path.length; i++) {
        const ch = path[i];
        if (quote) {
            if (ch === '\\')
                i++;
            else if (ch === quote)
                quote = undefined;
        }
        else if (depth > 0 && (ch === "'" || ch === '"'))
            quote = ch;
        else if (ch === '[')
            depth++;
        else if (ch === ']')
            depth = Math.max(0, depth - 1);
        else if (depth === 0 && /\s/.test(ch))
            return true;
    }
    return false;
}
/** Path evaluation through jsonpath-plus, with filters evaluated by `compileFilter`. */
function compileGeneralPath(path) {
    // jsonpath-plus hands a filter to `eval` as rewritten script text (`@.` becomes `_$_v.`);
    // map that text back to the filter as written, compiled once.
    const filters = new Map();
    for (const segment of jsonpath_plus__WEBPACK_IMPORTED_MODULE_0__/* .JSONPath */ .E.toPathArray(path)) {
        if (!segment.startsWith('?(') || !segment.endsWith(')'))
            continue;
        const source = segment.slice(2, -1);
        const parsed = parseFilter(source);
        if (!('error' in parsed))
            filters.set(rewriteLikeJsonPathPlus(source), parsed);
    }
    const evaluate = (script, context) => {
        let filter = filters.get(script);
        if (filter === undefined) {
            // Not seen at compile time (an unexpected rewrite): parse the script text itself.
            const parsed = parseFilter(script);
            if ('error' in parsed)
                throw new Error(`unsupported filter ${script}: ${parsed.error}`);
            filter = parsed;
            filters.set(script, filter);
        }
        return truthy(filter(context._$_v));
    };
    return (body) => {
        if (body === null || typeof body !== 'object')
            return [];
        return (0,jsonpath_plus__WEBPACK_IMPORTED_MODULE_0__/* .JSONPath */ .E)({ path, json: body, wrap: true, eval: evaluate });
    };
}
/** The text jsonpath-plus passes to `eval` for a filter (its own substitutions, in its order). */
function rewriteLikeJsonPathPlus(code) {
    let script = code
        .replaceAll('@parentProperty', '_$_parentProperty')
        .replaceAll('@parent', '_$_parent')
        .replaceAll('@property', '_$_property')
        .replaceAll('@root', '_$_root')
        .replaceAll(/@([.\s)[])/gu, '_$_v$1');
    if (code.includes('@path'))
        script = script.replaceAll('@path', '_$_path');
    return script;
}
const FILTER_OPERATORS = [
    '===',
    '!==',
    '==',
    '!=',
    '<=',
    '>=',
    '&&',
    '||',
    '<',
    '>',
    '!',
    '(',
    ')',
    '.',
    '[',
    ']',
];
/** Splits a filter expression into tokens, or says what is not allowed in it. */
function tokenizeFilter(text) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        if (/\s/.test(ch)) {
            i++;
            continue;
        }
        if (text.startsWith('_$_v', i)) {
            tokens.push({ kind: 'current' });
            i += 4;
            continue;
        }
        if (ch === '@') {
            const next = text[i + 1];
            if (next !== undefined && /[A-Za-z_$]/.test(next)) {
                return {
                    error: `@${/^[A-Za-z_$][\w$]*/.exec(text.slice(i + 1))?.[0] ?? ''} is not supported: start paths with @. or @[`,
                };
            }
            tokens.push({ kind: 'current' });
            i++;
            continue;
        }
        if (ch === "'" || ch === '"') {
            let j = i + 1;
            let value = '';
            while (j < text.length && text[j] !== ch) {
                if (text[j] === '\\' && j + 1 < text.length) {
                    value += text[j + 1];
                    j += 2;
                }
                else {
                    value += text[j];
                    j++;
                }
            }
            if (j >= text.length)
                return { error: 'a string is not closed' };
            tokens.push({ kind: 'literal', value });
            i = j + 1;
            continue;
        }
        const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
        if (number && (ch !== '-' || !isOperand(tokens[tokens.length - 1]))) {
            tokens.push({ kind: 'literal', value: Number(number[0]) });
            i += number[0].length;
            continue;
        }
        const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i));
        if (word) {
            const w = word[0];
            if (w === 'true' || w === 'false')
                tokens.push({ kind: 'literal', value: w === 'true' });
            else if (w === 'null')
                tokens.push({ kind: 'literal', value: null });
            else
                tokens.push({ kind: 'name', text: w });
            i += w.length;
            continue;
        }
        const op = FILTER_OPERATORS.find((o) => text.startsWith(o, i));
        if (op === undefined) {
            const what = ch === '/' ? 'regular expressions' : `${JSON.stringify(ch)}`;
            return { error: `${what} ${ch === '/' ? 'are' : 'is'} not supported in a filter` };
        }
        const last = tokens[tokens.length - 1];
        if (op === '(' && last?.kind === 'name') {
            return { error: `method and function calls such as ${last.text}(…) are not supported` };
        }
        tokens.push({ kind: 'op', text: op });
        i += op.length;
    }
    return tokens;
}
function isOperand(token) {
    return (token !== undefined &&
        (token.kind === 'literal' ||
            token.kind === 'current' ||
            token.kind === 'name' ||
            (token.kind === 'op' && (token.text === ')' || token.text === ']'))));
}
/**
 * Parses a filter expression of the safe subset (see the module comment) into a function of
 * the current node, or says why it is outside the subset.
 */
function parseFilter(text) {
    const tokens = tokenizeFilter(text);
    if ('error' in tokens)
        return tokens;
    let at = 0;
    const peek = () => tokens[at];
    const isOp = (t, op) => t?.kind === 'op' && t.text === op;
    class FilterSyntax extends Error {
    }
    const parseOr = () => {
        let left = parseAnd();
        while (isOp(peek(), '||')) {
            at++;
            const a = left;
            const b = parseAnd();
            left = (v) => truthy(a(v)) || truthy(b(v));
        }
        return left;
    };
    const parseAnd = () => {
        let left = parseUnary();
        while (isOp(peek(), '&&')) {
            at++;
            const a = left;
            const b = parseUnary();
            left = (v) => truthy(a(v)) && truthy(b(v));
        }
        return left;
    };
    const parseUnary = () => {
        if (isOp(peek(), '!')) {
            at++;
            const inner = parseUnary();
            return (v) => !truthy(inner(v));
        }
        if (isOp(peek(), '(')) {
            at++;
            const inner = parseOr();
            if (!isOp(peek(), ')'))
                throw new FilterSyntax('a parenthesis is not closed');
            at++;
            return inner;
        }
        return parseComparison();
    };
    const parseComparison = () => {
        const left = parseOperand();
        const t = peek();
        if (t?.kind === 'op' && ['===', '!==', '==', '!=', '<=', '>=', '<', '>'].includes(t.text)) {
            at++;
            const right = parseOperand();
            return compare(t.text, left, right);
        }
        return left;
    };
    const parseOperand = () => {
        const t = peek();
        if (t?.kind === 'literal') {
            at++;
            const value = t.value;
            return () => value;
        }
        if (t?.kind === 'current') {
            at++;
            const keys = [];
            for (;;) {
                const next = peek();
                if (isOp(next, '.')) {
                    const name = tokens[at + 1];
                    if (name?.kind !== 'name')
                        throw new FilterSyntax('a name must follow "."');
                    keys.push(name.text);
                    at += 2;
                }
                else if (isOp(next, '[')) {
                    const key = tokens[at + 1];
                    if (key?.kind !== 'literal' ||
                        !(typeof key.value === 'string' ||
                            (typeof key.value === 'number' && Number.isInteger(key.value))) ||
                        !isOp(tokens[at + 2], ']')) {
                        throw new FilterSyntax("only a quoted name or a whole number may go in brackets, e.g. @['a b'] or @[0]");
                    }
                    keys.push(key.value);
                    at += 3;
                }
                else
                    break;
            }
            return (v) => walkLoose(v, keys);
        }
        if (t === undefined)
            throw new FilterSyntax('the expression ends too early');
        if (t.kind === 'name') {
            throw new FilterSyntax(`${t.text} is not supported: use @ paths, literals and comparisons`);
        }
        throw new FilterSyntax(`unexpected ${t.kind === 'op' ? t.text : 'token'}`);
    };
    try {
        if (tokens.length === 0)
            return { error: 'the filter is empty' };
        const filter = parseOr();
        const rest = peek();
        if (rest !== undefined) {
            const what = rest.kind === 'op' ? rest.text : rest.kind === 'name' ? rest.text : 'a value';
            return { error: `unexpected ${what}${isOp(rest, '(') ? ': calls are not supported' : ''}` };
        }
        return filter;
    }
    catch (error) {
        if (error instanceof FilterSyntax)
            return { error: error.message };
        throw error;
    }
}
/** A comparison of two operands; ordering compares two numbers or two strings, else false. */
function compare(op, left, right) {
    switch (op) {
        case '==':
        case '===':
            return (v) => left(v) === right(v);
        case '!=':
        case '!==':
            return (v) => left(v) !== right(v);
        default:
            return (v) => {
                const a = left(v);
                const b = right(v);
                if (!((typeof a === 'number' && typeof b === 'number') ||
                    (typeof a === 'string' && typeof b === 'string'))) {
                    return false;
                }
                switch (op) {
                    case '<':
                        return a < b;
                    case '<=':
                        return a <= b;
                    case '>':
                        return a > b;
                    default:
                        return a >= b;
                }
            };
    }
}
/** Walks keys from a value; anything missing is undefined (never an error). */
function walkLoose(value, keys) {
    let v = value;
    for (const key of keys) {
        if (v === null || v === undefined)
            return undefined;
        if (key === 'length' && (typeof v === 'string' || Array.isArray(v))) {
            v = v.length;
            continue;
        }
        if (typeof v !== 'object')
            return undefined;
        if (Array.isArray(v)) {
            if (typeof key !== 'number')
                return undefined;
            v = v[key];
        }
        else {
            if (!Object.hasOwn(v, key))
                return undefined;
            v = v[String(key)];
        }
    }
    return v;
}
/** JavaScript truthiness, as a filter's bare operand or `!` sees it. */
function truthy(value) {
    return Boolean(value);
}
/** Path segments when the path only names keys and indexes; `undefined` when it needs jsonpath-plus. */
function simpleSegments(path) {
    const raw = jsonpath_plus__WEBPACK_IMPORTED_MODULE_0__/* .JSONPath */ .E.toPathArray(path);
    const quoted = quotedSegments(path);
    const segments = [];
    for (let i = 1; i < raw.length; i++) {
        const segment = raw[i] ?? '';
        // `[0]` is an index (arrays only); `['0']` names a key, as JSONPath (RFC 9535) reads them.
        // jsonpath-plus turns both into the same "0", so the quotes are read from the text.
        if (/^\d+$/.test(segment) && quoted?.[i - 1] !== true)
            segments.push(Number(segment));
        else if (segment === '*' ||
            segment === '..' ||
            /^[?(@^~$]/.test(segment) ||
            /[:,]/.test(segment))
            return undefined;
        else
            segments.push(segment);
    }
    return segments;
}
/**
 * For each segment after `$`, whether the path wrote it as a quoted name (`['0']`, `["0"]`);
 * `undefined` for a path this scan does not follow (which then keeps jsonpath-plus's reading).
 */
function quotedSegments(path) {
    const quoted = [];
    let i = 1;
    while (i < path.length) {
        const ch = path[i];
        if (ch === '.') {
            if (path[i + 1] === '.')
                return undefined;
            i++;
            while (i < path.length && path[i] !== '.' && path[i] !== '[')
                i++;
            quoted.push(false);
        }
        else if (ch === '[') {
            i++;
            const quote = path[i];
            if (quote === "'" || quote === '"') {
                i++;
                while (i < path.length && path[i] !== quote)
                    i += path[i] === '\\' ? 2 : 1;
                i++;
                if (path[i] !== ']')
                    return undefined;
                quoted.push(true);
            }
            else {
                while (i < path.length && path[i] !== ']')
                    i++;
                quoted.push(false);
            }
            i++;
        }
        else
            return undefined;
    }
    return quoted;
}
function walk(body, segments) {
    let value = body;
    for (const segment of segments) {
        if (value === null || typeof value !== 'object')
            return undefined;
        if (typeof segment === 'number') {
            if (!Array.isArray(value))
                return undefined;
            value = value[segment];
        }
        else {
            if (Array.isArray(value) || !Object.hasOwn(value, segment))
                return undefined;
            value = value[segment];
        }
    }
    return value;
}
function parseLiteral(text) {
    if (text === 'true')
        return { value: true };
    if (text === 'false')
        return { value: false };
    if (text === 'null')
        return { value: null };
    if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(text))
        return { value: Number(text) };
    if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
        try {
            const value = JSON.parse(text);
            return typeof value === 'string' ? { value } : undefined;
        }
        catch {
            return undefined;
        }
    }
    if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) {
        const inner = text.slice(1, -1);
        if (/(^|[^\\])'/.test(inner))
            return undefined;
        return { value: inner.replace(/\\(['\\])/g, '$1') };
    }
    return undefined;
}
function shorten(text) {
    return text.length > 30 ? `${text.slice(0, 29)}…` : text;
}
//# sourceMappingURL=json-check.js.map

/***/ }),

/***/ 54259:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $c: () => (/* binding */ HEADER_NAME_PATTERN),
/* harmony export */   A0: () => (/* binding */ DEFAULT_AB_MODE),
/* harmony export */   A6: () => (/* binding */ splitSaying),
/* harmony export */   F_: () => (/* binding */ REQUEST_PATH_PATTERN),
/* harmony export */   Jq: () => (/* binding */ CommandScenarioFileSchema),
/* harmony export */   KG: () => (/* binding */ BenchConfigSchema),
/* harmony export */   KW: () => (/* binding */ MAX_RATE_RPS),
/* harmony export */   Rx: () => (/* binding */ HEADER_VALUE_PATTERN),
/* harmony export */   ZA: () => (/* binding */ ProductFileSchema),
/* harmony export */   ar: () => (/* binding */ ScenarioFileSchema),
/* harmony export */   hX: () => (/* binding */ DEFAULT_MIN_ROUNDS),
/* harmony export */   l6: () => (/* binding */ DEFAULT_MAX_ROUNDS),
/* harmony export */   tS: () => (/* binding */ DEFAULT_MAX_CHECK_BODY_BYTES),
/* harmony export */   td: () => (/* binding */ PayloadsConfigSchema),
/* harmony export */   tp: () => (/* binding */ MAX_CONNECTIONS),
/* harmony export */   y8: () => (/* binding */ HTTP_METHODS)
/* harmony export */ });
/* unused harmony exports say, MAX_PIPELINING, MAX_WORKERS, HEADER_VALUE_EXPECTED, REQUEST_PATH_EXPECTED, MAX_CHECK_BODY_BYTES, EnvValueSchema, HealthConfigSchema, CommandConfigSchema, TargetConfigSchema, PayloadFileConfigSchema, ChecksConfigSchema, MAX_SETUP_REQUESTS, SetupRequestConfigSchema, SetupConfigSchema, TeardownConfigSchema, INGEST_FORMATS, InlineCommandScenarioConfigSchema, InlineScenarioConfigSchema, ClosedLoadConfigSchema, OpenLoadConfigSchema, LoadConfigSchema, MAX_COMPARE_ROUNDS, DEFAULT_COMPARE_THRESHOLD, AB_MODES, CompareConfigSchema, ThresholdConfigSchema, CloudConfigSchema, ImageConfigSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38816);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69828);
/* harmony import */ var _report_comparison_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25561);
/* harmony import */ var _value_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33961);
/* harmony import */ var _pricing_prices_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41401);
/* harmony import */ var _stats_slo_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91051);
/**
 * The config file format (v1), the product file (`products/<name>/product.yml`) and the product
 * scenario files (`products/<name>/scenarios/*.yml`). One zod definition gives the TypeScript
 * types, the validation and the published JSON Schema (`schemas/config.schema.json`). Objects are
 * strict: an unknown key is an error, so a typo never silently falls back to a default.
 */






const SAYING_SEPARATOR = '\u001f';
/** A schema error message that also says what was expected (split by `splitSaying`). */
function say(message, expected) {
    return `${message}${SAYING_SEPARATOR}${expected}`;
}
/** The message and expectation packed by `say`, or the message alone. */
function splitSaying(text) {
    const at = text.indexOf(SAYING_SEPARATOR);
    if (at < 0)
        return { message: text };
    return { message: text.slice(0, at), expected: text.slice(at + 1) };
}
/** Largest connection count a closed level may ask for. */
const MAX_CONNECTIONS = 100_000;
/** Largest arrival rate an open level may ask for, req/s. */
const MAX_RATE_RPS = 1_000_000;
/** Largest HTTP/1.1 pipelining depth. */
const MAX_PIPELINING = 1_024;
/** Largest number of worker threads. */
const MAX_WORKERS = 64;
/** Largest number of load agents (load VMs), from the value rules. */

/** HTTP methods a scenario may use. */
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
/** A header name: an RFC 9110 token. */
const HEADER_NAME_PATTERN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/**
 * A header value: visible ASCII, spaces, tabs and Latin-1 (obs-text). No CR, LF, NUL or other
 * control character, which would end the header on the wire and start another (request
 * smuggling), and nothing above U+00FF, which the Latin-1 request writer would turn into other
 * bytes (U+010A becomes LF).
 */
const HEADER_VALUE_PATTERN = /^[\t\x20-\x7e\x80-\xff]*$/;
/** A request path and query: `/` then visible ASCII only (no space, control or non-ASCII character). */
const REQUEST_PATH_PATTERN = /^\/[\x21-\x7e]*$/;
/** What a header value may hold, for messages. */
const HEADER_VALUE_EXPECTED = 'text on one line: no CR, LF, NUL or other control character';
/** What a request path may hold, for messages. */
const REQUEST_PATH_EXPECTED = 'a path such as /api/transform, visible ASCII only (percent-encode spaces and other characters)';
/** Default of `load.maxCheckBodyBytes`: the most of a response body a check reads, 1 MiB. */
const DEFAULT_MAX_CHECK_BODY_BYTES = 1024 * 1024;
/** Largest `load.maxCheckBodyBytes`, 256 MiB. */
const MAX_CHECK_BODY_BYTES = 256 * 1024 * 1024;
const requestPathSchema = (what) => zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
    .startsWith('/', { error: say('must start with /', 'a path such as /health'), abort: true })
    .regex(REQUEST_PATH_PATTERN, {
    error: say('contains a space, a control character (CR, LF, NUL…) or a non-ASCII character, which cannot be sent as is', REQUEST_PATH_EXPECTED),
})
    .describe(what);
const durationSchema = (what, kind) => {
    const { minMs, maxMs } = _duration_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_BOUNDS */ .Rx[kind];
    return zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
            .regex(new RegExp(_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_PATTERN */ .Cq), { error: say('not a duration', _duration_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_EXPECTED */ .om) }),
        zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nonnegative({ error: say('a duration cannot be negative', _duration_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_EXPECTED */ .om) }),
    ])
        .superRefine((value, ctx) => {
        // A value that is no duration at all was reported by the union already.
        if ((0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDurationMs */ .yi)(value) === undefined)
            return;
        const checked = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDuration */ .fU)(value, kind);
        if (!checked.ok)
            ctx.addIssue({ code: 'custom', message: say(checked.message, checked.expected) });
    })
        .describe(`${what}. A duration: '500ms', '5s', '2m', '1h', or a number of seconds; from ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDurationMs */ .uH)(minMs)} to ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDurationMs */ .uH)(maxMs)}`);
};
const NAME_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const nameSchema = (what) => zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
    .regex(NAME_PATTERN, {
    error: say('not a valid name', 'lower-case letters, digits and hyphens, e.g. mt-to-mx'),
})
    .max(64)
    .describe(what);
/** An environment value: text, or text with a visibility (values are hidden by default). */
const EnvValueSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
        value: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().describe('The value'),
        public: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY()
            .default(false)
            .describe('true: the value may appear in reports and logs (default false: ***)'),
    })
        .describe('A value with a visibility, e.g. {value: error, public: true}'),
]);
const envSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .valueRules */ .Ni.envName.pattern), EnvValueSchema)
    .describe('Environment variables (string values; quote numbers). Reports and logs show every value as *** unless written {value: …, public: true}; {{port}} stands for the port');
const portSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().min(1).max(65_535);
/** The port a started process listens on: a number, or `auto` for a free one picked at start. */
const commandPortSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([portSchema, zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz('auto')]);
/** Health probe settings: GET `path` until a 2xx answer or `timeout`. */
const HealthConfigSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    path: requestPathSchema('Path requested with GET; any 2xx answer means healthy').default('/health'),
    timeout: durationSchema('Give up when the target is not healthy after this long', 'timeout').default('30s'),
    interval: durationSchema('Pause between two health requests', 'interval').default('200ms'),
})
    .describe('Health probe: GET path until a 2xx answer or timeout');
/** A local process to start: program and arguments, run without a shell. */
const CommandConfigSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    run: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1))
        .min(1, {
        error: say('the command is empty', 'the program and its arguments, e.g. [node, server.js]'),
    })
        .describe('Program and arguments, run without a shell, e.g. [node, server.js]'),
    cwd: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .default('.')
        .describe('Working directory, relative to the file that names the command'),
    env: envSchema.default({}),
    port: commandPortSchema
        .optional()
        .describe("Port the process listens on, on 127.0.0.1 (pass it to the process in env); 'auto' picks a free port at start, given to the process where env values or run arguments say {{port}}"),
})
    .describe('A local process the run starts, waits for, samples and stops');
/** Where the load goes: exactly one of `product`, `url`, `command`. */
const TargetConfigSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    product: nameSchema('A product under products/<name>/product.yml').optional(),
    url: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .describe('An endpoint that already runs, http:// or https://, e.g. http://127.0.0.1:8080')
        .optional(),
    command: CommandConfigSchema.optional(),
    health: HealthConfigSchema.optional().describe('Health probe; overrides the product default. For url targets, asked only when given'),
    port: commandPortSchema
        .optional()
        .describe("Product targets only: listen on this port instead of the product's (pass it in env too); 'auto' picks a free one for a product that runs as a command"),
    env: envSchema
        .optional()
        .describe("Product targets only: environment merged over the product's env"),
})
    .describe('Where the load goes: exactly one of product, url, command');
/** One payload file, optionally weighted. */
const PayloadFileConfigSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).describe('Path of a payload file, relative to the file that names it'),
    zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
        path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
            .min(1)
            .describe('Path of a payload file, relative to the file that names it'),
        weight: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
            .positive({ error: say('a weight must be positive', 'a number > 0') })
            .max(1_000_000)
            .optional()
            .describe('Relative weight (weighted order); default 1'),
    })
        .describe('A payload file with a weight'),
]);
/** The request bodies of a scenario: a directory or a list of files. */
const PayloadsConfigSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    dir: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('Directory whose files (sorted by name, dot files skipped) are the payloads'),
    files: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(PayloadFileConfigSchema)
        .min(1)
        .optional()
        .describe('Payload files, each a path or {path, weight}'),
    order: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['round-robin', 'weighted'])
        .optional()
        .describe('round-robin (default), or weighted (default when any weight is given)'),
})
    .describe('Request bodies: dir or files (exactly one)');
/** What makes a response a success; all must hold. */
const ChecksConfigSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    status: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().min(100).max(599))
        .min(1)
        .default([200])
        .describe('Accepted status codes (default [200])'),
    json: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1))
        .default([])
        .describe("JSON-path predicates on the body: '<path> <op> <literal>' or '<path> exists'"),
    bodyContains: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1))
        .default([])
        .describe('Substrings the body must contain'),
})
    .describe('What makes a response a success; all must hold');
/** Fields of a scenario, shared by inline scenarios and product scenario files. */
const scenarioFields = {
    description: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional().describe('What the scenario exercises'),
    method: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(HTTP_METHODS, { error: say('not an HTTP method', HTTP_METHODS.join(' | ')) })
        .default('GET')
        .describe('HTTP method'),
    path: requestPathSchema('Path and query, starting with /'),
    headers: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(HEADER_NAME_PATTERN, {
        error: say('not a header name', "letters, digits and !#$%&'*+.^_`|~-"),
    }), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(HEADER_VALUE_PATTERN, {
        error: say('contains CR, LF, NUL or another control character (or a character above U+00FF), which would be written raw on the wire', HEADER_VALUE_EXPECTED),
    }))
        .default({})
        .describe('Request headers (values on one line: no CR, LF or NUL)'),
    body: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
        template: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
            .describe('Body text; {{payload}} is replaced by the payload as is, {{payload|json}} by the payload as a JSON string literal'),
    })
        .optional()
        .describe('Body template applied to each payload'),
    payloads: PayloadsConfigSchema.optional(),
    checks: ChecksConfigSchema.default({ status: [200], json: [], bodyContains: [] }),
};
/** Most setup (or teardown) requests one product or config may declare. */
const MAX_SETUP_REQUESTS = 100;
/**
 * One request run once before the levels (setup: register a workflow, a channel) or after them
 * (teardown), with its own checks. Same method, path, header and check rules as a scenario; the
 * body is one file (inside the repository, size-capped like payloads) or inline text.
 */
const SetupRequestConfigSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .min(1)
        .max(80)
        .regex(/^[ -~]+$/, {
        error: say('not a valid step name', 'visible ASCII text on one line, e.g. register workflow'),
    })
        .optional()
        .describe('What the step does, for reports and errors; default: method and path'),
    method: scenarioFields.method,
    path: scenarioFields.path,
    headers: scenarioFields.headers,
    body: zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
            file: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
                .min(1)
                .describe('Path of the body file, relative to the file that declares the step; read like a payload (inside the repository, size-capped)'),
        })
            .describe('The body from a file'),
        zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({ text: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().describe('The body as written') })
            .describe('An inline body'),
    ])
        .optional()
        .describe('Request body: {file: …} or {text: …}; none by default'),
    checks: ChecksConfigSchema.default({ status: [200], json: [], bodyContains: [] }).describe('What makes the step a success (default: status 200); a failed step stops the run'),
})
    .describe('A setup or teardown request');
const setupListSchema = (what) => zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(SetupRequestConfigSchema)
    .max(MAX_SETUP_REQUESTS, {
    error: say('too many requests', `at most ${MAX_SETUP_REQUESTS}`),
})
    .optional()
    .describe(what);
/** Setup requests of a product or config: run once, in order, before the first level. */
const SetupConfigSchema = setupListSchema('Requests run once, in order, after the target is healthy and before the first level (e.g. register workflows and channels); a failed check stops the run');
/** Teardown requests of a product or config: run once, in order, after the last level. */
const TeardownConfigSchema = setupListSchema('Requests run once, in order, after the last level (when setup succeeded); a failure is reported, not fatal');
/** Formats a command benchmark's results can be ingested from (docs/command-benchmarks.md). */
const INGEST_FORMATS = ['criterion', 'dataflow', 'generic'];
/**
 * Fields of a command scenario: a pinned benchmark command (no shell) and what to ingest from
 * it. Locally the command runs on this machine; a cloud run would run it in the product's image.
 */
const commandScenarioFields = {
    description: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional().describe('What the benchmark measures'),
    kind: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz('command').describe('command: run a benchmark command and ingest its results'),
    run: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1))
        .min(1, {
        error: say('the command is empty', 'the program and its arguments, e.g. [cargo, bench]'),
    })
        .describe('Program and arguments, run without a shell, e.g. [cargo, bench, --bench, swift]'),
    cwd: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .default('.')
        .describe('Working directory, relative to the file that declares the scenario'),
    env: envSchema.default({}),
    timeout: durationSchema('Stop the command when it runs longer than this', 'timeout').default('10m'),
    ingest: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
        format: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(INGEST_FORMATS, { error: say('unknown format', INGEST_FORMATS.join(' | ')) })
            .describe("criterion: a criterion folder; dataflow: DataFlow's benchmark_results.json; generic: the documented JSON shape"),
        path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
            .min(1)
            .describe('The results folder or file, relative to cwd (e.g. target/criterion)'),
        version: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
            .min(1)
            .optional()
            .describe('dataflow only: the version whose entries to read; default the newest'),
    })
        .describe('What the command writes and where'),
};
/** A command benchmark inline in a config. */
const InlineCommandScenarioConfigSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    name: nameSchema('Scenario name, unique in the config'),
    ...commandScenarioFields,
})
    .describe('An inline command scenario (kind: command)');
/** A command benchmark in a product (`products/<name>/scenarios/<scenario>.yml`). */
const CommandScenarioFileSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    name: nameSchema('Scenario name; default: the file name without extension').optional(),
    ...commandScenarioFields,
})
    .describe('A product command scenario (kind: command)');
/** An inline scenario in a config file. */
const InlineScenarioConfigSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    name: nameSchema('Scenario name, unique in the config'),
    ...scenarioFields,
})
    .describe('An inline scenario');
/** A product scenario file (`products/<name>/scenarios/<scenario>.yml`). */
const ScenarioFileSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    name: nameSchema('Scenario name; default: the file name without extension').optional(),
    ...scenarioFields,
})
    .describe('A product scenario (products/<name>/scenarios/<scenario>.yml)');
const timeoutFields = {
    pipelining: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .int()
        .min(1)
        .max(MAX_PIPELINING)
        .default(1)
        .describe('Requests in flight per connection (HTTP/1.1 pipelining); 1 means none'),
    warmup: durationSchema('Warm-up before each level, discarded', 'phase').default('1s'),
    duration: durationSchema('Measured window of each level', 'measured').default('10s'),
    cooldown: durationSchema('Pause after each level', 'phase').default('0s'),
    connectTimeout: durationSchema('Connection establishment timeout', 'timeout').default('5s'),
    requestTimeout: durationSchema('Whole-response timeout', 'timeout').default('10s'),
    maxCheckBodyBytes: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .int()
        .min(1)
        .max(MAX_CHECK_BODY_BYTES, {
        error: say('too large', `bytes, at most ${MAX_CHECK_BODY_BYTES} (256 MiB)`),
    })
        .optional()
        .describe('Most bytes of a response body a check (json, bodyContains) reads; a longer body fails the check and is counted, not kept. Default 1048576 (1 MiB)'),
    workers: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .int()
        .min(1)
        .max(MAX_WORKERS)
        .default(1)
        .describe('Worker threads sharing the connections; 1 runs on the main thread'),
};
/** Closed model: each level is a number of connections. */
const ClosedLoadConfigSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    model: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz('closed')
        .default('closed')
        .describe('closed: levels are connections, each keeping `pipelining` requests in flight'),
    levels: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig({ error: say('a level must be a number', 'a number') })
        .int({ error: say('a connection count must be a whole number', 'an integer >= 1') })
        .positive({ error: say('a connection count must be positive', 'an integer >= 1') })
        .max(MAX_CONNECTIONS, {
        error: say('too many connections for one load generator', `an integer <= ${MAX_CONNECTIONS}`),
    }))
        .min(1, { error: say('no levels', 'at least one level') })
        .default([8, 32, 128])
        .describe('Connection counts, run in this order'),
    ...timeoutFields,
})
    .describe('Closed model: levels are connection counts');
/** Open model: each level is an arrival rate in requests per second. */
const OpenLoadConfigSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    model: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz('open')
        .describe('open: levels are arrival rates in req/s, latency measured from intended send'),
    levels: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig({ error: say('a level must be a number', 'a number') })
        .positive({ error: say('a rate must be positive', 'req/s > 0') })
        .max(MAX_RATE_RPS, {
        error: say('rate too high for one load generator', `req/s <= ${MAX_RATE_RPS}`),
    }))
        .min(1, { error: say('no levels', 'at least one level') })
        .describe('Arrival rates in req/s, run in this order'),
    maxConnections: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .int()
        .positive()
        .max(MAX_CONNECTIONS)
        .optional()
        .describe('Connections available to carry the arrivals (default grows with the rate)'),
    ...timeoutFields,
})
    .describe('Open model: levels are arrival rates');
/** Load model and levels; discriminated on `model` so later models (`stages`) slot in. */
const LoadConfigSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .discriminatedUnion */ .gMt('model', [ClosedLoadConfigSchema, OpenLoadConfigSchema])
    .describe('Load model and levels');
/** Most A/B rounds a comparison may ask for. */
const MAX_COMPARE_ROUNDS = 50;
/** Default relative threshold of comparisons: changes within ±5% count as no change. */
const DEFAULT_COMPARE_THRESHOLD = '5%';
/** How an A/B loads its two sides; the default is chosen from docs/comparisons.md's figures. */
const AB_MODES = ['interleaved', 'duet'];
/** Default `compare.mode`: duet, which caught more on this kind of machine (docs/comparisons.md). */
const DEFAULT_AB_MODE = 'duet';
/** Default `compare.minRounds`: rounds before the stopping rule first looks. */
const DEFAULT_MIN_ROUNDS = 2;
/** Default `compare.maxRounds`: the most rounds an adaptive A/B runs. */
const DEFAULT_MAX_ROUNDS = 10;
const roundCount = (what) => zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
    .int({
    error: say('rounds must be a whole number', `an integer from 1 to ${MAX_COMPARE_ROUNDS}`),
})
    .min(1, { error: say('at least one round', `an integer from 1 to ${MAX_COMPARE_ROUNDS}`) })
    .max(MAX_COMPARE_ROUNDS, {
    error: say('too many rounds', `an integer from 1 to ${MAX_COMPARE_ROUNDS}`),
})
    .describe(what);
/** How an A/B comparison runs and what change counts. */
const CompareConfigSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    mode: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(AB_MODES, { error: say('unknown mode', 'interleaved or duet') })
        .optional()
        .describe('interleaved: one side loaded at a time, order random per round and level; duet (default, or interleaved on one CPU): both at once, each on its own half of the CPUs'),
    rounds: roundCount('A fixed number of rounds per side (sets minRounds and maxRounds to it); leave out for adaptive rounds').optional(),
    minRounds: roundCount(`Adaptive rounds: rounds before the stopping rule first looks (default ${DEFAULT_MIN_ROUNDS})`).optional(),
    maxRounds: roundCount(`Adaptive rounds: the most rounds per side (default ${DEFAULT_MAX_ROUNDS})`).optional(),
    timeBudget: durationSchema('Adaptive rounds: no new round starts when it would end after this much time', 'measured').optional(),
    seed: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .int()
        .min(1)
        .max(2_147_483_647)
        .optional()
        .describe('Seed of the random order of the rounds; default a new one per run (recorded)'),
    metrics: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(_report_comparison_model_js__WEBPACK_IMPORTED_MODULE_1__/* .ComparedMetricSchema */ .HY)
        .min(1)
        .optional()
        .describe('Metrics judged, and waited for by the stopping rule; default all'),
    noise: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY()
        .default(false)
        .describe("Also estimate the baseline's A/A noise from its rounds and show it"),
    threshold: zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
            .min(0)
            .max(10, { error: say('threshold too large', "a fraction such as 0.05, or '5%'") }),
        zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(/^\s*\d+(\.\d+)?\s*%\s*$/, {
            error: say('not a percentage', "a fraction such as 0.05, or a percentage such as '5%'"),
        }),
    ])
        .default(DEFAULT_COMPARE_THRESHOLD)
        .describe("Relative change that counts: a fraction (0.05) or a percentage ('5%')"),
})
    .superRefine((compare, ctx) => {
    if (compare.rounds !== undefined) {
        for (const key of ['minRounds', 'maxRounds']) {
            if (compare[key] === undefined)
                continue;
            ctx.addIssue({
                code: 'custom',
                path: [key],
                input: compare[key],
                message: say('rounds fixes the number of rounds', 'either rounds (fixed) or minRounds/maxRounds (adaptive), not both'),
            });
        }
        return;
    }
    const min = compare.minRounds ?? DEFAULT_MIN_ROUNDS;
    const max = compare.maxRounds ?? DEFAULT_MAX_ROUNDS;
    if (min > max) {
        ctx.addIssue({
            code: 'custom',
            path: ['minRounds'],
            input: compare.minRounds,
            message: say(`more than maxRounds (${max})`, 'minRounds no larger than maxRounds'),
        });
    }
})
    .describe('A/B comparison settings (used when a baseline is given)');
/** One threshold: a string such as `p99 < 50ms`, or a relative limit as an object. */
const ThresholdConfigSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .min(1)
        .describe("A threshold such as 'p99 < 50ms', 'errorRate < 0.1%', 'rps > 2000' or 'p99 +20%'"),
    zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
        metric: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).describe('Metric: p50, p99, p99.9, rps, errorRate, …'),
        warn: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
            .optional()
            .describe("Warn beyond this change, e.g. '+10%' (or '-5%' for rps)"),
        fail: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
            .optional()
            .describe("Fail when the whole interval is beyond this change, e.g. '+20%'"),
        scenario: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional().describe('Only levels of this scenario'),
    })
        .describe('A relative threshold against the baseline'),
    zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
        benchmark: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
            .min(1)
            .describe("Command benchmark name, or a pattern where * stands for any characters, e.g. 'parse_mt/*'"),
        max: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().optional().describe('The estimate may be at most this (times), in unit'),
        min: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().optional().describe('The estimate must be at least this (rates), in unit'),
        unit: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
            .min(1)
            .describe("Unit of the limit, the benchmark's own: ns/iter, ns/msg, msg/s, …"),
        severity: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['warn', 'fail'])
            .optional()
            .describe('fail (default): a breach fails the run; warn: reported only'),
        scenario: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional().describe('Only benchmarks of this command scenario'),
    })
        .refine((t) => (t.max === undefined) !== (t.min === undefined), {
        error: say('give max or min', 'exactly one of max (at most) or min (at least)'),
    })
        .describe("A limit on command benchmarks' estimates, e.g. { benchmark: 'parse_mt/*', max: 2000, unit: ns/iter }"),
]);
/** Cloud settings, read by the Azure pipeline and validated for every run. */
const CloudConfigSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    provider: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['local', 'azure'])
        .default('local')
        .describe('local: this machine; azure: VMs provisioned per run'),
    vmSizes: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .valueRules */ .Ni.vmSize.pattern, {
        error: say('not an Azure VM size name', _value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .valueRules */ .Ni.vmSize.expected),
    }))
        .min(1)
        .default([..._value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .CLOUD_DEFAULTS */ .RU.vmSizes])
        .describe('Azure VM sizes in order of preference (or one job per size in a sweep)'),
    regions: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .valueRules */ .Ni.region.pattern, {
        error: say('not an Azure region name', _value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .valueRules */ .Ni.region.expected),
    }))
        .min(1)
        .default([..._value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .CLOUD_DEFAULTS */ .RU.regions])
        .describe('Azure regions in order of preference'),
    loadAgents: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()
        .int()
        .min(1)
        .max(_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_LOAD_AGENTS */ .r9)
        .default(_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .CLOUD_DEFAULTS */ .RU.loadAgents)
        .describe('Load VMs driving the target together'),
    sweep: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
        vmSizes: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .valueRules */ .Ni.vmSize.pattern, {
            error: say('not an Azure VM size name', _value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .valueRules */ .Ni.vmSize.expected),
        }))
            .min(2, { error: say('a sweep compares sizes', 'at least two VM sizes') })
            .describe('VM sizes to compare, one run each (a matrix leg each in a workflow)'),
    })
        .optional()
        .describe('Sizes compared by a sweep, one run per size; vmSizes stays the fallback order within one run'),
    prices: _pricing_prices_config_js__WEBPACK_IMPORTED_MODULE_3__/* .PricesConfigSchema */ .sQ.optional().describe('Where the VM-size comparison takes its prices: the Azure Retail Prices API and/or a table'),
})
    .describe('Cloud settings (Azure pipeline)');
/** The config file (v1). */
const BenchConfigSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional().describe('JSON Schema reference, for editors'),
    version: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz(1, { error: say('unsupported version', '1') }).describe('Format version'),
    name: nameSchema('Benchmark name: lower-case letters, digits, hyphens'),
    description: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional().describe('What this benchmark is for'),
    target: TargetConfigSchema,
    baseline: TargetConfigSchema.optional().describe('A/B: the baseline to compare the target with, run in the same session (same shape as target; see compare)'),
    slo: _stats_slo_js__WEBPACK_IMPORTED_MODULE_4__/* .SloConfigSchema */ .ap.optional().describe("The service-level objective of the VM-size comparison, e.g. 'p99 < 50ms'"),
    compare: CompareConfigSchema.default({
        noise: false,
        threshold: DEFAULT_COMPARE_THRESHOLD,
    }),
    setup: SetupConfigSchema,
    teardown: TeardownConfigSchema,
    thresholds: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(ThresholdConfigSchema)
        .default([])
        .describe('Limits the run must respect; a crossed fail limit exits with code 1'),
    scenarios: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([
        nameSchema('Name of a product scenario (products/<product>/scenarios/<name>.yml)'),
        InlineScenarioConfigSchema,
        InlineCommandScenarioConfigSchema,
    ]))
        .min(1, { error: say('no scenarios', 'at least one scenario') })
        .describe('Scenarios: product scenario names or inline scenarios'),
    load: LoadConfigSchema.default({
        model: 'closed',
        levels: [8, 32, 128],
        pipelining: 1,
        warmup: '1s',
        duration: '10s',
        cooldown: '0s',
        connectTimeout: '5s',
        requestTimeout: '10s',
        workers: 1,
    }),
    cloud: CloudConfigSchema.default({
        provider: 'local',
        vmSizes: [..._value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .CLOUD_DEFAULTS */ .RU.vmSizes],
        regions: [..._value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .CLOUD_DEFAULTS */ .RU.regions],
        loadAgents: _value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .CLOUD_DEFAULTS */ .RU.loadAgents,
    }),
})
    .describe('bench-action config (version 1)');
/** Container image of a product (cloud runs, or locally with a Docker engine). */
const ImageConfigSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    repository: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).describe('Image repository, e.g. reframe'),
    tag: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).default('latest').describe('Image tag (the run records the digest)'),
    registry: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('Registry host, e.g. myacr.azurecr.io; the pipeline may supply it'),
})
    .describe('Container image');
/** A product file (`products/<name>/product.yml`): how to start and probe the product. */
const ProductFileSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    name: nameSchema('Product name; default: the directory name').optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional().describe('What the product is'),
    image: ImageConfigSchema.optional(),
    command: CommandConfigSchema.optional().describe('A local process (cwd relative to the product directory); wins over image for local runs'),
    port: portSchema
        .optional()
        .describe('Port the product listens on; required for HTTP products, absent for libraries benchmarked only by command scenarios'),
    env: envSchema.default({}),
    health: HealthConfigSchema.default({ path: '/health', timeout: '30s', interval: '200ms' }),
    setup: SetupConfigSchema,
    teardown: TeardownConfigSchema,
})
    .describe('A product (products/<name>/product.yml)');
//# sourceMappingURL=schema.js.map

/***/ }),

/***/ 67591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ secretValuesOfTarget),
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   GP: () => (/* binding */ redactUrlsInText),
/* harmony export */   Jy: () => (/* binding */ redactTarget),
/* harmony export */   Qu: () => (/* binding */ redactArgv),
/* harmony export */   Rd: () => (/* binding */ redactText),
/* harmony export */   Tj: () => (/* binding */ quotableValue),
/* harmony export */   WD: () => (/* binding */ secretValuesOf),
/* harmony export */   cA: () => (/* binding */ redactHeaders),
/* harmony export */   tp: () => (/* binding */ redactPath),
/* harmony export */   uE: () => (/* binding */ PORT_PLACEHOLDER)
/* harmony export */ });
/* unused harmony exports REDACTED, MIN_SCRUBBED_CHARS, SECRET_HEADER_NAMES, isSecretHeader, redactEnv, isPublicEnvValue */
/** What a hidden value is replaced with (GitHub masks secrets the same way). */
const REDACTED = '***';
/** Shortest secret value replaced in free text. */
const MIN_SCRUBBED_CHARS = 4;
/** Header names whose values are always secret. */
const SECRET_HEADER_NAMES = [
    'authorization',
    'proxy-authorization',
    'cookie',
    'set-cookie',
    'x-api-key',
];
const SECRET_NAME = /token|secret|key|password|passwd|credential/i;
const SECRET_HEADER_TEXT = /authorization|cookie|token|secret|key|password|passwd|credential/i;
/** The env value that stands for the port a `port: auto` target was given: never secret. */
const PORT_PLACEHOLDER = '{{port}}';
/** Whether a header's value is a secret, by its name. */
function isSecretHeader(name) {
    const lower = name.toLowerCase();
    return SECRET_HEADER_NAMES.includes(lower) || SECRET_NAME.test(lower);
}
// scheme://userinfo@ — the userinfo ends at the first `/`, `?`, `#` or white space.
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi;
/** `url` with its userinfo (user and password) replaced: `http://***@host:8080/path`. */
function redactUrl(url) {
    return redactUrlsInText(url);
}
/** Every URL userinfo in `text` replaced (messages that quote a URL). */
function redactUrlsInText(text) {
    return text.replace(USERINFO, `$1${REDACTED}@`);
}
/** Headers with secret values replaced, names kept. */
function redactHeaders(headers) {
    return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, isSecretHeader(name) ? REDACTED : value]));
}
/** A request path with the values of secret-named query parameters replaced: `/x?token=***`. */
function redactPath(path) {
    return path.replace(/([?&])([^=&#]+)=([^&#]*)/g, (whole, sep, name) => SECRET_NAME.test(safeDecode(name)) ? `${sep}${name}=${REDACTED}` : whole);
}
function querySecrets(path) {
    const found = [];
    for (const match of path.matchAll(/[?&]([^=&#]+)=([^&#]+)/g)) {
        if (!SECRET_NAME.test(safeDecode(match[1] ?? '')))
            continue;
        const value = match[2] ?? '';
        found.push(value, safeDecode(value));
    }
    return found;
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** An env map with every value replaced except those named in `publicNames` (or `{{port}}`). */
function redactEnv(env, publicNames = []) {
    return Object.fromEntries(Object.entries(env).map(([name, value]) => [
        name,
        isPublicEnvValue(name, value, publicNames) ? value : REDACTED,
    ]));
}
/** Command arguments with `--secret-name=value` values and URL userinfo replaced. */
function redactArgv(argv) {
    return argv.map((arg) => {
        const match = /^(-{0,2}[A-Za-z0-9_.-]+)=(.*)$/s.exec(arg);
        if (match?.[1] !== undefined && SECRET_NAME.test(match[1]))
            return `${match[1]}=${REDACTED}`;
        return redactUrlsInText(arg);
    });
}
/** A target as reports show it: URL userinfo, env values and secret arguments hidden. */
function redactTarget(target) {
    switch (target.kind) {
        case 'url':
            return { ...target, baseUrl: redactUrl(target.baseUrl) };
        case 'command':
            return {
                ...target,
                argv: redactArgv(target.argv),
                env: redactEnv(target.env, target.publicEnv),
                baseUrl: redactUrl(target.baseUrl),
            };
        case 'image':
            return { ...target, env: redactEnv(target.env, target.publicEnv) };
    }
}
/**
 * Every secret value of a plan, longest first and without repeats: the userinfo of target
 * URLs (whole, and user and password apart, decoded too), secret header values, non-public
 * env values and secret command arguments. For `core.setSecret` in the action (so the runner
 * masks them in every log line) and for `redactText`.
 */
function secretValuesOf(plan) {
    const values = new Set();
    const targets = plan.baseline ? [plan.target, plan.baseline] : [plan.target];
    for (const target of targets) {
        for (const value of targetSecrets(target))
            values.add(value);
    }
    for (const scenario of plan.scenarios) {
        for (const value of querySecrets(scenario.path))
            values.add(value);
        for (const [name, value] of Object.entries(scenario.headers)) {
            if (!isSecretHeader(name))
                continue;
            values.add(value);
            // `Bearer abc`: the credential alone is a secret too, wherever it is quoted.
            const credential = /^\S+\s+(\S.*)$/.exec(value)?.[1];
            if (credential !== undefined)
                values.add(credential);
        }
    }
    values.delete('');
    return [...values].sort((a, b) => b.length - a.length || a.localeCompare(b));
}
/** The secret values of one target (URL userinfo, non-public env values, secret arguments). */
function secretValuesOfTarget(target) {
    return [...new Set(targetSecrets(target))]
        .filter((v) => v !== '')
        .sort((a, b) => b.length - a.length || a.localeCompare(b));
}
function targetSecrets(target) {
    const found = [];
    if (target.kind !== 'image')
        found.push(...userinfoSecrets(target.baseUrl));
    if (target.kind !== 'url') {
        for (const [name, value] of Object.entries(target.env)) {
            if (!isPublicEnvValue(name, value, target.publicEnv ?? []))
                found.push(value);
        }
    }
    if (target.kind === 'command') {
        for (const arg of target.argv) {
            const match = /^(-{0,2}[A-Za-z0-9_.-]+)=(.*)$/s.exec(arg);
            if (match?.[1] !== undefined && match[2] && SECRET_NAME.test(match[1]))
                found.push(match[2]);
            found.push(...userinfoSecrets(arg));
        }
    }
    return found;
}
function userinfoSecrets(text) {
    const found = [];
    for (const match of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\s/?#@]+)@/gi)) {
        const userinfo = match[1] ?? '';
        found.push(userinfo);
        for (const part of userinfo.split(':'))
            found.push(part, safeDecode(part));
    }
    return found;
}
/** `text` with URL userinfo and every known secret value (long enough to be told apart) hidden. */
function redactText(text, secrets) {
    let out = redactUrlsInText(text);
    for (const secret of secrets) {
        if (secret.length < MIN_SCRUBBED_CHARS)
            continue;
        out = out.split(secret).join(REDACTED);
    }
    return out;
}
/** Whether an env value may be shown: named public, or only the port placeholder. */
function isPublicEnvValue(name, value, publicNames) {
    return publicNames.includes(name) || value.trim() === PORT_PLACEHOLDER;
}
/**
 * The value a config problem may quote at `path` (a key path of the file): none for an env
 * value or a secret header, the URL without userinfo for anything else. A typo in a secret must
 * not put the secret into the problem list.
 */
function quotableValue(path, value) {
    if (path.includes('env'))
        return undefined;
    const headersAt = path.lastIndexOf('headers');
    if (headersAt >= 0) {
        const name = path[headersAt + 1];
        if (typeof name !== 'string' || isSecretHeader(name))
            return undefined;
    }
    // A whole mapping quoted at a parent key may hold an env map or a secret header.
    const collection = /^[[{]/.test(value) || /:\s/.test(value);
    if (collection && (/\benv\b/i.test(value) || SECRET_HEADER_TEXT.test(value)))
        return undefined;
    return redactUrlsInText(value);
}
//# sourceMappingURL=secrets.js.map

/***/ }),

/***/ 33961:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ib: () => (/* binding */ matchesRule),
/* harmony export */   Ni: () => (/* binding */ valueRules),
/* harmony export */   RU: () => (/* binding */ CLOUD_DEFAULTS),
/* harmony export */   r9: () => (/* binding */ MAX_LOAD_AGENTS),
/* harmony export */   tA: () => (/* binding */ normalizeValue)
/* harmony export */ });
/**
 * The one definition of every named value a user gives bench-action (VM sizes, regions, ids,
 * names of Azure resources, image references …): its pattern, what it must look like, how it is
 * normalized, and the defaults and limits that go with it. The config schema, the action's
 * input reader, the CLI's flags and the shell-safety guard all check values here, so a value
 * `bench validate` accepts is never refused later by `--provider azure`, and the other way
 * round. The patterns are deliberately narrower than what Azure or Docker accept: no character
 * with a meaning to a shell (`$`, backtick, quotes, `;`, `|`, `&`, spaces, newlines) can pass.
 */
const component = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const host = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::[0-9]{1,5})?';
const repository = `(?:${host}/)?${component}(?:/${component})*`;
const tag = ':[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}';
const digest = '@sha256:[a-f0-9]{64}';
/** The rule of each kind. */
const valueRules = {
    guid: {
        pattern: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
        expected: 'a GUID like 00000000-0000-0000-0000-000000000000',
    },
    imageByDigest: {
        pattern: new RegExp(`^${repository}(?:${tag})?${digest}$`),
        expected: 'an image reference pinned by digest: registry/name[:tag]@sha256:<64 hex>',
    },
    image: {
        pattern: new RegExp(`^${repository}(?:(?:${tag})?${digest}|${tag})$`),
        expected: 'an image reference with a tag or digest: registry/name:tag',
    },
    acrName: {
        pattern: /^[a-zA-Z0-9]{5,50}$/,
        expected: '5-50 letters or digits (the registry name without .azurecr.io)',
    },
    storageAccount: {
        pattern: /^[a-z0-9]{3,24}$/,
        expected: '3-24 lower-case letters or digits (the account name, not its URL)',
    },
    storageContainer: {
        pattern: /^[a-z0-9](?:[a-z0-9]|-(?!-)){1,61}[a-z0-9]$/,
        expected: '3-63 lower-case letters, digits and single hyphens',
    },
    // Azure's own spelling: `Standard_` and the family, size and version parts, with the hyphen of
    // constrained-vCPU sizes (Standard_M8-2ms). Basic-tier sizes are retired and never offered.
    vmSize: {
        pattern: /^Standard_[A-Za-z0-9]{1,30}(?:[_-][A-Za-z0-9]{1,30}){0,4}$/,
        expected: 'an Azure VM size in its exact spelling, like Standard_D4s_v5 or Standard_M8-2ms',
    },
    region: {
        pattern: /^[a-z][a-z0-9]{1,39}$/,
        expected: 'a programmatic Azure region name like westeurope',
    },
    envName: {
        pattern: /^[A-Za-z_][A-Za-z0-9_]{0,127}$/,
        expected: 'letters, digits and underscores, not starting with a digit',
    },
    // One character per repetition: `(?:[…]+\/?)*` matched the same paths but backtracked
    // exponentially on a long segment followed by a refused character.
    urlPath: {
        pattern: /^\/(?:[A-Za-z0-9._~!*+,=:@%-]\/?)*$/,
        expected: 'a URL path starting with / without spaces, quotes or shell characters',
    },
    identityResourceId: {
        pattern: /^\/subscriptions\/[0-9a-fA-F-]{36}\/resourceGroups\/[A-Za-z0-9._()-]{1,90}\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/[A-Za-z0-9_-]{3,128}$/,
        expected: 'a user-assigned identity resource id: /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>',
    },
    // 1-90 characters, not ending in a period ("Naming rules and restrictions for Azure
    // resources", Microsoft.Resources/resourcegroups, on Microsoft Learn); one character is a name.
    resourceGroupName: {
        pattern: /^[A-Za-z0-9._()-]{0,89}[A-Za-z0-9_()-]$/,
        expected: 'letters, digits, . _ ( ) - up to 90 characters, not ending in .',
    },
    githubRepository: {
        pattern: /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/,
        expected: 'a GitHub repository as owner/name, e.g. plasmatic/reframe',
    },
    namePrefix: {
        pattern: /^[a-z][a-z0-9]{1,11}$/,
        expected: '2-12 lower-case letters or digits, starting with a letter (it starts Azure resource names)',
    },
    commentId: {
        pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
        expected: 'up to 64 letters, digits, dots, underscores or hyphens, e.g. reframe-pr',
    },
};
/**
 * The value as the rules see it: surrounding spaces removed, and region names lower-cased
 * (Azure spells them in lower case; `WestEurope` is the same region).
 */
function normalizeValue(kind, value) {
    const trimmed = value.trim();
    return kind === 'region' ? trimmed.toLowerCase() : trimmed;
}
/** Whether `value` (as given, not normalized) follows the rule of `kind`. */
function matchesRule(kind, value) {
    return typeof value === 'string' && valueRules[kind].pattern.test(value);
}
/** Most load VMs one run may start (each is a VM billed for the whole run). */
const MAX_LOAD_AGENTS = 50;
/**
 * Cloud choices when neither the config nor a flag or input names any: general purpose sizes of
 * one family (a proximity placement group's intent must be servable by one datacenter), with
 * accelerated networking and no burstable B-series, in two regions for capacity fallback.
 */
const CLOUD_DEFAULTS = {
    /** VM sizes to try, in order. */
    vmSizes: ['Standard_D4s_v5', 'Standard_D4ds_v5'],
    /** Regions to try, in order. */
    regions: ['westeurope', 'northeurope'],
    /** Load VMs. */
    loadAgents: 1,
};
//# sourceMappingURL=value-rules.js.map

/***/ }),

/***/ 40154:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fv: () => (/* binding */ errorCodes)
/* harmony export */ });
/* unused harmony exports ExitCode, exitCodeOfKind, isErrorCode */
/**
 * Every error code bench-action reports, in one registry: what kind of failure it is (which
 * decides the exit code and whether the action calls it a target failure), what it means, and
 * what to do by default. `BenchError.code` is typed by this table, so a new code is added here
 * or not at all; `docs/errors.md` is generated from it (`npm run docs:errors`) and a test keeps
 * the two in step.
 */
function entry(kind) {
    return (meaning, hint) => ({ kind, meaning, hint });
}
const input = entry('input');
const target = entry('target');
const infrastructure = entry('infrastructure');
const internal = entry('internal');
/** The registry, grouped by where the codes come from. */
const errorCodes = {
    // Command line and action inputs.
    ARGUMENT_INVALID: input('A command-line flag or argument is missing, unknown or malformed.', 'Run `bench <command> --help` for the flags and their forms.'),
    INPUT_INVALID: input("One or more of the action's inputs are invalid (all are listed).", "Fix the step's `with:` block; docs/action.md lists every input and its values."),
    BODY_FILE_UNREADABLE: input('The file given to --body-file cannot be read.', 'Check the path (relative paths are from the current directory).'),
    CONFIG_REQUIRED: input('The run needs a config file and none was given.', 'Set `config` (action) or pass a config file (CLI), e.g. configs/demo.yml.'),
    FORK_PULL_REQUEST: input('A pull request from a fork cannot sign in to Azure (read-only token, no OIDC token).', 'Benchmark fork PRs from a `workflow_run` workflow; see docs/action.md#fork-pull-requests.'),
    OIDC_UNAVAILABLE: input('The runner offers no OIDC token, so the action cannot sign in to Azure.', 'Add `permissions: id-token: write` to the job.'),
    COMMAND_SCENARIO_CLOUD_UNSUPPORTED: input('Command benchmarks (kind: command) run on this machine only for now; a cloud run would run them in the product image on the product VM, which is not built yet.', 'Run the config with provider local (`bench run`, the default), or see `bench plan --provider azure` for how the cloud run would go.'),
    COMMAND_DUET_UNSUPPORTED: input('A command-benchmark A/B runs one side at a time (interleaved rounds); compare.mode: duet is for HTTP levels.', 'Leave compare.mode out, or set it to interleaved, for a config of command scenarios.'),
    MODE_UNAVAILABLE: input('The requested mode does not apply to the chosen provider.', 'Use mode: run, or provider: azure for plan and janitor.'),
    // Config files, products and plans.
    PATH_OUTSIDE_WORKSPACE: input('A path input of the action points outside the checked-out repository.', 'Give a path inside the workspace, e.g. configs/reframe-pr.yml.'),
    CONFIG_NOT_FOUND: input('The config file does not exist or is not a readable regular file.', 'Check the path; configs usually live in configs/, e.g. configs/demo.yml.'),
    CONFIG_UNREADABLE: input('The config file exists but cannot be used: a directory, a FIFO, a device, a symbolic link loop, too large (over 1 MiB) or not readable.', 'Give the path of a regular YAML or JSON file of at most 1 MiB.'),
    CONFIG_INVALID: input('The config, a product or a scenario file has problems (every one is listed with its line).', 'Fix the listed lines and run `bench validate <config>` to check again.'),
    OVERRIDE_INVALID: input('A value given on the command line or as an input to replace a config value is not usable.', 'Give the value in the form the config key takes (see docs/config.md).'),
    PRODUCT_MISSING: input('The product named by the config is in none of the products catalogues searched.', 'Check the product name, or point at a catalogue with `products-dir` (action) or --products-dir (CLI).'),
    PRODUCT_INVALID: input("A product's product.yml is missing or invalid.", 'Fix products/<name>/product.yml; products/README.md describes it.'),
    TARGET_PORT_CLASH: input('The target and the baseline would listen on the same port.', 'Give the baseline another port.'),
    TARGET_NOT_URL: input('provider: url needs a config whose target is a URL.', 'Use provider: local to start the target on the runner, or give the config `target: { url: … }`.'),
    TARGET_URL_INVALID: input('The target URL is not a valid URL.', 'Write target.url as http://host:port (optionally with a base path).'),
    TARGET_COMMAND_EMPTY: input('The target command is empty.', 'Give target.command as a program and its arguments.'),
    REQUEST_UNSAFE: input('A scenario would write a line break or control character into a request (method, path or header): nothing was sent.', 'Remove CR, LF and NUL from the method, path and header values; percent-encode the path.'),
    TRANSPORT_UNSUPPORTED: input('The chosen HTTP client cannot reach the target URL (e.g. the raw client and https).', 'Use --transport auto or undici for https targets.'),
    BASELINE_MISSING: input('An A/B run was asked for but the plan has no baseline.', 'Add `baseline:` to the config (same shape as `target:`).'),
    DUET_NEEDS_TWO_CPUS: input('A duet A/B was asked for on a machine (or affinity) with fewer than two CPUs to split.', 'Use `compare.mode: interleaved`, or run where two or more CPUs are available.'),
    NOTHING_MEASURED: input('The run ended before any level was measured.', 'Let the first level finish before interrupting.'),
    // Reports on disk.
    REPORT_DIR_EXISTS: input('The output directory already holds a report.', 'Choose another output directory, delete the old report, or pass --overwrite to replace it.'),
    REPORT_DIR_INVALID: input('The output path exists and is not a directory, or cannot be created or written.', 'Choose an output path that is a writable directory or does not exist yet.'),
    REPORT_FILE_CLASH: input('Two report files would have the same name.', 'Give scenarios names that differ in letters or digits, not only in punctuation.'),
    REPORT_DIR_MISSING: input('The report folder to publish cannot be read.', 'Pass the folder the report was written to (the `report-dir` output of the run).'),
    REPORT_DIR_EMPTY: input('The report folder to publish holds no files.', 'Write the report (result.json and its renderings) before publishing it.'),
    RESULT_NOT_FOUND: input('A result.json to compare does not exist.', 'Give the path of a result.json written by `bench run`.'),
    RESULT_UNREADABLE: input('A result.json to compare cannot be read.', 'Check the file permissions and that it is a regular file.'),
    RESULT_INVALID: input('A result.json to compare is not JSON or not a bench result.', 'Give a result.json written by `bench run` (schemas/result.schema.json describes it).'),
    // The VM-size comparison: its reports and prices.
    REPORT_SET_NOT_FOUND: input('The directory of reports to compare does not exist or is not a directory.', 'Give the directory actions/download-artifact wrote the matrix reports to (its `path`).'),
    REPORT_SET_EMPTY: input('The directory of reports to compare holds no result.json.', "Download the matrix legs' report artifacts into it first (actions/download-artifact with a `pattern` and no `name`)."),
    AGGREGATE_NO_REPORTS: input('A size comparison was asked for with no reports.', 'Give the result.json files of the matrix legs (e.g. the directory actions/download-artifact wrote).'),
    AGGREGATE_NO_SIZES: input('None of the reports to compare names a VM size and region (they are local runs).', 'Compare the result.json files of Azure runs, one per matrix leg.'),
    AGGREGATE_MIXED_PRODUCTS: input('The reports to compare are of more than one product.', 'Compare each product separately (one directory or run set per product).'),
    PRICE_QUERY_INVALID: input('A VM size, region or currency to price is not spelt as Azure spells it.', 'Name sizes and regions as ARM does (Standard_D4s_v5, westeurope) and the currency as an ISO 4217 code.'),
    PRICE_NOT_FOUND: input('The Azure Retail Prices API lists no pay-as-you-go Linux price for a VM size in a region.', 'Check the size and region spelling, or give the price in cloud.prices.table.'),
    PRICES_QUERY_REJECTED: infrastructure('The Azure Retail Prices API refused the query bench built (HTTP 400).', 'The API may have changed; give prices in cloud.prices.table meanwhile, and report this with the message.'),
    PRICES_API_UNAVAILABLE: infrastructure('The Azure Retail Prices API gave no answer, or an error, after the retries.', 'Check that the runner can reach prices.azure.com, or set cloud.prices.table (and source: table to stop asking the API).'),
    PRICES_ANSWER_INVALID: infrastructure('The Azure Retail Prices API answered something that is not a usable page of prices.', 'Give prices in cloud.prices.table meanwhile (source: table stops asking the API).'),
    // The target under test.
    TARGET_NOT_FOUND: target("The target's program or working directory does not exist.", 'Check target.command and target.cwd (relative paths are resolved from the config file).'),
    TARGET_START_FAILED: target('The target process or container could not be started.', 'Check that the program exists and is executable, or that the image can be pulled.'),
    TARGET_PORT_IN_USE: target("Another process already listens on the target's port.", 'Stop the other process, or give the target another port (or `port: auto`).'),
    TARGET_EXITED: target('The target process or container stopped before it was healthy or during the run.', 'Run the command or image by hand to see why it stops; check its env.'),
    TARGET_PIN_FAILED: target('A duet could not pin a target process to its CPUs with `taskset`.', 'Check that the target runs as this user and that `taskset -p` works on it; or use `compare.mode: interleaved`.'),
    TARGET_UNHEALTHY: target('The target never answered its health check in time.', 'Check the health path and timeout, and what the target printed.'),
    TARGET_UNREACHABLE: target('The target URL refused connections or did not answer.', 'Start the service first, or check the host and port of target.url.'),
    SETUP_REQUEST_FAILED: target('A setup request (run once before the levels, e.g. registering a workflow or channel) got no answer or failed its checks; the run stopped before any level.', 'Read the status and the excerpt of the answer in the message; check the step in product.yml or the config (path, body file, checks) and that the target accepts it.'),
    COMMAND_BENCHMARK_FAILED: target('A command benchmark (kind: command) could not start, exited with a failure, or ran past its timeout.', 'Run the command by hand in its cwd to see why (the message ends with what it printed); raise `timeout` if it is only slow.'),
    DOCKER_UNAVAILABLE: target('An image-based product was to run locally, and no Docker engine is available.', 'Use target.url or target.command locally, or benchmark the image on Azure (--provider azure).'),
    // Results of command benchmarks (criterion, DataFlow, the generic shape): written by the
    // product's benchmark command, so a bad file is the target's failure, not the user's input.
    COMMAND_RESULT_NOT_FOUND: target('A results file or folder the benchmark command should have written does not exist.', "Check that the command ran to the end and where it writes (criterion: target/criterion, or $CARGO_TARGET_DIR/criterion); docs/command-benchmarks.md lists each format's files."),
    COMMAND_RESULT_UNREADABLE: target('A results file or folder of a benchmark command exists but cannot be read.', 'Check its permissions and that it is a regular file (or, for criterion, a folder).'),
    COMMAND_RESULT_INVALID: target('A results file of a benchmark command is not JSON or not in the shape of its format (the file and field are named).', 'Check the named field; docs/command-benchmarks.md describes each format, schemas/command-result.schema.json the generic one.'),
    COMMAND_RESULT_EMPTY: target('The results of a benchmark command hold no benchmark.', 'Check that the command ran its benchmarks (a filter that matches nothing leaves no results).'),
    // Azure settings and set-up (caught before anything is created).
    AZURE_SETTINGS_INVALID: input('Azure settings are missing or not usable (every one is listed with where it comes from).', 'Give every setting listed (flags, environment variables or action inputs; see docs/azure.md). Nothing was sent to Azure.'),
    AZURE_IDENTITY_MISSING: input('No Azure identity (tenant, client and subscription ids) was given.', 'Set the three azure-* inputs (or --tenant, --client, --subscription), usually from repository variables.'),
    AZURE_IDENTITY_INVALID: input('An Azure tenant or client id is not a GUID.', 'Set the Directory (tenant) id and the Application (client) id of the identity trusted for GitHub OIDC.'),
    AZURE_TARGET_NOT_IMAGE: input("A cloud run deploys a container image, but the config's target is not an image.", 'Use a product with `image:` in its product.yml (e.g. target: { product: reframe }), or run it locally.'),
    AZURE_DUET_VCPUS: input('A duet A/B on Azure was asked for with a product VM size whose vCPU count is not even and 4 or more (each container gets half).', 'List only sizes with an even vCPU count of 4 or more (e.g. Standard_D4s_v5), or set `compare.mode: interleaved`.'),
    AZURE_BASELINE_NOT_IMAGE: input("A same-VM A/B on Azure runs two container images, but the config's baseline is not an image.", 'Give `baseline-image` (action), or a config `baseline:` that names an image or a product with one.'),
    AZURE_RUN_SPEC_INVALID: input('A value that would reach a VM script or an ARM request is not safe.', 'Fix the values listed (config, product.yml or Azure settings).'),
    AZURE_UNSAFE_VALUE: input('A value that would reach a VM script does not match its strict pattern.', 'Fix these settings; values that reach a VM must match the expected form exactly.'),
    AZURE_RUNNER_PARAMETER: input('A load-VM runner parameter does not start with BENCH_.', 'Rename the parameters; the load-VM runner reads only BENCH_* variables.'),
    AZURE_STATE_MISSING: input('The azure-state.json file to clean up after cannot be read.', 'Pass the azure-state.json written into the report directory of the run to clean up.'),
    AZURE_STATE_INVALID: input('The given file is not a bench-action Azure state file.', 'Delete the group by hand (see docs/azure.md, Clean-up) or run `bench janitor`.'),
    IMAGE_REFERENCE_INVALID: input('An image reference is not fully qualified.', 'Write it as <registry>.azurecr.io/<repository>:<tag> or …@sha256:<digest>.'),
    IMAGE_NOT_FOUND: input('The image tag does not exist in the registry.', 'Check the tag (was the image pushed before the benchmark started?).'),
    HISTORY_STORAGE_MISSING: input('Report history in Blob needs a storage account and container.', 'Set storage-account and storage-container.'),
    HISTORY_IDENTITY_MISSING: input('Report history in Blob needs an Azure identity to sign in to the storage account.', 'Set azure-tenant-id, azure-client-id and azure-subscription-id, or leave the storage inputs empty.'),
    BLOB_SAS_NO_CREDENTIAL: input('SAS URLs cannot be signed: the Blob client has neither an account key nor a token credential.', 'Connect with a token credential (OIDC) or a connection string that holds an account key.'),
    RUNNER_BUNDLE_MISSING: input('The load-VM runner bundle (dist/runner/index.js) is missing.', 'Build it with `npm run bundle` in the bench-action checkout.'),
    RUN_PREFIX_EMPTY: input('Refused to delete a whole exchange container through an empty run prefix.', 'Pass the run prefix given to uploadRunnerInputs.'),
    // The load-VM runner's own inputs.
    RUNNER_ARGS_INVALID: input('A flag of the load-VM runner is unknown or has no value.', 'Use the documented BENCH_* flags.'),
    RUNNER_ENV_MISSING: input('A BENCH_* variable the runner needs is not set.', 'The action sets it for the load VM.'),
    RUNNER_ENV_INVALID: input('A BENCH_* variable of the runner has an unusable value.', 'Set it as documented in docs/azure.md.'),
    RUNNER_RESULTS_REFUSED: input('Blob refused the results (HTTP 403 or 404): the results SAS is wrong or expired.', 'Check BENCH_RESULTS_URL (a create+write SAS that has not expired).'),
    PLAN_UNREADABLE: input('The runner could not read its plan: the SAS URL is wrong, expired, or the plan was deleted.', 'Start the runner with a fresh BENCH_PLAN_URL from the same run.'),
    PLAN_INVALID: input('plan.json is not a bench plan.', 'Run the action and the runner from the same bench-action release.'),
    PLAN_FORMAT_UNSUPPORTED: input('plan.json is of a format this runner does not read.', 'Run the action and the runner from the same bench-action release.'),
    // Azure and Blob while a run is under way.
    AZURE_AUTHORIZATION_FAILED: infrastructure('Azure refused a request for lack of a role or permission.', 'Grant the role named in the message to the identity, at the scope named (see docs/azure.md, Roles).'),
    AZURE_POLICY_DENIED: infrastructure('An Azure Policy of the subscription refused a resource.', 'Ask the subscription owner for an exemption, or change the value the policy refuses.'),
    AZURE_NO_CAPACITY: infrastructure('No VM size and region of the settings had room for a VM.', 'Add sizes or regions, try later, or ask for more vCPU quota.'),
    AZURE_PREFLIGHT_FAILED: infrastructure("The preflight found the subscription's set-up not ready for a run (every failed check is listed with its fix); nothing was created.", 'Fix each item listed (`bench doctor --provider azure` shows the checklist), or run `bench setup azure`.'),
    AZURE_SETUP_FORBIDDEN: infrastructure('`bench setup azure` may not assign a role the runs need: assigning roles needs Owner or User Access Administrator on the scope.', 'Ask someone with Owner or User Access Administrator on the scope named to run `bench setup azure` (it skips what exists) or to make the assignment.'),
    GITHUB_VARIABLES_FAILED: infrastructure('`bench setup azure` could not set a repository variable through the GitHub API.', 'Give a token with write access to the repository\'s variables (fine-grained "Variables: read and write", classic `repo`), or set the variables printed by hand.'),
    AZURE_GROUP_TAKEN: infrastructure("A resource group of the run's name exists and belongs to another run (its bench-run-id tag differs).", 'Give each step and matrix leg its own run identity (job, inputs); never share a group, since its clean-up deletes the other run’s VMs.'),
    AZURE_PROVIDER_UNREGISTERED: infrastructure('The subscription has not registered a resource provider a run uses (MissingSubscriptionRegistration).', 'Run `az provider register --namespace <namespace>` for Microsoft.Compute, Microsoft.Network, Microsoft.ManagedIdentity, Microsoft.Storage and Microsoft.ContainerRegistry, or `bench setup azure`.'),
    AZURE_OS_IMAGE_MISSING: infrastructure('The pinned Ubuntu image version (ubuntuImage in src/core/azure/resource-specs.ts) does not exist in a region the run may use.', 'List the versions that exist with the az vm image list command in the message and pin one of them (Canonical keeps about two years of images).'),
    AZURE_GROUP_BEING_DELETED: infrastructure('A resource group of the same name is still being deleted.', 'Re-run the job (a new attempt gets a new group name) or wait until the deletion has finished.'),
    AZURE_REQUEST_FAILED: infrastructure('An Azure request failed for another reason.', 'Retry the run; if it keeps failing, check the Azure status page and the activity log of the resource group.'),
    AZURE_NO_PRIVATE_IP: infrastructure('A NIC has no private address after creation.', 'Retry the run; report it if it happens again.'),
    AZURE_CLEANUP_FAILED: infrastructure("The run's resource group could not be deleted.", 'Delete it with `az group delete --name <group> --yes --no-wait`, or run `bench janitor`.'),
    AZURE_RUN_COMMAND_FAILED: infrastructure('A run command on a VM failed.', "See the run command's error output; clean-up still deletes the run's resource group."),
    AZURE_RUN_COMMAND_TIMEOUT: infrastructure('A run command on a VM did not finish in time.', 'Raise the wait or the run command timeout, or look at what the VM is doing.'),
    AZURE_RUNNER_FAILED: infrastructure('The load runner failed on one or more load VMs.', 'Read the runner log and status under the run prefix in the exchange container.'),
    AZURE_RUNNER_STALLED: infrastructure('A load agent stopped sending heartbeats.', 'The load VM or its runner died; see the runner log in the exchange container and retry the run.'),
    AZURE_ACR_UNAUTHORIZED: infrastructure('The container registry refused the token exchange or the manifest read.', 'Assign AcrPull on the registry to the identity the workflow signs in with.'),
    AZURE_ACR_NO_DIGEST: infrastructure('The container registry answered without a digest for the image.', 'Retry the run; if it repeats, check the registry in the portal.'),
    BLOB_SAS_UNAVAILABLE: infrastructure('A user delegation key could not be obtained to sign SAS URLs.', 'Grant the workflow identity Storage Blob Delegator (or a Blob data role) on the storage account, not only on the container.'),
    PLAN_DOWNLOAD_FAILED: infrastructure('The runner could not download its plan.', 'Check the load VM has outbound access to Blob storage (NAT gateway), then run again.'),
    RESULTS_UNWRITABLE: infrastructure('The runner could not write its results to Blob.', 'Check outbound access to Blob from the load VM (NAT gateway).'),
    RUNNER_RESULT_INVALID: infrastructure('A file the load-VM runner wrote cannot be read back.', 'Check the runner log in the same Blob folder, and run the action and the runner from the same release.'),
    RUNNER_STATUS_INVALID: infrastructure("The load-VM runner's status file cannot be read back.", 'Check the runner log in the same Blob folder, and run the action and the runner from the same release.'),
    REPORT_INDEX_INVALID: infrastructure("A product's report index in Blob is corrupt.", 'Restore the index from its previous blob version or snapshot, or delete it; reports stay in place.'),
    REPORT_INDEX_CONFLICT: infrastructure('The report index kept changing under every attempt to update it.', 'Another job keeps writing the same index; publish again later.'),
    REPORT_NOT_FOUND: infrastructure('The index names a report that is not in the container.', 'Remove its entry from the index, or upload the report again.'),
    STORED_REPORT_INVALID: infrastructure('A report stored in Blob is corrupt or of another result schema.', 'Compare the schemaVersion of the stored result.json with this release.'),
    // Bugs.
    REPORT_INVALID: internal('The report built by this run does not match the result schema.', 'This is a bug in bench: please report it with the command you ran.'),
    AGGREGATE_INVALID: internal('The size comparison built from the reports does not match its schema.', 'This is a bug in bench: please report it with the reports that were compared.'),
};
/** Exit codes of the `bench` command, one per outcome (documented in the README). */
const ExitCode = {
    /** The run finished and nothing failed. */
    ok: 0,
    /** A fail threshold was crossed or a regression was found. */
    thresholdFailed: 1,
    /** Invalid config, arguments or input files: nothing was run. */
    invalidInput: 2,
    /** The target or the infrastructure failed. */
    targetFailure: 3,
    /** A bug in bench (an internal error), never a statement about the target. */
    internalError: 70,
    /** Interrupted (SIGINT/SIGTERM); a partial report was written. */
    interrupted: 130,
};
/** The exit code of an error kind. */
function exitCodeOfKind(kind) {
    switch (kind) {
        case 'input':
            return ExitCode.invalidInput;
        case 'target':
        case 'infrastructure':
            return ExitCode.targetFailure;
        case 'internal':
            return ExitCode.internalError;
    }
}
/** Whether `code` is registered (for codes read from files or other processes). */
function isErrorCode(code) {
    return Object.prototype.hasOwnProperty.call(errorCodes, code);
}
//# sourceMappingURL=error-codes.js.map

/***/ }),

/***/ 3828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LR: () => (/* binding */ BenchError),
/* harmony export */   N5: () => (/* binding */ errorSummary),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   _5: () => (/* binding */ targetError),
/* harmony export */   nf: () => (/* binding */ errorDetails)
/* harmony export */ });
/* unused harmony export exitCodeFor */
/* harmony import */ var _config_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67591);
/* harmony import */ var _error_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40154);
/**
 * Errors the user can act on. Each has a stable `code` from the registry in `error-codes.ts`
 * (which decides its kind and exit code) and a `hint` that says what to do. Entry points catch
 * them once: the CLI prints them and exits with `exitCodeFor(error)`; the action fails the step
 * (main) or warns (post).
 */



/** An error with a stable code and a hint. */
class BenchError extends Error {
    /** Stable identifier from the registry, e.g. `CONFIG_INVALID`, `TARGET_UNHEALTHY`. */
    code;
    /** What the user can do about it. */
    hint;
    /** Broad class, from the registry. */
    kind;
    /**
     * `hint` defaults to the registry's hint for `code`. URL userinfo in the message or hint is
     * hidden here, once, so no error that quotes a target URL can print its credentials.
     */
    constructor(code, message, hint, options) {
        super((0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrlsInText */ .GP)(message), options);
        this.name = 'BenchError';
        this.code = code;
        this.kind = _error_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCodes */ .fv[code].kind;
        this.hint = (0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrlsInText */ .GP)(hint ?? _error_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCodes */ .fv[code].hint);
    }
}
/** Invalid input: config, arguments, files. Exit code 2. */
function inputError(code, message, hint, cause) {
    return new BenchError(code, message, hint, { cause });
}
/** The target misbehaved: did not start, never healthy, refused every connection. Exit code 3. */
function targetError(code, message, hint, cause) {
    return new BenchError(code, message, hint, { cause });
}
/** Exit code for an error caught at the entry point; anything not a `BenchError` is a bug. */
function exitCodeFor(error) {
    if (error instanceof BenchError)
        return exitCodeOfKind(error.kind);
    return ExitCode.internalError;
}
/** An error in one line for logs and notes: the message and, for a `BenchError`, its code. */
function errorSummary(error) {
    if (error instanceof BenchError)
        return `${error.message} (${error.code})`;
    return (0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrlsInText */ .GP)(error instanceof Error ? error.message : String(error));
}
/** An error with what to do, for failing a step or a warning: message, code and hint. */
function errorDetails(error) {
    if (error instanceof BenchError)
        return `${error.message}\n[${error.code}] ${error.hint}`;
    if (error instanceof Error)
        return (0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrlsInText */ .GP)(error.stack ?? error.message);
    return (0,_config_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrlsInText */ .GP)(String(error));
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 41401:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mV: () => (/* binding */ priceFromTable),
/* harmony export */   sQ: () => (/* binding */ PricesConfigSchema),
/* harmony export */   uQ: () => (/* binding */ DEFAULT_PRICES_CONFIG)
/* harmony export */ });
/* unused harmony export PriceTableSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _config_value_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33961);
/**
 * The `cloud.prices` config fragment: which currency costs are in, whether the Retail Prices API
 * is asked, and the table used when it cannot be (offline, blocked egress, an unknown size):
 *
 * ```yaml
 * cloud:
 *   prices:
 *     currency: USD
 *     source: api          # api: ask the API, the table when that fails; table: never ask
 *     asOf: '2026-06-01'   # when the table's figures were copied (recorded with each cost)
 *     table:
 *       Standard_D4s_v5: { westeurope: 0.192 }
 * ```
 *
 * Defined here, not in `core/config/schema.ts`, so the comparison can be built and tested before
 * the config file learns about it; `PricesConfigSchema` is meant to be attached there as is. It
 * imports only the value rules from the config module, so attaching it makes no import cycle.
 */


/** Hourly prices by VM size, then region. */
const PriceTableSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_config_value_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .valueRules */ .Ni.vmSize.pattern, { error: `not ${_config_value_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .valueRules */ .Ni.vmSize.expected}` }), zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_config_value_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .valueRules */ .Ni.region.pattern, { error: `not ${_config_value_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .valueRules */ .Ni.region.expected}` }), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().describe('Price of one hour, in cloud.prices.currency')))
    .describe('Hourly pay-as-you-go Linux prices by VM size, then region');
/** The `cloud.prices` fragment. */
const PricesConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    currency: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^[A-Z]{3}$/, { error: 'not an ISO 4217 currency code (e.g. USD, EUR)' })
        .default('USD')
        .describe('Currency of every price and cost (the table is in this currency too)'),
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['api', 'table'])
        .default('api')
        .describe('api: the Azure Retail Prices API, the table when it fails; table: the table only (offline)'),
    asOf: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^\d{4}-\d{2}-\d{2}/, { error: 'not a date (e.g. 2026-06-01)' })
        .optional()
        .describe("When the table's prices were copied, recorded with every cost taken from it"),
    table: PriceTableSchema.default({}),
})
    .describe('VM prices for the cost per million requests of a size comparison');
/** Defaults of the fragment, for callers without a config. */
const DEFAULT_PRICES_CONFIG = { currency: 'USD', source: 'api', table: {} };
/**
 * The table's price of `vmSize` in `region`, as a `VmPrice` stamped with `lookedUpAt`, or
 * undefined when the table has none.
 */
function priceFromTable(config, vmSize, region, lookedUpAt, note) {
    const hourlyPrice = config.table[vmSize]?.[region];
    if (hourlyPrice === undefined)
        return undefined;
    return {
        vmSize,
        region,
        hourlyPrice,
        currency: config.currency,
        source: 'configured-table',
        fetchedAt: lookedUpAt.toISOString(),
        ...(config.asOf !== undefined && { asOf: config.asOf }),
        ...(note !== undefined && { note }),
    };
}
//# sourceMappingURL=prices-config.js.map

/***/ }),

/***/ 25561:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ AbSideSchema),
/* harmony export */   FW: () => (/* binding */ MetricVerdictSchema),
/* harmony export */   HY: () => (/* binding */ ComparedMetricSchema),
/* harmony export */   aH: () => (/* binding */ ThresholdResultSchema),
/* harmony export */   k7: () => (/* binding */ OverallVerdictSchema),
/* harmony export */   rn: () => (/* binding */ ThresholdStatusSchema),
/* harmony export */   tV: () => (/* binding */ ComparisonSchema),
/* harmony export */   we: () => (/* binding */ StoppingSchema),
/* harmony export */   wo: () => (/* binding */ COMPARED_METRICS)
/* harmony export */ });
/* unused harmony exports ComparisonModeSchema, ChangeIntervalSchema, PairedSamplesSchema, MetricComparisonSchema, NoiseEstimateSchema, ComparisonSettingsSchema, AbModeSchema, AbScheduleSchema, CoreSplitSchema, StopReasonSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/**
 * The comparison model: a baseline and a candidate, each a list of rounds, judged metric by
 * metric with a confidence interval. Defined with zod like `model.ts`, so a comparison and its
 * threshold results can travel inside `result.json` and get a published JSON Schema.
 */

/** Metrics a comparison judges. Higher is better for `successRps`, lower for the others. */
const ComparedMetricSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['successRps', 'p50', 'p99', 'p999', 'errorRate', 'serverCpuUsPerRequest'])
    .describe('Compared metric: throughput, latency percentiles (µs), error rate, server CPU µs/request');
/** Every compared metric, in display order. */
const COMPARED_METRICS = ComparedMetricSchema.options;
/** Verdict on one metric at one level. */
const MetricVerdictSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['regression', 'improvement', 'no-change', 'inconclusive', 'invalid'])
    .describe('regression/improvement: the whole interval is beyond the threshold; no-change: within');
/** Verdict on the whole comparison. */
const OverallVerdictSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['regression', 'improvement', 'no-change', 'inconclusive', 'invalid', 'no-baseline'])
    .describe('Worst finding: any regression, else any inconclusive, else any improvement, …');
/** Where a comparison's baseline came from. */
const ComparisonModeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['ab', 'history', 'aa'])
    .describe('ab: same-session A/B (see abMode); history: an earlier report; aa: baseline vs itself');
/** A confidence interval of the change. */
const ChangeIntervalSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    low: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().describe('Lower bound of the change (same kind as `change`)'),
    high: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().describe('Upper bound of the change (same kind as `change`)'),
    confidence: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().gt(0).lt(1).describe('Confidence level, e.g. 0.95'),
});
/** The pairs behind a paired interval. */
const PairedSamplesSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    unit: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['round', 'second'])
        .describe('round: A and B of the same round (interleaved); second: the same second (duet)'),
    pairs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().describe('Pairs used'),
    effectivePairs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .nonnegative()
        .describe('Pairs after the discount for autocorrelation between consecutive seconds'),
    generatorBoundRounds: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive())
        .describe('Rounds left out because the load generator limited the level on either side'),
});
/** One metric of one scenario × level, baseline against candidate. */
const MetricComparisonSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    scenario: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Scenario name'),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['closed', 'open']).describe('Load model of the level'),
    level: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().describe('Connections (closed) or offered req/s (open)'),
    metric: ComparedMetricSchema,
    baseline: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().describe("Median over the baseline's rounds (µs, req/s or fraction)"),
    candidate: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().describe("Median over the candidate's rounds (µs, req/s or fraction)"),
    changeKind: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['ratio', 'difference'])
        .describe('ratio: candidate/baseline − 1; difference: candidate − baseline (error rate)'),
    change: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().describe('Point estimate of the change, see `changeKind`'),
    ci: ChangeIntervalSchema.nullable().describe('Bootstrap interval of the change; null if none'),
    samples: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        source: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['rounds', 'seconds'])
            .describe('What was resampled: per-round values, or per-second values of a single round'),
        baseline: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().describe('Baseline sample size'),
        candidate: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().describe('Candidate sample size'),
    }),
    verdict: MetricVerdictSchema,
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('The verdict in words'),
    paired: PairedSamplesSchema.optional().describe('Same-session A/B: the pairs the interval was computed from (absent: two independent samples)'),
});
/** Smallest change that a setup can tell apart from its own noise (A/A). */
const NoiseEstimateSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    scenario: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['closed', 'open']),
    level: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive(),
    metric: ComparedMetricSchema,
    method: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['halves', 'resample'])
        .describe('halves: even rounds vs odd rounds; resample: two bootstrap draws from one pool'),
    samples: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().describe('Values the estimate is based on'),
    minDetectableChange: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .nonnegative()
        .describe('Largest |change| an A/A interval reaches: smaller changes are noise (kind as `change`)'),
});
/** Settings a comparison was made with, so a reader can reproduce it. */
const ComparisonSettingsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    threshold: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().describe('Relative threshold, e.g. 0.05 for ±5%'),
    errorRateThreshold: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .nonnegative()
        .describe('Absolute error-rate threshold as a fraction, e.g. 0.001 for 0.1 percentage points'),
    confidence: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().gt(0).lt(1),
    iterations: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .int()
        .positive()
        .describe('Bootstrap resamples (bootstrap intervals only)'),
    interval: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['bootstrap', 'paired-t'])
        .optional()
        .describe('bootstrap (absent): percentile bootstrap; paired-t: t interval of paired log ratios'),
    seed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().describe('PRNG seed: the same inputs and seed give the same intervals'),
});
/** How a same-session A/B loaded its two sides. */
const AbModeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['interleaved', 'duet'])
    .describe('interleaved: one side loaded at a time; duet: both at once, each on its own cores');
/** A side of an A/B. */
const AbSideSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['baseline', 'candidate']);
/** The order of the rounds of an A/B, as it ran. */
const AbScheduleSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    seed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .int()
        .describe('Seed of the order: the same seed and plan give the same order'),
    rounds: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        round: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().describe('Round number, from 1'),
        steps: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
            scenario: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
            model: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['closed', 'open']),
            level: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive(),
            order: zod__WEBPACK_IMPORTED_MODULE_0__/* .tuple */ .PVZ([AbSideSchema, AbSideSchema])
                .describe('Interleaved: which side ran first; duet: which side had the first CPUs'),
        })),
    })),
})
    .describe('Per round and level, the order of the sides: random, balanced in pairs of rounds');
/** How the machine's CPUs were split between the two sides (duet). */
const CoreSplitSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    cpus: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().describe('CPUs the run was allowed to use'),
    pinned: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().describe('True when both targets were pinned to their own CPUs'),
    first: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative())
        .describe("CPUs of the side listed first in a step's order"),
    second: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative()).describe('CPUs of the other side'),
    generator: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Where the load generator ran, in words'),
    note: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('The split in words, including why it could not pin, if so'),
})
    .describe('Duet: the CPUs of each side');
/** Why an adaptive A/B stopped adding rounds. */
const StopReasonSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['decided', 'max-rounds', 'time-budget', 'interrupted', 'target-failure'])
    .describe('decided: every judged metric got a verdict; max-rounds / time-budget: the budget ran out');
/** The stopping rule of an adaptive A/B and what it did. */
const StoppingSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    rule: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('repeated-confidence-intervals')
        .describe('Intervals valid together over every look (Jennison and Turnbull)'),
    spending: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('obrien-fleming').describe('Alpha-spending function (Lan and DeMets)'),
    minRounds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().describe('Rounds before the first look'),
    maxRounds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().describe('Most rounds'),
    timeBudgetMs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().optional().describe('Wall-time budget of the rounds, ms'),
    roundsUsed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().describe('Rounds run on each side'),
    reason: StopReasonSchema,
    note: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Why it stopped, in words'),
    looks: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        round: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().describe('Rounds done at this look'),
        confidence: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().gt(0).lt(1).describe("This look's nominal interval confidence"),
        decided: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().describe('Judged metrics with a verdict'),
        undecided: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().describe('Judged metrics still inconclusive'),
    }))
        .describe('Every look, in order'),
    wallTimeMs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().describe('Wall time of the rounds, ms'),
})
    .describe('Adaptive rounds: the rule, the looks and why the run stopped');
/** A whole comparison. */
const ComparisonSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    baselineLabel: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('What the baseline is, e.g. `main@1a2b3c4`'),
    candidateLabel: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('What the candidate is, e.g. `PR #42`'),
    rounds: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        baseline: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().describe('Baseline rounds'),
        candidate: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().describe('Candidate rounds'),
    }),
    mode: ComparisonModeSchema,
    settings: ComparisonSettingsSchema,
    metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(MetricComparisonSchema),
    headline: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('One line, e.g. "1 regression, 5 unchanged across 3 levels"'),
    verdict: OverallVerdictSchema,
    notes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).describe('Levels not compared and other remarks, in words'),
    noise: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(NoiseEstimateSchema).optional().describe('A/A noise of the baseline, if known'),
    abMode: AbModeSchema.optional().describe('Same-session A/B: how the sides were loaded'),
    schedule: AbScheduleSchema.optional(),
    cores: CoreSplitSchema.optional(),
    stopping: StoppingSchema.optional(),
})
    .describe('bench-action comparison of a candidate against a baseline');
/** Outcome of one threshold at one level. */
const ThresholdStatusSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'warn', 'fail', 'no-baseline', 'invalid'])
    .describe('no-baseline and invalid are neutral: they never fail a run');
/** A threshold evaluated at one scenario × level. */
const ThresholdResultSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    threshold: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('The threshold as the user wrote it'),
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['absolute', 'relative']),
    metric: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Metric the threshold reads'),
    scenario: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['closed', 'open']),
    level: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive(),
    status: ThresholdStatusSchema,
    observed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .nullable()
        .describe('Absolute: the value (µs, req/s, fraction); relative: the change; null if none'),
    limit: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable().describe('The limit that decided the status, same kind as observed'),
    message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('The outcome in words'),
});
//# sourceMappingURL=comparison-model.js.map

/***/ }),

/***/ 18563:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ FAILURE_CLASSES),
/* harmony export */   Et: () => (/* binding */ RefusalCountsSchema),
/* harmony export */   b7: () => (/* binding */ READABLE_RESULT_SCHEMA_VERSIONS),
/* harmony export */   bq: () => (/* binding */ RunReportSchema),
/* harmony export */   o6: () => (/* binding */ totalFailures),
/* harmony export */   qP: () => (/* binding */ FailureCountsSchema),
/* harmony export */   tS: () => (/* binding */ RESULT_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony exports LatencySummarySchema, IntervalSampleSchema, GeneratorCheckSchema, ServerMetricsSchema, MachineMetricsSchema, LevelReportSchema, EnvironmentSchema, TargetInfoSchema, SetupStepReportSchema, CommandComparisonSchema, CommandBenchmarkReportSchema, CommandAbSchema, BenchmarkThresholdResultSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _comparison_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25561);
/**
 * The run report model: one zod definition gives both the TypeScript types and the published
 * JSON Schema (`schemas/result.schema.json`). Bump `RESULT_SCHEMA_VERSION` on any change that a
 * reader of an older report would misread.
 */


/**
 * Version of the `result.json` format written by this code. 2: a 503 or 429 the checks do not
 * accept is counted in `counts.backPressure` / `counts.rateLimited`, no longer as an
 * `httpStatus` failure, so `errorRate` leaves them out (in version 1 they were failures).
 */
const RESULT_SCHEMA_VERSION = 2;
/** Versions of `result.json` this code reads: 1 (503/429 inside `httpStatus`) and 2. */
const READABLE_RESULT_SCHEMA_VERSIONS = [1, 2];
const us = (what) => zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe(`${what}, microseconds`);
/** Percentile summary of one HDR histogram, all values in integer microseconds. */
const LatencySummarySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().describe('Values recorded'),
    min: us('Smallest value'),
    mean: us('Arithmetic mean'),
    stdev: us('Standard deviation'),
    p50: us('50th percentile'),
    p75: us('75th percentile'),
    p90: us('90th percentile'),
    p95: us('95th percentile'),
    p99: us('99th percentile'),
    p999: us('99.9th percentile'),
    p9999: us('99.99th percentile'),
    max: us('Largest value'),
})
    .describe('Latency summary in microseconds; all zero when count is 0');
/** Failed requests by class. */
const FailureCountsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    connect: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().describe('Connection refused or not established'),
    timeout: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().describe('No complete response within the timeout'),
    reset: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().describe('Connection reset or closed mid-response'),
    protocol: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .int()
        .nonnegative()
        .optional()
        .describe('The target broke HTTP/1.1: a response with no request outstanding, conflicting lengths, garbage (absent in older reports: read as 0)'),
    httpStatus: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().describe('Status code not in the accepted list'),
    check: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().describe('Body check (JSON path, contains) failed'),
    unfinished: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .int()
        .nonnegative()
        .optional()
        .describe('Still unanswered when the level stopped waiting: closed model, outstanding for the whole window; open model, still in flight a request timeout after the window (absent in older reports: read as 0)'),
})
    .describe('Failures by class');
/** Answers in which the target declined the work: neither a success nor a failure. */
const RefusalCountsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    backPressure: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .int()
        .nonnegative()
        .describe('503 Service Unavailable: the target shed load (e.g. a channel at max_concurrent)'),
    rateLimited: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().describe('429 Too Many Requests: a rate limit'),
})
    .describe('Refusals by class');
/** Every failure class, in the order reports list them. */
const FAILURE_CLASSES = [
    'connect',
    'timeout',
    'reset',
    'protocol',
    'httpStatus',
    'check',
    'unfinished',
];
/** Sum of all failure classes; classes missing from older reports count as 0. */
function totalFailures(f) {
    let n = 0;
    for (const k of FAILURE_CLASSES)
        n += f[k] ?? 0;
    return n;
}
/** One second (or one interval) of a level. */
const IntervalSampleSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    startMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Interval start, ms since the measured window began'),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().describe('Interval length, ms'),
    success: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().describe('Successful responses completed'),
    failures: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().describe('Failed requests completed'),
    successRps: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Successful responses per second'),
    p50Us: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Median latency of successes, µs'),
    p99Us: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('99th percentile latency of successes, µs'),
    maxUs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Largest latency of successes, µs'),
    generatorCpuPercent: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .nonnegative()
        .describe('Load generator CPU (user+system) as % of one core'),
    eventLoopDelayP99Us: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe("Generator's event-loop delay p99, µs"),
    generatorHeapUsedBytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .nonnegative()
        .optional()
        .describe("Load generator's V8 heap in use at the end of the interval, bytes"),
    generatorRssBytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .nonnegative()
        .optional()
        .describe("Load generator's resident memory at the end of the interval, bytes"),
    serverCpuPercent: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().optional().describe('Target CPU, % of one core'),
    serverRssBytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().optional().describe('Target resident memory, bytes'),
    machineCpuPercent: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .nonnegative()
        .optional()
        .describe("Machine's busy CPU (not idle, not stolen), % of all its CPUs"),
    stealPercent: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .nonnegative()
        .optional()
        .describe('CPU time stolen by the hypervisor, % of all CPUs'),
});
/** The load generator's view of itself during a level. */
const GeneratorCheckSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    cpuPercentMean: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Mean CPU of the generator, % of one core'),
    cpuPercentMax: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Highest one-second CPU, % of one core'),
    cpuUsPerRequest: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Generator CPU per completed request, µs'),
    eventLoopDelayP99Us: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Event-loop delay p99 over the level'),
    workerCpuPercentMean: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative())
        .optional()
        .describe('A level spread over worker threads (load.workers > 1): mean CPU of each worker thread, % of one core, in worker order'),
    generatorBound: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .describe('True when the generator, not the target, limited the level: numbers are suspect'),
    note: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The self-check in words'),
    limitedBy: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['generator-cpu', 'event-loop', 'machine'])
        .optional()
        .describe('Generator-bound levels: its own CPU saturated, its event loop was held up, or the machine was oversubscribed'),
});
/** Target process figures aligned with the level's measured window. */
const ServerMetricsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    cpuPercentMean: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Mean CPU, % of one core'),
    cpuUsPerRequest: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Server CPU per completed request, µs'),
    rssBytesMax: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Peak resident memory, bytes'),
    rssBytesMean: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Mean resident memory, bytes'),
});
/** The machine's CPU over a level's window, from `/proc/stat` (machine noise in the open). */
const MachineMetricsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    cpus: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().describe('CPUs of the machine'),
    cpuPercentMean: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Busy CPU (not idle, not stolen), % of all'),
    cpuPercentMax: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Highest one-second busy CPU, % of all'),
    stealPercentMean: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Stolen CPU time, % of all CPUs'),
    stealPercentMax: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Highest one-second steal, % of all CPUs'),
    runnableMean: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .nonnegative()
        .describe('Mean threads runnable at the readings (`procs_running`); above `cpus`: queueing'),
});
/** Results of one scenario at one level. */
const LevelReportSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    scenario: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Scenario name'),
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['closed', 'open']).describe('Load model'),
    level: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().describe('Connections (closed) or offered req/s (open)'),
    connections: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().describe('Connections used'),
    pipelining: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().describe('Requests in flight per connection'),
    offeredRps: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().optional().describe('Open model: intended arrival rate'),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Start of the measured window, ISO 8601 UTC'),
    warmupMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Warm-up before the window (discarded)'),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().describe('Measured window, actual length'),
    cooldownMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Pause after the window'),
    counts: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        total: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
            .int()
            .nonnegative()
            .describe('Requests with an outcome in the window: successes, failures of every class, and refusals (backPressure, rateLimited)'),
        success: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().describe('Responses that passed every check'),
        failures: FailureCountsSchema,
        backPressure: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
            .int()
            .nonnegative()
            .optional()
            .describe('Answers 503 the checks do not accept: back-pressure, not a failure and not in errorRate (absent in version 1 reports, where a 503 was an httpStatus failure)'),
        rateLimited: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
            .int()
            .nonnegative()
            .optional()
            .describe('Answers 429 the checks do not accept: rate limiting, not a failure and not in errorRate (absent in version 1 reports)'),
        httpStatuses: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative())
            .optional()
            .describe('HTTP status failures by status code, e.g. {"500": 12}; absent when none'),
        checkFailures: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative())
            .optional()
            .describe('Check failures by reason, e.g. {"$.success == true did not hold": 3}; absent when none'),
        lateSends: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
            .int()
            .nonnegative()
            .optional()
            .describe('Open model: sends that left more than 1 ms after their intended time'),
        droppedSends: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
            .int()
            .nonnegative()
            .optional()
            .describe('Open model: intended sends of the window never made (no connection free before the window ended, or queued longer than the request timeout); not part of total'),
    }),
    errorRate: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .min(0)
        .max(1)
        .describe('Failures / total (0 when total is 0); refusals (503, 429) are not failures'),
    backPressureRate: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .min(0)
        .max(1)
        .optional()
        .describe('counts.backPressure / total (absent in version 1 reports: read as 0)'),
    rateLimitedRate: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .min(0)
        .max(1)
        .optional()
        .describe('counts.rateLimited / total (absent in version 1 reports: read as 0)'),
    throughput: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        successRps: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Successful responses per second'),
        totalRps: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Completed requests per second'),
    }),
    latencyUs: LatencySummarySchema.describe('Latency of successes: closed model from the actual send, open model from the intended send'),
    serviceTimeUs: LatencySummarySchema.optional().describe('Open model: from the actual send'),
    scheduleLagUs: LatencySummarySchema.optional().describe('Open model: actual minus intended send'),
    failureLatencyUs: LatencySummarySchema.describe('Latency of failed requests'),
    histograms: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        latency: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Successes, HdrHistogram compressed base64'),
        failures: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Failures, HdrHistogram compressed base64'),
        serviceTime: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Open model service time, compressed base64'),
        scheduleLag: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Open model schedule lag, compressed base64'),
    })
        .describe('Whole-window histograms in the standard compressed encoding (µs)'),
    bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        sent: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().describe('Request bytes written'),
        received: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().describe('Response bytes read'),
    }),
    series: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(IntervalSampleSchema).describe('One sample per second of the window'),
    generator: GeneratorCheckSchema,
    server: ServerMetricsSchema.optional().describe('Target process figures, when it was sampled'),
    machine: MachineMetricsSchema.optional().describe("The machine's CPU use and steal over the window, when it was sampled"),
    hlogFile: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Name of the HdrHistogram interval log beside result.json'),
});
/** Where the run happened. */
const EnvironmentSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    hostname: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    cpuModel: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    cpus: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().describe('Logical CPUs'),
    memoryBytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    os: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Platform, release and architecture'),
    nodeVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    undiciVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    toolVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('bench-action version'),
    gitSha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Commit of the repository holding the config'),
    gitDirty: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe('Uncommitted changes were present'),
    vmSize: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Cloud VM size, for cloud runs'),
    region: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Cloud region, for cloud runs'),
});
/** What was benchmarked. */
const TargetInfoSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['url', 'command', 'image']),
    url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Base URL the load was sent to'),
    product: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    command: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional().describe('Command line of a local target'),
    image: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    imageDigest: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('Resolved digest, never just a tag'),
});
/** One setup or teardown request as it ran (before the first level, after the last). */
const SetupStepReportSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    phase: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['setup', 'teardown']).describe('setup: before the levels; teardown: after'),
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('What the step does'),
    method: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('HTTP method'),
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Path and query (secrets in the query redacted)'),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().optional().describe('Status answered; absent when no answer came'),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Time to the complete answer, ms'),
    ok: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().describe("The answer passed the step's checks"),
    problem: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .optional()
        .describe('Why the step failed, with an excerpt of the answer (control characters escaped)'),
});
/** A command benchmark's A/B comparison: the candidate's samples against the baseline's. */
const CommandComparisonSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    baseline: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().describe("The baseline's estimate, in unit"),
    change: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().describe('candidate / baseline − 1 of the median sample'),
    ci: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ low: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), high: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), confidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().gt(0).lt(1) })
        .nullable()
        .describe('Interval of the change: paired t over the rounds (two or more), else bootstrap over one round of per-iteration samples; null when neither is possible'),
    method: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['paired-t', 'bootstrap'])
        .optional()
        .describe('paired-t: log ratios of the rounds, paired by round; bootstrap: the samples of a single round'),
    pairs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        round: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().describe('Round number, from 1'),
        baseline: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().describe("The baseline's value of the round, in unit"),
        candidate: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().describe("The candidate's value of the round, in unit"),
    }))
        .optional()
        .describe("Per round: each side's median per-iteration sample (the estimate when the tool keeps no samples)"),
    verdict: _comparison_model_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricVerdictSchema */ .FW,
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The verdict in words'),
});
/** One figure of a command benchmark (criterion, DataFlow, the generic shape). */
const CommandBenchmarkReportSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    scenario: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The command scenario that produced it'),
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe("The benchmark's stable name, e.g. parse_mt/fields/MT103"),
    unit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Unit of every figure: ns/iter, ns/msg, msg/s, …'),
    direction: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['lower-is-better', 'higher-is-better']),
    estimate: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().describe('The headline estimate, in unit'),
    statistic: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('What the estimate is: slope, mean, median, rate, …'),
    interval: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ lower: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), upper: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), confidenceLevel: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig() })
        .optional()
        .describe("The tool's own confidence interval, when it computed one"),
    samples: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().describe('Samples kept (0 when the tool keeps none)'),
    iterations: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().optional().describe('Iterations or messages measured'),
    comparison: CommandComparisonSchema.optional().describe('A/B runs: against the baseline'),
});
/** A command-benchmark A/B as it ran: the order of every round and why the rounds stopped. */
const CommandAbSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    mode: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('interleaved')
        .describe('One side at a time, the order random per round and command scenario'),
    baselineLabel: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    candidateLabel: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('Relative change that counts, e.g. 0.05'),
    confidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().gt(0).lt(1).describe('Confidence promised over all looks'),
    verdict: _comparison_model_js__WEBPACK_IMPORTED_MODULE_0__/* .OverallVerdictSchema */ .k7.describe('Overall verdict of the compared benchmarks'),
    schedule: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        seed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
            .int()
            .describe('Seed of the order: the same seed and plan give the same order'),
        rounds: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            round: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().describe('Round number, from 1'),
            steps: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
                scenario: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The command scenario'),
                order: zod__WEBPACK_IMPORTED_MODULE_1__/* .tuple */ .PVZ([_comparison_model_js__WEBPACK_IMPORTED_MODULE_0__/* .AbSideSchema */ .CB, _comparison_model_js__WEBPACK_IMPORTED_MODULE_0__/* .AbSideSchema */ .CB]).describe('Which side ran first'),
            })),
        })),
    })
        .describe('Per round and command scenario, the order the sides ran in'),
    stopping: _comparison_model_js__WEBPACK_IMPORTED_MODULE_0__/* .StoppingSchema */ .we,
});
/** One limit on a command benchmark's estimate, judged on one benchmark. */
const BenchmarkThresholdResultSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The threshold in words, e.g. parse_mt/* <= 2000 ns/iter'),
    scenario: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Scenario of the benchmark; empty when no benchmark matched'),
    benchmark: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Benchmark name; the pattern when none matched'),
    unit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Unit of the limit (and of observed, when it matched)'),
    status: _comparison_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ThresholdStatusSchema */ .rn,
    observed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable().describe("The benchmark's estimate; null when not judged"),
    limit: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().describe('The limit, in unit'),
    message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('The outcome in words'),
});
/** The whole `result.json`. */
const RunReportSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(RESULT_SCHEMA_VERSION)])
        .describe('Format version: 2 counts 503/429 as refusals (backPressure, rateLimited); 1 counted them as httpStatus failures'),
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Run id, unique per run'),
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('Config name'),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('When the report was written, ISO 8601 UTC'),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    finishedAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    partial: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .describe('True when the run was interrupted; levels hold what was measured'),
    outcome: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['ok', 'target-failure', 'interrupted'])
        .describe('How the run ended, before any threshold or comparison'),
    target: TargetInfoSchema,
    environment: EnvironmentSchema,
    config: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        hash: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().describe('SHA-256 of the resolved config'),
        resolved: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J().describe('The config after defaults and overrides'),
    }),
    setup: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(SetupStepReportSchema)
        .optional()
        .describe('Setup and teardown requests, in the order they ran; absent when none'),
    levels: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(LevelReportSchema),
    benchmarks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(CommandBenchmarkReportSchema)
        .optional()
        .describe('Command benchmarks (kind: command scenarios), with their units; absent when none'),
    benchmarkComparison: CommandAbSchema.optional().describe('Command-benchmark A/B runs: the order of the rounds and why they stopped'),
    benchmarkThresholds: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(BenchmarkThresholdResultSchema)
        .optional()
        .describe("Limits on command benchmarks' estimates, when the config sets any"),
    notes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('Warnings and remarks in words'),
    comparison: _comparison_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ComparisonSchema */ .tV.optional().describe('A/B runs: the verdicts against the baseline (an addition; older readers ignore it)'),
    thresholds: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_comparison_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ThresholdResultSchema */ .aH)
        .optional()
        .describe('Threshold results, when the config sets thresholds'),
})
    .describe('bench-action run report (result.json)');
//# sourceMappingURL=model.js.map

/***/ }),

/***/ 88845:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Z: () => (/* binding */ formatCpuPercent),
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   EC: () => (/* binding */ formatCostPerMillion),
/* harmony export */   N2: () => (/* binding */ formatRps),
/* harmony export */   Qq: () => (/* binding */ formatRatioPercent),
/* harmony export */   ay: () => (/* binding */ formatUtc),
/* harmony export */   m2: () => (/* binding */ formatHourlyPrice),
/* harmony export */   ms: () => (/* binding */ formatCpuUsPerRequest),
/* harmony export */   oC: () => (/* binding */ formatUs),
/* harmony export */   uH: () => (/* binding */ formatDurationMs),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/**
 * Human units for every rendering (Markdown, terminal, PR comment): one place decides how a
 * latency, a rate or a size reads, so the same figure looks the same everywhere. Output never
 * depends on the machine's locale.
 */
/** Groups the integer part of a decimal string with commas: `12345.6` → `12,345.6`. */
function groupThousands(text) {
    const [intPart = '', frac] = text.split('.');
    const sign = intPart.startsWith('-') ? '-' : '';
    const digits = sign ? intPart.slice(1) : intPart;
    const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return frac === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${frac}`;
}
/** Three significant digits without trailing zeros: 1.40 → `1.4`, 142 → `142`. */
function threeSignificant(x) {
    return String(Number(x.toPrecision(3)));
}
/** A latency in µs as `812 µs`, `1.42 ms`, `142 ms` or `1.2 s`. */
function formatUs(valueUs) {
    if (!Number.isFinite(valueUs))
        return '-';
    const us = Math.round(valueUs);
    if (us < 1000)
        return `${us} µs`;
    // toPrecision can round 999.6 ms up to 1000: promote to the next unit in that case.
    const ms = Number((us / 1000).toPrecision(3));
    if (ms < 1000)
        return `${threeSignificant(ms)} ms`;
    return `${threeSignificant(us / 1_000_000)} s`;
}
/** A count with thousands separators: `1,234,567`. */
function formatCount(n) {
    return groupThousands(String(Math.round(n)));
}
/** A rate in req/s without the unit: `12,345`, or `2.5` below 100 where decimals matter. */
function formatRps(rps) {
    if (!Number.isFinite(rps))
        return '-';
    if (rps < 100)
        return groupThousands(String(Math.round(rps * 10) / 10));
    return formatCount(rps);
}
/** A fraction (0..1) as a percentage: `0%`, `0.012%`, `3.4%`, `100%`. */
function formatRatioPercent(fraction) {
    if (!Number.isFinite(fraction))
        return '-';
    const pct = fraction * 100;
    if (pct === 0)
        return '0%';
    if (pct < 0.001)
        return '<0.001%';
    return `${threeSignificant(pct)}%`;
}
/** CPU as a whole percentage of one core: `97%`, `241%` (more than one core busy). */
function formatCpuPercent(percent) {
    if (!Number.isFinite(percent))
        return '-';
    return `${Math.round(percent)}%`;
}
/** CPU time per request: `35.1 µs`, `1.2 ms`. */
function formatCpuUsPerRequest(us) {
    if (!Number.isFinite(us))
        return '-';
    if (us < 1000)
        return `${threeSignificant(us)} µs`;
    return formatUs(us);
}
/** A size in bytes with binary units: `512 B`, `1.5 KiB`, `86.2 MiB`, `7.75 GiB`. */
function formatBytes(bytes) {
    if (!Number.isFinite(bytes))
        return '-';
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let i = 0;
    while (value >= 1024 && i < units.length - 1) {
        value /= 1024;
        i++;
    }
    return i === 0 ? `${Math.round(value)} B` : `${threeSignificant(value)} ${units[i]}`;
}
/** A duration in ms as `850 ms`, `30 s`, `2 min 5 s`. */
function formatDurationMs(ms) {
    if (!Number.isFinite(ms))
        return '-';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = Math.round(ms / 1000);
    if (s < 60)
        return `${threeSignificant(ms / 1000)} s`;
    const min = Math.floor(s / 60);
    const rest = s % 60;
    return rest === 0 ? `${min} min` : `${min} min ${rest} s`;
}
/** A date as `2026-11-29 03:53:11 UTC`, independent of the local time zone. */
function formatUtc(iso) {
    const d = typeof iso === 'string' ? new Date(iso) : iso;
    if (Number.isNaN(d.getTime()))
        return String(iso);
    return `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
/**
 * An hourly price without its currency: four significant digits, at least two decimals, so
 * cents are never lost and sub-cent prices keep their figures: `0.192`, `1.536`, `2.00`,
 * `1,234.50`.
 */
function formatHourlyPrice(amount) {
    if (!Number.isFinite(amount))
        return '-';
    const text = amount >= 1
        ? amount.toFixed(Math.max(2, 4 - (Math.floor(Math.log10(amount)) + 1)))
        : amount.toPrecision(4);
    // Trailing zeros beyond the second decimal say nothing.
    const trimmed = text.replace(/(\.\d\d\d*?)0+$/, '$1');
    return groupThousands(trimmed);
}
/**
 * A cost per million requests without its currency: two decimals from 1 up (`1.23`, `12.50`),
 * two significant digits below (`0.41`, `0.053`), so small costs keep their first digits.
 */
function formatCostPerMillion(amount) {
    if (!Number.isFinite(amount))
        return '-';
    if (amount >= 1)
        return groupThousands(amount.toFixed(2));
    if (amount === 0)
        return '0';
    // toPrecision keeps a significant trailing zero (0.010), which Number() would drop.
    return amount.toPrecision(2);
}
//# sourceMappingURL=units.js.map

/***/ }),

/***/ 19335:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ metricLabel),
/* harmony export */   Me: () => (/* binding */ formatConfidence),
/* harmony export */   dd: () => (/* binding */ formatMetricValue),
/* harmony export */   eD: () => (/* binding */ formatChange),
/* harmony export */   lo: () => (/* binding */ shortLevelLabel),
/* harmony export */   mj: () => (/* binding */ formatRelativeChange),
/* harmony export */   tW: () => (/* binding */ formatLimit),
/* harmony export */   v3: () => (/* binding */ levelLabel),
/* harmony export */   vy: () => (/* binding */ formatInterval)
/* harmony export */ });
/* unused harmony export formatPointChange */
/* harmony import */ var _report_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88845);

/** Short display name of a compared metric. */
function metricLabel(metric) {
    switch (metric) {
        case 'successRps':
            return 'throughput';
        case 'p50':
            return 'p50';
        case 'p99':
            return 'p99';
        case 'p999':
            return 'p99.9';
        case 'errorRate':
            return 'error rate';
        case 'serverCpuUsPerRequest':
            return 'server CPU/request';
    }
}
/** A metric's value with its unit: `1.42 ms`, `12,345 req/s`, `0.12%`, `35.1 µs`. */
function formatMetricValue(metric, value) {
    switch (metric) {
        case 'successRps':
            return `${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRps */ .N2)(value)} req/s`;
        case 'p50':
        case 'p99':
        case 'p999':
            return (0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUs */ .oC)(value);
        case 'errorRate':
            return (0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRatioPercent */ .Qq)(value);
        case 'serverCpuUsPerRequest':
            return (0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCpuUsPerRequest */ .ms)(value);
    }
}
/** A level in words: `32 connections`, `2,000 req/s offered`. */
function levelLabel(model, level) {
    if (model === 'open')
        return `${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRps */ .N2)(level)} req/s offered`;
    return `${level} connection${level === 1 ? '' : 's'}`;
}
/** A level in a table cell: `32 conn`, `2,000 req/s`. */
function shortLevelLabel(model, level) {
    return model === 'open' ? `${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRps */ .N2)(level)} req/s` : `${level} conn`;
}
/** A signed number with a real minus sign (U+2212), as typography expects. */
function signed(text, negative, zero) {
    if (zero)
        return text;
    return negative ? `\u2212${text}` : `+${text}`;
}
/** A relative change (0.121 → `+12.1%`), one decimal, or whole percent above 100%. */
function formatRelativeChange(change) {
    if (!Number.isFinite(change))
        return '-';
    const pct = Math.abs(change * 100);
    const digits = pct >= 100 ? 0 : 1;
    const text = pct.toFixed(digits);
    return `${signed(text, change < 0, Number(text) === 0)}%`;
}
/** An absolute change of a fraction in percentage points (0.0025 → `+0.25 pp`). */
function formatPointChange(change) {
    if (!Number.isFinite(change))
        return '-';
    const pp = Math.abs(change * 100);
    const text = pp >= 10 ? pp.toFixed(1) : pp >= 0.01 || pp === 0 ? pp.toFixed(2) : pp.toPrecision(1);
    return `${signed(text, change < 0, Number(text) === 0)} pp`;
}
/** A change of the given kind. */
function formatChange(change, kind) {
    return kind === 'ratio' ? formatRelativeChange(change) : formatPointChange(change);
}
/** An interval of a change: `−12.0%…+9.1%`. */
function formatInterval(ci, kind) {
    return `${formatChange(ci.low, kind)}\u2026${formatChange(ci.high, kind)}`;
}
/** A limit or threshold (round numbers): `+5%` rather than `+5.0%`, `+0.10 pp`. */
function formatLimit(change, kind) {
    return formatChange(change, kind).replace(/\.0(?=%)/, '');
}
/** A confidence level as a percentage with the digits it needs: `95%`, `96.3%`, `99.71%`, `99.9999%`. */
function formatConfidence(confidence) {
    const percent = confidence * 100;
    let digits = percent < 99 ? 1 : 2;
    while (digits < 6 && percent < 100 && Number(percent.toFixed(digits)) >= 100)
        digits++;
    return `${Number(percent.toFixed(digits))}%`;
}
//# sourceMappingURL=metric-format.js.map

/***/ }),

/***/ 36365:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ isWholeInterval),
/* harmony export */   $g: () => (/* binding */ groupLevelRounds),
/* harmony export */   Ef: () => (/* binding */ isKeptPerSecond),
/* harmony export */   Ev: () => (/* binding */ levelKey),
/* harmony export */   KA: () => (/* binding */ isHigherBetter),
/* harmony export */   Oy: () => (/* binding */ readRoundValue),
/* harmony export */   Sb: () => (/* binding */ isComparedAbsolutely),
/* harmony export */   _I: () => (/* binding */ missingSideReason),
/* harmony export */   h8: () => (/* binding */ collectRoundValues),
/* harmony export */   hX: () => (/* binding */ chooseSampleSource),
/* harmony export */   uM: () => (/* binding */ collectSamples),
/* harmony export */   x2: () => (/* binding */ readIntervalValue)
/* harmony export */ });
/* unused harmony exports MIN_ROUNDS_FOR_ROUND_SAMPLES, isLatencyMetric, readSecondValues, collectSecondValues */
/** Rounds needed on each side before per-round values are resampled. */
const MIN_ROUNDS_FOR_ROUND_SAMPLES = 2;
/** Seconds shorter than this (a cut-off last interval) are left out of per-second samples. */
const MIN_INTERVAL_MS = 500;
/** True when higher values of the metric are better (throughput); false for latency, errors, CPU. */
function isHigherBetter(metric) {
    return metric === 'successRps';
}
/** True when the metric is compared as an absolute difference rather than a ratio. */
function isComparedAbsolutely(metric) {
    return metric === 'errorRate';
}
/** True for the latency percentiles. */
function isLatencyMetric(metric) {
    return metric === 'p50' || metric === 'p99' || metric === 'p999';
}
/**
 * Why a metric cannot be judged at a level where one side has no value for it, or undefined
 * when both sides have values: the reason every comparison (paired or not) gives.
 */
function missingSideReason(metric, baseValues, candValues) {
    if (baseValues.length > 0 && candValues.length > 0)
        return undefined;
    const missing = baseValues.length === 0 ? 'baseline' : 'candidate';
    const why = isLatencyMetric(metric)
        ? 'has no successful responses'
        : metric === 'errorRate'
            ? 'completed no requests'
            : 'has no server sampling';
    return `the ${missing} ${why} at this level; not judged`;
}
/**
 * The metric's whole-level value of one round, or `undefined` when the round cannot give one
 * (no successes for a latency, no requests for an error rate, no server sampling for CPU).
 */
function readRoundValue(level, metric) {
    switch (metric) {
        case 'successRps':
            return level.throughput.successRps;
        case 'p50':
        case 'p99':
        case 'p999':
            return level.latencyUs.count > 0 ? level.latencyUs[metric] : undefined;
        case 'errorRate':
            return level.counts.total > 0 ? level.errorRate : undefined;
        case 'serverCpuUsPerRequest':
            return level.server?.cpuUsPerRequest;
    }
}
/**
 * The metric of one second (one interval of the series), or `undefined` when that second cannot
 * give it: no successes for a latency, no requests for an error rate, no server reading for CPU,
 * and never p99.9 (a second rarely holds the thousand values it needs).
 */
function readIntervalValue(sample, metric) {
    const total = sample.success + sample.failures;
    switch (metric) {
        case 'successRps':
            return sample.successRps;
        case 'p50':
            return sample.success > 0 ? sample.p50Us : undefined;
        case 'p99':
            return sample.success > 0 ? sample.p99Us : undefined;
        case 'p999':
            return undefined;
        case 'errorRate':
            return total > 0 ? sample.failures / total : undefined;
        case 'serverCpuUsPerRequest':
            // % of one core × interval ms × 10 = CPU µs in the interval.
            return sample.serverCpuPercent !== undefined && total > 0
                ? (sample.serverCpuPercent * sample.durationMs * 10) / total
                : undefined;
    }
}
/** True when the per-second series keeps the metric (every metric but p99.9). */
function isKeptPerSecond(metric) {
    return metric !== 'p999';
}
/** True when an interval is long enough to stand for a second (a cut-off last one is not). */
function isWholeInterval(sample) {
    return sample.durationMs >= MIN_INTERVAL_MS;
}
/**
 * The metric per second of one round, or `undefined` when the series cannot give it (p99.9 is
 * not kept per second: a second rarely holds the thousand values it needs).
 */
function readSecondValues(level, metric) {
    if (!isKeptPerSecond(metric))
        return undefined;
    const values = [];
    for (const s of level.series) {
        if (!isWholeInterval(s))
            continue;
        const v = readIntervalValue(s, metric);
        if (v !== undefined)
            values.push(v);
    }
    return values;
}
/** Per-round values of the rounds that have one. */
function collectRoundValues(rounds, metric) {
    const values = [];
    for (const r of rounds) {
        const v = readRoundValue(r, metric);
        if (v !== undefined && Number.isFinite(v))
            values.push(v);
    }
    return values;
}
/** Per-second values of every round, concatenated; `undefined` when the series lacks the metric. */
function collectSecondValues(rounds, metric) {
    const values = [];
    for (const r of rounds) {
        const v = readSecondValues(r, metric);
        if (v === undefined)
            return undefined;
        values.push(...v);
    }
    return values;
}
/** Per-round values when every side has enough rounds, else per-second values. */
function chooseSampleSource(...roundCounts) {
    return roundCounts.every((n) => n >= MIN_ROUNDS_FOR_ROUND_SAMPLES) ? 'rounds' : 'seconds';
}
/** The sample of one side from the chosen source (`undefined`: the source lacks the metric). */
function collectSamples(rounds, metric, source) {
    return source === 'rounds'
        ? collectRoundValues(rounds, metric)
        : collectSecondValues(rounds, metric);
}
/** Key identifying a scenario × model × level across reports. */
function levelKey(level) {
    return `${level.scenario}\u0000${level.model}\u0000${level.level}`;
}
/** Groups the levels of several rounds by scenario × level, in first-seen order. */
function groupLevelRounds(reports) {
    const groups = new Map();
    for (const report of reports) {
        for (const level of report.levels) {
            const key = levelKey(level);
            let group = groups.get(key);
            if (!group) {
                group = { scenario: level.scenario, model: level.model, level: level.level, rounds: [] };
                groups.set(key, group);
            }
            group.rounds.push(level);
        }
    }
    return groups;
}
//# sourceMappingURL=metric-samples.js.map

/***/ }),

/***/ 91051:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X2: () => (/* binding */ judgeLevelAgainstSlo),
/* harmony export */   ap: () => (/* binding */ SloConfigSchema),
/* harmony export */   sh: () => (/* binding */ parseSlo)
/* harmony export */ });
/* unused harmony export DEFAULT_SLO_MAX_ERROR_RATE */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _report_units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88845);
/* harmony import */ var _thresholds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96731);
/**
 * A service-level objective: the latency (and error rate) a level must keep for its throughput
 * to count in a size comparison, e.g. `slo: 'p99 < 50ms'`. Written in the absolute-threshold
 * syntax and judged by `evaluateThresholds`, so "meets the SLO" and "passes the threshold" can
 * never disagree. Without an error-rate limit, `errorRate < 0.1%` applies: a level that answers
 * fast because it fails is not serving.
 */



/** Error-rate limit applied when an SLO names none: 0.1%. */
const DEFAULT_SLO_MAX_ERROR_RATE = 0.001;
/** The `slo` config fragment: one string (limits joined by `and` or commas) or a list. */
const SloConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1)])
    .describe("Latency (and error-rate) limits a level must meet to count, e.g. 'p99 < 50ms' or ['p99 < 50ms', 'errorRate < 0.5%']; errorRate < 0.1% applies when none is given");
const LATENCY_METRICS = new Set([
    'p50',
    'p75',
    'p90',
    'p95',
    'p99',
    'p999',
    'p9999',
    'max',
    'mean',
]);
const METRIC_WORDS = {
    p999: 'p99.9',
    p9999: 'p99.99',
    errorRate: 'error rate',
};
function limitLabel(t) {
    const name = METRIC_WORDS[t.metric] ?? t.metric;
    const value = t.metric === 'errorRate' ? (0,_report_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRatioPercent */ .Qq)(t.limit) : (0,_report_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUs */ .oC)(t.limit);
    return `${name} ${t.operator} ${value}`;
}
/** Splits `'p99 < 50ms and errorRate < 0.1%'` into its limits. */
function splitLimits(input) {
    const list = typeof input === 'string' ? [input] : [...input];
    return list
        .flatMap((s) => s.split(/\s*,\s*|\s+and\s+/i))
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/**
 * Parses an SLO: latency limits (`p50`…`p99.99`, `max`, `mean`) and at most one error-rate
 * limit, each `<` or `<=`. Returns every problem at once, each with what to write instead.
 */
function parseSlo(input) {
    const errors = [];
    const latency = [];
    let errorRate;
    const parts = splitLimits(input);
    if (parts.length === 0)
        return { errors: ["empty SLO; write e.g. 'p99 < 50ms'"] };
    for (const text of parts) {
        const t = (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_0__/* .parseThreshold */ .B7)(text);
        if ((0,_thresholds_js__WEBPACK_IMPORTED_MODULE_0__/* .isThresholdError */ .YC)(t)) {
            errors.push(t.error);
            continue;
        }
        if (t.kind !== 'absolute') {
            errors.push(`"${text}": an SLO is a limit on the run itself, e.g. "p99 < 50ms", not a change`);
            continue;
        }
        if (t.severity === 'warn') {
            errors.push(`"${text}": an SLO limit is met or not; drop "warn:"`);
            continue;
        }
        if (t.metric !== 'errorRate' && !LATENCY_METRICS.has(t.metric)) {
            errors.push(`"${text}": an SLO limits latency (p50 … p99.99, max, mean) and the error rate; the throughput is what the comparison finds`);
            continue;
        }
        if (t.operator !== '<' && t.operator !== '<=') {
            errors.push(`"${text}": an SLO is an upper limit; write "<" or "<=", e.g. "p99 < 50ms"`);
            continue;
        }
        if (t.metric === 'errorRate') {
            if (errorRate)
                errors.push(`"${text}": the SLO already has an error-rate limit`);
            else
                errorRate = t;
        }
        else {
            latency.push(t);
        }
    }
    if (errors.length > 0)
        return { errors };
    const defaultErrorRate = errorRate === undefined;
    const errorLimit = errorRate ?? {
        kind: 'absolute',
        source: `errorRate < ${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRatioPercent */ .Qq)(DEFAULT_SLO_MAX_ERROR_RATE)} (default)`,
        metric: 'errorRate',
        operator: '<',
        limit: DEFAULT_SLO_MAX_ERROR_RATE,
        severity: 'fail',
    };
    const thresholds = [...latency, errorLimit];
    const latencyText = latency.map(limitLabel).join(' and ');
    const label = latencyText === '' ? limitLabel(errorLimit) : `${latencyText} (${limitLabel(errorLimit)})`;
    return {
        slo: { sources: thresholds.map((t) => t.source), thresholds, defaultErrorRate, label },
    };
}
/**
 * Judges one level of `report` against `slo`. A generator-bound level is not judged: its
 * numbers describe the load generator, so it can neither meet nor break an SLO.
 */
function judgeLevelAgainstSlo(report, level, slo) {
    const results = (0,_thresholds_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateThresholds */ .S$)(slo.thresholds, { ...report, levels: [level] });
    if (level.generator.generatorBound) {
        return {
            status: 'generator-bound',
            reason: `the load generator saturated (${level.generator.note}); not judged`,
        };
    }
    const invalid = results.find((r) => r.status === 'invalid');
    if (invalid)
        return { status: 'no-data', reason: invalid.message };
    const broken = results.filter((r) => r.status !== 'pass');
    if (broken.length > 0) {
        return { status: 'breaks', reason: broken.map((r) => r.message).join('; ') };
    }
    return { status: 'meets', reason: results.map((r) => r.message).join('; ') };
}
//# sourceMappingURL=slo.js.map

/***/ }),

/***/ 96731:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ parseThreshold),
/* harmony export */   Pr: () => (/* binding */ evaluateBenchmarkThresholds),
/* harmony export */   S: () => (/* binding */ parseThresholds),
/* harmony export */   S$: () => (/* binding */ evaluateThresholds),
/* harmony export */   YC: () => (/* binding */ isThresholdError),
/* harmony export */   c7: () => (/* binding */ attachThresholds)
/* harmony export */ });
/* unused harmony export hasThresholdFailure */
/* harmony import */ var _report_units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88845);
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19335);
/* harmony import */ var _metric_samples_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36365);



/** True for the object form of a benchmark threshold. */
function isBenchmarkInput(input) {
    return typeof input === 'object' && 'benchmark' in input;
}
/** Parses `{ benchmark, max | min, unit }`, or explains what to write. */
function parseBenchmarkThreshold(input) {
    const pattern = String(input.benchmark ?? '').trim();
    const example = "e.g. { benchmark: 'parse_mt/*', max: 2000, unit: ns/iter }";
    if (pattern === '')
        return { error: `a benchmark threshold needs a benchmark name; ${example}` };
    const unit = String(input.unit ?? '').trim();
    if (unit === '') {
        return { error: `benchmark threshold "${pattern}": give the unit of the limit; ${example}` };
    }
    const given = [input.max, input.min].filter((x) => x !== undefined);
    if (given.length !== 1) {
        return {
            error: `benchmark threshold "${pattern}": give exactly one of max (times: at most) or min (rates: at least); ${example}`,
        };
    }
    const limit = given[0];
    if (!Number.isFinite(limit)) {
        return { error: `benchmark threshold "${pattern}": the limit must be a number` };
    }
    const operator = input.max !== undefined ? '<=' : '>=';
    const severity = input.severity ?? 'fail';
    const out = {
        kind: 'benchmark',
        source: `${severity === 'warn' ? 'warn: ' : ''}${pattern} ${operator} ${limit} ${unit}`,
        pattern,
        operator,
        limit,
        unit,
        severity,
    };
    if (input.scenario !== undefined)
        out.scenario = input.scenario;
    return out;
}
const ABSOLUTE_ALIASES = {
    p50: 'p50',
    median: 'p50',
    p75: 'p75',
    p90: 'p90',
    p95: 'p95',
    p99: 'p99',
    p999: 'p999',
    'p99.9': 'p999',
    p9999: 'p9999',
    'p99.99': 'p9999',
    max: 'max',
    mean: 'mean',
    rps: 'successRps',
    throughput: 'successRps',
    successrps: 'successRps',
    totalrps: 'totalRps',
    errors: 'errorRate',
    errorrate: 'errorRate',
    'error-rate': 'errorRate',
    backpressurerate: 'backPressureRate',
    'back-pressure-rate': 'backPressureRate',
    ratelimitedrate: 'rateLimitedRate',
    'rate-limited-rate': 'rateLimitedRate',
    servercpuusperrequest: 'serverCpuUsPerRequest',
    'cpu-per-request': 'serverCpuUsPerRequest',
    cpuperrequest: 'serverCpuUsPerRequest',
};
const TIME_UNITS = { us: 1, µs: 1, μs: 1, ms: 1000, s: 1_000_000 };
const KNOWN_METRICS = 'p50, p75, p90, p95, p99, p99.9, p99.99, max, mean, rps, totalRps, errorRate, backPressureRate, rateLimitedRate, serverCpuUsPerRequest';
/** True when parsing failed. */
function isThresholdError(x) {
    return 'error' in x;
}
function kindOfMetric(metric) {
    if (metric === 'successRps' || metric === 'totalRps')
        return 'rate';
    if (metric === 'errorRate' || metric === 'backPressureRate' || metric === 'rateLimitedRate')
        return 'fraction';
    return 'time';
}
function resolveMetric(name) {
    return ABSOLUTE_ALIASES[name.toLowerCase()];
}
function toComparedMetric(metric) {
    switch (metric) {
        case 'p50':
        case 'p99':
        case 'p999':
        case 'successRps':
        case 'errorRate':
        case 'serverCpuUsPerRequest':
            return metric;
        default:
            return undefined;
    }
}
/** Converts `50` + `ms` etc. to the metric's base unit, or explains why it cannot. */
function convertValue(text, metric, value, unitRaw) {
    const unit = unitRaw.trim();
    switch (kindOfMetric(metric)) {
        case 'time': {
            if (unit === '')
                return { error: `"${text}": add a time unit (us, ms or s), e.g. "${metric} < 50ms"` };
            const factor = TIME_UNITS[unit];
            if (factor === undefined)
                return { error: `"${text}": unknown time unit "${unit}"; use us, ms or s` };
            return value * factor;
        }
        case 'rate': {
            const m = /^([kM]?)(rps|req\/s|\/s)?$/.exec(unit);
            if (!m)
                return {
                    error: `"${text}": unknown rate unit "${unit}"; write e.g. "rps > 2000", "rps > 1.5k" or "rps > 2000/s"`,
                };
            return value * (m[1] === 'k' ? 1000 : m[1] === 'M' ? 1_000_000 : 1);
        }
        case 'fraction': {
            if (unit !== '%')
                return {
                    error: `"${text}": write the ${ABSOLUTE_LABELS[metric]} as a percentage, e.g. "${metric} < 0.1%"`,
                };
            if (value > 100)
                return { error: `"${text}": ${withArticle(ABSOLUTE_LABELS[metric])} cannot exceed 100%` };
            return value / 100;
        }
    }
}
const ABSOLUTE_RE = /^\s*(?:(warn|fail)\s*:\s*)?([A-Za-z][\w.-]*)\s*(<=|>=|<|>|≤|≥)\s*(\d+(?:\.\d+)?|\.\d+)\s*(\S*)\s*$/;
const RELATIVE_RE = /^\s*([A-Za-z][\w.-]*)\s+(?:(warn|fail)\s+)?([+\-−]?\d+(?:\.\d+)?\s*(?:%|pp))(?:\s+(warn|fail)\s+([+\-−]?\d+(?:\.\d+)?\s*(?:%|pp)))?\s*$/;
/**
 * Parses one threshold: a string (`p99 < 50ms`, `warn: p50 <= 800us`, `errorRate < 0.1%`,
 * `rps > 2000`, `successRps >= 1.5k`, `p99 +20%`, `p99 warn +10% fail +20%`) or the object form
 * `{ metric: 'p99', warn: '+10%', fail: '+20%' }`. Returns `{ error }` with a fix on failure.
 */
function parseThreshold(input) {
    if (isBenchmarkInput(input))
        return parseBenchmarkThreshold(input);
    if (typeof input !== 'string')
        return parseRelativeObject(input);
    const text = input.trim();
    if (text === '')
        return { error: 'empty threshold; write e.g. "p99 < 50ms" or "p99 +20%"' };
    const abs = ABSOLUTE_RE.exec(text);
    if (abs) {
        const [, severity, name = '', opRaw = '', valueText = '', unit = ''] = abs;
        const metric = resolveMetric(name);
        if (!metric)
            return { error: `"${text}": unknown metric "${name}"; use one of ${KNOWN_METRICS}` };
        const limit = convertValue(text, metric, Number(valueText), unit);
        if (typeof limit !== 'number')
            return limit;
        const operator = (opRaw === '≤' ? '<=' : opRaw === '≥' ? '>=' : opRaw);
        return {
            kind: 'absolute',
            source: text,
            metric,
            operator,
            limit,
            severity: severity === 'warn' ? 'warn' : 'fail',
        };
    }
    const rel = RELATIVE_RE.exec(text);
    if (rel) {
        const [, name = '', firstKind, first = '', secondKind, second] = rel;
        if (secondKind !== undefined && (firstKind === undefined || firstKind === secondKind)) {
            return {
                error: `"${text}": write "warn" before one limit and "fail" before the other, e.g. "p99 warn +10% fail +20%"`,
            };
        }
        const limits = {};
        limits[firstKind === 'warn' ? 'warn' : 'fail'] = first;
        if (secondKind !== undefined && second !== undefined)
            limits[secondKind] = second;
        return parseRelativeObject({ metric: name, ...limits }, text);
    }
    return {
        error: `"${text}": not a threshold; write "<metric> <op> <value><unit>" (e.g. "p99 < 50ms", "errorRate < 0.1%", "rps > 2000") or "<metric> +<n>%" (e.g. "p99 +20%")`,
    };
}
/** Parses a signed change (`+10%`, `-5%`, `+0.5pp`) for `metric`, in its bad direction. */
function parseChange(text, metric, what, source) {
    const m = /^([+\-−]?)(\d+(?:\.\d+)?)\s*(%|pp)$/.exec(text.trim());
    if (!m)
        return {
            error: `"${source}": ${what} "${text}" is not a change; write e.g. "+10%" (or "+0.5pp" for the error rate)`,
        };
    const [, sign = '', digits = '', unit = ''] = m;
    const absolute = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_0__/* .isComparedAbsolutely */ .Sb)(metric);
    if (absolute && unit !== 'pp') {
        return {
            error: `"${source}": error-rate changes are in percentage points; write e.g. "+0.5pp"`,
        };
    }
    if (!absolute && unit !== '%') {
        return {
            error: `"${source}": ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .metricLabel */ .B)(metric)} changes are relative; write e.g. "${(0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_0__/* .isHigherBetter */ .KA)(metric) ? '-5%' : '+10%'}"`,
        };
    }
    const magnitude = Number(digits) / 100;
    const badSign = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_0__/* .isHigherBetter */ .KA)(metric) ? -1 : 1;
    const given = sign === '' ? badSign : sign === '+' ? 1 : -1;
    if (given !== badSign) {
        const fixed = `${badSign > 0 ? '+' : '-'}${digits}${unit}`;
        return {
            error: `"${source}": ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .metricLabel */ .B)(metric)} gets worse as it ${badSign > 0 ? 'rises' : 'falls'}; write ${what} "${fixed}"`,
        };
    }
    if (magnitude === 0)
        return {
            error: `"${source}": a ${what} limit of 0 would flag every run; use at least the noise level`,
        };
    return badSign * magnitude;
}
function parseRelativeObject(input, sourceText) {
    const source = sourceText ??
        [
            input.metric,
            input.warn !== undefined ? `warn ${input.warn}` : '',
            input.fail !== undefined ? `fail ${input.fail}` : '',
        ]
            .filter(Boolean)
            .join(' ');
    const resolved = resolveMetric(String(input.metric ?? ''));
    const metric = resolved ? toComparedMetric(resolved) : undefined;
    if (!metric) {
        return {
            error: `"${source}": relative thresholds apply to p50, p99, p99.9, rps, errorRate or serverCpuUsPerRequest, not "${input.metric}"`,
        };
    }
    if (input.warn === undefined && input.fail === undefined) {
        return {
            error: `"${source}": give a warn or a fail limit, e.g. { metric: ${metric}, warn: '+10%', fail: '+20%' }`,
        };
    }
    const out = { kind: 'relative', source, metric };
    if (input.warn !== undefined) {
        const w = parseChange(input.warn, metric, 'warn', source);
        if (typeof w !== 'number')
            return w;
        out.warn = w;
    }
    if (input.fail !== undefined) {
        const f = parseChange(input.fail, metric, 'fail', source);
        if (typeof f !== 'number')
            return f;
        out.fail = f;
    }
    if (out.warn !== undefined && out.fail !== undefined && Math.abs(out.warn) > Math.abs(out.fail)) {
        return { error: `"${source}": the warn limit must not be beyond the fail limit` };
    }
    if (input.scenario !== undefined)
        out.scenario = input.scenario;
    return out;
}
/** Parses many thresholds and reports every problem at once. */
function parseThresholds(inputs) {
    const thresholds = [];
    const errors = [];
    for (const input of inputs) {
        const t = parseThreshold(input);
        if (isThresholdError(t))
            errors.push(t.error);
        else
            thresholds.push(t);
    }
    return { thresholds, errors };
}
/** A metric's value at a level, or why there is none. */
function readAbsolute(level, metric) {
    switch (metric) {
        case 'successRps':
            return level.throughput.successRps;
        case 'totalRps':
            return level.throughput.totalRps;
        case 'errorRate':
            return level.errorRate;
        // Absent in version 1 reports, where 503 and 429 were failures: none was counted apart.
        case 'backPressureRate':
            return level.backPressureRate ?? 0;
        case 'rateLimitedRate':
            return level.rateLimitedRate ?? 0;
        case 'serverCpuUsPerRequest':
            return level.server?.cpuUsPerRequest ?? 'the target was not sampled at this level';
        default:
            return level.latencyUs.count > 0
                ? level.latencyUs[metric]
                : 'no successful responses at this level, so no latency';
    }
}
function formatAbsolute(metric, value) {
    switch (kindOfMetric(metric)) {
        case 'time':
            return metric === 'serverCpuUsPerRequest' ? (0,_report_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCpuUsPerRequest */ .ms)(value) : (0,_report_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUs */ .oC)(value);
        case 'rate':
            return `${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRps */ .N2)(value)} req/s`;
        case 'fraction':
            return (0,_report_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRatioPercent */ .Qq)(value);
    }
}
/** Display names of absolute metrics. */
const ABSOLUTE_LABELS = {
    p50: 'p50',
    p75: 'p75',
    p90: 'p90',
    p95: 'p95',
    p99: 'p99',
    p999: 'p99.9',
    p9999: 'p99.99',
    max: 'max',
    mean: 'mean',
    successRps: 'throughput',
    totalRps: 'total throughput',
    errorRate: 'error rate',
    backPressureRate: 'back-pressure rate (503)',
    rateLimitedRate: 'rate-limited rate (429)',
    serverCpuUsPerRequest: 'server CPU/request',
};
function withArticle(label) {
    return /^[aeiou]/i.test(label) ? `an ${label}` : `a ${label}`;
}
function holds(value, op, limit) {
    switch (op) {
        case '<':
            return value < limit;
        case '<=':
            return value <= limit;
        case '>':
            return value > limit;
        case '>=':
            return value >= limit;
    }
}
/**
 * Evaluates every threshold at every level of `report` (the candidate). Relative thresholds read
 * `comparison`; without one (or without the level in it) they are `no-baseline`.
 */
function evaluateThresholds(thresholds, report, comparison) {
    const results = [];
    for (const t of thresholds) {
        // Benchmark limits read command benchmarks (`evaluateBenchmarkThresholds`), not levels.
        if (t.kind === 'benchmark')
            continue;
        for (const level of report.levels) {
            if (t.scenario !== undefined && t.scenario !== level.scenario)
                continue;
            const head = {
                threshold: t.source,
                kind: t.kind,
                metric: t.metric,
                scenario: level.scenario,
                model: level.model,
                level: level.level,
            };
            if (level.generator.generatorBound) {
                results.push({
                    ...head,
                    status: 'invalid',
                    observed: null,
                    limit: null,
                    message: 'the load generator saturated at this level; not judged',
                });
                continue;
            }
            results.push({
                ...head,
                ...(t.kind === 'absolute' ? judgeAbsolute(t, level) : judgeRelative(t, level, comparison)),
            });
        }
    }
    return results;
}
function judgeAbsolute(t, level) {
    if (level.counts.total === 0) {
        return {
            status: 'invalid',
            observed: null,
            limit: t.limit,
            message: 'no requests completed at this level; not judged',
        };
    }
    const value = readAbsolute(level, t.metric);
    if (typeof value === 'string')
        return { status: 'invalid', observed: null, limit: t.limit, message: value };
    const name = ABSOLUTE_LABELS[t.metric];
    const shown = `${name} ${formatAbsolute(t.metric, value)}`;
    const limitText = `${t.operator} ${formatAbsolute(t.metric, t.limit)}`;
    if (holds(value, t.operator, t.limit)) {
        return {
            status: 'pass',
            observed: value,
            limit: t.limit,
            message: `${shown}, within ${limitText}`,
        };
    }
    return {
        status: t.severity,
        observed: value,
        limit: t.limit,
        message: `${shown}, breaks ${limitText}`,
    };
}
function findMetric(comparison, level, metric) {
    return comparison?.metrics.find((m) => m.metric === metric &&
        m.scenario === level.scenario &&
        m.model === level.model &&
        m.level === level.level);
}
/**
 * Fail only when the whole interval is beyond the fail limit; a point estimate beyond a limit
 * with an interval that reaches back inside it is a warning, not a failure.
 */
function judgeRelative(t, level, comparison) {
    const m = findMetric(comparison, level, t.metric);
    const limit = t.warn ?? t.fail ?? null;
    if (!m) {
        return {
            status: 'no-baseline',
            observed: null,
            limit,
            message: 'no baseline for this level; not judged',
        };
    }
    if (m.verdict === 'invalid')
        return { status: 'invalid', observed: null, limit, message: m.reason };
    const badSign = (0,_metric_samples_js__WEBPACK_IMPORTED_MODULE_0__/* .isHigherBetter */ .KA)(t.metric) ? -1 : 1;
    const badness = (x) => badSign * x;
    const least = m.ci ? Math.min(badness(m.ci.low), badness(m.ci.high)) : undefined;
    const label = (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .metricLabel */ .B)(t.metric);
    const shown = `${label} ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChange */ .eD)(m.change, m.changeKind)}${m.ci ? ` (interval ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInterval */ .vy)(m.ci, m.changeKind)})` : ''}`;
    const lim = (x) => (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLimit */ .tW)(x, m.changeKind);
    if (t.fail !== undefined && least !== undefined && least > badness(t.fail)) {
        return {
            status: 'fail',
            observed: m.change,
            limit: t.fail,
            message: `${shown} is entirely beyond the ${lim(t.fail)} fail limit`,
        };
    }
    if (t.fail !== undefined && badness(m.change) > badness(t.fail)) {
        return {
            status: 'warn',
            observed: m.change,
            limit: t.fail,
            message: `${shown} is beyond the ${lim(t.fail)} fail limit, but the interval is not entirely beyond it; warning only`,
        };
    }
    if (t.warn !== undefined && badness(m.change) > badness(t.warn)) {
        return {
            status: 'warn',
            observed: m.change,
            limit: t.warn,
            message: `${shown} is beyond the ${lim(t.warn)} warn limit`,
        };
    }
    return {
        status: 'pass',
        observed: m.change,
        limit,
        message: `${shown}, within ${lim(limit ?? 0)}`,
    };
}
/** A benchmark name pattern (`*`: any characters) as an anchored regular expression. */
function patternRegex(pattern) {
    const parts = pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${parts.join('.*')}$`);
}
/**
 * Evaluates every benchmark threshold on the command benchmarks it names: each matching
 * benchmark's estimate (in an A/B, the candidate's) against the limit, in the limit's unit. A
 * benchmark in another unit is `invalid` (never converted), and a pattern that matches nothing
 * gives one `invalid` result, so a misspelt name is seen instead of passing in silence.
 */
function evaluateBenchmarkThresholds(thresholds, benchmarks) {
    const results = [];
    for (const t of thresholds) {
        if (t.kind !== 'benchmark')
            continue;
        const re = patternRegex(t.pattern);
        const matched = benchmarks.filter((b) => (t.scenario === undefined || b.scenario === t.scenario) && re.test(b.name));
        if (matched.length === 0) {
            const known = benchmarks.map((b) => b.name).slice(0, 10);
            results.push({
                threshold: t.source,
                scenario: t.scenario ?? '',
                benchmark: t.pattern,
                unit: t.unit,
                status: 'invalid',
                observed: null,
                limit: t.limit,
                message: `no benchmark${t.scenario !== undefined ? ` of scenario ${t.scenario}` : ''} matches "${t.pattern}"${known.length > 0 ? ` (the run has ${known.join(', ')}${benchmarks.length > known.length ? ', …' : ''})` : ''}; not judged`,
            });
            continue;
        }
        for (const b of matched) {
            const head = {
                threshold: t.source,
                scenario: b.scenario,
                benchmark: b.name,
                unit: t.unit,
                limit: t.limit,
            };
            if (b.unit !== t.unit) {
                results.push({
                    ...head,
                    status: 'invalid',
                    observed: null,
                    message: `${b.name} is in ${b.unit}, the limit in ${t.unit}; not judged (write the limit in ${b.unit})`,
                });
                continue;
            }
            const shown = `${b.name} ${formatBenchmarkValue(b.estimate)} ${b.unit} (${b.statistic})`;
            const limitText = `${t.operator} ${formatBenchmarkValue(t.limit)} ${t.unit}`;
            const ok = holds(b.estimate, t.operator, t.limit);
            results.push({
                ...head,
                status: ok ? 'pass' : t.severity,
                observed: b.estimate,
                message: ok ? `${shown}, within ${limitText}` : `${shown}, breaks ${limitText}`,
            });
        }
    }
    return results;
}
function formatBenchmarkValue(x) {
    return String(Math.round(x * 1000) / 1000);
}
/** True when any threshold failed (`warn`, `no-baseline` and `invalid` never fail a run). */
function hasThresholdFailure(results) {
    return results.some((r) => r.status === 'fail');
}
/**
 * The report with its thresholds evaluated and attached (`thresholds` is left out when the plan
 * sets none), against the comparison when there is one.
 */
function attachThresholds(plan, report, comparison) {
    const thresholds = evaluateThresholds(plan.thresholds ?? [], report, comparison);
    return thresholds.length > 0 ? { ...report, thresholds } : report;
}
//# sourceMappingURL=thresholds.js.map

/***/ })

};
