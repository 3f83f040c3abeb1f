export const id = 305;
export const ids = [305,860,130];
export const modules = {

/***/ 61860:
/***/ ((module) => {

/*! *****************************************************************************
Copyright (c) Microsoft Corporation.

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH
REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY
AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT,
INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM
LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR
OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
PERFORMANCE OF THIS SOFTWARE.
***************************************************************************** */
/* global global, define, System, Reflect, Promise */
var __extends;
var __assign;
var __rest;
var __decorate;
var __param;
var __metadata;
var __awaiter;
var __generator;
var __exportStar;
var __values;
var __read;
var __spread;
var __spreadArrays;
var __spreadArray;
var __await;
var __asyncGenerator;
var __asyncDelegator;
var __asyncValues;
var __makeTemplateObject;
var __importStar;
var __importDefault;
var __classPrivateFieldGet;
var __classPrivateFieldSet;
var __createBinding;
(function (factory) {
    var root = typeof global === "object" ? global : typeof self === "object" ? self : typeof this === "object" ? this : {};
    if (typeof define === "function" && define.amd) {
        define("tslib", ["exports"], function (exports) { factory(createExporter(root, createExporter(exports))); });
    }
    else if ( true && typeof module.exports === "object") {
        factory(createExporter(root, createExporter(module.exports)));
    }
    else {
        factory(createExporter(root));
    }
    function createExporter(exports, previous) {
        if (exports !== root) {
            if (typeof Object.create === "function") {
                Object.defineProperty(exports, "__esModule", { value: true });
            }
            else {
                exports.__esModule = true;
            }
        }
        return function (id, v) { return exports[id] = previous ? previous(id, v) : v; };
    }
})
(function (exporter) {
    var extendStatics = Object.setPrototypeOf ||
        ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
        function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };

    __extends = function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };

    __assign = Object.assign || function (t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
            s = arguments[i];
            for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p];
        }
        return t;
    };

    __rest = function (s, e) {
        var t = {};
        for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0)
            t[p] = s[p];
        if (s != null && typeof Object.getOwnPropertySymbols === "function")
            for (var i = 0, p = Object.getOwnPropertySymbols(s); i < p.length; i++) {
                if (e.indexOf(p[i]) < 0 && Object.prototype.propertyIsEnumerable.call(s, p[i]))
                    t[p[i]] = s[p[i]];
            }
        return t;
    };

    __decorate = function (decorators, target, key, desc) {
        var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
        if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
        else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
        return c > 3 && r && Object.defineProperty(target, key, r), r;
    };

    __param = function (paramIndex, decorator) {
        return function (target, key) { decorator(target, key, paramIndex); }
    };

    __metadata = function (metadataKey, metadataValue) {
        if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(metadataKey, metadataValue);
    };

    __awaiter = function (thisArg, _arguments, P, generator) {
        function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
        return new (P || (P = Promise))(function (resolve, reject) {
            function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
            function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
            function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
            step((generator = generator.apply(thisArg, _arguments || [])).next());
        });
    };

    __generator = function (thisArg, body) {
        var _ = { label: 0, sent: function() { if (t[0] & 1) throw t[1]; return t[1]; }, trys: [], ops: [] }, f, y, t, g;
        return g = { next: verb(0), "throw": verb(1), "return": verb(2) }, typeof Symbol === "function" && (g[Symbol.iterator] = function() { return this; }), g;
        function verb(n) { return function (v) { return step([n, v]); }; }
        function step(op) {
            if (f) throw new TypeError("Generator is already executing.");
            while (_) try {
                if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
                if (y = 0, t) op = [op[0] & 2, t.value];
                switch (op[0]) {
                    case 0: case 1: t = op; break;
                    case 4: _.label++; return { value: op[1], done: false };
                    case 5: _.label++; y = op[1]; op = [0]; continue;
                    case 7: op = _.ops.pop(); _.trys.pop(); continue;
                    default:
                        if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) { _ = 0; continue; }
                        if (op[0] === 3 && (!t || (op[1] > t[0] && op[1] < t[3]))) { _.label = op[1]; break; }
                        if (op[0] === 6 && _.label < t[1]) { _.label = t[1]; t = op; break; }
                        if (t && _.label < t[2]) { _.label = t[2]; _.ops.push(op); break; }
                        if (t[2]) _.ops.pop();
                        _.trys.pop(); continue;
                }
                op = body.call(thisArg, _);
            } catch (e) { op = [6, e]; y = 0; } finally { f = t = 0; }
            if (op[0] & 5) throw op[1]; return { value: op[0] ? op[1] : void 0, done: true };
        }
    };

    __exportStar = function(m, o) {
        for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(o, p)) __createBinding(o, m, p);
    };

    __createBinding = Object.create ? (function(o, m, k, k2) {
        if (k2 === undefined) k2 = k;
        Object.defineProperty(o, k2, { enumerable: true, get: function() { return m[k]; } });
    }) : (function(o, m, k, k2) {
        if (k2 === undefined) k2 = k;
        o[k2] = m[k];
    });

    __values = function (o) {
        var s = typeof Symbol === "function" && Symbol.iterator, m = s && o[s], i = 0;
        if (m) return m.call(o);
        if (o && typeof o.length === "number") return {
            next: function () {
                if (o && i >= o.length) o = void 0;
                return { value: o && o[i++], done: !o };
            }
        };
        throw new TypeError(s ? "Object is not iterable." : "Symbol.iterator is not defined.");
    };

    __read = function (o, n) {
        var m = typeof Symbol === "function" && o[Symbol.iterator];
        if (!m) return o;
        var i = m.call(o), r, ar = [], e;
        try {
            while ((n === void 0 || n-- > 0) && !(r = i.next()).done) ar.push(r.value);
        }
        catch (error) { e = { error: error }; }
        finally {
            try {
                if (r && !r.done && (m = i["return"])) m.call(i);
            }
            finally { if (e) throw e.error; }
        }
        return ar;
    };

    /** @deprecated */
    __spread = function () {
        for (var ar = [], i = 0; i < arguments.length; i++)
            ar = ar.concat(__read(arguments[i]));
        return ar;
    };

    /** @deprecated */
    __spreadArrays = function () {
        for (var s = 0, i = 0, il = arguments.length; i < il; i++) s += arguments[i].length;
        for (var r = Array(s), k = 0, i = 0; i < il; i++)
            for (var a = arguments[i], j = 0, jl = a.length; j < jl; j++, k++)
                r[k] = a[j];
        return r;
    };

    __spreadArray = function (to, from, pack) {
        if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
            if (ar || !(i in from)) {
                if (!ar) ar = Array.prototype.slice.call(from, 0, i);
                ar[i] = from[i];
            }
        }
        return to.concat(ar || from);
    };

    __await = function (v) {
        return this instanceof __await ? (this.v = v, this) : new __await(v);
    };

    __asyncGenerator = function (thisArg, _arguments, generator) {
        if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
        var g = generator.apply(thisArg, _arguments || []), i, q = [];
        return i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function () { return this; }, i;
        function verb(n) { if (g[n]) i[n] = function (v) { return new Promise(function (a, b) { q.push([n, v, a, b]) > 1 || resume(n, v); }); }; }
        function resume(n, v) { try { step(g[n](v)); } catch (e) { settle(q[0][3], e); } }
        function step(r) { r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r);  }
        function fulfill(value) { resume("next", value); }
        function reject(value) { resume("throw", value); }
        function settle(f, v) { if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]); }
    };

    __asyncDelegator = function (o) {
        var i, p;
        return i = {}, verb("next"), verb("throw", function (e) { throw e; }), verb("return"), i[Symbol.iterator] = function () { return this; }, i;
        function verb(n, f) { i[n] = o[n] ? function (v) { return (p = !p) ? { value: __await(o[n](v)), done: n === "return" } : f ? f(v) : v; } : f; }
    };

    __asyncValues = function (o) {
        if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
        var m = o[Symbol.asyncIterator], i;
        return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function () { return this; }, i);
        function verb(n) { i[n] = o[n] && function (v) { return new Promise(function (resolve, reject) { v = o[n](v), settle(resolve, reject, v.done, v.value); }); }; }
        function settle(resolve, reject, d, v) { Promise.resolve(v).then(function(v) { resolve({ value: v, done: d }); }, reject); }
    };

    __makeTemplateObject = function (cooked, raw) {
        if (Object.defineProperty) { Object.defineProperty(cooked, "raw", { value: raw }); } else { cooked.raw = raw; }
        return cooked;
    };

    var __setModuleDefault = Object.create ? (function(o, v) {
        Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
        o["default"] = v;
    };

    __importStar = function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
        __setModuleDefault(result, mod);
        return result;
    };

    __importDefault = function (mod) {
        return (mod && mod.__esModule) ? mod : { "default": mod };
    };

    __classPrivateFieldGet = function (receiver, state, kind, f) {
        if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
        if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
        return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
    };

    __classPrivateFieldSet = function (receiver, state, value, kind, f) {
        if (kind === "m") throw new TypeError("Private method is not writable");
        if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
        if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
        return (kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value)), value;
    };

    exporter("__extends", __extends);
    exporter("__assign", __assign);
    exporter("__rest", __rest);
    exporter("__decorate", __decorate);
    exporter("__param", __param);
    exporter("__metadata", __metadata);
    exporter("__awaiter", __awaiter);
    exporter("__generator", __generator);
    exporter("__exportStar", __exportStar);
    exporter("__createBinding", __createBinding);
    exporter("__values", __values);
    exporter("__read", __read);
    exporter("__spread", __spread);
    exporter("__spreadArrays", __spreadArrays);
    exporter("__spreadArray", __spreadArray);
    exporter("__await", __await);
    exporter("__asyncGenerator", __asyncGenerator);
    exporter("__asyncDelegator", __asyncDelegator);
    exporter("__asyncValues", __asyncValues);
    exporter("__makeTemplateObject", __makeTemplateObject);
    exporter("__importStar", __importStar);
    exporter("__importDefault", __importDefault);
    exporter("__classPrivateFieldGet", __classPrivateFieldGet);
    exporter("__classPrivateFieldSet", __classPrivateFieldSet);
});


/***/ }),

/***/ 45452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMain: () => (/* binding */ runMain)
});

// UNUSED EXPORTS: ABORT_GRACE_MS, COMMENT_TIMEOUT_MS

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
;// CONCATENATED MODULE: ./lib/core/report/action-summary.js
/** Most findings listed before "… and N more". */
const MAX_FINDINGS_SHOWN = 20;
/** One line per finding, in the same words for every provider. */
function renderFindings(findings) {
    if (findings.length === 0)
        return '';
    const line = (f) => f.source === 'threshold'
        ? `- ${f.scenario} @ ${f.level}: threshold \`${f.threshold ?? f.metric}\`: ${f.reason}`
        : `- ${f.scenario} @ ${f.level}: ${f.metric}: ${f.reason}`;
    const shown = findings.slice(0, MAX_FINDINGS_SHOWN).map(line);
    const more = findings.length > MAX_FINDINGS_SHOWN
        ? [`- … and ${findings.length - MAX_FINDINGS_SHOWN} more`]
        : [];
    return ['', `**Findings (${findings.length}):**`, ...shown, ...more, ''].join('\n');
}
/** The footer line: run link, artifact, Blob report, measured commit. */
function renderFooter(footer) {
    const parts = [`[workflow run](${footer.runUrl})`];
    if (footer.artifactName !== undefined) {
        parts.push(footer.artifactUrl !== undefined
            ? `[artifact \`${footer.artifactName}\`](${footer.artifactUrl})`
            : `artifact \`${footer.artifactName}\``);
    }
    if (footer.reportUrl !== undefined)
        parts.push(`[report in Blob](${footer.reportUrl})`);
    if (footer.headSha !== undefined && footer.headSha !== '') {
        parts.push(`commit \`${footer.headSha.slice(0, 7)}\``);
    }
    return `\n---\n<sub>bench-action · ${parts.join(' · ')}</sub>\n`;
}
/** The job summary and PR comment of a run that produced a report. */
function renderResultSummary(input) {
    const banner = input.partial
        ? '> [!WARNING]\n> The run was interrupted: these are partial results.\n\n'
        : '';
    return (`${banner}**Verdict: ${input.verdict}**\n\n${input.summaryMarkdown}\n` +
        `${renderFindings(input.findings)}${renderFooter(input.footer)}`);
}
const noReportTitles = {
    'not-run': 'Benchmark not run',
    failed: 'Benchmark failed',
    interrupted: 'Benchmark interrupted',
    skipped: 'Benchmark skipped',
};
/** The summary of a run that produced no report. */
function renderNoReportSummary(input) {
    return `### ${noReportTitles[input.kind]}\n\n${input.text}\n${renderFooter(input.footer)}`;
}
/** The summary of `mode: janitor`. */
function renderJanitorSummary(input) {
    const pending = input.pending.length > 0 ? `\n\nNot confirmed: ${input.pending.join(', ')}` : '';
    return `### Janitor\n\n${input.message}\n\nDeleted: ${input.deleted.join(', ') || 'none'}${pending}\n`;
}
//# sourceMappingURL=action-summary.js.map
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/stats/verdict.js
var stats_verdict = __webpack_require__(49390);
// EXTERNAL MODULE: ./lib/edges/github/action-context.js
var action_context = __webpack_require__(55638);
// EXTERNAL MODULE: ./lib/edges/github/input-helper.js
var input_helper = __webpack_require__(2237);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./lib/edges/github/truncate-markdown.js
/**
 * Cuts Markdown to fit a size limit (job summary bytes, comment characters) without breaking
 * it: the cut falls on a line boundary, never inside a character, closes an open code fence and
 * ends with a note saying where the rest is.
 */
