// Starts a real Braid server for a browser harness: a fresh data directory with the demo
// content, one member created through the CLI, listening on an ephemeral loopback port.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

export const PASSWORD = 'a long and quiet river';

// Returns { base, server, data } once the server printed its address (its first line of output).
// With `smtpUrl`, the hub sends its mail there, as hub.test.
export async function startBraid(binary, { handle, role, smtpUrl }) {
  const data = mkdtempSync(path.join(tmpdir(), 'braid-browser-'));
  // Only the settings meant for braid: it refuses unknown BRAID_* variables.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('BRAID_')));
  Object.assign(env, { BRAID_DATA_DIR: data, BRAID_LOG: 'warn' });
  if (smtpUrl) Object.assign(env, { BRAID_MAIL__DOMAIN: 'hub.test', BRAID_MAIL__SMTP_URL: smtpUrl });
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

// An SMTP server on loopback that keeps every message it is given (the only fake: at the
// edge). Returns { url, messages, close }; each message is { to, text }.
export async function startSmtpSink() {
  const messages = [];
  const server = net.createServer((socket) => {
    socket.setEncoding('utf8');
    socket.write('220 sink ESMTP\r\n');
    let buffer = '';
    let data = null;
    let to = '';
    socket.on('data', (chunk) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data !== null) {
          if (line === '.') {
            messages.push({ to, text: data.join('\r\n') });
            data = null;
            socket.write('250 kept\r\n');
          } else {
            data.push(line.startsWith('.') ? line.slice(1) : line);
          }
          continue;
        }
        const command = line.toUpperCase();
        if (command.startsWith('EHLO')) socket.write('250-sink\r\n250 8BITMIME\r\n');
        else if (command.startsWith('RCPT TO:')) { to = line.slice(8).replace(/[<> ]/g, ''); socket.write('250 ok\r\n'); }
        else if (command === 'DATA') { data = []; socket.write('354 go on\r\n'); }
        else if (command === 'QUIT') { socket.end('221 bye\r\n'); }
        else socket.write('250 ok\r\n');
      }
    });
    socket.on('error', () => {});
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `smtp://127.0.0.1:${server.address().port}`, messages, close: () => server.close() };
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
