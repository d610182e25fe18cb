// Written by scripts/bundle.mjs: the action never starts validation workers (`validate --jobs` is the CLI's).
throw new Error('flowkeeper: the GitHub Action does not run validation workers; use the CLI for --jobs');
