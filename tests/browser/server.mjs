// Starts a real Braid server for a browser harness: a fresh data directory with the demo
// content, one member created through the CLI, listening on an ephemeral loopback port.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

export const PASSWORD = 'a long and quiet river';

// Returns { base, server, data } once the server printed its address (its first line of output).
export async function startBraid(binary, { handle, role }) {
  const data = mkdtempSync(path.join(tmpdir(), 'braid-browser-'));
  // Only the settings meant for braid: it refuses unknown BRAID_* variables.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('BRAID_')));
  Object.assign(env, { BRAID_DATA_DIR: data, BRAID_LOG: 'warn' });
  const created = spawnSync(binary, ['admin', 'create-user', handle, '--role', role, '--password-stdin'], {
    input: PASSWORD + '\n', env,
  });
  if (created.status !== 0) {
    throw new Error(`create-user failed: ${created.stderr}`);
  }
  const server = spawn(binary, ['serve', '--listen', '127.0.0.1:0'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: server.stdout });
    lines.once('line', (line) => resolve(line.replace(/\/$/, '')));
    server.once('exit', () => reject(new Error('server exited')));
  });
  return { base, server, data };
}

// The braid binary and the npm directory every harness needs, from BRAID_BIN and BRAID_NPM_DIR.
export function harnessSettings() {
  const npmDir = process.env.BRAID_NPM_DIR;
  const binary = process.env.BRAID_BIN;
  if (!npmDir || !binary) {
    console.error('set BRAID_BIN and BRAID_NPM_DIR');
    process.exit(2);
  }
  return { npmDir, binary, modules: path.join(npmDir, 'node_modules') };
}

// Debian's Chromium, headless, through playwright-core from the npm directory.
export async function launchChromium(npmDir) {
  const { chromium } = createRequire(path.join(npmDir, 'node_modules', '/'))('playwright-core');
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args });
}