function sizeOf(text, unit) {
    return unit === 'utf8-bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}
/** The longest prefix of `text` whose size is at most `budget`, never splitting a character. */
function prefixWithin(text, budget, unit) {
    if (budget <= 0)
        return '';
    if (unit === 'chars') {
        let cut = Math.min(budget, text.length);
        // Do not leave half of a surrogate pair behind.
        const last = text.charCodeAt(cut - 1);
        if (last >= 0xd800 && last <= 0xdbff)
            cut -= 1;
        return text.slice(0, cut);
    }
    const bytes = Buffer.from(text, 'utf8').subarray(0, budget);
    // A multi-byte character cut in half decodes to U+FFFD at the end: drop it.
    return bytes.toString('utf8').replace(/\uFFFD+$/, '');
}
/** Returns `text` unchanged when it fits, otherwise a shortened copy ending with `note`. */
function truncateMarkdown(text, options) {
    const { max, unit } = options;
    if (sizeOf(text, unit) <= max)
        return text;
    const tail = `\n\n> ${options.note.replace(/\n/g, ' ')}\n`;
    const fence = '\n```';
    const budget = max - sizeOf(tail, unit) - sizeOf(fence, unit);
    let head = prefixWithin(text, budget, unit);
    const lineEnd = head.lastIndexOf('\n');
    if (lineEnd > 0)
        head = head.slice(0, lineEnd);
    // An odd number of fence lines means the cut is inside a code block: close it.
    const fences = head.split('\n').filter((line) => line.trimStart().startsWith('```')).length;
    if (fences % 2 === 1)
        head += fence;
    const result = head + tail;
    // A note longer than the limit itself is a caller bug; still never exceed the limit.
    return sizeOf(result, unit) <= max ? result : prefixWithin(result, max, unit);
}
//# sourceMappingURL=truncate-markdown.js.map
;// CONCATENATED MODULE: ./lib/edges/github/job-summary.js
/**
 * Writes the job summary. GitHub rejects a step's summary above 1 MiB, so long Markdown is
 * shortened (on a line boundary) with a pointer to the artifact instead of being lost.
 */



/** Step summary limit set by GitHub, bytes. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** What we allow ourselves: room for the runner's own bookkeeping and other writes. */
const SUMMARY_MAX_BYTES = SUMMARY_LIMIT_BYTES - 48 * 1024;
/**
 * Appends `markdown` to the step summary. Returns false (with a note in the log) when the runner
 * offers no summary file, e.g. on a local runner, or it cannot be written.
 */
async function writeJobSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        core/* info */.pq('No job summary file (GITHUB_STEP_SUMMARY is not set); the summary was not written.');
        return false;
    }
    const text = truncateMarkdown(markdown, {
        max: SUMMARY_MAX_BYTES,
        unit: 'utf8-bytes',
        note: 'The summary was cut to fit the 1 MiB job summary limit; the full report is in the workflow artifact.',
    });
    // Appended directly rather than through core.summary, which remembers the first file path it
    // saw for the life of the process.
    try {
        await (0,promises_.appendFile)(file, text.endsWith('\n') ? text : `${text}\n`);
        return true;
    }
    catch (error) {
        // The summary is one of several places results go; losing it must not lose the others.
        core/* warning */.$e(`Could not write the job summary: ${String(error)}`);
        return false;
    }
}
//# sourceMappingURL=job-summary.js.map
// EXTERNAL MODULE: ./lib/edges/github/octokit.js
var github_octokit = __webpack_require__(75277);
;// CONCATENATED MODULE: ./lib/edges/github/pr-comment.js
/**
 * One sticky PR comment per pull request and `comment-id`: found again by a hidden marker and
 * by its author (whoever the token acts as: the Actions bot, a GitHub App or a user), skipping
 * comments a maintainer minimized, then updated in place, so a PR that is pushed ten times
 * still has one benchmark comment. A fork's read-only token cannot comment; that is a warning,
 * not a failure.
 */



/** Longest comment body GitHub accepts, characters. */
const COMMENT_LIMIT_CHARS = 65_536;
/** What we allow ourselves, leaving room for the marker and the truncation note. */
const COMMENT_MAX_CHARS = COMMENT_LIMIT_CHARS - 1_024;
/** Hidden marker that identifies our comment for `commentId`. */
function commentMarker(commentId) {
    return `<!-- bench-action:${commentId} -->`;
}
/**
 * Who the token acts as, and the pull request's comments, in one GraphQL query per page.
 * `viewer` works for a workflow's `GITHUB_TOKEN`, a GitHub App installation token and a user
 * token alike, where REST `GET /user` answers 403 for the first two (so the author cannot be
 * guessed). GraphQL shows bots' logins without the `[bot]` suffix (marocchino/
 * sticky-pull-request-comment matches them the same way).
 */
const FIND_COMMENT_QUERY = `
query($owner: String!, $repo: String!, $number: Int!, $after: String) {
  viewer { login }
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      comments(first: 100, after: $after) {
        nodes { databaseId url author { login } isMinimized body }
        pageInfo { endCursor hasNextPage }
      }
    }
  }
}`;
/** A login without the `[bot]` suffix REST adds to bots. */
function plainLogin(login) {
    return login?.replace(/\[bot\]$/, '');
}
/** Our earlier comment: the marker, written by the token's own identity, not minimized. */
async function findOwnComment(opts, marker) {
    let after = null;
    for (let page = 0; page < 100; page++) {
        const answer = await opts.octokit.graphql(FIND_COMMENT_QUERY, {
            owner: opts.owner,
            repo: opts.repo,
            number: opts.issueNumber,
            after,
            request: { signal: opts.signal },
        });
        const me = plainLogin(answer.viewer.login);
        const comments = answer.repository?.pullRequest?.comments;
        const found = comments?.nodes.find((node) => node !== null &&
            node.databaseId !== null &&
            !node.isMinimized &&
            node.body.includes(marker) &&
            plainLogin(node.author?.login) === me);
        if (found?.databaseId)
            return { id: found.databaseId, html_url: found.url };
        if (!comments?.pageInfo.hasNextPage)
            return undefined;
        after = comments.pageInfo.endCursor;
    }
    return undefined;
}
function forbiddenWarning(action) {
    core/* warning */.$e(`Could not ${action} the benchmark comment: the token may not write to this pull request (HTTP 403). ` +
        'Pull requests from forks get a read-only GITHUB_TOKEN; the results are in the job summary and the artifact. ' +
        'For same-repository PRs, give the job `permissions: pull-requests: write`.');
}
/**
 * Creates or updates the sticky comment. With `mode: on-regression` and no regression, posts
 * nothing, but rewrites an existing comment so it no longer reports a regression that is gone.
 */
async function upsertPrComment(opts) {
    const { octokit, owner, repo, issueNumber, mode } = opts;
    if (mode === 'never')
        return { status: 'skipped' };
    const marker = commentMarker(opts.commentId);
    let existing;
    try {
        existing = await findOwnComment(opts, marker);
    }
    catch (error) {
        if ((0,github_octokit/* httpStatusOf */.s)(error) === 403) {
            forbiddenWarning('read');
            return { status: 'forbidden' };
        }
        throw error;
    }
    let shown = opts.body;
    if (mode === 'on-regression' && !opts.hasRegression) {
        if (existing === undefined)
            return { status: 'skipped' };
        shown = `**The regression reported earlier is gone:** the latest run found none.\n\n${opts.body}`;
    }
    const body = `${marker}\n${truncateMarkdown(shown, {
        max: COMMENT_MAX_CHARS,
        unit: 'chars',
        note: 'The comment was cut to fit GitHub’s 65,536-character limit; the full report is in the job summary and the workflow artifact.',
    })}`;
    try {
        if (existing !== undefined) {
            const { data } = await octokit.rest.issues.updateComment({
                owner,
                repo,
                comment_id: existing.id,
                body,
                request: { signal: opts.signal },
            });
            return { status: 'updated', id: data.id, url: data.html_url };
        }
        const { data } = await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: issueNumber,
            body,
            request: { signal: opts.signal },
        });
        return { status: 'created', id: data.id, url: data.html_url };
    }
    catch (error) {
        if ((0,github_octokit/* httpStatusOf */.s)(error) === 403) {
            forbiddenWarning(existing === undefined ? 'create' : 'update');
            return { status: 'forbidden' };
        }
        throw error;
    }
}
//# sourceMappingURL=pr-comment.js.map
// EXTERNAL MODULE: ./lib/edges/github/report-artifact.js
var report_artifact = __webpack_require__(64019);
// EXTERNAL MODULE: ./lib/edges/github/constants.js
var constants = __webpack_require__(56033);
;// CONCATENATED MODULE: ./lib/edges/github/run-outputs.js
/**
 * Sets every output of the action from a run's result. Outputs that do not apply are set to an
 * empty string rather than left out, so `steps.bench.outputs.x` is always defined.
 */


/**
 * The level the single-number outputs describe: the one with the highest successful throughput
 * (the peak of a sweep), ignoring levels whose generator was saturated when any other exists.
 */
function headlineLevel(report) {
    const trusted = report.levels.filter((level) => !level.generator.generatorBound);
    const pool = trusted.length > 0 ? trusted : report.levels;
    let best;
    for (const level of pool) {
        if (best === undefined || level.throughput.successRps > best.throughput.successRps)
            best = level;
    }
    return best;
}
function decimals(value, digits) {
    return String(Number(value.toFixed(digits)));
}
/** The outputs as name → value, for logging and tests. */
function runOutputValues(input) {
    const level = input.report ? headlineLevel(input.report) : undefined;
    return {
        [constants/* Outputs */.tY.verdict]: input.verdict,
        [constants/* Outputs */.tY.reportDir]: input.reportDir ?? '',
        [constants/* Outputs */.tY.reportUrl]: input.reportUrl ?? '',
        [constants/* Outputs */.tY.artifactName]: input.artifactName ?? '',
        [constants/* Outputs */.tY.artifactUrl]: input.artifactUrl ?? '',
        [constants/* Outputs */.tY.commentUrl]: input.commentUrl ?? '',
        [constants/* Outputs */.tY.rps]: level ? decimals(level.throughput.successRps, 1) : '',
        [constants/* Outputs */.tY.p50Ms]: level ? decimals(level.latencyUs.p50 / 1000, 3) : '',
        [constants/* Outputs */.tY.p99Ms]: level ? decimals(level.latencyUs.p99 / 1000, 3) : '',
        [constants/* Outputs */.tY.errorRate]: level ? decimals(level.errorRate, 6) : '',
        [constants/* Outputs */.tY.regressions]: JSON.stringify(input.findings.map(findingOutput)),
        [constants/* Outputs */.tY.resourceGroup]: input.resourceGroup ?? '',
        [constants/* Outputs */.tY.historyUrl]: input.history?.url ?? '',
        [constants/* Outputs */.tY.recommendation]: JSON.stringify(input.recommendations ?? []),
        [constants/* Outputs */.tY.changePoints]: JSON.stringify((input.history?.changePoints ?? []).map((c) => ({
            metric: c.metric,
            scenario: c.scenario,
            level: c.level,
            ...(c.vmSize !== undefined && { vmSize: c.vmSize }),
            before: { runId: c.before.runId, sha: c.before.sha },
            after: { runId: c.after.runId, sha: c.after.sha },
            relativeChange: c.relativeChange,
            verdict: c.verdict,
            sentence: c.sentence,
        }))),
    };
}
/** Sets every output. */
function setRunOutputs(input) {
    for (const [name, value] of Object.entries(runOutputValues(input)))
        core/* setOutput */.uH(name, value);
}
/** One finding as the `regressions` output lists it: the fields that are known, in a fixed order. */
function findingOutput(f) {
    return {
        source: f.source,
        scenario: f.scenario,
        level: f.level,
        metric: f.metric,
        ...(f.threshold !== undefined && { threshold: f.threshold }),
        reason: f.reason,
        ...(f.baseline !== undefined && { baseline: f.baseline }),
        ...(f.candidate !== undefined && { candidate: f.candidate }),
        ...(f.change !== undefined && { change: f.change }),
    };
}
//# sourceMappingURL=run-outputs.js.map
// EXTERNAL MODULE: ./lib/edges/github/state-helper.js
var state_helper = __webpack_require__(42950);
// EXTERNAL MODULE: ./lib/core/stats/thresholds.js
var stats_thresholds = __webpack_require__(96731);
;// CONCATENATED MODULE: ./lib/core/stats/stored-thresholds.js

/**
 * The thresholds the candidate ran with, re-parsed from the sources its resolved config keeps,
 * so a history comparison holds the run to the same limits an A/B would.
 */
function storedThresholds(report) {
    const resolved = report.config.resolved;
    if (typeof resolved !== 'object' || resolved === null)
        return [];
    const list = resolved.thresholds;
    if (!Array.isArray(list))
        return [];
    const thresholds = [];
    for (const entry of list) {
        if (typeof entry !== 'object' || entry === null)
            continue;
        const { source, scenario } = entry;
        if (typeof source !== 'string')
            continue;
        const parsed = (0,stats_thresholds/* parseThreshold */.B7)(source);
        if ((0,stats_thresholds/* isThresholdError */.YC)(parsed))
            continue;
        thresholds.push(typeof scenario === 'string' ? { ...parsed, scenario } : parsed);
    }
    return thresholds;
}
//# sourceMappingURL=stored-thresholds.js.map
;// CONCATENATED MODULE: ./lib/core/report/history-series.js
/** Every history metric, in display order. */
const HISTORY_METRICS = ['successRps', 'p50', 'p99', 'p999'];
/** Points kept per series when the caller does not say: about a month of nightlies. */
const DEFAULT_HISTORY_RUNS = 30;
/** The value of `metric` at a point, or `undefined` when the point has none. */
function historyValue(point, metric) {
    switch (metric) {
        case 'successRps':
            return point.successRps;
        case 'p50':
            return point.p50Us;
        case 'p99':
            return point.p99Us;
        case 'p999':
            return point.p999Us;
    }
}
/** Readable identifier of a series key, safe in an HTML id or a file name (may collide). */
function readableId(key) {
    const parts = [key.scenario, key.model ?? 'any', String(key.level), key.vmSize ?? 'local'];
    return parts
        .join('--')
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .toLowerCase();
}
function timeOf(iso) {
    const t = Date.parse(iso);
    return Number.isNaN(t) ? 0 : t;
}
function pointOf(entry, s) {
    const point = {
        sha: entry.sha,
        runId: entry.runId,
        attempt: entry.attempt,
        createdAt: entry.createdAt,
        path: entry.path,
        successRps: s.successRps,
        p99Us: s.p99Us,
    };
    if (s.p50Us !== undefined)
        point.p50Us = s.p50Us;
    if (s.p999Us !== undefined)
        point.p999Us = s.p999Us;
    if (s.errorRate !== undefined)
        point.errorRate = s.errorRate;
    if (s.generatorBound === true)
        point.generatorBound = true;
    return point;
}
/**
 * The series of every scenario × model × level × VM size that the branch's completed (`ok`)
 * runs measured, ordered by scenario, model, VM size and level; points oldest first, the last
 * `lastRuns` of each. A re-run attempt replaces the earlier attempt of the same run, so a
 * retried night counts once. Entries from other products or branches, interrupted runs and
 * target failures are left out. Accepts the live index, or its entries merged with archives.
 */
