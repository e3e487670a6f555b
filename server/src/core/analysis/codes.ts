/** The stable diagnostic codes of the language (see docs/language.md). */
export const DIAGNOSTIC_CODES = [
  'missing-assignee',
  'empty-action',
  'unknown-assignee',
  'assignee-not-present',
  'absent-assignee',
  'duplicate-attendee',
  'duplicate-item-number',
  'item-number-sequence',
  'unknown-item-reference',
  'invalid-date',
  'deadline-before-meeting',
  'missing-date',
  'prose-assignment',
  'unknown-header-field',
  'syntax-error',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A per-code setting: a severity, or `off` to silence the code. */
export type SeveritySetting = Severity | 'off';

export const DEFAULT_SEVERITY: Readonly<Record<DiagnosticCode, Severity>> = {
  'missing-assignee': 'error',
  'empty-action': 'error',
  'unknown-assignee': 'warning',
  'assignee-not-present': 'information',
  'absent-assignee': 'information',
  'duplicate-attendee': 'warning',
  'duplicate-item-number': 'error',
  'item-number-sequence': 'warning',
  'unknown-item-reference': 'warning',
  'invalid-date': 'error',
  'deadline-before-meeting': 'warning',
  'missing-date': 'warning',
  'prose-assignment': 'hint',
  'unknown-header-field': 'hint',
  'syntax-error': 'error',
};

export function isDiagnosticCode(value: string): value is DiagnosticCode {
  return (DIAGNOSTIC_CODES as readonly string[]).includes(value);
}
