import assert from 'node:assert/strict';
import { measurePaired, medianRoundRatio } from '../../bench/measure';

/** A clock the test moves by hand, so that "time spent" is exact. */
function fakeClock(): { now: () => number; advance: (ms: number) => void } {
  let t = 0;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('measurePaired (bench/measure.ts)', () => {
  const realNow = performance.now.bind(performance);
  afterEach(() => {
    performance.now = realNow;
  });

  it('alternates: warm-ups first, then per round the baseline runs, an untimed subject run and a timed one', () => {
    const calls: string[] = [];
    let n = 0;
    const result = measurePaired(
      () => calls.push('b'),
      () => {
        calls.push('s');
        return ++n;
      },
      { baselineWarmup: 2, subjectWarmup: 1, rounds: 3, baselinePerRound: 2 },
    );
    assert.equal(calls.join(''), 'bbs' + 'bbss'.repeat(3));
    assert.equal(result.baseline.samplesMs.length, 6);
    assert.equal(result.subject.samplesMs.length, 3);
    assert.equal(result.subject.summary.warmup, 1);
    // The result is the last (timed) run's.
    assert.equal(result.subject.result, 7);
  });

  it('warms the subject up for its count of runs and for its time, whichever lasts longer', () => {
    const clock = fakeClock();
    performance.now = clock.now;
    let warm = 0;
    const byTime = measurePaired(
      () => clock.advance(1),
      () => {
        warm++;
        clock.advance(30);
      },
      { baselineWarmup: 0, subjectWarmup: 2, subjectWarmupMs: 100, rounds: 1, baselinePerRound: 1 },
    );
    // 30 ms a run: four runs pass 100 ms, more than the two asked for; then the round's two.
    assert.equal(byTime.subject.summary.warmup, 4);
    assert.equal(warm, 6);
    const byCount = measurePaired(
      () => clock.advance(1),
      () => clock.advance(30),
      { baselineWarmup: 0, subjectWarmup: 5, subjectWarmupMs: 100, rounds: 1, baselinePerRound: 1 },
    );
    assert.equal(byCount.subject.summary.warmup, 5);
  });

  it('times only the timed subject run of each round', () => {
    const clock = fakeClock();
    performance.now = clock.now;
    let call = 0;
    const result = measurePaired(
      () => clock.advance(1),
      () => clock.advance(++call % 2 === 1 ? 100 : 10),
      { baselineWarmup: 0, subjectWarmup: 0, rounds: 4, baselinePerRound: 1 },
    );
    // Untimed runs take 100, timed ones 10: only the 10s are samples.
    assert.deepEqual(result.subject.samplesMs, [10, 10, 10, 10]);
    assert.deepEqual(result.baseline.samplesMs, [1, 1, 1, 1]);
  });

  it('stops at the budget of timed subject time, but not before minRounds', () => {
    const clock = fakeClock();
    performance.now = clock.now;
    const result = measurePaired(
      () => clock.advance(1),
      () => clock.advance(50),
      { baselineWarmup: 0, subjectWarmup: 0, rounds: 20, minRounds: 3, budgetMs: 120, baselinePerRound: 2 },
    );
    // 50 ms a round: 150 ms after three rounds passes the budget of 120.
    assert.equal(result.subject.samplesMs.length, 3);
    assert.equal(result.baseline.samplesMs.length, 6);

    const atLeast = measurePaired(
      () => clock.advance(1),
      () => clock.advance(500),
      { baselineWarmup: 0, subjectWarmup: 0, rounds: 20, minRounds: 5, budgetMs: 10, baselinePerRound: 1 },
    );
    assert.equal(atLeast.subject.samplesMs.length, 5);
  });

  it('refuses to measure nothing', () => {
    assert.throws(() => measurePaired(() => 0, () => 0, { baselineWarmup: 0, subjectWarmup: 0, rounds: 0, baselinePerRound: 1 }), /at least one round/);
    assert.throws(() => measurePaired(() => 0, () => 0, { baselineWarmup: 0, subjectWarmup: 0, rounds: 1, baselinePerRound: 0 }), /baseline run/);
  });

  it('gives the median of the rounds’ own ratios, which a change of speed during the measurement does not move', () => {
    // Two baseline runs per round. The first three rounds run at half speed (both sides twice as
    // slow), the last four at full speed, and one round's subject is slow on its own.
    const baseline = [2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1];
    const subject = [16, 16, 16, 8, 8, 20, 8];
    // Every round but the odd one says 8; their median is 8, whatever the mix of speeds.
    assert.equal(medianRoundRatio(baseline, subject, 2), 8);
    // The ratio of the medians mixes the speeds differently on each side: 16 / 1 here.
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
    assert.equal(med(subject) / med(baseline), 16);
    assert.throws(() => medianRoundRatio([1, 1, 1], subject, 2), /perRound baseline samples/);
  });
});