function buildHistorySeries(index, query) {
    const lastRuns = Math.max(1, Math.floor(query.lastRuns ?? DEFAULT_HISTORY_RUNS));
    const entries = selectEntries(index, query);
    const byKey = new Map();
    for (const entry of entries) {
        for (const s of entry.scenarios) {
            const key = {
                product: index.product,
                branch: query.branch,
                scenario: s.scenario,
                level: s.level,
                ...(s.model !== undefined && { model: s.model }),
                ...(entry.vmSize !== undefined && { vmSize: entry.vmSize }),
            };
            const raw = JSON.stringify([key.scenario, key.model ?? null, key.level, key.vmSize ?? null]);
            let group = byKey.get(raw);
            if (!group) {
                group = { key, byRun: new Map() };
                byKey.set(raw, group);
            }
            keepNewestAttempt(group.byRun, entry, pointOf(entry, s));
        }
    }
    const sorted = [...byKey.values()].sort((a, b) => compareKeys(a.key, b.key));
    return withUniqueIds(sorted, readableId).map(({ group: g, id }) => ({
        ...g.key,
        id,
        points: [...g.byRun.values()].slice(-lastRuns),
    }));
}
/**
 * The series of every command benchmark the branch's completed runs measured, by the rules of
 * `buildHistorySeries` (same entries, a re-run attempt replaces the earlier one, the last
 * `lastRuns`), keyed by scenario, benchmark name, unit and VM size and ordered by them.
 */
function buildBenchmarkHistorySeries(index, query) {
    const lastRuns = Math.max(1, Math.floor(query.lastRuns ?? DEFAULT_HISTORY_RUNS));
    const byKey = new Map();
    for (const entry of selectEntries(index, query)) {
        for (const b of entry.benchmarks ?? []) {
            const key = {
                product: index.product,
                branch: query.branch,
                scenario: b.scenario,
                benchmark: b.name,
                unit: b.unit,
                direction: b.direction,
                ...(entry.vmSize !== undefined && { vmSize: entry.vmSize }),
            };
            const raw = JSON.stringify([key.scenario, key.benchmark, key.unit, key.vmSize ?? null]);
            let group = byKey.get(raw);
            if (!group) {
                group = { key, byRun: new Map() };
                byKey.set(raw, group);
            }
            keepNewestAttempt(group.byRun, entry, {
                sha: entry.sha,
                runId: entry.runId,
                attempt: entry.attempt,
                createdAt: entry.createdAt,
                path: entry.path,
                estimate: b.estimate,
            });
        }
    }
    const sorted = [...byKey.values()].sort((a, b) => compareText(a.key.scenario, b.key.scenario) ||
        compareText(a.key.benchmark, b.key.benchmark) ||
        compareText(a.key.unit, b.key.unit) ||
        compareText(a.key.vmSize ?? '', b.key.vmSize ?? ''));
    const idOf = (k) => ['bench', k.scenario, k.benchmark, k.vmSize ?? 'local']
        .join('--')
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .toLowerCase();
    return withUniqueIds(sorted, idOf).map(({ group: g, id }) => ({
        id,
        ...g.key,
        points: [...g.byRun.values()].slice(-lastRuns),
    }));
}
/**
 * Entries a series is built from: the product's and branch's completed (`ok`) runs, of the VM
 * size asked for, oldest first (stable for entries written in the same millisecond).
 */
function selectEntries(index, query) {
    return (index.entries
        .filter((e) => e.product === index.product &&
        e.branch === query.branch &&
        (e.outcome ?? 'ok') === 'ok' &&
        (query.vmSize === undefined || e.vmSize === query.vmSize))
        // Stable: entries written in the same millisecond keep the index's order.
        .map((e, i) => ({ e, i }))
        .sort((a, b) => timeOf(a.e.createdAt) - timeOf(b.e.createdAt) || a.i - b.i)
        .map(({ e }) => e));
}
/**
 * Entries are oldest first, so a later attempt of the same run replaces the earlier one;
 * deleting first moves the run to where its newest attempt belongs in time.
 */
function keepNewestAttempt(byRun, entry, point) {
    const previous = byRun.get(entry.runId);
    if (previous === undefined || entry.attempt >= previous.attempt) {
        byRun.delete(entry.runId);
        byRun.set(entry.runId, point);
    }
}
/** Names that differ only in punctuation read the same: the later ones are numbered. */
function withUniqueIds(groups, idOf) {
    const used = new Set();
    return groups.map((group) => {
        const base = idOf(group.key);
        let id = base;
        for (let n = 2; used.has(id); n++)
            id = `${base}-${n}`;
        used.add(id);
        return { group, id };
    });
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareKeys(a, b) {
    return (compareText(a.scenario, b.scenario) ||
        compareText(a.model ?? '', b.model ?? '') ||
        compareText(a.vmSize ?? '', b.vmSize ?? '') ||
        a.level - b.level);
}
//# sourceMappingURL=history-series.js.map
// EXTERNAL MODULE: ./lib/core/report/units.js
var units = __webpack_require__(88845);
// EXTERNAL MODULE: ./lib/core/stats/bootstrap.js
var bootstrap = __webpack_require__(16125);
// EXTERNAL MODULE: ./lib/core/stats/metric-format.js
var metric_format = __webpack_require__(19335);
// EXTERNAL MODULE: ./lib/core/stats/metric-samples.js
var metric_samples = __webpack_require__(36365);
;// CONCATENATED MODULE: ./lib/core/stats/change-points.js





/** The defaults, chosen with `npm run bench:change-points` (docs/change-points.md). */
const DEFAULT_CHANGE_POINT_SETTINGS = {
    significance: 0.01,
    permutations: 499,
    minRelativeChange: 0.05,
    statistic: 'median',
    minSegmentSize: 3,
    alpha: 0.5,
    seed: 20_261_129,
};
/** Settings with defaults filled in and checked; throws a plain Error on nonsense. */
function resolveChangePointSettings(settings = {}) {
    const s = { ...DEFAULT_CHANGE_POINT_SETTINGS, ...settings };
    if (!(s.significance > 0 && s.significance < 1)) {
        throw new Error(`change-point significance ${s.significance}: expected a number in (0, 1)`);
    }
    if (!Number.isInteger(s.permutations) || s.permutations < 1) {
        throw new Error(`change-point permutations ${s.permutations}: expected a positive integer`);
    }
    if (s.significance * (s.permutations + 1) < 1 - 1e-9) {
        throw new Error(`change-point significance ${s.significance} cannot be reached with ${s.permutations} permutations (the smallest p-value is 1/${s.permutations + 1}): use more permutations`);
    }
    if (!(s.minRelativeChange >= 0) || !Number.isFinite(s.minRelativeChange)) {
        throw new Error(`change-point minRelativeChange ${s.minRelativeChange}: expected 0 or more`);
    }
    if (!Number.isInteger(s.minSegmentSize) || s.minSegmentSize < 2) {
        throw new Error(`change-point minSegmentSize ${s.minSegmentSize}: expected an integer ≥ 2`);
    }
    if (s.statistic !== 'median' && s.statistic !== 'mean') {
        throw new Error(`change-point statistic ${String(s.statistic)}: expected median or mean`);
    }
    if (!(s.alpha > 0 && s.alpha < 2)) {
        throw new Error(`change-point alpha ${s.alpha}: expected a number in (0, 2)`);
    }
    return s;
}
/** The settings in words, for the reports: "p ≤ 0.01 (499 permutations, seed 1), …". */
function describeChangePointSettings(settings) {
    return `E-Divisive means: a split counts at p ≤ ${settings.significance} (${settings.permutations} permutations, seed ${settings.seed}), with at least ${settings.minSegmentSize} runs on each side, and is reported when the segment ${settings.statistic}s differ by ${roundPercent(settings.minRelativeChange)}% or more`;
}
// ------------------------------------------------------------------ E-Divisive means
/** Best split of `z` by the scaled energy statistic, or undefined when it is too short. */
function bestSplit(z, minSize, alpha) {
    const n = z.length;
    if (n < 2 * minSize)
        return undefined;
    const dist = alpha === 1
        ? (a, b) => Math.abs(a - b)
        : (a, b) => Math.abs(a - b) ** alpha;
    // Sums of |zi − zj|^α within X = z[0, tau), within Y = z[tau, n), and across.
    let withinX = 0;
    let withinY = 0;
    let across = 0;
    for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
            const d = dist(z[i], z[j]);
            if (j < minSize)
                withinX += d;
            else if (i >= minSize)
                withinY += d;
            else
                across += d;
        }
    }
    let best;
    for (let tau = minSize; tau <= n - minSize; tau++) {
        const nx = tau;
        const ny = n - tau;
        const energy = (2 * across) / (nx * ny) - withinX / ((nx * (nx - 1)) / 2) - withinY / ((ny * (ny - 1)) / 2);
        const statistic = ((nx * ny) / n) * energy;
        if (best === undefined || statistic > best.statistic)
            best = { tau, statistic };
        if (tau === n - minSize)
            break;
        // Move z[tau] from Y to X.
        let toX = 0;
        let toY = 0;
        const v = z[tau];
        for (let i = 0; i < tau; i++)
            toX += dist(z[i], v);
        for (let j = tau + 1; j < n; j++)
            toY += dist(v, z[j]);
        withinX += toX;
        withinY -= toY;
        across += toY - toX;
    }
    return best;
}
/** Fisher–Yates shuffle in place. */
function shuffle(values, rng) {
    for (let i = values.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
    }
}
/**
 * Permutation p-value of `observed` as the best split of `segment`. Stops as soon as the split
 * can no longer be significant: the exact p-value of a split that is not kept does not matter,
 * and noise-only series, the common case, then cost a few shuffles instead of hundreds.
 */
function permutationPValue(segment, observed, settings, rng) {
    const total = settings.permutations + 1;
    // p ≤ significance ⇔ atLeast ≤ significance × total − 1 (the epsilon absorbs 0.01 × 500 = 5.000…1).
    const maxAtLeast = Math.floor(settings.significance * total + 1e-9) - 1;
    const shuffled = [...segment];
    let atLeast = 0;
    for (let r = 0; r < settings.permutations; r++) {
        shuffle(shuffled, rng);
        const split = bestSplit(shuffled, settings.minSegmentSize, settings.alpha);
        if (split !== undefined && split.statistic >= observed) {
            atLeast++;
            if (atLeast > maxAtLeast)
                return Math.min(1, (1 + atLeast) / total);
        }
    }
    return (1 + atLeast) / total;
}
/**
 * E-Divisive means over plain numbers: bisects hierarchically, each time at the best split of
 * any current segment, while the permutation test finds it significant. Returns the splits in
 * index order, without the magnitude filter (see `detectChangePoints`).
 */
function eDivisive(values, settings = {}) {
    const s = resolveChangePointSettings(settings);
    if (values.some((v) => !Number.isFinite(v))) {
        throw new Error('eDivisive: every value must be a finite number');
    }
    const rng = (0,bootstrap/* createRng */.SZ)(s.seed);
    const splits = [];
    const candidate = (start, end) => {
        const best = bestSplit(values.slice(start, end), s.minSegmentSize, s.alpha);
        return { start, end, ...(best && { best }) };
    };
    let segments = [candidate(0, values.length)];
    for (;;) {
        let chosen;
        for (const seg of segments) {
            if (seg.best && (!chosen?.best || seg.best.statistic > chosen.best.statistic))
                chosen = seg;
        }
        if (!chosen?.best)
            break;
        const { tau, statistic } = chosen.best;
        const pValue = permutationPValue(values.slice(chosen.start, chosen.end), statistic, s, rng);
        if (pValue > s.significance)
            break;
        const at = chosen.start + tau;
        splits.push({ index: at, statistic, pValue });
        const target = chosen;
        segments = segments.flatMap((seg) => seg === target ? [candidate(seg.start, at), candidate(at, seg.end)] : [seg]);
    }
    return splits.sort((a, b) => a.index - b.index);
}
// ------------------------------------------------------------------ changes in history series
function summarizeSegment(values, from, to) {
    const part = values.slice(from, to);
    return { runs: part.length, mean: (0,bootstrap/* mean */.i2)(part), median: (0,bootstrap/* median */.JZ)(part) };
}
/** The segments either side of `splits[k]`, between its neighbours, and their relative change. */
function changeAt(values, splits, k, statistic) {
    const from = k === 0 ? 0 : splits[k - 1].index;
    const at = splits[k].index;
    const to = k === splits.length - 1 ? values.length : splits[k + 1].index;
    const before = summarizeSegment(values, from, at);
    const after = summarizeSegment(values, at, to);
    return { before, after, change: after[statistic] / before[statistic] - 1 };
}
/**
 * Drops splits whose neighbouring segments differ by less than `minRelativeChange`, the smallest
 * first, summarizing the merged neighbours again after each merge. A level of zero before a
 * split gives no relative change and drops it too.
 */
