/**
 * The GitHub workflows `flowkeeper init` writes under `.github/workflows/`. Without environments
 * they are the examples verbatim; with them, the pull-request check covers every environment and
 * sync and drift get a job per environment. Held as data, so the bundle carries them.
 */

/** examples/workflows/pull-request.yml, verbatim (test/app/init-templates.test.ts holds them equal). */
export const PULL_REQUEST_WORKFLOW = `# flowkeeper on pull requests: validate every flow file and show the plan (what merging would
# change on the server) as annotations, in the job summary and in one pull-request comment that
# is edited in place on every push. Copy to .github/workflows/ and adjust \`files\`.
#
# Why \`pull_request\` and never \`pull_request_target\`:
#   pull_request_target runs in the base repository's context, with its secrets and a token that
#   can write, even for a pull request from a fork. Checking out the pull request's files there
#   (and flowkeeper must read them) puts code and data the fork's author controls next to those
#   privileges. pull_request runs a fork's changes with a read-only token and no secrets, which
#   is all this workflow needs: validate and plan never call the flow API, so no secret is used
#   here at all. On a fork's pull request the comment is skipped with a notice; the results stay
#   in the annotations and the job summary. (flowkeeper's sync mode refuses both events.)
name: flowkeeper plan

on:
  pull_request:

# Least privilege: read the repository, write the one pull-request comment. Nothing else.
permissions:
  contents: read
  pull-requests: write

# A new push to the pull request makes the previous plan obsolete.
concurrency:
  group: flowkeeper-plan-\${{ github.event.pull_request.number }}
  cancel-in-progress: true

jobs:
  plan:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: actions/checkout@v4
        with:
          # The plan compares with the pull request's base commit, which a shallow clone lacks.
          fetch-depth: 0
          persist-credentials: false

      # Pin to a full commit SHA in production (an action tag can be moved).
      - uses: flowkeeper/flowkeeper@v1
        id: flowkeeper
        with:
          mode: plan        # validates every file, then plans the changes since the base
          files: flows/
          comment: true     # the default on pull requests; one comment, updated in place
          max-warnings: -1  # set 0 to fail on any warning
          # The reviewed plan, for the sync after merge (examples/workflows/sync.yml) to apply
          # exactly; not written when the plan has errors.
          plan-file: \${{ runner.temp }}/flowkeeper-plan.json

      - uses: actions/upload-artifact@v4
        if: \${{ !cancelled() }}
        with:
          name: flowkeeper-plan
          path: \${{ runner.temp }}/flowkeeper-plan.json
          if-no-files-found: ignore
          retention-days: 30

      # The whole report as JSON: the comment and the job summary point here for whatever did not
      # fit in them (GitHub limits a comment to 65,536 characters and a summary to 1 MiB).
      - uses: actions/upload-artifact@v4
        if: \${{ !cancelled() && steps.flowkeeper.outputs.report != '' }}
        with:
          name: flowkeeper-report
          path: \${{ steps.flowkeeper.outputs.report }}
          if-no-files-found: ignore
          retention-days: 30

      # Outputs for later steps, e.g. a label when flows change:
      #   steps.flowkeeper.outputs.changed  -> ["65f1a2b3c4d5e6f7a8b9c0d1", ...]
`;

