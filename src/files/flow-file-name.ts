/** Whether a path names a flow file by its extension. */
export function isFlowFileName(name: string): boolean {
  return /\.(ya?ml|json)$/i.test(name);
}