function mergeSmallChanges(values, splits, settings) {
    const kept = [...splits];
    for (;;) {
        let weakest = -1;
        let weakestSize = Infinity;
        for (let k = 0; k < kept.length; k++) {
            const { before, change } = changeAt(values, kept, k, settings.statistic);
            const size = before[settings.statistic] > 0 && Number.isFinite(change) ? Math.abs(change) : -1;
            if (size < settings.minRelativeChange && size < weakestSize) {
                weakest = k;
                weakestSize = size;
            }
        }
        if (weakest < 0)
            return kept;
        kept.splice(weakest, 1);
    }
}
function runOf(point) {
    return {
        sha: point.sha,
        runId: point.runId,
        attempt: point.attempt,
        createdAt: point.createdAt,
        path: point.path,
    };
}
/** A percentage with at most one decimal and no trailing zero: 9, 9.3, 12.5. */
function roundPercent(fraction) {
    const pct = Math.abs(fraction * 100);
    return String(pct >= 10 ? Math.round(pct) : Number(pct.toFixed(1)));
}
/** `run 1234 (abc1234)`, `run 1234 (attempt 2, abc1234)`, or `run 1234` with no commit. */
function runWords(run) {
    const parts = [
        ...(run.attempt > 1 ? [`attempt ${run.attempt}`] : []),
        ...(run.sha !== '' ? [run.sha.slice(0, 7)] : []),
    ];
    return parts.length > 0 ? `run ${run.runId} (${parts.join(', ')})` : `run ${run.runId}`;
}
/** Where a series was measured, in a sentence: `mt-to-mx @ 64`, `… @ 2,000 req/s on D8s_v5`. */
function describeSeriesPlace(series) {
    const level = series.model === 'open' ? `${(0,units/* formatRps */.N2)(series.level)} req/s` : `${series.level}`;
    return `${series.scenario} @ ${level}${series.vmSize !== undefined ? ` on ${series.vmSize}` : ''}`;
}
/** The one-line sentence of a change point. */
function sentenceOf(cp) {
    const moved = cp.direction === 'up' ? 'rose' : 'fell';
    return `${(0,metric_format/* metricLabel */.B)(cp.metric)} of ${describeSeriesPlace(cp)} ${moved} ${roundPercent(cp.relativeChange)}% between ${runWords(cp.before)} and ${runWords(cp.after)}: ${cp.verdict}, ${cp.statistic} ${(0,metric_format/* formatMetricValue */.dd)(cp.metric, cp.segmentBefore[cp.statistic])} → ${(0,metric_format/* formatMetricValue */.dd)(cp.metric, cp.segmentAfter[cp.statistic])}`;
}
/**
 * Change points of one series for each of `metrics` (default: throughput, p50, p99, p99.9), in
 * metric then index order. Points without a value for a metric (older index entries) and
 * generator-bound points (they describe the load generator, not the target) are left out of
 * that metric's sequence; indexes still refer to `series.points`.
 */
function detectChangePoints(series, settings = {}, metrics = HISTORY_METRICS) {
    const s = resolveChangePointSettings(settings);
    const found = [];
    for (const metric of metrics) {
        const values = [];
        const at = [];
        series.points.forEach((p, i) => {
            const v = historyValue(p, metric);
            if (v === undefined || !Number.isFinite(v) || p.generatorBound === true)
                return;
            values.push(v);
            at.push(i);
        });
        const splits = mergeSmallChanges(values, eDivisive(values, s), s);
        splits.forEach((split, k) => {
            const { before, after, change } = changeAt(values, splits, k, s.statistic);
            const direction = change > 0 ? 'up' : 'down';
            const better = (0,metric_samples/* isHigherBetter */.KA)(metric) ? direction === 'up' : direction === 'down';
            const cp = {
                seriesId: series.id,
                scenario: series.scenario,
                ...(series.model !== undefined && { model: series.model }),
                level: series.level,
                ...(series.vmSize !== undefined && { vmSize: series.vmSize }),
                metric,
                index: at[split.index],
                before: runOf(series.points[at[split.index - 1]]),
                after: runOf(series.points[at[split.index]]),
                segmentBefore: before,
                segmentAfter: after,
                statistic: s.statistic,
                relativeChange: change,
                direction,
                verdict: better ? 'improvement' : 'regression',
                pValue: split.pValue,
            };
            found.push({ ...cp, sentence: sentenceOf(cp) });
        });
    }
    return found;
}
/** Change points of every series, in series order; see `detectChangePoints`. */
function detectHistoryChangePoints(series, settings = {}, metrics = HISTORY_METRICS) {
    return series.flatMap((one) => detectChangePoints(one, settings, metrics));
}
/**
 * Change points of command benchmarks' estimates, by the detector and settings of HTTP series
 * (E-Divisive means, the permutation test, `minRelativeChange`), judged by each benchmark's
 * direction; in series then index order.
 */
function detectBenchmarkChangePoints(series, settings = {}) {
    const s = resolveChangePointSettings(settings);
    const found = [];
    for (const one of series) {
        const values = [];
        const at = [];
        one.points.forEach((p, i) => {
            if (!Number.isFinite(p.estimate))
                return;
            values.push(p.estimate);
            at.push(i);
        });
        const splits = mergeSmallChanges(values, eDivisive(values, s), s);
        splits.forEach((split, k) => {
            const { before, after, change } = changeAt(values, splits, k, s.statistic);
            const direction = change > 0 ? 'up' : 'down';
            const better = one.direction === 'higher-is-better' ? direction === 'up' : direction === 'down';
            const cp = {
                seriesId: one.id,
                scenario: one.scenario,
                benchmark: one.benchmark,
                unit: one.unit,
                ...(one.vmSize !== undefined && { vmSize: one.vmSize }),
                index: at[split.index],
                before: runOf(one.points[at[split.index - 1]]),
                after: runOf(one.points[at[split.index]]),
                segmentBefore: before,
                segmentAfter: after,
                statistic: s.statistic,
                relativeChange: change,
                direction,
                verdict: better ? 'improvement' : 'regression',
                pValue: split.pValue,
            };
            const value = (x) => `${Number(x.toPrecision(4))} ${cp.unit}`;
            const where = `${cp.scenario} ${cp.benchmark}${cp.vmSize !== undefined ? ` on ${cp.vmSize}` : ''}`;
            found.push({
                ...cp,
                sentence: `${where} ${direction === 'up' ? 'rose' : 'fell'} ${roundPercent(change)}% between ${runWords(cp.before)} and ${runWords(cp.after)}: ${cp.verdict}, ${cp.statistic} ${value(before[s.statistic])} → ${value(after[s.statistic])}`,
            });
        });
    }
    return found;
}
//# sourceMappingURL=change-points.js.map
// EXTERNAL MODULE: ./lib/core/report/charts/render-svg-chart.js
var render_svg_chart = __webpack_require__(82798);
;// CONCATENATED MODULE: ./lib/core/report/charts/history-trend-chart.js




/** Colours of change markers: the same as the HTML report's regression and improvement text. */
const VERDICT_COLORS = { regression: '#b91c1c', improvement: '#15803d' };
/** Colour of a point whose load generator was the limit. */
const GENERATOR_BOUND_COLOR = '#a16207';
/** Metrics drawn by each kind of chart, with their line colours. */
const LINES = {
    throughput: [{ metric: 'successRps', color: render_svg_chart/* CHART_COLORS */.OK.candidate }],
    latency: [
        { metric: 'p50', color: render_svg_chart/* CHART_COLORS */.OK.candidate },
        { metric: 'p99', color: render_svg_chart/* CHART_COLORS */.OK.candidateSecondary },
    ],
};
function escapeXml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/** `11-13` for the axis; runs are nightly, so the date tells them apart. */
function dayLabel(iso) {
    return (0,units/* formatUtc */.ay)(iso).slice(5, 10);
}
/** A value as the chart's axis shows it: req/s as is, latency in ms. */
function plotted(kind, value) {
    return kind === 'latency' ? Number((value / 1000).toPrecision(6)) : Number(value.toFixed(2));
}
function valueWords(metric, value) {
    if (value === undefined)
        return `${(0,metric_format/* metricLabel */.B)(metric)} not recorded`;
    return metric === 'successRps'
        ? `${(0,units/* formatRps */.N2)(value)} req/s`
        : `${(0,metric_format/* metricLabel */.B)(metric)} ${(0,units/* formatUs */.oC)(value)}`;
}
/** Tooltip of a point: `run 5012 (0cc0ffe), 2026-11-13 03:00:00 UTC: p99 9.52 ms`. */
function historyPointTitle(point, metric) {
    const run = point.attempt > 1 ? `run ${point.runId} attempt ${point.attempt}` : `run ${point.runId}`;
    const sha = point.sha !== '' ? ` (${point.sha.slice(0, 7)})` : '';
    const bound = point.generatorBound ? '; the load generator was the limit' : '';
    return `${run}${sha}, ${(0,units/* formatUtc */.ay)(point.createdAt)}: ${valueWords(metric, historyValue(point, metric))}${bound}`;
}
/**
 * Wraps each drawn point in a link with a tooltip. In server-side SVG, ECharts marks the symbol
 * of each data item with `ecmeta_series_index`, `ecmeta_data_index` and `ecmeta_ssr_type="chart"`
 * (legend entries carry `"legend"`, mark lines `ecmeta_silent`); a missing value draws no symbol.
 */
function linkPoints(svg, input, lines) {
    return svg.replace(/<path\b[^>]*\becmeta_series_index="(\d+)"[^>]*\becmeta_data_index="(\d+)"[^>]*\becmeta_ssr_type="chart"[^>]*>(?:<\/path>)?/g, (element, seriesIndex, dataIndex) => {
        const line = lines[Number(seriesIndex)];
        const point = input.series.points[Number(dataIndex)];
        // Mark lines are silent elements of the same series: they are not points.
        if (!line || !point || element.includes('ecmeta_silent="true"'))
            return element;
        const title = `<title>${escapeXml(historyPointTitle(point, line.metric))}</title>`;
        const closed = element.endsWith('</path>') ? element : `${element}</path>`;
        const href = input.pointHref(point);
        return href === undefined
            ? `<g>${title}${closed}</g>`
            : `<a href="${escapeXml(href)}">${title}${closed}</a>`;
    });
}
/** Smallest span of the value axis, relative to the median: keeps 2% noise from filling it. */
const MIN_AXIS_SPAN = 0.2;
/** 1, 2 or 5 × a power of ten, at least `x`. */
function niceStep(x) {
    const power = 10 ** Math.floor(Math.log10(x));
    const m = x / power;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}
/**
 * The value axis: around the drawn values, over at least ±10% of their median, on round numbers,
 * never below zero. A history chart that zooms into noise makes every night look like a change.
 */
function historyAxisExtent(values) {
    const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
    if (finite.length === 0)
        return { min: 0, max: 1 };
    const low = finite[0];
    const high = finite[finite.length - 1];
    const middle = finite[Math.floor((finite.length - 1) / 2)];
    const span = Math.max(high - low, Math.abs(middle) * MIN_AXIS_SPAN, 1e-9);
    const centre = (low + high) / 2;
    const step = niceStep(span / 5);
    return {
        min: Math.max(0, Math.floor((centre - span / 2) / step) * step),
        max: Math.ceil((centre + span / 2) / step) * step,
    };
}
/** Renders one chart of a history series to SVG. */
function renderHistoryTrendChart(input) {
    const { series, kind } = input;
    const lines = LINES[kind];
    const drawn = new Set(lines.map((l) => l.metric));
    const changes = input.changePoints.filter((c) => c.seriesId === series.id && drawn.has(c.metric));
    // Changes of several metrics at the same run share one marker: `p50 +12.6% · p99 +11.9%`.
    const markers = [];
    for (const c of changes) {
        const text = `${(0,metric_format/* metricLabel */.B)(c.metric)} ${(0,metric_format/* formatRelativeChange */.mj)(c.relativeChange)}`;
        const same = markers.find((m) => m.index === c.index);
        if (same) {
            same.label = `${same.label} · ${text}`;
            if (c.verdict === 'regression')
                same.verdict = 'regression';
        }
        else {
            markers.push({ index: c.index, label: text, verdict: c.verdict });
        }
    }
    const chartSeries = lines.map(({ metric, color }, i) => ({
        name: metric === 'successRps' ? 'req/s' : `${(0,metric_format/* metricLabel */.B)(metric)} (ms)`,
        type: 'line',
        symbol: 'circle',
        symbolSize: 8,
        connectNulls: false,
        data: series.points.map((p) => {
            const v = historyValue(p, metric);
            if (v === undefined)
                return null;
            const value = plotted(kind, v);
            return p.generatorBound
                ? { value, itemStyle: { color: GENERATOR_BOUND_COLOR, borderColor: GENERATOR_BOUND_COLOR } }
                : value;
        }),
        lineStyle: { width: 2, color },
        itemStyle: { color, borderColor: color },
        // The markers go on the first line only, so each is drawn once.
        ...(i === 0 &&
            markers.length > 0 && {
            markLine: {
                symbol: 'none',
                silent: true,
                data: markers.map((m) => ({
                    xAxis: m.index,
                    label: { formatter: m.label, color: VERDICT_COLORS[m.verdict], position: 'end' },
                    lineStyle: { color: VERDICT_COLORS[m.verdict], type: 'dashed', width: 1.5 },
                })),
            },
        }),
    }));
    const extent = historyAxisExtent(lines.flatMap(({ metric }) => series.points.flatMap((p) => {
        const v = historyValue(p, metric);
        return v === undefined ? [] : [plotted(kind, v)];
    })));
    const option = {
        grid: { left: 64, right: 24, top: 36, bottom: 44 },
        legend: { top: 4, right: 8 },
        xAxis: {
            type: 'category',
            data: series.points.map((p) => dayLabel(p.createdAt)),
            name: 'run (UTC date)',
            nameLocation: 'middle',
            nameGap: 28,
            boundaryGap: false,
            splitLine: { show: false },
        },
        yAxis: {
            type: 'value',
            name: kind === 'latency' ? 'latency (ms)' : 'successful req/s',
            nameLocation: 'middle',
            nameGap: 48,
            min: extent.min,
            max: extent.max,
            splitLine: { lineStyle: { color: render_svg_chart/* CHART_COLORS */.OK.grid } },
        },
        series: chartSeries,
    };
    const first = series.points[0];
    const last = series.points[series.points.length - 1];
    const span = first && last
        ? `${series.points.length} runs from ${(0,units/* formatUtc */.ay)(first.createdAt)} to ${(0,units/* formatUtc */.ay)(last.createdAt)}`
        : 'no runs';
    const marked = changes.length > 0
        ? `; marked changes: ${changes.map((c) => c.sentence).join('; ')}`
        : '; no change detected';
    const svg = (0,render_svg_chart/* renderSvgChart */.ZN)(option, {
        widthPx: 860,
        heightPx: 260,
        title: input.title,
        description: `${lines.map((l) => (l.metric === 'successRps' ? 'Throughput' : (0,metric_format/* metricLabel */.B)(l.metric))).join(' and ')} of ${span}${marked}.`,
    });
    return linkPoints(svg, input, lines);
}
//# sourceMappingURL=history-trend-chart.js.map
// EXTERNAL MODULE: ./lib/core/report/html.js + 3 modules
var html = __webpack_require__(45801);
;// CONCATENATED MODULE: ./lib/core/report/history-html.js