/** examples/workflows/sync.yml, verbatim (test/app/init-templates.test.ts holds them equal). */
export const SYNC_WORKFLOW = `# flowkeeper sync: when a change to the flow files lands on the default branch, PUT each flow
# whose body changed since the previous commit. Copy to .github/workflows/ and set two secrets:
# FLOWKEEPER_API_URL and FLOWKEEPER_API_TOKEN (better: as secrets of a protected environment).
#
# Only \`push\` to the default branch, never \`pull_request_target\`:
#   a sync sends flow files to the live API with the API token. pull_request_target would run with
#   that secret on changes nobody has reviewed yet, possibly from a fork; pull_request has no
#   secrets at all. The reviewed state is what reaches the default branch, so that is what is
#   synced. flowkeeper's sync mode refuses to run on pull_request and pull_request_target events.
name: flowkeeper sync

on:
  push:
    branches: [main]   # your default branch
    paths:
      - 'flows/**'

# The job reads the repository; the API token is the only credential that writes anything.
permissions:
  contents: read

# One sync at a time, in push order; a sync in progress is never cancelled half-way.
# Caveat: GitHub keeps one waiting run per group. When pushes land faster than syncs finish, a
# waiting run is replaced by the newest, which compares only with its own previous commit, so
# the replaced push's changes are not sent. Check the run list after bursts of merges, and
# reconcile with a run of only-changed: false from the default branch (it sends every flow).
concurrency:
  group: flowkeeper-sync
  cancel-in-progress: false

jobs:
  sync:
    # Also when the default branch is not called main.
    if: github.ref == format('refs/heads/{0}', github.event.repository.default_branch)
    runs-on: ubuntu-latest
    timeout-minutes: 15
    # environment: production   # environment secrets, required reviewers, branch protection
    # Read only: actions and pull-requests to fetch the merged pull request's reviewed plan.
    permissions:
      contents: read
      actions: read
      pull-requests: read
    steps:
      - uses: actions/checkout@v4
        with:
          # only-changed compares with the push's previous commit, which a shallow clone lacks
          # (without it the sync refuses rather than sending every flow).
          fetch-depth: 0
          persist-credentials: false

      # The plan reviewed on the pull request (examples/workflows/pull-request.yml uploads it).
      # Without one (a direct push, an expired artifact), or when the merged files no longer
      # resolve to it, the sync plans again against the push's previous commit and says so.
      - name: Find the merged pull request's plan run
        id: reviewed
        continue-on-error: true
        env:
          GH_TOKEN: \${{ github.token }}
        run: |
          head=$(gh api "repos/\${GITHUB_REPOSITORY}/commits/\${GITHUB_SHA}/pulls" --jq '.[0].head.sha // empty')
          [ -n "$head" ] || exit 0
          run=$(gh api "repos/\${GITHUB_REPOSITORY}/actions/runs?head_sha=\${head}&event=pull_request&status=success" --jq '[.workflow_runs[] | select(.name == "flowkeeper plan")][0].id // empty')
          echo "run-id=\${run}" >> "$GITHUB_OUTPUT"

      - uses: actions/download-artifact@v4
        if: \${{ steps.reviewed.outputs.run-id != '' }}
        continue-on-error: true
        with:
          name: flowkeeper-plan
          path: \${{ runner.temp }}/reviewed
          run-id: \${{ steps.reviewed.outputs.run-id }}
          github-token: \${{ github.token }}

      # Pin to a full commit SHA in production (an action tag can be moved).
      - uses: flowkeeper/flowkeeper@v1
        id: flowkeeper
        with:
          mode: sync
          files: flows/
          only-changed: true
          # Applied when present and current; otherwise re-planned (see the job summary).
          plan-file: \${{ runner.temp }}/reviewed/flowkeeper-plan.json
          api-url: \${{ secrets.FLOWKEEPER_API_URL }}
          api-token: \${{ secrets.FLOWKEEPER_API_TOKEN }}
          on-failure: continue   # or stop, or rollback (re-sends this run's flows as they were)
          # force: true          # only to override the guard (large or weakening changes)

      # steps.flowkeeper.outputs.synced / .failed list the flow ids; the report output is the
      # path of a JSON report with every request's outcome.
`;

/** examples/workflows/drift.yml, verbatim (test/app/init-templates.test.ts holds them equal). */
export const DRIFT_WORKFLOW = `# flowkeeper drift: every morning, read each flow from the API and compare it with its file on the
# default branch. A flow someone changed in the vendor's console (or through the API) behind the
# repository's back is drift: the job summary lists each field, repository value vs server value,
# with the changes that weaken verification marked; one issue is kept up to date with the report
# and closed once the server holds what the files say again. Copy to .github/workflows/ and set
# two secrets: FLOWKEEPER_API_URL and FLOWKEEPER_API_TOKEN.
#
# Only schedule and workflow_dispatch here (flowkeeper's drift mode also accepts push): the run
# sends the API token, so it runs only on code already on a branch of this repository, never on
# pull requests. The CLI's equivalent is \`flowkeeper plan --api-url URL --detailed-exitcode\`.
name: flowkeeper drift

on:
  schedule:
    - cron: '17 6 * * *'   # daily at 06:17 UTC; off the hour, when GitHub's schedules are busiest
  workflow_dispatch:

# Reads the repository; writes only the drift issue. The API token is only read with.
permissions:
  contents: read
  issues: write

# One drift check at a time; a newer one makes a waiting one pointless.
concurrency:
  group: flowkeeper-drift
  cancel-in-progress: true

jobs:
  drift:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: false

      # Pin to a full commit SHA in production (an action tag can be moved).
      - uses: flowkeeper/flowkeeper@v1
        id: flowkeeper
        with:
          mode: drift
          files: flows/
          api-url: \${{ secrets.FLOWKEEPER_API_URL }}
          api-token: \${{ secrets.FLOWKEEPER_API_TOKEN }}
          drift-issue: true
          # fail-on-drift: false   # report drift (summary, issue, output) without failing the job

      # steps.flowkeeper.outputs.drifted is a JSON list of the drifted flow ids ([] when none).
`;

/** An environment as the workflows need it: its name and the secret holding its token. */
export interface WorkflowEnvironment {
  name: string;
  /** The secret's name, the same as the config's tokenEnv (FLOWKEEPER_STAGING_TOKEN). */
  secret: string;
}

