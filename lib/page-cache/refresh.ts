import { revalidatePath } from 'next/cache'

/** After a change to what the public sees (a story posted, edited or deleted; anything hidden,
 * removed, restored or approved; a member's new handle or deleted account): every page is
 * rendered afresh on its next request, the cached anonymous lists of app/(anon) included, and the
 * acting member's browser drops the pages it kept. The root layout's tag names every page, so no
 * other revalidatePath is needed beside it. Other instances hear of it through Redis within a
 * second, or catch up within PAGE_CACHE_SECONDS (lib/page-cache/handler.mjs). Replies and
 * reactions do not call it: a count on a card a few seconds behind is not worth a render of
 * every list. */
export function refreshPublicPages(): void {
  revalidatePath('/', 'layout')
}