/** Series that get charts; the rest are listed, to keep the page light. */
const HISTORY_HTML_MAX_CHARTED_SERIES = 60;
const STYLE = `
:root { --fg: #1f2937; --muted: #6b7280; --line: #e5e7eb; --bg: #ffffff; --panel: #f9fafb;
  --bad: #b91c1c; --good: #15803d; --warn: #a16207; --accent: #2563eb; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 24px 20px 64px; }
header h1 { font-size: 1.6rem; margin: 0 0 4px; }
.sub { color: var(--muted); margin: 0 0 12px; }
nav { margin: 16px 0 8px; font-size: .9rem; }
nav a { margin-right: 14px; color: var(--accent); text-decoration: none; white-space: nowrap; }
h2 { font-size: 1.25rem; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 28px 0 6px; }
h4 { font-size: .95rem; margin: 0 0 4px; font-weight: 600; }
ul.changes { padding-left: 20px; }
ul.changes li { margin: 4px 0; }
.regression { color: var(--bad); }
.improvement { color: var(--good); }
.flag { color: var(--warn); }
.badge { font-size: .75rem; text-transform: uppercase; letter-spacing: .03em; font-weight: 600; }
a { color: var(--accent); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--panel); font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.changed td { background: #fff7ed; }
figure.chart { margin: 12px 0 20px; padding: 12px; border: 1px solid var(--line); border-radius: 6px; }
figure.chart svg { display: block; width: 100%; max-width: 100%; height: auto; }
@media (min-width: 1000px) { .charts-row { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; } }
details { margin: 8px 0 16px; }
summary { cursor: pointer; color: var(--muted); }
.muted { color: var(--muted); }
footer { margin-top: 48px; color: var(--muted); font-size: .85rem; }
`;
/** Ids unique within one page, for aria references; restarted for every page. */
let idCounter = 0;
function nextId(prefix) {
    idCounter += 1;
    return `${prefix}-${idCounter}`;
}
/** Charts drawn on this page so far; restarted for every page. */
let chartCounter = 0;
/**
 * ECharts numbers its renderer instances per process (`zr7-cls-1`, `url(#zr7-c0)`), and those
 * names are page-wide CSS classes and ids. Numbering them per page keeps them unique on the page
 * and makes the page the same however many charts the process drew before.
 */
function pageLocalIds(svg) {
    const n = chartCounter++;
    return svg.replace(/\bzr\d+-/g, `zr${n}-`);
}
/** Link of a report folder's page, or undefined when the point has no path. */
function reportHref(path, links) {
    if (path === '')
        return undefined;
    return `${links.reportBase ?? ''}${path}/${links.reportPage ?? 'report.html'}`;
}
/** Link of a GitHub run, when a template is set and the id is GitHub's (digits). */
function runHref(run, links) {
    if (links.runUrlTemplate === undefined || !/^\d+$/.test(run.runId))
        return undefined;
    return links.runUrlTemplate
        .replace(/\{runId\}/g, run.runId)
        .replace(/\{attempt\}/g, String(run.attempt));
}
/** `run 5012` (with its attempt when retried), linked to the run when it can be. */
function runCell(run, links) {
    const text = (0,html/* escapeHtml */.ZD)(run.attempt > 1 ? `${run.runId} (attempt ${run.attempt})` : run.runId);
    const href = runHref(run, links);
    return href === undefined ? text : `<a href="${(0,html/* escapeHtml */.ZD)(href)}">${text}</a>`;
}
/** Heading of a series: `mt-to-mx at 64 connections on Standard_D4s_v5`. */
function seriesHeading(s) {
    const level = s.model !== undefined ? (0,metric_format/* levelLabel */.v3)(s.model, s.level) : `level ${s.level}`;
    return `${s.scenario} at ${level}${s.vmSize !== undefined ? ` on ${s.vmSize}` : ''}`;
}
function chartFigure(kind, heading, svg) {
    const id = nextId('chart');
    return `<figure class="chart" data-chart="${kind}" aria-labelledby="${id}"><h4 id="${id}">${(0,html/* escapeHtml */.ZD)(heading)}</h4>${svg}</figure>`;
}
/** One change as a list item: the sentence, then links to the reports either side. */
function changeItem(c, links, anchor) {
    const report = (run, label) => {
        const href = reportHref(run.path, links);
        return href === undefined ? '' : ` <a href="${(0,html/* escapeHtml */.ZD)(href)}">${label}</a>`;
    };
    const series = anchor === undefined ? '' : ` <a href="#${(0,html/* escapeHtml */.ZD)(anchor)}">chart</a>`;
    return `<li class="${c.verdict}" data-change="${c.verdict}"><span class="badge">${c.verdict}</span> ${(0,html/* escapeHtml */.ZD)(c.sentence)}.${report(c.before, 'report before')}${report(c.after, 'report after')}${series}</li>`;
}
function changesSection(input, charted) {
    const method = `<p class="muted">${(0,html/* escapeHtml */.ZD)(describeChangePointSettings(input.settings))}. Generator-bound runs are left out of the detection.</p>`;
    if (input.changePoints.length === 0) {
        const runs = Math.max(0, ...input.series.map((s) => s.points.length));
        return `<p data-changes="none">No level shift detected in ${input.series.length} series over the last ${runs} runs.</p>${method}`;
    }
    const items = input.changePoints.map((c) => changeItem(c, input.links ?? {}, charted.has(c.seriesId) ? c.seriesId : undefined));
    return `<ul class="changes" data-list="changes">${items.join('')}</ul>${method}`;
}
function runsTable(s, changes, links) {
    const changedAt = new Set(changes.map((c) => c.index));
    const latency = (v) => (v === undefined ? '-' : (0,units/* formatUs */.oC)(v));
    const rows = s.points
        .map((p, i) => {
        const report = reportHref(p.path, links);
        const bound = p.generatorBound
            ? ' <span class="flag badge" title="The load generator was the limit: these numbers describe the generator">generator-bound</span>'
            : '';
        return `<tr${changedAt.has(i) ? ' class="changed"' : ''}><td>${runCell(p, links)}${bound}</td><td><code>${(0,html/* escapeHtml */.ZD)(p.sha.slice(0, 7) || '-')}</code></td><td>${(0,html/* escapeHtml */.ZD)((0,units/* formatUtc */.ay)(p.createdAt))}</td><td class="num">${(0,units/* formatRps */.N2)(p.successRps)}</td><td class="num">${latency(p.p50Us)}</td><td class="num">${latency(p.p99Us)}</td><td class="num">${latency(p.p999Us)}</td><td class="num">${p.errorRate === undefined ? '-' : (0,units/* formatRatioPercent */.Qq)(p.errorRate)}</td><td>${report === undefined ? '' : `<a href="${(0,html/* escapeHtml */.ZD)(report)}">report</a>`}</td></tr>`;
    })
        .reverse();
    return `<details><summary>The ${s.points.length} runs, newest first</summary><div class="table-wrap"><table data-table="runs"><thead><tr><th>Run</th><th>Commit</th><th>Written</th><th class="num">req/s</th><th class="num">p50</th><th class="num">p99</th><th class="num">p99.9</th><th class="num">errors</th><th>Report</th></tr></thead><tbody>${rows.join('')}</tbody></table></div></details>`;
}
function seriesSection(s, changes, links) {
    const heading = seriesHeading(s);
    const pointHref = (p) => reportHref(p.path, links);
    const list = changes.length > 0
        ? `<ul class="changes">${changes.map((c) => `<li class="${c.verdict}">${(0,html/* escapeHtml */.ZD)(c.sentence)}.</li>`).join('')}</ul>`
        : '<p class="muted">No change detected.</p>';
    const throughput = pageLocalIds(renderHistoryTrendChart({
        series: s,
        kind: 'throughput',
        changePoints: changes,
        title: `${heading}: throughput by run`,
        pointHref,
    }));
    const latency = pageLocalIds(renderHistoryTrendChart({
        series: s,
        kind: 'latency',
        changePoints: changes,
        title: `${heading}: p50 and p99 by run`,
        pointHref,
    }));
    return `<section class="series" id="${(0,html/* escapeHtml */.ZD)(s.id)}" aria-label="${(0,html/* escapeHtml */.ZD)(heading)}"><h3>${(0,html/* escapeHtml */.ZD)(heading)}</h3>${list}<div class="charts-row">${chartFigure('throughput', `${heading}: throughput by run`, throughput)}${chartFigure('latency', `${heading}: p50 and p99 by run`, latency)}</div>${runsTable(s, changes, links)}</section>`;
}
/** Renders the history page as one HTML document with inline CSS and SVG, and no script. */
function renderHistoryHtml(input) {
    idCounter = 0;
    chartCounter = 0;
    const links = input.links ?? {};
    const charted = input.series.slice(0, HISTORY_HTML_MAX_CHARTED_SERIES);
    const chartedIds = new Set(charted.map((s) => s.id));
    const changesOf = (s) => input.changePoints.filter((c) => c.seriesId === s.id);
    const times = input.series.flatMap((s) => s.points.map((p) => p.createdAt)).sort();
    const span = times.length > 0
        ? `runs from ${(0,units/* formatUtc */.ay)(times[0])} to ${(0,units/* formatUtc */.ay)(times[times.length - 1])}`
        : 'no runs yet';
    const sub = `${input.series.length} series · ${span} · ${input.changePoints.length} change${input.changePoints.length === 1 ? '' : 's'} detected`;
    const nav = charted
        .map((s) => `<a href="#${(0,html/* escapeHtml */.ZD)(s.id)}">${(0,html/* escapeHtml */.ZD)(describeSeriesPlace(s))}</a>`)
        .join('');
    const rest = input.series.slice(charted.length);
    const restNote = rest.length > 0
        ? `<p class="muted">${rest.length} more series are not charted, to keep this page light: ${rest.map((s) => (0,html/* escapeHtml */.ZD)(describeSeriesPlace(s))).join(', ')}.</p>`
        : '';
    const body = input.series.length === 0
        ? '<p>No completed runs of this branch are in the index yet.</p>'
        : `${charted.map((s) => seriesSection(s, changesOf(s), links)).join('\n')}${restNote}`;
    const title = `${input.product} on ${input.branch}: benchmark history`;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="bench-action ${(0,html/* escapeHtml */.ZD)(input.toolVersion)}">
<title>${(0,html/* escapeHtml */.ZD)(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header><h1>${(0,html/* escapeHtml */.ZD)(title)}</h1><p class="sub">${(0,html/* escapeHtml */.ZD)(sub)}</p></header>
<section id="changes"><h2>Changes</h2>${changesSection(input, chartedIds)}</section>
<section id="series"><h2>Series</h2>${nav === '' ? '' : `<nav aria-label="Series">${nav}</nav>`}
${body}</section>
<footer>Written by bench-action ${(0,html/* escapeHtml */.ZD)(input.toolVersion)} at ${(0,html/* escapeHtml */.ZD)((0,units/* formatUtc */.ay)(input.generatedAt))}. Every point links to its run's report. This page is self-contained: it loads nothing from the network.</footer>
</main>
</body>
</html>
`;
}
//# sourceMappingURL=history-html.js.map
// EXTERNAL MODULE: ./lib/core/report/markdown-text.js
var markdown_text = __webpack_require__(6257);
;// CONCATENATED MODULE: ./lib/core/report/history-markdown.js





/** Most change sentences listed; the rest are counted. */
const HISTORY_MARKDOWN_MAX_CHANGES = 20;
/** Most series rows in the trend table; the rest are counted. */
const HISTORY_MARKDOWN_MAX_ROWS = 40;
/** Most Mermaid charts (one per changed series). */
const HISTORY_MARKDOWN_MAX_CHARTS = 3;
/** Longest free text (names, sentences) kept in one line or cell. */
const MAX_CELL_CHARS = 300;
const escapeMd = (text) => (0,markdown_text/* escapeMarkdown */.F)(text, MAX_CELL_CHARS);
/** Bars of the sparkline, lowest to highest. */
const BARS = '▁▂▃▄▅▆▇█';
/** Quotes a string for Mermaid (no double quotes or backticks inside). */
function mermaidString(text) {
    const plain = text
        .replace(/["`\\]/g, "'")
        .replace(/</g, '‹')
        .replace(/>/g, '›')
        .replace(/[\r\n]+/g, ' ');
    return `"${plain.slice(0, 80)}"`;
}
/** Smallest span of a sparkline, relative to the series' median: keeps noise from looking big. */
const SPARKLINE_MIN_SPAN = 0.2;
/**
 * A text sparkline of `values`: one bar per run, scaled between the series' lowest and highest
 * value but over at least ±10% of its median, so a flat series with 2% noise stays flat and a
 * 10% shift reads as one; a middle dot where a run has no value.
 */