/** The pull-request check over every environment: the example, without `files` (the config names them). */
export function pullRequestWorkflowForEnvironments(): string {
  return PULL_REQUEST_WORKFLOW
    .replace(' Copy to .github/workflows/ and adjust `files`.', ' With flowkeeper.yaml, every\n# environment\'s files are checked and planned, each in its own section.')
    .replace('          files: flows/\n', '');
}

/** A job id GitHub accepts (letters, digits, `-` and `_`, not starting with a digit). */
function jobId(prefix: string, name: string): string {
  return `${prefix}-${name.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Sync on push: a job per environment, each after the one before, under the GitHub environment of its name. */
export function syncWorkflowForEnvironments(environments: readonly WorkflowEnvironment[]): string {
  const jobs = environments.map((environment, index) => {
    const needs = index === 0 ? '' : `    # Only after ${environments[index - 1]!.name} took the same change (and its reviewers, if any, approved).\n    needs: ${jobId('sync', environments[index - 1]!.name)}\n`;
    return `  ${jobId('sync', environment.name)}:
    if: github.ref == format('refs/heads/{0}', github.event.repository.default_branch)
${needs}    runs-on: ubuntu-latest
    timeout-minutes: 15
    environment: ${environment.name}
    steps:
      - uses: actions/checkout@v4
        with:
          # only-changed compares with the push's previous commit, which a shallow clone lacks.
          fetch-depth: 0
          persist-credentials: false
      # Pin to a full commit SHA in production (an action tag can be moved).
      - uses: flowkeeper/flowkeeper@v1
        with:
          mode: sync
          environment: ${environment.name}
          only-changed: true
          api-token: \${{ secrets.${environment.secret} }}
          on-failure: continue   # or stop, or rollback (re-sends this run's flows as they were)
`;
  });
  return `# flowkeeper sync for a repository with environments (flowkeeper.yaml): one job per environment,
# in the order flowkeeper.yaml lists them, each after the one before.
#
# Set up, in Settings → Environments, one GitHub environment per flowkeeper environment:
${environments.map((environment) => `#   - ${environment.name}: a secret ${environment.secret} (that project's API token);`).join('\n')}
#   and, for production, required reviewers (and the default branch only, under deployment branches).
# Each job can read only its own environment's secret. flowkeeper then sends that token only to
# the apiUrl flowkeeper.yaml gives the environment; no api-url is needed.
#
# Only \`push\` to the default branch, never \`pull_request_target\`: a sync sends flow files to the
# live API with the token, so only reviewed changes that reached the default branch are synced.
name: flowkeeper sync

on:
  push:
    branches: [main]   # your default branch
    paths:
      - 'flowkeeper.yaml'
      - 'flows/**'
      - 'envs/**'

permissions:
  contents: read

# One sync at a time, in push order; a sync in progress is never cancelled half-way.
concurrency:
  group: flowkeeper-sync
  cancel-in-progress: false

jobs:
${jobs.join('\n')}`;
}

/** The daily drift check: a job per environment; the last one keeps the drift issue. */
export function driftWorkflowForEnvironments(environments: readonly WorkflowEnvironment[]): string {
  const jobs = environments.map((environment, index) => `  ${jobId('drift', environment.name)}:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    environment: ${environment.name}
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: false
      # Pin to a full commit SHA in production (an action tag can be moved).
      - uses: flowkeeper/flowkeeper@v1
        with:
          mode: drift
          environment: ${environment.name}
          api-token: \${{ secrets.${environment.secret} }}
          drift-issue: ${index === environments.length - 1 ? 'true    # one issue per repository: kept by one job only' : 'false   # the issue is kept by one job only (see the last job)'}
`);
  return `# flowkeeper drift: every morning, read each flow of each environment from its API and compare
# it with its file on the default branch. A flow changed in the vendor's console behind the
# repository's back is drift: the job summary lists each field, repository value vs server value,
# with the changes that weaken verification marked, and the job fails. Each job runs under the
# GitHub environment of its name and reads only that environment's token secret (an environment
# with required reviewers makes its job wait for an approval every morning: give such a job a
# read-only token of its own, or drop its \`environment\`, if that is in the way).
#
# Only schedule and workflow_dispatch: the run sends the API token, so it runs only on code already
# on a branch of this repository, never on pull requests.
name: flowkeeper drift

on:
  schedule:
    - cron: '17 6 * * *'   # daily at 06:17 UTC; off the hour, when GitHub's schedules are busiest
  workflow_dispatch:

# Reads the repository; writes only the drift issue. The API tokens are only read with.
permissions:
  contents: read
  issues: write

# One drift check at a time; a newer one makes a waiting one pointless.
concurrency:
  group: flowkeeper-drift
  cancel-in-progress: true

jobs:
${jobs.join('\n')}`;
}
