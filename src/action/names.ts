import type { SettingNames } from '../app/settings.js';

/** How the action spells each input in the messages of src/app. */
export const ACTION_NAMES: SettingNames = {
  apiUrl: 'the api-url input',
  token: 'the api-token input',
  base: 'the base ref',
  sendAll: 'set only-changed: false to send every flow',
  force: 'set force: true',
  maxWarnings: 'max-warnings',
  timeout: 'the timeout input',
  concurrency: 'concurrency',
  allowDelete: 'set allow-delete: true',
  blind: 'blind: true',
  credentials: 'the api-token and api-url inputs',
};