function renderSparkline(values) {
    const present = values.filter((v) => v !== undefined && Number.isFinite(v));
    if (present.length === 0)
        return '';
    const sorted = [...present].sort((a, b) => a - b);
    const middle = sorted[Math.floor((sorted.length - 1) / 2)];
    const low = sorted[0];
    const high = sorted[sorted.length - 1];
    const span = Math.max(high - low, Math.abs(middle) * SPARKLINE_MIN_SPAN);
    const from = (low + high) / 2 - span / 2;
    return values
        .map((v) => {
        if (v === undefined || !Number.isFinite(v))
            return '·';
        if (span === 0)
            return BARS[BARS.length / 2];
        const step = Math.floor(((v - from) / span) * BARS.length);
        return BARS[Math.max(0, Math.min(BARS.length - 1, step))];
    })
        .join('');
}
function latestValue(s, metric) {
    for (let i = s.points.length - 1; i >= 0; i--) {
        const v = historyValue(s.points[i], metric);
        if (v !== undefined)
            return v;
    }
    return undefined;
}
function cut(count, what, link) {
    const where = link !== undefined ? `[history.html](${link})` : 'history.html';
    return `_${count} more ${what} in ${where}._`;
}
function history_markdown_changesSection(input) {
    const { changePoints, settings } = input;
    const runs = Math.max(0, ...input.series.map((s) => s.points.length));
    const method = `_E-Divisive means over the last ${runs} runs: p ≤ ${settings.significance}, at least ${settings.minSegmentSize} runs each side, changes of ${Math.round(settings.minRelativeChange * 1000) / 10}% or more in the segment ${settings.statistic}s._`;
    if (changePoints.length === 0) {
        return [`No level shift detected in ${input.series.length} series.`, '', method, ''];
    }
    const regressions = changePoints.filter((c) => c.verdict === 'regression').length;
    const counts = [
        ...(regressions > 0 ? [`${regressions} regression${regressions === 1 ? '' : 's'}`] : []),
        ...(changePoints.length - regressions > 0
            ? [
                `${changePoints.length - regressions} improvement${changePoints.length - regressions === 1 ? '' : 's'}`,
            ]
            : []),
    ];
    // Regressions first: they are what the reader has to act on.
    const ordered = [
        ...changePoints.filter((c) => c.verdict === 'regression'),
        ...changePoints.filter((c) => c.verdict !== 'regression'),
    ];
    const shown = ordered.slice(0, HISTORY_MARKDOWN_MAX_CHANGES);
    const lines = shown.map((c) => `- ${escapeMd(c.sentence)}`);
    if (ordered.length > shown.length) {
        lines.push(`- ${cut(ordered.length - shown.length, 'changes', input.historyLink)}`);
    }
    return [`**Detected changes**: ${counts.join(', ')}.`, '', ...lines, '', method, ''];
}
function trendTable(input) {
    if (input.series.length === 0)
        return [];
    const changed = new Set(input.changePoints.map((c) => c.seriesId));
    const rows = input.series.slice(0, HISTORY_MARKDOWN_MAX_ROWS).map((s) => {
        const rps = latestValue(s, 'successRps');
        const p99 = latestValue(s, 'p99');
        const spark = (metric) => `\`${renderSparkline(s.points.map((p) => (p.generatorBound ? undefined : historyValue(p, metric))))}\``;
        return `| ${escapeMd(describeSeriesPlace(s))}${changed.has(s.id) ? ' (changed)' : ''} | ${s.points.length} | ${spark('successRps')} | ${rps === undefined ? '-' : (0,units/* formatRps */.N2)(rps)} | ${spark('p99')} | ${p99 === undefined ? '-' : (0,units/* formatUs */.oC)(p99)} |`;
    });
    const lines = [
        '| Series | Runs | req/s, oldest → latest | latest req/s | p99, oldest → latest | latest p99 |',
        '|---|---:|---|---:|---|---:|',
        ...rows,
    ];
    if (input.series.length > rows.length) {
        lines.push('', cut(input.series.length - rows.length, 'series', input.historyLink));
    }
    lines.push('', "_Each bar is one run, scaled between the series' lowest and highest value (over at least ±10% of its median); `·` marks a run without the value, or whose load generator was the limit._", '');
    return lines;
}
/** A value as the Mermaid chart plots it: req/s rounded, latency in ms with 4 digits. */
function chartValue(metric, value) {
    return metric === 'successRps'
        ? String(Math.round(value))
        : String(Number((value / 1000).toPrecision(4)));
}
function charts(input) {
    const out = [];
    const drawn = new Set();
    // One chart per changed series, of its most telling change: regressions first, then the largest.
    const telling = [...input.changePoints].sort((a, b) => Number(b.verdict === 'regression') - Number(a.verdict === 'regression') ||
        Math.abs(b.relativeChange) - Math.abs(a.relativeChange));
    for (const c of telling) {
        if (drawn.size >= HISTORY_MARKDOWN_MAX_CHARTS)
            break;
        if (drawn.has(c.seriesId))
            continue;
        const s = input.series.find((x) => x.id === c.seriesId);
        if (!s)
            continue;
        const points = s.points.filter((p) => historyValue(p, c.metric) !== undefined);
        if (points.length < 2)
            continue;
        drawn.add(c.seriesId);
        const unit = c.metric === 'successRps' ? 'req/s' : `${(0,metric_format/* metricLabel */.B)(c.metric)} (ms)`;
        out.push('```mermaid', 'xychart-beta', `  title ${mermaidString(`${describeSeriesPlace(s)}: ${unit} by run`)}`, `  x-axis [${points.map((p) => mermaidString((0,units/* formatUtc */.ay)(p.createdAt).slice(5, 10))).join(', ')}]`, `  y-axis ${mermaidString(unit)}`, `  line [${points.map((p) => chartValue(c.metric, historyValue(p, c.metric))).join(', ')}]`, `  line [${segmentLevels(s, c, input.changePoints).join(', ')}]`, '```', '');
    }
    if (out.length === 0)
        return [];
    return [
        ...out,
        `_First line: each run; second line: the level (segment ${input.settings.statistic}) between detected changes._`,
        '',
    ];
}
/**
 * The level of the segment each charted run belongs to (a step line that shows the shift),
 * from the summaries the change points carry: before the first change, then after each.
 */
function segmentLevels(s, c, all) {
    const changes = all
        .filter((x) => x.seriesId === s.id && x.metric === c.metric)
        .sort((a, b) => a.index - b.index);
    const levels = [];
    s.points.forEach((p, i) => {
        if (historyValue(p, c.metric) === undefined)
            return;
        let k = 0;
        while (k < changes.length && changes[k].index <= i)
            k++;
        const level = k === 0 ? changes[0].segmentBefore[c.statistic] : changes[k - 1].segmentAfter[c.statistic];
        levels.push(chartValue(c.metric, level));
    });
    return levels;
}
/**
 * The command benchmarks' history: their shifts in words (regressions first), then one row per
 * benchmark with a sparkline of its estimate and the latest value in its unit.
 */
function benchmarkSection(input) {
    const series = input.benchmarks?.series ?? [];
    if (series.length === 0)
        return [];
    const changes = input.benchmarks?.changePoints ?? [];
    const ordered = [
        ...changes.filter((c) => c.verdict === 'regression'),
        ...changes.filter((c) => c.verdict !== 'regression'),
    ];
    const shown = ordered.slice(0, HISTORY_MARKDOWN_MAX_CHANGES);
    const changed = new Set(changes.map((c) => c.seriesId));
    const rows = series.slice(0, HISTORY_MARKDOWN_MAX_ROWS).map((s) => {
        const latest = s.points.at(-1)?.estimate;
        const spark = `\`${renderSparkline(s.points.map((p) => p.estimate))}\``;
        const better = s.direction === 'higher-is-better' ? 'higher' : 'lower';
        return `| ${escapeMd(`${s.scenario} ${s.benchmark}${s.vmSize !== undefined ? ` on ${s.vmSize}` : ''}`)}${changed.has(s.id) ? ' (changed)' : ''} | ${s.points.length} | ${spark} | ${latest === undefined ? '-' : Number(latest.toPrecision(4))} | ${escapeMd(s.unit)} (${better} is better) |`;
    });
    const lines = [
        '#### Command benchmarks',
        '',
        changes.length === 0
            ? `No level shift detected in ${series.length} benchmark series.`
            : `**Detected changes**: ${changes.filter((c) => c.verdict === 'regression').length} regression(s), ${changes.filter((c) => c.verdict !== 'regression').length} improvement(s).`,
        '',
        ...shown.map((c) => `- ${escapeMd(c.sentence)}`),
        ...(ordered.length > shown.length
            ? [`- ${cut(ordered.length - shown.length, 'changes', input.historyLink)}`]
            : []),
        ...(shown.length > 0 ? [''] : []),
        '| Benchmark | Runs | estimate, oldest → latest | latest | unit |',
        '|---|---:|---|---:|---|',
        ...rows,
    ];
    if (series.length > rows.length) {
        lines.push('', cut(series.length - rows.length, 'series', input.historyLink));
    }
    lines.push('');
    return lines;
}
/** Renders the history as Markdown for a job summary. */
function renderHistoryMarkdown(input) {
    const link = input.historyLink !== undefined ? ` ([charts and every run](${input.historyLink}))` : '';
    const benchmarks = benchmarkSection(input);
    const lines = [
        `### ${escapeMd(input.product)} on ${escapeMd(input.branch)}: benchmark history${link}`,
        '',
        ...(input.series.length === 0
            ? benchmarks.length === 0
                ? ['No completed runs of this branch are in the index yet.', '']
                : []
            : [...history_markdown_changesSection(input), ...trendTable(input), ...charts(input)]),
        ...benchmarks,
    ];
    return `${lines.join('\n').trimEnd()}\n`;
}
//# sourceMappingURL=history-markdown.js.map
// EXTERNAL MODULE: ./lib/core/remote/report-index.js
var report_index = __webpack_require__(67971);
// EXTERNAL MODULE: ./lib/core/report/comparison-csv.js
var comparison_csv = __webpack_require__(47192);
// EXTERNAL MODULE: ./lib/core/report/comparison-markdown.js
var comparison_markdown = __webpack_require__(71311);
// EXTERNAL MODULE: ./lib/core/report/json.js
var json = __webpack_require__(24622);
// EXTERNAL MODULE: ./lib/core/report/run-summary-markdown.js
var run_summary_markdown = __webpack_require__(89110);
// EXTERNAL MODULE: ./lib/core/stats/compare.js
var compare = __webpack_require__(12472);
// EXTERNAL MODULE: ./lib/edges/files/write-report-dir.js
var write_report_dir = __webpack_require__(33542);
// EXTERNAL MODULE: ./lib/pipeline/run-outcome.js
var run_outcome = __webpack_require__(9130);
;// CONCATENATED MODULE: ./lib/pipeline/publish-history.js
/**
 * Report history in Blob for the action (DESIGN.md section 6): a run with no same-session
 * baseline is compared with the latest comparable report of its base branch, and every
 * complete run's report directory is published under its versioned path and indexed. History
 * is a convenience on top of the run: every failure here is a warning, and the run's own result
 * and local report are never lost.
 */
















/** Product name under which a report is filed: the plan's product, else the config name. */
function historyProductOf(report) {
    return report.target.product ?? report.name;
}
/** Text of a failure for a warning: message, code and hint. */
function describe(error) {
    if (error instanceof errors/* BenchError */.LR)
        return `${error.message} [${error.code}] ${error.hint}`;
    return error instanceof Error ? error.message : String(error);
}
/** `branch@sha7`, or the branch alone when the commit is unknown. */
function labelOf(branch, sha) {
    return sha === '' ? branch : `${branch}@${sha.slice(0, 7)}`;
}
/**
 * The latest entry comparable with any level of `report`. Entries must come from the same VM
 * size, or also have none when the report has none: a runner's numbers are no baseline for a
 * cloud VM's, and `findBaselineEntry` only filters by a size it is given.
 */
function pickBaselineEntry(index, report, product, branch) {
    const vmSize = report.environment.vmSize;
    const sameSize = {
        ...index,
        entries: index.entries.filter((e) => e.vmSize === vmSize),
    };
    let best;
    for (const level of report.levels) {
        const found = (0,report_index/* findBaselineEntry */.v2)(sameSize, {
            product,
            branch,
            scenario: level.scenario,
            level: level.level,
            model: level.model,
            ...(vmSize !== undefined && { vmSize }),
        });
        if (found && (best === undefined || Date.parse(found.createdAt) > Date.parse(best.createdAt))) {
            best = found;
        }
    }
    return best;
}
/** The config's relative change that counts (`compare.thresholdFraction`), when it set one. */
function storedThresholdFraction(report) {
    const resolved = report.config.resolved;
    const fraction = resolved?.compare?.thresholdFraction;
    return typeof fraction === 'number' && fraction > 0 ? fraction : undefined;
}
/** Compares `head` with `baseline` (none: the neutral "no baseline yet") and re-judges thresholds. */
function compareWithHistory(head, baseline, run) {
    const threshold = storedThresholdFraction(head);
    const comparison = (0,compare/* compareReports */.ll)(baseline ? [baseline.report] : [], [head], {
        mode: 'history',
        baselineLabel: baseline ? labelOf(baseline.entry.branch, baseline.entry.sha) : run.baseBranch,
        candidateLabel: labelOf(run.branch, run.sha),
        ...(threshold !== undefined && { threshold }),
    });
    const parsed = storedThresholds(head);
    // Without the sources (a report built by hand), the run's own judgements stand.
    const thresholds = parsed.length > 0 ? (0,stats_thresholds/* evaluateThresholds */.S$)(parsed, head, comparison) : (head.thresholds ?? []);
    const report = {
        ...head,
        comparison,
        ...(thresholds.length > 0 && { thresholds }),
    };
    const comparisonMarkdown = (0,comparison_markdown/* renderComparisonMarkdown */.h)(comparison, thresholds, {
        reportLink: 'report.html',
    });
    return {
        report,
        comparison,
        thresholds,
        comparisonMarkdown,
        summaryMarkdown: (0,run_summary_markdown/* renderRunSummaryMarkdown */.B)(report),
        ...(baseline && { baseline: baseline.report }),
    };
}
/** Finds and downloads the baseline; undefined when history holds none. Throws on store errors. */
async function findHistoryBaseline(store, head, product, branch) {
    const index = await store.readIndex(product);
    const entry = pickBaselineEntry(index, head, product, branch);
    if (!entry)
        return undefined;
    return { report: await store.downloadResult(entry.path), entry };
}
/**
 * Compares the run with its history baseline when it has no same-session one, writes the
 * comparison into the local report directory, then uploads the directory and indexes it. Only
 * complete (`ok`, not partial) runs take part: an interrupted run or a failed target is never a
 * baseline, and judging it against one would blame the code for the infrastructure. Never
 * throws; returns the result with the new verdict and `reportUrl` where those steps succeeded.
 */
