import Link from 'next/link'
import { FieldError } from '@/components/account/form-kit'
import type { FormResult } from '@/lib/forms'
import { paths } from '@/lib/paths'

export function ConsentCheckbox({ state, id }: { state: FormResult; id: string }) {
  const errors = state.fieldErrors?.consent
  return (
    <div>
      <div className="flex items-start gap-3">
        <input
          id={id}
          name="consent"
          type="checkbox"
          required
          defaultChecked={state.values?.consent === 'on'}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? `${id}-error` : undefined}
          className="mt-1 size-5 shrink-0 accent-accent"
        />
        <label htmlFor={id} className="text-sm">
          I agree that WhatHelped stores the health information I choose to share (my skin, treatments, diet and how they
          went) to show it on the forum as I choose. Nothing is sold or shared with advertisers. I can export or delete it
          at any time.{' '}
          <Link href={paths.privacy()} className="text-accent underline">
            Read the privacy page
          </Link>
        </label>
      </div>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  )
}
