export const id = 101;
export const ids = [101];
export const modules = {

/***/ 93101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMain: () => (/* binding */ runMain)
});

// UNUSED EXPORTS: ABORT_GRACE_MS, COMMENT_TIMEOUT_MS

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
// EXTERNAL MODULE: ./lib/core/remote/report-index.js
var report_index = __webpack_require__(67971);
// EXTERNAL MODULE: ./lib/core/report/comparison-csv.js
var comparison_csv = __webpack_require__(47192);
// EXTERNAL MODULE: ./lib/core/report/comparison-markdown.js
var comparison_markdown = __webpack_require__(71311);
// EXTERNAL MODULE: ./lib/core/report/html.js + 4 modules
var html = __webpack_require__(99136);
// EXTERNAL MODULE: ./lib/core/report/json.js
var json = __webpack_require__(24622);
// EXTERNAL MODULE: ./lib/core/report/run-summary-markdown.js
var run_summary_markdown = __webpack_require__(89110);
// EXTERNAL MODULE: ./lib/core/stats/compare.js
var compare = __webpack_require__(12472);
// EXTERNAL MODULE: ./lib/edges/files/write-report-dir.js + 1 modules
var write_report_dir = __webpack_require__(89960);
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
    if (head.comparison === undefined) {
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
                ...(0,run_outcome/* runOutcomeOf */.f)(compared.report, result.reportDir, {
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
    try {
        await store.updateIndex((0,report_index/* indexEntryFromReport */.nU)(result.report, {
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
    }
    return result;
}
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
            return await planMode(pipeline, settings);
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
async function planMode(pipeline, settings) {
    if (!pipeline.plan)
        throw unavailable('plan', settings);
    const plan = await pipeline.plan(settings);
    await writeJobSummary(plan.summaryMarkdown);
    setRunOutputs({ verdict: 'skipped', findings: [] });
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

/***/ })

};
