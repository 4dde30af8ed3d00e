/**
 * Whether the words leading up to a relation's verb deny it or only suppose it: "did not support",
 * "refused to help", "would hesitate to oppose", "may sue", "is pushing back on that assistance".
 * A relation is written only when the sentence says it happens.
 */
const NEGATION = /\b(?:not|never|no longer|nor|neither|without|n['’]t|cannot|refus(?:ed|es|ing) to|declin(?:ed|es|ing) to|fail(?:ed|s)? to|stopp?(?:ed|ing)? short of)\b/i;
const MODALITY = /\b(?:may|might|could|would|should|if|whether|unless|hesitate[sd]? to|consider(?:s|ed|ing)? |threaten(?:s|ed|ing)? to|plans? to|hope[sd]? to|want(?:s|ed)? to|seek(?:s|ing)? to|sought to)\b/i;
// Pushing back on an action turns the action's relation around: read neither.
const COUNTER_ACTION = /\b(?:push(?:ed|es|ing)? back (?:on|against)|resist(?:ed|s|ing)?|block(?:ed|s|ing)?|reject(?:ed|s|ing)?|end(?:ed|s|ing)?|halt(?:ed|s|ing)?|cut(?:s|ting)? off|withdr[ae]w(?:n|ing)?|suspend(?:ed|s|ing)?|cancel(?:l?ed|s|l?ing)?|instead of|rather than|despite)\b/i;

/** Whether the clause from the subject's end to the verb says the relation does not, or only might, hold. */
export function isDeniedOrSupposed(leadUp: string): boolean {
  return NEGATION.test(leadUp) || MODALITY.test(leadUp) || COUNTER_ACTION.test(leadUp);
}
