/**
 * The flow files `flowkeeper init` writes, as text: a documented base and one example flow.
 * They are data in the bundle (nothing is read from examples/ at run time); test/app/init.test.ts
 * checks that what init writes validates, so they cannot rot.
 */

/** Where editors find the flow-file schema: its `$id`, as `flowkeeper import` writes it. */
const FLOW_SCHEMA = 'https://flowkeeper.dev/schema/flow-file.schema.json';

/** `flows/bases/standard.yaml`: the shared standard, with the rules of `extends` spelled out. */
export const BASE_FLOW = `# yaml-language-server: $schema=${FLOW_SCHEMA}
#
# The house standard: what every onboarding flow of this repository shares.
#
# A file without an \`id\` is a base. flowkeeper checks its shape but never sends it on its own:
# it reaches the API only through the flows that extend it. A flow says
#
#   extends: bases/standard.yaml      # a path relative to the flow's own file
#
# and resolves as: documented defaults <- this base <- the flow's own fields. Mappings merge key
# by key (a flow that sets signUpForm.phone keeps this base's email settings); lists and plain
# values are replaced whole. A base may extend another base; chains stay inside the repository.
# An error here is reported here, at its line, for every flow that extends it.
target: personal
type: onboarding

signUpForm:
  fullName: true
  email: true
  emailGateway: mailgun
  showTermsAndConditions: true
  showPrivacyNotice: true

documents:
  attemptLimit: 3
  verificationMethods: [SCAN_PROMPT]
  documentTypes:
    - country: United States
      configurations:
        - active: true
          documentCategory: passport

liveness:
  attemptLimit: 3
  minScore: 0.65
  searchMode: FAST
`;

/** The example flow's body below its header: what it adds to the base. */
const EXAMPLE_BODY = `status: active

steps:
  document: mandatory
  liveness: mandatory
`;

/**
 * A flow id that is plainly a placeholder (24 hexadecimal characters, as ids are; written in
 * quotes, since YAML reads 000...001 as a number): the first
 * environment's is ...001, the next ...002, so no two environments share one.
 */
export function placeholderId(index: number): string {
  return (index + 1).toString(16).padStart(24, '0');
}

/** `flows/example-flow.yaml` of a repository without environments: a flow with a placeholder id. */
export function exampleFlow(): string {
  return `# yaml-language-server: $schema=${FLOW_SCHEMA}
#
# An example flow: the standard, with both checks required. Replace the id with your flow's id
# from the vendor's console (or bring an existing flow in with \`flowkeeper import ID\`), then
# \`flowkeeper plan\` shows what a sync would send.
id: "${placeholderId(0)}"
extends: bases/standard.yaml
${EXAMPLE_BODY}`;
}

/**
 * `flows/example-flow.yaml` of a repository with environments: the shared definition, itself a
 * base (no id); each environment's file gives it that environment's id.
 */
export function sharedExampleFlow(): string {
  return `# yaml-language-server: $schema=${FLOW_SCHEMA}
#
# An example flow, shared by every environment: the standard, with both checks required. It has
# no id, so it is a base too; each environment's file (envs/<name>/example-flow.yaml) extends it
# with that environment's id and overrides.
extends: bases/standard.yaml
${EXAMPLE_BODY}`;
}

/** `envs/<name>/example-flow.yaml`: the shared example flow with this environment's placeholder id. */
export function environmentFlow(name: string, index: number): string {
  return `# yaml-language-server: $schema=${FLOW_SCHEMA}
#
# The example flow in ${name}. Replace the id with the flow's id in ${name}'s project; add here
# only what differs in ${name} (a redirect, a webhook), everything else comes from flows/.
id: "${placeholderId(index)}"
extends: ../../flows/example-flow.yaml
`;
}
