/**
 * The Markdown the action publishes, as pure functions: the job summary and PR comment of a run
 * (a status line, the run's summary, the findings, a footer with links), and the short pages of
 * a run that did not produce a report (not run, failed, interrupted, skipped) or of the janitor.
 */
import type { Finding, Verdict } from '../stats/verdict.js';

/** Links and names for the footer. */
export interface SummaryFooter {
  /** The workflow run's URL. */
  runUrl: string;
  /** The report artifact's name, when it was uploaded. */
  artifactName?: string;
  /** A link to the artifact (the upload's `artifact-url`), when known. */
  artifactUrl?: string;
  /** The report in Blob storage, when published there. */
  reportUrl?: string;
  /** The commit that was measured (the PR's head, not the test merge commit). */
  headSha?: string;
}

/** Input of `renderResultSummary`. */
export interface ResultSummaryInput {
  /** The run's own summary (`summary.md`). */
  summaryMarkdown: string;
  /** The verdict published in the outputs. */
  verdict: Verdict;
  /** The findings behind it. */
  findings: readonly Finding[];
  /** The run was interrupted: its results are partial. */
  partial: boolean;
  /** Footer links. */
  footer: SummaryFooter;
}

/** Most findings listed before "… and N more". */
const MAX_FINDINGS_SHOWN = 20;

/** One line per finding, in the same words for every provider. */
export function renderFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return '';
  const line = (f: Finding) =>
    f.source === 'threshold'
      ? `- ${f.scenario} @ ${f.level}: threshold \`${f.threshold ?? f.metric}\`: ${f.reason}`
      : `- ${f.scenario} @ ${f.level}: ${f.metric}: ${f.reason}`;
  const shown = findings.slice(0, MAX_FINDINGS_SHOWN).map(line);
  const more =
    findings.length > MAX_FINDINGS_SHOWN
      ? [`- … and ${findings.length - MAX_FINDINGS_SHOWN} more`]
      : [];
  return ['', `**Findings (${findings.length}):**`, ...shown, ...more, ''].join('\n');
}

/** The footer line: run link, artifact, Blob report, measured commit. */
export function renderFooter(footer: SummaryFooter): string {
  const parts = [`[workflow run](${footer.runUrl})`];
  if (footer.artifactName !== undefined) {
    parts.push(
      footer.artifactUrl !== undefined
        ? `[artifact \`${footer.artifactName}\`](${footer.artifactUrl})`
        : `artifact \`${footer.artifactName}\``,
    );
  }
  if (footer.reportUrl !== undefined) parts.push(`[report in Blob](${footer.reportUrl})`);
  if (footer.headSha !== undefined && footer.headSha !== '') {
    parts.push(`commit \`${footer.headSha.slice(0, 7)}\``);
  }
  return `\n---\n<sub>bench-action · ${parts.join(' · ')}</sub>\n`;
}

/** The job summary and PR comment of a run that produced a report. */
export function renderResultSummary(input: ResultSummaryInput): string {
  const banner = input.partial
    ? '> [!WARNING]\n> The run was interrupted: these are partial results.\n\n'
    : '';
  return (
    `${banner}**Verdict: ${input.verdict}**\n\n${input.summaryMarkdown}\n` +
    `${renderFindings(input.findings)}${renderFooter(input.footer)}`
  );
}

/** Why a run produced no report, for the short summary pages. */
export interface NoReportSummaryInput {
  /** `not-run`: stopped before the pipeline; `failed`; `interrupted`; `skipped`. */
  kind: 'not-run' | 'failed' | 'interrupted' | 'skipped';
  /** What happened, in words (an error's message, code and hint). */
  text: string;
  /** Footer links. */
  footer: SummaryFooter;
}

const noReportTitles: Record<NoReportSummaryInput['kind'], string> = {
  'not-run': 'Benchmark not run',
  failed: 'Benchmark failed',
  interrupted: 'Benchmark interrupted',
  skipped: 'Benchmark skipped',
};

/** The summary of a run that produced no report. */
export function renderNoReportSummary(input: NoReportSummaryInput): string {
  return `### ${noReportTitles[input.kind]}\n\n${input.text}\n${renderFooter(input.footer)}`;
}

/** The summary of `mode: janitor`. */
export function renderJanitorSummary(input: {
  message: string;
  deleted: readonly string[];
  pending: readonly string[];
}): string {
  const pending = input.pending.length > 0 ? `\n\nNot confirmed: ${input.pending.join(', ')}` : '';
  return `### Janitor\n\n${input.message}\n\nDeleted: ${input.deleted.join(', ') || 'none'}${pending}\n`;
}
