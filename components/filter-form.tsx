'use client'
import { useRouter } from 'next/navigation'
import { canonicalFilterQuery, withQuery } from '@/lib/discovery/url'

/** The filter bar's GET form. With JavaScript it navigates to the canonical URL of the choice,
 * leaving out every field still at its default (`/stories?tag=acne`, not `…&sort=new&t=all…`);
 * without it the browser submits the form as it is and the page redirects to the same URL. */
export function FilterForm({ action, children, ...props }: Omit<React.ComponentProps<'form'>, 'action' | 'method' | 'onSubmit'> & { action: string }) {
  const router = useRouter()
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const params = new URLSearchParams()
    for (const [name, value] of new FormData(event.currentTarget)) if (typeof value === 'string') params.append(name, value)
    router.push(withQuery(action, canonicalFilterQuery(params)))
  }
  return (
    <form action={action} method="get" onSubmit={submit} {...props}>
      {children}
    </form>
  )
}
