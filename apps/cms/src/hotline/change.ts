// A hotline change (api::hotline-change): the proposal of new hotline numbers, its decision, and
// the notice of its latest step waiting in the outbox. Named here so that the two-person rule
// (two-person.ts) and the notices (notices.ts) depend on it, not on each other.
import { CONTENT_TYPES } from '../content-types';

export const HOTLINE_CHANGE = CONTENT_TYPES['hotline-change'].uid;

export const HOTLINE_FIELDS = ['phone', 'sms', 'tty', 'url'] as const;
export type HotlineNumbers = Record<(typeof HOTLINE_FIELDS)[number], string | null>;

export interface HotlineChange {
  id: number;
  documentId: string;
  state: 'pending' | 'approved' | 'rejected';
  current: HotlineNumbers;
  proposed: HotlineNumbers;
  proposedBy: string;
  proposedById: number | null;
  decidedBy?: string | null;
  decidedAt?: string | null;
  createdAt: string;
}
