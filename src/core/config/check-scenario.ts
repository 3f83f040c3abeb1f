/**
 * Checks on a scenario that the schema cannot express: valid JSON checks, a payload source that
 * is either a directory or a list, and a body template that only uses known placeholders.
 * Shared by inline scenarios and product scenario files.
 */
import type { ConfigProblem } from './config-problem.js';
import { JSON_CHECK_EXPECTED, parseJsonCheck } from './json-check.js';
import type { KeyPath, SourceLocator } from './source-locator.js';

/** Placeholders a body template may use. */
export const TEMPLATE_PLACEHOLDERS = ['{{payload}}', '{{payload|json}}'] as const;

/**
 * Every problem in one scenario definition found at `path` in `source`. Reads the data as
 * written (defensively), so these problems are reported together with schema problems.
 */
export function checkScenario(raw: unknown, path: KeyPath, source: SourceLocator): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (!isRecord(raw)) return problems;
  const scenario = {
    method: typeof raw.method === 'string' ? raw.method.toUpperCase() : 'GET',
    checks: isRecord(raw.checks) ? raw.checks : {},
    payloads: isRecord(raw.payloads) ? raw.payloads : undefined,
    template:
      isRecord(raw.body) && typeof raw.body.template === 'string' ? raw.body.template : undefined,
  };
  const jsonChecks = Array.isArray(scenario.checks.json) ? (scenario.checks.json as unknown[]) : [];
  jsonChecks.forEach((check, index) => {
    if (typeof check !== 'string') return;
    const parsed = parseJsonCheck(check);
    if ('error' in parsed) {
      problems.push(
        source.problemAt([...path, 'checks', 'json', index], {
          message: `invalid JSON check: ${parsed.error}`,
          expected: JSON_CHECK_EXPECTED,
        }),
      );
    }
  });
  const payloads = scenario.payloads;
  if (payloads && (payloads.dir === undefined) === (payloads.files === undefined)) {
    problems.push(
      source.problemAt([...path, 'payloads'], {
        message:
          payloads.dir === undefined ? 'no payload source' : 'both `dir` and `files` are given',
        expected: 'exactly one of dir, files',
      }),
    );
  }
  const template = scenario.template;
  if (template !== undefined) {
    for (const match of template.matchAll(/\{\{[^}]*\}\}/g)) {
      if (!(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(match[0].replace(/\s+/g, ''))) {
        problems.push(
          source.problemAt([...path, 'body', 'template'], {
            message: `unknown placeholder ${match[0]}`,
            expected: TEMPLATE_PLACEHOLDERS.join(' or '),
          }),
        );
      }
    }
    // A placeholder missing a brace (`{{payload|json}`, `{payload}}`) would be sent literally.
    const rest = template.replace(/\{\{[^}]*\}\}/g, (whole) => '\0'.repeat(whole.length));
    const broken = /\{\{|\{\s*payload\b|\bpayload\s*(\|\s*json\s*)?\}/.exec(rest);
    if (broken) {
      problems.push(
        source.problemAt([...path, 'body', 'template'], {
          message: `a placeholder is missing a brace: \`${template.slice(Math.max(0, broken.index - 2), broken.index + 18)}\``,
          expected: TEMPLATE_PLACEHOLDERS.join(' or '),
          hint: 'Write {{payload}} or {{payload|json}} with two braces on each side.',
        }),
      );
    }
    if (template.includes('{{') && !payloads) {
      problems.push(
        source.problemAt([...path, 'body', 'template'], {
          message: 'the template uses {{payload}} but the scenario has no payloads',
          expected: 'a `payloads` entry, or a template without placeholders',
        }),
      );
    }
  }
  if (payloads && (scenario.method === 'GET' || scenario.method === 'HEAD')) {
    problems.push(
      source.problemAt([...path, 'payloads'], {
        message: `${scenario.method} requests carry no body`,
        expected: 'POST, PUT, PATCH or DELETE for a scenario with payloads',
        hint: 'Set `method: POST`, or remove `payloads`.',
      }),
    );
  }
  return problems;
}

/** True for a plain mapping. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
