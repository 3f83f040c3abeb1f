import { describe, expect, it } from 'vitest';
import type { LevelMeasurement } from '../../src/core/engine/measurement.js';
import type { AgentResults, RunnerResults } from '../../src/core/remote/run-exchange.js';
import { agentStartNotes } from '../../src/pipeline/azure/assemble-azure-report.js';

const startAtMs = Date.parse('2026-11-29T04:00:00.000Z');

/** An agent whose first level's warm-up began `offsetMs` after the common start. */
function agent(index: number, offsetMs: number): AgentResults {
  const measurement = {
    startEpochMs: startAtMs + offsetMs + 2_000,
    warmupMs: 2_000,
  } as LevelMeasurement;
  return {
    agentIndex: index,
    status: {
      statusFormat: 1,
      state: 'finished',
      agentIndex: index,
      agentCount: 2,
      startedAt: new Date(startAtMs + offsetMs - 500).toISOString(),
      updatedAt: new Date(startAtMs + offsetMs + 9_000).toISOString(),
      levelsDone: 1,
      levelsTotal: 1,
    },
    levels: [{ resultFormat: 1, agentIndex: index, agentCount: 2, levelIndex: 0, measurement }],
    hlogs: [],
    log: '',
  };
}

function results(...agents: AgentResults[]): RunnerResults {
  return { status: 'finished', measurements: [], hlogs: [], logs: [], agents };
}

describe('agentStartNotes', () => {
  it('records when each agent really began, against the common start time', () => {
    const notes = agentStartNotes(results(agent(0, 40), agent(1, -20)), startAtMs);
    expect(notes).toEqual([
      'Load agents began their first level at +0.0 s (agent 0), +0.0 s (agent 1) from the common start time 2026-11-29T04:00:00.000Z.',
    ]);
  });

  it('notes an agent that began late, with when its runner started', () => {
    const notes = agentStartNotes(results(agent(0, 100), agent(1, 4_200)), startAtMs);
    expect(notes[0]).toContain('+4.2 s (agent 1)');
    expect(notes[1]).toBe(
      'Load agent 1 started late: its first level began 4.2 s after the common start time (its runner started at 2026-11-29T04:00:03.700Z), so its load overlapped the other agents’ less than planned.',
    );
    expect(notes).toHaveLength(2);
  });

  it('says nothing when no agent measured a level', () => {
    expect(agentStartNotes(undefined, startAtMs)).toEqual([]);
    expect(agentStartNotes(results(), startAtMs)).toEqual([]);
  });
});
