// What a notification may say about its story, decided for its recipient when it is read or
// mailed, not when it was written: a story hidden, held, removed or deleted since then keeps
// none of its words in anyone's notifications. Such a notification stays in the list (the bell
// counts it, so the list must show it), naming "a story that is no longer available", with no
// link and no reply snippet.
import { DELETED_TITLE, REMOVED_TITLE, canSeePost, canSeePostTitle, type PostAccessFacts } from '../visibility'
import type { Viewer } from '../viewer'

export const UNAVAILABLE_STORY = 'a story that is no longer available'

export interface SubjectFacts extends PostAccessFacts {
  title: string
  deletedAt: Date | null
}

export interface NotificationSubject {
  /** The story's title, "[deleted]" / "[removed]", or UNAVAILABLE_STORY. */
  title: string
  /** Whether `title` is the story's own (and may go into a link's slug). */
  titleShown: boolean
  /** Whether the thread exists for the recipient: only then a link and the reply's words. */
  reachable: boolean
}

export function notificationSubject(recipient: NonNullable<Viewer>, post: SubjectFacts): NotificationSubject {
  const reachable = canSeePost(recipient, post)
  if (!reachable) return { title: UNAVAILABLE_STORY, titleShown: false, reachable }
  if (canSeePostTitle(recipient, post)) return { title: post.title, titleShown: true, reachable }
  return { title: post.deletedAt ? DELETED_TITLE : REMOVED_TITLE, titleShown: false, reachable }
}
