import { describe, expect, it } from 'vitest';
import { compileJsonCheck, parseJsonCheck } from '../../src/core/config/json-check.js';

describe('parseJsonCheck', () => {
  it.each([
    ['$.success == true', { path: '$.success', operator: '==', value: true }],
    ['$.success==false', { path: '$.success', operator: '==', value: false }],
    ['$.result != null', { path: '$.result', operator: '!=', value: null }],
    ['$.errors.length <= 0', { path: '$.errors.length', operator: '<=', value: 0 }],
    ['$.processing_time_ms < 12.5', { path: '$.processing_time_ms', operator: '<', value: 12.5 }],
    ['$.count >= -3', { path: '$.count', operator: '>=', value: -3 }],
    ['$.count > 1e3', { path: '$.count', operator: '>', value: 1000 }],
    ['$.status == "ok"', { path: '$.status', operator: '==', value: 'ok' }],
    ["$.status == 'o\\'k'", { path: '$.status', operator: '==', value: "o'k" }],
    ['$.result exists', { path: '$.result', operator: 'exists' }],
    ["$['message type'] == 'MT103'", { path: "$['message type']", operator: '==', value: 'MT103' }],
    [
      '$.items[?(@.kind == "a")].ok == true',
      { path: '$.items[?(@.kind == "a")].ok', operator: '==', value: true },
    ],
  ])('parses %s', (source, expected) => {
    expect(parseJsonCheck(source)).toEqual({ source, ...expected });
  });

  it.each([
    ['success == true', 'a JSON check must start with a JSONPath such as $.success'],
    ['$.success', 'no operator: use ==, !=, <, <=, >, >= followed by a literal, or exists'],
    ['$.success = true', 'no operator: use ==, !=, <, <=, >, >= followed by a literal, or exists'],
    ['$.success ==', "nothing after ==: give a literal such as true, 0 or 'text'"],
    [
      '$.success == yes',
      'yes is not a literal: use true, false, null, a number or a quoted string',
    ],
    ['$.status < "b"', '< compares numbers: give a number after it'],
    ['$.a b == 1', '$.a b is not a JSONPath (spaces outside brackets)'],
    [
      '$.items[?(@.name.match(/x/))] exists',
      'filter [?(@.name.match(/x/))]: method and function calls such as match(…) are not supported',
    ],
    [
      '$.items[?(@.name =~ /x/)] exists',
      'filter [?(@.name =~ /x/)]: "=" is not supported in a filter',
    ],
    ['$.items[?(@.n + 1 > 2)] exists', 'filter [?(@.n + 1 > 2)]: "+" is not supported in a filter'],
    [
      '$.items[?(typeof @.n == "x")] exists',
      'filter [?(typeof @.n == "x")]: typeof is not supported: use @ paths, literals and comparisons',
    ],
    ['$.items[?(@.n = 1)] exists', 'filter [?(@.n = 1)]: "=" is not supported in a filter'],
    [
      '$.items[?(@property == 0)] exists',
      'filter [?(@property == 0)]: @property is not supported: start paths with @. or @[',
    ],
    [
      '$.items[?(@.a[@.b] == 1)] exists',
      "filter [?(@.a[@.b] == 1)]: only a quoted name or a whole number may go in brackets, e.g. @['a b'] or @[0]",
    ],
    ['$.items[?(@.n > 1] exists', 'filter [?(@.n > 1]: a filter must be written [?(…)]'],
    ['$.items[?((@.n > 1)] exists', 'filter [?((@.n > 1)]: a parenthesis is not closed'],
    ['$.items[?()] exists', 'filter [?()]: the filter is empty'],
    [
      '$.items[(@.length-1)].n == 1',
      'script expressions such as [(@.length-1)] are not supported: use an index, a slice such as [-1:] or a filter',
    ],
  ])('refuses %s', (source, error) => {
    expect(parseJsonCheck(source)).toEqual({ error });
  });
});

