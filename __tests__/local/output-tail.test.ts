import { describe, expect, it } from 'vitest';
import { createOutputTail } from '../../src/edges/local/output-tail.js';

describe('createOutputTail', () => {
  it('joins lines split across chunks and keeps an unfinished last line', () => {
    const tail = createOutputTail(10);
    tail.push('hel');
    tail.push('lo\r\nwor');
    tail.push('ld\npartial');
    expect(tail.lines()).toEqual(['hello', 'world', 'partial']);
  });

  it('keeps only the last lines and passes every complete line to the listener', () => {
    const seen: string[] = [];
    const tail = createOutputTail(2, (line) => seen.push(line));
    tail.push('1\n2\n3\n4\n');
    expect(tail.lines()).toEqual(['3', '4']);
    expect(seen).toEqual(['1', '2', '3', '4']);
  });

  it('says so when there was no output', () => {
    expect(createOutputTail().format()).toContain('no output');
  });
});
