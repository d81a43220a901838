/**
 * How Debian's Chromium is launched here, for the browser tests and the browser benchmark alike: the system
 * binary (no browser download is possible) and the flags that stop it reaching for a network it cannot use.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
