import { revalidatePath } from 'next/cache'

/** After a change to what the public sees (a story posted, edited or deleted; anything hidden,
 * removed, restored or approved): the cached anonymous lists of app/(anon) are rendered afresh on
 * their next request. Only they are cached, so the root layout's tag, which every page carries,
 * names exactly them. On this instance: the others catch up within PAGE_CACHE_SECONDS
 * (lib/page-cache/routing.ts). Replies and reactions wait for that too: a count on a card a few
 * seconds behind is not worth a render of every list. */
export function refreshPublicPages(): void {
  revalidatePath('/', 'layout')
}
