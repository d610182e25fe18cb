import { describe, expect, test } from '@jest/globals';
import { parseWorkflowCommand, runnerCommands, runnerLines, type ParsedCommand } from './workflow-command-parser.js';

// The parser stands in for the GitHub Actions runner in every test that asks what the runner
// would obey, so it is held to the runner's own behaviour: the cases of actions/runner's
// src/Test/L0/Worker/ActionCommandL0.cs, and what OutputManager and ActionCommandManager do.

const command = (name: string, properties: Record<string, string> = {}, data = ''): ParsedCommand => ({ command: name, properties, data });

describe('the runner’s own parser tests (ActionCommandL0.cs), with do-something registered', () => {
  const registered = ['do-something'];
  test.each<[string, ParsedCommand | undefined]>([
    // CommandParserTest: the older form.
    ['##[do-something k1=v1;]msg', command('do-something', { k1: 'v1' }, 'msg')],
    ['##[do-something]', command('do-something')],
    ['##[do-something k1=%3B=%0D=%0A=%5D;]%3B-%0D-%0A-%5D', command('do-something', { k1: ';=\r=\n=]' }, ';-\r-\n-]')],
    ['##[do-something k1=%253B=%250D=%250A=%255D;]%253B-%250D-%250A-%255D', command('do-something', { k1: '%3B=%0D=%0A=%5D' }, '%3B-%0D-%0A-%5D')],
    ['##[do-something k1=;k2=;]', command('do-something')],
    ['>>>   ##[do-something k1=v1;]msg', command('do-something', { k1: 'v1' }, 'msg')],
    // CommandParserV2Test.
    ['::do-something k1=v1,::msg', command('do-something', { k1: 'v1' }, 'msg')],
    ['::do-something::', command('do-something')],
    ['::do-something k1=;=%2C=%0D=%0A=]=%3A,::;-%0D-%0A-]-:-,', command('do-something', { k1: ';=,=\r=\n=]=:' }, ';-\r-\n-]-:-,')],
    ['::do-something k1=;=%252C=%250D=%250A=]=%253A,::;-%250D-%250A-]-:-,', command('do-something', { k1: ';=%2C=%0D=%0A=]=%3A' }, ';-%0D-%0A-]-:-,')],
    ['::do-something k1=,k2=,::', command('do-something')],
    ['::do-something k1=v1::', command('do-something', { k1: 'v1' })],
    ['   ::do-something k1=v1,::msg', command('do-something', { k1: 'v1' }, 'msg')],
    ['   >>>   ::do-something k1=v1,::msg', undefined],
  ])('%j', (line, expected) => {
    expect(parseWorkflowCommand(line, registered)).toEqual(expected);
  });
});

describe('what the runner does around the parser', () => {
  test.each<[string, string, ParsedCommand | undefined]>([
    ['leading white space is any char.IsWhiteSpace, not only spaces', '\u00a0\t\u3000::warning::x', command('warning', {}, 'x')],
    ['a zero-width space is not white space to .NET', '\u200b::warning::x', undefined],
    ['names are compared ignoring case', '::WARNING title=a::x', command('WARNING', { title: 'a' }, 'x')],
    ['an unregistered name is plain text', '::warnings::x', undefined],
    ['the older form anywhere in a line', 'status is "##[set-output name=valid;]true"; expected one of', command('set-output', { name: 'valid' }, 'true"; expected one of')],
    ['the older form, case ignored', 'x ##[Add-Mask]secret', command('Add-Mask', {}, 'secret')],
    ['the newer form wins: the older one inside its data is never read', '::error::see ##[set-output name=valid;]true', command('error', {}, 'see ##[set-output name=valid;]true')],
    ['a newer form with an unregistered name falls back to the older form', '::nope::##[debug]x', command('debug', {}, 'x')],
    ['an empty name is no command', '::::x', undefined],
  ])('%s', (_name, line, expected) => {
    expect(parseWorkflowCommand(line)).toEqual(expected);
  });

  test('a line ends at \\n, \\r or \\r\\n, as StreamReader.ReadLine reads it', () => {
    expect(runnerLines('a\rb\r\nc\nd')).toEqual(['a', 'b', 'c', 'd']);
    expect(runnerCommands('x\r::warning::one\r\n  ::error::two\n')).toEqual([command('warning', {}, 'one'), command('error', {}, 'two')]);
  });

  test('stop-commands: nothing until the command named by its token, which is registered meanwhile, in either form and any case', () => {
    const log = ['::notice::one', '::stop-commands::T0k3n', '::error::ignored', '##[add-mask]ignored', 'x ##[t0K3N]', '::warning::two'].join('\n');
    expect(runnerCommands(log)).toEqual([command('notice', {}, 'one'), command('warning', {}, 'two')]);
  });

  test('stop-commands with an empty token: commands stay off for the rest of the step', () => {
    expect(runnerCommands('::stop-commands::\n::::\n::error::never')).toEqual([]);
  });
});
