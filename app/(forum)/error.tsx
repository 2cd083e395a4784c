'use client'
// Inside the forum's layout, so the header stays; app/error.tsx catches what fails above it.
export { default } from '../error'
