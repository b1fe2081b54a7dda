/**
 * Maps the briefing service's user errors to HTTP statuses. Only an unknown topic is "not found";
 * everything else a user can cause is a bad request. A switch, so a new code fails to compile here.
 */
import type { UserErrorCode } from '../../briefing/service-api.js';

export function statusForUserError(code: UserErrorCode): 400 | 404 {
  switch (code) {
    case 'unknown-topic':
      return 404;
    case 'empty-question':
    case 'question-too-long':
    case 'bad-request':
    case 'empty-corpus':
      return 400;
  }
}