async function publishHistory(input) {
    const { store, run, warn } = input;
    const log = input.log ?? (() => undefined);
    let result = input.result;
    const head = result.report;
    if (head.partial || head.outcome !== 'ok') {
        log(`History in Blob: the run ended as "${head.outcome}"${head.partial ? ' (partial)' : ''}; not compared with history and not published.`);
        return result;
    }
    if (run.branch === '') {
        warn('Report history in Blob skipped: the run has no branch (GITHUB_HEAD_REF and GITHUB_REF_NAME are empty). ' +
            'Run the action from a branch, pull request, schedule or dispatch event.');
        return result;
    }
    const product = historyProductOf(head);
    const commandRun = head.levels.length === 0 && (head.benchmarks?.length ?? 0) > 0;
    if (commandRun) {
        // A history comparison reads levels; over none it would stand in for the benchmarks' own
        // verdict (and hide a regressed benchmark behind "no baseline").
        log(head.benchmarkComparison
            ? 'History in Blob: the command benchmarks have a same-session baseline; history is not used to judge them.'
            : 'History in Blob: command benchmarks are not compared with history; their trend is charted below.');
    }
    else if (head.comparison === undefined) {
        let baseline;
        let found = true;
        try {
            baseline = await findHistoryBaseline(store, head, product, run.baseBranch);
        }
        catch (error) {
            found = false;
            warn(`Could not read the report history of ${product} on ${run.baseBranch}: ${describe(error)} ` +
                'This run is judged without a history baseline; check storage-account, storage-container ' +
                'and that the Azure identity has Storage Blob Data Contributor on the container.');
        }
        let compared;
        if (found) {
            try {
                compared = compareWithHistory(head, baseline, run);
            }
            catch (error) {
                warn(`Could not compare the run with its history baseline: ${describe(error)} ` +
                    'This run is judged without a history baseline.');
            }
        }
        if (compared) {
            log(baseline
                ? `History in Blob: compared with ${baseline.entry.path} (${labelOf(baseline.entry.branch, baseline.entry.sha)}): ${compared.comparison.verdict}.`
                : `History in Blob: no comparable report of ${product} on ${run.baseBranch} yet; this run becomes the reference.`);
            const { summaryMarkdown } = compared;
            result = {
                ...(0,run_outcome.runOutcomeOf)(compared.report, result.reportDir, {
                    summaryMarkdown,
                    ...(result.resourceGroup !== undefined && { resourceGroup: result.resourceGroup }),
                }),
            };
            try {
                await (0,write_report_dir/* writeRenderedFiles */.s5)(result.reportDir, [
                    { name: 'result.json', text: (0,json/* renderJsonReport */.n)(compared.report) },
                    { name: 'summary.md', text: summaryMarkdown },
                    {
                        name: 'comparison.md',
                        text: compared.comparisonMarkdown,
                    },
                    { name: 'comparison.csv', text: (0,comparison_csv/* renderComparisonCsv */.a)(compared.comparison) },
                    {
                        name: 'report.html',
                        text: (0,html/* renderHtmlReport */.w4)({
                            report: compared.report,
                            comparison: compared.comparison,
                            thresholds: compared.thresholds,
                            ...(compared.baseline && { baseline: compared.baseline }),
                        }),
                    },
                ], { overwrite: true, marker: 'comparison.md' });
            }
            catch (error) {
                warn(`Could not write the history comparison into ${result.reportDir}: ${describe(error)} ` +
                    'The summary and outputs carry the comparison; the report files hold the run alone.');
            }
        }
    }
    else {
        log('History in Blob: the run has a same-session baseline; history is not used to judge it.');
    }
    const where = {
        product,
        branch: run.branch,
        runId: run.runId,
        attempt: run.attempt,
        createdAt: new Date(result.report.createdAt),
    };
    const path = (0,report_index/* reportPath */.eG)(where);
    let url;
    try {
        url = (await store.uploadReportDir(result.reportDir, path)).url;
    }
    catch (error) {
        warn(`Could not publish the report to ${path} in Blob storage: ${describe(error)} ` +
            'The report is still in the artifact; later runs will not find this one as a baseline. ' +
            'Check that the Azure identity has Storage Blob Data Contributor on the container.');
        return result;
    }
    result = { ...result, reportUrl: url };
    let index;
    try {
        index = await store.updateIndex((0,report_index/* indexEntryFromReport */.nU)(result.report, {
            path,
            product,
            branch: run.branch,
            sha: run.sha,
            runId: run.runId,
            attempt: run.attempt,
        }));
        log(`History in Blob: published ${url} and added it to the index of ${product}.`);
    }
    catch (error) {
        warn(`The report was published to ${url} but could not be added to the index of ${product}: ` +
            `${describe(error)} Later runs will not find it as a baseline until it is indexed.`);
        return result;
    }
    return publishTrends({ ...input, result }, index, product);
}
/**
 * The branch's trends after a run joined its history: the series of every scenario, level and
 * VM size of the branch (last runs), the level shifts found in them, `history.html` written into
 * the report directory and beside the branch's reports in the store, and a compact trend with
 * the shifts in words appended to the summary. A failure costs the trend, never the run.
 */
async function publishTrends(input, index, product) {
    const { store, run, warn } = input;
    let result = input.result;
    try {
        const settings = resolveChangePointSettings();
        const series = buildHistorySeries(index, {
            branch: run.branch,
            ...(result.report.environment.vmSize !== undefined && {
                vmSize: result.report.environment.vmSize,
            }),
        });
        const changePoints = detectHistoryChangePoints(series, settings);
        const benchmarkSeries = buildBenchmarkHistorySeries(index, {
            branch: run.branch,
            ...(result.report.environment.vmSize !== undefined && {
                vmSize: result.report.environment.vmSize,
            }),
        });
        const benchmarkChangePoints = detectBenchmarkChangePoints(benchmarkSeries, settings);
        const html = renderHistoryHtml({
            product,
            branch: run.branch,
            series,
            changePoints,
            settings,
            generatedAt: new Date(result.report.createdAt).toISOString(),
            toolVersion: result.report.environment.toolVersion,
            links: {
                reportBase: HISTORY_REPORT_BASE,
                ...(input.runUrlTemplate !== undefined && { runUrlTemplate: input.runUrlTemplate }),
            },
        });
        await (0,write_report_dir/* writeRenderedFiles */.s5)(result.reportDir, [{ name: 'history.html', text: html }], {
            overwrite: true,
            marker: 'history.html',
        });
        const historyUrl = await store.uploadFile(historyPagePath(product, run.branch), html);
        const trend = renderHistoryMarkdown({
            product,
            branch: run.branch,
            series,
            changePoints,
            settings,
            historyLink: historyUrl,
            ...(benchmarkSeries.length > 0 && {
                benchmarks: { series: benchmarkSeries, changePoints: benchmarkChangePoints },
            }),
        });
        result = {
            ...result,
            summaryMarkdown: `${result.summaryMarkdown}\n${trend}`,
            history: { url: historyUrl, changePoints },
        };
        (input.log ?? (() => undefined))(`History in Blob: ${series.length} series of ${product} on ${run.branch}, ${changePoints.length} level shift(s)${benchmarkSeries.length > 0 ? `; ${benchmarkSeries.length} benchmark series, ${benchmarkChangePoints.length} shift(s)` : ''}; ${historyUrl}`);
    }
    catch (error) {
        warn(`Could not publish the history trends of ${product} on ${run.branch}: ${describe(error)}`);
    }
    return result;
}
/** Where a product branch's `history.html` lives in the store: beside its reports. */
function historyPagePath(product, branch) {
    return `${(0,report_index/* reportPath */.eG)({ product, branch, runId: 'x', attempt: 1, createdAt: new Date(0) })
        .split('/')
        .slice(0, 2)
        .join('/')}/history.html`;
}
/**
 * From `<product>/<branch>/history.html` back to the store's root, so report paths
 * (`<product>/<branch>/yyyy/mm/dd/<run>`) resolve from the page.
 */
const HISTORY_REPORT_BASE = '../../';
//# sourceMappingURL=publish-history.js.map
;// CONCATENATED MODULE: ./lib/action/signals.js
/**
 * Cancellation as the runner does it: SIGINT to the node process, SIGTERM 7.5 s later, the
 * process tree killed 2.5 s after that (actions/runner `src/Runner.Sdk/ProcessInvoker.cs`). The
 * main step turns the first signal into an abort and gives the pipeline a short grace to hand
 * back its partial result, so publishing fits in the seconds that are left.
 */

