import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/core/config/config-problem.js';
import { parseConfig } from '../../src/core/config/parse-config.js';

const HEAD = 'version: 1\nname: demo\ntarget: { url: "http://127.0.0.1:8080" }\n';
const INLINE = 'scenarios:\n  - { name: health, path: /health }\n';

/** Each broken config and the exact problem lines it must produce. */
const brokenConfigs: Array<{ what: string; text: string; lines: string[] }> = [
  {
    what: 'a benchmark threshold with both max and min, at its line',
    text: `${HEAD}${INLINE}thresholds:\n  - { benchmark: 'parse/*', max: 1, min: 0, unit: ns/iter }\n`,
    lines: [
      "c.yml:7:5  thresholds[0]: give max or min (got { benchmark: 'parse/*', max: 1, min: 0,…; expected exactly one of max (at most) or min (at least)).",
    ],
  },
  {
    what: 'an unclosed flow mapping is a YAML syntax error at the next line',
    text: 'version: 1\nname: demo\ntarget: { url: http://127.0.0.1:8080\nscenarios: [health]\n',
    lines: [
      'c.yml:4:1  YAML syntax error: Flow map in block collection must be sufficiently indented and end with a } (expected valid YAML or JSON). Check indentation, quotes and brackets on this line and the one before.',
    ],
  },
  {
    what: 'a duplicate key is a YAML error',
    text: 'version: 1\nname: demo\nname: other\n',
    lines: [
      'c.yml:3:1  YAML syntax error: Map keys must be unique (expected valid YAML or JSON). Check indentation, quotes and brackets on this line and the one before.',
    ],
  },
  {
    what: 'an unknown key names the closest known key',
    text: `${HEAD}${INLINE}load:\n  levels: [8]\n  duraton: 5s\n`,
    lines: [
      'c.yml:8:3  load.duraton: unknown key `duraton` (expected one of model, levels, pipelining, warmup, duration, cooldown, connectTimeout, requestTimeout, maxCheckBodyBytes, workers). Did you mean `duration`?',
    ],
  },
  {
    what: 'a number where a list belongs is a wrong type',
    text: `${HEAD}${INLINE}load:\n  levels: 8\n`,
    lines: ['c.yml:7:11  load.levels: wrong type (got 8; expected a list).'],
  },
  {
    what: 'a negative level is pointed at by its index',
    text: `${HEAD}${INLINE}load:\n  levels: [8, -4]\n`,
    lines: [
      'c.yml:7:15  load.levels[1]: a connection count must be positive (got -4; expected an integer >= 1).',
    ],
  },
  {
    what: 'an absurd connection count says why it is refused',
    text: `${HEAD}${INLINE}load:\n  levels: [200000]\n`,
    lines: [
      'c.yml:7:12  load.levels[0]: too many connections for one load generator (got 200000; expected an integer <= 100000).',
    ],
  },
  {
    what: 'an open level of zero is refused',
    text: `${HEAD}${INLINE}load:\n  model: open\n  levels: [0.5, 0]\n`,
    lines: ['c.yml:8:17  load.levels[1]: a rate must be positive (got 0; expected req/s > 0).'],
  },
  {
    what: 'a missing target is reported with what a target is',
    text: `version: 1\nname: demo\n${INLINE}`,
    lines: [
      'c.yml:1:1  target: missing required key `target` (expected where the load goes: exactly one of product, url, command). Add `target:`.',
    ],
  },
  {
    what: 'an empty target asks for one kind',
    text: `version: 1\nname: demo\ntarget: {}\n${INLINE}`,
    lines: [
      'c.yml:3:9  target: no target (got {}; expected exactly one of product, url, command). Add `product: <name>` (see products/), `url: http://…` or `command: {run: […], port: N}`.',
    ],
  },
  {
    what: 'two targets point at the second one',
    text: 'version: 1\nname: demo\ntarget:\n  product: demo\n  url: http://127.0.0.1:8080\nscenarios: [health]\n',
    lines: [
      'c.yml:5:3  target.url: `url` given together with `product` (expected exactly one of product, url, command). Keep one target.',
    ],
  },
  {
    what: 'a duration with a spelled-out unit is refused',
    text: `${HEAD}${INLINE}load:\n  duration: 5 sec\n`,
    lines: [
      "c.yml:7:13  load.duration: not a duration (got 5 sec; expected a duration such as '500ms', '5s', '2m' or '1h' (a bare number means seconds)).",
    ],
  },
  {
    what: 'a JSON check with a single = is a problem at the check',
    text: `${HEAD}scenarios:\n  - name: health\n    path: /health\n    checks:\n      json: ['$.status = "ok"']\n`,
    lines: [
      `c.yml:8:14  scenarios[0].checks.json[0]: invalid JSON check: no operator: use ==, !=, <, <=, >, >= followed by a literal, or exists (got '$.status = "ok"'; expected '<JSONPath> <op> <literal>' or '<JSONPath> exists', e.g. '$.success == true').`,
    ],
  },
  {
    what: 'maxConnections on a closed model says which model takes it',
    text: `${HEAD}${INLINE}load:\n  model: closed\n  levels: [8]\n  maxConnections: 64\n`,
    lines: [
      'c.yml:9:3  load.maxConnections: `maxConnections` applies to the open model only (expected one of model, levels, pipelining, warmup, duration, cooldown, connectTimeout, requestTimeout, maxCheckBodyBytes, workers). Remove `maxConnections`, or set the model that takes it.',
    ],
  },
  {
    what: 'an unknown load model lists the models',
    text: `${HEAD}${INLINE}load: { model: opn, levels: [1] }\n`,
    lines: ['c.yml:6:16  load.model: unknown value (got opn; expected closed | open).'],
  },
  {
    what: 'a non-http URL is refused',
    text: 'version: 1\nname: demo\ntarget: { url: "ftp://example.test" }\n' + INLINE,
    lines: [
      'c.yml:3:16  target.url: unsupported scheme ftp: (got "ftp://example.test"; expected an http:// or https:// URL such as http://127.0.0.1:8080).',
    ],
  },
  {
    what: 'a command target needs a port',
    text: `version: 1\nname: demo\ntarget:\n  command: { run: [node, server.js] }\n${INLINE}`,
    lines: [
      'c.yml:4:12  target.command.port: missing required key `port` (expected the port the command listens on, 1-65535, or \'auto\'). Pass the same port to the process, e.g. `env: {PORT: "8080"}`, or write `port: auto` and `env: {PORT: "{{port}}"}`.',
    ],
  },
  {
    what: 'a product scenario name without a product target is refused',
    text: `${HEAD}scenarios: [health]\n`,
    lines: [
      'c.yml:4:13  scenarios[0]: `health` names a product scenario but the target is not a product (got health; expected an inline scenario (a mapping with name, method, path, …)).',
    ],
  },
  {
    what: 'an unknown HTTP method lists the methods',
    text: `${HEAD}scenarios:\n  - { name: health, path: /health, method: FETCH }\n`,
    lines: [
      'c.yml:5:44  scenarios[0].method: not an HTTP method (got FETCH; expected GET | HEAD | POST | PUT | PATCH | DELETE | OPTIONS).',
    ],
  },
  {
    what: 'a scenario listed twice is refused',
    text: `${HEAD}${INLINE}  - { name: health, path: /h }\n`,
    lines: [
      'c.yml:6:5  scenarios[1]: scenario `health` is listed twice (first at scenarios[0]) (got { name: health, path: /h }; expected unique scenario names).',
    ],
  },
  {
    what: 'another format version is refused',
    text: HEAD.replace('version: 1', 'version: 2') + INLINE,
    lines: ['c.yml:1:10  version: unsupported version (got 2; expected 1).'],
  },
  {
    what: 'an empty file says so',
    text: '',
    lines: ['c.yml:1:1  the file is empty (expected a mapping of keys).'],
  },
  {
    what: 'Azure names are checked by pattern',
    text: 'version: 1\nname: demo\ntarget: { product: demo }\nscenarios: [health]\ncloud:\n  provider: gcp\n  vmSizes: [D4s]\n  regions: [West Europe]\n',
    lines: [
      'c.yml:6:13  cloud.provider: not an allowed value (got gcp; expected local | azure).',
      'c.yml:7:13  cloud.vmSizes[0]: not an Azure VM size name (got D4s; expected an Azure VM size in its exact spelling, like Standard_D4s_v5 or Standard_M8-2ms).',
      'c.yml:8:13  cloud.regions[0]: not an Azure region name (got West Europe; expected a programmatic Azure region name like westeurope).',
    ],
  },
  {
    what: 'an unknown template placeholder is refused',
    text: `${HEAD}scenarios:\n  - name: t\n    method: POST\n    path: /t\n    payloads: { dir: p }\n    body: { template: "{{payload}} {{other}}" }\n`,
    lines: [
      'c.yml:9:23  scenarios[0].body.template: unknown placeholder {{other}} (got "{{payload}} {{other}}"; expected {{payload}} or {{payload|json}}).',
    ],
  },
  {
    what: 'a header value with CR and LF, which would inject a header on the wire, is refused',
    text: `${HEAD}scenarios:\n  - name: h\n    path: /h\n    headers: { x-trace: "a\\r\\nInjected: 1" }\n`,
    lines: [
      'c.yml:7:25  scenarios[0].headers.x-trace: contains CR, LF, NUL or another control character (or a character above U+00FF), which would be written raw on the wire (got "a\\r\\nInjected: 1"; expected text on one line: no CR, LF, NUL or other control character).',
    ],
  },
  {
    what: 'a header value with NUL is refused',
    text: `${HEAD}scenarios:\n  - name: h\n    path: /h\n    headers: { x-nul: "a\\0b" }\n`,
    lines: [
      'c.yml:7:23  scenarios[0].headers.x-nul: contains CR, LF, NUL or another control character (or a character above U+00FF), which would be written raw on the wire (got "a\\0b"; expected text on one line: no CR, LF, NUL or other control character).',
    ],
  },
  {
    what: 'a path that smuggles a second request is refused',
    text: `${HEAD}scenarios:\n  - name: h\n    path: "/h HTTP/1.1\\r\\nHost: x\\r\\n\\r\\nGET /admin"\n`,
    lines: [
      'c.yml:6:11  scenarios[0].path: contains a space, a control character (CR, LF, NUL…) or a non-ASCII character, which cannot be sent as is (got "/h HTTP/1.1\\r\\nHost: x\\r\\n\\r\\nGET /adm…; expected a path such as /api/transform, visible ASCII only (percent-encode spaces and other characters)).',
    ],
  },
  {
    what: 'a JSON check whose filter calls a method is refused before anything runs',
    text: `${HEAD}scenarios:\n  - name: h\n    path: /h\n    checks: { json: ["$.items[?(@.name.match(/a/))].n exists"] }\n`,
    lines: [
      "c.yml:7:22  scenarios[0].checks.json[0]: invalid JSON check: filter [?(@.name.match(/a/))]: method and function calls such as match(…) are not supported (got \"$.items[?(@.name.match(/a/))].n exists\"; expected '<JSONPath> <op> <literal>' or '<JSONPath> exists', e.g. '$.success == true').",
    ],
  },
  {
    what: 'a check body limit below one byte is refused',
    text: `${HEAD}${INLINE}load: { maxCheckBodyBytes: 0 }\n`,
    lines: ['c.yml:6:28  load.maxCheckBodyBytes: too small (got 0; expected a number >= 1).'],
  },
  {
    what: 'a JSON config reports positions in the JSON text',
    text: '{\n  "version": 1,\n  "name": "demo",\n  "target": {"url": "http://127.0.0.1:8080"},\n  "scenarios": [{"name": "health", "path": "/health"}],\n  "load": {"levels": [8, "many"]}\n}\n',
    lines: [
      'c.yml:6:26  load.levels[1]: a level must be a number (got "many"; expected a number).',
    ],
  },
];

