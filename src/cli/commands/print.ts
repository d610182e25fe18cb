import path from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { emit, resolveRoot, useColor, type CliIO } from '../io.js';
import { VERSION } from '../version.js';

/** `flowkeeper print FILE`: the resolved flow and the exact PUT a sync would send. */
export function registerPrint(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('print')
    .description('Print, as JSON, the resolved flow of a file and the exact PUT request a sync would send.')
    .argument('<file>', 'a flow file (with an id)')
    .option('-o, --output <file>', 'write the JSON to a file instead of stdout')
    .option('--root <dir>', 'repository root (default: the git work tree)')
    .addHelpText('after', `
Examples:
  $ flowkeeper print flows/retail.yaml
  $ flowkeeper print flows/retail.yaml | jq .request.body`)
    .action(async (file: string, options: { output?: string; root?: string }) => {
      // Loaded on use, so that start-up stays lean for every other command.
      const [{ bodyOf, FlowFileCache, resolveFlowFile }, { workingTreeReader }, { summarize }, { validateFormatters }] = await Promise.all([
        import('../../files/resolve.js'),
        import('../../files/reader.js'),
        import('../../files/validate-files.js'),
        import('../../formatters/index.js'),
      ]);
      const root = await resolveRoot(io, options.root);
      const cache = new FlowFileCache(workingTreeReader, io.cwd, root);
      const loaded = await cache.load(path.resolve(io.cwd, file));
      if (!loaded) throw new UsageError(`${file}: no such file`);
      if (loaded.isBase) throw new UsageError(`${loaded.path} has no id: it is a base, which is never sent on its own`);
      const resolved = loaded.readable ? await resolveFlowFile(loaded, cache) : undefined;
      const errors = [...loaded.diagnostics, ...(resolved?.errors ?? [])].filter((d) => d.severity === 'error');
      if (errors.length > 0 || !resolved || loaded.id === null) {
        const report = summarize([{ path: loaded.path, id: loaded.id, valid: false, errors, warnings: [] }]);
        io.stderr.write(validateFormatters.stylish(report, { color: useColor(io.stderr, io.env), version: VERSION }));
        setExit(1);
        return;
      }
      const output = {
        path: loaded.path,
        id: loaded.id,
        extends: resolved.layers.slice(0, -1).map((layer) => layer.path),
        flow: resolved.flow,
        request: {
          method: 'PUT',
          path: `/v3/project-flows/${encodeURIComponent(loaded.id)}`,
          body: bodyOf(resolved),
        },
      };
      await emit(io, `${JSON.stringify(output, null, 2)}\n`, options.output);
      setExit(0);
    });
}