/** Installs SIGINT/SIGTERM handlers that abort; returns the signal and a remover. */
function abortOnSignals() {
    const controller = new AbortController();
    const onSignal = (name) => {
        if (controller.signal.aborted) {
            core/* info */.pq(`${name} received again: still publishing partial results.`);
            return;
        }
        core/* warning */.$e(`${name} received (the run was cancelled): stopping the load and publishing partial results. The post step deletes cloud resources.`);
        controller.abort(new Error(`${name} received`));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        dispose: () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
    };
}
/** Waits for `promise`; once `signal` aborts, waits at most `graceMs` more. */
async function settleWithinGrace(promise, signal, graceMs) {
    const settled = promise.then((value) => ({ value }), (error) => ({ error }));
    let timer;
    let onAbort;
    const grace = new Promise((resolve) => {
        onAbort = () => {
            timer = setTimeout(() => resolve({ timedOut: true }), graceMs);
        };
        if (signal.aborted)
            onAbort();
        else
            signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
        return await Promise.race([settled, grace]);
    }
    finally {
        if (timer)
            clearTimeout(timer);
        if (onAbort)
            signal.removeEventListener('abort', onAbort);
    }
}
/**
 * Resolves with `fallback` when `signal` aborts before `promise` settles: work that must not
 * outlive a cancellation (the runner kills the process 10 s after SIGINT).
 */
async function unlessAborted(promise, signal, fallback) {
    let onAbort;
    const aborted = new Promise((resolve) => {
        onAbort = () => resolve(fallback());
        if (signal.aborted)
            onAbort();
        else
            signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
        return await Promise.race([promise, aborted]);
    }
    finally {
        if (onAbort)
            signal.removeEventListener('abort', onAbort);
    }
}
//# sourceMappingURL=signals.js.map
;// CONCATENATED MODULE: ./lib/action/history.js
/**
 * Report history for the main step: compare the run with its base branch's history in Blob and
 * publish it there, when storage is set. History is a convenience on top of the run: every
 * failure is a warning, a cancellation stops the wait, and the run's own result stands.
 */




/** Compares with and publishes to report history when storage is set; never throws. */
async function publishToHistory(input) {
    const { settings, context, result, signal } = input;
    if (!settings.storage)
        return result;
    let published;
    try {
        const store = input.services.createReportStore(settings);
        // publishHistory warns about its own failures; the catch below is for a bug, not a store error.
        published = publishHistory({
            store,
            result,
            run: {
                branch: context.measured.branch,
                baseBranch: context.measured.baseBranch,
                sha: context.measured.sha,
                runId: context.run.runId,
                attempt: context.run.runAttempt,
            },
            warn: (message) => core/* warning */.$e(message),
            log: (message) => core/* info */.pq(message),
            runUrlTemplate: `${context.serverUrl}/${context.run.repository}/actions/runs/{runId}/attempts/{attempt}`,
        });
    }
    catch (error) {
        core/* warning */.$e(`Report history in Blob skipped: ${(0,errors/* errorDetails */.nf)(error)}`);
        return result;
    }
    try {
        // A cancellation stops the wait (the runner kills the process 10 s after SIGINT).
        return await unlessAborted(published, signal, () => {
            core/* warning */.$e('The run was cancelled while publishing to report history; publishing the run without it.');
            return result;
        });
    }
    catch (error) {
        core/* warning */.$e(`Report history in Blob skipped: ${(0,errors/* errorDetails */.nf)(error)}`);
        return result;
    }
}
//# sourceMappingURL=history.js.map
// EXTERNAL MODULE: ./lib/action/provider.js
var provider = __webpack_require__(30489);
// EXTERNAL MODULE: ./lib/action/run-identity.js
var run_identity = __webpack_require__(46682);
// EXTERNAL MODULE: ./lib/action/services.js + 1 modules
var action_services = __webpack_require__(82253);
// EXTERNAL MODULE: ./lib/action/workspace.js
var workspace = __webpack_require__(82955);
;// CONCATENATED MODULE: ./lib/action/main.js
/**
 * The action's main step, top to bottom: read the inputs (failing before anything else when
 * they are wrong), resolve the provider, save state early, run the pipeline, then publish (job
 * summary always, outputs, artifact, PR comment) and decide the step's outcome by `fail-on`. On
 * SIGINT/SIGTERM the pipeline is aborted and what exists is published marked partial; the
 * artifact upload is left to the post step, which also deletes the cloud resources.
 */


















/** How long the main step waits for an aborted pipeline to hand back its partial result. */
const ABORT_GRACE_MS = 4_000;
/** Time limit for all the PR comment's API requests together. */
const COMMENT_TIMEOUT_MS = 60_000;
/** An error in words for the job summary (no stack traces). */
function failureText(error) {
    if (error instanceof errors/* BenchError */.LR)
        return `${error.message} (${error.code}). ${error.hint}`;
    return error instanceof Error ? error.message : String(error);
}
/** Runs the main step. Never throws: failures are reported with `core.setFailed`. */
async function runMain(deps = {}) {
    const context = (0,action_context/* readActionContext */.wc)();
    let settings;
    try {
        const given = (0,input_helper/* getActionSettings */.W4)();
        (0,state_helper/* forbidInState */.TF)(given.githubToken);
        settings = { ...given, provider: await (0,provider/* resolveProvider */.K)(given) };
    }
    catch (error) {
        core/* setFailed */.C1((0,errors/* errorDetails */.nf)(error));
        return { failed: true };
    }
    (0,state_helper/* saveActionState */.B$)({ started: true });
    const services = (0,action_services/* resolveServices */.bs)(deps);
    const signals = deps.signal ? undefined : abortOnSignals();
    const signal = deps.signal ?? signals.signal;
    const run = (0,run_identity/* runIdentityFor */.f)(context.run, settings, context.stepId);
    const footer = { runUrl: context.run.runUrl };
    try {
        // The size comparison reads reports already made: no pipeline, no Azure sign-in.
        if (settings.mode === 'aggregate')
            return await aggregateMode(settings, context, services, deps);
        if (settings.provider === 'azure' && settings.mode !== 'plan') {
            const block = (0,action_context/* findProvisioningBlock */.qo)(context);
            if (block?.code === 'FORK_PULL_REQUEST') {
                core/* warning */.$e(`Not benchmarking: ${block.reason} ${block.hint}`);
                await writeJobSummary(renderNoReportSummary({
                    kind: 'skipped',
                    text: `${block.reason}\n\n${block.hint}`,
                    footer,
                }));
                setRunOutputs({ verdict: 'skipped', findings: [] });
                (0,state_helper/* saveActionState */.B$)({ published: true });
                return { verdict: 'skipped', failed: false };
            }
            if (block)
                throw new errors/* BenchError */.LR(block.code, block.reason, block.hint);
        }
        const pipeline = await services.createPipeline(settings);
        if (settings.mode === 'plan')
            return await planMode(pipeline, settings, run);
        if (settings.mode === 'preflight')
            return await preflightMode(pipeline, settings);
        if (settings.mode === 'janitor')
            return await janitorMode(pipeline, settings, signal);
        return await runMode({ pipeline, settings, context, services, signal, deps, run });
    }
    catch (error) {
        // Failed before or around the pipeline: the summary and outputs still say what happened.
        await writeJobSummary(renderNoReportSummary({ kind: 'not-run', text: failureText(error), footer }));
        const verdict = (0,stats_verdict/* verdictOfError */.j6)(error);
        setRunOutputs({ verdict, findings: [] });
        core/* setFailed */.C1((0,errors/* errorDetails */.nf)(error));
        return { verdict, failed: true };
    }
    finally {
        signals?.dispose();
    }
}
async function planMode(pipeline, settings, run) {
    if (!pipeline.plan)
        throw unavailable('plan', settings);
    const plan = await pipeline.plan(settings, { run });
    await writeJobSummary(plan.summaryMarkdown);
    setRunOutputs({ verdict: 'skipped', findings: [] });
    return { verdict: 'skipped', failed: false };
}
async function preflightMode(pipeline, settings) {
    if (!pipeline.preflight)
        throw unavailable('preflight', settings);
    const result = await pipeline.preflight(settings);
    core/* info */.pq(result.checklist);
    await writeJobSummary(`### Azure preflight (nothing was created)\n\n\`\`\`text\n${result.checklist}\`\`\`\n`);
    setRunOutputs({ verdict: result.ok ? 'skipped' : 'error', findings: [] });
    if (!result.ok) {
        core/* setFailed */.C1('The Azure set-up is not ready for a run: see the failed checks and their fixes.');
        return { verdict: 'error', failed: true };
    }
    return { verdict: 'skipped', failed: false };
}
async function janitorMode(pipeline, settings, signal) {
    if (!pipeline.janitor)
        throw unavailable('janitor', settings);
    const swept = await pipeline.janitor(settings, { signal });
    core/* info */.pq(swept.message);
    await writeJobSummary(renderJanitorSummary(swept));
    if (swept.pending.length > 0) {
        core/* warning */.$e(`Deletion not confirmed for: ${swept.pending.join(', ')}; the next janitor run retries.`);
    }
    setRunOutputs({ verdict: 'skipped', findings: [] });
    return { verdict: 'skipped', failed: false };
}
async function aggregateMode(settings, context, services, deps) {
    const { aggregateReports } = await __webpack_require__.e(/* import() */ 764).then(__webpack_require__.bind(__webpack_require__, 27764));
    const reportsDir = (0,workspace/* workspacePath */.X5)('reports-dir', settings.reportsDir ?? '.');
    const outDir = external_node_path_.join((0,workspace/* actionReportDir */.Kk)((0,run_identity/* runIdentityFor */.f)(context.run, settings, context.stepId)), 'aggregate');
    const outcome = await aggregateReports({
        reportsDir,
        outDir,
        overwrite: true,
        ...(settings.slo !== undefined && { slo: settings.slo, sloSource: 'slo' }),
    }, { log: (line) => core/* info */.pq(line), ...(deps.retailPrices && { prices: deps.retailPrices }) });
    const name = (0,report_artifact/* artifactName */.Cs)({
        job: `${context.run.job}-aggregate`,
        runAttempt: context.run.runAttempt,
    });
    const uploaded = await uploadArtifact(outDir, name, services, context);
    await writeJobSummary(`${outcome.markdown}\n${renderFooter({ runUrl: context.run.runUrl, ...artifactLinks(uploaded) })}`);
    setRunOutputs({
        verdict: 'pass',
        findings: [],
        reportDir: outDir,
        ...artifactLinks(uploaded),
        recommendations: outcome.report.scenarios.map((s) => ({
            scenario: s.scenario,
            vmSize: s.recommendation.vmSize,
            sentence: s.recommendation.sentence,
        })),
    });
    for (const scenario of outcome.report.scenarios) {
        core/* info */.pq(`${scenario.scenario}: ${scenario.recommendation.sentence}`);
    }
    return { verdict: 'pass', failed: false };
}
function unavailable(mode, settings) {
    return new errors/* BenchError */.LR('MODE_UNAVAILABLE', `mode: ${mode} is not available for provider '${settings.provider}'.`);
}
async function runMode(input) {
    const { pipeline, settings, context, services, signal, deps, run } = input;
    const name = (0,report_artifact/* artifactName */.Cs)({ job: run.job, runAttempt: run.runAttempt });
    (0,state_helper/* saveActionState */.B$)({ artifactName: name });
    // Whatever the pipeline saved, kept here too so an interrupted run can publish it.
    const saved = {};
    const saveState = (patch) => {
        Object.assign(saved, patch);
        (0,state_helper/* saveActionState */.B$)(patch);
    };
    const outcome = await settleWithinGrace(
    // Through a promise even if `run` throws synchronously, so every failure is published.
    Promise.resolve().then(() => pipeline.run(settings, { signal, saveState, run })), signal, deps.abortGraceMs ?? ABORT_GRACE_MS);
    const interrupted = signal.aborted;
    if (interrupted)
        (0,state_helper/* saveActionState */.B$)({ interrupted: true });
    const footer = {
        runUrl: context.run.runUrl,
        ...(context.headSha !== undefined && { headSha: context.headSha }),
    };
    if (!('value' in outcome)) {
        // No result: the pipeline failed, or did not come back after the abort.
        const error = 'error' in outcome ? outcome.error : undefined;
        const verdict = interrupted ? 'interrupted' : (0,stats_verdict/* verdictOfError */.j6)(error);
        // An interrupted run leaves the upload to the post step: the runner kills it in seconds.
        const uploaded = saved.reportDir && !interrupted
            ? await uploadArtifact(saved.reportDir, name, services, context)
            : undefined;
        await writeJobSummary(renderNoReportSummary({
            kind: interrupted ? 'interrupted' : 'failed',
            text: interrupted
                ? 'The run was cancelled before it produced a report.'
                : `The run failed: ${failureText(error)}`,
            footer: { ...footer, ...artifactLinks(uploaded) },
        }));
        setRunOutputs({
            verdict,
            findings: [],
            ...(saved.reportDir !== undefined && { reportDir: saved.reportDir }),
            ...artifactLinks(uploaded),
            ...(saved.resourceGroup !== undefined && { resourceGroup: saved.resourceGroup }),
        });
        (0,state_helper/* saveActionState */.B$)({ published: true });
        core/* setFailed */.C1(interrupted
            ? 'The run was cancelled; partial results (if any) were published. The post step cleans up.'
            : (0,errors/* errorDetails */.nf)(error));
        return { verdict, failed: true };
    }
    let result = outcome.value;
    (0,state_helper/* saveActionState */.B$)({
        reportDir: result.reportDir,
        ...(result.resourceGroup !== undefined && { resourceGroup: result.resourceGroup }),
    });
    // Before anything is published, so the summary, comment, outputs and artifact all show the
    // history verdict; an interrupted run is neither judged by history nor kept in it.
    if (!interrupted) {
        result = await publishToHistory({ settings, context, services, result, signal });
    }
    const verdict = interrupted ? 'interrupted' : result.verdict;
    // Summary and outputs first: when interrupted, the runner kills the process 10 s after
    // SIGINT, and the post step uploads the artifact instead.
    const uploaded = interrupted
        ? undefined
        : await uploadArtifact(result.reportDir, name, services, context);
    const markdown = renderResultSummary({
        summaryMarkdown: result.summaryMarkdown,
        verdict,
        findings: result.findings,
        partial: interrupted || result.report.partial,
        footer: {
            ...footer,
            ...artifactLinks(uploaded),
            ...(result.reportUrl !== undefined && { reportUrl: result.reportUrl }),
        },
    });
    await writeJobSummary(markdown);
    const outputs = {
        verdict,
        report: result.report,
        reportDir: result.reportDir,
        findings: result.findings,
        ...(result.reportUrl !== undefined && { reportUrl: result.reportUrl }),
        ...artifactLinks(uploaded),
        ...(result.resourceGroup !== undefined && { resourceGroup: result.resourceGroup }),
        ...(result.history !== undefined && { history: result.history }),
    };
    setRunOutputs(outputs);
    // A cancelled run never replaces the sticky comment with a partial one.
    if (!interrupted) {
        const commentUrl = await postComment(settings, context, services, markdown, (0,stats_verdict/* verdictIsBadNews */.GN)(verdict));
        if (commentUrl !== undefined)
            setRunOutputs({ ...outputs, commentUrl });
    }
    (0,state_helper/* saveActionState */.B$)({ published: true });
    return finish(verdict, settings, result.findings);
}
async function uploadArtifact(dir, name, services, context) {
    try {
        const uploaded = await (0,report_artifact/* uploadReportArtifact */.qw)(dir, name, services.uploader);
        (0,state_helper/* saveActionState */.B$)({ artifactUploaded: true });
        core/* info */.pq(`Uploaded ${uploaded.files} report files as artifact ${name}.`);
        return {
            name,
            ...(uploaded.id !== undefined && {
                url: `${context.serverUrl}/${context.run.repository}/actions/runs/${context.run.runId}/artifacts/${uploaded.id}`,
            }),
        };
    }
    catch (error) {
        core/* warning */.$e(`Could not upload the report artifact ${name}: ${(0,errors/* errorDetails */.nf)(error)} The post step tries again.`);
        return undefined;
    }
}
async function postComment(settings, context, services, body, hasRegression) {
    if (settings.comment === 'never')
        return undefined;
    const issueNumber = settings.prNumber ?? context.pullRequestNumber;
    if (issueNumber === undefined) {
        core/* info */.pq('Not a pull request run: no PR comment.');
        return undefined;
    }
    if (settings.githubToken === '') {
        core/* warning */.$e('No github-token: the PR comment was not posted.');
        return undefined;
    }
    try {
        const octokit = services.createClient(settings.githubToken, context.apiUrl);
        const posted = await upsertPrComment({
            octokit,
            owner: context.owner,
            repo: context.repo,
            issueNumber,
            commentId: settings.commentId,
            body,
            mode: settings.comment,
            hasRegression,
            signal: AbortSignal.timeout(COMMENT_TIMEOUT_MS),
        });
        core/* info */.pq(`PR comment: ${posted.status}${posted.url ? ` (${posted.url})` : ''}.`);
        return posted.url;
    }
    catch (error) {
        // The comment is a convenience: its failure never hides the benchmark's own result.
        core/* warning */.$e(`Could not post the PR comment: ${(0,errors/* errorDetails */.nf)(error)}`);
        return undefined;
    }
}
/** The artifact's name and link for the footer and the outputs. */
function artifactLinks(uploaded) {
    if (uploaded === undefined)
        return {};
    return {
        artifactName: uploaded.name,
        ...(uploaded.url !== undefined && { artifactUrl: uploaded.url }),
    };
}
function finish(verdict, settings, findings) {
    if (verdict === 'interrupted') {
        core/* setFailed */.C1('The run was cancelled; partial results were published. The post step cleans up.');
        return { verdict, failed: true };
    }
    if ((0,stats_verdict/* verdictFailsStep */.tE)(verdict, settings.failOn)) {
        const regressions = findings.filter((f) => f.source === 'comparison').length;
        const what = verdict === 'regression'
            ? `${regressions} regression${regressions === 1 ? '' : 's'} found`
            : verdict === 'threshold-failed'
                ? 'a fail threshold was crossed'
                : 'the target or the infrastructure failed';
        core/* setFailed */.C1(`Benchmark verdict: ${verdict} (${what}; fail-on: ${settings.failOn}). See the job summary.`);
        return { verdict, failed: true };
    }
    if ((0,stats_verdict/* verdictIsBadNews */.GN)(verdict)) {
        core/* warning */.$e(`Benchmark verdict: ${verdict}; not failing the step because fail-on is ${settings.failOn}.`);
    }
    core/* info */.pq(`Benchmark verdict: ${verdict}.`);
    return { verdict, failed: false };
}
//# sourceMappingURL=main.js.map

/***/ }),

/***/ 47192:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ renderComparisonCsv)
/* harmony export */ });
/* unused harmony export COMPARISON_CSV_COLUMNS */
/** Column names, in order. */
const COMPARISON_CSV_COLUMNS = [
    'scenario',
    'level',
    'metric',
    'baseline',
    'candidate',
    'change_pct',
    'ci_low_pct',
    'ci_high_pct',
    'verdict',
    'reason',
];
/** Quotes a cell when it holds a comma, a quote or a line break (RFC 4180). */
function csvCell(value) {
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
/** A number without float noise: at most 6 decimals, trailing zeros dropped. */
function csvNumber(x) {
    if (!Number.isFinite(x))
        return '';
    return String(Number(x.toFixed(6)));
}
/** A change as a percentage (ratio) or percentage points (error rate), two decimals. */
function csvPercent(x) {
    if (x === undefined || !Number.isFinite(x))
        return '';
    return String(Number((x * 100).toFixed(2)));
}
/**
 * Renders a comparison as CSV with a header row and CRLF-free `\n` line ends. `change_pct`,
 * `ci_low_pct` and `ci_high_pct` are percent for ratios and percentage points for the error
 * rate; the interval cells are empty when there is no interval.
 */
function renderComparisonCsv(comparison) {
    const lines = [COMPARISON_CSV_COLUMNS.join(',')];
    for (const m of comparison.metrics) {
        lines.push([
            csvCell(m.scenario),
            csvNumber(m.level),
            m.metric,
            csvNumber(m.baseline),
            csvNumber(m.candidate),
            csvPercent(m.change),
            csvPercent(m.ci?.low),
            csvPercent(m.ci?.high),
            m.verdict,
            csvCell(m.reason),
        ].join(','));
    }
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=comparison-csv.js.map

/***/ }),

/***/ 9130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runOutcomeOf: () => (/* binding */ runOutcomeOf)
/* harmony export */ });
/* harmony import */ var _core_report_run_summary_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89110);
/* harmony import */ var _core_stats_verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49390);


/** The outcome of `report`, written to `reportDir`: verdict, findings and summary from the report. */
function runOutcomeOf(report, reportDir, extra = {}) {
    const { verdict, findings } = (0,_core_stats_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeRun */ .Zy)(report);
    return {
        reportDir,
        report,
        summaryMarkdown: extra.summaryMarkdown ?? (0,_core_report_run_summary_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderRunSummaryMarkdown */ .B)(report),
        verdict,
        findings,
        ...(extra.resourceGroup !== undefined && { resourceGroup: extra.resourceGroup }),
        ...(extra.reportUrl !== undefined && { reportUrl: extra.reportUrl }),
    };
}
//# sourceMappingURL=run-outcome.js.map

/***/ })

};