describe('parseConfig', () => {
  it.each(brokenConfigs)('reports $what', ({ text, lines }) => {
    const result = parseConfig(text, 'c.yml');
    expect(result.config).toBeUndefined();
    const count = lines.length === 1 ? '1 problem in 1 file' : `${lines.length} problems in 1 file`;
    expect(formatProblems(result.problems)).toBe([...lines, count].join('\n'));
  });

  it('reports every problem of a file at once, in position order', () => {
    const text = [
      'version: 1',
      'name: Demo',
      'target:',
      '  product: demo',
      '  url: http://127.0.0.1:8080',
      'scenarios:',
      '  - name: custom',
      '    method: POST',
      '    path: transform',
      "    checks: { json: ['$.success === true'] }",
      '    payloads: { files: [a.txt, { path: b.txt, wieght: 3 }] }',
      'load:',
      '  levels: [8, -2]',
      '  maxConnections: 3',
      '  warmup: soon',
      '',
    ].join('\n');
    const { problems } = parseConfig(text, 'c.yml');
    expect(problems.map((p) => `${p.line}:${p.col} ${p.path}`)).toEqual([
      '2:7 name',
      '5:3 target.url',
      '9:11 scenarios[0].path',
      '10:22 scenarios[0].checks.json[0]',
      '11:47 scenarios[0].payloads.files[1].wieght',
      '13:15 load.levels[1]',
      '14:3 load.maxConnections',
      '15:11 load.warmup',
    ]);
    expect(problems.find((p) => p.path.endsWith('wieght'))?.hint).toBe('Did you mean `weight`?');
  });

  it('fills defaults for everything optional', () => {
    const { config, problems } = parseConfig(`${HEAD}${INLINE}`, 'c.yml');
    expect(problems).toEqual([]);
    expect(config?.load).toEqual({
      model: 'closed',
      levels: [8, 32, 128],
      pipelining: 1,
      warmup: '1s',
      duration: '10s',
      cooldown: '0s',
      connectTimeout: '5s',
      requestTimeout: '10s',
      workers: 1,
    });
    expect(config?.cloud).toEqual({
      provider: 'local',
      vmSizes: ['Standard_D4s_v5', 'Standard_D4ds_v5'],
      regions: ['westeurope', 'northeurope'],
      loadAgents: 1,
    });
    expect(config?.scenarios[0]).toMatchObject({
      method: 'GET',
      headers: {},
      checks: { status: [200], json: [], bodyContains: [] },
    });
  });

  it('accepts an open model with maxConnections and numeric durations', () => {
    const { config, problems } = parseConfig(
      `${HEAD}${INLINE}load: { model: open, levels: [250.5, 1000], maxConnections: 64, duration: 2500 }\n`,
      'c.json',
    );
    expect(problems).toEqual([]);
    expect(config?.load).toMatchObject({ model: 'open', maxConnections: 64, duration: 2500 });
  });
});
