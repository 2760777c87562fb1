import { describe, expect, it } from 'vitest';
import { defaultWorkers, WORKER_BYTES, workerCount } from './coder.js';

const MB = 1048576;

describe('worker count', () => {
  it('takes --workers as given and refuses what is not a positive whole number', () => {
    expect(workerCount('3', 0)).toBe(3);
    expect(() => workerCount('0', 0)).toThrow(/positive whole number/);
    expect(() => workerCount('two', 0)).toThrow(/positive whole number/);
  });

  it('codes small inputs on this thread', () => {
    expect(workerCount(undefined, 1000)).toBe(1);
  });

  it('starts one worker per core, no more than the free memory holds', () => {
    expect(defaultWorkers(2, 24 * 1024 * MB)).toBe(2);
    expect(defaultWorkers(64, 4 * 1024 * MB)).toBe(Math.floor((4 * 1024 * MB - 512 * MB) / WORKER_BYTES));
    expect(defaultWorkers(16, 600 * MB)).toBe(1);
    expect(defaultWorkers(16, 100 * MB)).toBe(1);
  });
});
