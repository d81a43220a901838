#!/usr/bin/env node
import { runCli } from './cli.ts';

const showProgress = process.stderr.isTTY === true;

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  progress: (message) => {
    if (showProgress) process.stderr.write(`\r\x1b[2K${message}`);
  },
});
if (showProgress) process.stderr.write('\r\x1b[2K');
// Let stdout drain before exiting: a piped migration must never be cut short.
process.stdout.write('', () => process.exit(code));
