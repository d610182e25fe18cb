/** The formats `flowkeeper validate` can print, the default first. */
export const validateFormatNames = ['stylish', 'json', 'sarif', 'github'] as const;
/** The formats `flowkeeper plan` can print, the default first. */
export const planFormatNames = ['stylish', 'json', 'markdown', 'github', 'sarif'] as const;
/** The formats `flowkeeper sync` can print, the default first. */
export const syncFormatNames = ['stylish', 'json', 'markdown'] as const;
/** The formats `flowkeeper compare` can print, the default first. */
export const compareFormatNames = ['stylish', 'json', 'markdown'] as const;

/** A format name of `flowkeeper validate`. */
export type ValidateFormat = (typeof validateFormatNames)[number];
/** A format name of `flowkeeper plan`. */
export type PlanFormat = (typeof planFormatNames)[number];
/** A format name of `flowkeeper sync`. */
export type SyncFormat = (typeof syncFormatNames)[number];
/** A format name of `flowkeeper compare`. */
export type CompareFormat = (typeof compareFormatNames)[number];
