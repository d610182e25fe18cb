import type { SettingNames } from '../app/settings.js';

/** How the CLI spells each setting in the messages of src/app. */
export const CLI_NAMES: SettingNames = {
  apiUrl: '--api-url or FLOWKEEPER_API_URL',
  token: 'FLOWKEEPER_TOKEN or pass --token-file',
  base: '--base',
  sendAll: 'leave out --base to send every flow',
  force: 'pass --force',
  maxWarnings: '--max-warnings',
  timeout: '--timeout',
  concurrency: '--concurrency',
  allowDelete: 'pass --allow-delete',
  blind: '--blind',
  credentials: 'FLOWKEEPER_TOKEN, --token-file and --api-url',
};