describe('object keys made of digits', () => {
  // A key such as "0" or "404" is common in JSON maps (status codes, ids). JSONPath names it as
  // ['0']; [0] is an index and selects nothing in an object (RFC 9535). jsonpath-plus parses
  // both to the same "0", which made every quoted key of digits unreachable.
  const body = { byStatus: { '0': 'zero', '404': 7, '007': 'bond' }, list: ['a', 'b'] };
  const check = (source: string): boolean => {
    const plan = parseJsonCheck(source);
    if ('error' in plan) throw new Error(plan.error);
    return compileJsonCheck(plan)(body);
  };

  it.each([
    ['$.byStatus[\'0\'] == "zero"', true],
    ['$.byStatus["404"] == 7', true],
    ['$.byStatus[404] exists', false],
    ["$['byStatus']['0'] == \"zero\"", true],
    ['$.byStatus[\'007\'] == "bond"', true],
    ["$.byStatus['7'] exists", false],
    ["$.byStatus['1'] exists", false],
    ['$.list[1] == "b"', true],
    ["$.list['1'] exists", false],
    ['$.list[2] exists', false],
  ])('%s is %s', (source, expected) => {
    expect(check(source)).toBe(expected);
  });
});

describe('compileJsonCheck', () => {
  const body = {
    success: true,
    result: '<xml/>',
    errors: [],
    count: 3,
    nested: {
      list: [
        { id: 1, ok: true },
        { id: 2, ok: false },
      ],
    },
    items: [
      { kind: 'a', ok: true },
      { kind: 'a', ok: true },
      { kind: 'b', ok: false },
    ],
    nothing: null,
  };
  const check = (source: string): boolean => {
    const plan = parseJsonCheck(source);
    if ('error' in plan) throw new Error(plan.error);
    return compileJsonCheck(plan)(body);
  };

  it.each([
    ['$.success == true', true],
    ['$.success == false', false],
    ['$.success != false', true],
    ['$.result exists', true],
    ['$.missing exists', false],
    ['$.missing == null', false],
    ['$.nothing == null', true],
    ['$.nothing exists', true],
    ['$.count > 2', true],
    ['$.count >= 3', true],
    ['$.count < 3', false],
    ['$.result < 3', false],
    ['$.count == "3"', false],
    ['$.nested.list[1].id == 2', true],
    ['$.nested.list[0].ok == true', true],
    ['$.nested.list[5].ok == true', false],
    ['$.nested.list.id exists', false],
    ['$.items[?(@.kind == "a")].ok == true', true],
    ['$.items[*].ok == true', false],
    ['$.items[*].kind exists', true],
    ['$..id >= 1', true],
    ['$.nested.list[-1:].id == 2', true],
    // Boundaries: each comparison at, just below and just above 3.
    ['$.count > 3', false],
    ['$.count > 2.999', true],
    ['$.count >= 3', true],
    ['$.count >= 3.001', false],
    ['$.count < 3', false],
    ['$.count < 3.001', true],
    ['$.count <= 3', true],
    ['$.count <= 2.999', false],
    ['$.count == 3', true],
    ['$.count != 3', false],
    // The same boundaries inside filters, which this module evaluates itself.
    ['$.nested.list[?(@.id > 1)].id == 2', true],
    ['$.nested.list[?(@.id > 2)] exists', false],
    ['$.nested.list[?(@.id >= 2)].id == 2', true],
    ['$.nested.list[?(@.id < 2)].id == 1', true],
    ['$.nested.list[?(@.id <= 1)].id == 1', true],
    ['$.nested.list[?(@.id < 1)] exists', false],
    ['$.nested.list[?(@.id === 2 && @.ok == false)].id == 2', true],
    ['$.nested.list[?(@.id == 1 || @.id == 2)].id >= 1', true],
    ['$.nested.list[?(!(@.ok))].id == 2', true],
    ["$.nested.list[?(@['id'] != 1)].id == 2", true],
    ['$.items[?(@.kind < "b")].kind == "a"', true],
    ['$.items[?(@.kind > 1)] exists', false],
    ['$.nested.list[?(@.id > -1)].id exists', true],
    ['$.items[?(@.kind.length == 1)].ok exists', true],
    // A missing key is undefined, never an error, however deep the path goes.
    ['$.items[?(@.missing.deeper.still == 1)] exists', false],
    ['$.items[?(@.missing.deeper != 1)].kind exists', true],
  ])('evaluates %s as %s', (source, expected) => {
    expect(check(source)).toBe(expected);
  });

  it('is false for bodies that are not JSON objects', () => {
    const plan = parseJsonCheck('$.success == true');
    if ('error' in plan) throw new Error(plan.error);
    const predicate = compileJsonCheck(plan);
    for (const value of [undefined, null, 'text', 42, [true]]) expect(predicate(value)).toBe(false);
  });
});
