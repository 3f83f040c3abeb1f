/**
 * The parts of JSON checks the engine relies on without jsonpath-plus: the operator finder,
 * the literal reader, the simple-path walker, and the safe filter subset (tokenizer, parser and
 * evaluator) that replaces jsonpath-plus's script engine. Each case pins one boundary: where a
 * quote or bracket ends, which character starts a number, how `&&` binds against `||`, what a
 * missing key or a value of the wrong type gives.
 */
import { describe, expect, it } from 'vitest';
import { compileJsonCheck, parseFilter, parseJsonCheck } from '../../src/core/config/json-check.js';

const plan = (source: string) => {
  const parsed = parseJsonCheck(source);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};
const check = (source: string, body: unknown): boolean => compileJsonCheck(plan(source))(body);

/** The filter's value for a node, as jsonpath-plus would see its truthiness. */
const filterOf = (text: string) => {
  const parsed = parseFilter(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
};
const filterError = (text: string): string | undefined => {
  const parsed = parseFilter(text);
  return 'error' in parsed ? parsed.error : undefined;
};

describe('parseJsonCheck: where the path ends and the literal starts', () => {
  it.each([
    ['  $.a   ==   1  ', '$.a', '==', 1],
    ['$.a!=1', '$.a', '!=', 1],
    ['$.a<=1', '$.a', '<=', 1],
    ['$.a>=1', '$.a', '>=', 1],
    ['$.a<1', '$.a', '<', 1],
    ['$.a>1', '$.a', '>', 1],
    ["$['a==b'] == 1", "$['a==b']", '==', 1],
    ['$["a<b"] == 1', '$["a<b"]', '==', 1],
    ['$.list[0] == 1', '$.list[0]', '==', 1],
    ['$.list[?(@.a>1)].b >= 2', '$.list[?(@.a>1)].b', '>=', 2],
    ['$.list[?((@.a>1))].b >= 2', '$.list[?((@.a>1))].b', '>=', 2],
  ])('reads %j as path %s, operator %s, literal %j', (source, path, operator, value) => {
    expect(parseJsonCheck(source)).toEqual({ source, path, operator, value });
  });

  it('skips an escaped quote inside a quoted key, so an operator after it stays in the key', () => {
    expect(parseJsonCheck("$['it\\'s == x'] exists")).toEqual({
      source: "$['it\\'s == x'] exists",
      path: "$['it\\'s == x']",
      operator: 'exists',
    });
  });

  it.each([
    ['$.a   exists', '$.a'],
    ['$.a\texists', '$.a'],
    ['$.list[?(@.a > 1)] exists', '$.list[?(@.a > 1)]'],
  ])('reads %j as an exists check of %s', (source, path) => {
    expect(parseJsonCheck(source)).toEqual({ source, path, operator: 'exists' });
  });

  it.each([
    ['$.a exists now', 'no operator: use ==, !=, <, <=, >, >= followed by a literal, or exists'],
    ['$.a existsx', 'no operator: use ==, !=, <, <=, >, >= followed by a literal, or exists'],
    ['$.aexists', 'no operator: use ==, !=, <, <=, >, >= followed by a literal, or exists'],
    ['$.a b exists', '$.a b is not a JSONPath (spaces outside brackets)'],
    ['$.a =< 1', 'no operator: use ==, !=, <, <=, >, >= followed by a literal, or exists'],
    ['$.a !=', "nothing after !=: give a literal such as true, 0 or 'text'"],
    ['$.a >=   ', "nothing after >=: give a literal such as true, 0 or 'text'"],
    ['$.a <= "b"', '<= compares numbers: give a number after it'],
    ['$.a > true', '> compares numbers: give a number after it'],
    ['$.a >= null', '>= compares numbers: give a number after it'],
    ['$$ == 1', '$$ is not a JSONPath'],
    ['$[] == 1', '$[] has an empty segment'],
    ["$.a'b c' == 1", "$.a'b c' is not a JSONPath (spaces outside brackets)"],
    ['$.list[0] b == 1', '$.list[0] b is not a JSONPath (spaces outside brackets)'],
    ['$.a] b exists', '$.a] b is not a JSONPath (spaces outside brackets)'],
  ])('refuses %j: %s', (source, error) => {
    expect(parseJsonCheck(source)).toEqual({ error });
  });

  it('keeps the quotes and brackets of a key with spaces', () => {
    expect(parseJsonCheck('$[\'a b\']["c d"] == 1')).toMatchObject({
      path: '$[\'a b\']["c d"]',
    });
    expect(parseJsonCheck("$['a\\' b'] == 1")).toMatchObject({ path: "$['a\\' b']" });
  });

  it('shortens a long path or literal in a message to 29 characters and an ellipsis', () => {
    const literal30 = 'x'.repeat(30);
    expect(parseJsonCheck(`$.a == ${literal30}`)).toEqual({
      error: `${literal30} is not a literal: use true, false, null, a number or a quoted string`,
    });
    expect(parseJsonCheck(`$.a == ${'x'.repeat(31)}`)).toEqual({
      error: `${'x'.repeat(29)}… is not a literal: use true, false, null, a number or a quoted string`,
    });
  });
});

describe('parseJsonCheck: literals', () => {
  it.each([
    ['0', 0],
    ['-0.5', -0.5],
    ['12.25', 12.25],
    ['100', 100],
    ['1.5e-3', 0.0015],
    ['2E+2', 200],
    ['1e2', 100],
    ['""', ''],
    ["''", ''],
    ['"a\\"b"', 'a"b'],
    ['"\\u0041"', 'A'],
    ["'\\'x'", "'x"],
    ["'a\\\\b'", 'a\\b'],
    ["'a\\nb'", 'a\\nb'],
  ])('reads %s as %j', (text, value) => {
    expect(parseJsonCheck(`$.a == ${text}`)).toMatchObject({ value });
  });

  it.each([
    '01',
    '1.',
    '.5',
    '1x',
    'x1',
    '+1',
    '1e',
    '"',
    "'",
    '"bad\\x"',
    "''x'",
    "'it's'",
    'True',
  ])('refuses %s as a literal', (text) => {
    expect(parseJsonCheck(`$.a == ${text}`)).toEqual({
      error: `${text} is not a literal: use true, false, null, a number or a quoted string`,
    });
  });
});

describe('compileJsonCheck: values of the wrong type never satisfy an ordering', () => {
  const body = { flag: true, none: null, text: '5', count: 3 };
  it.each([
    ['$.flag < 2'],
    ['$.flag <= 1'],
    ['$.flag > 0'],
    ['$.flag >= 1'],
    ['$.none < 1'],
    ['$.none <= 0'],
    ['$.none >= 0'],
    ['$.none > -1'],
    ['$.text < 6'],
    ['$.text <= 5'],
    ['$.text > 4'],
    ['$.text >= 5'],
  ])('%s is false', (source) => {
    expect(check(source, body)).toBe(false);
  });

  it.each([
    ['$.count <= 3.5', true],
    ['$.count < 3', false],
    ['$.count >= 2.5', true],
    ['$.count > 3', false],
    ['$.count != 4', true],
    ['$.count == 3', true],
  ])('%s is %s', (source, expected) => {
    expect(check(source, body)).toBe(expected);
  });
});

describe('compileJsonCheck: simple paths are walked without jsonpath-plus', () => {
  const body = { list: [{ id: 1 }, { id: 2 }], obj: { a: 1 }, count: 3, name: 'abc', none: null };
  it.each([
    ['$.list[1].id == 2', true],
    ['$.obj.a == 1', true],
    ['$.obj[0] exists', false],
    ['$.list.id exists', false],
    ['$.list.length exists', false],
    ['$.count.x exists', false],
    ['$.name.length exists', false],
    ['$.none.x exists', false],
    ['$.constructor exists', false],
    ['$.obj.toString exists', false],
    ['$.list[2] exists', false],
  ])('%s is %s', (source, expected) => {
    expect(check(source, body)).toBe(expected);
  });

  it('checks every match of a path that needs jsonpath-plus, and needs at least one', () => {
    expect(check('$.list[0,1].id >= 1', body)).toBe(true);
    expect(check('$.list[0,1].id >= 2', body)).toBe(false);
    expect(check('$.list[1:].id == 2', body)).toBe(true);
    expect(check('$.obj.*~ == "a"', body)).toBe(true);
    expect(check('$.list[0].id^ exists', body)).toBe(true);
    expect(check('$.list[*].missing exists', body)).toBe(false);
    expect(check('$.*.a == 1', body)).toBe(true);
  });

  it('is false, never an error, for a body that is not an object on a path that needs jsonpath-plus', () => {
    const predicate = compileJsonCheck(plan('$.list[*].id exists'));
    for (const value of [undefined, null, 'text', 42, true]) expect(predicate(value)).toBe(false);
    expect(compileJsonCheck(plan('$[*] == true'))([true, true])).toBe(true);
  });
});

describe('filters: jsonpath-plus rewrites @ names even inside strings, and the check still means what was written', () => {
  const body = {
    items: [
      { name: '@parent', id: 1 },
      { name: '@parentProperty', id: 2 },
      { name: '@property', id: 3 },
      { name: '@root', id: 4 },
      { name: '@path', id: 5 },
      { name: 'a@.b', id: 6 },
      { name: 'plain', id: 7 },
    ],
  };
  it.each([
    ['@parent', 1],
    ['@parentProperty', 2],
    ['@property', 3],
    ['@root', 4],
    ['@path', 5],
    ['a@.b', 6],
  ])('matches the item named %j', (name, id) => {
    expect(check(`$.items[?(@.name == "${name}")].id == ${id}`, body)).toBe(true);
  });

  it('two filters in one path each keep their own meaning', () => {
    expect(check('$.items[?(@.id > 1)][?(@.id < 3)] exists', { items: [[{ id: 2 }]] })).toBe(false);
    expect(check('$.items[?(@.id > 1)].name[?(@ == "x")] exists', body)).toBe(false);
    expect(check('$.items[?(@.id >= 7)].id == 7', body)).toBe(true);
  });
});

describe('filters: tokenizer', () => {
  it.each([
    ['@.a == 1', { a: 1 }, true],
    ['@.a==1', { a: 1 }, true],
    ['@.a\t==\n1', { a: 1 }, true],
    ['_$_v.a == 1', { a: 1 }, true],
    ['@', 0, false],
    ['@', 'x', true],
    ['@ == "a b"', 'a b', true],
    ["@ == 'a\\'b'", "a'b", true],
    ['@ == "a\\"b"', 'a"b', true],
    ['@ == "a\\\\"', 'a\\', true],
    ['@ == ""', '', true],
    ['@.n == -1.5e2', { n: -150 }, true],
    ['@.n == 1e-2', { n: 0.01 }, true],
    ['@.n == 1E+2', { n: 100 }, true],
    ['@.n == 12.25', { n: 12.25 }, true],
    ['@.n == 100', { n: 100 }, true],
    ['@.n > -1', { n: 0 }, true],
    ['-1 < @.n', { n: 0 }, true],
    ['@.n==-1', { n: -1 }, true],
    ['@.a_b$c == 1', { a_b$c: 1 }, true],
    ['@.$a == 1', { $a: 1 }, true],
    ['@._a == 1', { _a: 1 }, true],
    ['@.a == true', { a: true }, true],
    ['@.a == false', { a: false }, true],
    ['@.a == null', { a: null }, true],
    ['@.a == null', {}, false],
    ['@.truex == 1', { truex: 1 }, true],
  ])('%s for %j is %s', (text, node, expected) => {
    expect(Boolean(filterOf(text)(node))).toBe(expected);
  });

  it.each([
    ['@foo == 1', '@foo is not supported: start paths with @. or @['],
    ['@_x == 1', '@_x is not supported: start paths with @. or @['],
    ['@$x == 1', '@$x is not supported: start paths with @. or @['],
    ['@Ab9 == 1', '@Ab9 is not supported: start paths with @. or @['],
    ['@.a == "abc', 'a string is not closed'],
    ["@.a == 'abc", 'a string is not closed'],
    ['@.a == "abc\\"', 'a string is not closed'],
    ['@.a == "', 'a string is not closed'],
    ['@.n -1 > 0', '"-" is not supported in a filter'],
    ['1 -1 > 0', '"-" is not supported in a filter'],
    ['@ -1 > 0', '"-" is not supported in a filter'],
    ['(@.n) -1 > 0', '"-" is not supported in a filter'],
    ["@['n'] -1 > 0", '"-" is not supported in a filter'],
    ['x -1 > 0', '"-" is not supported in a filter'],
    ['@.a =~ /x/', '"=" is not supported in a filter'],
    ['/x/.test(@.a)', 'regular expressions are not supported in a filter'],
    ['@.a # 1', '"#" is not supported in a filter'],
    ['@.name.trim()', 'method and function calls such as trim(…) are not supported'],
    ['f(@.a)', 'method and function calls such as f(…) are not supported'],
    ['@.n == 01', 'unexpected a value'],
    ['   ', 'the filter is empty'],
    ['', 'the filter is empty'],
  ])('refuses %j: %s', (text, error) => {
    expect(filterError(text)).toBe(error);
  });
});

describe('filters: parser', () => {
  it.each([
    ['@.a == 1 || @.b == 1 && @.c == 1', { a: 1, b: 0, c: 0 }, true],
    ['@.a == 1 || @.b == 1 && @.c == 1', { a: 0, b: 1, c: 0 }, false],
    ['(@.a == 1 || @.b == 1) && @.c == 1', { a: 1, b: 0, c: 0 }, false],
    ['@.a && @.b', { a: 1, b: 0 }, false],
    ['@.a && @.b', { a: 0, b: 1 }, false],
    ['@.a && @.b', { a: 1, b: 1 }, true],
    ['@.a && @.b && @.c', { a: 1, b: 1, c: 0 }, false],
    ['@.a || @.b', { a: 1, b: 0 }, true],
    ['@.a || @.b', { a: 0, b: 1 }, true],
    ['@.a || @.b', { a: 0, b: 0 }, false],
    ['@.a || @.b || @.c', { a: 0, b: 0, c: 1 }, true],
    ['!@.a', { a: 0 }, true],
    ['!@.a', { a: 1 }, false],
    ['!!@.a', { a: 1 }, true],
    ['!(@.a == 1)', { a: 1 }, false],
    ['!(@.a == 1) && @.b', { a: 2, b: 1 }, true],
    ['((@.a))', { a: 1 }, true],
    ['1 == @.a', { a: 1 }, true],
    ["@['a b'] == 1", { 'a b': 1 }, true],
    ['@[1] == "y"', ['x', 'y'], true],
    ['@.list[0].id == 1', { list: [{ id: 1 }] }, true],
  ])('%s for %j is %s', (text, node, expected) => {
    expect(Boolean(filterOf(text)(node))).toBe(expected);
  });

  it.each([
    ['@.', 'a name must follow "."'],
    ['@.1 == 1', 'a name must follow "."'],
    ['@.a. == 1', 'a name must follow "."'],
    [
      '@[1.5] == 1',
      "only a quoted name or a whole number may go in brackets, e.g. @['a b'] or @[0]",
    ],
    [
      '@[true] == 1',
      "only a quoted name or a whole number may go in brackets, e.g. @['a b'] or @[0]",
    ],
    ['@[0 == 1', "only a quoted name or a whole number may go in brackets, e.g. @['a b'] or @[0]"],
    ["@['a'", "only a quoted name or a whole number may go in brackets, e.g. @['a b'] or @[0]"],
    ['@[] == 1', "only a quoted name or a whole number may go in brackets, e.g. @['a b'] or @[0]"],
    ['@.a ==', 'the expression ends too early'],
    ['!', 'the expression ends too early'],
    ['@.a &&', 'the expression ends too early'],
    ['foo == 1', 'foo is not supported: use @ paths, literals and comparisons'],
    ['== 1', 'unexpected =='],
    [')', 'unexpected )'],
    ['@.a @.b', 'unexpected a value'],
    ['@.a 1', 'unexpected a value'],
    ['@.a foo', 'unexpected foo'],
    ['@.a )', 'unexpected )'],
    ['(@.a)(1)', 'unexpected (: calls are not supported'],
    ['(@.a', 'a parenthesis is not closed'],
    ['(@.a ]', 'a parenthesis is not closed'],
  ])('refuses %j: %s', (text, error) => {
    expect(filterError(text)).toBe(error);
  });
});

describe('filters: comparisons', () => {
  const node = { n: 2, s: 'b', t: true, z: null };
  it.each([
    ['@.n == 2', true],
    ['@.n === 2', true],
    ['@.n == "2"', false],
    ['@.n != 2', false],
    ['@.n !== 2', false],
    ['@.n != "2"', true],
    ['@.n !== 3', true],
    ['@.n < 2', false],
    ['@.n < 3', true],
    ['@.n <= 2', true],
    ['@.n <= 1', false],
    ['@.n > 2', false],
    ['@.n > 1', true],
    ['@.n >= 2', true],
    ['@.n >= 3', false],
    ['@.s < "b"', false],
    ['@.s < "c"', true],
    ['@.s <= "b"', true],
    ['@.s <= "a"', false],
    ['@.s > "b"', false],
    ['@.s > "a"', true],
    ['@.s >= "b"', true],
    ['@.s >= "c"', false],
    // Ordering needs two numbers or two strings; anything else is false.
    ['@.n < "5"', false],
    ['@.n >= "1"', false],
    ['@.s < 5', false],
    ['@.s >= 0', false],
    ['@.t >= 1', false],
    ['@.t > 0', false],
    ['@.z >= 0', false],
    ['@.z < 1', false],
    ['@.z <= 0', false],
    ['@.missing >= @.missing', false],
    ['@.missing <= 1', false],
    ['@.missing == @.other', true],
    ['@.z == null', true],
    ['@.z != null', false],
  ])('%s is %s', (text, expected) => {
    expect(Boolean(filterOf(text)(node))).toBe(expected);
  });
});

describe('filters: walking @ paths', () => {
  const node = {
    name: 'abc',
    list: [10, 20],
    obj: { length: 5, a: { b: 1 } },
    nothing: null,
    n: 7,
  };
  it.each([
    ['@.name.length == 3', true],
    ['@.list.length == 2', true],
    ['@.obj.length == 5', true],
    ['@.n.length == 1', false],
    ['@.n.length', false],
    ['@.name.foo == 3', false],
    ['@.name.foo', false],
    ['@.list.foo', false],
    ['@.name[0] == "a"', false],
    ['@.name[0]', false],
    ['@.n.x', false],
    ['@.list[1] == 20', true],
    ["@.list['1']", false],
    ["@.list['length'] == 2", true],
    ['@.obj.a.b == 1', true],
    ['@.obj[0]', false],
    ['@.nothing.x', false],
    ['@.nothing.x == null', false],
    ['@.missing.x.y', false],
    ['@.constructor', false],
    ['@.obj.hasOwnProperty', false],
    ['@.list.map', false],
  ])('%s is %s', (text, expected) => {
    expect(Boolean(filterOf(text)(node))).toBe(expected);
  });

  it('gives undefined, not an error, below a missing, null or primitive value', () => {
    expect(filterOf('@.nothing.x')(node)).toBeUndefined();
    expect(filterOf('@.missing.x.y')(node)).toBeUndefined();
    expect(filterOf('@.n.x')(node)).toBeUndefined();
    expect(filterOf('@.x')(undefined)).toBeUndefined();
    expect(filterOf('@.x')(null)).toBeUndefined();
    expect(filterOf('@.name.length')(node)).toBe(3);
  });
});

describe('edges the first mutation run left unchecked', () => {
  it('says a check must start with a JSONPath even when it has no operator', () => {
    expect(parseJsonCheck('success')).toEqual({
      error: 'a JSON check must start with a JSONPath such as $.success',
    });
  });

  it('refuses an exists check whose path spans two lines', () => {
    expect(parseJsonCheck('$.a\n$.b exists')).toEqual({
      error: 'no operator: use ==, !=, <, <=, >, >= followed by a literal, or exists',
    });
  });

  it.each([
    ["$['a]==b'] exists", "$['a]==b']"],
    ['$["a]==b"] exists', '$["a]==b"]'],
    ["$['a\\']==b'] exists", "$['a\\']==b']"],
  ])('finds no operator inside a quoted key that holds a ] (%s)', (source, path) => {
    expect(parseJsonCheck(source)).toEqual({ source, path, operator: 'exists' });
  });

  it.each([
    ["$['a] b'] == 1", "$['a] b']"],
    ["$['x\\'] y'] == 1", "$['x\\'] y']"],
  ])('allows spaces in a quoted key that holds a ] (%s)', (source, path) => {
    expect(parseJsonCheck(source)).toMatchObject({ path, operator: '==', value: 1 });
  });

  it.each([
    ["$['a'] b exists", "$['a'] b"],
    ["$['ab'] c exists", "$['ab'] c"],
    ['$["a"] b exists', '$["a"] b'],
  ])('still finds a space outside brackets after a quoted key closes (%s)', (source, path) => {
    expect(parseJsonCheck(source)).toEqual({
      error: `${path} is not a JSONPath (spaces outside brackets)`,
    });
  });

  it('allows spaces in a double-quoted key that holds a ]', () => {
    expect(parseJsonCheck('$["a] b"] == 1')).toMatchObject({ path: '$["a] b"]', value: 1 });
  });

  it('reads exponents of two or more digits, in checks and in filters', () => {
    expect(parseJsonCheck('$.a == 1e10')).toMatchObject({ value: 1e10 });
    expect(parseJsonCheck('$.a == 2.5E-12')).toMatchObject({ value: 2.5e-12 });
    expect(Boolean(filterOf('@.n == 1e10')({ n: 1e10 }))).toBe(true);
    expect(Boolean(filterOf('@.n == 2E+12')({ n: 2e12 }))).toBe(true);
  });

  it('refuses a single-quoted literal that is not closed on both sides', () => {
    for (const text of ["'abc", "abc'"]) {
      expect(parseJsonCheck(`$.a == ${text}`)).toEqual({
        error: `${text} is not a literal: use true, false, null, a number or a quoted string`,
      });
    }
  });

  it('refuses @[ at the end of a filter', () => {
    expect(filterError('@[')).toBe(
      "only a quoted name or a whole number may go in brackets, e.g. @['a b'] or @[0]",
    );
  });

  it('compares === and !== strictly, never as an ordering', () => {
    const node = { n: 2, s: 'b' };
    expect(Boolean(filterOf('@.n === 1')(node))).toBe(false);
    expect(Boolean(filterOf('@.s === "a"')(node))).toBe(false);
    expect(Boolean(filterOf('@.n !== 2')(node))).toBe(false);
  });

  it('never orders a string against a number, even one JavaScript would convert', () => {
    const node = { d: '1', n: 1 };
    expect(Boolean(filterOf('@.d < 5')(node))).toBe(false);
    expect(Boolean(filterOf('@.d >= 0')(node))).toBe(false);
    expect(Boolean(filterOf('@.n < "5"')(node))).toBe(false);
    expect(Boolean(filterOf('@.n <= "1"')(node))).toBe(false);
  });

  it('walks indexes of two or more digits, and indexes only arrays', () => {
    const list = Array.from({ length: 12 }, (_, id) => ({ id }));
    expect(check('$.list[10].id == 10', { list })).toBe(true);
    expect(check('$.o[0] exists', { o: { 0: 'x' } })).toBe(false);
  });
});
