// Loaded before every test file (vitest.config.ts): lets the worker's event loop turn after each test.
// Tests that run processes with spawnSync block their worker; a file of such tests never yields,
// so vitest's own calls to the main process (60 s timeout) fail with "Timeout calling onTaskUpdate"
// when the file takes over a minute, as it does on a busy machine. One turn per test prevents it.
import { afterEach } from 'vitest';

afterEach(async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await new Promise((resolve) => setImmediate(resolve));
});
