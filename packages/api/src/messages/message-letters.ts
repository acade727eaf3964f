import { registerEnumType } from 'type-graphql';

/** When a client hears by e-mail about new messages from the agency. */
export enum MessageLetters {
  /** A letter per conversation, at most one every few minutes. */
  IMMEDIATELY = 'IMMEDIATELY',
  /** One letter a day listing the conversations with unread messages of the day before. */
  DAILY_DIGEST = 'DAILY_DIGEST',
  /** No letters; the portal's bell still tells. */
  NEVER = 'NEVER',
}
registerEnumType(MessageLetters, {
  name: 'MessageLetters',
  description: 'When the client is told by e-mail of new messages: IMMEDIATELY, in a DAILY_DIGEST, or NEVER.',
});
