/**
 * Pure code shared with the server (DESIGN.md: one definition of every rule). Only pure modules —
 * no I/O, no Node APIs — may be imported here; the browser bundle includes them.
 */

export {
  MEMBERSHIP_EVENT_LABELS,
  type MembershipEventType,
} from '../../src/modules/lifecycle/eventTypes.ts';
export { REMOVAL_CAUSES } from '../../src/modules/lifecycle/rules.ts';
export {
  CARD_NUMBER,
  CITIZEN_ID,
  DOSSIER_NUMBER,
  dateProblems,
  PHONE,
  religionProblems,
} from '../../src/modules/members/rules.ts';
export {
  CELL_KINDS,
  isCell,
  ORG_CODE,
  ORG_EVENT_LABELS,
  type OrgKind,
  parentKindProblem,
} from '../../src/modules/orgs/rules.ts';
export { bandFor } from '../../src/modules/ratings/scales/score366.ts';
export { foldVietnamese } from '../../src/vn/fold.ts';
